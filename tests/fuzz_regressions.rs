//! Replays every fixture in tests/fuzz-crashers/ — inputs the fuzzers (scripts/fuzz.sh,
//! fuzz/fuzz_targets/) once crashed on, plus hand-made hostile seeds — through the same
//! decoding and invariant checks the fuzz targets use (fuzz/src/lib.rs), forever.
//!
//!   tests/fuzz-crashers/analyze_input/*   bytes → Input (fuzz/src/lib.rs `decode_input`) → analyze
//!   tests/fuzz-crashers/html/*            raw HTML → to_text → analyze
//!
//! Files ending in `.md` are notes, not fixtures.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod fuzz;

use std::path::{Path, PathBuf};

fn fixtures(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-crashers").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().and_then(|e| e.to_str()) != Some("md"))
        .collect();
    files.sort();
    files
}

/// Runs `check` on every fixture of `target`, reporting all failures at once.
fn replay(target: &str, check: fn(&[u8])) {
    let files = fixtures(target);
    assert!(!files.is_empty(), "no fixtures in tests/fuzz-crashers/{target}");
    let failed: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let data = std::fs::read(f).unwrap();
            std::panic::catch_unwind(|| check(&data)).err().map(|e| {
                let msg = e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
                format!("{}: {}", f.display(), msg.unwrap_or_default())
            })
        })
        .collect();
    assert!(failed.is_empty(), "{} of {} fixtures fail:\n{}", failed.len(), files.len(), failed.join("\n"));
}

#[test]
fn analyze_input_fixtures() {
    replay("analyze_input", |data| fuzz::analyze_and_check(&fuzz::decode_input(data)));
}

#[test]
fn html_fixtures() {
    replay("html", fuzz::check_html);
}

#[test]
fn decoding_covers_the_input_shapes() {
    // control 0b0100_0101: one target, skipComparison, one empty target.
    let input = fuzz::decode_input(b"\x45NATO\xff\x20text body\xff\x02<p>html</p>\xff\x14dup\xff\x03neither\xff\x83both\xff\x18empty");
    assert_eq!(input.targets, ["NATO", ""]);
    assert!(input.options.skip_comparison);
    let a = &input.articles;
    assert_eq!(a.len(), 6);
    assert_eq!((a[0].id.as_str(), a[0].text.as_deref(), a[0].source.is_some()), ("a0", Some("text body"), true));
    assert_eq!(a[1].html.as_deref(), Some("<p>html</p>"));
    assert_eq!(a[2].id, a[1].id, "id mode 5 repeats the previous id");
    assert!(a[3].text.is_none() && a[3].html.is_none());
    assert!(a[4].text.is_some() && a[4].html.is_some());
    assert_eq!(a[5].id, "");
    assert!(parallax::analyze(&input).is_err());
    fuzz::analyze_and_check(&input);
}
