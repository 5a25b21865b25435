//! Word and number tokens.

use std::ops::Range;

/// A word or number token.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// Lowercased, with curly apostrophes folded to `'` (possessive `'s` is its own token).
    pub norm: Norm,
    /// First character is uppercase.
    pub cap: bool,
    /// Starts with a digit.
    pub num: bool,
    /// [`word_hash`] of the norm, computed once: word filters ([`WordFilter`], the target
    /// matcher) test it for every token.
    pub hash: u16,
}

/// A 16-bit hash of a word's length and its first, second and last bytes, for word filters:
/// cheap, and spread well enough that few other words share a value.
#[inline]
pub fn word_hash(w: &str) -> u16 {
    let b = w.as_bytes();
    let at = |i: usize| u32::from(b.get(i).copied().unwrap_or(0));
    let key = (b.len() as u32 & 0xff) | at(0) << 8 | at(1) << 16 | u32::from(b.last().copied().unwrap_or(0)) << 24;
    (key.wrapping_mul(0x9E37_79B1) >> 16) as u16
}

/// A set of words as a 65,536-bit filter over their [`word_hash`]: a word of the set always
/// passes, most other words do not, so a lookup can be skipped for them.
pub struct WordFilter(Box<[u64; 1024]>);

impl WordFilter {
    /// The filter of `words`.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut bits = Box::new([0u64; 1024]);
        for w in words {
            let h = usize::from(word_hash(w));
            bits[h / 64] |= 1 << (h % 64);
        }
        WordFilter(bits)
    }

    /// Whether a word with [`word_hash`] `h` may be in the set (always, when it is).
    #[inline]
    pub fn may_contain(&self, h: u16) -> bool {
        self.0[usize::from(h) / 64] & (1 << (h % 64)) != 0
    }
}

/// A token's normalised text: a `str` (through `Deref`), kept inline up to
/// [`Norm::INLINE`] bytes — nearly every word — so a token costs no heap allocation.
#[derive(Clone)]
pub struct Norm(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, buf: [u8; Norm::INLINE] },
    Heap(Box<str>),
}

// The hash fits in the token's padding: no larger than before (checked for both targets).
const _: () = assert!(std::mem::size_of::<Token>() == if cfg!(target_pointer_width = "32") { 28 } else { 48 });

// Checked at compile time for both targets (the wasm build included).
const _: () = assert!(std::mem::size_of::<Norm>() == if cfg!(target_pointer_width = "32") { 16 } else { 24 });

impl Norm {
    /// Longest norm stored inline: the norm is then 16 bytes in wasm32 (where a
    /// `Box<str>` is 8) and 24 bytes natively (where it is 16).
    pub const INLINE: usize = if cfg!(target_pointer_width = "32") { 14 } else { 22 };

    /// The norm as an owned `String`.
    pub fn into_string(self) -> String {
        String::from(&*self)
    }

    /// ASCII `w` lowercased, with '`' folded to '\''.
    fn ascii(w: &str) -> Norm {
        let b = w.as_bytes();
        if b.len() > Self::INLINE {
            let lower = w.to_ascii_lowercase();
            return Norm(Repr::Heap(if lower.contains('`') { lower.replace('`', "'") } else { lower }.into_boxed_str()));
        }
        let mut buf = [0u8; Self::INLINE];
        for (o, &c) in buf.iter_mut().zip(b) {
            *o = if c == b'`' { b'\'' } else { c.to_ascii_lowercase() };
        }
        Norm(Repr::Inline { len: b.len() as u8, buf })
    }
}

impl std::ops::Deref for Norm {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match &self.0 {
            // SAFETY: built from the bytes of a `str` (ASCII-lowercased ASCII, or a whole
            // `str`), so valid UTF-8.
            Repr::Inline { len, buf } => unsafe { std::str::from_utf8_unchecked(&buf[..usize::from(*len)]) },
            Repr::Heap(s) => s,
        }
    }
}

impl From<&str> for Norm {
    fn from(s: &str) -> Norm {
        if s.len() <= Self::INLINE {
            let mut buf = [0u8; Self::INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Norm(Repr::Inline { len: s.len() as u8, buf })
        } else {
            Norm(Repr::Heap(s.into()))
        }
    }
}

impl From<Norm> for Box<str> {
    fn from(n: Norm) -> Box<str> {
        match n.0 {
            Repr::Heap(s) => s,
            Repr::Inline { .. } => (&*n).into(),
        }
    }
}

impl AsRef<str> for Norm {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for Norm {
    fn borrow(&self) -> &str {
        self
    }
}

impl PartialEq for Norm {
    fn eq(&self, other: &Norm) -> bool {
        **self == **other
    }
}

impl Eq for Norm {}

impl PartialEq<str> for Norm {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for Norm {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl std::hash::Hash for Norm {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (**self).hash(h);
    }
}

impl std::fmt::Debug for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

/// Appends the tokens of `text[range]` to `out`.
///
/// Words are runs of letters/digits joined by inner hyphens, apostrophes or dots
/// ("well-known", "don't", "U.S.", "3.5", "1,000"); a possessive "'s" is split off.
pub fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let s = &text[range.clone()];
    let b = s.as_bytes();
    // Byte positions, reading ASCII bytes directly (runs of ASCII letters and digits in one
    // step) and decoding other characters; the same tokens as a char-by-char reading.
    let char_at = |k: usize| -> Option<char> {
        match b.get(k) {
            Some(&c) if c.is_ascii() => Some(char::from(c)),
            Some(_) => s[k..].chars().next(),
            None => None,
        }
    };
    let mut i = 0;
    while let Some(c) = char_at(i) {
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        // `end`: the end of the token so far, and of what has been read.
        let mut end = i + c.len_utf8();
        let num = c.is_numeric();
        loop {
            while end < b.len() && b[end].is_ascii_alphanumeric() {
                end += 1;
            }
            let j = end;
            let Some(d) = char_at(j) else { break };
            if d.is_alphanumeric() || crate::text::is_invisible(d) {
                end = j + d.len_utf8();
                continue;
            }
            let joiner = matches!(d, '-' | '\'' | '’' | '.' | ',' | '&')
                && (d != ',' || num)
                && (d != '.' || num || is_acronym_dot(&s[i..j]));
            let next_alnum = char_at(j + d.len_utf8()).is_some_and(char::is_alphanumeric);
            if joiner && next_alnum {
                end = j + d.len_utf8();
            } else if d == '.' && is_acronym_dot(&s[i..j]) && s[i..j].contains('.') {
                // Keep the final dot of "U.S."
                end = j + 1;
                break;
            } else {
                break;
            }
        }
        push(out, text, range.start + i, range.start + end);
        i = end;
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
    let norm = if w.is_ascii() {
        // ASCII fast path, the same result: nothing is invisible and lowercasing is ASCII;
        // of the folded characters only '`' is ASCII.
        Norm::ascii(w)
    } else {
        let mut buf = [0u8; Norm::INLINE];
        let mut n = 0;
        let mut heap: Option<String> = None;
        for c in w.chars().filter(|c| !crate::text::is_invisible(*c)).map(crate::text::fold_char).flat_map(char::to_lowercase) {
            match &mut heap {
                Some(s) => s.push(c),
                None if n + c.len_utf8() <= Norm::INLINE => n += c.encode_utf8(&mut buf[n..]).len(),
                None => {
                    let mut s = String::with_capacity(w.len() + 4);
                    // The bytes so far are whole chars encoded above.
                    s.push_str(std::str::from_utf8(&buf[..n]).unwrap_or_default());
                    s.push(c);
                    heap = Some(s);
                }
            }
        }
        match heap {
            Some(s) => Norm(Repr::Heap(s.into_boxed_str())),
            None => Norm(Repr::Inline { len: n as u8, buf }),
        }
    };
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    let (cap, num) = if first.is_ascii() {
        (first.is_ascii_uppercase(), first.is_ascii_digit())
    } else {
        let c = w.chars().next().unwrap_or(' ');
        (c.is_uppercase(), c.is_numeric())
    };
    let hash = word_hash(&norm);
    Token { range: start..end, norm, cap, num, hash }
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

    /// The char-by-char tokenizer `tokenize` replaced (it reads ASCII runs as bytes); both
    /// must give the same tokens everywhere.
    fn tokenize_reference(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
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

    #[test]
    fn byte_tokenizer_matches_the_reference() {
        let texts = [
            "NATO’s well-known U.S. ally, don't 1,000 3.5% Asia-Pacific. e.g. i.e. U.S.A. A.B.C.d",
            "东京 café 😀 naïve É.U. ÉTATS-UNIS co\u{200b}op soft\u{ad}hyphen x\u{200b}",
            "R&D AT&T &x x& 3,5,7 a,b 1.2.3 end. - -x x- 'quoted' ‘curly’ don’t rock’n’roll",
            "", " ", ".", "a", "1", "a.", "U.S", "U.S.", "3.", "x-", "x--y", "a..b", "a.b.", "ab.c.",
            "Mr. J. R. R. Tolkien's books; Smith’s; the 1990s’ mood; ‘90s; 20%-30%",
            "line\nbreak\ttab\u{a0}nbsp\u{2003}em — dash – en ― bar",
        ];
        for t in texts {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            tokenize(t, 0..t.len(), &mut a);
            tokenize_reference(t, 0..t.len(), &mut b);
            assert_eq!(a, b, "{t:?}");
            for k in (0..t.len()).filter(|&k| t.is_char_boundary(k)) {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                tokenize(t, k..t.len(), &mut a);
                tokenize_reference(t, k..t.len(), &mut b);
                assert_eq!(a, b, "{t:?} from {k}");
            }
        }
    }

    #[test]
    fn ascii_norms_are_lowercased_and_backticks_folded() {
        assert_eq!(&*Norm::ascii("AbC`D'e-9"), "abc'd'e-9");
        assert_eq!(&*Norm::ascii("NATO"), "nato");
        assert_eq!(&*Norm::ascii(""), "");
        assert_eq!(&*Norm::ascii(&"X`".repeat(20)), "x'".repeat(20));
    }

    #[test]
    fn long_norms_are_kept_whole() {
        // Inline up to Norm::INLINE bytes, on the heap beyond; ASCII and not.
        let long = "Supercalifragilistic-expialidocious";
        assert_eq!(toks(long), [long.to_lowercase()]);
        for n in [6, 7, 8, 11, 12] {
            // 12 … 24 bytes: on both sides of Norm::INLINE in wasm32 and natively.
            let (up, low) = ("É".repeat(n), "é".repeat(n));
            assert_eq!(toks(&up), [low.clone()]);
            assert_eq!(toks(&format!("x {up}’s")), ["x".to_string(), low, "'s".to_string()]);
        }
        assert_eq!(Norm::from("x").into_string(), "x");
    }
}
