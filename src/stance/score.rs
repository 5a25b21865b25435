//! Sentence and article stance toward targets.
//!
//! A sentence's stance toward a target comes from the trained model ([`super::model`]) over
//! the features of each mention ([`super::features`]); with several mentions their logits are
//! averaged. The holder is the sentence's voice from [`super::holders`]: the stance is the
//! sentence's toward the target, *in that voice*. The article's stance is the mean score
//! over the author's own sentences; reported sentences count as `none` for the author.
//!
//! [`rule_score`] keeps the first, rule-based scorer (distance-weighted evaluative cues,
//! flipped by negation, damped by hedges) as the baseline the evaluation compares against.

use super::targets::{Matcher, Mention};
use super::{features, frames, model};
use crate::analysis::{stance_label, Cue, SentenceStance, Target};
use crate::lexicon::CueKind;
use crate::segment::{tokenize, Token};
use std::ops::Range;

/// At most this many mentions of one target in one sentence are scored.
const MAX_MENTIONS: usize = 4;

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

/// How a sentence is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The trained model (what the Report uses).
    Model,
    /// The rule baseline, [`rule_score`].
    Rules,
}

/// The stance of a text toward one marked mention, from [`score_span`].
#[derive(Debug, Clone, PartialEq)]
pub struct SpanStance {
    /// −1 … 1.
    pub score: f64,
    /// `favor`, `against` or `none` ([`stance_label`] of the score).
    pub label: &'static str,
    /// `None` for the author, else the speaker the sentence is attributed to.
    pub holder: Option<String>,
}

/// Stance of one sentence (tokens `range` of `tokens`, with `cues`) toward each target it
/// mentions, voiced by `holder`. `text` is the article text the tokens point into;
/// `pronouns` are extra mentions resolved by coreference (`(target, token range within the
/// sentence)`, from [`super::coref::pronoun_mentions`]).
pub fn sentence_stance(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    cues: &[Cue],
    targets: &[Target],
    holder: &Option<String>,
    pronouns: &[(usize, Range<usize>)],
) -> Vec<SentenceStance> {
    let found = Matcher::new(targets.iter().enumerate()).find(&tokens[range.clone()]);
    sentence_stance_with(text, tokens, range, cues, targets, &found, holder, pronouns)
}

/// [`sentence_stance`] given the sentence's mentions `found`, from a [`Matcher`] of
/// `targets.iter().enumerate()` built once for all sentences.
pub fn sentence_stance_with(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    cues: &[Cue],
    targets: &[Target],
    found: &[Mention],
    holder: &Option<String>,
    pronouns: &[(usize, Range<usize>)],
) -> Vec<SentenceStance> {
    let _ = cues;
    let toks = &tokens[range];
    let mut units = None;
    let mut out = Vec::new();
    for (ti, target) in targets.iter().enumerate() {
        let at = found.partition_point(|m| m.target < ti);
        let n = found[at..].iter().take_while(|m| m.target == ti).count();
        let mut spans = mention_spans(target, &found[at..at + n], toks);
        if pronouns.iter().any(|p| p.0 == ti) {
            spans.extend(pronouns.iter().filter(|p| p.0 == ti).map(|p| p.1.clone()));
            spans.sort_by_key(|r| r.start);
            spans.dedup_by(|b, a| b.start < a.end);
        }
        if spans.is_empty() {
            continue;
        }
        let units = units.get_or_insert_with(|| features::Units::new(text, toks));
        let score = model_score(units, &spans, holder.is_some());
        out.push(SentenceStance { target: ti, score, holder: holder.clone() });
    }
    out
}

/// Model score toward the mentions `spans` (token ranges): mean logits, each read in its
/// clause frame ([`frames::adjust`]), softmax.
fn model_score(units: &features::Units, spans: &[Range<usize>], reported: bool) -> f64 {
    let mut z = [0.0; 3];
    let spans = &spans[..spans.len().min(MAX_MENTIONS)];
    let mut frames = [frames::Frame::Plain; MAX_MENTIONS];
    for (f, m) in frames.iter_mut().zip(spans) {
        *f = units.frame(m.clone());
    }
    let frames = &frames[..spans.len()];
    // A mention that is the cause of an outcome is what the sentence is about: the other
    // mentions (inside the outcome, say) do not dilute it.
    let causes = frames.iter().any(|f| matches!(f, frames::Frame::Consequence(_)));
    let counted = |f: &frames::Frame| !causes || matches!(f, frames::Frame::Consequence(_));
    let n = frames.iter().filter(|f| counted(f)).count();
    for (m, f) in spans.iter().zip(frames) {
        if !counted(f) {
            continue;
        }
        let l = frames::adjust(units.logits(m.clone(), reported), *f);
        for c in 0..3 {
            z[c] += l[c] / n as f64;
        }
    }
    model::softmax(z).score()
}

/// Stance of `text` toward the mention at byte range `target`, scored by `method`.
///
/// The text may hold several sentences: the one containing the mention is scored, and its
/// holder comes from quotation and report-clause detection over the whole text.
///
/// # Examples
/// ```
/// use parallax::stance::{score_span, Method};
/// let text = "Smith won the vote. “The deal is a disgrace,” said Lee.";
/// let s = text.find("deal").unwrap();
/// let st = score_span(text, s..s + 4, Method::Model);
/// assert!(st.score >= -1.0 && st.score <= 1.0);
/// assert_eq!(st.holder.as_deref(), Some("Lee"));
/// ```
pub fn score_span(text: &str, target: Range<usize>, method: Method) -> SpanStance {
    let span = locate(text, target);
    let score = match method {
        Method::Model => {
            let frame = features::Units::new(span.text, &span.tokens).frame(span.mention.clone());
            model::softmax(frames::adjust(model::logits(&span.features()), frame)).score()
        }
        Method::Rules => {
            let cues = super::cues::detect(text, &span.tokens, 0..span.tokens.len());
            rule_score(&[span.mention.start], &cues)
        }
    };
    SpanStance { score, label: stance_label(score), holder: span.holder }
}

/// The model features of the mention at byte range `target` of `text` (read as in
/// [`score_span`]) and the holder of its sentence: what `scripts/train_stance.py` trains on.
pub fn span_features(text: &str, target: Range<usize>) -> (features::Features, Option<String>) {
    let span = locate(text, target);
    (span.features(), span.holder)
}

/// The model's reasons for [`score_span`]: each feature's push toward favor (+) or against
/// (−), largest first, named as in [`features::Units::named`] (`L|praised`: "praised" left of
/// the mention).
pub fn explain_span(text: &str, target: Range<usize>) -> Vec<(String, f64)> {
    let span = locate(text, target);
    let units = features::Units::new(span.text, &span.tokens);
    model::explain(&units.named(span.mention.clone(), span.holder.is_some()))
}

/// A mention located in its sentence.
struct Located<'a> {
    text: &'a str,
    /// The sentence's tokens.
    tokens: Vec<Token>,
    /// The mention, as indices into `tokens` (empty when no token overlaps it).
    mention: Range<usize>,
    holder: Option<String>,
}

impl Located<'_> {
    fn features(&self) -> features::Features {
        features::extract(self.text, &self.tokens, self.mention.clone(), self.holder.is_some())
    }
}

fn locate(text: &str, target: Range<usize>) -> Located<'_> {
    let start = crate::text::floor_boundary(text, target.start);
    let end = crate::text::floor_boundary(text, target.end).max(start + 1);
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for r in crate::segment::split_sentences(text, 0..text.len()) {
        let a = tokens.len();
        tokenize(text, r.clone(), &mut tokens);
        if tokens.len() > a {
            sentences.push(crate::segment::Sentence { range: r, kind: crate::ingest::BlockKind::Body, tokens: a..tokens.len() });
        }
    }
    let (mut holders, _) = super::holders::attribute(text, &tokens, &sentences);
    let Some(si) = sentences.iter().rposition(|s| s.range.start <= start).or((!sentences.is_empty()).then_some(0)) else {
        return Located { text, tokens: Vec::new(), mention: 0..0, holder: None };
    };
    let toks = tokens[sentences[si].tokens.clone()].to_vec();
    let mention = match toks.iter().position(|t| t.range.end > start && t.range.start < end) {
        Some(a) => a..a + toks[a..].iter().take_while(|t| t.range.start < end).count(),
        None => 0..0,
    };
    Located { text, tokens: toks, mention, holder: holders.swap_remove(si) }
}

/// Token ranges (into `toks`) where `target`'s label or an alias is mentioned (`found`: its
/// mentions from [`Matcher::find`]), longest first at each position, in text order.
fn mention_spans(target: &Target, found: &[Mention], toks: &[Token]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for m in found {
        if out.last().is_some_and(|r| r.end > m.start) {
            continue; // inside a longer mention
        }
        out.push(m.start..m.start + m.len);
    }
    if target.main {
        out.extend(super::targets::event_anaphors(toks));
        out.sort_by_key(|r| r.start);
        out.dedup_by(|b, a| b.start < a.end);
    }
    out
}

/// The rule baseline: evaluative and loaded cues weighted by distance to the nearest mention
/// (`mentions` are token indices, as `cues` use), flipped by a negation just before the cue,
/// damped by hedges and raised by boosters, squashed to −1 … 1.
pub fn rule_score(mentions: &[usize], cues: &[Cue]) -> f64 {
    let mut raw = 0.0;
    let mut modifier = 1.0;
    for (ci, c) in cues.iter().enumerate() {
        match c.kind {
            CueKind::Hedge => modifier *= 0.8,
            CueKind::Booster => modifier *= 1.2,
            CueKind::Evaluative | CueKind::Loaded => {
                let pos = c.tokens.start;
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
