//! Claims as propositions: who does (or says) what to whom. Outlets that state one claim in
//! different words often still share its agent, the kind of act and its object ("China
//! opposes NATO's expansion into Asia" / "China has expressed its opposition to NATO's
//! push into Asia"; "these countries are banding together to counter the challenges of
//! China" / "NATO aims to counter the challenges posed by China's rising power"), while
//! their other words differ too much for word overlap to link them.
//!
//! A predicate is a word of one of a few classes of news predicates (below). For each one
//! a sentence (or clause) asserts, its proposition is: the agents (names before it in its
//! clause; for a clause that opens with a pronoun or "this/these/such …" and names no one
//! before the predicate, the first names of the previous sentence), the class, and the
//! object (the next [`OBJECT`] features after it in its clause, and the names among them).
//! Two propositions agree when their classes are the same, their agents meet (an agent
//! each, shared; or no agent on one side and the other's agent named in that sentence),
//! and their objects share a name and at least [`OBJECT_SHARED`] features, or are both the
//! story's development ([`mark_events`]: "the office" one outlet objects to is "NATO's
//! expansion into Asia" in another, when the story is NATO opening an office). What a sentence
//! does not assert gives no proposition: a predicate under a negation ("did not oppose"), in
//! the passive ("was criticised", whose agent is not before it), or a nominalisation that
//! opens its clause as a topic ("The establishment of the office will prove a flashpoint"
//! says something about the office, not that it is being set up).
//!
//! The classes are written for this crate from general news usage, after the verb classes
//! of the CAMEO event codebook (Schrodt 2012, "CAMEO Conflict and Mediation Event
//! Observations Event and Actor Codebook", Penn State, public codebook): disapprove (oppose,
//! criticise, condemn), support (welcome, praise), establish (open, set up, create),
//! counter (contain, curb, deter), cooperate (collaborate, coordinate), threaten
//! (destabilise, endanger), warn (caution) and expand (extend, broaden). Nothing in them is
//! specific to one story. Words with a common unrelated sense are left out ("back" for
//! support, "found" for establish, "contain" for counter, "address" for counter).

use super::super::stem::stem;
use super::features::Features;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Features after a predicate that make its object.
pub(super) const OBJECT: usize = 6;
/// Least number of object features two agreeing propositions share (one of them a name).
pub(super) const OBJECT_SHARED: usize = 2;

/// Predicate classes: (name, words).
const CLASSES: &[(&str, &[&str])] = &[
    ("oppose", &["oppose", "opposition", "criticize", "criticise", "criticism", "condemn", "condemnation", "denounce", "decry", "protest"]),
    ("support", &["support", "welcome", "endorse", "praise", "applaud"]),
    ("establish", &["establish", "establishment", "open", "opening", "create", "creation"]),
    ("counter", &["counter", "counteract", "curb", "deter", "confront"]),
    ("cooperate", &["cooperate", "cooperation", "collaborate", "collaboration", "coordinate", "coordination"]),
    ("threaten", &["threaten", "threat", "destabilize", "destabilise", "endanger", "jeopardize", "jeopardise"]),
    ("warn", &["warn", "warning", "caution", "cautionary"]),
    ("expand", &["expand", "expansion", "extend", "extension", "broaden", "enlarge", "enlargement"]),
];

/// The class of a stemmed word, if it is a predicate.
fn class_of_stem(stemmed: &str) -> Option<u8> {
    // u16 values: the map type of the contrast sides, one less instance in the wasm.
    static INDEX: OnceLock<FxHashMap<String, u16>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index = FxHashMap::default();
            for (c, (_, words)) in CLASSES.iter().enumerate() {
                for w in words.iter() {
                    index.insert(stem(w).into_owned(), c as u16);
                }
            }
            index
        })
        .get(stemmed)
        .map(|&c| c as u8)
}

/// The predicate class of a word (lowercased), given the next word: "set up" establishes,
/// "critical of" opposes ("critical" alone may mean crucial).
#[cfg(test)]
pub(super) fn class(word: &str, next: Option<&str>) -> Option<u8> {
    phrase_class(word, next).unwrap_or_else(|| word_class(word))
}

/// The class of a two-word predicate, `Some(None)` for a word that is no predicate before
/// `next`, `None` when the word alone decides ([`word_class`]).
pub(super) fn phrase_class(word: &str, next: Option<&str>) -> Option<Option<u8>> {
    match (word, next) {
        ("set" | "sets" | "setting", Some("up")) => Some(class_of_stem(&stem("establish"))),
        ("critical", Some("of" | "to" | "toward" | "towards")) => Some(class_of_stem(&stem("oppose"))),
        // "Critical" alone means crucial, though it stems like "criticise".
        ("critical" | "critically", _) => Some(None),
        _ => None,
    }
}

/// The class of a single word (an adjective "open" in "open trade" is caught by the object
/// needing a name).
pub(super) fn word_class(word: &str) -> Option<u8> {
    class_of_stem(&stem(word))
}

/// Whether a predicate word is a nominalisation ("establishment", "opposition", "threat").
pub(super) fn nominal(word: &str) -> bool {
    const NOUNS: &[&str] = &["threat", "threats", "criticism", "criticisms", "protest", "protests", "support", "warning", "warnings", "caution", "opening"];
    NOUNS.contains(&word) || ["ment", "ments", "tion", "tions", "sion", "sions"].iter().any(|s| word.ends_with(s))
}

/// Whether a predicate word, after `before` (the words before it, nearest last), is in
/// the passive: a past participle after a form of "be" ("was criticised", "has been
/// condemned", "were also opened").
pub(super) fn passive(word: &str, before: &[&str]) -> bool {
    const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
    const BETWEEN: &[&str] = &["also", "already", "widely", "repeatedly", "strongly", "sharply", "not", "never", "now", "since"];
    if !(word.ends_with("ed") || word.ends_with("en")) {
        return false;
    }
    for w in before.iter().rev() {
        if BE.contains(w) {
            return true;
        }
        if !BETWEEN.contains(w) {
            return false;
        }
    }
    false
}

/// Most agents a proposition keeps (the nearest before its predicate).
pub(super) const AGENTS: usize = 6;

/// One proposition of a sentence, packed (one allocation; a proposition is kept for every
/// claim sentence of the set until the claims are found).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Prop {
    /// The agents (name features before the predicate), sorted, then the object's features
    /// (at most [`OBJECT`]), sorted.
    ids: Box<[u32]>,
    /// How many of `ids` are agents.
    agents: u8,
    /// Which of the object's features are names (bit i: the object's i-th).
    names: u8,
    pub class: u8,
    /// The object is a name itself, right after the predicate ("countering China", not
    /// "countering China's navy").
    pub bare: bool,
    /// The predicate's token in its sentence.
    pub at: u32,
    /// For a nominalisation, the content word before it ("economic" cooperation).
    pub qualifier: Option<u32>,
    /// The object is itself an act: it holds a predicate of an act class ("opposes NATO's
    /// expansion", "critical of the plan to establish an office"), not of a stance.
    pub act: bool,
    /// The object is the story's development ([`mark_events`]).
    pub event: bool,
    /// The object opens by referring back to an act ("the move", "such efforts").
    pub anaphor: bool,
    /// A stability claim ([`super::stability`]): its object is a place's stability.
    pub stability: bool,
}

impl Prop {
    /// A proposition of class `class` at token `at`: `agents` (at most [`AGENTS`]), the
    /// `object`'s features (at most [`OBJECT`]), the `names` among them.
    pub(super) fn new(class: u8, at: u32, qualifier: Option<u32>, mut agents: Vec<u32>, mut object: Vec<u32>, names: &[u32], bare: bool) -> Prop {
        agents.sort_unstable();
        agents.dedup();
        agents.truncate(AGENTS);
        object.sort_unstable();
        object.dedup();
        object.truncate(OBJECT);
        let names = object.iter().enumerate().filter(|(_, o)| names.contains(o)).fold(0u8, |m, (i, _)| m | 1 << i);
        let count = agents.len() as u8;
        agents.extend(object);
        Prop { ids: agents.into_boxed_slice(), agents: count, names, class, bare, at, qualifier, act: false, event: false, anaphor: false, stability: false }
    }

    /// The agents, sorted.
    pub(super) fn agents(&self) -> &[u32] {
        &self.ids[..self.agents as usize]
    }

    /// The object's features, sorted.
    pub(super) fn object(&self) -> &[u32] {
        &self.ids[self.agents as usize..]
    }

    /// The names of the object.
    pub(super) fn names(&self) -> impl Iterator<Item = u32> + '_ {
        self.object().iter().enumerate().filter(|(i, _)| self.names >> i & 1 == 1).map(|(_, &n)| n)
    }

    /// Whether the object names `id`.
    fn names_id(&self, id: u32) -> bool {
        self.object().binary_search(&id).is_ok_and(|i| self.names >> i & 1 == 1)
    }

    /// Whether the two objects share a name.
    fn name_shared(&self, other: &Prop) -> bool {
        self.names().any(|n| other.names_id(n))
    }
}

/// How many elements two sorted lists share.
fn shared(x: &[u32], y: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Per first element of (key, source) pairs, how many sources: (count, key), by key.
fn runs(mut pairs: Vec<(u32, u32)>) -> Vec<(usize, u32)> {
    pairs.sort_unstable();
    pairs.dedup();
    let mut out: Vec<(usize, u32)> = Vec::new();
    for (k, _) in pairs {
        match out.last_mut() {
            Some(last) if last.1 == k => last.0 += 1,
            _ => out.push((1, k)),
        }
    }
    out
}

/// Whether a class is of acts (establish, counter, cooperate, threaten, expand), not of
/// stances taken on them (oppose, support, warn).
pub(super) fn is_act(class: u8) -> bool {
    // The indices of oppose, support and warn in [`CLASSES`] (checked in the tests).
    !matches!(class, 0 | 1 | 6)
}

/// Whether the objects of `p` and `q` are one: sharing a name and at least
/// [`OBJECT_SHARED`] features (or one name, when one object is that name itself), or both
/// the story's development ([`Prop::event`]).
fn same_object(p: &Prop, q: &Prop) -> bool {
    (p.name_shared(q) && (shared(p.object(), q.object()) >= OBJECT_SHARED || p.bare || q.bare)) || (p.event && q.event)
}

/// Whether propositions `p` (of a sentence with features `px`, sorted) and `q` (of `qx`)
/// state the same: same class, agents that meet, objects sharing a name and at least
/// [`OBJECT_SHARED`] features (or one name, when one object is that name itself).
pub(super) fn agree(p: &Prop, px: &[u32], q: &Prop, qx: &[u32]) -> bool {
    let qualified = matches!((p.qualifier, q.qualifier), (Some(a), Some(b)) if a != b);
    if p.class != q.class || qualified || !same_object(p, q) {
        return false;
    }
    match (p.agents().is_empty(), q.agents().is_empty()) {
        (false, false) => shared(p.agents(), q.agents()) > 0,
        (true, false) => shared(q.agents(), px) > 0,
        (false, true) => shared(p.agents(), qx) > 0,
        (true, true) => false,
    }
}

/// Whether `p` (of a sentence with features `px`, sorted) and `q` (of `qx`) are one act on
/// one object (same class and qualifier, objects agreeing as in [`agree`]) by different
/// agents: each named, and neither sentence naming any of the other's (a headline's
/// "Council" may be the body's "Ardena Trade Council").
pub(super) fn other_agents(p: &Prop, px: &[u32], q: &Prop, qx: &[u32]) -> bool {
    let qualified = matches!((p.qualifier, q.qualifier), (Some(a), Some(b)) if a != b);
    p.class == q.class && !qualified && same_object(p, q) && !p.agents().is_empty() && !q.agents().is_empty() && shared(p.agents(), qx) == 0 && shared(q.agents(), px) == 0
}

/// Nouns that refer back to an act ("the move", "this plan", "such steps"): an object
/// made of one and naming no one is the story's development ([`mark_events`]).
pub(super) const EVENT_NOUNS: &[&str] = &["move", "moves", "plan", "plans", "decision", "step", "steps", "proposal", "initiative", "effort", "efforts"];

/// Least number of sources reporting an act in their lead for it to be the story's development.
pub(super) const EVENT_SOURCES: usize = 3;
/// The lead: an article's first claim sentences.
const LEAD: usize = 3;

/// Marks the propositions whose object is the story's development ([`Prop::event`]), read
/// off the set itself: the development is the act (class and object name) that most
/// sources assert, at least [`EVENT_SOURCES`] and no other act as many; its agents and
/// object features are those at least two of those sources give it. An object is the
/// development when it is itself an act ([`Prop::act`]) and either names one of those
/// agents ("NATO's expansion into Asia" in a story of NATO opening an office) or shares a
/// name and [`OBJECT_SHARED`] features with that object ("the proposal to establish the
/// office in Tokyo"). Outlets that object to "the office" and to "NATO's push into Asia"
/// then object to one thing; objects that are no act of the development's agents ("Japan's
/// defence budget") stay apart. An object naming no one that refers back to an act ("the
/// move", [`EVENT_NOUNS`]) is the development too, when the set has one.
pub(super) fn mark_events(feats: &mut [Features]) {
    // (class and object name as one key, source) of every act, sorted: per key its sources.
    let mut keyed: Vec<(u32, u32)> = Vec::new();
    let (mut article, mut rank) = (u32::MAX, 0usize);
    for f in feats.iter() {
        // Each article's sentences come in order, a sentence's clauses after it.
        if f.article != article {
            (article, rank) = (f.article, 0);
        }
        if !f.clause {
            rank += 1;
        }
        if rank > LEAD {
            continue;
        }
        // A stability claim is what an act does, not the act.
        for p in f.props.iter().filter(|p| is_act(p.class) && !p.stability) {
            keyed.extend(p.names().map(|n| (n.saturating_mul(8) | u32::from(p.class), f.source)));
        }
    }
    // Per key its sources: (count, key), most sources last.
    let mut counts = runs(keyed);
    counts.sort_unstable();
    let Some(&(best, key)) = counts.last() else { return };
    if best < EVENT_SOURCES || counts.len() > 1 && counts[counts.len() - 2].0 == best {
        return;
    }
    drop(counts);
    let (name, class) = (key >> 3, (key & 7) as u8);
    // (feature, source) of the development's agents (feature * 2) and object features
    // (feature * 2 + 1); those two sources give it.
    let mut parts: Vec<(u32, u32)> = Vec::new();
    for f in feats.iter() {
        for p in f.props.iter().filter(|p| p.class == class && p.names_id(name)) {
            parts.extend(p.agents().iter().map(|&a| (a << 1, f.source)));
            parts.extend(p.object().iter().map(|&o| (o << 1 | 1, f.source)));
        }
    }
    let (mut agents, mut object) = (Vec::new(), Vec::new());
    for (n, part) in runs(parts) {
        if n >= 2 {
            if part & 1 == 0 { &mut agents } else { &mut object }.push(part >> 1);
        }
    }
    for f in feats.iter_mut() {
        for p in f.props.iter_mut().filter(|p| p.act) {
            let of_agent = p.names().any(|n| agents.binary_search(&n).is_ok());
            let on_object = p.names().any(|n| object.binary_search(&n).is_ok()) && shared(p.object(), &object) >= OBJECT_SHARED;
            // An act naming no one is an anaphor ("the move").
            p.event = of_agent || on_object || p.names().next().is_none();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        // Propositions are bucketed by name id * 8 + class.
        assert!(CLASSES.len() <= 8);
        assert_eq!(class("opposes", None), class("criticised", None));
        assert_eq!(class("opposition", None), class("condemning", None));
        assert_eq!(class("critical", Some("of")), class("opposes", None));
        assert_eq!(class("critical", Some("role")), None);
        assert_eq!(class("set", Some("up")), class("establishment", None));
        assert_ne!(class("opposes", None), class("supports", None));
        assert_eq!(class("budget", None), None);
        assert!(nominal("establishment") && nominal("opposition") && nominal("threat"));
        assert!(!nominal("establish") && !nominal("opposes"));
        assert!(passive("criticized", &["has", "also", "been"]));
        assert!(passive("established", &["was"]));
        assert!(!passive("established", &["has"]));
        assert!(!passive("opposes", &["it"]));
    }

    #[test]
    fn the_development_is_read_off_the_leads() {
        const OPEN: u8 = 2;
        // A sentence of `article` (its own source) asserting `props`.
        let sentence = |article: u32, props: Vec<Prop>| Features {
            article,
            source: article,
            sentence: 0,
            ids: Vec::new(),
            weights: Vec::new(),
            norm: 0.0,
            nums: Vec::new(),
            negated: Vec::new(),
            sides: Vec::new(),
            subject: None,
            clause: false,
            props: props.into_boxed_slice(),
        };
        // Kestrel (1) opens (2) a hub (5) in Lorvik (6).
        let opens = || Prop::new(OPEN, 0, None, vec![1], vec![5, 6], &[6], false);
        let act = |object: &[u32], names: &[u32]| Prop { act: true, ..Prop::new(0, 0, None, vec![9], object.to_vec(), names, false) };
        // The union (9) opposes: Kestrel's expansion (7); the plan (8) to open the Lorvik
        // hub; the council's (3) runway (4) in Lorvik; the move (nothing named).
        let objections = || vec![act(&[1, 7], &[1]), act(&[5, 6, 8], &[6]), act(&[3, 4, 6], &[3, 6]), act(&[10], &[])];
        let events = |feats: &[Features]| feats.iter().flat_map(|f| f.props.iter().filter(|p| p.class == 0).map(|p| p.event)).collect::<Vec<bool>>();
        let story = |leads: u32| {
            let mut feats: Vec<Features> = (0..leads).map(|a| sentence(a, vec![opens()])).collect();
            feats.push(sentence(9, objections()));
            feats
        };
        let mut three = story(3);
        mark_events(&mut three);
        assert_eq!(events(&three), [true, true, false, true]);
        // Two sources are not a story's development.
        let mut two = story(2);
        mark_events(&mut two);
        assert_eq!(events(&two), [false; 4]);
        // Nor is an act asserted past the lead (the fourth sentence of each article).
        let mut late: Vec<Features> = (0..3).flat_map(|a| (0..4).map(move |k| (a, k))).map(|(a, k)| sentence(a, if k == 3 { vec![opens()] } else { Vec::new() })).collect();
        late.push(sentence(9, objections()));
        mark_events(&mut late);
        assert_eq!(events(&late), [false; 4]);
        // Nor one of two acts as widely led with.
        let mut tied = story(3);
        tied.extend((3..6).map(|a| sentence(a, vec![Prop::new(3, 0, None, vec![11], vec![12, 13], &[12], false)])));
        mark_events(&mut tied);
        assert_eq!(events(&tied), [false; 4]);
    }

    #[test]
    fn agreement() {
        let p = |class: u8, agents: &[u32], object: &[u32], names: &[u32]| Prop::new(class, 0, None, agents.to_vec(), object.to_vec(), names, false);
        // China (1) opposes NATO (2)'s expansion (3).
        let x = p(0, &[1], &[2, 3], &[2]);
        assert!(agree(&x, &[1, 2, 3], &p(0, &[1], &[2, 3, 4], &[2]), &[1, 2, 3, 4]));
        assert!(!agree(&x, &[1, 2, 3], &p(0, &[5], &[2, 3], &[2]), &[5, 2, 3]), "another agent");
        assert!(other_agents(&x, &[1, 2, 3], &p(0, &[5], &[2, 3], &[2]), &[2, 3, 5]));
        assert!(!other_agents(&x, &[1, 2, 3], &p(0, &[5], &[2, 3], &[2]), &[1, 2, 3, 5]), "the other names this agent too");
        assert!(!other_agents(&x, &[1, 2, 3], &p(0, &[], &[2, 3], &[2]), &[2, 3]), "no agent is no other agent");
        assert!(!other_agents(&x, &[1, 2, 3], &p(0, &[5], &[6, 7], &[6]), &[5, 6, 7]), "another object");
        assert!(!other_agents(&x, &[1, 2, 3], &p(1, &[5], &[2, 3], &[2]), &[2, 3, 5]), "another act");
        assert!(!agree(&x, &[1, 2, 3], &p(1, &[1], &[2, 3], &[2]), &[1, 2, 3]), "another class");
        assert!(!agree(&x, &[1, 2, 3], &p(0, &[1], &[3, 6], &[6]), &[1, 3, 6]), "another object");
        assert!(!agree(&x, &[1, 2, 3], &p(0, &[1], &[2, 7], &[2]), &[1, 2, 7]), "one object word is not enough");
        let bare = Prop { bare: true, ..p(0, &[1], &[2], &[2]) };
        assert!(agree(&bare, &[1, 2], &p(0, &[1], &[2, 7], &[2]), &[1, 2, 7]), "unless it is the object itself");
        // No agent: the other's agent must be named in the sentence.
        assert!(agree(&p(0, &[], &[2, 3], &[2]), &[1, 2, 3], &x, &[1, 2, 3]));
        assert!(!agree(&p(0, &[], &[2, 3], &[2]), &[2, 3], &x, &[1, 2, 3]));
        assert!(!agree(&p(0, &[], &[2, 3], &[2]), &[2, 3], &p(0, &[], &[2, 3], &[2]), &[2, 3]));
        // Another qualifier: economic (8) vs military (9) cooperation.
        let q = |qualifier: u32| Prop { qualifier: Some(qualifier), ..x.clone() };
        assert!(!agree(&q(8), &[1, 2, 3], &q(9), &[1, 2, 3]));
        assert!(agree(&q(8), &[1, 2, 3], &q(8), &[1, 2, 3]));
        assert!(agree(&q(8), &[1, 2, 3], &x, &[1, 2, 3]), "one unqualified");
        // Objects that are both the story's development meet whatever they name: one agent
        // on it agrees, another agent on it is another claim; a development and another
        // object do not meet.
        let event = |prop: Prop| Prop { event: true, ..prop };
        let (office, push) = (event(p(0, &[1], &[6, 7], &[6])), event(p(0, &[1], &[2, 3], &[2])));
        assert!(!agree(&p(0, &[1], &[6, 7], &[6]), &[1, 6, 7], &x, &[1, 2, 3]), "not without the development");
        assert!(agree(&office, &[1, 6, 7], &push, &[1, 2, 3]));
        assert!(!agree(&office, &[1, 6, 7], &p(0, &[1], &[2, 3, 8], &[2]), &[1, 2, 3, 8]), "the other is no development");
        assert!(!agree(&office, &[1, 6, 7], &event(p(1, &[1], &[2, 3], &[2])), &[1, 2, 3]), "another class");
        assert!(other_agents(&office, &[1, 6, 7], &event(p(0, &[5], &[2, 3], &[2])), &[2, 3, 5]));
        assert_eq!([CLASSES[0].0, CLASSES[1].0, CLASSES[6].0], ["oppose", "support", "warn"]);
        assert!(is_act(class("establish", None).unwrap()) && is_act(class("expansion", None).unwrap()));
        assert!(!is_act(class("opposes", None).unwrap()) && !is_act(class("welcome", None).unwrap()) && !is_act(class("warn", None).unwrap()));
        // Packed: agents, object and names read back.
        let packed = Prop::new(0, 0, None, vec![9, 4, 9], vec![7, 2, 5], &[5, 9], false);
        assert_eq!((packed.agents(), packed.object(), packed.names().collect::<Vec<_>>()), (&[4, 9][..], &[2, 5, 7][..], vec![5]));
    }
}
