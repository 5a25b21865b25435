//! Scaling benchmark of the native core: analysis + comparison time and peak heap at
//! 10 / 100 / 1,000 / 5,000 synthetic real-length articles (median of several runs), written
//! to target/bench/scale-native.json and printed as a table. Also writes each Input as JSON
//! (target/bench/synthetic-N.json) for the wasm benchmark in Node (tests/bench/wasm.mjs).
//!
//! Run: `cargo run --release --example scale` (about a minute).

#[path = "corpus.rs"]
mod corpus;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// Counts live and peak heap bytes.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        LIVE.fetch_sub(l.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    let out_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&out_dir).unwrap();
    let mut rows = Vec::new();
    println!("{:>6} {:>9} {:>11} {:>11} {:>12}", "n", "MB", "median ms", "ms/article", "peak heap MB");
    for n in [10usize, 100, 1_000, 5_000] {
        let input = corpus::synthetic(n);
        let bytes: usize = input.articles.iter().map(|a| a.text.as_ref().unwrap().len()).sum();
        std::fs::write(out_dir.join(format!("synthetic-{n}.json")), serde_json::to_vec(&input).unwrap()).unwrap();
        let runs = if n >= 1000 { 3 } else { 7 };
        let mut times = Vec::new();
        let mut peak = 0;
        for _ in 0..runs {
            let base = LIVE.load(Relaxed);
            PEAK.store(base, Relaxed);
            let t = Instant::now();
            let report = parallax::analyze(&input).unwrap();
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            peak = peak.max(PEAK.load(Relaxed) - base);
            drop(report);
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!("{n:>6} {:>9.2} {median:>11.1} {:>11.3} {:>12.1}", bytes as f64 / 1e6, median / n as f64, peak as f64 / 1e6);
        rows.push(format!(r#"{{"n":{n},"bytes":{bytes},"medianMs":{median:.2},"peakHeapBytes":{peak}}}"#));
    }
    std::fs::write(out_dir.join("scale-native.json"), format!("[{}]\n", rows.join(","))).unwrap();
}
