//! The program's exit codes other than success (`ExitCode::SUCCESS`), in one place.

/// The command ran and found what it looks for: errors in a report, a report of a batch
/// that could not be rendered.
pub const FOUND: u8 = 1;

/// The command could not run at all: bad arguments, a missing path, a file that exists.
pub const FAILURE: u8 = 2;

/// The program was interrupted (Ctrl-C, SIGTERM), as shells report SIGINT.
pub const INTERRUPTED: u8 = 130;
