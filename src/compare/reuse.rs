//! Text reuse: passages one article shares with another, as exact spans in both texts.
//!
//! 1. Each article's analysed sentences (never removed boilerplate) become a sequence of
//!    *units*: token norms (lowercased, quotes and dashes folded) split at inner
//!    punctuation, so "Indo-Pacific" and "Indo Pacific" both give `indo pacific`.
//!    A new *segment* starts wherever removed text sits between two sentences, and no
//!    match crosses it. Unit texts are interned to ids (9 bytes a unit in all).
//! 2. Word [`K`]-grams are hashed with a fixed 64-bit hash and winnowed with a window of
//!    [`WINDOW`] (Schleimer, Wilkerson & Aiken 2003): every shared run of at least
//!    `K + WINDOW - 1` units shares at least one selected fingerprint.
//! 3. Fingerprints are joined through one sorted index; a fingerprint found in more than
//!    [`MAX_ARTICLES_PER_FINGERPRINT`] articles is a stock phrase and is skipped (and, like
//!    one found in a single article, not kept in the index). Each article takes its seeds
//!    with later articles from the index in turn.
//!    Each article nominates its [`PARTNER_CANDIDATES`] partners sharing the most seeding
//!    fingerprints, and only pairs nominated by one of their two articles are examined, so
//!    the work is at most `PARTNER_CANDIDATES · n` pairs, not every pair sharing a seed.
//! 4. Each shared fingerprint seeds a match that is extended both ways to a maximal run,
//!    stepping over edits of up to [`MAX_GAP`] units on either side when at least
//!    [`RESYNC`] units match again right after them and [`MIN_STRETCH`] before the next
//!    edit. Runs shorter than [`MIN_UNITS`] are dropped.
//!
//! Spans run from the start of the first token to the end of the last one.
//!
//! Pairs are reduced as they are found ([`Found`]): copied sentences, copy pairs and the
//! reported strongest partners ([`REUSE_PARTNERS`]) are kept, the rest of each pair is
//! dropped, so memory follows the output, not the number of pairs (n²/2 when every
//! article shares text with every other).

use super::words::{hash64, mix};
use super::Reuse;
use crate::analysis::Article;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Units per hashed gram.
pub(crate) const K: usize = 5;
/// Winnowing window (in grams).
pub(crate) const WINDOW: usize = 4;
/// Shortest reported run, in units (at least `K + WINDOW - 1`, the length winnowing
/// guarantees to find).
pub(crate) const MIN_UNITS: usize = 10;
/// Longest edit stepped over inside a run, in units on each side.
pub(crate) const MAX_GAP: usize = 2;
/// Units that must match right after an edit for the run to step over it.
pub(crate) const RESYNC: usize = 3;
/// Units that must match after an edit before the next edit (or the end) for the edit to
/// stay inside the run: scattered agreement between edits is paraphrase, not copy.
pub(crate) const MIN_STRETCH: usize = 5;
/// Fingerprints shared by more articles than this are stock phrases and seed nothing.
pub(crate) const MAX_ARTICLES_PER_FINGERPRINT: usize = 64;
/// A sentence at least this share of whose bytes is reused counts as copied.
pub(crate) const COPIED_SHARE: f64 = 0.5;
/// Output cap: the reported reuse keeps, for each article, at most its this many strongest
/// partners (strength `max(share_a, share_b)`, ties to the lower article index); a pair is
/// kept when it is among the top of either of its articles, so at most
/// `REUSE_PARTNERS · n` pairs are reported instead of up to `n(n−1)/2` (200 wire copies
/// would otherwise give 19,900 pairs). Copied sentences, unique sentences and terms are
/// computed from all pairs before the cap ([`cap`]).
pub const REUSE_PARTNERS: usize = 10;
/// Work cap: each article nominates at most this many candidate partners, those with which
/// it shares the most seeding fingerprints (distinct hashes, counted from the index; ties to
/// the lower article index), and a pair is aligned and extended only when one of its two
/// articles nominates the other, so at most `PARTNER_CANDIDATES · n` pairs are examined
/// instead of every pair that shares a fingerprint (nearly n²/2 on a large set of versions
/// of one story). Far above [`REUSE_PARTNERS`]: a partner that covers much of an article
/// shares many of its fingerprints and is among its first candidates. Copied sentences and
/// copy pairs then come from the examined pairs only; on sets of up to this many + 1
/// articles every pair is examined and nothing changes.
pub(crate) const PARTNER_CANDIDATES: usize = 100;

/// Edits tried when a run stops, cheapest first: (units skipped in a, units skipped in b).
const GAPS: [(usize, usize); 8] = [(1, 1), (1, 0), (0, 1), (2, 2), (2, 1), (1, 2), (2, 0), (0, 2)];
const _: () = assert!(MIN_UNITS >= K + WINDOW - 1 && MIN_STRETCH >= RESYNC && MAX_GAP == 2);

/// The unit sequence of one article (9 bytes a unit: the units of all articles are held
/// at once).
struct Units {
    /// Interned text of each unit: equal ids are equal texts (see [`Vocab`]).
    id: Vec<u32>,
    /// Token index of each unit.
    token: Vec<u32>,
    /// [`FIRST`] | [`LAST`] | [`BREAK`] per unit.
    flags: Vec<u8>,
}

/// The unit starts its token.
const FIRST: u8 = 1;
/// The unit ends its token.
const LAST: u8 = 2;
/// Removed text lies between this unit and the one before: a new segment starts, and units
/// of different segments never join.
const BREAK: u8 = 4;

/// Unit texts interned across all articles, with each one's fixed 64-bit hash (what the
/// fingerprints are built from).
#[derive(Default)]
struct Vocab<'a> {
    ids: FxHashMap<&'a str, u32>,
    hash: Vec<u64>,
}

impl<'a> Vocab<'a> {
    fn id(&mut self, part: &'a str) -> u32 {
        let next = self.hash.len() as u32;
        *self.ids.entry(part).or_insert_with(|| {
            self.hash.push(hash64(part));
            next
        })
    }
}

/// The units of every article, and the vocabulary's hashes.
fn all_units(articles: &[Article]) -> (Vec<Units>, Vec<u64>) {
    let mut vocab = Vocab::default();
    let units = articles.iter().map(|a| Units::new(a, &mut vocab)).collect();
    (units, vocab.hash)
}

impl Units {
    fn new<'a>(a: &'a Article, vocab: &mut Vocab<'a>) -> Units {
        let mut u = Units { id: Vec::new(), token: Vec::new(), flags: Vec::new() };
        let removed = &a.doc.removed;
        let (mut r, mut brk, mut prev_end) = (0, false, None::<usize>);
        for s in &a.sentences {
            while r < removed.len() && removed[r].range.start < s.range.start {
                brk |= prev_end.is_some_and(|e| removed[r].range.end > e);
                r += 1;
            }
            prev_end = Some(s.range.end);
            for ti in s.tokens.clone() {
                let parts = a.tokens[ti].norm.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty());
                let start = u.id.len();
                for p in parts {
                    u.id.push(vocab.id(p));
                    u.token.push(ti as u32);
                    u.flags.push(if u.id.len() - 1 == start { FIRST } else { 0 } | if brk { BREAK } else { 0 });
                    brk = false;
                }
                if u.id.len() > start {
                    *u.flags.last_mut().expect("pushed") |= LAST;
                }
            }
        }
        u.id.shrink_to_fit();
        u.token.shrink_to_fit();
        u.flags.shrink_to_fit();
        u
    }

    fn len(&self) -> usize {
        self.id.len()
    }

    /// Units `i` ≤ `j` are in the same segment.
    fn joined(&self, i: usize, j: usize) -> bool {
        self.flags[i + 1..=j].iter().all(|f| f & BREAK == 0)
    }

    fn first(&self, i: usize) -> bool {
        self.flags[i] & FIRST != 0
    }

    fn last(&self, i: usize) -> bool {
        self.flags[i] & LAST != 0
    }

    /// Winnowed fingerprints: (hash, position of the gram's first unit); `hash` is the
    /// vocabulary's hash of each unit id.
    fn fingerprints(&self, hash: &[u64]) -> Vec<(u64, u32)> {
        let n = self.len();
        let grams: Vec<Option<u64>> = (0..n.saturating_sub(K - 1))
            .map(|p| self.joined(p, p + K - 1).then(|| self.id[p..p + K].iter().fold(0, |h, &x| mix(h, hash[x as usize]))))
            .collect();
        let mut out: Vec<(u64, u32)> = Vec::new();
        let mut p = 0;
        while p < grams.len() {
            if grams[p].is_none() {
                p += 1;
                continue;
            }
            let mut end = p;
            while end < grams.len() && grams[end].is_some() {
                end += 1;
            }
            // Windows over grams[p..end]; a run shorter than a window is one window.
            let w = WINDOW.min(end - p);
            for start in p..=end - w {
                let (mut best, mut at) = (u64::MAX, start);
                for (q, g) in grams.iter().enumerate().take(start + w).skip(start) {
                    let g = g.expect("inside a run");
                    if g <= best {
                        best = g;
                        at = q; // rightmost minimum
                    }
                }
                if out.last() != Some(&(best, at as u32)) {
                    out.push((best, at as u32));
                }
            }
            p = end;
        }
        out
    }

    fn same(&self, other: &Units, i: usize, j: usize, len: usize) -> bool {
        i + len <= self.len() && j + len <= other.len() && self.id[i..i + len] == other.id[j..j + len]
    }
}

/// A matched run: unit ranges in a and b.
#[derive(Debug, Clone, PartialEq)]
struct Run {
    a: Range<usize>,
    b: Range<usize>,
}

/// Extends the match ending (exclusive) at `i`, `j` forward.
fn forward(a: &Units, b: &Units, mut i: usize, mut j: usize) -> (usize, usize) {
    let mut before_gap: Option<(usize, usize)> = None;
    let mut from = i;
    loop {
        while i < a.len() && j < b.len() && a.id[i] == b.id[j] && a.flags[i] & BREAK == 0 && b.flags[j] & BREAK == 0 {
            i += 1;
            j += 1;
        }
        if let Some(end) = before_gap.filter(|_| i - from < MIN_STRETCH) {
            return end; // an edit followed by too little agreement: stop before the edit
        }
        let next = GAPS.iter().find_map(|&(di, dj)| {
            let (ni, nj) = (i + di, j + dj);
            (a.same(b, ni, nj, RESYNC) && a.joined(i - 1, ni + RESYNC - 1) && b.joined(j - 1, nj + RESYNC - 1)).then_some((ni, nj))
        });
        match next {
            Some((ni, nj)) => {
                before_gap = Some((i, j));
                (i, j, from) = (ni, nj, ni);
            }
            None => return (i, j),
        }
    }
}

/// Extends the match starting (inclusive) at `i`, `j` backward.
fn backward(a: &Units, b: &Units, mut i: usize, mut j: usize) -> (usize, usize) {
    let mut before_gap: Option<(usize, usize)> = None;
    let mut from = i;
    loop {
        while i > 0 && j > 0 && a.id[i - 1] == b.id[j - 1] && a.flags[i] & BREAK == 0 && b.flags[j] & BREAK == 0 {
            i -= 1;
            j -= 1;
        }
        if let Some(start) = before_gap.filter(|_| from - i < MIN_STRETCH) {
            return start;
        }
        let next = GAPS.iter().find_map(|&(di, dj)| {
            // The units just before the edit end (exclusive) at (ei, ej).
            let (ei, ej) = (i.checked_sub(di)?, j.checked_sub(dj)?);
            let (si, sj) = (ei.checked_sub(RESYNC)?, ej.checked_sub(RESYNC)?);
            (a.same(b, si, sj, RESYNC) && a.joined(si, i) && b.joined(sj, j)).then_some((ei, ej))
        });
        match next {
            Some((ei, ej)) => {
                before_gap = Some((i, j));
                (i, j, from) = (ei, ej, ei);
            }
            None => return (i, j),
        }
    }
}

/// Maximal runs between `a` and `b` grown from `seeds` (gram positions, sorted).
fn runs(a: &Units, b: &Units, seeds: &[(u32, u32)]) -> Vec<Run> {
    let mut found: Vec<Run> = Vec::new();
    // Runs that end after the current seed in a: the seeds come in ascending order in a, so
    // a run that ends before one can contain no later one either.
    let mut open: Vec<usize> = Vec::new();
    for &(i, j) in seeds {
        let (i, j) = (i as usize, j as usize);
        open.retain(|&k| found[k].a.end > i);
        if open.iter().any(|&k| found[k].a.contains(&i) && found[k].b.contains(&j)) || !a.same(b, i, j, K) {
            continue;
        }
        let (ei, ej) = forward(a, b, i + K, j + K);
        let (si, sj) = backward(a, b, i, j);
        open.push(found.len());
        found.push(Run { a: si..ei, b: sj..ej });
    }
    // Trim to whole tokens at both ends (the ends of a run match exactly, so move in step).
    let mut out: Vec<Run> = Vec::new();
    for mut r in found {
        while !(r.a.is_empty() || r.b.is_empty() || a.first(r.a.start) && b.first(r.b.start)) {
            r.a.start += 1;
            r.b.start += 1;
        }
        while !(r.a.is_empty() || r.b.is_empty() || a.last(r.a.end - 1) && b.last(r.b.end - 1)) {
            r.a.end -= 1;
            r.b.end -= 1;
        }
        if r.a.len().min(r.b.len()) >= MIN_UNITS {
            out.push(r);
        }
    }
    // Drop runs inside another one (on both sides).
    let contains = |o: &Run, r: &Run| o.a.start <= r.a.start && r.a.end <= o.a.end && o.b.start <= r.b.start && r.b.end <= o.b.end;
    let mut keep: Vec<Run> = Vec::with_capacity(out.len());
    for (k, r) in out.iter().enumerate() {
        let inside = out.iter().enumerate().any(|(m, o)| m != k && contains(o, r) && (o != r || m < k));
        if !inside {
            keep.push(r.clone());
        }
    }
    keep.sort_by_key(|r| (r.a.start, r.b.start));
    keep
}

/// The fingerprint index: (hash, article, position), sorted, of the fingerprints that seed
/// matches (those in 2 to [`MAX_ARTICLES_PER_FINGERPRINT`] articles), and for each entry
/// the end of its group of equal hashes.
struct Index {
    entries: Vec<(u64, u32, u32)>,
    group_end: Vec<u32>,
    /// Per article: its entries' positions in `entries`, ascending.
    of_article: Vec<Vec<u32>>,
}

impl Index {
    fn new(units: &[Units], hash: &[u64]) -> Index {
        // Counted first, so the one big array is allocated once at its size (winnowing again
        // costs less than the doubling growth's spare capacity and copies).
        let total: usize = units.iter().map(|u| u.fingerprints(hash).len()).sum();
        let mut entries: Vec<(u64, u32, u32)> = Vec::with_capacity(total);
        for (art, u) in units.iter().enumerate() {
            entries.extend(u.fingerprints(hash).into_iter().map(|(h, p)| (h, art as u32, p)));
        }
        entries.sort_unstable();
        // Only groups that seed stay (on a large set most fingerprints are in one article, or
        // in too many).
        let (mut kept, mut from) = (0, 0);
        while from < entries.len() {
            let h = entries[from].0;
            let (mut end, mut articles) = (from + 1, 1);
            while end < entries.len() && entries[end].0 == h {
                articles += usize::from(entries[end].1 != entries[end - 1].1);
                end += 1;
            }
            if (2..=MAX_ARTICLES_PER_FINGERPRINT).contains(&articles) {
                entries.copy_within(from..end, kept);
                kept += end - from;
            }
            from = end;
        }
        entries.truncate(kept);
        entries.shrink_to_fit();
        let mut group_end = vec![0u32; entries.len()];
        let mut of_article: Vec<Vec<u32>> = vec![Vec::new(); units.len()];
        let mut from = 0;
        for group in entries.chunk_by(|x, y| x.0 == y.0) {
            let end = from + group.len();
            for (k, e) in group.iter().enumerate() {
                group_end[from + k] = end as u32;
                of_article[e.1 as usize].push((from + k) as u32);
            }
            from = end;
        }
        Index { entries, group_end, of_article }
    }

    /// The entries of `a`'s seeding fingerprints, one per distinct hash (its first entry
    /// in each group), each with its whole group.
    fn groups_of(&self, a: usize) -> impl Iterator<Item = &[(u64, u32, u32)]> + '_ {
        self.of_article[a].iter().filter_map(move |&k| {
            let k = k as usize;
            let h = self.entries[k].0;
            if k > 0 && self.entries[k - 1].0 == h && self.entries[k - 1].1 as usize == a {
                return None;
            }
            let start = k - self.entries[..k].iter().rev().take_while(|e| e.0 == h).count();
            Some(&self.entries[start..self.group_end[k] as usize])
        })
    }

    /// For each article, the partners it nominates (see [`PARTNER_CANDIDATES`]), sorted by
    /// article index: the `limit` articles with which it shares the most distinct seeding
    /// fingerprints (ties to the lower index), then, for each of its seeding fingerprints
    /// that no nominee shares, the article sharing it that shares the most with it overall,
    /// so that every passage it shares with anyone is aligned with at least one partner.
    /// The second kind adds at most one nominee per fingerprint of the article (its length,
    /// not the number of articles). Costs what listing the seeds costs.
    fn candidates(&self, limit: usize) -> Vec<Vec<u32>> {
        let n = self.of_article.len();
        let mut count = vec![0u32; n];
        let mut chosen = vec![false; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut out = Vec::with_capacity(n);
        for a in 0..n {
            for group in self.groups_of(a) {
                for (g, e) in group.iter().enumerate() {
                    let b = e.1 as usize;
                    if b == a || (g > 0 && group[g - 1].1 == e.1) {
                        continue;
                    }
                    if count[b] == 0 {
                        touched.push(b as u32);
                    }
                    count[b] += 1;
                }
            }
            if touched.len() > limit {
                touched.sort_unstable_by_key(|&b| (std::cmp::Reverse(count[b as usize]), b));
            }
            let mut mine: Vec<u32> = touched.iter().take(limit).copied().collect();
            if touched.len() > limit {
                for &b in &mine {
                    chosen[b as usize] = true;
                }
                for group in self.groups_of(a) {
                    let others = group.iter().map(|e| e.1 as usize).filter(|&b| b != a);
                    if others.clone().any(|b| chosen[b]) {
                        continue;
                    }
                    if let Some(best) = others.min_by_key(|&b| (std::cmp::Reverse(count[b]), b)) {
                        chosen[best] = true;
                        mine.push(best as u32);
                    }
                }
                for &b in &mine {
                    chosen[b as usize] = false;
                }
            }
            mine.sort_unstable();
            for b in touched.drain(..) {
                count[b as usize] = 0;
            }
            out.push(mine);
        }
        out
    }

    /// Seeds of article `a` with later articles `b` for which `keep(b)`: (article b,
    /// position in a, position in b), sorted, distinct.
    fn seeds(&self, a: usize, keep: impl Fn(u32) -> bool) -> Vec<(u32, u32, u32)> {
        let mut out = Vec::new();
        for &k in &self.of_article[a] {
            let p = self.entries[k as usize];
            for q in &self.entries[k as usize + 1..self.group_end[k as usize] as usize] {
                if q.1 != p.1 && keep(q.1) {
                    out.push((q.1, p.2, q.2));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// What the comparison needs of the reuse between all pairs of articles, gathered pair by
/// pair without holding all pairs at once (on a corpus where every article shares text with
/// every other, all pairs are n²/2 of them).
pub(crate) struct Found {
    /// The reported pairs (see [`REUSE_PARTNERS`]), ordered by (a, b).
    pub(crate) reported: Vec<Reuse>,
    /// Per article, per sentence: the other articles it was copied from or into (see
    /// [`covered_sentences`]).
    pub(crate) covered: Vec<Vec<Vec<u32>>>,
    /// Pairs (a, b), a < b, ordered, with `max(share_a, share_b) ≥ copy_share`.
    pub(crate) copies: Vec<(usize, usize)>,
    /// Pairs aligned and extended (at most [`PARTNER_CANDIDATES`] · n); read by the tests.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) examined: usize,
}

/// All reuse between pairs of `articles`, reduced as it is found to what the comparison
/// needs (see [`Found`]); `copy_share` is the share from which a pair counts as a copy.
pub(crate) fn find(articles: &[Article], copy_share: f64) -> Found {
    find_with(articles, copy_share, PARTNER_CANDIDATES)
}

/// [`find`] with `limit` candidate partners nominated per article.
fn find_with(articles: &[Article], copy_share: f64, limit: usize) -> Found {
    let (units, hash) = all_units(articles);
    let index = Index::new(&units, &hash);
    let mut top = Top::new(articles.len());
    let mut covered: Vec<Vec<Vec<u32>>> = articles.iter().map(|a| vec![Vec::new(); a.sentences.len()]).collect();
    let mut copies = Vec::new();
    let nominated = index.candidates(limit);
    let mut nominated_by: Vec<Vec<u32>> = vec![Vec::new(); articles.len()];
    for (a, list) in nominated.iter().enumerate() {
        for &b in list {
            nominated_by[b as usize].push(a as u32);
        }
    }
    let mut paired = vec![false; articles.len()];
    let mut examined = 0;
    for ai in 0..articles.len() {
        // Seeds only with nominated partners: listing and sorting the others would cost
        // what the bound saves.
        for &b in nominated[ai].iter().chain(&nominated_by[ai]) {
            paired[b as usize] = true;
        }
        let seeds = index.seeds(ai, |b| paired[b as usize]);
        for &b in nominated[ai].iter().chain(&nominated_by[ai]) {
            paired[b as usize] = false;
        }
        for pair in seeds.chunk_by(|x, y| x.0 == y.0) {
            let bi = pair[0].0 as usize;
            examined += 1;
            let positions: Vec<(u32, u32)> = pair.iter().map(|s| (s.1, s.2)).collect();
            let Some(r) = pair_reuse(articles, &units, ai, bi, &positions) else { continue };
            cover(articles, &r, &mut covered);
            if r.share_a.max(r.share_b) >= copy_share {
                copies.push((r.a, r.b));
            }
            top.offer(r);
        }
    }
    for art in &mut covered {
        for s in art {
            s.sort_unstable();
            s.dedup();
        }
    }
    Found { reported: top.into_pairs(), covered, copies, examined }
}

/// The reuse between articles `ai` and `bi` grown from `positions` (sorted gram positions),
/// or `None` when no run is long enough.
fn pair_reuse(articles: &[Article], units: &[Units], ai: usize, bi: usize, positions: &[(u32, u32)]) -> Option<Reuse> {
    let (ua, ub) = (&units[ai], &units[bi]);
    let found = runs(ua, ub, positions);
    if found.is_empty() {
        return None;
    }
    let (a, b) = (&articles[ai], &articles[bi]);
    let byte = |art: &Article, u: &Units, r: &Range<usize>| {
        art.tokens[u.token[r.start] as usize].range.start..art.tokens[u.token[r.end - 1] as usize].range.end
    };
    let spans: Vec<(Range<usize>, Range<usize>)> = found.iter().map(|r| (byte(a, ua, &r.a), byte(b, ub, &r.b))).collect();
    let share_a = share(a, spans.iter().map(|s| s.0.clone()));
    let share_b = share(b, spans.iter().map(|s| s.1.clone()));
    Some(Reuse { a: ai, b: bi, share_a, share_b, spans })
}

/// The reported pairs, kept as pairs arrive: for each article its [`REUSE_PARTNERS`]
/// strongest partners (strength `max(share_a, share_b)`, ties to the lower partner index);
/// a pair stays while it is among the strongest of either article. A pair pushed out of
/// both lists can never come back (lists only get stronger), so it is dropped at once and
/// at most `REUSE_PARTNERS · n` pairs are ever held.
struct Top {
    /// Per article: (strength key, partner, slot), ascending (strongest first), at most
    /// [`REUSE_PARTNERS`].
    per: Vec<Vec<(u64, u32, u32)>>,
    /// Held pairs; `None` once dropped (the slot is reused).
    slots: Vec<Option<Reuse>>,
    /// How many of the two lists hold each slot's pair.
    held: Vec<u8>,
    free: Vec<u32>,
}

impl Top {
    fn new(n: usize) -> Top {
        Top { per: vec![Vec::new(); n], slots: Vec::new(), held: Vec::new(), free: Vec::new() }
    }

    fn offer(&mut self, r: Reuse) {
        // Shares are ≥ 0, so their bit patterns order like the numbers.
        let key = u64::MAX - r.share_a.max(r.share_b).max(0.0).to_bits();
        let (a, b) = (r.a, r.b);
        let fits = |list: &Vec<(u64, u32, u32)>, partner: usize| {
            list.len() < REUSE_PARTNERS || list.last().is_some_and(|w| (key, partner as u32) < (w.0, w.1))
        };
        if !fits(&self.per[a], b) && !fits(&self.per[b], a) {
            return;
        }
        let slot = match self.free.pop() {
            Some(s) => {
                self.slots[s as usize] = Some(r);
                s
            }
            None => {
                self.slots.push(Some(r));
                self.held.push(0);
                (self.slots.len() - 1) as u32
            }
        };
        for (me, partner) in [(a, b), (b, a)] {
            let list = &mut self.per[me];
            let entry = (key, partner as u32, slot);
            if list.len() < REUSE_PARTNERS || entry < *list.last().expect("full") {
                let at = list.partition_point(|x| *x < entry);
                list.insert(at, entry);
                self.held[slot as usize] += 1;
                if list.len() > REUSE_PARTNERS {
                    let out = list.pop().expect("over").2 as usize;
                    self.held[out] -= 1;
                    if self.held[out] == 0 {
                        self.slots[out] = None;
                        self.free.push(out as u32);
                    }
                }
            }
        }
    }

    /// The held pairs ordered by (a, b).
    fn into_pairs(self) -> Vec<Reuse> {
        let mut out: Vec<Reuse> = self.slots.into_iter().flatten().collect();
        // Each pair is offered once, so (a, b) is unique and a stable sort gives the same order.
        crate::order::sort_by_key(&mut out, |r| (r.a, r.b));
        out
    }
}

/// Keeps, of `reuse` (between `n` articles), the pairs that are among the [`REUSE_PARTNERS`]
/// strongest of `a` or of `b`, ordered by (a, b) (what [`find`] reports).
#[cfg(test)]
fn cap(reuse: Vec<Reuse>, n: usize) -> Vec<Reuse> {
    let mut top = Top::new(n);
    for r in reuse {
        top.offer(r);
    }
    top.into_pairs()
}

/// Sorted, merged union of ranges.
fn union(ranges: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut v: Vec<Range<usize>> = ranges.filter(|r| !r.is_empty()).collect();
    v.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// (sentence index, bytes inside `spans`) for each sentence of `a` that overlaps `spans`
/// (merged, sorted), in sentence order: each span finds its first sentence by binary search,
/// so a pair of articles costs its spans, not all the sentences.
fn overlaps(a: &Article, spans: &[Range<usize>]) -> Vec<(usize, usize)> {
    let sentences = &a.sentences;
    let mut out: Vec<(usize, usize)> = Vec::new();
    for sp in spans {
        let from = sentences.partition_point(|s| s.range.end <= sp.start);
        for (si, s) in sentences.iter().enumerate().skip(from).take_while(|(_, s)| s.range.start < sp.end) {
            let bytes = sp.end.min(s.range.end) - sp.start.max(s.range.start);
            match out.last_mut() {
                // A sentence reached by two spans (they are sorted and disjoint).
                Some(last) if last.0 == si => last.1 += bytes,
                _ => out.push((si, bytes)),
            }
        }
    }
    out
}

/// Share of `a`'s sentence bytes inside `spans`.
fn share(a: &Article, spans: impl Iterator<Item = Range<usize>>) -> f64 {
    let total: usize = a.sentences.iter().map(|s| s.range.len()).sum();
    if total == 0 {
        return 0.0;
    }
    let inside: usize = overlaps(a, &union(spans)).iter().map(|o| o.1).sum();
    inside as f64 / total as f64
}

/// Adds the sentences of `r`'s two articles that were copied from or into the other (at
/// least [`COPIED_SHARE`] of a sentence's bytes inside reuse spans with that article) to
/// `covered` (per article, per sentence: the other articles; sorted and deduplicated by
/// [`find`] at the end).
fn cover(articles: &[Article], r: &Reuse, covered: &mut [Vec<Vec<u32>>]) {
    for (me, other, spans) in [
        (r.a, r.b, union(r.spans.iter().map(|s| s.0.clone()))),
        (r.b, r.a, union(r.spans.iter().map(|s| s.1.clone()))),
    ] {
        let a = &articles[me];
        for (si, bytes) in overlaps(a, &spans) {
            let len = a.sentences[si].range.len();
            if bytes > 0 && bytes as f64 >= COPIED_SHARE * len as f64 {
                covered[me][si].push(other as u32);
            }
        }
    }
}

/// All reuse between pairs of `articles`, every pair (no cap), ordered by (a, b).
#[cfg(test)]
fn find_all(articles: &[Article]) -> Vec<Reuse> {
    let (units, hash) = all_units(articles);
    let index = Index::new(&units, &hash);
    let mut out = Vec::new();
    for ai in 0..articles.len() {
        let seeds = index.seeds(ai, |_| true);
        for pair in seeds.chunk_by(|x, y| x.0 == y.0) {
            let positions: Vec<(u32, u32)> = pair.iter().map(|s| (s.1, s.2)).collect();
            out.extend(pair_reuse(articles, &units, ai, pair[0].0 as usize, &positions));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::article;
    use super::*;

    const WIRE: &str = "The harbour authority said on Tuesday that the new ferry terminal will open to passengers in early March, after two years of delays caused by flooding and a dispute with the builder. Officials expect about four thousand travellers a day once the summer timetable starts.";

    fn text(a: &Article, r: &Range<usize>) -> String {
        a.doc.text[r.clone()].to_string()
    }

    #[test]
    fn exact_copy_inside_other_text() {
        let a = article("a", WIRE);
        let b = article("b", &format!("In other news today.\n\n{WIRE}\n\nThe mayor declined to comment on the matter."));
        let r = find_all(&[a.clone(), b.clone()]);
        assert_eq!(r.len(), 1);
        let r = &r[0];
        assert_eq!(r.spans.len(), 1);
        let (sa, sb) = &r.spans[0];
        assert_eq!(text(&a, sa), text(&b, sb));
        assert!(text(&a, sa).starts_with("The harbour") && text(&a, sa).ends_with("timetable starts"));
        assert!(r.share_a > 0.99, "{}", r.share_a);
        assert!(r.share_b > 0.5 && r.share_b < 0.95, "{}", r.share_b);
    }

    #[test]
    fn small_edits_are_stepped_over() {
        let a = article("a", WIRE);
        let edited = WIRE.replace("on Tuesday", "on Wednesday").replace("two years of delays", "two years of costly delays").replace("about four", "roughly four");
        let b = article("b", &edited);
        let r = find_all(&[a, b]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].spans.len(), 1, "{:?}", r[0].spans);
        assert!(r[0].share_a > 0.95 && r[0].share_b > 0.95);
    }

    #[test]
    fn typographic_variants_match() {
        let a = article("a", "NATO’s “new” Indo-Pacific office — opened in Tokyo on Monday — will coordinate drills with partners.");
        let b = article("b", "NATO's \"new\" Indo-Pacific office - opened in Tokyo on Monday - will coordinate drills with partners.");
        let r = find_all(&[a, b]);
        assert_eq!(r.len(), 1);
        assert!(r[0].share_a > 0.97, "{}", r[0].share_a);
    }

    #[test]
    fn short_overlap_is_not_reuse() {
        let a = article("a", "The prime minister of the country spoke at length about taxes.");
        let b = article("b", "Critics say the prime minister of the country ignored farmers.");
        assert!(find_all(&[a, b]).is_empty());
    }

    #[test]
    fn winnowing_guarantee() {
        // Any shared run of K + WINDOW - 1 units shares a fingerprint.
        let words: Vec<String> = (0..200).map(|i| format!("w{}x", (i * 7919) % 113)).collect();
        let text = words.join(" ");
        let a = article("a", &text);
        let (units, hash) = all_units(std::slice::from_ref(&a));
        let u = &units[0];
        let fp: Vec<u32> = u.fingerprints(&hash).iter().map(|f| f.1).collect();
        for start in 0..u.len() - (K + WINDOW - 1) {
            assert!(fp.iter().any(|&p| (start..start + WINDOW).contains(&(p as usize))), "at {start}");
        }
    }

    #[test]
    fn cap_keeps_each_articles_strongest_partners() {
        let r = |a: usize, b: usize, s: f64| Reuse { a, b, share_a: s, share_b: s / 2.0, spans: Vec::new() };
        // Article 0 reuses with 1 … 12 (strength falling with the index); 1 and 2 also share.
        let mut all: Vec<Reuse> = (1..=12).map(|b| r(0, b, 1.0 - b as f64 / 100.0)).collect();
        all.insert(12, r(1, 2, 0.1));
        all.sort_by_key(|x| (x.a, x.b));
        let kept = cap(all.clone(), 13);
        let pairs: Vec<(usize, usize)> = kept.iter().map(|x| (x.a, x.b)).collect();
        // 0's top ten are 1 … 10; 11 and 12 are each other's only partner and keep theirs too.
        assert_eq!(pairs.len(), 13);
        let few: Vec<Reuse> = all.iter().filter(|x| x.b <= 3).cloned().collect();
        assert_eq!(cap(few.clone(), 13), few);
        // Thirty articles all sharing: each keeps ten, nothing above 10·n.
        let mut dense = Vec::new();
        for a in 0..30 {
            for b in a + 1..30 {
                dense.push(r(a, b, ((a * 7 + b * 13) % 17) as f64 / 17.0));
            }
        }
        let kept = cap(dense, 30);
        assert!(kept.len() <= REUSE_PARTNERS * 30 && kept.len() >= REUSE_PARTNERS * 30 / 2);
        for a in 0..30 {
            assert!(kept.iter().filter(|x| x.a == a || x.b == a).count() >= REUSE_PARTNERS);
        }
    }

    /// The cap as a sort over all pairs (the definition [`Top`] keeps incrementally).
    fn cap_by_sorting(reuse: &[Reuse], n: usize) -> Vec<Reuse> {
        let mut per: Vec<Vec<(u64, u32, u32)>> = vec![Vec::new(); n];
        for (i, r) in reuse.iter().enumerate() {
            let strength = u64::MAX - r.share_a.max(r.share_b).max(0.0).to_bits();
            per[r.a].push((strength, r.b as u32, i as u32));
            per[r.b].push((strength, r.a as u32, i as u32));
        }
        let mut keep = vec![false; reuse.len()];
        for pairs in &mut per {
            pairs.sort_unstable();
            pairs.truncate(REUSE_PARTNERS);
            for &(_, _, i) in pairs.iter() {
                keep[i as usize] = true;
            }
        }
        reuse.iter().zip(keep).filter_map(|(r, k)| k.then(|| r.clone())).collect()
    }

    #[test]
    fn streamed_reuse_equals_all_pairs() {
        // 40 articles made of overlapping windows of 30 distinct sentences, so that most
        // pairs share text in different amounts and most articles have more than
        // REUSE_PARTNERS partners.
        let pool: Vec<String> = (0..30)
            .map(|i| format!("Officials in district {i} said the {} plan for route {} would cost {} million over {} years.", ["bridge", "ferry", "rail", "road"][i % 4], i * 7, i * 3 + 2, i % 5 + 2))
            .collect();
        let arts: Vec<Article> = (0..40)
            .map(|k| {
                let text: Vec<&str> = (0..8 + k % 7).map(|j| pool[(k * 3 + j * (1 + k % 3)) % 30].as_str()).collect();
                article(&format!("a{k}"), &text.join(" "))
            })
            .collect();
        let all = find_all(&arts);
        assert!(all.len() > REUSE_PARTNERS * arts.len(), "{} pairs", all.len());
        let found = find(&arts, 0.5);
        assert_eq!(found.reported, cap_by_sorting(&all, arts.len()));
        assert!(found.reported.len() < all.len());
        // Copied sentences, from all pairs, sentence by sentence over every span.
        for (ai, a) in arts.iter().enumerate() {
            for (si, s) in a.sentences.iter().enumerate() {
                let mut with: Vec<u32> = Vec::new();
                for r in all.iter().filter(|r| r.a == ai || r.b == ai) {
                    let (spans, other) = if r.a == ai { (r.spans.iter().map(|x| x.0.clone()).collect::<Vec<_>>(), r.b) } else { (r.spans.iter().map(|x| x.1.clone()).collect(), r.a) };
                    let bytes: usize = union(spans.into_iter()).iter().map(|sp| sp.end.min(s.range.end).saturating_sub(sp.start.max(s.range.start))).sum();
                    if bytes > 0 && bytes as f64 >= COPIED_SHARE * s.range.len() as f64 {
                        with.push(other as u32);
                    }
                }
                with.sort_unstable();
                with.dedup();
                assert_eq!(found.covered[ai][si], with, "article {ai} sentence {si}");
            }
        }
        let copies: Vec<(usize, usize)> = all.iter().filter(|r| r.share_a.max(r.share_b) >= 0.5).map(|r| (r.a, r.b)).collect();
        assert_eq!(found.copies, copies);
    }

    /// `n` articles of 10 sentences each from a pool of 40, windows overlapping so that
    /// nearly every pair shares a sentence (each sentence in about a quarter of them).
    fn near_duplicates(n: usize) -> Vec<Article> {
        let pool: Vec<String> = (0..40)
            .map(|i| format!("Inspectors at depot {i} reported that the {} contract for line {} was worth {} million and ran {} years.", ["bus", "tram", "water", "power"][i % 4], i * 11, i * 5 + 3, i % 6 + 2))
            .collect();
        (0..n)
            .map(|k| {
                let text: Vec<&str> = (0..10).map(|j| pool[(k * 7 + j * (1 + k % 4)) % 40].as_str()).collect();
                article(&format!("d{k}"), &text.join(" "))
            })
            .collect()
    }

    #[test]
    fn examined_pairs_are_bounded_by_the_candidates() {
        let arts = near_duplicates(40);
        let all = find_with(&arts, 0.5, usize::MAX);
        assert!(all.examined > 5 * arts.len(), "{} pairs share a fingerprint", all.examined);
        let (units, hash) = all_units(&arts);
        let index = Index::new(&units, &hash);
        let cands = index.candidates(5);
        let nominated: usize = cands.iter().map(Vec::len).sum();
        for (a, c) in cands.iter().enumerate() {
            // The strongest five, plus at most one per fingerprint no nominee shares.
            assert!(c.len() >= 5 && c.len() <= 5 + index.groups_of(a).count(), "{a}: {}", c.len());
        }
        let bounded = find_with(&arts, 0.5, 5);
        assert!(bounded.examined <= nominated, "{} > {nominated}", bounded.examined);
        assert!(bounded.examined < all.examined / 2, "{} of {}", bounded.examined, all.examined);
        // Each article's first five nominees are its partners with the most shared fingerprints.
        let full = index.candidates(usize::MAX);
        assert!(full.iter().all(|c| c.len() > 5));
        // Every sentence copied from some article is still copied from one.
        for (a, sentences) in all.covered.iter().enumerate() {
            for (s, with) in sentences.iter().enumerate() {
                assert_eq!(with.is_empty(), bounded.covered[a][s].is_empty(), "article {a} sentence {s}");
                assert!(bounded.covered[a][s].iter().all(|b| with.contains(b)));
            }
        }
    }

    #[test]
    fn a_real_copy_among_near_duplicates_is_found() {
        let mut arts = near_duplicates(40);
        // Two of them also carry one long passage found nowhere else.
        for k in [7, 31] {
            let text = format!("{}\n\n{WIRE}", arts[k].doc.text);
            arts[k] = article(&format!("d{k}"), &text);
        }
        let found = find_with(&arts, 0.5, 3);
        assert!(found.examined <= 3 * arts.len());
        let pair = found.reported.iter().find(|r| (r.a, r.b) == (7, 31)).expect("the copy pair is examined and reported");
        assert!(pair.spans.iter().any(|(sa, _)| text(&arts[7], sa).contains("ferry terminal will open")));
        // Its sentences are marked as copied with each other.
        let wire_sentence = arts[7].sentences.iter().position(|s| arts[7].doc.text[s.range.clone()].contains("ferry terminal")).unwrap();
        assert!(found.covered[7][wire_sentence].contains(&31));
    }

    #[test]
    fn a_passage_shared_with_a_weak_partner_is_still_marked_copied() {
        // Two near duplicates that share little else also share one sentence no other
        // article has: fewer fingerprints than either shares with its strongest partners.
        let line = "Auditors found the ferry operator had skipped two safety drills last winter.";
        let (x, y) = (3, 22);
        let mut arts = near_duplicates(40);
        for k in [x, y] {
            let text = format!("{}\n\n{line}", arts[k].doc.text);
            arts[k] = article(&format!("d{k}"), &text);
        }
        let (units, hash) = all_units(&arts);
        let index = Index::new(&units, &hash);
        let full = index.candidates(usize::MAX);
        let shared = |a: usize, b: usize| index.groups_of(a).filter(|g| g.iter().any(|e| e.1 as usize == b)).count();
        let stronger = |a: usize, b: usize| full[a].iter().filter(|&&c| shared(a, c as usize) > shared(a, b)).count();
        assert!(stronger(x, y) >= 3 && stronger(y, x) >= 3, "{} {}", stronger(x, y), stronger(y, x));
        let found = find_with(&arts, 0.5, 3);
        let at = arts[x].sentences.iter().position(|s| arts[x].doc.text[s.range.clone()].contains("safety drills")).unwrap();
        assert_eq!(found.covered[x][at], vec![y as u32]);
    }

    #[test]
    fn union_and_share() {
        assert_eq!(union([5..9, 0..3, 2..4, 9..9].into_iter()), vec![0..4, 5..9]);
        let a = article("a", "One two three. Four five six.");
        let all = a.sentences[0].range.start..a.sentences[1].range.end;
        assert_eq!(share(&a, std::iter::once(all)), 1.0);
    }
}
