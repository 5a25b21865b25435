//! Recognises web-page chrome in text lines: share and subscribe prompts, print and
//! navigation links, feedback blurbs, cookie and copyright notices.
//!
//! Rules are general phrase patterns seen across news sites (no outlet's exact strings),
//! and only apply to short lines: a body paragraph that happens to say "share" is kept.

/// (reason, phrases); a line matching any phrase of a group gets that reason.
const PATTERNS: &[(&str, &[&str])] = &[
    ("share", &[
        "share this", "share your", "share the best", "share on", "share via", "quickly share",
        "single click", "with your network", "tweet this", "email this", "copy link",
        "gift 3", "gift articles", "gift this",
    ]),
    ("subscribe", &[
        "subscribe", "subscriber", "subscription", "newsletter", "sign up", "sign in", "log in",
        "create an account", "register now", "exclusive features", "faster access",
        "get the best experience", "download our app", "download the app", "premium content",
    ]),
    ("print", &["print friendly", "pdf & email", "print this", "print article", "printer-friendly"]),
    ("navigation", &[
        "scroll to top", "back to top", "table of contents", "skip to content", "skip to main",
        "read more", "related articles", "related stories", "more stories", "next article",
        "previous article", "most read", "most popular", "you may also like", "recommended for you",
        "advertisement", "sponsored content", "click here", "follow us",
    ]),
    ("feedback", &[
        "thank you for sharing", "appreciate your feedback", "we're here to listen",
        "we are here to listen", "leave a comment", "comments are closed", "report an error",
        "send us your feedback",
    ]),
    ("legal", &[
        "all rights reserved", "copyright ©", "© 20", "cookie", "privacy policy", "terms of use",
        "terms of service",
    ]),
];

/// Lines longer than this many words are never boilerplate.
pub(super) const MAX_WORDS: usize = 45;

/// The boilerplate reason for `line`, if it is boilerplate.
///
/// # Examples
/// (private module; see the tests below)
#[cfg(test)]
pub fn classify(line: &str) -> Option<&'static str> {
    // Counting stops past MAX_WORDS: a long paragraph is rejected without reading it all.
    classify_counted(line, super::layout::count_words(line, MAX_WORDS + 1))
}

/// [`classify`] given `words` = `count_words(line, MAX_WORDS + 1)`.
pub(super) fn classify_counted(line: &str, words: usize) -> Option<&'static str> {
    if words == 0 || words > MAX_WORDS {
        return None;
    }
    let found = matching_groups(&fold_lower(line));
    (0..PATTERNS.len()).find(|&g| found & (1 << g) != 0).map(|g| PATTERNS[g].0)
}

/// `line` with each character folded ([`crate::text::fold_char`]) and ASCII-lowercased;
/// ASCII characters without the general fold: runs of ASCII bytes are copied and lowercased
/// as bytes, other characters decoded one by one.
fn fold_lower(line: &str) -> String {
    let mut folded: Vec<u8> = Vec::with_capacity(line.len());
    let mut rest = line;
    while !rest.is_empty() {
        let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let (ascii, tail) = rest.split_at(run);
        folded.extend(ascii.bytes().map(|b| if b == b'`' { b'\'' } else { b.to_ascii_lowercase() }));
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            let c = crate::text::fold_char(c).to_ascii_lowercase();
            folded.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        rest = chars.as_str();
    }
    // ASCII bytes and whole encoded characters: always UTF-8.
    String::from_utf8(folded).unwrap_or_default()
}

/// Bit `g` set when a phrase of `PATTERNS[g]` occurs in `hay` at word boundaries: one pass
/// over the positions a phrase may start at (after a non-alphanumeric character), trying
/// only the phrases that begin with the byte found there.
fn matching_groups(hay: &str) -> u32 {
    let by_byte = first_byte_index();
    let bytes = hay.as_bytes();
    let mut found = 0u32;
    let mut prev_alnum = false;
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if !prev_alnum {
            for &(g, phrase) in &by_byte[usize::from(b)] {
                // The second byte first (every phrase has one): most candidates fail there.
                if found & (1 << g) == 0 && bytes.get(at + 1) == phrase.as_bytes().get(1) && phrase_at(hay, at, phrase) {
                    found |= 1 << g;
                }
            }
        }
        // The characters of `hay` in order: ASCII bytes directly, others decoded. Inside a
        // run of ASCII letters and digits no phrase can start: the run is skipped at once.
        if b.is_ascii() {
            at += 1;
            prev_alnum = b.is_ascii_alphanumeric();
            if prev_alnum {
                while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                    at += 1;
                }
            }
        } else {
            let c = hay[at..].chars().next().unwrap_or(' ');
            prev_alnum = c.is_alphanumeric();
            at += c.len_utf8();
        }
    }
    found
}

/// `phrase` occurs at byte `at` of `hay` and ends at a word boundary (the character before
/// `at` is checked by the caller).
fn phrase_at(hay: &str, at: usize, phrase: &str) -> bool {
    if !hay[at..].starts_with(phrase) {
        return false;
    }
    let last = phrase.chars().next_back().unwrap_or(' ');
    !last.is_alphanumeric() || hay[at + phrase.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// The phrases of [`PATTERNS`] as (group, phrase), by their first byte; built on first use.
fn first_byte_index() -> &'static [Vec<(u8, &'static str)>] {
    static INDEX: std::sync::OnceLock<Vec<Vec<(u8, &'static str)>>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_byte = vec![Vec::new(); 256];
        for (g, (_, phrases)) in PATTERNS.iter().enumerate() {
            for p in phrases.iter().filter(|p| !p.is_empty()) {
                by_byte[usize::from(p.as_bytes()[0])].push((g as u8, *p));
            }
        }
        by_byte
    })
}

/// `phrase` occurs in `hay` starting and ending at word boundaries (the reference
/// [`matching_groups`] is tested against).
#[cfg(test)]
fn contains_phrase(hay: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(p) = hay[from..].find(phrase) {
        let at = from + p;
        let before_ok = hay[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let end = at + phrase.len();
        let last = phrase.chars().next_back().unwrap_or(' ');
        let after_ok = !last.is_alphanumeric() || hay[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = at + phrase.len().max(1);
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_is_fold_char_then_lowercase() {
        for line in ["Share THIS `now`", "“Sign‑Up” – ‘Log In’ — Ünïcode ÀB\u{a0}x", "", "printer‐friendly ´ «»", "é", "ÉCOLE `Back To Top` ÀÉ", "Long ASCII Run Of Words``, Then “Curly” QUOTES’ and 東京 Tokyo"] {
            let want: String = line.chars().map(|c| crate::text::fold_char(c).to_ascii_lowercase()).collect();
            assert_eq!(fold_lower(line), want, "{line:?}");
        }
    }

    #[test]
    fn chrome_lines_are_recognised() {
        assert_eq!(classify("Share this story with friends on Facebook"), Some("share"));
        assert_eq!(classify("Subscribe to our newsletter"), Some("subscribe"));
        assert_eq!(classify("Print Friendly, PDF & Email"), Some("print"));
        assert_eq!(classify("Back to top"), Some("navigation"));
        assert_eq!(classify("© 2024 Example Media. All rights reserved."), Some("legal"));
    }

    #[test]
    fn body_text_is_kept() {
        assert_eq!(classify("Japan and NATO are sharing highly classified security information."), None);
        assert_eq!(classify("The shares fell 3% after the print edition was cancelled."), None);
        assert_eq!(classify("He told reporters they would log the incident."), None);
    }

    #[test]
    fn only_lines_up_to_max_words() {
        let line = |n: usize| format!("subscribe{}", " now".repeat(n - 1));
        assert_eq!(classify(&line(MAX_WORDS)), Some("subscribe"));
        assert_eq!(classify(&line(MAX_WORDS + 1)), None);
        assert_eq!(classify(&line(MAX_WORDS + 40)), None);
        assert_eq!(classify(" \t "), None);
    }

    #[test]
    fn one_pass_matches_the_phrase_search() {
        let lines = [
            "Share this story with friends on Facebook", "© 2024 Example Media. All rights reserved.",
            "x© 2024 all rights reservedx", "subscribers-only: sign-up now", "Read more: the cookie jar",
            "Naïve café — newsletter…", "the subscriber's print this", "advertisement", "print-friendly",
            "gift 30 articles", "gift 3 articles", "copyright ©2024", "We’re here to listen.", "",
            "s", "sh", "share", "sharethis", "© 2", "©", "share thi", "sign", "sign u", "x sign up",
        ];
        // `matching_groups` compares a phrase's second byte before the rest: every phrase has one.
        assert!(PATTERNS.iter().all(|(_, phrases)| phrases.iter().all(|p| p.len() >= 2)));
        for line in lines {
            let folded: String = line.chars().map(|c| crate::text::fold_char(c).to_ascii_lowercase()).collect();
            let found = matching_groups(&folded);
            for (g, (_, phrases)) in PATTERNS.iter().enumerate() {
                let want = phrases.iter().any(|p| contains_phrase(&folded, p));
                assert_eq!(found & (1 << g) != 0, want, "{line:?} group {g}");
            }
        }
    }
}
