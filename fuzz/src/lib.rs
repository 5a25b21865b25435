//! Shared by the fuzz targets (fuzz/fuzz_targets/) and the regression test that replays
//! their crashes (tests/fuzz_regressions.rs includes this file with `#[path]`), so a
//! fixture in tests/fuzz-crashers/ is decoded and checked exactly as the fuzzer did.
//!
//! Only `std` and `parallax` are used here: the root crate's tests need no extra dependency.

use parallax::report::{ArticleInput, Input, Report};
use parallax::Error;

/// Bytes → Input. Layout (chosen so that libFuzzer's mutations keep the structure):
///
/// * byte 0 — control: bits 0–1 number of targets (0–3), bit 2 `skipComparison`,
///   bits 3–5 `maxTargets` (0–7), bit 6 one more target made of an empty string.
/// * the rest, split on `0xFF` (never valid UTF-8): the first pieces are targets, then one
///   piece per article. An article piece starts with a header byte:
///   bits 0–1 the body (0, 1 text; 2 html; 3 both when bit 7 is set, else neither),
///   bits 2–4 the id (0–4 fresh `a{i}`; 5 the previous id again; 6 empty; 7 `" \u{0}é"`-ish),
///   bit 5 a `source`, bit 6 a `title` (the first line of the body).
///   The body is the rest of the piece, decoded as lossy UTF-8.
pub fn decode_input(data: &[u8]) -> Input {
    let (&ctl, rest) = data.split_first().unwrap_or((&0, &[]));
    let mut pieces = rest.split(|&b| b == 0xFF);
    let mut input = Input::default();
    input.options.skip_comparison = ctl & 0b100 != 0;
    input.options.max_targets = ((ctl >> 3) & 0b111) as usize;
    for _ in 0..(ctl & 0b11) {
        if let Some(p) = pieces.next() {
            input.targets.push(String::from_utf8_lossy(p).into_owned());
        }
    }
    if ctl & 0b100_0000 != 0 {
        input.targets.push(String::new());
    }
    for (i, piece) in pieces.enumerate() {
        let (&head, body) = piece.split_first().unwrap_or((&0, &[]));
        let body = String::from_utf8_lossy(body).into_owned();
        let id = match (head >> 2) & 0b111 {
            0..=4 => format!("a{i}"),
            5 => input.articles.last().map_or_else(|| "a0".to_string(), |a: &ArticleInput| a.id.clone()),
            6 => String::new(),
            _ => format!(" \u{0}é{}\u{202E}", i % 2),
        };
        let title = (head & 0b100_0000 != 0).then(|| body.lines().next().unwrap_or("").to_string());
        let source = (head & 0b10_0000 != 0).then(|| format!("Source {}", i % 3));
        let (text, html) = match head & 0b11 {
            0 | 1 => (Some(body), None),
            2 => (None, Some(body)),
            _ if head & 0x80 != 0 => (Some(body.clone()), Some(body)),
            _ => (None, None),
        };
        input.articles.push(ArticleInput { id, text, html, source, title, ..Default::default() });
    }
    input
}

/// Runs `analyze` on `input` and asserts every invariant of the contract; twice, for determinism.
pub fn analyze_and_check(input: &Input) {
    let result = parallax::analyze(input);
    check_result(input, &result);
    let again = parallax::analyze(input);
    match (&result, &again) {
        (Ok(a), Ok(b)) => assert!(a == b, "analysis is not deterministic"),
        (Err(a), Err(b)) => assert_eq!(a, b, "errors are not deterministic"),
        _ => panic!("analysis is not deterministic (Ok once, Err once)"),
    }
}

/// Whether the input is well-formed (the cases `analyze` must refuse with an error).
fn well_formed(input: &Input) -> bool {
    let mut ids = std::collections::HashSet::new();
    !input.articles.is_empty()
        && input.articles.len() <= parallax::MAX_ARTICLES
        && input.articles.iter().all(|a| {
            !a.id.trim().is_empty()
                && a.id != "__proto__"
                && ids.insert(a.id.as_str())
                && (a.text.is_some() != a.html.is_some())
        })
}

/// The invariants of one result: errors only for bad input, and every span of a Report
/// inside its text, on character boundaries, sentences in order and non-overlapping, …
pub fn check_result(input: &Input, result: &Result<Report, Error>) {
    let report = match result {
        Err(e) => {
            assert!(e.code().starts_with("E_"), "code {:?}", e.code());
            assert!(!e.to_string().trim().is_empty(), "an error without a message");
            let small = input.articles.iter().all(|a| {
                a.text.as_ref().map_or(0, String::len) + a.html.as_ref().map_or(0, String::len) < 1 << 20
            });
            assert!(!(well_formed(input) && small), "well-formed small input refused: {e} ({})", e.code());
            return;
        }
        Ok(r) => r,
    };
    assert!(well_formed(input), "malformed input accepted");
    assert_eq!(report.version, 1);
    assert_eq!(report.articles.len(), input.articles.len());
    let target_ids: Vec<&str> = report.targets.iter().map(|t| t.id.as_str()).collect();
    let mut units_of = Vec::new();
    for (a, inp) in report.articles.iter().zip(&input.articles) {
        assert_eq!(a.id, inp.id, "articles out of order");
        let text = match (&inp.text, &a.text) {
            (Some(t), None) => t.as_str(),
            (None, Some(t)) => t.as_str(),
            (Some(_), Some(_)) => panic!("a text article got an extracted text"),
            (None, None) => panic!("an HTML article without its extracted text"),
        };
        let units: Vec<u16> = text.encode_utf16().collect();
        let span = |what: &str, s: usize, e: usize| {
            assert!(s <= e && e <= units.len(), "{what} {s}..{e} outside 0..{}", units.len());
            let boundary = |i: usize| i == units.len() || !(0xDC00..0xE000).contains(&units[i]);
            assert!(boundary(s) && boundary(e), "{what} {s}..{e} splits a surrogate pair");
        };
        let mut last = 0;
        for s in &a.sentences {
            span("sentence", s.start, s.end);
            assert!(s.start < s.end, "empty sentence at {}", s.start);
            assert!(s.start >= last, "sentence {}..{} overlaps or precedes {last}", s.start, s.end);
            last = s.end;
            assert!((0.0..=1.0).contains(&s.subjectivity), "subjectivity {}", s.subjectivity);
            for c in &s.cues {
                span("cue", c.start, c.end);
                assert!(c.start >= s.start && c.end <= s.end && c.start < c.end, "cue outside its sentence");
                assert!(c.polarity.is_finite() && c.weight.is_finite() && !c.note.is_empty());
            }
            for st in &s.stance {
                assert!(target_ids.contains(&st.target.as_str()), "unknown target {}", st.target);
                assert!((-1.0..=1.0).contains(&st.score), "score {}", st.score);
                assert!(matches!(st.label.as_str(), "favor" | "against" | "none"));
            }
        }
        for r in &a.removed {
            span("removed", r.start, r.end);
        }
        for q in &a.quotes {
            span("quote", q.start, q.end);
        }
        for st in &a.stance {
            assert!(target_ids.contains(&st.target.as_str()));
            assert!((-1.0..=1.0).contains(&st.score), "article score {}", st.score);
        }
        let m = &a.metrics;
        assert_eq!(m.sentences, a.sentences.len());
        for x in [m.subjectivity, m.hedging, m.quote_share] {
            assert!((0.0..=1.0).contains(&x), "metric {x}");
        }
        units_of.push((a.id.as_str(), units, a.sentences.len()));
    }
    let art = |id: &str| units_of.iter().find(|(x, _, _)| *x == id).unwrap_or_else(|| panic!("unknown article {id}"));
    let c = &report.comparison;
    if !c.similarity.is_empty() {
        assert_eq!(c.similarity.len(), report.articles.len());
        for row in &c.similarity {
            assert_eq!(row.len(), report.articles.len());
            assert!(row.iter().all(|x| (0.0..=1.0 + 1e-9).contains(x)), "similarity {row:?}");
        }
    }
    for r in &c.reuse {
        let (a, b) = (art(&r.a), art(&r.b));
        assert!((0.0..=1.0 + 1e-9).contains(&r.share_a) && (0.0..=1.0 + 1e-9).contains(&r.share_b));
        for s in &r.spans {
            assert!(s.a_start <= s.a_end && s.a_end <= a.1.len(), "reuse span outside {}", r.a);
            assert!(s.b_start <= s.b_end && s.b_end <= b.1.len(), "reuse span outside {}", r.b);
        }
    }
    for cl in &c.claims {
        assert!(!cl.members.is_empty());
        for m in &cl.members {
            assert!(m.sentence < art(&m.article).2, "claim member outside its article");
        }
    }
    for (id, list) in &c.unique {
        let n = art(id).2;
        assert!(list.iter().all(|&i| i < n), "unique sentence outside its article");
    }
    for (id, terms) in &c.terms {
        art(id);
        assert!(terms.iter().all(|t| t.score.is_finite() && !t.term.is_empty()));
    }
    for v in &c.voices {
        for id in v.articles.keys() {
            art(id);
        }
    }
}

/// The HTML target: `to_text` on raw bytes, then the whole analysis of that HTML.
pub fn check_html(data: &[u8]) {
    let html = String::from_utf8_lossy(data);
    let text = parallax::ingest::html::to_text(&html);
    assert_eq!(text, parallax::ingest::html::to_text(&html), "to_text is not deterministic");
    assert!(text.len() <= 3 * html.len() + 16, "{} bytes of text from {} bytes of HTML", text.len(), html.len());
    let input = Input {
        articles: vec![ArticleInput { id: "h".into(), html: Some(html.into_owned()), ..Default::default() }],
        ..Default::default()
    };
    analyze_and_check(&input);
}
