//! Whole corpora from disk: a corpus of plain `.txt` events with no `event.toml`, a single event
//! folder read as a corpus, and the general cleaning rules on boilerplate the seeds do not have.

use std::path::PathBuf;

use expect_test::expect_file;
use parallax_core::ingest::outline;
use parallax_core::model::{Article, Corpus, RemovalReason};
use parallax_core::{load_corpus, Ingested, Limits};

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

fn load(path: &str) -> Ingested {
    let ingested = load_corpus(&fixture(path), &Limits::default());
    assert!(ingested.errors.is_empty(), "errors: {:#?}", ingested.errors);
    ingested
}

fn article<'a>(corpus: &'a Corpus, event: &str, outlet: &str) -> &'a Article {
    corpus
        .event(event)
        .and_then(|event| event.article(outlet))
        .unwrap_or_else(|| panic!("no {event}/{outlet}"))
}

fn removed(article: &Article, reason: RemovalReason) -> Vec<String> {
    article
        .removals()
        .filter(|removal| removal.reason == reason)
        .map(|removal| removal.text.clone())
        .collect()
}

fn own_text(article: &Article) -> String {
    article.own_sentences().map(|sentence| sentence.text.as_str()).collect::<Vec<_>>().join("\n")
}

#[test]
fn plain_corpus_without_manifests_loads_from_file_names() {
    let ingested = load("plain-corpus");
    let corpus = &ingested.corpus;
    let ids: Vec<&str> = corpus.events.iter().map(|event| event.id.as_str()).collect();
    assert_eq!(ids, ["grain-deal-talks", "kremlin-summit-2025"]);
    let event = corpus.event("kremlin-summit-2025").expect("event");
    assert_eq!(event.title, "Kremlin Summit 2025");
    assert_eq!(event.date.as_deref(), Some("2025-03-04"), "taken from the articles' dates");
    let outlets: Vec<(&str, &str)> = event
        .articles
        .iter()
        .map(|article| (article.outlet.id.as_str(), article.outlet.name.as_str()))
        .collect();
    assert_eq!(
        outlets,
        [
            ("daily-planet", "Daily Planet"),
            ("evening-ledger", "Evening Ledger"),
            ("the-courier", "The Courier")
        ]
    );
    assert!(
        ingested
            .notes
            .iter()
            .any(|note| note.path.ends_with("notes.md") && note.message.starts_with("ignored")),
        "notes: {:?}",
        ingested.notes
    );
    for event in &corpus.events {
        for article in &event.articles {
            expect_file![format!("snapshots/ingest_plain_{}_{}.txt", event.id, article.outlet.id)]
                .assert_eq(&outline(article));
        }
    }
}

#[test]
fn general_rules_clean_other_sites_boilerplate() {
    let ingested = load("plain-corpus");
    let corpus = &ingested.corpus;

    let planet = article(corpus, "kremlin-summit-2025", "daily-planet");
    assert_eq!(
        removed(planet, RemovalReason::SiteMenu),
        ["Skip to main content", "Home | World | Politics | Business", "Subscribe   Sign in"]
    );
    assert_eq!(removed(planet, RemovalReason::Widget), ["Advertisement"]);
    assert_eq!(
        removed(planet, RemovalReason::Promo),
        ["READ MORE: Geneva prepares for high-stakes summit as delegations arrive"]
    );
    assert_eq!(removed(planet, RemovalReason::RepeatedLine), ["Never miss a story with our morning digest"]);
    assert_eq!(
        removed(planet, RemovalReason::RelatedLinks),
        ["Related:\n- Geneva summit: what to expect\n- Five things to know about the talks"]
    );
    assert_eq!(removed(planet, RemovalReason::AggregatorFooter).len(), 1);
    let own = own_text(planet);
    assert!(own.contains("The U.S. delegation was led by Secretary of State Marco Rubio"));
    assert!(own.contains("Analysts at J.P. Morgan said the deal could ease supply."));
    assert!(!own.contains("Talks were productive"), "the post is an embed");

    let courier = article(corpus, "kremlin-summit-2025", "the-courier");
    assert_eq!(
        removed(courier, RemovalReason::Widget),
        ["12 Comments", "Follow us on Google News for the latest updates"]
    );
    assert_eq!(removed(courier, RemovalReason::RepeatedLine).len(), 1);
    let first = courier.own_sentences().next().expect("a sentence");
    assert!(first.text.starts_with("The summit in Geneva opened") && first.text.ends_with("late afternoon."));

    let ledger = article(corpus, "kremlin-summit-2025", "evening-ledger");
    assert_eq!(ledger.published.as_deref(), Some("2025-03-04"));
    assert_eq!(
        removed(ledger, RemovalReason::Promo),
        [
            "Also Read | Grain corridor talks resume in Istanbul after pause",
            "Read more: Inside the Geneva villa hosting the summit"
        ]
    );
    assert_eq!(
        removed(ledger, RemovalReason::RelatedLinks),
        ["You may also like\nGeneva summit live updates\nHow the talks came together"]
    );
    assert_eq!(removed(ledger, RemovalReason::PageLink), ["View desktop version"]);
    assert!(own_text(ledger).contains("Officials said a second round is planned for Wednesday."));

    let wire = article(corpus, "grain-deal-talks", "wire-service");
    assert_eq!(removed(wire, RemovalReason::RepeatedLine), ["Never miss a story with our morning digest"]);
}

#[test]
fn a_single_event_folder_is_a_corpus_of_one_event() {
    let ingested = load("plain-corpus/kremlin-summit-2025");
    let ids: Vec<&str> = ingested.corpus.events.iter().map(|event| event.id.as_str()).collect();
    assert_eq!(ids, ["kremlin-summit-2025"]);
    let event = &ingested.corpus.events[0];
    assert_eq!(event.articles.len(), 3);
    // With only this event, the digest line is in two articles, too few to count as repeated.
    let planet = event.article("daily-planet").expect("article");
    assert!(planet
        .own_sentences()
        .any(|sentence| sentence.text == "Never miss a story with our morning digest"));
}

#[test]
fn the_seed_corpus_loads_with_its_manifest() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/corpus");
    let ingested = load_corpus(&dir, &Limits::default());
    assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
    let event = ingested.corpus.event("putin-trump-call-2025-07-03").expect("seed event");
    assert_eq!(event.title, "The Putin–Trump phone call of 3 July 2025");
    assert_eq!(event.date.as_deref(), Some("2025-07-03"));
    let rt = event.article("rt").expect("rt");
    assert_eq!(rt.via.as_deref(), Some("PressBee"));
    assert_eq!(rt.outlet.name, "RT");
}
