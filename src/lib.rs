//! # Parallax
//!
//! Stance highlighting and source comparison for news articles about one story — which
//! sentences argue for or against a target, in whose voice, carried by which words; and
//! what the outlets copied, share, omit, and how they frame it.
//!
//! One entry point, [`analyze`], used identically by the CLI, the WebAssembly binding and
//! the tests. Every offset in the [`Report`] is a UTF-16 offset into the article text.
//!
//! ```
//! use parallax::report::{ArticleInput, Input};
//! let input = Input {
//!     articles: vec![
//!         ArticleInput { id: "a".into(), text: Some("Critics said the reckless plan would certainly fail.".into()), source: Some("Daily A".into()), ..Default::default() },
//!         ArticleInput { id: "b".into(), text: Some("The plan is a welcome and sensible step.".into()), source: Some("Daily B".into()), ..Default::default() },
//!     ],
//!     targets: vec!["plan".into()],
//!     ..Default::default()
//! };
//! let report = parallax::analyze(&input)?;
//! assert_eq!(report.articles.len(), 2);
//! let s = &report.articles[1].sentences[0];
//! assert_eq!(s.stance[0].holder, "author");
//! # Ok::<(), parallax::Error>(())
//! ```
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod analysis;
pub mod compare;
mod error;
pub mod ingest;
pub mod lexicon;
mod order;
mod pipeline;
pub mod report;
pub mod segment;
pub mod stance;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{Error, ErrorKind};
pub use pipeline::{analyze, analyze_owned, MAX_ARTICLES, MAX_TOTAL_BYTES};
#[doc(hidden)]
pub use pipeline::analyze_probed;
pub use report::{Input, Report};
