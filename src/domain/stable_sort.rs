//! A stable merge sort of indices by one comparator: a single small copy of sorting code.
//!
//! The standard library's sorts are faster on large inputs, but each element type and
//! comparator gets its own copy of several kilobytes of WebAssembly; the table sorts at most
//! a few thousand rows, which this sorts in well under a millisecond.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in the order they came in.
pub(crate) fn sort_by(items: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    let mut scratch = items.to_vec();
    merge_sort(items, &mut scratch, cmp);
}

/// Sorts `items`; `scratch` is as long and its contents do not matter.
fn merge_sort(items: &mut [usize], scratch: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid], &mut scratch[..mid], cmp);
    merge_sort(&mut items[mid..], &mut scratch[mid..], cmp);
    if cmp(items[mid - 1], items[mid]) != Ordering::Greater {
        return; // Already in order, as for runs of equal values: nothing to merge.
    }
    scratch.copy_from_slice(items);
    let (left, right) = scratch.split_at(mid);
    let (mut i, mut j) = (0, 0);
    for slot in items.iter_mut() {
        // On a tie the left item, which came first, goes first: that keeps the sort stable.
        if j == right.len() || (i < left.len() && cmp(left[i], right[j]) != Ordering::Greater) {
            *slot = left[i];
            i += 1;
        } else {
            *slot = right[j];
            j += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorts positions into `keys` by key alone, so ties show whether the sort is stable.
    fn sorted_by_key(keys: &[u8]) -> Vec<usize> {
        let mut items: Vec<usize> = (0..keys.len()).collect();
        sort_by(&mut items, &|a, b| keys[a].cmp(&keys[b]));
        items
    }

    #[test]
    fn sorts_and_keeps_ties_in_their_order() {
        assert_eq!(sorted_by_key(&[]), [0; 0]);
        assert_eq!(sorted_by_key(&[7]), [0]);
        assert_eq!(sorted_by_key(&[2, 1, 2, 0, 1]), [3, 1, 4, 0, 2]);
        assert_eq!(sorted_by_key(&[1, 1, 1]), [0, 1, 2]);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A simple pseudo-random sequence with many ties, in several lengths.
        let mut x: u32 = 12345;
        for len in [2, 3, 5, 16, 17, 100, 1000] {
            let keys: Vec<u8> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (x >> 16) as u8 % 10
                })
                .collect();
            let mut expected: Vec<usize> = (0..len).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(sorted_by_key(&keys), expected, "{keys:?}");
        }
    }
}
