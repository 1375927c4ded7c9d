//! Splitting normalised text into units: the paragraphs, headings and single lines that the
//! cleaning rules judge one at a time.
//!
//! Blank lines always separate units. A single line break separates them too, because scraped
//! text often puts one paragraph per line (and menus or widgets one item per line), except in
//! two cases where the break is only a wrap:
//! - a block that is hard-wrapped (every line but the last 30–100 characters long, and some line
//!   ending mid-sentence) is one paragraph;
//! - a line that does not end a sentence, followed by a line that starts in lowercase, goes on
//!   the same sentence.

/// One unit of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The unit's text, its lines joined by `\n`, trimmed.
    pub text: String,
    /// The 1-based line where the unit starts in the normalised text.
    pub line: u32,
    /// How many blank lines come before the unit (0 for a unit in the same block as the last).
    pub gap_before: u32,
}

/// Splits normalised text into units. `first_line` is the line number of the text's first line.
pub(crate) fn units(text: &str, first_line: u32) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut block: Vec<(u32, &str)> = Vec::new();
    let mut blanks = 0;
    let mut gap_before_block = 0;
    for (index, line) in text.split('\n').enumerate() {
        let number = first_line.saturating_add(u32::try_from(index).unwrap_or(u32::MAX));
        if line.trim().is_empty() {
            if !block.is_empty() {
                push_block(&mut units, &block, gap_before_block);
                block.clear();
                blanks = 0;
            }
            blanks += 1;
            continue;
        }
        if block.is_empty() {
            gap_before_block = if units.is_empty() { 0 } else { blanks };
        }
        block.push((number, line.trim()));
    }
    if !block.is_empty() {
        push_block(&mut units, &block, gap_before_block);
    }
    units
}

fn push_block(units: &mut Vec<Unit>, block: &[(u32, &str)], gap_before: u32) {
    let Some(&(first_line, _)) = block.first() else { return };
    if is_hard_wrapped(block) {
        let text = block.iter().map(|(_, line)| *line).collect::<Vec<_>>().join("\n");
        units.push(Unit { text, line: first_line, gap_before });
        return;
    }
    let mut current: Option<Unit> = None;
    for &(number, line) in block {
        match current.as_mut() {
            Some(unit) if continues_sentence(&unit.text, line) => {
                unit.text.push('\n');
                unit.text.push_str(line);
            }
            _ => {
                let gap = if current.is_none() { gap_before } else { 0 };
                if let Some(done) = current.take() {
                    units.push(done);
                }
                current = Some(Unit { text: line.to_string(), line: number, gap_before: gap });
            }
        }
    }
    if let Some(done) = current {
        units.push(done);
    }
}

/// Whether a block's line breaks are only wraps of one long paragraph.
fn is_hard_wrapped(block: &[(u32, &str)]) -> bool {
    let Some((_, wrapped)) = block.split_last() else { return false };
    wrapped.len() >= 2
        && wrapped.iter().all(|(_, line)| (30..=100).contains(&line.chars().count()))
        && wrapped.iter().any(|(_, line)| !ends_sentence(line))
}

/// Whether `next` goes on the sentence that `previous` left unfinished.
fn continues_sentence(previous: &str, next: &str) -> bool {
    !ends_sentence(previous) && next.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a line ends with sentence-final punctuation (perhaps followed by closing quotes).
pub(crate) fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end().trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']', '\u{BB}']);
    trimmed.ends_with(['.', '!', '?', '\u{2026}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(String, u32, u32)> {
        units(text, 1).into_iter().map(|unit| (unit.text, unit.line, unit.gap_before)).collect()
    }

    #[test]
    fn blank_lines_and_single_lines_separate_units() {
        assert_eq!(
            texts("Login\nCurrencies   Stocks\n\nBody text.\n\n\n\nShare.\nLeave A Reply"),
            vec![
                ("Login".into(), 1, 0),
                ("Currencies   Stocks".into(), 2, 0),
                ("Body text.".into(), 4, 1),
                ("Share.".into(), 8, 3),
                ("Leave A Reply".into(), 9, 0),
            ]
        );
    }

    #[test]
    fn wrapped_lines_are_joined() {
        let wrapped = "The talks between the two leaders lasted for almost\n\
                       an hour and covered many issues, the Kremlin said on\n\
                       Thursday.";
        assert_eq!(texts(wrapped).len(), 1);
        assert_eq!(texts("President Trump said\nthat the talks failed.").len(), 1);
        assert_eq!(texts("One paragraph.\nAnother paragraph.").len(), 2);
    }
}
