//! Notices: what was wrong with a link, in words for readers, and what the app did about it.

use std::fmt;

use super::{MAX_OUTLETS, MAX_SEARCH_CHARS, MIN_OUTLETS};

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
        }
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
        }
    }
}

/// Text from a link, shown at most [`QUOTE_LIMIT`] characters long, control characters dropped.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut chars = self.0.chars().filter(|c| !c.is_control());
        for c in chars.by_ref().take(QUOTE_LIMIT) {
            fmt::Write::write_char(f, c)?;
        }
        if chars.next().is_some() {
            f.write_str("…")?;
        }
        Ok(())
    }
}
