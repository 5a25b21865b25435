//! BABE dev topics (Spinde et al., Findings of EMNLP 2021; SG2 expert labels; AGPL-3.0, read
//! in place and never copied): the `loaded` flag against `label_bias`, and loaded/evaluative
//! cue words against the annotators' `biased_words`.

use crate::metrics::{row, table, vader_compound, Confusion, ROW_HEAD};
use parallax::report::{ArticleInput, Input};
use std::collections::HashSet;
use std::path::Path;

pub struct Babe {
    pub loaded_f1: f64,
    pub vader_f1: f64,
    /// (kind, precision, recall) of cue words against biased words.
    pub cues: Vec<(&'static str, f64, f64)>,
    pub markdown: String,
}

/// `"['a', \"b c\"]"` → `["a", "b c"]`.
fn parse_list(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<(char, String)> = None;
    for c in s.chars() {
        match &mut cur {
            None if c == '\'' || c == '"' => cur = Some((c, String::new())),
            Some((q, w)) if c == *q => {
                out.push(std::mem::take(w));
                cur = None;
            }
            Some((_, w)) => w.push(c),
            None => {}
        }
    }
    out
}

fn words(s: &str) -> Vec<String> {
    let mut t = Vec::new();
    parallax::segment::tokenize(s, 0..s.len(), &mut t);
    t.into_iter().map(|t| t.norm.into_string()).collect()
}

pub fn run(data: &Path) -> Option<Babe> {
    let text = std::fs::read_to_string(data.join("babe-dev").join("babe_sg2_dev_topics.jsonl")).ok()?;
    let mut recs = Vec::new();
    for l in text.lines().filter(|l| !l.trim().is_empty()) {
        let r: serde_json::Value = serde_json::from_str(l).ok()?;
        let gold = match r["label_bias"].as_str() {
            Some("Biased") => "loaded",
            Some("Non-biased") => "plain",
            _ => continue,
        };
        let biased: HashSet<String> = parse_list(r["biased_words"].as_str().unwrap_or("[]")).iter().flat_map(|w| words(w)).collect();
        recs.push((r["text"].as_str().unwrap_or_default().to_string(), gold, biased));
    }
    let mut input = Input {
        articles: recs
            .iter()
            .enumerate()
            .map(|(i, r)| ArticleInput { id: format!("b{i}"), text: Some(r.0.clone()), ..Default::default() })
            .collect(),
        targets: vec!["-".into()],
        ..Default::default()
    };
    input.options.skip_comparison = true;
    let report = parallax::analyze(&input).ok()?;
    let labels = ["loaded", "plain"];
    let (mut flag, mut vader) = (Confusion::new(&labels), Confusion::new(&labels));
    // kind -> (cue words, of which biased; biased words, of which covered)
    let kinds = ["loaded", "evaluative", "loaded+evaluative"];
    let mut counts = [(0usize, 0usize, 0usize, 0usize); 3];
    for ((txt, gold, biased), a) in recs.iter().zip(&report.articles) {
        let loaded = a.sentences.iter().any(|s| s.flags.iter().any(|f| f == "loaded"));
        flag.add(gold, if loaded { "loaded" } else { "plain" });
        vader.add(gold, if vader_compound(txt).abs() >= 0.5 { "loaded" } else { "plain" });
        let units: Vec<u16> = txt.encode_utf16().collect();
        for (k, kind) in kinds.iter().enumerate() {
            let mut covered = HashSet::new();
            for c in a.sentences.iter().flat_map(|s| &s.cues).filter(|c| kind.split('+').any(|x| x == c.kind)) {
                for w in words(&String::from_utf16_lossy(&units[c.start..c.end])) {
                    counts[k].0 += 1;
                    if biased.contains(&w) {
                        counts[k].1 += 1;
                    }
                    covered.insert(w);
                }
            }
            counts[k].2 += biased.len();
            counts[k].3 += biased.iter().filter(|w| covered.contains(*w)).count();
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let cues: Vec<(&str, f64, f64)> =
        kinds.iter().zip(counts).map(|(k, (n, hit, gold, cov))| (*k, ratio(hit, n), ratio(cov, gold))).collect();
    let cue_rows: Vec<Vec<String>> = cues
        .iter()
        .zip(counts)
        .map(|((k, p, r), (n, _, g, _))| vec![k.to_string(), format!("{p:.3}"), format!("{r:.3}"), n.to_string(), g.to_string()])
        .collect();
    let markdown = format!(
        "{} sentences ({} Biased). `loaded` = any sentence of the text flagged loaded.\n\n{}\n\
         Cue words against the annotators' biased words (word level, all sentences):\n\n{}",
        recs.len(),
        recs.iter().filter(|r| r.1 == "loaded").count(),
        table(&ROW_HEAD, &[row("Parallax `loaded` flag", &flag), row("VADER-style |compound| ≥ 0.5", &vader)]),
        table(&["cue kind", "precision", "recall", "cue words", "biased words"], &cue_rows)
    );
    Some(Babe { loaded_f1: flag.macro_f1(), vader_f1: vader.macro_f1(), cues, markdown })
}
