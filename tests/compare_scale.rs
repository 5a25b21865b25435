//! The comparison on synthetic sets of many articles: wire copies among thousands of
//! unrelated articles are still found, and the cost grows near-linearly.
//!
//! Timing: `cargo test --release --test compare_scale -- --ignored --nocapture`
//! (`PARALLAX_SCALE_N=5000` for another size).

mod compare_common;

use compare_common::*;
use parallax::analysis::Article;
use parallax::compare::compare;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Zipf-like rank in 0..n (inverse-power sampling).
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

const FUNCTION: &[&str] = &["the", "of", "and", "to", "in", "a", "that", "is", "for", "on", "with", "as", "was", "by", "it", "at", "from", "has", "have", "be"];

fn word(i: usize) -> String {
    const SYL: &[&str] = &["ka", "lo", "mer", "tan", "vi", "sor", "pe", "dun", "ri", "gal", "no", "bet", "ush", "fen", "ta", "qui"];
    let mut w = String::new();
    let mut x = i + 17;
    while x > 0 || w.len() < 4 {
        w.push_str(SYL[x % SYL.len()]);
        x /= SYL.len();
    }
    w
}

/// `n` articles: mostly random Zipf text with sentences from a shared pool (common claims),
/// and every 50th article a wire copy of the one before it with an edited first sentence.
pub fn synthetic(n: usize, seed: u64) -> Vec<Article> {
    let mut rng = Rng(seed | 1);
    let vocab = 30_000;
    let sentence = |rng: &mut Rng| {
        let len = 12 + rng.below(14);
        let mut s: Vec<String> = (0..len)
            .map(|_| if rng.below(3) == 0 { FUNCTION[rng.below(FUNCTION.len())].to_string() } else { word(rng.zipf(vocab)) })
            .collect();
        let first = s[0].remove(0).to_ascii_uppercase();
        s[0].insert(0, first);
        format!("{}.", s.join(" "))
    };
    let pool: Vec<String> = (0..n.max(50) / 2).map(|_| sentence(&mut rng)).collect();
    let mut texts: Vec<String> = Vec::with_capacity(n);
    for i in 0..n {
        if i % 50 == 49 {
            let prev: &String = &texts[i - 1];
            let edited = prev.replacen(' ', " very ", 1);
            texts.push(format!("Wire copy number {i}.\n\n{edited}"));
            continue;
        }
        let paras: Vec<String> = (0..8)
            .map(|_| (0..3).map(|_| if rng.below(12) == 0 { pool[rng.below(pool.len())].clone() } else { sentence(&mut rng) }).collect::<Vec<_>>().join(" "))
            .collect();
        texts.push(paras.join("\n\n"));
    }
    texts.iter().enumerate().map(|(i, t)| article(&format!("s{i}"), &format!("Outlet {}", i % 97), t)).collect()
}

#[test]
fn wire_copies_are_found_among_many() {
    let arts = synthetic(300, 7);
    let cmp = compare(&arts, &[]);
    for copy in (49..300).step_by(50) {
        let r = cmp.reuse.iter().find(|r| (r.a, r.b) == (copy - 1, copy)).unwrap_or_else(|| panic!("copy {copy} not found"));
        assert!(r.share_a > 0.95 && r.share_b > 0.9, "{copy}: {} {}", r.share_a, r.share_b);
    }
    // Random text shares no long runs except through pooled sentences.
    let big: Vec<_> = cmp.reuse.iter().filter(|r| r.share_a.max(r.share_b) > 0.5).collect();
    assert_eq!(big.len(), 6, "{:?}", big.iter().map(|r| (r.a, r.b)).collect::<Vec<_>>());
    assert!(!cmp.claims.is_empty());
    assert_eq!(cmp.similarity.len(), 300);
}

/// CPU seconds used by this process so far (Linux; 0 elsewhere): wall time on a loaded
/// machine says little.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: f64 = fields.get(11..13).map_or(0.0, |f| f.iter().filter_map(|x| x.parse::<f64>().ok()).sum());
    ticks / 100.0
}

#[test]
#[ignore]
fn timing() {
    let n: usize = std::env::var("PARALLAX_SCALE_N").ok().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let t0 = std::time::Instant::now();
    let arts = synthetic(n, 11);
    let prep = t0.elapsed();
    let words: usize = arts.iter().map(|a| a.tokens.len()).sum();
    let (t1, c1) = (std::time::Instant::now(), cpu_seconds());
    let cmp = compare(&arts, &[]);
    let (took, cpu) = (t1.elapsed(), cpu_seconds() - c1);
    println!(
        "{n} articles, {words} tokens: ingest+segment {prep:.2?}, compare {took:.2?} wall, {cpu:.2} s CPU; {} reuse pairs, {} claims",
        cmp.reuse.len(),
        cmp.claims.len()
    );
}
