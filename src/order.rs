//! Sorting for code that is not hot, with one shared (non-generic) implementation.
//!
//! `slice::sort*` is instantiated per element type and comparator (≈ 11 KB of wasm each for
//! driftsort/ipnsort). Here the work is a stable merge sort of indices through a `dyn`
//! comparator, then the permutation is applied with swaps through a `dyn` closure: the only
//! generic code per call site is two small closures. Stable, so it gives exactly the order of
//! `sort_by` (and of `sort_unstable*` wherever elements with equal keys are indistinguishable).
//! Hot per-token/per-mention paths keep std's sorts (faster, inlined comparators).

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The stable sorting permutation of `0..n` under `cmp` (ties keep their index order):
/// element `i` of the sorted sequence is element `perm[i]` of the input.
pub(crate) fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let mut a: Vec<u32> = (0..n as u32).collect();
    // Insertion sort for short runs, then bottom-up merges; merging takes from the left run
    // on ties, which keeps the sort stable.
    const RUN: usize = 8;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && cmp(a[j - 1] as usize, a[j] as usize) == Ordering::Greater {
                a.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut b = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                let left = j >= hi || (i < mid && cmp(a[j] as usize, a[i] as usize) != Ordering::Less);
                if left {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearranges a sequence by `perm` (as returned by [`order`]) with `swap(i, j)` calls.
fn apply(mut perm: Vec<u32>, swap: &mut dyn FnMut(usize, usize)) {
    for i in 0..perm.len() {
        // Follow the cycle through i; `perm[j] = j` marks a position as done.
        let mut j = i;
        loop {
            let k = perm[j] as usize;
            perm[j] = j as u32;
            if k == i {
                break;
            }
            swap(j, k);
            j = k;
        }
    }
}

/// Stable sort by a comparator: the same order as `v.sort_by(cmp)`.
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let perm = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    apply(perm, &mut |a, b| v.swap(a, b));
}

/// Stable sort by a key: the same order as `v.sort_by_key(key)`.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)))
}

/// Stable sort: the same order as `v.sort()`.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp)
}

/// A map of `(key, value)` pairs built by inserting them one by one: the same map as
/// `collect::<BTreeMap<_, _>>()` (a later value wins over an earlier one with an equal key),
/// without the stable sort `BTreeMap::from_iter` instantiates for each key/value type.
pub(crate) fn btree<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut m = BTreeMap::new();
    for (k, v) in pairs {
        m.insert(k, v);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so the test needs no dependency.
    fn rng(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    #[test]
    fn matches_std_stable_sort_with_ties() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for n in (0..70).chain([127, 128, 129, 500, 1031]) {
            for range in [1u64, 3, 50, 1 << 40] {
                // (key, original index): the index tells whether ties kept their order.
                let v: Vec<(u64, usize)> = (0..n).map(|i| (rng(&mut seed) % range, i)).collect();
                let mut ours = v.clone();
                sort_by_key(&mut ours, |x| x.0);
                let mut std_ = v.clone();
                std_.sort_by_key(|x| x.0);
                assert_eq!(ours, std_, "n={n} range={range}");
            }
        }
    }

    #[test]
    fn sort_and_sort_by_agree_with_std() {
        let mut seed = 12345u64;
        let v: Vec<String> = (0..300).map(|_| format!("w{}", rng(&mut seed) % 40)).collect();
        let mut a = v.clone();
        sort(&mut a);
        let mut b = v.clone();
        b.sort();
        assert_eq!(a, b);
        let mut a = v.clone();
        sort_by(&mut a, |x, y| y.len().cmp(&x.len()));
        let mut b = v;
        b.sort_by(|x, y| y.len().cmp(&x.len()));
        assert_eq!(a, b);
    }

    #[test]
    fn btree_equals_collect() {
        let mut seed = 777u64;
        let pairs: Vec<(u64, usize)> = (0..500).map(|i| (rng(&mut seed) % 60, i)).collect();
        let ours = btree(pairs.iter().copied());
        let std_: BTreeMap<u64, usize> = pairs.into_iter().collect();
        assert_eq!(ours, std_);
    }

    #[test]
    fn permutation_is_stable_and_complete() {
        let keys = [3, 1, 3, 0, 1, 2, 0, 3, 1, 2, 2, 0];
        let p = order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
        assert_eq!(p, vec![3, 6, 11, 1, 4, 8, 5, 9, 10, 0, 2, 7]);
        assert!(order(0, &mut |_, _| Ordering::Equal).is_empty());
    }
}
