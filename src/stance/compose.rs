//! Word valence in context, for the stance features: negation, reversers and topic words.
//!
//! A word's prior valence (VADER, [`crate::lexicon::valence`]) is not its contribution to a
//! sentence's stance:
//! - **negation** flips it (×−0.74, as VADER does) up to 3 words after `not`, `never`, …;
//! - **reversers** flip what they govern (contextual valence shifters: Polanyi & Zaenen 2004;
//!   sentiment composition: Moilanen & Pulman 2007): "a *threat to* regional peace",
//!   "*undermines* stability", "a *lack of* security", "*prevent* war" — the positive good at
//!   stake turns the phrase negative and a harm averted turns it positive. Scope: up to
//!   [`REVERSER_SCOPE`] words after the reverser, stopping at punctuation;
//! - **topic words** ("peace", "security", "war", "crisis": the lexicon's news-neutral words,
//!   see `src/lexicon/data/parallax-evaluative.tsv`) name what a story is about rather than
//!   evaluate a target; their valence is kept apart from evaluative words' so the model can
//!   weigh "a story about security" differently from "a reckless plan";
//! - **consequences**: a topic word that is the *outcome* of what the sentence describes ("will
//!   *create* more worries", "*led to* war", "*brought* peace") evaluates its cause, so inside
//!   the scope of a causative verb ([`CAUSATIVES`], up to [`REVERSER_SCOPE`] words, stopping
//!   at punctuation) a topic word counts as an evaluative word, and the causative itself has
//!   no valence of its own (VADER rates "create" +1.1: it is the outcome that evaluates).

use super::facts::Facts;

/// Words a reverser governs, at most.
pub const REVERSER_SCOPE: usize = 5;

/// Reversers: verbs and nouns (with their preposition) whose object's valence is flipped.
/// Written for Parallax after Polanyi & Zaenen (2004) and Moilanen & Pulman (2007); sorted.
pub(super) const REVERSERS: &[&str] = &[
    "absence", "against", "avert", "averted", "averts", "blow", "collapse", "curb",
    "curbed", "curbs", "damage", "damaged", "damages", "damaging", "danger", "dangers",
    "decline", "destabilise", "destabilised", "destabilises", "destabilize", "destabilized", "destabilizes", "disrupt",
    "disrupted", "disrupting", "disrupts", "end", "ended", "ending", "erode", "eroded",
    "erodes", "eroding", "erosion", "hamper", "hampered", "hampers", "harm", "harmed",
    "harming", "harms", "hinder", "hindered", "hinders", "hurt", "hurting", "hurts",
    "impede", "impeded", "impedes", "jeopardise", "jeopardised", "jeopardises", "jeopardize", "jeopardized",
    "jeopardizes", "lack", "lacked", "lacking", "lacks", "loss", "prevent", "prevented",
    "preventing", "prevents", "reduce", "reduced", "reduces", "reducing", "risk", "risks",
    "sabotage", "sabotaged", "threat", "threaten", "threatened", "threatening", "threatens", "threats",
    "undercut", "undercuts", "undermine", "undermined", "undermines", "undermining", "weaken", "weakened",
    "weakening", "weakens",
];

/// Causative verbs: what follows them is an outcome of the subject's action (consequence
/// framing, Entman 1993: "problem definition, causal interpretation"). Written for Parallax;
/// sorted. Shared with [`super::frames`], whose outcome verbs are these plus its own
/// (`frames::OUTCOME_VERBS`). Some forms are still missing ("bringing", "invited",
/// "inviting", "provoking", "sparking", "triggering", "fuelling"): adding them changes the
/// model's features, so it waits for a retrain that is worth shipping (measured 2026-11-28
/// with them added and the model retrained: grouped CV on NewsMTSC train 0.652 → 0.652,
/// dev_mt 0.647 → 0.646 (analyze 0.670 → 0.665), demo 0.815 → 0.810 (one sentence): noise,
/// not shipped).
pub(super) const CAUSATIVES: &[&str] = &[
    "bring", "brings", "brought", "cause", "caused", "causes", "causing", "create", "created",
    "creates", "creating", "fuel", "fueled", "fueling", "fuelled", "fuels", "invite", "invites",
    "lead", "leading", "leads", "led", "pose", "posed", "poses", "posing", "provoke",
    "provoked", "provokes", "result", "resulted", "resulting", "results", "spark", "sparked",
    "sparks", "trigger", "triggered", "triggers",
];

/// Per-unit valence of a sentence's units (word norms and punctuation marks).
#[derive(Debug, Clone, Default)]
pub struct Valences {
    /// Contextual valence of each word unit, scaled to −1 … 1.
    pub val: Vec<Option<f32>>,
    /// Whether the unit is a topic word (its valence names a subject, not an evaluation).
    pub topic: Vec<bool>,
    /// Sign of the prior valence where it is at least 1 in magnitude (role features).
    pub polar: Vec<i8>,
}

/// Contextual valences of `units`; `negated[i]` = unit `i` is in a negation's scope.
pub fn valences(units: &[&str], negated: &[bool]) -> Valences {
    let punct: Vec<bool> = units.iter().map(|u| is_punct(u)).collect();
    let facts: Vec<Facts> = units.iter().zip(&punct).map(|(u, &p)| if p { Facts::default() } else { super::facts::of(u) }).collect();
    valences_with(&facts, &punct, negated)
}

/// [`valences`] from each unit's word facts (`facts[i]`: [`super::facts::of`] the unit, any
/// value for punctuation) and `punct[i]` = [`is_punct`]`(units[i])`, in one pass.
pub(super) fn valences_with(facts: &[Facts], punct: &[bool], negated: &[bool]) -> Valences {
    let mut out = Valences::default();
    valences_into(facts, punct, negated, &mut out);
    out
}

/// [`valences_with`] into `out` (cleared first), reusing its vectors.
pub(super) fn valences_into(facts: &[Facts], punct: &[bool], negated: &[bool], out: &mut Valences) {
    let n = facts.len();
    out.topic.clear();
    out.topic.reserve(n);
    out.val.clear();
    out.val.reserve(n);
    out.polar.clear();
    out.polar.reserve(n);
    // Words left in the scope of the last reverser and of the last causative (as
    // `scope_flags_into`: a trigger starts a scope, punctuation ends it).
    let (mut reversing, mut causing) = (0, 0);
    for (i, f) in facts.iter().enumerate() {
        let (mut reversed, mut caused) = (false, false);
        if punct[i] {
            (reversing, causing) = (0, 0);
        } else {
            if f.reverser {
                reversing = REVERSER_SCOPE;
            } else if reversing > 0 {
                reversed = true;
                reversing -= 1;
            }
            if f.causative {
                causing = REVERSER_SCOPE;
            } else if causing > 0 {
                caused = true;
                causing -= 1;
            }
        }
        // A causative's own prior valence ("create" +1.1, "spark" +0.9) is not what it says:
        // its outcome's is ("will create more worries").
        let raw = if punct[i] || f.causative { None } else { f.valence };
        let neg = if negated[i] { -0.74 } else { 1.0 };
        let rev = if reversed { -1.0 } else { 1.0 };
        out.val.push(raw.map(|v| v / 4.0 * neg * rev));
        out.topic.push(raw.is_some() && !caused && f.topic && !f.report_verb);
        out.polar.push(raw.filter(|v| v.abs() >= 1.0).map_or(0, |v| if v > 0.0 { 1 } else { -1 }));
    }
}

/// Whether a unit is punctuation (units are word norms and punctuation marks).
pub(super) fn is_punct(u: &str) -> bool {
    !u.starts_with(|c: char| c.is_alphanumeric())
}

/// Which units lie in the scope of a trigger word (a negation, a reverser): up to `width`
/// words after it, stopping at punctuation (`punct[i]`); `trigger(i)` is asked only for words.
/// The flags go into `out` (cleared first, its allocation reused).
pub(super) fn scope_flags_into(punct: &[bool], trigger: impl Fn(usize) -> bool, width: usize, out: &mut Vec<bool>) {
    out.clear();
    out.resize(punct.len(), false);
    let mut left = 0;
    for (i, &p) in punct.iter().enumerate() {
        if p {
            left = 0;
        } else if trigger(i) {
            left = width;
        } else if left > 0 {
            out[i] = true;
            left -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(sentence: &str, word: &str) -> f32 {
        let units: Vec<&str> = sentence.split(' ').collect();
        let v = valences(&units, &vec![false; units.len()]);
        v.val[units.iter().position(|u| *u == word).unwrap()].unwrap()
    }

    #[test]
    fn reversers_flip_what_they_govern() {
        assert!(val("it poses a threat to regional peace", "peace") < 0.0);
        assert!(val("the regional peace held", "peace") > 0.0);
        assert!(val("a lack of security", "security") < 0.0);
        assert!(val("it helped prevent war", "war") > 0.0);
        // Punctuation ends the scope.
        assert!(val("a threat , but peace", "peace") > 0.0);
    }

    #[test]
    fn reversers_are_sorted() {
        assert!(REVERSERS.windows(2).all(|w| w[0] < w[1]));
        let is_reverser = |w: &str| super::super::facts::of(w).reverser;
        assert!(REVERSERS.iter().all(|r| is_reverser(r)) && !is_reverser("peace") && !is_reverser(""));
    }

    #[test]
    fn topic_words_are_marked() {
        let units = ["peace", "reckless"];
        let v = valences(&units, &[false, false]);
        assert_eq!(v.topic, vec![true, false]);
    }

    #[test]
    fn an_outcome_is_an_evaluation_not_a_topic() {
        let topic = |sentence: &str, word: &str| {
            let units: Vec<&str> = sentence.split(' ').collect();
            let v = valences(&units, &vec![false; units.len()]);
            v.topic[units.iter().position(|u| *u == word).unwrap()]
        };
        assert!(topic("the talks were about war", "war"));
        assert!(!topic("the plan will create more worries", "worries"));
        assert!(!topic("the decision led to war", "war"));
        assert!(topic("the decision led nowhere , and war", "war"));
        // Every form of a causative, the -ing forms too.
        assert!(!topic("the decision leading to war", "war"));
        assert!(!topic("a blockade posing a danger to peace", "peace"));
        assert!(!topic("the strike is fueling fears of war", "war"));
        assert!(!topic("a dispute resulting in war", "war"));
        let units = ["it", "will", "create", "worries"];
        let v = valences(&units, &[false; 4]);
        assert_eq!((v.val[2], v.polar[2]), (None, 0));
        assert!(v.val[3].unwrap() < 0.0);
        assert!(CAUSATIVES.windows(2).all(|w| w[0] < w[1]));
    }
}
