//! Word facts: what the stance scorer asks about a word — its valence (VADER, [`crate::lexicon::valence`]),
//! whether that names a topic ([`crate::lexicon::is_topic_word`]), whether it is a report verb
//! ([`crate::lexicon::report_verb`]), a reverser or causative ([`super::compose`]), a negation word
//! ([`super::features::NEGATIONS`]), and its word classes in
//! [`super::frames`] — answered by one hash lookup instead of one per list.
//!
//! The map is built on first use from those lists and tables (each entry's facts are the
//! functions' answers for its word, read off its table line), so a word's facts are exactly
//! what the separate lookups give (tested for every listed word); a word in no list has the
//! default facts.

use crate::lexicon::{report_verb_forms, valence_words};
use rustc_hash::FxHashMap;

/// What the stance code needs to know about one word (a token's norm).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Facts {
    /// [`crate::lexicon::valence`] of the word.
    pub valence: Option<f32>,
    /// [`crate::lexicon::is_topic_word`].
    pub topic: bool,
    /// [`crate::lexicon::report_verb`] knows it.
    pub report_verb: bool,
    /// A reverser ([`super::compose`]).
    pub reverser: bool,
    /// A causative ([`super::compose`]).
    pub causative: bool,
    /// A listed negation word ([`super::features::NEGATIONS`]; "…n't" is not listed).
    pub negation: bool,
    /// Its [`super::frames`] word classes (bits).
    pub classes: u16,
}

/// The facts of `word` (the default for a word in no list).
#[inline]
pub fn of(word: &str) -> Facts {
    map().get(word).copied().unwrap_or_default()
}

fn map() -> &'static FxHashMap<&'static str, Facts> {
    static MAP: std::sync::OnceLock<FxHashMap<&'static str, Facts>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: FxHashMap<&'static str, Facts> = FxHashMap::with_capacity_and_hasher(9_000, Default::default());
        for (w, valence, topic) in valence_words() {
            let f = m.entry(w).or_default();
            (f.valence, f.topic) = (valence, topic);
        }
        for (w, known) in report_verb_forms() {
            m.entry(w).or_default().report_verb = known;
        }
        for &w in super::compose::REVERSERS {
            m.entry(w).or_default().reverser = true;
        }
        for &w in super::compose::CAUSATIVES {
            m.entry(w).or_default().causative = true;
        }
        for &w in super::features::NEGATIONS {
            m.entry(w).or_default().negation = true;
        }
        for (list, class) in super::frames::class_lists() {
            for &w in list {
                m.entry(w).or_default().classes |= class;
            }
        }
        m
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{is_topic_word, report_verb, valence};

    /// The facts as the separate lookups give them.
    fn separate(w: &str) -> Facts {
        Facts {
            valence: valence(w),
            topic: is_topic_word(w),
            report_verb: report_verb(w).is_some(),
            reverser: super::super::compose::REVERSERS.contains(&w),
            causative: super::super::compose::CAUSATIVES.contains(&w),
            negation: super::super::features::NEGATIONS.contains(&w),
            classes: super::super::frames::class_lists().iter().filter(|(l, _)| l.contains(&w)).fold(0, |a, (_, c)| a | c),
        }
    }

    #[test]
    fn one_lookup_answers_as_the_lists_do() {
        let mut words: Vec<&str> = valence_words().map(|w| w.0).chain(report_verb_forms().map(|w| w.0)).collect();
        words.extend(super::super::compose::REVERSERS);
        words.extend(super::super::compose::CAUSATIVES);
        words.extend(super::super::features::NEGATIONS);
        for (l, _) in super::super::frames::class_lists() {
            words.extend(l);
        }
        let n = words.len();
        assert!(n > 7000, "{n}");
        for w in words.iter().copied().chain(["", "the", "peace", "said", "threat", "zqx", "Peace", "war's", "good-bye"]) {
            assert_eq!(of(w), separate(w), "{w}");
        }
        // Some words are in several lists.
        assert!(of("threat").reverser && of("threat").valence.is_some() && of("threat").classes != 0);
        assert!(of("said").report_verb && !of("said").reverser);
        assert!(of("peace").topic && of("peace").valence.unwrap() > 0.0);
        assert_eq!(of("zqx"), Facts::default());
    }
}
