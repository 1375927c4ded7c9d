//! Sentence ids to positions: a small open-addressing hash table. Lookups take constant time,
//! and building it sorts no strings, which keeps the web app's code small.

/// An empty slot.
const EMPTY: u32 = u32::MAX;

/// The event's sentence ids by position, and a table from id to position.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct IdTable<'a> {
    ids: Vec<&'a str>,
    /// Positions, placed by id hash with linear probing; at most half full.
    slots: Vec<u32>,
}

impl<'a> IdTable<'a> {
    /// The table of `ids`, by position. A repeated id keeps its first position.
    pub(crate) fn new(ids: Vec<&'a str>) -> IdTable<'a> {
        let capacity = ids.len().saturating_mul(2).max(1).next_power_of_two();
        let mut table = IdTable { ids, slots: vec![EMPTY; capacity] };
        for position in 0..table.ids.len() {
            let Some(id) = table.ids.get(position).copied() else { break };
            let slot = table.probe(id);
            if let Some(entry) = table.slots.get_mut(slot).filter(|entry| **entry == EMPTY) {
                *entry = u32::try_from(position).unwrap_or(EMPTY);
            }
        }
        table
    }

    /// The position of `id`.
    pub(crate) fn position(&self, id: &str) -> Option<u32> {
        self.slots.get(self.probe(id)).copied().filter(|&position| position != EMPTY)
    }

    /// The id at `position`.
    pub(crate) fn id(&self, position: u32) -> Option<&'a str> {
        self.ids.get(position as usize).copied()
    }

    /// The slot that holds `id`, or the empty slot where it would go.
    fn probe(&self, id: &str) -> usize {
        let mask = self.slots.len().saturating_sub(1);
        let mut slot = fnv1a(id) as usize & mask;
        // The table is at most half full, so an empty slot comes soon; the bound is a safeguard.
        for _ in 0..self.slots.len() {
            match self.slots.get(slot) {
                Some(&position) if position != EMPTY && self.id(position) != Some(id) => {
                    slot = (slot + 1) & mask;
                }
                _ => break,
            }
        }
        slot
    }
}

/// The 64-bit FNV-1a hash of a string's bytes.
pub(crate) fn fnv1a(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3))
}
