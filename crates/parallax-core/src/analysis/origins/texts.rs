//! Copy texts: units whose compared features are equal share one text id, so that sentences are
//! compared once per distinct text and a wire sentence printed by many articles is one node.

use std::hash::Hash;

use super::super::hashing::FastMap;

/// Units grouped by equal keys.
#[derive(Debug, Clone, Default)]
pub struct TextGroups {
    /// Per unit, the id of its text.
    pub of_unit: Vec<usize>,
    /// Per text id, its units in order, the first one standing for all.
    pub units: Vec<Vec<usize>>,
}

impl TextGroups {
    /// Groups units (given by their keys, in unit order); ids follow first occurrence.
    pub fn new<K: Hash + Eq>(keys: impl IntoIterator<Item = K>) -> TextGroups {
        let mut id_of: FastMap<K, usize> = FastMap::default();
        let mut groups = TextGroups::default();
        for (unit, key) in keys.into_iter().enumerate() {
            let next = id_of.len();
            let id = *id_of.entry(key).or_insert(next);
            if id == next {
                groups.units.push(Vec::new());
            }
            groups.units[id].push(unit);
            groups.of_unit.push(id);
        }
        groups
    }

    /// The unit that stands for text `id`.
    pub fn first(&self, id: usize) -> usize {
        self.units[id][0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_share_one_text_in_first_occurrence_order() {
        let groups = TextGroups::new(["wire", "own", "wire", "other", "own"]);
        assert_eq!(groups.of_unit, [0, 1, 0, 2, 1]);
        assert_eq!(groups.units, [vec![0, 2], vec![1, 4], vec![3]]);
        assert_eq!(groups.first(1), 1);
        assert!(TextGroups::new(Vec::<u8>::new()).units.is_empty());
    }
}
