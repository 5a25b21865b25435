//! Native throughput of the per-article analysis, the same work `tests/bench/peers.mjs` times
//! in wasm: the first articles of the synthetic corpus (tests/bench/corpus.rs) until ≥ 2 MiB
//! of text, each analysed alone with `skipComparison`. Prints the median of RUNS (default 7)
//! runs after one warm-up, in MB/s. Also a convenient target for `perf record`.
//! Run: `cargo run --release --example per_article` (RUNS=N, REPEAT=N to loop longer).

#[path = "corpus.rs"]
mod corpus;

use parallax::report::{Input, Options};
use std::time::Instant;

fn main() {
    let runs: usize = std::env::var("RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(7);
    let all = corpus::synthetic(1000);
    let mut inputs = Vec::new();
    let mut bytes = 0usize;
    for a in all.articles {
        if bytes >= 2 * 1024 * 1024 {
            break;
        }
        bytes += a.text.as_ref().map_or(0, |t| t.len());
        inputs.push(Input {
            articles: vec![a],
            targets: Vec::new(),
            options: Options { skip_comparison: true, ..Options::default() },
        });
    }
    let run = || {
        let mut n = 0usize;
        for input in &inputs {
            n += parallax::analyze(input).unwrap().articles[0].sentences.len();
        }
        n
    };
    let check = run();
    let mut times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        assert_eq!(run(), check);
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let med = times[times.len() / 2];
    println!(
        "per_article: {} articles, {:.2} MB, {} sentences; median {:.1} ms of {} runs = {:.2} MB/s (min {:.1} ms)",
        inputs.len(),
        bytes as f64 / 1e6,
        check,
        med * 1e3,
        runs,
        bytes as f64 / 1e6 / med,
        times[0] * 1e3
    );
}
