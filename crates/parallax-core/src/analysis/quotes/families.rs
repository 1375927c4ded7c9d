//! Quote families: one quote's wordings across outlets, translations and fragments included.
//!
//! Two quotes are one family when any of these holds (keys are stems through the synonym groups,
//! see [`crate::analysis::text`]; the story's frame words, in more than
//! [`super::FRAME_SHARE`] of its sentences, are left out of the content keys, and a name of
//! several words inside a quote is one key, its last word's: "Saint Mary Cathedral" in two
//! remarks about one fire is one shared name, not three shared words):
//! - their content keys overlap with a Dice coefficient of at least [`MIN_DICE`], sharing at
//!   least two keys: two translations of one sentence ("exclusively by political and diplomatic
//!   means" / "solely by …") share most of their content words even when the function words differ;
//! - the shorter one is mostly (≥ [`MIN_RUN_COVERAGE`] of its words) made of runs of two or more
//!   words, each with a content word, that also occur in the longer one, and at least half of its
//!   content keys occur in the longer one: a fragment quoted in reported speech ("might get
//!   offended" inside "… he could get offended"), but not a stock frame around other words ("an
//!   act of cowardly barbarism" is no part of "an act of brutality …");
//! - one known speaker says both, they share a run of [`MIN_SPEAKER_RUN_WORDS`] words or more
//!   and their content keys overlap with a Dice coefficient of at least [`MIN_SPEAKER_DICE`]: two
//!   renderings of one remark around the phrase it is known by ("the court says enough is enough"
//!   / "time for the court to say enough is enough");
//! - one known speaker says both and they share one run of [`MIN_SPEAKER_SENTENCE_WORDS`] words
//!   or more: two translations of one answer that keep a clause word for word ("… and didn't
//!   notice it until the oxygen masks came off" / "… the window panel detached, and I didn't
//!   notice it until the oxygen masks dropped down"), or one remark cut at different places.
//!
//! Content keys that a short quote shares with a much longer one, scattered and in no common
//! run, are no evidence on their own: two remarks on one story share its words ("a fundamental
//! right for all women. It must be protected" and a dissent's "… millions of American women who
//! have today lost a fundamental constitutional protection"), so containment alone links nothing.
//!
//! A quote of fewer than [`MIN_FAMILY_WORDS`] words ("awkward", "root causes", "pretty long")
//! joins no family by these rules: one or two shared words are a scare quote or a stock phrase,
//! not evidence that two outlets quote the same remark. Candidate pairs come from an inverted
//! index over content keys; families are the connected groups.
//!
//! **Fragments.** A partial quote (a fragment worked into reported speech, see [`super`]) that
//! is left on its own then joins the family of a quote that contains it: its words, as keys,
//! occur in that quote in a row ("very lucky" in "We were very lucky that the wind turned"). The
//! speaker decides: a family whose speaker is known and is not the fragment's is never joined,
//! and a fragment of fewer than [`MIN_FAMILY_WORDS`] words joins only a family of its own known
//! speaker (Brandt's "very lucky" joins Brandt's remark; an unattributed "root causes" joins
//! nothing). When several families contain it, the one with the fragment's speaker is taken;
//! if that does not single one out, the fragment stays alone: a family is never guessed.

use std::collections::HashMap;

use super::Quote;
use crate::analysis::hashing::FastMap;
use crate::analysis::index::{candidate_pairs, Vocabulary};
use crate::analysis::sorted::shared_count;
use crate::analysis::text::Token;

/// Dice overlap of content keys at which two quotes are one family.
pub const MIN_DICE: f32 = 0.5;
/// Share of a shorter quote's words covered by shared runs for it to be a fragment of a longer one.
pub const MIN_RUN_COVERAGE: f32 = 0.6;
/// Dice overlap of content keys at which two quotes of one speaker are one family, when they
/// share a run of at least [`MIN_SPEAKER_RUN_WORDS`] words.
pub const MIN_SPEAKER_DICE: f32 = 0.3;
/// Words of shared runs two quotes of one speaker need (see [`MIN_SPEAKER_DICE`]).
pub const MIN_SPEAKER_RUN_WORDS: usize = 3;
/// Words of one shared run that make two quotes of one speaker one family, whatever else they
/// share.
pub const MIN_SPEAKER_SENTENCE_WORDS: usize = 6;
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
pub fn group(quotes: &[Quote], outlets: usize, is_frame: &dyn Fn(&str) -> bool) -> Vec<Vec<usize>> {
    let mut vocab = Vocabulary::default();
    // Outlets that copy a quote word for word give the same verdicts: each distinct text is read
    // once, and each pair of texts is compared once (in the order the pair comes, as comparing
    // two equally long quotes is not symmetric).
    let mut first_with_text: FastMap<&str, usize> = FastMap::default();
    let mut wordings: Vec<Wording> = Vec::new();
    let mut wording_of: Vec<usize> = Vec::with_capacity(quotes.len());
    for quote in quotes {
        let next = wordings.len();
        // A short quote stands alone even when its words recur: two outlets' "extremely
        // worried" may be one speaker's remark and the other outlet's own scare quote.
        let at = if quote.tokens.len() >= MIN_LINK_WORDS {
            *first_with_text.entry(quote.text.as_str()).or_insert(next)
        } else {
            next
        };
        if at == next {
            wordings.push(Wording::new(quote, &mut vocab, is_frame));
        }
        wording_of.push(at);
    }
    // Candidates and verdicts per pair of wordings: copies of a quote are one wording, so an
    // event where hundreds of outlets print one quote compares it once, not once per pair.
    let items: Vec<&[u32]> = wordings.iter().map(|w| w.content.as_slice()).collect();
    let own_group: Vec<usize> = (0..wordings.len()).collect();
    let max_postings = (3 * outlets).max(16);
    let is_long = |w: usize| wordings.get(w).is_some_and(|w| w.tokens.len() >= MIN_LINK_WORDS);
    let mut parent: Vec<usize> = (0..wordings.len()).collect();
    let mut short_links: Vec<(usize, usize, f32)> = Vec::new();
    for ((a, b), _) in candidate_pairs(&items, &own_group, vocab.len(), max_postings) {
        let (Some(qa), Some(qb)) = (wordings.get(a), wordings.get(b)) else { continue };
        if is_long(a) && is_long(b) {
            // Already one family: comparing again cannot change anything.
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb && same_family_of(qa, qb) {
                parent[ra.max(rb)] = ra.min(rb);
            }
        } else if same_family_of(qa, qb) {
            let ((short, ws), (long, wl)) =
                if qa.tokens.len() <= qb.tokens.len() { ((a, qa), (b, qb)) } else { ((b, qb), (a, qa)) };
            short_links.push((short, long, match_strength(ws, wl)));
        }
    }
    // Each short wording joins its best match's family; ties go to the earlier wording.
    short_links.sort_by(|x, y| x.0.cmp(&y.0).then(y.2.total_cmp(&x.2)).then(x.1.cmp(&y.1)));
    let mut attached: Vec<Option<usize>> = vec![None; wordings.len()];
    for (short, long, _) in short_links {
        if attached[short].is_none() && attached[long] != Some(short) {
            attached[short] = Some(long);
        }
    }
    let mut roots: Vec<usize> = Vec::with_capacity(wordings.len());
    for w in 0..wordings.len() {
        // Follow short-to-short attachments to the wording that anchors them (cycles stop).
        let mut anchor = w;
        let mut steps = 0;
        while let Some(next) = attached[anchor] {
            anchor = next;
            steps += 1;
            if steps > wordings.len() {
                break;
            }
        }
        roots.push(find(&mut parent, anchor));
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for (quote, &w) in wording_of.iter().enumerate() {
        groups.entry(roots.get(w).copied().unwrap_or(w)).or_default().push(quote);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    for members in &mut out {
        members.sort_unstable();
    }
    let mut out = join_fragments(quotes, out);
    out.sort_by_key(|members| members.first().copied());
    out
}

/// Moves each lone partial quote into the one family whose quote contains it (see the module
/// docs). Returns the groups, each sorted, empty ones dropped.
fn join_fragments(quotes: &[Quote], mut groups: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let moves = Joining::new(quotes, &groups).moves();
    for (fragment, from, to) in moves {
        if let Some(members) = groups.get_mut(from) {
            members.retain(|&m| m != fragment);
        }
        if let Some(members) = groups.get_mut(to) {
            members.push(fragment);
            members.sort_unstable();
        }
    }
    groups.retain(|members| !members.is_empty());
    groups
}

/// The quotes and groups that fragments are joined over, with lookups built once.
struct Joining<'q> {
    quotes: &'q [Quote],
    groups: &'q [Vec<usize>],
    /// Each quote's group.
    group_of: Vec<usize>,
    /// Each quote's token keys.
    keys: Vec<Vec<&'q str>>,
    /// Quotes by content key, to find the ones that may contain a fragment.
    with_key: FastMap<&'q str, Vec<usize>>,
    /// Each group's speaker.
    speakers: Vec<Option<String>>,
}

impl<'q> Joining<'q> {
    /// Builds the lookups over the quotes and their groups.
    fn new(quotes: &'q [Quote], groups: &'q [Vec<usize>]) -> Self {
        let mut group_of = vec![usize::MAX; quotes.len()];
        for (index, members) in groups.iter().enumerate() {
            for &member in members {
                if let Some(slot) = group_of.get_mut(member) {
                    *slot = index;
                }
            }
        }
        let keys = quotes.iter().map(|q| q.tokens.iter().map(|t| t.key.as_str()).collect()).collect();
        let mut with_key: FastMap<&str, Vec<usize>> = FastMap::default();
        for (index, quote) in quotes.iter().enumerate() {
            for token in quote.tokens.iter().filter(|t| t.is_content()) {
                let list = with_key.entry(token.key.as_str()).or_default();
                if list.last() != Some(&index) {
                    list.push(index);
                }
            }
        }
        let speakers = groups
            .iter()
            .map(|members| family_speaker(&members.iter().filter_map(|&i| quotes.get(i)).collect::<Vec<_>>()))
            .collect();
        Joining { quotes, groups, group_of, keys, with_key, speakers }
    }

    /// Whether a group is a lone partial quote with content words.
    fn is_fragment(&self, members: &[usize]) -> bool {
        match members {
            [only] => {
                self.quotes.get(*only).is_some_and(|q| q.partial && q.tokens.iter().any(Token::is_content))
            }
            _ => false,
        }
    }

    /// The moves to make, as (fragment, from group, to group), in group order.
    fn moves(&self) -> Vec<(usize, usize, usize)> {
        let mut moves = Vec::new();
        for (from, members) in self.groups.iter().enumerate() {
            if !self.is_fragment(members) {
                continue;
            }
            let Some(&fragment) = members.first() else { continue };
            if let Some(to) = self.family_of(fragment, from) {
                moves.push((fragment, from, to));
            }
        }
        moves
    }

    /// The one family, other than `from`, whose quote contains the fragment and whose speaker
    /// agrees with it; `None` if there is none or no single one.
    fn family_of(&self, fragment: usize, from: usize) -> Option<usize> {
        let quote = self.quotes.get(fragment)?;
        let words = self.keys.get(fragment)?;
        let first_content = quote.tokens.iter().find(|t| t.is_content())?;
        let mut families: Vec<usize> = Vec::new();
        for &container in self.with_key.get(first_content.key.as_str()).into_iter().flatten() {
            let Some(&to) = self.group_of.get(container) else { continue };
            let contains = self.keys.get(container).is_some_and(|long| {
                long.len() > words.len() && long.windows(words.len()).any(|w| w == words.as_slice())
            });
            let Some(members) = self.groups.get(to) else { continue };
            if to == from || !contains || self.is_fragment(members) || families.contains(&to) {
                continue;
            }
            let speaker = self.speakers.get(to).and_then(Option::as_ref);
            let agrees = match (&quote.speaker, speaker) {
                (Some(own), Some(theirs)) => own == theirs,
                _ => quote.tokens.len() >= MIN_FAMILY_WORDS,
            };
            if agrees {
                families.push(to);
            }
        }
        if families.len() > 1 {
            families.retain(|&to| {
                quote.speaker.is_some()
                    && self.speakers.get(to).and_then(Option::as_ref) == quote.speaker.as_ref()
            });
        }
        match families.as_slice() {
            [to] => Some(*to),
            _ => None,
        }
    }
}

/// A quote's words as ids, ready for comparing.
struct Wording<'q> {
    /// The quote's tokens.
    tokens: &'q [Token],
    /// Who says it, if known.
    speaker: Option<&'q str>,
    /// Its content keys, sorted and deduplicated.
    content: Vec<u32>,
    /// The key of each of its first [`MAX_RUN_WORDS`] words.
    words: Vec<u32>,
    /// Whether each of those words can carry a run (a content word or a negation).
    carries: Vec<bool>,
    /// `(key, position)` of those words, sorted: where each key occurs.
    positions: Vec<(u32, usize)>,
}

impl<'q> Wording<'q> {
    fn new(quote: &'q Quote, vocab: &mut Vocabulary, is_frame: &dyn Fn(&str) -> bool) -> Wording<'q> {
        // A name of several words ("Notre Dame Cathedral", "Paris") is one key, its last word's:
        // two remarks about one place share its name, not three of their words.
        let tokens = &quote.tokens;
        let in_name = |at: usize| at > 0 && tokens.get(at).is_some_and(|t| t.capitalised && !t.number);
        let content = sorted_set(
            &tokens
                .iter()
                .enumerate()
                .filter(|&(at, t)| t.is_content() && !is_frame(&t.key) && !(in_name(at) && in_name(at + 1)))
                .map(|(_, t)| vocab.id(&t.key))
                .collect::<Vec<_>>(),
        );
        let first = quote.tokens.iter().take(MAX_RUN_WORDS);
        let words: Vec<u32> = first.clone().map(|t| vocab.id(&t.key)).collect();
        let carries = first.map(|t| t.is_content() || is_negation(t)).collect();
        let mut positions: Vec<(u32, usize)> = words.iter().copied().zip(0..).collect();
        positions.sort_unstable();
        Wording {
            tokens: &quote.tokens,
            speaker: quote.speaker.as_deref(),
            content,
            words,
            carries,
            positions,
        }
    }
}

/// How strongly a short quote matches a longer one: its run coverage, plus its content overlap.
fn match_strength(short: &Wording, long: &Wording) -> f32 {
    let overlap = if short.content.is_empty() {
        0.0
    } else {
        shared_count(&short.content, &long.content) as f32 / short.content.len() as f32
    };
    run_coverage(short, long) + overlap
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
    let (wa, wb) = (Wording::new(a, &mut vocab, &|_| false), Wording::new(b, &mut vocab, &|_| false));
    same_family_of(&wa, &wb)
}

/// [`same_family`] of two read quotes.
fn same_family_of(a: &Wording, b: &Wording) -> bool {
    let (short, long) = if a.tokens.len() <= b.tokens.len() { (a, b) } else { (b, a) };
    if short.tokens.len() < MIN_FAMILY_WORDS {
        return false;
    }
    let (cs, cl) = (&short.content, &long.content);
    let shared = shared_count(cs, cl);
    if shared >= 2 {
        let dice = 2.0 * shared as f32 / (cs.len() + cl.len()) as f32;
        if dice >= MIN_DICE {
            return true;
        }
    }
    let runs = shared_runs(short, long);
    let coverage = runs.coverage;
    if coverage >= MIN_RUN_COVERAGE && 2 * shared >= cs.len() {
        return true;
    }
    // One speaker's two renderings of a remark around the phrase it is known by: "the court
    // says enough is enough" / "time for the court to say enough is enough".
    let same_speaker = short.speaker.is_some() && short.speaker == long.speaker;
    let dice = 2.0 * shared as f32 / (cs.len() + cl.len()).max(1) as f32;
    let phrase =
        dice >= MIN_SPEAKER_DICE && coverage * short.words.len() as f32 >= MIN_SPEAKER_RUN_WORDS as f32;
    same_speaker && (phrase || runs.longest >= MIN_SPEAKER_SENTENCE_WORDS)
}

/// The values of a list, sorted and deduplicated.
fn sorted_set(items: &[u32]) -> Vec<u32> {
    let mut set = items.to_vec();
    set.sort_unstable();
    set.dedup();
    set
}

/// The share of `short`'s words covered by runs of two or more words (with a content word) that
/// also occur in `long`.
///
/// The common runs are the diagonals of the table of matching word pairs; only matching pairs
/// are visited (found through `long`'s sorted positions), so the work is the number of matches,
/// not the product of the lengths. A run of length `r` ending at word `i` covers words
/// `i + 1 - r ..= i` when one of them carries a run; a run that already carried one a word earlier
/// covered all but `i` then.
fn run_coverage(short: &Wording, long: &Wording) -> f32 {
    shared_runs(short, long).coverage
}

/// What the runs `short` shares with `long` show.
struct SharedRuns {
    /// The share of `short`'s words they cover (see [`run_coverage`]).
    coverage: f32,
    /// The most words of one of them (with a content word).
    longest: usize,
}

/// The runs of two or more words (with a content word) that `short` shares with `long`.
fn shared_runs(short: &Wording, long: &Wording) -> SharedRuns {
    let s = &short.words;
    if s.is_empty() {
        return SharedRuns { coverage: 0.0, longest: 0 };
    }
    let mut longest = 0;
    let mut covered = vec![false; s.len()];
    // The runs ending at the previous word of `short`: (position in `long`, length, carried).
    let mut previous: Vec<(usize, usize, bool)> = Vec::new();
    let mut current: Vec<(usize, usize, bool)> = Vec::new();
    for (i, &word) in s.iter().enumerate() {
        current.clear();
        let carries_here = short.carries.get(i).copied().unwrap_or(false);
        let from = long.positions.partition_point(|&(key, _)| key < word);
        let mut before = previous.iter().peekable();
        for &(_, j) in long.positions[from..].iter().take_while(|&&(key, _)| key == word) {
            // The run ending at (i - 1, j - 1), if any: `previous` is sorted by position.
            let mut extends: Option<(usize, bool)> = None;
            if j > 0 {
                while let Some(&&(p, run, carried)) = before.peek() {
                    if p < j - 1 {
                        before.next();
                    } else {
                        if p == j - 1 {
                            extends = Some((run, carried));
                        }
                        break;
                    }
                }
            }
            let (run, carried) = match extends {
                Some((run, carried)) => (run + 1, carried || carries_here),
                None => (1, carries_here),
            };
            current.push((j, run, carried));
            if run < 2 || !carried {
                continue;
            }
            longest = longest.max(run);
            if run >= 3 && extends.is_some_and(|(_, was)| was) {
                if let Some(flag) = covered.get_mut(i) {
                    *flag = true;
                }
            } else {
                for flag in covered.iter_mut().take(i + 1).skip(i + 1 - run) {
                    *flag = true;
                }
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let coverage = covered.iter().filter(|&&c| c).count() as f32 / s.len() as f32;
    SharedRuns { coverage, longest }
}

fn is_negation(token: &crate::analysis::text::Token) -> bool {
    crate::analysis::lexicon::NEGATIONS.contains(&token.norm.as_str())
}

/// A wording reduced to lowercase words, to count identical wordings.
fn wording_key(quote: &Quote) -> String {
    let mut key = String::new();
    for token in &quote.tokens {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&token.surface.to_lowercase());
    }
    key
}

/// The family's most common complete wording; among equally common ones, the longest, then the
/// first. Fragments only count when the family has nothing but fragments.
pub fn canonical_wording(variants: &[&Quote]) -> String {
    let complete: Vec<&Quote> = variants.iter().copied().filter(|q| !q.partial).collect();
    let pool: &[&Quote] = if complete.is_empty() { variants } else { &complete };
    let keys: Vec<String> = pool.iter().map(|quote| wording_key(quote)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for key in &keys {
        *counts.entry(key.as_str()).or_default() += 1;
    }
    let mut best: Option<((usize, usize), &Quote)> = None;
    for (quote, wording) in pool.iter().zip(&keys) {
        let key = (counts.get(wording.as_str()).copied().unwrap_or(0), quote.tokens.len());
        if best.is_none_or(|(top, _)| key > top) {
            best = Some((key, quote));
        }
    }
    best.map(|(_, quote)| quote.text.clone()).unwrap_or_default()
}

/// The speaker most variants name; among equally frequent ones, the first named.
pub fn family_speaker(variants: &[&Quote]) -> Option<String> {
    family_speaker_among(variants, &[])
}

/// [`family_speaker`], where a tie goes to the one of the tied speakers who says the most of
/// `all` (the event's quotes), then to the first named: when two outlets put one remark in two
/// mouths ("he wrote" after different names), the event's main voice is the likelier one.
pub fn family_speaker_among(variants: &[&Quote], all: &[Quote]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for name in variants.iter().filter_map(|q| q.speaker.as_ref()) {
        match counts.iter_mut().find(|(n, _)| n == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name.clone(), 1)),
        }
    }
    let top = counts.iter().map(|(_, c)| *c).max()?;
    counts.retain(|(_, c)| *c == top);
    if let [(only, _)] = counts.as_slice() {
        return Some(only.clone());
    }
    let said_by = |name: &str| all.iter().filter(|q| q.speaker.as_deref() == Some(name)).count();
    let mut best: Option<(usize, String)> = None;
    for (name, _) in counts {
        let weight = said_by(&name);
        if best.as_ref().is_none_or(|(most, _)| weight > *most) {
            best = Some((weight, name));
        }
    }
    best.map(|(_, name)| name)
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

    /// The run coverage as first written: the full table of common runs.
    fn run_coverage_by_table(short: &Wording, long: &Wording) -> f32 {
        let (s, l) = (&short.words, &long.words);
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
                        if short.carries[from..=i].iter().any(|&c| c) {
                            covered[from..=i].iter_mut().for_each(|flag| *flag = true);
                        }
                    }
                }
            }
            std::mem::swap(&mut previous, &mut current);
        }
        covered.iter().filter(|&&c| c).count() as f32 / s.len() as f32
    }

    proptest::proptest! {
        /// Visiting only the matching word pairs gives the same coverage as the full table.
        #[test]
        fn run_coverage_matches_the_full_table(
            short in proptest::collection::vec(proptest::sample::select(vec!["the", "talks", "will", "not", "end", "of", "war", "soon"]), 0..14),
            long in proptest::collection::vec(proptest::sample::select(vec!["the", "talks", "will", "not", "end", "of", "war", "soon", "today"]), 0..20),
        ) {
            let (a, b) = (quote(&short.join(" ")), quote(&long.join(" ")));
            let mut vocab = Vocabulary::default();
            let (wa, wb) = (Wording::new(&a, &mut vocab, &|_| false), Wording::new(&b, &mut vocab, &|_| false));
            proptest::prop_assert_eq!(run_coverage(&wa, &wb), run_coverage_by_table(&wa, &wb));
            proptest::prop_assert_eq!(run_coverage(&wb, &wa), run_coverage_by_table(&wb, &wa));
        }
    }

    fn said_by(text: &str, speaker: &str) -> Quote {
        Quote { speaker: Some(speaker.into()), ..quote(text) }
    }

    #[test]
    fn one_speakers_translations_sharing_a_long_run_are_one_remark() {
        let a = "It was really abrupt, the wall just popped off and I did not know what it was until the masks came down";
        let b = "It was quite a shock, the panel detached and I did not know what it was until the lights flickered";
        assert!(same_family(&said_by(a, "Kyle Rinker"), &said_by(b, "Kyle Rinker")));
        // Without one known speaker, the same words are no evidence.
        assert!(!same_family(&quote(a), &quote(b)));
        assert!(!same_family(&said_by(a, "Kyle Rinker"), &said_by(b, "Jane Doe")));
    }

    #[test]
    fn a_shared_frame_around_other_words_is_not_a_fragment() {
        let long = quote("This assault was a display of violence against the voters of the region");
        assert!(!same_family(&quote("a display of reckless cruelty"), &long));
        assert!(same_family(&quote("a display of violence"), &long));
    }

    #[test]
    fn scattered_shared_words_are_not_one_remark() {
        let statement = quote("Tenants deserve protection from unfair rents");
        let dissent = quote("We dissent with sorrow for the thousands of tenants in this city who today lost a basic protection, and whose landlords may now raise rents that every court before us called unfair");
        assert!(!same_family(&statement, &dissent));
    }

    #[test]
    fn two_remarks_naming_one_place_are_not_one_remark() {
        // The place's name is one key, not four shared words.
        let mayor = quote("A terrible blaze is underway at Saint Mary Cathedral in Westport");
        let president = quote("So horrible to watch the massive fire at Saint Mary Cathedral in Westport");
        assert!(!same_family(&mayor, &president));
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
