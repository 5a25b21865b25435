//! Claims: sentences of different articles that state the same thing, and the sentences
//! only one article carries.
//!
//! A sentence is a weighted set of features: stemmed content words and numbers, weighted by
//! IDF over all sentences of the set, with numbers and names (capitalised words inside a
//! sentence) weighted up. Two sentences are linked when the cosine of their features is at
//! least [`LINK`], they share at least [`MIN_SHARED`] features, and their numbers agree (two
//! sentences that both give numbers must share one).
//!
//! Candidate pairs come from an inverted index over each sentence's rarest features only
//! (prefix filtering, Bayardo et al. 2007), so pairs that share only common words are never
//! visited; past a budget proportional to the number of postings the most widespread
//! features are left out of the index, so the work stays near-linear on large sets.
//!
//! Links are merged by average link, strongest first: a group joins another only when the
//! mean similarity over all their cross pairs is at least [`LINK`], which keeps chains of
//! loosely related sentences apart. A group is a claim when it spans at least two
//! independent articles: sentences the reuse stage found copied between two articles count
//! as one. Its label is its most central sentence.

use super::words::{is_claim_kind, stem, Content};
use super::Claim;
use crate::analysis::Article;
use crate::ingest::BlockKind;
use rustc_hash::FxHashMap;

/// Least cosine for a link, and least mean cross-similarity for a merge.
pub(crate) const LINK: f32 = 0.4;
/// Least number of shared features for a link.
pub(crate) const MIN_SHARED: usize = 3;
/// Sentences with fewer features are not claims ("Key points:").
pub(crate) const MIN_FEATURES: usize = 4;
/// Weight norm left out of each sentence's indexed prefix: below [`LINK`], so that similar
/// sentences always share an indexed feature, and well below, so that the partial sums over
/// indexed features rule out most candidates without computing their cosine.
const PREFIX_REST: f32 = LINK * 0.5;
/// Extra weight of numbers and names.
const BOOST: f32 = 1.5;
/// Candidate pairs visited per posting, at most (plus a fixed allowance).
const PAIRS_PER_POSTING: usize = 32;
/// Longest label, in characters.
const LABEL_CHARS: usize = 200;

/// A sentence's weighted features, sorted by id.
#[derive(Clone)]
struct Features {
    article: u32,
    sentence: u32,
    ids: Vec<u32>,
    weights: Vec<f32>,
    norm: f32,
    has_num: bool,
}

/// Feature ids: one per stem or number, looked up once per distinct token norm.
#[derive(Default)]
struct Vocab<'a> {
    by_norm: FxHashMap<&'a str, u32>,
    by_feature: FxHashMap<String, u32>,
    is_num: Vec<bool>,
}

impl<'a> Vocab<'a> {
    fn id(&mut self, norm: &'a str, num: bool) -> u32 {
        if let Some(&id) = self.by_norm.get(norm) {
            return id;
        }
        let feature = if num {
            let digits: String = norm.chars().take_while(|c| c.is_numeric() || matches!(c, '.' | ',')).filter(|&c| c != ',').collect();
            format!("#{}", digits.trim_end_matches('.'))
        } else {
            stem(norm).into_owned()
        };
        let next = self.by_feature.len() as u32;
        let id = *self.by_feature.entry(feature).or_insert(next);
        if id == next {
            self.is_num.push(num);
        }
        self.by_norm.insert(norm, id);
        id
    }
}

/// Features of one sentence with their boosts (sorted by id, best boost kept).
fn sentence_features<'a>(a: &'a Article, content: &[bool], s: usize, vocab: &mut Vocab<'a>) -> Vec<(u32, f32)> {
    let range = a.sentences[s].tokens.clone();
    let toks = &a.tokens[range.clone()];
    let content = &content[range];
    let (words, caps) = toks.iter().zip(content).filter(|x| *x.1).fold((0, 0), |(n, c), (t, _)| (n + 1, c + usize::from(t.cap)));
    // Title Case headlines capitalise every word: no names to tell apart there.
    let title_case = caps * 10 > words * 6;
    let mut out: Vec<(u32, f32)> = Vec::new();
    for (k, (t, &is_content)) in toks.iter().zip(content).enumerate() {
        let boost = if t.num {
            BOOST
        } else if is_content {
            if t.cap && k > 0 && !title_case {
                BOOST
            } else {
                1.0
            }
        } else {
            continue;
        };
        out.push((vocab.id(&t.norm, t.num), boost));
    }
    out.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
    out.dedup_by_key(|x| x.0);
    out
}

/// Weighted feature vectors of all claim sentences with enough features.
/// Also returns each feature's sentence frequency and whether it is a number.
fn features(articles: &[Article], content: &Content) -> (Vec<Features>, Vec<u32>, Vec<bool>) {
    let mut vocab = Vocab::default();
    // (article, sentence, (feature, boost)).
    type Raw = (u32, u32, Vec<(u32, f32)>);
    let mut raw: Vec<Raw> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (si, s) in a.sentences.iter().enumerate() {
            if !is_claim_kind(s.kind) {
                continue;
            }
            let f = sentence_features(a, content.article(ai), si, &mut vocab);
            if f.len() >= MIN_FEATURES {
                raw.push((ai as u32, si as u32, f));
            }
        }
    }
    let is_num = vocab.is_num;
    let mut df = vec![0u32; is_num.len()];
    for r in &raw {
        for x in &r.2 {
            df[x.0 as usize] += 1;
        }
    }
    let n = raw.len() as f32;
    let out = raw
        .into_iter()
        .map(|(article, sentence, v)| {
            let weights: Vec<f32> = v.iter().map(|&(id, b)| (1.0 + n / df[id as usize] as f32).ln() * b).collect();
            let norm = weights.iter().map(|w| w * w).sum::<f32>().sqrt();
            let has_num = v.iter().any(|x| is_num[x.0 as usize]);
            Features { article, sentence, ids: v.iter().map(|x| x.0).collect(), weights, norm, has_num }
        })
        .collect();
    (out, df, is_num)
}

/// Cosine, shared feature count and whether shared features include a number.
fn cosine(x: &Features, y: &Features, number_ids: &[bool]) -> (f32, usize, bool) {
    let (mut i, mut j, mut dot, mut shared, mut num) = (0, 0, 0.0f32, 0, false);
    while i < x.ids.len() && j < y.ids.len() {
        match x.ids[i].cmp(&y.ids[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += x.weights[i] * y.weights[j];
                shared += 1;
                num |= number_ids[x.ids[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    (dot / (x.norm * y.norm).max(f32::MIN_POSITIVE), shared, num)
}

/// The similarity of two sentences as a claim: their cosine when they share at least
/// [`MIN_SHARED`] features and their numbers agree, else 0.
fn similarity(x: &Features, y: &Features, number_ids: &[bool]) -> f32 {
    let (sim, shared, num) = cosine(x, y, number_ids);
    if shared >= MIN_SHARED && (num || !(x.has_num && y.has_num)) {
        sim
    } else {
        0.0
    }
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
fn links(feats: &[Features], df: &[u32], number_ids: &[bool]) -> Vec<(f32, u32, u32)> {
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
            if partial + rest < LINK * 0.999 {
                continue;
            }
            let sim = similarity(&feats[t as usize], f, number_ids);
            if sim >= LINK {
                out.push((sim, t, s as u32));
            }
        }
        touched.clear();
        for &(id, w) in &p.features {
            postings[id as usize].push((s as u32, w));
        }
    }
    out
}

/// Groups by average link: pairs at least [`LINK`] alike, strongest first, merge their
/// groups when the mean similarity over all cross pairs is at least [`LINK`] too.
fn cluster(feats: &[Features], number_ids: &[bool], links: &mut [(f32, u32, u32)]) -> Vec<Vec<u32>> {
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
        // Mean over all cross pairs; for big groups over an evenly spread sample of them.
        let (sa, sb) = (sample(a, MEAN_SAMPLE), sample(b, MEAN_SAMPLE));
        let total: f32 = sa
            .iter()
            .flat_map(|&x| sb.iter().map(move |&y| (x, y)))
            .map(|(x, y)| similarity(&feats[x as usize], &feats[y as usize], number_ids))
            .sum();
        if total / (sa.len() * sb.len()) as f32 >= LINK {
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

/// Number of independent articles among `members`: copies (sentences reused between the
/// two articles) and sentences of one article count once.
fn independent(members: &[(usize, usize)], covered: &[Vec<Vec<u32>>]) -> usize {
    let mut root: Vec<usize> = (0..members.len()).collect();
    fn find(root: &mut [usize], mut x: usize) -> usize {
        while root[x] != x {
            root[x] = root[root[x]];
            x = root[x];
        }
        x
    }
    for i in 0..members.len() {
        for j in i + 1..members.len() {
            let ((a, s), (b, t)) = (members[i], members[j]);
            let copies = covered[a][s].binary_search(&(b as u32)).is_ok() && covered[b][t].binary_search(&(a as u32)).is_ok();
            if a == b || copies {
                let (x, y) = (find(&mut root, i), find(&mut root, j));
                root[x] = y;
            }
        }
    }
    (0..members.len()).filter(|&i| find(&mut root, i) == i).count()
}

/// A sentence as a label: bullets and spaces trimmed, at most [`LABEL_CHARS`] characters.
fn label(text: &str) -> String {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '•' | '-' | '–' | '—' | '*' | '·' | '▪')).trim();
    if t.chars().count() <= LABEL_CHARS {
        return t.to_string();
    }
    let cut: String = t.chars().take(LABEL_CHARS).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > LABEL_CHARS / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()))
}

/// Claims among `articles`, most widely carried first.
pub(crate) fn find(articles: &[Article], content: &Content, covered: &[Vec<Vec<u32>>]) -> Vec<Claim> {
    let (all, df, number_ids) = features(articles, content);
    // Identical sentences (wire copies, repeated boilerplate-like lines) are one point for
    // linking and clustering, so cost follows the number of distinct sentences.
    let mut first: FxHashMap<&[u32], u32> = FxHashMap::default();
    let mut copies: Vec<Vec<u32>> = Vec::new();
    let mut feats: Vec<Features> = Vec::new();
    for (i, f) in all.iter().enumerate() {
        let rep = *first.entry(f.ids.as_slice()).or_insert_with(|| {
            feats.push(f.clone());
            copies.push(Vec::new());
            (feats.len() - 1) as u32
        });
        copies[rep as usize].push(i as u32);
    }
    let mut l = links(&feats, &df, &number_ids);
    let mut groups = cluster(&feats, &number_ids, &mut l);
    let grouped: rustc_hash::FxHashSet<u32> = groups.iter().flatten().copied().collect();
    groups.extend((0..feats.len() as u32).filter(|r| copies[*r as usize].len() > 1 && !grouped.contains(r)).map(|r| vec![r]));
    let mut claims: Vec<(Claim, usize)> = Vec::new();
    for group in groups {
        let mut members: Vec<(usize, usize)> = group
            .iter()
            .flat_map(|&g| copies[g as usize].iter())
            .map(|&i| (all[i as usize].article as usize, all[i as usize].sentence as usize))
            .collect();
        members.sort_unstable();
        let distinct = {
            let mut arts: Vec<usize> = members.iter().map(|m| m.0).collect();
            arts.dedup();
            arts.len()
        };
        if distinct < 2 || independent(&members, covered) < 2 {
            continue;
        }
        // The most central member: highest total similarity to the others.
        let central = group
            .iter()
            .map(|&g| {
                let total: f32 = group.iter().filter(|&&h| h != g).map(|&h| similarity(&feats[g as usize], &feats[h as usize], &number_ids)).sum();
                (total, g)
            })
            .fold((f32::MIN, u32::MAX), |best, x| if x.0 > best.0 || (x.0 == best.0 && x.1 < best.1) { x } else { best });
        let c = &feats[central.1 as usize];
        let a = &articles[c.article as usize];
        let mut sources: Vec<&str> = members.iter().map(|m| articles[m.0].source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        let claim = Claim { label: label(&a.doc.text[a.sentences[c.sentence as usize].range.clone()]), sources: sources.len(), members };
        claims.push((claim, distinct));
    }
    claims.sort_by(|x, y| y.0.sources.cmp(&x.0.sources).then(y.1.cmp(&x.1)).then(x.0.members.cmp(&y.0.members)));
    claims.into_iter().map(|c| c.0).collect()
}

/// Per article: body sentences in no claim and not copied to or from another article.
pub(crate) fn unique(articles: &[Article], claims: &[Claim], covered: &[Vec<Vec<u32>>]) -> Vec<Vec<usize>> {
    let mut in_claim: Vec<Vec<bool>> = articles.iter().map(|a| vec![false; a.sentences.len()]).collect();
    for c in claims {
        for &(a, s) in &c.members {
            in_claim[a][s] = true;
        }
    }
    articles
        .iter()
        .enumerate()
        .map(|(ai, a)| {
            (0..a.sentences.len())
                .filter(|&s| a.sentences[s].kind == BlockKind::Body && !in_claim[ai][s] && covered[ai][s].is_empty())
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::article;
    use super::super::words::Content;
    use super::*;

    fn claims_of(texts: &[&str]) -> (Vec<Article>, Vec<Claim>) {
        let arts: Vec<Article> = texts.iter().enumerate().map(|(i, t)| article(&format!("a{i}"), t)).collect();
        let covered: Vec<Vec<Vec<u32>>> = arts.iter().map(|a| vec![Vec::new(); a.sentences.len()]).collect();
        let claims = find(&arts, &Content::new(&arts), &covered);
        (arts, claims)
    }

    #[test]
    fn paraphrases_share_a_claim() {
        let (_, claims) = claims_of(&[
            "The harbour authority will open the new ferry terminal to passengers in March. Weather was fine.",
            "In March the new ferry terminal opens to passengers, the harbour authority announced. Prices rose.",
            "A bakery sells bread and cakes near the station.",
        ]);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].members, vec![(0, 0), (1, 0)]);
        assert_eq!(claims[0].sources, 2);
        assert!(claims[0].label.contains("ferry terminal"));
    }

    #[test]
    fn numbers_must_agree() {
        let (_, claims) = claims_of(&[
            "The harbour authority will open the new ferry terminal to 4,000 passengers in March.",
            "The harbour authority will open the new ferry terminal to 9,000 passengers in March.",
        ]);
        assert!(claims.is_empty(), "{claims:?}");
    }

    #[test]
    fn copies_are_not_independent() {
        let members = [(0, 0), (1, 0), (1, 1)];
        // Sentence 0 of article 0 was copied into article 1 (sentence 0) and back.
        let covered = vec![vec![vec![1]], vec![vec![0], vec![]]];
        assert_eq!(independent(&members, &covered), 1);
        let none = vec![vec![vec![]], vec![vec![], vec![]]];
        assert_eq!(independent(&members, &none), 2);
    }

    #[test]
    fn labels_are_trimmed() {
        assert_eq!(label("• The move has been criticized."), "The move has been criticized.");
        let long = "word ".repeat(100);
        let l = label(&long);
        assert!(l.chars().count() <= LABEL_CHARS + 1 && l.ends_with("word…"), "{l}");
    }

    #[test]
    fn average_link_does_not_chain() {
        // a ~ b and b ~ c, but a and c have little in common: no claim joins all three.
        let (_, claims) = claims_of(&[
            "Engineers opened two spillways at the Kamen dam on Wednesday night to release water.",
            "Engineers opened two spillways at the Kamen dam on Wednesday night, and critics blamed the flooding downstream on the decision.",
            "Critics blamed the flooding downstream on the decision, and farmers demanded compensation from the regional government.",
        ]);
        for c in &claims {
            let arts: Vec<usize> = c.members.iter().map(|m| m.0).collect();
            assert!(!(arts.contains(&0) && arts.contains(&2)), "{claims:?}");
        }
    }
}
