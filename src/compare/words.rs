//! Word-level helpers shared by the comparison parts: which tokens are content words,
//! which sentences carry an article's content, and a fixed 64-bit hash.

use crate::analysis::Article;
use crate::ingest::BlockKind;
use crate::lexicon::is_stopword;
use rustc_hash::FxHashMap;

/// Which tokens are content words — not stopwords, not numbers, at least two characters,
/// with a letter — for every article, decided once per distinct word (the stopword lookup
/// is not free and every part of the comparison asks).
pub(crate) struct Content(Vec<Vec<bool>>);

impl Content {
    pub(crate) fn new(articles: &[Article]) -> Content {
        let mut memo: FxHashMap<&str, bool> = FxHashMap::default();
        Content(
            articles
                .iter()
                .map(|a| a.tokens.iter().map(|t| !t.num && *memo.entry(&t.norm).or_insert_with(|| is_content_norm(&t.norm))).collect())
                .collect(),
        )
    }

    /// Per token of article `article`: whether it is a content word.
    pub(crate) fn article(&self, article: usize) -> &[bool] {
        &self.0[article]
    }

    /// Whether token `token` of article `article` is a content word.
    pub(crate) fn get(&self, article: usize, token: usize) -> bool {
        self.0[article][token]
    }
}

/// A normalised word is a content word (see [`Content`]).
pub(crate) fn is_content_norm(norm: &str) -> bool {
    let mut chars = norm.chars();
    let two = chars.next().is_some() && chars.next().is_some();
    two && norm.chars().any(char::is_alphabetic) && !is_stopword(norm)
}

/// Sentences whose words describe the story (everything but bylines and datelines).
pub(crate) fn is_content_kind(kind: BlockKind) -> bool {
    kind != BlockKind::Byline
}

/// Sentences that can state a claim: running text, list items and the title.
pub(crate) fn is_claim_kind(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Body | BlockKind::ListItem | BlockKind::Title)
}

/// FNV-1a, 64 bits: the same value on every platform (unlike `usize`-based hashers), so
/// fingerprint selection, and with it the output, is identical natively and in wasm.
pub(crate) fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Mixes a running hash with the next value (order-sensitive).
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    // splitmix64 finaliser over (h * odd + v).
    let mut z = h.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(v);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words() {
        assert!(is_content_norm("liaison"));
        assert!(!is_content_norm("the"));
        assert!(!is_content_norm("x"));
        assert!(!is_content_norm("1,000"));
        assert!(is_content_norm("東京"));
    }

    #[test]
    fn hash_is_fixed() {
        assert_eq!(hash64(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash64("a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(mix(1, 2), mix(2, 1));
    }
}
