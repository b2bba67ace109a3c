//! parallel-review: scaffold, check and render parallel review reports on the Global
//! Compact for Safe, Orderly and Regular Migration.
//!
//! The library is private to the program but for what `main` needs: the command line, the
//! commands, and what an error is shown with. Everything else is `pub(crate)`, so the
//! compiler finds what nothing uses.

pub(crate) mod check;
pub mod cli;
pub mod cmd;
pub(crate) mod country;
pub(crate) mod coverage;
pub(crate) mod date;
pub(crate) mod diagnostic;
pub(crate) mod exit;
pub(crate) mod fsutil;
pub(crate) mod guidance;
pub(crate) mod import;
pub(crate) mod lang;
pub(crate) mod links;
pub(crate) mod logo;
pub(crate) mod messages;
pub(crate) mod par;
pub(crate) mod preview;
pub(crate) mod publish;
pub(crate) mod render;
pub(crate) mod report;
pub(crate) mod scaffold;
pub(crate) mod selection;
pub(crate) mod suggest;
pub(crate) mod templates;
pub(crate) mod validate;
pub(crate) mod walk;

pub use guidance::GuidanceError;
pub use lang::Lang;
pub use messages::{Failure, Msg};

/// The exit code when a command could not run.
pub const EXIT_FAILURE: u8 = exit::FAILURE;

#[cfg(test)]
mod model_tests;
