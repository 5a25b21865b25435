//! Voices: speakers of quotations and holders of reported sentences, one name per person.

mod compare_common;

use compare_common::*;
use parallax::compare::{compare, Voice};

fn voice<'a>(voices: &'a [Voice], name: &str) -> &'a Voice {
    voices.iter().find(|v| v.name == name).unwrap_or_else(|| panic!("no voice {name:?} in {voices:?}"))
}

#[test]
fn one_person_under_several_names() {
    let mut a = article(
        "a",
        "Daily A",
        "“The office will help us consult partners,” NATO Secretary-General Jens Stoltenberg said on Monday. \
         Stoltenberg added that no decision had been taken. Japanese Prime Minister Fumio Kishida welcomed the plan.",
    );
    quote(&mut a, "“The office will help us consult partners,”", "NATO Secretary-General Jens Stoltenberg");
    hold(&mut a, "“The office will help", "NATO Secretary-General Jens Stoltenberg");
    hold(&mut a, "Stoltenberg added", "Stoltenberg");
    hold(&mut a, "Kishida welcomed", "Japanese Prime Minister Fumio Kishida");
    let mut b = article("b", "Daily B", "Jens Stoltenberg said the alliance was not expanding. Kishida did not comment. Experts were divided.");
    hold(&mut b, "Jens Stoltenberg said", "Jens Stoltenberg");
    hold(&mut b, "Kishida did not", "Kishida");
    hold(&mut b, "Experts were", "experts");
    let mut c = article("c", "Daily C", "“It is a mistake,” said Stoltenberg’s critic, Maria Stoltenberg, a lawmaker. China’s Foreign Ministry said it opposed the move.");
    quote(&mut c, "“It is a mistake,”", "Maria Stoltenberg");
    hold(&mut c, "China’s Foreign Ministry said", "China’s Foreign Ministry");

    let cmp = compare(&[a, b, c], &[]);
    let jens = voice(&cmp.voices, "Jens Stoltenberg");
    // a: the quoted sentence (holder and quote count once) and "Stoltenberg added"; b: one.
    assert_eq!(jens.counts, vec![2, 1, 0]);
    assert_eq!(voice(&cmp.voices, "Fumio Kishida").counts, vec![1, 1, 0]);
    // A different first name is a different person.
    assert_eq!(voice(&cmp.voices, "Maria Stoltenberg").counts, vec![0, 0, 1]);
    // Institutions and groups are kept whole.
    assert_eq!(voice(&cmp.voices, "China's Foreign Ministry").counts, vec![0, 0, 1]);
    assert_eq!(voice(&cmp.voices, "experts").counts, vec![0, 1, 0]);
    assert_eq!(cmp.voices.len(), 5, "{:?}", cmp.voices);
    // Most heard first.
    assert_eq!(cmp.voices[0].name, "Jens Stoltenberg");
}

#[test]
fn bare_surname_prefers_the_person_in_the_same_article() {
    let mut a = article("a", "A", "Joe Biden said the talks went well. Biden then left for Delaware.");
    hold(&mut a, "Joe Biden said", "Joe Biden");
    hold(&mut a, "Biden then", "Biden");
    let mut b = article("b", "B", "Jill Biden said schools need funds. Biden visited a school.");
    hold(&mut b, "Jill Biden said", "First Lady Jill Biden");
    hold(&mut b, "Biden visited", "Biden");
    let mut c = article("c", "C", "Joe Biden said little. Mr. Biden smiled.");
    hold(&mut c, "Joe Biden said", "President Joe Biden");
    hold(&mut c, "Mr. Biden smiled", "Mr. Biden");
    let cmp = compare(&[a, b, c], &[]);
    assert_eq!(voice(&cmp.voices, "Joe Biden").counts, vec![2, 0, 2]);
    assert_eq!(voice(&cmp.voices, "Jill Biden").counts, vec![0, 2, 0]);
}

#[test]
fn surname_first_names_and_pronouns() {
    let mut a = article("a", "A", "Chinese President Xi Jinping spoke in Beijing. He said ties were strong.");
    hold(&mut a, "Xi Jinping spoke", "Chinese President Xi Jinping");
    hold(&mut a, "He said", "he");
    let mut b = article("b", "B", "Xi warned against blocs in Asia.");
    hold(&mut b, "Xi warned", "Xi");
    let cmp = compare(&[a, b], &[]);
    assert_eq!(cmp.voices.len(), 1, "{:?}", cmp.voices);
    assert_eq!(voice(&cmp.voices, "Xi Jinping").counts, vec![1, 1]);
}

#[test]
fn no_voices_without_holders_or_quotes() {
    let cmp = compare(&[article("a", "A", "Plain text only."), article("b", "B", "More plain text.")], &[]);
    assert!(cmp.voices.is_empty());
}
