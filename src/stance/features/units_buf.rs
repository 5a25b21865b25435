//! Buffer reuse for [`Units`]: the vectors of a dropped `Units` are cleared and kept in a
//! thread-local spare ([`SPARE`]), and [`Units::new`] takes them back, so scoring sentences
//! allocates nothing once the buffers have grown to the longest sentence's size.

use super::Units;

/// The vectors of a [`Units`], kept from one sentence to the next ([`SPARE`]).
#[derive(Default)]
pub(super) struct Buffers {
    pub(super) units: Vec<&'static str>,
    pub(super) map: Vec<usize>,
    pub(super) joins: Vec<usize>,
    pub(super) quotes: Vec<u32>,
    pub(super) punct: Vec<bool>,
    pub(super) facts: Vec<crate::stance::facts::Facts>,
    pub(super) negated: Vec<bool>,
    pub(super) valences: crate::stance::compose::Valences,
    pub(super) sentence_hashes: Vec<(u32, u32)>,
    pub(super) sentence_rows: Vec<(u32, u32)>,
}

impl Buffers {
    /// The buffers of the last dropped [`Units`] on this thread (cleared), or new empty ones.
    #[inline]
    pub(super) fn spare() -> Buffers {
        SPARE.try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop())).ok().flatten().unwrap_or_default()
    }
}

/// Sentences longer than this many units give their buffers back to the allocator.
const SPARE_MAX_UNITS: usize = 1024;

thread_local! {
    /// The buffers of dropped [`Units`] (at most two), reused by [`Units::new`].
    static SPARE: std::cell::RefCell<Vec<Buffers>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for Units<'_> {
    fn drop(&mut self) {
        use std::mem::take;
        if self.units.capacity() > SPARE_MAX_UNITS {
            return;
        }
        let mut units = take(&mut self.units);
        units.clear();
        let b = Buffers {
            // Empty: the same allocation, without the borrowed lifetime.
            units: units.into_iter().map(|_| "").collect(),
            map: take(&mut self.map),
            joins: take(&mut self.joins),
            quotes: take(&mut self.quotes),
            punct: take(&mut self.punct),
            facts: take(&mut self.facts),
            negated: take(&mut self.negated),
            valences: take(&mut self.valences),
            sentence_hashes: take(&mut self.sentence_hashes),
            sentence_rows: take(&mut self.sentence_rows),
        };
        let _ = SPARE.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                if s.len() < 2 {
                    s.push(b);
                }
            }
        });
    }
}
