//! A fixed-size set of small indices (sentence positions, claim numbers), one bit each.

/// A set of indices below a fixed length. Reads outside the length are `false`, writes are
/// ignored, so a set built for another index can never cause a panic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    /// A set of `len` indices, all in (`full`) or all out.
    pub(crate) fn new(len: usize, full: bool) -> Bits {
        let mut bits = Bits { words: vec![if full { u64::MAX } else { 0 }; len.div_ceil(64)], len };
        bits.clear_tail();
        bits
    }

    /// Whether `index` is in the set.
    pub(crate) fn get(&self, index: usize) -> bool {
        self.words.get(index / 64).is_some_and(|word| word >> (index % 64) & 1 == 1)
    }

    /// Puts `index` in the set.
    pub(crate) fn insert(&mut self, index: usize) {
        if index < self.len {
            if let Some(word) = self.words.get_mut(index / 64) {
                *word |= 1 << (index % 64);
            }
        }
    }

    /// Keeps only the indices that are also in `other`.
    pub(crate) fn intersect(&mut self, other: &Bits) {
        for (n, word) in self.words.iter_mut().enumerate() {
            *word &= other.words.get(n).copied().unwrap_or(0);
        }
    }

    /// How many indices are in the set.
    pub(crate) fn count(&self) -> usize {
        self.words.iter().map(|word| word.count_ones() as usize).sum()
    }

    fn clear_tail(&mut self) {
        if let Some(last) = self.words.last_mut() {
            let used = self.len % 64;
            if used != 0 {
                *last &= (1 << used) - 1;
            }
        }
    }
}
