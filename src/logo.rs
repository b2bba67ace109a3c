//! Pictures a report names from its folder: the organisation's logo in the front matter
//! (`logo: logo.png`), embedded in the title page, and the images a Word document embeds.
//! Only a PNG, JPEG or GIF file inside the report's folder, told by what it holds, within
//! the size cap; `check` reports a logo that cannot be used, and `render` then leaves it
//! out.

use std::path::Path;

use crate::links::{link_problem, percent_decode};
use crate::messages::Msg;
use crate::msg;
use crate::render::markdown::MAX_IMAGE_BYTES;

/// A picture read from a report's folder.
pub struct Picture {
    /// Its media type.
    pub mime: &'static str,
    /// The file name extension for its kind.
    pub extension: &'static str,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Width and height in pixels, when its header says.
    pub size: Option<(u32, u32)>,
}

/// Why a picture cannot be used.
#[derive(Debug, PartialEq)]
pub enum Unusable {
    /// Not a file inside the report's folder.
    Place,
    /// Larger than [`MAX_IMAGE_BYTES`].
    Large,
    /// Not a PNG, JPEG or GIF image.
    Kind,
}

/// The picture named `value` in a report found in `dir`.
pub fn read(dir: &Path, value: &str) -> Result<Picture, Unusable> {
    let value = value.trim();
    if value.contains(':') || link_problem(dir, value).is_some() {
        return Err(Unusable::Place);
    }
    let file = value.split(['#', '?']).next().unwrap_or_default();
    let bytes = match crate::fsutil::read_capped(&dir.join(percent_decode(file)), MAX_IMAGE_BYTES) {
        Ok(bytes) => bytes,
        Err(crate::fsutil::ReadError::TooLarge(_)) => return Err(Unusable::Large),
        Err(_) => return Err(Unusable::Place),
    };
    // What the file holds decides, not its name.
    let (mime, extension) = kind(&bytes).ok_or(Unusable::Kind)?;
    let size = match extension {
        "png" => be32(&bytes, 16).zip(be32(&bytes, 20)),
        "jpeg" => jpeg_size(&bytes),
        _ => {
            let le16 = |at: usize| {
                bytes
                    .get(at..at + 2)
                    .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
            };
            le16(6).zip(le16(8))
        }
    };
    Ok(Picture {
        mime,
        extension,
        bytes,
        size: size.filter(|(w, h)| *w > 0 && *h > 0),
    })
}

/// The media type and file name extension of a PNG, JPEG or GIF, from what the bytes
/// hold, not from a name.
pub fn kind(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("image/png", "png"))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("image/jpeg", "jpeg"))
    } else if bytes.starts_with(b"GIF8") {
        Some(("image/gif", "gif"))
    } else {
        None
    }
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 4)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// Width and height from a JPEG's start-of-frame segment.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    while at + 9 < bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let height = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]);
            let width = u16::from_be_bytes([bytes[at + 7], bytes[at + 8]]);
            return Some((u32::from(width), u32::from(height)));
        }
        at += 2 + length;
    }
    None
}

/// The logo named `value` in a report found in `dir`, as a `data:` URL; a GIF is no logo.
pub fn data_url(dir: &Path, value: &str) -> Result<String, Msg> {
    let value = value.trim();
    match read(dir, value) {
        Ok(picture) if picture.mime != "image/gif" => Ok(format!(
            "data:{};base64,{}",
            picture.mime,
            crate::render::markdown::base64(&picture.bytes)
        )),
        Ok(_) | Err(Unusable::Kind) => Err(msg!("invalid-logo-kind", value = value)),
        Err(Unusable::Large) => Err(msg!(
            "invalid-logo-large",
            value = value,
            limit = (MAX_IMAGE_BYTES / (1024 * 1024)) as i64
        )),
        Err(Unusable::Place) => Err(msg!("invalid-logo-place", value = value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_told_by_their_bytes_with_their_size() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/print/short-ar");
        let logo = read(&dir, "logo.png").unwrap();
        assert_eq!((logo.mime, logo.size), ("image/png", Some((360, 140))));
        assert_eq!(read(&dir, "report.md").err(), Some(Unusable::Kind));
        assert_eq!(
            read(&dir, "../short-ar/logo.png").err(),
            Some(Unusable::Place)
        );
        // A JPEG's size is in its start-of-frame segment, after other segments.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0, 50, 0, 80, 3, 0, 0, 0,
        ];
        assert_eq!(jpeg_size(&jpeg), Some((80, 50)));
    }
}
