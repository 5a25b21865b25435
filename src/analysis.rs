//! The analysed form of an article that the stages pass along (byte offsets throughout).
//! [`crate::pipeline`] turns it into the [`crate::report::Report`] (UTF-16 offsets).

use crate::ingest::{BlockKind, Document};
use crate::lexicon::CueKind;
use crate::segment::Token;
use std::ops::Range;

/// One analysed article.
#[derive(Debug, Clone)]
pub struct Article {
    /// Input id.
    pub id: String,
    /// Outlet name (defaults to the id when the input gives none).
    pub source: String,
    /// The ingested document (text, layout, removed parts).
    pub doc: Document,
    /// All word tokens.
    pub tokens: Vec<Token>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// True when the text looks English (the lexicons are English).
    pub english: bool,
}

impl Article {
    /// An article that has been ingested and segmented only: sentences without cues,
    /// holders, quotes or stance. The starting point for testing later stages alone.
    ///
    /// # Examples
    /// ```
    /// let a = parallax::analysis::Article::segmented("a", "Daily A", "One. Two.").unwrap();
    /// assert_eq!(a.sentences.len(), 2);
    /// ```
    pub fn segmented(id: &str, source: &str, text: &str) -> Result<Article, crate::Error> {
        let input = crate::report::ArticleInput { id: id.into(), text: Some(text.into()), ..Default::default() };
        let doc = crate::ingest::ingest(&input)?;
        let seg = crate::segment::segment(&doc);
        let sentences = seg
            .sentences
            .into_iter()
            .map(|s| Sentence {
                range: s.range,
                kind: s.kind,
                tokens: s.tokens,
                cues: Vec::new(),
                subjectivity: 0.0,
                flags: Flags::default(),
                holder: None,
                stance: Vec::new(),
            })
            .collect();
        Ok(Article { id: id.into(), source: source.into(), doc, tokens: seg.tokens, sentences, quotes: Vec::new(), english: true })
    }
}

/// One analysed sentence.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the article text.
    pub range: Range<usize>,
    /// Block kind.
    pub kind: BlockKind,
    /// Range into [`Article::tokens`].
    pub tokens: Range<usize>,
    /// Cues found in the sentence.
    pub cues: Vec<Cue>,
    /// 0 … 1.
    pub subjectivity: f64,
    /// Flags.
    pub flags: Flags,
    /// Who voices the sentence: `None` for the author, else the speaker's name.
    pub holder: Option<String>,
    /// Stance toward targets mentioned or referred to.
    pub stance: Vec<SentenceStance>,
}

/// Sentence flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    /// Slanted wording.
    pub loaded: bool,
    /// The author takes a side or evaluates.
    pub opinion: bool,
    /// Softened by hedges.
    pub hedged: bool,
    /// Voiced by someone other than the author.
    pub attributed: bool,
}

/// A cue.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Byte range in the article text.
    pub range: Range<usize>,
    /// Token range.
    pub tokens: Range<usize>,
    /// Kind.
    pub kind: CueKind,
    /// −1 … 1.
    pub polarity: f64,
    /// 0 … 1.
    pub weight: f64,
    /// Explanation for the reader.
    pub note: String,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Byte range including the quote marks.
    pub range: Range<usize>,
    /// Speaker when named.
    pub speaker: Option<String>,
    /// Report verb when present.
    pub verb: Option<String>,
}

/// A stance target.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Display label.
    pub label: String,
    /// Other surface forms (lowercased matching).
    pub aliases: Vec<String>,
    /// Auto-detected (vs given by the user).
    pub auto: bool,
    /// The story's main target: references to the story's event ("this move", "such
    /// steps") count as its mentions (see [`crate::stance::targets::event_anaphors`]).
    pub main: bool,
}

/// A sentence's stance toward one target.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceStance {
    /// Index into the target list.
    pub target: usize,
    /// −1 … 1.
    pub score: f64,
    /// `None` for the author, else the speaker.
    pub holder: Option<String>,
}

/// Score threshold beyond which a stance is favor/against rather than none.
pub const STANCE_THRESHOLD: f64 = 0.15;

/// `favor`, `against` or `none` for a score.
pub fn stance_label(score: f64) -> &'static str {
    if score >= STANCE_THRESHOLD {
        "favor"
    } else if score <= -STANCE_THRESHOLD {
        "against"
    } else {
        "none"
    }
}
