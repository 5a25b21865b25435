//! Claims on short stories written for these tests (tests/fixtures/compare/stories/): an
//! earthquake, a mayoral election, a company takeover, a trade office, an interest-rate rise, a
//! mine expansion, a naval base, rail ticket office closures, an airline maintenance hub and a dam on a shared river,
//! each told by three to five outlets. Each story mixes paraphrases that must meet, sentences
//! that share most of their words but state different things (opposite outcomes, other numbers,
//! a negation, another subject) that must not, a partial copy, and a sentence two pages of one
//! site share.

mod compare_common;

use compare_common::*;
use parallax::analysis::Article;
use parallax::compare::{compare, Comparison};

/// A story's articles: (file stem, source).
fn story(dir: &str, outlets: &[(&str, &str)]) -> Vec<Article> {
    outlets.iter().map(|(file, source)| article(file, source, &fixture(&format!("stories/{dir}/{file}.txt")))).collect()
}

/// (article, sentence) of the sentence of article `file` containing `needle`.
fn at(arts: &[Article], file: &str, needle: &str) -> (usize, usize) {
    let a = arts.iter().position(|a| a.id == file).unwrap_or_else(|| panic!("no article {file}"));
    let s = arts[a].sentences.iter().position(|s| arts[a].doc.text[s.range.clone()].contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in {file}"));
    (a, s)
}

/// The claim holding a sentence, if any.
fn claim_of(cmp: &Comparison, m: (usize, usize)) -> Option<usize> {
    cmp.claims.iter().position(|c| c.members.contains(&m))
}

/// The sentences are all in one claim, carried by that many sources.
fn same(arts: &[Article], cmp: &Comparison, sentences: &[(&str, &str)], sources: usize) {
    let ms: Vec<(usize, usize)> = sentences.iter().map(|(f, n)| at(arts, f, n)).collect();
    let c = claim_of(cmp, ms[0]).unwrap_or_else(|| panic!("{:?} in no claim: {:#?}", sentences[0], cmp.claims));
    for (m, s) in ms.iter().zip(sentences) {
        assert_eq!(claim_of(cmp, *m), Some(c), "{s:?} not with {:?}: {:#?}", sentences[0], cmp.claims);
    }
    assert_eq!(cmp.claims[c].sources, sources, "{:?}", cmp.claims[c]);
}

/// The two sentences are never in one claim.
fn apart(arts: &[Article], cmp: &Comparison, x: (&str, &str), y: (&str, &str)) {
    let (cx, cy) = (claim_of(cmp, at(arts, x.0, x.1)), claim_of(cmp, at(arts, y.0, y.1)));
    assert!(cx.is_none() || cx != cy, "{x:?} and {y:?} merged: {:?}", cmp.claims[cx.expect("some")]);
}

/// Every claim is carried by at least two sources, and by no more than its members'; no
/// sentence is in two claims, and each claim's label is one of its members.
fn well_formed(arts: &[Article], cmp: &Comparison) {
    let mut seen = std::collections::BTreeSet::new();
    for c in &cmp.claims {
        assert!(c.members.iter().all(|m| seen.insert(*m)), "a sentence in two claims: {c:?}");
        let l = c.label.trim_end_matches('…');
        assert!(c.members.iter().any(|m| arts[m.0].doc.text[arts[m.0].sentences[m.1].range.clone()].contains(l)), "label of no member: {c:?}");
        let mut sources: Vec<&str> = c.members.iter().map(|m| arts[m.0].source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        assert!(sources.len() >= 2 && c.sources == sources.len(), "{c:?}");
    }
}

#[test]
fn earthquake() {
    let arts = story(
        "quake",
        &[
            ("daily-wire", "Daily Wire"),
            ("coastal-herald", "Coastal Herald"),
            ("coastal-herald-arts", "Coastal Herald"),
            ("metro-times", "Metro Times"),
            ("the-ledger", "The Ledger"),
        ],
    );
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    // Paraphrases: the magnitude and the death toll (a number word for digits, "died" for
    // "killed"), told by three outlets each.
    same(&arts, &cmp, &[("daily-wire", "magnitude 6.4 earthquake"), ("coastal-herald", "6.4-magnitude"), ("metro-times", "at magnitude 6.4")], 3);
    same(&arts, &cmp, &[("daily-wire", "At least 12 people were killed"), ("coastal-herald", "killed at least 12"), ("metro-times", "Twelve people died")], 3);
    // A partial copy (the Ledger took half of the wire's sentence) and a paraphrase.
    same(&arts, &cmp, &[("daily-wire", "epicentre lay 10"), ("the-ledger", "epicentre lay 10"), ("metro-times", "Its epicentre")], 3);
    same(&arts, &cmp, &[("daily-wire", "Another 40 people were injured"), ("the-ledger", "the quake injured 40")], 2);
    // Same words, different facts.
    apart(&arts, &cmp, ("daily-wire", "At least 12 people were killed"), ("the-ledger", "the quake injured 40"));
    apart(&arts, &cmp, ("coastal-herald", "approved an emergency aid"), ("the-ledger", "rejected an emergency aid"));
    apart(&arts, &cmp, ("metro-times", "More than 30 aftershocks"), ("the-ledger", "Dozens of aftershocks"));
    // The line two pages of one site share is no claim, and it is not unique either way.
    for page in ["coastal-herald", "coastal-herald-arts"] {
        assert_eq!(claim_of(&cmp, at(&arts, page, "has reported on the Karsa valley")), None);
    }
}

#[test]
fn election() {
    let arts = story("election", &[("northern-post", "Northern Post"), ("city-voice", "City Voice"), ("radio-dunmore", "Radio Dunmore")]);
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    same(&arts, &cmp, &[("northern-post", "Lena Varga won"), ("city-voice", "Varga took 54 percent"), ("radio-dunmore", "With 54 percent")], 3);
    same(&arts, &cmp, &[("northern-post", "Tomas Reyes, received 41"), ("radio-dunmore", "Reyes received 41")], 2);
    same(&arts, &cmp, &[("northern-post", "Turnout was 61"), ("city-voice", "At 61 percent")], 2);
    // A negation and another subject.
    apart(&arts, &cmp, ("northern-post", "would raise property taxes"), ("city-voice", "would not raise property taxes"));
    apart(&arts, &cmp, ("northern-post", "Varga promised to cut bus fares"), ("radio-dunmore", "Reyes had promised to cut bus fares"));
}

#[test]
fn takeover() {
    let arts = story("merger", &[("market-wire", "Market Wire"), ("business-daily", "Business Daily"), ("food-journal", "Food Journal")]);
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    same(&arts, &cmp, &[("market-wire", "agreed to buy"), ("business-daily", "will be acquired"), ("food-journal", "is acquiring")], 3);
    same(&arts, &cmp, &[("market-wire", "cut 300 jobs"), ("food-journal", "cut 300 jobs")], 2);
    apart(&arts, &cmp, ("market-wire", "Shares of Brightmill rose 18"), ("business-daily", "Brightmill shares fell 18"));
    apart(&arts, &cmp, ("market-wire", "approved the deal"), ("business-daily", "blocked the deal"));
}

#[test]
fn trade_office() {
    let arts = story("office", &[("harbor-post", "Harbor Post"), ("east-wire", "East Wire"), ("coast-daily", "Coast Daily")]);
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    // Paraphrases: "open" / "set up" / "establish", "office" / "bureau", a capital for its
    // country; two of the three state the claim in one clause of a longer sentence.
    same(&arts, &cmp, &[("harbor-post", "will open a trade office"), ("east-wire", "is setting up a trade bureau"), ("coast-daily", "would establish a trade office")], 3);
    // Labelled by a sentence of running text, not by one of the headlines it gathers.
    let c = claim_of(&cmp, at(&arts, "harbor-post", "will open a trade office")).expect("claim");
    assert!(cmp.claims[c].label.starts_with("The Ardena Trade Council will open"), "{:?}", cmp.claims[c]);
    // After a long leading frame ("While Osei spent Monday touring …, ").
    same(&arts, &cmp, &[("east-wire", "customs agency will inspect"), ("coast-daily", "customs agency said it will inspect")], 2);
    // Labelled by the sentence that states only the claim.
    let c = claim_of(&cmp, at(&arts, "east-wire", "customs agency will inspect")).expect("claim");
    assert!(cmp.claims[c].label.starts_with("Kenya's customs agency will inspect"), "{:?}", cmp.claims[c]);
    // "criticised" / "was critical of" / "opposed".
    same(&arts, &cmp, &[("harbor-post", "ministry criticised the plan"), ("east-wire", "was critical of the plan"), ("coast-daily", "ministry opposed the plan")], 3);
    // Same words, different facts: another number (one in a clause), opposite outcomes.
    apart(&arts, &cmp, ("harbor-post", "will employ 25 staff"), ("east-wire", "will employ 40 staff"));
    apart(&arts, &cmp, ("harbor-post", "Exporters in the region welcomed"), ("east-wire", "Exporters in the region criticised"));
    apart(&arts, &cmp, ("east-wire", "port fees at Mombasa had risen 30"), ("coast-daily", "Port fees at Mombasa have risen 50"));
    // A clause and a sentence share a modifier ("coffee and tea exporters in the highlands"),
    // not a claim: the clause speaks of its sentence's subject.
    apart(&arts, &cmp, ("east-wire", "with a focus on coffee"), ("coast-daily", "will lend to coffee"));
    // "A critical role" is no opposition.
    apart(&arts, &cmp, ("east-wire", "played a critical role"), ("harbor-post", "ministry criticised the plan"));
}

#[test]
fn interest_rates() {
    let arts = story(
        "rates",
        &[("capital-ledger", "Capital Ledger"), ("finance-wire", "Finance Wire"), ("harbour-times", "Harbour Times"), ("morning-star", "Morning Star")],
    );
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    // "raised" / "lifted" the "key" / "benchmark" rate, "rising" / "growing" prices; one
    // outlet adds the old rate (its numbers include the others').
    same(&arts, &cmp, &[("capital-ledger", "raised its key interest rate"), ("finance-wire", "lifted its benchmark interest rate"), ("morning-star", "had raised the key interest rate")], 3);
    same(&arts, &cmp, &[("capital-ledger", "inflation had climbed to 6.2"), ("finance-wire", "Inflation climbed to 6.2")], 2);
    // "warned" / "cautioned", "rising" / "climbing".
    same(&arts, &cmp, &[("capital-ledger", "Lind warned that prices"), ("harbour-times", "Lind cautioned that prices")], 2);
    // Another month and figure.
    apart(&arts, &cmp, ("capital-ledger", "inflation had climbed to 6.2"), ("harbour-times", "Inflation climbed to 5.8"));
    // The same cost, opposite effects on the same people.
    apart(&arts, &cmp, ("capital-ledger", "would harm small exporters"), ("harbour-times", "would benefit from the higher"));
    // A clause about the farmers' costs is the ministry's tax cut, not what farmers said.
    apart(&arts, &cmp, ("finance-wire", "with a focus on easing"), ("harbour-times", "said rising fuel costs"));
}

#[test]
fn mine_expansion() {
    let arts = story("mine", &[("andes-courier", "Andes Courier"), ("mining-weekly", "Mining Weekly"), ("valley-radio", "Valley Radio")]);
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    // "approved" / "endorsed" / "was approved by".
    same(&arts, &cmp, &[("andes-courier", "government approved the expansion"), ("mining-weekly", "had endorsed the expansion"), ("valley-radio", "was approved by the regional")], 3);
    // "have been rising" / "have climbed".
    same(&arts, &cmp, &[("andes-courier", "Copper prices have been rising"), ("mining-weekly", "Copper prices have climbed")], 2);
    // "issued a cautionary statement about" / "warned about".
    same(&arts, &cmp, &[("andes-courier", "issued a cautionary statement"), ("valley-radio", "Environmental groups warned")], 2);
    // Opposite effects; other numbers; a clause about the company's spending is no farmers' claim.
    apart(&arts, &cmp, ("andes-courier", "would damage the valley's farms"), ("mining-weekly", "would benefit from the expansion"));
    apart(&arts, &cmp, ("andes-courier", "The mine employs 1,200"), ("mining-weekly", "will employ 2,000"));
    apart(&arts, &cmp, ("mining-weekly", "with a focus on cutting"), ("valley-radio", "their water use had already been cut"));
}

#[test]
fn naval_base() {
    let arts = story(
        "base",
        &[("pacific-herald", "Pacific Herald"), ("coral-wire", "Coral Wire"), ("islands-post", "Islands Post"), ("reef-times", "Reef Times")],
    );
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    // The central event, in four wordings: "will establish" / "is setting up" / "plan to
    // open" a "base" / "facility", Canberra for Australia.
    same(
        &arts,
        &cmp,
        &[("pacific-herald", "Australia will establish a naval base"), ("coral-wire", "Canberra is setting up a facility for its navy"), ("islands-post", "plan to open a naval base"), ("reef-times", "Australia is setting up a naval base")],
        4,
    );
    // One agent, one act ("criticised" / "condemned" / "denounced"), one object.
    same(
        &arts,
        &cmp,
        &[("pacific-herald", "Opposition lawmakers in Papua New Guinea criticised"), ("coral-wire", "opposition has condemned the deal"), ("reef-times", "Opposition leaders in Papua New Guinea have denounced")],
        3,
    );
    same(&arts, &cmp, &[("pacific-herald", "will cost 250 million"), ("islands-post", "will cost 250 million")], 2);
    // The same act by another agent; a topic is no assertion of the event; a negation;
    // another figure; opposite reactions; support against opposition.
    apart(&arts, &cmp, ("pacific-herald", "Opposition lawmakers in Papua New Guinea criticised"), ("islands-post", "China's foreign ministry criticised"));
    apart(&arts, &cmp, ("pacific-herald", "Australia will establish a naval base"), ("islands-post", "The establishment of the base will prove"));
    apart(&arts, &cmp, ("pacific-herald", "meant to counter China"), ("islands-post", "would not be used to counter China"));
    apart(&arts, &cmp, ("pacific-herald", "will cost 250 million"), ("coral-wire", "will cost 310 million"));
    apart(&arts, &cmp, ("pacific-herald", "Fishing families on Tavu Island welcomed"), ("coral-wire", "Fishing families on Tavu Island criticised"));
    apart(&arts, &cmp, ("coral-wire", "opposition has condemned the deal"), ("reef-times", "government supports the deal"));
}

#[test]
fn ticket_offices() {
    let arts = story("rail", &[("rail-gazette", "Rail Gazette"), ("city-courier", "City Courier"), ("morning-line", "Morning Line")]);
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    // "opposes" / "have condemned" / "has expressed its opposition to"; the union by its
    // name and its acronym.
    same(
        &arts,
        &cmp,
        &[("rail-gazette", "Transport Workers Union opposes"), ("city-courier", "TWU leaders have condemned"), ("morning-line", "has expressed its opposition")],
        3,
    );
    // "warned" / "cautioned".
    same(&arts, &cmp, &[("rail-gazette", "Rail Standards warned Northline"), ("city-courier", "cautioned Northline")], 2);
    // Another agent of the same act on the same plan; support against opposition; another
    // number; a negation; rose against fell.
    apart(&arts, &cmp, ("rail-gazette", "Passengers Association criticised"), ("city-courier", "TWU leaders have condemned"));
    apart(&arts, &cmp, ("rail-gazette", "Passengers Association criticised"), ("morning-line", "has expressed its opposition"));
    // Nearly the same words, and the same first name: only the agents differ.
    apart(&arts, &cmp, ("rail-gazette", "Passengers Association criticised"), ("morning-line", "In Leeds, the Transport Workers Union criticised"));
    apart(&arts, &cmp, ("rail-gazette", "union supports Northline's plan"), ("city-courier", "Northline will hire 150"));
    apart(&arts, &cmp, ("city-courier", "did not criticise the union"), ("morning-line", "drawn sharp criticism"));
    apart(&arts, &cmp, ("city-courier", "have fallen by half"), ("morning-line", "have risen by half"));
}

#[test]
fn maintenance_hub() {
    let arts = story(
        "hub",
        &[("harbour-gazette", "Harbour Gazette"), ("northern-post", "Northern Post"), ("sky-review", "Sky Review"), ("lorvik-courier", "Lorvik Courier"), ("air-digest", "Air Digest")],
    );
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    // The development all four outlets lead with: Kestrel opens a hub in Lorvik.
    same(
        &arts,
        &cmp,
        &[("harbour-gazette", "plans to open a maintenance hub"), ("northern-post", "will open a maintenance hub"), ("sky-review", "is to open a new maintenance hub"), ("lorvik-courier", "has chosen Lorvik")],
        4,
    );
    // One agent objects to it under four names: "the plan to open the Lorvik hub",
    // "Kestrel's expansion into the north", "Kestrel's decision to extend its network",
    // "the move".
    same(
        &arts,
        &cmp,
        &[
            ("harbour-gazette", "Union opposes the plan to open"),
            ("northern-post", "Union has condemned Kestrel's expansion"),
            ("sky-review", "Union criticised Kestrel's decision"),
            ("air-digest", "Union has denounced the move"),
        ],
        4,
    );
    // Labelled by a member that says what is objected to, not by "the move".
    let c = claim_of(&cmp, at(&arts, "air-digest", "Union has denounced the move")).expect("claimed");
    assert!(!cmp.claims[c].label.contains("the move"), "{:?}", cmp.claims[c]);
    // Another agent objecting to the development; the same agent objecting to something
    // else (another actor's act at the same place).
    apart(&arts, &cmp, ("northern-post", "Union has condemned Kestrel's expansion"), ("lorvik-courier", "Chamber of Commerce has criticised"));
    apart(&arts, &cmp, ("harbour-gazette", "Union opposes the plan to open"), ("lorvik-courier", "Chamber of Commerce has criticised"));
    apart(&arts, &cmp, ("harbour-gazette", "Union opposes the plan to open"), ("air-digest", "Pilots Association also criticised the move"));
    apart(&arts, &cmp, ("harbour-gazette", "Union opposes the plan to open"), ("lorvik-courier", "proposal to extend the Lorvik runway"));
    apart(&arts, &cmp, ("sky-review", "Union criticised Kestrel's decision"), ("lorvik-courier", "proposal to extend the Lorvik runway"));
}

#[test]
fn regional_stability() {
    let arts = story(
        "dam",
        &[("river-times", "River Times"), ("delta-wire", "Delta Wire"), ("highland-post", "Highland Post"), ("valley-news", "Valley News")],
    );
    let cmp = compare(&arts, &[]);
    well_formed(&arts, &cmp);
    // One agent's act makes the region less stable, in three wordings that share little but
    // the agent and the place: "a threat to regional peace and stability", "concerns about
    // regional instability", "destabilising for the region".
    same(
        &arts,
        &cmp,
        &[("river-times", "poses a serious threat to regional peace"), ("delta-wire", "raised concerns about regional instability"), ("highland-post", "deeply destabilising for the region")],
        3,
    );
    // The same agent saying it makes the region more stable; stability that improved
    // against instability that rose; another agent fuelling tensions in the region; a
    // negation.
    apart(&arts, &cmp, ("river-times", "would promote stability in the region"), ("delta-wire", "raised concerns about regional instability"));
    apart(&arts, &cmp, ("river-times", "would promote stability in the region"), ("highland-post", "deeply destabilising for the region"));
    apart(&arts, &cmp, ("river-times", "would promote stability in the region"), ("valley-news", "would threaten stability in the region"));
    apart(&arts, &cmp, ("river-times", "Stability in the region has improved"), ("highland-post", "Instability in the region has risen"));
    apart(&arts, &cmp, ("delta-wire", "Rebel attacks in northern Kadar"), ("river-times", "poses a serious threat to regional peace"));
    apart(&arts, &cmp, ("delta-wire", "Rebel attacks in northern Kadar"), ("highland-post", "deeply destabilising for the region"));
    apart(&arts, &cmp, ("valley-news", "will not threaten regional stability"), ("river-times", "poses a serious threat to regional peace"));
    apart(&arts, &cmp, ("valley-news", "will not threaten regional stability"), ("delta-wire", "raised concerns about regional instability"));
}

/// The claims of every story: `cargo test --test compare_stories -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_story_claims() {
    for dir in ["quake", "election", "merger", "office", "rates", "mine", "base", "rail", "hub", "dam"] {
        let mut files: Vec<String> = std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare/stories").join(dir))
            .expect("dir")
            .map(|e| e.expect("entry").path().file_stem().expect("stem").to_string_lossy().to_string())
            .collect();
        files.sort();
        let outlets: Vec<(&str, &str)> = files.iter().map(|f| (f.as_str(), f.trim_end_matches("-arts"))).collect();
        let arts = story(dir, &outlets);
        let cmp = compare(&arts, &[]);
        println!("== {dir}");
        for c in &cmp.claims {
            println!("[{}] {:?} {}", c.sources, c.members, c.label);
        }
    }
}
