//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout (CI lays a copy there), or `$OFFGUARD_SHARED`.
pub fn shared() -> PathBuf {
    let p = std::env::var_os("OFFGUARD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("..").join("shared"));
    assert!(
        p.join("corpus").join("mkeml.py").exists(),
        "shared corpus not found at {} (set OFFGUARD_SHARED)",
        p.display()
    );
    p
}

/// Runs mkeml.py over `messages` into `out` (with `--extras` when asked).
pub fn mkeml(messages: &Path, out: &Path, extras: bool) {
    let mut cmd = Command::new("python3");
    cmd.arg(shared().join("corpus").join("mkeml.py"))
        .arg(messages)
        .arg(out);
    if extras {
        cmd.arg("--extras");
    }
    let status = cmd.output().expect("python3 runs");
    assert!(
        status.status.success(),
        "mkeml.py failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// `name → label` from mkeml's labels.tsv.
pub fn labels(dir: &Path) -> Vec<(String, String)> {
    std::fs::read_to_string(dir.join("labels.tsv"))
        .expect("labels.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), f[1].to_string())
        })
        .collect()
}
