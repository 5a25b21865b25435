//! Light English stemming for matching paraphrases: inflections and the common derivational
//! suffixes of news prose are stripped, so that a verb, its nominalisation and its adjective
//! meet ("opposes", "opposed", "opposition" → "oppos"; "expand", "expansion" → "expand";
//! "region", "regional" → "region"; "strategy", "strategic" → "strateg").
//!
//! The rules are a small suffix table written for this crate (in the spirit of Porter's
//! steps 2–4, Porter 1980, but conflating more aggressively across parts of speech), with a
//! least stem length per rule so that short words survive ("nation", "coalition",
//! "party"). A handful of irregular forms frequent in news ("died", "won", "fell") map to
//! their base form. The point is recall across outlets' wording, not linguistics: a rare
//! collision costs little because a link needs several shared, weighted features.

use std::borrow::Cow;

/// (suffix, replacement, least length of what precedes the suffix), longest suffixes first.
const RULES: &[(&str, &str, usize)] = &[
    ("quisition", "quir", 2),
    ("ization", "", 4),
    ("isation", "", 4),
    ("ission", "it", 4),
    ("ssion", "ss", 3),
    ("nsion", "nd", 3),
    ("ision", "id", 3),
    ("ution", "ut", 4),
    ("ition", "", 5),
    ("ation", "", 5),
    ("ction", "ct", 3),
    ("izing", "", 4),
    ("ising", "", 4),
    ("ating", "", 4),
    ("ized", "", 4),
    ("ised", "", 4),
    ("ated", "", 4),
    ("ical", "", 4),
    ("ment", "", 4),
    ("ness", "", 4),
    ("ing", "", 4),
    ("ity", "", 4),
    ("ian", "", 4),
    ("ism", "", 4),
    ("ist", "", 4),
    ("ize", "", 4),
    ("ise", "", 4),
    ("ate", "", 4),
    ("ive", "", 4),
    ("ed", "", 4),
    ("al", "", 4),
    ("ic", "", 4),
    ("ly", "", 5),
    ("y", "", 5),
    ("e", "", 4),
];

/// Irregular forms frequent in news, and words the rules would merge with another
/// ("police" would meet "policy").
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("won", "win"),
    ("wins", "win"),
    ("winning", "win"),
    ("winner", "win"),
    ("lost", "lose"),
    ("loses", "lose"),
    ("losing", "lose"),
    ("died", "die"),
    ("dies", "die"),
    ("dying", "die"),
    ("dead", "die"),
    ("death", "die"),
    ("deaths", "die"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("rises", "rise"),
    ("rising", "rise"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("falls", "fall"),
    ("struck", "strike"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("held", "hold"),
    ("met", "meet"),
    ("led", "lead"),
    ("took", "take"),
    ("taken", "take"),
    ("gave", "give"),
    ("given", "give"),
    ("began", "begin"),
    ("begun", "begin"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("told", "tell"),
    ("sent", "send"),
    ("built", "build"),
    ("paid", "pay"),
    ("fought", "fight"),
    ("brought", "bring"),
    ("sought", "seek"),
    ("fled", "flee"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("cautionary", "caution"),
    ("police", "police"),
    ("policing", "police"),
];

/// The stem of a lowercased word (see the module docs). Words of other scripts, with digits,
/// and of three letters or fewer are left alone.
pub(crate) fn stem(word: &str) -> Cow<'_, str> {
    if let Some(&(_, base)) = IRREGULAR.iter().find(|(w, _)| *w == word) {
        return Cow::Borrowed(base);
    }
    if word.len() <= 3 || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return Cow::Borrowed(word);
    }
    let mut w = word.to_string();
    // Plurals and third persons.
    if let Some(s) = w.strip_suffix("ies") {
        w = format!("{s}y");
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && w.len() > 3 {
        w.truncate(w.len() - 1);
    }
    // Derivational suffixes, up to three rounds ("reportedly" → "reported" → "report";
    // "agreement" → "agree" → "agre").
    for _ in 0..3 {
        let Some(&(suffix, with, _)) = RULES.iter().find(|(s, _, least)| w.len() >= s.len() + least && w.ends_with(s)) else {
            break;
        };
        w.truncate(w.len() - suffix.len());
        w.push_str(with);
    }
    Cow::Owned(w)
}

#[cfg(test)]
mod tests {
    use super::stem;

    fn same(words: &[&str]) {
        let s = stem(words[0]);
        for w in words {
            assert_eq!(stem(w), s, "{w} vs {}", words[0]);
        }
    }

    #[test]
    fn inflections_and_derivations_meet() {
        same(&["oppose", "opposes", "opposed", "opposing", "opposition"]);
        same(&["expand", "expands", "expanded", "expansion"]);
        same(&["establish", "established", "establishment", "establishing"]);
        same(&["region", "regional", "regions"]);
        same(&["strategy", "strategic", "strategies"]);
        same(&["approve", "approved", "approval"]);
        same(&["decide", "decided", "decision"]);
        same(&["elect", "elected", "election", "elections"]);
        same(&["injure", "injured", "injury", "injuries"]);
        same(&["evacuate", "evacuated", "evacuation"]);
        same(&["acquire", "acquired", "acquisition"]);
        same(&["criticize", "criticized", "criticism", "critics"]);
        same(&["secure", "security"]);
        same(&["report", "reported", "reportedly"]);
        same(&["agree", "agreed", "agreement"]);
        same(&["die", "died", "dead", "deaths"]);
        same(&["country", "countries"]);
        same(&["office", "offices"]);
        same(&["rise", "rises", "rising", "rose", "risen"]);
        same(&["caution", "cautionary"]);
    }

    #[test]
    fn distinct_words_stay_apart() {
        for (a, b) in [
            ("counter", "country"),
            ("police", "policy"),
            ("coalition", "coal"),
            ("party", "part"),
            ("office", "official"),
            ("nation", "nat"),
            ("approve", "reject"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} {b}");
        }
        assert_eq!(stem("nato"), "nato");
        assert_eq!(stem("東京"), "東京");
        assert_eq!(stem("analysis"), "analysis");
        assert_eq!(stem("2023"), "2023");
    }
}
