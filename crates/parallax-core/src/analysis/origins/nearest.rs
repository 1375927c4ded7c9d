//! Nearest articles: per article, the few others whose sentences it carries the greatest share of,
//! kept while the copy links are worked out, so that a group member's closest other member is
//! usually read from them instead of comparing it again with every other member.

use super::Carried;

/// How many of the nearest articles are kept per article.
pub const KEPT: usize = 8;

/// The [`KEPT`] articles an article carries most of (share above 0), the greatest share first
/// and, between equal shares, the lower article index first.
#[derive(Debug, Clone, Default)]
pub struct Nearest {
    list: Vec<(usize, Carried)>,
}

/// What the kept articles say of the nearest one that a filter accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lookup {
    /// This one: no accepted article has a greater share, or an equal share and a lower index.
    Found(usize, Carried),
    /// No accepted article carries a share above 0.
    None,
    /// Not among the kept ones: ask every article.
    Unknown,
}

impl PartialEq for Carried {
    fn eq(&self, other: &Self) -> bool {
        self.matched == other.matched
            && self.share.to_bits() == other.share.to_bits()
            && self.verbatim.to_bits() == other.verbatim.to_bits()
    }
}

impl Nearest {
    /// Offers article `b`, carried as `c`: kept if it is among the nearest.
    pub fn offer(&mut self, b: usize, c: Carried) {
        if c.share <= 0.0 {
            return;
        }
        let before = |(x, xc): &(usize, Carried)| xc.share > c.share || (xc.share == c.share && *x < b);
        let at = self.list.partition_point(before);
        if at < KEPT {
            self.list.insert(at, (b, c));
            self.list.truncate(KEPT);
        }
    }

    /// The nearest article that `keep` accepts, if the kept ones tell.
    pub fn lookup(&self, keep: impl Fn(usize) -> bool) -> Lookup {
        match self.list.iter().find(|(b, _)| keep(*b)) {
            Some(&(b, c)) => Lookup::Found(b, c),
            None if self.list.len() < KEPT => Lookup::None,
            None => Lookup::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carried(share: f32) -> Carried {
        Carried { matched: 3, share, verbatim: 1.0 }
    }

    #[test]
    fn keeps_the_greatest_shares_and_the_lower_index_on_a_tie() {
        let mut nearest = Nearest::default();
        nearest.offer(5, carried(0.5));
        nearest.offer(2, carried(0.5));
        nearest.offer(9, carried(0.9));
        nearest.offer(1, carried(0.0));
        assert_eq!(nearest.lookup(|_| true), Lookup::Found(9, carried(0.9)));
        assert_eq!(nearest.lookup(|b| b != 9), Lookup::Found(2, carried(0.5)), "2 before 5");
        assert_eq!(nearest.lookup(|b| b == 1), Lookup::None, "a share of 0 is not kept");
    }

    #[test]
    fn past_the_kept_ones_it_does_not_know() {
        let mut nearest = Nearest::default();
        for b in 0..2 * KEPT {
            nearest.offer(b, carried(0.1 + b as f32 / 100.0));
        }
        // The last KEPT offered are kept, the greatest (the last) first.
        assert_eq!(
            nearest.lookup(|_| true),
            Lookup::Found(2 * KEPT - 1, carried(0.1 + (2 * KEPT - 1) as f32 / 100.0))
        );
        assert_eq!(nearest.lookup(|b| b == KEPT), Lookup::Found(KEPT, carried(0.1 + KEPT as f32 / 100.0)));
        assert_eq!(nearest.lookup(|b| b < KEPT), Lookup::Unknown);
    }
}
