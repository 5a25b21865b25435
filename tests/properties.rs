//! Invariants for any input: no panic, spans inside the text and on character boundaries,
//! sentences in order and non-overlapping, cues inside their sentence, determinism.

mod common;
use common::*;
use parallax::report::{ArticleInput, Input};
use proptest::prelude::*;

/// Text drawn from pieces that stress segmentation and offsets.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The plan is a dangerous mistake. ".to_string()),
        Just("“It will fail,” said Jane Doe. ".to_string()),
        Just("Dr. J. Smith of the U.S. said no. ".to_string()),
        Just("• item one\n".to_string()),
        Just("\n\n".to_string()),
        Just("東京は晴れ。".to_string()),
        Just("😀🙃 ".to_string()),
        Just("\u{202E}\u{200B}\u{FEFF}".to_string()),
        Just("Share this article! ".to_string()),
        Just("<p>html?</p> ".to_string()),
        Just("...!?… ".to_string()),
        "[a-zA-Z ,.'\"-]{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..25).prop_map(|v| v.concat())
}

fn check(input: &Input) {
    let report = match parallax::analyze(input) {
        Ok(r) => r,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    for (a, inp) in report.articles.iter().zip(&input.articles) {
        let text = a.text.clone().or_else(|| inp.text.clone()).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let on_boundary = |i: usize| i == units.len() || !(0xDC00..0xE000).contains(&units[i]);
        let mut last = 0;
        for s in &a.sentences {
            assert!(s.start >= last && s.start < s.end && s.end <= units.len(), "sentence {}..{} after {last}", s.start, s.end);
            assert!(on_boundary(s.start) && on_boundary(s.end));
            last = s.end;
            for c in &s.cues {
                assert!(c.start >= s.start && c.end <= s.end && c.start < c.end);
                assert!(on_boundary(c.start) && on_boundary(c.end));
            }
            assert!((0.0..=1.0).contains(&s.subjectivity));
            for st in &s.stance {
                assert!((-1.0..=1.0).contains(&st.score));
            }
        }
        for r in a.removed.iter().map(|r| (r.start, r.end)).chain(a.quotes.iter().map(|q| (q.start, q.end))) {
            assert!(r.0 <= r.1 && r.1 <= units.len() && on_boundary(r.0) && on_boundary(r.1));
        }
    }
    assert_eq!(parallax::analyze(input).unwrap(), report, "analysis is deterministic");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_valid_spans(texts in prop::collection::vec(messy_text(), 1..4)) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        check(&text_input(&refs));
    }

    #[test]
    fn any_html_gives_valid_spans(html in prop::collection::vec(prop_oneof![
        Just("<p>".to_string()), Just("</p>".to_string()), Just("<script>".to_string()),
        Just("</script>".to_string()), Just("<!--".to_string()), Just("-->".to_string()),
        Just("&amp;&#x1F600;&#99999999;&".to_string()), Just("<li>".to_string()), Just("<h1>".to_string()),
        Just("<a href='x'>".to_string()), Just("\"".to_string()), Just("<".to_string()), Just(">".to_string()),
        "[a-zA-Z .]{0,30}", any::<String>(),
    ], 0..40)) {
        let input = Input {
            articles: vec![ArticleInput { id: "h".into(), html: Some(html.concat()), ..Default::default() }],
            ..Default::default()
        };
        check(&input);
    }
}

#[test]
fn demo_corpus_invariants() {
    check(&demo_input());
}
