//! Where the per-article time goes, stage by stage, on the `per_article` workload (the first
//! ≥ 2 MiB of the synthetic corpus, each article alone): ingest, segmentation, holders, cues,
//! target detection, sentence stance, and the rest of `analyze` (Report building) by
//! difference. Each stage is its own non-inlined function, so `valgrind --tool=callgrind`
//! attributes instructions to it exactly; the printed times are CPU wall time (noisy).
//! Run: `cargo run --release --example stages`.

#[path = "corpus.rs"]
mod corpus;

use parallax::analysis::Article;
use parallax::report::{ArticleInput, Input, Options};
use parallax::stance::targets::Matcher;
use parallax::{ingest, segment, stance};
use std::hint::black_box;
use std::time::{Duration, Instant};

#[inline(never)]
fn stage_ingest(a: &ArticleInput) -> ingest::Document {
    ingest::ingest(a).unwrap()
}

#[inline(never)]
fn stage_segment(doc: &ingest::Document) -> segment::Segmented {
    segment::segment(doc)
}

#[inline(never)]
fn stage_holders(doc: &ingest::Document, seg: &segment::Segmented) -> usize {
    let (h, q) = stance::holders::attribute(&doc.text, &seg.tokens, &seg.sentences);
    h.len() + q.len()
}

#[inline(never)]
fn stage_cues(doc: &ingest::Document, seg: &segment::Segmented) -> usize {
    seg.sentences.iter().map(|s| stance::cues::detect(&doc.text, &seg.tokens, s.tokens.clone()).len()).sum()
}

#[inline(never)]
fn stage_targets(a: &Article) -> Vec<parallax::analysis::Target> {
    stance::targets::detect(std::slice::from_ref(a), 6)
}

#[inline(never)]
fn stage_stance(a: &Article, targets: &[parallax::analysis::Target]) -> usize {
    let m = Matcher::new(targets.iter().enumerate());
    a.sentences
        .iter()
        .map(|s| stance::sentence_stance_with(&a.doc.text, &a.tokens, s.tokens.clone(), &[], targets, &m.find(&a.tokens[s.tokens.clone()]), &None, &[]).len())
        .sum()
}

#[inline(never)]
fn stage_analyze(input: &Input) -> usize {
    parallax::analyze(input).unwrap().articles[0].sentences.len()
}

fn main() {
    let all = corpus::synthetic(1000);
    let mut arts = Vec::new();
    let mut bytes = 0usize;
    for a in all.articles {
        if bytes >= 2 * 1024 * 1024 {
            break;
        }
        bytes += a.text.as_ref().map_or(0, |t| t.len());
        arts.push(a);
    }
    let names = ["ingest", "segment", "holders", "cues", "targets", "stance", "analyze (all)"];
    let mut t = [Duration::ZERO; 7];
    let mut time = |i: usize, t0: Instant| t[i] += t0.elapsed();
    for a in &arts {
        let t0 = Instant::now();
        let doc = stage_ingest(a);
        time(0, t0);
        let t0 = Instant::now();
        let seg = stage_segment(&doc);
        time(1, t0);
        let t0 = Instant::now();
        black_box(stage_holders(&doc, &seg));
        time(2, t0);
        let t0 = Instant::now();
        black_box(stage_cues(&doc, &seg));
        time(3, t0);
        let art = Article::segmented(&a.id, "s", a.text.as_deref().unwrap()).unwrap();
        let t0 = Instant::now();
        let targets = stage_targets(&art);
        time(4, t0);
        let t0 = Instant::now();
        black_box(stage_stance(&art, &targets));
        time(5, t0);
        let input = Input { articles: vec![a.clone()], targets: Vec::new(), options: Options { skip_comparison: true, ..Options::default() } };
        let t0 = Instant::now();
        black_box(stage_analyze(&input));
        time(6, t0);
    }
    let stages: Duration = t[..6].iter().sum();
    for (n, d) in names.iter().zip(t) {
        println!("{n:>14} {:8.1} ms", d.as_secs_f64() * 1e3);
    }
    println!("{:>14} {:8.1} ms (analyze minus the stages: report, flags, looks_english …)", "rest", (t[6].saturating_sub(stages)).as_secs_f64() * 1e3);
    println!("{} articles, {:.2} MB", arts.len(), bytes as f64 / 1e6);
}
