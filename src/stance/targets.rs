//! Targets: what stance is measured toward. User targets are taken as given; otherwise the
//! story's salient entities (capitalised names and acronyms found in most articles) and
//! topic phrases (content-word bigrams most articles share) are detected, with acronyms
//! merged into their expansions ("North Atlantic Treaty Organization" = "NATO").

use crate::analysis::{Article, Target};
use crate::lexicon::is_stopword;
use crate::segment::Token;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Capitalised words that are not names (a `match`: this runs for every capitalised token).
fn is_not_name(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "this" | "that" | "these" | "those" | "it" | "he" | "she" | "they"
            | "we" | "i" | "however" | "but" | "and" | "in" | "on" | "at" | "as" | "if" | "while"
            | "with" | "for" | "of" | "by" | "despite" | "also" | "such" | "so" | "thus"
            | "furthermore" | "additionally" | "moreover" | "hence" | "monday" | "tuesday"
            | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "january" | "february"
            | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october"
            | "november" | "december" | "mr" | "mrs" | "ms" | "dr" | "according" | "there" | "what"
            | "when"
    )
}

/// Detects up to `max` targets from `articles`.
pub fn detect(articles: &[Article], max: usize) -> Vec<Target> {
    let n = articles.len().max(1);
    // Candidates (lowercase key → display form counts, documents, mentions), counted without
    // an allocation per candidate: keys are kept in one string (`keys`), found through a map
    // from a key's hash to the candidates with that hash (`first`, `Cand::next`); a display
    // form is a range of its article's text or the key itself.
    let mut cands: Vec<Cand> = Vec::new();
    let mut keys = String::new();
    let mut first: FxHashMap<u64, u32> = FxHashMap::default();
    let mut buf = String::new();
    let hasher = rustc_hash::FxBuildHasher;
    for (doc, a) in articles.iter().enumerate() {
        let mut count = |key: &str, display: Form| {
            let h = std::hash::BuildHasher::hash_one(&hasher, key);
            let mut at = first.get(&h).copied();
            while let Some(i) = at {
                if &keys[cands[i as usize].key.clone()] == key {
                    break;
                }
                at = cands[i as usize].next;
            }
            let ci = match at {
                Some(i) => i as usize,
                None => {
                    let start = keys.len();
                    keys.push_str(key);
                    let next = first.insert(h, cands.len() as u32);
                    cands.push(Cand { key: start..keys.len(), next, form: (display, 1), mentions: 1, docs: 1, last_doc: Some(doc), more: Vec::new() });
                    return;
                }
            };
            let c = &mut cands[ci];
            c.mentions += 1;
            if c.last_doc != Some(doc) {
                c.docs += 1;
                c.last_doc = Some(doc);
            }
            let text = |f: &Form| match *f {
                Form::Key => &keys[c.key.clone()],
                Form::Text(d, ref r) => &articles[d].doc.text[r.clone()],
            };
            let shown = text(&display);
            if text(&c.form.0) == shown {
                c.form.1 += 1;
                return;
            }
            match c.more.iter_mut().find(|f| text(&f.0) == shown) {
                Some(f) => f.1 += 1,
                None => c.more.push((display, 1)),
            }
        };
        for s in &a.sentences {
            let toks = &a.tokens[s.tokens.clone()];
            entity_runs(toks, doc, &mut buf, &mut count);
            topic_bigrams(toks, &mut buf, &mut count);
        }
    }
    let min_docs = if n >= 3 { (n + 1) / 2 } else { 1 };
    // Keys and forms stay borrowed (from `keys` and the texts) until a target takes them.
    let mut cands: Vec<(&str, Counted)> = cands
        .into_iter()
        .filter(|c| c.docs >= min_docs && c.mentions >= 2 && c.key.len() > 1)
        .map(|c| {
            let key = &keys[c.key.clone()];
            let forms = std::iter::once(c.form)
                .chain(c.more)
                .map(|(f, k)| {
                    let shown = match f {
                        Form::Key => key,
                        Form::Text(d, r) => &articles[d].doc.text[r],
                    };
                    (shown, k)
                })
                .collect();
            let salience = c.docs as f64 * (1.0 + c.mentions as f64).ln();
            (key, Counted { forms, salience })
        })
        .collect();
    // Salience: spread across articles first, then frequency; names before topic phrases.
    crate::order::sort_by(&mut cands, |a, b| b.1.salience.total_cmp(&a.1.salience).then_with(|| a.0.cmp(&b.0)));
    // Names fill all but one slot; the best topic phrase ("liaison office") gets the last one.
    let is_topic = |c: &Counted| c.forms.iter().all(|f| !f.0.chars().any(char::is_uppercase));
    let best_topic = cands.iter().position(|(_, c)| is_topic(c));
    if let Some(p) = best_topic {
        let topic = cands.remove(p);
        let at = max.saturating_sub(1).min(cands.len());
        cands.insert(at, topic);
    }
    let mut targets: Vec<Target> = Vec::new();
    for (key, c) in cands {
        if targets.len() >= max {
            break;
        }
        // Skip a candidate already covered by a chosen target (alias or word overlap).
        if let Some(t) = targets.iter_mut().find(|t| covers(t, key)) {
            if !t.aliases.iter().any(|a| a == key) && key != t.label.to_lowercase() {
                t.aliases.push(key.to_string());
            }
            continue;
        }
        let label = c.forms.iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0))).map_or(key, |f| f.0).to_string();
        targets.push(Target { label, aliases: Vec::new(), auto: true, main: targets.is_empty() });
    }
    for t in &mut targets {
        t.aliases.extend(expansions(&t.label, articles));
    }
    add_definite_aliases(&mut targets, articles);
    for t in &mut targets {
        crate::order::sort(&mut t.aliases);
        t.aliases.dedup();
    }
    targets
}

/// Institutional nouns that, with "the", usually point back to a named body.
const TYPE_NOUNS: &[&str] = &[
    "alliance", "bloc", "organization", "organisation", "union", "coalition", "company", "firm",
    "agency", "party", "government", "administration", "ministry", "council", "kingdom", "republic",
    "federation", "commission", "court", "regime", "office",
];

/// "the alliance" → NATO when, across the articles, "the alliance" mostly follows a mention
/// of NATO (same sentence before it, or the previous sentence): a distributional alias.
fn add_definite_aliases(targets: &mut [Target], articles: &[Article]) {
    let mut credit: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    // Only named targets can be "the alliance"; topic phrases cannot.
    let named = Matcher::new(targets.iter().enumerate().filter(|(_, t)| t.label.chars().any(char::is_uppercase)));
    for a in articles {
        let mut last_target: Option<usize> = None;
        for s in &a.sentences {
            let toks = &a.tokens[s.tokens.clone()];
            let mut events: Vec<(usize, usize)> = Vec::new(); // (token index, target)
            events.extend(named.find(toks).into_iter().map(|m| (m.start, m.target)));
            events.sort_unstable();
            for (i, w) in toks.windows(2).enumerate() {
                if &*w[0].norm != "the" {
                    continue;
                }
                let Some(noun) = TYPE_NOUNS.iter().find(|n| **n == &*w[1].norm) else { continue };
                // The antecedent: the sentence's first (subject-like) named mention before the
                // noun phrase, else the previous sentence's.
                let before = events.iter().find(|(p, _)| *p < i).map(|e| e.1).or(last_target);
                if let Some(t) = before {
                    credit.entry(noun).or_default().resize(targets.len(), 0);
                    credit.get_mut(noun).unwrap()[t] += 1;
                }
            }
            if let Some(&(_, t)) = events.first() {
                last_target = Some(t);
            }
        }
    }
    for (noun, counts) in credit {
        let total: usize = counts.iter().sum();
        let (best, &n) = counts.iter().enumerate().max_by_key(|(i, c)| (**c, usize::MAX - i)).unwrap();
        let alias = format!("the {noun}");
        let clashes = targets.iter().any(|t| t.label.to_lowercase().split(' ').any(|w| w == noun) && t.label != targets[best].label);
        if n >= 2 && n * 10 >= total * 6 && !clashes {
            targets[best].aliases.push(alias);
        }
    }
}

/// User targets, with acronym expansions found in the text as aliases.
pub fn from_user(names: &[String], articles: &[Article]) -> Vec<Target> {
    names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .enumerate()
        .map(|(i, n)| Target { label: n.to_string(), aliases: expansions(n, articles), auto: false, main: i == 0 })
        .collect()
}

/// Nouns that name a story's event or action when referred back to.
const EVENT_NOUNS: &[&str] = &[
    "move", "moves", "step", "steps", "push", "development", "initiative", "proposal", "decision",
    "plan", "plans", "effort", "efforts", "measure", "measures", "expansion", "outreach", "deal",
    "agreement", "policy", "action", "actions", "announcement", "venture", "undertaking",
];

/// Anaphoric references to the story's event: "this move", "such incendiary steps",
/// "these measures", "the decision" (a demonstrative, `such` or `the`, up to two modifiers,
/// an event noun) — token ranges in `toks`. "the" counts only right before the noun.
pub fn event_anaphors(toks: &[Token]) -> Vec<std::ops::Range<usize>> {
    // Most words are ruled out by their word hash, without scanning the list.
    static NOUNS: std::sync::OnceLock<crate::segment::WordFilter> = std::sync::OnceLock::new();
    let nouns = NOUNS.get_or_init(|| crate::segment::WordFilter::new(EVENT_NOUNS.iter().copied()));
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let det = &*t.norm;
        let max_mods = match det {
            "this" | "these" | "such" | "that" => 2,
            "the" => 0,
            _ => continue,
        };
        // "such an approach": the article after "such" is part of the determiner.
        let skip = usize::from(det == "such" && toks.get(i + 1).is_some_and(|t| matches!(&*t.norm, "a" | "an")));
        for k in skip..=max_mods + skip {
            let Some(noun) = toks.get(i + 1 + k) else { break };
            if !noun.cap && nouns.may_contain(noun.hash) && EVENT_NOUNS.contains(&&*noun.norm) {
                // "the move to X" is the event itself named, not a reference back; keep both.
                out.push(i..i + 2 + k);
                break;
            }
            if noun.cap || noun.num || is_stopword(&noun.norm) {
                break;
            }
        }
    }
    out
}

/// Token positions in `toks` where `target` (label or an alias) is mentioned, including its
/// capital acting as its government ([`super::coref::metonyms`]: "Tokyo has …" for Japan).
pub fn mentions(target: &Target, toks: &[Token]) -> Vec<usize> {
    Matcher::new([(0, target)]).find(toks).into_iter().map(|m| m.start).collect()
}

/// The labels and aliases of some targets as token norms, indexed by their first word:
/// built once per analysis, then one hash lookup per token finds every mention.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    /// First word → (target index, the form's other words); forms without a word are dropped.
    by_first: FxHashMap<Box<str>, Vec<(usize, Vec<Box<str>>)>>,
    /// (target index, capital, the capital's bit in `capital_bits`) for targets naming a
    /// country: the capital acting stands for it ([`super::coref::metonyms`]).
    capitals: Vec<(usize, &'static str, u64)>,
    /// Bit [`first_word_slot`] of every key of `by_first` (a 1,024-bit filter): nearly
    /// every token fails this test and so skips the hash lookup.
    first_bits: [u64; 16],
    /// Slot [`first_word_slot`] of the first word of each capital in `capitals` (a 1,024-bit
    /// filter, like `first_bits`): a sentence is searched for a capital's metonyms only when
    /// it has a word in that slot.
    capital_bits: [u64; 16],
}

/// A word's slot (0..1024) in [`Matcher::first_bits`]: the top ten bits of
/// [`crate::segment::word_hash`], which every token carries ([`Token::hash`]).
#[inline]
fn first_word_slot(w: &str) -> usize {
    usize::from(crate::segment::word_hash(w) >> 6)
}

/// The bit of `slot` in its word of a 1,024-bit filter, and in a 64-bit one.
#[inline]
fn slot_bit(slot: usize) -> u64 {
    1 << (slot % 64)
}

/// A mention found by [`Matcher::find`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Index of the target (as given to [`Matcher::new`]).
    pub target: usize,
    /// First token of the mention.
    pub start: usize,
    /// Tokens in the longest form of the target starting at `start`.
    pub len: usize,
}

impl Matcher {
    /// Indexes the label and aliases of each `(index, target)`.
    pub fn new<'a>(targets: impl IntoIterator<Item = (usize, &'a Target)>) -> Self {
        let mut by_first: FxHashMap<Box<str>, Vec<(usize, Vec<Box<str>>)>> = FxHashMap::default();
        let mut capitals = Vec::new();
        for (ti, t) in targets {
            if let Some(c) = super::coref::capital_of(&t.label) {
                capitals.push((ti, c, slot_bit(first_word_slot(capital_first(c)))));
            }
            for form in std::iter::once(&t.label).chain(&t.aliases) {
                let mut words = words_of(form).into_iter();
                if let Some(first) = words.next() {
                    by_first.entry(first).or_default().push((ti, words.collect()));
                }
            }
        }
        let mut first_bits = [0u64; 16];
        for k in by_first.keys() {
            let slot = first_word_slot(k);
            first_bits[slot / 64] |= slot_bit(slot);
        }
        let mut capital_bits = [0u64; 16];
        for (_, c, _) in &capitals {
            let slot = first_word_slot(capital_first(c));
            capital_bits[slot / 64] |= slot_bit(slot);
        }
        Matcher { by_first, capitals, first_bits, capital_bits }
    }

    /// Every (target, start token) in `toks` where a form of the target starts, with the
    /// longest such form; sorted by target, then start.
    pub fn find(&self, toks: &[Token]) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::new();
        // One pass over the tokens: the forms' first words, and whether a capital's first
        // word occurs (a metonym starts with it; without it the capital is not searched).
        // `capital_bits_seen` gets bit `slot % 64` of each token whose slot is a capital's.
        let mut capital_bits_seen = 0u64;
        for (i, t) in toks.iter().enumerate() {
            let slot = usize::from(t.hash >> 6);
            let bit = slot_bit(slot);
            capital_bits_seen |= self.capital_bits[slot / 64] & bit;
            if self.first_bits[slot / 64] & bit == 0 {
                continue;
            }
            let Some(forms) = self.by_first.get(&*t.norm) else { continue };
            for (target, rest) in forms {
                let after = &toks[i + 1..];
                if rest.len() <= after.len() && rest.iter().zip(after).all(|(w, t)| *t.norm == **w) {
                    out.push(Mention { target: *target, start: i, len: 1 + rest.len() });
                }
            }
        }
        for &(target, capital, bit) in &self.capitals {
            if capital_bits_seen & bit != 0 {
                out.extend(super::coref::metonyms(capital, toks).into_iter().map(|r| Mention { target, start: r.start, len: r.len() }));
            }
        }
        out.sort_unstable_by_key(|m| (m.target, m.start, std::cmp::Reverse(m.len)));
        out.dedup_by_key(|m| (m.target, m.start));
        out
    }
}

/// The first word of a capital's name as [`super::coref::metonyms`] matches it (the name
/// split at spaces).
fn capital_first(capital: &str) -> &str {
    capital.split(' ').next().unwrap_or("")
}

fn words_of(form: &str) -> Vec<Box<str>> {
    let mut toks = Vec::new();
    crate::segment::tokenize(form, 0..form.len(), &mut toks);
    toks.into_iter().map(|t| t.norm.into()).collect()
}

/// A target candidate being counted ([`detect`]).
struct Cand {
    /// The key's bytes in the keys string.
    key: Range<usize>,
    /// The next candidate whose key has the same hash.
    next: Option<u32>,
    /// The first display form seen and its count; the others (a handful at most) in `more`.
    form: (Form, usize),
    more: Vec<(Form, usize)>,
    docs: usize,
    mentions: usize,
    last_doc: Option<usize>,
}

/// A candidate's display form: its key, or a byte range of an article's text.
enum Form {
    Key,
    Text(usize, Range<usize>),
}

/// A candidate kept after counting, with its display forms.
struct Counted<'a> {
    forms: Vec<(&'a str, usize)>,
    /// Documents × ln(1 + mentions), computed once for the sort.
    salience: f64,
}

/// Capitalised name runs (and acronyms), skipping sentence-initial function words: `out`
/// gets each run's key (its norms joined by spaces, built in `buf`) and display text (a
/// range of the text of article `doc`).
fn entity_runs(toks: &[Token], doc: usize, buf: &mut String, out: &mut impl FnMut(&str, Form)) {
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !t.cap || t.num || is_not_name(&t.norm) {
            i += 1;
            continue;
        }
        let start = i;
        while i < toks.len() && toks[i].cap && !toks[i].num && &*toks[i].norm != "'s" && i - start < 5 {
            i += 1;
        }
        let run = &toks[start..i];
        // A lone sentence-initial capitalised common word is not a name.
        if !(start == 0 && run.len() == 1 && is_stopword(&run[0].norm)) {
            let display = Form::Text(doc, run[0].range.start..run[run.len() - 1].range.end);
            buf.clear();
            for (k, t) in run.iter().enumerate() {
                if k > 0 {
                    buf.push(' ');
                }
                buf.push_str(&t.norm);
            }
            out(buf, display);
        }
        if i == start {
            i += 1;
        }
    }
}

/// Lowercase content-word bigrams ("liaison office"): the story's topic phrases; `out` gets
/// each as key, displayed as the key (built in `buf`).
fn topic_bigrams(toks: &[Token], buf: &mut String, out: &mut impl FnMut(&str, Form)) {
    // Each token is tested once (a stopword lookup), not once for each bigram it is in.
    let content = |t: &Token| !t.cap && !t.num && t.norm.len() > 2 && !is_stopword(&t.norm);
    let mut prev = false;
    for (i, t) in toks.iter().enumerate() {
        let this = content(t);
        if prev && this {
            buf.clear();
            buf.push_str(&toks[i - 1].norm);
            buf.push(' ');
            buf.push_str(&t.norm);
            out(buf, Form::Key);
        }
        prev = this;
    }
}

fn covers(t: &Target, key: &str) -> bool {
    let label = t.label.to_lowercase();
    label == key
        || t.aliases.iter().any(|a| a == key)
        // "jens stoltenberg" covers "stoltenberg"; "nato" does not cover "nato summit"
        || label.ends_with(&format!(" {key}"))
        || key.ends_with(&format!(" {label}")) && key.split(' ').count() <= 3
}

/// Expansions of an acronym found in the text: "NATO" ← "North Atlantic Treaty Organization".
fn expansions(label: &str, articles: &[Article]) -> Vec<String> {
    let letters: Vec<char> = label.chars().filter(|c| c.is_alphabetic()).collect();
    let is_acronym = letters.len() >= 2 && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase());
    if !is_acronym {
        return Vec::new();
    }
    let mut found = Vec::new();
    for a in articles {
        for s in &a.sentences {
            let toks = &a.tokens[s.tokens.clone()];
            for i in 0..toks.len() {
                let mut k = 0;
                let mut j = i;
                while j < toks.len() && k < letters.len() {
                    let w = &toks[j];
                    if matches!(&*w.norm, "of" | "and" | "the" | "for") && k > 0 {
                        j += 1;
                        continue;
                    }
                    if !w.cap || !w.norm.starts_with(letters[k].to_ascii_lowercase()) {
                        break;
                    }
                    k += 1;
                    j += 1;
                }
                if k == letters.len() && j - i >= letters.len() {
                    let phrase = toks[i..j].iter().map(|t| &*t.norm).collect::<Vec<_>>().join(" ");
                    if !found.contains(&phrase) {
                        found.push(phrase);
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, text: &str) -> Article {
        Article::segmented(id, id, text).unwrap()
    }

    #[test]
    fn entities_acronyms_and_definite_aliases() {
        let arts = [
            article("a", "The World Health Organization (WHO) met in Geneva. The WHO said the alliance of donors was late. Critics of the WHO say the organization moved slowly."),
            article("b", "The WHO warned again on Monday. Officials said the organization needs money. Geneva hosted talks on vaccine funding."),
            article("c", "In Geneva, the WHO asked for vaccine funding. The organization has a new plan."),
        ];
        let t = detect(&arts, 4);
        let who = t.iter().find(|t| t.label == "WHO").expect("WHO detected");
        assert!(who.aliases.contains(&"world health organization".to_string()), "{:?}", who.aliases);
        assert!(who.aliases.contains(&"the organization".to_string()), "{:?}", who.aliases);
        assert!(t.iter().any(|t| t.label == "Geneva"));
        assert!(t.iter().any(|t| t.label == "vaccine funding"), "{t:?}");
    }

    #[test]
    fn event_anaphors_are_found() {
        let text = "Such incendiary steps may prove costly. This move was discussed. The decision stands. The blue car moved. Such a reckless move.";
        let mut toks = Vec::new();
        crate::segment::tokenize(text, 0..text.len(), &mut toks);
        let found: Vec<&str> = event_anaphors(&toks).into_iter().map(|r| &text[toks[r.start].range.start..toks[r.end - 1].range.end]).collect();
        assert_eq!(found, ["Such incendiary steps", "This move", "The decision", "Such a reckless move"]);
        // Every listed noun (through the word filter), and no near miss.
        for n in EVENT_NOUNS {
            let text = format!("They liked this {n}. They liked the {n}s-to-be. They liked the {n}al idea.");
            let mut toks = Vec::new();
            crate::segment::tokenize(&text, 0..text.len(), &mut toks);
            assert_eq!(event_anaphors(&toks).iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(), [(2, 4)], "{n}");
        }
    }

    #[test]
    fn matcher_finds_what_a_naive_search_finds() {
        // Forms of many lengths and first bytes (one past the inline norm length), so the
        // first-word filter is exercised on keys in many slots: every mention a plain scan of
        // every form at every position finds must be found, with its longest form.
        let text = "A Japan Tokyo said. Tokyo has said the alliance of the Extraordinarily-Long-Hyphenated-Name is x y z. \
                    The European Union and the EU met; Liaison office staff and the union said Mr Li and o left. \
                    Q met the European Central Bank in Frankfurt's Z: Japanese yen, x y, the european union.";
        let mut toks = Vec::new();
        crate::segment::tokenize(text, 0..text.len(), &mut toks);
        let target = |label: &str, aliases: &[&str]| Target { label: label.into(), aliases: aliases.iter().map(|a| a.to_string()).collect(), auto: true, main: false };
        let targets = [
            target("Japan", &[]),
            target("European Union", &["the EU", "the union", "EU"]),
            target("liaison office", &[]),
            target("the alliance", &["extraordinarily-long-hyphenated-name"]),
            target("Li", &["o", "q", "x y z", "x y", "z"]),
            target("European Central Bank", &["european"]),
        ];
        let found = Matcher::new(targets.iter().enumerate()).find(&toks);
        let mut naive = Vec::new();
        for (ti, t) in targets.iter().enumerate() {
            let forms: Vec<Vec<Box<str>>> = std::iter::once(&t.label).chain(&t.aliases).map(|f| words_of(f)).collect();
            for start in 0..toks.len() {
                let len = forms.iter().filter(|w| toks[start..].len() >= w.len() && w.iter().zip(&toks[start..]).all(|(w, t)| **w == *t.norm)).map(Vec::len).max();
                if let Some(len) = len {
                    naive.push(Mention { target: ti, start, len });
                }
            }
        }
        // Japan's capital acting ("Tokyo has said") is a mention of Japan too.
        naive.extend(crate::stance::coref::metonyms("tokyo", &toks).into_iter().map(|r| Mention { target: 0, start: r.start, len: r.len() }));
        naive.sort_unstable_by_key(|m| (m.target, m.start, std::cmp::Reverse(m.len)));
        naive.dedup_by_key(|m| (m.target, m.start));
        assert!(naive.len() > 15, "{naive:?}");
        assert!(naive.iter().any(|m| m.target == 0 && &*toks[m.start].norm == "tokyo"), "{naive:?}");
        assert_eq!(found, naive);
    }

    #[test]
    fn user_targets_match_possessives_and_case() {
        let arts = [article("a", "Stoltenberg’s plan drew fire. Jens Stoltenberg defended it.")];
        let t = from_user(&["stoltenberg".to_string()], &arts);
        let toks = &arts[0].tokens;
        assert_eq!(mentions(&t[0], toks).len(), 2);
    }
}
