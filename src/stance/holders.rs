//! Holders: who voices a sentence. Finds quotations and report clauses ("X said …",
//! "according to X", "X warned that …") and names their speakers; everything else is the
//! author's voice.

use crate::analysis::Quote;
use crate::segment::{Sentence, Token};
use std::ops::Range;

/// Verbs of attributed stance the report-verb lexicon leaves out (it lists speech verbs):
/// "China opposes …", "Beijing has been condemning …", "France expressed …".
/// A `match` (length, then bytes) rather than a list scan: this runs for most tokens.
fn is_stance_verb(w: &str) -> bool {
    matches!(
        w,
        "opposes" | "opposed" | "opposing" | "welcomes" | "welcomed"
            | "rejects" | "rejected" | "expressed" | "expresses" | "voiced" | "condemning" | "criticizing"
            | "criticising" | "perceives" | "sees" | "views" | "fears" | "feared" | "hopes" | "hoped"
            | "advocates" | "advocated" | "advocating" | "champions" | "championed" | "championing"
            | "promoting" | "propagating" | "lobbying"
    )
}

/// Auxiliaries and adverbs that may stand between a speaker and the verb ("has firmly said").
const BETWEEN: &[&str] = &[
    "has", "have", "had", "been", "is", "was", "were", "are", "will", "would", "also", "already",
    "not", "never", "again", "then", "later", "once", "too", "still", "did", "does", "do",
    // "X has made a point of emphasizing"
    "made", "a", "point", "of",
];

fn is_report_verb(t: &Token) -> bool {
    // A capitalised "States" in "United States" is a name, not a verb. Most tokens are no
    // report-verb form and fail the filter, which saves them the lookup.
    static FORMS: std::sync::OnceLock<crate::segment::WordFilter> = std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| crate::segment::WordFilter::new(crate::lexicon::report_verb_forms().map(|w| w.0)));
    !t.cap && (is_stance_verb(&t.norm) || forms.may_contain(t.hash) && crate::lexicon::report_verb(&t.norm).is_some())
}

/// Role and title words stripped from speaker names ("Foreign Minister Qin Gang" → "Qin Gang").
const TITLES: &[&str] = &[
    "president", "prime", "minister", "foreign", "defense", "defence", "secretary",
    "secretary-general", "general", "spokesperson", "spokesman", "spokeswoman", "chief",
    "director", "senator", "sen", "rep", "representative", "governor", "gov", "mr", "mrs",
    "ms", "dr", "prof", "professor", "ambassador", "chairman", "chairwoman", "chair",
    "deputy", "vice", "state", "councilor", "councillor", "national", "ministry", "leader",
    "commander", "admiral", "king", "queen", "chancellor", "mayor", "judge", "justice", "official",
    "ceo", "analyst", "expert", "former", "senior", "of", "the",
];


/// Quotations in `text` (paired curly or straight double quotes within one paragraph).
/// Quotes of fewer than four words without a speaker are scare quotes, not quotations.
pub fn find_quotes(text: &str) -> Vec<Range<usize>> {
    // A byte scan (the same quotations as reading char by char: `quotes_by_char` in the
    // tests): only `"`, a newline and the lead bytes of “ ” « » matter, and the character
    // before a `"` is decoded only there.
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        // Eight bytes with none of those four are passed over at once.
        if let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([b'"'; 8]));
            if !(has_byte(x, b'"') || has_byte(x, b'\n') || has_byte(x, 0xE2) || has_byte(x, 0xC2)) {
                i += 8;
                continue;
            }
        }
        match b[i] {
            b'"' => match open {
                Some(s) if b[s] == b'"' => {
                    out.push(s..i + 1);
                    open = None;
                }
                _ if text[..i].chars().next_back().is_some_and(char::is_alphanumeric) => {}
                _ => open = Some(i),
            },
            b'\n' if i == 0 || b[i - 1] == b'\n' => open = None,
            0xE2 | 0xC2 => {
                if let Some((len, opens)) = curly_quote(b, i) {
                    if opens {
                        open = Some(i);
                    } else if let Some(s) = open.take() {
                        out.push(s..i + len);
                    }
                    i += len;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The curly quotation mark or guillemet at byte `i`, if one: its length in bytes and
/// whether it opens a quotation.
fn curly_quote(b: &[u8], i: usize) -> Option<(usize, bool)> {
    match b[i] {
        // “ (E2 80 9C), ” (E2 80 9D)
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)) => Some((3, b[i + 2] == 0x9C)),
        // « (C2 AB), » (C2 BB)
        0xC2 if matches!(b.get(i + 1), Some(0xAB | 0xBB)) => Some((2, b[i + 1] == 0xAB)),
        _ => None,
    }
}

/// Whether one of the eight bytes of `x` is `v` (the zero-byte test on `x ^ v…v`: exact
/// for "any").
#[inline]
fn has_byte(x: u64, v: u8) -> bool {
    const L: u64 = 0x0101_0101_0101_0101;
    let y = x ^ (L * u64::from(v));
    y.wrapping_sub(L) & !y & (L << 7) != 0
}

/// Per-sentence holders (`None` = author) and the quotations with their speakers.
pub fn attribute(text: &str, tokens: &[Token], sentences: &[Sentence]) -> (Vec<Option<String>>, Vec<Quote>) {
    let quotes = find_quotes(text);
    let mut holders = Vec::with_capacity(sentences.len());
    let mut last_person: Option<String> = None;
    let mut out_quotes = Vec::new();
    let mut q = 0;
    for s in sentences {
        let toks = &tokens[s.tokens.clone()];
        let clause = report_clause(text, toks, &mut last_person);
        // Quotes inside (or overlapping) this sentence.
        let mut quoted_bytes = 0;
        while q < quotes.len() && quotes[q].start < s.range.end {
            let r = quotes[q].clone();
            q += 1;
            let words = text[r.clone()].split_whitespace().count();
            let speaker = clause.as_ref().map(|c| c.0.clone());
            if words >= 4 || speaker.is_some() {
                quoted_bytes += r.end.min(s.range.end).saturating_sub(r.start.max(s.range.start));
                out_quotes.push(Quote { range: r, speaker, verb: clause.as_ref().map(|c| c.1.clone()) });
            }
        }
        let mostly_quoted = quoted_bytes * 10 >= (s.range.end - s.range.start) * 8;
        let holder = match clause {
            Some((name, _)) => Some(name),
            None if mostly_quoted => out_quotes.last().and_then(|q| q.speaker.clone()).or(Some("unnamed source".into())),
            None => None,
        };
        holders.push(holder);
        if let Some(p) = persons(toks, text).last() {
            last_person = Some(p.clone());
        }
    }
    (holders, out_quotes)
}

/// A report clause in the sentence: (speaker, verb). Speaker is the capitalised name next to a
/// report verb, the object of "according to", or a pronoun resolved to the last named person.
fn report_clause(text: &str, toks: &[Token], last_person: &mut Option<String>) -> Option<(String, String)> {
    for (i, t) in toks.iter().enumerate() {
        let w = &*t.norm;
        if w == "according" && toks.get(i + 1).is_some_and(|n| &*n.norm == "to") {
            if let Some(name) = name_after(toks, i + 2, text) {
                return Some((name, "according to".into()));
            }
        }
        if w == "according" || !is_report_verb(t) {
            continue;
        }
        // "X (has) (firmly) said": skip auxiliaries and -ly adverbs back to the subject.
        let mut j = i;
        while j > 0 && i - j < 6 && (BETWEEN.contains(&&*toks[j - 1].norm) || toks[j - 1].norm.ends_with("ly") && !toks[j - 1].cap) {
            j -= 1;
        }
        if j > 0 && secondary_voice(toks, j, w) {
            // "…, with experts warning of an arms race": an absolute clause adds a voice to the
            // main clause, which stays the author's.
            continue;
        }
        if j > 0 {
            let prev = &*toks[j - 1].norm;
            if matches!(prev, "he" | "she") {
                if let Some(p) = last_person.clone() {
                    return Some((p, w.to_string()));
                }
            } else if matches!(prev, "it" | "they") {
                // "China … made it clear that it opposes": the nearest name earlier in the sentence.
                if let Some(name) = (0..j - 1).rev().find_map(|k| toks[k].cap.then(|| name_before(toks, k + 1, text)).flatten()) {
                    return Some((name, w.to_string()));
                }
            } else if toks[j - 1].cap && !is_group(prev) {
                if let Some(name) = name_before(toks, j, text) {
                    return Some((name, w.to_string()));
                }
            } else if is_group(prev) {
                return Some((prev.to_string(), w.to_string()));
            } else if j >= 2 && toks[j - 2].cap && !crate::lexicon::is_stopword(&toks[j - 2].norm) && is_body(prev) {
                // "NATO allies have expressed", "the Chinese government said"
                let start = (0..j - 1).rev().take_while(|&k| toks[k].cap).last().unwrap_or(j - 2);
                return Some((text[toks[start].range.start..toks[j - 1].range.end].to_string(), w.to_string()));
            }
        }
        // Inverted "…,” said X" / "…, said X": the verb follows a comma or a closing quote.
        let before = text[..t.range.start].trim_end();
        if (i == 0 || before.ends_with([',', '”', '"', '’'])) && !t.cap {
            if let Some(name) = name_after(toks, i + 1, text) {
                return Some((name, w.to_string()));
            }
        }
    }
    None
}

/// Whether the report verb `verb`, whose subject ends just before token `j`, heads an
/// absolute clause ("with experts warning …", "with Smith saying …"): a participle whose
/// subject follows "with" (optionally with a determiner: "with many analysts noting").
fn secondary_voice(toks: &[Token], j: usize, verb: &str) -> bool {
    if !verb.ends_with("ing") {
        return false;
    }
    // The subject: a capitalised run, or one word (a group noun, a pronoun).
    let mut k = j - 1;
    while k > 0 && toks[k].cap && toks[k - 1].cap && &*toks[k - 1].norm != "with" {
        k -= 1;
    }
    let before = |n: usize| k.checked_sub(n).map(|i| &*toks[i].norm);
    before(1) == Some("with")
        || before(2) == Some("with") && matches!(before(1), Some("many" | "some" | "several" | "the" | "other" | "most" | "few"))
}

/// The capitalised run ending just before `end`, titles stripped, at most three words.
fn name_before(toks: &[Token], end: usize, text: &str) -> Option<String> {
    let mut start = end;
    while start > 0 && toks[start - 1].cap && end - start < 8 {
        start -= 1;
    }
    clean_name(&toks[start..end], text)
}

/// The capitalised run starting at `start` (after an optional "the").
fn name_after(toks: &[Token], mut start: usize, text: &str) -> Option<String> {
    if toks.get(start).is_some_and(|t| &*t.norm == "the") {
        start += 1;
    }
    let mut end = start;
    while end < toks.len() && (toks[end].cap || (&*toks[end].norm == "of" && end > start)) && end - start < 8 {
        end += 1;
    }
    clean_name(&toks[start..end], text)
}

/// Plural nouns for unnamed groups that voice claims ("experts said", "critics argue").
fn is_group(word: &str) -> bool {
    matches!(word, "experts" | "critics" | "analysts" | "officials" | "observers" | "scholars" | "diplomats"
        | "sources" | "residents" | "activists" | "lawmakers" | "researchers" | "economists" | "protesters"
        | "supporters" | "opponents" | "witnesses" | "authorities" | "investigators" | "leaders")
}

/// Head nouns of a named body that can voice claims ("NATO allies", "the Chinese government").
fn is_body(word: &str) -> bool {
    is_group(word)
        || matches!(word, "allies" | "members" | "partners" | "government" | "ministry" | "administration"
            | "council" | "embassy" | "spokesperson" | "spokesman" | "spokeswoman" | "office" | "officials"
            | "parliament" | "military" | "army" | "police" | "court" | "party" | "campaign" | "foundation")
}

/// Whether the token is one of [`TITLES`] (most words are ruled out by their word hash,
/// without scanning the list).
fn is_title(t: &Token) -> bool {
    static TITLE_WORDS: std::sync::OnceLock<crate::segment::WordFilter> = std::sync::OnceLock::new();
    TITLE_WORDS.get_or_init(|| crate::segment::WordFilter::new(TITLES.iter().copied())).may_contain(t.hash) && TITLES.contains(&&*t.norm)
}

fn clean_name(run: &[Token], text: &str) -> Option<String> {
    // Drop everything up to a possessive ("China 's Foreign Minister Qin Gang").
    let from = run.iter().rposition(|t| &*t.norm == "'s").map_or(0, |p| p + 1);
    // Keep what follows the last title word ("French President Emmanuel Macron" → "Emmanuel Macron").
    let run = &run[from..];
    // A capitalised function word at the start ("While", "But") is not part of the name.
    let lead = run.iter().take_while(|t| crate::lexicon::is_stopword(&t.norm)).count();
    let run = if lead < run.len() { &run[lead..] } else { run };
    let after_title = run.iter().rposition(is_title).map_or(0, |p| p + 1);
    let run = if after_title < run.len() { &run[after_title..] } else { run };
    let words: Vec<&str> = run.iter().filter(|t| !is_title(t)).map(|t| &text[t.range.clone()]).collect();
    let function_word = |w: &str| crate::lexicon::is_stopword(&w.to_lowercase());
    if words.is_empty() || words.iter().all(|w| w.len() < 2) || words.len() == 1 && function_word(words[0]) {
        return None;
    }
    let keep = &words[words.len().saturating_sub(3)..];
    Some(keep.join(" "))
}

/// Two-or-more-word capitalised names in a sentence (not at its first token), for pronouns.
fn persons(toks: &[Token], text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 1;
    while i < toks.len() {
        if toks[i].cap && !toks[i].num {
            let start = i;
            while i < toks.len() && toks[i].cap {
                i += 1;
            }
            if i - start >= 2 {
                if let Some(n) = clean_name(&toks[start..i], text) {
                    if n.contains(' ') {
                        out.push(n);
                    }
                }
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_found_through_the_word_filter() {
        // Every listed title (any case) is a title; other words, near ones included, are not.
        let text = TITLES.join(" ") + " " + &TITLES.join(" ").to_uppercase();
        let mut toks = Vec::new();
        crate::segment::tokenize(&text, 0..text.len(), &mut toks);
        assert_eq!(toks.len(), 2 * TITLES.len());
        for t in &toks {
            assert_eq!(is_title(t), TITLES.contains(&&*t.norm), "{}", &*t.norm);
        }
        // Tokens never keep an abbreviation's dot ("Mr." is "mr" then "."), so no entry has one.
        assert!(TITLES.iter().all(|t| !t.contains('.')));
        assert_eq!(toks.iter().filter(|t| is_title(t)).count(), 2 * TITLES.len());
        let other = "presidents Smith ministers statement of-the dry mister chairmen vicar Stoltenberg governors";
        let mut toks = Vec::new();
        crate::segment::tokenize(other, 0..other.len(), &mut toks);
        for t in &toks {
            assert_eq!(is_title(t), TITLES.contains(&&*t.norm), "{}", &*t.norm);
        }
        assert!(!toks.iter().any(is_title), "{:?}", toks.iter().filter(|t| is_title(t)).map(|t| &*t.norm).collect::<Vec<_>>());
    }

    #[test]
    fn abbreviated_titles_are_not_part_of_a_name() {
        // "Mr Smith" (no dot, as British papers write it) is Smith; so are "Dr"/"Prof"/"Sen".
        let name = |s: &str| {
            let mut toks = Vec::new();
            crate::segment::tokenize(s, 0..s.len(), &mut toks);
            clean_name(&toks, s)
        };
        assert_eq!(name("Mr Smith").as_deref(), Some("Smith"));
        assert_eq!(name("Prof Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(name("Sen Maria Lopez").as_deref(), Some("Maria Lopez"));
        assert_eq!(name("Mark Smith").as_deref(), Some("Mark Smith"));
    }

    /// The char-by-char reading `find_quotes` replaced (it scans bytes); both must find the
    /// same quotations everywhere.
    fn quotes_by_char(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        let mut prev = '\n';
        for (i, c) in text.char_indices() {
            match c {
                '“' | '«' => open = Some(i),
                '”' | '»' => {
                    if let Some(s) = open.take() {
                        out.push(s..i + c.len_utf8());
                    }
                }
                '"' => match open {
                    Some(s) if text[s..].starts_with('"') => {
                        out.push(s..i + 1);
                        open = None;
                    }
                    _ if prev.is_alphanumeric() => {}
                    _ => open = Some(i),
                },
                '\n' if prev == '\n' => open = None,
                _ => {}
            }
            prev = c;
        }
        out
    }

    #[test]
    fn report_forms_pass_the_filter() {
        let mut toks = Vec::new();
        let text: String = crate::lexicon::report_verb_forms().map(|w| w.0).filter(|w| !w.contains(' ')).collect::<Vec<_>>().join(" ");
        crate::segment::tokenize(&text, 0..text.len(), &mut toks);
        assert!(toks.len() > 50);
        for t in &toks {
            assert_eq!(is_report_verb(t), is_stance_verb(&t.norm) || crate::lexicon::report_verb(&t.norm).is_some(), "{}", &*t.norm);
        }
        let x = u64::from_le_bytes(*b"abc\"defg");
        assert!(has_byte(x, b'"') && !has_byte(x, b'\n') && !has_byte(x, 0xE2) && has_byte(x, b'a') && has_byte(x, b'g'));
        assert!(!has_byte(u64::from_le_bytes([0x80, 0x01, 0x21, 0x23, 0xE1, 0xE3, 0xC1, 0xC3]), b'"'));
    }

    #[test]
    fn byte_scan_finds_the_quotes_of_the_char_reading() {
        let texts = [
            "He said “no” and «non» and \"nope\" then a 12\" pipe, é\"x\" and 東\"y\".",
            "“open\n\n“again” «a “b» c” \"x “y\" z” \"\"",
            "\n\"a\n\nb\" «\n\n» “\n”", "", "\"", "“", "”", "«»", "a\"", "\u{a0}\"q\"", "Ω\"w\" ẞ\"v\" 9\"",
            "‘single’ ’ “ ” „low“ ‚x‘ — – … € ¥ £ © ® «", "x\r\n\r\n\"y\" \n \n\"z\"",
            "a long line of plain words, then “a quote” far in; and eight-byte runs\"x\" «guillemets» end\n\n\"",
        ];
        for t in texts {
            assert_eq!(find_quotes(t), quotes_by_char(t), "{t:?}");
            for k in (0..t.len()).filter(|&k| t.is_char_boundary(k)) {
                assert_eq!(find_quotes(&t[k..]), quotes_by_char(&t[k..]), "{t:?} from {k}");
            }
        }
    }
    use crate::ingest::BlockKind;
    use crate::segment::{split_sentences, tokenize};

    fn run(text: &str) -> (Vec<Option<String>>, Vec<Quote>) {
        let mut tokens = Vec::new();
        let sentences: Vec<Sentence> = split_sentences(text, 0..text.len())
            .into_iter()
            .map(|r| {
                let a = tokens.len();
                tokenize(text, r.clone(), &mut tokens);
                Sentence { range: r, kind: BlockKind::Body, tokens: a..tokens.len() }
            })
            .collect();
        attribute(text, &tokens, &sentences)
    }

    #[test]
    fn speakers_of_quotes_and_report_clauses() {
        let (h, q) = run("“The plan escalates tensions in the region,” said Xiang Haoyu, a researcher. China’s Foreign Minister Qin Gang said the strategy is an “attempt to gang up on others.” The sky is blue.");
        assert_eq!(h, [Some("Xiang Haoyu".into()), Some("Qin Gang".into()), None]);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].speaker.as_deref(), Some("Xiang Haoyu"));
        assert_eq!(q[1].verb.as_deref(), Some("said"));
    }

    #[test]
    fn groups_bodies_and_titles() {
        let (h, _) = run("French President Emmanuel Macron has expressed his opposition. Experts warned of risks. NATO allies have voiced concern. The plan further supports growth. It is countering the Communist bloc. While Jens Stoltenberg has made a point of emphasizing ties, nobody listened.");
        assert_eq!(h, [Some("Emmanuel Macron".into()), Some("experts".into()), Some("NATO allies".into()), None, None, Some("Jens Stoltenberg".into())]);
    }

    #[test]
    fn according_to_and_pronouns() {
        let (h, _) = run("Prime Minister Jane Alder visited the port. She warned that costs would rise. According to Reuters, talks stalled.");
        assert_eq!(h, [None, Some("Jane Alder".into()), Some("Reuters".into())]);
    }

    #[test]
    fn an_absolute_clause_adds_a_voice_but_the_main_clause_stays_the_authors() {
        let (h, _) = run("The plan was criticised for raising costs, with experts warning of shortages. Prices fell, with many analysts saying the worst was over. Experts warning of shortages met on Monday. With Jane Alder saying she would resign, the party met.");
        assert_eq!(h, [None, None, Some("experts".into()), None]);
    }
}
