//! Hostile and bad input: a clear error or a sane Report, never a panic.

mod common;
use common::*;
use parallax::report::{ArticleInput, Input};
use parallax::ErrorKind;

fn one(text: String) -> Input {
    text_input(&[&text])
}

#[test]
fn empty_and_whitespace_articles() {
    for t in ["", "   ", "\n\n\t\n", "\u{200B}\u{FEFF}"] {
        let r = parallax::analyze(&one(t.to_string())).unwrap();
        assert!(r.articles[0].sentences.is_empty());
    }
}

#[test]
fn ids_and_text_or_html() {
    let mut input = text_input(&["a", "b"]);
    input.articles[1].id = "a0".into();
    assert_eq!(parallax::analyze(&input).unwrap_err().kind(), ErrorKind::BadId);
    input.articles[1].id = " ".into();
    assert_eq!(parallax::analyze(&input).unwrap_err().kind(), ErrorKind::BadId);
    // Report maps are keyed by id: "__proto__" would set a JS object's prototype instead.
    input.articles[1].id = "__proto__".into();
    assert_eq!(parallax::analyze(&input).unwrap_err().article(), Some("__proto__"));
    input.articles[1].id = "constructor".into();
    assert!(parallax::analyze(&input).is_ok());
    let both = Input { articles: vec![ArticleInput { id: "x".into(), text: Some("t".into()), html: Some("h".into()), ..Default::default() }], ..Default::default() };
    let e = parallax::analyze(&both).unwrap_err();
    assert_eq!((e.code(), e.article()), ("E_TEXT_OR_HTML", Some("x")));
    assert_eq!(parallax::analyze(&Input::default()).unwrap_err().code(), "E_NO_ARTICLES");
}

#[test]
fn oversized_input_is_refused_clearly() {
    let huge = "word ".repeat(4 << 20); // 20 MB
    let e = parallax::analyze(&one(huge)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::TooLarge);
    assert!(e.to_string().contains("limit"), "{e}");
}

#[test]
fn one_megabyte_without_punctuation() {
    let text = "word ".repeat(200_000);
    let r = parallax::analyze(&one(text)).unwrap();
    let s = &r.articles[0].sentences;
    assert!(s.len() > 100 && s.iter().all(|s| s.end - s.start <= parallax::segment::MAX_SENTENCE_BYTES + 8));
}

#[test]
fn a_hundred_thousand_tiny_sentences() {
    let text = "Ok. ".repeat(100_000);
    let r = parallax::analyze(&one(text)).unwrap();
    assert_eq!(r.articles[0].sentences.len(), 100_000);
}

#[test]
fn deeply_nested_html_and_scripts() {
    let html = "<div>".repeat(100_000) + "<p onclick=\"evil()\">Deep text here.</p><script>evil()</script><iframe src=x></iframe><style>*{}</style>" + &"</div>".repeat(100_000);
    let input = Input { articles: vec![ArticleInput { id: "n".into(), html: Some(html), ..Default::default() }], ..Default::default() };
    let r = parallax::analyze(&input).unwrap();
    assert_eq!(r.articles[0].text.as_deref(), Some("Deep text here."));
}

#[test]
fn control_bidi_rtl_cjk_emoji() {
    let text = "\u{202E}Bidi\u{202C} and \u{200D}zero-width. عربي نص هنا. 中文句子。 Emoji 👩‍👩‍👧 family. \u{0}\u{7}bell.";
    let r = parallax::analyze(&one(text.to_string())).unwrap();
    assert!(!r.articles[0].sentences.is_empty());
}

#[test]
fn ten_thousand_articles() {
    let texts: Vec<String> = (0..10_000).map(|i| format!("Story {i} says the plan is good.")).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let r = parallax::analyze(&text_input(&refs)).unwrap();
    assert_eq!(r.articles.len(), 10_000);
}

fn html_one(html: String) -> Input {
    Input { articles: vec![ArticleInput { id: "h".into(), html: Some(html), ..Default::default() }], ..Default::default() }
}

#[test]
fn html_whose_text_is_over_the_text_limit() {
    // 20 MB of HTML is under the HTML limit (32 MB), but its text is over the 8 MB text limit.
    let html = format!("<p>{}</p>", "The plan is bad, critics said. ".repeat(680_000));
    let e = parallax::analyze(&html_one(html)).unwrap_err();
    assert_eq!((e.kind(), e.article()), (ErrorKind::TooLarge, Some("h")));
    assert!(e.to_string().contains("text in its HTML"), "{e}");
    // 20 MB of markup around a little text is fine.
    let html = "<div class=\"wrapper\"></div>".repeat(800_000) + "<p>The plan is bad, critics said.</p>";
    let r = parallax::analyze(&html_one(html)).unwrap();
    assert_eq!(r.articles[0].sentences.len(), 1);
}
