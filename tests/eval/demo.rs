//! The demo corpus against the committed annotation (tests/fixtures/annotation/demo.jsonl):
//! the author's stance toward NATO's extension into the Asia-Pacific / the Tokyo office.

use crate::metrics::{row, table, vader_label, Confusion, ROW_HEAD};
use parallax::report::{ArticleInput, Input, Report};
use parallax::stance::{score_span, Method};
use std::path::Path;

const LABELS: [&str; 3] = ["favor", "against", "none"];
/// The target given to `analyze()`: the story's subject as a user would type it.
pub const TARGET: &str = "NATO";

struct Gold {
    article: String,
    text: String,
    label: &'static str,
}

pub struct Demo {
    pub sentence_f1: f64,
    /// With a second annotation: (the annotators' agreement, the system against the second), macro-F1.
    pub second: Option<(f64, f64)>,
    pub rules_f1: f64,
    pub vader_f1: f64,
    /// (article id, system score, gold score)
    pub articles: Vec<(String, f64, f64)>,
    pub order_ok: bool,
    pub markdown: String,
    pub failures: Vec<String>,
}

pub fn input(corpus: &Path) -> Input {
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(corpus.join("index.json")).expect("www/corpus/index.json")).unwrap();
    let articles = index["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| ArticleInput {
            id: a["id"].as_str().unwrap().to_string(),
            text: Some(std::fs::read_to_string(corpus.join(a["file"].as_str().unwrap())).unwrap()),
            source: a["source"].as_str().map(String::from),
            ..Default::default()
        })
        .collect();
    Input { articles, targets: vec![TARGET.into()], ..Default::default() }
}

fn load(path: &Path) -> Vec<Gold> {
    let text = std::fs::read_to_string(path).expect("annotation file");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let r: serde_json::Value = serde_json::from_str(l).unwrap();
            let label = match r["label"].as_str() {
                Some("favor") => "favor",
                Some("against") => "against",
                _ => "none",
            };
            Gold { article: r["article"].as_str().unwrap().into(), text: r["text"].as_str().unwrap().into(), label }
        })
        .collect()
}

fn slice(text: &str, start: usize, end: usize) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&u[start.min(u.len())..end.min(u.len())])
}

/// The author-voiced label toward t0 of the report sentence with `text` in article `ai`.
fn system_label(report: &Report, input: &Input, ai: usize, text: &str) -> Option<&'static str> {
    let src = input.articles[ai].text.as_deref().unwrap();
    let s = report.articles[ai].sentences.iter().find(|s| slice(src, s.start, s.end) == text)?;
    let st = s.stance.iter().find(|x| x.target == "t0" && x.holder == "author");
    Some(match st.map(|x| x.label.as_str()) {
        Some("favor") => "favor",
        Some("against") => "against",
        _ => "none",
    })
}

/// Author-voiced label of a span scorer toward the first mention of [`TARGET`] in `text`.
fn span_label(text: &str, method: Method) -> &'static str {
    let Some(at) = text.find(TARGET) else { return "none" };
    let st = score_span(text, at..at + TARGET.len(), method);
    if st.holder.is_some() {
        "none"
    } else {
        st.label
    }
}

/// The second, independent annotation (same guide, same sentences), when present: agreement
/// between the annotators and the system against each, and against the sentences both agree on.
fn second_annotation(report: &Report, input: &Input, first: &[Gold], path: &Path) -> Option<(String, f64, f64)> {
    if !path.exists() {
        return None;
    }
    let second = load(path);
    let mut agree = Confusion::new(&LABELS);
    let mut vs_second = Confusion::new(&LABELS);
    let mut vs_consensus = Confusion::new(&LABELS);
    for g in &second {
        let Some(f) = first.iter().find(|f| f.article == g.article && f.text == g.text) else { continue };
        let Some(ai) = input.articles.iter().position(|a| a.id == g.article) else { continue };
        let Some(pred) = system_label(report, input, ai, &g.text) else { continue };
        agree.add(f.label, g.label);
        vs_second.add(g.label, pred);
        if f.label == g.label {
            vs_consensus.add(g.label, pred);
        }
    }
    let rows = vec![
        row("second annotator against the first (agreement)", &agree),
        row("Parallax `analyze()` against the second annotation", &vs_second),
        row("Parallax `analyze()` on the sentences both annotators agree on", &vs_consensus),
    ];
    let md = format!(
        "A second annotation (`{}`) was made independently with the same guide, without seeing the first \
         annotation or any system output. Agreement between the annotators: Cohen's κ {:.2}, macro-F1 {:.3} \
         ({} sentences; {} agreed).\n\n{}",
        path.file_name().unwrap_or_default().to_string_lossy(),
        agree.kappa(),
        agree.macro_f1(),
        agree.total(),
        vs_consensus.total(),
        table(&ROW_HEAD, &rows)
    );
    Some((md, agree.macro_f1(), vs_second.macro_f1()))
}

pub fn run(corpus: &Path, annotation: &Path) -> Demo {
    let input = input(corpus);
    let report = parallax::analyze(&input).expect("demo analysis");
    let gold = load(annotation);
    let mut c = [(); 4].map(|_| Confusion::new(&LABELS));
    let mut failures = Vec::new();
    let mut missing = 0;
    for g in &gold {
        let Some(ai) = input.articles.iter().position(|a| a.id == g.article) else { continue };
        let Some(pred) = system_label(&report, &input, ai, &g.text) else {
            missing += 1;
            continue;
        };
        c[0].add(g.label, pred);
        c[1].add(g.label, span_label(&g.text, Method::Rules));
        c[2].add(g.label, vader_label(&g.text));
        c[3].add(g.label, span_label(&g.text, Method::Model));
        if pred != g.label {
            let short: String = g.text.chars().take(150).collect();
            failures.push(format!("{} — gold **{}**, system {}: “{}{}”", &g.article[..3], g.label, pred, short,
                if g.text.chars().count() > 150 { "…" } else { "" }));
        }
    }
    let mut articles = Vec::new();
    for (ai, a) in report.articles.iter().enumerate() {
        let st = a.stance.iter().find(|x| x.target == "t0");
        let mine: Vec<&Gold> = gold.iter().filter(|g| g.article == input.articles[ai].id).collect();
        let net: i32 = mine.iter().map(|g| match g.label { "favor" => 1, "against" => -1, _ => 0 }).sum();
        let gold_score = f64::from(net) / mine.len().max(1) as f64;
        articles.push((a.id.clone(), st.map_or(0.0, |x| x.score), gold_score));
    }
    let score = |p: &str| articles.iter().find(|a| a.0.starts_with(p)).map_or(0.0, |a| a.1);
    let order_ok = score("004") > score("002") && ["000", "001", "003"].iter().all(|p| score("002") > score(p))
        && score("004") > 0.0 && ["000", "001", "003"].iter().all(|p| score(p) < 0.0);
    let rows = vec![
        row("Parallax `analyze()`, author voice", &c[0]),
        row("rules (first version), first mention, author voice", &c[1]),
        row("VADER-style sentence sentiment", &c[2]),
        row("model, first mention, author voice", &c[3]),
    ];
    let art_rows: Vec<Vec<String>> = report
        .articles
        .iter()
        .zip(&articles)
        .map(|(a, (id, s, g))| {
            let st = a.stance.iter().find(|x| x.target == "t0");
            let (f, ag, n) = st.map_or((0, 0, 0), |x| (x.favor, x.against, x.none));
            vec![id.clone(), a.source.clone().unwrap_or_default(), format!("{s:+.3}"), format!("{f} / {ag} / {n}"), format!("{g:+.3}")]
        })
        .collect();
    let markdown = format!(
        "{} annotated sentences ({} not found in the current segmentation). Target given to `analyze()`: \"{TARGET}\"; \
         a sentence counts as favor/against when the Report gives the author's stance toward it, otherwise none.\n\n{}\n\
         Article stance toward \"{TARGET}\" (mean over the author's sentences that mention it):\n\n{}\n\
         Article order (004 > 0, 002 between, 000/001/003 < 0): **{}**\n",
        gold.len(),
        missing,
        table(&ROW_HEAD, &rows),
        table(&["article", "source", "score", "favor / against / none", "annotation (favor − against) / n"], &art_rows),
        if order_ok { "right" } else { "wrong" }
    );
    let second = second_annotation(&report, &input, &gold, &annotation.with_file_name("second.jsonl"));
    let markdown = match &second {
        Some((md, _, _)) => format!("{markdown}\n{md}"),
        None => markdown,
    };
    Demo {
        second: second.map(|(_, a, s)| (a, s)),
        sentence_f1: c[0].macro_f1(),
        rules_f1: c[1].macro_f1(),
        vader_f1: c[2].macro_f1(),
        articles,
        order_ok,
        markdown,
        failures,
    }
}
