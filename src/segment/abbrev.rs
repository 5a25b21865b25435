//! Abbreviations that do not end a sentence, and words that typically start one.
//! Hand-written general English lists (titles, months, corporate and Latin abbreviations).

/// Lowercase abbreviations without their final dot.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj",
    "capt", "sgt", "cpl", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt",
    "insp", "det", "amb", "inc", "ltd", "co", "corp", "llc", "plc", "bros", "dept", "univ",
    "assn", "vs", "etc", "approx", "est", "cf", "al", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ave", "blvd",
    "rd", "hwy", "mln", "bn",
];

/// Abbreviations that only count before a number: "No. 5", "pp. 3-4", "Art. 9".
const BEFORE_NUMBER: &[&str] = &["no", "nos", "vol", "pp", "p", "ch", "sec", "art", "para", "fig", "op", "nr"];

/// Words that, capitalised after an acronym's dot, signal a new sentence.
const STARTERS: &[&str] = &[
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those",
    "there", "but", "and", "however", "in", "on", "at", "as", "if", "when", "while", "yet",
    "so", "his", "her", "their", "its", "our", "meanwhile", "still", "also", "such", "some",
    "many", "most", "what", "why", "how", "after", "before", "despite", "for", "with",
];

/// The length in bytes of the longest entry of [`ABBREVIATIONS`] and [`BEFORE_NUMBER`]: a
/// longer word is neither.
pub(super) const MAX_LEN: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > max {
            max = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    k = 0;
    while k < BEFORE_NUMBER.len() {
        if BEFORE_NUMBER[k].len() > max {
            max = BEFORE_NUMBER[k].len();
        }
        k += 1;
    }
    max
};

pub(super) fn is_abbreviation(lower: &str, next: &str) -> bool {
    ABBREVIATIONS.contains(&lower)
        || BEFORE_NUMBER.contains(&lower) && next.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

pub(super) fn is_sentence_starter(word: &str) -> bool {
    let w: String = word.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    STARTERS.contains(&w.as_str())
}
