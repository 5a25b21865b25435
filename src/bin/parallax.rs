//! `parallax` — the native command-line tool.
//!
//! ```text
//! parallax analyze FILE… [--target T]… [--json]
//! parallax analyze --input F|- [--target T]… [--json]
//! ```
//! Each FILE is one article (id = file name; `.html`/`.htm` read as HTML). `--input` reads an
//! Input JSON document (`-` = stdin). `--json` prints the Report as JSON; otherwise a summary.
//! Bad input: a one-line error on stderr and exit status 1.

use parallax::report::{ArticleInput, Input, Report};
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: parallax analyze FILE… [--target T]… [--json]\n       parallax analyze --input F|- [--target T]… [--json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("parallax: {msg}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("analyze") => {}
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            return Ok(());
        }
        Some("-V" | "--version") => {
            println!("parallax {}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        Some(other) => return Err(format!("unknown command {other:?}; {}", USAGE.replace('\n', " "))),
    }
    let mut files = Vec::new();
    let mut targets = Vec::new();
    let mut input_path = None;
    let mut json = false;
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--target" | "-t" => targets.push(it.next().ok_or("--target needs a value")?.clone()),
            "--input" | "-i" => input_path = Some(it.next().ok_or("--input needs a file name or -")?.clone()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            f => files.push(f.to_string()),
        }
    }
    let mut input = match (input_path, files.is_empty()) {
        (Some(p), true) => read_input(&p)?,
        (Some(_), false) => return Err("give either --input or FILEs, not both".into()),
        (None, false) => Input { articles: files.iter().map(|f| read_article(f)).collect::<Result<_, _>>()?, ..Default::default() },
        (None, true) => return Err(format!("no articles given; {}", USAGE.replace('\n', " "))),
    };
    if !targets.is_empty() {
        input.targets = targets;
    }
    let report = parallax::analyze_owned(input).map_err(|e| format!("{} ({})", e, e.code()))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        serde_json::to_writer(&mut out, &report).map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())?;
    } else {
        write_summary(&mut out, &report).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn read_input(path: &str) -> Result<Input, String> {
    let mut raw = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut raw).map_err(|e| format!("cannot read stdin: {e}"))?;
    } else {
        raw = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    }
    serde_json::from_slice(&raw).map_err(|e| format!("invalid Input JSON in {path}: {e}"))
}

fn read_article(path: &str) -> Result<ArticleInput, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| format!("{path} is not UTF-8 text (invalid byte at {})", e.utf8_error().valid_up_to()))?;
    let p = Path::new(path);
    let id = p.file_name().map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned());
    let is_html = matches!(p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref(), Some("html" | "htm"));
    let (text, html) = if is_html { (None, Some(text)) } else { (Some(text), None) };
    Ok(ArticleInput { id, text, html, ..Default::default() })
}

fn write_summary(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let label = |t: &str| r.targets.iter().find(|x| x.id == t).map_or(t.to_string(), |x| x.label.clone());
    writeln!(out, "targets: {}", r.targets.iter().map(|t| t.label.as_str()).collect::<Vec<_>>().join(", "))?;
    for a in &r.articles {
        writeln!(out, "\n{} — {}", a.id, a.title.as_deref().unwrap_or("(untitled)"))?;
        writeln!(out, "  {} sentences, {} words, subjectivity {:.2}, hedging {:.2}, quotes {:.2}",
            a.metrics.sentences, a.metrics.words, a.metrics.subjectivity, a.metrics.hedging, a.metrics.quote_share)?;
        for s in a.stance.iter().filter(|s| s.favor + s.against + s.none > 0) {
            writeln!(out, "  {:<24} {:<8} {:+.2}  (favor {}, against {}, none {})", label(&s.target), s.label, s.score, s.favor, s.against, s.none)?;
        }
    }
    let c = &r.comparison;
    for x in &c.reuse {
        writeln!(out, "\nreuse {} ↔ {}: {:.0}% / {:.0}% in {} spans", x.a, x.b, x.share_a * 100.0, x.share_b * 100.0, x.spans.len())?;
    }
    for cl in c.claims.iter().filter(|c| c.sources >= 2).take(10) {
        writeln!(out, "claim ({} sources): {}", cl.sources, cl.label)?;
    }
    Ok(())
}
