//! Pairs of opposite outcomes. Two sentences that report the same event with opposite
//! outcomes ("the council approved the budget" / "the council rejected the budget"; "the
//! quake killed 12" / "the quake injured 12") share almost every word, so word overlap alone
//! would call them one claim — exactly the false corroboration a reader must not be shown.
//! A sentence takes a side in a group when it uses a word of one side and none of the other;
//! two sentences on opposite sides of a group are never linked.
//!
//! The lists are written for this crate from general news usage (outcomes of votes, trials,
//! markets, disasters, deals, and what a decision does to someone: benefit or harm); nothing in them is specific to one story.

use super::super::stem::stem;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// (one side, the other side).
const GROUPS: &[(&[&str], &[&str])] = &[
    (&["approve", "accept", "pass", "adopt", "endorse", "ratify"], &["reject", "veto", "refuse", "block"]),
    (&["win", "victory", "elect", "beat"], &["lose", "defeat", "concede"]),
    (&["rise", "increase", "grow", "gain", "climb", "jump", "surge", "soar"], &["fall", "decrease", "decline", "drop", "cut", "shrink", "slump", "plunge", "lower", "reduce"]),
    (&["kill", "die"], &["injure", "wound", "hurt", "survive", "rescue", "missing"]),
    (&["allow", "permit", "legalize", "lift"], &["ban", "forbid", "prohibit", "outlaw"]),
    (&["support", "favor", "favour", "welcome", "praise"], &["oppose", "criticize", "condemn", "denounce", "object"]),
    (&["confirm", "admit", "acknowledge"], &["deny"]),
    (&["convict", "guilty", "sentence"], &["acquit", "innocent", "exonerate"]),
    (&["arrest", "detain", "jail"], &["release"]),
    (&["start", "begin", "launch", "resume"], &["end", "stop", "halt", "suspend", "finish"]),
    (&["hire", "appoint"], &["fire", "dismiss", "sack", "layoff"]),
    (&["profit", "surplus"], &["loss", "deficit"]),
    (&["agree", "accord"], &["disagree", "dispute"]),
    (&["succeed", "success"], &["fail", "failure"]),
    (&["benefit", "boost", "improve", "foster", "strengthen"], &["harm", "damage", "undermine", "erode", "hamper", "hinder", "jeopardize", "weaken", "interfere", "interference"]),
    (&["north", "northern"], &["south", "southern"]),
    (&["east", "eastern"], &["west", "western"]),
];

/// The side (`group * 2 + side`) a stemmed word takes, if any.
pub(super) fn side(stemmed: &str) -> Option<u16> {
    static INDEX: OnceLock<FxHashMap<String, u16>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index = FxHashMap::default();
            for (g, (a, b)) in GROUPS.iter().enumerate() {
                for (side, words) in [a, b].into_iter().enumerate() {
                    for w in words.iter() {
                        index.insert(stem(w).into_owned(), (g * 2 + side) as u16);
                    }
                }
            }
            index
        })
        .get(stemmed)
        .copied()
}

/// The side a stability claim takes ([`super::stability`]): stabilising or destabilising,
/// a group of its own after the word groups.
pub(super) fn stability_side(stabilising: bool) -> u16 {
    (GROUPS.len() * 2 + usize::from(!stabilising)) as u16
}

/// Whether two sentences' sides (sorted) put them on opposite sides of some group.
pub(super) fn opposed(x: &[u16], y: &[u16]) -> bool {
    let one_sided = |s: &[u16], code: u16| s.binary_search(&code).is_ok() && s.binary_search(&(code ^ 1)).is_err();
    x.iter().any(|&c| one_sided(x, c) && one_sided(y, c ^ 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_take_sides() {
        let (a, r) = (side(&stem("approved")).unwrap(), side(&stem("rejected")).unwrap());
        assert_eq!(a ^ 1, r);
        assert_eq!(side(&stem("killed")), side(&stem("deaths")));
        assert_ne!(side(&stem("killed")), side(&stem("injured")));
        assert_eq!(side(&stem("budget")), None);
        assert!(opposed(&[a], &[r]));
        assert!(!opposed(&[a, r], &[r]), "a sentence with both sides takes none");
        assert!(!opposed(&[a], &[a]));
        assert!(opposed(&[stability_side(true)], &[stability_side(false)]));
        assert!(side(&stem("budget")).is_none() && GROUPS.len() * 2 + 1 < usize::from(u16::MAX));
        // Effects: what a decision does to someone.
        assert_eq!(side(&stem("benefit")).map(|s| s ^ 1), side(&stem("harm")));
        assert_eq!(side(&stem("fostering")), side(&stem("boosts")));
        assert_eq!(side(&stem("interference")), side(&stem("undermined")));
    }

    #[test]
    fn no_word_is_on_two_sides() {
        let mut seen = FxHashMap::default();
        for (g, (a, b)) in GROUPS.iter().enumerate() {
            for w in a.iter().chain(b.iter()) {
                assert!(seen.insert(stem(w).into_owned(), g).is_none(), "{w}");
            }
        }
    }
}
