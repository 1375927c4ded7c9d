//! Markdown text helpers: escaping article text, tables, and word diffs marked `{+…+}` / `[-…-]`.

use parallax_core::analysis::DiffOp;

/// Escapes text so that Markdown shows it literally on one line: punctuation that Markdown reads
/// as markup gets a backslash, and line breaks become spaces.
pub fn escape(text: &str) -> String {
    escape_with(text, "\\`*_[]<>|~")
}

/// Like [`escape`], but also escapes the characters the diff markers use, so that a `{+` or `[-`
/// in the text can never be read as a marker, and a `(` after `-]` never makes a link.
fn escape_for_diff(text: &str) -> String {
    escape_with(text, "\\`*_[]<>|~{}()")
}

fn escape_with(text: &str, special: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if special.contains(ch) {
            out.push('\\');
            out.push(ch);
        } else if ch == '\n' || ch == '\r' || ch == '\t' {
            out.push(' ');
        } else {
            out.push(ch);
        }
    }
    out
}

/// Inline code, with a fence long enough for any backticks inside.
pub fn code(text: &str) -> String {
    let text = text.replace(['\n', '\r'], " ");
    let longest_run = text.split(|ch| ch != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    if longest_run == 0 {
        format!("{fence}{text}{fence}")
    } else {
        format!("{fence} {text} {fence}")
    }
}

/// A Markdown table: a header row, an alignment row (`right` marks numeric columns), the rows.
pub fn table(header: &[String], right_aligned: &[bool], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    let alignments: Vec<&str> = (0..header.len())
        .map(|column| if right_aligned.get(column).copied().unwrap_or(false) { "---:" } else { "---" })
        .collect();
    out.push_str(&format!("| {} |\n", alignments.join(" | ")));
    for row in rows {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out
}

/// A share from 0 to 1 as a whole percentage.
pub fn percent(share: f32) -> String {
    if share.is_finite() {
        format!("{:.0}%", (share * 100.0).clamp(0.0, 100.0))
    } else {
        "–".to_string()
    }
}

/// A quote wording with its differences from the canonical wording marked: `{+words+}` that
/// only this wording has, `[-words-]` that it lacks. Steps are word groups: they are joined with
/// one space whatever whitespace they carry, and neighbouring steps of one kind are merged.
pub fn diff(ops: &[DiffOp]) -> String {
    let mut merged: Vec<(u8, String)> = Vec::new();
    for op in ops {
        let (kind, text) = match op {
            DiffOp::Same(text) => (0, text.trim()),
            DiffOp::Inserted(text) => (1, text.trim()),
            DiffOp::Removed(text) => (2, text.trim()),
        };
        if text.is_empty() {
            continue;
        }
        match merged.last_mut() {
            Some((last_kind, last_text)) if *last_kind == kind => {
                last_text.push(' ');
                last_text.push_str(text);
            }
            _ => merged.push((kind, text.to_string())),
        }
    }
    let steps: Vec<String> = merged
        .into_iter()
        .map(|(kind, text)| {
            let words = escape_for_diff(&text);
            match kind {
                1 => format!("{{+{words}+}}"),
                2 => format!("[-{words}-]"),
                _ => words,
            }
        })
        .collect();
    steps.join(" ")
}

/// A partial quote's diff without the canonical words before and after the fragment: what is
/// left shows how the fragment itself differs. Returns the inner steps and whether words were
/// cut at the start and at the end.
pub fn inner_steps(ops: &[DiffOp]) -> (&[DiffOp], bool, bool) {
    let is_removed = |op: &DiffOp| matches!(op, DiffOp::Removed(_));
    let start = ops.iter().take_while(|op| is_removed(op)).count();
    let end = ops.len() - ops.iter().rev().take_while(|op| is_removed(op)).count();
    if start >= end {
        return (ops, false, false);
    }
    (ops.get(start..end).unwrap_or(ops), start > 0, end < ops.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_neutralises_markup_and_line_breaks() {
        assert_eq!(escape("a *b* | [c](d)\nnext"), r"a \*b\* \| \[c\](d) next");
        assert_eq!(escape("plain text, 3.5% (ok)"), "plain text, 3.5% (ok)");
    }

    #[test]
    fn code_spans_survive_backticks() {
        assert_eq!(code("rt-3"), "`rt-3`");
        assert_eq!(code("a`b"), "`` a`b ``");
    }

    #[test]
    fn diff_marks_insertions_and_removals_outside_whitespace() {
        let ops = vec![
            DiffOp::Same("he ".into()),
            DiffOp::Removed("could ".into()),
            DiffOp::Inserted("might ".into()),
            DiffOp::Same("get offended".into()),
        ];
        assert_eq!(diff(&ops), "he [-could-] {+might+} get offended");
    }

    #[test]
    fn diff_merges_neighbours_and_escapes_markers_in_text() {
        let ops = vec![
            DiffOp::Inserted("[Trump]".into()),
            DiffOp::Inserted(" wait".into()),
            DiffOp::Same(" (now) {+x+}".into()),
        ];
        assert_eq!(diff(&ops), r"{+\[Trump\] wait+} \(now\) \{+x+\}");
        let engine_style = vec![
            DiffOp::Same("He".into()),
            DiffOp::Removed("could".into()),
            DiffOp::Inserted("might".into()),
            DiffOp::Same("get offended".into()),
        ];
        assert_eq!(diff(&engine_style), "He [-could-] {+might+} get offended");
        assert_eq!(diff(&[]), "");
    }

    #[test]
    fn partial_quotes_keep_only_their_own_words() {
        let ops = vec![
            DiffOp::Removed("Russia".into()),
            DiffOp::Same("will not".into()),
            DiffOp::Removed("back down".into()),
            DiffOp::Inserted("retreat".into()),
            DiffOp::Same("from these goals".into()),
            DiffOp::Removed("now.".into()),
        ];
        let (inner, cut_start, cut_end) = inner_steps(&ops);
        assert_eq!(diff(inner), "will not [-back down-] {+retreat+} from these goals");
        assert!(cut_start && cut_end);
        let only_removed = vec![DiffOp::Removed("x".into())];
        assert_eq!(inner_steps(&only_removed), (only_removed.as_slice(), false, false));
        assert_eq!(inner_steps(&[]), (&[][..], false, false));
    }

    #[test]
    fn tables_align_numeric_columns() {
        let table = table(&["a".into(), "n".into()], &[false, true], &[vec!["x".into(), "1".into()]]);
        assert_eq!(table, "| a | n |\n| --- | ---: |\n| x | 1 |\n");
        assert_eq!(percent(0.456), "46%");
        assert_eq!(percent(f32::NAN), "–");
    }
}
