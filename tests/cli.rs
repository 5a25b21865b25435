//! The native CLI: files and Input JSON in, the Report out; one-line errors with exit 1.

mod common;
use common::*;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn cli(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut sin = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        sin.write_all(bytes).unwrap();
    }
    drop(sin);
    child.wait_with_output().unwrap()
}

fn assert_one_line_error(out: &Output, needle: &str) {
    assert_eq!(out.status.code(), Some(1), "stdout: {}", String::from_utf8_lossy(&out.stdout));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "error must be one line: {err:?}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
}

#[test]
fn analyzes_files_as_json() {
    let dir = corpus_dir();
    let a = dir.join("001_54bfd8b6470d0b3c.txt");
    let b = dir.join("004_6af2138fa352904d.txt");
    let out = cli(&["analyze", a.to_str().unwrap(), b.to_str().unwrap(), "--target", "NATO", "--json"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: parallax::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.articles.len(), 2);
    assert_eq!(report.articles[0].id, "001_54bfd8b6470d0b3c.txt");
    assert_eq!(report.targets[0].label, "NATO");
    assert!(!report.targets[0].auto);
}

#[test]
fn reads_html_files_as_html() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("page.html");
    std::fs::write(&f, "<h1>Title here</h1><p>Body text says the plan is good.</p><script>x()</script>").unwrap();
    let out = cli(&["analyze", f.to_str().unwrap(), "--json"], None);
    assert!(out.status.success());
    let report: parallax::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.articles[0].text.as_deref(), Some("Title here\n\nBody text says the plan is good."));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn input_json_from_stdin_and_summary() {
    let input = r#"{"articles":[{"id":"x","text":"The minister said the reform is a welcome step.","source":"Daily X"}]}"#;
    let out = cli(&["analyze", "--input", "-", "--json"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: parallax::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.articles[0].source.as_deref(), Some("Daily X"));
    let out = cli(&["analyze", "--input", "-"], Some(input.as_bytes()));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 sentences"));
}

#[test]
fn bad_input_is_one_line_and_exit_1() {
    assert_one_line_error(&cli(&["analyze", "/nonexistent/file.txt"], None), "cannot read /nonexistent/file.txt");
    assert_one_line_error(&cli(&["analyze", "--input", "-"], Some(b"{not json")), "invalid Input JSON");
    assert_one_line_error(
        &cli(&["analyze", "--input", "-"], Some(br#"{"articles":[{"id":"a","text":"x","html":"<p>y</p>"}]}"#)),
        "E_TEXT_OR_HTML",
    );
    assert_one_line_error(&cli(&["analyze", "--input", "-"], Some(br#"{"articles":[{"id":"a"}]}"#)), "neither");
    assert_one_line_error(&cli(&["analyze", "--input", "-"], Some(br#"{"articles":[]}"#)), "E_NO_ARTICLES");
    assert_one_line_error(&cli(&["analyze"], None), "no articles given");
    assert_one_line_error(&cli(&["frobnicate"], None), "unknown command");
    let dir = std::env::temp_dir().join(format!("parallax-bin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("binary.txt");
    std::fs::write(&f, [0x66, 0x6f, 0xff, 0xfe, 0x00, 0x80]).unwrap();
    assert_one_line_error(&cli(&["analyze", f.to_str().unwrap()], None), "not UTF-8");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn five_thousand_small_articles_in_one_call() {
    let articles: Vec<String> = (0..5000)
        .map(|i| format!(r#"{{"id":"n{i}","text":"Officials in City {i} said the new bridge plan is a costly mistake. Supporters call it a welcome investment."}}"#))
        .collect();
    let input = format!(r#"{{"articles":[{}]}}"#, articles.join(","));
    let out = cli(&["analyze", "--input", "-", "--json"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: parallax::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.articles.len(), 5000);
    assert!(report.articles.iter().all(|a| a.sentences.len() == 2));
}
