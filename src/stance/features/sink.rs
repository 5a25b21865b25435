//! Where a mention's features go ([`Sink`]): every feature by bucket, every feature with its
//! name, or only the fixed-point dot product with the model's weights ([`Dot`]), summed
//! exactly so that [`super::Units::logits`] equals `model::logits` of the features.

use super::{hash, Features, LEX_HASH, TOPIC_HASH};

/// What a [`Sink`] keeps.
#[derive(Clone, Copy)]
pub(super) enum Mode {
    /// Every feature, by bucket.
    All,
    /// Every feature with its name.
    Named,
    /// Only the dot product with the model's weights ([`Dot`]), through the model's bucket
    /// index.
    Model(&'static crate::stance::model::RowIndex, &'static Special),
}

pub(super) struct Sink {
    /// `(bucket, value)` in emission order (not in [`Mode::Model`]).
    pub(super) items: Vec<(u32, f32)>,
    pub(super) names: Vec<String>,
    pub(super) mode: Mode,
    /// The dot product with the weights, in [`Mode::Model`].
    pub(super) dot: Dot,
}

/// A dot product with the model's weights in the making: fixed point ([`crate::stance::model::fixed`])
/// for the rows whose values are ½ and 1 (sums of those are exact in `f32` whatever the
/// order), and for each [`Special`] row its `f32` sum in emission order.
#[derive(Default)]
pub(super) struct Dot {
    pub(super) acc: [i64; 3],
    pub(super) special: [f32; N_SPECIAL],
}

/// ½ in fixed point.
pub(super) const HALF: i64 = 1 << 31;

/// Feature keys whose values are not only ½ and 1 (the lexicon polarity sums): their `f32`
/// sums depend on the order of the terms.
const SPECIAL_KEYS: [u32; N_SPECIAL] = [
    LEX_HASH[0][0], LEX_HASH[0][1], LEX_HASH[0][2], LEX_HASH[0][3],
    LEX_HASH[1][0], LEX_HASH[1][1], LEX_HASH[1][2], LEX_HASH[1][3],
    TOPIC_HASH[0][0], TOPIC_HASH[0][1], TOPIC_HASH[1][0], TOPIC_HASH[1][1],
];
const N_SPECIAL: usize = 12;

/// The weight rows of [`SPECIAL_KEYS`]: `slot[row]` is 1 + the key's index there (0 for
/// other rows); `rows[j]` is the row of slot `j + 1` (unused slots point at row 0 and stay 0).
pub(super) struct Special {
    pub(super) slot: Vec<u8>,
    pub(super) rows: [usize; N_SPECIAL],
}

impl Special {
    pub(super) fn get() -> &'static Special {
        static SPECIAL: std::sync::OnceLock<Special> = std::sync::OnceLock::new();
        SPECIAL.get_or_init(|| {
            let index = crate::stance::model::row_index();
            let mut slot = vec![0u8; crate::stance::model::keys().len()];
            let mut rows = [0; N_SPECIAL];
            for (j, &k) in SPECIAL_KEYS.iter().enumerate() {
                if let Some(r) = crate::stance::model::row(index, k) {
                    if slot[r] == 0 {
                        slot[r] = j as u8 + 1;
                        rows[j] = r;
                    }
                }
            }
            Special { slot, rows }
        })
    }
}

/// Sorts `items` by key and sums the values of equal keys, in emission order (a stable sort,
/// so the f32 sums do not depend on the sort algorithm).
pub(super) fn merge(items: &mut Vec<(u32, f32)>) {
    items.sort_by_key(|x| x.0);
    items.dedup_by(|b, a| {
        if a.0 == b.0 {
            a.1 += b.1;
            true
        } else {
            false
        }
    });
}

impl Sink {
    #[inline(always)]
    pub(super) fn add(&mut self, parts: &[&str], v: f32) {
        self.add_hashed(hash(parts), parts, v);
    }

    /// [`Sink::add`] with `h` = `hash(parts)` already known.
    #[inline(always)]
    pub(super) fn add_hashed(&mut self, h: u32, parts: &[&str], v: f32) {
        debug_assert_eq!(h, hash(parts));
        match self.mode {
            Mode::All => self.items.push((h, v)),
            Mode::Named => {
                self.items.push((h, v));
                self.names.push(parts.join("|"));
            }
            Mode::Model(index, special) => {
                if let Some(r) = crate::stance::model::row(index, h) {
                    match special.slot[r] {
                        0 => crate::stance::model::add_fixed(&mut self.dot.acc, r, crate::stance::model::fixed(v)),
                        j => self.dot.special[j as usize - 1] += v,
                    }
                }
            }
        }
    }

    pub(super) fn finish(mut self) -> Features {
        merge(&mut self.items);
        Features { items: self.items }
    }
}
