//! What a site holds: every file `publish` wrote, and for each report what its pages were
//! made from. Kept in the site, so that a second run writes only what changed, removes what
//! it made for reports that are gone, and never touches a file it did not make.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The manifest's file name in the site.
pub const NAME: &str = ".parallel-review-site.json";

/// What a site holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// The version of the tool that made it: another version renders everything again.
    pub version: String,
    /// Every file written, relative to the site, `/`-separated.
    pub files: Vec<String>,
    /// For each published report (by its path in the submissions), what made its pages.
    pub reports: BTreeMap<String, Made>,
}

/// What one report's pages were made from, and what they hold that other pages need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Made {
    /// A hash of the source, the files it links to and the options.
    pub key: String,
    /// The files made from it.
    pub outputs: Vec<String>,
    /// The anchor of each heading of its page, in order.
    pub anchors: Vec<String>,
}

impl Manifest {
    /// The manifest of the site at `out`: `Ok(None)` when there is no site there yet
    /// (no folder, or an empty one); an error when the folder holds files but no
    /// manifest, since those are someone's and must not be mixed with a site.
    pub fn read(out: &Path) -> Result<Option<Manifest>, ()> {
        match std::fs::read(out.join(NAME)) {
            Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes).unwrap_or_default())),
            Err(_) => {
                let empty = std::fs::read_dir(out).map_or(true, |mut e| e.next().is_none());
                if empty { Ok(None) } else { Err(()) }
            }
        }
    }
}

/// A 64-bit FNV-1a hash, written in hex: the same on every machine and in every version,
/// unlike the standard library's.
pub fn hash(parts: &[&[u8]]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.iter().chain(&(part.len() as u64).to_le_bytes()) {
            h ^= u64::from(*byte);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_stable_and_separates_parts() {
        assert_eq!(hash(&[b"report"]), hash(&[b"report"]));
        assert_ne!(hash(&[b"ab", b"c"]), hash(&[b"a", b"bc"]));
        assert_eq!(hash(&[]), "cbf29ce484222325");
    }

    #[test]
    fn a_folder_with_files_but_no_manifest_is_not_a_site() {
        let dir = tempfile::tempdir().expect("scratch");
        assert!(matches!(Manifest::read(&dir.path().join("new")), Ok(None)));
        assert!(matches!(Manifest::read(dir.path()), Ok(None)));
        std::fs::write(dir.path().join("thesis.docx"), b"mine").expect("write");
        assert!(Manifest::read(dir.path()).is_err());
    }
}
