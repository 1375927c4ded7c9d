//! Small helpers for names and values in a corpus: slugs, title case, dates and sizes.

/// Whether `text` is a slug: non-empty, lowercase ASCII letters, digits and single inner hyphens.
pub(crate) fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

/// Turns any name into a slug: lowercase ASCII letters and digits, other runs become one hyphen.
/// Returns an empty string when nothing usable is left (a name in another script, say).
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    let mut pending_hyphen = false;
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(ch.to_ascii_lowercase());
        } else if ch == '\'' || ch == '\u{2019}' {
            // "Trump's" reads better as "trumps" than as "trump-s".
        } else {
            pending_hyphen = true;
        }
    }
    slug
}

/// Title-cases a file or folder name: `-` and `_` become spaces, each word starts with a capital.
pub(crate) fn title_case(name: &str) -> String {
    name.split(|ch: char| ch == '-' || ch == '_' || ch.is_whitespace() || ch.is_control())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line of display text (a title, a name, a label) from a manifest: control characters become
/// spaces and the ends are trimmed, so that no page or report carries a terminal escape or a line
/// break from the corpus. Bidirectional and other format characters are kept: text written right
/// to left needs them.
pub(crate) fn one_line(text: &str) -> String {
    let spaced: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    spaced.trim().to_string()
}

/// Whether `text` is a real calendar date written `YYYY-MM-DD`.
pub(crate) fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if part.bytes().all(|byte| byte.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

/// A byte count for people: `1 MiB`, `1.4 MiB`, `512 KiB` or `1000 bytes`.
pub(crate) fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    let (unit, name) = match bytes {
        b if b >= MIB => (MIB, "MiB"),
        b if b >= KIB => (KIB, "KiB"),
        _ => return format!("{bytes} bytes"),
    };
    if bytes.is_multiple_of(unit) {
        format!("{} {name}", bytes / unit)
    } else {
        format!("{:.1} {name}", bytes as f64 / unit as f64)
    }
}

/// The 1-based line of a byte offset in `text` (offsets past the end count as the last line).
pub(crate) fn line_of_offset(text: &[u8], offset: usize) -> u32 {
    let end = offset.min(text.len());
    let newlines = text.get(..end).map_or(0, |head| head.iter().filter(|&&byte| byte == b'\n').count());
    u32::try_from(newlines).unwrap_or(u32::MAX - 1).saturating_add(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("india-tv-news"));
        assert!(is_slug("rt"));
        assert!(!is_slug("India"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
        assert_eq!(slugify("000_f3cdaed6c5bf2ecf"), "000-f3cdaed6c5bf2ecf");
        assert_eq!(slugify("  Trump's Call!  "), "trumps-call");
        assert_eq!(slugify("日本"), "");
    }

    #[test]
    fn titles() {
        assert_eq!(title_case("putin-trump-call"), "Putin Trump Call");
        assert_eq!(title_case("bbc_news"), "Bbc News");
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2025-07-03"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2025-02-29"));
        assert!(!is_iso_date("2025-13-01"));
        assert!(!is_iso_date("2025-7-3"));
        assert!(!is_iso_date("２０２５-07-03"));
    }

    #[test]
    fn sizes_and_lines() {
        assert_eq!(human_size(1024 * 1024), "1 MiB");
        assert_eq!(human_size(2048), "2 KiB");
        assert_eq!(human_size(1000), "1000 bytes");
        assert_eq!(human_size(1_500_000), "1.4 MiB");
        assert_eq!(line_of_offset(b"a\nb\nc", 4), 3);
        assert_eq!(line_of_offset(b"a\nb", 99), 2);
    }
}
