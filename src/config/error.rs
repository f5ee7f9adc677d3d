//! Errors from loading and validating a configuration file.

use std::path::PathBuf;

/// Where in a configuration file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// YAML syntax, unknown keys and wrong types: serde_yaml names the key and position.
    #[error("cannot parse config {path}{}: {message}", loc_suffix(.location))]
    Parse {
        path: PathBuf,
        location: Option<Location>,
        message: String,
    },
    /// The YAML is well-formed but a value is not acceptable.
    #[error("invalid config {path}{}: {key}: {message}", loc_suffix(.location))]
    Invalid {
        path: PathBuf,
        location: Option<Location>,
        key: String,
        message: String,
    },
}

fn loc_suffix(loc: &Option<Location>) -> String {
    loc.as_ref().map(|l| format!(":{l}")).unwrap_or_default()
}
