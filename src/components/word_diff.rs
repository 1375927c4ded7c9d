//! A word-level diff of one quote wording against the most common one: inserted words in
//! `<ins>`, removed words in `<del>`, each with a visually hidden "added:" or "removed:" so that
//! neither colour nor strike-through is the only signal.

use parallax_core::analysis::DiffOp;

use crate::components::markup::Markup;

/// Writes the diff `ops` as inline text. For a partial quote (a fragment quoted inside reported
/// speech), the canonical words before and after the fragment were never quoted, so they show
/// as an ellipsis rather than as removed words.
pub fn word_diff(html: &mut Markup, ops: &[DiffOp], partial: bool) {
    let quoted = |op: &DiffOp| !matches!(op, DiffOp::Removed(_));
    let (start, end) = if partial {
        let start = ops.iter().position(quoted).unwrap_or(0);
        let end = ops.iter().rposition(quoted).map_or(ops.len(), |last| last + 1);
        (start, end.max(start))
    } else {
        (0, ops.len())
    };
    if start > 0 {
        elision(html);
    }
    for (n, op) in ops.get(start..end).unwrap_or(ops).iter().enumerate() {
        if n > 0 {
            html.text(" ");
        }
        match op {
            DiffOp::Same(text) => html.text(text),
            DiffOp::Inserted(text) => {
                html.open("ins").end();
                html.hidden("added: ").text(text).close("ins")
            }
            DiffOp::Removed(text) => {
                html.open("del").end();
                html.hidden("removed: ").text(text).close("del")
            }
        };
    }
    if end < ops.len() {
        elision(html);
    }
}

/// The mark for the unquoted words around a partial quote.
fn elision(html: &mut Markup) {
    html.open("span").attr("class", "elision").attr("title", "Not part of this outlet’s quote").end();
    html.unspoken(" … ");
    html.hidden(" (rest not quoted) ").close("span");
}
