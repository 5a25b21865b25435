//! The stance model: a multinomial logistic regression over [`super::features`], trained
//! offline on NewsMTSC (Hamborg & Donnay, EACL 2021; train split, dev splits for model
//! selection) by `scripts/train_stance.py`, with its int8-quantised weights generated into
//! `src/stance/weights.rs`.
//!
//! Classes are `against`, `none`, `favor` (NewsMTSC negative, neutral, positive). The
//! score (−1 … 1) is placed so that [`stance_label`] of it is the most probable class:
//! a side that wins by margin `m` over the best other class scores `±(T + (1 − T)·m)`, with
//! `T` = [`STANCE_THRESHOLD`]; when `none` wins, the score is `T·(P(favor) − P(against))`,
//! inside the neutral band but still leaning the way the evidence does.

use super::features::{self, Features};
use super::weights;
use crate::analysis::STANCE_THRESHOLD;
#[cfg(doc)]
use crate::analysis::stance_label;

/// Class names, in the order of [`Prediction::probs`].
pub const CLASSES: [&str; 3] = ["against", "none", "favor"];

/// The model's output for one (sentence, target) pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prediction {
    /// Probabilities of `against`, `none`, `favor`.
    pub probs: [f64; 3],
}

impl Prediction {
    /// −1 … 1; beyond ±[`STANCE_THRESHOLD`] exactly when a side is the most probable class.
    pub fn score(&self) -> f64 {
        let [a, n, f] = self.probs;
        let t = STANCE_THRESHOLD;
        if f > a && f > n {
            t + (1.0 - t) * (f - a.max(n))
        } else if a > f && a > n {
            -(t + (1.0 - t) * (a - f.max(n)))
        } else {
            0.99 * t * (f - a)
        }
    }

    /// The most probable class (`none` on a tie between the sides).
    pub fn label(&self) -> &'static str {
        crate::analysis::stance_label(self.score())
    }
}

/// Which feature keys the model has a weight row for, and the row: a bitset over the
/// `2^BITS` keys with the rank (number of keys) before each 64-bit word — 192 KB built on
/// first use from the sorted [`keys`], so a lookup is two loads and a popcount
/// (no hashing, no search).
pub(crate) struct RowIndex {
    bits: Vec<u64>,
    rank: Vec<u32>,
}

/// The sorted feature keys with a weight row, decoded once from [`weights::KEY_GAPS`] (the
/// gaps between consecutive keys as LEB128 varints: most take one byte, which keeps the
/// wasm small).
pub(crate) fn keys() -> &'static [u32] {
    static KEYS: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut out = Vec::with_capacity(weights::WEIGHTS.len() / 3);
        let (mut key, mut gap, mut shift) = (0u32, 0u32, 0);
        for &b in &weights::KEY_GAPS {
            gap |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                key += gap;
                out.push(key);
                (gap, shift) = (0, 0);
            }
        }
        out
    })
}

pub(crate) fn row_index() -> &'static RowIndex {
    static INDEX: std::sync::OnceLock<RowIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let words = 1usize << (features::BITS - 6);
        let mut bits = vec![0u64; words];
        for &k in keys() {
            bits[(k >> 6) as usize] |= 1 << (k & 63);
        }
        let mut rank = Vec::with_capacity(words);
        let mut n = 0;
        for w in &bits {
            rank.push(n);
            n += w.count_ones();
        }
        RowIndex { bits, rank }
    })
}

/// The row of feature key `k` in [`weights::WEIGHTS`], if the model knows it.
#[inline]
pub(crate) fn row(index: &RowIndex, k: u32) -> Option<usize> {
    let w = (k >> 6) as usize;
    let word = *index.bits.get(w)?;
    let bit = 1u64 << (k & 63);
    if word & bit == 0 {
        return None;
    }
    Some(index.rank[w] as usize + (word & (bit - 1)).count_ones() as usize)
}

/// The raw class scores (logits) of `f`: the intercepts plus `SCALE` times the dot product
/// of the values with the int8 weights. The dot product is summed exactly in fixed point
/// (`fixed`, `add_fixed`, `finish`), so it does not depend on the order of the terms:
/// [`super::features::Units::logits`] sums the same terms in another order (a sentence's
/// part once, then each mention's own) and gets the same bits.
pub fn logits(f: &Features) -> [f64; 3] {
    let mut acc = [0i64; 3];
    let index = row_index();
    for &(k, v) in &f.items {
        if let Some(i) = row(index, k) {
            add_fixed(&mut acc, i, fixed(v));
        }
    }
    finish(acc)
}

/// One in the fixed point of [`fixed`]: 2^32.
const FIX_ONE: f64 = 4_294_967_296.0;

/// A feature value in fixed point (`v · 2^32`, truncated: exact for the values features
/// take, 0.5, 1 and lexicon valences above 2^-9; saturating, never panicking, on absurd ones).
#[inline]
pub(crate) fn fixed(v: f32) -> i64 {
    (f64::from(v) * FIX_ONE) as i64
}

/// Adds fixed-point value `v` times weight row `i` to `acc` (wrapping integer arithmetic:
/// exact and associative, so the order of the additions does not matter).
#[inline]
pub(crate) fn add_fixed(acc: &mut [i64; 3], i: usize, v: i64) {
    let w = &weights::WEIGHTS[3 * i..3 * i + 3];
    for (a, &w) in acc.iter_mut().zip(w) {
        *a = a.wrapping_add(v.wrapping_mul(i64::from(w)));
    }
}

/// Logits from a fixed-point dot product `acc` ([`add_fixed`]).
#[inline]
pub(crate) fn finish(acc: [i64; 3]) -> [f64; 3] {
    let scale = f64::from(weights::SCALE) / FIX_ONE;
    let mut z = weights::BIAS.map(f64::from);
    for (zc, a) in z.iter_mut().zip(acc) {
        *zc += a as f64 * scale;
    }
    z
}

/// Class probabilities of logits `z` (softmax).
pub fn softmax(z: [f64; 3]) -> Prediction {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e = z.map(|x| (x - m).exp());
    let s: f64 = e.iter().sum();
    Prediction { probs: e.map(|x| x / s) }
}

/// Each named feature's push toward favor (positive) or against (negative): its value times
/// (weight(favor) − weight(against)), largest first. `named` comes from
/// [`features::Units::named`].
pub fn explain(named: &[(String, u32, f32)]) -> Vec<(String, f64)> {
    let scale = f64::from(weights::SCALE);
    let mut out: Vec<(String, f64)> = named
        .iter()
        .filter_map(|(n, k, v)| {
            let i = keys().binary_search(k).ok()?;
            let w = f64::from(weights::WEIGHTS[3 * i + 2]) - f64::from(weights::WEIGHTS[3 * i]);
            Some((n.clone(), f64::from(*v) * w * scale))
        })
        .filter(|x| x.1 != 0.0)
        .collect();
    crate::order::sort_by(&mut out, |a, b| b.1.abs().total_cmp(&a.1.abs()));
    out
}

/// Predicts the stance toward a mention from its features.
///
/// # Examples
/// ```
/// use parallax::stance::{features, model};
/// let text = "Voters praised Jones for her honest, brave leadership.";
/// let p = model::predict(&features::for_span(text, 15..20, false));
/// assert!((p.probs.iter().sum::<f64>() - 1.0).abs() < 1e-9);
/// assert!(p.score() >= -1.0 && p.score() <= 1.0);
/// ```
pub fn predict(f: &Features) -> Prediction {
    softmax(logits(f))
}

/// Sentences whose features [`fingerprint`] hashes: a change of the tokenizer, the lexicon
/// or the feature code changes it, and the weights must then be retrained.
pub const PROBES: &[(&str, &str)] = &[
    ("Critics slammed Smith, calling the “reckless” plan a disaster.", "Smith"),
    ("Smith said the deal was not good for anyone; Jones praised it.", "Jones"),
    ("The alliance’s outreach is a welcome, sensible step toward peace and stability.", "alliance"),
    ("He warned that the move could provoke a dangerous confrontation.", "He"),
    ("According to officials, the office will open next year.", "office"),
];

/// A hash of the features of [`PROBES`]: what the weights were trained against.
pub fn fingerprint() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |x: u64| h = (h ^ x).wrapping_mul(0x0100_0000_01b3);
    for (text, target) in PROBES {
        let s = text.find(target).unwrap_or(0);
        for (k, v) in features::for_span(text, s..s + target.len(), false).items {
            eat(u64::from(k));
            eat(u64::from((v * 1000.0).round() as i32 as u32));
        }
    }
    h
}

/// The [`fingerprint`] the shipped weights were trained against.
pub const TRAINED_FINGERPRINT: u64 = weights::FINGERPRINT;

/// Bytes of model data in the binary (keys, weights, scale and bias).
pub fn size_bytes() -> usize {
    weights::KEY_GAPS.len() + weights::WEIGHTS.len() + 4 + 12
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_load_and_are_consistent() {
        assert_eq!(weights::WEIGHTS.len(), 3 * keys().len());
        assert!(keys().windows(2).all(|w| w[0] < w[1]), "keys sorted and unique");
        assert!(keys().iter().all(|&k| k < 1 << features::BITS));
        assert!(weights::SCALE.is_finite() && weights::SCALE > 0.0);
    }

    #[test]
    fn weights_match_the_feature_code() {
        assert_eq!(
            fingerprint(),
            TRAINED_FINGERPRINT,
            "the features changed since the weights were trained: run python3 scripts/train_stance.py"
        );
    }

    #[test]
    fn row_index_finds_every_key_and_only_keys() {
        let index = row_index();
        for (i, &k) in keys().iter().enumerate() {
            assert_eq!(row(index, k), Some(i));
            if k > 0 && keys().binary_search(&(k - 1)).is_err() {
                assert_eq!(row(index, k - 1), None);
            }
        }
        assert_eq!(row(index, 1 << features::BITS), None);
    }

    #[test]
    fn deterministic_and_normalised() {
        let text = "Critics slammed Smith for the reckless plan.";
        let f = features::for_span(text, 16..21, false);
        let (a, b) = (predict(&f), predict(&f));
        assert_eq!(a, b);
        assert!((a.probs.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(CLASSES.contains(&a.label()));
        for probs in [[0.5, 0.3, 0.2], [0.2, 0.5, 0.3], [0.1, 0.2, 0.7], [0.4, 0.2, 0.4], [0.34, 0.33, 0.33]] {
            let p = Prediction { probs };
            let best = (0..3).max_by(|&i, &j| probs[i].total_cmp(&probs[j]).then(j.cmp(&i))).unwrap();
            let want = if probs[0] == probs[2] && best != 1 { "none" } else { CLASSES[best] };
            assert_eq!(p.label(), want, "{probs:?}");
        }
    }

    #[test]
    fn clear_cases() {
        let p = |t: &str, m: &str| {
            let s = t.find(m).unwrap();
            predict(&features::for_span(t, s..s + m.len(), false))
        };
        assert_eq!(p("Critics slammed Smith as a corrupt, dishonest liar.", "Smith").label(), "against");
        assert_eq!(p("Fans cheered Smith, praising her brilliant, inspiring victory.", "Smith").label(), "favor");
    }
}
