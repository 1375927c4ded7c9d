//! Origins, differences and placement on small hand-made events: wire copy and its
//! republications, independent reports of one event, figures and names that outlets give
//! differently, and where each outlet puts a fact.

use parallax_core::analysis::{analyse, DetailKind, EventAnalysis, OriginKind, Place};
use parallax_core::model::{Article, Block, Event, Removal, RemovalReason};

mod builders;

use builders::article_in_paragraphs as article;

fn event(articles: Vec<Article>) -> Event {
    builders::event_of("test-event", articles)
}

/// A wire story about a bridge collapse, in paragraphs.
const WIRE: &[&[&str]] = &[
    &["RIVERTON (AP) — A highway bridge over the Lune river collapsed during the evening rush hour on Tuesday, killing at least 12 people and injuring 40, officials said."],
    &["Rescue crews worked through the night with cranes and divers to reach cars trapped in the water below the span."],
    &["The bridge, built in 1968, had been scheduled for repairs next spring after inspectors flagged corroded supports in a report last year."],
    &["Governor Maria Okafor declared a state of emergency for the county and asked residents to avoid the area around the crossing."],
    &["Traffic on the main road into the city was diverted through the northern suburbs, adding hours to commutes."],
    &["Engineers from the state transport department arrived on Wednesday morning to examine what was left of the structure."],
];

/// The same story with a few words swapped, as a republishing site runs it.
const SPUN: &[&[&str]] = &[
    &["A motorway bridge over the Lune river fell down during the evening rush hour on Tuesday, killing at least 12 people and injuring 40, officials said."],
    &["Rescue teams worked through the night with cranes and divers to reach automobiles trapped in the water below the span."],
    &["The bridge, built in 1968, had been scheduled for repairs next spring after inspectors flagged rusted supports in a report last year."],
    &["Governor Maria Okafor declared a state of emergency for the county and asked locals to avoid the area around the crossing."],
    &["Traffic on the main road into the city was diverted through the northern suburbs, adding hours to journeys."],
];

/// An outlet's own report of the same event, with another toll.
const OWN: &[&[&str]] = &[
    &["At least 15 people died when the Lune river bridge gave way on Tuesday evening, according to the county sheriff."],
    &["Witnesses described a loud crack before the deck tilted and slid into the river."],
    &["\"It went down in seconds,\" said Tom Reyes, who was driving behind a bus on the bridge."],
    &["The state had set aside money to replace the bridge in its budget for next year."],
    &["Governor Maria Okafour visited the site and promised an independent inquiry into the collapse."],
];

fn bridge() -> (Event, EventAnalysis) {
    let event = event(vec![
        article("daily-post", "Daily Post", Some("Bridge collapse kills 12 in Riverton"), WIRE),
        article("news-hub", "News Hub", Some("Riverton bridge falls"), SPUN),
        article("county-times", "County Times", Some("Sheriff: 15 dead as Lune bridge gives way"), OWN),
    ]);
    let analysis = analyse(&event);
    (event, analysis)
}

#[test]
fn a_wire_story_and_its_spun_copy_are_one_origin() {
    let (_, analysis) = bridge();
    assert_eq!(analysis.origins.len(), 1, "{:#?}", analysis.origins);
    let origin = &analysis.origins[0];
    assert_eq!(origin.kind, OriginKind::Wire);
    assert_eq!(origin.source.as_deref(), Some("AP"));
    assert_eq!(origin.articles, ["daily-post", "news-hub"]);
    assert!(origin.shared >= 0.8, "{origin:?}");
    let copy = origin.members.iter().find(|m| m.outlet == "news-hub").unwrap();
    assert_eq!(copy.closest, "daily-post");
}

#[test]
fn independent_reports_are_no_copies() {
    let (_, analysis) = bridge();
    assert!(analysis.origins.iter().all(|o| !o.articles.contains(&"county-times".to_string())));
}

#[test]
fn a_copy_without_a_credit_names_its_source_only_where_the_text_shows_it() {
    let mut copy = article("news-hub", "News Hub", None, SPUN);
    copy.via = Some("Aggregator".into());
    let mut original: Vec<&[&str]> = WIRE.to_vec();
    original[0] = &["A highway bridge over the Lune river collapsed during the evening rush hour on Tuesday, killing at least 12 people and injuring 40, officials said."];
    let event = event(vec![article("daily-post", "Daily Post", None, &original), copy]);
    let analysis = analyse(&event);
    assert_eq!(analysis.origins.len(), 1, "{:#?}", analysis.origins);
    assert_eq!(analysis.origins[0].kind, OriginKind::Copy);
    assert_eq!(
        analysis.origins[0].source.as_deref(),
        Some("daily-post"),
        "the republication names its source"
    );
}

#[test]
fn a_credit_line_that_cleaning_removed_still_makes_a_wire_story() {
    let mut first = article("daily-post", "Daily Post", None, &WIRE[1..]);
    first.blocks.push(Block::Removed(Removal { text: "— AFP".into(), reason: RemovalReason::Byline }));
    let event = event(vec![first, article("news-hub", "News Hub", None, &SPUN[1..])]);
    let analysis = analyse(&event);
    assert_eq!(analysis.origins.len(), 1, "{:#?}", analysis.origins);
    assert_eq!(analysis.origins[0].kind, OriginKind::Wire);
    assert_eq!(analysis.origins[0].source.as_deref(), Some("AFP"));
}

#[test]
fn tolls_that_differ_are_differences_and_a_misspelt_name_is_not() {
    let (_, analysis) = bridge();
    let toll = analysis
        .differences
        .iter()
        .find(|d| d.kind == DetailKind::Number && d.values.iter().any(|v| v.text.contains("15")))
        .unwrap_or_else(|| panic!("{:#?}", analysis.differences));
    let texts: Vec<&str> = toll.values.iter().map(|v| v.text.as_str()).collect();
    assert!(texts.contains(&"At least 15 people"), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("12")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("40")), "the injured are another figure: {texts:?}");
    // "Okafour" for "Okafor" is one letter off: a slip of one outlet's, not another person.
    let names: Vec<_> = analysis.differences.iter().filter(|d| d.kind == DetailKind::Name).collect();
    assert!(names.is_empty(), "{names:#?}");
    // Every difference belongs to a claim of the event.
    for difference in &analysis.differences {
        assert!(analysis.claims.iter().any(|c| c.id == difference.claim));
    }
}

#[test]
fn figures_of_other_things_are_no_difference() {
    let event = event(vec![
        article(
            "a",
            "A",
            None,
            &[
                &["The new stadium will hold 60,000 fans and cost $1.2 billion, the club said."],
                &["Its roof is 50 metres high."],
            ],
        ),
        article(
            "b",
            "B",
            None,
            &[
                &["The club's old ground held 35,000 spectators when it opened in 1923."],
                &["Tickets for the first match will cost $45."],
            ],
        ),
    ]);
    let analysis = analyse(&event);
    assert!(analysis.differences.is_empty(), "{:#?}", analysis.differences);
}

#[test]
fn outlets_that_lead_with_a_fact_or_bury_it() {
    let (event, analysis) = bridge();
    let place = |outlet: &str, text: &str| -> Place {
        let sentence = event
            .article(outlet)
            .and_then(|a| a.own_sentences().find(|s| s.text.contains(text)))
            .map(|s| s.id.clone())
            .unwrap_or_default();
        let (claim, places) = analysis
            .claims
            .iter()
            .zip(&analysis.placements)
            .find(|(c, _)| c.sentences.contains(&sentence))
            .expect("a claim holds every sentence");
        let k = claim.outlets.iter().position(|o| o == outlet).expect("the outlet carries it");
        places[k]
    };
    assert_eq!(place("daily-post", "killing at least 12"), Place::Headline);
    assert_eq!(place("daily-post", "Rescue crews"), Place::Body);
    assert_eq!(place("daily-post", "Engineers from the state"), Place::End);
    assert_eq!(place("county-times", "At least 15 people died"), Place::Headline);
    assert_eq!(place("county-times", "Witnesses described"), Place::Body);
    assert_eq!(place("news-hub", "motorway bridge"), Place::Lead);
}
