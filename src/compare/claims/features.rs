//! What a sentence says, as features for matching claims across outlets.
//!
//! Each claim sentence becomes a set of weighted features: stemmed content words (see
//! [`stem`](super::super::stem)), numbers (digits or number words), and names, with IDF
//! weights over all claim sentences of the set and names and numbers weighted up. Names are
//! unified across their surface forms using only the set itself: an acronym and its
//! expansion ("US", "U.S." and "United States"; "NATO" and "North Atlantic Treaty
//! Organization") become one feature when both occur, and a demonym meets its country
//! ("Chinese" → China, "Ukrainian" → Ukraine) when the country is named too. A one-word
//! capital stands for its country ("Beijing condemned", "an office in Tokyo"), and words
//! outlets use interchangeably are one feature ([`super::paraphrase`]).
//!
//! A long sentence is also split into clauses (at semicolons, colons, dashes, commas before
//! "while", "which", "but", "and the" …, and after a leading frame such as "In recent years,"
//! or "While X did Y,"), each matched on its own with the sentence's weights, so that one
//! claim among several in a sentence can meet the sentences that state only it. A clause
//! that names no one, or does not open with a subject of its own (", with a focus on
//! countering China …"), speaks of its sentence's subject.
//!
//! Besides the weighted features a sentence keeps what can make two similar sentences state
//! different things: its numbers, the words under a negation ("did not approve"), its side in
//! pairs of opposite outcomes ([`super::contrast`]), and its first name, a stand-in for the
//! subject ("China opposes …" vs "Russia opposes …").
//!
//! And what it asserts as propositions (agent, predicate class, object;
//! [`super::predicates`]), read on the whole sentence and handed to the clause that holds
//! each predicate.

use super::super::stem::stem;
use super::super::words::{is_claim_kind, is_content_norm, Content};
use super::contrast;
use super::names::{acronym, expansions, number_word, title_case, Names};
use super::paraphrase;
use super::predicates::{self, Prop};
use super::stability::{self, Reading};
use crate::stance::coref::country_of_capital;
use crate::analysis::Article;
use crate::segment::Token;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Extra weight of numbers and names.
const BOOST: f32 = 1.5;
/// Sentences with fewer features are not claims ("Key points:").
pub(super) const MIN_FEATURES: usize = 4;
/// Sentences with more features are split into clauses too.
const CLAUSE_SENTENCE: usize = 10;
/// Clauses with fewer features are not matched on their own.
const MIN_CLAUSE: usize = 5;
/// Names of a sentence that a pronoun opening the next one may stand for.
const PREVIOUS_NAMES: usize = 6;
/// Content words after a negator that it covers.
const NEGATION_SCOPE: usize = 4;

/// A sentence's features, sorted by id, and what tells it apart from similar sentences.
#[derive(Clone)]
pub(super) struct Features {
    pub article: u32,
    /// The article's source, numbered.
    pub source: u32,
    pub sentence: u32,
    pub ids: Vec<u32>,
    pub weights: Vec<f32>,
    pub norm: f32,
    /// Number features, sorted.
    pub nums: Vec<u32>,
    /// Features under a negation, sorted.
    pub negated: Vec<u32>,
    /// Sides taken in pairs of opposite outcomes (`group * 2 + side`), sorted.
    pub sides: Vec<u16>,
    /// The first name of the sentence.
    pub subject: Option<u32>,
    /// A clause of a long sentence, not the whole sentence.
    pub clause: bool,
    /// What it asserts as propositions ([`predicates`]).
    pub props: Box<[Prop]>,
}

/// The features of all claim sentences of a set, with each feature's sentence frequency.
pub(super) struct FeatureSet {
    pub sentences: Vec<Features>,
    pub df: Vec<u32>,
}

/// A word that negates what follows.
fn is_negator(norm: &str) -> bool {
    matches!(norm, "not" | "no" | "never" | "cannot" | "nor") || norm.ends_with("n't")
}

/// Feature ids, one per distinct feature string.
#[derive(Default)]
struct Vocab<'a> {
    by_norm: FxHashMap<&'a str, u32>,
    by_feature: FxHashMap<String, u32>,
    is_num: Vec<bool>,
    /// Per feature: its side in a pair of opposite outcomes.
    side: Vec<Option<u16>>,
    /// Per word: its predicate class ([`predicates::word_class`]) or `u32::MAX`, looked up
    /// once (the map's type is `by_norm`'s, one less instance in the wasm).
    predicate: FxHashMap<&'a str, u32>,
    /// Per feature: its roles in a stability claim ([`stability::roles`]).
    role: Vec<u8>,
}

impl<'a> Vocab<'a> {
    fn feature(&mut self, feature: String, num: bool) -> u32 {
        let next = self.by_feature.len() as u32;
        let id = *self.by_feature.entry(feature).or_insert(next);
        if id == next {
            self.is_num.push(num);
            self.side.push(None);
            self.role.push(0);
        }
        id
    }

    /// The predicate class of a content word ([`predicates::word_class`]).
    fn predicate(&mut self, norm: &'a str) -> Option<u8> {
        let c = *self.predicate.entry(norm).or_insert_with(|| predicates::word_class(norm).map_or(u32::MAX, u32::from));
        u8::try_from(c).ok()
    }

    /// The id of a content word: its country if a demonym, stemmed.
    fn word(&mut self, norm: &'a str, names: &Names<'a>) -> u32 {
        if let Some(&id) = self.by_norm.get(norm) {
            return id;
        }
        let base = names.alias.get(norm).map_or(norm, String::as_str);
        let id = self.stemmed(&stem(base));
        self.by_norm.insert(norm, id);
        id
    }

    /// The id of a stemmed word, or of its paraphrase set ([`paraphrase`]).
    fn stemmed(&mut self, stemmed: &str) -> u32 {
        let stemmed = paraphrase::canonical(stemmed).unwrap_or(stemmed);
        let side = contrast::side(stemmed);
        let id = self.feature(stemmed.to_string(), false);
        self.side[id as usize] = side;
        self.role[id as usize] = stability::roles(stemmed);
        id
    }
}

/// A number token as a feature: its digits without separators ("1,000" → "#1000";
/// "31-member" → "#31").
fn number(norm: &str) -> String {
    let digits: String = norm.chars().take_while(|c| c.is_numeric() || matches!(c, '.' | ',')).filter(|&c| c != ',').collect();
    format!("#{}", digits.trim_end_matches('.'))
}

/// A sentence's raw features (id, boost) in token order, and what tells it apart.
struct Raw {
    article: u32,
    sentence: u32,
    features: Vec<(u32, f32)>,
    negated: Vec<u32>,
    sides: Vec<u16>,
    subject: Option<u32>,
    clause: bool,
    /// The token being read.
    at: usize,
    /// Whether to keep [`Raw::seq`] (for the whole sentence, not for a clause).
    keep: bool,
    /// Features in token order: (token, id, name).
    seq: Vec<(usize, u32, bool)>,
    /// Predicates: (token, class, asserted).
    preds: Vec<(usize, u8, bool)>,
    props: Vec<Prop>,
    /// Words with a role in a stability claim, and negators: token << 8 |
    /// [`stability::roles`] (or [`stability::NOT`]).
    roles: Vec<u32>,
}

impl Raw {
    fn add(&mut self, id: u32, name: bool, vocab: &Vocab) {
        if self.keep {
            self.seq.push((self.at, id, name));
        }
        if name && self.subject.is_none() {
            self.subject = Some(id);
        }
        if let Some(side) = vocab.side[id as usize] {
            self.sides.push(side);
        }
        if vocab.role[id as usize] != 0 {
            self.roles.push((self.at as u32) << 8 | u32::from(vocab.role[id as usize]));
        }
        self.features.push((id, if name || vocab.is_num[id as usize] { BOOST } else { 1.0 }));
    }
}

/// The features of sentence `si` of article `ai`, of its tokens in `span` (all of them for
/// the whole sentence, fewer for a clause); its [`Shape`] is computed once for all.
fn sentence<'a>(a: &'a Article, (ai, si): (usize, usize), span: Range<usize>, content: &[bool], names: &Names<'a>, vocab: &mut Vocab<'a>, shape: &Shape, previous: &[u32]) -> Raw {
    let range = a.sentences[si].tokens.clone();
    let (toks, content) = (&a.tokens[range.clone()], &content[range]);
    let (title, runs) = (shape.title, &shape.runs);
    let mut raw = Raw { article: ai as u32, sentence: si as u32, features: Vec::new(), negated: Vec::new(), sides: Vec::new(), subject: None, clause: false, at: 0, keep: false, seq: Vec::new(), preds: Vec::new(), props: Vec::new(), roles: Vec::new() };
    let mut negation = 0;
    let whole = span == (0..toks.len());
    raw.keep = whole;
    let mut run = runs[runs.partition_point(|r| r.0 < span.start)..].iter().peekable();
    for (k, t) in toks.iter().enumerate().take(span.end).skip(span.start) {
        raw.at = k;
        // Predicates are read on the whole sentence only (see [`propositions`]).
        if whole && !title {
            let next = toks.get(k + 1).map(|n| &*n.norm);
            let class = predicates::phrase_class(&t.norm, next).unwrap_or_else(|| if content[k] { vocab.predicate(&t.norm) } else { None });
            // A nominalisation before a noun names a group or a kind, not an act
            // ("opposition leaders", "protest movement").
            let modifier = || predicates::nominal(&t.norm) && content.get(k + 1).copied().unwrap_or(false) && !toks[k + 1].cap;
            if let Some(class) = class.filter(|_| !modifier()) {
                let asserted = negation == 0 && !asserted_not(&a.doc.text, toks, span.start, k, shape.starts(&a.doc.text, toks));
                raw.preds.push((k, class, asserted));
            }
        }
        // An acronym spelled out counts as the acronym, and its words count too.
        if let Some((_, _, key)) = run.next_if(|r| r.0 == k) {
            let id = vocab.feature(key.clone(), false);
            raw.add(id, true, vocab);
        }
        let next = toks.get(k + 1).filter(|_| span.contains(&(k + 1)));
        let (id, name) = if t.num {
            // "6.4-magnitude", "31-member": the word counts too.
            if let Some((_, word)) = t.norm.split_once('-').filter(|(_, w)| is_content_norm(w)) {
                let id = vocab.word(word, names);
                raw.add(id, false, vocab);
            }
            (vocab.feature(number(&t.norm), true), false)
        } else if let Some(key) = t.cap.then(|| acronym(&a.doc.text[t.range.clone()])).flatten() {
            (vocab.feature(key, false), true)
        } else if let Some(n) = number_word(&t.norm) {
            (vocab.feature(format!("#{n}"), true), false)
        } else if let Some(p) = next.and_then(|n| paraphrase::phrase(&t.norm, &n.norm)) {
            (vocab.stemmed(p), false)
        } else if let Some(country) = capital(toks, k) {
            // A capital stands for its country ("Beijing condemned", "an office in Tokyo"),
            // as the country's name would count in this set.
            let words: Vec<&'static str> = country.split(' ').collect();
            if words.len() > 1 {
                let key: String = words.iter().filter_map(|w| w.chars().next()).collect();
                if names.acronyms.contains(&key) {
                    let id = vocab.feature(key, false);
                    raw.add(id, true, vocab);
                }
            }
            for w in &words[..words.len() - 1] {
                let id = vocab.word(w, names);
                raw.add(id, true, vocab);
            }
            (vocab.word(words[words.len() - 1], names), true)
        } else if content[k] {
            let name = t.cap && !title && (k > 0 || names.known.contains(&*t.norm));
            (vocab.word(&t.norm, names), name)
        } else {
            if is_negator(&t.norm) {
                negation = NEGATION_SCOPE;
                raw.roles.push((k as u32) << 8 | u32::from(stability::NOT));
            }
            continue;
        };
        if negation > 0 {
            raw.negated.push(id);
            negation -= 1;
        }
        raw.add(id, name, vocab);
    }
    // Propositions are read on the whole sentence (a clause's agent may be its sentence's
    // subject) and handed to its clauses by position.
    if whole && !raw.preds.is_empty() {
        raw.props = propositions(&raw, &a.doc.text, toks, shape.starts(&a.doc.text, toks), previous);
    }
    // Stability claims: per clause its first, a side each, and for the whole sentence a
    // proposition each.
    if !title && raw.roles.iter().any(|&c| stability::is_state(c as u8)) {
        let text = &a.doc.text;
        let mut roles = vec![0u8; toks.len()];
        for &c in &raw.roles {
            roles[(c >> 8) as usize] = c as u8;
        }
        // A comma, or a clause's start, breaks a stretch of the clause for a claim's words.
        let starts = shape.starts(text, toks);
        let breaks: Vec<bool> = (0..toks.len()).map(|k| k > 0 && (text[toks[k - 1].range.end..toks[k].range.start].contains(',') || starts.contains(&k))).collect();
        let mut from = span.start;
        for end in starts.iter().copied().filter(|s| span.contains(s) && *s > span.start).chain(std::iter::once(span.end)) {
            if let Some(r) = stability::read(from..end, &roles, &breaks) {
                raw.sides.push(contrast::stability_side(r.stabilising));
                if whole {
                    let p = stability_prop(&raw, text, toks, previous, r, from..end, &breaks, vocab);
                    raw.props.push(p);
                }
            }
            from = end;
        }
    }
    raw
}


/// Words before and after a stability claim's state that make its place ("regional
/// stability", "tensions in the region").
const PLACE_BEFORE: usize = 2;
const PLACE_AFTER: usize = 4;

/// The proposition of a stability claim `r` in `clause`: its agents as a predicate's, the
/// threaten class if destabilising (else support), and as object the place's stability: a
/// name standing for stability itself and the words of its place (up to a break, not the
/// claim's own words).
fn stability_prop(raw: &Raw, text: &str, toks: &[Token], previous: &[u32], r: Reading, clause: Range<usize>, breaks: &[bool], vocab: &mut Vocab) -> Prop {
    let k = r.predicate.min(r.state);
    let agents = agents(raw, text, toks, previous, k, clause.clone());
    let itself = vocab.feature("~stability".to_string(), false);
    let unbroken = |from: usize, to: usize| !breaks[from.min(to) + 1..=from.max(to)].contains(&true);
    let mut object = vec![itself];
    for f in raw.seq.iter().filter(|f| f.0 + PLACE_BEFORE >= r.state && f.0 <= r.state + PLACE_AFTER && clause.contains(&f.0) && f.0 != r.predicate) {
        if !stability::is_state(vocab.role[f.1 as usize]) && unbroken(f.0, r.state) {
            object.push(f.1);
        }
    }
    let class = predicates::word_class(if r.stabilising { "support" } else { "threaten" }).unwrap_or_default();
    let mut p = Prop::new(class, k as u32, None, agents, object, &[itself], false);
    p.stability = true;
    p
}

/// Whether the predicate at token `k` is not asserted though not negated: in the passive,
/// or a nominalisation opening its clause as a topic ("The establishment of …", "However,
/// the expansion of …"). `from` is the first token read, `starts` the clause starts.
fn asserted_not(text: &str, toks: &[Token], from: usize, k: usize, starts: &[usize]) -> bool {
    let before: Vec<&str> = toks[from.max(k.saturating_sub(3))..k].iter().map(|t| &*t.norm).collect();
    if predicates::passive(&toks[k].norm, &before) {
        return true;
    }
    if !predicates::nominal(&toks[k].norm) || k == 0 || !matches!(&*toks[k - 1].norm, "the" | "this" | "such" | "a" | "an") {
        return false;
    }
    // The determiner opens the sentence, a clause, or follows a comma ("However, the …").
    let j = k - 1;
    j == from || j == 0 || starts.contains(&j) || text[toks[j - 1].range.end..toks[j].range.start].contains(',')
}

/// The agents of a predicate at token `k` of clause `clause`: the names nearest before it,
/// after the last comma if any are there ("On Monday in Leeds, the union criticised …"),
/// else in the whole clause before it; when there are none, `previous` (the previous
/// sentence's first names) if the clause opens with a pronoun or "this/these/such …", and
/// the sentence's names before the clause if the clause has no subject of its own.
fn agents(raw: &Raw, text: &str, toks: &[Token], previous: &[u32], k: usize, clause: Range<usize>) -> Vec<u32> {
    const ANAPHORS: &[&str] = &["it", "they", "this", "these", "such", "those", "he", "she"];
    let (start, end) = (clause.start, clause.end);
    let names_in = |from: usize| -> Vec<u32> {
        let all: Vec<u32> = raw.seq.iter().filter(|f| f.2 && f.0 >= from && f.0 < k).map(|f| f.1).collect();
        all[all.len().saturating_sub(predicates::AGENTS)..].to_vec()
    };
    let comma = (start + 1..=k).rev().find(|&j| text[toks[j - 1].range.end..toks[j].range.start].contains(','));
    let mut agents = comma.map(names_in).filter(|v| !v.is_empty()).unwrap_or_else(|| names_in(start));
    if agents.is_empty() && toks.get(start).is_some_and(|t| ANAPHORS.contains(&&*t.norm)) {
        agents = previous.to_vec();
    } else if agents.is_empty() && start > 0 && !opens_with_subject(&toks[start..end]) {
        // A clause without a subject of its own (", with a focus on countering …",
        // ": countering …") speaks of its sentence's: the names before it.
        for f in raw.seq.iter().filter(|f| f.2 && f.0 < start) {
            if agents.len() < PREVIOUS_NAMES && !agents.contains(&f.1) {
                agents.push(f.1);
            }
        }
    }
    agents
}

/// The propositions of a sentence ([`predicates`]) from what `raw` read of it: per clause,
/// its first predicate if asserted, with the names before it in its clause (those after the
/// last comma before it, if any are there), or, when there
/// are none, `previous`, the previous sentence's first names, if the clause opens with a
/// pronoun or "this/these/such …", and the sentence's names before the clause if the clause
/// has no subject of its own), and the next [`predicates::OBJECT`] features after it in
/// its clause.
fn propositions(raw: &Raw, text: &str, toks: &[Token], starts: &[usize], previous: &[u32]) -> Vec<Prop> {
    let mut out: Vec<Prop> = Vec::new();
    let mut clause = usize::MAX;
    for &(k, class, asserted) in &raw.preds {
        let start = starts.iter().rev().find(|&&s| s <= k).copied().unwrap_or(0);
        let end = starts.iter().find(|&&s| s > k).copied().unwrap_or(toks.len());
        // Only a clause's first predicate is asserted; the later ones are what it says
        // about them ("opposes any attempts by NATO to expand …").
        if start == clause {
            continue;
        }
        clause = start;
        if !asserted {
            continue;
        }
        // A nominalisation's modifier is part of the predicate ("economic cooperation" is
        // not "military cooperation").
        let qualifier = if predicates::nominal(&toks[k].norm) { raw.seq.iter().rev().find(|f| Some(f.0) == k.checked_sub(1) && f.0 >= start && !f.2).map(|f| f.1) } else { None };
        let agents = agents(raw, text, toks, previous, k, start..end);
        let after: Vec<&(usize, u32, bool)> = raw.seq.iter().filter(|f| f.0 > k && f.0 < end).take(predicates::OBJECT).collect();
        let object: Vec<u32> = after.iter().map(|f| f.1).collect();
        let names: Vec<u32> = after.iter().filter(|f| f.2).map(|f| f.1).collect();
        // An object naming no one is kept only when it refers back to an act ("criticised
        // the move", "condemning such steps"): the story's development, if it has one.
        let anaphor = toks.get(k + 1).is_some_and(|t| matches!(&*t.norm, "the" | "this" | "these" | "such"))
            && toks.get(k + 2).is_some_and(|t| predicates::EVENT_NOUNS.contains(&&*t.norm));
        if names.is_empty() && !anaphor {
            continue;
        }
        // The object is a name itself: right after the predicate (or "the"), not possessive.
        let lead = if toks.get(k + 1).is_some_and(|t| &*t.norm == "the") { k + 2 } else { k + 1 };
        let bare = after.first().is_some_and(|f| f.2 && f.0 == lead) && toks.get(after[0].0 + 1).map_or(true, |t| &*t.norm != "'s" && &*t.norm != "s");
        let mut p = Prop::new(class, k as u32, qualifier, agents, object, &names, bare);
        // The object holds an act of its own ("opposes NATO's expansion into …").
        let last = after.last().map_or(k, |f| f.0);
        p.anaphor = anaphor;
        p.act = anaphor || raw.preds.iter().any(|&(j, c, _)| j > k && j <= last && predicates::is_act(c));
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// What a sentence's clauses share: whether it is a Title Case headline, and its acronym
/// expansions.
struct Shape {
    title: bool,
    runs: Vec<(usize, usize, String)>,
    /// Where its clauses start ([`clause_starts`]), found when first asked.
    starts: std::cell::OnceCell<Vec<usize>>,
}

impl Shape {
    fn of(toks: &[Token], content: &[bool], names: &Names) -> Shape {
        Shape { title: title_case(toks, content), runs: expansions(toks, &names.acronyms), starts: std::cell::OnceCell::new() }
    }

    /// Where the clauses of the sentence (`toks` of `text`) start.
    fn starts(&self, text: &str, toks: &[Token]) -> &[usize] {
        self.starts.get_or_init(|| clause_starts(text, toks))
    }
}

/// The country that token `k`, a one-word capital, stands for: capitalised and not part of a
/// longer name ("Washington Post", "George Washington").
fn capital(toks: &[Token], k: usize) -> Option<&'static str> {
    let t = &toks[k];
    let alone = (k == 0 || !toks[k - 1].cap) && toks.get(k + 1).map_or(true, |n| !n.cap);
    (t.cap && alone).then(|| country_of_capital(&t.norm)).flatten()
}

/// Where a sentence's clauses start: token positions after a semicolon, colon or dash, after
/// a comma before a word that opens a clause ("…, while", "…, which", "…, but",
/// "…, and the …"), before "but", and after a leading frame ("In recent years, NATO …",
/// "While Osei toured the port, the ministry …": up to the first comma before a subject-like
/// word).
fn clause_starts(text: &str, toks: &[Token]) -> Vec<usize> {
    const OPENERS: &[&str] = &["while", "which", "whereas", "but", "as", "with", "who", "although", "though", "after", "because", "since"];
    const SUBJECTS: &[&str] = &["the", "a", "an", "it", "they", "he", "she", "we", "this", "these", "its", "their", "his", "her"];
    const FRAMES: &[&str] = &["in", "from", "given", "despite", "during", "after", "following", "since", "for", "according", "under", "amid", "although", "though", "if", "when", "while", "as", "with", "by"];
    let framed = toks.first().is_some_and(|t| FRAMES.contains(&&*t.norm));
    let mut out = Vec::new();
    for k in 1..toks.len() {
        let gap = &text[toks[k - 1].range.end..toks[k].range.start];
        // A leading frame ("In recent years, …", "Despite the protests, …") ends at the first
        // comma before a subject-like word.
        let subject_like = toks[k].cap || SUBJECTS.contains(&&*toks[k].norm);
        if framed && out.is_empty() && gap.contains(',') && subject_like {
            out.push(k);
            continue;
        }
        let w = &*toks[k].norm;
        let and_subject = w == "and" && toks.get(k + 1).is_some_and(|n| n.cap || SUBJECTS.contains(&&*n.norm));
        if gap.contains([';', ':', '—', '–']) || (gap.contains(',') && (OPENERS.contains(&w) || and_subject)) || w == "but" {
            out.push(k);
        }
    }
    out
}

/// A sentence's [`Features`] from its raw features, with each weight still the feature's
/// boost (the IDF factor needs all sentences: [`FeatureSet::new`] applies it).
fn unweighted(mut r: Raw, sources: &[u32], is_num: &[bool]) -> Features {
    let ids: Vec<u32> = r.features.iter().map(|x| x.0).collect();
    let weights: Vec<f32> = r.features.iter().map(|x| x.1).collect();
    let nums = ids.iter().copied().filter(|&id| is_num[id as usize]).collect();
    r.negated.sort_unstable();
    r.negated.dedup();
    r.sides.sort_unstable();
    r.sides.dedup();
    Features { article: r.article, source: sources[r.article as usize], sentence: r.sentence, ids, weights, norm: 0.0, nums, negated: r.negated, sides: r.sides, subject: r.subject, clause: r.clause, props: r.props.into_boxed_slice() }
}

/// Whether a clause opens with a subject of its own: after any conjunction ("while", "but",
/// "and" …), a capitalised word or a determiner or pronoun ("; China opposes …", ", while the
/// ministry said …"), not a relative, a preposition or a participle (", which …", ", with a
/// focus on …", ": countering …").
fn opens_with_subject(toks: &[Token]) -> bool {
    const CONJUNCTIONS: &[&str] = &["while", "whereas", "but", "and", "although", "though", "because", "since", "after", "as", "so", "yet"];
    let first = toks.iter().position(|t| !CONJUNCTIONS.contains(&&*t.norm)).and_then(|k| toks.get(k));
    first.is_some_and(|t| t.cap || CLAUSE_SUBJECTS.contains(&&*t.norm))
}

/// Words that open a subject: determiners and pronouns.
const CLAUSE_SUBJECTS: &[&str] = &["the", "a", "an", "it", "they", "he", "she", "we", "i", "this", "these", "those", "that", "its", "their", "his", "her", "our", "some", "many", "most", "all", "both", "each", "several", "other", "others"];

impl FeatureSet {
    /// Features of all claim sentences of `articles` with at least [`MIN_FEATURES`].
    pub(super) fn new(articles: &[Article], content: &Content) -> FeatureSet {
        let names = Names::new(articles, content);
        let mut vocab = Vocab::default();
        // Each sentence's features in their final form as soon as it is read (weights still
        // the boosts), so that raw and final features of all sentences are never both held;
        // gathered per article and joined at the exact size (a doubling vector of all of
        // them would need its largest block twice, and wasm memory never shrinks).
        let mut per_article: Vec<Vec<Features>> = Vec::with_capacity(articles.len());
        let mut source_ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut sources: Vec<u32> = Vec::new();
        for a in articles {
            let next = source_ids.len() as u32;
            sources.push(*source_ids.entry(a.source.as_str()).or_insert(next));
        }
        for (ai, a) in articles.iter().enumerate() {
            let mut sentences: Vec<Features> = Vec::new();
            let mut previous: Vec<u32> = Vec::new();
            for (si, s) in a.sentences.iter().enumerate() {
                if !is_claim_kind(s.kind) {
                    continue;
                }
                let before = previous.clone();
                let toks = &a.tokens[s.tokens.clone()];
                let shape = Shape::of(toks, &content.article(ai)[s.tokens.clone()], &names);
                let mut r = sentence(a, (ai, si), 0..toks.len(), content.article(ai), &names, &mut vocab, &shape, &previous);
                // The first names of this sentence, for a pronoun opening the next one.
                let mut firsts: Vec<u32> = Vec::with_capacity(PREVIOUS_NAMES);
                for f in r.seq.iter().filter(|f| f.2) {
                    if firsts.len() < PREVIOUS_NAMES && !firsts.contains(&f.1) {
                        firsts.push(f.1);
                    }
                }
                previous = firsts;
                r.features.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
                r.features.dedup_by_key(|x| x.0);
                if r.features.len() < MIN_FEATURES {
                    continue;
                }
                let long = r.features.len() > CLAUSE_SENTENCE;
                let (whole, subject) = (r.features.len(), r.subject);
                sentences.push(unweighted(r, &sources, &vocab.is_num));
                let whole_at = sentences.len() - 1;
                if !long {
                    continue;
                }
                // A long sentence's clauses are matched on their own too, so that one claim
                // among several in a sentence can meet the sentences stating only it.
                let starts = shape.starts(&a.doc.text, toks).to_vec();
                let bounds: Vec<usize> = std::iter::once(0).chain(starts).chain(std::iter::once(toks.len())).collect();
                for w in bounds.windows(2).filter(|w| w[0] < w[1]) {
                    let mut c = sentence(a, (ai, si), w[0]..w[1], content.article(ai), &names, &mut vocab, &shape, &before);
                    c.features.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
                    c.features.dedup_by_key(|x| x.0);
                    if c.features.len() >= MIN_CLAUSE && c.features.len() < whole {
                        c.clause = true;
                        // A clause that names no one, or does not open with a subject of its own
                        // (", which prohibits …", ", with a focus on countering China …",
                        // ": countering China …"), speaks of the sentence's subject.
                        if w[0] > 0 && !opens_with_subject(&toks[w[0]..w[1]]) {
                            c.subject = None;
                        }
                        c.subject = c.subject.or(subject);
                        // A proposition a clause asserts is matched through the clause, so
                        // that the sentence's other claims stay with the whole sentence.
                        let span = w[0] as u32..w[1] as u32;
                        let wf = &mut sentences[whole_at];
                        if wf.props.iter().any(|p| span.contains(&p.at)) {
                            let (theirs, ours): (Vec<Prop>, Vec<Prop>) = std::mem::take(&mut wf.props).into_vec().into_iter().partition(|p| span.contains(&p.at));
                            c.props = theirs;
                            wf.props = ours.into_boxed_slice();
                        }
                        sentences.push(unweighted(c, &sources, &vocab.is_num));
                    }
                }
            }
            per_article.push(sentences);
        }
        let mut sentences: Vec<Features> = Vec::with_capacity(per_article.iter().map(Vec::len).sum());
        for mine in per_article {
            sentences.extend(mine);
        }
        let mut df = vec![0u32; vocab.is_num.len()];
        for f in sentences.iter().filter(|f| !f.clause) {
            for &id in &f.ids {
                df[id as usize] += 1;
            }
        }
        let n = sentences.iter().filter(|f| !f.clause).count() as f32;
        for f in &mut sentences {
            for (w, &id) in f.weights.iter_mut().zip(&f.ids) {
                *w *= (1.0 + n / df[id as usize].max(1) as f32).ln();
            }
            f.norm = f.weights.iter().map(|w| w * w).sum::<f32>().sqrt();
        }
        // Which objects are the story's development needs every sentence's propositions.
        predicates::mark_events(&mut sentences);
        FeatureSet { sentences, df }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::article;
    use super::*;

    /// The feature set of `texts`, and the feature ids of sentence `s` of article `a`.
    fn ids(texts: &[&str]) -> Vec<Vec<u32>> {
        let arts: Vec<Article> = texts.iter().enumerate().map(|(i, t)| article(&format!("a{i}"), t)).collect();
        let set = FeatureSet::new(&arts, &Content::new(&arts));
        set.sentences.iter().map(|f| f.ids.clone()).collect()
    }

    fn shared(x: &[u32], y: &[u32]) -> usize {
        x.iter().filter(|i| y.contains(i)).count()
    }

    #[test]
    fn acronyms_meet_their_expansion() {
        let f = ids(&[
            "Officials in the United States welcomed the plan on Monday.",
            "US officials welcomed the plan on Monday.",
            "U.S. officials welcomed the plan on Monday.",
        ]);
        assert_eq!(f.len(), 3);
        // official, welcome, plan, monday, and the country.
        assert_eq!(shared(&f[0], &f[1]), 5);
        assert_eq!(shared(&f[1], &f[2]), 5);
    }

    #[test]
    fn demonyms_meet_their_country() {
        let f = ids(&["The Chinese foreign ministry criticised the decision sharply.", "The foreign ministry of China criticised the decision sharply."]);
        assert_eq!(shared(&f[0], &f[1]), f[0].len());
        // Without the country named, a demonym stays itself.
        let g = ids(&["The Chinese foreign ministry criticised the decision sharply.", "The foreign ministry criticised the decision sharply."]);
        assert_eq!(shared(&g[0], &g[1]), g[1].len());
    }

    #[test]
    fn capitals_stand_for_their_country() {
        let f = ids(&["Officials in Tokyo welcomed the plan on Monday.", "Officials in Japan welcomed the plan on Monday.", "The Washington Post welcomed the plan on Monday."]);
        assert_eq!(shared(&f[0], &f[1]), f[0].len());
        assert_eq!(shared(&f[2], &f[0]), 3, "the Washington Post is no country: welcome, plan, monday");
        let a = article("a", "George Washington said Washington would pay.");
        let found: Vec<Option<&str>> = (0..a.tokens.len()).map(|k| capital(&a.tokens, k)).collect();
        assert_eq!(found, [None, None, None, Some("united states"), None, None]);
    }

    #[test]
    fn clauses_of_long_sentences() {
        let arts: Vec<Article> = ["Mayor Varga will open a new trade office in the northern port city in September, while shipping firms warned that port fees had risen sharply since last winter."]
            .iter()
            .map(|t| article("a", t))
            .collect();
        let set = FeatureSet::new(&arts, &Content::new(&arts));
        assert_eq!(set.sentences.iter().filter(|f| !f.clause).count(), 1);
        assert_eq!(set.sentences.iter().filter(|f| f.clause).count(), 2);
        // A clause that names no one speaks of the sentence's subject.
        assert!(set.sentences[0].subject.is_some());
        assert!(set.sentences.iter().all(|f| f.subject == set.sentences[0].subject));
    }

    #[test]
    fn objects_that_refer_back_to_an_act() {
        // "Such efforts", "the move" name no one but refer back to an act: a proposition
        // (no names, an act, an anaphor); "the budget" names no one and refers to no act.
        let props = |t: &str| {
            let arts = vec![article("a", t)];
            FeatureSet::new(&arts, &Content::new(&arts)).sentences.into_iter().flat_map(|f| f.props.into_vec()).collect::<Vec<Prop>>()
        };
        for t in ["Officials in Ardena condemned such efforts as reckless.", "Officials in Ardena condemned the move as reckless."] {
            let p = props(t);
            assert!(p.len() == 1 && p[0].anaphor && p[0].act && p[0].names().next().is_none(), "{t}: {p:?}");
        }
        assert!(props("Officials in Ardena condemned the budget as reckless.").is_empty());
    }

    #[test]
    fn clauses_without_a_subject_of_their_own_keep_the_sentence_s() {
        let arts: Vec<Article> = ["Mayor Varga will open a new trade office in the northern port city in September, with a focus on countering Ghana's cheaper cocoa exports in the region; Ghana rejected the plan as unfair to its farmers and traders."]
            .iter()
            .map(|t| article("a", t))
            .collect();
        let set = FeatureSet::new(&arts, &Content::new(&arts));
        let whole = set.sentences[0].subject;
        let clauses: Vec<&Features> = set.sentences.iter().filter(|f| f.clause).collect();
        assert_eq!(clauses.len(), 3, "{}", clauses.len());
        // ", with a focus on countering Ghana's …" names Ghana, but not as its subject.
        assert_eq!(clauses[1].subject, whole);
        // "; Ghana rejected …" has a subject of its own.
        assert_ne!(clauses[2].subject, whole);
        assert!(clauses[2].subject.is_some());
    }

    #[test]
    fn number_words_are_numbers() {
        let arts: Vec<Article> = ["Twelve people died in the flood on Sunday.", "The flood killed 12 people on Sunday."].iter().enumerate().map(|(i, t)| article(&format!("a{i}"), t)).collect();
        let set = FeatureSet::new(&arts, &Content::new(&arts));
        assert_eq!(set.sentences[0].nums, set.sentences[1].nums);
        assert_eq!(set.sentences[0].nums.len(), 1);
    }

    #[test]
    fn negation_and_subject_are_kept() {
        let arts: Vec<Article> = ["Mayor Varga said she would not raise property taxes next year."].iter().map(|t| article("a", t)).collect();
        let set = FeatureSet::new(&arts, &Content::new(&arts));
        let f = &set.sentences[0];
        assert!(!f.negated.is_empty() && f.negated.len() <= NEGATION_SCOPE);
        assert!(f.subject.is_some());
    }
}
