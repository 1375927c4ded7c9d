//! Quote families: one quote's wordings across outlets, translations and fragments included.
//!
//! Two quotes are one family when any of these holds (keys are stems through the synonym groups,
//! see [`crate::analysis::text`]):
//! - their content keys overlap with a Dice coefficient of at least [`MIN_DICE`], sharing at
//!   least two keys: two translations of one sentence ("exclusively by political and diplomatic
//!   means" / "solely by …") share most of their content words even when the function words differ;
//! - the shorter one is mostly (≥ [`MIN_RUN_COVERAGE`] of its words) made of runs of two or more
//!   words, each with a content word, that also occur in the longer one: a fragment quoted in
//!   reported speech ("might get offended" inside "… he could get offended");
//! - at least [`MIN_CONTAINMENT`] of the shorter one's content keys (three or more) occur in the
//!   longer one.
//!
//! A quote of fewer than [`MIN_FAMILY_WORDS`] words ("awkward", "root causes", "pretty long")
//! never joins a family: one or two shared words are a scare quote or a stock phrase, not
//! evidence that two outlets quote the same remark, so they stay single-variant families.
//! Candidate pairs come from an inverted index over content keys; families are the connected
//! groups.

use std::collections::HashMap;

use super::Quote;
use crate::analysis::index::{candidate_pairs, Vocabulary};

/// Dice overlap of content keys at which two quotes are one family.
pub const MIN_DICE: f32 = 0.5;
/// Share of a shorter quote's words covered by shared runs for it to be a fragment of a longer one.
pub const MIN_RUN_COVERAGE: f32 = 0.6;
/// Share of a shorter quote's content keys found in a longer one for it to be contained.
pub const MIN_CONTAINMENT: f32 = 0.8;
/// Shortest quote, in words, that can belong to a family with others.
pub const MIN_FAMILY_WORDS: usize = 3;
/// Quotes at least this long may link families together; shorter ones only join one.
pub const MIN_LINK_WORDS: usize = 4;
/// Longest quote, in words, compared word by word (longer ones are cut for the run comparison).
const MAX_RUN_WORDS: usize = 400;

/// Groups quotes (by index) into families, each sorted, in order of their first member.
///
/// Quotes of [`MIN_LINK_WORDS`] words or more are linked first, transitively. A shorter quote
/// then joins the one family it matches best (or stays alone): it never links two families,
/// since a two-word phrase ("root causes") can sit inside two different remarks.
pub fn group(quotes: &[Quote], outlets: usize) -> Vec<Vec<usize>> {
    let mut vocab = Vocabulary::default();
    let items: Vec<Vec<u32>> = quotes
        .iter()
        .map(|q| q.tokens.iter().filter(|t| t.is_content()).map(|t| vocab.id(&t.key)).collect())
        .collect();
    let keys: Vec<Vec<u32>> = items.iter().map(|item| sorted_set(item)).collect();
    let own_group: Vec<usize> = (0..quotes.len()).collect();
    let max_postings = (3 * outlets).max(16);
    let is_long = |i: usize| quotes.get(i).is_some_and(|q| q.tokens.len() >= MIN_LINK_WORDS);
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    let mut short_links: Vec<(usize, usize, f32)> = Vec::new();
    for ((a, b), _) in candidate_pairs(&items, &own_group, vocab.len(), max_postings) {
        let (Some(qa), Some(qb)) = (quotes.get(a), quotes.get(b)) else { continue };
        let (Some(ka), Some(kb)) = (keys.get(a), keys.get(b)) else { continue };
        if is_long(a) && is_long(b) {
            // Already one family: comparing again cannot change anything.
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb && same_family_keyed((qa, ka), (qb, kb)) {
                parent[ra.max(rb)] = ra.min(rb);
            }
        } else if same_family_keyed((qa, ka), (qb, kb)) {
            let (short, long) = if qa.tokens.len() <= qb.tokens.len() { (a, b) } else { (b, a) };
            let strength = match (quotes.get(short), keys.get(short), quotes.get(long), keys.get(long)) {
                (Some(qs), Some(ks), Some(ql), Some(kl)) => match_strength((qs, ks), (ql, kl)),
                _ => 0.0,
            };
            short_links.push((short, long, strength));
        }
    }
    // Each short quote joins its best match's family; ties go to the earlier quote.
    short_links.sort_by(|x, y| x.0.cmp(&y.0).then(y.2.total_cmp(&x.2)).then(x.1.cmp(&y.1)));
    let mut attached: Vec<Option<usize>> = vec![None; quotes.len()];
    for (short, long, _) in short_links {
        if attached[short].is_none() && attached[long] != Some(short) {
            attached[short] = Some(long);
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..quotes.len() {
        // Follow short-to-short attachments to the quote that anchors them (cycles stop).
        let mut anchor = i;
        let mut steps = 0;
        while let Some(next) = attached[anchor] {
            anchor = next;
            steps += 1;
            if steps > quotes.len() {
                break;
            }
        }
        let root = find(&mut parent, anchor);
        groups.entry(root).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    for members in &mut out {
        members.sort_unstable();
    }
    out.sort_by_key(|members| members.first().copied());
    out
}

/// How strongly a short quote matches a longer one: its run coverage, plus its content overlap.
fn match_strength(short: (&Quote, &[u32]), long: (&Quote, &[u32])) -> f32 {
    let overlap =
        if short.1.is_empty() { 0.0 } else { shared_count(short.1, long.1) as f32 / short.1.len() as f32 };
    run_coverage(short.0, long.0) + overlap
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Whether two quotes are wordings of one remark (see the module docs).
pub fn same_family(a: &Quote, b: &Quote) -> bool {
    let mut vocab = Vocabulary::default();
    let mut keys = |q: &Quote| -> Vec<u32> {
        sorted_set(&q.tokens.iter().filter(|t| t.is_content()).map(|t| vocab.id(&t.key)).collect::<Vec<_>>())
    };
    let (ka, kb) = (keys(a), keys(b));
    same_family_keyed((a, &ka), (b, &kb))
}

/// [`same_family`] with each quote's content key ids, sorted and deduplicated.
fn same_family_keyed(a: (&Quote, &[u32]), b: (&Quote, &[u32])) -> bool {
    let ((short, cs), (long, cl)) = if a.0.tokens.len() <= b.0.tokens.len() { (a, b) } else { (b, a) };
    if short.tokens.len() < MIN_FAMILY_WORDS {
        return false;
    }
    let shared = shared_count(cs, cl);
    if shared >= 2 {
        let dice = 2.0 * shared as f32 / (cs.len() + cl.len()) as f32;
        if dice >= MIN_DICE {
            return true;
        }
    }
    if cs.len() >= 3 && shared as f32 >= MIN_CONTAINMENT * cs.len() as f32 {
        return true;
    }
    run_coverage(short, long) >= MIN_RUN_COVERAGE
}

/// The values of a list, sorted and deduplicated.
fn sorted_set(items: &[u32]) -> Vec<u32> {
    let mut set = items.to_vec();
    set.sort_unstable();
    set.dedup();
    set
}

/// How many values two sorted, deduplicated lists share.
fn shared_count(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// The share of `short`'s words covered by runs of two or more words (with a content word) that
/// also occur in `long`.
fn run_coverage(short: &Quote, long: &Quote) -> f32 {
    let s: Vec<&str> = short.tokens.iter().take(MAX_RUN_WORDS).map(|t| t.key.as_str()).collect();
    let l: Vec<&str> = long.tokens.iter().take(MAX_RUN_WORDS).map(|t| t.key.as_str()).collect();
    let content: Vec<bool> =
        short.tokens.iter().take(MAX_RUN_WORDS).map(|t| t.is_content() || is_negation(t)).collect();
    if s.is_empty() {
        return 0.0;
    }
    let mut covered = vec![false; s.len()];
    let mut previous = vec![0usize; l.len() + 1];
    let mut current = vec![0usize; l.len() + 1];
    for i in 0..s.len() {
        current.fill(0);
        for j in 0..l.len() {
            if s[i] == l[j] {
                current[j + 1] = previous[j] + 1;
                let run = current[j + 1];
                if run >= 2 {
                    let from = i + 1 - run;
                    if content[from..=i].iter().any(|&c| c) {
                        for flag in &mut covered[from..=i] {
                            *flag = true;
                        }
                    }
                }
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    covered.iter().filter(|&&c| c).count() as f32 / s.len() as f32
}

fn is_negation(token: &crate::analysis::text::Token) -> bool {
    crate::analysis::lexicon::NEGATIONS.contains(&token.norm.as_str())
}

/// A wording reduced to lowercase words, to count identical wordings.
fn wording_key(text: &str) -> String {
    crate::analysis::text::tokenize(text)
        .iter()
        .map(|t| t.surface.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The family's most common complete wording; among equally common ones, the longest, then the
/// first. Fragments only count when the family has nothing but fragments.
pub fn canonical_wording(variants: &[&Quote]) -> String {
    let complete: Vec<&Quote> = variants.iter().copied().filter(|q| !q.partial).collect();
    let pool: &[&Quote] = if complete.is_empty() { variants } else { &complete };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for quote in pool {
        *counts.entry(wording_key(&quote.text)).or_default() += 1;
    }
    let mut best: Option<((usize, usize), &Quote)> = None;
    for quote in pool {
        let key = (counts.get(&wording_key(&quote.text)).copied().unwrap_or(0), quote.tokens.len());
        if best.is_none_or(|(top, _)| key > top) {
            best = Some((key, quote));
        }
    }
    best.map(|(_, quote)| quote.text.clone()).unwrap_or_default()
}

/// The speaker most variants name; among equally frequent ones, the first named.
pub fn family_speaker(variants: &[&Quote]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for name in variants.iter().filter_map(|q| q.speaker.as_ref()) {
        match counts.iter_mut().find(|(n, _)| n == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name.clone(), 1)),
        }
    }
    let top = counts.iter().map(|(_, c)| *c).max()?;
    counts.into_iter().find(|(_, c)| *c == top).map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::text::tokenize;

    fn quote(text: &str) -> Quote {
        Quote {
            article: 0,
            unit: 0,
            text: text.into(),
            speaker: None,
            partial: false,
            tokens: tokenize(text),
        }
    }

    #[test]
    fn translations_are_one_family() {
        let a = quote("the Russian side emphasised the importance of resolving all disputes, disagreements and conflict situations exclusively by political and diplomatic means");
        let b = quote("The Russian side stressed the significance of settlement of all conflicts, disputes and contentious situations solely by political and diplomatic means");
        assert!(same_family(&a, &b));
    }

    #[test]
    fn fragments_join_their_quote() {
        let full = quote("Please, don't be angry. It's so awkward to make him wait, he could get offended.");
        assert!(same_family(&quote("might get offended"), &full));
        assert!(!same_family(&quote("awkward"), &full));
        let goals = quote("and Russia will not back down from these goals");
        assert!(same_family(&quote("will not retreat from these goals"), &goals));
    }

    #[test]
    fn different_remarks_stay_apart() {
        assert!(!same_family(&quote("on the same page"), &quote("up in the air")));
        assert!(!same_family(
            &quote("We will never accept these terms"),
            &quote("The talks were candid and business-minded")
        ));
        assert!(!same_family(&quote("in great detail"), &quote("as soon as possible")));
    }
}
