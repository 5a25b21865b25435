//! Lexicon unit tests: phrase matching, contractions, report verbs, notes, table invariants
//! and drift between the generated tables and the data files.

use super::*;

fn at(s: &str, i: usize) -> Option<CueMatch> {
    let words: Vec<&str> = s.split(' ').collect();
    match_at(&words, i)
}

fn kind_len(s: &str, i: usize) -> Option<(CueKind, usize)> {
    at(s, i).map(|m| (m.kind, m.len))
}

#[test]
fn multi_word_phrases() {
    use CueKind::*;
    assert_eq!(kind_len("it appears that the talks failed", 0), Some((Hedge, 3)));
    assert_eq!(kind_len("true to some extent", 1), Some((Hedge, 3)));
    assert_eq!(kind_len("they gang up on smaller states", 1), Some((Loaded, 3)));
    assert_eq!(kind_len("they ganged up", 1), Some((Loaded, 2)));
    assert_eq!(kind_len("a witch hunt", 1), Some((Loaded, 2)));
    assert_eq!(kind_len("a witch-hunt", 1), Some((Loaded, 1)));
    assert_eq!(kind_len("opening pandora 's box", 1), Some((Loaded, 3)));
    assert_eq!(kind_len("according to officials", 0), Some((Report, 2)));
    assert_eq!(kind_len("she pointed out that", 1), Some((Report, 2)));
    assert_eq!(kind_len("in spite of protests", 0), Some((Contrast, 3)));
    assert_eq!(kind_len("on the other hand", 0), Some((Contrast, 4)));
    // A phrase cut off by the end of the sentence does not match.
    assert_eq!(kind_len("it seems", 0), None);
    assert_eq!(kind_len("in spite", 0), None);
    assert_eq!(at("x", 5), None);
    assert_eq!(match_at(&[""], 0), None);
}

#[test]
fn longest_match_wins() {
    use CueKind::*;
    assert_eq!(kind_len("there is no doubt", 2), Some((Booster, 2)));
    assert_eq!(kind_len("no", 0), Some((Negation, 1)));
    assert_eq!(kind_len("not only this but also", 0), Some((Booster, 2)));
    assert_eq!(kind_len("not this", 0), Some((Negation, 1)));
    assert_eq!(kind_len("no longer", 0), Some((Negation, 2)));
    assert_eq!(kind_len("they lashed out at", 1), Some((Loaded, 2)));
    assert_eq!(kind_len("they lashed", 1), None);
}

#[test]
fn contractions_negate() {
    for w in ["don't", "isn't", "can't", "won't", "didn't", "wouldn't", "cannot", "never", "mightn't", "shan't"] {
        assert_eq!(kind_len(w, 0), Some((CueKind::Negation, 1)), "{w}");
    }
    // Any other n't contraction too.
    assert_eq!(kind_len("usedn't", 0), Some((CueKind::Negation, 1)));
}

#[test]
fn context_rules() {
    assert_eq!(at("in may the office opened", 1), None);
    assert_eq!(at("on may 5", 1), None);
    assert_eq!(kind_len("it may open", 1), Some((CueKind::Hedge, 1)));
    assert_eq!(at("the no 1 seed", 1), None);
    assert_eq!(kind_len("no deal", 0), Some((CueKind::Negation, 1)));
}

#[test]
fn report_verb_inflections() {
    for w in ["say", "says", "said", "saying"] {
        let v = report_verb(w).unwrap();
        assert_eq!((v.lemma, v.weight, v.class), ("say", 0.5, "neutral"), "{w}");
    }
    for (w, lemma, weight) in [
        ("told", "tell", 0.5),
        ("stated", "state", 0.5),
        ("claimed", "claim", 0.3),
        ("alleges", "allege", 0.3),
        ("admitted", "admit", 0.8),
        ("acknowledged", "acknowledge", 0.8),
        ("conceded", "concede", 0.8),
        ("warned", "warn", 0.55),
        ("urging", "urge", 0.5),
        ("insisted", "insist", 0.4),
        ("pointed out", "point out", 0.75),
        ("according to", "according to", 0.5),
        ("emphasised", "emphasize", 0.55),
    ] {
        let v = report_verb(w).unwrap_or_else(|| panic!("{w}"));
        assert_eq!((v.lemma, v.weight), (lemma, weight), "{w}");
        assert!(!v.note.is_empty());
    }
    assert_eq!(report_verb("states"), None); // "the United States"
    assert_eq!(report_verb("table"), None);
    // Sensational report verbs are loaded cues but still report verbs.
    assert_eq!(kind_len("critics slammed", 1), Some((CueKind::Loaded, 1)));
    assert_eq!(report_verb("slammed").unwrap().class, "sensational");
    let m = at("he claimed", 1).unwrap();
    assert_eq!((m.kind, m.weight), (CueKind::Report, 0.3));
}

#[test]
fn topic_words_are_not_cues() {
    for w in ["war", "military", "security", "defense", "crisis", "conflict", "threat", "criticism", "killed", "party", "support", "like", "united"] {
        assert_eq!(at(w, 0), None, "{w}");
    }
    // ...but valence() still knows VADER's rating.
    assert_eq!(valence("war"), Some(-2.9));
    assert_eq!(evaluative("war"), None);
}

#[test]
fn evaluative_and_loaded() {
    let m = at("a perilous step", 1).unwrap();
    assert_eq!((m.kind, m.source), (CueKind::Evaluative, "Parallax rating"));
    assert!((m.polarity + 2.1 / 4.0).abs() < 1e-6);
    let m = at("a wonderful day", 1).unwrap();
    assert_eq!((m.kind, m.source), (CueKind::Evaluative, "VADER"));
    assert!(m.polarity > 0.5);
    for w in ["tentacles", "thugs", "so-called", "incendiary", "disgraceful", "woke", "slammed"] {
        let m = at(w, 0).unwrap_or_else(|| panic!("{w}"));
        assert_eq!(m.kind, CueKind::Loaded, "{w}");
        assert!(m.weight > 0.0 && m.weight <= 1.0 && m.polarity.abs() <= 1.0, "{w}");
    }
    assert!(at("heroic", 0).unwrap().polarity > 0.0);
}

#[test]
fn notes() {
    let n = |s: &str, i: usize, w: &str| note(&at(s, i).unwrap(), w);
    assert_eq!(n("its tentacles", 1, "tentacles"), "loaded: “tentacles” is figurative, emotive wording (Parallax list, after Recasens et al. 2013)");
    assert_eq!(n("a witch hunt", 1, "witch hunt"), "loaded: “witch hunt” is figurative, emotive wording (BSD figurative list)");
    assert_eq!(n("so thugs", 1, "thugs"), "loaded: “thugs” is a derogatory label (Parallax list, after Recasens et al. 2013)");
    assert_eq!(n("a perilous", 1, "perilous"), "evaluative: “perilous” is negative (Parallax rating −2.1)");
    assert_eq!(n("a great", 1, "great"), "evaluative: “great” is positive (VADER +3.1)");
    assert_eq!(n("it may", 1, "may"), "hedge: “may” softens the claim (hedges list, after Hyland 2005)");
    assert!(n("he claimed", 1, "claimed").contains("distances the writer"));
    assert!(n("she pointed out", 1, "Pointed\nout").starts_with("report: “Pointed out” attributes"));
    assert_eq!(n("not", 0, "not"), "negation: “not” reverses or cancels what follows");
    assert!(n("however", 0, "However").starts_with("contrast: “However”"));
    assert!(n("not only", 0, "not only").contains("does not negate"));
    // A hand-made match still gets a sensible note.
    let m = CueMatch { len: 1, kind: CueKind::Loaded, polarity: -0.5, weight: 0.5, source: "BSD figurative list" };
    assert_eq!(note(&m, "x"), "loaded: “x” is figurative, emotive wording (BSD figurative list)");
}

#[test]
fn notes_are_the_formatted_text() {
    // `note` builds its text from pieces; this is the same text written with `format!`
    // (as `note` did before), for every cue of the table, as one word and spread over
    // whitespace, and for hand-made matches of every kind with both signs.
    fn reference(m: &CueMatch, words: &str) -> String {
        let w = words.split_whitespace().collect::<Vec<_>>().join(" ");
        let src = match m.source {
            "hedges (npm)" => "hedges list, after Hyland 2005",
            "VADER negations" | "negation" => "negation",
            s => s,
        };
        match m.kind {
            CueKind::Loaded => format!("loaded: “{w}” is {} ({src})", note::loaded_class(m.source)),
            CueKind::Evaluative => {
                let sign = if m.polarity < 0.0 { "negative" } else { "positive" };
                let v = m.polarity * 4.0;
                let v = if v < 0.0 { format!("−{:.1}", -v) } else { format!("+{v:.1}") };
                format!("evaluative: “{w}” is {sign} ({src} {v})")
            }
            CueKind::Hedge => format!("hedge: “{w}” softens the claim ({src})"),
            CueKind::Booster if w.eq_ignore_ascii_case("not only") => format!("booster: “{w}” adds emphasis; it does not negate ({src})"),
            CueKind::Booster => format!("booster: “{w}” presents the claim as certain or emphatic ({src})"),
            CueKind::Report => {
                let key: String = w.chars().map(crate::text::fold_char).flat_map(char::to_lowercase).collect();
                match report_verb(&key) {
                    Some(v) => format!("report: “{w}” attributes the content to a speaker — {} ({src})", v.note),
                    None => format!("report: “{w}” attributes the content to a speaker ({src})"),
                }
            }
            CueKind::Negation => format!("negation: “{w}” reverses or cancels what follows"),
            CueKind::Contrast => format!("contrast: “{w}” sets what follows against what precedes ({src})"),
        }
    }
    let mut kinds = std::collections::HashSet::new();
    for line in tables::CUES.split('\n') {
        let key = line.split('\t').next().unwrap();
        let words: Vec<&str> = key.split(' ').collect();
        let Some(m) = match_at(&words, 0) else { continue };
        kinds.insert(format!("{:?}", m.kind));
        for surface in [key.to_string(), key.replace(' ', " \n  "), key.to_uppercase()] {
            assert_eq!(note(&m, &surface), reference(&m, &surface), "{key}");
        }
    }
    assert!(kinds.len() >= 6, "{kinds:?}");
    for kind in [CueKind::Loaded, CueKind::Evaluative, CueKind::Hedge, CueKind::Booster, CueKind::Report, CueKind::Negation, CueKind::Contrast] {
        for polarity in [-0.55, -0.0, 0.0, 0.3, 1.0] {
            for source in ["hedges (npm)", "VADER", "negation", "made-up list"] {
                let m = CueMatch { len: 1, kind, polarity, weight: 0.5, source };
                for w in ["x", "", "not only", "said", "Pointed\tout"] {
                    assert_eq!(note(&m, w), reference(&m, w), "{kind:?} {polarity} {source} {w:?}");
                }
            }
        }
    }
}

#[test]
fn other_lookups() {
    assert!(is_stopword("the") && is_stopword("'s") && is_stopword("however"));
    assert!(!is_stopword("state") && !is_stopword("research") && !is_stopword("nato"));
    assert_eq!(is_intensifier("extremely"), Some(0.293));
    assert_eq!(is_intensifier("slightly"), Some(-0.293));
    assert_eq!(is_intensifier("table"), None);
    let (p, s) = subjectivity("terrible").unwrap();
    assert!(p < -0.5 && s > 0.5, "{p} {s}");
    assert_eq!(subjectivity("nato"), None);
}

#[test]
fn tables_are_sorted_and_parse() {
    for (name, t) in [("CUES", tables::CUES), ("VALENCE", tables::VALENCE), ("SUBJECTIVITY", tables::SUBJECTIVITY),
        ("INTENSIFIERS", tables::INTENSIFIERS), ("REPORT_FORMS", tables::REPORT_FORMS), ("STOPWORDS", tables::STOPWORDS)]
    {
        let keys: Vec<&str> = t.split('\n').map(|l| l.split('\t').next().unwrap()).collect();
        assert!(keys.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()), "{name} not sorted");
        for k in &keys {
            assert!(Table(t).contains(k), "{name}: {k}");
        }
    }
    for line in tables::CUES.split('\n') {
        let (k, v) = line.split_once('\t').unwrap();
        assert!(parse_cue(1, v).is_some(), "{k}");
    }
    for line in tables::REPORT_FORMS.split('\n') {
        assert!(report_verb(line.split('\t').next().unwrap()).is_some(), "{line}");
    }
}

fn fnv1a(chunks: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in chunks.iter().flat_map(|c| c.iter()).filter(|&&b| b != b'\r') {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[test]
fn tables_match_data_files() {
    assert_eq!(
        fnv1a(&tables::INPUT_BYTES),
        tables::INPUT_HASH,
        "src/lexicon/tables.rs is stale: run `python3 scripts/gen_lexicon.py`"
    );
    // Every data file is an input of the generator (none is silently ignored).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon/data");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".tsv") || (name.ends_with(".txt") && !name.starts_with("LICENSE")) {
            assert!(tables::INPUT_FILES.contains(&name.as_str()), "{name} is not read by gen_lexicon.py");
        }
    }
}

#[test]
fn phrase_rest_matches_like_a_word_split() {
    let reference = |rest: &str, words: &[&str]| rest.split(' ').count() == words.len() && rest.split(' ').zip(words).all(|(a, b)| a == *b);
    let cases: &[(&str, &[&str])] = &[
        ("of", &["of"]),
        ("of", &["off"]),
        ("spite of", &["spite", "of"]),
        ("spite of", &["spite", "o"]),
        ("spite of", &["spit", "e"]),
        ("spite of", &["spite"]),
        ("up on", &["up", "on", "us"]),
        ("", &[""]),
        ("a  b", &["a", "", "b"]),
    ];
    for &(rest, words) in cases {
        assert_eq!(super::rest_matches(rest, words), reference(rest, words), "{rest:?} {words:?}");
    }
}

#[test]
fn table_numbers_parse_as_std_does() {
    let same = |s: &str| assert_eq!(int(s).map(f32::to_bits), s.parse::<f32>().ok().map(f32::to_bits), "{s:?}");
    for s in ["0", "-0", "+7", "-293", "1677721", "9999999", "007"] {
        same(s);
    }
    // Not table numbers: None (std would parse the decimals).
    for s in ["", "-", "+", "1.5", "1e3", "inf", "12345678", "--1", "+-1", " 1"] {
        assert_eq!(int(s), None, "{s:?}");
    }
    // Every number field the lookups read, in every table.
    let mut n = 0;
    for line in tables::VALENCE.split('\n') {
        same(line.split('\t').nth(1).unwrap().trim_end_matches(['n', 'p']));
        n += 1;
    }
    for line in tables::CUES.split('\n') {
        let f: Vec<&str> = line.split('\t').collect();
        same(&f[1][1..]);
        same(f[2]);
        n += 2;
    }
    for line in tables::SUBJECTIVITY.split('\n') {
        for v in line.split('\t').skip(1).take(2) {
            same(v);
            n += 1;
        }
    }
    for line in tables::INTENSIFIERS.split('\n') {
        same(line.split('\t').nth(1).unwrap());
        n += 1;
    }
    assert!(n > 10_000, "{n}");
}

#[test]
fn one_lookup_gives_the_cue_entry_and_the_valence() {
    // `cue_word` must answer as `CUES.word` and `valence_entry` for every word: cue keys,
    // first words of phrases, valence words, and words in neither table.
    let mut words: Vec<&str> = CUES.keys().flat_map(|k| [k, k.split(' ').next().unwrap_or(k)]).chain(VALENCE.keys()).collect();
    words.extend(["", "the", "zqxv", "peace", "war", "perilous", "may", "it", "appears", "didn't", "Peace"]);
    assert!(words.len() > 7000);
    for w in words {
        let (single, phrases, valence) = cue_word(w);
        let (s2, p2) = CUES.word(w);
        assert_eq!((single, phrases, valence), (s2, p2, valence_entry(w)), "{w}");
    }
}
