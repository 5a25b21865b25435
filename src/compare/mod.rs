//! Source comparison: similarity, text reuse, claims, unique sentences, framing terms, voices.

use crate::analysis::{Article, Target};
use std::ops::Range;

/// The comparison of a set of analysed articles (byte offsets; indices into the article list).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// Article × article similarity 0 … 1.
    pub similarity: Vec<Vec<f64>>,
    /// Reused text between pairs.
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

/// Compares `articles`.
pub fn compare(articles: &[Article], _targets: &[Target]) -> Comparison {
    let n = articles.len();
    Comparison {
        similarity: (0..n).map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect()).collect(),
        unique: articles.iter().map(|a| (0..a.sentences.len()).collect()).collect(),
        terms: vec![Vec::new(); n],
        ..Default::default()
    }
}
