//! A fast hasher for the engine's own keys (dense ids, pairs of ids, interned words).
//!
//! The standard `HashMap` hasher resists hash flooding, which costs several times more per key;
//! the keys here are numbers and words the engine derives itself, and no map's iteration order
//! ever reaches a result (every caller either looks keys up or sorts what it collects).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hasher (the FxHash scheme) for small keys.
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher(u64);

const SEED: u64 = 0x517c_c1b7_2722_0a95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, value: u8) {
        self.add(u64::from(value));
    }

    fn write_u32(&mut self, value: u32) {
        self.add(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// A hash of anything hashable with [`FastHasher`], for grouping equal values.
pub fn fast_hash<T: std::hash::Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = FastHasher::default();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_hash_alike_and_maps_work() {
        assert_eq!(fast_hash("warehouse"), fast_hash(&String::from("warehouse")));
        assert_ne!(fast_hash(&(1u32, 2u32)), fast_hash(&(2u32, 1u32)));
        let mut map: FastMap<(u32, u32), f32> = FastMap::default();
        map.insert((3, 4), 0.5);
        assert_eq!(map.get(&(3, 4)), Some(&0.5));
        assert_eq!(map.get(&(4, 3)), None);
    }
}
