//! parallel-review: scaffold, check and render parallel review reports on the Global
//! Compact for Safe, Orderly and Regular Migration.

pub mod cli;
pub mod cmd;
pub mod country;
pub mod date;
pub mod fsutil;
pub mod guidance;
pub mod lang;
pub mod scaffold;
pub mod selection;
pub mod suggest;
pub mod templates;
pub mod diagnostic;
pub mod messages;
pub mod report;
pub mod check;
