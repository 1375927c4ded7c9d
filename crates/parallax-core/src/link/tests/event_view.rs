//! Host tests of the full event-view links: every key, every page, canonical round-trips, and
//! notices for what does not fit, on the hand-made event of the view tests.

use super::super::*;
use crate::analysis::EventAnalysis;
use crate::model::Event;
use crate::view::tests::{small_analysis, small_event};

fn parse(page: Page, query: &str) -> ParsedView {
    EventView::parse(page, query, &small_event(), &small_analysis())
}

fn ids(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

fn compare(outlets: &[&str]) -> EventView {
    EventView {
        page: Page::Compare,
        compare: CompareView { outlets: ids(outlets), show_removed: false },
        ..EventView::default()
    }
}

#[test]
fn every_key_round_trips_in_canonical_form() {
    let event = small_event();
    let analysis = small_analysis();
    let full = EventView {
        page: Page::Compare,
        compare: CompareView { outlets: ids(&["gamma", "alpha"]), show_removed: true },
        layout: Layout::Align,
        sort: Sort::Unique,
        filter: Filter { topics: ids(&["ukraine-war", "the-call"]), text: "café & co, 50% «off»".into() },
        focus: Some("alpha-3".into()),
        ..EventView::default()
    };
    let query = full.to_query();
    assert_eq!(
        query,
        "o=gamma,alpha&view=align&sort=unique&t=ukraine-war,the-call&q=caf%C3%A9%20%26%20co%2C%2050%25%20%C2%ABoff%C2%BB&s=alpha-3&removed=1"
    );
    let parsed = EventView::parse(Page::Compare, &query, &event, &analysis);
    assert_eq!(parsed.view, full);
    assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
    assert!(!parsed.outlets_defaulted);

    for page in [Page::Overview, Page::Quotes, Page::Sources, Page::Differences] {
        let view = EventView { page, filter: full.filter.clone(), ..EventView::default() };
        let query = view.to_query();
        assert_eq!(query, "t=ukraine-war,the-call&q=caf%C3%A9%20%26%20co%2C%2050%25%20%C2%ABoff%C2%BB");
        let parsed = EventView::parse(page, &query, &event, &analysis);
        assert_eq!(parsed.view, view);
        assert!(parsed.notices.is_empty());
        // A compare link read as another page keeps only the filter.
        assert_eq!(EventView::parse(page, &full.to_query(), &event, &analysis).view, view);
        assert_eq!(full.on_page(page, &event), view);
    }
    assert_eq!(EventView::default_for(Page::Overview, &event).to_query(), "");
    assert_eq!(EventView::default_for(Page::Compare, &event).to_query(), "o=alpha,beta,gamma");
    assert_eq!(compare(&["beta", "alpha"]).to_query(), "o=beta,alpha");
}

#[test]
fn the_compare_part_still_reads_like_compare_view() {
    for query in ["o=beta,alpha&removed=1", "o=nope", "", "o=beta&o=BETA", "removed=maybe"] {
        let full = parse(Page::Compare, query);
        let old = CompareView::parse(query, &small_event());
        assert_eq!(full.view.compare, old.view, "{query}");
        assert_eq!(full.notices, old.notices, "{query}");
        assert_eq!(full.outlets_defaulted, old.outlets_defaulted, "{query}");
    }
}

#[test]
fn layout_and_sort_read_their_words_and_flag_the_rest() {
    let parsed = parse(Page::Compare, "o=alpha,beta&view=ALIGN&sort=%20unique%20");
    assert_eq!((parsed.view.layout, parsed.view.sort), (Layout::Align, Sort::Unique));
    assert!(parsed.notices.is_empty());
    let parsed = parse(Page::Compare, "o=alpha,beta&view=align&view=read&sort=story&view=");
    assert_eq!((parsed.view.layout, parsed.view.sort), (Layout::Read, Sort::Story));
    assert_eq!(parsed.view.to_query(), "o=alpha,beta");
    let parsed = parse(Page::Compare, "o=alpha,beta&view=grid&sort=random");
    assert_eq!((parsed.view.layout, parsed.view.sort), (Layout::Read, Sort::Story));
    assert_eq!(
        parsed.notices,
        [
            Notice::MalformedValue { key: "view".into(), value: "grid".into(), expected: "read or align" },
            Notice::MalformedValue {
                key: "sort".into(),
                value: "random".into(),
                expected: "story or unique"
            },
        ]
    );
    assert_eq!(parsed.notices[0].code(), "malformed-value");
    // Other pages ignore compare keys, however malformed.
    let parsed = parse(Page::Quotes, "view=grid&o=nope&s=nope&removed=2&sort=x");
    assert_eq!(parsed.view, EventView { page: Page::Quotes, ..EventView::default() });
    assert!(parsed.notices.is_empty());
}

#[test]
fn topics_are_validated_deduplicated_and_put_in_analysis_order() {
    let parsed = parse(Page::Overview, "t=the-call,UKRAINE-WAR,the-call&t=iran,+the-call+");
    assert_eq!(parsed.view.filter.topics, ids(&["ukraine-war", "the-call"]));
    assert_eq!(parsed.notices, [Notice::UnknownTopic("iran".into())]);
    assert_eq!(parsed.notices[0].code(), "unknown-topic");
    assert!(parsed.notices[0].to_string().contains("“iran”"));
    assert_eq!(parsed.view.to_query(), "t=ukraine-war,the-call");
    let parsed = parse(Page::Sources, "t=weapons-pause%2Cthe-call&t=,,&t=nope&t=nope");
    assert_eq!(parsed.view.filter.topics, ids(&["weapons-pause", "the-call"]));
    assert_eq!(parsed.notices, [Notice::UnknownTopic("nope".into())]);
    // An event without topics drops them all.
    let parsed = EventView::parse(Page::Overview, "t=the-call", &small_event(), &EventAnalysis::default());
    assert!(parsed.view.filter.topics.is_empty());
    assert_eq!(parsed.notices.len(), 1);
}

#[test]
fn search_text_is_decoded_normalised_and_capped() {
    let text = |query: &str| parse(Page::Overview, query).view.filter.text;
    assert_eq!(text("q=%20%20Putin%27s++%22offended%22%0A%09call%20"), "Putin's \"offended\" call");
    assert_eq!(text("q=a%00b%E2%80%8Bc%E2%80%AEd"), "abcd");
    assert_eq!(text("q=first&q=second"), "second");
    assert_eq!(text("q=&t="), "");
    assert_eq!(text("q=%F0%9F%91%8D%C3%A9"), "👍é");
    assert_eq!(text("q=%FF"), "\u{FFFD}");

    let long = "word ".repeat(100);
    let parsed = parse(Page::Compare, &format!("q={long}"));
    let cut = &parsed.view.filter.text;
    assert_eq!(cut.chars().count(), MAX_SEARCH_CHARS - 1, "cut before the space, which is trimmed");
    assert_eq!(parsed.notices, [Notice::SearchCut]);
    assert_eq!(parsed.notices[0].to_string(), "The search was cut to its first 200 characters.");
    let again = parse(Page::Compare, &parsed.view.to_query());
    assert_eq!(&again.view.filter.text, cut);
    assert!(again.notices.is_empty());
    let exact = "é".repeat(MAX_SEARCH_CHARS);
    assert_eq!(search_text(&exact), (exact.clone(), false));
    assert_eq!(search_text(&format!("{exact}x")), (exact, true));
}

#[test]
fn a_focused_sentence_must_exist_and_its_outlet_is_shown() {
    let parsed = parse(Page::Compare, "o=alpha,beta&s=beta-2");
    assert_eq!(parsed.view.focus.as_deref(), Some("beta-2"));
    assert!(parsed.notices.is_empty());
    // Sentences of embedded posts can be focused too; ids are matched without regard to case.
    assert_eq!(parse(Page::Compare, "o=alpha,beta&s=ALPHA-5").view.focus.as_deref(), Some("alpha-5"));

    // The sentence's outlet is added when there is room, so a one-outlet link becomes two.
    let parsed = parse(Page::Compare, "o=alpha&s=gamma-3");
    assert_eq!(parsed.view.compare.outlets, ids(&["alpha", "gamma"]));
    assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
    assert_eq!(parsed.view.to_query(), "o=alpha,gamma&s=gamma-3");

    let parsed = parse(Page::Compare, "o=alpha,beta&s=beta-99&s=");
    assert_eq!(parsed.view.focus, None);
    assert!(parsed.notices.is_empty(), "the last value wins, and an empty one is none");
    let parsed = parse(Page::Compare, "o=alpha,beta&s=beta-99");
    assert_eq!(parsed.view.focus, None);
    assert_eq!(parsed.notices, [Notice::UnknownSentence("beta-99".into())]);
    assert_eq!(parsed.notices[0].code(), "unknown-sentence");
    assert!(parsed.notices[0].to_string().contains("“beta-99”"));

    // A link without outlets opens the defaults plus the focused sentence's outlet.
    let event =
        Event { articles: small_event().articles.into_iter().cycle().take(6).collect(), ..small_event() };
    let mut event = event;
    for (n, article) in event.articles.iter_mut().enumerate().skip(3) {
        article.outlet.id = format!("extra{n}");
    }
    let analysis = small_analysis();
    let parsed = EventView::parse(Page::Compare, "s=gamma-1", &small_event(), &analysis);
    assert!(parsed.outlets_defaulted);
    assert_eq!(parsed.view.to_query(), "o=alpha,beta,gamma&s=gamma-1");

    // No room: the focus is dropped with a notice. (The extra outlets reuse the sentence ids,
    // and the first outlet with the id wins.)
    let parsed =
        EventView::parse(Page::Compare, "o=beta,extra3,extra4,extra5,gamma&s=alpha-2", &event, &analysis);
    assert_eq!(parsed.view.focus, None);
    assert_eq!(
        parsed.notices,
        [Notice::FocusNotShown { sentence: "alpha-2".into(), outlet: "alpha".into() }]
    );
    assert_eq!(parsed.notices[0].code(), "focus-not-shown");
    assert!(parsed.notices[0].to_string().contains("“alpha”"));
}

#[test]
fn toggling_a_topic_keeps_the_analysis_order() {
    let analysis = small_analysis();
    let filter = Filter { topics: ids(&["the-call"]), text: "x".into() };
    let on = filter.toggled("ukraine-war", &analysis);
    assert_eq!(on.topics, ids(&["ukraine-war", "the-call"]));
    assert_eq!(on.text, "x");
    assert!(on.has_topic("ukraine-war"));
    assert_eq!(on.toggled("the-call", &analysis).topics, ids(&["ukraine-war"]));
    assert_eq!(filter.toggled("nope", &analysis), filter);
    assert!(Filter::default().is_empty() && !on.is_empty());
}

/// Every query made of nasty fragments parses, on every page, to a valid view: only the event's
/// outlets, topics and sentences, a normalised search, and a canonical link that reads back to
/// the same view without notices.
#[test]
fn garbage_never_panics_and_always_yields_a_valid_view() {
    let event = small_event();
    let analysis = small_analysis();
    for (round, mut query) in
        super::random_queries(&super::EVENT_FRAGMENTS, 0x9e37_79b9_7f4a_7c15, 11).take(20_000).enumerate()
    {
        if round % 50 == 0 {
            query.push_str("&q=");
            query.push_str(&"%F0%9F%91%8D".repeat(250));
        }
        let page = [Page::Overview, Page::Compare, Page::Quotes, Page::Sources][round % 4];
        let parsed = EventView::parse(page, &query, &event, &analysis);
        let view = &parsed.view;
        assert_eq!(view.page, page);
        let outlets = &view.compare.outlets;
        if page == Page::Compare {
            assert!(!outlets.is_empty() && outlets.len() <= MAX_OUTLETS, "{query:?}: {outlets:?}");
            assert!(outlets.iter().all(|id| event.article(id).is_some()), "{query:?}");
            assert!(outlets.iter().enumerate().all(|(n, id)| !outlets[..n].contains(id)), "{query:?}");
        } else {
            assert_eq!(
                (outlets.is_empty(), view.layout, view.sort, &view.focus, view.compare.show_removed),
                (true, Layout::Read, Sort::Story, &None, false),
                "{query:?}"
            );
        }
        if let Some(focus) = &view.focus {
            let index = crate::view::EventIndex::new(&event, &analysis);
            let outlet = index.sentence(focus).map(|info| info.outlet);
            assert!(outlet.is_some_and(|outlet| outlets.iter().any(|id| id == outlet)), "{query:?}");
        }
        let topics = &view.filter.topics;
        let order: Vec<usize> =
            topics.iter().filter_map(|id| analysis.topics.iter().position(|topic| topic.id == *id)).collect();
        assert_eq!(order.len(), topics.len(), "{query:?}");
        assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{query:?}");
        let text = &view.filter.text;
        assert_eq!(search_text(text), (text.clone(), false), "{query:?}");

        let again = EventView::parse(page, &view.to_query(), &event, &analysis);
        assert_eq!(again.view, parsed.view, "{query:?}");
        assert!(again.notices.iter().all(|notice| *notice == Notice::TooFewOutlets), "{query:?}");
        for notice in &parsed.notices {
            assert!(!notice.to_string().is_empty() && !notice.code().is_empty());
        }
    }
}

#[test]
fn the_overview_takes_its_grouping_and_order() {
    let event = small_event();
    let analysis = small_analysis();
    let view = EventView {
        page: Page::Overview,
        grouping: Grouping::Origin,
        order: Order::Lead,
        filter: Filter { topics: ids(&["the-call"]), text: String::new() },
        ..EventView::default()
    };
    assert_eq!(view.to_query(), "group=origin&sort=lead&t=the-call");
    let parsed = EventView::parse(Page::Overview, "sort=LEAD&group=%20origin", &event, &analysis);
    assert_eq!((parsed.view.grouping, parsed.view.order), (Grouping::Origin, Order::Lead));
    assert!(parsed.notices.is_empty());
    // Defaults are left out, and other pages ignore these keys.
    let defaults = EventView::parse(Page::Overview, "group=outlet&sort=carried", &event, &analysis);
    assert_eq!(defaults.view.to_query(), "");
    let quotes = EventView::parse(Page::Quotes, "group=origin&sort=lead", &event, &analysis);
    assert_eq!(quotes.view, EventView { page: Page::Quotes, ..EventView::default() });
    assert!(quotes.notices.is_empty());
    assert_eq!(view.on_page(Page::Differences, &event).to_query(), "t=the-call");
    // A bad value is dropped with a notice; the compare page's orders are ignored.
    let bad = EventView::parse(Page::Overview, "group=topic&sort=random&sort=unique", &event, &analysis);
    assert_eq!((bad.view.grouping, bad.view.order), (Grouping::Outlet, Order::Carried));
    let texts: Vec<String> = bad.notices.iter().map(ToString::to_string).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].contains("origin or outlet") && texts[1].contains("carried or lead"), "{texts:?}");
}
