//! Article × article similarity: cosine of TF-IDF vectors over content words.
//!
//! Weights are sublinear (`1 + ln tf`) times smoothed IDF from the article set
//! (`ln((1 + n) / (1 + df)) + 1`). The products are accumulated through an inverted index
//! (word → articles), so pairs that share no word cost nothing. A word's share of the cost
//! grows with the square of its document frequency; on large sets, past a budget
//! proportional to the number of postings, the most widespread words (lowest IDF, so least
//! weight) are left out. Small sets are exact.

use super::words::{is_content_kind, Content};
use crate::analysis::Article;
use rustc_hash::FxHashMap;

/// Pair products allowed per posting (plus [`BUDGET_FLOOR`]) before widespread words are
/// left out.
pub(crate) const PAIRS_PER_POSTING: usize = 64;
/// Pair products always allowed: small sets are computed exactly.
pub(crate) const BUDGET_FLOOR: usize = 20_000_000;

/// The similarity matrix of `articles`, symmetric, 1 on the diagonal.
pub(crate) fn matrix(articles: &[Article], content: &Content) -> Vec<Vec<f64>> {
    let n = articles.len();
    // Term frequencies per article, with words interned to ids in first-seen order.
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut tfs: Vec<Vec<(u32, u32)>> = Vec::with_capacity(n);
    let mut df: Vec<u32> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let mut tf: FxHashMap<u32, u32> = FxHashMap::default();
        for s in a.sentences.iter().filter(|s| is_content_kind(s.kind)) {
            for t in s.tokens.clone().filter(|&t| content.get(ai, t)).map(|t| &a.tokens[t]) {
                let next = ids.len() as u32;
                let id = *ids.entry(&t.norm).or_insert(next);
                *tf.entry(id).or_insert(0) += 1;
            }
        }
        let mut tf: Vec<(u32, u32)> = tf.into_iter().collect();
        tf.sort_unstable();
        df.resize(ids.len(), 0);
        for &(id, _) in &tf {
            df[id as usize] += 1;
        }
        tfs.push(tf);
    }
    // Products through a word cost the square of its document frequency: past the budget,
    // leave out the most widespread words (the lowest IDF, so the least weight).
    let postings_total: usize = df.iter().map(|&d| d as usize).sum();
    let budget = PAIRS_PER_POSTING * postings_total + BUDGET_FLOOR;
    let mut cost: usize = df.iter().map(|&d| d as usize * d as usize / 2).sum();
    let mut dropped = vec![false; df.len()];
    if cost > budget {
        let mut widest: Vec<u32> = (0..df.len() as u32).collect();
        crate::order::sort_by_key(&mut widest, |&w| (std::cmp::Reverse(df[w as usize]), w));
        for w in widest {
            if cost <= budget {
                break;
            }
            cost -= df[w as usize] as usize * df[w as usize] as usize / 2;
            dropped[w as usize] = true;
        }
    }
    // Unit-length weighted vectors.
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); ids.len()];
    let mut vectors: Vec<Vec<(u32, f32)>> = Vec::with_capacity(n);
    for (i, tf) in tfs.iter().enumerate() {
        let mut v: Vec<(u32, f32)> = tf
            .iter()
            .map(|&(id, c)| {
                let idf = ((1.0 + n as f64) / (1.0 + f64::from(df[id as usize]))).ln() + 1.0;
                (id, ((1.0 + f64::from(c).ln()) * idf) as f32)
            })
            .collect();
        v.retain(|x| !dropped[x.0 as usize]);
        let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            for x in &mut v {
                x.1 /= norm;
                postings[x.0 as usize].push((i as u32, x.1));
            }
        }
        vectors.push(v);
    }
    // Accumulate dot products with later articles through the postings.
    let mut sim = vec![vec![0.0f64; n]; n];
    let mut acc = vec![0.0f32; n];
    for (i, v) in vectors.iter().enumerate() {
        for &(id, w) in v {
            let list = &postings[id as usize];
            let from = list.partition_point(|p| p.0 as usize <= i);
            for &(j, wj) in &list[from..] {
                acc[j as usize] += w * wj;
            }
        }
        sim[i][i] = 1.0;
        for j in i + 1..n {
            let s = f64::from(acc[j]).clamp(0.0, 1.0);
            acc[j] = 0.0;
            sim[i][j] = s;
            sim[j][i] = s;
        }
    }
    sim
}

#[cfg(test)]
mod tests {
    use super::super::tests::article;
    use super::*;

    #[test]
    fn identical_related_unrelated() {
        let a = article("a", "The council approved the new bridge over the river on Monday.");
        let b = article("b", "The council approved the new bridge over the river on Monday.");
        let c = article("c", "Council members debated the bridge budget for hours.");
        let d = article("d", "A recipe for lemon cake with fresh berries.");
        let arts = [a, b, c, d];
        let m = matrix(&arts, &Content::new(&arts));
        assert!((m[0][1] - 1.0).abs() < 1e-6);
        assert!(m[0][2] > 0.05 && m[0][2] < 0.9, "{}", m[0][2]);
        assert_eq!(m[0][3], 0.0);
        for (i, row) in m.iter().enumerate() {
            assert_eq!(row[i], 1.0);
            for (j, &x) in row.iter().enumerate() {
                assert_eq!(x, m[j][i]);
            }
        }
    }

    #[test]
    fn empty_article_is_zero_but_diagonal() {
        let arts = [article("a", "Words here."), article("b", "…")];
        let m = matrix(&arts, &Content::new(&arts));
        assert_eq!(m, vec![vec![1.0, 0.0], vec![0.0, 1.0]]);
    }
}
