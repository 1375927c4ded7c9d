//! Weekday and month names, shared by the ingest, the app's date formatting and the generator.

/// The weekdays, Monday first, capitalised as in running text.
pub const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// The months, January first, capitalised as in running text.
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `word` is a weekday or month name, in any letter case.
pub fn is_calendar_word(word: &str) -> bool {
    WEEKDAYS.iter().chain(MONTHS).any(|name| name.eq_ignore_ascii_case(word))
}

/// The month a word names, in full or cut short to three letters or more ("May", "Oct",
/// "Sept.", "Dec"), in any letter case; `None` for any other word ("Mayor", "decade").
pub fn month_named(word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('.');
    MONTHS.iter().copied().find(|month| {
        let cut_short =
            word.len() >= 3 && month.get(..word.len()).is_some_and(|p| p.eq_ignore_ascii_case(word));
        cut_short || month.eq_ignore_ascii_case(word)
    })
}

#[cfg(test)]
mod tests {
    use super::{is_calendar_word, month_named};

    #[test]
    fn months_are_named_in_full_or_cut_short() {
        assert_eq!(month_named("MAY"), Some("May"));
        assert_eq!(month_named("Oct."), Some("October"));
        assert_eq!(month_named("sept"), Some("September"));
        for word in ["Mayor", "decade", "Ma", "", "Monday"] {
            assert_eq!(month_named(word), None, "{word}");
        }
    }

    #[test]
    fn calendar_words_match_in_any_case_and_nothing_else() {
        assert!(is_calendar_word("thursday"));
        assert!(is_calendar_word("JULY"));
        assert!(is_calendar_word("May"));
        assert!(!is_calendar_word("Mayday"));
        assert!(!is_calendar_word(""));
    }
}
