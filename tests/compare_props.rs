//! Invariants of the comparison on generated inputs: whatever the text, spans lie inside
//! the texts on character boundaries, shares and similarities are in range, indices are
//! valid, the result is deterministic, and nothing panics.

mod compare_common;

use compare_common::*;
use parallax::analysis::Article;
use parallax::compare::{compare, Comparison};

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "The minister said", "“we will not yield,”", "NATO’s office", "in Tōkyō", "東京で", "😀", "—", "-", "‘quoted’",
    "3.5%", "1,000", "U.S.", "naïve café", "\u{200B}", "however", "the", "of", "and", "office", "said", ".", "!", "?", ",",
    "\n\n", "\n", "Share this article", "Back to top", "Jens Stoltenberg", "Kishida", "Ελλάδα", "Москва", "a", "b",
];

fn text(rng: &mut Rng) -> String {
    let n = rng.below(120);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(PIECES[rng.below(PIECES.len())]);
        s.push(if rng.below(5) == 0 { '\n' } else { ' ' });
    }
    s
}

fn check(arts: &[Article], cmp: &Comparison) {
    let n = arts.len();
    assert_eq!(cmp.similarity.len(), n);
    for (i, row) in cmp.similarity.iter().enumerate() {
        assert_eq!(row.len(), n);
        assert_eq!(row[i], 1.0);
        for (j, &x) in row.iter().enumerate() {
            assert!((0.0..=1.0).contains(&x) && x == cmp.similarity[j][i]);
        }
    }
    for r in &cmp.reuse {
        assert!(r.a < r.b && r.b < n);
        assert!((0.0..=1.0).contains(&r.share_a) && (0.0..=1.0).contains(&r.share_b));
        assert!(!r.spans.is_empty());
        for (sa, sb) in &r.spans {
            for (t, s) in [(&arts[r.a].doc.text, sa), (&arts[r.b].doc.text, sb)] {
                assert!(s.start < s.end && s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            }
        }
    }
    for c in &cmp.claims {
        assert!(!c.label.is_empty());
        let mut articles: Vec<usize> = c.members.iter().map(|m| m.0).collect();
        articles.dedup();
        assert!(articles.len() >= 2 && c.sources >= 1);
        for &(a, s) in &c.members {
            assert!(s < arts[a].sentences.len());
        }
    }
    assert_eq!(cmp.unique.len(), n);
    for (i, u) in cmp.unique.iter().enumerate() {
        assert!(u.windows(2).all(|w| w[0] < w[1]) && u.iter().all(|&s| s < arts[i].sentences.len()));
    }
    assert_eq!(cmp.terms.len(), n);
    for v in &cmp.voices {
        assert_eq!(v.counts.len(), n);
        assert!(!v.name.is_empty() && v.counts.iter().sum::<usize>() > 0);
    }
}

#[test]
fn invariants_hold_on_generated_text() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..40 {
        let k = 1 + rng.below(6);
        let mut texts: Vec<String> = (0..k).map(|_| text(&mut rng)).collect();
        // Plant copies so that reuse and claims have something to find.
        if k > 1 {
            let copy = format!("{} {}", text(&mut rng), texts[0]);
            texts[1] = copy;
        }
        let mut arts: Vec<Article> = texts.iter().enumerate().map(|(i, t)| article(&format!("a{i}"), &format!("S{}", i % 3), t)).collect();
        // Holders and quotes on some sentences, names taken from the text itself.
        for a in &mut arts {
            let m = a.sentences.len();
            for s in 0..m {
                if rng.below(4) == 0 {
                    let name = a.doc.text[a.sentences[s].range.clone()].split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                    a.sentences[s].holder = Some(name);
                }
            }
        }
        let cmp = compare(&arts, &[]);
        check(&arts, &cmp);
        assert_eq!(cmp, compare(&arts, &[]), "round {round} is not deterministic");
    }
}

#[test]
fn degenerate_inputs() {
    let cmp = compare(&[], &[]);
    assert_eq!(cmp, Comparison::default());
    let one = [article("a", "A", "Just one article. It has two sentences.")];
    let cmp = compare(&one, &[]);
    check(&one, &cmp);
    assert!(cmp.reuse.is_empty() && cmp.claims.is_empty() && cmp.terms[0].is_empty());
    assert_eq!(cmp.unique[0], vec![0, 1]);
    let empty = [article("a", "A", "…"), article("b", "B", "Share this article"), article("c", "C", "")];
    check(&empty, &compare(&empty, &[]));
    let same = [article("a", "A", "Identical text in both articles here, word for word, all of it."), article("b", "A", "Identical text in both articles here, word for word, all of it.")];
    let cmp = compare(&same, &[]);
    check(&same, &cmp);
    assert_eq!(cmp.reuse.len(), 1);
    assert!(cmp.claims.is_empty(), "a copy is not an independent claim");
}
