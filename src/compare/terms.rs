//! Framing terms: the words and two-word phrases that set each article apart from the rest.
//!
//! Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
//! 2008, "Fightin' Words", §3.5): for article *i* against all other articles together,
//!
//! ```text
//! δ_w = ln((y_iw + α_w) / (n_i + α0 − y_iw − α_w)) − ln((y_rw + α_w) / (n_r + α0 − y_rw − α_w))
//! σ²_w ≈ 1 / (y_iw + α_w) + 1 / (y_rw + α_w),        z_w = δ_w / σ_w
//! ```
//!
//! where the prior `α_w = α0 · Y_w / N` follows the pooled frequencies of the whole set
//! (so a word every article uses is not distinctive). Its mass `α0` is on the scale of one
//! article: [`ALPHA0`], or a fifth of the pooled count for very small sets, where a fixed
//! mass would drown every difference.
//!
//! Unigrams are content words (no stopwords, numbers or single characters); bigrams are
//! two adjacent content words; a sentence an article repeats verbatim counts once, and
//! copies of the article (reuse share at least [`COPY_SHARE`]) are left out of the others.
//! Terms with `z >` [`Z_MIN`] that occur at least twice in the article are ranked by z; a
//! phrase replaces the words it mostly accounts for, and names take at most [`MAX_NAMES`]
//! of the [`TOP`] places so one protagonist does not fill the list.

use super::words::{hash64, is_content_kind, mix, Content};
use crate::analysis::Article;
use crate::ingest::BlockKind;
use rustc_hash::{FxHashMap, FxHashSet};

/// Total mass of the Dirichlet prior (at most a fifth of the pooled count).
pub(crate) const ALPHA0: f64 = 500.0;
/// Largest share of the pooled count the prior mass may take.
const ALPHA0_SHARE: f64 = 0.2;
/// Least z-score reported (two-sided 5%).
pub(crate) const Z_MIN: f64 = 1.96;
/// Terms reported per article.
pub(crate) const TOP: usize = 12;
/// Reuse share from which another article is a copy, left out of the comparison.
pub(crate) const COPY_SHARE: f64 = 0.5;
/// Names among them, at most.
pub(crate) const MAX_NAMES: usize = 4;

/// Counts of one vocabulary (unigrams or bigrams).
#[derive(Default)]
struct Counts {
    /// Per article: (term id, count), sorted by id.
    per_article: Vec<Vec<(u32, u32)>>,
    /// Pooled count per term.
    pooled: Vec<u64>,
    /// Pooled total.
    total: u64,
}

impl Counts {
    fn add_article(&mut self, counts: FxHashMap<u32, u32>, vocab: usize) {
        let mut v: Vec<(u32, u32)> = counts.into_iter().collect();
        crate::order::sort(&mut v);
        self.pooled.resize(vocab, 0);
        for &(id, c) in &v {
            self.pooled[id as usize] += u64::from(c);
            self.total += u64::from(c);
        }
        self.per_article.push(v);
    }

    /// (term id, count in the article, z) for terms of article `i` counted at least twice,
    /// against all other articles but `copies`.
    fn z_scores(&self, i: usize, copies: &[usize]) -> Vec<(u32, u32, f64)> {
        let size = |a: usize| self.per_article[a].iter().map(|x| u64::from(x.1)).sum::<u64>();
        let n_i = size(i);
        let n_r = self.total - n_i - copies.iter().map(|&c| size(c)).sum::<u64>();
        if n_r == 0 {
            return Vec::new();
        }
        let count_in = |a: usize, id: u32| {
            let v = &self.per_article[a];
            v.binary_search_by_key(&id, |x| x.0).map_or(0, |k| u64::from(v[k].1))
        };
        let (n_i, n_r, total) = (n_i as f64, n_r as f64, self.total as f64);
        let alpha0 = ALPHA0.min(ALPHA0_SHARE * total);
        self.per_article[i]
            .iter()
            .filter(|x| x.1 >= 2)
            .map(|&(id, c)| {
                let pooled = self.pooled[id as usize];
                let y_i = f64::from(c);
                let y_r = (pooled - u64::from(c) - copies.iter().map(|&a| count_in(a, id)).sum::<u64>()) as f64;
                let alpha = alpha0 * pooled as f64 / total;
                let delta = ((y_i + alpha) / (n_i + alpha0 - y_i - alpha)).ln() - ((y_r + alpha) / (n_r + alpha0 - y_r - alpha)).ln();
                let var = 1.0 / (y_i + alpha) + 1.0 / (y_r + alpha);
                (id, c, delta / var.sqrt())
            })
            .collect()
    }
}

/// A candidate term of one article.
struct Candidate {
    /// Unigram ids (one or two).
    words: Vec<u32>,
    count: u32,
    z: f64,
}

/// Top distinctive terms per article, as (display form, z).
pub(crate) fn distinctive(articles: &[Article], content: &Content, copies: &[(usize, usize)]) -> Vec<Vec<(String, f64)>> {
    let n = articles.len();
    if n < 2 {
        return vec![Vec::new(); n];
    }
    let mut uni_ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut bi_ids: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    let mut bigram_words: Vec<(u32, u32)> = Vec::new();
    let (mut uni, mut bi) = (Counts::default(), Counts::default());
    // Name evidence per word: occurrences not at a sentence start, and how many capitalised.
    let (mut inner, mut inner_cap): (Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new());
    let mut norms: Vec<&str> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let (mut cu, mut cb): (FxHashMap<u32, u32>, FxHashMap<u32, u32>) = Default::default();
        let mut seen: FxHashSet<u64> = FxHashSet::default();
        for s in a.sentences.iter().filter(|s| is_content_kind(s.kind)) {
            // A sentence the article repeats (a summary list echoing the text) counts once.
            let key = a.tokens[s.tokens.clone()].iter().fold(0, |h, t| mix(h, hash64(&t.norm)));
            if !seen.insert(key) {
                continue;
            }
            let headline = matches!(s.kind, BlockKind::Title | BlockKind::Heading);
            let mut prev: Option<u32> = None;
            for (k, ti) in s.tokens.clone().enumerate() {
                let t = &a.tokens[ti];
                if !content.get(ai, ti) {
                    prev = None;
                    continue;
                }
                let next = uni_ids.len() as u32;
                let id = *uni_ids.entry(&t.norm).or_insert(next);
                if id as usize == inner.len() {
                    norms.push(&t.norm);
                    inner.push(0);
                    inner_cap.push(0);
                }
                if k > 0 && !headline {
                    inner[id as usize] += 1;
                    inner_cap[id as usize] += u32::from(t.cap);
                }
                *cu.entry(id).or_insert(0) += 1;
                if let Some(p) = prev {
                    let next = bi_ids.len() as u32;
                    let b = *bi_ids.entry((p, id)).or_insert(next);
                    if b as usize == bigram_words.len() {
                        bigram_words.push((p, id));
                    }
                    *cb.entry(b).or_insert(0) += 1;
                }
                prev = Some(id);
            }
        }
        uni.add_article(cu, uni_ids.len());
        bi.add_article(cb, bi_ids.len());
    }
    // Copies (most of either text reused) are not "the others" an article differs from.
    // `copies`: the pairs with `max(share_a, share_b) ≥ COPY_SHARE`, ordered by (a, b).
    let mut copies_of: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in copies {
        copies_of[a].push(b);
        copies_of[b].push(a);
    }
    let copies = copies_of;
    let is_name = |w: u32| {
        let (i, c) = (inner[w as usize], inner_cap[w as usize]);
        i > 0 && c * 10 >= i * 7
    };
    (0..n)
        .map(|i| {
            let mut cands: Vec<Candidate> = uni
                .z_scores(i, &copies[i])
                .into_iter()
                .map(|(id, count, z)| Candidate { words: vec![id], count, z })
                .chain(bi.z_scores(i, &copies[i]).into_iter().map(|(id, count, z)| {
                    let (p, q) = bigram_words[id as usize];
                    Candidate { words: vec![p, q], count, z }
                }))
                .filter(|c| c.z > Z_MIN)
                .collect();
            crate::order::sort_by(&mut cands, |x, y| y.z.total_cmp(&x.z).then(x.words.cmp(&y.words)));
            let uni_count = |w: u32| uni.per_article[i].binary_search_by_key(&w, |x| x.0).map_or(0, |k| uni.per_article[i][k].1);
            let picked = select(cands, &is_name, &uni_count);
            let display = surfaces(&articles[i], &picked, &uni_ids, &norms, &is_name);
            picked.iter().map(|c| (c.words.iter().map(|w| display[w].as_str()).collect::<Vec<_>>().join(" "), c.z)).collect()
        })
        .collect()
}

/// The top terms: phrases replace the words they mostly account for; names are capped.
fn select(cands: Vec<Candidate>, is_name: &dyn Fn(u32) -> bool, uni_count: &dyn Fn(u32) -> u32) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    // A phrase accounts for a word when at least half of the word's uses are in it.
    let accounts = |phrase: &Candidate, w: u32| phrase.words.len() == 2 && phrase.words.contains(&w) && phrase.count * 2 >= uni_count(w);
    for c in cands {
        if out.len() >= TOP {
            break;
        }
        if c.words.len() == 1 {
            if out.iter().any(|p| accounts(p, c.words[0])) {
                continue;
            }
        } else {
            out.retain(|p| !(p.words.len() == 1 && accounts(&c, p.words[0])));
        }
        let name = c.words.iter().all(|&w| is_name(w));
        if name && out.iter().filter(|p| p.words.iter().all(|&w| is_name(w))).count() >= MAX_NAMES {
            continue;
        }
        out.push(c);
    }
    out
}

/// Display form of each word in `picked`: the lowercase norm, or for names the most common
/// capitalised spelling in the article.
fn surfaces(a: &Article, picked: &[Candidate], ids: &FxHashMap<&str, u32>, norms: &[&str], is_name: &dyn Fn(u32) -> bool) -> FxHashMap<u32, String> {
    let mut words: Vec<u32> = picked.iter().flat_map(|c| c.words.iter().copied()).collect();
    crate::order::sort(&mut words);
    words.dedup();
    let mut spellings: FxHashMap<u32, Vec<(&str, u32)>> = FxHashMap::default();
    for t in &a.tokens {
        let Some(&id) = ids.get(&*t.norm) else { continue };
        if words.binary_search(&id).is_err() || !is_name(id) || !t.cap {
            continue;
        }
        let s = &a.doc.text[t.range.clone()];
        let v = spellings.entry(id).or_default();
        match v.iter_mut().find(|x| x.0 == s) {
            Some(x) => x.1 += 1,
            None => v.push((s, 1)),
        }
    }
    words
        .iter()
        .map(|&w| {
            let best = spellings.get(&w).and_then(|v| v.iter().max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(x.0))).map(|x| x.0.to_string()));
            (w, best.unwrap_or_else(|| norms[w as usize].to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::article;
    use super::*;

    fn terms_of(texts: &[&str]) -> Vec<Vec<(String, f64)>> {
        let arts: Vec<Article> = texts.iter().enumerate().map(|(i, t)| article(&format!("a{i}"), t)).collect();
        distinctive(&arts, &Content::new(&arts), &[])
    }

    #[test]
    fn distinctive_words_and_phrases() {
        let many = |s: &str| (0..4).map(|i| format!("{s} (part {i}). ")).collect::<String>();
        let common = many("The council met on Monday to discuss the budget for the coming year. Members debated spending on schools and roads");
        let a = format!("{common}{}", many("Opponents called the plan a reckless gamble. The reckless gamble would ruin the town, they said"));
        let b = format!("{common}{}", many("Supporters praised the careful investment. The careful investment will pay off for families"));
        let c = format!("{common} The meeting ended late.");
        let t = terms_of(&[&a, &b, &c]);
        let names: Vec<&str> = t[0].iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names.first(), Some(&"reckless gamble"), "{t:?}");
        assert!(!names.contains(&"reckless"), "phrase replaces its words: {names:?}");
        assert!(!names.contains(&"council") && !names.contains(&"budget"), "{names:?}");
        assert_eq!(t[1].first().map(|x| x.0.as_str()), Some("careful investment"));
        assert!(t.iter().flatten().all(|x| x.1 > Z_MIN));
    }

    #[test]
    fn single_article_has_no_terms() {
        assert_eq!(terms_of(&["Words words words."]), vec![Vec::<(String, f64)>::new()]);
    }

    #[test]
    fn names_keep_their_spelling_and_are_capped() {
        let names = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies"];
        let a: String = names.iter().flat_map(|n| (0..2).map(move |i| format!("Then {n} spoke and {n} left, as {n} wanted ({i}). {n} came back ({i}). "))).collect();
        let b = &(0..6).map(|i| format!("Then the committee spoke and nobody left, as everyone wanted ({i}). The committee spoke again ({i}). ")).collect::<String>();
        let t = terms_of(&[&a, b, b, b]);
        let shown: Vec<&str> = t[0].iter().map(|x| x.0.as_str()).collect();
        assert!(shown.iter().all(|s| names.contains(s) || !s.chars().any(char::is_uppercase)), "{shown:?}");
        assert_eq!(shown.iter().filter(|s| names.contains(s)).count(), MAX_NAMES, "{shown:?}");
    }
}
