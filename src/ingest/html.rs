//! A small, forgiving HTML-to-text extractor. It never executes anything: it reads tags
//! only to know where blocks start and which content to drop (scripts, styles, navigation,
//! forms). It is a single loop with no recursion, so deeply nested or broken HTML costs
//! linear time and constant stack.

/// Elements whose whole content is dropped.
const DROP: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "nav", "footer", "aside", "form", "button", "select", "textarea", "audio", "video",
    "head",
];
/// Elements that start a new block of text.
const BLOCK: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre",
    "figure", "figcaption", "hr", "address", "caption", "details", "summary", "body",
];
/// Elements whose content is raw text (no tags inside) in the HTML parsing rules.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

/// Extracts readable text from `html`: blocks separated by blank lines, list items
/// prefixed with "• ", the page `<title>` used as the first line when there is no `<h1>`.
///
/// # Examples
/// ```
/// let t = parallax::ingest::html::to_text("<h1>Hi</h1><p>One &amp; two<script>alert(1)</script></p>");
/// assert_eq!(t, "Hi\n\nOne & two");
/// ```
pub fn to_text(html: &str) -> String {
    let mut out = Out::default();
    let mut drop_depth = 0usize;
    let mut title: Option<String> = None;
    let mut saw_h1 = false;
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(lt) = memchr(b'<', &bytes[i..]).map(|p| p + i) else {
            if drop_depth == 0 {
                out.text(&html[i..]);
            }
            break;
        };
        if drop_depth == 0 && lt > i {
            out.text(&html[i..lt]);
        }
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |p| lt + p + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = rest.find('>').map_or(html.len(), |p| lt + p + 1);
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            // A lone '<' is text.
            if drop_depth == 0 {
                out.text("<");
            }
            i = lt + 1;
            continue;
        };
        i = lt + tag.len;
        let name = tag.name.as_str();
        if !tag.closing && RAW.contains(&name) {
            // Skip to the matching close tag; capture <title>.
            let end = find_close(html, i, name);
            if name == "title" && title.is_none() {
                title = Some(decode_entities(&html[i..end]).split_whitespace().collect::<Vec<_>>().join(" "));
            }
            i = html[end..].find('>').map_or(html.len(), |p| end + p + 1);
            continue;
        }
        if DROP.contains(&name) {
            if tag.closing {
                drop_depth = drop_depth.saturating_sub(1);
            } else if !tag.self_closing {
                drop_depth += 1;
            }
            continue;
        }
        if drop_depth > 0 {
            continue;
        }
        if name == "br" {
            out.line();
        } else if BLOCK.contains(&name) {
            out.block();
            if name == "h1" && !tag.closing {
                saw_h1 = true;
            }
            if name == "li" && !tag.closing {
                out.pending_bullet = true;
            }
        }
    }
    let body = out.finish();
    match title {
        Some(t) if !saw_h1 && !t.is_empty() => {
            let t = t.split(" | ").next().unwrap_or(&t).trim().to_string();
            if body.is_empty() {
                t
            } else {
                format!("{t}\n\n{body}")
            }
        }
        _ => body,
    }
}

/// Builds the output text, collapsing whitespace the way a browser does.
#[derive(Default)]
struct Out {
    s: String,
    /// Pending separator: 0 none, 1 space, 2 newline, 3 blank line.
    sep: u8,
    pending_bullet: bool,
}

impl Out {
    fn text(&mut self, raw: &str) {
        let decoded = decode_entities(raw);
        for c in decoded.chars() {
            if c.is_whitespace() && c != '\u{00A0}' {
                self.sep = self.sep.max(1);
                continue;
            }
            if c.is_control() {
                continue;
            }
            if !self.s.is_empty() {
                match self.sep {
                    1 => self.s.push(' '),
                    2 => self.s.push('\n'),
                    3 => self.s.push_str("\n\n"),
                    _ => {}
                }
            }
            self.sep = 0;
            if self.pending_bullet {
                self.s.push_str("• ");
                self.pending_bullet = false;
            }
            self.s.push(c);
        }
    }
    fn line(&mut self) {
        self.sep = self.sep.max(2);
    }
    fn block(&mut self) {
        self.sep = 3;
    }
    fn finish(self) -> String {
        self.s
    }
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    len: usize,
}

/// Parses a tag at the start of `s` (which starts with '<'); None when it is not a tag.
fn parse_tag(s: &str) -> Option<Tag> {
    let b = s.as_bytes();
    let mut i = 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b':') {
        i += 1;
    }
    if i == start || !b[start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[start..i].to_ascii_lowercase();
    // Skip attributes, honouring quotes, up to '>'.
    let mut quote = 0u8;
    while i < b.len() {
        let c = b[i];
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'"' || c == b'\'' {
            quote = c;
        } else if c == b'>' {
            let self_closing = i > 0 && b[i - 1] == b'/';
            return Some(Tag { name, closing, self_closing, len: i + 1 });
        }
        i += 1;
    }
    Some(Tag { name, closing, self_closing: false, len: s.len() })
}

/// Byte offset of `</name` at or after `from` (case-insensitive), or the end of `html`.
fn find_close(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let n = name.as_bytes();
    let mut i = from;
    while let Some(p) = memchr(b'<', &b[i..]) {
        let at = i + p;
        if b.get(at + 1) == Some(&b'/')
            && b.len() >= at + 2 + n.len()
            && b[at + 2..at + 2 + n.len()].eq_ignore_ascii_case(n)
        {
            return at;
        }
        i = at + 1;
    }
    html.len()
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

/// Decodes character references (`&amp;`, `&#8217;`, `&#x2019;` and the common named ones).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1);
        let (name, consumed) = match end {
            Some(e) if rest[e..].starts_with(';') => (&rest[1..e], e + 1),
            Some(e) => (&rest[1..e], e),
            None => (&rest[1..], rest.len()),
        };
        match decode_one(name) {
            Some(c) if name.len() <= 32 => {
                out.push(c);
                rest = &rest[consumed..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_one(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return Some(char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{FFFD}'));
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{00A0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "szlig" => 'ß',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_scripts_styles_and_handlers() {
        let t = to_text(r#"<p onclick="alert(1)">Hello <b>world</b></p><script>alert("x")</script><style>p{}</style><p>Bye</p>"#);
        assert_eq!(t, "Hello world\n\nBye");
    }

    #[test]
    fn list_items_and_title() {
        let t = to_text("<html><head><title>Story | Site</title></head><body><ul><li>One</li><li>Two</li></ul></body></html>");
        assert_eq!(t, "Story\n\n• One\n\n• Two");
    }

    #[test]
    fn deep_nesting_is_linear_and_safe() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        assert_eq!(to_text(&html), "deep");
    }

    #[test]
    fn broken_html_degrades_to_text() {
        assert_eq!(to_text("a < b and <p class=\"x>unterminated"), "a < b and");
        // As in browsers, "</scr<script>" is one (bogus) end tag, so what follows is text.
        assert_eq!(to_text("<p>x</scr<script>alert(1)</script>"), "xalert(1)");
        assert_eq!(to_text("<p>a<script>document.write('<p>b</p>')</script>c"), "ac");
        assert_eq!(decode_entities("&#x1F600; &bogus; &#0;"), "😀 &bogus; \u{FFFD}");
    }
}
