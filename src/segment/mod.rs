//! Sentences and word tokens with byte spans.
//!
//! Sentences never cross a block boundary; a block is split after `.`, `!`, `?` or `…`
//! (with any closing quotes or brackets) when what follows starts a new sentence, except
//! after abbreviations ("Dr.", "U.S.", "Jan.") and initials ("J. Smith"). Runaway
//! "sentences" are cut at a whitespace after [`MAX_SENTENCE_BYTES`] so cost stays linear.

mod abbrev;
mod tokens;

pub use tokens::{tokenize, word_hash, Norm, Token, WordFilter};

use crate::ingest::{BlockKind, Document};
use std::ops::Range;

/// Longest sentence kept whole; longer runs are cut at a space.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// A sentence: its byte range, its block kind, and its tokens (a range into the token list).
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Byte range in the document text (trimmed).
    pub range: Range<usize>,
    /// Kind of the block it comes from.
    pub kind: BlockKind,
    /// Indices into the article's token list.
    pub tokens: Range<usize>,
}

/// A segmented document: all tokens and all sentences, in text order.
#[derive(Debug, Clone, PartialEq)]
pub struct Segmented {
    /// Word and number tokens of all sentences.
    pub tokens: Vec<Token>,
    /// Sentences in order, non-overlapping.
    pub sentences: Vec<Sentence>,
}

/// Splits every block of `doc` into sentences and tokens.
///
/// # Examples
/// ```
/// use parallax::{ingest, segment, report::ArticleInput};
/// let a = ArticleInput { id: "a".into(), text: Some("Dr. Smith arrived in the U.S. on Monday. “It is late,” he said. Then he left.".into()), ..Default::default() };
/// let seg = segment::segment(&ingest::ingest(&a).unwrap());
/// assert_eq!(seg.sentences.len(), 3);
/// ```
pub fn segment(doc: &Document) -> Segmented {
    // English news runs at about 6 bytes of text per token: reserving for one token per 5
    // bytes avoids the repeated doubling (and copying) of a large token vector.
    let mut out = Segmented { tokens: Vec::with_capacity(doc.text.len() / 5), sentences: Vec::new() };
    for block in &doc.blocks {
        for range in split_sentences(&doc.text, block.range.clone()) {
            let first = out.tokens.len();
            tokenize(&doc.text, range.clone(), &mut out.tokens);
            if out.tokens.len() == first {
                continue; // punctuation only
            }
            out.sentences.push(Sentence { range, kind: block.kind, tokens: first..out.tokens.len() });
        }
    }
    out
}

/// Sentence ranges inside `block` of `text`.
pub fn split_sentences(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[block.clone()];
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        // Only terminators, spaces and newlines can end a sentence: other ASCII bytes are
        // skipped without decoding (eight at a time when none of them is '.', '!', '?',
        // '\n' or non-ASCII), and spaces while the sentence is short.
        if i + 8 - start <= MAX_SENTENCE_BYTES {
            if let Some(chunk) = b.get(i..i + 8) {
                let x = u64::from_le_bytes(chunk.try_into().unwrap_or([b'.'; 8]));
                if !has_stop_byte(x) {
                    i += 8;
                    continue;
                }
            }
        }
        match b[i] {
            b'.' | b'!' | b'?' | b'\n' => {}
            b' ' if i - start > MAX_SENTENCE_BYTES => {}
            0x80.. => {}
            _ => {
                i += 1;
                continue;
            }
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let mut next = i + c.len_utf8();
        let mut end = None;
        if matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？') {
            // Take repeated terminators and closing quotes/brackets.
            let mut j = next;
            while let Some(d) = s[j..].chars().next() {
                if matches!(d, '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            next = j;
            let cjk = matches!(c, '。' | '！' | '？');
            if (cjk || starts_new_sentence(&s[j..])) && !(c == '.' && is_abbreviation(&s[start..i], &s[j..])) {
                end = Some(j);
            }
        } else if i - start > MAX_SENTENCE_BYTES && (c == ' ' || c == '\n') {
            end = Some(i);
        } else if c == '\n' && b.get(i + 1) == Some(&b'\n') {
            end = Some(i);
        }
        if let Some(e) = end {
            let r = crate::ingest::trim(text, block.start + start..block.start + e);
            if !r.is_empty() {
                out.push(r);
            }
            start = e;
        }
        i = next;
    }
    let r = crate::ingest::trim(text, block.start + start..block.end);
    if !r.is_empty() {
        out.push(r);
    }
    out
}

/// Whether one of the eight bytes of `x` is '.', '!', '?', '\n' or non-ASCII.
fn has_stop_byte(x: u64) -> bool {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    if x & H != 0 {
        return true;
    }
    // A zero byte of `x ^ c·L` is a byte equal to `c` (exact for ASCII bytes).
    let zero = |y: u64| !(((y & !H) + !H) | y | !H);
    zero(x ^ (u64::from(b'.') * L)) | zero(x ^ (u64::from(b'!') * L)) | zero(x ^ (u64::from(b'?') * L)) | zero(x ^ (u64::from(b'\n') * L)) != 0
}

/// What follows a terminator starts a sentence: whitespace, then an uppercase letter,
/// digit, opening quote/bracket or bullet — or the end of the block.
fn starts_new_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() && !rest.is_empty() {
        return false; // no space: "U.S.", "3.5", "e.g."
    }
    match trimmed.chars().next() {
        None => true,
        // Uppercase, digits, opening quotes/brackets, and letters of scripts without case (CJK…).
        Some(c) => c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '•' | '«' | '—' | '–')
            || (c.is_alphabetic() && !c.is_lowercase())
            || !c.is_alphabetic() && !c.is_ascii_punctuation() && !c.is_whitespace(),
    }
}

/// The word before a '.' is an abbreviation or an initial, so the '.' does not end a sentence.
fn is_abbreviation(before: &str, after: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // Single initial: "J. Smith" (but not the pronoun-like "I." at a sentence end).
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() && c != 'I' {
            return true;
        }
    }
    // Dotted acronym "U.S" before its final dot: ambiguous at a sentence end, so split
    // only when the next word looks like a sentence start that is not a name.
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        let next = after.split_whitespace().next().unwrap_or("");
        return !abbrev::is_sentence_starter(next);
    }
    if word.is_ascii() {
        // Lowercased on the stack; a word longer than every abbreviation is none.
        if word.len() > abbrev::MAX_LEN {
            return false;
        }
        let mut buf = [0u8; abbrev::MAX_LEN];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return abbrev::is_abbreviation(std::str::from_utf8(lower).unwrap_or_default(), after);
    }
    abbrev::is_abbreviation(&word.to_lowercase(), after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        split_sentences(s, 0..s.len()).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(split("Mr. Smith met Gen. J. R. Allen. They talked."), ["Mr. Smith met Gen. J. R. Allen.", "They talked."]);
        assert_eq!(split("It grew 3.5 percent in the U.S. economy. Next."), ["It grew 3.5 percent in the U.S. economy.", "Next."]);
        assert_eq!(split("He lives in the U.S. The rest is history."), ["He lives in the U.S.", "The rest is history."]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(split("“It is over.” She left! Did he? Yes…"), ["“It is over.”", "She left!", "Did he?", "Yes…"]);
        assert_eq!(split("He said “stop.” Then it stopped."), ["He said “stop.”", "Then it stopped."]);
    }

    #[test]
    fn abbreviations_in_any_case_and_length() {
        // Matched lowercased (ASCII on the stack, others through `to_lowercase`); the longest
        // entries ("approx", "sept") still match, a longer word does not.
        assert_eq!(split("He met SEN. Smith. They talked."), ["He met SEN. Smith.", "They talked."]);
        assert_eq!(split("It costs Approx. Ten dollars. Fine."), ["It costs Approx. Ten dollars.", "Fine."]);
        assert_eq!(split("He met Approxs. Then left."), ["He met Approxs.", "Then left."]);
        assert_eq!(split("Open until Sept. Then closed."), ["Open until Sept. Then closed."]);
        assert_eq!(split("See Fig. 3 and Vol. 2. Done."), ["See Fig. 3 and Vol. 2.", "Done."]);
        assert_eq!(abbrev::MAX_LEN, 6);
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(split("The ratio is approx. one in ten. Fine."), ["The ratio is approx. one in ten.", "Fine."]);
    }

    /// The character-by-character splitter `split_sentences` replaced (it skips bytes that
    /// cannot end a sentence); both must agree everywhere.
    fn split_reference(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
        let s = &text[block.clone()];
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let mut end = None;
            if matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？') {
                let mut j = i + c.len_utf8();
                while let Some(&(k, d)) = iter.peek() {
                    if matches!(d, '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
                        j = k + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                let cjk = matches!(c, '。' | '！' | '？');
                if (cjk || starts_new_sentence(&s[j..])) && !(c == '.' && is_abbreviation(&s[start..i], &s[j..])) {
                    end = Some(j);
                }
            } else if i - start > MAX_SENTENCE_BYTES && (c == ' ' || c == '\n') {
                end = Some(i);
            } else if c == '\n' && b.get(i + 1) == Some(&b'\n') {
                end = Some(i);
            }
            if let Some(e) = end {
                let r = crate::ingest::trim(text, block.start + start..block.start + e);
                if !r.is_empty() {
                    out.push(r);
                }
                start = e;
            }
        }
        let r = crate::ingest::trim(text, block.start + start..block.end);
        if !r.is_empty() {
            out.push(r);
        }
        out
    }

    #[test]
    fn stop_bytes_are_found_in_any_position() {
        for k in 0..8 {
            for stop in [b'.', b'!', b'?', b'\n', 0x80, 0xC3, 0xFF] {
                let mut bytes = *b"abcdefgh";
                bytes[k] = stop;
                assert!(has_stop_byte(u64::from_le_bytes(bytes)), "{k} {stop}");
            }
        }
        for near in [b'-', b'/', b' ', b'\t', b'\x0B', b'\r', b'>', b'@', b'"', b' ', b'\x7F', 0] {
            assert!(!has_stop_byte(u64::from_le_bytes([near; 8])), "{near}");
        }
    }

    #[test]
    fn byte_skipping_splitter_matches_the_reference() {
        let mut texts: Vec<String> = [
            "Mr. Smith met Gen. J. R. Allen. They talked.",
            "“It is over.” She left! Did he? Yes… (Really.) «Non.» Fin.",
            "東京は晴れ。大阪は雨！本当？ はい。",
            "Line one\n\nLine two.\nStill two.  Three?!  \u{a0}Four.\u{2003}Five. \u{200b}Six.",
            "ends with a dot.",
            "...",
            "",
            "a.b.c. D.E. f. G. 3.5. 4. Ünter. éclair. Ölpreis.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.push("word ".repeat(2_000) + "end. Next " + &"wörd\n".repeat(1_500) + "x. Y.");
        texts.push("ab ".repeat(1_400) + "…" + &"é ".repeat(3_000));
        for t in &texts {
            assert_eq!(split_sentences(t, 0..t.len()), split_reference(t, 0..t.len()), "{t:.80}");
            if let Some(m) = (t.len() / 3..t.len()).find(|&m| t.is_char_boundary(m)) {
                assert_eq!(split_sentences(t, m..t.len()), split_reference(t, m..t.len()));
            }
        }
    }

    #[test]
    fn cjk_and_runaway_text() {
        assert_eq!(split("東京は晴れ。大阪は雨。"), ["東京は晴れ。", "大阪は雨。"]);
        let long = "word ".repeat(10_000);
        let parts = split(&long);
        assert!(parts.len() > 5 && parts.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES + 8));
    }
}
