//! The organisation's logo that a report's front matter may name (`logo: logo.png`): a PNG
//! or JPEG file inside the report's folder, embedded in the title page. `check` reports a
//! logo that cannot be used; `render` then leaves it out.

use std::path::Path;

use crate::links::{link_problem, percent_decode};
use crate::messages::Msg;
use crate::msg;
use crate::render::markdown::MAX_IMAGE_BYTES;

/// The logo named `value` in a report found in `dir`, as a `data:` URL.
pub fn data_url(dir: &Path, value: &str) -> Result<String, Msg> {
    let value = value.trim();
    let not_inside = || msg!("invalid-logo-place", value = value);
    if value.contains(':') || link_problem(dir, value).is_some() {
        return Err(not_inside());
    }
    let path = dir.join(percent_decode(value));
    let bytes = match crate::fsutil::read_capped(&path, MAX_IMAGE_BYTES) {
        Ok(bytes) => bytes,
        Err(crate::fsutil::ReadError::TooLarge(_)) => {
            return Err(msg!(
                "invalid-logo-large",
                value = value,
                limit = (MAX_IMAGE_BYTES / (1024 * 1024)) as i64
            ));
        }
        Err(_) => return Err(not_inside()),
    };
    // What the file holds decides, not its name.
    let mime = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else {
        return Err(msg!("invalid-logo-kind", value = value));
    };
    Ok(format!(
        "data:{mime};base64,{}",
        crate::render::markdown::base64(&bytes)
    ))
}
