//! The comparison on the demo corpus (www/corpus): 000 is a truncated re-scrape of 001
//! wrapped in site chrome; the other outlets wrote their own articles.

mod compare_common;

use compare_common::*;
use parallax::compare::compare;

#[test]
fn rescrape_is_reused_with_exact_spans() {
    let arts = demo();
    let cmp = compare(&arts, &[]);
    let r = cmp.reuse.iter().find(|r| (r.a, r.b) == (0, 1)).expect("000 reuses 001");
    assert!(r.share_a >= 0.9, "share of 000: {}", r.share_a);
    assert!(r.share_b > 0.3 && r.share_b < 0.7, "share of 001: {}", r.share_b);
    let (a, b) = (&arts[0].doc.text, &arts[1].doc.text);
    for (sa, sb) in &r.spans {
        // Exact: the same words in both, up to quote typography (’ vs ').
        assert_eq!(fold(&a[sa.clone()]).split_whitespace().collect::<Vec<_>>(), fold(&b[sb.clone()]).split_whitespace().collect::<Vec<_>>());
    }
    // 000's lead paragraph is a sentence from the middle of 001.
    let lead = "Japan's recent push to expand military cooperation beyond bilateral and multilateral exercises with select NATO member states to the entire 31-member alliance poses a potentially significant threat to regional peace and stability";
    let (sa, sb) = r.spans.iter().find(|(sa, _)| sa.start == 0).expect("span at the start of 000");
    assert_eq!(&a[sa.clone()], lead);
    assert_eq!(&b[sb.clone()], lead.replace("Japan's", "Japan’s"));
    // The body: from the truncated "he report by" (the "T" was lost) to the last word.
    let (sa, sb) = r.spans.iter().max_by_key(|(sa, _)| sa.len()).expect("spans");
    assert!(a[sa.clone()].starts_with("report by Nikkei Asia on May 3") && b[sb.clone()].starts_with("report by Nikkei Asia on May 3"));
    assert!(a[sa.clone()].ends_with("seeking assistance from external partners") && b[sb.clone()].ends_with("seeking assistance from external partners"));
    // Boilerplate of 000 is in no span.
    for (sa, _) in &r.spans {
        assert!(!a[sa.clone()].contains("Share your experiences"));
    }
    // Every sentence of 000 is copied, so none is unique.
    assert!(cmp.unique[0].is_empty(), "{:?}", cmp.unique[0]);
}

#[test]
fn independent_outlets_barely_overlap() {
    let arts = demo();
    let cmp = compare(&arts, &[]);
    for r in cmp.reuse.iter().filter(|r| (r.a, r.b) != (0, 1)) {
        assert!(r.share_a < 0.05 && r.share_b < 0.05, "{}-{}: {} {}", r.a, r.b, r.share_a, r.share_b);
    }
    let s = &cmp.similarity;
    for i in 0..arts.len() {
        assert_eq!(s[i][i], 1.0);
        for j in 0..arts.len() {
            if i != j && (i, j) != (0, 1) && (i, j) != (1, 0) {
                assert!(s[i][j] < s[0][1], "{i}-{j}: {} vs copy {}", s[i][j], s[0][1]);
            }
        }
    }
}

#[test]
fn claims_are_shared_by_independent_outlets() {
    let arts = demo();
    let cmp = compare(&arts, &[]);
    assert!(!cmp.claims.is_empty());
    for c in &cmp.claims {
        let mut outlets: Vec<usize> = c.members.iter().map(|m| m.0).collect();
        outlets.dedup();
        // Never a claim carried only by the copy and its original.
        assert!(outlets.iter().any(|&a| a > 1), "{c:?}");
        assert!(outlets.len() >= 2);
        assert!(!c.label.is_empty() && c.label.chars().count() <= 201);
        assert!(c.sources >= 1 && c.sources <= outlets.len());
        for &(a, s) in &c.members {
            assert!(cmp.unique[a].binary_search(&s).is_err());
        }
    }
    // The ITPP negotiations are reported by the Jakarta Post and by another outlet.
    let itpp = cmp.claims.iter().find(|c| c.label.contains("ITPP")).expect("ITPP claim");
    assert_eq!(itpp.sources, 2);
}

#[test]
fn terms_are_significant_and_few() {
    let cmp = compare(&demo(), &[]);
    for t in &cmp.terms {
        assert!(t.len() <= 12);
        assert!(t.iter().all(|(w, z)| *z > 1.96 && !w.is_empty()));
        assert!(t.windows(2).all(|w| w[0].1 >= w[1].1));
    }
}

/// The figures quoted in reports: `cargo test --test compare_demo -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_demo_figures() {
    let arts = demo();
    let cmp = compare(&arts, &[]);
    for row in &cmp.similarity {
        println!("{}", row.iter().map(|x| format!("{x:.3}")).collect::<Vec<_>>().join(" "));
    }
    for r in &cmp.reuse {
        println!("reuse {} {} {:.3} {:.3} spans {}", r.a, r.b, r.share_a, r.share_b, r.spans.len());
    }
    for c in &cmp.claims {
        println!("claim [{}] {:?} {}", c.sources, c.members, c.label);
    }
    for (i, u) in cmp.unique.iter().enumerate() {
        println!("unique {i}: {} of {}", u.len(), arts[i].sentences.len());
    }
    for (i, t) in cmp.terms.iter().enumerate() {
        println!("terms {i}: {}", t.iter().map(|(w, z)| format!("{w} ({z:.2})")).collect::<Vec<_>>().join(", "));
    }
    // Voices need holders and quotes: take them from the full pipeline.
    let input = parallax::Input {
        articles: demo_files()
            .iter()
            .map(|p| parallax::report::ArticleInput {
                id: p.file_stem().expect("stem").to_string_lossy().into(),
                text: Some(std::fs::read_to_string(p).expect("read")),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    let report = parallax::analyze(&input).expect("analyze");
    for v in &report.comparison.voices {
        println!("voice {} {:?}", v.name, v.articles);
    }
}
