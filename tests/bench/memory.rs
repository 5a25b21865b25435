//! Where the peak heap comes from, stage by stage: the synthetic corpus (tests/bench/corpus.rs)
//! analysed once with a counting allocator; after each stage of `analyze` (and each part of the
//! comparison) it prints the live heap and the peak reached during that stage, then the
//! same for serialising the Report to JSON (the CLI's output; in wasm the Report becomes JS
//! objects instead). Input bytes (the parsed Input) are counted as the baseline.
//! Run: `cargo run --release --example memory [N]` (N articles, default 1,000).

#[path = "corpus.rs"]
mod corpus;

#[path = "counting.rs"]
mod counting;

use counting::{LIVE, PEAK};
use std::sync::atomic::Ordering::Relaxed;
use std::time::Instant;

fn mb(b: usize) -> f64 {
    b as f64 / 1e6
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let input = corpus::synthetic(n);
    let base = LIVE.load(Relaxed);
    println!("{n} articles; input {:.1} MB live before analyze (baseline, not counted below)", mb(base));
    println!("{:<34} {:>10} {:>14} {:>9}", "stage (ends)", "live MB", "stage peak MB", "ms");
    PEAK.store(base, Relaxed);
    let mut t = Instant::now();
    let mut overall = 0;
    let mut probe = |stage: &'static str| {
        let (live, peak) = (LIVE.load(Relaxed), PEAK.load(Relaxed));
        overall = overall.max(peak - base);
        println!("{stage:<34} {:>10.1} {:>14.1} {:>9.1}", mb(live - base), mb(peak - base), t.elapsed().as_secs_f64() * 1e3);
        PEAK.store(live, Relaxed);
        t = Instant::now();
    };
    let report = parallax::analyze_probed(&input, &mut probe).unwrap();
    let json = serde_json::to_vec(&report).unwrap();
    probe("serialise (JSON)");
    println!("JSON {:.1} MB", mb(json.len()));
    drop(json);
    drop(report);
    probe("drop");
    println!("peak over analyze + serialise: {:.1} MB above the input", mb(overall.max(PEAK.load(Relaxed) - base)));
}
