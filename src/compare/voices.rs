//! Voices: who the articles let speak — quotation speakers and the holders of reported
//! sentences — with one name per person across articles.
//!
//! A name is reduced to its core: leading roles and titles are dropped ("NATO
//! Secretary-General Jens Stoltenberg" → "Jens Stoltenberg", "Foreign Ministry spokesperson
//! Lin Jian" → "Lin Jian"). Cores that end in the same word are one person when their
//! first names agree (equal, or one is the other's initial); a bare surname joins the
//! person of that surname quoted in the same article, else the most quoted one. A single
//! word that is the first word of exactly one longer name joins it too ("Xi" → "Xi
//! Jinping"). A name whose last word is a role or lowercase ("China's Foreign Ministry",
//! "experts") is an institution or group, kept whole. The canonical name is the most common
//! full core. Counts are sentences voiced by the person, plus quotations in sentences not
//! already counted for them.

use super::Voice;
use crate::analysis::Article;
use crate::lexicon::is_stopword;
use crate::text::fold_char;
use rustc_hash::FxHashMap;

/// Role and title words that precede a name (general English, lowercase, no final dot).
const ROLES: &[&str] = &[
    "president", "vice", "prime", "minister", "ministry", "secretary", "secretary-general",
    "general", "foreign", "defense", "defence", "state", "interior", "finance", "affairs",
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "chief", "director", "head",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor",
    "gov", "mayor", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
    "lord", "ambassador", "envoy", "chairman", "chairwoman", "chair", "chairperson", "ceo",
    "deputy", "acting", "former", "senior", "councilor", "councillor", "counselor",
    "national", "commander", "admiral", "adm", "colonel", "col", "lieutenant", "lt",
    "captain", "capt", "sergeant", "sgt", "major", "officer", "official", "leader", "king",
    "queen", "prince", "princess", "pope", "chancellor", "judge", "justice", "attorney",
    "analyst", "expert", "researcher", "fellow", "editor", "correspondent", "reporter",
    "author", "founder", "executive", "manager", "member", "premier", "emperor", "sheikh",
    "council", "department", "office", "agency", "committee", "commission", "assembly",
    "first", "lady", "gentleman", "crown", "supreme", "grand", "high",
];

/// Lowercase particles inside names ("Ursula von der Leyen").
const PARTICLES: &[&str] = &["von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das", "la", "le", "bin", "al", "ibn"];

const DETERMINERS: &[&str] = &["the", "a", "an"];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"];

/// A speaker name reduced to its core.
#[derive(Debug, Clone, PartialEq)]
struct Name {
    /// Display form of the core.
    core: String,
    /// Lowercase words of the core.
    words: Vec<String>,
    /// An institution or group (kept whole, never merged by surname).
    whole: bool,
}

fn is_role(word: &str) -> bool {
    ROLES.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The core of a raw speaker string, or `None` for pronouns and empty strings.
fn core(raw: &str) -> Option<Name> {
    let folded: String = raw.chars().map(fold_char).collect();
    let trimmed = folded.trim_matches(|c: char| !c.is_alphanumeric());
    let trimmed = trimmed.strip_suffix("'s").unwrap_or(trimmed);
    let mut words: Vec<&str> = trimmed.split_whitespace().map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '"' | '(' | ')'))).filter(|w| !w.is_empty()).collect();
    while words.first().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str())) {
        words.remove(0);
    }
    // Pronouns and function words ("However") are not names.
    if words.is_empty() || (words.len() == 1 && (PRONOUNS.contains(&words[0].to_lowercase().as_str()) || is_stopword(&words[0].to_lowercase()))) {
        return None;
    }
    // Scan back from the end over capitalised non-role words (and inner particles).
    let mut start = words.len();
    while start > 0 {
        let w = words[start - 1];
        let lower = w.to_lowercase();
        let acronym = w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.');
        let ok = if capitalised(w) {
            !(is_role(w) || acronym && start < words.len())
        } else {
            // A particle needs a given name before it (past any other particles).
            let before = words[..start - 1].iter().rev().find(|w| !PARTICLES.contains(&w.to_lowercase().as_str()));
            PARTICLES.contains(&lower.as_str()) && start < words.len() && before.is_some_and(|w| capitalised(w) && !is_role(w))
        };
        if !ok {
            break;
        }
        start -= 1;
    }
    let (kept, whole) = if start == words.len() { (&words[..], true) } else { (&words[start..], false) };
    let core = kept.join(" ");
    let lower: Vec<String> = kept.iter().map(|w| w.trim_end_matches('.').to_lowercase()).collect();
    Some(Name { core, words: lower, whole })
}

/// First names compatible: equal, or one is the other's initial.
fn same_first(x: &str, y: &str) -> bool {
    x == y || (x.chars().count() == 1 && y.starts_with(x)) || (y.chars().count() == 1 && x.starts_with(y))
}

/// Voices across `articles`, most heard first.
pub(crate) fn collect(articles: &[Article]) -> Vec<Voice> {
    // Every mention: (article, sentence index, name).
    let mut mentions: Vec<(usize, usize, Name)> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (si, s) in a.sentences.iter().enumerate() {
            if let Some(n) = s.holder.as_deref().and_then(core) {
                mentions.push((ai, si, n));
            }
        }
        for q in &a.quotes {
            if let Some(n) = q.speaker.as_deref().and_then(core) {
                let si = a.sentences.partition_point(|s| s.range.end <= q.range.start);
                mentions.push((ai, si, n));
            }
        }
    }
    // Distinct names and their frequency, in first-seen order.
    let mut names: Vec<(Name, usize)> = Vec::new();
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    let mut mention_name: Vec<usize> = Vec::with_capacity(mentions.len());
    for (_, _, n) in &mentions {
        let key = format!("{}|{}", n.whole, n.core);
        let k = *index.entry(key).or_insert_with(|| {
            names.push((n.clone(), 0));
            names.len() - 1
        });
        names[k].1 += 1;
        mention_name.push(k);
    }
    let person = resolve(&names, &mentions, &mention_name);
    // Count per person and article: a sentence counts once per person.
    let mut seen: Vec<(usize, usize, usize)> = mentions.iter().zip(&mention_name).map(|((a, s, _), &k)| (person[k][a], *a, *s)).collect();
    crate::order::sort(&mut seen);
    seen.dedup();
    let display = canonical(&names, &person);
    let mut voices: Vec<Voice> = Vec::new();
    let mut voice_of: FxHashMap<usize, usize> = FxHashMap::default();
    for &(p, a, _) in &seen {
        let v = *voice_of.entry(p).or_insert_with(|| {
            voices.push(Voice { name: display[&p].clone(), counts: vec![0; articles.len()] });
            voices.len() - 1
        });
        voices[v].counts[a] += 1;
    }
    crate::order::sort_by(&mut voices, |x, y| y.counts.iter().sum::<usize>().cmp(&x.counts.iter().sum::<usize>()).then(x.name.cmp(&y.name)));
    voices
}

/// For each distinct name and article, the person (a representative name index) it denotes.
fn resolve(names: &[(Name, usize)], mentions: &[(usize, usize, Name)], mention_name: &[usize]) -> Vec<FxHashMap<usize, usize>> {
    let n = names.len();
    // Full names (two words or more): one person per (surname, compatible first name).
    let mut rep: Vec<usize> = (0..n).collect();
    let mut by_surname: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut by_first: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for k in (0..n).filter(|&k| !names[k].0.whole && names[k].0.words.len() >= 2) {
        let words = &names[k].0.words;
        let group = by_surname.entry(words[words.len() - 1].as_str()).or_default();
        if let Some(&m) = group.iter().find(|&&m| rep[m] == m && same_first(&words[0], &names[m].0.words[0])) {
            rep[k] = m;
        }
        group.push(k);
        by_first.entry(words[0].as_str()).or_default().push(k);
    }
    let mut weight = vec![0usize; n];
    for group in by_surname.values() {
        for &k in group {
            weight[rep[k]] += names[k].1;
        }
    }
    // Articles per name, and people per article.
    let mut name_articles: Vec<Vec<usize>> = vec![Vec::new(); n];
    for ((a, _, _), &k) in mentions.iter().zip(mention_name) {
        if name_articles[k].last() != Some(a) {
            name_articles[k].push(*a);
        }
    }
    let mut present: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    for (k, arts) in name_articles.iter().enumerate() {
        if names[k].0.words.len() >= 2 && !names[k].0.whole {
            present.extend(arts.iter().map(|&a| (rep[k], a)));
        }
    }
    let reps_of = |ks: Option<&Vec<usize>>| {
        let mut v: Vec<usize> = ks.map(|ks| ks.iter().map(|&k| rep[k]).collect()).unwrap_or_default();
        crate::order::sort(&mut v);
        v.dedup();
        v
    };
    let mut out: Vec<FxHashMap<usize, usize>> = vec![FxHashMap::default(); n];
    for k in 0..n {
        let name = &names[k].0;
        // A bare word: people of that surname, else the one person whose name it starts.
        let people = if !name.whole && name.words.len() == 1 {
            let w = name.words[0].as_str();
            let p = reps_of(by_surname.get(w));
            if p.is_empty() {
                Some(reps_of(by_first.get(w))).filter(|p| p.len() == 1).unwrap_or_default()
            } else {
                p
            }
        } else {
            Vec::new()
        };
        for &a in &name_articles[k] {
            // Prefer the person quoted in the same article, then the most quoted.
            let p = people.iter().copied().max_by_key(|&p| (present.contains(&(p, a)), weight[p], std::cmp::Reverse(p))).unwrap_or(rep[k]);
            out[k].insert(a, p);
        }
    }
    out
}

/// The canonical display name of each person: the most common full core among the names
/// resolved to it (ties: longer, then alphabetical).
fn canonical(names: &[(Name, usize)], person: &[FxHashMap<usize, usize>]) -> FxHashMap<usize, String> {
    let mut best: FxHashMap<usize, (usize, usize, usize, &str)> = FxHashMap::default();
    for (k, (name, count)) in names.iter().enumerate() {
        let full = usize::from(name.words.len() >= 2 || name.whole);
        let key = (full, *count, name.core.len(), name.core.as_str());
        let mut people: Vec<usize> = person[k].values().copied().collect();
        crate::order::sort(&mut people);
        people.dedup();
        for p in people {
            let b = best.entry(p).or_insert(key);
            if (key.0, key.1, key.2) > (b.0, b.1, b.2) || ((key.0, key.1, key.2) == (b.0, b.1, b.2) && key.3 < b.3) {
                *b = key;
            }
        }
    }
    best.into_iter().map(|(p, b)| (p, b.3.to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> String {
        core(s).map(|n| n.core).unwrap_or_default()
    }

    #[test]
    fn cores_drop_roles() {
        assert_eq!(c("NATO Secretary-General Jens Stoltenberg"), "Jens Stoltenberg");
        assert_eq!(c("Chinese Foreign Ministry spokesperson Lin Jian"), "Lin Jian");
        assert_eq!(c("Japanese Prime Minister Fumio Kishida’s"), "Fumio Kishida");
        assert_eq!(c("the U.S. President Joe Biden"), "Joe Biden");
        assert_eq!(c("Commission President Ursula von der Leyen"), "Ursula von der Leyen");
        assert_eq!(c("Mr. Biden"), "Biden");
        assert_eq!(c("China's Foreign Ministry"), "China's Foreign Ministry");
        assert_eq!(c("experts"), "experts");
        assert_eq!(c("NATO"), "NATO");
        assert_eq!(c("he"), "");
        assert_eq!(c("However"), "");
        assert!(core("China's Foreign Ministry").unwrap().whole);
    }

    #[test]
    fn initials_match_first_names() {
        assert!(same_first("j", "jens") && same_first("jens", "jens") && !same_first("jens", "jill"));
    }
}
