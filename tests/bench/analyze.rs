//! Criterion benchmarks of the native core: the five demo articles (whole analysis, and
//! per-article stages without the comparison), and the scaling curve at 10 / 100 / 1,000 /
//! 5,000 synthetic real-length articles. Run: `cargo bench --bench analyze`.

#[path = "corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn demo(c: &mut Criterion) {
    let input = corpus::demo_input();
    let bytes: usize = input.articles.iter().map(|a| a.text.as_ref().unwrap().len()).sum();
    let mut g = c.benchmark_group("demo");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("analyze+compare", |b| b.iter(|| parallax::analyze(black_box(&input)).unwrap()));
    let mut no_cmp = input.clone();
    no_cmp.options.skip_comparison = true;
    g.bench_function("analyze (stance only)", |b| b.iter(|| parallax::analyze(black_box(&no_cmp)).unwrap()));
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    for n in [10usize, 100, 1_000, 5_000] {
        let input = corpus::synthetic(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &input, |b, input| {
            b.iter(|| parallax::analyze(black_box(input)).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, demo, scaling);
criterion_main!(benches);
