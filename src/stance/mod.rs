//! Cues, targets, holders and stance: from segmented text to analysed sentences.

pub mod compose;
pub mod coref;
pub mod cues;
pub mod facts;
pub mod features;
pub mod frames;
pub mod holders;
pub mod model;
mod score;
pub mod targets;
mod weights;

pub use score::{article_stance, explain_span, rule_score, score_span, sentence_stance, sentence_stance_with, span_features, ArticleStance, Method, SpanStance};
