//! The WebAssembly binding — the only code that touches wasm-bindgen and js-sys.
//!
//! `analyze(input)` takes a plain JS object (the Input contract) and returns a plain JS
//! object (the Report). Errors are thrown as JS `Error`s with a `code` property.

use crate::{Error, ErrorKind, Input};
use wasm_bindgen::prelude::*;

mod ser;

/// Analyses an Input object and returns the Report object.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_js(input: JsValue) -> Result<JsValue, JsValue> {
    let input: Input = serde_wasm_bindgen::from_value(input)
        .map_err(|e| to_js_error(&Error::new(ErrorKind::InvalidInput, format!("invalid input: {e}"))))?;
    let report = crate::analyze_owned(input).map_err(|e| to_js_error(&e))?;
    // Equal short strings (cue notes and kinds, stance labels, holders, …) share one JS
    // string, made in this call (src/wasm/ser.rs).
    ser::to_js(&report)
        .map_err(|e| to_js_error(&Error::new(ErrorKind::InvalidInput, format!("cannot build report: {e}"))))
}

/// The crate version, for diagnostics.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A JS `Error` with `code` (and `article` when the error concerns one).
fn to_js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    let _ = js_sys::Reflect::set(&err, &"code".into(), &e.code().into());
    if let Some(id) = e.article() {
        let _ = js_sys::Reflect::set(&err, &"article".into(), &id.into());
    }
    err.into()
}

#[wasm_bindgen(typescript_custom_section)]
const TS_ANALYZE: &'static str = r#"
/** Analyses an Input and returns the Report. Throws an Error with a `code` on bad input. */
export function analyze(input: import("../lib/types").Input): import("../lib/types").Report;
"#;
