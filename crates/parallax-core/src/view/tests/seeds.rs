//! The views on the seed event, through the real ingest and engine. Sentences are found by
//! their words, not by their ids, so that the tests follow the text.

use std::path::Path;

use super::strings;
use crate::analysis::{analyse, DiffOp, EventAnalysis};
use crate::link::{EventView, Filter, Page, Sort};
use crate::model::Event;
use crate::view::{CoverageOrder, EventIndex, Sharing};
use crate::{load_corpus, Limits};

fn seed() -> (Event, EventAnalysis) {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/corpus"));
    let ingested = load_corpus(dir, &Limits::default());
    assert!(ingested.errors.is_empty(), "seed corpus errors: {:?}", ingested.errors);
    let event = ingested
        .corpus
        .event("putin-trump-call-2025-07-03")
        .cloned()
        .expect("the seed event is in the corpus");
    let analysis = analyse(&event);
    (event, analysis)
}

/// The one sentence of `outlet` whose text contains `phrase` (apostrophes straightened).
fn sentence_with<'a>(index: &EventIndex<'a>, outlet: &str, phrase: &str) -> &'a str {
    let found: Vec<&str> = index
        .outlet_sentences(outlet)
        .filter(|id| index.sentence(id).is_some_and(|info| info.text.replace('’', "'").contains(phrase)))
        .collect();
    assert_eq!(found.len(), 1, "{outlet} sentences with {phrase:?}: {found:?}");
    found[0]
}

#[test]
fn putins_offended_quote_has_its_business_standard_counterpart() {
    let (event, analysis) = seed();
    let index = EventIndex::new(&event, &analysis);
    let india = sentence_with(&index, "india-tv-news", "he could get offended");
    let business = sentence_with(&index, "business-standard", "he could get offended");
    let columns = index.columns(&strings(&["india-tv-news", "zee-news", "business-standard"]));
    let counterparts = index.counterparts(india, &columns);
    assert!(counterparts.contains(&business), "{india} → {counterparts:?}");
    assert!(index.counterparts(business, &columns).contains(&india));
    assert!(matches!(index.mark(india, &columns).map(|mark| mark.sharing), Some(Sharing::Shared { .. })));

    // A link focused on it opens with both outlets.
    let parsed =
        EventView::parse(Page::Compare, &format!("o=business-standard&s={india}"), &event, &analysis);
    assert_eq!(parsed.view.compare.outlets, strings(&["business-standard", "india-tv-news"]));
    assert!(parsed.notices.is_empty());
    // Searching for the words finds and marks both.
    let matches = index.filter(&Filter { topics: Vec::new(), text: "COULD get Offended".into() });
    assert!(matches.contains(india) && matches.contains(business));
    let text = index.sentence(india).map_or("", |info| info.text);
    let marked: Vec<&str> =
        matches.segments(text).into_iter().filter(|(_, on)| *on).map(|(part, _)| part).collect();
    assert_eq!(marked, ["could", "could", "get", "offended"], "every occurrence: \"we could talk more\" too");
}

#[test]
fn a_topic_keeps_exactly_its_tagged_sentences() {
    let (event, analysis) = seed();
    let index = EventIndex::new(&event, &analysis);
    assert!(!analysis.topics.is_empty());
    for topic in &analysis.topics {
        let parsed = EventView::parse(Page::Overview, &format!("t={}", topic.id), &event, &analysis);
        assert!(parsed.notices.is_empty());
        let matches = index.filter(&parsed.view.filter);
        let mut tagged: Vec<&str> = topic.sentences.iter().map(String::as_str).collect();
        tagged.sort_unstable();
        tagged.dedup();
        let mut found = matches.ids().to_vec();
        found.sort_unstable();
        assert_eq!(found, tagged, "{}", topic.id);
        // The ids come in the event's order: by outlet, then in reading order.
        let order: Vec<(usize, usize)> = matches
            .ids()
            .iter()
            .map(|id| {
                let outlet = event.articles.iter().position(|a| id.starts_with(&a.outlet.id)).unwrap_or(9);
                let number = id.rsplit('-').next().and_then(|n| n.parse().ok()).unwrap_or(0);
                (outlet, number)
            })
            .collect();
        assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
        let count = matches.topic_counts().iter().find(|count| count.id == topic.id).map(|count| count.count);
        assert_eq!(count, Some(tagged.len()));
        assert!(tagged.iter().all(|id| index.topics_of(id).any(|t| t == topic.id)));
        // The aligned rows only hold claims with a tagged sentence.
        let columns =
            index.columns(&strings(&["india-tv-news", "zee-news", "business-standard", "rt", "newsweek"]));
        for row in index.align(&columns, Sort::Story, &matches).rows {
            assert!(index.claim_sentences(row.claim).any(|(_, id)| matches.contains(id)));
        }
    }
}

#[test]
fn the_quote_ledger_shows_both_translations_and_their_word_differences() {
    let (event, analysis) = seed();
    let index = EventIndex::new(&event, &analysis);
    let ledger = index.quote_ledger(&index.filter(&Filter::default()));
    let families: Vec<_> = ledger
        .iter()
        .flat_map(|group| group.families.iter().map(move |family| (group.speaker, *family)))
        .filter(|(_, family)| family.variants.iter().any(|variant| variant.text.contains("diplomatic means")))
        .collect();
    assert_eq!(families.len(), 1, "one family of the 'political and diplomatic means' quote");
    let (speaker, family) = families[0];
    assert_eq!(speaker, family.speaker.as_deref());
    let outlets: Vec<&str> = family.variants.iter().map(|variant| variant.outlet.as_str()).collect();
    assert!(outlets.contains(&"zee-news") && outlets.contains(&"business-standard"), "{outlets:?}");
    let words = |pick: fn(&DiffOp) -> Option<&String>| -> String {
        family
            .variants
            .iter()
            .flat_map(|variant| variant.diff.iter().filter_map(pick))
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let removed = words(|op| if let DiffOp::Removed(words) = op { Some(words) } else { None });
    let inserted = words(|op| if let DiffOp::Inserted(words) = op { Some(words) } else { None });
    assert!(removed.contains("solely") && inserted.contains("exclusively"), "-{removed} +{inserted}");
    // Each variant links to a sentence of the event, and searching one wording keeps the family.
    assert!(family.variants.iter().all(|variant| index.sentence(&variant.sentence).is_some()));
    let ledger =
        index.quote_ledger(&index.filter(&Filter { topics: Vec::new(), text: "exclusively".into() }));
    assert!(ledger.iter().any(|group| group.families.iter().any(|f| f.id == family.id)));
    // The unattributed group, if any, comes last.
    let ledger = index.quote_ledger(&index.filter(&Filter::default()));
    assert!(ledger.iter().skip_while(|group| group.speaker.is_some()).all(|group| group.speaker.is_none()));
}

#[test]
fn the_seed_tables_are_consistent() {
    let (event, analysis) = seed();
    let index = EventIndex::new(&event, &analysis);
    let everything = index.filter(&Filter::default());
    let matrix = index.coverage(&everything, CoverageOrder::MostCarried);
    assert_eq!(matrix.rows.len(), analysis.claims.len());
    assert_eq!(matrix.outlets.len(), 5);
    assert_eq!(matrix.rows.first().map(|row| row.carried), Some(5), "a claim all five outlets carry leads");
    let grid = index.coverage_grid(&matrix.rows);
    for (n, row) in matrix.rows.iter().enumerate() {
        assert_eq!(grid.row(n).filter(|cell| !cell.is_empty()).count(), row.carried);
        assert_eq!(index.claim_carriers(row.claim).len(), row.carried);
        assert!(!row.summary.is_empty() && row.summary.chars().count() <= crate::view::SUMMARY_CHARS);
    }
    assert!(matrix.rows.windows(2).all(|pair| pair[0].carried >= pair[1].carried));

    // Every own sentence of the shown outlets is in an aligned cell; one that states several facts
    // is in the row of each claim that holds it, and nowhere else.
    let shown = strings(&["rt", "newsweek", "zee-news"]);
    let columns = index.columns(&shown);
    let table = index.align(&columns, Sort::Unique, &everything);
    let mut placed: Vec<&str> = (0..table.grid.rows())
        .flat_map(|row| table.grid.row(row).flatten().copied().collect::<Vec<_>>())
        .collect();
    placed.sort_unstable();
    let expected_places: usize = own_claims(&index, &analysis, &shown);
    assert_eq!(placed.len(), expected_places);
    placed.dedup();
    let mut own: Vec<&str> = shown
        .iter()
        .flat_map(|outlet| index.outlet_sentences(outlet))
        .filter(|id| index.sentence(id).is_some_and(|info| !info.embed))
        .collect();
    own.sort_unstable();
    assert_eq!(placed, own);
    let first_shared = table.rows.iter().position(|row| row.carried > 1).unwrap_or(table.rows.len());
    assert!(table.rows[first_shared..].iter().all(|row| row.carried > 1), "unique rows come first");

    // Ushakov, credited by all five outlets, heads the sources.
    let sources = index.sources(&everything);
    assert_eq!(sources.rows.first().map(|row| (row.source, row.outlets)), Some(("Yuri Ushakov", 5)));

    // Stepping through the shared claims visits each once, in story order.
    let mut focus = None;
    let mut visited = Vec::new();
    while let Some(next) = index.step_shared(&columns, &everything, focus, crate::view::Step::Next) {
        visited
            .push(index.sentence(next).and_then(|info| info.claim).map_or(usize::MAX, |claim| claim.index));
        focus = Some(next);
    }
    let shared: Vec<usize> = table.rows.iter().filter(|row| row.carried > 1).map(|row| row.claim).collect();
    assert_eq!(visited, shared);
}

/// How many aligned cells the shown outlets' own sentences take: one per claim that holds each.
fn own_claims(index: &EventIndex, analysis: &crate::analysis::EventAnalysis, shown: &[String]) -> usize {
    shown
        .iter()
        .flat_map(|outlet| index.outlet_sentences(outlet))
        .filter(|id| index.sentence(id).is_some_and(|info| !info.embed))
        .map(|id| {
            analysis.claims.iter().filter(|claim| claim.sentences.iter().any(|s| s == id)).count().max(1)
        })
        .sum()
}
