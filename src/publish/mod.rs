//! `publish`: a review's submissions as one static site that works from any web host and
//! from disk: each report's page with its downloads, a home page, a finder, a page per
//! objective (the compilation staff work from), a page per country and the coverage page.
//!
//! The site is deterministic (the same submissions give the same bytes) and incremental: a
//! file is written only when its bytes change, and a report whose source and attachments
//! did not change is not rendered again (see [`manifest::Manifest`]).

mod manifest;
mod site;

pub use site::{SiteOptions, build};

/// The finder's script.
const FIND_SCRIPT: &str = include_str!("find.js");
