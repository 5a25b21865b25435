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
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    hash_of(b.len(), at(0), at(1), b.last().copied().unwrap_or(0))
}

/// [`word_hash`] of a word of `len` bytes with these first, second and last bytes (0 where
/// the word has none).
#[inline]
fn hash_of(len: usize, first: u8, second: u8, last: u8) -> u16 {
    let key = (len as u32 & 0xff) | u32::from(first) << 8 | u32::from(second) << 16 | u32::from(last) << 24;
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
    #[cfg(test)]
    fn ascii(w: &str) -> Norm {
        Self::ascii_at(w.as_bytes(), 0, w.len()).0
    }

    /// The norm of the ASCII bytes `text[start..end]` ('`' folded to '\'', ASCII-lowercased)
    /// and its [`word_hash`]. Inline norms are made eight bytes at a time: the bytes are read
    /// in words (past `end` when `text` has them, masked off), lowercased and folded by bit
    /// arithmetic, and the hash is read off the buffer.
    #[inline]
    fn ascii_at(text: &[u8], start: usize, end: usize) -> (Norm, u16) {
        const L: u64 = 0x0101_0101_0101_0101;
        const H: u64 = 0x8080_8080_8080_8080;
        const W: usize = Norm::INLINE.div_ceil(8);
        let len = end - start;
        if len > Self::INLINE {
            let w = &text[start..end];
            let mut lower = w.to_ascii_lowercase();
            for c in &mut lower {
                if *c == b'`' {
                    *c = b'\'';
                }
            }
            // ASCII bytes: valid UTF-8.
            let lower = String::from_utf8(lower).unwrap_or_default();
            let hash = word_hash(&lower);
            return (Norm(Repr::Heap(lower.into_boxed_str())), hash);
        }
        let mut out = [0u8; 8 * W];
        for k in 0..len.div_ceil(8) {
            let at = start + 8 * k;
            let mut x = match text.get(at..at + 8) {
                Some(src) => u64::from_le_bytes(src.try_into().unwrap_or([0; 8])),
                None => {
                    let mut raw = [0u8; 8];
                    raw[..end - at].copy_from_slice(&text[at..end]);
                    u64::from_le_bytes(raw)
                }
            };
            // Bytes from `len` on are not the word's: zero (which no step below changes).
            let have = (len - 8 * k).min(8);
            if have < 8 {
                x &= (1u64 << (8 * have)) - 1;
            }
            // Every byte is below 0x80, so none of these sums carries into the next byte.
            let upper = (x + (0x80 - u64::from(b'A')) * L) & !(x + (0x80 - u64::from(b'Z' + 1)) * L) & H;
            x |= upper >> 2;
            let t = x ^ (u64::from(b'`') * L);
            let backtick = !(t + 0x7f * L) & H;
            x -= (backtick >> 7) * u64::from(b'`' - b'\'');
            out[8 * k..8 * k + 8].copy_from_slice(&x.to_le_bytes());
        }
        let mut buf = [0u8; Self::INLINE];
        buf.copy_from_slice(&out[..Self::INLINE]);
        // As `word_hash` of the norm: length, first, second (0 if none: the buffer's padding)
        // and last byte.
        let last = if len == 0 { 0 } else { buf[len - 1] };
        (Norm(Repr::Inline { len: len as u8, buf }), hash_of(len, buf[0], buf[1], last))
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
    while i < b.len() {
        // Spaces and ASCII punctuation between tokens, a byte at a time.
        if b[i].is_ascii() && !ALNUM[usize::from(b[i])] {
            i += 1;
            continue;
        }
        let Some(c) = char_at(i) else { break };
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        // `end`: the end of the token so far, and of what has been read; `ascii`: whether
        // all of it is ASCII.
        let mut end = i + c.len_utf8();
        let mut ascii = c.is_ascii();
        let num = c.is_numeric();
        loop {
            while end < b.len() && ALNUM[usize::from(b[end])] {
                end += 1;
            }
            let j = end;
            let Some(d) = char_at(j) else { break };
            // (An ASCII `d` here is neither alphanumeric nor invisible.)
            if !d.is_ascii() && (d.is_alphanumeric() || crate::text::is_invisible(d)) {
                end = j + d.len_utf8();
                ascii = false;
                continue;
            }
            let joiner = match d {
                '-' | '\'' | '’' | '&' => true,
                ',' => num,
                '.' => num || is_acronym_dot(&s[i..j]),
                _ => false,
            };
            if joiner && char_at(j + d.len_utf8()).is_some_and(char::is_alphanumeric) {
                end = j + d.len_utf8();
                ascii &= d.is_ascii();
            } else if d == '.' && is_acronym_dot(&s[i..j]) && s[i..j].contains('.') {
                // Keep the final dot of "U.S."
                end = j + 1;
                break;
            } else {
                break;
            }
        }
        push(out, text, range.start + i, range.start + end, ascii);
        i = end;
    }
}

/// ASCII letters and digits (`u8::is_ascii_alphanumeric`) as a table: one load a byte in the
/// tokenizer's loops.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < 256 {
        t[k] = (k as u8).is_ascii_alphanumeric();
        k += 1;
    }
    t
};

fn is_acronym_dot(word: &str) -> bool {
    // "U.S", "e.g": single letters separated by dots.
    let b = word.as_bytes();
    if b.len() > 1 && b[0].is_ascii() && b[1] != b'.' {
        // The first part has two characters or more.
        return false;
    }
    word.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// `ascii`: `text[start..end]` is known to be ASCII.
fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize, ascii: bool) {
    let word = &text[start..end];
    // Split a possessive 's / ’s off the end.
    let possessive = |p: &&str| word.strip_suffix(p).filter(|w| !w.is_empty() && !w.ends_with(['\'', '’'])).map(|w| w.len());
    let split = if word.ends_with(['s', 'S']) { ["'s", "’s", "'S", "’S"].iter().find_map(possessive) } else { None };
    match split {
        Some(n) if n > 0 => {
            out.push(make(text, start, start + n, ascii));
            out.push(make(text, start + n, end, ascii));
        }
        _ => out.push(make(text, start, end, ascii)),
    }
}

#[inline]
fn make(text: &str, start: usize, end: usize, ascii: bool) -> Token {
    let bytes = text.as_bytes();
    let (norm, hash) = if ascii || text[start..end].is_ascii() {
        // ASCII fast path, the same result: nothing is invisible and lowercasing is ASCII;
        // of the folded characters only '`' is ASCII.
        Norm::ascii_at(text.as_bytes(), start, end)
    } else {
        let w = &text[start..end];
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
        let norm = match heap {
            Some(s) => Norm(Repr::Heap(s.into_boxed_str())),
            None => Norm(Repr::Inline { len: n as u8, buf }),
        };
        let hash = word_hash(&norm);
        (norm, hash)
    };
    let first = if start < end { bytes[start] } else { b' ' };
    let (cap, num) = if first.is_ascii() {
        (first.is_ascii_uppercase(), first.is_ascii_digit())
    } else {
        let c = text[start..end].chars().next().unwrap_or(' ');
        (c.is_uppercase(), c.is_numeric())
    };
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
        push(out, text, range.start + i, range.start + end, false);
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
    fn norms_and_hashes_match_a_char_by_char_reference() {
        // Words read eight bytes at a time: what follows them (upper case, backticks,
        // non-ASCII, the end of the text) must not leak in; lengths around 8, 16 and
        // Norm::INLINE.
        let texts = [
            "ABCDEFGH`IJKLMNOP`QRSTUVWXYZ`abc Zz`Z A`B`C`D`E`F`G`H`I`J`K`L`M x",
            "Hello World, WASHINGTON’s O`Neil DéJà EU-China 3.5 R&D U.S. end",
            "abcdefgh", "ABCDEFGHI", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOPQ", "ABCDEFGHIJKLMNOPQRSTUV",
            "ABCDEFGHIJKLMNOPQRSTUVW", "ABCDEFGHIJKLMNOPQRSTUVW`", "Q", "Q`", "`Q", "@[Z]^`{",
            "ABCDEFGHé", "ABCDEFGH\u{200b}X", "Tokyo\u{a0}TOKYO—TOKYO",
        ];
        for t in texts {
            for k in (0..t.len()).filter(|&k| t.is_char_boundary(k)) {
                let mut v = Vec::new();
                tokenize(t, k..t.len(), &mut v);
                for tok in &v {
                    let w = &t[tok.range.clone()];
                    let want: String = w.chars().filter(|c| !crate::text::is_invisible(*c))
                        .map(crate::text::fold_char).flat_map(char::to_lowercase).collect();
                    assert_eq!(&*tok.norm, want, "{t:?} from {k}");
                    assert_eq!(tok.hash, word_hash(&want), "{t:?} from {k}");
                    assert_eq!(tok.cap, w.chars().next().is_some_and(char::is_uppercase));
                }
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
