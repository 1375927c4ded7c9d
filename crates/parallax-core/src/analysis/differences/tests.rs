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

#[test]
fn a_final_period_and_magnitude_of_still_read_a_figure() {
    let found = details::mentions(
        "Officials gave a lower measurement of magnitude 7.6.",
        &tokenize("Officials gave a lower measurement of magnitude 7.6."),
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].dimension, "magnitude");
    assert_eq!(found[0].value, (7.6, 7.6));
    let text = "Officials gave a lower measurement of magnitude 7.6.";
    assert_eq!(&text[found[0].span.clone()], "7.6", "the period stays out");
}

#[test]
fn a_possessive_weekday_is_a_day() {
    let day = mention("The region of Tuesday's quake has seen many tremors.");
    assert_eq!((day.kind, day.dimension), (DetailKind::Date, "weekday"));
}

#[test]
fn only_converted_values_get_slack() {
    let a = mention("The plane climbed to an altitude of 16,000 feet over the coast.");
    let b = mention("The plane climbed to an altitude of 16,300 feet over the coast.");
    assert!(disagree(&a, &b), "one unit: 16,000 and 16,300 feet are two heights");
    let inches = mention("The homemade gun was about 15 inches long.");
    let cm = mention("The homemade gun was about 40cm long.");
    assert!(same_slot(&inches, &cm), "both say how long");
    assert!(disagree(&inches, &cm), "38 cm is not 40 cm");
}

#[test]
fn sentences_of_one_frame_give_one_slot() {
    let a = "The decision will have sweeping ramifications for tens of millions of women across the country as rights are curtailed.";
    let b = "The decision will have sweeping ramifications for tens of hundreds of thousands of girls across the country as rights are curtailed.";
    let (ta, tb) = (tokenize(a), tokenize(b));
    let key = |t: &[crate::analysis::text::Token]| -> crate::analysis::hashing::FastSet<String> {
        t.iter().filter(|t| t.is_content() && !t.number).map(|t| t.key.to_string()).collect()
    };
    let (ka, kb) = (key(&ta), key(&tb));
    let (ka, kb): (crate::analysis::hashing::FastSet<&str>, crate::analysis::hashing::FastSet<&str>) =
        (ka.iter().map(String::as_str).collect(), kb.iter().map(String::as_str).collect());
    let ids = frames::ids(&[ka.clone(), kb.clone()]);
    assert!(frames::same_frame(&ids[0], &ids[1]));
    let (ma, mb) = (mention(a), mention(b));
    assert!(!same_slot(&ma, &mb), "women and girls are two nouns: only the frame joins them");
    assert!(frames::compatible(&ma, &mb) && disagree(&ma, &mb));
    let other = "Officials said the election will be held with many new voters across the country next year.";
    let ko: crate::analysis::hashing::FastSet<String> = key(&tokenize(other));
    let ko: crate::analysis::hashing::FastSet<&str> = ko.iter().map(String::as_str).collect();
    let ids = frames::ids(&[ka, ko]);
    assert!(!frames::same_frame(&ids[0], &ids[1]));
}

#[test]
fn days_in_sentences_of_one_frame_stay_apart() {
    let a = mention("A vote to elect the next leader would be held on Sunday.");
    let b = mention("The next general election will be held on Saturday.");
    assert!(!frames::compatible(&a, &b));
}

#[test]
fn magnitudes_are_one_slot_when_close_on_their_scale() {
    let usgs = mention("A magnitude-7.8 earthquake struck the coast on Saturday.");
    assert_eq!((usgs.dimension, usgs.value), ("magnitude", (7.8, 7.8)), "magnitude-7.8 is no name");
    let glas = mention("The minister gave a lower measurement of magnitude 7.6 for it.");
    let other = mention("Last week a magnitude 6.2 earthquake struck far away.");
    assert!(same_slot(&usgs, &glas) && disagree(&usgs, &glas));
    assert!(!same_slot(&usgs, &other), "6.2 and 7.8 are two quakes");
}

#[test]
fn glued_scales_multiply() {
    let debt = mention("The firm sits on more than $300bn of debt.");
    assert_eq!((debt.dimension, debt.value), ("currency:$", (3e11, 3e11)));
    let spelled = mention("The firm sits on more than $300 billion of debt.");
    assert!(!disagree(&debt, &spelled));
    let height = mention("The dome stands 40m above the crater.");
    assert_eq!(height.dimension, "length", "a bare m is metres");
}

#[test]
fn a_time_reads_past_places_to_what_happened() {
    let a = mention("The jet landed safely back at Portland, Oregon, at 5:26 pm with everyone on board.");
    let b = mention("It was back making a landing at the Portland International Airport around 5:30 p.m.");
    assert!(a.roles.iter().any(|r| r == "=land"), "{:?}", a.roles);
    assert!(same_slot(&a, &b) && disagree(&a, &b));
}

#[test]
fn amounts_rounded_two_ways_are_one_price() {
    let exact = mention("The headset has a long battery life, costs $3,499 and ships next year.");
    let rounded = mention("Cook unveiled the Vision Pro, a $3,500 headset for the living room.");
    assert!(same_slot(&exact, &rounded) && disagree(&exact, &rounded));
    let other = mention("Cook unveiled the Vision Pro, a $3,800 headset for the living room.");
    assert!(!same_slot(&exact, &other), "not a rounding: two prices");
}
#[test]
fn conversions_of_one_figure_are_one_slot() {
    let read = |text: &str| details::mentions(text, &tokenize(text));
    let a =
        read("The gifts were worth more than 140m Pakistani rupees ($635,000; £500,000), officials said.");
    let b = read("He sold gifts received abroad worth more than 140 million Pakistani rupees (£530,000).");
    let (pounds_a, pounds_b) = (&a[2], &b[1]);
    assert_eq!((pounds_a.dimension, pounds_b.dimension), ("currency:£", "currency:£"));
    assert!(pounds_a.base.is_some() && pounds_a.base == pounds_b.base, "{a:?} {b:?}");
    assert!(same_slot(pounds_a, pounds_b) && disagree(pounds_a, pounds_b));
}

#[test]
fn a_shared_place_says_what_a_distance_is_from() {
    let a = mention("The quake was strongly felt in the capital of Quito, around 100 miles away.");
    let b = mention("Residents streamed into the streets of the capital Quito, hundreds of kilometres away.");
    assert!(same_slot(&a, &b) && disagree(&a, &b));
    let c = mention("Residents streamed into the streets of the capital Lima, hundreds of kilometres away.");
    assert!(!same_slot(&a, &c), "another place");
}

#[test]
fn an_ordinal_reads_past_small_words_to_what_it_ranks_in() {
    let first = mention("He then converted a penalty to become the first player ever to score a hat-trick in the World Cup final.");
    let second =
        mention("The striker became only the second player in World Cup final history to achieve the feat.");
    assert_eq!((first.dimension, second.dimension), ("ordinal", "ordinal"));
    assert!(first.roles.iter().any(|r| r == "final"), "{:?}", first.roles);
    assert!(same_slot(&first, &second) && disagree(&first, &second));
}
#[test]
fn what_a_count_counts_past_a_participle_and_before_of() {
    let reported = mention("There were fewer than 100 reported cases outside the country.");
    assert_eq!(reported.noun.as_deref(), Some("case"));
    let of = mention("At the time there were fewer than 10,000 cases of the virus.");
    assert_eq!((of.value, of.noun.as_deref()), ((10_000.0, 10_000.0), Some("case")));
    let comma = mention("The real figure was at least 20 million, AP reported.");
    assert_eq!(comma.noun, None, "no noun past a comma");
    assert!(details::mentions("Two of the injured died later.", &tokenize("Two of the injured died later."))
        .is_empty());
}

#[test]
fn the_start_of_a_change_is_no_figure_of_its_own() {
    let text = "The death toll rose from 77 to 233 people on Sunday.";
    let found = details::mentions(text, &tokenize(text));
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].value, (233.0, 233.0));
    assert_eq!(found[1].dimension, "weekday");
}
#[test]
fn a_restatement_with_the_same_sign_is_compared_with_the_amount() {
    let read = |text: &str| details::mentions(text, &tokenize(text));
    let a = read("The developer has more than $US300 billion ($455 million) in liabilities.");
    assert_eq!((a[0].dimension, a[0].value.1), ("currency:$", 3e11), "$US300 billion is read");
    let b = read("The developer has more than $300bn of debt, its filings show.");
    assert!(same_slot(&a[1], &b[0]) && disagree(&a[1], &b[0]), "{a:?}");
    let pounds = read("The developer has more than $300bn (£236bn) of debt.");
    assert!(!restates(&pounds[1], &b[0]), "another sign is a conversion, not a restatement");
}

#[test]
fn an_increment_is_compared_only_with_others() {
    let more = mention("Hundreds more are also still suffering from the disease's long-term effects.");
    assert_eq!((more.noun.as_deref(), more.value), (Some("more"), (200.0, 900.0)));
    let others = mention("Millions of others are still suffering from long-term effects.");
    let short = mention("Hundreds more are still suffering from long-term effects.");
    assert!(same_slot(&short, &others) && disagree(&short, &others));
    let increment = mention("The quake killed 400 more people in the coastal towns.");
    let toll = mention("The quake killed 700 people in the coastal towns.");
    assert!(!same_slot(&increment, &toll), "400 more dead is no death toll");
    let text = "It is ten times more massive than the sun.";
    assert!(details::mentions(text, &tokenize(text)).is_empty(), "a comparison is no figure");
}

#[test]
fn details_of_one_claim_pair_up_when_each_is_the_others_only_match() {
    let read = |text: &str| details::mentions(text, &tokenize(text));
    let a = read("WHO says thousands of people are still dying from the virus every week, and millions of others are suffering from debilitating, long-term effects.");
    let b = read("Hundreds more are also still suffering from the disease's long-term effects.");
    let mentions: Vec<(usize, Mention)> =
        a.into_iter().map(|m| (0, m)).chain(b.into_iter().map(|m| (1, m))).collect();
    let pairs = claimed::only_matches(&mentions, &[0, 1], &[2]);
    assert_eq!(pairs, vec![(1, 2)], "{mentions:?}");
    assert!(disagree(&mentions[1].1, &mentions[2].1));
}

#[test]
fn a_value_the_other_sentence_gives_is_paired_with_nothing_else() {
    let read = |text: &str| details::mentions(text, &tokenize(text));
    let a = read("While the official death toll was 7 million, the real figure was estimated to be at least 20 million, AP reported.");
    let b = read("Almost 7 million deaths have been reported to WHO, but we know the toll is several times higher: at least 20 million.");
    let mentions: Vec<(usize, Mention)> =
        a.iter().cloned().map(|m| (0, m)).chain(b.iter().cloned().map(|m| (1, m))).collect();
    let (left, right): (Vec<usize>, Vec<usize>) = (0..a.len()).partition(|&i| i < a.len());
    let right: Vec<usize> = (a.len()..mentions.len()).chain(right).collect();
    assert!(claimed::only_matches(&mentions, &left, &right).is_empty(), "{mentions:?}");
}

#[test]
fn a_year_after_since_dates_no_detail() {
    let since = mention("It was the strongest quake to hit the region since 1979, killing 77 people.");
    assert_eq!(since.year, None);
    let dated = mention("The quake of 1979 killed 600 people in the region.");
    assert_eq!(dated.year, Some(1979));
}

#[test]
fn an_ordinal_ranks_a_unit_of_time() {
    let a = mention("Mbappe scored from the spot in the 80th minute to give France hope.");
    assert_eq!((a.dimension, a.noun.as_deref(), a.value), ("ordinal", Some("minut"), (80.0, 80.0)));
    let b = mention("Mbappe scored from the spot in the 79th minute to give France hope.");
    assert!(same_slot(&a, &b) && disagree(&a, &b));
    let other = mention("Di Maria scored from a counter in the 36th minute to double the lead.");
    assert!(!same_slot(&a, &other), "another scorer's goal");
}

#[test]
fn details_of_one_claim_that_count_two_things_stay_apart() {
    let read = |text: &str| details::mentions(text, &tokenize(text));
    let a = read("The headset will be equipped with 12 cameras to track the hands.");
    let b = read("The headset will be equipped with six microphones to hear the voice.");
    let mentions: Vec<(usize, Mention)> =
        a.into_iter().map(|m| (0, m)).chain(b.into_iter().map(|m| (1, m))).collect();
    assert!(frames::compatible(&mentions[0].1, &mentions[1].1), "{mentions:?}");
    assert!(claimed::only_matches(&mentions, &[0], &[1]).is_empty());
}

#[test]
fn a_thing_counted_once_vaguely_and_once_exactly_is_one_slot() {
    let dozens = mention("Structures tumbled during the quake or its dozens of aftershocks.");
    let exact = mention("About 230 aftershocks have rattled survivors in the streets.");
    let again = mention("The dozens of aftershocks kept survivors awake.");
    let figures = [(0, &dozens), (0, &again), (1, &exact)];
    assert_eq!(sole::counted_once(&figures), vec![(0, 2)]);
    assert!(disagree(&dozens, &exact));
    let other = mention("Some 40 aftershocks were felt in the capital.");
    let twice = [(0, &dozens), (1, &exact), (1, &other)];
    assert!(sole::counted_once(&twice).is_empty(), "an outlet that counts them twice says which");
}

#[test]
fn two_exact_counts_of_a_thing_are_not_one_slot_by_their_noun() {
    let all = mention("Bans are expected in roughly half the 50 states.");
    let some = mention("Thirteen states have so-called trigger laws on the books.");
    assert!(sole::counted_once(&[(0, &all), (1, &some)]).is_empty());
    let people = mention("Dozens of people were rescued from the rubble.");
    let killed = mention("The quake killed 230 people along the coast.");
    assert!(sole::counted_once(&[(0, &people), (1, &killed)]).is_empty(), "people are anyone");
}

/// The groups of mentions a joiner makes, as each mention's smallest fellow.
fn joined(join: &mut Joiner) -> Vec<usize> {
    let roots: Vec<usize> = (0..join.parent.len()).map(|m| join.root(m)).collect();
    (0..roots.len()).map(|m| (0..roots.len()).find(|&o| roots[o] == roots[m]).unwrap_or(m)).collect()
}

#[test]
fn details_of_one_claim_join_per_wording_as_per_pair_of_sentences() {
    use crate::model::Event;
    let one = "WHO says thousands of people are still dying from the virus every week, and millions of others are suffering from debilitating, long-term effects.";
    let two = "Hundreds more are also still suffering from the disease's long-term effects.";
    // Wire copy in several outlets, both sentences in one outlet, and one outlet printing one twice.
    let outlets: [(&str, &[&str]); 6] = [
        ("a", &[one, two]),
        ("b", &[two]),
        ("c", &[one]),
        ("d", &[two, one]),
        ("e", &[one]),
        ("f", &[two, two]),
    ];
    let event = Event::of_sentences(&outlets);
    let doc = Document::new(&event);
    let mut mentions: Vec<(usize, Mention)> = Vec::new();
    for (index, unit) in doc.units.iter().enumerate() {
        mentions.extend(details::mentions(&unit.sentence.text, &unit.tokens).into_iter().map(|m| (index, m)));
    }
    let claims_of = vec![vec![0]; doc.units.len()];
    let mut fast = Joiner::new(&doc, &mentions);
    claimed::join(&doc, &mentions, &claims_of, &mut fast);
    // Every pair of sentences of different outlets and wordings, the earlier one asked first.
    let mut slow = Joiner::new(&doc, &mentions);
    let held =
        |unit: usize| -> Vec<usize> { (0..mentions.len()).filter(|&m| mentions[m].0 == unit).collect() };
    for ua in 0..doc.units.len() {
        for ub in ua + 1..doc.units.len() {
            let (x, y) = (&doc.units[ua], &doc.units[ub]);
            if x.article != y.article && x.wording != y.wording {
                for (a, b) in claimed::only_matches(&mentions, &held(ua), &held(ub)) {
                    slow.union(a, b);
                }
            }
        }
    }
    let groups = joined(&mut slow);
    assert_eq!(joined(&mut fast), groups);
    let largest = (0..groups.len()).map(|m| groups.iter().filter(|&&g| g == m).count()).max();
    assert!(largest >= Some(6), "the wire details join across outlets: {groups:?}");
}
