//! Simple coreference for targets: "he"/"she" after a named person, a capital city
//! standing for its country's government ("Tokyo is indirectly supporting …"), and a
//! clause-initial "this" pointing back at the story's event ([`demonstrative_mentions`]).
//!
//! Both are deliberately narrow (precision first; a wrong link puts a stance on the wrong
//! target):
//! - a **person** target is one the articles themselves treat as a person: a title right
//!   before a mention ("Secretary-General Jens Stoltenberg", "Mr Kishida"), or a two- or
//!   three-word capitalised name whose last word is later used alone ("Jens Stoltenberg" …
//!   "Stoltenberg said"), the way news refers to people on second mention;
//! - a subject pronoun (`he`, `she`) opening a clause refers to the person target mentioned
//!   in the previous sentence when exactly one person target was mentioned there and the
//!   pronoun's own sentence names no person target;
//! - a **capital** is a metonym for its country when it acts: not after a locative
//!   preposition ("in Tokyo"), not inside a longer name ("Tokyo Electric"), and followed by
//!   a verb-like word or a possessive ("Tokyo has", "Tokyo's push", "Beijing warned").

use crate::analysis::{Article, Target};
use crate::segment::Token;
use std::ops::Range;

/// Titles that mark the next capitalised words as a person's name.
const TITLES: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "minister",
    "secretary", "secretary-general", "senator", "sen.", "governor", "gov.", "chancellor",
    "spokesperson", "spokesman", "spokeswoman", "ceo", "chairman", "chairwoman", "chair",
    "judge", "justice", "general", "gen.", "premier", "mayor", "king", "queen", "pope",
    "ambassador", "envoy", "representative", "rep.", "professor", "prof.", "director",
    "commissioner", "leader", "lawmaker", "senior", "chief", "coach", "captain",
];

/// Capitals (and seats of government) → the country name news uses for the government.
/// Written for Parallax (public facts).
const CAPITALS: &[(&str, &str)] = &[
    ("abuja", "nigeria"), ("ankara", "turkey"), ("athens", "greece"), ("baghdad", "iraq"),
    ("beijing", "china"), ("beirut", "lebanon"), ("berlin", "germany"), ("bogota", "colombia"),
    ("brasilia", "brazil"), ("buenos aires", "argentina"), ("cairo", "egypt"), ("canberra", "australia"),
    ("caracas", "venezuela"), ("damascus", "syria"), ("dhaka", "bangladesh"), ("doha", "qatar"),
    ("hanoi", "vietnam"), ("havana", "cuba"), ("islamabad", "pakistan"), ("jakarta", "indonesia"),
    ("kabul", "afghanistan"), ("kyiv", "ukraine"), ("kiev", "ukraine"), ("london", "britain"),
    ("madrid", "spain"), ("manila", "philippines"), ("mexico city", "mexico"), ("minsk", "belarus"),
    ("moscow", "russia"), ("nairobi", "kenya"), ("new delhi", "india"), ("ottawa", "canada"),
    ("paris", "france"), ("pretoria", "south africa"), ("pyongyang", "north korea"),
    ("riyadh", "saudi arabia"), ("rome", "italy"), ("seoul", "south korea"), ("taipei", "taiwan"),
    ("tehran", "iran"), ("tokyo", "japan"), ("warsaw", "poland"), ("washington", "united states"),
    ("wellington", "new zealand"),
];

/// Other names of a country a user may type as the target.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("us", "united states"), ("u.s.", "united states"), ("usa", "united states"),
    ("america", "united states"), ("uk", "britain"), ("u.k.", "britain"),
    ("united kingdom", "britain"), ("great britain", "britain"),
];

/// Words after which a capital is a place, not an actor.
const LOCATIVE: &[&str] = &[
    "in", "at", "to", "from", "near", "into", "outside", "across", "around", "via", "over",
    "toward", "towards", "through", "within", "between", "visit", "visited", "visiting", "of",
];

/// Verb-like words after a capital that make it an actor: auxiliaries and modals.
const AUX: &[&str] = &[
    "is", "was", "has", "had", "have", "will", "would", "could", "can", "may", "might",
    "should", "must", "does", "did", "wants", "seeks", "sees", "remains", "also", "has",
];

/// The capital whose metonymic use refers to the country `label` names, if any.
pub fn capital_of(label: &str) -> Option<&'static str> {
    let l = label.trim().to_lowercase();
    let country = COUNTRY_ALIASES.iter().find(|(a, _)| *a == l).map_or(l.as_str(), |(_, c)| c);
    CAPITALS.iter().find(|(_, c)| *c == country).map(|(cap, _)| *cap)
}

/// The country a one-word capital stands for ("tokyo" → "japan"; lowercased).
pub fn country_of_capital(norm: &str) -> Option<&'static str> {
    CAPITALS.iter().find(|(cap, _)| *cap == norm && !cap.contains(' ')).map(|(_, c)| *c)
}

/// Token positions in `toks` where `capital` (one or two words) acts as its government.
pub fn metonyms(capital: &str, toks: &[Token]) -> Vec<Range<usize>> {
    let words: Vec<&str> = capital.split(' ').collect();
    let n = words.len();
    let mut out = Vec::new();
    for i in 0..toks.len().saturating_sub(n - 1) {
        if !words.iter().enumerate().all(|(k, w)| toks[i + k].cap && *toks[i + k].norm == **w) {
            continue;
        }
        if i > 0 && (LOCATIVE.contains(&&*toks[i - 1].norm) || toks[i - 1].cap) {
            continue;
        }
        let Some(next) = toks.get(i + n) else { continue };
        let acts = &*next.norm == "'s"
            || (!next.cap && (AUX.contains(&&*next.norm) || crate::lexicon::report_verb(&next.norm).is_some()
                || (next.norm.len() > 3 && (next.norm.ends_with("ed") || next.norm.ends_with('s')) && !next.norm.ends_with("ss"))));
        if acts {
            out.push(i..i + n);
        }
    }
    out
}

/// Which `targets` the articles treat as persons (see the module docs). `matcher` indexes
/// `targets` by their position ([`super::targets::Matcher::new`] over `targets.iter().enumerate()`):
/// each article is scanned once for every target, not once per target.
pub fn person_targets(targets: &[Target], articles: &[Article], matcher: &super::targets::Matcher) -> Vec<bool> {
    // An acronym ("NATO", "EU") names an organisation.
    let acronym: Vec<bool> = targets
        .iter()
        .map(|t| {
            std::iter::once(&t.label)
                .chain(&t.aliases)
                .any(|f| f.split_whitespace().any(|w| w.len() > 1 && w.chars().all(|c| !c.is_lowercase())))
        })
        .collect();
    let mut person = vec![false; targets.len()];
    for a in articles {
        if (0..targets.len()).all(|t| acronym[t] || person[t]) {
            break;
        }
        // Sorted by target, then start: one group per target mentioned in the article.
        let found = matcher.find(&a.tokens);
        for group in found.chunk_by(|x, y| x.target == y.target) {
            let t = group[0].target;
            if t >= targets.len() || acronym[t] || person[t] {
                continue;
            }
            person[t] = group.iter().any(|m| {
                let i = m.start;
                let title = |k: usize| i >= k && TITLES.contains(&&*a.tokens[i - k].norm);
                title(1) || (i >= 2 && a.tokens[i - 1].cap && title(2))
            }) || surname_reused(&targets[t], a);
        }
    }
    person
}

/// A capitalised two- or three-word name whose last word also appears alone, capitalised,
/// elsewhere in the article ("Jens Stoltenberg" … "Stoltenberg").
fn surname_reused(t: &Target, a: &Article) -> bool {
    let words: Vec<String> = t.label.split_whitespace().map(str::to_lowercase).collect();
    // Each word's `word_hash`, tested (with `cap`) before the norm is compared; `w` is a
    // suffix of `words` (all of it, or its last word).
    let hashes: Vec<u16> = words.iter().map(|w| crate::segment::word_hash(w)).collect();
    let full = |i: usize, w: &[String]| {
        let h = &hashes[words.len() - w.len()..];
        w.iter().zip(h).enumerate().all(|(k, (w, &h))| a.tokens.get(i + k).is_some_and(|x| x.cap && x.hash == h && *x.norm == **w))
    };
    if (2..=3).contains(&words.len()) {
        // One pass: every use of the whole name ends in a use of its last word, so the
        // whole name is tested only where the last word is found.
        let n = words.len();
        let last = &words[n - 1..];
        let (mut alone, mut inside) = (0, 0);
        for j in 0..a.tokens.len() {
            if full(j, last) {
                alone += 1;
                if j + 1 >= n && full(j + 1 - n, &words) {
                    inside += 1;
                }
            }
        }
        return inside > 0 && alone > inside;
    }
    if words.len() == 1 {
        // A surname given alone: some mention right after a capitalised given name.
        return (1..a.tokens.len()).any(|i| {
            let (p, t) = (&a.tokens[i - 1], &a.tokens[i]);
            full(i, &words) && p.cap && p.norm.len() > 1 && p.range.end + 1 == t.range.start
                && !crate::lexicon::is_stopword(&p.norm) && !TITLES.contains(&&*p.norm)
        });
    }
    false
}

/// Subject pronouns that may refer back to a person.
fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she")
}

/// For each sentence of `article` (token ranges `sentences`), the pronoun mentions of
/// person targets: `(target, token range into the sentence's tokens)`.
///
/// `mentioned(s)` lists the person targets named in sentence `s`.
pub fn pronoun_mentions(
    tokens: &[Token],
    sentences: &[Range<usize>],
    mentioned: impl Fn(usize) -> Vec<usize>,
) -> Vec<Vec<(usize, Range<usize>)>> {
    let mut out = vec![Vec::new(); sentences.len()];
    let mut previous: Vec<usize> = Vec::new();
    for (si, r) in sentences.iter().enumerate() {
        let here = mentioned(si);
        if here.is_empty() && previous.len() == 1 {
            let toks = &tokens[r.clone()];
            for (i, t) in toks.iter().enumerate() {
                if is_subject_pronoun(&t.norm) {
                    out[si].push((previous[0], i..i + 1));
                }
            }
        }
        previous = if here.is_empty() && !out[si].is_empty() { previous } else { here };
    }
    out
}

/// Connectives that may open a clause before an anaphoric "this" ("But this will …").
const OPENERS: &[&str] = &[
    "but", "however", "so", "thus", "yet", "and", "still", "hence", "therefore", "indeed",
    "ultimately", "instead", "now",
];

/// Verbs and modals that make a clause-initial "this"/"that" a subject pronoun.
const DEMONSTRATIVE_VERBS: &[&str] = &[
    "is", "was", "will", "would", "could", "can", "may", "might", "should", "must", "has",
    "had", "means", "meant", "marks", "marked", "signals", "shows", "showed", "represents",
    "poses", "risks", "amounts", "remains", "reflects",
];

/// Participles of attaining: "this can be *achieved* through …" refers back to a goal the
/// previous sentence names (an outcome), not to the event it reports.
const GOAL_PARTICIPLES: &[&str] = &["accomplished", "achieved", "attained", "ensured", "realised", "realized"];

/// Whether the words after a demonstrative ("can be achieved", "will be accomplished") make it
/// a goal attained.
fn names_a_goal(after: &[Token]) -> bool {
    after.iter().take(4).position(|t| &*t.norm == "be").is_some_and(|b| after.get(b + 1).is_some_and(|p| GOAL_PARTICIPLES.contains(&&*p.norm)))
}

/// For each sentence, a clause-initial demonstrative pronoun ("This will be a perilous step",
/// "But this would mean …": `this`/`that` right before a verb or modal, after at most one
/// opening connective) that refers back to the previous sentence's event, when the previous
/// sentence mentions the story's main target and this one does not (`mentioned(s)`: sentence
/// `s` mentions it): the token range of the pronoun within the sentence.
///
/// Discourse deixis (Webber 1988: "this" pointing at the event a previous clause describes):
/// deliberately narrow, one sentence back and no chains.
pub fn demonstrative_mentions(
    tokens: &[Token],
    sentences: &[Range<usize>],
    mentioned: impl Fn(usize) -> bool,
) -> Vec<Option<Range<usize>>> {
    let mut out = vec![None; sentences.len()];
    for si in 1..sentences.len() {
        if mentioned(si) || !mentioned(si - 1) {
            continue;
        }
        let toks = &tokens[sentences[si].clone()];
        let i = usize::from(toks.first().is_some_and(|t| OPENERS.contains(&&*t.norm)));
        let (Some(d), Some(v)) = (toks.get(i), toks.get(i + 1)) else { continue };
        if matches!(&*d.norm, "this" | "that") && !v.cap && DEMONSTRATIVE_VERBS.contains(&&*v.norm) && !names_a_goal(&toks[i + 1..]) {
            out[si] = Some(i..i + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        let mut t = Vec::new();
        crate::segment::tokenize(s, 0..s.len(), &mut t);
        t
    }

    #[test]
    fn capitals_act_only_as_agents() {
        assert_eq!(capital_of("Japan"), Some("tokyo"));
        assert_eq!(capital_of("U.S."), Some("washington"));
        assert_eq!(capital_of("NATO"), None);
        assert_eq!(metonyms("tokyo", &toks("So, it seems, Tokyo is indirectly supporting it.")).len(), 1);
        assert_eq!(metonyms("tokyo", &toks("Tokyo's push worries Beijing.")).len(), 1);
        assert!(metonyms("tokyo", &toks("The office in Tokyo opened.")).is_empty());
        assert!(metonyms("tokyo", &toks("Tokyo Electric said so.")).is_empty());
        assert!(metonyms("tokyo", &toks("He flew to Tokyo.")).is_empty());
        assert_eq!(metonyms("new delhi", &toks("New Delhi warned against it.")).len(), 1);
    }

    #[test]
    fn surnames_reused_alone_or_after_a_given_name() {
        let t = |label: &str| Target { label: label.into(), aliases: Vec::new(), auto: true, main: false };
        let art = |text: &str| Article::segmented("a", "s", text).unwrap();
        let a = art("Jens Stoltenberg visited Kyiv on Monday. Stoltenberg said the plan would work.");
        assert!(surname_reused(&t("Jens Stoltenberg"), &a));
        assert!(surname_reused(&t("Stoltenberg"), &a), "right after a capitalised given name");
        assert!(!surname_reused(&t("Kyiv"), &a));
        // Lowercase, or only inside the full name: not reused.
        let b = art("Jens Stoltenberg visited Kyiv on Monday. The stoltenberg plan would work.");
        assert!(!surname_reused(&t("Jens Stoltenberg"), &b));
        let c = art("Jens Stoltenberg visited Kyiv on Monday. Jens Stoltenberg said the plan would work.");
        assert!(!surname_reused(&t("Jens Stoltenberg"), &c));
        // Three words; a word of the same length and edges as the surname does not count.
        let d = art("Ursula von der Leyen spoke. Leyen said so. Ursula Von Der Loyen left.");
        assert!(!surname_reused(&t("Ursula Von Der Leyen"), &d), "four words are not checked");
        let e = art("Maria Lopez Garcia spoke. Garcia said so.");
        assert!(surname_reused(&t("Maria Lopez Garcia"), &e));
        let f = art("Maria Lopez Garcia spoke. Gorcia said so.");
        assert!(!surname_reused(&t("Maria Lopez Garcia"), &f));
        // Counted in one pass: the name twice and its surname alone once is reuse; the name
        // at the very start and end of the text, and a surname that opens the text.
        let g = art("Jens Stoltenberg spoke. Jens Stoltenberg left. Stoltenberg said so.");
        assert!(surname_reused(&t("Jens Stoltenberg"), &g));
        let h = art("Stoltenberg said so. Then Jens Stoltenberg");
        assert!(surname_reused(&t("Jens Stoltenberg"), &h));
        let i = art("Jens Stoltenberg");
        assert!(!surname_reused(&t("Jens Stoltenberg"), &i));
    }

    #[test]
    fn pronouns_follow_one_named_person() {
        let text = "Jens Stoltenberg visited. He praised the plan. She left. They met Lee and Kim. He spoke.";
        let t = toks(text);
        let sents: Vec<Range<usize>> = vec![0..3, 3..7, 7..9, 9..15, 15..17];
        let named = |s: usize| match s {
            0 => vec![0],
            3 => vec![1, 2],
            _ => vec![],
        };
        let m = pronoun_mentions(&t, &sents, named);
        assert_eq!(m[1], vec![(0, 0..1)]);
        assert_eq!(m[2], vec![(0, 0..1)], "the chain carries on while pronouns continue it");
        assert!(m[4].is_empty(), "two persons in the previous sentence: ambiguous");
    }

    #[test]
    fn this_as_a_goal_attained_is_not_the_event() {
        let text = "The alliance plans to open an office in Geneva. This can be achieved through quiet diplomacy. But this would be a mistake.";
        let t = toks(text);
        let s = crate::segment::split_sentences(text, 0..text.len());
        let ranges: Vec<Range<usize>> = {
            let mut at = 0;
            s.iter()
                .map(|r| {
                    let n = t[at..].iter().take_while(|k| k.range.start < r.end).count();
                    at += n;
                    at - n..at
                })
                .collect()
        };
        let found = demonstrative_mentions(&t, &ranges, |si| si == 0 || si == 1);
        assert_eq!(found[1], None, "a goal attained");
        assert!(found[2].is_some(), "an event evaluated");
    }

    #[test]
    fn this_refers_back_to_the_event_of_the_previous_sentence() {
        let text = "The council approved the dam. But this will flood the valley. This is a disgrace. The dam opened. That farmers left is sad. This was bad.";
        let t = toks(text);
        let sents: Vec<Range<usize>> = vec![0..5, 5..11, 11..15, 15..18, 18..23, 23..26];
        assert_eq!(t.len(), 26);
        let m = demonstrative_mentions(&t, &sents, |s| s == 0 || s == 3);
        assert_eq!(m[1], Some(1..2));
        assert_eq!(m[2], None, "no chains: only a sentence that mentions the target is pointed back to");
        assert_eq!(m[4], None, "'that' before a noun is not a pronoun subject");
        assert_eq!(m[5], None, "the previous sentence does not mention the target");
    }
}
