//! Every offset in the Report is a UTF-16 offset into the article text, landing on the
//! right characters even with curly quotes, accents, emoji and CJK.

mod common;
use common::*;

const TEXT: &str = "Café owners in Zürich said the “reckless” plan is a disaster 😡 for tourism. \
東京の記者 noted that critics may overstate the danger. The plan, however, is certainly welcome 👍 in São Paulo.";

#[test]
fn sentence_and_cue_offsets_are_utf16() {
    let mut input = text_input(&[TEXT]);
    input.targets = vec!["plan".into()];
    let report = parallax::analyze(&input).unwrap();
    let a = &report.articles[0];
    let sentences: Vec<String> = a.sentences.iter().map(|s| js_slice(TEXT, s.start, s.end)).collect();
    assert_eq!(
        sentences,
        [
            "Café owners in Zürich said the “reckless” plan is a disaster 😡 for tourism.",
            "東京の記者 noted that critics may overstate the danger.",
            "The plan, however, is certainly welcome 👍 in São Paulo.",
        ]
    );
    let mut cue_count = 0;
    for s in &a.sentences {
        for c in &s.cues {
            let surface = js_slice(TEXT, c.start, c.end);
            assert!(c.start >= s.start && c.end <= s.end, "cue outside its sentence");
            assert!(c.note.contains(&format!("“{surface}”")), "note {:?} does not quote {surface:?}", c.note);
            cue_count += 1;
        }
    }
    assert!(cue_count >= 4, "expected cues in the sample, got {cue_count}");
    let hedge = a.sentences[1].cues.iter().find(|c| c.kind == "hedge").expect("a hedge cue");
    assert_eq!(js_slice(TEXT, hedge.start, hedge.end), "may");
}

#[test]
fn quotes_and_removed_offsets_are_utf16() {
    let text = "Ünïcödé Headline 🚀\n\n“Tensions will rise in the region,” said Ana Núñez. 😀 Ok then.\n\nShare this article with your friends!";
    let report = parallax::analyze(&text_input(&[text])).unwrap();
    let a = &report.articles[0];
    assert_eq!(a.title.as_deref(), Some("Ünïcödé Headline 🚀"));
    assert_eq!(js_slice(text, a.quotes[0].start, a.quotes[0].end), "“Tensions will rise in the region,”");
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Ana Núñez"));
    assert_eq!(js_slice(text, a.removed[0].start, a.removed[0].end), "Share this article with your friends!");
    assert_eq!(a.removed[0].reason, "share");
}

#[test]
fn html_offsets_point_into_the_extracted_text() {
    let html = "<html><head><title>Ignored</title></head><body><h1>Grand “Title”</h1><p>Les élèves <b>said</b> the plan is dangerous.</p><script>alert(1)</script></body></html>";
    let input = parallax::report::Input {
        articles: vec![parallax::report::ArticleInput { id: "h".into(), html: Some(html.into()), ..Default::default() }],
        ..Default::default()
    };
    let report = parallax::analyze(&input).unwrap();
    let a = &report.articles[0];
    let text = a.text.as_deref().expect("extracted text for HTML input");
    assert_eq!(text, "Grand “Title”\n\nLes élèves said the plan is dangerous.");
    let last = a.sentences.last().unwrap();
    assert_eq!(js_slice(text, last.start, last.end), "Les élèves said the plan is dangerous.");
    assert!(!text.contains("alert"));
}
