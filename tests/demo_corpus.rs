//! The five demo articles: layout, boilerplate, offsets and shape of the Report.
//! These check general behaviour on real scraped text (no demo-specific rules exist).

mod common;
use common::*;

fn report() -> (parallax::Input, parallax::Report) {
    let input = demo_input();
    let r = parallax::analyze(&input).unwrap();
    (input, r)
}

fn removed_text(input: &parallax::Input, r: &parallax::Report, i: usize) -> Vec<(String, String)> {
    let text = input.articles[i].text.as_deref().unwrap();
    r.articles[i].removed.iter().map(|x| (js_slice(text, x.start, x.end), x.reason.clone())).collect()
}

#[test]
fn boilerplate_is_removed_and_body_kept() {
    let (input, r) = report();
    let removed0 = removed_text(&input, &r, 0);
    assert_eq!(removed0.len(), 5, "{removed0:?}");
    assert!(removed0.iter().any(|(t, why)| t.starts_with("Share your experiences") && why == "share"));
    assert!(removed_text(&input, &r, 1).iter().any(|(t, _)| t == "scroll to top"));
    assert!(removed_text(&input, &r, 3).iter().any(|(t, _)| t == "Table of Contents"));
    assert!(removed_text(&input, &r, 4).iter().any(|(t, _)| t == "Print Friendly, PDF & Email"));
    // The re-scraped title line of 003 is dropped as a repeat, the article body is not.
    assert!(removed_text(&input, &r, 3).iter().any(|(t, why)| t.starts_with("Japan’s Move") && why == "repeated"));
    for a in &r.articles {
        assert!(a.sentences.len() >= 10, "{} has {} sentences", a.id, a.sentences.len());
    }
}

#[test]
fn title_byline_date_and_list_items() {
    let (_, r) = report();
    assert_eq!(r.articles[1].title.as_deref(), Some("NATO’s outreach to Asia is a very perilous step"));
    assert_eq!(r.articles[1].byline.as_deref(), Some("Imran Khalid"));
    assert_eq!(r.articles[1].published.as_deref(), Some("May 9, 2023"));
    assert!(r.articles[1].sentences.iter().any(|s| s.kind == "caption"));
    assert_eq!(r.articles[0].title, None, "000 starts mid-article: no title");
    let lists = r.articles[3].sentences.iter().filter(|s| s.kind == "list_item").count();
    assert!(lists >= 16, "003 has two bullet lists (7 + 9 items), got {lists}");
    assert!(r.articles[3].sentences.iter().any(|s| s.kind == "heading"));
}

#[test]
fn every_span_is_inside_its_text_and_ordered() {
    let (input, r) = report();
    for (a, inp) in r.articles.iter().zip(&input.articles) {
        let text = inp.text.as_deref().unwrap();
        let len = text.encode_utf16().count();
        let mut last_end = 0;
        for s in &a.sentences {
            assert!(s.start >= last_end && s.start < s.end && s.end <= len);
            let t = js_slice(text, s.start, s.end);
            assert_eq!(t.trim(), t, "sentence not trimmed: {t:?}");
            last_end = s.end;
            for c in &s.cues {
                assert!(c.start >= s.start && c.end <= s.end);
            }
        }
        for q in &a.quotes {
            let t = js_slice(text, q.start, q.end);
            assert!(t.starts_with(['“', '"']), "{t:?}");
        }
    }
}

#[test]
fn stance_targets_and_quotes() {
    let (_, r) = report();
    let labels: Vec<&str> = r.targets.iter().map(|t| t.label.as_str()).collect();
    assert!(labels.contains(&"NATO"), "{labels:?}");
    let nato = r.targets.iter().find(|t| t.label == "NATO").unwrap();
    assert!(nato.aliases.iter().any(|a| a == "north atlantic treaty organization"), "{:?}", nato.aliases);
    // Qin Gang's quoted words are his, not the author's.
    let qin = r.articles[1].quotes.iter().find(|q| q.speaker.as_deref() == Some("Qin Gang"));
    assert!(qin.is_some(), "{:?}", r.articles[1].quotes);
    let xiang = r.articles[3].quotes.iter().find(|q| q.speaker.as_deref() == Some("Xiang Haoyu"));
    assert!(xiang.is_some(), "{:?}", r.articles[3].quotes);
    for a in &r.articles {
        assert_eq!(a.stance.len(), r.targets.len());
    }
    assert_eq!(r.comparison.similarity.len(), 5);
}
