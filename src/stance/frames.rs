//! Clause frames around a mention: constructions whose meaning the bag-of-words model cannot
//! see, applied to its logits after it has scored the mention ([`adjust`]).
//!
//! - **Consequence** (Entman 1993: framing by "causal interpretation"): when the mention is in
//!   the subject of a causative predicate ("the plan *will create* more worries", "Japan's move
//!   to bring NATO into Asia *has raised* concerns", "the office *will enable* closer
//!   cooperation", "the office *will prove to be* a flashpoint") or the event a sentence-final
//!   appositive evaluates ("…, *a move that has sparked* concerns about instability"), the
//!   predicate's outcome evaluates the subject: its valence (VADER, in context: negation and
//!   reversers from [`super::compose`], plus `OUTCOMES`) decides the side. Harm verbs
//!   (compose's reversers used as verbs: "*erode* its credibility", "*reduce* tensions") are
//!   outcome verbs whose object's valence is flipped; "have" counts only before
//!   "consequences"/"repercussions", "raise" only before an attitude ("raised concerns", not
//!   "raised its interest rate"). A mention inside a concessive clause
//!   ("*Despite* X's efforts, the plan faces significant challenges") takes the outcome of the
//!   main clause, which carries the author's point.
//! - **Necessity** (deontic modality): a mention in what the author calls necessary ("it is
//!   *imperative for* X *to* expand …") is favoured, one in its rejected alternative ("…
//!   *rather than* X") opposed; "it is important to *note* that …" directs attention and
//!   prescribes nothing.
//! - **Stated aim**: a mention that is the subject of an aim verb ("NATO *aims to* enhance
//!   cooperation", "the US *seeks to* expand …") or inside its complement describes a purpose,
//!   not its merit: a favourable reading is not the author's claim, so it cannot come out
//!   favor (a negative imputed motive, "seeks to circumvent the constitution", still can).
//! - **Experiencer**: a mention after "among" following an attitude noun ("concerns *among*
//!   NATO members", "popular among voters") holds the attitude; it is not evaluated by it, so
//!   that mention cannot take the attitude's side.
//!
//! All lists are written for Parallax from general English and news usage (not from any one
//! story); sorted.

use super::compose::Valences;
use super::facts::Facts;

/// Verbs whose object is the *outcome* of the subject's action: compose's causatives
/// ([`super::compose::CAUSATIVES`]: `create`, `lead`, `spark`, …; one shared list, registered
/// as [`OUTCOME_VERB`] too) plus these, which raise or strengthen a state ("raise concerns",
/// "exacerbate tensions", "foster cooperation", "enable …") or, as "prove", make the predicate
/// the outcome ("will prove to be a flashpoint"). Every form of each verb ("raising" is read
/// by [`trigger`]'s "raise" rule); the causatives' missing forms are listed at
/// `compose::CAUSATIVES`.
const OUTCOME_VERBS: &[&str] = &[
    "deepen", "deepened", "deepening", "deepens", "enable", "enabled", "enables", "enabling",
    "exacerbate", "exacerbated", "exacerbates", "exacerbating", "face", "faced", "faces",
    "facing", "foster", "fostered", "fostering", "fosters", "generate", "generated",
    "generates", "generating", "heighten", "heightened", "heightening", "heightens", "prompt",
    "prompted", "prompting", "prompts", "prove", "proved", "proves", "proving", "raise",
    "raised", "raises", "stoke", "stoked", "stokes", "stoking",
];

/// Outcome nouns VADER lacks that news uses for an unwanted (−) or wanted (+) state of
/// affairs between actors: rated ±1.5 on VADER's scale (a moderate word, "worries" −1.8).
/// Criterion: the word names a state that is bad or good whoever is involved (not an event
/// or a topic such as "talks", "summit", "war").
/// As an outcome, "challenges" are difficulties (VADER's +0.3 reads "a challenge" as a
/// contest) and "questions" doubts ("raises questions about …"): these ratings take
/// precedence over VADER's inside an outcome.
const OUTCOMES: &[(&str, f32)] = &[
    ("backlash", -1.5), ("challenge", -1.5), ("challenges", -1.5), ("concern", -1.5),
    ("concerns", -1.5), ("consequences", -1.5), ("cooperation", 1.5), ("credibility", 1.5),
    ("escalation", -1.5), ("flashpoint", -1.5), ("friction", -1.5), ("hurdles", -1.5),
    ("instability", -1.5), ("opposition", -1.5), ("partnership", 1.5), ("partnerships", 1.5),
    ("prosperity", 1.5), ("questions", -1.5), ("repercussions", -1.5), ("resistance", -1.5),
    ("rift", -1.5), ("rifts", -1.5), ("setback", -1.5), ("setbacks", -1.5),
    ("stability", 1.5),
];

/// Words that end an outcome phrase: prepositions that do not introduce its content ("concerns
/// *about* instability" goes on, "apprehensions *regarding* the United States" stops),
/// relative pronouns and subordinators.
const OUTCOME_EDGES: &[&str] = &[
    "across", "among", "as", "at", "because", "between", "by", "concerning", "despite",
    "during", "from", "including", "on", "regarding", "since", "than", "that", "through",
    "toward", "towards", "when", "which", "while", "who", "with",
];

/// Prepositions that end an outcome's head and open its complement.
const HEAD_PREPS: &[&str] = &["about", "for", "in", "into", "of", "over", "to"];

/// Degree adjectives: in an outcome they say how much, not how good ("*significant*
/// challenges"; VADER rates "significant" +0.8), so their own valence is not counted.
const DEGREE: &[&str] = &[
    "considerable", "great", "greater", "huge", "major", "massive", "serious", "significant",
    "substantial", "vast",
];

/// Compose's reversers that are nouns or prepositions ("resilience *against* threats", "the
/// *risk* of"), not a verb the subject does: no trigger here.
const NOT_HARM_VERBS: &[&str] = &[
    "absence", "against", "blow", "collapse", "danger", "dangers", "decline", "end",
    "erosion", "lack", "loss", "risk", "risks", "threat", "threats",
];

/// Adjectives of necessity in "it is … (for X) to …" (deontic modality: the author
/// prescribes).
const NECESSITY: &[&str] = &["crucial", "essential", "imperative", "important", "necessary", "vital"];

/// Verbs after "it is essential to" that direct the reader's attention (engagement markers,
/// Hyland 2005: "it is important to note that …"), not an action the author prescribes.
const ATTENTION: &[&str] = &[
    "acknowledge", "bear", "consider", "emphasise", "emphasize", "highlight", "mention", "note",
    "point", "realise", "realize", "recall", "recognise", "recognize", "remember", "stress",
    "understand",
];

/// Words that open another clause inside the subject scan ("X said *that* …", "the report
/// *which* X wrote …"): the mention is not the subject of a verb after them.
const CLAUSE_OPENERS: &[&str] = &[
    "although", "because", "if", "that", "though", "when", "where", "whether", "which", "while",
    "who", "whom", "whose",
];

/// Verbs of aim and intention, followed by "to".
const AIM_VERBS: &[&str] = &[
    "aim", "aimed", "aiming", "aims", "endeavor", "endeavored", "endeavoring", "endeavors",
    "endeavour", "endeavoured", "endeavours", "intend", "intended", "intends", "seek", "seeking",
    "seeks", "sought", "strive", "strives", "striving", "strove",
];

/// Attitude words whose "among X" names who holds the attitude, with the attitude's sign.
const ATTITUDES: &[(&str, i8)] = &[
    ("alarm", -1), ("anger", -1), ("anxiety", -1), ("apprehension", -1), ("apprehensions", -1),
    ("concern", -1), ("concerns", -1), ("discontent", -1), ("dismay", -1), ("doubts", -1),
    ("enthusiasm", 1), ("fear", -1), ("fears", -1), ("frustration", -1), ("opposition", -1),
    ("outrage", -1), ("popular", 1), ("popularity", 1), ("resentment", -1), ("scepticism", -1),
    ("skepticism", -1), ("support", 1), ("unease", -1), ("unpopular", -1), ("worries", -1),
    ("worry", -1),
];

/// Event nouns that, as "…, a move that …", restate the preceding clause.
const EVENT_NOUNS: &[&str] = &["decision", "development", "move", "plan", "step"];

/// Largest number of units between the end of a subject mention and its verb.
const SUBJECT_SPAN: usize = 10;
/// Outcome words read after an outcome verb, at most (as compose's reverser scope).
const OUTCOME_SCOPE: usize = 6;
/// Smallest |outcome valence| (VADER scale / 4, as compose scales it) that decides the side.
const MIN_OUTCOME: f32 = 0.2;

/// What a mention's clause says about how to read it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Frame {
    /// No construction found: the model's reading stands.
    Plain,
    /// The mention is the cause of an outcome of this valence (−1 … 1 per word, summed).
    Consequence(f32),
    /// The mention is in what the author calls necessary (+1: "it is imperative for X to …")
    /// or its rejected alternative (−1: "… rather than X").
    Necessity(i8),
    /// The mention is the subject or object of a stated aim.
    Aim,
    /// The mention holds an attitude of this sign ("concerns among X": −1).
    Experiencer(i8),
}

/// A clause edge: punctuation, but not a possessive `'s` (a hyphen inside a word,
/// "Asia-Pacific", comes marked as no punctuation).
fn is_edge(units: &[&str], punct: &[bool], i: usize) -> bool {
    punct[i] && !matches!(units[i], "'s" | "'")
}

// Word classes of the lists above, one bit each, so each word is looked up once.
const OUTCOME_VERB: u16 = 1 << 0;
const OUTCOME_EDGE: u16 = 1 << 1;
const HEAD_PREP: u16 = 1 << 2;
const CLAUSE_OPENER: u16 = 1 << 3;
const DEGREE_WORD: u16 = 1 << 4;
const NOT_HARM: u16 = 1 << 5;
const NECESSITY_WORD: u16 = 1 << 6;
const ATTENTION_WORD: u16 = 1 << 7;
const AIM_VERB: u16 = 1 << 8;
const EVENT_NOUN: u16 = 1 << 9;

/// Each list with its class bit: [`super::facts::Facts::classes`] holds the bits of the
/// lists a word is in, so a sentence's words are looked up once for all lists.
pub(super) fn class_lists() -> [(&'static [&'static str], u16); 11] {
    [
        (OUTCOME_VERBS, OUTCOME_VERB),
        (super::compose::CAUSATIVES, OUTCOME_VERB),
        (OUTCOME_EDGES, OUTCOME_EDGE),
        (HEAD_PREPS, HEAD_PREP),
        (CLAUSE_OPENERS, CLAUSE_OPENER),
        (DEGREE, DEGREE_WORD),
        (NOT_HARM_VERBS, NOT_HARM),
        (NECESSITY, NECESSITY_WORD),
        (ATTENTION, ATTENTION_WORD),
        (AIM_VERBS, AIM_VERB),
        (EVENT_NOUNS, EVENT_NOUN),
    ]
}

fn outcome_valence(w: &str) -> Option<f32> {
    OUTCOMES.binary_search_by(|(k, _)| k.cmp(&w)).ok().map(|i| OUTCOMES[i].1)
}

/// The frame of the mention at units `ts..te` of a sentence (`units`: word norms and
/// punctuation marks; `punct[i]`: unit `i` is punctuation; `val`: compose's valences;
/// `fx`: each unit's word facts, [`super::facts::of`] (any value for punctuation); `named`:
/// the mention is capitalised, a name that can act and speak).
pub fn frame(units: &[&str], punct: &[bool], val: &Valences, fx: &[Facts], ts: usize, te: usize, named: bool) -> Frame {
    if ts >= te || te > units.len() {
        return Frame::Plain;
    }
    if let Some(sign) = experiencer(units, punct, ts) {
        return Frame::Experiencer(sign);
    }
    if let Some(v) = consequence(units, punct, val, fx, ts, te, named) {
        return Frame::Consequence(v);
    }
    if let Some(sign) = necessity(units, punct, fx, ts) {
        return Frame::Necessity(sign);
    }
    if aim(units, punct, fx, ts, te) {
        return Frame::Aim;
    }
    Frame::Plain
}

/// "concerns among [the] X": "among" right before the mention (or before one determiner),
/// an attitude word at most 3 words before "among"; the attitude's sign.
fn experiencer(units: &[&str], punct: &[bool], ts: usize) -> Option<i8> {
    let among = match ts.checked_sub(1) {
        Some(i) if units[i] == "among" => i,
        Some(i) if i >= 1 && units[i - 1] == "among" && matches!(units[i], "the" | "its" | "their" | "some" | "many") => i - 1,
        _ => return None,
    };
    (among.saturating_sub(3)..among)
        .rev()
        .take_while(|&i| !is_edge(units, punct, i))
        .find_map(|i| ATTITUDES.binary_search_by(|(k, _)| k.cmp(&units[i])).ok().map(|k| ATTITUDES[k].1))
}

/// The valence of the outcome of a causative predicate whose subject holds the mention.
fn consequence(units: &[&str], punct: &[bool], val: &Valences, fx: &[Facts], ts: usize, te: usize, named: bool) -> Option<f32> {
    let edge = |i: usize| is_edge(units, punct, i);
    // The verb after the mention in its clause, close enough for the mention to be in its subject.
    let end = (te..units.len()).find(|&i| edge(i)).unwrap_or(units.len());
    // A parenthetical addition inside the subject ("X, along with Y, is likely to …") is
    // passed over: the verb after it is the subject's.
    let mut more = 0..0;
    if units.get(end) == Some(&",") {
        if let ["along" | "together", "with", ..] | ["as", "well", "as", ..] = &units[end + 1..units.len().min(end + 4)] {
            if let Some(close) = (end + 1..units.len()).find(|&i| units[i] == "," || (edge(i) && units[i] != "\"")) {
                if units[close] == "," {
                    more = close + 1..(close + 1..units.len()).find(|&i| edge(i)).unwrap_or(units.len());
                }
            }
        }
    }
    let mut words = 0;
    for i in (te..end).chain(more) {
        // A report verb makes the mention its speaker; a complementizer or relative opens
        // another clause, whose verb the mention is not the subject of.
        if fx[i].report_verb || fx[i].classes & CLAUSE_OPENER != 0 {
            break;
        }
        if named && voices(units, te, i) {
            break;
        }
        if let Some(v) = trigger(units, punct, val, fx, i) {
            return v.filter(|v| v.abs() >= MIN_OUTCOME);
        }
        words += usize::from(!punct[i]);
        if words > SUBJECT_SPAN {
            break;
        }
    }
    let end = (te..units.len()).find(|&i| edge(i)).unwrap_or(units.len());
    // A concessive clause ("Despite X's efforts, Y faces challenges") is backgrounded: the
    // main clause after it carries the author's point (Polanyi & Zaenen 2004, connectors), so
    // its outcome is read for a mention in the concession.
    if units.get(end) == Some(&",") && concessive(units, punct, ts) {
        let mut words = 0;
        for i in end + 1..units.len() {
            if is_edge(units, punct, i) {
                break;
            }
            if let Some(v) = trigger(units, punct, val, fx, i) {
                return v.filter(|v| v.abs() >= MIN_OUTCOME);
            }
            words += 1;
            if words > SUBJECT_SPAN {
                break;
            }
        }
        return None;
    }
    // Or a restating appositive after the clause ("…, a move that has sparked …", "…, which
    // led to …"): its verb comes first, and its outcome evaluates the whole clause.
    if units.get(end) != Some(&",") {
        return None;
    }
    let rel = match &units[end + 1..units.len().min(end + 5)] {
        ["which", ..] => end + 2,
        [det, _, r, ..] if matches!(*det, "a" | "an" | "the" | "this") && fx[end + 2].classes & EVENT_NOUN != 0 && matches!(*r, "that" | "which") => end + 4,
        _ => return None,
    };
    (rel..units.len().min(rel + 4))
        .take_while(|&i| !is_edge(units, punct, i))
        .find_map(|i| trigger(units, punct, val, fx, i))?
        .filter(|v| v.abs() >= MIN_OUTCOME)
}

/// "it is imperative (for X) to V …" before the mention in its clause, V not a verb of
/// attention ("it is important to *note* that …", [`ATTENTION`]): +1, or −1 when "rather
/// than" / "instead of" comes between (the rejected alternative).
fn necessity(units: &[&str], punct: &[bool], fx: &[Facts], ts: usize) -> Option<i8> {
    let start = (0..ts).rev().find(|&i| is_edge(units, punct, i)).map_or(0, |i| i + 1);
    let adj = (start..ts).find(|&j| fx[j].classes & NECESSITY_WORD != 0 && units[j.saturating_sub(3)..j].contains(&"it"))?;
    let end = (adj..units.len()).find(|&i| is_edge(units, punct, i)).unwrap_or(units.len());
    let to = (adj + 1..end).find(|&i| units[i] == "to")?;
    if fx.get(to + 1).is_some_and(|f| f.classes & ATTENTION_WORD != 0) {
        return None;
    }
    let rejected = units[adj..ts].windows(2).any(|w| matches!(w, ["rather", "than"] | ["instead", "of"]));
    Some(if rejected { -1 } else { 1 })
}

/// Whether the clause holding unit `ts` opens with a concessive subordinator ("despite",
/// "although", "though", "even though", "in spite of", "notwithstanding").
fn concessive(units: &[&str], punct: &[bool], ts: usize) -> bool {
    let start = (0..ts).rev().find(|&i| is_edge(units, punct, i)).map_or(0, |i| i + 1);
    match &units[start..ts] {
        ["despite" | "although" | "though" | "notwithstanding", ..] | ["even", "though", ..] | ["in", "spite", "of", ..] => true,
        _ => false,
    }
}

/// "Merkel raised concerns": a raising verb right after a name (only auxiliaries and adverbs
/// between) is the named actor voicing the concern, not causing it.
fn voices(units: &[&str], te: usize, i: usize) -> bool {
    matches!(units[i], "raise" | "raised" | "raises" | "raising")
        && units[te..i].iter().all(|w| {
            matches!(*w, "has" | "have" | "had" | "also" | "again" | "already" | "previously" | "repeatedly" | "publicly" | "recently")
        })
}

/// When unit `i` is an outcome verb or a reverser ("undermines stability", "a threat to
/// peace": the good at stake, flipped), the valence of what it governs (`Some(None)` when
/// that has none); `None` when it is neither.
fn trigger(units: &[&str], punct: &[bool], val: &Valences, fx: &[Facts], i: usize) -> Option<Option<f32>> {
    // Only these words can be a trigger (every test below them only rules one out).
    let candidate = fx[i].classes & OUTCOME_VERB != 0
        || fx[i].reverser
        || matches!(units[i], "have" | "has" | "had" | "having" | "raise" | "raised" | "raises" | "raising");
    if !candidate {
        return None;
    }
    // A noun ("a face in the crowd") or a passive ("allegations raised by X": the mention is
    // the outcome, not the cause) is no trigger.
    if i > 0 && matches!(units[i - 1], "a" | "an" | "the") || units.get(i + 1) == Some(&"by") {
        return None;
    }
    // "threatened to cancel", "faced to endorse": an infinitive follows, not an object.
    let infinitive = units.get(i + 1) == Some(&"to");
    if infinitive && (fx[i].reverser || units[i].starts_with("fac")) {
        return None;
    }
    // "prove" is copular only as "prove to be" or before an evaluative word.
    if matches!(units[i], "prove" | "proved" | "proves" | "proving") && !infinitive && !val.val.get(i + 1).is_some_and(|v| v.is_some()) {
        return None;
    }
    // "will have serious consequences": "have" is a causative only with these nouns (news
    // usage: unwanted effects); otherwise it is possession ("has strong ties").
    if matches!(units[i], "have" | "has" | "had" | "having") {
        let effects = (i + 1..units.len().min(i + 4))
            .take_while(|&k| !is_edge(units, punct, k))
            .any(|k| matches!(units[k], "consequences" | "repercussions"));
        return effects.then(|| outcome(units, punct, val, fx, i + 1, 1.0));
    }
    // "raised concerns" is an outcome, "raised its interest rate to 4.5 percent" a quantity:
    // "raise" needs an attitude or outcome noun right after it.
    if matches!(units[i], "raise" | "raised" | "raises" | "raising") {
        let attitude = (i + 1..units.len().min(i + 4))
            .take_while(|&k| !is_edge(units, punct, k))
            .any(|k| outcome_valence(units[k]).is_some() || ATTITUDES.binary_search_by(|(w, _)| w.cmp(&units[k])).is_ok());
        return attitude.then(|| outcome(units, punct, val, fx, i + 1, 1.0));
    }
    if fx[i].classes & OUTCOME_VERB != 0 {
        Some(outcome(units, punct, val, fx, i + 1, 1.0))
    } else if fx[i].reverser && fx[i].classes & NOT_HARM == 0 {
        // Compose has already flipped VADER's words in the reverser's scope; flip ours.
        Some(outcome(units, punct, val, fx, i + 1, -1.0))
    } else {
        None
    }
}

/// The valence of the outcome from unit `from` on (up to [`OUTCOME_SCOPE`] words, stopping
/// at punctuation and [`OUTCOME_EDGES`]): of its head ("*concerns* about stability", "*the
/// risk* of conflict") when that has one, else of its complement ("a rise in *tensions*").
/// Words are summed: [`OUTCOMES`] ratings first, times `flip` (−1 under a reverser), else
/// compose's valence; degree adjectives are skipped. `None` when no word has one.
fn outcome(units: &[&str], punct: &[bool], val: &Valences, fx: &[Facts], from: usize, flip: f32) -> Option<f32> {
    let (mut head, mut rest) = (None, None);
    let mut in_head = true;
    let mut started = false;
    for i in (from..units.len()).take(OUTCOME_SCOPE) {
        let c = fx[i].classes;
        if is_edge(units, punct, i) || c & OUTCOME_EDGE != 0 {
            break;
        }
        // Leading "to (be)", "in", "of" belong to the verb ("lead to", "result in", "prove to be").
        if c & HEAD_PREP != 0 || units[i] == "be" {
            if started {
                in_head = false;
            }
            continue;
        }
        started = true;
        if c & DEGREE_WORD != 0 {
            continue;
        }
        let v = outcome_valence(units[i]).map(|v| flip * v / 4.0).or(val.val[i]);
        if let Some(v) = v {
            *(if in_head { &mut head } else { &mut rest }).get_or_insert(0.0) += v;
        }
    }
    head.or(rest)
}

/// The mention is the subject of an aim verb ("NATO aims to …", "NATO has endeavored to …")
/// or lies in the complement of one ("seeks to expand the presence of NATO").
fn aim(units: &[&str], punct: &[bool], fx: &[Facts], ts: usize, te: usize) -> bool {
    let is_aim = |i: usize| fx[i].classes & AIM_VERB != 0 && units.get(i + 1) == Some(&"to");
    // Subject: the aim verb follows within the clause.
    let after = (te..units.len().min(te + 1 + SUBJECT_SPAN / 2)).take_while(|&i| !is_edge(units, punct, i)).any(is_aim);
    // Complement: an aim verb before the mention, within the clause.
    let before = (ts.saturating_sub(SUBJECT_SPAN)..ts).rev().take_while(|&i| !is_edge(units, punct, i)).any(is_aim);
    after || before
}

/// The model's logits `[against, none, favor]` for a mention, read in its frame: a
/// consequence decides the side by its outcome's sign; a stated aim cannot come out favor;
/// an experiencer cannot take the side of its own attitude (the attitude is not about it).
pub fn adjust(z: [f64; 3], frame: Frame) -> [f64; 3] {
    let [a, n, f] = z;
    match frame {
        Frame::Plain => z,
        Frame::Consequence(v) => {
            let top = a.max(n).max(f) + 1.0;
            if v < 0.0 {
                [top, n, f]
            } else {
                [a, n, top]
            }
        }
        Frame::Necessity(s) => adjust(z, Frame::Consequence(f32::from(s))),
        Frame::Aim if f > a && f > n => [a, f + 1.0, f],
        Frame::Aim => z,
        Frame::Experiencer(s) if s < 0 && a > f && a > n => [a, a + 1.0, f],
        Frame::Experiencer(s) if s > 0 && f > a && f > n => [a, f + 1.0, f],
        Frame::Experiencer(_) => z,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_classes_come_with_the_facts() {
        // Every listed word has its list's class in its facts, and only listed words do.
        let is = |w: &str, class: u16| super::super::facts::of(w).classes & class != 0;
        for (list, class) in class_lists() {
            assert!(!list.is_empty());
            for w in list {
                assert!(is(w, class), "{w}");
                assert!(!is(&format!("{w}zq"), class), "{w}zq");
            }
        }
        assert!(is("led", OUTCOME_VERB) && is("to", HEAD_PREP) && !is("to", OUTCOME_VERB) && !is("peace", u16::MAX));
    }

    #[test]
    fn lists_are_sorted() {
        for l in [OUTCOME_VERBS, OUTCOME_EDGES, HEAD_PREPS, CLAUSE_OPENERS, DEGREE, NOT_HARM_VERBS, NECESSITY, ATTENTION, AIM_VERBS, EVENT_NOUNS] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
        }
        assert!(OUTCOMES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(ATTITUDES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn adjust_keeps_plain_and_decides_frames() {
        let z = [0.2, 0.1, 0.9];
        assert_eq!(adjust(z, Frame::Plain), z);
        let side = |z: [f64; 3]| (0..3).max_by(|&a, &b| z[a].total_cmp(&z[b])).unwrap();
        assert_eq!(side(adjust(z, Frame::Consequence(-0.4))), 0);
        assert_eq!(side(adjust([0.9, 0.1, 0.2], Frame::Consequence(0.4))), 2);
        assert_eq!(side(adjust(z, Frame::Aim)), 1);
        // An imputed bad aim stays against.
        assert_eq!(side(adjust([0.9, 0.1, 0.2], Frame::Aim)), 0);
        assert_eq!(side(adjust([0.9, 0.1, 0.2], Frame::Experiencer(-1))), 1);
        // Concerns among X say nothing about X either way: a favourable reading stays.
        assert_eq!(side(adjust(z, Frame::Experiencer(-1))), 2);
    }

    /// The frame of the first mention of `word` in `sentence` (sentences from other stories).
    fn frame_of(sentence: &str, word: &str) -> Frame {
        let mut toks = Vec::new();
        crate::segment::tokenize(sentence, 0..sentence.len(), &mut toks);
        let at = sentence.find(word).unwrap();
        let m = toks.iter().position(|t| t.range.start >= at).unwrap();
        let n = toks[m..].iter().take_while(|t| t.range.end <= at + word.len()).count().max(1);
        let units = crate::stance::features::Units::new(sentence, &toks);
        units.frame(m..m + n)
    }

    fn side(sentence: &str, word: &str) -> &'static str {
        let at = sentence.find(word).unwrap();
        crate::stance::score_span(sentence, at..at + word.len(), crate::stance::Method::Model).label
    }

    #[test]
    fn a_subject_is_evaluated_by_its_outcome() {
        let neg = |s: &str, w: &str| matches!(frame_of(s, w), Frame::Consequence(v) if v < 0.0);
        let pos = |s: &str, w: &str| matches!(frame_of(s, w), Frame::Consequence(v) if v > 0.0);
        assert!(neg("The mayor's congestion charge has raised concerns about rising prices.", "congestion"));
        assert!(neg("Beijing's plan to build the dam will create more worries downstream.", "Beijing"));
        assert!(neg("The pipeline will prove to be a flashpoint in the region.", "pipeline"));
        assert!(pos("The merger will foster closer cooperation between the two airlines.", "merger"));
        assert!(pos("The Senate deal could bring stability to the bond market.", "Senate"));
        // Harm verbs: the good at stake, flipped; difficulties faced.
        assert!(neg("The new levy has the potential to erode the bank's credibility with investors.", "levy"));
        assert!(neg("The ruling party's reform faces significant challenges in the Senate.", "reform"));
        assert!(pos("The ceasefire deal will reduce tensions along the border.", "ceasefire"));
        // Every form of an outcome verb, compose's causatives and frames' own: "-ing" too.
        assert!(neg("The new tariff is fueling worries among steel makers.", "tariff"));
        assert!(neg("The governor's veto is leading to concerns about the budget.", "governor"));
        assert!(neg("The rail strike is causing anger in the suburbs.", "strike"));
        assert!(neg("The mining dispute is deepening the rift between the two parties.", "mining"));
        assert!(pos("The trade pact is fostering closer cooperation between the ports.", "trade pact"));
        assert!(neg("The stadium plan is proving to be a flashpoint in the city.", "stadium"));
        // A preposition among the reversers is not a harm the subject does.
        assert!(!neg("The agency can help farmers build resilience against droughts and floods.", "agency"));
        // "raise" an attitude, not a quantity.
        assert_eq!(frame_of("The Bank of Norland raised its key interest rate to 4.5 percent.", "Bank"), Frame::Plain);
        // "have consequences" is an outcome; "have ties" is possession.
        assert!(neg("The court's ruling could have serious consequences for small farms.", "court"));
        assert_eq!(frame_of("The alliance has strong ties with its neighbours.", "alliance"), Frame::Plain);
        // A parenthetical addition to the subject is passed over.
        assert!(neg("The new border rules, along with the tariffs on steel, are likely to exacerbate tensions.", "border"));
        // The clause restated by an appositive: "…, a move that …".
        assert!(neg("The council approved the stadium subsidy, a move that sparked anger in the suburbs.", "council"));
        // The mention after the verb is not its subject; an outcome without valence decides nothing.
        assert_eq!(frame_of("The storm has raised concerns for the Red Cross.", "Red Cross"), Frame::Plain);
        assert_eq!(frame_of("The ministry will create a new office next year.", "ministry"), Frame::Plain);
        // The outcome stops at a preposition that does not carry its content.
        assert_eq!(frame_of("The ruling brought news regarding the united front.", "ruling"), Frame::Plain);
        // The head of the outcome decides, not its complement.
        assert!(neg("Pelosi's remarks raised questions about the credibility of the party.", "Pelosi"));
        assert!(neg("The tariff will lead to a rise in tensions.", "tariff"));
        // A hyphen inside a word is no clause edge; a dash is.
        assert!(neg("This push to extend Beijing's reach into the Indo-Pacific will create more worries.", "Beijing"));
        assert_eq!(frame_of("Officials sanctioned Maduro — and others — to bring stability.", "Maduro"), Frame::Plain);
        // A name before "raised concerns" voices them; a report verb makes the mention a speaker;
        // "threatened to" takes an infinitive, not an object.
        assert_eq!(frame_of("Merkel had previously raised concerns over the allegations.", "Merkel"), Frame::Plain);
        assert_eq!(frame_of("Sigler said it would be difficult to prove any criminal charges.", "Sigler"), Frame::Plain);
        assert_eq!(frame_of("Lewandowski had threatened to ramp up the attacks.", "Lewandowski"), Frame::Plain);
        // A noun, a passive.
        assert_eq!(frame_of("Ryan's mom a face in Medicare wars", "Ryan"), Frame::Plain);
        assert_eq!(frame_of("The allegations against Lee raised by Ford were damaging.", "Lee"), Frame::Plain);
        // And the side follows the outcome, whatever the words around the mention.
        assert_eq!(side("The union's strong and popular campaign has sparked concerns about delays.", "union"), "against");
        assert_eq!(side("The troubled airline's merger will foster cooperation.", "airline"), "favor");
    }

    #[test]
    fn the_cause_decides_over_mentions_inside_its_outcome() {
        // Two mentions of "the union": the subject causes the outcome, the second is inside it.
        let text = "The union's strike will foster cooperation between the union and the hated management.";
        let mut toks = Vec::new();
        crate::segment::tokenize(text, 0..text.len(), &mut toks);
        let target = crate::analysis::Target { label: "union".into(), aliases: Vec::new(), auto: false, main: false };
        let st = crate::stance::sentence_stance(text, &toks, 0..toks.len(), &[], &[target], &None, &[]);
        assert_eq!(crate::analysis::stance_label(st[0].score), "favor");
    }

    #[test]
    fn a_concession_is_read_through_its_main_clause() {
        let f = frame_of("Despite the ministry's efforts to reassure investors, the bond sale faces serious hurdles.", "ministry");
        assert!(matches!(f, Frame::Consequence(v) if v < 0.0), "{f:?}");
        let f = frame_of("Although Uber's drivers protested, the new rules will bring stability to the market.", "Uber");
        assert!(matches!(f, Frame::Consequence(v) if v > 0.0), "{f:?}");
        // Not a concession: the main clause's outcome is not the mention's.
        assert_eq!(frame_of("Because of Uber's lobbying, the new rules will bring stability.", "Uber"), Frame::Plain);
    }

    #[test]
    fn necessity_is_endorsement() {
        assert_eq!(frame_of("Hence, it is imperative for the EU to strengthen its border agency.", "EU"), Frame::Necessity(1));
        assert_eq!(frame_of("It is essential to fund the health service properly.", "health service"), Frame::Necessity(1));
        assert_eq!(
            frame_of("It is vital for cities to invest in buses rather than expanding the motorway network.", "motorway"),
            Frame::Necessity(-1)
        );
        // Attention, not prescription.
        assert_eq!(frame_of("It is important to note that the EU is a trading bloc.", "EU"), Frame::Plain);
        assert_eq!(frame_of("It is essential to bear in mind that the EU is a trading bloc.", "EU"), Frame::Plain);
        assert_eq!(side("Hence, it is imperative for the EU to strengthen its border agency.", "EU"), "favor");
    }

    #[test]
    fn a_stated_aim_is_not_a_merit() {
        assert_eq!(frame_of("The company aims to improve safety and win back public trust.", "company"), Frame::Aim);
        assert_eq!(frame_of("The government seeks to expand the role of the World Bank.", "World Bank"), Frame::Aim);
        assert_eq!(frame_of("The company has endeavored to improve safety.", "company"), Frame::Aim);
        assert_eq!(frame_of("The company's plans are underway, and it hired staff.", "company"), Frame::Plain);
        assert_ne!(side("The company aims to improve safety and win back public trust.", "company"), "favor");
    }

    #[test]
    fn an_experiencer_is_not_evaluated_by_its_attitude() {
        assert_eq!(frame_of("The strike has caused frustration among commuters.", "commuters"), Frame::Experiencer(-1));
        assert_eq!(frame_of("The reform proved popular among the farmers.", "farmers"), Frame::Experiencer(1));
        assert_eq!(frame_of("Divisions among the farmers grew.", "farmers"), Frame::Plain);
        assert_ne!(side("The price rises have caused anger and frustration among pensioners.", "pensioners"), "against");
    }
}
