//! Word and number tokens.

use std::ops::Range;

/// A word or number token.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// Lowercased, with curly apostrophes folded to `'` (possessive `'s` is its own token).
    pub norm: Box<str>,
    /// First character is uppercase.
    pub cap: bool,
    /// Starts with a digit.
    pub num: bool,
}

/// Appends the tokens of `text[range]` to `out`.
///
/// Words are runs of letters/digits joined by inner hyphens, apostrophes or dots
/// ("well-known", "don't", "U.S.", "3.5", "1,000"); a possessive "'s" is split off.
pub fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let s = &text[range.clone()];
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = i + c.len_utf8();
        let num = c.is_numeric();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() || crate::text::is_invisible(d) {
                end = j + d.len_utf8();
                chars.next();
                continue;
            }
            let joiner = matches!(d, '-' | '\'' | '’' | '.' | ',' | '&')
                && (d != ',' || num)
                && (d != '.' || num || is_acronym_dot(&s[i..j]));
            let next_alnum = s[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
            if joiner && next_alnum {
                end = j + d.len_utf8();
                chars.next();
            } else if d == '.' && is_acronym_dot(&s[i..j]) && s[i..j].contains('.') {
                // Keep the final dot of "U.S."
                end = j + 1;
                chars.next();
                break;
            } else {
                break;
            }
        }
        push(out, text, range.start + i, range.start + end);
    }
}

fn is_acronym_dot(word: &str) -> bool {
    // "U.S", "e.g": single letters separated by dots.
    word.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize) {
    let word = &text[start..end];
    // Split a possessive 's / ’s off the end.
    let possessive = |p: &&str| word.strip_suffix(p).filter(|w| !w.is_empty() && !w.ends_with(['\'', '’'])).map(|w| w.len());
    let split = if word.ends_with(['s', 'S']) { ["'s", "’s", "'S", "’S"].iter().find_map(possessive) } else { None };
    match split {
        Some(n) if n > 0 => {
            out.push(make(text, start, start + n));
            out.push(make(text, start + n, end));
        }
        _ => out.push(make(text, start, end)),
    }
}

fn make(text: &str, start: usize, end: usize) -> Token {
    let w = &text[start..end];
    let norm: Box<str> = if w.is_ascii() {
        // ASCII fast path, the same result: nothing is invisible and lowercasing is ASCII;
        // of the folded characters only '`' is ASCII.
        let lower = w.to_ascii_lowercase();
        if lower.contains('`') { lower.replace('`', "'") } else { lower }.into_boxed_str()
    } else {
        w.chars()
            .filter(|c| !crate::text::is_invisible(*c))
            .map(crate::text::fold_char)
            .flat_map(char::to_lowercase)
            .collect::<String>()
            .into_boxed_str()
    };
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    let (cap, num) = if first.is_ascii() {
        (first.is_ascii_uppercase(), first.is_ascii_digit())
    } else {
        let c = w.chars().next().unwrap_or(' ');
        (c.is_uppercase(), c.is_numeric())
    };
    Token { range: start..end, norm, cap, num }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        let mut v = Vec::new();
        tokenize(s, 0..s.len(), &mut v);
        v.iter().map(|t| t.norm.to_string()).collect()
    }

    #[test]
    fn words_numbers_possessives() {
        assert_eq!(toks("NATO’s well-known U.S. ally, don't 1,000 3.5% Asia-Pacific."),
            ["nato", "'s", "well-known", "u.s.", "ally", "don't", "1,000", "3.5", "asia-pacific"]);
        assert_eq!(toks("东京 café 😀 naïve"), ["东京", "café", "naïve"]);
    }
}
