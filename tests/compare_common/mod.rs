//! Helpers shared by the comparison tests: analysed articles built from plain text with
//! the crate's own ingest and segment stages (holders and quotes filled by hand).
#![allow(dead_code)]

use parallax::analysis::{Article, Quote};
use std::path::{Path, PathBuf};

/// An analysed article from plain text: no cues, no holders, no quotes.
pub fn article(id: &str, source: &str, text: &str) -> Article {
    Article::segmented(id, source, text).expect("ingest")
}

/// Sets the holder of the sentence containing `needle`.
pub fn hold(a: &mut Article, needle: &str, holder: &str) {
    let at = a.doc.text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {}", a.id));
    let s = a.sentences.iter_mut().find(|s| s.range.contains(&at)).expect("sentence");
    s.holder = Some(holder.into());
}

/// Adds a quotation spanning `needle`, voiced by `speaker`.
pub fn quote(a: &mut Article, needle: &str, speaker: &str) {
    let at = a.doc.text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {}", a.id));
    a.quotes.push(Quote { range: at..at + needle.len(), speaker: Some(speaker.into()), verb: Some("said".into()) });
    a.quotes.sort_by_key(|q| q.range.start);
}

/// A fixture file under tests/fixtures/compare/.
pub fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The demo corpus files, sorted by name.
pub fn demo_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// The demo corpus as analysed articles (id = file stem, source from index.json).
pub fn demo() -> Vec<Article> {
    let index: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("www/corpus/index.json"),
    ).expect("index.json"))
    .expect("index.json parses");
    demo_files()
        .iter()
        .map(|p| {
            let id = p.file_stem().expect("stem").to_string_lossy().to_string();
            let source = index["articles"]
                .as_array()
                .and_then(|a| a.iter().find(|x| x["id"] == id.as_str()))
                .and_then(|x| x["source"].as_str())
                .unwrap_or(&id)
                .to_string();
            article(&id, &source, &std::fs::read_to_string(p).expect("read"))
        })
        .collect()
}

/// Text folded for comparison: typographic quotes and dashes to ASCII, lowercase.
pub fn fold(s: &str) -> String {
    s.chars().map(parallax::text::fold_char).flat_map(char::to_lowercase).collect()
}
