//! Arbitrary Input → parallax::analyze: several articles (text, HTML, both or neither),
//! duplicate/empty ids, targets and options built from the fuzz bytes (see
//! `parallax_fuzz::decode_input`); every invariant of the Report is checked.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = parallax_fuzz::decode_input(data);
    parallax_fuzz::analyze_and_check(&input);
});
