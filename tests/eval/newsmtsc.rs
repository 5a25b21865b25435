//! NewsMTSC dev_mt / dev_rw (Hamborg & Donnay, EACL 2021): stance toward the marked mention.
//! Labels: positive → favor, negative → against, neutral → none.

use crate::metrics::{byte_offset, row, table, utf16_offset, vader_label, Confusion, ROW_HEAD};
use parallax::report::{ArticleInput, Input};
use parallax::stance::{score_span, Method};
use std::path::Path;

const LABELS: [&str; 3] = ["favor", "against", "none"];

struct Record {
    sentence: String,
    target: String,
    /// Byte range of the mention.
    span: std::ops::Range<usize>,
    label: &'static str,
}

fn load(path: &Path) -> Option<Vec<Record>> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let r: serde_json::Value = serde_json::from_str(line).expect("NewsMTSC line");
        let sentence = r["sentence"].as_str().unwrap_or_default().to_string();
        let cp = |k: &str| r[k].as_u64().unwrap_or(0) as usize;
        let span = byte_offset(&sentence, cp("targetStart"))..byte_offset(&sentence, cp("targetEnd"));
        let label = match r["label"].as_str() {
            Some("positive") => "favor",
            Some("negative") => "against",
            _ => "none",
        };
        out.push(Record { target: r["target"].as_str().unwrap_or_default().to_string(), sentence, span, label });
    }
    Some(out)
}

/// The stance toward `r.target` that `analyze()` reports for the sentence holding the mention.
fn via_analyze(r: &Record) -> &'static str {
    let mut input = Input {
        articles: vec![ArticleInput { id: "s".into(), text: Some(r.sentence.clone()), ..Default::default() }],
        targets: vec![r.target.clone()],
        ..Default::default()
    };
    input.options.skip_comparison = true;
    let Ok(report) = parallax::analyze(&input) else { return "none" };
    let at = utf16_offset(&r.sentence, r.span.start);
    let sentences = &report.articles[0].sentences;
    let s = sentences.iter().find(|s| s.start <= at && at < s.end).or(sentences.first());
    match s.and_then(|s| s.stance.iter().find(|x| x.target == "t0")).map(|x| x.label.as_str()) {
        Some("favor") => "favor",
        Some("against") => "against",
        _ => "none",
    }
}

/// Figures of one split: (markdown, model macro-F1, rules macro-F1).
pub struct Split {
    pub name: &'static str,
    pub model: f64,
    pub rules: f64,
    pub analyze: f64,
    pub vader: f64,
    pub n: usize,
    pub markdown: String,
}

pub fn run(data: &Path) -> Option<Vec<Split>> {
    let mut out = Vec::new();
    for name in ["dev_mt", "dev_rw"] {
        let recs = load(&data.join("newsmtsc").join(format!("{name}.norm.jsonl")))?;
        let mut c = [(); 4].map(|_| Confusion::new(&LABELS));
        for r in &recs {
            c[0].add(r.label, score_span(&r.sentence, r.span.clone(), Method::Model).label);
            c[1].add(r.label, via_analyze(r));
            c[2].add(r.label, score_span(&r.sentence, r.span.clone(), Method::Rules).label);
            c[3].add(r.label, vader_label(&r.sentence));
        }
        let rows = vec![
            row("model, `stance::score_span` (marked mention)", &c[0]),
            row("model, `analyze()` with the target string", &c[1]),
            row("rules (first version), marked mention", &c[2]),
            row("VADER-style sentence sentiment (ignores the target)", &c[3]),
        ];
        let markdown = format!("#### {name} ({} pairs)\n\n{}", recs.len(), table(&ROW_HEAD, &rows));
        out.push(Split {
            name,
            model: c[0].macro_f1(),
            analyze: c[1].macro_f1(),
            rules: c[2].macro_f1(),
            vader: c[3].macro_f1(),
            n: recs.len(),
            markdown,
        });
    }
    Some(out)
}
