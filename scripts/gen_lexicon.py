#!/usr/bin/env python3
"""Generate src/lexicon/tables.rs from the data files in src/lexicon/data/.

Usage (python3, standard library only):

    python3 scripts/gen_lexicon.py            # regenerate src/lexicon/tables.rs
    python3 scripts/gen_lexicon.py --check    # exit 1 if tables.rs is out of date
    python3 scripts/gen_lexicon.py import DIR # re-extract the upstream data files from the
                                              # registry packages downloaded into DIR

`import` expects, in DIR, the files fetched with the ordinary clients:
    pip download --no-deps vaderSentiment==3.3.2 textblob==0.20.1
    npm pack hedges@2.0.1 stopwords-iso@1.1.0
and the BSD lexicon at ../shared/data/lexicons/bsd/lexicon.json (or --bsd PATH).
Sources, licences and curation are described in src/lexicon/data/README.md.

Every table is a sorted, newline-separated text blob of `key\\tvalue…` lines; the Rust side
binary-searches it byte-wise (src/lexicon/table.rs), so no index is stored in the binary.
"""

import ast
import io
import json
import os
import re
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "src", "lexicon", "data")
OUT = os.path.join(ROOT, "src", "lexicon", "tables.rs")

# Inputs of the generator, in hashing order (the drift test hashes the same files).
INPUTS = [
    "vader-lexicon.tsv", "vader-boosters.tsv", "vader-negations.txt",
    "pattern-en-sentiment.tsv", "hedges.txt", "stopwords-iso-en.txt",
    "bsd-figurative.txt", "bsd-partisan.txt", "bsd-value-laden.txt",
    "parallax-hedges.tsv", "parallax-boosters.tsv", "parallax-negation.tsv",
    "parallax-contrast.tsv", "parallax-report-verbs.tsv", "parallax-loaded.tsv",
    "parallax-evaluative.tsv", "parallax-stopwords.tsv",
]

KINDS = {"loaded": "L", "evaluative": "E", "hedge": "H", "booster": "B", "report": "R",
         "negation": "N", "contrast": "C"}
# When one phrase is in several lists, the earlier kind wins (report verbs that are also
# sensational, e.g. "slammed", stay `loaded`; report_verb() still knows them).
PRIORITY = ["negation", "contrast", "loaded", "hedge", "booster", "report"]
LOADED_DEFAULT_POLARITY = {"derogatory": -0.7, "partisan": -0.4, "sensational": -0.4,
                           "emotive": -0.5, "figurative": -0.3, "scare": -0.4, "puffery": 0.6}
EVALUATIVE_MIN = 1.5  # |VADER valence| from which a word counts as an evaluative cue


def fnv1a(chunks):
    h = 0xcbf29ce484222325
    for data in chunks:
        for b in data:
            if b == 13:  # ignore CR so a CRLF checkout hashes the same
                continue
            h ^= b
            h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def read_lines(name):
    """Non-empty, non-comment lines of a data file, split on tabs."""
    out = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            out.append((n, line.split("\t")))
    return out


def fail(name, n, msg):
    sys.exit(f"{name}:{n}: {msg}")


def norm(phrase):
    """Lowercase, single spaces, possessive 's split off as its own token (as the tokenizer
    does: "pandora's box" -> "pandora 's box")."""
    return " ".join(re.sub(r"(\w)'s\b", r"\1 's", w) for w in phrase.lower().split())


def forms(field):
    """`slam|slams|slammed` -> list of normalised phrases."""
    return [norm(p) for p in field.split("|") if p.strip()]


def variants(phrase):
    """A phrase as the tokenizer may see it: BSD writes hyphenated compounds with spaces."""
    out = [phrase]
    if " " in phrase:
        out.append(phrase.replace(" ", "-"))
    return out


# ---------------------------------------------------------------------------- generate

class Builder:
    def __init__(self):
        self.sources = []
        self.cues = {}  # phrase -> (kind, polarity, weight, source index)

    def source(self, label):
        if label not in self.sources:
            self.sources.append(label)
        return self.sources.index(label)

    def cue(self, phrase, kind, polarity, weight, source):
        assert kind in KINDS, kind
        assert -1.0 <= polarity <= 1.0 and 0.0 <= weight <= 1.0, (phrase, polarity, weight)
        old = self.cues.get(phrase)
        if old and PRIORITY.index(old[0]) <= PRIORITY.index(kind):
            return
        self.cues[phrase] = (kind, polarity, weight, self.source(source))


def load_valence():
    val = {}
    neutral = set()
    for n, (w, v, *_) in read_lines("vader-lexicon.tsv"):
        val[w] = (float(v), "VADER")
        # Internet slang codes ("143", "2g2b4g") and single letters are numbers and initials in news.
        if len(w) < 2 or any(c.isdigit() for c in w):
            neutral.add(w)
    for n, row in read_lines("parallax-evaluative.tsv"):
        key = row[0]
        if key.startswith("-"):
            for w in forms(key[1:]):
                if w not in val:
                    fail("parallax-evaluative.tsv", n, f"{w!r} excluded but not in VADER")
                neutral.add(w)
        else:
            if len(row) < 2:
                fail("parallax-evaluative.tsv", n, "expected word<TAB>valence")
            for w in forms(key):
                if w in val:
                    fail("parallax-evaluative.tsv", n, f"{w!r} already in VADER")
                val[w] = (float(row[1]), "Parallax rating")
    return val, neutral


def load_bsd(name):
    return {" ".join(l.split()) for _, (l, *_) in read_lines(name)}


def build():
    b = Builder()
    val, neutral = load_valence()

    # Hedges: npm `hedges` minus exclusions, plus Hyland (2005) additions.
    upstream = {w for _, (w, *_) in read_lines("hedges.txt")}
    drop = set()
    hedges = {}
    for n, row in read_lines("parallax-hedges.tsv"):
        if row[0].startswith("-"):
            for w in forms(row[0][1:]):
                if w not in upstream:
                    fail("parallax-hedges.tsv", n, f"{w!r} is not in hedges.txt")
                drop.add(w)
            continue
        for w in forms(row[0]):
            hedges[w] = (float(row[1]), row[2] if len(row) > 2 else "Hyland 2005")
    for w in sorted(upstream - drop):
        b.cue(w, "hedge", 0.0, hedges.pop(w, (0.5, ""))[0], "hedges (npm)")
    for w, (weight, src) in sorted(hedges.items()):
        b.cue(w, "hedge", 0.0, weight, src)

    for n, row in read_lines("parallax-boosters.tsv"):
        for w in forms(row[0]):
            b.cue(w, "booster", 0.0, float(row[1]), row[2] if len(row) > 2 else "Hyland 2005")

    negate = {w for _, (w, *_) in read_lines("vader-negations.txt")}
    for n, row in read_lines("parallax-negation.tsv"):
        if row[0].startswith("-"):
            for w in forms(row[0][1:]):
                if w not in negate:
                    fail("parallax-negation.tsv", n, f"{w!r} is not in vader-negations.txt")
                negate.discard(w)
            continue
        for w in forms(row[0]):
            b.cue(w, "negation", 0.0, float(row[1]), row[2] if len(row) > 2 else "negation")
    for w in sorted(negate):
        b.cue(w, "negation", 0.0, 1.0, "VADER negations")

    for n, row in read_lines("parallax-contrast.tsv"):
        for w in forms(row[0]):
            b.cue(w, "contrast", 0.0, float(row[1]), row[2] if len(row) > 2 else "contrast")

    # Report verbs: every inflected form maps to its lemma entry.
    lemmas, report = [], {}
    for n, row in read_lines("parallax-report-verbs.tsv"):
        if len(row) != 5:
            fail("parallax-report-verbs.tsv", n, "expected lemma<TAB>forms<TAB>weight<TAB>class<TAB>note")
        fs = forms(row[1])
        weight = float(row[2])
        lemmas.append((row[0], weight, row[3], row[4]))
        for w in fs:
            if w in report:
                fail("parallax-report-verbs.tsv", n, f"{w!r} listed twice")
            report[w] = len(lemmas) - 1
            b.cue(w, "report", 0.0, weight, "report verbs (Recasens et al. 2013; Hyland 2005)")

    # Loaded: hand-written classes, BSD figurative (curated) and selected BSD partisan terms.
    bsd = {"bsd-figurative": load_bsd("bsd-figurative.txt"),
           "bsd-partisan": load_bsd("bsd-partisan.txt"),
           "bsd-value-laden": load_bsd("bsd-value-laden.txt")}
    labels = {"parallax": "Parallax list, after Recasens et al. 2013",
              "bsd-figurative": "BSD figurative list", "bsd-partisan": "BSD partisan list",
              "bsd-value-laden": "BSD value-laden list"}
    fig_drop, loaded = set(), {}
    for n, row in read_lines("parallax-loaded.tsv"):
        if row[0].startswith("-"):
            for w in forms(row[0][1:]):
                if w not in bsd["bsd-figurative"]:
                    fail("parallax-loaded.tsv", n, f"{w!r} is not in bsd-figurative.txt")
                fig_drop.add(w)
            continue
        if len(row) != 5:
            fail("parallax-loaded.tsv", n, "expected forms<TAB>class<TAB>weight<TAB>polarity<TAB>source")
        fs, cls, weight, pol, src = forms(row[0]), row[1], float(row[2]), row[3], row[4]
        if cls not in LOADED_DEFAULT_POLARITY:
            fail("parallax-loaded.tsv", n, f"unknown class {cls!r}")
        if src not in labels:
            fail("parallax-loaded.tsv", n, f"unknown source {src!r}")
        if src in bsd and not any(v in bsd[src] for f in fs for v in (f, f.replace("-", " "))):
            fail("parallax-loaded.tsv", n, f"none of {fs} is in {src}")
        for f in fs:
            if f in loaded:
                fail("parallax-loaded.tsv", n, f"{f!r} listed twice")
            if pol == "v":
                p = val[f][0] / 4.0 if f in val else LOADED_DEFAULT_POLARITY[cls]
            else:
                p = float(pol)
            loaded[f] = (cls, weight, max(-1.0, min(1.0, p)), src)
    for f in sorted(bsd["bsd-figurative"] - fig_drop):
        if f not in loaded:
            loaded[f] = ("figurative", 0.5, LOADED_DEFAULT_POLARITY["figurative"], "bsd-figurative")
    for f, (cls, weight, pol, src) in sorted(loaded.items()):
        # Cite the BSD list only for the terms it actually contains.
        if src in bsd and f not in bsd[src] and f.replace("-", " ") not in bsd[src]:
            src = "parallax"
        for v in variants(f) if src in bsd else [f]:
            b.cue(v, "loaded", round(pol, 2), weight, f"{cls}|{labels[src]}")

    # Stopwords: stopwords-iso English minus content words, plus additions.
    upstream = {w for _, (w, *_) in read_lines("stopwords-iso-en.txt")}
    stop = set(upstream)
    for n, row in read_lines("parallax-stopwords.tsv"):
        if row[0].startswith("-"):
            for w in forms(row[0][1:]):
                if w not in upstream:
                    fail("parallax-stopwords.tsv", n, f"{w!r} is not in stopwords-iso-en.txt")
                stop.discard(w)
        else:
            stop.update(forms(row[0]))

    boosters = {w: float(v) for _, (w, v, *_) in read_lines("vader-boosters.tsv") if " " not in w}
    subj = {w: (float(p), float(s)) for _, (w, p, s, *_) in read_lines("pattern-en-sentiment.tsv")}
    return b, val, neutral, stop, boosters, subj, lemmas, report


def blob(lines):
    lines = sorted(lines, key=lambda l: l.split("\t")[0].encode())
    keys = [l.split("\t")[0] for l in lines]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for k in keys:
        assert "\n" not in k and "\\" not in k and '"' not in k, k
    return "\n".join(lines)


def rs(s):
    """A short Rust string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rust_str(s, width=96):
    """A Rust string literal, wrapped with `\\` line continuations (which skip the newline
    and the next line's leading whitespace, so a chunk must not start with a space)."""
    out, cur = [], ""
    for ch in s:
        if len(cur) >= width and ch != " ":
            out.append(cur)
            cur = ""
        cur += {"\n": "\\n", "\t": "\\t"}.get(ch, ch)
    out.append(cur)
    return '"' + "\\\n".join(out) + '"'


def generate():
    b, val, neutral, stop, boosters, subj, lemmas, report = build()
    paths = [os.path.join(DATA, f) for f in INPUTS] + [os.path.abspath(__file__)]
    h = fnv1a(open(p, "rb").read() for p in paths)
    cue_lines = []
    for phrase, (kind, pol, weight, src) in b.cues.items():
        cue_lines.append(f"{phrase}\t{KINDS[kind]}{round(pol * 100)}\t{round(weight * 100)}\t{src}")
    val_lines = []
    for w, (v, src) in val.items():
        flag = "n" if w in neutral else ("p" if src != "VADER" else "")
        val_lines.append(f"{w}\t{round(v * 10)}{flag}")
    subj_lines = [f"{w}\t{round(p * 100)}\t{round(s * 100)}" for w, (p, s) in subj.items()]
    boost_lines = [f"{w}\t{round(v * 1000)}" for w, v in boosters.items()]
    report_lines = [f"{w}\t{i}" for w, i in report.items()]
    n_eval = sum(1 for w, (v, _) in val.items() if abs(v) >= EVALUATIVE_MIN and w not in neutral)
    kinds = {k: sum(1 for c in b.cues.values() if c[0] == k) for k in KINDS}

    o = io.StringIO()
    o.write("// @generated by scripts/gen_lexicon.py — do not edit\n")
    o.write(f"// input hash (FNV-1a 64 of the data files below and this script): {h:016x}\n")
    o.write("//! Lexicon tables generated from `src/lexicon/data/` (sources and licences in its\n")
    o.write("//! README.md). Each table is sorted `key\\tvalue` lines, searched by [`super::table`].\n\n")
    o.write("/// FNV-1a 64 hash of the input files and the generator (checked by the drift test).\n")
    o.write("#[cfg(test)]\n")
    o.write(f"pub(crate) const INPUT_HASH: u64 = 0x{h:016x};\n\n")
    o.write("/// The input files and the generator, in hashing order (for the drift test).\n")
    o.write("#[cfg(test)]\n")
    o.write(f"pub(crate) const INPUT_BYTES: [&[u8]; {len(INPUTS) + 1}] = [\n")
    for f in INPUTS:
        o.write(f"    include_bytes!(\"data/{f}\"),\n")
    o.write("    include_bytes!(\"../../scripts/gen_lexicon.py\"),\n];\n\n")
    o.write("/// Input files in hashing order (relative to `src/lexicon/data/`).\n")
    o.write("#[cfg(test)]\n")
    o.write(f"pub(crate) const INPUT_FILES: [&str; {len(INPUTS)}] = [\n")
    for f in INPUTS:
        o.write(f"    \"{f}\",\n")
    o.write("];\n\n")
    o.write(f"/// Evaluative threshold on |valence| (VADER scale) used by the generator's counts.\n")
    o.write(f"pub(crate) const EVALUATIVE_MIN: f32 = {EVALUATIVE_MIN};\n\n")
    o.write("/// Cue sources; loaded sources are `class|label`. A `static`, so that a label sliced from an\n")
    o.write("/// entry keeps the entry's address (see `note::class_of`).\n")
    o.write(f"pub(crate) static SOURCES: [&str; {len(b.sources)}] = [\n")
    for s in b.sources:
        o.write(f"    {rs(s)},\n")
    o.write("];\n\n")
    o.write("/// Report verb lemmas: (lemma, weight, class, note).\n")
    o.write(f"pub(crate) static REPORT_LEMMAS: [(&str, f32, &str, &str); {len(lemmas)}] = [\n")
    for lemma, w, cls, note in lemmas:
        o.write(f"    ({rs(lemma)}, {w!r}, {rs(cls)}, {rs(note)}),\n")
    o.write("];\n\n")
    tables = [
        ("CUES", cue_lines, f"Cue phrases ({', '.join(f'{k} {v}' for k, v in kinds.items() if v)}): "
                            "`phrase\\t<kind letter><polarity×100>\\t<weight×100>\\t<source index>`."),
        ("VALENCE", val_lines, f"VADER valence plus Parallax ratings ({n_eval} evaluative): "
                               "`word\\t<valence×10>[n = not evaluative in news | p = Parallax rating]`."),
        ("SUBJECTIVITY", subj_lines, "Pattern adjectives: `word\\t<polarity×100>\\t<subjectivity×100>`."),
        ("INTENSIFIERS", boost_lines, "VADER booster words: `word\\t<increment×1000>`."),
        ("REPORT_FORMS", report_lines, "Report verb forms: `form\\t<index into REPORT_LEMMAS>`."),
        ("STOPWORDS", [w for w in stop], "Stopwords (stopwords-iso English, curated)."),
    ]
    for name, lines, doc in tables:
        o.write(f"/// {doc} {len(lines)} entries.\n")
        o.write(f"pub(crate) static {name}: &str = {rust_str(blob(lines))};\n\n")
    return o.getvalue()


# ------------------------------------------------------------------------------ import

HEADER = "# Extracted by `python3 scripts/gen_lexicon.py import` from {src} ({lic}). Do not edit.\n"


def write(name, header, lines):
    with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for l in lines:
            f.write(l + "\n")
    print(f"wrote {name} ({len(lines)} lines)")


def is_token(w):
    """Whether the tokenizer can produce `w` as one token (letters/digits joined by - ' .)."""
    return w[:1].isalnum() and w[-1:].isalnum() and all(c.isalnum() or c in "-'." for c in w)


def import_upstream(d, bsd_path):
    def member(archive, suffix):
        if archive.endswith(".whl"):
            z = zipfile.ZipFile(os.path.join(d, archive))
            return z.read(next(n for n in z.namelist() if n.endswith(suffix))).decode("utf-8")
        t = tarfile.open(os.path.join(d, archive))
        return t.extractfile(next(m for m in t.getmembers() if m.name.endswith(suffix))).read().decode("utf-8")

    vader = "vaderSentiment-3.3.2-py2.py3-none-any.whl"
    src = f"PyPI vaderSentiment 3.3.2"
    lines = []
    for l in member(vader, "vader_lexicon.txt").splitlines():
        w, v = l.split("\t")[:2]
        if is_token(w):
            lines.append(f"{w}\t{v}")
    write("vader-lexicon.tsv", HEADER.format(src=src + " vader_lexicon.txt", lic="MIT") +
          "# word<TAB>mean valence (-4..4); emoticons and other non-word entries dropped.\n", lines)
    code = ast.parse(member(vader, "vaderSentiment.py"))
    consts = {}
    for node in code.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("B_INCR", "B_DECR"):
                consts[name] = ast.literal_eval(node.value)
            elif name == "NEGATE":
                negate = ast.literal_eval(node.value)
            elif name == "BOOSTER_DICT":
                boost = {ast.literal_eval(k): consts[v.id] for k, v in zip(node.value.keys, node.value.values)}
    write("vader-boosters.tsv", HEADER.format(src=src + " vaderSentiment.py BOOSTER_DICT", lic="MIT") +
          "# word<TAB>intensity increment\n", [f"{w}\t{v}" for w, v in sorted(boost.items())])
    write("vader-negations.txt", HEADER.format(src=src + " vaderSentiment.py NEGATE", lic="MIT"),
          sorted(set(negate)))

    xml = member("textblob-0.20.1-py3-none-any.whl", "en/en-sentiment.xml")
    senses = {}
    for w in ET.fromstring(xml).iter("word"):
        if w.get("pos") == "JJ":
            senses.setdefault(w.get("form").lower(), []).append(
                (float(w.get("polarity")), float(w.get("subjectivity"))))
    lines = []
    for w, ss in sorted(senses.items()):
        if is_token(w):
            p = sum(s[0] for s in ss) / len(ss)
            s = sum(s[1] for s in ss) / len(ss)
            lines.append(f"{w}\t{p:.2f}\t{s:.2f}")
    write("pattern-en-sentiment.tsv",
          HEADER.format(src="PyPI textblob 0.20.1 textblob/en/en-sentiment.xml (Pattern 2.6, De Smedt & "
                            "Daelemans)", lic="PDDL") +
          "# adjective<TAB>polarity (-1..1)<TAB>subjectivity (0..1), each the mean over the word's JJ senses\n"
          "# (as Pattern/TextBlob average them).\n", lines)

    js = member("hedges-2.0.1.tgz", "index.js")
    body = js[js.index("["):js.rindex("]") + 1]
    write("hedges.txt", HEADER.format(src="npm hedges 2.0.1 index.js", lic="MIT"), ast.literal_eval(body))
    sw = json.loads(member("stopwords-iso-1.1.0.tgz", "stopwords-iso.json"))["en"]
    write("stopwords-iso-en.txt", HEADER.format(src="npm stopwords-iso 1.1.0 stopwords-iso.json (en)", lic="MIT"),
          sorted({w.lower() for w in sw if is_token(w.lower())}))

    bsd = json.load(open(bsd_path, encoding="utf-8"))
    src = "C.J. Hutto's Bias Statement Detector lexicon.json"
    for key, name in (("figurative", "bsd-figurative.txt"), ("partisan", "bsd-partisan.txt"),
                      ("value_laden", "bsd-value-laden.txt")):
        write(name, HEADER.format(src=f"{src} [{key}]", lic="MIT"),
              sorted({" ".join(w.lower().split()) for w in bsd[key]}))


def main(argv):
    if argv[:1] == ["import"]:
        bsd = os.path.join(ROOT, "..", "shared", "data", "lexicons", "bsd", "lexicon.json")
        if "--bsd" in argv:
            bsd = argv[argv.index("--bsd") + 1]
        import_upstream(argv[1], bsd)
        return 0
    text = generate()
    old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else None
    if "--check" in argv:
        if old != text:
            print("src/lexicon/tables.rs is out of date: run python3 scripts/gen_lexicon.py", file=sys.stderr)
            return 1
        return 0
    if old != text:
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {os.path.relpath(OUT, ROOT)} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
