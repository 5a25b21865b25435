// Shared helpers for the integration tests (included with `mod common;`).
#![allow(dead_code)]

use parallax::report::{ArticleInput, Input};
use std::path::PathBuf;

pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www/corpus")
}

/// The five demo articles as an Input, ids = file names.
pub fn demo_input() -> Input {
    let mut files: Vec<_> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Input {
        articles: files
            .iter()
            .map(|p| ArticleInput {
                id: p.file_name().unwrap().to_string_lossy().into_owned(),
                text: Some(std::fs::read_to_string(p).unwrap()),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
}

pub fn text_input(texts: &[&str]) -> Input {
    Input {
        articles: texts
            .iter()
            .enumerate()
            .map(|(i, t)| ArticleInput { id: format!("a{i}"), text: Some(t.to_string()), ..Default::default() })
            .collect(),
        ..Default::default()
    }
}

/// `text.slice(start, end)` as JavaScript does it (UTF-16 code units).
pub fn js_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    assert!(start <= end && end <= units.len(), "span {start}..{end} outside text of {} units", units.len());
    String::from_utf16(&units[start..end]).expect("span splits a surrogate pair")
}
