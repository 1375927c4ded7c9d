//! Reading details out of one sentence: figures with their units, times of day and dates, each
//! with the words of its clause that say what it is about.

use std::ops::Range;

use super::words::{
    CLAUSE_WORDS, CURRENCY_SIGNS, MONTH_ABBREVIATIONS, PEOPLE_NOUNS, QUALIFIERS, ROLES, SCALES, SUPERSEDED,
    THRESHOLDS, UNITS, VAGUE,
};
use crate::analysis::text::Token;
use crate::analysis::DetailKind;
use crate::calendar::{MONTHS, WEEKDAYS};

/// How many words on each side of a figure are read for what it is about.
const WINDOW: usize = 6;

/// How many words on each side of a time of day.
const TIME_WINDOW: usize = 4;

/// How many words on each side of a date: a day attaches to the words next to it.
const DATE_WINDOW: usize = 3;

/// One detail in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The kind of detail.
    pub kind: DetailKind,
    /// What is measured: `count`, `length`, `currency:$`, `percent`, `magnitude`, `ordinal`,
    /// `time`, `time:utc`, `weekday`, `day`, …
    pub dimension: &'static str,
    /// What a count or an ordinal counts (a word key; `people` for every word for people).
    pub noun: Option<String>,
    /// The value as an interval in the dimension's base unit (equal ends for an exact figure).
    pub value: (f64, f64),
    /// The factor of its unit as written to the base unit ("cm": 0.01; 1 without a unit): values
    /// in two units were converted and rounded, values in one unit were not.
    pub factor: f64,
    /// For a figure in brackets that converts the one before it ("£2,849" in "$3,499 (£2,849)"):
    /// that figure's dimension and value.
    pub base: Option<(&'static str, f64)>,
    /// The byte range in the sentence of the value as written, qualifier and unit included.
    pub span: Range<usize>,
    /// The keys of the clause's words: role groups as `=<head>`, other content words as keys.
    pub roles: Vec<String>,
    /// The role group of the role word nearest to it in its clause, if any ([`ROLES`]).
    pub role: Option<&'static str>,
    /// A year written in the same clause, if any.
    pub year: Option<u32>,
    /// The word that best says what it is about, as written.
    pub about: String,
}

/// Every figure, time and date of a sentence, in reading order.
pub fn mentions(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let lower: Vec<String> = tokens.iter().map(|t| t.surface.to_lowercase()).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let read = time_at(text, tokens, &lower, i)
            .or_else(|| date_at(tokens, &lower, i))
            .or_else(|| number_at(text, tokens, &lower, i));
        match read {
            Some((mut mention, end)) => {
                let start = qualifier_start(&lower, i);
                let span_start = tokens.get(start).map_or(0, |t| t.span.start);
                let span_end = tokens.get(end.saturating_sub(1)).map_or(text.len(), |t| t.span.end);
                mention.span = span_start.min(mention.span.start)..span_end.max(mention.span.end);
                // The sentence's final period stays out of a figure ("magnitude 7.6.").
                let value_text = text.get(mention.span.clone()).unwrap_or("");
                if mention.kind == DetailKind::Number
                    && value_text.ends_with('.')
                    && value_text[..value_text.len() - 1].ends_with(|c: char| c.is_ascii_digit())
                {
                    mention.span.end -= 1;
                }
                let width = match mention.kind {
                    DetailKind::Time => TIME_WINDOW,
                    DetailKind::Date => DATE_WINDOW,
                    _ => WINDOW,
                };
                // A time of day sits after a place and its prepositions ("landed safely back at
                // Portland, Oregon, at 5:26 pm"): its window counts only the words that say what
                // happened then.
                let sparse = mention.kind == DetailKind::Time || mention.dimension == "ordinal";
                let clause =
                    context(text, tokens, &lower, (start, end), (width, sparse), mention.noun.as_deref());
                mention.roles = clause.roles;
                mention.role = clause.role;
                mention.year = clause.year;
                // What it is about: its role word ("killed"), else what it counts or measures.
                if mention.about.is_empty() || clause.role.is_some() {
                    mention.about = clause.about;
                }
                // A figure in brackets right after another is the same figure converted
                // ("$3,499 (£2,849)", "12,000 metres (40,000ft)", and on in a list: "140m rupees
                // ($635,000; £500,000)"): it is about what that one is.
                if let Some(previous) = found.last() {
                    let previous: &Mention = previous;
                    let between = text.get(previous.span.end..mention.span.start).unwrap_or("");
                    let listed = between.trim_start().starts_with(';') && previous.base.is_some();
                    if converts(between) || listed && between.len() <= 8 {
                        mention.base = previous.base.or(Some((previous.dimension, previous.value.1)));
                        if mention.roles.is_empty() {
                            mention.roles = previous.roles.clone();
                            mention.role = previous.role;
                            mention.about = previous.about.clone();
                        }
                    }
                }
                // A figure that its own clause calls superseded, or a threshold ("7.0 or
                // higher"), is not what the outlet reports.
                let threshold = lower.get(end).is_some_and(|w| w == "or")
                    && lower.get(end + 1).is_some_and(|w| THRESHOLDS.contains(&w.as_str()));
                if !clause.superseded && !threshold {
                    found.push(mention);
                }
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

/// Words of change before "from": "rose from 77 to 233" reports 233, and 77 only as the figure
/// it replaced.
const CHANGES: &[&str] = &[
    "rose",
    "risen",
    "rising",
    "climbed",
    "jumped",
    "increased",
    "grew",
    "fell",
    "dropped",
    "declined",
    "up",
    "down",
    "revised",
    "raised",
    "lowered",
];

/// Whether the figure at token `i` is where a change began ("rose from 77 to 233").
fn changed_from(tokens: &[Token], lower: &[String], i: usize) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| lower.get(k)).map_or("", String::as_str);
    word(i.checked_sub(1)) == "from"
        && CHANGES.contains(&word(i.checked_sub(2)))
        && (i + 1..i + 4).any(|k| word(Some(k)) == "to" && tokens.get(k + 1).is_some_and(|t| t.number))
}

/// Whether the text between two figures makes the second a conversion of the first: an opening
/// bracket, after at most two words that the first figure's reading left out ("140m Pakistani
/// rupees ($635,000"), and its sign.
fn converts(between: &str) -> bool {
    let Some((head, tail)) = between.split_once('(') else { return false };
    let words = head.split_whitespace().count();
    words <= 2 && head.chars().all(|c| c.is_alphabetic() || c.is_whitespace()) && tail.len() <= 4
}

/// A time of day at token `i`: `4:52 p.m.`, `11.30am`, `05:27 pm`, `15:30`, with a following
/// `GMT`/`UTC` read as its own dimension.
fn time_at(text: &str, tokens: &[Token], lower: &[String], i: usize) -> Option<(Mention, usize)> {
    let token = tokens.get(i)?;
    let norm = token.norm.as_str();
    let word = lower.get(i)?;
    let mut end = i + 1;
    let mut meridiem = if word.ends_with("pm") {
        Some(true)
    } else if word.ends_with("am") {
        Some(false)
    } else {
        None
    };
    if meridiem.is_none() {
        match (lower.get(i + 1).map(String::as_str), lower.get(i + 2).map(String::as_str)) {
            (Some("pm"), _) => (meridiem, end) = (Some(true), i + 2),
            (Some("am"), _) => (meridiem, end) = (Some(false), i + 2),
            (Some("p"), Some("m")) => (meridiem, end) = (Some(true), i + 3),
            (Some("a"), Some("m")) => (meridiem, end) = (Some(false), i + 3),
            _ => {}
        }
    }
    let clock = norm.contains(':') || meridiem.is_some();
    if !clock || !token.number {
        return None;
    }
    let (hours, minutes) = norm.split_once([':', '.']).unwrap_or((norm, "0"));
    let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    if hours > 24 || minutes > 59 || minutes.to_string().len() > 2 {
        return None;
    }
    let hours = match meridiem {
        Some(true) if hours < 12 => hours + 12,
        Some(false) if hours == 12 => 0,
        _ => hours,
    };
    let utc = (end..end + 3).any(|k| lower.get(k).is_some_and(|w| w == "gmt" || w == "utc"));
    let value = f64::from(hours * 60 + minutes);
    let last = tokens.get(end - 1).map_or(token.span.end, |t| t.span.end);
    // Keep the final period of "p.m.".
    let last = if text.get(last..last + 1) == Some(".") && meridiem.is_some() { last + 1 } else { last };
    let mention = Mention {
        kind: DetailKind::Time,
        dimension: if utc { "time:utc" } else { "time" },
        noun: None,
        value: (value, value),
        factor: 1.0,
        base: None,
        span: token.span.start..last,
        roles: Vec::new(),
        role: None,
        year: None,
        about: String::new(),
    };
    Some((mention, end))
}

/// A weekday, or a month and day ("April 16", "16 April", "Jan. 30").
fn date_at(tokens: &[Token], lower: &[String], i: usize) -> Option<(Mention, usize)> {
    let word = lower.get(i)?;
    let token = tokens.get(i)?;
    // The normal form drops a possessive: "Tuesday's quake".
    if let Some(day) =
        WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(word) || d.eq_ignore_ascii_case(&token.norm))
    {
        let mention = Mention {
            kind: DetailKind::Date,
            dimension: "weekday",
            noun: None,
            value: (day as f64, day as f64),
            factor: 1.0,
            base: None,
            span: token.span.clone(),
            roles: Vec::new(),
            role: None,
            year: None,
            about: String::new(),
        };
        return Some((mention, i + 1));
    }
    let day_of = |k: usize| -> Option<u32> {
        let t = tokens.get(k)?;
        let day: u32 = t.norm.parse().ok()?;
        (t.number && (1..=31).contains(&day) && !t.norm.contains('.')).then_some(day)
    };
    let (month, day, start, end) = if let Some(month) = month_of(word) {
        (month, day_of(i + 1)?, i, i + 2)
    } else {
        let month = month_of(lower.get(i + 1)?)?;
        (month, day_of(i)?, i, i + 2)
    };
    let value = f64::from(month * 100 + day);
    let span = tokens.get(start)?.span.start..tokens.get(end - 1)?.span.end;
    let mention = Mention {
        kind: DetailKind::Date,
        dimension: "day",
        noun: None,
        value: (value, value),
        factor: 1.0,
        base: None,
        span,
        roles: Vec::new(),
        role: None,
        year: None,
        about: String::new(),
    };
    Some((mention, end))
}

fn month_of(word: &str) -> Option<u32> {
    if let Some(n) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word)) {
        // "may" is also a verb: only the capitalised month counts, which the caller cannot see
        // in lowercase; a day number must follow it anyway.
        return u32::try_from(n + 1).ok();
    }
    MONTH_ABBREVIATIONS.iter().find(|(short, _)| *short == word).map(|&(_, n)| n)
}

/// A figure at token `i`: digits or number words, vague quantities ("dozens", "tens of
/// millions"), scaled ("53.5 million"), with a currency sign, a percent sign or a unit, or what
/// it counts.
fn number_at(text: &str, tokens: &[Token], lower: &[String], i: usize) -> Option<(Mention, usize)> {
    let token = tokens.get(i)?;
    let word = lower.get(i)?.as_str();
    let mut end = i + 1;
    let mut ordinal = false;
    let mut value: (f64, f64);
    if let Some(&(_, lo, hi, scale)) = VAGUE.iter().find(|(w, ..)| *w == word) {
        value = (lo * scale, hi * scale);
        // "tens of millions", "tens of hundreds of thousands": each further word scales.
        while lower.get(end).is_some_and(|w| w == "of") {
            let Some(&(_, _, _, next)) = lower.get(end + 1).and_then(|w| VAGUE.iter().find(|(v, ..)| v == w))
            else {
                break;
            };
            value = (value.0 * next, value.1 * next);
            end += 2;
        }
    } else if word == "several" || word == "a" || word == "few" {
        let &(_, scale) = lower.get(i + 1).and_then(|w| SCALES.iter().find(|(s, _)| s == w))?;
        value = if word == "a" { (scale, scale) } else { (3.0 * scale, 9.0 * scale) };
        end = i + 2;
    } else {
        let prefixed = country_dollars(text, tokens, i);
        if !token.number && prefixed.is_none() {
            return None;
        }
        // The sentence's final period may stay on its last figure ("magnitude 7.6.").
        let norm = token.norm.trim_end_matches('.');
        if norm.contains(['-', ':']) {
            return None;
        }
        let figure: f64 = match prefixed {
            Some(figure) => figure,
            None => norm.parse().ok()?,
        };
        ordinal = is_ordinal(word);
        // A year: four digits, no comma, no unit.
        let plain = !token.surface.contains(',') && !norm.contains('.');
        if plain && (1800.0..=2100.0).contains(&figure) && !is_unit_next(lower, i + 1) {
            return None;
        }
        // Part of a name: "Flight 1282", "Messier 87", "COVID-19", "Boeing 737".
        if let Some(before) = i.checked_sub(1).and_then(|b| tokens.get(b)) {
            let gap = text.get(before.span.end..token.span.start).unwrap_or(" ");
            let name_like =
                before.capitalised && !before.sentence_initial && month_of(&before.norm).is_none();
            if (name_like && !gap.contains([',', ';', ':']))
                || (gap == "-" && before.norm != "magnitude")
                || before.norm == "no"
                || before.norm == "number"
            {
                return None;
            }
        }
        // An age after a name: "Maria Torres, 60, in the capital".
        let before = i.checked_sub(1).and_then(|b| tokens.get(b));
        if before.is_some_and(|b| b.capitalised && text.get(b.span.end..token.span.start) == Some(", "))
            && text.get(token.span.end..).is_some_and(|rest| rest.starts_with(','))
        {
            return None;
        }
        // A part of a figure given before ("including 16 in critical condition") is no figure of
        // its own.
        if i > 0 && lower.get(i - 1).is_some_and(|w| matches!(w.as_str(), "including" | "includes" | "among"))
        {
            return None;
        }
        let mut figure = figure;
        // "Fifty-six": tens and units written as two number words.
        if let Some(units) = tokens.get(end).filter(|next| {
            next.number
                && text.get(token.span.end..next.span.start) == Some("-")
                && !next.norm.contains(['.', ':'])
        }) {
            if let Ok(units) = units.norm.parse::<f64>() {
                if (20.0..100.0).contains(&figure) && figure % 10.0 == 0.0 && units < 10.0 {
                    figure += units;
                    end += 1;
                }
            }
        }
        value = (figure, figure);
        if changed_from(tokens, lower, i) {
            return None;
        }
        // A range: "10 to 11 people", "between 10 and 12".
        if matches!(lower.get(end).map(String::as_str), Some("to" | "and"))
            && tokens.get(end + 1).is_some_and(|t| t.number && !t.norm.contains([':', '-']))
            && (lower.get(end).is_some_and(|w| w == "to")
                || i > 0 && lower.get(i - 1).is_some_and(|w| w == "between"))
        {
            if let Some(high) = tokens.get(end + 1).and_then(|t| t.norm.parse::<f64>().ok()) {
                value = (figure.min(high), figure.max(high));
                end += 2;
            }
        }
        // "five and a half", then scales: "53.5 million", "three hundred thousand".
        if lower.get(end).is_some_and(|w| w == "and") {
            let article = usize::from(lower.get(end + 1).is_some_and(|w| w == "a"));
            if lower.get(end + 1 + article).is_some_and(|w| w == "half") {
                value = (value.0 + 0.5, value.1 + 0.5);
                end += 2 + article;
            }
        }
        while let Some(&(_, scale)) = lower.get(end).and_then(|w| SCALES.iter().find(|(s, _)| s == w)) {
            value = (value.0 * scale, value.1 * scale);
            end += 1;
        }
    }
    let before_gap = |k: usize| -> &str {
        let start = k.checked_sub(1).and_then(|b| tokens.get(b)).map_or(0, |t| t.span.end);
        tokens.get(k).and_then(|t| text.get(start..t.span.start)).unwrap_or("")
    };
    let after_gap = |k: usize| -> &str {
        let Some(last) = k.checked_sub(1).and_then(|b| tokens.get(b)) else { return "" };
        let next = tokens.get(k).map_or(text.len(), |t| t.span.start);
        text.get(last.span.end..next).unwrap_or("")
    };
    let mut dimension: &'static str = "count";
    let mut factor = 1.0;
    let mut noun: Option<String> = None;
    let mut about = String::new();
    // A currency sign or abbreviation before it: "$3,499", "US$3,500", "£2,849", "Rs 500".
    let sign = before_gap(i);
    if let Some(&(_, dim)) = CURRENCY_SIGNS.iter().find(|(s, _)| sign.contains(s)) {
        dimension = dim;
    } else if i > 0 && lower.get(i - 1).is_some_and(|w| w == "rs") {
        dimension = "currency:rs";
    }
    if dimension.starts_with("currency") {
        about = "price".to_string();
    }
    // A unit glued to the digits: "40cm", "5km" (a word without digits has none).
    let glued = if word.starts_with(|c: char| c.is_ascii_digit()) {
        word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
    } else {
        ""
    };
    // A scale glued to the digits: "$300bn", "140m rupees" ("m" is metres unless money).
    let money = dimension.starts_with("currency")
        || (end..end + 2).any(|k| {
            lower.get(k).is_some_and(|w| UNITS.iter().any(|(u, d, _)| u == w && d.starts_with("currency")))
        });
    let glued_scale =
        SCALES.iter().find(|(s, _)| *s == glued).map(|&(_, f)| f).or((glued == "m" && money).then_some(1e6));
    if let Some(scale) = glued_scale {
        value = (value.0 * scale, value.1 * scale);
    }
    if after_gap(end).trim_start().starts_with('%') {
        dimension = "percent";
    } else if let Some(&(_, dim, f)) =
        UNITS.iter().find(|(u, ..)| *u == glued && !glued.is_empty() && glued_scale.is_none())
    {
        dimension = dim;
        factor = f;
    } else if dimension == "count" {
        if lower.get(end).is_some_and(|w| w == "of")
            && lower.get(end + 1).is_some_and(|w| UNITS.iter().any(|(u, ..)| u == w))
        {
            end += 1;
        }
        let next = lower.get(end).map(String::as_str);
        if next == Some("light") && lower.get(end + 1).is_some_and(|w| w.starts_with("year")) {
            dimension = "light-year";
            end += 2;
        } else if next == Some("per") && lower.get(end + 1).is_some_and(|w| w == "cent") {
            dimension = "percent";
            end += 2;
        } else if let Some(&(_, dim, f)) = next.and_then(|n| UNITS.iter().find(|(u, ..)| *u == n)) {
            if !(ordinal && dim == "duration") {
                dimension = dim;
                factor = f;
                end += 1;
            }
        } else if next == Some("magnitude") || after_magnitude(lower, i) {
            dimension = "magnitude";
            about = "magnitude".to_string();
        }
    }
    if dimension == "count" {
        // What it counts: the next word, if it is a content word and no name.
        let mut k = end;
        if lower.get(k).is_some_and(|w| w == "of") {
            k += 1;
        }
        // A participle before the noun says which ones, not what: "100 reported cases".
        let counts = |t: &Token| t.is_content() && !t.number && (t.acronym || !t.capitalised);
        if lower.get(k).is_some_and(|w| w.ends_with("ed")) && tokens.get(k + 1).is_some_and(counts) {
            k += 1;
        }
        // What it counts follows it in the same phrase: not past a comma ("at least 20 million,
        // AP reported").
        let same_phrase = (end..=k).all(|j| after_gap(j).trim().is_empty());
        if let Some(next) = tokens.get(k).filter(|_| same_phrase) {
            let is_name = next.capitalised && !next.acronym;
            // An ordinal ranks a unit of time as well: "in the 80th minute", "the second day".
            let ranks_time = ordinal && lower.get(k).is_some_and(|w| is_duration_unit(w));
            if next.is_content() && !next.number && !is_name && (!is_time_word(&next.norm) || ranks_time) {
                let word = lower.get(k).map(String::as_str).unwrap_or("");
                noun = Some(if PEOPLE_NOUNS.contains(&word) {
                    "people".to_string()
                } else {
                    next.key.to_string()
                });
                about = next.surface.to_string();
                end = k + 1;
            }
        }
        if ordinal {
            // An ordinal without what it ranks is no figure ("for the first time" ranks nothing
            // that differs between reports).
            noun.as_ref()?;
            dimension = "ordinal";
        } else if noun.is_none() && word == "one" {
            return None;
        }
    }
    // An age ("the 67-year-old") is no figure of the event.
    let rest = tokens.get(end - 1).and_then(|t| text.get(t.span.end..)).unwrap_or("");
    if rest.starts_with("-old") || rest.starts_with(" old") {
        return None;
    }
    // An increment ("400 more dead", "hundreds more are suffering") counts others than those
    // counted before: it is compared only with other such figures ([`additional_agree`]).
    // After what it counts, it compares ("ten times more massive"): no figure of the event.
    if lower.get(end).is_some_and(|w| INCREMENTS.contains(&w.as_str())) {
        noun.is_none().then_some(())?;
        noun = Some(INCREMENT.to_string());
        about = tokens.get(end).map_or_else(String::new, |t| t.surface.to_string());
        end += 1;
    }
    // A part of a group: "two of the injured" (not "10,000 cases of the virus").
    if noun.is_none()
        && lower.get(end).is_some_and(|w| w == "of")
        && lower.get(end + 1).is_some_and(|w| matches!(w.as_str(), "the" | "them" | "those" | "whom"))
    {
        return None;
    }
    let value = (value.0 * factor, value.1 * factor);
    let mention = Mention {
        kind: DetailKind::Number,
        dimension,
        noun,
        value,
        factor,
        base: None,
        span: token.span.start..tokens.get(end - 1).map_or(token.span.end, |t| t.span.end),
        roles: Vec::new(),
        role: None,
        year: None,
        about,
    };
    Some((mention, end))
}

/// The noun of an increment: "400 more", "two additional".
const INCREMENT: &str = "more";

/// Words after a figure that make it an increment.
const INCREMENTS: &[&str] = &["more", "additional", "extra", "further"];

/// The noun that "others" is read as: "41 others were hospitalized".
const OTHERS: &str = "other";

/// Whether two figures agree on counting others: an increment ("hundreds more") counts others
/// than a figure said before, as "millions of others" does; it never gives the slot of a figure
/// of everyone ("400 more dead" is no death toll).
pub fn additional_agree(a: &Mention, b: &Mention) -> bool {
    let increment = |m: &Mention| m.noun.as_deref() == Some(INCREMENT);
    let additional = |m: &Mention| matches!(m.noun.as_deref(), Some(INCREMENT | OTHERS));
    !(increment(a) || increment(b)) || additional(a) && additional(b)
}

/// What a figure counts, an increment and "others" alike.
pub fn counted(m: &Mention) -> Option<&str> {
    m.noun.as_deref().map(|noun| if noun == INCREMENT { OTHERS } else { noun })
}

/// The amount of a dollar sign with its country written after it, in one word: "$US300",
/// "$A455", "$NZ20".
fn country_dollars(text: &str, tokens: &[Token], i: usize) -> Option<f64> {
    let token = tokens.get(i)?;
    let start = i.checked_sub(1).and_then(|b| tokens.get(b)).map_or(0, |t| t.span.end);
    if !text.get(start..token.span.start)?.ends_with('$') {
        return None;
    }
    let digits = token.surface.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let country = token.surface.len() - digits.len();
    let figure = digits.replace(',', "");
    ((1..=3).contains(&country) && figure.chars().all(|c| c.is_ascii_digit() || c == '.')).then_some(())?;
    figure.parse().ok()
}

/// Whether token `i` follows "magnitude" or "magnitude of".
fn after_magnitude(lower: &[String], i: usize) -> bool {
    let at = |k: Option<usize>, word: &str| k.and_then(|k| lower.get(k)).is_some_and(|w| w == word);
    at(i.checked_sub(1), "magnitude") || at(i.checked_sub(1), "of") && at(i.checked_sub(2), "magnitude")
}

fn is_ordinal(word: &str) -> bool {
    crate::analysis::lexicon::ORDINALS.iter().any(|(w, _)| *w == word)
        || (word.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s)))
}

fn is_unit_next(lower: &[String], k: usize) -> bool {
    lower.get(k).is_some_and(|w| UNITS.iter().any(|(u, ..)| u == w) || PEOPLE_NOUNS.contains(&w.as_str()))
}

fn is_duration_unit(word: &str) -> bool {
    UNITS.iter().any(|(unit, dimension, _)| *unit == word && *dimension == "duration")
}

fn is_time_word(norm: &str) -> bool {
    crate::analysis::lexicon::TIME_WORDS.contains(&norm)
}

/// Where a qualifier before token `i` starts ("at least 77"), or `i`.
fn qualifier_start(lower: &[String], i: usize) -> usize {
    for take in [3usize, 2, 1] {
        let Some(start) = i.checked_sub(take) else { continue };
        let words = lower.get(start..i).map(|w| w.join(" ")).unwrap_or_default();
        if QUALIFIERS.contains(&words.as_str()) {
            return start;
        }
    }
    i
}

/// What the clause around a detail says about it.
struct Clause {
    roles: Vec<String>,
    role: Option<&'static str>,
    year: Option<u32>,
    about: String,
    superseded: bool,
}

/// The clause around tokens `start..end`, at most `width` words on each side: its words' keys
/// (role groups as `=<head>`), the role nearest to the detail, a year in it, the word that best
/// says what the detail is about, and whether it calls the detail superseded.
fn context(
    text: &str,
    tokens: &[Token],
    lower: &[String],
    (start, end): (usize, usize),
    (width, sparse): (usize, bool),
    noun: Option<&str>,
) -> Clause {
    let stops = |k: usize| -> bool {
        // A break between token k-1 and token k.
        let (Some(a), Some(b)) = (k.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(k)) else {
            return true;
        };
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        gap.contains([';', '(', ')', '—', '–', '"', '“', '”'])
    };
    // Another figure is a clause of its own: "risen to 14, with seven people still missing".
    let ends_clause = |k: usize| {
        lower.get(k).is_some_and(|w| CLAUSE_WORDS.contains(&w.as_str()))
            || tokens
                .get(k)
                .is_some_and(|t| t.number && !t.norm.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y)))
    };
    // How much of the window a word takes: sparse windows count only content words that are no
    // names.
    let takes = |k: usize| -> usize {
        let counted = tokens.get(k).is_some_and(|t| t.is_content() && (!t.capitalised || t.sentence_initial));
        usize::from(!sparse || counted)
    };
    let (mut first, mut taken) = (start, 0);
    while first > 0 && taken < width && !stops(first) && !ends_clause(first - 1) {
        first -= 1;
        taken += takes(first);
    }
    let (mut last, mut taken) = (end, 0);
    while last < tokens.len() && taken < width && !stops(last) && !ends_clause(last) {
        taken += takes(last);
        last += 1;
    }
    let mut clause =
        Clause { roles: Vec::new(), role: None, year: None, about: String::new(), superseded: false };
    let mut nearest = usize::MAX;
    for k in (first..start).chain(end..last) {
        let (Some(token), Some(word)) = (tokens.get(k), lower.get(k)) else { continue };
        if token.number {
            let figure: Option<u32> = token.norm.parse().ok();
            // "Since 1900" starts a span that reaches the event: it dates no detail.
            let since = k.checked_sub(1).and_then(|p| lower.get(p)).is_some_and(|w| w == "since");
            if figure.is_some_and(|y| (1800..=2100).contains(&y)) && !token.surface.contains(',') && !since {
                clause.year = figure;
            }
            continue;
        }
        clause.superseded |= SUPERSEDED.contains(&word.as_str());
        // "took off" is a departure, "took place" is not.
        let phrase = match (word.as_str(), lower.get(k + 1).map(String::as_str)) {
            ("took" | "take" | "takes" | "taking", Some("off")) => "takeoff",
            _ => word.as_str(),
        };
        if let Some(group) = ROLES.iter().find(|group| group.contains(&phrase)) {
            let head = group.first().copied().unwrap_or_default();
            clause.roles.push(format!("={head}"));
            let distance = if k < start { start - k } else { k + 1 - end };
            if distance < nearest {
                nearest = distance;
                clause.role = Some(head);
                clause.about = token.surface.to_string();
            }
        } else if token.is_content() && !is_time_word(&token.norm) && noun != Some(token.key.as_str()) {
            // Names say who or where, not what is counted: kept apart (`@`), they never make
            // two details the same slot, but differing names can keep them apart.
            let name = token.capitalised && !token.sentence_initial || token.acronym;
            clause.roles.push(if name { format!("@{}", token.key) } else { token.key.to_string() });
        }
    }
    if clause.about.is_empty() {
        clause.about = (first..start)
            .chain(end..last)
            .filter_map(|k| tokens.get(k))
            .find(|t| t.is_content() && !t.number && !t.capitalised)
            .map(|t| t.surface.to_string())
            .unwrap_or_default();
    }
    clause.roles.sort();
    clause.roles.dedup();
    clause
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::text::tokenize;

    fn read(text: &str) -> Vec<(DetailKind, &'static str, (f64, f64), String)> {
        mentions(text, &tokenize(text))
            .into_iter()
            .map(|m| (m.kind, m.dimension, m.value, text[m.span].to_string()))
            .collect()
    }

    #[test]
    fn figures_with_units_and_qualifiers() {
        let found =
            read("The quake killed at least 77 people and injured 588, while 53.5 million light-years away.");
        assert_eq!(found[0], (DetailKind::Number, "count", (77.0, 77.0), "at least 77 people".to_string()));
        assert_eq!(found[1].2, (588.0, 588.0));
        assert_eq!(found[2].1, "light-year");
        assert_eq!(found[2].2, (53.5e6, 53.5e6));
        let found = read("It costs $3,499 (£2,849) and shares rose 0.1% on a 40cm gun about 15 inches long.");
        assert_eq!(found[0].1, "currency:$");
        assert_eq!(found[0].2, (3499.0, 3499.0));
        assert_eq!(found[1].1, "currency:£");
        assert_eq!(found[2].1, "percent");
        assert_eq!(found[3].1, "length");
        assert!((found[3].2 .0 - 0.4).abs() < 1e-9);
        assert!((found[4].2 .0 - 0.381).abs() < 1e-9);
    }

    #[test]
    fn vague_quantities() {
        let found = read("dozens of aftershocks and tens of millions of women, hundreds of kilometres away");
        assert_eq!(found[0].2, (24.0, 108.0));
        assert_eq!(found[1].2, (2e7, 9e7));
        assert_eq!(found[2].1, "length");
        assert_eq!(found[2].2, (200_000.0, 900_000.0));
    }

    #[test]
    fn times_and_dates() {
        let found = read("He was shot at 11:25 am on Friday, July 8, and died at 5.03pm (0803 GMT).");
        assert_eq!(found[0], (DetailKind::Time, "time", (685.0, 685.0), "11:25 am".to_string()));
        assert_eq!(found[1].1, "weekday");
        assert_eq!(found[2], (DetailKind::Date, "day", (708.0, 708.0), "July 8".to_string()));
        assert_eq!(found[3].2, (1023.0, 1023.0));
    }

    #[test]
    fn years_names_and_bare_ones_are_no_figures() {
        assert!(read("In 2016, Flight 1282 and COVID-19 were one of the things.").is_empty());
        let found = read("the second player in history, for the first time");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "ordinal");
    }
}
