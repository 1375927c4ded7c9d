//! Helpers on ascending, deduplicated slices, used as small sets by the quote and topic passes.

use std::cmp::Ordering;

/// How many values two ascending, deduplicated slices share, in one linear merge.
pub fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::shared_count;

    #[test]
    fn counts_common_values_of_sorted_slices() {
        assert_eq!(shared_count(&[1, 3, 5, 7], &[2, 3, 4, 7, 9]), 2);
        assert_eq!(shared_count::<u32>(&[], &[1, 2]), 0);
        assert_eq!(shared_count(&[1, 2, 3], &[1, 2, 3]), 3);
    }
}
