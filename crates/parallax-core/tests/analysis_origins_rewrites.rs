//! Origins on small hand-made events: a rewrite that keeps another article's order of facts and
//! its rarer words, though hardly one of its sentences survives whole, is a copy; reports of the
//! same event written apart are not.

use parallax_core::analysis::{analyse, EventAnalysis};
use parallax_core::model::{Article, Event};

mod builders;

/// An article of one-sentence paragraphs; ids are `<outlet>-<n>`.
fn article(outlet: &str, sentences: &[&str]) -> Article {
    builders::article_in_sentences(outlet, outlet, sentences)
}

/// A report of a warehouse fire.
const FIRST: &[&str] = &[
    "A fire tore through a textile warehouse in the port city of Maridon on Sunday night, and firefighters battled the blaze for nine hours before bringing it under control.",
    "The warehouse stored bales of cotton and polyester that fed the flames, according to the regional fire brigade.",
    "Investigators suspect a faulty electrical panel near the loading bay, though the cause has not been confirmed.",
    "Smoke drifted across the harbour and the authorities told residents of the Vell quarter to keep their windows shut.",
    "The owner, the Castellan trading group, said the building was insured and that its night guard escaped unhurt.",
    "Customs officials estimated the stock lost at close to 40 million in local currency.",
];

/// The same report rewritten: sentences split and joined, most small words and many verbs
/// changed, the order of facts and the rarer words kept.
const REWRITE: &[&str] = &[
    "Firefighters spent nine hours on Sunday night taming flames that ripped through a Maridon textile warehouse in the port city.",
    "Cotton bales and polyester stored inside fed the fire, the brigade of the region reports, while a faulty panel (electrical) near the bay used for loading is what investigators suspect.",
    "Nothing has confirmed that cause yet.",
    "As smoke from the blaze drifted across the harbour, authorities asked the Vell quarter's residents to shut windows.",
    "Insured, says the building's owner, Castellan trading group, whose guard on night duty escaped unhurt.",
    "Losses of stock came close to 40 million in local currency, by the estimate of customs officials.",
];

/// Reports of the same fire written apart, with the event's common words.
const OTHERS: &[&[&str]] = &[
    &[
        "A huge fire destroyed a warehouse in Maridon on Sunday, sending black smoke over the city.",
        "No one was hurt, the mayor told reporters on Monday morning.",
        "Videos posted online showed flames leaping from the roof as crowds gathered on the quay.",
        "The city council will meet on Tuesday to discuss safety checks at older industrial sites.",
    ],
    &[
        "Maridon's fire service said on Monday that the warehouse fire had been put out after a long night.",
        "Dozens of fire engines and a fireboat were sent to the docks, a spokesman said.",
        "It was the third large fire in the port area this year, after blazes at a timber yard and a fish market.",
        "Police have opened an inquiry and closed the coastal road until further notice.",
    ],
    &[
        "Firefighters in Maridon fought a warehouse fire through Sunday night.",
        "Neighbours said the smell of burning plastic reached streets far from the harbour.",
        "The fire brigade asked people to stay away from the docks while crews cooled the ruins.",
        "Trade unions called for better fire alarms in the port's warehouses.",
    ],
];

fn fire() -> EventAnalysis {
    let mut articles = vec![article("harbour-news", FIRST), article("daily-wire", REWRITE)];
    for (n, sentences) in OTHERS.iter().enumerate() {
        articles.push(article(&format!("outlet-{n}"), sentences));
    }
    analyse(&Event { id: "fire".into(), title: "Fire".into(), articles, ..Event::default() })
}

#[test]
fn a_rewrite_that_keeps_the_order_of_facts_and_its_rarer_words_is_a_copy() {
    let analysis = fire();
    assert_eq!(analysis.origins.len(), 1, "{:#?}", analysis.origins);
    let mut articles = analysis.origins[0].articles.clone();
    articles.sort();
    assert_eq!(articles, ["daily-wire", "harbour-news"]);
}

#[test]
fn reports_written_apart_stay_independent() {
    let analysis = fire();
    for origin in &analysis.origins {
        assert!(origin.articles.iter().all(|a| !a.starts_with("outlet-")), "{origin:?}");
    }
}

/// A coach's interview in one translation, as a sports site prints it.
const INTERVIEW: &[&str] = &[
    "Coach Elena Varga will stay with the national side after the cup final, she said on Sunday.",
    "\"I am not leaving.",
    "I want to keep working with these players,\" she said on Radio Norte.",
    "\"It is the best thing that has happened to me,\" she said.",
    "\"Look at this, it is beautiful, we wanted it so much.",
    "\"We suffered a lot, but in the end we got it.",
    "I always believed we would.",
    "\"Now I only want to rest with my family for a few days.\"",
    "Her contract with the federation runs until the end of next year.",
    "The federation president praised her work over four seasons in charge.",
];

/// A roundup that prints the interview block of [`INTERVIEW`] word for word.
const ROUNDUP: &[&str] = &[
    "Elena Varga is going nowhere after Sunday's triumph.",
    "\"I am not leaving.",
    "I want to keep working with these players,\" she said on Radio Norte.",
    "\"It is the best thing that has happened to me,\" she said.",
    "\"Look at this, it is beautiful, we wanted it so much.",
    "\"We suffered a lot, but in the end we got it.",
    "I always believed we would.",
    "\"Now I only want to rest with my family for a few days.\"",
    "Clubs abroad had been linked with the coach in recent months.",
];

/// Reports that quote the same words, each picking and ordering them in its own frame, so that
/// every quoted sentence of the block is printed by four articles.
const QUOTING: &[&[&str]] = &[
    &[
        "Varga's side won the cup final on penalties on Sunday night.",
        "\"I am not leaving.",
        "The goalkeeper saved two penalties in the shoot-out.",
        "\"We suffered a lot, but in the end we got it.",
        "\"It is the best thing that has happened to me,\" she said.",
        "Fans celebrated in the capital until the early hours.",
        "\"Now I only want to rest with my family for a few days.\"",
    ],
    &[
        "Thousands of supporters greeted the team at the airport on Monday.",
        "\"Look at this, it is beautiful, we wanted it so much.",
        "I want to keep working with these players,\" she said on Radio Norte.",
        "The players paraded the trophy through the old town on an open bus.",
        "I always believed we would.",
        "\"It is the best thing that has happened to me,\" she said.",
        "The federation will decide on bonuses next week.",
    ],
    &[
        "The coach was close to tears at the final whistle.",
        "\"Now I only want to rest with my family for a few days.\"",
        "Her captain lifted the cup in front of the president.",
        "\"I am not leaving.",
        "\"We suffered a lot, but in the end we got it.",
        "Radio Norte broadcast the interview live from the pitch.",
        "I want to keep working with these players,\" she said on Radio Norte.",
        "I always believed we would.",
        "\"Look at this, it is beautiful, we wanted it so much.",
    ],
];

#[test]
fn an_unbroken_block_of_another_article_s_quotes_is_a_copy() {
    let mut articles = vec![article("sports-daily", INTERVIEW), article("roundup", ROUNDUP)];
    for (n, sentences) in QUOTING.iter().enumerate() {
        articles.push(article(&format!("quoting-{n}"), sentences));
    }
    let analysis = analyse(&Event { id: "cup".into(), title: "Cup".into(), articles, ..Event::default() });
    assert_eq!(analysis.origins.len(), 1, "{:#?}", analysis.origins);
    let mut outlets = analysis.origins[0].articles.clone();
    outlets.sort();
    assert_eq!(outlets, ["roundup", "sports-daily"], "outlets that quote a few of the words are no copies");
}
