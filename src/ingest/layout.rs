//! Finds the layout of an article's text: title, byline and date lines at the top,
//! captions, headings, list items and body paragraphs, and boilerplate lines to remove.

use super::boilerplate;
use super::{Block, BlockKind, Removed};
use rustc_hash::FxHashSet;
use std::ops::Range;

pub(super) struct Layout {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub blocks: Vec<Block>,
    pub removed: Vec<Removed>,
}

const BULLETS: &[char] = &['•', '·', '▪', '‣', '◦', '●', '■', '*', '-', '–', '—'];
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

pub(super) fn analyse(text: &str) -> Layout {
    let mut out = Layout { title: None, byline: None, published: None, blocks: Vec::new(), removed: Vec::new() };
    let mut seen: FxHashSet<String> = FxHashSet::default();
    let mut in_header = true;
    let mut first = true;
    for range in lines(text) {
        let line = &text[range.clone()];
        // The words, counted once for the boilerplate rules (up to 46) and the ones below.
        let words = count_words(line, boilerplate::MAX_WORDS + 1);
        if let Some(reason) = boilerplate::classify_counted(line, words) {
            out.removed.push(Removed { range, reason });
            continue;
        }
        if !line.chars().any(char::is_alphanumeric) {
            out.removed.push(Removed { range, reason: "symbols" });
            continue;
        }
        // A short line repeated verbatim (title, byline echoes) is page chrome. The rules
        // below only ask whether a line has at most 25 (20, 10, 8, 6) words or at least 20,
        // so a count that stops at 46 does.
        let key = || {
            if line.is_ascii() {
                // The same key for ASCII: its alphanumerics are ASCII ones, lowercased as ASCII.
                line.bytes().filter(u8::is_ascii_alphanumeric).map(|b| char::from(b.to_ascii_lowercase())).collect::<String>()
            } else {
                line.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>()
            }
        };
        if words <= 25 && !seen.insert(key()) {
            out.removed.push(Removed { range, reason: "repeated" });
            continue;
        }
        if is_caption(line) {
            out.blocks.push(Block { range, kind: BlockKind::Caption });
            continue;
        }
        if in_header {
            let ends_sentence = ends_with_terminal(line);
            if first && words <= 20 && !ends_sentence {
                out.title = Some(line.to_string());
                out.blocks.push(Block { range, kind: BlockKind::Title });
                first = false;
                continue;
            }
            first = false;
            if words <= 8 && is_date(line) {
                out.published.get_or_insert_with(|| line.to_string());
                out.blocks.push(Block { range, kind: BlockKind::Byline });
                continue;
            }
            if let Some(name) = byline_name(line) {
                out.byline.get_or_insert(name);
                out.blocks.push(Block { range, kind: BlockKind::Byline });
                continue;
            }
            if words >= 20 || line.matches(". ").count() >= 1 {
                in_header = false;
            }
        }
        push_body_line(&mut out.blocks, text, range, words);
    }
    out
}

/// The number of whitespace-separated words of `line` (as `split_whitespace`), counted up
/// to `max`: eight ASCII bytes at a time (a word starts at a non-space byte after a space
/// or at the start), other characters decoded one by one.
pub(super) fn count_words(line: &str, max: usize) -> usize {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    let bytes = line.as_bytes();
    let (mut n, mut in_word, mut at) = (0, false, 0);
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            if x & H == 0 {
                // ASCII whitespace: ' ' and '\t'..='\r'; the high bit of each byte marks it.
                let y = x ^ (0x20 * L);
                let is_space_char = !(((y & !H) + !H) | y | !H);
                let in_tab_to_cr = (x + 0x77 * L) & !(x + 0x72 * L) & H;
                let space = is_space_char | in_tab_to_cr;
                let starts = !space & H & ((space << 8) | if in_word { 0 } else { 0x80 });
                n += starts.count_ones() as usize;
                if n >= max {
                    return max;
                }
                in_word = space >> 63 == 0;
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        let space = if b.is_ascii() {
            at += 1;
            matches!(b, b' ' | b'\t'..=b'\r')
        } else {
            let c = line[at..].chars().next().unwrap_or(' ');
            at += c.len_utf8();
            c.is_whitespace()
        };
        if !space && !in_word {
            n += 1;
            if n >= max {
                return max;
            }
        }
        in_word = !space;
    }
    n
}

/// Body-zone classification: list items (also several bullets on one line), headings, body.
fn push_body_line(blocks: &mut Vec<Block>, text: &str, range: Range<usize>, words: usize) {
    let line = &text[range.clone()];
    let first = line.chars().next().unwrap_or(' ');
    let numbered = {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && digits < 4 && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
            && line.as_bytes().get(digits + 1) == Some(&b' ')
    };
    if BULLETS.contains(&first) && line[first.len_utf8()..].starts_with([' ', '\t', '\u{a0}']) || numbered {
        // Several "• a. • b." items on one line become several list items.
        let mut start = range.start;
        for (i, _) in line.match_indices(" • ") {
            push_trimmed(blocks, text, start..range.start + i, BlockKind::ListItem);
            start = range.start + i + 1;
        }
        push_trimmed(blocks, text, start..range.end, BlockKind::ListItem);
        return;
    }
    let is_heading = (words <= 10 && !ends_with_terminal(line) && !line.ends_with(',')
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()))
        || (words <= 6 && line.ends_with(':'));
    blocks.push(Block { range, kind: if is_heading { BlockKind::Heading } else { BlockKind::Body } });
}

fn push_trimmed(blocks: &mut Vec<Block>, text: &str, r: Range<usize>, kind: BlockKind) {
    let r = trim_range(text, r);
    if !r.is_empty() {
        blocks.push(Block { range: r, kind });
    }
}

/// Non-empty trimmed line ranges of `text`.
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').filter_map(move |l| {
        let r = start..start + l.len();
        start += l.len();
        let r = trim_range(text, r);
        (!r.is_empty()).then_some(r)
    })
}

/// `r` without leading/trailing whitespace and invisible characters.
pub(crate) fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let skip = |c: char| c.is_whitespace() || crate::text::is_invisible(c);
    let lead = s.len() - s.trim_start_matches(skip).len();
    let trail = s.len() - s.trim_end_matches(skip).len();
    if lead == s.len() {
        r.start..r.start
    } else {
        r.start + lead..r.end - trail
    }
}

fn ends_with_terminal(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', ';'])
}

fn is_date(line: &str) -> bool {
    let lower = line.to_lowercase();
    let has_year = lower
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    let has_month = lower.split(|c: char| !c.is_alphabetic()).any(|w| MONTHS.contains(&w));
    let iso = lower.len() >= 10 && lower.as_bytes()[4] == b'-' && lower[..4].bytes().all(|b| b.is_ascii_digit());
    (has_year && has_month) || iso
}

/// A name-like line: "By Jane Doe", or 2–4 capitalised words without sentence punctuation.
fn byline_name(line: &str) -> Option<String> {
    let body = line.strip_prefix("By ").or_else(|| line.strip_prefix("by ")).unwrap_or(line);
    let words: Vec<&str> = body.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) || body.contains(['.', ':', '!', '?', ',']) && !line.starts_with("By ") {
        return None;
    }
    let capitalised = words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !body.chars().any(|c| c.is_ascii_digit());
    capitalised.then(|| body.trim().to_string())
}

/// Photo captions and credits: "(AFP/…)", "Photo: …", "(Reuters)" at the end.
fn is_caption(line: &str) -> bool {
    // Lowercasing keeps a final ')' and '.', and the prefixes below are ASCII: only a line
    // ending in ')' needs the whole line lowercased, the others only their first characters.
    let credit_end = line.trim_end_matches('.').ends_with(')') && {
        let lower = line.to_lowercase();
        ["(afp", "(ap", "(reuters", "(photo", "(getty", "(epa", "(xinhua", "/afp", "/ap)", "/reuters"]
            .iter()
            .any(|p| lower.contains(p))
    };
    let head: String = line.chars().take(12).flat_map(char::to_lowercase).collect();
    credit_end || head.starts_with("photo:") || head.starts_with("image:") || head.starts_with("credit:")
        || head.starts_with("file photo")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        analyse(text).blocks.iter().map(|b| (text[b.range.clone()].to_string(), b.kind)).collect()
    }

    #[test]
    fn header_title_byline_date_caption() {
        let t = "A Big Story Headline\n\nJane Doe\n\nMay 9, 2023\n\nTroops at a port. (AFP/Someone)\n\nThe first paragraph says something. It has two sentences.";
        let l = analyse(t);
        assert_eq!(l.title.as_deref(), Some("A Big Story Headline"));
        assert_eq!(l.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(l.published.as_deref(), Some("May 9, 2023"));
        let k: Vec<BlockKind> = l.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(k, [BlockKind::Title, BlockKind::Byline, BlockKind::Byline, BlockKind::Caption, BlockKind::Body]);
    }

    #[test]
    fn words_are_counted_as_split_whitespace_up_to_max() {
        let mut lines: Vec<String> = ["", " ", "one", " two  words ", "a\tb\nc\x0Bd\x0Ce\rf", "no\u{a0}break\u{2003}em\u{3000}ideo", "«é» — ü\u{85}x", "a b c d e"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // Every mix of these pieces up to length 4 (8-byte chunks land on every boundary),
        // including bytes next to the whitespace range ('\x08', '\x0E', '\x1F', '!').
        let pieces = ["a", " ", "\t", "\x08", "\x0E", "\x1F", "!", "\r\n", "é", "\u{a0}", "word", "  x  "];
        let mut frontier = vec![String::new()];
        for _ in 0..4 {
            frontier = frontier.iter().flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}"))).collect();
            lines.extend(frontier.iter().map(|s| s.repeat(3)));
        }
        for line in &lines {
            let want = line.split_whitespace().count();
            assert_eq!(count_words(line, 10_000), want, "{line:?}");
            for max in [1, 2, 3, 7] {
                assert_eq!(count_words(line, max), want.min(max), "{line:?} {max}");
            }
        }
    }

    #[test]
    fn bullets_headings_and_repeats() {
        let t = "Title Here\n\nTitle here\n\nBody text that is long enough. Really it is.\n\nKey Points:\n\n  • One thing.\n• Two. • Three.";
        let k = kinds(t);
        assert_eq!(k[1], ("Body text that is long enough. Really it is.".into(), BlockKind::Body));
        assert_eq!(k[2], ("Key Points:".into(), BlockKind::Heading));
        assert_eq!(k[3], ("• One thing.".into(), BlockKind::ListItem));
        assert_eq!(k[4], ("• Two.".into(), BlockKind::ListItem));
        assert_eq!(k[5], ("• Three.".into(), BlockKind::ListItem));
        assert_eq!(analyse(t).removed[0].reason, "repeated");
    }
}
