//! Features of a (sentence, target mention) pair for the stance model ([`super::model`]).
//!
//! One implementation serves both the runtime and training: `scripts/train_stance.py` runs
//! `cargo run --release --example features`, which calls [`for_span`], so the features the
//! weights were fitted on are exactly the features the crate computes.
//!
//! The sentence is read as a sequence of *units*: its word tokens plus the punctuation
//! between them (`,` `;` `:` `?` `!` `"` `(` `)` `-`), so windows stop at clause edges and
//! quotations are visible. Every feature is a name hashed (FxHash-style, fixed seed) into
//! 2^[`BITS`] buckets with a value:
//! - words and word bigrams left/right of the mention within ±[`WINDOW`] units, words within
//!   ±3 units, crude stems, and words in a negation's scope (`not`, `never` … up to 3 words);
//! - the whole sentence's words and bigrams (weight ½), the mention replaced by `<T>`;
//! - lexicon polarity (VADER valence via [`crate::lexicon::valence`]) of the words around the
//!   mention, distance-weighted `1/(1+d/3)`, flipped (×−0.74, as VADER does) under negation,
//!   summed within ±3, ±8 and over the sentence, and by side and distance bucket;
//! - the mention's role: words just before/after it, a polar word right after it (the
//!   target acts) or right before it (the target is acted on), a report verb after it (the
//!   target speaks), possessive, pronoun, sentence-initial;
//! - the voice: whether the sentence is reported ([`crate::stance::holders`]) and whether
//!   the mention sits inside quotation marks.

use super::compose::{is_punct, scope_flags_into};
use sink::{Dot, Mode, Sink, Special, HALF};
use units_buf::Buffers;
use crate::segment::Token;
use std::ops::Range;

mod sink;
mod units_buf;

/// Hash space: features are hashed into `2^BITS` buckets.
pub const BITS: u32 = 20;
/// Window half-width in units around the mention.
pub const WINDOW: usize = 8;

/// Sparse feature vector: (bucket, value) pairs, buckets ascending and unique.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// `(bucket, value)` sorted by bucket.
    pub items: Vec<(u32, f32)>,
}

/// Negation words whose scope flips polarity (after VADER's NEGATE list, MIT); also any
/// "…n't" ([`is_negation`]).
pub(super) const NEGATIONS: &[&str] =
    &["not", "no", "never", "cannot", "without", "nor", "neither", "nobody", "nothing", "none", "hardly", "barely"];

/// Whether `w` is a negation (the word facts carry the list part: [`super::facts::Facts::negation`]).
#[cfg(test)]
fn is_negation(w: &str) -> bool {
    NEGATIONS.contains(&w) || w.ends_with("n't")
}
/// Speech verbs that make a mention right before them the speaker (Recasens et al. 2013).
const SPEECH: &[&str] = &[
    "said", "says", "told", "tells", "argued", "argues", "warned", "warns", "claimed",
    "claims", "added", "wrote", "writes", "insisted", "noted", "stated", "asked", "tweeted",
];
const PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "they", "them", "their", "it", "its"];

/// Features of the target `target` (a byte range) inside `text`, read as one sentence.
///
/// `reported` says whether the sentence is voiced by someone other than the author. Tokens
/// overlapping `target` form the mention; an empty mention yields sentence features only.
///
/// # Examples
/// ```
/// use parallax::stance::features::for_span;
/// let text = "Critics slammed Smith for the reckless plan.";
/// let f = for_span(text, 16..21, false);
/// assert!(!f.items.is_empty());
/// assert!(f.items.windows(2).all(|w| w[0].0 < w[1].0));
/// ```
pub fn for_span(text: &str, target: Range<usize>, reported: bool) -> Features {
    let mut tokens = Vec::new();
    crate::segment::tokenize(text, 0..text.len(), &mut tokens);
    let first = tokens.iter().position(|t| t.range.end > target.start && t.range.start < target.end);
    let mention = match first {
        Some(a) => a..a + tokens[a..].iter().take_while(|t| t.range.start < target.end).count(),
        None => 0..0,
    };
    extract(text, &tokens, mention, reported)
}

/// Features of the mention `mention` (indices into `tokens`, one sentence's tokens) in `text`.
pub fn extract(text: &str, tokens: &[Token], mention: Range<usize>, reported: bool) -> Features {
    Units::new(text, tokens).features(mention, reported)
}

/// A sentence read for feature extraction: its units with their valences and negation
/// scope, computed once and shared by every mention in the sentence.
#[derive(Debug, Clone)]
pub struct Units<'a> {
    /// Word norms and punctuation marks, in order.
    units: Vec<&'a str>,
    /// Unit index of each token.
    map: Vec<usize>,
    /// Contextual valence of each word unit ([`super::compose::valences`]).
    valences: super::compose::Valences,
    /// Each unit's word facts ([`super::facts::of`]; the default for punctuation).
    facts: Vec<super::facts::Facts>,
    negated: Vec<bool>,
    /// Whether each unit is punctuation ([`super::compose::is_punct`]), computed once.
    punct: Vec<bool>,
    /// `hash(["S", w])` and `hash(["S2", previous unit or "<S>", w])` of each unit: the
    /// sentence features, shared by every mention except around the mention itself.
    sentence_hashes: Vec<(u32, u32)>,
    /// Units that are a hyphen inside a word ("Asia-Pacific"): no clause edge for frames.
    joins: Vec<usize>,
    /// The units that are a quotation mark (`"`), in order.
    quotes: Vec<u32>,
    /// The sentence's tokens.
    tokens: &'a [Token],
    /// The model's weight rows of `sentence_hashes` ([`NO_ROW`] where it has none).
    sentence_rows: Vec<(u32, u32)>,
    /// The fixed-point dot product of all sentence features (no mention) with the weights,
    /// for [`Units::logits`]; `None` when one of them falls on a [`Special`] row.
    sentence_dot: Option<[i64; 3]>,
}

/// No weight row ([`Units`]).
const NO_ROW: u32 = u32::MAX;

impl<'a> Units<'a> {
    /// Reads the sentence whose tokens are `tokens` (pointing into `text`).
    pub fn new(text: &str, tokens: &'a [Token]) -> Self {
        // The vectors of the last dropped `Units` (cleared), so a sentence allocates nothing
        // once the buffers have grown.
        let Buffers { units, mut map, mut joins, mut quotes, mut punct, mut facts, mut negated, mut valences, mut sentence_hashes, mut sentence_rows } =
            Buffers::spare();
        let mut units: Vec<&'a str> = units;
        units_into(text, tokens, &mut units, &mut map, &mut joins);
        quotes.clear();
        quotes.extend((0..units.len() as u32).filter(|&i| units[i as usize] == "\""));
        punct.clear();
        punct.extend(units.iter().map(|u| is_punct(u)));
        facts.clear();
        facts.extend(units.iter().zip(&punct).map(|(u, &p)| if p { Default::default() } else { super::facts::of(u) }));
        // Negations: a listed word (its facts) or any "…n't".
        scope_flags_into(&punct, |i| facts[i].negation || units[i].ends_with("n't"), 3, &mut negated);
        super::compose::valences_into(&facts, &punct, &negated, &mut valences);
        sentence_hashes.clear();
        sentence_hashes.extend(
            (0..units.len()).map(|i| (hash(&["S", units[i]]), hash(&["S2", if i == 0 { "<S>" } else { units[i - 1] }, units[i]]))),
        );
        let (index, special) = (super::model::row_index(), Special::get());
        let mut sentence_dot = Some([0; 3]);
        let mut row = |h: u32| match super::model::row(index, h) {
            Some(r) => {
                if special.slot[r] != 0 {
                    sentence_dot = None;
                } else if let Some(dot) = &mut sentence_dot {
                    super::model::add_fixed(dot, r, HALF);
                }
                r as u32
            }
            None => NO_ROW,
        };
        sentence_rows.clear();
        sentence_rows.extend(sentence_hashes.iter().map(|&(s, s2)| (row(s), row(s2))));
        Units { units, map, valences, facts, negated, punct, sentence_hashes, joins, quotes, tokens, sentence_rows, sentence_dot }
    }

    /// Features of the mention `mention` (token indices); `reported` = the sentence is voiced
    /// by someone other than the author.
    pub fn features(&self, mention: Range<usize>, reported: bool) -> Features {
        self.collect(mention, reported, Mode::All).finish()
    }

    /// The model's logits for the mention: exactly `model::logits(&self.features(..))`, the
    /// same bits, without building the features. The dot product is in fixed point (exact,
    /// so the order of the terms does not matter): the sentence features' part is computed
    /// once per sentence (`sentence_dot`) and each mention only takes out the units it
    /// replaces by `<T>` and adds its own features. The few rows whose features are summed
    /// in `f32` with values other than ½ and 1 (`Special`: lexicon polarity) are summed
    /// in `f32` in emission order, as [`Features`] merges them, before they join the sum.
    pub fn logits(&self, mention: Range<usize>, reported: bool) -> [f64; 3] {
        let sink = self.collect(mention, reported, Mode::Model(super::model::row_index(), Special::get()));
        let Dot { mut acc, special } = sink.dot;
        for (&v, &r) in special.iter().zip(&Special::get().rows) {
            if v != 0.0 {
                super::model::add_fixed(&mut acc, r, super::model::fixed(v));
            }
        }
        super::model::finish(acc)
    }

    /// Like [`Units::features`], but each feature with its readable name (e.g. `L|praised`),
    /// unmerged, for explanations and debugging.
    pub fn named(&self, mention: Range<usize>, reported: bool) -> Vec<(String, u32, f32)> {
        let sink = self.collect(mention, reported, Mode::Named);
        sink.names.into_iter().zip(sink.items).map(|(n, (k, v))| (n, k, v)).collect()
    }

    /// The clause frame of the mention (token indices): [`super::frames::frame`].
    pub fn frame(&self, mention: Range<usize>) -> super::frames::Frame {
        let (ts, te) = self.unit_range(&mention);
        let named = self.tokens.get(mention.start).is_some_and(|t| t.cap);
        if self.joins.is_empty() {
            return super::frames::frame(&self.units, &self.punct, &self.valences, &self.facts, ts, te, named);
        }
        let mut punct = self.punct.clone();
        for &j in &self.joins {
            punct[j] = false;
        }
        super::frames::frame(&self.units, &punct, &self.valences, &self.facts, ts, te, named)
    }

    /// The mention's units `ts..te`; `(len, len)` when it is empty.
    fn unit_range(&self, mention: &Range<usize>) -> (usize, usize) {
        match (self.map.get(mention.start), mention.end.checked_sub(1).and_then(|e| self.map.get(e))) {
            (Some(&a), Some(&b)) if !mention.is_empty() => (a, b + 1),
            _ => (self.units.len(), self.units.len()),
        }
    }

    fn collect(&self, mention: Range<usize>, reported: bool, mode: Mode) -> Sink {
        let units = &self.units;
        let (ts, te) = self.unit_range(&mention);
        let cap = if matches!(mode, Mode::Model(..)) { 0 } else { 4 * units.len() + 64 };
        let mut f = Sink { items: Vec::with_capacity(cap), names: Vec::new(), mode, dot: Dot::default() };
        let dist = |i: usize| if i < ts { ts - i } else { i + 1 - te };
        // Whole sentence, the mention as <T>.
        let mut prev: &str = "<S>";
        let mut i = 0;
        if let (Mode::Model(..), Some(dot)) = (mode, self.sentence_dot) {
            // The same features from the sentence's dot product: the units from `ts` to `te`
            // (the mention and the bigram after it) leave, `<T>` and its bigrams come in.
            f.dot.acc = dot;
            if ts < units.len() {
                let rows = &self.sentence_rows;
                let mut out = |r: u32| {
                    if r != NO_ROW {
                        super::model::add_fixed(&mut f.dot.acc, r as usize, -HALF);
                    }
                };
                for &(s, s2) in &rows[ts..te] {
                    out(s);
                    out(s2);
                }
                if te < units.len() {
                    out(rows[te].1);
                }
                f.add_hashed(T_HASH, &["S", "<T>"], 0.5);
                f.add(&["S2", if ts == 0 { "<S>" } else { units[ts - 1] }, "<T>"], 0.5);
                if te < units.len() {
                    f.add(&["S2", "<T>", units[te]], 0.5);
                }
            }
            i = units.len();
        }
        while i < units.len() {
            let w = if i == ts { "<T>" } else { units[i] };
            if i == ts || i == te {
                // The mention, and the unit right after it (`prev` is "<T>").
                f.add(&["S", w], 0.5);
                f.add(&["S2", prev, w], 0.5);
            } else {
                let (s, s2) = self.sentence_hashes[i];
                f.add_hashed(s, &["S", w], 0.5);
                f.add_hashed(s2, &["S2", prev, w], 0.5);
            }
            prev = w;
            i = if i == ts { te } else { i + 1 };
        }
        // Window around the mention.
        if ts < units.len() {
            let lo = ts.saturating_sub(WINDOW);
            let hi = (te + WINDOW).min(units.len());
            // Left, then right (two loops: each side's name is a constant there, so the
            // hash of its part is folded at compile time).
            for i in lo..ts {
                self.window_unit(&mut f, "L", i, dist(i), ts, hi);
            }
            for i in te..hi {
                self.window_unit(&mut f, "R", i, dist(i), ts, hi);
            }
            f.add(&["R", "2", "<T>", units.get(te).copied().unwrap_or("<E>")], 1.0);
            self.role(&mut f, ts, te);
        }
        // Lexicon polarity, distance-weighted.
        for (i, v) in self.valences.val.iter().enumerate() {
            let Some(v) = *v else { continue };
            if (ts..te).contains(&i) {
                continue;
            }
            // Feature names from constants, hashed at compile time (`debug_assert` in
            // `add_hashed` checks them).
            let si = if v > 0.0 { 0 } else { 1 };
            let sign = SIGNS[si];
            let a = v.abs();
            if self.valences.topic[i] {
                // A topic word's valence: sentence level and distance-weighted only.
                f.add_hashed(TOPIC_HASH[si][0], &["#topic", sign, "S"], a);
                if ts < units.len() {
                    f.add_hashed(TOPIC_HASH[si][1], &["#topic", sign, "w"], a / (1.0 + dist(i) as f32 / 3.0));
                }
                continue;
            }
            f.add_hashed(LEX_HASH[si][0], &["#lex", sign, "S"], a);
            if ts < units.len() {
                let d = dist(i);
                f.add_hashed(LEX_HASH[si][1], &["#lex", sign, "w"], a / (1.0 + d as f32 / 3.0));
                if d <= 3 {
                    f.add_hashed(LEX_HASH[si][2], &["#lex", sign, "3"], a);
                }
                if d <= WINDOW {
                    f.add_hashed(LEX_HASH[si][3], &["#lex", sign, "8"], a);
                }
                let bucket = match d {
                    1 => 0,
                    2..=3 => 1,
                    4..=8 => 2,
                    _ => 3,
                };
                let side = if i < ts { 0 } else { 1 };
                f.add_hashed(POL_HASH[side][si][bucket], &["#pol", ["L", "R"][side], sign, POL_BUCKETS[bucket]], 1.0);
            }
            if self.negated[i] {
                f.add_hashed(NEGATED_HASH, &["#negated"], 1.0);
            }
        }
        // Voice.
        f.add(&[if reported { "#reported" } else { "#author" }], 1.0);
        let quotes_before = self.quotes.partition_point(|&q| (q as usize) < ts);
        let quotes = self.quotes.len();
        if quotes_before % 2 == 1 {
            f.add(&["#inquote"], 1.0);
        } else if quotes > 0 {
            f.add(&["#quotes"], 1.0);
        }
        f
    }

    /// The window features of unit `i` on `side` (`L`, `R`) of the mention at `ts`, `d` units
    /// from it; the window ends before unit `hi`.
    #[inline(always)]
    fn window_unit(&self, f: &mut Sink, side: &'static str, i: usize, d: usize, ts: usize, hi: usize) {
        let units = &self.units;
        let w = units[i];
        f.add(&[side, w], 1.0);
        if d <= 3 {
            f.add(&["N", w], 1.0);
        }
        if !self.punct[i] {
            f.add(&["~", stem(w)], 1.0);
            if self.negated[i] {
                f.add(&["NEG", w], 1.0);
            }
        }
        let next = if i + 1 == ts { "<T>" } else if i + 1 < hi { units[i + 1] } else { "<E>" };
        f.add(&[side, "2", w, next], 1.0);
    }

    /// The mention's grammatical role, approximated from its neighbours.
    fn role(&self, f: &mut Sink, ts: usize, te: usize) {
        let units = &self.units;
        let before = if ts > 0 { units[ts - 1] } else { "<S>" };
        let after = units.get(te).copied().unwrap_or("<E>");
        f.add(&["pv", before], 1.0);
        f.add(&["nx", after], 1.0);
        if te == ts + 1 && PRONOUNS.contains(&units[ts]) {
            f.add(&["#pron"], 1.0);
        }
        if ts == 0 || (ts <= 2 && self.punct[..ts].iter().all(|&p| !p)) {
            f.add(&["#initial"], 1.0);
        }
        if after == "'s" {
            f.add(&["#poss"], 1.0);
        }
        let sign = |p: i8| if p > 0 { "+" } else { "-" };
        // The first polar word after the mention, within 4 units and no punctuation: the target acts.
        let end = (te + 4).min(units.len());
        for ((u, &p), &punct) in units[te..end].iter().zip(&self.valences.polar[te..end]).zip(&self.punct[te..end]) {
            if punct {
                break;
            }
            if SPEECH.contains(u) {
                f.add(&["#speaker"], 1.0);
                break;
            }
            if p != 0 {
                f.add(&["#agent", sign(p)], 1.0);
                break;
            }
        }
        // The nearest polar word before the mention, within 3 units: the target is acted on.
        for i in (ts.saturating_sub(3)..ts).rev() {
            if self.punct[i] {
                break;
            }
            if self.valences.polar[i] != 0 {
                f.add(&["#patient", sign(self.valences.polar[i])], 1.0);
                break;
            }
        }
    }
}

/// Word tokens interleaved with the punctuation between them; and each token's unit index.
/// Also the units that are a hyphen joining two words ("Asia-Pacific"), for [`super::frames`].
/// The three go into `out`, `map` and `joins` (cleared first, their allocations reused).
fn units_into<'a>(text: &str, tokens: &'a [Token], out: &mut Vec<&'a str>, map: &mut Vec<usize>, joins: &mut Vec<usize>) {
    out.clear();
    map.clear();
    joins.clear();
    out.reserve(tokens.len() + tokens.len() / 3);
    map.reserve(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        map.push(out.len());
        out.push(&t.norm);
        // After the last token, only the punctuation attached to it (`.”`) is the sentence's.
        let last = k + 1 == tokens.len();
        let gap_end = tokens.get(k + 1).map_or(text.len(), |n| n.range.start);
        let gap = text.get(t.range.end..gap_end).unwrap_or("");
        if gap == " " {
            continue; // the usual gap: no punctuation
        }
        for c in gap.chars() {
            if last && c.is_whitespace() {
                break;
            }
            let p = match crate::text::fold_char(c) {
                ',' => ",",
                ';' => ";",
                ':' => ":",
                '?' => "?",
                '!' => "!",
                '"' => "\"",
                '(' | '[' => "(",
                ')' | ']' => ")",
                '-' => {
                    if !last && text.get(t.range.end..gap_end) == Some("-") {
                        joins.push(out.len());
                    }
                    "-"
                }
                _ => continue,
            };
            out.push(p);
        }
    }
}

/// A crude suffix-stripping stem, so "praised", "praises" and "praising" share a feature.
pub fn stem(w: &str) -> &str {
    // Every suffix ends in y, d, g or s: other words are their own stem.
    if !matches!(w.as_bytes().last(), Some(b'y' | b'd' | b'g' | b's')) {
        return w;
    }
    for suf in ["ingly", "edly", "ing", "ed", "es", "s", "ly"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    w
}

/// Buckets of the *confound* features: topic words' valence (`#topic|±|S`, `#topic|±|w`).
///
/// In the training data (US political news about people) a sentence's positive topic words
/// ("peace", "security") go with a favourable stance toward the person; in a story *about*
/// security they are the subject, not an evaluation. The model is trained with these
/// features, so the other weights are not confounded by them, and they are then dropped
/// from the shipped weights with their mean contribution moved into the intercepts (Landeiro
/// & Culotta 2016, "Robust text classification in the presence of confounding bias").
pub fn confounds() -> impl Iterator<Item = u32> {
    ["+", "-"].into_iter().flat_map(|s| ["S", "w"].into_iter().map(move |w| hash(&["#topic", s, w])))
}

/// FxHash-style hash of the parts of a feature name (fixed seed, `0xFF` between parts).
/// A `const fn` (hence the `while` loops), so features named by constants are hashed at
/// compile time (the lexicon-polarity features, [`LEX_HASH`] …).
pub const fn hash(parts: &[&str]) -> u32 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0x243f_6a88_85a3_08d3;
    let mut i = 0;
    while i < parts.len() {
        let p = parts[i].as_bytes();
        let mut j = 0;
        while j < p.len() {
            h = (h.rotate_left(5) ^ p[j] as u64).wrapping_mul(K);
            j += 1;
        }
        h = (h.rotate_left(5) ^ 0xFF).wrapping_mul(K);
        i += 1;
    }
    h ^= h >> 31;
    (h.wrapping_mul(K) >> (64 - BITS)) as u32
}

/// The signs of the lexicon-polarity features, `+` (index 0) and `-` (index 1).
const SIGNS: [&str; 2] = ["+", "-"];
/// `hash(["#topic", sign, x])` for x = `S`, `w`, by sign index.
const TOPIC_HASH: [[u32; 2]; 2] = [
    [hash(&["#topic", "+", "S"]), hash(&["#topic", "+", "w"])],
    [hash(&["#topic", "-", "S"]), hash(&["#topic", "-", "w"])],
];
/// `hash(["#lex", sign, x])` for x = `S`, `w`, `3`, `8`, by sign index.
const LEX_HASH: [[u32; 4]; 2] = [
    [hash(&["#lex", "+", "S"]), hash(&["#lex", "+", "w"]), hash(&["#lex", "+", "3"]), hash(&["#lex", "+", "8"])],
    [hash(&["#lex", "-", "S"]), hash(&["#lex", "-", "w"]), hash(&["#lex", "-", "3"]), hash(&["#lex", "-", "8"])],
];
/// Distance buckets of the `#pol` features.
const POL_BUCKETS: [&str; 4] = ["1", "3", "8", "far"];
/// `hash(["#pol", side, sign, bucket])`: side `L` (0) / `R` (1), sign index, [`POL_BUCKETS`] index.
const POL_HASH: [[[u32; 4]; 2]; 2] = {
    let mut out = [[[0; 4]; 2]; 2];
    let sides = ["L", "R"];
    let mut a = 0;
    while a < 2 {
        let mut s = 0;
        while s < 2 {
            let mut b = 0;
            while b < 4 {
                out[a][s][b] = hash(&["#pol", sides[a], SIGNS[s], POL_BUCKETS[b]]);
                b += 1;
            }
            s += 1;
        }
        a += 1;
    }
    out
};
const NEGATED_HASH: u32 = hash(&["#negated"]);

/// `hash(["S", "<T>"])`.
const T_HASH: u32 = hash(&["S", "<T>"]);

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, target: &str) -> Features {
        let s = text.find(target).unwrap();
        for_span(text, s..s + target.len(), false)
    }

    #[test]
    fn deterministic_sorted_and_bounded() {
        let a = names("Critics slammed Smith, calling the plan “reckless”.", "Smith");
        let b = names("Critics slammed Smith, calling the plan “reckless”.", "Smith");
        assert_eq!(a, b);
        assert!(a.items.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(a.items.iter().all(|&(k, v)| k < 1 << BITS && v.is_finite()));
    }

    #[test]
    fn hash_is_fixed() {
        // Pinned: changing the hash silently invalidates the shipped weights.
        assert_eq!(hash(&["S", "<T>"]), hash(&["S", "<T>"]));
        assert_ne!(hash(&["L", "ab"]), hash(&["La", "b"]));
        assert_eq!(hash(&["#author"]), 862_028);
        // Multi-part names of several lengths; values from an independent implementation
        // of the same hash.
        assert_eq!(hash(&["L", "abcdefghi"]), 1_010_391);
        assert_eq!(hash(&["R", "2", "abcd", "efghijk"]), 908_705);
        assert_eq!(hash(&["", ""]), 867_170);
        assert_eq!(hash(&["~", "praised"]), 337_820);
        assert_eq!(hash(&["S2", "<T>", "well-known"]), 995_324);
        let rt = |parts: &[&str]| hash(std::hint::black_box(parts));
        assert_eq!(rt(&["R", "2", "abcd", "efghijk"]), 908_705);
    }

    #[test]
    fn compile_time_hashes_match_runtime_ones() {
        // `hash` evaluated at run time (a black box keeps it from being folded).
        let rt = |parts: &[&str]| hash(std::hint::black_box(parts));
        for (si, sign) in SIGNS.iter().enumerate() {
            assert_eq!(TOPIC_HASH[si], [rt(&["#topic", sign, "S"]), rt(&["#topic", sign, "w"])]);
            for (k, x) in ["S", "w", "3", "8"].iter().enumerate() {
                assert_eq!(LEX_HASH[si][k], rt(&["#lex", sign, x]));
            }
            for (side, l) in ["L", "R"].iter().enumerate() {
                for (b, bucket) in POL_BUCKETS.iter().enumerate() {
                    assert_eq!(POL_HASH[side][si][b], rt(&["#pol", l, sign, bucket]));
                }
            }
        }
        assert_eq!(NEGATED_HASH, rt(&["#negated"]));
    }

    #[test]
    fn window_role_and_negation() {
        let has = |f: &Features, parts: &[&str]| f.items.iter().any(|x| x.0 == hash(parts));
        let f = names("Smith said the deal was not good for anyone.", "Smith");
        assert!(has(&f, &["#speaker"]) && has(&f, &["#initial"]) && has(&f, &["NEG", "good"]));
        assert!(has(&f, &["R", "said"]) && has(&f, &["pv", "<S>"]));
        let f = names("Voters praised Jones.", "Jones");
        assert!(has(&f, &["#patient", "+"]) && has(&f, &["L", "praised"]) && has(&f, &["nx", "<E>"]));
        // Punctuation units: a quotation is seen.
        let f = names("He called it “a disaster for Jones and everyone”.", "Jones");
        assert!(has(&f, &["#inquote"]));
    }

    #[test]
    fn a_sentence_ends_at_its_own_punctuation() {
        // The tokens of the first sentence only: what follows it must not leak in.
        let text = "Voters praised Jones. “Never,” said Lee; (really?)";
        let mut toks = Vec::new();
        crate::segment::tokenize(text, 0..20, &mut toks);
        let alone = "Voters praised Jones.";
        let mut toks2 = Vec::new();
        crate::segment::tokenize(alone, 0..alone.len(), &mut toks2);
        assert_eq!(extract(text, &toks, 2..3, false), extract(alone, &toks2, 2..3, false));
    }

    #[test]
    fn empty_or_missing_mention_gives_sentence_features() {
        let f = for_span("A fine day.", 50..60, false);
        assert!(!f.items.is_empty());
        assert!(for_span("", 0..0, true).items.len() == 1);
    }

    #[test]
    fn model_logits_are_the_logits_of_the_features() {
        let text = "Critics slammed Smith, calling the “reckless” plan a disaster, but Smith said he was not worried; Jones praised Smith and Smith's peace plan.";
        let mut toks = Vec::new();
        crate::segment::tokenize(text, 0..text.len(), &mut toks);
        let units = Units::new(text, &toks);
        for m in (0..toks.len()).map(|i| i..i + 1).chain([0..0, 2..4, 0..toks.len()]) {
            for reported in [false, true] {
                let want = super::super::model::logits(&units.features(m.clone(), reported));
                assert_eq!(units.logits(m.clone(), reported), want, "{m:?}");
            }
        }
    }

    #[test]
    fn model_logits_match_when_word_features_hit_the_polarity_rows() {
        // Made-up words whose features collide with lexicon-polarity keys (summed in f32
        // with valences): "auiu" as a sentence word, "logu" left of the mention, "pkk" right
        // of it, "kivk" near it. The fast path must still give the features' logits.
        for (parts, key) in [
            (["S", "auiu"], LEX_HASH[1][3]),
            (["L", "logu"], LEX_HASH[0][2]),
            (["R", "pkk"], LEX_HASH[1][2]),
            (["N", "kivk"], LEX_HASH[0][0]),
        ] {
            assert_eq!(hash(&parts), key);
            assert!(super::super::model::row(super::super::model::row_index(), key).is_some());
        }
        let text = "Critics slammed the reckless auiu logu plan by Smith pkk as a disastrous, terrible failure, kivk but Jones praised the brilliant, wonderful auiu idea and good peace.";
        let mut toks = Vec::new();
        crate::segment::tokenize(text, 0..text.len(), &mut toks);
        let units = Units::new(text, &toks);
        assert!(units.sentence_dot.is_none());
        for m in (0..toks.len()).map(|i| i..i + 1).chain([0..0, 2..4, 0..toks.len()]) {
            let want = super::super::model::logits(&units.features(m.clone(), false));
            assert_eq!(units.logits(m.clone(), false), want, "{m:?}");
        }
    }

    #[test]
    fn reused_buffers_read_a_sentence_as_fresh_ones_do() {
        // `Units::new` takes the vectors of the last dropped `Units`: nothing of the earlier
        // sentence (longer, with joins, quotes, negations) may leak into the next one. A
        // fresh thread has no spare buffers.
        let long = "Critics said the “reckless” U.S.-China plan was not good, and Smith (never a fan) slammed it; Jones praised Smith's deal.";
        let short = "Jones praised Smith warmly.";
        let read = |text: &str| {
            let mut toks = Vec::new();
            crate::segment::tokenize(text, 0..text.len(), &mut toks);
            let units = Units::new(text, &toks);
            let out: Vec<_> = (0..toks.len())
                .map(|i| (units.features(i..i + 1, false), units.logits(i..i + 1, true), units.frame(i..i + 1)))
                .collect();
            (out, units.units.len(), units.joins.clone(), units.quotes.clone())
        };
        let fresh_short = std::thread::spawn(move || read(short)).join().unwrap();
        let fresh_long = std::thread::spawn(move || read(long)).join().unwrap();
        assert!(!fresh_long.2.is_empty() && !fresh_long.3.is_empty());
        for _ in 0..2 {
            assert_eq!(read(long), fresh_long);
            assert_eq!(read(short), fresh_short);
        }
    }

    #[test]
    fn negations_come_with_the_facts() {
        for w in NEGATIONS.iter().copied().chain(["don't", "isn't", "not", "nothing", "note", "know", "n't", "", "peace"]) {
            assert_eq!(super::super::facts::of(w).negation || w.ends_with("n't"), is_negation(w), "{w}");
        }
        assert!(super::super::facts::of("never").negation && !super::super::facts::of("nevertheless").negation);
    }

    #[test]
    fn stems() {
        assert_eq!(stem("praised"), "prais");
        assert_eq!(stem("praises"), "prais");
        assert_eq!(stem("is"), "is");
        // The early return for other last letters changes nothing.
        for w in ["praisingly", "allegedly", "talking", "talked", "passes", "votes", "quickly", "peace", "nato", "x", "", "day", "dog", "sing"] {
            let slow = ["ingly", "edly", "ing", "ed", "es", "s", "ly"].iter().find_map(|s| w.strip_suffix(s).filter(|r| r.len() >= 3)).unwrap_or(w);
            assert_eq!(stem(w), slow, "{w}");
        }
    }
}
