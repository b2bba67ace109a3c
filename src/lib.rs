//! parallel-review: scaffold, check and render parallel review reports on the Global
//! Compact for Safe, Orderly and Regular Migration.

pub mod check;
pub mod cli;
pub mod cmd;
pub mod country;
pub mod coverage;
pub mod date;
pub mod diagnostic;
pub mod emit;
pub mod exit;
pub mod fsutil;
pub mod guidance;
pub mod lang;
pub mod links;
pub mod messages;
pub mod par;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod selection;
pub mod suggest;
pub mod templates;
pub mod walk;
