//! Host tests of the data files and the events list.

use std::path::Path;

use super::*;
use crate::analysis::analyse;
use crate::model::Outlet;
use crate::view::tests::{small_analysis, small_event};
use crate::view::EventIndex;
use crate::{load_corpus, Limits};

fn seed_corpus() -> Corpus {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/corpus"));
    let ingested = load_corpus(dir, &Limits::default());
    assert!(ingested.errors.is_empty(), "seed corpus errors: {:?}", ingested.errors);
    ingested.corpus
}

fn site_of(corpus: &Corpus) -> SiteFiles {
    let analyses = corpus.events.iter().map(analyse).collect();
    site_files(corpus.clone(), analyses)
}

#[test]
fn the_seed_site_has_an_index_and_one_file_per_event_that_read_back() {
    let corpus = seed_corpus();
    let files = site_of(&corpus);
    let index = decode_index(&files.index.bytes).expect("the index decodes");
    assert_eq!(index.events.len(), corpus.events.len());
    assert_eq!(files.events.len(), corpus.events.len());
    for ((entry, file), event) in index.events.iter().zip(&files.events).zip(&corpus.events) {
        assert_eq!(entry.file, file.name);
        assert_eq!((&entry.id, &entry.title, &entry.date), (&event.id, &event.title, &event.date));
        let names: Vec<&str> = event.articles.iter().map(|a| a.outlet.name.as_str()).collect();
        assert_eq!(entry.outlets, names);
        let data = decode_event(&file.bytes).expect("the event decodes");
        assert_eq!(data.event.id, event.id);
        assert_eq!(u32::try_from(data.analysis.claims.len()).ok(), Some(entry.claims));
        assert!(entry.sentences > 0);
    }
}

#[test]
fn file_names_carry_the_stem_and_a_hash_of_the_bytes() {
    let files = site_of(&seed_corpus());
    let hex = |name: &str, stem: &str| {
        let hash = name
            .strip_prefix(stem)
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(|r| r.strip_suffix(".bin"));
        hash.is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    assert!(hex(&files.index.name, "index"), "{}", files.index.name);
    assert!(hex(&files.events[0].name, "putin-trump-call-2025-07-03"), "{}", files.events[0].name);
    // The same input gives the same names; a changed event gets a new one.
    assert_eq!(site_of(&seed_corpus()), files);
    let mut changed = seed_corpus();
    changed.events[0].title.push('!');
    let again = site_of(&changed);
    assert_ne!(again.events[0].name, files.events[0].name);
    assert_ne!(again.index.name, files.index.name);
    // An id that is not a plain slug is not put in a file name.
    let odd = Corpus { events: vec![Event { id: "a b/../c".into(), ..Event::default() }] };
    assert!(hex(&site_files(odd, Vec::new()).events[0].name, "event"));
}

#[test]
fn files_of_another_format_or_damaged_are_refused_with_a_reason() {
    let files = site_of(&seed_corpus());
    let mut other = files.index.bytes.clone();
    other[MAGIC.len()] = 9;
    assert_eq!(decode_index(&other), Err(DataError::Format { found: 9 }));
    assert!(DataError::Format { found: 9 }.to_string().contains("reload the page"));
    let event = &files.events[0].bytes;
    assert_eq!(decode_event(&event[..event.len() / 2]).map(|_| ()), Err(DataError::Damaged));
    assert_eq!(decode_event(b"").map(|_| ()), Err(DataError::Damaged));
    assert_eq!(decode_event(&files.index.bytes).map(|_| ()), Err(DataError::Damaged));
    assert_eq!(decode_index(b"<!doctype html><p>Not found</p>").map(|_| ()), Err(DataError::Damaged));
}

#[test]
fn an_event_file_reads_back_as_the_browser_projection() {
    let (event, analysis) = (small_event(), small_analysis());
    let corpus = Corpus { events: vec![event.clone()] };
    let files = site_files(corpus, vec![analysis.clone()]);
    let data = decode_event(&files.events[0].bytes).expect("the event decodes");
    // What the browser reads comes back as it was.
    let mut expected = event.clone();
    expected.topics = Vec::new();
    for article in &mut expected.articles {
        article.file = String::new();
    }
    assert_eq!(data.event, expected);
    assert_eq!(data.analysis.quotes, analysis.quotes);
    assert_eq!(data.analysis.attributions, analysis.attributions);
    let ids = |claims: &[crate::analysis::Claim]| claims.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&data.analysis.claims), ids(&analysis.claims));
    assert_eq!(data.tables, IndexTables::new(&event, &analysis));
    // What it does not read is left out.
    assert!(data.analysis.claims.iter().all(|claim| claim.sentences.is_empty() && claim.outlets.is_empty()));
    assert!(data.analysis.topics.iter().all(|topic| topic.sentences.is_empty()));
    assert!(data.analysis.coverage.is_empty());
    // The index built from the shipped tables answers as one built from the whole analysis.
    let full = EventIndex::new(&event, &analysis);
    let shipped = EventIndex::with_tables(&data.event, &data.analysis, &data.tables);
    crate::view::tests::assert_same_index(&full, &shipped);
}

#[test]
fn the_seed_event_reads_back_with_every_article_and_the_same_index() {
    let corpus = seed_corpus();
    let event = corpus.events[0].clone();
    let analysis = analyse(&event);
    let files = site_files(corpus, vec![analysis.clone()]);
    let data = decode_event(&files.events[0].bytes).expect("the event decodes");
    for (read, written) in data.event.articles.iter().zip(&event.articles) {
        assert_eq!(
            (&read.outlet, &read.blocks, &read.headline, &read.url),
            (&written.outlet, &written.blocks, &written.headline, &written.url)
        );
    }
    assert_eq!(data.analysis.quotes, analysis.quotes);
    let full = EventIndex::new(&event, &analysis);
    let shipped = EventIndex::with_tables(&data.event, &data.analysis, &data.tables);
    crate::view::tests::assert_same_index(&full, &shipped);
}

#[test]
fn damaged_files_are_refused_without_a_panic() {
    let files = site_of(&seed_corpus());
    let event = &files.events[0].bytes;
    // Every cut and many single-byte changes of a real file.
    for cut in (0..event.len()).step_by(97) {
        assert!(decode_event(&event[..cut]).is_err(), "cut at {cut}");
    }
    for at in (MAGIC.len()..event.len()).step_by(89) {
        let mut changed = event.clone();
        changed[at] = changed[at].wrapping_add(0x80);
        let _ = decode_event(&changed);
        changed[at] = 0xff;
        let _ = decode_event(&changed);
    }
    // A huge length is refused before anything is allocated.
    let mut huge = MAGIC.to_vec();
    huge.push(u8::try_from(super::FORMAT).expect("a one-byte format number"));
    huge.extend([0xff, 0xff, 0xff, 0xff, 0x0f]);
    assert_eq!(decode_index(&huge), Err(DataError::Damaged));
    // Trailing bytes are damage too.
    let mut longer = files.index.bytes.clone();
    longer.push(0);
    assert_eq!(decode_index(&longer), Err(DataError::Damaged));
}

proptest::proptest! {
    #[test]
    fn any_bytes_decode_to_a_value_or_an_error(body in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
        let mut bytes = MAGIC.to_vec();
        bytes.push(1);
        bytes.extend(body);
        let _ = decode_event(&bytes);
        let _ = decode_index(&bytes);
    }
}

fn entry(id: &str, title: &str, date: Option<&str>, outlets: &[&str]) -> EventEntry {
    EventEntry {
        id: id.into(),
        title: title.into(),
        date: date.map(String::from),
        outlets: outlets.iter().map(|name| name.to_string()).collect(),
        ..EventEntry::default()
    }
}

fn catalog_index() -> SiteIndex {
    SiteIndex {
        events: vec![
            entry(
                "budget",
                "City council passes the budget",
                Some("2025-11-04"),
                &["Daily Ledger", "Radio Nord"],
            ),
            entry("bridge", "Harbour bridge reopens", Some("2024-03-01"), &["Coastal Courier"]),
            entry("undated", "A story without a date", None, &["Café Crème"]),
            entry("trial", "Night library trial", Some("2025-11-04"), &["County Bulletin", "Daily Ledger"]),
            entry("bad-date", "Budget hearing", Some("04/11/2025"), &["Radio Nord"]),
        ],
    }
}

#[test]
fn the_events_list_sorts_by_date_newest_first_and_undated_last() {
    let index = catalog_index();
    let catalog = Catalog::new(&index);
    let ids = |positions: Vec<usize>| -> Vec<&str> {
        positions.into_iter().map(|n| index.events[n].id.as_str()).collect()
    };
    let newest = CatalogQuery::default();
    assert_eq!(ids(catalog.select(&newest)), ["budget", "trial", "bridge", "undated", "bad-date"]);
    let oldest = CatalogQuery { order: CatalogOrder::Oldest, ..CatalogQuery::default() };
    assert_eq!(ids(catalog.select(&oldest)), ["bridge", "budget", "trial", "undated", "bad-date"]);
    assert_eq!(catalog.len(), 5);
}

#[test]
fn the_events_list_searches_titles_and_outlets_ignoring_case_and_accents() {
    let index = catalog_index();
    let catalog = Catalog::new(&index);
    let ids = |text: &str| -> Vec<&str> {
        let query = CatalogQuery { text: text.into(), ..CatalogQuery::default() };
        catalog.select(&query).into_iter().map(|n| index.events[n].id.as_str()).collect()
    };
    assert_eq!(ids("budget"), ["budget", "bad-date"]);
    assert_eq!(ids("DAILY ledger"), ["budget", "trial"]);
    assert_eq!(ids("cafe"), ["undated"]);
    assert_eq!(ids("radio budget"), ["budget", "bad-date"]);
    assert_eq!(ids("bridge courier"), ["bridge"]);
    assert!(ids("nothing-like-this").is_empty());
    assert_eq!(ids("").len(), 5);
}

#[test]
fn the_events_list_link_reads_leniently_and_writes_canonically() {
    let query = CatalogQuery::parse("?sort=OLDEST&q=daily%20%20ledger+&utm=x");
    assert_eq!(query, CatalogQuery { text: "daily ledger".into(), order: CatalogOrder::Oldest });
    assert_eq!(query.to_query(), "q=daily%20ledger&sort=oldest");
    assert_eq!(CatalogQuery::parse(&query.to_query()), query);
    assert_eq!(CatalogQuery::parse("sort=sideways"), CatalogQuery::default());
    assert_eq!(CatalogQuery::default().to_query(), "");
    let long = "x".repeat(500);
    assert_eq!(CatalogQuery::parse(&format!("q={long}")).text.len(), crate::link::MAX_SEARCH_CHARS);
}

#[test]
fn outlet_names_and_counts_of_an_event_go_into_the_index() {
    let mut event = small_event();
    event.articles[0].outlet = Outlet { id: "alpha".into(), name: "Alpha Times".into() };
    let files = site_files(Corpus { events: vec![event] }, vec![small_analysis()]);
    let index = decode_index(&files.index.bytes).expect("decodes");
    assert_eq!(index.events[0].outlets, ["Alpha Times", "BETA", "GAMMA"]);
    assert_eq!(index.events[0].claims, 6);
    assert_eq!(index.events[0].sentences, 10);
}

#[test]
fn the_index_link_names_the_index_and_every_event_file_and_replaces_the_placeholder() {
    let files = site_of(&seed_corpus());
    let event = &files.events[0].name;
    assert!(files.link.starts_with("<link id=\"parallax-index\" rel=\"preload\" href=\"data/index."));
    assert!(
        files.link.contains(&format!("data-events=\"putin-trump-call-2025-07-03 {event}\"")),
        "{}",
        files.link
    );
    // Minified and plain placeholders alike.
    let minified =
        "<head><link as=fetch crossorigin href=data/index.bin id=parallax-index rel=preload><script src=x>";
    assert_eq!(with_index_link(minified, &files.link), Some(format!("<head>{}<script src=x>", files.link)));
    let built = with_index_link(minified, &files.link).expect("a link");
    assert_eq!(
        with_index_link(&built, "<link id=parallax-index>").as_deref(),
        Some("<head><link id=parallax-index><script src=x>")
    );
    assert_eq!(with_index_link("<p>nothing</p>", &files.link), None);
}
