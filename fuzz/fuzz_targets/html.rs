//! Raw HTML → ingest::html::to_text, then the whole analysis of one HTML article.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    parallax_fuzz::check_html(data);
});
