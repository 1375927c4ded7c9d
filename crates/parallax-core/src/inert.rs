//! Untrusted text made inert for display: which characters control, hide or reorder the text
//! around them, and an escaped form that shows them instead of obeying them.
//!
//! Corpus file names, manifest values and share links come from other people. Printed raw, an
//! escape sequence (`\u{1b}[2J`) clears a terminal, a newline starts a new line that a program
//! reading the output (Cargo, for one) may obey, and a bidirectional control (U+202E) makes text
//! read backwards. [`Escaped`] writes such characters as `\u{…}` escapes; [`is_invisible`] says
//! which ones are meant.

use std::fmt;

/// Whether `c` acts on the text around it instead of being seen: control characters (C0, DEL,
/// C1, so also newlines and tabs), bidirectional controls and marks, zero-width and other
/// invisible format characters, line and paragraph separators, and tag characters.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}'
                | '\u{61C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// Text displayed with every [`is_invisible`] character written as a Rust-style escape, such as
/// `\u{1b}` or `\u{a}`, so that it always prints as one line that means only what it shows.
#[derive(Debug, Clone, Copy)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_invisible(c)) {
            f.write_str(rest.get(..at).unwrap_or_default())?;
            write!(f, "\\u{{{:x}}}", u32::from(c))?;
            rest = rest.get(at + c.len_utf8()..).unwrap_or_default();
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn controls_and_bidi_are_escaped_and_the_rest_is_kept() {
        let shown = Escaped("a\nb\u{1b}[2J\r\u{202e}txt\u{2066}é—😀\\").to_string();
        assert_eq!(shown, "a\\u{a}b\\u{1b}[2J\\u{d}\\u{202e}txt\\u{2066}é—😀\\");
        assert_eq!(Escaped("plain text, 100% kept").to_string(), "plain text, 100% kept");
        assert_eq!(Escaped("").to_string(), "");
        for c in
            ['\u{0}', '\t', '\u{7f}', '\u{85}', '\u{200e}', '\u{61c}', '\u{2028}', '\u{feff}', '\u{e0041}']
        {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['a', ' ', 'é', '«', '\u{5d0}', '\u{627}', '😀'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }

    proptest! {
        /// Whatever the text, the escaped form is one line with no invisible character, and it
        /// is the text with each invisible character, and only those, replaced by its escape.
        #[test]
        fn escaped_text_is_one_inert_line(text in any::<String>()) {
            let shown = Escaped(&text).to_string();
            prop_assert!(!shown.chars().any(is_invisible), "{shown:?}");
            let expected: String = text
                .chars()
                .map(|c| if is_invisible(c) { format!("\\u{{{:x}}}", u32::from(c)) } else { c.to_string() })
                .collect();
            prop_assert_eq!(shown, expected);
        }
    }
}
