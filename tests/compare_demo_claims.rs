//! Claims on the demo corpus against a hand annotation (tests/fixtures/compare/demo-claims.json):
//! no claim may mix sentences that state different things, and the claims several outlets
//! carry should be found.

mod compare_common;

use compare_common::*;
use parallax::analysis::Article;
use parallax::compare::{compare, Comparison};
use std::collections::{BTreeMap, BTreeSet};

/// Hand claims: id → labelled (article, sentence) pairs.
type Annotation = BTreeMap<String, BTreeSet<(usize, usize)>>;

/// The annotation resolved against the demo articles. A snippet labels every sentence of its
/// article that contains it, and every sentence of the same source with that snippet.
fn annotation(arts: &[Article]) -> Annotation {
    let json: serde_json::Value = serde_json::from_str(&fixture("demo-claims.json")).expect("demo-claims.json parses");
    let mut out = Annotation::new();
    for claim in json["claims"].as_array().expect("claims") {
        let id = claim["id"].as_str().expect("id").to_string();
        let labelled = out.entry(id.clone()).or_default();
        for pair in claim["sentences"].as_array().expect("sentences") {
            let (file, snippet) = (pair[0].as_str().expect("article"), pair[1].as_str().expect("snippet"));
            let home = arts.iter().position(|a| a.id.starts_with(file)).unwrap_or_else(|| panic!("no article {file}"));
            let before = labelled.len();
            for (ai, a) in arts.iter().enumerate().filter(|(_, a)| a.source == arts[home].source) {
                for (si, s) in a.sentences.iter().enumerate() {
                    if fold(&a.doc.text[s.range.clone()]).contains(&fold(snippet)) {
                        labelled.insert((ai, si));
                    }
                }
            }
            assert!(labelled.iter().skip(before).count() > 0 || labelled.iter().any(|m| m.0 == home), "{id}: {snippet:?} not in {file}");
        }
    }
    out
}

/// Distinct sources among `members`.
fn sources(arts: &[Article], members: impl IntoIterator<Item = (usize, usize)>) -> usize {
    members.into_iter().map(|m| arts[m.0].source.as_str()).collect::<BTreeSet<_>>().len()
}

/// Per hand claim carried by at least three outlets: the most sources a Parallax claim
/// gathers among that hand claim's sentences.
fn recall(arts: &[Article], cmp: &Comparison, truth: &Annotation) -> BTreeMap<String, usize> {
    truth
        .iter()
        .filter(|(_, ms)| sources(arts, ms.iter().copied()) >= 3)
        .map(|(id, ms)| {
            let best = cmp.claims.iter().map(|c| sources(arts, c.members.iter().copied().filter(|m| ms.contains(m)))).max().unwrap_or(0);
            (id.clone(), best)
        })
        .collect()
}

#[test]
fn annotation_is_sound() {
    let arts = demo();
    let truth = annotation(&arts);
    // Seven claims are carried by at least three of the four outlets.
    let wide: Vec<&String> = truth.iter().filter(|(_, ms)| sources(&arts, ms.iter().copied()) >= 3).map(|(id, _)| id).collect();
    assert_eq!(wide.len(), 7, "{wide:?}");
}

#[test]
fn no_claim_mixes_different_statements() {
    let arts = demo();
    let truth = annotation(&arts);
    let cmp = compare(&arts, &[]);
    for c in &cmp.claims {
        // The hand claims every annotated member states; they must have one in common.
        let mut common: Option<BTreeSet<&String>> = None;
        for m in &c.members {
            let labels: BTreeSet<&String> = truth.iter().filter(|(_, ms)| ms.contains(m)).map(|(id, _)| id).collect();
            if labels.is_empty() {
                continue;
            }
            common = Some(match common {
                None => labels,
                Some(prev) => prev.intersection(&labels).copied().collect(),
            });
        }
        assert!(common.as_ref().map_or(true, |s| !s.is_empty()), "mixed claim: {c:?}");
    }
}

#[test]
fn claims_are_disjoint_and_labelled_by_a_member() {
    let arts = demo();
    let cmp = compare(&arts, &[]);
    let mut seen = BTreeSet::new();
    for c in &cmp.claims {
        assert!(c.members.iter().all(|m| seen.insert(*m)), "a sentence in two claims: {c:?}");
        // The label is a member's sentence, perhaps cut short and without its opening
        // connective or frame ("However, ", "It appears that "), its first letter capitalised.
        let l = c.label.trim_end_matches('…');
        let mut cs = l.chars();
        let head: String = cs.next().map(|ch| ch.to_lowercase().collect()).unwrap_or_default();
        let rest = cs.as_str();
        assert!(
            c.members.iter().any(|m| {
                let s = &arts[m.0].doc.text[arts[m.0].sentences[m.1].range.clone()];
                s.contains(l) || s.contains(&format!("{head}{rest}"))
            }),
            "label of no member: {c:?}"
        );
    }
}

#[test]
fn widely_carried_claims_are_found() {
    let arts = demo();
    let truth = annotation(&arts);
    let cmp = compare(&arts, &[]);
    let r = recall(&arts, &cmp, &truth);
    // Of the seven claims at least three outlets carry, word overlap and propositions
    // (agent, predicate class, object, an object that is the story's development meeting
    // another, an object that is a place's stability; precision first) gather five with
    // three outlets (office, partners, counter-china, china-opposes, instability) and one
    // more with two (domains): regression floors, not the goal; the other (us-interests)
    // is paraphrased beyond shared words and named objects, see the note in
    // demo-claims.json.
    let found = |k: usize| r.values().filter(|&&n| n >= k).count();
    assert!(found(3) >= 5 && found(2) >= 6, "{r:?}");
}

/// Recall per hand claim and the claims found:
/// `cargo test --release --test compare_demo_claims -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_demo_claims() {
    let arts = demo();
    let truth = annotation(&arts);
    let cmp = compare(&arts, &[]);
    for (id, n) in recall(&arts, &cmp, &truth) {
        println!("hand claim {id}: best Parallax claim gathers {n} of its outlets");
    }
    for c in &cmp.claims {
        let labels: BTreeSet<&String> = c.members.iter().flat_map(|m| truth.iter().filter(move |(_, ms)| ms.contains(m)).map(|(id, _)| id)).collect();
        println!("claim [{}] {:?} {labels:?} {}", c.sources, c.members, c.label);
    }
}

/// Every sentence of the demo, for annotating:
/// `cargo test --release --test compare_demo_claims -- --ignored --nocapture print_demo_sentences`.
#[test]
#[ignore]
fn print_demo_sentences() {
    for (ai, a) in demo().iter().enumerate() {
        for (si, s) in a.sentences.iter().enumerate() {
            println!("{ai}.{si} [{:?}] {}", s.kind, &a.doc.text[s.range.clone()]);
        }
    }
}
