//! The one error type of the crate: an opaque [`Error`] with a stable [`Error::code`].

use std::fmt;

/// Why an analysis could not run. Bad input never panics: it becomes one of these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    article: Option<String>,
    detail: String,
}

/// What went wrong; [`Error::code`] gives its stable string form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input has no articles.
    NoArticles,
    /// An article has both or neither of `text` / `html`.
    TextOrHtml,
    /// Two articles share an id, or an id is empty.
    BadId,
    /// An article, or the whole input, is over a hard size limit.
    TooLarge,
    /// Too many articles in one input.
    TooManyArticles,
    /// The input could not be parsed (JSON, JS value).
    InvalidInput,
}

impl ErrorKind {
    /// The stable machine-readable code (`E_NO_ARTICLES`, …), also set on the JS `Error`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::NoArticles => "E_NO_ARTICLES",
            ErrorKind::TextOrHtml => "E_TEXT_OR_HTML",
            ErrorKind::BadId => "E_BAD_ID",
            ErrorKind::TooLarge => "E_TOO_LARGE",
            ErrorKind::TooManyArticles => "E_TOO_MANY_ARTICLES",
            ErrorKind::InvalidInput => "E_INVALID_INPUT",
        }
    }
}

impl Error {
    /// A new error of `kind` with a human-readable detail.
    pub fn new(kind: ErrorKind, detail: impl Into<String>) -> Self {
        Error { kind, article: None, detail: detail.into() }
    }

    /// The same error, located at article `id`.
    pub fn in_article(mut self, id: &str) -> Self {
        self.article = Some(id.to_string());
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable code, e.g. `E_TEXT_OR_HTML`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The id of the article concerned, when there is one.
    pub fn article(&self) -> Option<&str> {
        self.article.as_deref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.article {
            Some(id) => write!(f, "article {id:?}: {}", self.detail),
            None => f.write_str(&self.detail),
        }
    }
}

impl std::error::Error for Error {}
