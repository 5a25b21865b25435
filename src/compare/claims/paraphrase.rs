//! Words news outlets use interchangeably for one thing, as one feature: "opposes" /
//! "criticised" / "condemned"; "set up" / "establish" / "open"; "rose" / "climbed" /
//! "increased". Each set's first word stands for the set.
//!
//! The sets are written for this crate from general news usage; nothing in them is specific
//! to one story. Words with a common unrelated sense are left out ("fire" for dismiss, "end"
//! for stop, "object" for oppose, "mission" for office). A set never spans two sides of a
//! pair of opposite outcomes ([`super::contrast`]), so a set's word keeps its side.

use super::super::stem::stem;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Sets of interchangeable words; the first stands for the set.
const SETS: &[&[&str]] = &[
    // Within one side of a pair of opposite outcomes.
    &["approve", "pass", "adopt", "endorse", "ratify"],
    &["reject", "refuse"],
    &["win", "victory"],
    &["lose", "defeat"],
    &["rise", "increase", "grow", "gain", "climb", "jump", "surge", "soar"],
    &["fall", "decrease", "decline", "drop", "slump", "plunge"],
    &["cut", "reduce", "lower"],
    &["kill", "die"],
    &["injure", "wound", "hurt"],
    &["ban", "forbid", "prohibit", "outlaw"],
    &["allow", "permit"],
    &["support", "favor", "favour"],
    &["oppose", "criticize", "criticise", "condemn", "denounce"],
    &["arrest", "detain"],
    &["start", "begin"],
    // General paraphrases of news prose.
    &["establish", "open"],
    &["office", "bureau"],
    &["cooperate", "collaborate"],
    &["strengthen", "bolster", "reinforce", "enhance"],
    &["concern", "worry", "apprehension", "fear"],
    &["threat", "danger"],
    &["counter", "counteract"],
    &["expand", "broaden", "widen"],
    &["buy", "acquire", "purchase"],
    &["resign", "quit"],
    &["warn", "caution"],
    &["help", "assist"],
    &["tie", "ties", "relation"],
];

/// The stem standing for a stemmed word's set, if it is in one.
pub(super) fn canonical(stemmed: &str) -> Option<&'static str> {
    static INDEX: OnceLock<FxHashMap<String, &'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index = FxHashMap::default();
            for set in SETS {
                let head: &'static str = Box::leak(stem(set[0]).into_owned().into_boxed_str());
                for w in set.iter() {
                    index.insert(stem(w).into_owned(), head);
                }
            }
            index
        })
        .get(stemmed)
        .copied()
}

/// The stem a phrase of two words stands for: "set up" establishes; "critical of" opposes
/// ("critical" alone may mean crucial).
pub(super) fn phrase(word: &str, next: &str) -> Option<&'static str> {
    match (word, next) {
        ("set" | "sets" | "setting", "up") => canonical(&stem("establish")),
        ("critical", "of" | "to" | "toward" | "towards") => canonical(&stem("oppose")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::contrast::side;
    use super::*;

    #[test]
    fn sets_meet() {
        assert_eq!(canonical(&stem("criticised")), canonical(&stem("opposes")));
        assert_eq!(canonical(&stem("climbed")), canonical(&stem("rose")));
        assert_eq!(phrase("set", "up"), canonical(&stem("established")));
        assert_eq!(phrase("critical", "of"), canonical(&stem("opposition")));
        assert_eq!(phrase("critical", "role"), None);
        assert_ne!(canonical(&stem("rose")), canonical(&stem("fell")));
    }

    #[test]
    fn no_word_in_two_sets_and_sets_keep_their_side() {
        let mut seen = FxHashMap::default();
        for (i, set) in SETS.iter().enumerate() {
            let head = side(&stem(set[0]));
            for w in set.iter() {
                let s = stem(w).into_owned();
                assert!(seen.insert(s.clone(), i).map_or(true, |j| j == i), "{w} in two sets");
                let own = side(&s);
                assert!(own.is_none() || own == head, "{w} is on another side than {}", set[0]);
            }
        }
    }
}
