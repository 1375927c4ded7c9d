//! Folding text for search, so that a query matches however it is typed: lowercase, accents
//! dropped, typographic quotes, dashes and spaces made plain. And the search itself: words that
//! must all occur, and where they occur, for highlighting.
//!
//! Folding covers ASCII, Latin-1, Latin Extended-A, combining accents, and the basic Greek and
//! Cyrillic alphabets with small tables instead of the full Unicode case tables, which would cost
//! the web app several kilobytes. Other scripts are matched as written.

use std::ops::Range;

use super::sort_by;

/// The unaccented lowercase letter of U+00C0..=U+00FF; `0` where the character folds to more
/// than one letter or is not a letter (handled by [`special`]).
const LATIN_1: &[u8; 64] = b"aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";

/// The same for Latin Extended-A, U+0100..=U+017F.
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllllllllnnnnnnnnnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Characters that fold to something other than one table letter, or to nothing (`""`).
fn special(c: char) -> Option<&'static str> {
    Some(match c {
        'Æ' | 'æ' => "ae",
        'Þ' | 'þ' => "th",
        'ß' => "ss",
        'Œ' | 'œ' => "oe",
        'Ĳ' | 'ĳ' => "ij",
        'Ș' | 'ș' => "s",
        'Ț' | 'ț' => "t",
        '‘' | '’' | '‚' | '‛' | '′' | 'ʼ' => "'",
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => "\"",
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => "-",
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => " ",
        '…' => "...",
        // Combining accents (text written decomposed), the soft hyphen and zero-width characters.
        '\u{300}'..='\u{36F}' | '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
        _ => return None,
    })
}

/// Appends the folded form of `c` to `out`.
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Some(folded) = special(c) {
        out.push_str(folded);
        return;
    }
    let code = u32::from(c);
    let table_letter = match code {
        0xC0..=0xFF => LATIN_1.get((code - 0xC0) as usize),
        0x100..=0x17F => LATIN_EXTENDED_A.get((code - 0x100) as usize),
        _ => None,
    };
    if let Some(&letter) = table_letter.filter(|&&letter| letter != 0) {
        out.push(char::from(letter));
        return;
    }
    let lower = match code {
        // Greek capitals, and the final sigma as sigma.
        0x391..=0x3A9 => code + 0x20,
        0x3C2 => 0x3C3,
        // Cyrillic: Ѐ..Џ, А..Я, and ё as е.
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        _ => code,
    };
    let lower = if lower == 0x451 { 0x435 } else { lower };
    out.push(char::from_u32(lower).unwrap_or(c));
}

/// Appends the folded form of `text` to `out`. Runs of ASCII, most of most texts, are copied
/// and lowercased in one go.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    out.reserve(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|byte| !byte.is_ascii()).unwrap_or(rest.len());
        let (run, tail) = rest.split_at_checked(ascii).unwrap_or((rest, ""));
        let start = out.len();
        out.push_str(run);
        if let Some(copied) = out.get_mut(start..) {
            copied.make_ascii_lowercase();
        }
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            fold_char(c, out);
        }
        rest = chars.as_str();
    }
}

/// A search: folded words that must all occur in a sentence's folded text, anywhere, in any
/// order. Double quotes around words are ignored; they do not make a phrase.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Search {
    words: Vec<Word>,
}

/// One search word, with its Horspool skip table: for each byte, how far the search window may
/// move when that byte ends it and the word is not there.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    bytes: Vec<u8>,
    skip: [u8; 256],
}

impl Word {
    fn new(word: &str) -> Word {
        let bytes = word.as_bytes().to_vec();
        let longest = u8::try_from(bytes.len()).unwrap_or(u8::MAX);
        let mut skip = [longest; 256];
        let last = bytes.len().saturating_sub(1);
        for (at, &byte) in bytes.iter().enumerate().take(last) {
            // Shifts longer than 255 are cut to 255, which is still safe: never past a match.
            skip[usize::from(byte)] = u8::try_from(last - at).unwrap_or(u8::MAX);
        }
        Word { bytes, skip }
    }

    /// Where the word first occurs in `haystack` at or after `from` (Boyer–Moore–Horspool: fast
    /// on text, and much smaller in the web app than the standard library's two-way searcher).
    /// On UTF-8 text a match always starts on a character boundary.
    fn find(&self, haystack: &[u8], from: usize) -> Option<usize> {
        let last = self.bytes.len().checked_sub(1)?;
        let (&last_byte, head) = self.bytes.split_last()?;
        // `end` is the last byte of the window that starts `last` bytes before it.
        let mut end = from.checked_add(last)?;
        while let Some(&byte) = haystack.get(end) {
            if byte == last_byte && haystack.get(end - last..end) == Some(head) {
                return Some(end - last);
            }
            end += usize::from(self.skip[usize::from(byte)]);
        }
        None
    }
}

impl Search {
    /// Reads search text.
    pub(crate) fn new(text: &str) -> Search {
        let mut folded = String::with_capacity(text.len());
        fold_into(text, &mut folded);
        let mut words: Vec<Word> = Vec::new();
        for word in folded.split(char::is_whitespace) {
            let word = word.trim_matches('"');
            if !word.is_empty() && !words.iter().any(|known| known.bytes == word.as_bytes()) {
                words.push(Word::new(word));
            }
        }
        Search { words }
    }

    /// Whether there is nothing to search for.
    pub(crate) fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word occurs in `folded` (text folded by [`fold_into`]).
    pub(crate) fn matches(&self, folded: &str) -> bool {
        self.words.iter().all(|word| word.find(folded.as_bytes(), 0).is_some())
    }

    /// The byte ranges where the words occur in folded text.
    fn occurrences<'s>(&'s self, folded: &'s str) -> impl Iterator<Item = Range<usize>> + 's {
        self.words.iter().flat_map(move |word| {
            let mut from = 0;
            std::iter::from_fn(move || {
                // Overlapping occurrences too, so that "aa" marks all of "aaa".
                let at = word.find(folded.as_bytes(), from)?;
                from = at + 1;
                Some(at..at + word.bytes.len())
            })
        })
    }

    /// Where the words occur in `text` (not folded): byte ranges on character boundaries, sorted,
    /// overlapping and touching ranges merged.
    pub(crate) fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.words.is_empty() {
            return Vec::new();
        }
        if text.is_ascii() {
            // Folding ASCII keeps every byte in place.
            let folded = text.to_ascii_lowercase();
            return merge(self.occurrences(&folded).collect());
        }
        // The folded text, and for each of its bytes the original character it came from.
        let mut folded = String::with_capacity(text.len());
        let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
        for (start, c) in text.char_indices() {
            let end = start + c.len_utf8();
            let before = folded.len();
            fold_char(c, &mut folded);
            if folded.len() > before {
                origin.resize(folded.len(), (start, end));
            } else if let Some(&(last_start, _)) = origin.last() {
                // A dropped character (an accent) belongs to the character before it.
                for span in origin.iter_mut().rev().take_while(|span| span.0 == last_start) {
                    span.1 = end;
                }
            }
        }
        let ranges = self.occurrences(&folded).filter_map(|found| {
            let first = origin.get(found.start)?;
            let last = origin.get(found.end.checked_sub(1)?)?;
            Some(first.0..last.1)
        });
        merge(ranges.collect())
    }
}

/// Sorts ranges and merges those that overlap or touch.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    sort_by(&mut ranges, |a, b| a.start.cmp(&b.start).then(a.end.cmp(&b.end)));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}
