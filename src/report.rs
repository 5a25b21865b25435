//! The JSON contract: [`Input`] in, [`Report`] out (camelCase keys).
//!
//! Every `start`/`end` (and `aStart`…) in a [`Report`] is a UTF-16 code unit offset into
//! the article's text — exactly what `text.slice(start, end)` expects in JavaScript. For a
//! plain-text article that is the input `text`; for an HTML article it is the extracted
//! text returned in [`ArticleReport::text`]. The core works in byte offsets and converts
//! once, in [`crate::pipeline`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What to analyse: articles about one story, and optionally the targets to track.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Input {
    /// The articles; each has exactly one of `text` / `html`.
    pub articles: Vec<ArticleInput>,
    /// Targets to track (any strings); auto-detected when absent or empty.
    #[serde(default)]
    pub targets: Vec<String>,
    /// Tuning knobs; every field has a sensible default.
    #[serde(default)]
    pub options: Options,
}

/// One article as given by the user.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleInput {
    /// Unique id of the article within the input.
    pub id: String,
    /// Plain text of the article (exclusive with `html`).
    #[serde(default)]
    pub text: Option<String>,
    /// HTML of the article page (exclusive with `text`); parsed, never executed.
    #[serde(default)]
    pub html: Option<String>,
    /// Name of the outlet, e.g. "The Jakarta Post".
    #[serde(default)]
    pub source: Option<String>,
    /// Title, when known; otherwise detected.
    #[serde(default)]
    pub title: Option<String>,
    /// Address of the article, informational only.
    #[serde(default)]
    pub url: Option<String>,
    /// Publication date as given, informational only.
    #[serde(default)]
    pub published: Option<String>,
}

/// Options of an analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// How many targets to auto-detect at most (default 6).
    pub max_targets: usize,
    /// Skip the comparison block (faster for a single article).
    pub skip_comparison: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { max_targets: 6, skip_comparison: false }
    }
}

/// The result of [`crate::analyze`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Contract version (1).
    pub version: u32,
    /// The targets stance is measured toward.
    pub targets: Vec<TargetReport>,
    /// One entry per input article, in input order.
    pub articles: Vec<ArticleReport>,
    /// Cross-article comparison.
    pub comparison: ComparisonReport,
}

/// A stance target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetReport {
    /// Stable id (`t0`, `t1`, …).
    pub id: String,
    /// Display label.
    pub label: String,
    /// Other surface forms that count as mentions.
    pub aliases: Vec<String>,
    /// True when detected automatically, false when given by the user.
    pub auto: bool,
}

/// Per-article results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleReport {
    /// The input id.
    pub id: String,
    /// Outlet name, when given.
    pub source: Option<String>,
    /// Title (given or detected).
    pub title: Option<String>,
    /// Byline, when detected.
    pub byline: Option<String>,
    /// Publication date (given or detected).
    pub published: Option<String>,
    /// Main language guess (`"en"` or `"other"`); the lexicons are English.
    pub language: String,
    /// For HTML input only: the extracted text all offsets of this article refer to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Stretches of the text left out of the analysis (boilerplate etc.).
    pub removed: Vec<RemovedReport>,
    /// Sentences in text order.
    pub sentences: Vec<SentenceReport>,
    /// Quotations with their speakers.
    pub quotes: Vec<QuoteReport>,
    /// Article stance per target.
    pub stance: Vec<ArticleStanceReport>,
    /// Article metrics.
    pub metrics: MetricsReport,
}

/// A removed stretch of text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemovedReport {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end (exclusive).
    pub end: usize,
    /// Why: `share`, `subscribe`, `navigation`, `print`, `repeated-title`, `caption`, ….
    pub reason: String,
}

/// One sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceReport {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end (exclusive).
    pub end: usize,
    /// `body`, `title`, `byline`, `caption`, `heading` or `list_item`.
    pub kind: String,
    /// 0 (factual wording) … 1 (opinionated wording).
    pub subjectivity: f64,
    /// Any of `loaded`, `opinion`, `hedged`, `attributed`.
    pub flags: Vec<String>,
    /// Stance toward each target mentioned (or referred to) in the sentence.
    pub stance: Vec<SentenceStanceReport>,
    /// Cue words and phrases.
    pub cues: Vec<CueReport>,
}

/// A sentence's stance toward one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceStanceReport {
    /// Target id.
    pub target: String,
    /// `favor`, `against` or `none`.
    pub label: String,
    /// −1 (against) … 1 (favor).
    pub score: f64,
    /// `author` or the name of the quoted/reported speaker.
    pub holder: String,
}

/// A cue word or phrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CueReport {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end (exclusive).
    pub end: usize,
    /// `loaded`, `evaluative`, `hedge`, `booster`, `report`, `negation`, `contrast`.
    pub kind: String,
    /// −1 … 1 (0 for non-evaluative cues).
    pub polarity: f64,
    /// Strength 0 … 1.
    pub weight: f64,
    /// One line a reader understands.
    pub note: String,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteReport {
    /// UTF-16 start (the opening quote mark).
    pub start: usize,
    /// UTF-16 end (after the closing quote mark).
    pub end: usize,
    /// The speaker when the text names one.
    pub speaker: Option<String>,
    /// The report verb (`said`, `warned`, …) when there is one.
    pub verb: Option<String>,
}

/// An article's stance toward one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleStanceReport {
    /// Target id.
    pub target: String,
    /// `favor`, `against` or `none`.
    pub label: String,
    /// −1 … 1.
    pub score: f64,
    /// Sentences in favour (author's voice).
    pub favor: usize,
    /// Sentences against (author's voice).
    pub against: usize,
    /// Sentences mentioning the target without a side.
    pub none: usize,
}

/// Article metrics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricsReport {
    /// Words in the analysed text.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Mean sentence subjectivity, 0 … 1.
    pub subjectivity: f64,
    /// Share of sentences that are hedged.
    pub hedging: f64,
    /// Share of the body's characters inside quotations.
    pub quote_share: f64,
}

/// The comparison block.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ComparisonReport {
    /// Article × article similarity, 0 … 1 (1 on the diagonal); empty above 500 articles.
    pub similarity: Vec<Vec<f64>>,
    /// Pairs of articles sharing reused text.
    pub reuse: Vec<ReuseReport>,
    /// Claims: groups of sentences from different articles stating the same thing.
    pub claims: Vec<ClaimReport>,
    /// Per article id: indices of sentences no other article carries.
    pub unique: BTreeMap<String, Vec<usize>>,
    /// Per article id: distinctive terms (weighted log-odds z-scores).
    pub terms: BTreeMap<String, Vec<TermReport>>,
    /// Everyone quoted or paraphrased, with counts per article id.
    pub voices: Vec<VoiceReport>,
}

/// Reused text between articles `a` and `b` (ids).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReuseReport {
    /// Article id.
    pub a: String,
    /// Article id.
    pub b: String,
    /// Share of `a`'s body inside reused spans.
    pub share_a: f64,
    /// Share of `b`'s body inside reused spans.
    pub share_b: f64,
    /// Matching spans (UTF-16, each side in its own article).
    pub spans: Vec<ReuseSpanReport>,
}

/// One reused span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReuseSpanReport {
    /// Start in article `a`.
    pub a_start: usize,
    /// End in article `a`.
    pub a_end: usize,
    /// Start in article `b`.
    pub b_start: usize,
    /// End in article `b`.
    pub b_end: usize,
}

/// A claim shared by several articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimReport {
    /// Stable id (`c0`, `c1`, …).
    pub id: String,
    /// Readable label: the most central member sentence.
    pub label: String,
    /// Member sentences.
    pub members: Vec<ClaimMemberReport>,
    /// Number of distinct sources (outlets) carrying the claim.
    pub sources: usize,
}

/// A sentence in a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimMemberReport {
    /// Article id.
    pub article: String,
    /// Sentence index in that article.
    pub sentence: usize,
}

/// A distinctive term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TermReport {
    /// The word or phrase.
    pub term: String,
    /// z-score of the weighted log-odds.
    pub score: f64,
}

/// A voice (person or organisation quoted or paraphrased).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VoiceReport {
    /// Canonical (longest) name.
    pub name: String,
    /// Count per article id.
    pub articles: BTreeMap<String, usize>,
}
