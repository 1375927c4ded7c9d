//! Promos: links to other articles, as whole lines ("Read the full article here", "Read More
//! Details", "Read more: `<headline>`") or run into a paragraph ("… ALSO READ: `<headline>` In a
//! wide-ranging conversation …").
//!
//! # Where a run-in promo's headline ends
//! The scrape glues the promo's headline to the body with no punctuation, so its end has to be
//! inferred. Looking at most [`MAX_HEADLINE_WORDS`] words past the marker, the headline ends at
//! the first of:
//! 1. a glued join: a closing bracket, quote, `!` or `?` directly followed by a capitalised word
//!    (`(FULL STATEMENT)The Kremlin`), or a lowercase word directly followed by a capitalised
//!    sentence starter (`conversationThe`): blocks of the page joined without a space;
//! 2. a sentence end inside the text (the headline itself ended with `.`, `?` or `!`);
//! 3. a capitalised sentence starter (`In`, `The`, `According`, `However`, …, see
//!    [`crate::ingest::words`]) after at least two headline words, not right after `:`, `,` or a
//!    dash, and followed by mostly lowercase words (two of the next four), as a sentence's opening
//!    words are, with no other starter before the next lowercase word. Headlines in sentence case
//!    never capitalise these words mid-way; in title case they do, but then the words after them
//!    are capitalised too (`After 'Very Good' Call With Xi`), so the test of the following words
//!    rules them out, and in `… With Xi According to a report` the later starter wins.
//!
//! 4. a capitalised word after an unpunctuated word and before a verb of news copy (`pause
//!    Officials said`, `… The pact was`), the subject of the body's first sentence.
//!
//! Of these the earliest wins, so that a wrong guess leaves headline words in the body rather
//! than body words in the promo. If none is found and the rest of the paragraph is short, holds a
//! single sentence and does not end like one (headlines have no full stop), the whole rest is
//! the headline. Otherwise a marker that is unmistakable (written in capitals or followed
//! by `:` or `|`) is removed alone, and a weak marker (`Read more` in sentence case) is not
//! treated as a promo at all: body text is never removed on a guess.

use super::text::{is_all_caps, prefix_end, prefix_end_any, separator_len};
use crate::ingest::layout::ends_sentence;
use crate::ingest::segment::sentence_ranges;
use crate::ingest::words::{is_sentence_starter, starts_lowercase, starts_uppercase};

/// How far past a marker a promo's headline may run.
pub(crate) const MAX_HEADLINE_WORDS: usize = 25;

/// Openings of a line that is wholly a promo.
const LINE_LEADS: &[&str] = &[
    "read the full article",
    "read the full story",
    "read the full report",
    "read full article",
    "read full story",
    "read the original article",
    "read the original story",
    "read the rest of the article",
    "read the rest of the story",
    "read the rest",
    "continue reading",
    "keep reading",
    "click here to read more",
    "click here to read",
    "click here for more",
    "click here",
    "read more",
    "read also",
    "also read",
    "see also",
    "must read",
    "also watch",
    "don't miss",
    "read next",
    "recommended reading",
    "suggested reading",
    "related story",
    "related stories",
    "related article",
    "related articles",
    "related coverage",
    "related reading",
    "related link",
    "related content",
];

/// Words that may follow a line lead without making it a headline ("Read More Details").
const LINE_TAILS: &[&str] =
    &["here", "details", "now", "more", "this", "the story", "the article", "full story"];

/// Markers of a promo run into a paragraph.
const RUN_IN_MARKERS: &[&str] =
    &["also read", "read also", "read more", "see also", "must read", "also watch", "also see"];

/// Whether a whole unit is a promo line.
pub(crate) fn is_promo_line(text: &str) -> bool {
    let Some(lead_end) = prefix_end_any(text, LINE_LEADS) else { return false };
    let rest = text.get(lead_end..).unwrap_or_default();
    let rest = rest.get(separator_len(rest)..).unwrap_or_default().trim_end_matches(['.', '\u{2026}', ' ']);
    if rest.is_empty() || LINE_TAILS.iter().any(|tail| prefix_end(rest, tail) == Some(rest.len())) {
        return true;
    }
    // "Read the full article on Newsweek", "… at Reuters".
    let site_link = ["on ", "at ", "from "].iter().any(|lead| rest.to_lowercase().starts_with(lead))
        && rest.split_whitespace().count() <= 5;
    let headline = starts_uppercase(rest)
        && rest.split_whitespace().count() <= MAX_HEADLINE_WORDS
        && sentence_ranges(rest).len() <= 1;
    site_link || headline
}

/// A promo found inside a unit: byte ranges into the unit's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RunIn {
    /// Where the marker starts.
    pub start: usize,
    /// Where the promo (marker and headline) ends.
    pub end: usize,
}

/// Finds the promos run into a unit's text, in order.
pub(crate) fn run_ins(text: &str) -> Vec<RunIn> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(promo) = next_run_in(text, from) {
        from = promo.end.max(promo.start + 1);
        found.push(promo);
    }
    found
}

fn next_run_in(text: &str, from: usize) -> Option<RunIn> {
    let mut at = from;
    while at < text.len() {
        let rest = text.get(at..)?;
        let word_start = at == 0 || text.get(..at).is_some_and(|head| !head.ends_with(char::is_alphanumeric));
        if word_start {
            if let Some(promo) = run_in_at(text, at) {
                return Some(promo);
            }
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// A promo whose marker starts at `start`, if there is one.
fn run_in_at(text: &str, start: usize) -> Option<RunIn> {
    let rest = text.get(start..)?;
    let marker_len = prefix_end_any(rest, RUN_IN_MARKERS)?;
    let marker = rest.get(..marker_len)?;
    let after_marker = rest.get(marker_len..)?;
    let separator = separator_len(after_marker);
    let separated = after_marker.get(..separator).is_some_and(|sep| sep.contains([':', '|', '\u{BB}', '>']));
    let strong = is_all_caps(marker) || separated;
    let at_unit_start = text.get(..start).is_some_and(|head| head.trim().is_empty());
    if !strong && !at_unit_start {
        return None;
    }
    let headline_start = start + marker_len + separator;
    let headline = text.get(headline_start..)?;
    if !strong && !starts_uppercase(headline) {
        return None;
    }
    let end = match headline_end(headline) {
        Some(end) => headline_start + end,
        None if is_short_single_sentence(headline) && !ends_sentence(headline) => text.len(),
        None if strong => start + marker_len + separator,
        None => return None,
    };
    let end = start + text.get(start..end)?.trim_end().len();
    Some(RunIn { start, end })
}

fn is_short_single_sentence(text: &str) -> bool {
    text.split_whitespace().take(MAX_HEADLINE_WORDS + 1).count() <= MAX_HEADLINE_WORDS
        && sentence_ranges(text).len() <= 1
}

/// Where a promo's headline, glued to the body text after it, ends (see the module docs).
pub(crate) fn headline_end(text: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = word_spans(text).take(MAX_HEADLINE_WORDS + 1).collect();
    let limit = words.get(MAX_HEADLINE_WORDS).map_or(text.len(), |&(at, _)| at);
    let glued = glued_join(text, limit);
    // Sentences of the window only (and one word past it, so that a break at its edge shows):
    // the first range ends at a real break only when another range follows it.
    let window_end = words.get(MAX_HEADLINE_WORDS).map_or(text.len(), |&(at, word)| at + word.len());
    let window = text.get(..window_end).unwrap_or(text);
    let window_sentences = sentence_ranges(window);
    let sentence_end = match window_sentences.as_slice() {
        [first, next, ..] if first.end <= limit => Some(next.start),
        _ => None,
    };
    let starter = words.iter().enumerate().skip(2).find_map(|(index, &(at, word))| {
        let previous = words.get(index - 1).map(|&(_, word)| word).unwrap_or_default();
        let after_pause =
            previous.ends_with([':', ',', ';']) || previous.ends_with(crate::ingest::front::is_dash);
        let following: Vec<&str> = words.iter().skip(index + 1).take(4).map(|&(_, word)| word).collect();
        let lowercase = following.iter().filter(|word| starts_lowercase(word) || starts_digit(word)).count();
        let reads_on = !following.is_empty() && lowercase >= 2.min(following.len());
        // In "… With Xi According to a report", the later starter is the real one.
        let later_starter =
            following.iter().take_while(|word| !starts_lowercase(word)).any(|word| is_sentence_starter(word));
        (is_sentence_starter(word) && !after_pause && reads_on && !later_starter).then_some(at)
    });
    let subject = words.iter().enumerate().skip(2).find_map(|(index, &(at, word))| {
        let previous = words.get(index - 1).map(|&(_, word)| word).unwrap_or_default();
        let next = words.get(index + 1).map(|&(_, word)| word).unwrap_or_default();
        let bare_previous = previous.chars().last().is_some_and(char::is_alphanumeric);
        let is_verb = BODY_VERBS.contains(&next.to_lowercase().as_str());
        (starts_uppercase(word) && !is_all_caps(word) && bare_previous && is_verb).then_some(at)
    });
    [glued, sentence_end, starter, subject].into_iter().flatten().filter(|&end| end > 0).min()
}

/// Verbs that follow a sentence's subject in news copy ("Officials said", "The pact was") but
/// rarely follow a name inside a headline, which prefers "says" and drops auxiliaries.
const BODY_VERBS: &[&str] = &[
    "said",
    "told",
    "added",
    "announced",
    "confirmed",
    "reported",
    "noted",
    "stated",
    "warned",
    "insisted",
    "explained",
    "claimed",
    "wrote",
    "was",
    "were",
    "had",
    "has",
    "have",
    "would",
    "could",
    "will",
];

fn starts_digit(word: &str) -> bool {
    word.starts_with(|ch: char| ch.is_ascii_digit())
}

/// Whitespace-separated words with their byte offsets.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// The first place before `limit` where two blocks of a page were joined without a space.
fn glued_join(text: &str, limit: usize) -> Option<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().take_while(|&(at, _)| at < limit).collect();
    chars.windows(3).find_map(|window| {
        let [(_, before), (at, capital), (_, after)] = *window else { return None };
        if !capital.is_uppercase() || !after.is_lowercase() {
            return None;
        }
        let closes = matches!(before, ')' | ']' | '"' | '\u{201D}' | '\u{2019}' | '!' | '?');
        let word = text.get(at..).and_then(|rest| rest.split_whitespace().next()).unwrap_or_default();
        let starts_sentence = before.is_lowercase() && is_sentence_starter(word);
        (closes || starts_sentence).then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn promo_text(text: &str) -> Vec<&str> {
        run_ins(text).into_iter().map(|promo| &text[promo.start..promo.end]).collect()
    }

    #[test]
    fn whole_line_promos() {
        assert!(is_promo_line("Read the full article here"));
        assert!(is_promo_line("Read More Details"));
        assert!(is_promo_line("READ MORE: Kremlin says talks will go on"));
        assert!(is_promo_line(
            "Related story: Free tests are coming to an end, but here's how to stock up now"
        ));
        assert!(!is_promo_line(
            "Related stories of hardship emerged from the camps on Monday, officials said."
        ));
        assert!(is_promo_line("Continue reading"));
        assert!(!is_promo_line("Read more books, the minister urged parents on Monday."));
        assert!(!is_promo_line("Readers wrote in."));
    }

    #[test]
    fn run_in_promo_ends_before_a_sentence_start() {
        let text = "ALSO READ: Russia-Ukraine conflict: Eliminate root cause of issue, Putin tells Trump In a wide-ranging conversation, he said.";
        assert_eq!(
            promo_text(text),
            ["ALSO READ: Russia-Ukraine conflict: Eliminate root cause of issue, Putin tells Trump"]
        );
    }

    #[test]
    fn title_case_headline_is_not_cut_at_a_capitalised_preposition() {
        let text = "Allies worried. ALSO READ: Trump After 'Very Good' Call With Xi The White House said on Friday that talks continue.";
        assert_eq!(promo_text(text), ["ALSO READ: Trump After 'Very Good' Call With Xi"]);
    }

    #[test]
    fn glued_promo_ends_at_the_join() {
        let text =
            "Read more Kremlin discloses content of the call (FULL STATEMENT)The Kremlin confirmed it.";
        assert_eq!(promo_text(text), ["Read more Kremlin discloses content of the call (FULL STATEMENT)"]);
    }

    #[test]
    fn promo_ends_before_the_subject_of_the_next_sentence() {
        let text = "It lasted. Also Read | Grain talks resume in Istanbul after pause Officials said a second round is planned.";
        assert_eq!(promo_text(text), ["Also Read | Grain talks resume in Istanbul after pause"]);
    }

    #[test]
    fn weak_marker_in_the_middle_is_body() {
        assert!(run_ins("Officials said readers should read more about it. The end.").is_empty());
        assert!(run_ins("Read more carefully, the statement says less than it seems.").is_empty());
    }

    #[test]
    fn strong_marker_without_a_clear_end_is_removed_alone() {
        let text = "ALSO READ: Putin Trump Call Ukraine Russia Kremlin Moscow Washington Talks Peace Ceasefire Weapons Pause Iran Israel Europe NATO Sanctions Oil Gas Trade Deal Summit Meeting News Report Analysis";
        assert_eq!(promo_text(text), ["ALSO READ:"]);
    }
}
