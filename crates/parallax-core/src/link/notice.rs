//! Notices: what was wrong with a link, in words for readers, and what the app did about it.
//!
//! A link is written by anyone, so what it can make the page show is bounded: each distinct notice
//! appears once, at most [`MAX_NOTICES`] appear in full and the rest are summed up in one
//! [`Notice::More`], and text quoted from the link is cut short and stripped of control,
//! bidirectional and invisible characters. Collecting them ([`Notices`]) takes time linear in the
//! link's length, apart from one sort of 64-bit hashes of the notices past the limit.

use std::fmt;

use super::{MAX_NOTICES, MAX_OUTLETS, MAX_SEARCH_CHARS, MIN_OUTLETS};
use crate::count::count;
use crate::inert::is_invisible;
use crate::view::ids::fnv1a;
use crate::view::sorted_indices;

/// The longest piece of a link quoted back in a notice, in characters.
const QUOTE_LIMIT: usize = 60;

/// One thing in a link that could not be used as it was. The view still renders; the notice
/// tells the reader what was dropped or adjusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The route names an event the corpus does not have.
    UnknownEvent(String),
    /// An outlet id in `o=` that is not one of the event's outlets; it was left out.
    UnknownOutlet(String),
    /// An outlet named more than once in `o=`; it is shown once, at its first place.
    DuplicateOutlet(String),
    /// More than [`MAX_OUTLETS`] valid outlets; these, the ones past the limit, were left out.
    TooManyOutlets(Vec<String>),
    /// Only one outlet is shown, though the event has more.
    TooFewOutlets,
    /// `o=` named outlets, but none of the event's, so the default outlets are shown instead.
    NoValidOutlets,
    /// A topic id in `t=` that is not one of the event's topics; it was left out.
    UnknownTopic(String),
    /// A sentence id in `s=` that is not one of the event's sentences; nothing is focused.
    UnknownSentence(String),
    /// The focused sentence's outlet is not shown and there is no room to add it, so nothing is
    /// focused.
    FocusNotShown {
        /// The sentence id.
        sentence: String,
        /// Its outlet's id.
        outlet: String,
    },
    /// The search text was longer than [`MAX_SEARCH_CHARS`] characters and was cut.
    SearchCut,
    /// A value that is not understood for its key; the key's default is used.
    MalformedValue {
        /// The query key.
        key: String,
        /// The value as given (decoded).
        value: String,
        /// What the key accepts, for the reader, such as `1 or 0`.
        expected: &'static str,
    },
    /// The distinct notices past the first [`MAX_NOTICES`], counted instead of shown.
    More {
        /// Unknown outlets.
        outlets: usize,
        /// Unknown topics.
        topics: usize,
        /// Anything else.
        other: usize,
    },
}

impl Notice {
    /// A stable kebab-case code for the kind of notice, used in `data-notice` attributes.
    pub fn code(&self) -> &'static str {
        match self {
            Notice::UnknownEvent(_) => "unknown-event",
            Notice::UnknownOutlet(_) => "unknown-outlet",
            Notice::DuplicateOutlet(_) => "duplicate-outlet",
            Notice::TooManyOutlets(_) => "too-many-outlets",
            Notice::TooFewOutlets => "too-few-outlets",
            Notice::NoValidOutlets => "no-valid-outlets",
            Notice::UnknownTopic(_) => "unknown-topic",
            Notice::UnknownSentence(_) => "unknown-sentence",
            Notice::FocusNotShown { .. } => "focus-not-shown",
            Notice::SearchCut => "search-cut",
            Notice::MalformedValue { .. } => "malformed-value",
            Notice::More { .. } => "more",
        }
    }

    /// Whether the notice is about one item of the link (an id, a value), of which a link can
    /// hold any number; the others are about the view as a whole and come at most once each.
    fn is_about_an_item(&self) -> bool {
        matches!(
            self,
            Notice::UnknownOutlet(_)
                | Notice::UnknownTopic(_)
                | Notice::DuplicateOutlet(_)
                | Notice::MalformedValue { .. }
        )
    }

    /// The notice's group in [`Notice::More`] and a hash of its text: what tells two notices
    /// past the limit apart. Two that read the same (ids that differ only past the quoted length,
    /// say) count once; the summary is for readers, not an audit.
    fn overflow_key(&self) -> (usize, u64) {
        let group = match self {
            Notice::UnknownOutlet(_) => 0,
            Notice::UnknownTopic(_) => 1,
            _ => 2,
        };
        (group, fnv1a(&self.to_string()))
    }
}

/// The notices of one link as they are found: each distinct notice once, the first
/// [`MAX_NOTICES`] kept and the rest only counted. A notice about the whole view (no valid
/// outlet, the search cut, …) is always kept: when the list is full, it takes the place of the
/// last notice about an item, which is counted instead.
#[derive(Debug, Default)]
pub(super) struct Notices {
    shown: Vec<Notice>,
    /// The [`Notice::overflow_key`] of each notice past the limit.
    more: Vec<(usize, u64)>,
}

impl Notices {
    /// Adds a notice, unless an equal one is already shown.
    pub(super) fn push(&mut self, notice: Notice) {
        if self.shown.contains(&notice) {
            return;
        }
        if self.shown.len() >= MAX_NOTICES {
            let last_item = self.shown.iter().rposition(Notice::is_about_an_item);
            match last_item.filter(|_| !notice.is_about_an_item()) {
                Some(at) => self.more.push(self.shown.remove(at).overflow_key()),
                None => return self.more.push(notice.overflow_key()),
            }
        }
        self.shown.push(notice);
    }

    /// The notices to show, in the order found, then a [`Notice::More`] with the distinct
    /// notices past the limit counted by group, if there were any.
    pub(super) fn finish(mut self) -> Vec<Notice> {
        // Sorted, equal keys are neighbours: each run of them counts once.
        let more = &self.more;
        let sorted = sorted_indices(more.len(), &|a, b| more[a].cmp(&more[b]));
        let mut counts = [0; 3];
        let mut last = None;
        for key in sorted.into_iter().filter_map(|n| more.get(n)) {
            if last != Some(key) {
                if let Some(count) = counts.get_mut(key.0) {
                    *count += 1;
                }
            }
            last = Some(key);
        }
        let [outlets, topics, other] = counts;
        if outlets + topics + other > 0 {
            self.shown.push(Notice::More { outlets, topics, other });
        }
        self.shown
    }
}

/// The reader-facing message. Text taken from the link is quoted, and cut short if it is long.
impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::UnknownEvent(id) => write!(f, "There is no event “{}” here.", Quoted(id)),
            Notice::UnknownOutlet(id) => {
                write!(f, "There is no outlet “{}” in this event, so it was left out.", Quoted(id))
            }
            Notice::DuplicateOutlet(id) => {
                write!(f, "The outlet “{}” was named more than once; it is shown once.", Quoted(id))
            }
            Notice::TooManyOutlets(dropped) => {
                write!(f, "At most {MAX_OUTLETS} outlets fit side by side, so these were left out: ")?;
                for (n, id) in dropped.iter().enumerate() {
                    let separator = if n == 0 { "" } else { ", " };
                    write!(f, "{separator}{}", Quoted(id))?;
                }
                f.write_str(".")
            }
            Notice::TooFewOutlets => {
                write!(
                    f,
                    "Only one outlet is shown. Pick at least {MIN_OUTLETS} on the event page to compare."
                )
            }
            Notice::NoValidOutlets => f.write_str(
                "None of the outlets in the link belong to this event, so the first ones are shown.",
            ),
            Notice::UnknownTopic(id) => {
                write!(f, "There is no topic “{}” in this event, so it was left out.", Quoted(id))
            }
            Notice::UnknownSentence(id) => {
                write!(f, "There is no sentence “{}” in this event, so none is highlighted.", Quoted(id))
            }
            Notice::FocusNotShown { sentence, outlet } => write!(
                f,
                "The sentence “{}” is from “{}”, which did not fit beside the other outlets, so it is not highlighted.",
                Quoted(sentence),
                Quoted(outlet)
            ),
            Notice::SearchCut => write!(f, "The search was cut to its first {MAX_SEARCH_CHARS} characters."),
            Notice::MalformedValue { key, value, expected } => write!(
                f,
                "“{}={}” is not understood (use {expected}), so it was ignored.",
                Quoted(key),
                Quoted(value)
            ),
            Notice::More { outlets, topics, other } => {
                let parts = [
                    (*outlets, "more unknown outlet", "more unknown outlets"),
                    (*topics, "more unknown topic", "more unknown topics"),
                    (*other, "more other problem", "more other problems"),
                ];
                let mut separator = "…and ";
                for (n, one, many) in parts {
                    if n > 0 {
                        write!(f, "{separator}{}", count(n, one, many))?;
                        separator = ", ";
                    }
                }
                f.write_str(", also left out.")
            }
        }
    }
}

/// Text from a link, shown at most [`QUOTE_LIMIT`] characters long, with control, bidirectional
/// and other invisible characters dropped ([`is_invisible`]), so that a link cannot make the site
/// show reversed or hidden text.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut chars = self.0.chars().filter(|c| !is_invisible(*c));
        for c in chars.by_ref().take(QUOTE_LIMIT) {
            fmt::Write::write_char(f, c)?;
        }
        if chars.next().is_some() {
            f.write_str("…")?;
        }
        Ok(())
    }
}
