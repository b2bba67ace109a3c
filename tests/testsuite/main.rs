//! Integration tests: the real binary on real files.

mod check;
mod conformance;
mod coverage;
mod docx;
mod guidance;
mod hostile;
mod language;
mod new;
mod preview;
mod print;
mod publish;
mod render;
mod shell;
mod support;
