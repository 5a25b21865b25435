//! Coreference through `analyze()`: "he"/"she" after a named person, a capital acting for
//! its country — and neither where the text does not support it.

use parallax::report::{ArticleInput, Input, Report};

fn run(text: &str, targets: &[&str]) -> Report {
    let input = Input {
        articles: vec![ArticleInput { id: "a".into(), text: Some(text.into()), ..Default::default() }],
        targets: targets.iter().map(|t| t.to_string()).collect(),
        ..Default::default()
    };
    parallax::analyze(&input).unwrap()
}

/// Target ids with a stance in sentence `i`.
fn stance_targets(r: &Report, i: usize) -> Vec<String> {
    r.articles[0].sentences[i].stance.iter().map(|s| s.target.clone()).collect()
}

#[test]
fn pronoun_after_a_named_person_refers_to_them() {
    let r = run(
        "Senator Maria Lopez spoke on Monday. She called the plan a reckless gamble. \
         Japan signed it on Tuesday. He did not say more.",
        &["Lopez", "Japan"],
    );
    assert_eq!(stance_targets(&r, 0), ["t0"]);
    assert_eq!(stance_targets(&r, 1), ["t0"], "“She” follows the senator");
    assert_eq!(stance_targets(&r, 2), ["t1"]);
    assert!(stance_targets(&r, 3).is_empty(), "a country is not a “he”");
}

#[test]
fn surname_reuse_marks_a_person_without_a_title() {
    let r = run("Jens Stoltenberg arrived. Stoltenberg met officials. He praised the plan.", &["Jens Stoltenberg"]);
    assert_eq!(stance_targets(&r, 2), ["t0"]);
}

#[test]
fn a_capital_acting_stands_for_its_country() {
    let r = run(
        "Tokyo has welcomed the reckless plan. The office in Tokyo opened. Tokyo Electric agreed.",
        &["Japan"],
    );
    assert_eq!(stance_targets(&r, 0), ["t0"]);
    assert!(stance_targets(&r, 1).is_empty(), "a place, not an actor");
    assert!(stance_targets(&r, 2).is_empty(), "part of a longer name");
}

#[test]
fn this_after_a_sentence_about_the_main_target_refers_to_it() {
    let r = run(
        "The utility plans to build a dam on the river. But this would be a reckless gamble with the valley. \
         This is the third such project. Farmers met on Friday. This was a costly mistake.",
        &["dam", "farmers"],
    );
    assert_eq!(stance_targets(&r, 0), ["t0"]);
    assert_eq!(stance_targets(&r, 1), ["t0"], "“this” opens a clause after the dam sentence");
    assert!(stance_targets(&r, 2).is_empty(), "no chains");
    assert!(stance_targets(&r, 4).is_empty(), "only the first (main) target is pointed back to");
}

/// Whether a target is a person is decided over all articles and for each target on its own:
/// the second article shows that "Okafor" is a person (a title), the organisation named
/// with an acronym is never one.
#[test]
fn persons_are_found_per_target_across_articles() {
    let input = Input {
        articles: vec![
            ArticleInput { id: "a".into(), text: Some("Okafor spoke on Monday. She called it a reckless gamble.".into()), ..Default::default() },
            ArticleInput {
                id: "b".into(),
                text: Some("Minister Okafor met the NATO envoy. She praised the offer.".into()),
                ..Default::default()
            },
        ],
        targets: vec!["NATO".into(), "Okafor".into()],
        ..Default::default()
    };
    let r = parallax::analyze(&input).unwrap();
    let st = |a: usize, i: usize| -> Vec<String> { r.articles[a].sentences[i].stance.iter().map(|s| s.target.clone()).collect() };
    assert_eq!(st(0, 1), ["t1"], "“She” after Okafor, a person by the title in the other article");
    assert_eq!(st(1, 1), ["t1"], "“She” goes to the person, not to NATO");
}
