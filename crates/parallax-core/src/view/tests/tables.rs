//! Aligned rows, keyboard steps, the coverage matrix, the quote ledger and the sources matrix on
//! the hand-made event.

use super::{small_analysis, small_event, strings};
use crate::analysis::SourceKind;
use crate::link::{Filter, Sort};
use crate::view::summary::summarise;
use crate::view::{AlignTable, CoverageOrder, EventIndex, Grid, Step, SUMMARY_CHARS};

fn filter(topics: &[&str], text: &str) -> Filter {
    Filter { topics: strings(topics), text: text.to_string() }
}

/// Every row of a grid as text: cells joined by `+`, empty cells as `-`.
fn cells(grid: &Grid) -> Vec<String> {
    (0..grid.rows())
        .map(|row| {
            let cells: Vec<String> = grid
                .row(row)
                .map(|cell| if cell.is_empty() { "-".to_string() } else { cell.join("+") })
                .collect();
            cells.join(" | ")
        })
        .collect()
}

fn claim_ids<'a>(table: &AlignTable<'a>) -> Vec<&'a str> {
    table.rows.iter().map(|row| row.claim_id).collect()
}

#[test]
fn aligned_rows_follow_the_story_with_one_cell_per_shown_outlet() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let everything = index.filter(&Filter::default());
    let columns = index.columns(&strings(&["beta", "alpha"]));
    let table = index.align(&columns, Sort::Story, &everything);
    assert_eq!(claim_ids(&table), ["c1", "c2", "c3", "c4", "c5"], "c6 has no shown sentence");
    assert_eq!(
        cells(&table.grid),
        ["- | alpha-1", "beta-1 | alpha-2", "beta-3 | alpha-3", "beta-2 | -", "- | alpha-4"]
    );
    let carried: Vec<(usize, Option<u8>)> = table.rows.iter().map(|row| (row.carried, row.colour)).collect();
    assert_eq!(carried, [(1, None), (2, Some(0)), (2, Some(1)), (1, None), (1, None)]);
    assert_eq!(table.grid.columns(), 2);
    assert!(table.grid.cell(0, 2).is_empty() && table.grid.cell(99, 0).is_empty());
    assert!(table.grid.cell(usize::MAX, usize::MAX).is_empty());

    let table = index.align(&columns, Sort::Unique, &everything);
    assert_eq!(claim_ids(&table), ["c1", "c4", "c5", "c2", "c3"]);
    assert_eq!(cells(&table.grid)[1], "beta-2 | -");

    let table = index.align(&index.columns(&strings(&["gamma"])), Sort::Story, &everything);
    assert_eq!(cells(&table.grid), ["gamma-1", "gamma-2+gamma-3"]);
    assert!(index.align(&index.columns(&[]), Sort::Story, &everything).rows.is_empty());
}

#[test]
fn a_filter_keeps_rows_with_a_matching_shown_sentence() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let columns = index.columns(&strings(&["alpha", "beta"]));
    let table = index.align(&columns, Sort::Story, &index.filter(&filter(&["ukraine-war"], "")));
    assert_eq!(claim_ids(&table), ["c3", "c5"]);
    // Rows keep all their shown sentences; the UI dims those that do not match.
    let matches = index.filter(&filter(&[], "presidents"));
    let table = index.align(&columns, Sort::Story, &matches);
    assert_eq!(cells(&table.grid), ["alpha-2 | beta-1"]);
    assert!(!matches.contains("alpha-2") && matches.contains("beta-1"));
    // gamma-1 matches too, but gamma is not shown.
    let table = index.align(&index.columns(&strings(&["alpha"])), Sort::Story, &matches);
    assert!(table.rows.is_empty());
}

#[test]
fn keyboard_steps_go_from_shared_claim_to_shared_claim() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let everything = index.filter(&Filter::default());
    let all = index.columns(&strings(&["alpha", "beta", "gamma"]));
    let step = |focus, step| index.step_shared(&all, &everything, focus, step);
    assert_eq!(step(None, Step::Next), Some("alpha-2"));
    assert_eq!(step(None, Step::Previous), Some("alpha-3"));
    assert_eq!(step(Some("alpha-2"), Step::Next), Some("alpha-3"));
    assert_eq!(step(Some("gamma-1"), Step::Next), Some("alpha-3"));
    assert_eq!(step(Some("alpha-3"), Step::Next), None, "no wrap-around");
    assert_eq!(step(Some("beta-3"), Step::Previous), Some("alpha-2"));
    assert_eq!(step(Some("alpha-2"), Step::Previous), None);
    // From a sentence of an unshared claim, and from one in no claim.
    assert_eq!(step(Some("beta-2"), Step::Previous), Some("alpha-3"));
    assert_eq!(step(Some("alpha-1"), Step::Next), Some("alpha-2"));
    assert_eq!(step(Some("alpha-5"), Step::Next), Some("alpha-2"));
    assert_eq!(step(Some("nope"), Step::Previous), Some("alpha-3"));

    // Shared among the shown outlets only, and the target in the leftmost column that has it.
    let columns = index.columns(&strings(&["gamma", "beta"]));
    assert_eq!(index.step_shared(&columns, &everything, None, Step::Next), Some("gamma-1"));
    assert_eq!(index.step_shared(&columns, &everything, Some("gamma-1"), Step::Next), None);
    // The filter narrows the steps.
    let matches = index.filter(&filter(&["ukraine-war"], ""));
    assert_eq!(index.step_shared(&all, &matches, None, Step::Next), Some("alpha-3"));
    assert_eq!(index.step_shared(&all, &matches, Some("alpha-3"), Step::Previous), None);
}

#[test]
fn the_coverage_matrix_has_every_claim_against_every_outlet() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let everything = index.filter(&Filter::default());
    let matrix = index.coverage(&everything, CoverageOrder::Story);
    assert_eq!(matrix.outlets, ["alpha", "beta", "gamma"]);
    assert_eq!(
        cells(&index.coverage_grid(&matrix.rows)),
        [
            "alpha-1 | - | -",
            "alpha-2 | beta-1 | gamma-1",
            "alpha-3 | beta-3 | -",
            "- | beta-2 | -",
            "alpha-4 | - | -",
            "- | - | gamma-2+gamma-3",
        ]
    );
    let summaries: Vec<&str> = matrix.rows.iter().map(|row| row.summary).collect();
    assert_eq!(
        summaries[1], "Presidents talked for one hour.",
        "the shortest sentence of five words or more"
    );
    assert_eq!(summaries[0], "Leaders talk by phone", "a shorter fragment when there is nothing else");
    assert!(summaries[5].starts_with("Markets rose again"));
    assert!(matrix.rows.iter().all(|row| !row.summary_cut));

    let matrix = index.coverage(&everything, CoverageOrder::MostCarried);
    let order: Vec<(&str, usize)> = matrix.rows.iter().map(|row| (row.claim_id, row.carried)).collect();
    assert_eq!(order, [("c2", 3), ("c3", 2), ("c1", 1), ("c4", 1), ("c5", 1), ("c6", 1)]);
    assert_eq!(cells(&index.coverage_grid(&matrix.rows))[1], "alpha-3 | beta-3 | -");

    let matrix = index.coverage(&index.filter(&filter(&[], "markets")), CoverageOrder::MostCarried);
    assert_eq!(cells(&index.coverage_grid(&matrix.rows)), ["- | - | gamma-2+gamma-3"]);
    assert_eq!(matrix.rows.len(), 1);
}

#[test]
fn summaries_are_cut_at_a_word_boundary() {
    let long = "word, ".repeat(60);
    let (summary, cut) = summarise(&long);
    assert!(cut);
    assert!(summary.chars().count() <= SUMMARY_CHARS, "{summary}");
    assert!(summary.ends_with("word"), "{summary:?}");
    let one_word = "x".repeat(500);
    let (summary, cut) = summarise(&one_word);
    assert!(cut);
    assert_eq!(summary.chars().count(), SUMMARY_CHARS);
    let accented = "é".repeat(SUMMARY_CHARS);
    assert_eq!(summarise(&accented), (accented.as_str(), false));
    assert_eq!(summarise("  short  "), ("short", false));
    assert_eq!(summarise(""), ("", false));
}

#[test]
fn the_quote_ledger_groups_families_by_speaker_with_unattributed_last() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let ledger = index.quote_ledger(&index.filter(&Filter::default()));
    let groups: Vec<(Option<&str>, Vec<&str>)> = ledger
        .iter()
        .map(|group| (group.speaker, group.families.iter().map(|f| f.id.as_str()).collect()))
        .collect();
    assert_eq!(
        groups,
        [(Some("Vladimir Putin"), vec!["q1", "q4"]), (Some("Donald Trump"), vec!["q3"]), (None, vec!["q2"]),]
    );
    let variants: Vec<(&str, &str)> =
        ledger[0].families[0].variants.iter().map(|v| (v.outlet.as_str(), v.sentence.as_str())).collect();
    assert_eq!(variants, [("alpha", "alpha-2"), ("beta", "beta-1")]);

    let ledger = index.quote_ledger(&index.filter(&filter(&["weapons-pause"], "")));
    assert_eq!(ledger.len(), 1);
    assert_eq!(ledger[0].speaker, Some("Donald Trump"));
    let ledger = index.quote_ledger(&index.filter(&filter(&[], "consulted")));
    assert_eq!(ledger.iter().map(|group| group.speaker).collect::<Vec<_>>(), [None]);
    // A family matches through any of its variants.
    let ledger = index.quote_ledger(&index.filter(&filter(&[], "presidents")));
    assert_eq!(ledger.len(), 1);
    assert_eq!(ledger[0].families.len(), 1);
    assert!(index.quote_ledger(&index.filter(&filter(&[], "zzz"))).is_empty());
}

#[test]
fn a_family_groups_its_variants_by_wording_the_most_printed_first() {
    use crate::analysis::{QuoteFamily, QuoteVariant};
    let variant = |outlet: &str, text: &str| QuoteVariant {
        outlet: outlet.into(),
        text: text.into(),
        ..QuoteVariant::default()
    };
    let family = QuoteFamily {
        variants: vec![
            variant("a", "one"),
            variant("b", "two"),
            variant("c", "two"),
            variant("d", "three"),
            variant("e", "one"),
            variant("f", "two"),
        ],
        ..QuoteFamily::default()
    };
    let grouped: Vec<Vec<&str>> = crate::view::wordings(&family)
        .iter()
        .map(|wording| wording.variants.iter().map(|v| v.outlet.as_str()).collect())
        .collect();
    assert_eq!(grouped, [vec!["b", "c", "f"], vec!["a", "e"], vec!["d"]]);
    assert!(crate::view::wordings(&QuoteFamily::default()).is_empty());
}

#[test]
fn the_sources_matrix_has_outlets_against_credited_sources() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let matrix = index.sources(&index.filter(&Filter::default()));
    assert_eq!(matrix.outlets, ["alpha", "beta", "gamma"]);
    let rows: Vec<(&str, SourceKind, usize, usize)> =
        matrix.rows.iter().map(|row| (row.source, row.kind, row.outlets, row.credits)).collect();
    assert_eq!(
        rows,
        [
            ("Reuters", SourceKind::Media, 2, 3),
            ("Donald Trump", SourceKind::SocialPost, 1, 1),
            ("TASS", SourceKind::Media, 1, 1),
            ("Kremlin", SourceKind::Institution, 1, 1),
        ]
    );
    assert_eq!(
        cells(&matrix.grid),
        ["alpha-2+alpha-3 | beta-1 | -", "alpha-5 | - | -", "- | beta-3 | -", "- | - | gamma-1"]
    );

    let matrix = index.sources(&index.filter(&filter(&["ukraine-war"], "")));
    let names: Vec<&str> = matrix.rows.iter().map(|row| row.source).collect();
    assert_eq!(names, ["Reuters", "TASS"]);
    assert_eq!(cells(&matrix.grid), ["alpha-3 | - | -", "- | beta-3 | -"]);
}
