//! Links written to attack the page: huge lists, repeated keys, control and bidirectional
//! characters, random bytes and escapes. Whatever the link, reading it gives a valid view, at most
//! twenty notices and a summary, and quotes nothing invisible; it never panics and does work in
//! proportion to the link's length.

use proptest::prelude::*;

use super::super::*;
use crate::inert::is_invisible;
use crate::view::tests::{small_analysis, small_event};

/// The most notices a link may show: twenty in full and one that sums up the rest.
const MOST_SHOWN: usize = 21;

fn parse(page: Page, query: &str) -> ParsedView {
    EventView::parse(page, query, &small_event(), &small_analysis())
}

fn texts(parsed: &ParsedView) -> Vec<String> {
    parsed.notices.iter().map(ToString::to_string).collect()
}

/// The first few notices and how many there are, for a failure message that stays short.
fn summary(notices: &[String]) -> String {
    format!("{} notices: {:#?}", notices.len(), &notices[..notices.len().min(MOST_SHOWN + 1)])
}

#[test]
fn a_megabyte_of_unknown_outlets_shows_twenty_notices_and_a_summary() {
    let ids: Vec<String> = (0..100_000).map(|n| format!("no-{n}")).collect();
    let query = format!("o={}", ids.join(","));
    assert!(query.len() > 800_000, "{}", query.len());
    let parsed = parse(Page::Compare, &query);
    assert_eq!(parsed.view.compare.outlets, ["alpha", "beta", "gamma"], "the default outlets");
    let notices = texts(&parsed);
    assert_eq!(notices.len(), MOST_SHOWN, "{}", summary(&notices));
    assert_eq!(notices[0], "There is no outlet “no-0” in this event, so it was left out.");
    assert!(notices[..19].iter().all(|notice| notice.starts_with("There is no outlet “no-")));
    // The notice about the whole view keeps its place; the unknown outlets past it are counted.
    assert!(
        notices[19].starts_with("None of the outlets in the link belong to this event"),
        "{}",
        notices[19]
    );
    assert_eq!(notices[20], "…and 99,981 more unknown outlets, also left out.");
}

#[test]
fn a_megabyte_of_unknown_topics_is_summed_up_too() {
    let query: String = (0..100_000).map(|n| format!("t=topic-{n}&")).collect();
    let notices = texts(&parse(Page::Overview, &query));
    assert_eq!(notices.len(), MOST_SHOWN, "{}", summary(&notices));
    assert_eq!(notices[20], "…and 99,980 more unknown topics, also left out.");
}

#[test]
fn repeated_keys_give_one_notice_each_whatever_the_count() {
    for (query, notice) in [
        ("removed=maybe&", "“removed=maybe” is not understood (use 1 or 0), so it was ignored."),
        ("view=wide&", "“view=wide” is not understood (use read or align), so it was ignored."),
        ("o=nope&", "There is no outlet “nope” in this event, so it was left out."),
        ("t=nope&", "There is no topic “nope” in this event, so it was left out."),
        ("o=alpha&", "The outlet “alpha” was named more than once; it is shown once."),
    ] {
        let parsed = parse(Page::Compare, &query.repeat(50_000));
        let notices = texts(&parsed);
        assert!(notices.len() <= 2, "{query}: {}", summary(&notices));
        assert!(notices.contains(&notice.to_string()), "{query}: {}", summary(&notices));
    }
}

#[test]
fn distinct_notices_past_the_limit_are_counted_once_by_kind() {
    // 30 unknown outlets and the three real ones, all named 100 times, and 5 unknown topics.
    let mut query = String::new();
    for _ in 0..100 {
        (0..30).for_each(|n| query.push_str(&format!("o=no-{n}&")));
        query.push_str("o=alpha,beta,gamma&");
        (0..5).for_each(|n| query.push_str(&format!("t=no-{n}&")));
    }
    let parsed = parse(Page::Compare, &query);
    assert_eq!(parsed.view.compare.outlets, ["alpha", "beta", "gamma"]);
    let notices = texts(&parsed);
    assert_eq!(notices.len(), MOST_SHOWN, "{}", summary(&notices));
    assert_eq!(
        notices[20],
        "…and 10 more unknown outlets, 5 more unknown topics, 3 more other problems, also left out."
    );
}

#[test]
fn notices_quote_no_bidi_control_or_invisible_character() {
    let sneaky = "%E2%80%AEtxt.exe%E2%81%A6%E2%80%8B%C2%AD%D8%9C%E2%80%A8%1B[2J%00";
    for query in
        [format!("o={sneaky}"), format!("t={sneaky}"), format!("removed={sneaky}"), format!("s={sneaky}")]
    {
        let parsed = parse(Page::Compare, &query);
        assert!(!parsed.notices.is_empty(), "{query}");
        for notice in texts(&parsed) {
            let hidden: Vec<char> = notice.chars().filter(|c| is_invisible(*c)).collect();
            assert!(hidden.is_empty(), "{query}: {notice:?} shows {hidden:?}");
            assert!(!notice.contains('“') || notice.contains("txt.exe[2J”"), "{query}: {notice}");
        }
    }
}

/// Query pieces an attacker would try: the event-view fragments (keys, separators, broken
/// escapes, ids), invisible characters raw and escaped, arbitrary text and escaped bytes.
fn piece() -> impl Strategy<Value = String> {
    let known = prop::sample::select(super::EVENT_FRAGMENTS.to_vec()).prop_map(str::to_string);
    let invisible =
        prop::sample::select(vec!["\u{202e}", "\u{1b}[2J", "%E2%80%AE", "%E2%81%A6", "%1B", "%7F"]);
    prop_oneof![
        4 => known,
        1 => invisible.prop_map(str::to_string),
        1 => "[a-z0-9-]{1,12}",
        1 => any::<u8>().prop_map(|byte| format!("%{byte:02X}")),
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever the query, on every page: no panic, a valid view, at most twenty notices and a
    /// summary, each short and free of invisible characters.
    #[test]
    fn any_link_gives_a_valid_view_and_bounded_notices(
        pieces in prop::collection::vec(piece(), 0..60),
        repeat in 1usize..400,
        page in prop::sample::select(vec![Page::Overview, Page::Compare, Page::Quotes, Page::Sources]),
    ) {
        let query = pieces.concat().repeat(repeat);
        let event = small_event();
        let parsed = EventView::parse(page, &query, &event, &small_analysis());
        prop_assert!(parsed.notices.len() <= MOST_SHOWN, "{} notices", parsed.notices.len());
        let outlets = &parsed.view.compare.outlets;
        prop_assert!(outlets.len() <= MAX_OUTLETS);
        prop_assert!(outlets.iter().all(|id| event.article(id).is_some()));
        for notice in texts(&parsed) {
            prop_assert!(!notice.chars().any(is_invisible), "{notice:?}");
            prop_assert!(notice.chars().count() < 400, "{notice:?}");
        }
    }
}
