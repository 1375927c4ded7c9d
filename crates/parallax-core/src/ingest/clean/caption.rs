//! Wire captions told by their formula, as a unit of their own or run into a paragraph: "… lies on
//! the ground in Nara in this photo taken by The Asahi Shimbun", "… in this screen grab obtained
//! from a social media video. (Instagram @name/via Reuters)", "… in this handout picture released
//! by the ministry".
//!
//! Agencies write the caption of every news picture with "in this [kind of] picture" and how it
//! came to them ("taken", "obtained", "released", "provided"). A story's own sentences do not: it
//! tells what a picture shows ("Photos on social media showed cracks in the walls"), not "in this
//! photo taken by". The caption goes with what scrapes leave after it: a bracketed credit and short
//! unpunctuated notes ("Image pixelated at source").

use std::ops::Range;

use super::text::key;
use crate::ingest::segment::sentence_ranges;

/// Words that name the picture in the formula, as its last word ("photo", "screen grab").
const PICTURE_NOUNS: &[&str] = &[
    "photo",
    "photograph",
    "picture",
    "image",
    "grab",
    "screengrab",
    "screenshot",
    "still",
    "frame",
    "handout",
];

/// Words that may stand before the picture's noun ("handout", "undated file", "video").
const PICTURE_MODIFIERS: &[&str] = &[
    "handout",
    "undated",
    "file",
    "screen",
    "video",
    "aerial",
    "satellite",
    "combination",
    "still",
    "drone",
    "social",
    "media",
    "photo",
    "picture",
    "image",
];

/// How the picture came to the agency, right after its noun.
const PROVENANCE: &[&str] = &[
    "taken",
    "obtained",
    "released",
    "provided",
    "made",
    "distributed",
    "posted",
    "shared",
    "supplied",
    "courtesy",
    "dated",
    "received",
    "issued",
    "published",
    "captured",
    "from",
];

/// Most words a note left after a caption has ("Image pixelated at source", a bracketed credit).
const MAX_NOTE_WORDS: usize = 10;

/// Whether a sentence holds the caption formula: "in this", at most three words naming the
/// picture, then how it was obtained.
fn has_formula(sentence: &str) -> bool {
    let words: Vec<String> = key(sentence).split(' ').map(str::to_string).collect();
    words.windows(2).enumerate().any(|(at, pair)| {
        if pair[0] != "in" || pair[1] != "this" {
            return false;
        }
        let mut next = at + 2;
        let mut named = false;
        while let Some(word) = words.get(next).filter(|_| next - at - 2 < 3) {
            if PICTURE_NOUNS.contains(&word.as_str()) {
                named = true;
            } else if !PICTURE_MODIFIERS.contains(&word.as_str()) {
                break;
            }
            next += 1;
        }
        named && words.get(next).is_some_and(|word| PROVENANCE.contains(&word.as_str()))
    })
}

/// Whether a sentence is a note a scrape leaves after a caption: a short bracketed credit, or a
/// few words that end no sentence.
fn is_note(sentence: &str) -> bool {
    let trimmed = sentence.trim();
    let words = trimmed.split_whitespace().count();
    let bracketed = trimmed.starts_with(['(', '[']) && trimmed.ends_with([')', ']']);
    words <= MAX_NOTE_WORDS && (bracketed || !trimmed.ends_with(['.', '!', '?', '"', '\u{201D}']))
}

/// Where a short bracketed credit right after `at` ends: "(Instagram @name/via Reuters)", which
/// the sentence splitter leaves at the start of the story's next sentence.
fn bracket_after(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let open = at + (rest.len() - rest.trim_start().len());
    let close = match text.get(open..)?.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    let end = open + text.get(open..)?.find(close)? + 1;
    let words = text.get(open..end)?.split_whitespace().count();
    (words <= MAX_NOTE_WORDS).then_some(end)
}

/// The byte ranges of a unit's wire captions, each with the notes after it, in order.
pub(crate) fn caption_ranges(text: &str) -> Vec<Range<usize>> {
    let sentences = sentence_ranges(text);
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut index = 0;
    while let Some(range) = sentences.get(index) {
        index += 1;
        if !text.get(range.clone()).is_some_and(has_formula) {
            continue;
        }
        let mut end = bracket_after(text, range.end).unwrap_or(range.end);
        while sentences.get(index).is_some_and(|next| next.start < end) {
            index += 1;
        }
        while let Some(note) = sentences.get(index).filter(|r| text.get((*r).clone()).is_some_and(is_note)) {
            end = note.end;
            index += 1;
        }
        found.push(range.start..end);
    }
    found
}

/// Whether a whole unit is a wire caption with its notes.
pub(crate) fn is_caption(text: &str) -> bool {
    let ranges = caption_ranges(text);
    let rest: usize = {
        let mut at = 0;
        let mut words = 0;
        for range in &ranges {
            words += text.get(at..range.start).map_or(0, |piece| piece.split_whitespace().count());
            at = range.end;
        }
        words + text.get(at..).map_or(0, |piece| piece.split_whitespace().count())
    };
    !ranges.is_empty() && rest == 0
}

#[cfg(test)]
mod tests {
    use super::{caption_ranges, is_caption};

    #[test]
    fn a_unit_that_is_a_wire_caption_with_its_notes_is_a_caption() {
        assert!(is_caption(
            "A former minister lies on the ground after he was shot in a northern city, July 8, 2022 in this \
             photo taken by a local newspaper. Image pixelated at source"
        ));
        assert!(is_caption(
            "Rescuers search the rubble in a village in this handout picture released by the ministry on May 2."
        ));
        assert!(!is_caption("Photos on social media showed cracks in the walls of shopping centres."));
        assert!(!is_caption("The minister said in this interview that he would not resign."));
    }

    #[test]
    fn a_caption_run_into_a_paragraph_is_cut_with_its_bracketed_credit_and_nothing_else() {
        let text = "Rescuers said ten people were trapped. People wait at a shelter following the eruption, \
                    December 4, 2021 in this screen grab obtained from a social media video. (Instagram \
                    @someone/via Reuters) The agency said later that more were missing.";
        let ranges = caption_ranges(text);
        let cut: Vec<&str> = ranges.iter().filter_map(|r| text.get(r.clone())).collect();
        assert_eq!(
            cut,
            ["People wait at a shelter following the eruption, December 4, 2021 in this screen grab obtained \
              from a social media video. (Instagram @someone/via Reuters)"]
        );
        assert!(!is_caption(text));
    }
}
