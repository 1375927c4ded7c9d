//! Normalising raw article text: byte-order marks, line endings, odd spaces and trailing blanks.
//!
//! The result is the text every later step works on, and the text against which "nothing was
//! silently dropped" is checked: normalisation changes only whitespace and invisible characters.

/// Normalises an article's text:
/// - drops byte-order marks, zero-width spaces and word joiners;
/// - turns CRLF, CR, form feeds and Unicode line/paragraph separators into `\n`;
/// - turns no-break, thin, ideographic and other odd spaces, tabs and other control characters
///   into plain spaces (runs of spaces are kept: they can separate menu items);
/// - trims trailing spaces from every line, and blank lines from the end.
pub fn normalize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\u{FEFF}' | '\u{200B}' | '\u{2060}' | '\u{00AD}' => {}
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                push_newline(&mut out);
            }
            '\n' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' => push_newline(&mut out),
            '\u{2029}' => {
                push_newline(&mut out);
                push_newline(&mut out);
            }
            ch if is_odd_space(ch) || ch.is_control() => out.push(' '),
            ch => out.push(ch),
        }
    }
    trim_line_end(&mut out);
    let kept = out.trim_end_matches('\n').len();
    out.truncate(kept);
    out
}

/// Spaces other than the plain one, which scraped pages are full of.
fn is_odd_space(ch: char) -> bool {
    matches!(
        ch,
        '\t' | '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

fn push_newline(out: &mut String) {
    trim_line_end(out);
    out.push('\n');
}

fn trim_line_end(out: &mut String) {
    let kept = out.trim_end_matches(' ').len();
    out.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn normalises_whitespace_and_marks() {
        assert_eq!(normalize("\u{FEFF}a\u{00A0}b  \r\nc\rd\n\n\n"), "a b\nc\nd");
        assert_eq!(normalize("Currencies\u{a0}\u{a0} Stocks"), "Currencies   Stocks");
        assert_eq!(normalize("x\u{2029}y\tz"), "x\n\ny z");
        assert_eq!(normalize(""), "");
    }
}
