//! Cues, targets, holders and stance: from segmented text to analysed sentences.

pub mod cues;
pub mod holders;
pub mod targets;
mod score;

pub use score::{article_stance, sentence_stance, ArticleStance};
