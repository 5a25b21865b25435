//! Names and numbers in claim sentences, unified across their surface forms using only the
//! set of articles itself: an acronym and its expansion ("US", "U.S." and "United States"),
//! a demonym and its country ("Chinese" → China) when the country is named too, number
//! words and digits ("twelve" = "12").

use super::super::words::{is_claim_kind, Content};
use crate::analysis::Article;
use crate::segment::Token;
use rustc_hash::{FxHashMap, FxHashSet};

/// Longest acronym, in letters.
const ACRONYM_LETTERS: usize = 6;

/// The number a number word stands for ("twelve people" = "12 people"); "one" is too often
/// a pronoun.
pub(super) fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "thousand" => 1000,
        "million" => 1_000_000,
        "billion" => 1_000_000_000,
        _ => return None,
    })
}

/// Demonyms that no suffix rule reaches, with their country (general, not story-specific).
const DEMONYMS: &[(&str, &str)] = &[
    ("french", "france"), ("british", "britain"), ("dutch", "netherlands"), ("swiss", "switzerland"),
    ("greek", "greece"), ("danish", "denmark"), ("swedish", "sweden"), ("finnish", "finland"),
    ("turkish", "turkey"), ("spanish", "spain"), ("irish", "ireland"), ("thai", "thailand"),
    ("filipino", "philippines"), ("afghan", "afghanistan"), ("norwegian", "norway"), ("peruvian", "peru"),
];

/// Whether the token's text is an acronym ("NATO", "U.S."): its key, letters lowercased.
pub(super) fn acronym(text: &str) -> Option<String> {
    let letters: String = text.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=ACRONYM_LETTERS).contains(&n) && letters.chars().all(char::is_uppercase)).then(|| letters.to_lowercase())
}

/// Title Case headlines capitalise every word: no names to tell apart there.
pub(super) fn title_case(toks: &[Token], content: &[bool]) -> bool {
    let (words, caps) = toks.iter().zip(content).filter(|x| *x.1).fold((0, 0), |(n, c), (t, _)| (n + 1, c + usize::from(t.cap)));
    caps * 10 > words * 6
}

/// Names of the set: words capitalised inside a sentence, acronyms, and the country each
/// demonym stands for.
pub(super) struct Names<'a> {
    pub known: FxHashSet<&'a str>,
    pub acronyms: FxHashSet<String>,
    pub alias: FxHashMap<&'a str, String>,
}

impl<'a> Names<'a> {
    pub fn new(articles: &'a [Article], content: &Content) -> Names<'a> {
        let mut known = FxHashSet::default();
        let mut acronyms = FxHashSet::default();
        for (ai, a) in articles.iter().enumerate() {
            for s in a.sentences.iter().filter(|s| is_claim_kind(s.kind)) {
                let (toks, cont) = (&a.tokens[s.tokens.clone()], &content.article(ai)[s.tokens.clone()]);
                let title = title_case(toks, cont);
                for (k, t) in toks.iter().enumerate() {
                    if let Some(key) = t.cap.then(|| acronym(&a.doc.text[t.range.clone()])).flatten() {
                        acronyms.insert(key);
                    } else if t.cap && k > 0 && !title && cont[k] {
                        known.insert(&*t.norm);
                    }
                }
            }
        }
        let mut alias = FxHashMap::default();
        for &w in &known {
            if let Some(c) = country_of(w, &known) {
                alias.insert(w, c);
            }
        }
        Names { known, acronyms, alias }
    }
}

/// The country a demonym stands for, when that country is among `known` names
/// ("chinese" → china, "russian" → russia, "ukrainian" → ukraine, "israeli" → israel).
fn country_of(w: &str, known: &FxHashSet<&str>) -> Option<String> {
    if let Some(&(_, c)) = DEMONYMS.iter().find(|(d, _)| *d == w) {
        return known.contains(c).then(|| c.to_string());
    }
    let mut candidates: Vec<String> = Vec::new();
    // Suffixes are ASCII and checked by `ends_with`, so every cut is on a char boundary.
    let mut push = |n: usize, add: &str| {
        if w.len() > n + 2 {
            candidates.push(format!("{}{add}", &w[..w.len() - n]));
        }
    };
    if w.ends_with("ese") {
        push(3, "");
        push(3, "a");
    } else if w.ends_with("ian") {
        push(1, "");
        push(3, "");
        push(3, "e");
        push(3, "y");
        push(3, "a");
    } else if w.ends_with("an") {
        push(1, "");
        push(2, "");
        push(2, "o");
        push(0, "y");
    } else if w.ends_with('n') {
        push(1, "");
        push(0, "y");
    } else if w.ends_with('i') {
        push(1, "");
    }
    candidates.into_iter().find(|c| c.len() >= 4 && c != w && known.contains(c.as_str()))
}

/// Tokens `i..=j` of a sentence that spell out an acronym of the set ("United States"),
/// found greedily from the left, longest first; with the acronym's key.
pub(super) fn expansions(toks: &[Token], acronyms: &FxHashSet<String>) -> Vec<(usize, usize, String)> {
    const CONNECTORS: [&str; 5] = ["of", "and", "for", "the", "on"];
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].cap {
            i += 1;
            continue;
        }
        let mut initials = String::new();
        let mut best: Option<(usize, String)> = None;
        for (j, t) in toks.iter().enumerate().skip(i).take(8) {
            if t.cap {
                initials.extend(t.norm.chars().next());
                if initials.chars().count() >= 2 && acronyms.contains(&initials) {
                    best = Some((j, initials.clone()));
                }
            } else if !CONNECTORS.contains(&&*t.norm) {
                break;
            }
        }
        match best {
            Some((j, key)) => {
                out.push((i, j, key));
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}
