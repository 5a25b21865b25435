//! Text reuse on small fixtures: a wire story, a lightly edited partial copy, a paraphrase,
//! and two pages of one site that share only boilerplate.

mod compare_common;

use compare_common::*;
use parallax::analysis::Article;
use parallax::compare::{compare, Reuse};

fn fixtures() -> Vec<Article> {
    ["wire", "edited_copy", "paraphrase", "site_page_a", "site_page_b"]
        .iter()
        .map(|n| article(n, &format!("Outlet {n}"), &fixture(&format!("{n}.txt"))))
        .collect()
}

fn pair(reuse: &[Reuse], a: usize, b: usize) -> Option<&Reuse> {
    reuse.iter().find(|r| (r.a, r.b) == (a, b))
}

#[test]
fn edited_copy_is_found_with_exact_spans() {
    let arts = fixtures();
    let cmp = compare(&arts, &[]);
    let r = pair(&cmp.reuse, 0, 1).expect("wire and copy");
    // The copy takes five of the wire's nine paragraphs, with two small edits; the rest of
    // the copy is its own.
    assert!(r.share_a > 0.45 && r.share_a < 0.75, "wire share {}", r.share_a);
    assert!(r.share_b > 0.6 && r.share_b < 0.9, "copy share {}", r.share_b);
    // One run from the first copied word to the last, stepping over the edits.
    assert_eq!(r.spans.len(), 1, "{:?}", r.spans);
    let (sa, sb) = &r.spans[0];
    let (ta, tb) = (&arts[0].doc.text[sa.clone()], &arts[1].doc.text[sb.clone()]);
    assert!(ta.starts_with("The regional government ordered") && tb.starts_with("The regional government ordered"), "{ta}");
    assert!(ta.ends_with("release water in a controlled way") && tb.ends_with("release water in a controlled way"), "{ta}");
    assert!(tb.contains("families stranded") && ta.contains("families trapped"));
    // The copy's own first and last paragraphs are not reused.
    assert!(!tb.contains("photographs") && !tb.contains("Courier"));
}

#[test]
fn paraphrase_is_not_reuse() {
    let cmp = compare(&fixtures(), &[]);
    for (a, b) in [(0, 2), (1, 2)] {
        assert!(pair(&cmp.reuse, a, b).is_none(), "{a}-{b}: {:?}", pair(&cmp.reuse, a, b));
    }
    // …but it is about the same story.
    assert!(cmp.similarity[0][2] > 0.2, "{}", cmp.similarity[0][2]);
}

#[test]
fn shared_boilerplate_is_never_reuse() {
    let arts = fixtures();
    assert!(!arts[3].doc.removed.is_empty(), "ingest removes the site chrome");
    let cmp = compare(&arts, &[]);
    assert!(pair(&cmp.reuse, 3, 4).is_none(), "{:?}", cmp.reuse);
    assert!(cmp.similarity[3][4] < 0.1, "{}", cmp.similarity[3][4]);
}

#[test]
fn spans_never_bridge_removed_text() {
    let wire = fixture("wire.txt");
    let paras: Vec<&str> = wire.split("\n\n").collect();
    // The same paragraphs, with a share prompt between the third and fourth.
    let with_chrome = format!("{}\n\nShare this article with your friends on social media\n\n{}", paras[..5].join("\n\n"), paras[5..].join("\n\n"));
    let a = article("a", "A", &wire);
    let b = article("b", "B", &with_chrome);
    assert_eq!(b.doc.removed.len(), 1);
    let cmp = compare(&[a.clone(), b.clone()], &[]);
    let r = pair(&cmp.reuse, 0, 1).expect("copy");
    assert_eq!(r.spans.len(), 2, "split at the removed line: {:?}", r.spans);
    for (sa, sb) in &r.spans {
        assert!(!b.doc.text[sb.clone()].contains("Share"), "span crosses the removed line");
        assert_eq!(fold(&a.doc.text[sa.clone()]).split_whitespace().collect::<Vec<_>>(), fold(&b.doc.text[sb.clone()]).split_whitespace().collect::<Vec<_>>());
    }
    assert!(r.share_b > 0.95, "{}", r.share_b);
}

#[test]
fn non_ascii_offsets_land_on_char_boundaries() {
    let base = "Le café «Chez Zoë» a rouvert ses portes à Montréal — après 18 mois de travaux — et accueille déjà des clients fidèles venus de très loin 😀.";
    let a = article("a", "A", &format!("Première phrase ici.\n\n{base}"));
    let b = article("b", "B", &format!("{}\n\nAutre chose à dire sur la ville.", base.replace('—', "-").replace(['«', '»'], "\"")));
    let cmp = compare(&[a.clone(), b.clone()], &[]);
    let r = pair(&cmp.reuse, 0, 1).expect("copy");
    for (sa, sb) in &r.spans {
        for (t, s) in [(&a.doc.text, sa), (&b.doc.text, sb)] {
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end) && s.start < s.end);
        }
        assert!(a.doc.text[sa.clone()].starts_with("Le café"));
        assert!(a.doc.text[sa.clone()].ends_with("très loin"));
    }
}

#[test]
fn comparison_is_deterministic_and_order_independent_in_content() {
    let arts = fixtures();
    let one = compare(&arts, &[]);
    assert_eq!(one, compare(&arts, &[]));
    let mut rev = arts.clone();
    rev.reverse();
    let two = compare(&rev, &[]);
    let n = arts.len();
    // Same pairs, mirrored indices, same shares.
    for r in &one.reuse {
        let (ra, rb) = (n - 1 - r.b, n - 1 - r.a);
        let m = pair(&two.reuse, ra, rb).expect("mirrored pair");
        assert!((m.share_a - r.share_b).abs() < 1e-12 && (m.share_b - r.share_a).abs() < 1e-12);
    }
}

#[test]
fn reuse_output_is_capped_per_article() {
    use parallax::compare::REUSE_PARTNERS;
    // The demo alone: 000 is a re-scrape of 001.
    let demo = demo();
    let alone = compare(&demo, &[]);
    let pair01 = pair(&alone.reuse, 0, 1).expect("000 reuses 001").clone();
    // The demo plus 200 near-identical articles: article i is sentences i … i+29 of a pool,
    // so each shares 29 of its 30 sentences with its neighbours and some with 58 others
    // (about 5,800 pairs before the cap; identical copies would be skipped as stock phrases,
    // see MAX_ARTICLES_PER_FINGERPRINT).
    let word = |i: usize| {
        const SYL: &[&str] = &["ka", "lo", "mer", "tan", "vi", "sor", "pe", "dun", "ri", "gal", "no", "bet"];
        let (mut w, mut x) = (String::new(), i + 13);
        while x > 0 || w.len() < 4 {
            w.push_str(SYL[x % SYL.len()]);
            x /= SYL.len();
        }
        w
    };
    let sentence = |j: usize| {
        let w = |k: usize| word(j * 8 + k);
        format!("The {} council of {} said that {} farmers in {} would receive {} new tractors before {} ended.", w(0), w(1), w(2), w(3), w(4), w(5))
    };
    let mut arts = demo;
    let n = arts.len() + 200;
    for i in 0..200 {
        let text: Vec<String> = (i..i + 30).map(sentence).collect();
        arts.push(article(&format!("copy{i}"), &format!("Outlet {i}"), &text.join(" ")));
    }
    let cmp = compare(&arts, &[]);
    assert!(cmp.reuse.len() <= REUSE_PARTNERS * 200, "{} pairs", cmp.reuse.len());
    assert!(cmp.reuse.len() >= REUSE_PARTNERS * 200 / 2, "{} pairs", cmp.reuse.len());
    for a in 0..n {
        let partners = cmp.reuse.iter().filter(|r| r.a == a || r.b == a).count();
        assert!(a < 5 || partners >= REUSE_PARTNERS, "copy {a}: {partners} partners");
        // Uncapped, a copy in the middle would have 58 partners.
        assert!(partners < 3 * REUSE_PARTNERS, "article {a}: {partners} partners");
    }
    assert_eq!(pair(&cmp.reuse, 0, 1), Some(&pair01));
    assert!(cmp.reuse.windows(2).all(|w| (w[0].a, w[0].b) < (w[1].a, w[1].b)));
}
