//! Abbreviations: which words before a full stop may not end the sentence.

/// How a word written before a full stop affects the sentence break after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Not an abbreviation: the full stop ends the sentence.
    None,
    /// A title before a name ("Mr.", "Gov."), or "e.g.", "i.e.": never ends a sentence.
    Title,
    /// "No.", "Jan.", "p.": no break when a number follows.
    BeforeNumber,
    /// "a.m.", "p.m.": a break unless a weekday, month or time zone follows.
    Time,
    /// "U.S.", "Inc.", "Jr.", "St.", an initial: a break only when a typical sentence start follows.
    Ambiguous,
    /// A US state as datelines write it ("Calif.", "Wis."): a break only when a typical sentence
    /// start follows as a word, not a bracket ("CUPERTINO, Calif. (AP) — Apple …").
    State,
}

/// US states as the AP writes them in a dateline, in title case (so "ill." and "mass." stay words).
const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
    "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
];

const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "gov", "govs", "sen", "sens", "rep", "reps", "gen", "col", "lt",
    "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "amb",
    "brig", "fr", "messrs", "mme", "mlle", "cf", "viz",
];

const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "vol", "vols", "fig", "figs", "art", "sec", "ch", "p", "pp", "para", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tel", "op",
];

const AMBIGUOUS: &[&str] = &[
    "inc", "corp", "ltd", "co", "plc", "llc", "jr", "sr", "st", "mt", "ft", "etc", "vs", "approx", "est",
    "dept", "univ", "ave", "blvd", "rd", "bros", "assn", "govt", "intl", "natl", "min", "max", "ca", "al",
];

/// Classifies the word written just before a full stop (without that full stop).
pub(crate) fn classify(word: &str) -> Abbrev {
    let word = word.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    let lower = word.to_lowercase();
    match lower.as_str() {
        "a.m" | "p.m" => return Abbrev::Time,
        "e.g" | "i.e" => return Abbrev::Title,
        // "versus" in a case or a match written in lower case ("Roe v. Wade", "Spain vs. Italy").
        "v" | "vs" if word.chars().all(|ch| ch.is_lowercase()) => return Abbrev::Title,
        _ => {}
    }
    if STATES.contains(&word) {
        return Abbrev::State;
    }
    if TITLES.contains(&lower.as_str()) && word.chars().next().is_some_and(char::is_uppercase) {
        return Abbrev::Title;
    }
    if BEFORE_NUMBER.contains(&lower.as_str()) {
        return Abbrev::BeforeNumber;
    }
    if AMBIGUOUS.contains(&lower.as_str()) || is_initialism(word) || is_initial(word) {
        return Abbrev::Ambiguous;
    }
    Abbrev::None
}

/// "U.S", "U.K", "D.C" (the final full stop is not part of the word here).
fn is_initialism(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2
        && parts.iter().all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// A single capital letter, as in "J. D. Vance".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(ch), None) if ch.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies() {
        assert_eq!(classify("Mr"), Abbrev::Title);
        assert_eq!(classify("(Gov"), Abbrev::Title);
        assert_eq!(classify("No"), Abbrev::BeforeNumber);
        assert_eq!(classify("a.m"), Abbrev::Time);
        assert_eq!(classify("U.S"), Abbrev::Ambiguous);
        assert_eq!(classify("Calif"), Abbrev::State);
        assert_eq!(classify("ill"), Abbrev::None);
        assert_eq!(classify("D"), Abbrev::Ambiguous);
        assert_eq!(classify("Inc"), Abbrev::Ambiguous);
        assert_eq!(classify("v"), Abbrev::Title, "Roe v. Wade");
        assert_eq!(classify("vs"), Abbrev::Title, "Spain vs. Italy");
        assert_eq!(classify("V"), Abbrev::Ambiguous, "an initial");
        assert_eq!(classify("Putin"), Abbrev::None);
        assert_eq!(classify("mr"), Abbrev::None);
    }
}
