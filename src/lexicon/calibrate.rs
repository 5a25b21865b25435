//! Calibration of the loaded/evaluative cues on BABE dev (Spinde et al. 2021, SG2 expert
//! labels, 7 development topics). The data are AGPL and are read in place from
//! `../shared/data/babe-dev/`, never copied; the test says "skipped" when they are absent.
//!
//! Run: `cargo test --lib lexicon::calibrate -- --ignored --nocapture`
//!
//! Figures: cue precision (share of cues that touch an annotator's `biased_words`), recall
//! (share of biased words covered by a cue) and the sentence macro-F1 of the rule "the
//! sentence is Biased when it has a cue" against `label_bias`.

use super::{match_at, CueKind, CueMatch};
use std::collections::{BTreeMap, HashSet};

struct Row {
    words: Vec<String>,
    gold: HashSet<String>,
    biased: bool,
}

fn norms(text: &str) -> Vec<String> {
    let mut toks = Vec::new();
    crate::segment::tokenize(text, 0..text.len(), &mut toks);
    toks.into_iter().map(|t| t.norm.into_string()).collect()
}

fn load() -> Option<Vec<Row>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/babe-dev/babe_sg2_dev_topics.jsonl");
    let text = std::fs::read_to_string(path).ok()?;
    let rows = text.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()).map(|v| Row {
        words: norms(v["text"].as_str().unwrap_or("")),
        // `biased_words` is a Python list literal: its tokens are the biased words.
        gold: norms(v["biased_words"].as_str().unwrap_or("")).into_iter().collect(),
        biased: v["label_bias"] == "Biased",
    });
    Some(rows.collect())
}

struct Stats {
    cues: usize,
    hits: usize,
    covered: usize,
    gold: usize,
    conf: [[usize; 2]; 2], // [label][flagged]
}

/// Cues of the lexicon kept by `keep`, as token counts.
fn cues(keep: &dyn Fn(&CueMatch) -> bool) -> impl Fn(&[&str], usize) -> Option<usize> + '_ {
    move |words, i| match_at(words, i).filter(|m| keep(m)).map(|m| m.len)
}

fn measure(rows: &[Row], find: &dyn Fn(&[&str], usize) -> Option<usize>, fp: Option<&mut BTreeMap<String, (usize, usize)>>) -> Stats {
    let mut s = Stats { cues: 0, hits: 0, covered: 0, gold: 0, conf: [[0; 2]; 2] };
    let mut fp = fp;
    for r in rows {
        let words: Vec<&str> = r.words.iter().map(String::as_str).collect();
        let (mut i, mut flagged, mut covered) = (0, false, HashSet::new());
        while i < words.len() {
            let Some(len) = find(&words, i) else {
                i += 1;
                continue;
            };
            let span = &words[i..i + len];
            let hit = span.iter().any(|w| r.gold.contains(*w));
            covered.extend(span.iter().filter(|w| r.gold.contains(**w)).copied());
            s.cues += 1;
            s.hits += usize::from(hit);
            flagged = true;
            if let Some(fp) = fp.as_deref_mut() {
                let e = fp.entry(span.join(" ")).or_default();
                e.0 += 1;
                e.1 += usize::from(hit);
            }
            i += len;
        }
        s.covered += covered.len();
        s.gold += r.gold.len();
        s.conf[usize::from(r.biased)][usize::from(flagged)] += 1;
    }
    s
}

fn report(name: &str, s: &Stats) {
    let f1 = |pos: usize| {
        let tp = s.conf[pos][pos] as f64;
        let fp = s.conf[1 - pos][pos] as f64;
        let fn_ = s.conf[pos][1 - pos] as f64;
        2.0 * tp / (2.0 * tp + fp + fn_).max(1.0)
    };
    let flagged = s.conf[0][1] + s.conf[1][1];
    println!(
        "{name:<34} cues {:>5}  P {:.3}  R {:.3} | sentences flagged {:>4}  P {:.3}  R {:.3}  macro-F1 {:.3}",
        s.cues,
        s.hits as f64 / s.cues.max(1) as f64,
        s.covered as f64 / s.gold.max(1) as f64,
        flagged,
        s.conf[1][1] as f64 / flagged.max(1) as f64,
        s.conf[1][1] as f64 / (s.conf[1][0] + s.conf[1][1]).max(1) as f64,
        (f1(0) + f1(1)) / 2.0
    );
}

#[test]
#[ignore = "calibration report; needs ../shared/data/babe-dev"]
fn babe_dev_figures() {
    let Some(rows) = load() else {
        println!("BABE dev: skipped (../shared/data/babe-dev absent)");
        return;
    };
    let biased = rows.iter().filter(|r| r.biased).count();
    println!("BABE dev: {} sentences, {biased} Biased", rows.len());
    let loaded = |m: &CueMatch| m.kind == CueKind::Loaded;
    let distancing = |m: &CueMatch| m.kind == CueKind::Report && m.weight < 0.4;
    report("loaded", &measure(&rows, &cues(&loaded), None));
    report("loaded weight>=0.6", &measure(&rows, &cues(&|m| loaded(m) && m.weight >= 0.6), None));
    report("loaded + distancing report verbs", &measure(&rows, &cues(&|m| loaded(m) || distancing(m)), None));
    report("evaluative", &measure(&rows, &cues(&|m| m.kind == CueKind::Evaluative), None));
    report("loaded + evaluative", &measure(&rows, &cues(&|m| loaded(m) || m.kind == CueKind::Evaluative), None));
    report("loaded + evaluative |v|>=2", &measure(&rows, &cues(&|m| loaded(m) || (m.kind == CueKind::Evaluative && m.weight >= 0.5)), None));
    for class in ["derogatory", "partisan", "sensational", "emotive", "figurative", "scare", "puffery"] {
        let keep = |m: &CueMatch| loaded(m) && super::note(m, "").contains(class_word(class));
        report(&format!("  loaded/{class}"), &measure(&rows, &cues(&keep), None));
    }
    println!("baselines (single words):");
    for t in [1.5, 2.0, 2.5] {
        let find = move |w: &[&str], i: usize| super::valence(w[i]).filter(|v| v.abs() >= t).map(|_| 1);
        report(&format!("  raw VADER |v|>={t}"), &measure(&rows, &find, None));
    }
    let find = |w: &[&str], i: usize| super::subjectivity(w[i]).filter(|s| s.1 >= 0.5).map(|_| 1);
    report("  Pattern subjectivity>=0.5", &measure(&rows, &find, None));
    if std::env::var_os("PARALLAX_CALIBRATE_TERMS").is_some() {
        let mut terms = BTreeMap::new();
        let evaluative = std::env::var_os("PARALLAX_CALIBRATE_TERMS").is_some_and(|v| v == "evaluative");
        let keep = |m: &CueMatch| loaded(m) || (evaluative && m.kind == CueKind::Evaluative);
        measure(&rows, &cues(&keep), Some(&mut terms));
        let mut v: Vec<_> = terms.into_iter().collect();
        v.sort_by_key(|(_, (n, h))| std::cmp::Reverse(n - h));
        for (t, (n, h)) in v.iter().take(150) {
            print!("{t}:{h}/{n}  ");
        }
        println!();
    }
}

/// A word of the class description in the note, to group loaded cues by class.
fn class_word(class: &str) -> &'static str {
    match class {
        "derogatory" => "derogatory",
        "partisan" => "partisan",
        "sensational" => "sensational",
        "emotive" => "emotive, intensified",
        "figurative" => "figurative",
        "scare" => "casts doubt",
        _ => "promotional",
    }
}
