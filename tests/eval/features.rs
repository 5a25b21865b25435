//! Dumps stance-model features for training: reads JSON lines `{"sentence", "targetStart",
//! "targetEnd"}` (code-point offsets, as in NewsMTSC) on stdin and writes one line
//! `{"k": [bucket…], "v": [value…], "reported": bool}` per input line on stdout, using the
//! crate's own feature code ([`parallax::stance::span_features`]), so training and runtime
//! share one implementation. `--fingerprint` prints the feature fingerprint instead; `--confounds` the buckets of the
//! features trained on but dropped from the shipped model ([`parallax::stance::features::confounds`]);
//! `--explain` prints the score and the strongest reasons for each line instead.
//!
//! `cargo run --release --example features < pairs.jsonl > features.jsonl`

use std::io::{BufRead, BufWriter, Write};

fn main() {
    if std::env::args().any(|a| a == "--fingerprint") {
        println!("{}", parallax::stance::model::fingerprint());
        return;
    }
    if std::env::args().any(|a| a == "--confounds") {
        let k: Vec<u32> = parallax::stance::features::confounds().collect();
        println!("{}", serde_json::json!(k));
        return;
    }
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.expect("read stdin");
        if line.trim().is_empty() {
            continue;
        }
        let r: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let text = r["sentence"].as_str().unwrap_or("");
        let cp = |k: &str| r[k].as_u64().unwrap_or(0) as usize;
        let range = byte_offset(text, cp("targetStart"))..byte_offset(text, cp("targetEnd"));
        if std::env::args().any(|a| a == "--explain") {
            let st = parallax::stance::score_span(text, range.clone(), parallax::stance::Method::Model);
            let why = parallax::stance::explain_span(text, range);
            let top: Vec<String> = why.iter().take(8).map(|(n, w)| format!("{n} {w:+.2}")).collect();
            writeln!(out, "{:+.2} {} [{}] {}", st.score, st.label, top.join(", "), text).expect("write stdout");
            continue;
        }
        let (f, holder) = parallax::stance::span_features(text, range);
        let (k, v): (Vec<u32>, Vec<f32>) = f.items.into_iter().unzip();
        let rec = serde_json::json!({ "k": k, "v": v, "reported": holder.is_some() });
        writeln!(out, "{rec}").expect("write stdout");
    }
}

/// Byte offset of code point `cp` in `s` (clamped to the end).
fn byte_offset(s: &str, cp: usize) -> usize {
    s.char_indices().nth(cp).map_or(s.len(), |(i, _)| i)
}
