//! Claims and unique sentences on small fixtures: a wire story, a lightly edited partial
//! copy, a paraphrase by another outlet, and two unrelated pages of one site.

mod compare_common;

use compare_common::*;
use parallax::analysis::Article;
use parallax::compare::compare;

fn fixtures() -> Vec<Article> {
    ["wire", "edited_copy", "paraphrase", "site_page_a", "site_page_b"]
        .iter()
        .map(|n| article(n, &format!("Outlet {n}"), &fixture(&format!("{n}.txt"))))
        .collect()
}

fn index_of(a: &Article, needle: &str) -> usize {
    a.sentences.iter().position(|s| a.doc.text[s.range.clone()].contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in {}", a.id))
}

#[test]
fn paraphrased_claims_are_shared_and_copies_do_not_count_twice() {
    let arts = fixtures();
    let cmp = compare(&arts, &[]);
    assert!(!cmp.claims.is_empty());
    for c in &cmp.claims {
        // Every claim is carried by the paraphrase, which is the only independent outlet:
        // the wire and its copy alone make no claim.
        assert!(c.members.iter().any(|m| m.0 == 2), "{c:?}");
        assert!(c.members.iter().all(|m| m.0 <= 2), "unrelated pages in {c:?}");
    }
    // The dam forecast, reported by all three, with distinct outlet names.
    let dam = cmp.claims.iter().find(|c| c.label.contains("Kamen dam") && c.label.contains("1968")).expect("dam claim");
    assert_eq!(dam.sources, 3);
    let wire_dam = index_of(&arts[0], "built in 1968");
    assert!(dam.members.contains(&(0, wire_dam)));
    assert!(dam.members.contains(&(2, index_of(&arts[2], "from 1968"))));
    // The spillway decision: the paraphrase matches the wire's fuller sentence.
    assert!(cmp.claims.iter().any(|c| c.members.contains(&(2, index_of(&arts[2], "Critics blamed")))));
}

#[test]
fn unique_sentences_are_neither_claimed_nor_copied() {
    let arts = fixtures();
    let cmp = compare(&arts, &[]);
    let unique = |a: usize, needle: &str| cmp.unique[a].contains(&index_of(&arts[a], needle));
    // Only the wire gives the damage estimate; only the paraphrase mentions the farmers.
    assert!(unique(0, "Insurance companies"));
    assert!(unique(2, "Farmers' groups"));
    // The copy's own lines are unique, the copied ones are not.
    assert!(unique(1, "Our readers in Dolna"));
    assert!(!unique(1, "Emergency crews used boats"));
    assert!(!unique(0, "Emergency crews used boats"));
    // Unrelated pages: every body sentence is unique; titles never are.
    assert_eq!(cmp.unique[3].len(), 3);
    assert!(!cmp.unique[3].contains(&0));
}
