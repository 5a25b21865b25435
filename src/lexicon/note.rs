//! One-line, reader-facing explanations of cues.

use super::{report_verb, tables, CueKind, CueMatch};

/// A one-line explanation of a cue for the reader, naming the words, what they do and the
/// list they come from. `words` is the matched text as it appears in the article.
///
/// ```
/// use parallax::lexicon::{match_at, note};
/// let m = match_at(&["they", "may", "go"], 1).unwrap();
/// assert_eq!(note(&m, "may"), "hedge: “may” softens the claim (hedges list, after Hyland 2005)");
/// let m = match_at(&["a", "perilous", "step"], 1).unwrap();
/// assert_eq!(note(&m, "perilous"), "evaluative: “perilous” is negative (Parallax rating −2.1)");
/// ```
pub fn note(m: &CueMatch, words: &str) -> String {
    // Runs of whitespace as one space (a one-word cue, the usual case, is itself).
    let joined;
    let w: &str = if words.is_empty() || words.contains(char::is_whitespace) {
        joined = words.split_whitespace().collect::<Vec<_>>().join(" ");
        &joined
    } else {
        words
    };
    let src = source_label(m.source);
    // The note's pieces copied into one string of the exact size (no `format!`: notes are
    // made for every cue of every article).
    let cat = |parts: &[&str]| {
        let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        for p in parts {
            s.push_str(p);
        }
        s
    };
    match m.kind {
        CueKind::Loaded => cat(&["loaded: “", w, "” is ", loaded_class(m.source), " (", src, ")"]),
        CueKind::Evaluative => {
            use std::fmt::Write;
            let sign = if m.polarity < 0.0 { "negative" } else { "positive" };
            let v = m.polarity * 4.0;
            let mut s = cat(&["evaluative: “", w, "” is ", sign, " (", src, " "]);
            // `write!` into a `String` cannot fail.
            let _ = if v < 0.0 { write!(s, "−{:.1})", -v) } else { write!(s, "+{v:.1})") };
            s
        }
        CueKind::Hedge => cat(&["hedge: “", w, "” softens the claim (", src, ")"]),
        CueKind::Booster if w.eq_ignore_ascii_case("not only") => {
            cat(&["booster: “", w, "” adds emphasis; it does not negate (", src, ")"])
        }
        CueKind::Booster => cat(&["booster: “", w, "” presents the claim as certain or emphatic (", src, ")"]),
        CueKind::Report => {
            let key: String = w.chars().map(crate::text::fold_char).flat_map(char::to_lowercase).collect();
            match report_verb(&key) {
                Some(v) => cat(&["report: “", w, "” attributes the content to a speaker — ", v.note, " (", src, ")"]),
                None => cat(&["report: “", w, "” attributes the content to a speaker (", src, ")"]),
            }
        }
        CueKind::Negation => cat(&["negation: “", w, "” reverses or cancels what follows"]),
        CueKind::Contrast => cat(&["contrast: “", w, "” sets what follows against what precedes (", src, ")"]),
    }
}

/// What a loaded class means, for the note.
pub(super) fn loaded_class(source: &str) -> &'static str {
    match class_of(source) {
        "derogatory" => "a derogatory label",
        "partisan" => "a partisan, one-sided term",
        "sensational" => "sensational wording",
        "emotive" => "emotive, intensified wording",
        "figurative" => "figurative, emotive wording",
        "scare" => "a label that casts doubt on the name it gives",
        "puffery" => "promotional praise",
        _ => "slanted wording",
    }
}

/// The class of a loaded cue's source. `CueMatch::source` of a loaded cue is the label half
/// of a `class|label` entry of `SOURCES`, so its address says which entry (and class) it is.
fn class_of(source: &str) -> &'static str {
    let p = source.as_ptr() as usize;
    let by_address = tables::SOURCES.iter().find(|e| {
        let s = e.as_ptr() as usize;
        s <= p && p < s + e.len()
    });
    let entry = by_address.or_else(|| tables::SOURCES.iter().find(|e| e.ends_with(&format!("|{source}"))));
    entry.and_then(|e| e.split_once('|')).map_or("", |(class, _)| class)
}

/// Reader-facing form of a source label.
fn source_label(source: &str) -> &str {
    match source {
        "hedges (npm)" => "hedges list, after Hyland 2005",
        "VADER negations" | "negation" => "negation",
        s => s,
    }
}
