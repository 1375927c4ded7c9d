//! Short texts for claims: one member sentence, cut at a word boundary.

/// The longest claim summary, in characters, before the ellipsis the UI adds.
pub const SUMMARY_CHARS: usize = 140;

/// `text` trimmed, cut to at most [`SUMMARY_CHARS`] characters at a word boundary (and without
/// dangling punctuation), and whether it was cut: then the UI shows an ellipsis after it. A
/// single word longer than half the limit is cut inside.
pub fn summarise(text: &str) -> (&str, bool) {
    let text = text.trim();
    let Some((limit, _)) = text.char_indices().nth(SUMMARY_CHARS) else {
        return (text, false);
    };
    let (head, rest) = text.split_at_checked(limit).unwrap_or((text, ""));
    let head = if rest.starts_with(char::is_whitespace) {
        head
    } else {
        match head.rfind(char::is_whitespace) {
            Some(space) if space >= limit / 2 => head.get(..space).unwrap_or(head),
            _ => head,
        }
    };
    let trimmed = head.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '(' | '[' | '"' | '“' | '‘')
    });
    (if trimmed.is_empty() { head } else { trimmed }, true)
}
