//! Claims about a place's stability: "poses a threat to regional peace and stability",
//! "has raised concerns about regional instability", "may prove destabilizing in the
//! region" and "will exacerbate the risk of conflict in the region" say one thing in words
//! that share little beyond the place: the act makes the region less stable. What they
//! share is a polarity, read off two general parts:
//!
//! - a state: a good one (stability, peace), its stem under a negating prefix
//!   (in-stability, un-stable; de-stabilise, an act in itself), or a bad one (conflict,
//!   tension, unrest, turmoil);
//! - what is said to happen to it, nearest before it in its clause ("threat to", "concerns
//!   about", "increasing", "promote", "ease") or just after it ("tensions rose"): more of
//!   it (raise, fuel, promote, ensure …), less of it (reduce, ease, defuse …), or harm
//!   whatever it is (threaten, undermine, concern, fear …).
//!
//! More of a bad state or less of a good one, or harm, is destabilising; more of a good
//! one or less of a bad one is stabilising. A bare good state with nothing said of it
//! ("committed to stability") is no claim; a verb of the negated stem ("destabilising")
//! says it alone. A negation near either word gives nothing. Destabilising and stabilising
//! claims are never one claim ([`super::contrast`] sides), and a destabilising claim is a
//! proposition ([`super::predicates`]) of the threaten class (a stabilising one of the
//! support class) whose object is the place's stability: agents that meet and one more
//! object word (the place: "regional", "in the region") make two outlets' claims one.
//!
//! The word lists are written for this crate from general news usage about conflicts,
//! markets and politics; nothing in them is specific to one story.

#[cfg(test)]
use super::super::stem::stem;
#[cfg(test)]
use super::paraphrase;
use std::ops::Range;

// What a word is to a stability claim (small codes: a word's roles before and after a
// state are packed in one byte, before | after << 4).
/// A good state (stability, peace).
pub(super) const GOOD: u8 = 1;
/// A bad state (instability, conflict, tension).
pub(super) const BAD: u8 = 2;
/// A verb (or adjective) of a negated good state: destabilising in itself.
pub(super) const UNSETTLE: u8 = 3;
/// More of what follows (raise, fuel, promote).
pub(super) const MORE: u8 = 4;
/// Less of what follows (reduce, ease).
pub(super) const LESS: u8 = 5;
/// Harm to whatever follows (threaten, undermine, concerns).
pub(super) const HARM: u8 = 6;
/// Not a role of a word's: a negator ("not", "never").
pub(super) const NOT: u8 = 7;

/// The words, each with its roles (before a state | after one << 4), as the features hold
/// them: stemmed ([`stem`](super::super::stem::stem)), a paraphrase set's word as its
/// set's first ([`paraphrase`](super::paraphrase): "increase" is "rise", "reduce" and
/// "lower" are "cut", "fear" and "worry" are
/// "concern"). Good states (stability, stable, peace); bad states (conflict, tension,
/// unrest, turmoil, hostilities) and a good state's stem under a negating prefix
/// (instability, unstable; destabilise, an act); words that give more of what follows
/// (increase, raise, heighten, escalate, exacerbate, fuel, stoke, spark, deepen, intensify,
/// inflame, provoke, trigger; promote, ensure, maintain, preserve, restore, foster,
/// contribute, safeguard, strengthen, bolster), less of it (reduce, lower, ease, defuse,
/// calm, diminish, lessen, decrease), or harm whatever it is (threat, risk, threaten,
/// undermine, endanger, jeopardise, erode, disturb, disrupt, damage, harm, worsen, concern,
/// worry, fear, alarm, apprehension, anxiety); and words after a state that give more of
/// it (rise, grow, mount, improve, return) or less (fall, ease, subside, decline). Some
/// inflections stem apart and are listed too ("fuelled", "eased", "easing"). The test
/// `surface_words` checks each word against this table.
const WORDS: &[(&str, u8)] = &[
    ("stabil", GOOD), ("stabl", GOOD), ("peac", GOOD),
    ("conflict", BAD), ("tension", BAD), ("unrest", BAD), ("turmoil", BAD), ("hostil", BAD), ("instabil", BAD), ("unstabl", BAD),
    ("destabil", UNSETTLE),
    ("rise", MORE | MORE << 4), ("rais", MORE), ("heighten", MORE), ("escal", MORE), ("exacerb", MORE), ("fuel", MORE), ("fuell", MORE), ("stok", MORE), ("spark", MORE),
    ("deepen", MORE), ("intensif", MORE), ("inflam", MORE), ("provok", MORE), ("trigger", MORE), ("promot", MORE), ("ensur", MORE),
    ("maintain", MORE), ("preserv", MORE), ("restor", MORE), ("foster", MORE), ("contribut", MORE), ("safeguard", MORE), ("strengthen", MORE),
    ("cut", LESS), ("ease", LESS | LESS << 4), ("eased", LESS | LESS << 4), ("easing", LESS | LESS << 4), ("defus", LESS), ("calm", LESS), ("diminish", LESS), ("lessen", LESS), ("fall", LESS | LESS << 4),
    ("threat", HARM), ("risk", HARM), ("threaten", HARM), ("undermin", HARM), ("endanger", HARM), ("jeopard", HARM), ("erod", HARM), ("disturb", HARM),
    ("disrupt", HARM), ("damag", HARM), ("harm", HARM), ("worsen", HARM), ("concern", HARM), ("alarm", HARM), ("anxiet", HARM),
    ("mount", MORE << 4), ("improv", MORE << 4), ("return", MORE << 4), ("subsid", LESS << 4),
];

/// How many tokens before a state its predicate may be ("a potentially significant threat
/// to regional peace": four).
pub(super) const BEFORE: usize = 4;
/// How many tokens after a state its predicate may be ("tensions in the region rose").
pub(super) const AFTER: usize = 4;

/// The roles of a feature's stem ([`WORDS`]), before a state | after one << 4; 0 for none.
pub(super) fn roles(stemmed: &str) -> u8 {
    WORDS.iter().find(|w| w.0 == stemmed).map_or(0, |w| w.1)
}

/// Whether a word's roles make it a state (good, bad, or a destabilising verb).
pub(super) fn is_state(roles: u8) -> bool {
    matches!(roles & 15, GOOD | BAD | UNSETTLE)
}

/// A stability claim found in a clause: the token of its state, of its predicate (the
/// state's own for "destabilising"), and whether it is stabilising.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Reading {
    pub state: usize,
    pub predicate: usize,
    pub stabilising: bool,
}

/// The first stability claim among tokens `span` of a sentence, given each token's
/// [`roles`] ([`NOT`] for a negator) and whether a comma (or a clause's start) precedes it
/// (`breaks`).
pub(super) fn read(span: Range<usize>, roles: &[u8], breaks: &[bool]) -> Option<Reading> {
    let negated = |lo: usize, hi: usize| roles[lo.saturating_sub(2).max(span.start)..=hi].contains(&NOT);
    for j in span.clone() {
        let good = match roles[j] & 15 {
            GOOD => true,
            BAD => false,
            UNSETTLE => return (!negated(j, j)).then_some(Reading { state: j, predicate: j, stabilising: false }),
            _ => continue,
        };
        // The nearest predicate before it, within its stretch of the clause; else just
        // after it ("tensions in the region rose").
        let mut found = None;
        let mut i = j;
        while found.is_none() && i > span.start && j - i < BEFORE && !breaks[i] {
            i -= 1;
            found = matches!(roles[i] & 15, MORE | LESS | HARM).then_some((i, roles[i] & 15));
        }
        let mut i = j + 1;
        while found.is_none() && i < span.end.min(j + 1 + AFTER) && !breaks[i] {
            found = (roles[i] >> 4 != 0).then_some((i, roles[i] >> 4));
            i += 1;
        }
        let Some((p, role)) = found else { continue };
        if negated(p.min(j), p.max(j)) {
            return None;
        }
        let stabilising = match role {
            MORE => good,
            LESS => !good,
            _ => false,
        };
        return Some(Reading { state: j, predicate: p, stabilising });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The roles of a word as its feature holds it: stemmed, as its paraphrase set.
    fn feature(word: &str) -> u8 {
        let s = stem(word);
        roles(paraphrase::canonical(&s).unwrap_or(&s))
    }

    /// The reading of a sentence of lowercase words (a comma as its own word is a break).
    fn reading(sentence: &str) -> Option<bool> {
        let mut words: Vec<&str> = Vec::new();
        let mut breaks: Vec<bool> = Vec::new();
        let mut pending = false;
        for w in sentence.split(' ') {
            if w == "," {
                pending = true;
                continue;
            }
            words.push(w);
            breaks.push(std::mem::take(&mut pending));
        }
        let codes: Vec<u8> = words.iter().map(|w| if matches!(*w, "not" | "no" | "never") { NOT } else { feature(w) }).collect();
        read(0..words.len(), &codes, &breaks).map(|r| r.stabilising)
    }

    #[test]
    fn polarity() {
        // Destabilising, in many words.
        for s in [
            "the move poses a potentially significant threat to regional peace and stability",
            "the move has raised concerns about regional instability",
            "such steps may prove to be extremely destabilizing in the region",
            "the efforts are likely to exacerbate the risk of conflict in the region",
            "the decision will fuel tensions along the border",
            "tensions in the region rose after the vote",
            "the sanctions undermine peace in the valley",
        ] {
            assert_eq!(reading(s), Some(false), "{s}");
        }
        // Stabilising.
        for s in ["the office will promote stability in the region", "the talks helped ease tensions in the region", "stability in the region improved after the vote", "the plan would contribute to regional stability"] {
            assert_eq!(reading(s), Some(true), "{s}");
        }
        // No claim: a bare state, a negation, a predicate beyond a comma.
        for s in ["china is committed to stability", "the move will not threaten regional stability", "the plan raised prices , stability remained"] {
            assert_eq!(reading(s), None, "{s}");
        }
        assert_eq!(feature("budget"), 0);
        assert_eq!(feature("not"), 0);
    }

    #[test]
    fn surface_words() {
        let before = |role: u8, words: &[&str]| words.iter().map(|w| (w.to_string(), role)).collect::<Vec<_>>();
        let mut words = Vec::new();
        words.extend(before(GOOD, &["stability", "stable", "peace"]));
        words.extend(before(BAD, &["conflict", "conflicts", "tension", "tensions", "unrest", "turmoil", "hostilities", "instability", "unstable"]));
        words.extend(before(UNSETTLE, &["destabilise", "destabilize", "destabilizing", "destabilising"]));
        words.extend(before(MORE, &["increase", "increasing", "raise", "raised", "heighten", "escalate", "escalating", "exacerbate", "fuel", "fuelled", "stoke", "spark", "sparked", "deepen", "intensify", "inflame", "provoke", "trigger"]));
        words.extend(before(MORE, &["promote", "ensure", "maintain", "preserve", "restore", "foster", "contribute", "safeguard", "strengthen", "bolster"]));
        words.extend(before(LESS, &["reduce", "lower", "ease", "eased", "easing", "defuse", "calm", "diminish", "lessen", "decrease"]));
        words.extend(before(HARM, &["threat", "threats", "risk", "threaten", "undermine", "endanger", "jeopardize", "jeopardise", "erode", "disturbing", "disrupt", "damage", "harm", "worsen"]));
        words.extend(before(HARM, &["concern", "concerns", "worry", "fear", "alarm", "apprehension", "apprehensions", "anxiety"]));
        for (w, role) in &words {
            assert_eq!(feature(w) & 15, *role, "{w} before a state");
        }
        for (w, role) in [("rose", MORE), ("risen", MORE), ("grew", MORE), ("mounted", MORE), ("improved", MORE), ("returned", MORE), ("increased", MORE)] {
            assert_eq!(feature(w) >> 4, role, "{w} after a state");
        }
        for (w, role) in [("fell", LESS), ("eased", LESS), ("subsided", LESS), ("declined", LESS), ("decreased", LESS)] {
            assert_eq!(feature(w) >> 4, role, "{w} after a state");
        }
        // Every entry is some word's feature.
        let all: Vec<String> = words.iter().map(|(w, _)| w.clone()).chain(["rose", "mount", "improve", "return", "subside"].map(String::from)).collect();
        for (key, _) in WORDS {
            assert!(all.iter().any(|w| { let s = stem(w); paraphrase::canonical(&s).unwrap_or(&s) == *key }), "{key}");
        }
    }
}
