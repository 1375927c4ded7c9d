//! The event pages' view model: what each control, key and link does to the view.
//!
//! A page shows one [`EventView`] (its link). Every change a reader makes is an [`Action`];
//! [`EventView::apply`] turns the view and an action into the next view and says how the
//! browser's history should take it ([`History`]): a new entry for a change of view (so that Back
//! undoes it), in place of the current one for what comes in bursts (typing, the focused
//! sentence). The web app only forwards actions from its controls and writes the result to the
//! address; every rule is here, tested on the host.

use super::{EventIndex, Matches, Step};
use crate::link::{
    search_text, CompareView, EventView, Grouping, Layout, Order, Page, Sort, MAX_OUTLETS, MIN_OUTLETS,
};

/// A change a reader asks for on an event page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Read or Align (the layout buttons; `view=`).
    Layout(Layout),
    /// The other layout (the `v` key).
    SwitchLayout,
    /// "Claims one outlet carries first" on or off (`sort=`).
    ToggleSort,
    /// "Show removed text" on or off (`removed=1`).
    ShowRemoved(bool),
    /// Focus this sentence, or nothing (`s=`): the "Also in" buttons and "Clear".
    Focus(Option<String>),
    /// A click or Enter on a sentence: focus it, or unfocus it if it is the focused one.
    ToggleFocus(String),
    /// The next or previous claim that two shown outlets carry and the filter keeps (`j`, `k`).
    Step(Step),
    /// The overview's columns by outlet or by origin (`group=`).
    Group(Grouping),
    /// The overview's row order (`sort=` on the overview).
    Order(Order),
    /// A topic chip (`t=`).
    ToggleTopic(String),
    /// What is in the search box now, as typed (`q=`, normalised).
    Search(String),
    /// "Clear filters": no topics, no search.
    ClearFilter,
    /// Another page of the event, with the same topics and search.
    Open(Page),
    /// Compare these outlets (the overview's picker), with the same topics and search: the
    /// event's outlets among them, in the order given, each once, at most [`MAX_OUTLETS`].
    Compare(Vec<String>),
    /// A sentence in context (the links of the coverage and sources matrices and the quote
    /// ledger): the compare page focused on it, its outlet first, then `others` in the order
    /// given, at most [`MAX_OUTLETS`], topped up to [`MIN_OUTLETS`] with the event's outlets in
    /// article order; the same topics and search.
    InContext {
        /// The sentence's outlet.
        outlet: String,
        /// The other outlets to show beside it.
        others: Vec<String>,
        /// The sentence id.
        sentence: String,
    },
}

/// How the browser's history takes a new view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// As a new entry: Back returns to the view before.
    Push,
    /// In place of the current entry: for changes that come in bursts.
    Replace,
}

/// The outcome of [`EventView::apply`]: the next view and how to record it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// The view to show.
    pub view: EventView,
    /// How to write it to the history.
    pub history: History,
}

impl Action {
    /// The action of a compare-page or overview control, from its `data-action` (and for the
    /// layout, grouping and order buttons its `value`, for the removed-text box whether it is now
    /// ticked). `None` for anything else.
    pub fn of_control(action: &str, value: &str, checked: bool) -> Option<Action> {
        match (action, value) {
            ("layout", "align") => Some(Action::Layout(Layout::Align)),
            ("layout", "read") => Some(Action::Layout(Layout::Read)),
            ("sort", _) => Some(Action::ToggleSort),
            ("toggle-removed", _) => Some(Action::ShowRemoved(checked)),
            ("group", "origin") => Some(Action::Group(Grouping::Origin)),
            ("group", "outlet") => Some(Action::Group(Grouping::Outlet)),
            ("order", "lead") => Some(Action::Order(Order::Lead)),
            ("order", "carried") => Some(Action::Order(Order::Carried)),
            _ => None,
        }
    }
}

impl EventView {
    /// The view after `action`, and how to record it; `None` when the action changes nothing
    /// (a step past the last shared claim, the layout already shown) or does not apply (a
    /// compare-page action on another page, a sentence or outlet the event does not have).
    ///
    /// `index` is the event's index and `matches` what the current filter keeps (for the steps,
    /// which skip claims the filter hides).
    pub fn apply(&self, action: Action, index: &EventIndex, matches: &Matches) -> Option<Transition> {
        let compare = self.page == Page::Compare;
        let event = index.event();
        let (view, history) = match action {
            Action::Layout(layout) if compare => (EventView { layout, ..self.clone() }, History::Push),
            Action::SwitchLayout if compare => {
                let layout = if self.layout == Layout::Read { Layout::Align } else { Layout::Read };
                (EventView { layout, ..self.clone() }, History::Push)
            }
            Action::ToggleSort if compare => {
                let sort = if self.sort == Sort::Unique { Sort::Story } else { Sort::Unique };
                (EventView { sort, ..self.clone() }, History::Push)
            }
            Action::ShowRemoved(show_removed) if compare => {
                let compare = CompareView { show_removed, ..self.compare.clone() };
                (EventView { compare, ..self.clone() }, History::Push)
            }
            Action::Focus(focus) if compare => {
                let focus = match focus {
                    Some(id) => Some(self.shown_sentence(&id, index)?),
                    None => None,
                };
                (EventView { focus, ..self.clone() }, History::Replace)
            }
            Action::ToggleFocus(id) if compare => {
                let focus = if self.focus.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(self.shown_sentence(&id, index)?)
                };
                (EventView { focus, ..self.clone() }, History::Replace)
            }
            Action::Step(step) if compare => {
                let shown = index.columns(&self.compare.outlets);
                let target = index.step_shared(&shown, matches, self.focus.as_deref(), step)?;
                (EventView { focus: Some(target.to_string()), ..self.clone() }, History::Replace)
            }
            Action::Group(grouping) if self.page == Page::Overview => {
                (EventView { grouping, ..self.clone() }, History::Push)
            }
            Action::Order(order) if self.page == Page::Overview => {
                (EventView { order, ..self.clone() }, History::Push)
            }
            Action::ToggleTopic(topic) => {
                let filter = self.filter.toggled(&topic, index.analysis());
                (EventView { filter, ..self.clone() }, History::Push)
            }
            Action::Search(typed) => {
                let mut view = self.clone();
                view.filter.text = search_text(&typed).0;
                (view, History::Replace)
            }
            Action::ClearFilter => (EventView { filter: Default::default(), ..self.clone() }, History::Push),
            Action::Open(page) => (self.on_page(page, event), History::Push),
            Action::Compare(outlets) => {
                let mut view = self.on_page(Page::Compare, event);
                view.compare.outlets = Vec::new();
                for id in &outlets {
                    add_outlet(&mut view.compare.outlets, index, id, MAX_OUTLETS);
                }
                if view.compare.outlets.is_empty() {
                    return None;
                }
                (view, History::Push)
            }
            Action::InContext { outlet, others, sentence } => {
                let others = others.iter().map(String::as_str);
                (self.in_context(index, &outlet, others, &sentence)?, History::Push)
            }
            _ => return None,
        };
        (view != *self).then_some(Transition { view, history })
    }

    /// The compare view of [`Action::InContext`]: sentence `sentence` of outlet `outlet` focused,
    /// that outlet first, then `others` (the first few are enough: at most [`MAX_OUTLETS`] are
    /// shown), topped up to [`MIN_OUTLETS`] with the event's outlets; this view's topics and
    /// search. `None` if the sentence is not the outlet's.
    pub fn in_context<'o>(
        &self,
        index: &EventIndex,
        outlet: &str,
        others: impl IntoIterator<Item = &'o str>,
        sentence: &str,
    ) -> Option<EventView> {
        let info = index.sentence(sentence).filter(|info| info.outlet == outlet)?;
        let mut outlets: Vec<String> = Vec::with_capacity(MAX_OUTLETS);
        add_outlet(&mut outlets, index, outlet, MAX_OUTLETS);
        for id in others {
            if outlets.len() >= MAX_OUTLETS {
                break;
            }
            add_outlet(&mut outlets, index, id, MAX_OUTLETS);
        }
        // Topped up in article order; an event of many outlets stops as soon as there are enough.
        for id in index.outlets() {
            if outlets.len() >= MIN_OUTLETS {
                break;
            }
            add_outlet(&mut outlets, index, id, MIN_OUTLETS);
        }
        Some(EventView {
            page: Page::Compare,
            compare: CompareView { outlets, show_removed: false },
            filter: self.filter.clone(),
            focus: Some(info.id.to_string()),
            ..EventView::default()
        })
    }

    /// The event's spelling of sentence `id` if it belongs to a shown outlet.
    fn shown_sentence(&self, id: &str, index: &EventIndex) -> Option<String> {
        let info = index.sentence(id)?;
        self.compare.outlets.iter().any(|outlet| outlet == info.outlet).then(|| info.id.to_string())
    }
}

/// Adds outlet `id` of the event if it is not there yet and there are fewer than `limit`.
fn add_outlet(outlets: &mut Vec<String>, index: &EventIndex, id: &str, limit: usize) {
    let known = index.outlets().contains(&id);
    if outlets.len() < limit && known && !outlets.iter().any(|shown| shown == id) {
        outlets.push(id.to_string());
    }
}

/// A single-key shortcut of the compare page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// `j` or `n`: the next shared claim.
    Next,
    /// `k` or `p`: the previous shared claim.
    Previous,
    /// `v`: the other layout.
    SwitchLayout,
    /// `/`: the search box.
    Search,
    /// `?`: the list of shortcuts.
    Help,
}

impl Shortcut {
    /// The shortcut a key (`KeyboardEvent.key`) stands for.
    pub fn of_key(key: &str) -> Option<Shortcut> {
        match key {
            "j" | "n" => Some(Shortcut::Next),
            "k" | "p" => Some(Shortcut::Previous),
            "v" => Some(Shortcut::SwitchLayout),
            "/" => Some(Shortcut::Search),
            "?" => Some(Shortcut::Help),
            _ => None,
        }
    }

    /// What the shortcut does to the view; `None` for those that act on the page instead (the
    /// search box, the list of shortcuts).
    pub fn action(self) -> Option<Action> {
        match self {
            Shortcut::Next => Some(Action::Step(Step::Next)),
            Shortcut::Previous => Some(Action::Step(Step::Previous)),
            Shortcut::SwitchLayout => Some(Action::SwitchLayout),
            Shortcut::Search | Shortcut::Help => None,
        }
    }
}
