//! Differences for the views: which details differ on a claim or a sentence, each outlet's
//! value grouped ("killed: at least 77 in 5 outlets, 272 in 4"), and the Differences page's list
//! under the filter.

use super::filter::Matches;
use super::index::EventIndex;
use super::{sort_by, to_u32};
use crate::analysis::Difference;

/// How many values a difference's line names, the most given first, before "and N other values".
pub const VALUES_IN_A_LINE: usize = 6;

/// One value of a difference and the outlets that give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueGroup<'a> {
    /// The value as most of them write it.
    pub text: &'a str,
    /// The outlets (ids), in the order of the difference's values, each once.
    pub outlets: Vec<&'a str>,
    /// The sentence of each, in the same order.
    pub sentences: Vec<&'a str>,
}

/// Whether a word is part of a qualifier of figures ("at least", "as many as"): the analysis's
/// list, read word by word.
fn is_qualifier_word(word: &str) -> bool {
    crate::analysis::differences::QUALIFIERS.iter().any(|phrase| phrase.split(' ').any(|part| part == word))
}

/// What a value is, to group equal ones: its figure (digits, as in "2,068" / "2068") if it has
/// one, else its words without qualifiers, case and accents ignored.
fn value_key(text: &str) -> String {
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':'))
        .filter(|&c| c != ',')
        .collect();
    let digits = digits.trim_end_matches(['.', ':']);
    if !digits.is_empty() {
        return digits.to_string();
    }
    let mut folded = String::new();
    super::fold::fold_into(text, &mut folded);
    folded.split_whitespace().filter(|w| !is_qualifier_word(w)).collect::<Vec<_>>().join(" ")
}

impl<'a> EventIndex<'a> {
    /// The number of the claim with this id, if the event has it.
    pub fn claim_number(&self, id: &str) -> Option<usize> {
        // Claims are `c<n>` in order; check, and look further only if that fails.
        let guess = id.strip_prefix('c').and_then(|n| n.parse::<usize>().ok()).and_then(|n| n.checked_sub(1));
        match guess {
            Some(n) if self.claims.get(n).is_some_and(|c| c.id == id) => Some(n),
            _ => self.claims.iter().position(|c| c.id == id),
        }
    }

    /// The differences of the analysis, each with the number of its claim.
    pub fn differences(&self) -> impl Iterator<Item = (usize, usize, &'a Difference)> + '_ {
        self.analysis
            .differences
            .iter()
            .enumerate()
            .zip(&self.difference_claims)
            .filter(|(_, &claim)| claim != u32::MAX)
            .map(|((index, difference), &claim)| (index, claim as usize, difference))
    }

    /// The differences that belong to a claim (their indexes in the analysis).
    pub fn differences_of_claim(&self, claim: usize) -> Vec<usize> {
        self.differences().filter(|&(_, c, _)| c == claim).map(|(index, _, _)| index).collect()
    }

    /// The differences that one of a sentence's values belongs to (their indexes).
    pub fn differences_of_sentence(&self, id: &str) -> Vec<usize> {
        let Some(position) = self.position(id) else { return Vec::new() };
        let start = self.sentence_details.partition_point(|&(at, _)| at < position);
        self.sentence_details[start..]
            .iter()
            .take_while(|&&(at, _)| at == position)
            .map(|&(_, difference)| difference as usize)
            .collect()
    }

    /// The differences the filter keeps (one of their values is in a matching sentence), in the
    /// analysis's order (its claims' story order).
    pub fn differences_matching(&self, matches: &Matches) -> Vec<usize> {
        self.differences()
            .filter(|(_, _, d)| {
                !matches.is_active() || d.values.iter().any(|v| matches.contains(&v.sentence))
            })
            .map(|(index, _, _)| index)
            .collect()
    }

    /// A difference's values, equal ones together, the value most outlets give first (ties in the
    /// order first given). With `shown`, only the values of those outlets.
    pub fn value_groups(&self, difference: usize, shown: Option<&[&str]>) -> Vec<ValueGroup<'a>> {
        let Some(difference) = self.analysis.differences.get(difference) else { return Vec::new() };
        let mut keys: Vec<String> = Vec::new();
        let mut groups: Vec<ValueGroup<'a>> = Vec::new();
        for value in &difference.values {
            if shown.is_some_and(|shown| !shown.contains(&value.outlet.as_str())) {
                continue;
            }
            let key = value_key(&value.text);
            match keys.iter().position(|k| *k == key) {
                Some(n) => {
                    if let Some(group) = groups.get_mut(n) {
                        if !group.outlets.contains(&value.outlet.as_str()) {
                            group.outlets.push(&value.outlet);
                            group.sentences.push(&value.sentence);
                        }
                    }
                }
                None => {
                    keys.push(key);
                    groups.push(ValueGroup {
                        text: &value.text,
                        outlets: vec![&value.outlet],
                        sentences: vec![&value.sentence],
                    });
                }
            }
        }
        sort_by(&mut groups, |a, b| b.outlets.len().cmp(&a.outlets.len()));
        groups
    }

    /// A difference in a line: "killed: at least 77 in 5 outlets, 272 in 4" (only the `shown`
    /// outlets' values, if given).
    pub fn difference_line(&self, difference: usize, shown: Option<&[&str]>) -> String {
        let about = self.analysis.differences.get(difference).map_or("", |d| d.about.as_str());
        let groups = self.value_groups(difference, shown);
        let mut line = String::new();
        if !about.is_empty() {
            line.push_str(about);
            line.push_str(": ");
        }
        for (n, group) in groups.iter().enumerate().take(VALUES_IN_A_LINE) {
            if n > 0 {
                line.push_str(", ");
            }
            line.push_str(group.text);
            line.push_str(" in ");
            if n == 0 {
                line.push_str(&crate::count::count(group.outlets.len(), "outlet", "outlets"));
            } else {
                line.push_str(&group.outlets.len().to_string());
            }
        }
        if groups.len() > VALUES_IN_A_LINE {
            line.push_str(", and ");
            line.push_str(&crate::count::count(
                groups.len() - VALUES_IN_A_LINE,
                "other value",
                "other values",
            ));
        }
        line
    }

    /// Links each difference to its claim and each value's sentence to its differences.
    pub(crate) fn add_differences(&mut self) {
        let claims: Vec<u32> = self
            .analysis
            .differences
            .iter()
            .map(|d| self.claim_number(&d.claim).map_or(u32::MAX, to_u32))
            .collect();
        let mut details: Vec<(u32, u32)> = Vec::new();
        for (index, difference) in self.analysis.differences.iter().enumerate() {
            for value in &difference.values {
                if let Some(position) = self.position(&value.sentence) {
                    details.push((position, to_u32(index)));
                }
            }
        }
        sort_by(&mut details, |a, b| a.cmp(b));
        details.dedup();
        self.difference_claims = claims;
        self.sentence_details = details;
    }
}

#[cfg(test)]
mod tests {
    use super::value_key;

    #[test]
    fn values_are_grouped_by_their_figure_or_words() {
        assert_eq!(value_key("at least 2,068 people"), "2068");
        assert_eq!(value_key("2068"), "2068");
        assert_eq!(value_key("11:30 am"), "11:30");
        assert_eq!(value_key("53.5 million light-years"), "53.5");
        assert_eq!(value_key("Eye Sight"), "eye sight");
        assert_eq!(value_key("about Dozens"), "dozens");
    }
}
