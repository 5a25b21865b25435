//! Source comparison: similarity, text reuse, claims, unique sentences, framing terms, voices.
//!
//! Every part grows near-linearly with the number of articles: joins go through inverted
//! indexes (word → articles, fingerprint → positions, rare word → sentences) whose very
//! common keys are capped, never through all pairs of sentences. Only the article × article
//! similarity matrix is quadratic, because its output is.
//!
//! - similarity: TF-IDF cosine over content words, article × article.
//! - reuse: word 5-gram fingerprints, winnowed (Schleimer et al. 2003), joined through an
//!   inverted index, extended to maximal runs that tolerate small edits; boilerplate
//!   removed at ingest is never part of a run.
//! - claims: sentences of different sources stating the same thing, by IDF-weighted overlap
//!   of stemmed content words, numbers and names (acronyms and demonyms unified), never
//!   linking sentences that differ in numbers, negation, outcome or subject; clustered by
//!   average link; copies and pages of one source count once.
//! - unique: body sentences in no claim and not copied.
//! - terms: weighted log-odds with an informative Dirichlet prior (Monroe et al. 2008).
//! - voices: quoted and reported speakers, their names unified across articles.
//!
//! All ranges are byte ranges into each article's text; indices refer to the article list
//! and to each article's sentence list. Results are deterministic: no iteration over hash
//! maps reaches the output unsorted, and fingerprints use a fixed 64-bit hash.

mod claims;
mod reuse;
pub use reuse::REUSE_PARTNERS;
mod similarity;
mod stem;
mod terms;
mod voices;
mod words;

use crate::analysis::{Article, Target};
use std::ops::Range;

/// The comparison of a set of analysed articles (byte offsets; indices into the article list).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// Article × article similarity 0 … 1; empty above [`MAX_SIMILARITY_ARTICLES`] articles.
    pub similarity: Vec<Vec<f64>>,
    /// Reused text between pairs, ordered by (a, b): for each article at most its
    /// [`REUSE_PARTNERS`] strongest partners (a pair stays when it is among the strongest of
    /// either article), so at most `REUSE_PARTNERS · n` pairs.
    pub reuse: Vec<Reuse>,
    /// Claims shared by several articles.
    pub claims: Vec<Claim>,
    /// Per article: indices of sentences no other article carries.
    pub unique: Vec<Vec<usize>>,
    /// Per article: distinctive terms with z-scores.
    pub terms: Vec<Vec<(String, f64)>>,
    /// Voices with per-article counts.
    pub voices: Vec<Voice>,
}

/// Reused text between articles `a` and `b`.
#[derive(Debug, Clone, PartialEq)]
pub struct Reuse {
    /// Article index.
    pub a: usize,
    /// Article index.
    pub b: usize,
    /// Share of `a`'s analysed text inside reused spans.
    pub share_a: f64,
    /// Share of `b`'s analysed text inside reused spans.
    pub share_b: f64,
    /// (span in a, span in b), byte ranges.
    pub spans: Vec<(Range<usize>, Range<usize>)>,
}

/// A claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Readable label.
    pub label: String,
    /// (article index, sentence index).
    pub members: Vec<(usize, usize)>,
    /// Distinct sources.
    pub sources: usize,
}

/// A voice.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    /// Canonical name.
    pub name: String,
    /// Count per article index.
    pub counts: Vec<usize>,
}

/// Above this many articles the similarity matrix is empty (see [`Comparison::similarity`]).
pub const MAX_SIMILARITY_ARTICLES: usize = 500;

/// Compares `articles`: similarity, reuse, claims, unique sentences, terms and voices.
///
/// # Examples
/// ```
/// use parallax::{analysis::Article, compare, ingest, report::ArticleInput, segment};
/// let article = |id: &str, text: &str| {
///     let doc = ingest::ingest(&ArticleInput { id: id.into(), text: Some(text.into()), ..Default::default() }).unwrap();
///     let seg = segment::segment(&doc);
///     let sentences = seg.sentences.iter().map(|s| parallax::analysis::Sentence {
///         range: s.range.clone(), kind: s.kind, tokens: s.tokens.clone(), cues: Vec::new(),
///         subjectivity: 0.0, flags: Default::default(), holder: None, stance: Vec::new(),
///     }).collect();
///     Article { id: id.into(), source: id.into(), doc, tokens: seg.tokens, sentences, quotes: Vec::new(), english: true }
/// };
/// let wire = "The harbour authority said on Tuesday that the new ferry terminal will open to passengers in early March after two years of delays.";
/// let a = article("a", wire);
/// let b = article("b", &format!("Local news. {wire}"));
/// let c = article("c", "A bakery on the corner sells bread.");
/// let cmp = compare::compare(&[a, b, c], &[]);
/// assert_eq!(cmp.reuse.len(), 1);
/// assert!(cmp.reuse[0].share_a > 0.99);
/// assert!(cmp.similarity[0][1] > 0.8 && cmp.similarity[0][2] < 0.1);
/// ```
pub fn compare(articles: &[Article], targets: &[Target]) -> Comparison {
    compare_probed(articles, targets, &mut |_| {})
}

/// [`compare`], calling `probe` with the name of each part as it ends (the memory benchmark,
/// tests/bench/memory.rs, reads its counting allocator there).
#[doc(hidden)]
pub fn compare_probed(articles: &[Article], _targets: &[Target], probe: &mut dyn FnMut(&'static str)) -> Comparison {
    let content = words::Content::new(articles);
    probe("compare: content words");
    // A dense n × n matrix stops being readable (and affordable: 25M numbers at 5,000) long
    // before the rest of the comparison does; above the cap it is left empty.
    let similarity = if articles.len() <= MAX_SIMILARITY_ARTICLES { similarity::matrix(articles, &content) } else { Vec::new() };
    probe("compare: similarity");
    let reuse::Found { reported: reuse, covered, copies, .. } = reuse::find(articles, terms::COPY_SHARE);
    probe("compare: reuse");
    let claims = claims::find(articles, &content, &covered);
    probe("compare: claims");
    let unique = claims::unique(articles, &claims, &covered);
    probe("compare: unique");
    let terms = terms::distinctive(articles, &content, &copies);
    probe("compare: terms");
    let voices = voices::collect(articles);
    probe("compare: voices");
    Comparison { similarity, reuse, claims, unique, terms, voices }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::analysis::Article;

    /// An analysed article from plain text (no cues, holders or quotes).
    pub(crate) fn article(id: &str, text: &str) -> Article {
        Article::segmented(id, id, text).expect("ingest")
    }
}
