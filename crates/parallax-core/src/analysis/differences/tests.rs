//! Tests of what makes two details the same slot and when their values disagree.

use super::*;
use crate::analysis::text::tokenize;

fn mention(text: &str) -> Mention {
    details::mentions(text, &tokenize(text))
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no detail in {text:?}"))
}

#[test]
fn the_same_role_and_noun_is_one_slot() {
    let killed = mention("The quake killed at least 77 people in the coastal towns.");
    let toll = mention("An earthquake killing at least 272 people flattened towns.");
    let injured = mention("At least 588 people were injured in the coastal towns.");
    assert!(same_slot(&killed, &toll));
    assert!(disagree(&killed, &toll));
    assert!(!same_slot(&killed, &injured), "the killed and the injured are two figures");
}

#[test]
fn a_role_alone_needs_close_values() {
    let stadium = mention("The new stadium will cost $1.2 billion to build.");
    let ticket = mention("A ticket for the first match will cost $45.");
    assert!(!same_slot(&stadium, &ticket));
    let price = mention("The headset costs $3,499 in the US.");
    let other = mention("The headset will sell for $3,500 next year.");
    assert!(same_slot(&price, &other) && disagree(&price, &other));
}

#[test]
fn converted_units_and_vague_quantities() {
    let metres = mention("Ash rose more than 12,000 metres into the sky.");
    let feet = mention("Ash rose more than 40,000 feet into the sky.");
    assert!(same_slot(&metres, &feet));
    assert!(!disagree(&metres, &feet), "a rounded conversion is one height");
    let dozens = mention("Dozens of aftershocks rattled the region.");
    let exact = mention("About 230 aftershocks rattled the region.");
    assert!(disagree(&dozens, &exact));
}

#[test]
fn figures_in_other_years_or_places_are_other_facts() {
    let now = mention("The earthquake killed 77 people in Ecuador.");
    let then = mention("The earthquake of 1979 killed 600 people in Ecuador.");
    assert!(!same_slot(&now, &then));
    let japan = mention("A magnitude 7.0 earthquake struck Japan last week.");
    let here = mention("A magnitude 7.8 earthquake struck Ecuador on Saturday.");
    assert!(!same_slot(&japan, &here));
}
