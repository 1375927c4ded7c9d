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

#[cfg(test)]
mod tests {
    use super::is_calendar_word;

    #[test]
    fn calendar_words_match_in_any_case_and_nothing_else() {
        assert!(is_calendar_word("thursday"));
        assert!(is_calendar_word("JULY"));
        assert!(is_calendar_word("May"));
        assert!(!is_calendar_word("Mayday"));
        assert!(!is_calendar_word(""));
    }
}
