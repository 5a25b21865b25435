//! Claims: sentences of different articles that state the same thing, and the sentences
//! only one article carries.
//!
//! - [`features`]: each claim sentence as IDF-weighted features (stemmed content words,
//!   numbers, names unified across acronyms, demonyms and capitals, paraphrase sets), plus
//!   what tells similar sentences apart (numbers, negation, opposite outcomes, subject);
//!   long sentences also as their clauses.
//! - [`paraphrase`]: words outlets use interchangeably, as one feature.
//! - [`predicates`]: what a sentence asserts as (agent, predicate class, object), so that
//!   sentences in other words but one proposition meet, and one act by other agents does not;
//!   objects that are the story's development (read off the leads) are one object.
//! - [`stability`]: claims about a place's stability as a polarity (a threat to its peace,
//!   concerns about its instability, destabilising it) and a proposition whose object is
//!   that stability, so that one agent's destabilising act meets in any wording.
//! - [`link`]: candidate pairs from an inverted index over rare features and from shared
//!   propositions (never all pairs), linked when alike and not stating different things,
//!   merged by average link.
//! - here: a group (of sentences, through them or their clauses) is a claim when it spans
//!   at least two independent sources (sentences the
//!   reuse stage found copied between two articles, and sentences of one source, count
//!   once), labelled by its most central sentence of those that read alone (no dateline,
//!   not cut short, not pointing back: "This …", "In such conditions, …"), without an
//!   opening connective or frame ("However, ", "It appears that "). A sentence that two claims gather (through
//!   its clauses) stays in one: the more widely carried, unless that one has the sentence's
//!   source through another sentence and the other would lose the source without it.
//!
//! Precision comes first: a false merge tells the reader two outlets corroborate each other.

mod contrast;
mod features;
mod link;
mod names;
mod paraphrase;
mod predicates;
mod stability;

use super::words::Content;
use features::FeatureSet;
use features::Features;
use link::similarity;
use super::Claim;
use crate::analysis::Article;
use crate::ingest::BlockKind;
use rustc_hash::FxHashMap;

/// Longest label, in characters.
const LABEL_CHARS: usize = 200;

/// Number of independent sources among `members`: copies (sentences reused between the
/// two articles) and sentences of one source count once. `source` names each article's
/// source. Linear in the members and their copies (not in all pairs of members: a claim
/// of a large set can have thousands).
fn independent<'a>(members: &[(usize, usize)], covered: &[Vec<Vec<u32>>], source: impl Fn(usize) -> &'a str) -> usize {
    let mut root: Vec<usize> = (0..members.len()).collect();
    fn find(root: &mut [usize], mut x: usize) -> usize {
        while root[x] != x {
            root[x] = root[root[x]];
            x = root[x];
        }
        x
    }
    fn join(root: &mut [usize], i: usize, j: usize) {
        let (x, y) = (find(root, i), find(root, j));
        root[x] = y;
    }
    // One source (and so one article): joined to the source's first member.
    let mut first_of: FxHashMap<&str, usize> = FxHashMap::default();
    let mut of_article: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, &(a, _)) in members.iter().enumerate() {
        let first = *first_of.entry(source(a)).or_insert(i);
        join(&mut root, i, first);
        of_article.entry(a).or_default().push(i);
    }
    // Copies: the sentence of a was copied with b, and b's sentence with a.
    for (i, &(a, s)) in members.iter().enumerate() {
        for &b in &covered[a][s] {
            for &j in of_article.get(&(b as usize)).map_or(&[][..], Vec::as_slice) {
                if covered[b as usize][members[j].1].binary_search(&(a as u32)).is_ok() {
                    join(&mut root, i, j);
                }
            }
        }
    }
    (0..members.len()).filter(|&i| find(&mut root, i) == i).count()
}

/// A sentence as a label: bullets, spaces, a dateline ("JAKARTA – ") and an opening that
/// ties it to the sentence before or frames it as an argument ([`unframed`]: "However, ",
/// "It appears that ") trimmed, at most [`LABEL_CHARS`] characters. Only the label: the
/// members' sentences and offsets are the article's.
fn label(text: &str) -> String {
    let dated = undated(text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '•' | '-' | '–' | '—' | '*' | '·' | '▪')).trim());
    let rest = unframed(dated);
    // A trimmed opening leaves a lowercase word to capitalise ("the strike …"), but not a
    // name that is written with a lowercase first letter ("eBay").
    // (ASCII only: a Unicode case table would cost the wasm build kilobytes.)
    let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let mut t = rest.to_string();
    if rest.len() < dated.len() && first.chars().all(|c| c.is_lowercase()) {
        if let Some(head) = t.get_mut(..1) {
            head.make_ascii_uppercase();
        }
    }
    if t.chars().count() <= LABEL_CHARS {
        return t;
    }
    let cut: String = t.chars().take(LABEL_CHARS).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > LABEL_CHARS / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()))
}

/// A sentence without its dateline: a place in capitals, perhaps an agency in brackets, and
/// a dash ("JAKARTA – ", "NEW DELHI (Reuters) - ").
fn undated(t: &str) -> &str {
    let place = t.find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '\'' | '’'))).unwrap_or(t.len());
    if t[..place].chars().filter(|c| c.is_uppercase()).count() < 3 {
        return t;
    }
    let mut rest = &t[place..];
    if rest.starts_with('(') {
        match rest.find(')') {
            Some(i) => rest = rest[i + 1..].trim_start(),
            None => return t,
        }
    }
    match rest.strip_prefix(['–', '—', '-']) {
        Some(r) if r.starts_with(' ') && r.trim_start().starts_with(char::is_uppercase) => r.trim_start(),
        _ => t,
    }
}

/// Sentence openings a label reads better without: discourse connectives, which tie a
/// sentence to the one before ("However, "), and frames that present it as an argument or
/// a point of view ("It appears that ", "From a legal perspective, "). General English, not
/// any one story's; attributions ("Reportedly, ", "According to …") stay: they say who
/// claims it.
const CONNECTIVES: &[&str] = &[
    "however", "moreover", "furthermore", "in addition", "additionally", "meanwhile", "also", "besides", "nevertheless", "nonetheless",
    "still", "indeed", "in fact", "thus", "therefore", "hence", "consequently", "as a result", "on the other hand", "in contrast",
    "by contrast", "similarly", "likewise", "at the same time", "notably", "importantly", "overall", "in turn", "in other words",
    "in short", "in essence", "that said", "of course", "to that end",
];
const FRAMES: &[&str] = &[
    "it appears that", "it seems that", "it can be argued that", "it could be argued that", "it may be argued that",
    "it is worth noting that", "it should be noted that", "it must be noted that", "it is noteworthy that", "it is clear that",
    "it is evident that",
];

/// `t` without its connectives and framing ([`CONNECTIVES`], [`FRAMES`], "From a … perspective,"
/// or "… point of view,"), repeatedly ("From a holistic perspective, it can be argued that
/// …"); unchanged if fewer than three words would be left.
fn unframed(t: &str) -> &str {
    fn prefix<'a>(t: &'a str, p: &str) -> Option<&'a str> {
        t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)).then(|| &t[p.len()..])
    }
    let mut rest = t;
    loop {
        let next = CONNECTIVES
            .iter()
            .find_map(|c| prefix(rest, c).and_then(|r| r.strip_prefix(',')))
            .or_else(|| FRAMES.iter().find_map(|f| prefix(rest, f).filter(|r| r.starts_with(' '))))
            .or_else(|| {
                // "From a holistic perspective, ", "From Beijing's point of view, ".
                let (head, tail) = rest.split_once(',')?;
                (prefix(head, "from ").is_some() && head.len() < 60 && (head.ends_with("perspective") || head.ends_with("point of view"))).then_some(tail)
            });
        match next {
            Some(r) if r.split_whitespace().count() >= 3 => rest = r.trim_start(),
            _ => return rest,
        }
    }
}

/// Whether a sentence reads well as a label: it fits in [`LABEL_CHARS`] and, once its
/// connective or frame is trimmed ([`label`]), does not point back to an earlier sentence:
/// no opening anaphor ("This move …", "Such steps …", "They …"), no short opening phrase
/// with one ("In such conditions, …", "Despite these efforts, …") and no pronoun subject
/// after a short opening phrase ("On Monday, it said …").
fn readable(text: &str) -> bool {
    const ANAPHORS: &[&str] = &["this", "these", "that", "those", "such", "it", "its", "they", "their", "he", "his", "she", "her", "we", "our"];
    const DETERMINERS: &[&str] = &["this", "these", "those", "such", "its", "their", "his", "her"];
    const PREPOSITIONS: &[&str] = &["in", "with", "despite", "after", "before", "given", "under", "amid", "following", "for", "through", "by", "as", "at", "on", "from", "against", "beyond"];
    let t = label(text).to_ascii_lowercase();
    fn words(s: &str) -> Vec<&str> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
    }
    let w = words(&t);
    let first = w.first().copied().unwrap_or("");
    // The word after an opening phrase of at most four words ending in a comma.
    let after = t.find(',').filter(|&i| words(&t[..i]).len() <= 4).and_then(|i| words(&t[i + 1..]).first().copied());
    let refers_back = ANAPHORS.contains(&first)
        || (PREPOSITIONS.contains(&first) && w.iter().skip(1).take(2).any(|x| DETERMINERS.contains(x)))
        || after.is_some_and(|x| ANAPHORS[5..].contains(&x));
    !t.ends_with('…') && !refers_back
}

/// Claims among `articles`, most widely carried first.
pub(crate) fn find(articles: &[Article], content: &Content, covered: &[Vec<Vec<u32>>]) -> Vec<Claim> {
    let FeatureSet { sentences: all, df } = FeatureSet::new(articles, content);
    // Identical sentences (wire copies, repeated boilerplate-like lines) are one point for
    // linking and clustering, so cost follows the number of distinct sentences.
    // The first of identical sentences is moved into `feats`, the others' features dropped:
    // of those only (article, sentence) is needed.
    let mut first: FxHashMap<&[u32], u32> = FxHashMap::default();
    let mut copies: Vec<Vec<u32>> = Vec::new();
    let mut is_rep = vec![false; all.len()];
    for (i, f) in all.iter().enumerate() {
        let rep = *first.entry(f.ids.as_slice()).or_insert_with(|| {
            is_rep[i] = true;
            copies.push(Vec::new());
            (copies.len() - 1) as u32
        });
        copies[rep as usize].push(i as u32);
    }
    drop(first);
    let at: Vec<(u32, u32)> = all.iter().map(|f| (f.article, f.sentence)).collect();
    // A clause and a whole sentence can have identical features ("China has expressed its
    // opposition to …" alone and inside a longer sentence): for the label, which copy is
    // the whole sentence matters.
    let clause_at: Vec<bool> = all.iter().map(|f| f.clause).collect();
    let feats: Vec<Features> = all.into_iter().zip(is_rep).filter_map(|(f, rep)| rep.then_some(f)).collect();
    let mut l = link::links(&feats, &df);
    let mut groups = link::cluster(&feats, &mut l);
    let grouped: rustc_hash::FxHashSet<u32> = groups.iter().flatten().copied().collect();
    groups.extend((0..feats.len() as u32).filter(|r| copies[*r as usize].len() > 1 && !grouped.contains(r)).map(|r| vec![r]));
    let source = |a: usize| articles[a].source.as_str();
    let text = |i: u32| {
        let (ai, si) = at[i as usize];
        let a = &articles[ai as usize];
        &a.doc.text[a.sentences[si as usize].range.clone()]
    };
    let whole = |i: u32| text(i).trim_start().starts_with(|ch: char| !ch.is_lowercase());
    let mut claims: Vec<(Claim, usize, Vec<u32>)> = Vec::new();
    for group in groups {
        let mut members: Vec<(usize, usize)> = group
            .iter()
            .flat_map(|&g| copies[g as usize].iter())
            .map(|&i| (at[i as usize].0 as usize, at[i as usize].1 as usize))
            .collect();
        members.sort_unstable();
        // A sentence and its clauses are one member.
        members.dedup();
        let distinct = {
            let mut arts: Vec<usize> = members.iter().map(|m| m.0).collect();
            arts.dedup();
            arts.len()
        };
        if distinct < 2 || independent(&members, covered, source) < 2 {
            continue;
        }
        // The label: the most central member (highest total similarity to the others), of
        // those that start like a sentence if any do (a scrape may have cut a first letter
        // off), then of those that joined as whole sentences (a sentence that states only
        // the claim reads better than one that states it in a clause), then of those that
        // read on their own ([`readable`]: whole, not opening with "This …", not asserting
        // something of an object it refers back to: "criticised the move"), and of its
        // identical copies one that starts like a sentence. A headline ("Council sets up
        // Nairobi bureau") labels a claim only when no sentence of running text can.
        let mut central: Vec<(bool, bool, bool, bool, f32, u32)> = group
            .iter()
            .map(|&g| {
                let total: f32 = group.iter().filter(|&&h| h != g).map(|&h| similarity(&feats[g as usize], &feats[h as usize])).sum();
                let cs = &copies[g as usize];
                let running = cs.iter().any(|&i| articles[at[i as usize].0 as usize].sentences[at[i as usize].1 as usize].kind != BlockKind::Title);
                // An object that refers back ("criticised the move", "condemning such
                // efforts") does not read alone.
                let refers_back = feats[g as usize].props.iter().any(|p| p.anaphor);
                (cs.iter().any(|&i| whole(i)), running, cs.iter().any(|&i| !clause_at[i as usize]), !refers_back && cs.iter().any(|&i| readable(text(i))), total, g)
            })
            .collect();
        central.sort_by(|x, y| (y.0, y.1, y.2, y.3, y.4).partial_cmp(&(x.0, x.1, x.2, x.3, x.4)).unwrap_or(std::cmp::Ordering::Equal).then(x.5.cmp(&y.5)));
        // Candidate labels, best first: the members as ranked, each one's copies that start
        // like a sentence first, then those that are whole sentences, not clauses of one,
        // then those that read alone.
        let mut ranked: Vec<u32> = Vec::new();
        for c in &central {
            let cs = &copies[c.5 as usize];
            let rank: Vec<u8> = cs.iter().map(|&i| (u8::from(!whole(i)) << 2) | (u8::from(clause_at[i as usize]) << 1) | u8::from(!readable(text(i)))).collect();
            for r in 0..8 {
                ranked.extend(cs.iter().zip(&rank).filter(|x| *x.1 == r).map(|x| *x.0));
            }
        }
        let mut sources: Vec<&str> = members.iter().map(|m| articles[m.0].source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        let claim = Claim { label: label(text(ranked[0])), sources: sources.len(), members };
        claims.push((claim, distinct, ranked));
    }
    claims.sort_by(|x, y| y.0.sources.cmp(&x.0.sources).then(y.1.cmp(&x.1)).then(x.0.members.cmp(&y.0.members)));
    // Through its clauses a sentence may be in several groups: it stays in the most widely
    // carried one, and the others keep what is left if that still spans two sources;
    // except that a claim leaves a sentence to a later one that would lose a source without
    // it when the claim keeps that source through another sentence.
    let deferred = deferrals(&claims.iter().map(|c| c.0.members.as_slice()).collect::<Vec<_>>(), source);
    let mut taken: rustc_hash::FxHashSet<(usize, usize)> = rustc_hash::FxHashSet::default();
    let mut kept: Vec<(Claim, usize)> = Vec::new();
    for (ci, (mut c, _, ranked)) in claims.into_iter().enumerate() {
        let before = c.members.len();
        c.members.retain(|m| !taken.contains(m) && deferred[ci].binary_search(m).is_err());
        if c.members.len() < before {
            // The label is a member's.
            let member = |i: &u32| (at[*i as usize].0 as usize, at[*i as usize].1 as usize);
            match ranked.iter().find(|i| c.members.binary_search(&member(i)).is_ok()) {
                Some(&i) => c.label = label(text(i)),
                None => continue,
            }
            let mut sources: Vec<&str> = c.members.iter().map(|m| articles[m.0].source.as_str()).collect();
            sources.sort_unstable();
            sources.dedup();
            c.sources = sources.len();
            if c.sources < 2 || independent(&c.members, covered, source) < 2 {
                continue;
            }
        }
        taken.extend(c.members.iter().copied());
        let mut arts: Vec<usize> = c.members.iter().map(|m| m.0).collect();
        arts.dedup();
        let distinct = arts.len();
        kept.push((c, distinct));
    }
    kept.sort_by(|x, y| y.0.sources.cmp(&x.0.sources).then(y.1.cmp(&x.1)).then(x.0.members.cmp(&y.0.members)));
    kept.into_iter().map(|c| c.0).collect()
}

/// The sentences each claim (of `claims`, members sorted, in the order they take their
/// members) leaves to a later claim, per claim and sorted: those of a source the later
/// claim holds only through sentences the earlier one has too, when the earlier claim has
/// another sentence of that source. Linear in the memberships (times the few claims a
/// sentence is in, through its clauses).
fn deferrals<'a>(claims: &[&[(usize, usize)]], source: impl Fn(usize) -> &'a str) -> Vec<Vec<(usize, usize)>> {
    // (sentence, claim) for every membership, sorted: the claims of a sentence.
    let mut of: Vec<(usize, usize, usize)> = claims.iter().enumerate().flat_map(|(ci, ms)| ms.iter().map(move |m| (m.0, m.1, ci))).collect();
    of.sort_unstable();
    let mut out: Vec<Vec<(usize, usize)>> = vec![Vec::new(); claims.len()];
    for (ci, ms) in claims.iter().enumerate() {
        // Later claims sharing a sentence with this one.
        let mut later: Vec<usize> = ms
            .iter()
            .flat_map(|m| {
                let from = of.partition_point(|x| (x.0, x.1) < *m);
                of[from..].iter().take_while(move |x| (x.0, x.1) == *m).map(|x| x.2)
            })
            .filter(|&j| j > ci)
            .collect();
        if later.is_empty() {
            continue;
        }
        later.sort_unstable();
        later.dedup();
        // This claim's sentences per source.
        let mut mine: FxHashMap<&str, usize> = FxHashMap::default();
        for m in ms.iter() {
            *mine.entry(source(m.0)).or_insert(0) += 1;
        }
        for j in later {
            // The later claim's sentences per source, and whether any is not this claim's.
            let mut at: FxHashMap<&str, usize> = FxHashMap::default();
            let mut groups: Vec<(&str, Vec<(usize, usize)>, bool)> = Vec::new();
            for &m in claims[j].iter() {
                let src = source(m.0);
                let g = *at.entry(src).or_insert_with(|| {
                    groups.push((src, Vec::new(), false));
                    groups.len() - 1
                });
                groups[g].1.push(m);
                groups[g].2 |= ms.binary_search(&m).is_err();
            }
            for (src, theirs, own) in groups {
                // The later claim holds this source only through sentences this one has, and
                // this one has another sentence of the source.
                if !own && mine.get(src).copied().unwrap_or(0) > theirs.len() {
                    out[ci].extend(theirs);
                }
            }
        }
        out[ci].sort_unstable();
        out[ci].dedup();
    }
    out
}

/// Per article: body sentences in no claim and not copied to or from another article.
pub(crate) fn unique(articles: &[Article], claims: &[Claim], covered: &[Vec<Vec<u32>>]) -> Vec<Vec<usize>> {
    let mut in_claim: Vec<Vec<bool>> = articles.iter().map(|a| vec![false; a.sentences.len()]).collect();
    for c in claims {
        for &(a, s) in &c.members {
            in_claim[a][s] = true;
        }
    }
    articles
        .iter()
        .enumerate()
        .map(|(ai, a)| {
            (0..a.sentences.len())
                .filter(|&s| a.sentences[s].kind == BlockKind::Body && !in_claim[ai][s] && covered[ai][s].is_empty())
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::article;
    use super::super::words::Content;
    use super::*;

    fn claims_of(texts: &[&str]) -> (Vec<Article>, Vec<Claim>) {
        let arts: Vec<Article> = texts.iter().enumerate().map(|(i, t)| article(&format!("a{i}"), t)).collect();
        let covered: Vec<Vec<Vec<u32>>> = arts.iter().map(|a| vec![Vec::new(); a.sentences.len()]).collect();
        let claims = find(&arts, &Content::new(&arts), &covered);
        (arts, claims)
    }

    #[test]
    fn paraphrases_share_a_claim() {
        let (_, claims) = claims_of(&[
            "The harbour authority will open the new ferry terminal to passengers in March. Weather was fine.",
            "In March the new ferry terminal opens to passengers, the harbour authority announced. Prices rose.",
            "A bakery sells bread and cakes near the station.",
        ]);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].members, vec![(0, 0), (1, 0)]);
        assert_eq!(claims[0].sources, 2);
        assert!(claims[0].label.contains("ferry terminal"));
    }

    #[test]
    fn stabilising_and_destabilising_claims_stay_apart() {
        // Nearly the same words, opposite effects on the region's stability.
        let (_, claims) = claims_of(&["The new dam would promote stability in the region, officials said on Monday.", "The new dam would threaten stability in the region, officials said on Monday."]);
        assert!(claims.is_empty(), "{claims:?}");
        let (_, claims) = claims_of(&["The new dam would endanger stability in the region, officials said on Monday.", "The new dam would threaten stability in the region, officials said on Monday."]);
        assert_eq!(claims.len(), 1, "one effect: {claims:?}");
    }

    #[test]
    fn one_source_never_corroborates_itself() {
        let line = "The Valley Gazette has covered the river towns for its readers since 1921.";
        let texts = [format!("Museum reopens after a long renovation. {line}"), format!("Bridge repairs begin on Monday morning. {line}")];
        let claims_with = |sources: [&str; 2]| {
            let arts: Vec<Article> = texts.iter().zip(sources).enumerate().map(|(i, (t, s))| Article::segmented(&format!("a{i}"), s, t).expect("ingest")).collect();
            let covered: Vec<Vec<Vec<u32>>> = arts.iter().map(|a| vec![Vec::new(); a.sentences.len()]).collect();
            find(&arts, &Content::new(&arts), &covered)
        };
        assert!(claims_with(["Valley Gazette", "Valley Gazette"]).is_empty());
        assert_eq!(claims_with(["Valley Gazette", "River Times"]).len(), 1, "the same line from two sources is a claim");
    }

    #[test]
    fn numbers_must_agree() {
        let (_, claims) = claims_of(&[
            "The harbour authority will open the new ferry terminal to 4,000 passengers in March.",
            "The harbour authority will open the new ferry terminal to 9,000 passengers in March.",
        ]);
        assert!(claims.is_empty(), "{claims:?}");
    }

    #[test]
    fn copies_are_not_independent() {
        let members = [(0, 0), (1, 0), (1, 1)];
        // Sentence 0 of article 0 was copied into article 1 (sentence 0) and back.
        let covered = vec![vec![vec![1]], vec![vec![0], vec![]]];
        let own = |a: usize| ["s0", "s1"][a];
        assert_eq!(independent(&members, &covered, own), 1);
        let none = vec![vec![vec![]], vec![vec![], vec![]]];
        assert_eq!(independent(&members, &none, own), 2);
        assert_eq!(independent(&members, &none, |_| "s"), 1, "one source");
        // Copied one way only is not a copy.
        let one_way = vec![vec![vec![1]], vec![vec![], vec![]]];
        assert_eq!(independent(&members, &one_way, own), 2);
    }

    #[test]
    fn independent_counts_like_all_pairs() {
        // The definition, over all pairs of members.
        fn all_pairs(members: &[(usize, usize)], covered: &[Vec<Vec<u32>>], source: &[&str]) -> usize {
            let mut root: Vec<usize> = (0..members.len()).collect();
            fn find(root: &mut [usize], mut x: usize) -> usize {
                while root[x] != x {
                    x = root[x];
                }
                x
            }
            for i in 0..members.len() {
                for j in i + 1..members.len() {
                    let ((a, s), (b, t)) = (members[i], members[j]);
                    let copies = covered[a][s].contains(&(b as u32)) && covered[b][t].contains(&(a as u32));
                    if a == b || copies || source[a] == source[b] {
                        let (x, y) = (find(&mut root, i), find(&mut root, j));
                        root[x] = y;
                    }
                }
            }
            (0..members.len()).filter(|&i| find(&mut root, i) == i).count()
        }
        let mut seed = 7u64;
        let mut next = |m: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        let sources = ["a", "b", "c", "d", "e", "f"];
        for _ in 0..200 {
            let n = 2 + next(10) as usize;
            let source: Vec<&str> = (0..n).map(|_| sources[next(6) as usize]).collect();
            let covered: Vec<Vec<Vec<u32>>> = (0..n)
                .map(|a| {
                    (0..3)
                        .map(|_| {
                            let mut v: Vec<u32> = (0..n as u32).filter(|&b| b as usize != a && next(3) == 0).collect();
                            v.sort_unstable();
                            v
                        })
                        .collect()
                })
                .collect();
            let mut members: Vec<(usize, usize)> = (0..n).flat_map(|a| (0..3).map(move |s| (a, s))).filter(|_| next(2) == 0).collect();
            members.sort_unstable();
            assert_eq!(independent(&members, &covered, |a| source[a]), all_pairs(&members, &covered, &source), "{members:?} {source:?}");
        }
    }

    #[test]
    fn a_claim_leaves_a_sentence_to_one_that_needs_it() {
        // Articles 0 and 1 are source "a", 2 is "b", 3 is "c".
        let src = |a: usize| ["a", "a", "b", "c"][a];
        // The first claim holds source a through (0, 1) and (1, 0); the second only
        // through (0, 1): the first leaves (0, 1) to it.
        let first: &[(usize, usize)] = &[(0, 1), (1, 0), (2, 0)];
        let second: &[(usize, usize)] = &[(0, 1), (3, 0)];
        assert_eq!(deferrals(&[first, second], src), vec![vec![(0, 1)], vec![]]);
        // Without another sentence of source a, the first keeps it.
        let first: &[(usize, usize)] = &[(0, 1), (2, 0)];
        assert!(deferrals(&[first, second], src).iter().all(Vec::is_empty));
        // A later claim with a sentence of its own from that source needs none.
        let second: &[(usize, usize)] = &[(0, 1), (1, 3), (3, 0)];
        assert!(deferrals(&[&[(0, 1), (1, 0), (2, 0)], second], src).iter().all(Vec::is_empty));
    }

    #[test]
    fn labels_are_trimmed() {
        assert_eq!(label("• The move has been criticized."), "The move has been criticized.");
        let long = "word ".repeat(100);
        let l = label(&long);
        assert!(l.chars().count() <= LABEL_CHARS + 1 && l.ends_with("word…"), "{l}");
    }

    #[test]
    fn labels_lose_their_dateline() {
        assert_eq!(label("JAKARTA – The report was published on Monday."), "The report was published on Monday.");
        assert_eq!(label("NEW DELHI (Reuters) - Officials met on Monday."), "Officials met on Monday.");
        assert_eq!(label("NATO – a Western alliance – met."), "NATO – a Western alliance – met.", "a capitalised name is no dateline unless a sentence follows");
        assert_eq!(label("US officials met on Monday."), "US officials met on Monday.");
    }

    #[test]
    fn labels_prefer_sentences_that_read_alone() {
        assert!(readable("The council will open a trade office in Kenya."));
        assert!(!readable("This move was first discussed in March."));
        assert!(!readable("• Such steps may prove destabilizing."));
        assert!(!readable(&"word ".repeat(60)), "cut short");
        // Among equally central members, the one that reads alone labels the claim.
        let (_, claims) = claims_of(&[
            "Earlier, the mayor and the council argued for weeks. This plan would open the new ferry terminal to passengers in March, the harbour authority said.",
            "The harbour authority will open the new ferry terminal to passengers in March.",
        ]);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert!(claims[0].label.starts_with("The harbour authority"), "{claims:?}");
    }

    #[test]
    fn labels_lose_connectives_and_frames() {
        assert_eq!(label("However, the council will open the terminal in March."), "The council will open the terminal in March.");
        assert_eq!(label("In addition, eBay cut 500 jobs in Dublin."), "eBay cut 500 jobs in Dublin.", "a name keeps its lowercase letter");
        assert_eq!(label("It appears that the strike will end on Friday."), "The strike will end on Friday.");
        assert_eq!(
            label("From an economic perspective, it can be argued that the tariff hurts dairy farmers."),
            "The tariff hurts dairy farmers."
        );
        assert_eq!(label("From the union's point of view, the offer falls short."), "The offer falls short.");
        // Not a connective or frame: kept.
        assert_eq!(label("Reportedly, talks on the merger resumed on Monday."), "Reportedly, talks on the merger resumed on Monday.", "an attribution says who claims it");
        assert_eq!(label("Stillwater council voted on Monday."), "Stillwater council voted on Monday.", "a connective is a whole word");
        assert_eq!(label("From Monday, fares rise by 5%."), "From Monday, fares rise by 5%.");
        assert_eq!(label("However, it rained."), "However, it rained.", "too little would be left");
        // A non-ASCII first letter stays as it is (and never splits a character).
        assert_eq!(label("However, élan returned to the markets on Monday."), "élan returned to the markets on Monday.");
    }

    #[test]
    fn labels_do_not_point_back() {
        assert!(!readable("In such conditions, the union has opposed the closure of the depot."));
        assert!(!readable("Despite these efforts, the river kept rising."));
        assert!(!readable("It appears that they will strike on Friday."), "the frame goes, the pronoun subject stays");
        assert!(!readable("On Monday, it said the depot would close."));
        assert!(!readable("However, this plan was dropped in May."));
        assert!(readable("Given that the depot closes, the union will strike."));
        assert!(readable("In March, the union voted to strike."));
        assert!(readable("However, the union voted to strike in March."));
        // Among equally central members, the one that does not point back labels the claim;
        // its connective is trimmed from the label, not from the member.
        let (arts, claims) = claims_of(&[
            "In such conditions, the harbour authority will open the new ferry terminal to passengers in March.",
            "However, the harbour authority will open the new ferry terminal to passengers in March.",
        ]);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].label, "The harbour authority will open the new ferry terminal to passengers in March.");
        assert_eq!(claims[0].members, vec![(0, 0), (1, 0)]);
        assert!(arts[1].doc.text.starts_with("However, the harbour"));
    }

    #[test]
    fn labels_prefer_a_whole_sentence_to_the_same_words_as_a_clause() {
        // The second article's sentence states only what a clause of the first states:
        // the label is that sentence, not the longer one that holds the clause.
        let (_, claims) = claims_of(&[
            "Although the mayor praised the long delayed plan at length on Monday, the harbour authority will open the new ferry terminal to passengers in March.",
            "The harbour authority will open the new ferry terminal to passengers in March.",
        ]);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].members, vec![(0, 0), (1, 0)]);
        assert_eq!(claims[0].label, "The harbour authority will open the new ferry terminal to passengers in March.");
    }

    #[test]
    fn propositions_link_paraphrases_and_keep_agents_apart() {
        // One agent, one act in other words ("opposes" / "has expressed its opposition
        // to"), one object: too few shared words for a link by overlap alone.
        let (_, claims) = claims_of(&[
            "The Transport Workers Union strongly opposes the decision by Northline to close its depot in the city.",
            "Speaking on Monday, the TWU said it has expressed its opposition to Northline over the depot shutdown.",
            "Transport Workers Union (TWU) members voted on pay.",
        ]);
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].members, vec![(0, 0), (1, 0)]);
        // The same act on the same object by another agent, in nearly the same words.
        let (_, claims) = claims_of(&[
            "On Monday in Leeds, the Transport Workers Union criticised the plan by Northline Rail to close all ticket offices in the city.",
            "On Monday in Leeds, the Northern Passengers Association criticised the plan by Northline Rail to close all ticket offices in the city.",
        ]);
        assert!(claims.is_empty(), "{claims:?}");
    }

    #[test]
    fn topics_negations_and_passives_assert_nothing() {
        // The event as a topic, under a negation, in the passive: no proposition to link.
        for other in [
            "The establishment of a Kenyan trade office by the Ardena council will prove a turning point for exporters.",
            "The Ardena council did not establish a trade office in Kenya this year, officials said.",
        ] {
            let (_, claims) = claims_of(&["Speaking on Monday, chairman Osei said the Ardena council will establish a trade office in Kenya.", other]);
            assert!(claims.is_empty(), "{other}: {claims:?}");
        }
        // A predicate opening the text is read without looking before it.
        let (_, claims) = claims_of(&["Opposition to the Kenyan office grew.", "Criticism by Uganda followed", "Establishment"]);
        assert!(claims.is_empty(), "{claims:?}");
    }

    #[test]
    fn average_link_does_not_chain() {
        // a ~ b and b ~ c, but a and c have little in common: no claim joins all three.
        let (_, claims) = claims_of(&[
            "Engineers opened two spillways at the Kamen dam on Wednesday night to release water.",
            "Engineers opened two spillways at the Kamen dam on Wednesday night, and critics blamed the flooding downstream on the decision.",
            "Critics blamed the flooding downstream on the decision, and farmers demanded compensation from the regional government.",
        ]);
        for c in &claims {
            let arts: Vec<usize> = c.members.iter().map(|m| m.0).collect();
            assert!(!(arts.contains(&0) && arts.contains(&2)), "{claims:?}");
        }
    }
}

#[cfg(test)]
mod probe {
    use super::super::words::Content;
    use super::features::FeatureSet;
    use super::link::{differ, similarity};
    use crate::analysis::Article;

    /// The demo corpus (www/corpus), segmented, in file order (for the analysis probes below).
    pub(super) fn demo_articles() -> Vec<Article> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/corpus");
        let index: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        files.sort();
        files
            .iter()
            .map(|p| {
                let id = p.file_stem().unwrap().to_string_lossy().to_string();
                let source = index["articles"].as_array().and_then(|a| a.iter().find(|x| x["id"] == id.as_str())).and_then(|x| x["source"].as_str()).unwrap_or(&id).to_string();
                Article::segmented(&id, &source, &std::fs::read_to_string(p).unwrap()).unwrap()
            })
            .collect()
    }

    /// Similarities between the points of pairs of demo sentences named in PROBE
    /// ("a.s-b.t,…"): `PROBE=0.3-4.0 cargo test --lib probe -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn probe() {
        let arts = demo_articles();
        let set = FeatureSet::new(&arts, &Content::new(&arts));
        let spec = std::env::var("PROBE").unwrap_or_default();
        for pair in spec.split(',').filter(|p| !p.is_empty()) {
            let (x, y) = pair.split_once('-').unwrap();
            let parse = |s: &str| {
                let (a, b) = s.split_once('.').unwrap();
                (a.parse::<u32>().unwrap(), b.parse::<u32>().unwrap())
            };
            let (x, y) = (parse(x), parse(y));
            println!("== {pair}");
            for f in set.sentences.iter().filter(|f| (f.article, f.sentence) == x) {
                for g in set.sentences.iter().filter(|g| (g.article, g.sentence) == y) {
                    let shared = f.ids.iter().filter(|i| g.ids.contains(i)).count();
                    println!("  clause {} {} ({} / {} feats, {shared} shared): sim {:.3} differ {}\n    {:?}\n    {:?}", f.clause, g.clause, f.ids.len(), g.ids.len(), similarity(f, g), differ(f, g), f.props, g.props);
                }
            }
        }
    }
}

#[cfg(test)]
mod pairs {
    use super::super::words::Content;
    use super::features::FeatureSet;
    use super::link::{differ, similarity};
    use super::probe::demo_articles;
    use std::collections::BTreeSet;

    /// The cross-source pairs of hand-labelled demo sentences (tests/fixtures/compare/
    /// demo-claims.json), most alike first, marked TRUE when they share a hand claim: how
    /// well a pair score separates true from false pairs (analysis only, `METRIC=cos|contain`):
    /// `cargo test --lib pair_metrics -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn pair_metrics() {
        let arts = demo_articles();
        let fold = |s: &str| s.to_lowercase().replace(['’', '‘'], "'").replace(['“', '”'], "\"");
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare/demo-claims.json")).unwrap()).unwrap();
        let mut labels: std::collections::HashMap<(u32, u32), BTreeSet<String>> = Default::default();
        for c in json["claims"].as_array().unwrap() {
            let id = c["id"].as_str().unwrap().to_string();
            for pair in c["sentences"].as_array().unwrap() {
                let (file, snip) = (pair[0].as_str().unwrap(), fold(pair[1].as_str().unwrap()));
                let home = arts.iter().position(|a| a.id.starts_with(file)).unwrap();
                for (ai, a) in arts.iter().enumerate().filter(|(_, a)| a.source == arts[home].source) {
                    for (si, s) in a.sentences.iter().enumerate() {
                        if fold(&a.doc.text[s.range.clone()]).contains(&snip) {
                            labels.entry((ai as u32, si as u32)).or_default().insert(id.clone());
                        }
                    }
                }
            }
        }
        let set = FeatureSet::new(&arts, &Content::new(&arts));
        let n = set.sentences.len();
        let mut rows = Vec::new();
        for i in 0..n {
            for j in i + 1..n {
                let (x, y) = (&set.sentences[i], &set.sentences[j]);
                if x.source == y.source {
                    continue;
                }
                let (Some(lx), Some(ly)) = (labels.get(&(x.article, x.sentence)), labels.get(&(y.article, y.sentence))) else { continue };
                let truth = lx.intersection(ly).next().is_some();
                let metric = std::env::var("METRIC").unwrap_or_default();
                let m = super::link::metric(x, y, &metric);
                if m <= 0.0 { continue; }
                rows.push((m, truth, similarity(x, y), differ(x, y), format!("{}.{}{} - {}.{}{} {:?}|{:?}", x.article, x.sentence, if x.clause {"c"} else {""}, y.article, y.sentence, if y.clause {"c"} else {""}, lx, ly)));
            }
        }
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        for r in rows.iter().take(60) {
            println!("{:.3} {} sim {:.3} {}", r.0, if r.1 { "TRUE " } else { "false" }, r.2, r.4);
        }
    }
}
