//! Counts for people: a number with its thousands grouped and the noun that agrees with it,
//! shared by the app's labels and the link notices.

/// A count with its noun, thousands grouped: "1 outlet", "1,204 words".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1 + plural.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped.push(' ');
    grouped.push_str(if n == 1 { singular } else { plural });
    grouped
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_group_thousands_and_agree_in_number() {
        assert_eq!(count(0, "word", "words"), "0 words");
        assert_eq!(count(1, "outlet", "outlets"), "1 outlet");
        assert_eq!(count(999, "word", "words"), "999 words");
        assert_eq!(count(1204, "word", "words"), "1,204 words");
        assert_eq!(count(1_234_567, "word", "words"), "1,234,567 words");
    }
}
