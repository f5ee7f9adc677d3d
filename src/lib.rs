//! offguard: recognises freelance-platform message notifications in your mail and warns
//! when the counterpart tries to move you off the platform, into a direct contract or into
//! a paid-manual / MLM scam.
//!
//! Data flows one way: [`config`] → [`imap`] source → [`mail`] → [`screen`] → [`notify`],
//! with [`daemon`] around them. [`check::Checker`] is the pure core that turns raw email
//! bytes into a [`check::Verdict`]; `offguard check` and the daemon both call it.

pub mod check;
pub mod cli;
pub mod config;
pub mod daemon;
pub mod imap;
pub mod log;
pub mod mail;
pub mod notify;
pub mod pattern;
pub mod screen;

pub use check::{Checker, Outcome, Verdict};
pub use config::Config;

/// Exit code for a bad configuration (EX_CONFIG from sysexits.h), as systemd expects.
pub const EXIT_CONFIG: i32 = 78;
/// Exit code for bad usage or unreadable inputs.
pub const EXIT_USAGE: i32 = 2;
