//! Carried sentences: how one article carries each other's, worked out article by article from
//! the matches of their texts. Only the sentence pairs of one article at a time are held, never
//! a table of every pair of sentences or of articles, so a wire text printed by `k` articles
//! costs `k` per article, not a stored `k²`.

use super::{longest_in_order, runs, Carried, InOrder, Match, Similarity, SAME_QUOTE_PAIRS};

/// What the pass reads, per unit, per text and per article.
pub struct Reading<'r> {
    /// Per unit, its article.
    pub article: Vec<usize>,
    /// Per unit, its position in its article.
    pub position: Vec<usize>,
    /// Per unit, its text id.
    pub text: &'r [usize],
    /// Per unit, whether it counts as evidence.
    pub counts: Vec<bool>,
    /// Per text id, its units.
    pub units_of_text: &'r [Vec<usize>],
    /// Per text id, the texts it matches (itself included, if it does) and how.
    pub matches: Vec<Vec<(usize, Similarity)>>,
    /// Per article, its units in reading order.
    pub units_of: Vec<Vec<usize>>,
    /// Per article, its countable units.
    pub countable: Vec<usize>,
    /// Per article, its units with any word pair (the base of a verbatim run's share).
    pub sentences: Vec<usize>,
}

/// A sentence of a text, as the pass reads it.
#[derive(Debug, Clone, Copy)]
struct Printed {
    /// Its article's place in the order of [`Carrier::rank`].
    rank: usize,
    article: usize,
    position: usize,
    counts: bool,
}

/// A sentence pair of the article being read and another, and whether both count.
#[derive(Debug, Clone, Copy)]
struct Seen {
    found: Match,
    counted: bool,
}

/// Works out [`Carried`] for one article against every other, reusing its buffers.
pub struct Carrier<'r> {
    reading: Reading<'r>,
    /// Per article, its place in the order of countable sentences (then of index): a pair's
    /// link is the share of the article that comes first.
    rank: Vec<usize>,
    /// Per text id, its sentences in the order of their articles' rank.
    printed: Vec<Vec<Printed>>,
    /// Per other article, the sentence pairs found, in the reading article's order.
    seen: Vec<Vec<Seen>>,
    /// The other articles with any pair found.
    touched: Vec<usize>,
    /// Buffers for one pair of articles: best matches, and positions printed word for word.
    best: Vec<Match>,
    verbatim: Vec<(usize, usize)>,
    in_order: InOrder,
}

impl<'r> Carrier<'r> {
    pub fn new(reading: Reading<'r>) -> Carrier<'r> {
        let articles = reading.units_of.len();
        let mut order: Vec<usize> = (0..articles).collect();
        order.sort_by_key(|&a| (reading.countable[a], a));
        let mut rank = vec![0; articles];
        for (place, &a) in order.iter().enumerate() {
            rank[a] = place;
        }
        let printed = reading
            .units_of_text
            .iter()
            .map(|units| {
                let mut list: Vec<Printed> = units
                    .iter()
                    .map(|&v| {
                        let article = reading.article[v];
                        Printed {
                            rank: rank[article],
                            article,
                            position: reading.position[v],
                            counts: reading.counts[v],
                        }
                    })
                    .collect();
                list.sort_by_key(|p| p.rank);
                list
            })
            .collect();
        Carrier {
            reading,
            rank,
            printed,
            seen: vec![Vec::new(); articles],
            touched: Vec::new(),
            best: Vec::new(),
            verbatim: Vec::new(),
            in_order: InOrder::default(),
        }
    }

    pub fn reading(&self) -> &Reading<'r> {
        &self.reading
    }

    /// Calls `visit(b, carried)` for every article `b` after `a` in rank (see [`Carrier::rank`])
    /// that shares a matched sentence with `a`: how `a` carries `b`'s sentences.
    pub fn each_later(&mut self, a: usize, mut visit: impl FnMut(usize, Carried)) {
        self.collect(a, self.rank[a] + 1, |_| true);
        for index in 0..self.touched.len() {
            let b = self.touched[index];
            visit(b, self.carried_in(a, b));
        }
        self.clear();
    }

    /// The article among those `keep` accepts whose sentences article `a` carries the greatest
    /// share of (the first of equals), and how, if `a` shares a matched sentence with any.
    /// Articles are read in decreasing order of an upper bound of that share, until no later
    /// one can carry more.
    pub fn closest(&mut self, a: usize, keep: impl Fn(usize) -> bool) -> Option<(usize, Carried)> {
        self.collect(a, 0, keep);
        let mut bounds: Vec<(f32, usize)> = Vec::with_capacity(self.touched.len());
        for index in 0..self.touched.len() {
            let b = self.touched[index];
            bounds.push((self.bound(a, b), b));
        }
        bounds.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        let mut found: Option<(usize, Carried)> = None;
        for (bound, b) in bounds {
            if let Some((best, c)) = found {
                if bound < c.share || (bound == c.share && b > best) {
                    break;
                }
            }
            let c = self.carried_in(a, b);
            if found.is_none_or(|(best, old)| c.share > old.share || (c.share == old.share && b < best)) {
                found = Some((b, c));
            }
        }
        self.clear();
        found
    }

    /// At least the share of `b`'s sentences that `a` carries ([`Carrier::carried_in`]).
    fn bound(&mut self, a: usize, b: usize) -> f32 {
        best_matches(&self.seen[b], &mut self.best);
        let evidence: f32 = self.best.iter().map(|m| m.weight).sum();
        let in_order = evidence / self.reading.countable[a].max(1) as f32;
        let verbatim = self.seen[b].iter().filter(|s| s.found.pairs >= SAME_QUOTE_PAIRS).count();
        let run = if verbatim >= runs::MIN_RUN {
            verbatim as f32 / self.reading.sentences[a].max(1) as f32
        } else {
            0.0
        };
        in_order.max(run.min(1.0))
    }

    /// How `a` carries `b`, from the sentence pairs collected.
    fn carried_in(&mut self, a: usize, b: usize) -> Carried {
        let (mut best, mut verbatim) = (std::mem::take(&mut self.best), std::mem::take(&mut self.verbatim));
        best_matches(&self.seen[b], &mut best);
        verbatim.clear();
        verbatim
            .extend(self.seen[b].iter().filter(|s| s.found.pairs >= SAME_QUOTE_PAIRS).map(|s| s.found.at));
        let carried = self.carried(a, &best, &mut verbatim);
        (self.best, self.verbatim) = (best, verbatim);
        carried
    }

    fn clear(&mut self) {
        for &b in &self.touched {
            self.seen[b].clear();
        }
        self.touched.clear();
    }

    /// Every sentence pair of article `a` and another accepted article of at least rank `from`,
    /// grouped by the other.
    fn collect(&mut self, a: usize, from: usize, keep: impl Fn(usize) -> bool) {
        let r = &self.reading;
        for &u in &r.units_of[a] {
            for &(other, similarity) in &r.matches[r.text[u]] {
                let list = &self.printed[other];
                let start = if from == 0 { 0 } else { list.partition_point(|p| p.rank < from) };
                for p in &list[start..] {
                    let b = p.article;
                    if b == a || !keep(b) {
                        continue;
                    }
                    if self.seen[b].is_empty() {
                        self.touched.push(b);
                    }
                    let at = (r.position[u], p.position);
                    let found = Match { at, pairs: similarity.pairs, weight: similarity.weight };
                    self.seen[b].push(Seen { found, counted: r.counts[u] && p.counts });
                }
            }
        }
    }

    /// How article `a` carries another, from its countable sentences' `best` matches there (in
    /// `a`'s order) and the positions of sentences both print word for word: those matches in
    /// the same order, or a long verbatim run, whichever is the greater share.
    fn carried(&mut self, a: usize, best: &[Match], verbatim: &mut Vec<(usize, usize)>) -> Carried {
        let carried = if best.is_empty() { Carried::default() } else { self.in_order(a, best) };
        // A run is at most as long as the sentences printed word for word.
        let sentences = self.reading.sentences[a].max(1) as f32;
        if verbatim.len() < runs::MIN_RUN || verbatim.len() as f32 / sentences <= carried.share {
            return carried;
        }
        let run = runs::longest_run(verbatim);
        let share = run as f32 / sentences;
        if run >= runs::MIN_RUN && share > carried.share {
            return Carried { matched: run, share: share.min(1.0), verbatim: 1.0 };
        }
        carried
    }

    /// The matches kept in both orders, their weight as a share of `a`'s countable sentences.
    fn in_order(&mut self, a: usize, best: &[Match]) -> Carried {
        let run = longest_in_order(best, &mut self.in_order);
        let matched = run.len();
        let evidence: f32 = run.iter().map(|m| m.weight).sum();
        let verbatim = run.iter().map(|m| m.pairs).sum::<f32>() / matched.max(1) as f32;
        let share = evidence / self.reading.countable.get(a).copied().unwrap_or(0).max(1) as f32;
        Carried { matched, share, verbatim }
    }
}

/// Each countable sentence's best match (the highest weight; between equal weights, the later
/// sentence of the other article), in the reading article's order, into `best`. `seen` holds
/// each sentence's pairs together, in that order.
fn best_matches(seen: &[Seen], best: &mut Vec<Match>) {
    best.clear();
    for s in seen.iter().filter(|s| s.counted) {
        let m = s.found;
        match best.last_mut() {
            Some(last) if last.at.0 == m.at.0 => {
                if m.weight > last.weight || (m.weight == last.weight && m.at.1 > last.at.1) {
                    *last = m;
                }
            }
            _ => best.push(m),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(at: (usize, usize), weight: f32, counted: bool) -> Seen {
        Seen { found: Match { at, pairs: weight, weight }, counted }
    }

    #[test]
    fn each_sentence_keeps_its_heaviest_match_and_the_later_one_on_a_tie() {
        let list = [
            seen((0, 4), 0.5, true),
            seen((0, 2), 0.9, true),
            seen((0, 3), 0.9, true),
            seen((1, 1), 1.0, false),
            seen((2, 5), 1.0, true),
            seen((2, 6), 1.0, true),
            seen((2, 0), 1.0, true),
        ];
        let mut best = Vec::new();
        best_matches(&list, &mut best);
        let found: Vec<(usize, usize)> = best.iter().map(|m| m.at).collect();
        assert_eq!(found, [(0, 3), (2, 6)], "sentence 1 does not count");
        best_matches(&[], &mut best);
        assert!(best.is_empty());
    }
}
