//! Sorted text tables: newline-separated `key\tvalue…` lines, sorted by key bytes and
//! binary-searched byte-wise in place, so the binary carries the text and nothing else (no
//! offsets array, no start-up work).

use rustc_hash::FxHashMap;

use std::sync::OnceLock;

/// A sorted table of `key\tvalue…` lines (see `scripts/gen_lexicon.py`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Table(pub(crate) &'static str);

/// The byte-wise binary search over the text: the reference the index is tested against.
#[cfg(test)]
impl Table {
    /// The value part of the line whose key is `key` ("" when the line has no tab).
    pub(crate) fn get(self, key: &str) -> Option<&'static str> {
        let at = self.lower_bound(key.as_bytes(), b"");
        let (k, v) = self.line(at)?;
        (k == key).then_some(v)
    }

    /// Whether `key` is a key of the table.
    pub(crate) fn contains(self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// All `(key, value)` lines whose key starts with `a` followed by `b`, in order.
    pub(crate) fn with_prefix<'p>(
        self,
        a: &'p str,
        b: &'p str,
    ) -> impl Iterator<Item = (&'static str, &'static str)> + 'p {
        let mut at = self.lower_bound(a.as_bytes(), b.as_bytes());
        std::iter::from_fn(move || {
            let (k, v) = self.line(at)?;
            let kb = k.as_bytes();
            if !(kb.starts_with(a.as_bytes()) && kb[a.len()..].starts_with(b.as_bytes())) {
                return None;
            }
            let rest = &self.0[at..];
            at += rest.find('\n').map_or(rest.len(), |p| p + 1);
            Some((k, v))
        })
    }

    /// Byte offset of the first line whose key is ≥ `a ++ b` (the text length if none).
    fn lower_bound(self, a: &[u8], b: &[u8]) -> usize {
        let text = self.0.as_bytes();
        // Invariant: `lo` is a line start and every line before it is < the probe; `hi` is a
        // line start (or the end) and every line from it on is ≥ the probe.
        let (mut lo, mut hi) = (0, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = text[lo..mid].iter().rposition(|&c| c == b'\n').map_or(lo, |p| lo + p + 1);
            let end = text[start..].iter().position(|&c| c == b'\n').map_or(text.len(), |p| start + p);
            let key = &text[start..end];
            let key = key.iter().position(|&c| c == b'\t').map_or(key, |t| &key[..t]);
            if key.iter().cmp(a.iter().chain(b)) == std::cmp::Ordering::Less {
                lo = (end + 1).min(text.len());
            } else {
                hi = start;
            }
        }
        lo
    }

    /// The line starting at byte `at`, split into key and value.
    fn line(self, at: usize) -> Option<(&'static str, &'static str)> {
        let rest = self.0.get(at..).filter(|r| !r.is_empty())?;
        let line = rest.split('\n').next().unwrap_or(rest);
        Some(line.split_once('\t').unwrap_or((line, "")))
    }
}

/// A [`Table`] with a hash index built on first use (a few thousand lines: well under a
/// millisecond), so lookups on the hot path are O(1) instead of a byte-wise binary search.
pub(crate) struct Indexed {
    table: Table,
    index: OnceLock<FxHashMap<&'static str, &'static str>>,
    /// Every key's value, and multi-word keys grouped by their first word with their number
    /// of words ([`Indexed::word`]).
    phrases: OnceLock<FxHashMap<&'static str, Entry>>,
}

impl Indexed {
    /// Wraps `table`; nothing is built until the first lookup.
    pub(crate) const fn new(table: Table) -> Self {
        Indexed { table, index: OnceLock::new(), phrases: OnceLock::new() }
    }

    fn lines(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        // Byte scans (the same lines as `split('\n')` + `split_once('\t')`, without their
        // per-call searcher set-up): this is most of the work of building the indexes.
        let text: &'static str = self.table.0;
        let mut pos = 0;
        std::iter::from_fn(move || loop {
            if pos >= text.len() {
                return None;
            }
            let rest = &text.as_bytes()[pos..];
            let end = pos + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            let line = &text[pos..end];
            pos = end + 1;
            if !line.is_empty() {
                return Some(match line.bytes().position(|b| b == b'\t') {
                    Some(t) => (&line[..t], &line[t + 1..]),
                    None => (line, ""),
                });
            }
        })
    }

    /// Every key, in table order (a repeated key as often as it is repeated).
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.lines().map(|(k, _)| k)
    }

    /// Every `(key, value)` line, in table order.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.lines()
    }

    /// The value of `key` ("" when its line has no tab).
    pub(crate) fn get(&self, key: &str) -> Option<&'static str> {
        self.index
            .get_or_init(|| {
                // Sized once for every line: no rehashing while the index is built.
                let lines = self.table.0.bytes().filter(|&b| b == b'\n').count() + 1;
                let mut m = FxHashMap::with_capacity_and_hasher(lines, Default::default());
                m.extend(self.lines());
                m
            })
            .get(key)
            .copied()
    }

    /// Whether `key` is a key of the table.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// `(key, value, number of words)` of the multi-word keys whose first word is `first`, in
    /// table order (the word count lets a caller skip phrases too long to match).
    #[cfg(test)]
    pub(crate) fn phrases(&self, first: &str) -> &[(&'static str, &'static str, usize)] {
        self.word(first).1
    }

    /// [`Indexed::get`]`(word)` and [`Indexed::phrases`]`(word)` in one hash lookup (a cue
    /// matcher asks both for every token).
    pub(crate) fn word(&self, word: &str) -> (Option<&'static str>, &[(&'static str, &'static str, usize)]) {
        let map = self.phrases.get_or_init(|| {
            let mut m: FxHashMap<&'static str, Entry> = FxHashMap::default();
            for (k, v) in self.lines() {
                // Every key with its value (a repeated key: its last line, as in `get`).
                m.entry(k).or_default().0 = Some(v);
                if let Some((w, _)) = k.split_once(' ') {
                    m.entry(w).or_default().1.push((k, v, k.split(' ').count()));
                }
            }
            m
        });
        map.get(word).map_or((None, &[]), |(v, p)| (*v, p.as_slice()))
    }
}

/// A key's value (if it is a key) and the multi-word keys that start with it.
type Entry = (Option<&'static str>, Vec<(&'static str, &'static str, usize)>);

/// Splits a value on tabs into fields.
pub(crate) fn fields(v: &str) -> impl Iterator<Item = &str> {
    v.split('\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Table = Table("a\t1\nab\t2\nab c\t3\nab d e\t4\nabc\t5\nb\nc\t6");

    #[test]
    fn finds_every_key_and_only_keys() {
        for (k, v) in [("a", "1"), ("ab", "2"), ("ab c", "3"), ("ab d e", "4"), ("abc", "5"), ("b", ""), ("c", "6")] {
            assert_eq!(T.get(k), Some(v), "{k}");
        }
        for k in ["", "aa", "ab ", "abd", "bb", "d", "0"] {
            assert_eq!(T.get(k), None, "{k}");
        }
        assert_eq!(Table("").get("a"), None);
    }

    #[test]
    fn indexed_agrees_with_the_binary_search() {
        static I: Indexed = Indexed::new(T);
        for k in ["a", "ab", "ab c", "abc", "b", "c", "zz", "", "ab d"] {
            assert_eq!(I.get(k), T.get(k), "{k}");
        }
        let p: Vec<_> = I.phrases("ab").iter().map(|x| (x.0, x.2)).collect();
        assert_eq!(p, [("ab c", 2), ("ab d e", 3)]);
        // `word` = `get` + the phrases, for keys, first words, multi-word keys and non-keys;
        // a repeated key keeps its last line in both.
        static D: Indexed = Indexed::new(Table("x\t1\nx y\t2\nx\t3"));
        for (ix, t) in [(&I, T), (&D, Table("x\t1\nx y\t2\nx\t3"))] {
            for k in ["a", "ab", "ab c", "ab d e", "abc", "b", "c", "zz", "", "ab d", "x", "x y", "y"] {
                let (v, p) = ix.word(k);
                assert_eq!(v, ix.get(k), "{k}");
                let firsts = t.0.split('\n').filter_map(|l| l.split('\t').next()?.strip_prefix(k)?.strip_prefix(' ')).count();
                assert_eq!(p.len(), if k.contains(' ') || k.is_empty() { 0 } else { firsts }, "{k}");
            }
        }
        assert_eq!(D.word("x").0, Some("3"));
    }

    #[test]
    fn lines_are_split_like_the_text() {
        for t in ["a\t1\nab\t2\nab c\t3\nb\n\nc\t6\t7\n", "", "\n\n", "x", "x\t", "\ty\n"] {
            static_lines(t);
        }
        fn static_lines(t: &'static str) {
            let got: Vec<_> = Indexed::new(Table(t)).lines().collect();
            let want: Vec<_> = t.split('\n').filter(|l| !l.is_empty()).map(|l| l.split_once('\t').unwrap_or((l, ""))).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    #[test]
    fn prefix_scan() {
        let got: Vec<_> = T.with_prefix("ab", " ").map(|(k, _)| k).collect();
        assert_eq!(got, ["ab c", "ab d e"]);
        assert_eq!(T.with_prefix("c", " ").count(), 0);
        assert_eq!(T.with_prefix("b", "").map(|(k, _)| k).collect::<Vec<_>>(), ["b"]);
    }
}
