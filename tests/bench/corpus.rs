// A reproducible benchmark corpus: articles of real length assembled from the sentences of
// the demo articles with a fixed-seed generator, lightly edited so that some articles copy
// from others (reuse), many share claims, and none is identical. Shared by the criterion
// benches and the scaling example.
#![allow(dead_code)]

use parallax::report::{ArticleInput, Input};

/// xorshift64*: tiny deterministic generator (no dependency, same numbers everywhere).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

pub fn demo_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

pub fn demo_input() -> Input {
    Input {
        articles: demo_texts()
            .into_iter()
            .enumerate()
            .map(|(i, t)| ArticleInput { id: format!("d{i}"), text: Some(t), ..Default::default() })
            .collect(),
        ..Default::default()
    }
}

/// `n` articles of 25–60 sentences each (≈ 4–9 KB), deterministic for a given `n`.
pub fn synthetic(n: usize) -> Input {
    let sentences: Vec<String> = demo_texts()
        .iter()
        .flat_map(|t| t.split_inclusive(". ").map(str::trim).filter(|s| s.len() > 40).map(String::from).collect::<Vec<_>>())
        .collect();
    let names = ["Alder", "Brook", "Castell", "Dunmore", "Everly", "Fenwick", "Garrow", "Hale"];
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15 ^ n as u64);
    let articles = (0..n)
        .map(|i| {
            let len = 25 + rng.below(36);
            let mut paras = Vec::new();
            let mut para = Vec::new();
            for k in 0..len {
                let mut s = sentences[rng.below(sentences.len())].clone();
                // Small edits so copies are near-copies and claims paraphrases.
                if rng.below(3) == 0 {
                    s = s.replacen(" the ", &format!(" {}'s ", names[rng.below(names.len())]), 1);
                }
                para.push(s);
                if k % 4 == 3 {
                    paras.push(para.join(" "));
                    para.clear();
                }
            }
            paras.push(para.join(" "));
            ArticleInput {
                id: format!("s{i}"),
                text: Some(format!("Headline number {i} about the story\n\n{}", paras.join("\n\n"))),
                source: Some(format!("Outlet {}", i % 97)),
                ..Default::default()
            }
        })
        .collect();
    Input { articles, ..Default::default() }
}
