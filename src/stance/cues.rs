//! Cue detection: lexicon phrases matched over a sentence's tokens, with a reader-facing note.

use crate::analysis::Cue;
use crate::lexicon;
use crate::segment::Token;
use std::ops::Range;

/// The cues of the sentence whose tokens are `tokens[range]`, longest match first, no overlaps.
///
/// # Examples
/// ```
/// use parallax::segment::tokenize;
/// let text = "Such steps may prove perilous.";
/// let mut toks = Vec::new();
/// tokenize(text, 0..text.len(), &mut toks);
/// let cues = parallax::stance::cues::detect(text, &toks, 0..toks.len());
/// assert!(cues.iter().any(|c| &text[c.range.clone()] == "may"));
/// ```
pub fn detect(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Cue> {
    let words: Vec<&str> = tokens[range.clone()].iter().map(|t| &*t.norm).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match lexicon::match_at(&words, i) {
            // Capitalised mid-sentence words belong to names ("May 3", "Nobel Peace Prize").
            Some(_) if in_name(text, &tokens[range.start + i], i) => i += 1,
            Some(m) if m.len > 0 => {
                let first = range.start + i;
                let last = (first + m.len - 1).min(range.end - 1);
                let span = tokens[first].range.start..tokens[last].range.end;
                let surface = &text[span.clone()];
                out.push(Cue {
                    range: span,
                    tokens: first..last + 1,
                    kind: m.kind,
                    polarity: f64::from(m.polarity),
                    weight: f64::from(m.weight),
                    note: lexicon::note(&m, surface),
                });
                i += m.len;
            }
            _ => i += 1,
        }
    }
    out
}

/// A capitalised token that does not start the sentence or a quotation is part of a name.
fn in_name(text: &str, token: &Token, index_in_sentence: usize) -> bool {
    if !token.cap || index_in_sentence == 0 {
        return false;
    }
    let before = text[..token.range.start].trim_end();
    !before.ends_with(['“', '"', '‘', '(', ':', '—', '–', '-'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn cue_words(text: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokenize(text, 0..text.len(), &mut toks);
        detect(text, &toks, 0..toks.len()).iter().map(|c| text[c.range.clone()].to_string()).collect()
    }

    #[test]
    fn names_are_not_cues() {
        let words = cue_words("The report on May 3 said the plan may fail.");
        assert!(words.contains(&"may".to_string()) && !words.contains(&"May".to_string()), "{words:?}");
        assert!(cue_words("May they succeed.").contains(&"May".to_string()));
    }
}
