//! Small text utilities shared by every stage: UTF-16 offset mapping and character folding.

/// Maps byte offsets of one string to UTF-16 code unit offsets (what JavaScript indexes by).
///
/// Built once per article in O(n); each lookup is a binary search over the non-ASCII
/// characters only, so ASCII-heavy text costs almost nothing.
///
/// # Examples
/// ```
/// let m = parallax::text::Utf16Map::new("a’b😀c");
/// assert_eq!(m.utf16(1), 1); // before ’ (3 bytes, 1 unit)
/// assert_eq!(m.utf16(4), 2); // before b
/// assert_eq!(m.utf16(9), 5); // before c: 😀 is 4 bytes, 2 units
/// ```
#[derive(Debug, Clone)]
pub struct Utf16Map {
    /// (byte offset after a non-ASCII char, cumulative (bytes - utf16 units) up to there)
    steps: Vec<(usize, usize)>,
}

impl Utf16Map {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        // A byte scan: a character's UTF-8 length (and so its UTF-16 length) is in its lead
        // byte; runs of ASCII are passed over eight bytes at a time.
        let b = text.as_bytes();
        let mut steps = Vec::new();
        let mut lost = 0usize;
        let mut i = 0;
        while i < b.len() {
            if let Some(chunk) = b.get(i..i + 8) {
                if u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8])) & 0x8080_8080_8080_8080 == 0 {
                    i += 8;
                    continue;
                }
            }
            let (len, units) = match b[i] {
                0..=0x7F => (1, 1),
                0xC0..=0xDF => (2, 1),
                0xE0..=0xEF => (3, 1),
                _ => (4, 2),
            };
            if len > 1 {
                lost += len - units;
                steps.push((i + len, lost));
            }
            i += len;
        }
        Utf16Map { steps }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be on a char boundary).
    pub fn utf16(&self, byte: usize) -> usize {
        let idx = self.steps.partition_point(|&(b, _)| b <= byte);
        if idx == 0 {
            byte
        } else {
            byte - self.steps[idx - 1].1
        }
    }
}

/// Folds typographic variants to one form for matching: curly quotes and apostrophes to
/// ASCII, dashes to `-`, non-breaking and other spaces to ' '.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        _ => c,
    }
}

/// True for characters that render as nothing and should be ignored when matching:
/// zero-width spaces and joiners, bidi controls, the BOM, soft hyphens.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Moves `i` back to the nearest char boundary of `s` at or before it.
pub fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_matches_std_encoding() {
        let long = format!("{}é{}😀{}", "a".repeat(17), "b".repeat(8), "c".repeat(9));
        for s in ["Naïve “quote” — 東京 😀 end", "", "a", "😀", "é", "abcdefgh😀abcdefgé", "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}", &long] {
            let m = Utf16Map::new(s);
            for (i, _) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
                assert_eq!(m.utf16(i), s[..i].encode_utf16().count(), "{s:?} at byte {i}");
            }
        }
    }

    #[test]
    fn folds_quotes_and_dashes() {
        let folded: String = "“NATO’s” — x".chars().map(fold_char).collect();
        assert_eq!(folded, "\"NATO's\" - x");
    }
}
