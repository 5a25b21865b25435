//! Scaling benchmark of the native core: analysis + comparison time and peak heap at
//! 10 / 100 / 1,000 / 5,000 synthetic real-length articles (median of several runs), written
//! to target/bench/scale-native.json and printed as a table. Also writes each Input as JSON
//! (target/bench/synthetic-N.json) for the wasm benchmark in Node (tests/bench/wasm.mjs).
//!
//! Also times the same input without the comparison (`skipComparison`), to show how the time
//! splits. Each size runs 7 times (3 from 1,000 on), fewer when the runs pass SCALE_BUDGET_S
//! (default 30 s); a size whose one run passes SCALE_TIMEOUT_S (300 s) ends the bench. Run: `cargo run --release --example scale`.

#[path = "corpus.rs"]
mod corpus;

#[path = "counting.rs"]
mod counting;

use counting::{LIVE, PEAK};
use std::sync::atomic::Ordering::Relaxed;
use std::time::Instant;

/// Median time, peak heap and the number of runs of `analyze(input)`: `max_runs` runs, fewer
/// when the first run already takes longer than `budget_ms` (the 5,000-article case).
fn measure(input: &parallax::report::Input, max_runs: usize, budget_ms: f64) -> (f64, usize, usize) {
    let mut times = Vec::new();
    let mut peak = 0;
    while times.len() < max_runs {
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let t = Instant::now();
        let report = parallax::analyze(input).unwrap();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        peak = peak.max(PEAK.load(Relaxed) - base);
        drop(report);
        if times.iter().sum::<f64>() > budget_ms {
            break;
        }
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], peak, times.len())
}

fn main() {
    let out_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&out_dir).unwrap();
    // SCALE_NS=10,100 to run fewer sizes; SCALE_BUDGET_S bounds the time spent per size.
    let ns: Vec<usize> = std::env::var("SCALE_NS")
        .unwrap_or_else(|_| "10,100,1000,5000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let budget_ms = std::env::var("SCALE_BUDGET_S").ok().and_then(|s| s.parse::<f64>().ok()).unwrap_or(30.0) * 1000.0;
    let timeout_s = std::env::var("SCALE_TIMEOUT_S").ok().and_then(|s| s.parse::<f64>().ok()).unwrap_or(300.0);
    let mut rows = Vec::new();
    println!(
        "{:>6} {:>7} {:>11} {:>11} {:>12} {:>12} {:>5}",
        "n", "MB", "median ms", "ms/article", "peak heap MB", "no-cmp ms", "runs"
    );
    for n in ns {
        let input = corpus::synthetic(n);
        let bytes: usize = input.articles.iter().map(|a| a.text.as_ref().unwrap().len()).sum();
        std::fs::write(out_dir.join(format!("synthetic-{n}.json")), serde_json::to_vec(&input).unwrap()).unwrap();
        let max_runs = if n >= 1000 { 3 } else { 7 };
        // The same articles without the comparison block: how the time splits.
        let mut no_cmp = input.clone();
        no_cmp.options.skip_comparison = true;
        let (stance_ms, stance_peak, _) = measure(&no_cmp, max_runs, budget_ms);
        // With the comparison, in a thread, so that a size whose one run passes
        // SCALE_TIMEOUT_S (default 300 s) is reported as such instead of stalling the bench.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(measure(&input, max_runs, budget_ms));
        });
        let Ok((median, peak, runs)) = rx.recv_timeout(std::time::Duration::from_secs_f64(timeout_s)) else {
            println!("{n:>6} {:>7.2} one run took longer than {timeout_s} s: abandoned ({stance_ms:.1} ms without the comparison)", bytes as f64 / 1e6);
            rows.push(format!(
                r#"{{"n":{n},"bytes":{bytes},"timedOutAfterMs":{},"skipComparisonMs":{stance_ms:.2},"skipComparisonPeakHeapBytes":{stance_peak}}}"#,
                timeout_s * 1000.0
            ));
            std::fs::write(out_dir.join("scale-native.json"), format!("[{}]\n", rows.join(","))).unwrap();
            std::process::exit(0); // the analysis thread cannot be stopped; the sizes ascend
        };
        println!(
            "{n:>6} {:>7.2} {median:>11.1} {:>11.3} {:>12.1} {stance_ms:>12.1} {runs:>5}",
            bytes as f64 / 1e6,
            median / n as f64,
            peak as f64 / 1e6
        );
        rows.push(format!(
            r#"{{"n":{n},"bytes":{bytes},"medianMs":{median:.2},"peakHeapBytes":{peak},"runs":{runs},"skipComparisonMs":{stance_ms:.2},"skipComparisonPeakHeapBytes":{stance_peak}}}"#
        ));
        // Written after every size, so a slow last size still leaves the others.
        std::fs::write(out_dir.join("scale-native.json"), format!("[{}]\n", rows.join(","))).unwrap();
    }
}
