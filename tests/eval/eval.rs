//! The evaluation command: `cargo run --release --example eval`.
//!
//! Prints the stance, loaded-language and speed figures and writes them to
//! docs/EVALUATION.md. Data: `PARALLAX_DATA` (default `../shared/data` from the repository
//! root) holds `newsmtsc/` and `babe-dev/`; each part prints "skipped" when its data is
//! absent. `PARALLAX_CORPUS` (default `www/corpus`) and `PARALLAX_ANNOTATION` (default
//! `tests/fixtures/annotation/demo.jsonl`) locate the demo corpus and its annotation.
//! `--no-write` prints without writing the document.

mod babe;
mod demo;
mod metrics;
mod newsmtsc;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn path(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(default))
}

fn main() {
    let data = path("PARALLAX_DATA", "../shared/data");
    let corpus = path("PARALLAX_CORPUS", "www/corpus");
    let annotation = path("PARALLAX_ANNOTATION", "tests/fixtures/annotation/demo.jsonl");
    let mut doc = String::new();
    let mut summary = Vec::new();

    eprintln!("NewsMTSC …");
    let _ = writeln!(doc, "## 1. Stance toward a marked target: NewsMTSC dev\n");
    match newsmtsc::run(&data) {
        Some(splits) => {
            let _ = writeln!(doc, "Macro-F1 over favor / against / none (positive / negative / neutral). The model was \
                trained on NewsMTSC train; these dev splits chose its settings (so they are not held-out figures).\n");
            for s in &splits {
                doc += &s.markdown;
                doc.push('\n');
                summary.push(format!(
                    "NewsMTSC {} (n={}): model {:.3} (via analyze() {:.3}), rules {:.3}, VADER-style {:.3}",
                    s.name, s.n, s.model, s.analyze, s.rules, s.vader
                ));
            }
        }
        None => {
            let _ = writeln!(doc, "skipped: {} not found\n", data.join("newsmtsc").display());
            summary.push("NewsMTSC: skipped (data not found)".into());
        }
    }

    eprintln!("demo corpus …");
    let _ = writeln!(doc, "## 2. The demo corpus against the annotation\n");
    let d = demo::run(&corpus, &annotation);
    doc += &d.markdown;
    summary.push(format!(
        "demo sentences: macro-F1 {:.3} (rules {:.3}, VADER-style {:.3}); article order {}",
        d.sentence_f1, d.rules_f1, d.vader_f1, if d.order_ok { "right" } else { "WRONG" }
    ));
    if let Some((agree, sys)) = d.second {
        summary.push(format!("demo, second annotation: annotators agree at macro-F1 {agree:.3}; system against it {sys:.3}"));
    }
    for (id, s, g) in &d.articles {
        summary.push(format!("  {id}: score {s:+.3} (annotation {g:+.3})"));
    }

    eprintln!("BABE …");
    let _ = writeln!(doc, "\n## 3. Loaded language: BABE dev topics\n");
    match babe::run(&data) {
        Some(b) => {
            doc += &b.markdown;
            summary.push(format!("BABE loaded flag macro-F1 {:.3} (VADER-style {:.3})", b.loaded_f1, b.vader_f1));
            for (k, p, r) in &b.cues {
                summary.push(format!("  {k} cue words vs biased words: P {p:.3} R {r:.3}"));
            }
        }
        None => {
            let _ = writeln!(doc, "skipped: {} not found", data.join("babe-dev").display());
            summary.push("BABE: skipped (data not found)".into());
        }
    }

    let speed = timing(&corpus);
    let _ = writeln!(doc, "\n## 4. Size and speed\n\n{speed}");
    summary.push(speed.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; "));

    let _ = writeln!(doc, "\n## 5. Known failure cases (demo sentences where the system disagrees)\n");
    for f in d.failures.iter().take(14) {
        let _ = writeln!(doc, "- {f}");
    }
    let _ = writeln!(doc, "\n({} disagreements in all.)", d.failures.len());

    println!("{}", summary.join("\n"));
    if !std::env::args().any(|a| a == "--no-write") {
        let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/EVALUATION.md");
        let text = include_str!("header.md").replace("{{FIGURES}}", &doc);
        std::fs::create_dir_all(out.parent().unwrap()).expect("docs/");
        std::fs::write(&out, text).expect("write docs/EVALUATION.md");
        eprintln!("wrote {}", out.display());
    }
}

/// Median wall time of analysing the five demo articles, the model's size, the wasm size.
fn timing(corpus: &Path) -> String {
    let mut input = demo::input(corpus);
    input.options.skip_comparison = true;
    let median = |input: &parallax::Input| {
        let mut t: Vec<f64> = (0..31)
            .map(|_| {
                let s = Instant::now();
                std::hint::black_box(parallax::analyze(input).unwrap());
                s.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        t.sort_by(f64::total_cmp);
        t[t.len() / 2]
    };
    let stance_only = median(&input);
    input.options.skip_comparison = false;
    let full = median(&input);
    let wasm = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/pkg/parallax_bg.wasm");
    let gz = std::process::Command::new("gzip")
        .args(["-9c"])
        .arg(&wasm)
        .output()
        .ok()
        .filter(|o| o.status.success() && !o.stdout.is_empty())
        .map(|o| o.stdout.len());
    let wasm_line = match (std::fs::metadata(&wasm), gz) {
        (Ok(m), Some(g)) => format!("{} bytes, {} gzipped (as last built by `npm run build`)", m.len(), g),
        _ => "not built".into(),
    };
    let build = if cfg!(debug_assertions) { "debug build: run with --release for real figures" } else { "release" };
    format!(
        "- five demo articles, stance only (no comparison): {stance_only:.2} ms median of 31 runs ({build})\n\
         - five demo articles, full analysis with comparison: {full:.2} ms\n\
         - stance model data: {} bytes (`src/stance/weights.rs`)\n\
         - wasm module: {wasm_line}\n",
        parallax::stance::model::size_bytes()
    )
}
