//! Tokenising and normalising text: words with their byte spans, case, stems and synonym keys.
//!
//! Every comparison in the engine goes through here, so that all outlets' wordings meet on the
//! same ground: curly and straight apostrophes agree, possessives drop ("Trump's" → "trump"),
//! British spellings become American ("emphasised" → "emphasized"), number words become digits
//! ("sixth", "6th" and "six" → "6"), acronyms keep their identity ("US" is not the pronoun "us"),
//! and synonyms of general newsroom vocabulary share one key ("halt" and "suspend").

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;
use std::sync::OnceLock;

use super::hashing::{FastMap, FastSet};
use super::lexicon;
use super::stem::stem;

/// A word form (as written, normalised or as a key), shared by every token of that word: copying a
/// token copies no text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Word(Rc<str>);

impl Word {
    /// The word as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Word {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Word {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Word {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Word {
    fn from(text: &str) -> Word {
        Word(Rc::from(text))
    }
}

impl From<String> for Word {
    fn from(text: String) -> Word {
        Word(Rc::from(text))
    }
}

impl PartialEq<str> for Word {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Word {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl std::fmt::Debug for Word {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::fmt::Display for Word {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&*self.0, f)
    }
}

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text it was read from.
    pub span: Range<usize>,
    /// The word as written, apostrophes straightened.
    pub surface: Word,
    /// Lowercased, possessive dropped, spelling and numbers normalised (number words and ordinals
    /// become plain digits: "sixth", "6th" and "six" are all "6").
    pub norm: Word,
    /// The stem of `norm` (acronyms and numbers as is), before the synonym groups.
    pub stem: Word,
    /// The comparison key: the stem mapped through the synonym groups (acronyms and numbers as is).
    pub key: Word,
    /// A function word or reporting verb: ignored when comparing facts.
    pub stop: bool,
    /// Written with a capital first letter (or all capitals).
    pub capitalised: bool,
    /// All capitals, two to five letters: an acronym such as "US" or "NATO".
    pub acronym: bool,
    /// A number, in digits or in words.
    pub number: bool,
    /// The first word of its sentence (so its capital says nothing about it being a name).
    pub sentence_initial: bool,
}

impl Token {
    /// Whether the token counts when comparing what sentences say.
    pub fn is_content(&self) -> bool {
        !self.stop && !self.key.is_empty()
    }
}

/// The shared word tables, prepared once.
struct Tables {
    stop: FastSet<&'static str>,
    cardinals: FastMap<&'static str, &'static str>,
    ordinals: FastMap<&'static str, &'static str>,
    synonyms: FastMap<String, String>,
    titles: FastSet<&'static str>,
    speech_verbs: FastSet<&'static str>,
    post_quote_verbs: FastSet<&'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut synonyms = FastMap::default();
        for group in lexicon::SYNONYMS {
            let Some(head) = group.first() else { continue };
            let head_stem = stem(&respell(head));
            for word in group.iter() {
                synonyms.entry(stem(&respell(word))).or_insert_with(|| head_stem.clone());
            }
        }
        Tables {
            stop: lexicon::STOP_WORDS.iter().copied().collect(),
            cardinals: lexicon::CARDINALS.iter().copied().collect(),
            ordinals: lexicon::ORDINALS.iter().copied().collect(),
            synonyms,
            titles: lexicon::TITLE_WORDS.iter().copied().collect(),
            speech_verbs: lexicon::SPEECH_VERBS.iter().copied().collect(),
            post_quote_verbs: lexicon::POST_QUOTE_VERBS.iter().copied().collect(),
        }
    })
}

/// Whether a lowercase word is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    tables().stop.contains(word)
}

/// Whether a lowercase word is a title word ([`lexicon::TITLE_WORDS`]).
pub fn is_title_word(word: &str) -> bool {
    tables().titles.contains(word)
}

/// Whether a lowercase word is a speech verb ([`lexicon::SPEECH_VERBS`]).
pub fn is_speech_verb(word: &str) -> bool {
    tables().speech_verbs.contains(word)
}

/// Whether a lowercase word is an attribution verb after a quote ([`lexicon::POST_QUOTE_VERBS`]).
pub fn is_post_quote_verb(word: &str) -> bool {
    tables().post_quote_verbs.contains(word)
}

/// Rewrites British spellings to American ones ("defence" → "defense").
fn respell(word: &str) -> String {
    for (suffix, replacement, min_len) in lexicon::SPELLING_SUFFIXES {
        if word.len() >= *min_len {
            if let Some(stem) = word.strip_suffix(suffix) {
                return format!("{stem}{replacement}");
            }
        }
    }
    word.to_string()
}

/// Whether a character can be part of a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits text into tokens. Sentence starts are detected at the text start and after `.`, `!`,
/// `?` or a colon followed by a capital, so that the text of a whole paragraph works too.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut sentence_start = true;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !is_word_char(c) {
            // Not after a title written short: "Dr. Jane Smith".
            let abbreviation =
                c == '.' && tokens.last().is_some_and(|t: &Token| is_short_title(t, text, start));
            if matches!(c, '.' | '!' | '?' | '…') && !abbreviation {
                sentence_start = true;
            }
            i += 1;
            continue;
        }
        // A word: letters and digits, joined by inner apostrophes, periods (U.S., 3.5),
        // commas and colons between digits (50,000; 10:00).
        let mut j = i + 1;
        while j < chars.len() {
            let (_, cj) = chars[j];
            if is_word_char(cj) {
                j += 1;
                continue;
            }
            let next = chars.get(j + 1).map(|&(_, c)| c);
            let prev = chars[j - 1].1;
            let joins = match cj {
                '\'' | '’' => next.is_some_and(char::is_alphabetic) && prev.is_alphabetic(),
                '.' => {
                    // U.S. / U.K. (single letters between dots) or 3.5.
                    (next.is_some_and(char::is_alphabetic)
                        && prev.is_uppercase()
                        && (j < 2 || !chars[j - 2].1.is_alphanumeric())
                        && chars.get(j + 2).is_some_and(|&(_, c)| !c.is_alphanumeric()))
                        || (prev.is_ascii_digit() && next.is_some_and(|c| c.is_ascii_digit()))
                }
                // 50,000 and 10:00; a score or range, 4-2 and 10-11.
                ',' | ':' | '-' => prev.is_ascii_digit() && next.is_some_and(|c| c.is_ascii_digit()),
                _ => false,
            };
            if !joins {
                break;
            }
            j += 1;
        }
        // Keep the period of an acronym such as "U.S." when it ends the word.
        let mut end_byte = chars.get(j).map_or(text.len(), |&(b, _)| b);
        let raw = &text[start..end_byte];
        if raw.contains('.') && raw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
            if let Some(&(b, '.')) = chars.get(j) {
                end_byte = b + 1;
                j += 1;
            }
        }
        let raw = &text[start..end_byte];
        tokens.push(known_token(raw, start..end_byte, sentence_start));
        sentence_start = false;
        i = j;
    }
    tokens
}

/// Whether `token`, ending right before the full stop at byte `stop`, is a title written short
/// ("Dr", "Gov"): the full stop after it never ends a sentence (as the segmenter has it).
fn is_short_title(token: &Token, text: &str, stop: usize) -> bool {
    use crate::ingest::segment::abbrev::{classify, Abbrev};
    let raw = text.get(token.span.clone()).unwrap_or("");
    token.span.end == stop && classify(raw) == Abbrev::Title
}

/// How many distinct words [`known_token`] remembers before it starts afresh.
const MAX_KNOWN_WORDS: usize = 1 << 16;

thread_local! {
    /// Words already normalised, by their raw text. A word's normal forms depend only on how it
    /// is written, and news text repeats its words (a story's names and terms, every outlet's
    /// "said" and "the"), so each distinct word is stemmed once.
    static KNOWN_WORDS: RefCell<FastMap<Box<str>, Token>> = RefCell::new(FastMap::default());
}

/// The token for a word, from [`KNOWN_WORDS`] when it was seen before.
fn known_token(raw: &str, span: Range<usize>, sentence_initial: bool) -> Token {
    KNOWN_WORDS.with(|known| {
        let Ok(mut known) = known.try_borrow_mut() else {
            return make_token(raw, span, sentence_initial);
        };
        if let Some(token) = known.get(raw) {
            return Token { span, sentence_initial, ..token.clone() };
        }
        let token = make_token(raw, span, sentence_initial);
        if known.len() >= MAX_KNOWN_WORDS {
            known.clear();
        }
        known.insert(raw.into(), token.clone());
        token
    })
}

/// Builds one token from its raw text.
fn make_token(raw: &str, span: Range<usize>, sentence_initial: bool) -> Token {
    let tables = tables();
    let surface: String = raw.chars().map(|c| if c == '’' { '\'' } else { c }).collect();
    let letters: String = surface.chars().filter(|c| c.is_alphanumeric()).collect();
    let first_upper = surface.chars().next().is_some_and(char::is_uppercase);
    let alpha_count = letters.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = alpha_count >= 2 && letters.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let acronym = all_caps && (2..=5).contains(&alpha_count);
    let is_digits = letters.chars().next().is_some_and(|c| c.is_ascii_digit());

    let mut lower = surface.to_lowercase();
    if let Some(base) = lower.strip_suffix("'s") {
        lower = base.to_string();
    }
    let lower: String =
        if is_digits { number_norm(&lower) } else { lower.chars().filter(|c| c.is_alphanumeric()).collect() };

    let mut number = is_digits;
    let norm = if let Some(digits) = tables.cardinals.get(lower.as_str()) {
        number = true;
        (*digits).to_string()
    } else if let Some(ordinal) = tables.ordinals.get(lower.as_str()) {
        // "sixth" and "six" name the same number: a fact's figure matters, not its grammar.
        number = true;
        ordinal.trim_end_matches(char::is_alphabetic).to_string()
    } else if acronym || is_digits {
        lower.clone()
    } else {
        respell(&lower)
    };

    // A lone lowercase letter is no word of its own: the pieces of "p.m." or "e.g.".
    let lone_letter = !first_upper && norm.chars().count() == 1 && norm.chars().all(char::is_alphabetic);
    let stop = !acronym && !number && (lone_letter || tables.stop.contains(norm.as_str()));
    let stemmed: Word = if acronym || number { norm.as_str().into() } else { stem(&norm).into() };
    let key: Word = match tables.synonyms.get(stemmed.as_str()) {
        Some(head) if !acronym && !number => head.as_str().into(),
        _ => stemmed.clone(),
    };
    Token {
        span,
        surface: surface.into(),
        stem: stemmed,
        norm: norm.into(),
        key,
        stop,
        capitalised: first_upper,
        acronym,
        number,
        sentence_initial,
    }
}

/// The normal form of a word written in digits: the figure a reader compares. 50,000 → 50000,
/// 6th → 6, 5.03pm and 5:03 → 5:03 (a time), 40cm → 40 (a unit glued on); 10:00, 3.5 and 4-2 stay
/// as written.
fn number_norm(lower: &str) -> String {
    let digits: String = lower.chars().filter(|&c| c != ',').collect();
    let split = digits.find(|c: char| c.is_alphabetic()).unwrap_or(digits.len());
    let (figure, suffix) = digits.split_at(split);
    let figure = figure.trim_end_matches(['.', '-', ':']);
    match suffix {
        "" => digits.clone(),
        "am" | "pm" => figure.replace('.', ":"),
        "st" | "nd" | "rd" | "th" if figure.chars().all(|c| c.is_ascii_digit()) => figure.to_string(),
        _ if !figure.is_empty() => figure.to_string(),
        _ => digits.clone(),
    }
}

/// The content keys of a text, in order (stop words dropped).
pub fn content_keys(text: &str) -> Vec<String> {
    tokenize(text).into_iter().filter(Token::is_content).map(|t| t.key.to_string()).collect()
}

/// Character shingles of a text's normalised words, for spotting near-copies: the hashes of every
/// `width` consecutive characters, sorted and deduplicated.
pub fn shingles(tokens: &[Token], width: usize) -> Vec<u64> {
    let joined: Vec<char> = tokens.iter().flat_map(|t| t.norm.chars().chain(std::iter::once(' '))).collect();
    if joined.len() < width {
        return if joined.is_empty() { Vec::new() } else { vec![hash_chars(&joined)] };
    }
    let mut out: Vec<u64> = joined.windows(width.max(1)).map(hash_chars).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A stable FNV-1a hash of characters.
fn hash_chars(chars: &[char]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in chars {
        hash ^= u64::from(c);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        content_keys(text)
    }

    #[test]
    fn apostrophes_possessives_and_case() {
        let tokens = tokenize("Trump’s call: it's Putin's");
        let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["trump", "call", "it", "putin"]);
        assert!(tokens[0].capitalised && tokens[0].sentence_initial);
        assert!(!tokens[3].sentence_initial);
    }

    #[test]
    fn acronyms_are_not_pronouns() {
        let tokens = tokenize("The U.S. told us. US aid");
        let us: Vec<&Token> = tokens.iter().filter(|t| t.norm == "us").collect();
        assert_eq!(us.len(), 3);
        assert!(us[0].acronym && !us[0].stop);
        assert!(!us[1].acronym && us[1].stop);
        assert!(us[2].acronym);
        assert_eq!(&"The U.S. told"[tokens[1].span.clone()], "U.S.");
    }

    #[test]
    fn numbers_and_number_words() {
        assert_eq!(keys("the sixth call"), keys("the 6th call"));
        assert_eq!(keys("six calls"), ["6", "talk"]);
        assert_eq!(keys("50,000 troops at 10:00"), ["50000", "troop", "10:00"]);
        assert!(tokenize("six")[0].number);
    }

    #[test]
    fn figures_compare_as_readers_read_them() {
        assert_eq!(keys("won 4-2 after a 3-3 draw"), ["won", "4-2", "3-3", "draw"].map(|k| keys(k).concat()));
        assert_eq!(keys("at 5.03pm"), keys("at 5:03 p.m."));
        assert_eq!(keys("11.30am"), ["11:30"]);
        assert_eq!(
            keys("a 40cm gun"),
            keys("a 40 cm gun")[..1].iter().chain(&keys("gun")).cloned().collect::<Vec<_>>()
        );
        assert_eq!(keys("magnitude 7.8"), keys("7.8 magnitude").into_iter().rev().collect::<Vec<_>>());
        assert_eq!(keys("2016-04-16"), ["2016-04-16"]);
    }

    #[test]
    fn spelling_stemming_and_synonyms() {
        assert_eq!(keys("emphasised"), keys("emphasized"));
        assert_eq!(keys("air-defence systems"), keys("air defense system"));
        assert_eq!(keys("halting shipments"), keys("suspended deliveries"));
        assert_eq!(keys("negotiations"), keys("negotiating"));
    }

    #[test]
    fn odd_text_does_not_break() {
        for text in ["", "’", "'s", "U.", "...", "9,", ":0", "é’é", "A.B.C.D", "\u{301}x"] {
            let tokens = tokenize(text);
            for token in tokens {
                assert!(text.get(token.span.clone()).is_some());
            }
        }
    }
}
