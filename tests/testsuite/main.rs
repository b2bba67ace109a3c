//! Integration tests: the real binary on real files.

mod guidance;
mod new;
mod support;
