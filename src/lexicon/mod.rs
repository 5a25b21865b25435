//! Cue lexicons and lookup. (First version: tiny built-in lists; replaced by generated
//! tables from licensed sources.)

/// Kinds of cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// Emotive, derogatory or sensational wording a neutral report would avoid.
    Loaded,
    /// Positive or negative evaluation.
    Evaluative,
    /// Softens a claim (may, reportedly).
    Hedge,
    /// Strengthens a claim (clearly, certainly).
    Booster,
    /// Attributes speech or belief (said, claimed, warned).
    Report,
    /// Negation (not, never).
    Negation,
    /// Contrast (however, despite).
    Contrast,
}

impl CueKind {
    /// Name used in the Report.
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Loaded => "loaded",
            CueKind::Evaluative => "evaluative",
            CueKind::Hedge => "hedge",
            CueKind::Booster => "booster",
            CueKind::Report => "report",
            CueKind::Negation => "negation",
            CueKind::Contrast => "contrast",
        }
    }
}

/// A lexicon entry matched in text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CueMatch {
    /// How many tokens the phrase covers.
    pub len: usize,
    /// Kind of cue.
    pub kind: CueKind,
    /// −1 … 1 (0 for non-evaluative kinds).
    pub polarity: f32,
    /// 0 … 1.
    pub weight: f32,
    /// Which list it comes from, for the note (e.g. "VADER", "Hyland 2005").
    pub source: &'static str,
}

/// The longest cue phrase starting at `words[i]` (lowercased token norms).
pub fn match_at(words: &[&str], i: usize) -> Option<CueMatch> {
    let w = *words.get(i)?;
    let (kind, polarity, weight, source) = match w {
        "may" | "might" | "could" | "reportedly" | "possibly" | "perhaps" | "likely" | "potentially" | "appears" | "seems" | "suggests" => (CueKind::Hedge, 0.0, 0.5, "Hyland 2005"),
        "certainly" | "clearly" | "definitely" | "undoubtedly" | "surely" | "indeed" | "essential" => (CueKind::Booster, 0.0, 0.6, "Hyland 2005"),
        "said" | "says" | "stated" | "claimed" | "warned" | "argued" | "according" | "noted" | "told" => (CueKind::Report, 0.0, 0.5, "report verbs"),
        "not" | "never" | "no" | "cannot" | "n't" => (CueKind::Negation, 0.0, 1.0, "negation"),
        "however" | "despite" | "but" | "although" | "nevertheless" => (CueKind::Contrast, 0.0, 0.5, "contrast"),
        _ => return valence(w).map(|v| CueMatch { len: 1, kind: CueKind::Evaluative, polarity: (v / 4.0).clamp(-1.0, 1.0), weight: (v.abs() / 4.0).min(1.0), source: "stub" }),
    };
    Some(CueMatch { len: 1, kind, polarity, weight, source })
}

/// Sentiment valence of a word, −4 … 4 (VADER scale), if it carries any.
pub fn valence(word: &str) -> Option<f32> {
    Some(match word {
        "threat" | "perilous" | "disturbing" | "destabilizing" | "conflict" | "war" | "criticism" => -2.0,
        "strengthen" | "support" | "peace" | "stability" | "cooperation" | "benefit" => 1.8,
        _ => return None,
    })
}

/// Whether `word` is a stopword (function word).
pub fn is_stopword(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "and" | "or" | "of" | "to" | "in" | "on" | "for" | "with" | "is" | "are" | "was" | "were" | "be" | "been" | "that" | "this" | "it" | "its" | "as" | "by" | "at" | "from" | "has" | "have" | "had" | "will" | "would" | "'s")
}
