//! Links between sentences that state the same claim, and their clustering.
//!
//! Candidate pairs come from an inverted index over each sentence's rarest features only
//! (prefix filtering, Bayardo, Ma & Srikant 2007), so pairs that share only common words are
//! never visited; past a budget proportional to the number of postings the most widespread
//! features are left out of the index, so the work stays near-linear on large sets.
//!
//! Links are merged by average link, strongest first: a group joins another only when the
//! mean similarity over all their cross pairs of different sources is at least [`MERGE`],
//! which keeps chains of loosely related sentences apart: a pair needs strong evidence to
//! link, a group needs coherence to grow. Sentences of one source are never linked: they
//! cannot corroborate each other.

use super::contrast;
use super::features::Features;
use super::predicates;

/// Similarity of two sentences that assert the same proposition ([`predicates`]): a link,
/// whatever their other words.
pub(super) const PROPOSITION: f32 = 0.5;
/// Least similarity for a link.
pub(super) const LINK: f32 = 0.4;
/// Least mean similarity over the cross pairs of two groups for a merge.
pub(super) const MERGE: f32 = 0.3;
/// Least number of shared features for a link.
pub(super) const MIN_SHARED: usize = 3;
/// Weight norm left out of each sentence's indexed prefix: below [`LINK`], so that similar
/// sentences always share an indexed feature, and well below, so that the partial sums over
/// indexed features rule out most candidates without computing their cosine.
const PREFIX_REST: f32 = LINK * 0.5;
/// A sentence with at most this many features is short: a headline, a bullet, a summary
/// line. A short sentence whose weight lies almost all inside a longer one states part of
/// what the longer one states.
pub(super) const SHORT: usize = 8;
/// Least share of a short sentence's squared weight found in the other sentence for a
/// containment link; such a link scores `share - CONTAIN_OFFSET`, so a short sentence that
/// is fully contained scores like a close paraphrase, one three-quarters contained barely
/// links.
const CONTAIN_OFFSET: f32 = 0.35;
/// Candidate pairs visited per posting, at most (plus a fixed allowance).
const PAIRS_PER_POSTING: usize = 32;

/// Cosine of two sentences' weighted features, how many features they share, and the share
/// of each one's squared weight that the other holds.
fn cosine(x: &Features, y: &Features) -> (f32, usize, f32, f32) {
    let (mut i, mut j, mut dot, mut shared, mut in_x, mut in_y) = (0, 0, 0.0f32, 0, 0.0f32, 0.0f32);
    while i < x.ids.len() && j < y.ids.len() {
        match x.ids[i].cmp(&y.ids[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += x.weights[i] * y.weights[j];
                in_x += x.weights[i] * x.weights[i];
                in_y += y.weights[j] * y.weights[j];
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let share = |m: f32, f: &Features| m / (f.norm * f.norm).max(f32::MIN_POSITIVE);
    (dot / (x.norm * y.norm).max(f32::MIN_POSITIVE), shared, share(in_x, x), share(in_y, y))
}

/// Whether every element of the shorter sorted list is in the longer one.
fn nested(x: &[u32], y: &[u32]) -> bool {
    let (small, big) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    small.iter().all(|v| big.binary_search(v).is_ok())
}

/// Whether the two sentences, however alike in words, state different things: different
/// numbers (when both give numbers, those of one must all be in the other), a word one
/// negates and the other asserts, opposite outcomes ([`differ_in_facts`]), or different
/// subjects (each one's first name absent from the other; for a clause, another first
/// name).
#[cfg(test)]
pub(super) fn differ(x: &Features, y: &Features) -> bool {
    differ_in_facts(x, y) || differ_in_subject(x, y)
}

/// Different numbers, a word one negates and the other asserts, or opposite outcomes.
fn differ_in_facts(x: &Features, y: &Features) -> bool {
    let numbers = !x.nums.is_empty() && !y.nums.is_empty() && !nested(&x.nums, &y.nums);
    let negated = |p: &Features, q: &Features| p.negated.iter().any(|id| q.ids.binary_search(id).is_ok() && q.negated.binary_search(id).is_err());
    numbers || negated(x, y) || negated(y, x) || contrast::opposed(&x.sides, &y.sides)
}

/// Different subjects: each one's first name absent from the other; for a clause, which has
/// less context than a sentence, another first name.
fn differ_in_subject(x: &Features, y: &Features) -> bool {
    match (x.subject, y.subject) {
        (Some(a), Some(b)) if x.clause || y.clause => a != b,
        (Some(a), Some(b)) => a != b && x.ids.binary_search(&b).is_err() && y.ids.binary_search(&a).is_err(),
        _ => false,
    }
}

/// Whether the two sentences assert a proposition in common ([`predicates::agree`]).
fn same_proposition(x: &Features, y: &Features) -> bool {
    x.props.iter().any(|p| y.props.iter().any(|q| predicates::agree(p, &x.ids, q, &y.ids)))
}

/// Whether the two sentences assert one act on one object by different agents ("the union
/// criticised the plan" / "the passengers' association criticised the plan"): a different
/// claim however alike the words ([`predicates::other_agents`]).
fn differ_in_agent(x: &Features, y: &Features) -> bool {
    x.props.iter().any(|p| y.props.iter().any(|q| predicates::other_agents(p, &x.ids, q, &y.ids)))
}

/// The similarity of two sentences as a claim (else 0): when they share at least
/// [`MIN_SHARED`] features and do not [`differ`], their cosine, or for a [`SHORT`] sentence
/// contained in the other, its contained share less [`CONTAIN_OFFSET`], whichever is more;
/// and at least [`PROPOSITION`] when they assert the same proposition and do not
/// [`differ_in_facts`] (the proposition's agents stand in for the subject check); 0 when
/// they assert one act on one object by different agents ([`differ_in_agent`]).
pub(super) fn similarity(x: &Features, y: &Features) -> f32 {
    if differ_in_facts(x, y) || differ_in_agent(x, y) {
        return 0.0;
    }
    let (cos, shared, share_x, share_y) = cosine(x, y);
    let words = if shared < MIN_SHARED || cos <= 0.0 || differ_in_subject(x, y) {
        0.0
    } else {
        // A clause is short because it was cut out of a sentence, not because it sums one up.
        let contained = |share: f32, f: &Features| if f.ids.len() <= SHORT && !f.clause { share - CONTAIN_OFFSET } else { 0.0 };
        cos.max(contained(share_x, x)).max(contained(share_y, y))
    };
    if words < PROPOSITION && same_proposition(x, y) {
        return PROPOSITION;
    }
    words
}

/// A sentence's indexed features: the rarest ones, with unit-length weights.
struct Prefix {
    features: Vec<(u32, f32)>,
    /// Position in the global order (rarest first) of the last indexed feature.
    cut: u32,
    /// Norm of the weights left out: an upper bound on what they can add to a cosine.
    rest: f32,
}

/// Per sentence, the features to index: its rarest ones, until the rest could not reach a
/// cosine of [`LINK`] alone (prefix filtering, Bayardo, Ma & Srikant 2007). Prefixes are
/// cut from one global order, so two sentences at least [`LINK`] alike share a feature of
/// both prefixes. If the prefixes would still generate more pairs than the budget, the most
/// widespread features are left out, and pairs must then be alike through the others: on
/// large sets recall is traded for near-linear time there.
fn prefixes(feats: &[Features], df: &[u32]) -> Vec<Prefix> {
    let mut order: Vec<u32> = (0..df.len() as u32).collect();
    order.sort_unstable_by_key(|&f| (df[f as usize], f));
    let mut rank = vec![0u32; df.len()];
    for (r, &f) in order.iter().enumerate() {
        rank[f as usize] = r as u32;
    }
    let mut out: Vec<Prefix> = feats
        .iter()
        .map(|f| {
            let mut by_rank: Vec<usize> = (0..f.ids.len()).collect();
            by_rank.sort_unstable_by_key(|&k| rank[f.ids[k] as usize]);
            let norm = f.norm.max(f32::MIN_POSITIVE);
            let mut rest: f32 = f.weights.iter().map(|w| (w / norm).powi(2)).sum();
            let mut p = Prefix { features: Vec::new(), cut: 0, rest: 0.0 };
            for k in by_rank {
                if rest < PREFIX_REST * PREFIX_REST {
                    break;
                }
                p.features.push((f.ids[k], f.weights[k] / norm));
                p.cut = rank[f.ids[k] as usize];
                rest -= (f.weights[k] / norm).powi(2);
            }
            p.rest = rest.max(0.0).sqrt();
            p
        })
        .collect();
    let mut count = vec![0usize; df.len()];
    for p in &out {
        for &(id, _) in &p.features {
            count[id as usize] += 1;
        }
    }
    let postings: usize = count.iter().sum();
    let budget = PAIRS_PER_POSTING * postings + 100_000;
    let mut pairs: usize = count.iter().map(|c| c * c.saturating_sub(1) / 2).sum();
    if pairs > budget {
        let mut widest: Vec<u32> = (0..df.len() as u32).filter(|&f| count[f as usize] > 1).collect();
        widest.sort_unstable_by_key(|&f| (std::cmp::Reverse(count[f as usize]), f));
        let mut dropped = vec![false; df.len()];
        for f in widest {
            if pairs <= budget {
                break;
            }
            let c = count[f as usize];
            pairs -= c * (c - 1) / 2;
            dropped[f as usize] = true;
        }
        for p in &mut out {
            p.features.retain(|&(id, _)| !dropped[id as usize]);
        }
    }
    out
}

/// Pairs of sentences at least [`LINK`] alike: (similarity, sentence, sentence), first < second.
pub(super) fn links(feats: &[Features], df: &[u32]) -> Vec<(f32, u32, u32)> {
    let prefixes = prefixes(feats, df);
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); df.len()];
    let mut acc = vec![0.0f32; feats.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut out = Vec::new();
    for (s, f) in feats.iter().enumerate() {
        // Probe the earlier prefixes with this prefix, summing the products of the shared
        // prefix features.
        let p = &prefixes[s];
        for &(id, w) in &p.features {
            for &(t, wt) in &postings[id as usize] {
                if acc[t as usize] == 0.0 {
                    touched.push(t);
                }
                acc[t as usize] += w * wt;
            }
        }
        touched.sort_unstable();
        for &t in &touched {
            let partial = std::mem::take(&mut acc[t as usize]);
            // Shared features outside both prefixes lie past the earlier cut, so they add
            // at most that sentence's `rest`.
            let q = &prefixes[t as usize];
            let rest = if q.cut <= p.cut { q.rest } else { p.rest };
            let short = f.ids.len() <= SHORT || feats[t as usize].ids.len() <= SHORT;
            // One source's sentences never corroborate each other (a title and its lead).
            if (partial + rest < LINK * 0.999 && !short) || feats[t as usize].source == f.source {
                continue;
            }
            let sim = similarity(&feats[t as usize], f);
            if sim >= LINK {
                out.push((sim, t, s as u32));
            }
        }
        touched.clear();
        for &(id, w) in &p.features {
            postings[id as usize].push((s as u32, w));
        }
    }
    out.extend(proposition_links(feats));
    out.sort_unstable_by_key(|l| (l.1, l.2));
    out.dedup_by_key(|l| (l.1, l.2));
    out
}

/// Pairs that assert the same proposition: sentences are bucketed by (predicate class,
/// object name), and each is compared with the next [`PAIRS_PER_POSTING`] of its bucket
/// (of other sources), so the work is linear in the number of propositions however large a
/// bucket grows (on large sets some pairs of a very common proposition are then not
/// visited directly, though they may still meet through a shared neighbour).
fn proposition_links(feats: &[Features]) -> Vec<(f32, u32, u32)> {
    // The bucket key of the story's development, above every name's.
    const EVENT: u32 = u32::MAX & !7;
    // (class and object name as one key, sentence), sorted: the buckets in order.
    let mut keyed: Vec<(u32, u32)> = Vec::new();
    for (s, f) in feats.iter().enumerate() {
        for p in f.props.iter() {
            for n in p.names() {
                // Eight classes: the name id times eight plus the class (ids stay far below 2^29).
                keyed.push((n.saturating_mul(8) | u32::from(p.class), s as u32));
            }
            // Stances on the story's development meet whatever they name it by.
            if p.event {
                keyed.push((EVENT | u32::from(p.class), s as u32));
            }
        }
    }
    keyed.sort_unstable();
    keyed.dedup();
    let mut out = Vec::new();
    for b in keyed.chunk_by(|x, y| x.0 == y.0) {
        for (i, &(_, s)) in b.iter().enumerate() {
            for &(_, t) in b[i + 1..].iter().filter(|&&(_, t)| feats[t as usize].source != feats[s as usize].source).take(PAIRS_PER_POSTING) {
                let sim = similarity(&feats[s as usize], &feats[t as usize]);
                if sim >= LINK {
                    out.push((sim, s, t));
                }
            }
        }
    }
    out
}

/// Groups by average link: pairs at least [`LINK`] alike, strongest first, merge their
/// groups when the mean similarity over their cross pairs of different sources is at least
/// [`MERGE`].
pub(super) fn cluster(feats: &[Features], links: &mut [(f32, u32, u32)]) -> Vec<Vec<u32>> {
    let n = feats.len();
    links.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut group: Vec<u32> = (0..n as u32).collect();
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|s| vec![s]).collect();
    for &(_, s, t) in links.iter() {
        let (gs, gt) = (group[s as usize], group[t as usize]);
        if gs == gt {
            continue;
        }
        let (a, b) = (&members[gs as usize], &members[gt as usize]);
        // Mean over the cross pairs of different sources; for big groups over an evenly
        // spread sample of them.
        let (sa, sb) = (sample(a, MEAN_SAMPLE), sample(b, MEAN_SAMPLE));
        let (total, pairs) = sa
            .iter()
            .flat_map(|&x| sb.iter().map(move |&y| (&feats[x as usize], &feats[y as usize])))
            .filter(|(x, y)| x.source != y.source)
            .fold((0.0f32, 0usize), |(t, n), (x, y)| (t + similarity(x, y), n + 1));
        if pairs > 0 && total / pairs as f32 >= MERGE {
            let (keep, gone) = if a.len() >= b.len() { (gs, gt) } else { (gt, gs) };
            let moved = std::mem::take(&mut members[gone as usize]);
            for &m in &moved {
                group[m as usize] = keep;
            }
            members[keep as usize].extend(moved);
        }
    }
    members.into_iter().filter(|m| m.len() > 1).collect()
}

/// Most members of one side used for an average-link mean.
const MEAN_SAMPLE: usize = 24;

/// At most `k` elements of `v`, evenly spread.
fn sample(v: &[u32], k: usize) -> Vec<u32> {
    if v.len() <= k {
        return v.to_vec();
    }
    (0..k).map(|i| v[i * v.len() / k]).collect()
}


/// Experimental pair metrics (analysis only).
#[cfg(test)]
pub(super) fn metric(x: &Features, y: &Features, which: &str) -> f32 {
    let (cos, shared, sx, sy) = cosine(x, y);
    if differ(x, y) || shared < MIN_SHARED {
        return 0.0;
    }
    match which {
        "contain" => sx.max(sy),
        "shared" => shared as f32,
        _ => cos,
    }
}
