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
const MAX_WORDS: usize = 45;

/// The boilerplate reason for `line`, if it is boilerplate.
///
/// # Examples
/// (private module; see the tests below)
pub fn classify(line: &str) -> Option<&'static str> {
    let words = line.split_whitespace().count();
    if words == 0 || words > MAX_WORDS {
        return None;
    }
    let folded: String = line.chars().map(|c| crate::text::fold_char(c).to_ascii_lowercase()).collect();
    PATTERNS
        .iter()
        .find(|(_, phrases)| phrases.iter().any(|p| contains_phrase(&folded, p)))
        .map(|(reason, _)| *reason)
}

/// `phrase` occurs in `hay` starting and ending at word boundaries.
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
    use super::classify;

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
}
