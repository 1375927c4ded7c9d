//! The view model's transitions ([`EventView::apply`]) on the hand-made event: layout, sort,
//! removed text, focus, the shortcuts, filters, page links, the picker and in-context links.

use super::{small_analysis, small_event, strings};
use crate::analysis::EventAnalysis;
use crate::link::{CompareView, EventView, Filter, Layout, Page, Sort};
use crate::model::Event;
use crate::view::{Action, EventIndex, History, Shortcut, Transition};

/// The compare view of `outlets`, otherwise the defaults.
fn compare(outlets: &[&str]) -> EventView {
    EventView {
        page: Page::Compare,
        compare: CompareView { outlets: strings(outlets), show_removed: false },
        ..EventView::default()
    }
}

/// Applies `action` to `view` with the filter of `view` in force.
fn apply(view: &EventView, action: Action, event: &Event, analysis: &EventAnalysis) -> Option<Transition> {
    let index = EventIndex::new(event, analysis);
    let matches = index.filter(&view.filter);
    view.apply(action, &index, &matches)
}

#[test]
fn layout_sort_and_removed_text_are_new_history_entries() {
    let (event, analysis) = (small_event(), small_analysis());
    let view = compare(&["alpha", "beta"]);
    let go = |view: &EventView, action| apply(view, action, &event, &analysis);

    let align = go(&view, Action::Layout(Layout::Align)).expect("a change");
    assert_eq!((align.view.layout, align.history), (Layout::Align, History::Push));
    assert_eq!(go(&align.view, Action::Layout(Layout::Align)), None, "already shown");
    assert_eq!(go(&align.view, Action::SwitchLayout).map(|t| t.view.layout), Some(Layout::Read));
    assert_eq!(go(&view, Action::SwitchLayout).map(|t| t.view.layout), Some(Layout::Align));

    let unique = go(&view, Action::ToggleSort).expect("a change");
    assert_eq!((unique.view.sort, unique.history), (Sort::Unique, History::Push));
    assert_eq!(go(&unique.view, Action::ToggleSort).map(|t| t.view.sort), Some(Sort::Story));

    let removed = go(&view, Action::ShowRemoved(true)).expect("a change");
    assert!(removed.view.compare.show_removed);
    assert_eq!(removed.view.compare.outlets, view.compare.outlets);
    assert_eq!(go(&view, Action::ShowRemoved(false)), None);

    // The other pages have no layout, sort or removed text.
    let overview = EventView::default();
    for action in [Action::SwitchLayout, Action::ToggleSort, Action::ShowRemoved(true)] {
        assert_eq!(go(&overview, action.clone()), None, "{action:?}");
    }
}

#[test]
fn focus_replaces_the_entry_and_only_takes_sentences_of_shown_outlets() {
    let (event, analysis) = (small_event(), small_analysis());
    let view = compare(&["alpha", "beta"]);
    let go = |view: &EventView, action| apply(view, action, &event, &analysis);

    let focused = go(&view, Action::ToggleFocus("beta-1".into())).expect("a change");
    assert_eq!((focused.view.focus.as_deref(), focused.history), (Some("beta-1"), History::Replace));
    let cleared = go(&focused.view, Action::ToggleFocus("beta-1".into())).expect("a change");
    assert_eq!(cleared.view.focus, None);
    assert_eq!(go(&focused.view, Action::Focus(None)).map(|t| t.view.focus), Some(None));
    assert_eq!(
        go(&focused.view, Action::Focus(Some("alpha-2".into()))).and_then(|t| t.view.focus).as_deref(),
        Some("alpha-2")
    );
    // Gamma is not shown; nope-1 is no sentence.
    assert_eq!(go(&view, Action::ToggleFocus("gamma-1".into())), None);
    assert_eq!(go(&view, Action::Focus(Some("nope-1".into()))), None);
}

#[test]
fn the_shortcuts_step_through_shared_claims_and_switch_layouts() {
    let (event, analysis) = (small_event(), small_analysis());
    let view = compare(&["alpha", "beta", "gamma"]);
    let key = |view: &EventView, key: &str| {
        let action = Shortcut::of_key(key).and_then(Shortcut::action)?;
        apply(view, action, &event, &analysis)
    };
    let first = key(&view, "j").expect("a shared claim");
    assert_eq!((first.view.focus.as_deref(), first.history), (Some("alpha-2"), History::Replace));
    let second = key(&first.view, "n").expect("another");
    assert_eq!(second.view.focus.as_deref(), Some("alpha-3"));
    assert_eq!(key(&second.view, "j"), None, "no wrap-around");
    assert_eq!(key(&second.view, "k").and_then(|t| t.view.focus).as_deref(), Some("alpha-2"));
    assert_eq!(key(&view, "p").and_then(|t| t.view.focus).as_deref(), Some("alpha-3"));
    assert_eq!(key(&view, "v").map(|t| (t.view.layout, t.history)), Some((Layout::Align, History::Push)));
    // The filter narrows the steps.
    let filtered =
        EventView { filter: Filter { topics: strings(&["ukraine-war"]), text: String::new() }, ..view };
    assert_eq!(key(&filtered, "j").and_then(|t| t.view.focus).as_deref(), Some("alpha-3"));
    // `/` and `?` act on the page, not on the view; other keys are no shortcut.
    assert_eq!(Shortcut::of_key("/").and_then(Shortcut::action), None);
    assert_eq!(Shortcut::of_key("?"), Some(Shortcut::Help));
    for other in ["J", "x", "Enter", " ", "", "jj"] {
        assert_eq!(Shortcut::of_key(other), None, "{other:?}");
    }
}

#[test]
fn chips_push_typing_replaces_and_clear_empties_the_filter() {
    let (event, analysis) = (small_event(), small_analysis());
    let view = EventView { page: Page::Quotes, ..EventView::default() };
    let go = |view: &EventView, action| apply(view, action, &event, &analysis);

    let chip = go(&view, Action::ToggleTopic("the-call".into())).expect("a change");
    assert_eq!((chip.view.filter.topics.clone(), chip.history), (strings(&["the-call"]), History::Push));
    let both = go(&chip.view, Action::ToggleTopic("ukraine-war".into())).expect("a change");
    assert_eq!(both.view.filter.topics, strings(&["ukraine-war", "the-call"]), "in the analysis's order");
    assert_eq!(go(&view, Action::ToggleTopic("not-a-topic".into())), None);

    let typed = go(&both.view, Action::Search("  ceasefire   talks ".into())).expect("a change");
    assert_eq!((typed.view.filter.text.as_str(), typed.history), ("ceasefire talks", History::Replace));
    assert_eq!(typed.view.filter.topics, both.view.filter.topics);
    assert_eq!(go(&typed.view, Action::Search("ceasefire talks ".into())), None, "the same search");

    let cleared = go(&typed.view, Action::ClearFilter).expect("a change");
    assert!(cleared.view.filter.is_empty());
    assert_eq!((cleared.view.page, cleared.history), (Page::Quotes, History::Push));
}

#[test]
fn page_links_and_the_picker_keep_the_filter() {
    let (event, analysis) = (small_event(), small_analysis());
    let filter = Filter { topics: strings(&["the-call"]), text: "hour".into() };
    let view = EventView { page: Page::Quotes, filter: filter.clone(), ..EventView::default() };
    let go = |view: &EventView, action| apply(view, action, &event, &analysis);

    let sources = go(&view, Action::Open(Page::Sources)).expect("a change");
    assert_eq!(
        (sources.view.page, &sources.view.filter, sources.history),
        (Page::Sources, &filter, History::Push)
    );
    let opened = go(&view, Action::Open(Page::Compare)).expect("a change");
    assert_eq!(opened.view.compare.outlets, ["alpha", "beta", "gamma"], "the default outlets");
    assert_eq!(go(&view, Action::Open(Page::Quotes)), None);

    let picked = go(&view, Action::Compare(strings(&["gamma", "nope", "alpha", "gamma"]))).expect("a change");
    assert_eq!(picked.view.page, Page::Compare);
    assert_eq!(picked.view.compare.outlets, ["gamma", "alpha"]);
    assert_eq!(picked.view.filter, filter);
    assert_eq!(go(&view, Action::Compare(strings(&["nope"]))), None);
}

#[test]
fn in_context_links_put_the_sentence_first_and_keep_the_filter() {
    let mut event = small_event();
    // Eight outlets: the five-outlet limit applies.
    for n in 0..5 {
        let mut extra = event.articles[1].clone();
        extra.outlet.id = format!("extra{n}");
        event.articles.push(extra);
    }
    let analysis = small_analysis();
    let filter = Filter { topics: Vec::new(), text: "hour".into() };
    let view = EventView { filter: filter.clone(), ..EventView::default() };
    let context = |outlet: &str, others: &[&str], sentence: &str| {
        let action =
            Action::InContext { outlet: outlet.into(), others: strings(others), sentence: sentence.into() };
        apply(&view, action, &event, &analysis)
    };

    let link = context(
        "beta",
        &["alpha", "beta", "nope", "alpha", "extra3", "extra1", "extra2", "extra4"],
        "beta-1",
    )
    .expect("a link");
    assert_eq!(link.history, History::Push);
    assert_eq!(link.view.page, Page::Compare);
    assert_eq!(link.view.compare.outlets, ["beta", "alpha", "extra3", "extra1", "extra2"]);
    assert_eq!((link.view.focus.as_deref(), &link.view.filter), (Some("beta-1"), &filter));

    // A lone outlet gets company from the event, in article order.
    let lone = context("gamma", &[], "gamma-2").expect("a link");
    assert_eq!(lone.view.compare.outlets, ["gamma", "alpha"]);
    // The sentence must be the outlet's.
    assert_eq!(context("gamma", &[], "beta-1"), None);
    assert_eq!(context("nope", &[], "nope-1"), None);
}

#[test]
fn compare_controls_name_their_actions() {
    assert_eq!(Action::of_control("layout", "align", false), Some(Action::Layout(Layout::Align)));
    assert_eq!(Action::of_control("layout", "read", false), Some(Action::Layout(Layout::Read)));
    assert_eq!(Action::of_control("sort", "unique", false), Some(Action::ToggleSort));
    assert_eq!(Action::of_control("toggle-removed", "", true), Some(Action::ShowRemoved(true)));
    assert_eq!(Action::of_control("toggle-removed", "", false), Some(Action::ShowRemoved(false)));
    assert_eq!(Action::of_control("layout", "sideways", false), None);
    assert_eq!(Action::of_control("shortcuts", "", false), None);
}
