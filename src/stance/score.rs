//! Sentence and article stance toward targets.
//!
//! A sentence's score toward a target sums its evaluative and loaded cues, each weighted by
//! its distance to the nearest mention (closer words say more about the target), flipped by
//! a negation just before the cue, damped by hedges and raised by boosters, then squashed
//! to −1 … 1. The article's stance is the mean over the author's own sentences.

use crate::analysis::{stance_label, Cue, SentenceStance, Target};
use crate::lexicon::CueKind;
use crate::segment::Token;
use std::ops::Range;

/// An article's stance toward one target.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleStance {
    /// Target index.
    pub target: usize,
    /// −1 … 1.
    pub score: f64,
    /// Author sentences in favour.
    pub favor: usize,
    /// Author sentences against.
    pub against: usize,
    /// Sentences mentioning the target without a side (or voiced by others).
    pub none: usize,
}

/// Stance of one sentence (tokens `range` of `tokens`, with `cues`) toward each target it mentions.
pub fn sentence_stance(
    tokens: &[Token],
    range: Range<usize>,
    cues: &[Cue],
    targets: &[Target],
    holder: &Option<String>,
) -> Vec<SentenceStance> {
    let toks = &tokens[range.clone()];
    let mut out = Vec::new();
    for (ti, target) in targets.iter().enumerate() {
        let mentions = super::targets::mentions(target, toks);
        if mentions.is_empty() {
            continue;
        }
        let score = score_toward(&mentions, range.start, cues);
        out.push(SentenceStance { target: ti, score, holder: holder.clone() });
    }
    out
}

fn score_toward(mentions: &[usize], offset: usize, cues: &[Cue]) -> f64 {
    let mut raw = 0.0;
    let mut modifier = 1.0;
    for (ci, c) in cues.iter().enumerate() {
        match c.kind {
            CueKind::Hedge => modifier *= 0.8,
            CueKind::Booster => modifier *= 1.2,
            CueKind::Evaluative | CueKind::Loaded => {
                let pos = c.tokens.start - offset;
                // Cues inside the mention itself ("peace" in a name) still count, at full weight.
                let d = mentions.iter().map(|&m| m.abs_diff(pos)).min().unwrap_or(0) as f64;
                let proximity = 1.0 / (1.0 + d / 5.0);
                let negated = cues[..ci]
                    .iter()
                    .any(|n| n.kind == CueKind::Negation && c.tokens.start.saturating_sub(n.tokens.end) <= 3);
                let sign = if negated { -0.6 } else { 1.0 };
                raw += sign * c.polarity * c.weight.max(0.3) * proximity;
            }
            _ => {}
        }
    }
    (raw * modifier * 1.5).tanh()
}

/// Aggregates author-voiced sentence stances into an article stance per target.
pub fn article_stance(per_sentence: &[&[SentenceStance]], n_targets: usize) -> Vec<ArticleStance> {
    let mut out: Vec<ArticleStance> =
        (0..n_targets).map(|t| ArticleStance { target: t, score: 0.0, favor: 0, against: 0, none: 0 }).collect();
    let mut sums = vec![(0.0, 0usize); n_targets];
    for stances in per_sentence {
        for s in stances.iter() {
            let a = &mut out[s.target];
            if s.holder.is_some() {
                a.none += 1;
                continue;
            }
            match stance_label(s.score) {
                "favor" => a.favor += 1,
                "against" => a.against += 1,
                _ => a.none += 1,
            }
            sums[s.target].0 += s.score;
            sums[s.target].1 += 1;
        }
    }
    for (a, (sum, n)) in out.iter_mut().zip(sums) {
        if n > 0 {
            a.score = sum / n as f64;
        }
    }
    out
}
