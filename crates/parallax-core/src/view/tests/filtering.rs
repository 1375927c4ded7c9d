//! Topic and text filtering, counts and highlights on the hand-made event.

use super::{small_analysis, small_event, strings};
use crate::link::Filter;
use crate::view::{EventIndex, Matches};

fn filter(topics: &[&str], text: &str) -> Filter {
    Filter { topics: strings(topics), text: text.to_string() }
}

fn counts<'a>(matches: &Matches<'a>) -> Vec<(&'a str, usize, bool)> {
    matches.topic_counts().iter().map(|count| (count.id, count.count, count.chosen)).collect()
}

#[test]
fn an_empty_filter_matches_everything() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let matches = index.filter(&Filter::default());
    assert!(!matches.is_active());
    assert!(!matches.has_search());
    assert_eq!(matches.len(), 11);
    assert!(matches.contains("alpha-5") && matches.contains("gamma-3"));
    assert!(!matches.contains("nope"));
    assert_eq!(matches.claim_count(), 6);
    // Unknown and repeated topic members are not counted.
    assert_eq!(
        counts(&matches),
        [("ukraine-war", 3, false), ("weapons-pause", 1, false), ("the-call", 4, false)]
    );
    assert!(matches.highlight_ranges("anything").is_empty());
    assert_eq!(matches.segments("anything"), [("anything", false)]);
}

#[test]
fn topics_match_any_of_the_chosen() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let matches = index.filter(&filter(&["weapons-pause", "ukraine-war"], ""));
    assert!(matches.is_active());
    assert_eq!(matches.ids(), ["alpha-3", "alpha-4", "beta-2", "beta-3"]);
    let claims: Vec<usize> = (0..6).filter(|&claim| matches.has_claim(claim)).collect();
    assert_eq!(claims, [2, 3, 4]);
    // Counts do not depend on the chosen topics, only on the text.
    assert_eq!(
        counts(&matches),
        [("ukraine-war", 3, true), ("weapons-pause", 1, true), ("the-call", 4, false)]
    );
    // Unknown topic ids are ignored: no valid topic, no topic filter.
    assert!(!index.filter(&filter(&["nope"], "")).is_active());
    assert_eq!(index.filter(&filter(&["nope", "weapons-pause"], "")).ids(), ["beta-2"]);
}

#[test]
fn text_matches_all_words_ignoring_case_accents_and_typography() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let ids = |text: &str| index.filter(&filter(&[], text)).ids().to_vec();
    assert_eq!(ids("spoke hour"), ["alpha-2", "beta-1"]);
    assert_eq!(ids("  HOUR   thursday "), ["alpha-2", "beta-1"]);
    assert!(ids("spoke markets").is_empty());
    for query in ["cafe", "CAFÉ", "cafe\u{301}", "\"not consulted\"", "“not consulted”", "kyiv café"] {
        assert_eq!(ids(query), ["alpha-4"], "{query}");
    }
    // Substrings inside words, and embedded posts.
    assert_eq!(ids("ceasefir"), ["alpha-3", "beta-3"]);
    assert_eq!(ids("call"), ["alpha-5", "gamma-3"]);
    assert_eq!(ids("\"").len(), 11, "a lone quote mark is no search word");
}

#[test]
fn topics_and_text_combine_and_counts_follow_the_text() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let matches = index.filter(&filter(&["the-call"], "thursday"));
    assert_eq!(matches.ids(), ["alpha-2", "beta-1"]);
    assert_eq!(
        counts(&matches),
        [("ukraine-war", 0, false), ("weapons-pause", 0, false), ("the-call", 2, true)]
    );
    let matches = index.filter(&filter(&["ukraine-war"], "the"));
    assert_eq!(matches.ids(), ["alpha-3", "alpha-4", "beta-3"]);
    assert_eq!(
        counts(&matches),
        [("ukraine-war", 3, true), ("weapons-pause", 0, false), ("the-call", 2, false)]
    );
}

#[test]
fn highlights_cover_every_occurrence_on_character_boundaries() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let text = "Café owners in Kyiv said they were “not consulted”.";
    let matches = index.filter(&filter(&[], "cafe consult"));
    let ranges = matches.highlight_ranges(text);
    let marked: Vec<&str> = ranges.iter().filter_map(|range| text.get(range.clone())).collect();
    assert_eq!(marked, ["Café", "consult"]);
    assert_eq!(
        matches.segments(text),
        [("Café", true), (" owners in Kyiv said they were “not ", false), ("consult", true), ("ed”.", false)]
    );

    // Overlapping and touching words merge; repeated words are all marked.
    let matches = index.filter(&filter(&[], "hour our ho"));
    assert_eq!(
        matches.segments("an hour, an hour"),
        [("an ", false), ("hour", true), (", an ", false), ("hour", true)]
    );
    let matches = index.filter(&filter(&[], "ab bc"));
    assert_eq!(matches.highlight_ranges("abc abd"), [0..3, 4..6]);

    // Folding that changes lengths maps back to whole characters.
    let matches = index.filter(&filter(&[], "strasse"));
    assert_eq!(matches.segments("Die Straße."), [("Die ", false), ("Straße", true), (".", false)]);
    let matches = index.filter(&filter(&[], "s"));
    assert_eq!(matches.highlight_ranges("ß"), vec![std::ops::Range { start: 0, end: 2 }]);
    let matches = index.filter(&filter(&[], "cafe"));
    assert_eq!(matches.segments("cafe\u{301}!"), [("cafe\u{301}", true), ("!", false)]);
    let matches = index.filter(&filter(&[], "..."));
    assert_eq!(matches.segments("wait… more"), [("wait", false), ("…", true), (" more", false)]);
}

#[test]
fn folding_covers_latin_greek_and_cyrillic_letters() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let cases = [
        ("zelenskyy", "ZELENSKYY"),
        ("lodz", "Łódź"),
        ("tome", "São Tomé"),
        ("aero", "Ærø"),
        ("oeuvre", "Œuvre"),
        ("istanbul", "İstanbul"),
        ("αθηνα", "ΑΘΗΝΑ"),
        ("σοσ", "ΣΟς"),
        ("елка", "Ёлка"),
        ("москва", "МОСКВА"),
        ("it's", "It’s"),
        ("a-b", "A—B"),
    ];
    for (query, text) in cases {
        let matches = index.filter(&filter(&[], query));
        let ranges = matches.highlight_ranges(text);
        assert_eq!(ranges.len(), 1, "{query:?} in {text:?}: {ranges:?}");
        assert!(ranges.iter().all(|range| text.get(range.clone()).is_some()));
    }
}

#[test]
fn matches_from_another_index_are_harmless() {
    let (event, analysis) = (small_event(), small_analysis());
    let index = EventIndex::new(&event, &analysis);
    let empty_event = crate::model::Event::default();
    let other = EventIndex::new(&empty_event, &analysis);
    let foreign = other.filter(&filter(&["ukraine-war"], "x"));
    let columns = index.columns(&strings(&["alpha", "beta"]));
    assert!(index.align(&columns, crate::link::Sort::Story, &foreign).rows.is_empty());
    assert!(index.quote_ledger(&foreign).is_empty());
}

/// The skip-table search finds exactly what the standard library's search finds.
#[test]
fn the_word_search_agrees_with_the_standard_search() {
    use crate::view::fold::Search;
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n) as usize
    };
    const LETTERS: [char; 4] = ['a', 'b', 'A', ' '];
    for _ in 0..5_000 {
        let text: String = (0..next(40)).map(|_| LETTERS[next(4)]).collect();
        let query: String = (0..1 + next(6)).map(|_| LETTERS[next(3)]).collect();
        let search = Search::new(&query);
        let folded = text.to_ascii_lowercase();
        let words: Vec<String> =
            query.to_ascii_lowercase().split(' ').filter(|w| !w.is_empty()).map(String::from).collect();
        assert_eq!(
            search.matches(&folded),
            words.iter().all(|w| folded.contains(w.as_str())),
            "{query:?} in {text:?}"
        );
        let mut expected: Vec<std::ops::Range<usize>> = Vec::new();
        let mut starts: Vec<(usize, usize)> = words
            .iter()
            .flat_map(|w| {
                (0..folded.len())
                    .filter(|&at| folded[at..].starts_with(w.as_str()))
                    .map(|at| (at, at + w.len()))
            })
            .collect();
        starts.sort_unstable();
        for (start, end) in starts {
            match expected.last_mut() {
                Some(last) if start <= last.end => last.end = last.end.max(end),
                _ => expected.push(start..end),
            }
        }
        assert_eq!(search.ranges(&text), expected, "{query:?} in {text:?}");
    }
    // Words longer than the skip table's 255-byte cap.
    let long = "ab".repeat(200);
    let text = format!("x{long}y{long}");
    assert_eq!(Search::new(&long).ranges(&text), [1..401, 402..802]);
}
