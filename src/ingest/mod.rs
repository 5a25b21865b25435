//! Text or HTML → [`Document`]: the article's text, its blocks (paragraphs, headings, list
//! items), the title/byline/date when present, and what was removed as boilerplate.
//!
//! All ranges are byte ranges into [`Document::text`]. For plain-text input that is the input
//! string itself; for HTML it is the text extracted by [`html::to_text`].

mod boilerplate;
pub mod html;
mod layout;

use crate::error::{Error, ErrorKind};
use crate::report::ArticleInput;
use std::ops::Range;

/// What kind of block (and so of sentence) a stretch of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running text.
    Body,
    /// The article's title.
    Title,
    /// Author line (and date line).
    Byline,
    /// Photo caption or credit.
    Caption,
    /// A section heading.
    Heading,
    /// A bullet or numbered list item.
    ListItem,
}

impl BlockKind {
    /// The name used in the Report.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Body => "body",
            BlockKind::Title => "title",
            BlockKind::Byline => "byline",
            BlockKind::Caption => "caption",
            BlockKind::Heading => "heading",
            BlockKind::ListItem => "list_item",
        }
    }
}

/// A block of text kept for analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Byte range in the document text (trimmed).
    pub range: Range<usize>,
    /// Its kind.
    pub kind: BlockKind,
}

/// A stretch of text left out of the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// Why (`share`, `subscribe`, `print`, `navigation`, `feedback`, `repeated`, …).
    pub reason: &'static str,
}

/// An ingested article.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The text every range refers to.
    pub text: String,
    /// True when `text` was extracted from HTML.
    pub from_html: bool,
    /// Title as given in the input, or detected.
    pub title: Option<String>,
    /// Byline, when detected.
    pub byline: Option<String>,
    /// Publication date as given, or detected.
    pub published: Option<String>,
    /// Blocks kept for analysis, in text order.
    pub blocks: Vec<Block>,
    /// Removed stretches, in text order.
    pub removed: Vec<Removed>,
}

/// Largest article accepted, in bytes of text (HTML may be up to 4× this).
pub const MAX_ARTICLE_BYTES: usize = 8 << 20;

/// Ingests one article: checks it, extracts text from HTML, finds the layout and boilerplate.
///
/// # Examples
/// ```
/// use parallax::{ingest, report::ArticleInput};
/// let a = ArticleInput { id: "a".into(), text: Some("A title\n\nFirst paragraph. Share this article with friends!".into()), ..Default::default() };
/// let doc = ingest::ingest(&a).unwrap();
/// assert_eq!(doc.title.as_deref(), Some("A title"));
/// ```
pub fn ingest(article: &ArticleInput) -> Result<Document, Error> {
    let (text, from_html) = read_text(article).map_err(|e| e.in_article(&article.id))?;
    Ok(with_text(article, text, from_html))
}

/// [`ingest`] for an article the caller owns: a plain-text article's `text` is moved into
/// the [`Document`] instead of copied (the input and the analysis then do not both hold
/// it), and an HTML article's `html` is dropped once converted. Errors as [`ingest`] (the
/// article is left as it was).
pub fn ingest_owned(article: &mut ArticleInput) -> Result<Document, Error> {
    if let (Some(t), None) = (&article.text, &article.html) {
        check_size(t.len(), MAX_ARTICLE_BYTES).map_err(|e| e.in_article(&article.id))?;
        let text = article.text.take().expect("checked");
        return Ok(with_text(article, text, false));
    }
    let doc = ingest(article)?;
    article.html = None;
    Ok(doc)
}

fn with_text(article: &ArticleInput, text: String, from_html: bool) -> Document {
    let layout = layout::analyse(&text);
    Document {
        title: article.title.clone().or_else(|| layout.title.clone()),
        byline: layout.byline.clone(),
        published: article.published.clone().or_else(|| layout.published.clone()),
        blocks: layout.blocks,
        removed: layout.removed,
        from_html,
        text,
    }
}

fn read_text(article: &ArticleInput) -> Result<(String, bool), Error> {
    match (&article.text, &article.html) {
        (Some(t), None) => {
            check_size(t.len(), MAX_ARTICLE_BYTES)?;
            Ok((t.clone(), false))
        }
        (None, Some(h)) => {
            check_size(h.len(), 4 * MAX_ARTICLE_BYTES)?;
            // The text limit holds for the text extracted from HTML too.
            let text = html::to_text(h);
            check_size(text.len(), MAX_ARTICLE_BYTES).map_err(|_| {
                let mb = text.len() as f64 / 1e6;
                Error::new(ErrorKind::TooLarge, format!("has {mb:.1} MB of text in its HTML; the limit is {} MB", MAX_ARTICLE_BYTES >> 20))
            })?;
            Ok((text, true))
        }
        (Some(_), Some(_)) => {
            Err(Error::new(ErrorKind::TextOrHtml, "has both `text` and `html`; give exactly one"))
        }
        (None, None) => {
            Err(Error::new(ErrorKind::TextOrHtml, "has neither `text` nor `html`; give exactly one"))
        }
    }
}

fn check_size(len: usize, max: usize) -> Result<(), Error> {
    if len > max {
        Err(Error::new(
            ErrorKind::TooLarge,
            format!("is {:.1} MB; the limit is {} MB", len as f64 / 1e6, max >> 20),
        ))
    } else {
        Ok(())
    }
}

/// `r` without leading/trailing whitespace and invisible characters.
pub(crate) fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    layout::trim_range(text, r)
}
