//! Confusion counts, per-class precision/recall/F1, macro-F1, and Markdown tables.

/// Counts of (gold, predicted) pairs over a fixed label set.
pub struct Confusion {
    pub labels: Vec<&'static str>,
    /// `m[gold][pred]`
    pub m: Vec<Vec<usize>>,
}

impl Confusion {
    pub fn new(labels: &[&'static str]) -> Self {
        Confusion { labels: labels.to_vec(), m: vec![vec![0; labels.len()]; labels.len()] }
    }

    pub fn add(&mut self, gold: &str, pred: &str) {
        let g = self.index(gold);
        let p = self.index(pred);
        self.m[g][p] += 1;
    }

    fn index(&self, l: &str) -> usize {
        self.labels.iter().position(|x| *x == l).unwrap_or_else(|| panic!("unknown label {l}"))
    }

    pub fn total(&self) -> usize {
        self.m.iter().flatten().sum()
    }

    /// (precision, recall, F1, support) of label `k`.
    pub fn prf(&self, k: usize) -> (f64, f64, f64, usize) {
        let tp = self.m[k][k] as f64;
        let pred: usize = self.m.iter().map(|r| r[k]).sum();
        let gold: usize = self.m[k].iter().sum();
        let p = if pred == 0 { 0.0 } else { tp / pred as f64 };
        let r = if gold == 0 { 0.0 } else { tp / gold as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f, gold)
    }

    pub fn macro_f1(&self) -> f64 {
        (0..self.labels.len()).map(|k| self.prf(k).2).sum::<f64>() / self.labels.len() as f64
    }

    /// Cohen's kappa: agreement beyond chance between the two raters (gold, pred).
    pub fn kappa(&self) -> f64 {
        let n = self.total().max(1) as f64;
        let k = self.labels.len();
        let observed = self.accuracy();
        let chance: f64 = (0..k)
            .map(|c| {
                let gold: usize = self.m[c].iter().sum();
                let pred: usize = self.m.iter().map(|r| r[c]).sum();
                gold as f64 / n * (pred as f64 / n)
            })
            .sum();
        if chance >= 1.0 { 1.0 } else { (observed - chance) / (1.0 - chance) }
    }

    pub fn accuracy(&self) -> f64 {
        let ok: usize = (0..self.labels.len()).map(|k| self.m[k][k]).sum();
        ok as f64 / self.total().max(1) as f64
    }

    /// "favor P/R/F1 0.61/0.52/0.56 · …" on one line.
    pub fn per_class(&self) -> String {
        (0..self.labels.len())
            .map(|k| {
                let (p, r, f, n) = self.prf(k);
                format!("{} {:.2}/{:.2}/{:.2} (n={n})", self.labels[k], p, r, f)
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// A Markdown table.
pub fn table(head: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = format!("| {} |\n|{}\n", head.join(" | "), head.iter().map(|_| "---|").collect::<String>());
    for r in rows {
        s += &format!("| {} |\n", r.join(" | "));
    }
    s
}

/// A row of a results table: name, macro-F1, accuracy, per-class P/R/F1.
pub fn row(name: &str, c: &Confusion) -> Vec<String> {
    vec![name.to_string(), format!("**{:.3}**", c.macro_f1()), format!("{:.3}", c.accuracy()), c.per_class()]
}

/// The head of [`row`] tables.
pub const ROW_HEAD: [&str; 4] = ["method", "macro-F1", "accuracy", "per class P/R/F1"];

/// Byte offset of code point `cp` in `s` (clamped to the end).
pub fn byte_offset(s: &str, cp: usize) -> usize {
    s.char_indices().nth(cp).map_or(s.len(), |(i, _)| i)
}

/// UTF-16 offset of byte offset `b` in `s`.
pub fn utf16_offset(s: &str, b: usize) -> usize {
    s[..b].encode_utf16().count()
}

/// A VADER-style sentence sentiment ignoring any target (Hutto & Gilbert 2014): the sum of
/// the words' valences (negated within 3 words after a negation, ×−0.74), normalised as
/// VADER's compound `x/√(x²+15)`; favor ≥ 0.05, against ≤ −0.05.
pub fn vader_label(text: &str) -> &'static str {
    let c = vader_compound(text);
    if c >= 0.05 {
        "favor"
    } else if c <= -0.05 {
        "against"
    } else {
        "none"
    }
}

/// The compound score of [`vader_label`].
pub fn vader_compound(text: &str) -> f64 {
    let mut toks = Vec::new();
    parallax::segment::tokenize(text, 0..text.len(), &mut toks);
    let mut sum = 0.0;
    let mut neg = 0;
    for t in &toks {
        let w = &*t.norm;
        if matches!(w, "not" | "no" | "never" | "n't" | "cannot" | "without" | "nor") || w.ends_with("n't") {
            neg = 3;
            continue;
        }
        if let Some(v) = parallax::lexicon::valence(w) {
            sum += f64::from(v) * if neg > 0 { -0.74 } else { 1.0 };
        }
        neg = (neg - 1).max(0);
    }
    sum / (sum * sum + 15.0).sqrt()
}
