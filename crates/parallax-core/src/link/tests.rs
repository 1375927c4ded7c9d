//! Host tests of the URL contract: canonical links round-trip, bad links give notices, and no
//! query string makes the parser panic or produce an invalid view.

use super::*;
use crate::model::{Article, Event, Outlet};

fn event_with(ids: &[&str]) -> Event {
    let articles = ids
        .iter()
        .map(|id| Article {
            outlet: Outlet { id: id.to_string(), name: id.to_uppercase() },
            ..Article::default()
        })
        .collect();
    Event { id: "ev".into(), title: "Event".into(), articles, ..Event::default() }
}

fn seeds() -> Event {
    event_with(&["india-tv-news", "zee-news", "business-standard", "rt", "newsweek"])
}

fn view(outlets: &[&str], show_removed: bool) -> CompareView {
    CompareView { outlets: outlets.iter().map(|id| id.to_string()).collect(), show_removed }
}

fn outlets(parsed: &ParsedCompare) -> Vec<&str> {
    parsed.view.outlets.iter().map(String::as_str).collect()
}

#[test]
fn canonical_links_round_trip() {
    let event = seeds();
    for view in [
        view(&["rt", "newsweek"], false),
        view(&["newsweek", "zee-news", "rt"], true),
        view(&["india-tv-news", "zee-news", "business-standard", "rt", "newsweek"], false),
    ] {
        let query = view.to_query();
        let parsed = CompareView::parse(&query, &event);
        assert_eq!(parsed.view, view, "{query}");
        assert!(parsed.notices.is_empty(), "{query}: {:?}", parsed.notices);
        assert!(!parsed.outlets_defaulted);
        assert_eq!(CompareView::parse(&format!("?{query}"), &event).view, view);
    }
}

#[test]
fn canonical_form_is_fixed() {
    assert_eq!(view(&["rt", "newsweek"], false).to_query(), "o=rt,newsweek");
    assert_eq!(view(&["rt", "newsweek"], true).to_query(), "o=rt,newsweek&removed=1");
    assert_eq!(view(&[], true).to_query(), "removed=1");
    assert_eq!(view(&[], false).to_query(), "");
    // Keys come out in canonical order whatever order they came in.
    let parsed = CompareView::parse("removed=1&o=newsweek,rt&utm_source=x", &seeds());
    assert_eq!(parsed.view.to_query(), "o=newsweek,rt&removed=1");
}

#[test]
fn odd_outlet_ids_are_encoded_and_read_back() {
    let event = event_with(&["a b,c", "é", "x&y=z"]);
    let view = view(&["a b,c", "é", "x&y=z"], false);
    let query = view.to_query();
    assert_eq!(query, "o=a%20b%2Cc,%C3%A9,x%26y%3Dz");
    let parsed = CompareView::parse(&query, &event);
    assert_eq!(parsed.view, view);
    assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
}

#[test]
fn a_link_without_outlets_opens_the_default_view() {
    let event = seeds();
    for query in ["", "?", "o=", "o=,,%20,", "removed=0", "&&&", "utm_source=mail"] {
        let parsed = CompareView::parse(query, &event);
        assert_eq!(outlets(&parsed), ["india-tv-news", "zee-news", "business-standard"], "{query}");
        assert!(parsed.outlets_defaulted, "{query}");
        assert!(parsed.notices.is_empty(), "{query}: {:?}", parsed.notices);
    }
    let parsed = CompareView::parse("removed=1", &event);
    assert_eq!(parsed.view.to_query(), "o=india-tv-news,zee-news,business-standard&removed=1");
    assert_eq!(CompareView::default_for(&event_with(&["only"])).outlets, ["only"]);
    assert!(CompareView::default_for(&Event::default()).outlets.is_empty());
}

#[test]
fn unknown_outlets_are_dropped_with_a_notice_naming_them() {
    let parsed = CompareView::parse("o=rt,fox-news,newsweek,cnn", &seeds());
    assert_eq!(outlets(&parsed), ["rt", "newsweek"]);
    assert_eq!(
        parsed.notices,
        [Notice::UnknownOutlet("fox-news".into()), Notice::UnknownOutlet("cnn".into())]
    );
    assert!(parsed.notices[0].to_string().contains("fox-news"));
    assert!(!parsed.outlets_defaulted);
}

#[test]
fn a_link_with_no_valid_outlet_falls_back_to_the_defaults_and_says_so() {
    let parsed = CompareView::parse("o=nope,nada,nope", &seeds());
    assert_eq!(outlets(&parsed), ["india-tv-news", "zee-news", "business-standard"]);
    assert_eq!(
        parsed.notices,
        [Notice::UnknownOutlet("nope".into()), Notice::UnknownOutlet("nada".into()), Notice::NoValidOutlets]
    );
    // The link named outlets, so it is not silently rewritten: the notices explain it.
    assert!(!parsed.outlets_defaulted);
}

#[test]
fn repeated_outlets_are_shown_once_at_their_first_place() {
    let parsed = CompareView::parse("o=rt,newsweek,rt,RT,rt", &seeds());
    assert_eq!(outlets(&parsed), ["rt", "newsweek"]);
    assert_eq!(parsed.notices, [Notice::DuplicateOutlet("rt".into())]);
}

#[test]
fn outlets_past_the_limit_are_dropped_with_a_notice() {
    let event = event_with(&["a", "b", "c", "d", "e", "f", "g"]);
    let parsed = CompareView::parse("o=g,f,e,d,c,b,a", &event);
    assert_eq!(outlets(&parsed), ["g", "f", "e", "d", "c"]);
    assert_eq!(parsed.notices, [Notice::TooManyOutlets(vec!["b".into(), "a".into()])]);
    assert_eq!(
        parsed.notices[0].to_string(),
        "At most 5 outlets fit side by side, so these were left out: b, a."
    );
}

#[test]
fn a_single_outlet_renders_with_a_notice_unless_the_event_has_only_one() {
    let parsed = CompareView::parse("o=rt", &seeds());
    assert_eq!(outlets(&parsed), ["rt"]);
    assert_eq!(parsed.notices, [Notice::TooFewOutlets]);
    let parsed = CompareView::parse("o=solo", &event_with(&["solo"]));
    assert_eq!(outlets(&parsed), ["solo"]);
    assert!(parsed.notices.is_empty());
}

#[test]
fn lenient_spellings_are_understood() {
    let event = seeds();
    let cases: [(&str, &[&str]); 7] = [
        ("o=%72t,news%77eek", &["rt", "newsweek"]),
        ("o=rt%2Cnewsweek", &["rt", "newsweek"]),
        ("o=rt&o=newsweek", &["rt", "newsweek"]),
        ("%6F=rt,newsweek", &["rt", "newsweek"]),
        ("o=RT,+NewsWeek+", &["rt", "newsweek"]),
        ("o=%20rt%20,%20newsweek", &["rt", "newsweek"]),
        ("o=rt,,newsweek,", &["rt", "newsweek"]),
    ];
    for (query, expected) in cases {
        let parsed = CompareView::parse(query, &event);
        assert_eq!(outlets(&parsed), expected, "{query}");
        assert!(parsed.notices.is_empty(), "{query}: {:?}", parsed.notices);
    }
}

#[test]
fn the_removed_flag_reads_common_spellings_and_flags_the_rest() {
    let event = seeds();
    for (value, expected) in [("1", true), ("true", true), ("ON", true), ("0", false), ("no", false)] {
        let parsed = CompareView::parse(&format!("o=rt,newsweek&removed={value}"), &event);
        assert_eq!(parsed.view.show_removed, expected, "{value}");
        assert!(parsed.notices.is_empty());
    }
    assert!(CompareView::parse("o=rt,newsweek&removed", &event).view.show_removed);
    // The last value wins when the key repeats.
    assert!(!CompareView::parse("removed=1&removed=0", &event).view.show_removed);

    let parsed = CompareView::parse("o=rt,newsweek&removed=maybe%21", &event);
    assert!(!parsed.view.show_removed);
    assert_eq!(
        parsed.notices,
        [Notice::MalformedValue { key: "removed".into(), value: "maybe!".into(), expected: "1 or 0" }]
    );
    assert_eq!(
        parsed.notices[0].to_string(),
        "“removed=maybe!” is not understood (use 1 or 0), so it was ignored."
    );
}

#[test]
fn notices_quote_link_text_short_and_without_control_characters() {
    let long = "x".repeat(500);
    let message = Notice::UnknownOutlet(format!("{long}\u{7}")).to_string();
    assert!(message.contains(&format!("“{}…”", "x".repeat(60))), "{message}");
    let message = Notice::UnknownOutlet("bad\u{0}\nid".into()).to_string();
    assert!(message.contains("“badid”"), "{message}");
    assert_eq!(Notice::UnknownEvent("nope".into()).to_string(), "There is no event “nope” here.");
    assert_eq!(Notice::UnknownOutlet("x".into()).code(), "unknown-outlet");
}

/// Every query made of nasty fragments parses to a valid view: only the event's outlets, each
/// once, at most [`MAX_OUTLETS`], never empty for an event with outlets.
#[test]
fn garbage_never_panics_and_always_yields_a_valid_view() {
    const FRAGMENTS: [&str; 24] = [
        "o=",
        "o",
        "=",
        "&",
        "?",
        ",",
        "%",
        "%%",
        "%2",
        "%zz",
        "%FF%FE",
        "%E2%82",
        "%C3%A9",
        "+",
        "rt",
        "RT",
        "newsweek",
        "removed=",
        "removed=2",
        "\u{0}",
        "é",
        "👍",
        "#",
        "o=a,b,c,d,e,f,g,rt,zee-news",
    ];
    let event = seeds();
    for query in random_queries(&FRAGMENTS, 0x2545_f491_4f6c_dd1d, 9).take(20_000) {
        let parsed = CompareView::parse(&query, &event);
        let ids = &parsed.view.outlets;
        assert!(!ids.is_empty() && ids.len() <= MAX_OUTLETS, "{query:?}: {ids:?}");
        assert!(ids.iter().all(|id| event.article(id).is_some()), "{query:?}: {ids:?}");
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{query:?}");
        // Whatever came in, the canonical link reads back to the same view, with no notice
        // about the link itself (a one-outlet view still says that it is one outlet).
        let again = CompareView::parse(&parsed.view.to_query(), &event);
        assert_eq!(again.view, parsed.view, "{query:?}");
        assert!(again.notices.iter().all(|notice| *notice == Notice::TooFewOutlets), "{query:?}");
        for notice in &parsed.notices {
            assert!(!notice.to_string().is_empty());
        }
    }
}

/// Queries made of up to `longest - 1` of `fragments` in a row, in a fixed pseudo-random sequence
/// (xorshift64 from `seed`), so that the tests that use them are reproducible.
fn random_queries<'f>(
    fragments: &'f [&'f str],
    seed: u64,
    longest: u64,
) -> impl Iterator<Item = String> + 'f {
    let mut state = seed;
    std::iter::repeat_with(move || {
        let mut query = String::new();
        for _ in 0..(state % longest) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let index = usize::try_from(state % fragments.len() as u64).unwrap_or(0);
            query.push_str(fragments[index]);
        }
        query
    })
}

/// Query fragments for the event-view links of `small_event`: keys, separators, broken escapes,
/// ids of the event in odd spellings and a bidi control.
const EVENT_FRAGMENTS: [&str; 40] = [
    "o=",
    "&",
    "=",
    ",",
    "%",
    "%2",
    "%zz",
    "%FF%FE",
    "%E2%82",
    "%C3%A9",
    "+",
    "%00",
    "%0A",
    "alpha",
    "BETA",
    "gamma-3",
    "t=",
    "the-call",
    "UKRAINE-war",
    "iran",
    "q=",
    "q=café",
    "%20%20",
    "s=",
    "alpha-5",
    "beta-9",
    "s=gamma-1",
    "view=",
    "align",
    "view=x",
    "sort=",
    "unique",
    "removed=",
    "1",
    "👍",
    "#",
    "?",
    "o=alpha,beta,gamma,alpha",
    "t=a,the-call,b",
    "q=%E2%80%AE",
];

mod event_view;
mod hostile;
