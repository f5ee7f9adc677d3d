//! Password and token sources: an environment variable, a file, or a command such as
//! `pass show mail/imap` (run without a shell; the first line of its output is used).

use super::ImapError;
use crate::config::{Account, Secret};
use std::process::{Command, Stdio};

pub fn resolve(account: &Account) -> Result<String, ImapError> {
    let err = |message: String| ImapError::Secret {
        account: account.name.clone(),
        message,
    };
    let value = match &account.secret {
        Secret::Env(var) => {
            std::env::var(var).map_err(|_| err(format!("environment variable {var} is not set")))?
        }
        Secret::File(path) => {
            warn_if_readable_by_others(path);
            std::fs::read_to_string(path)
                .map_err(|e| err(format!("cannot read {}: {e}", path.display())))?
        }
        Secret::Command(argv) => {
            let out = Command::new(&argv[0])
                .args(&argv[1..])
                .stdin(Stdio::null())
                .stderr(Stdio::inherit())
                .output()
                .map_err(|e| err(format!("cannot run {}: {e}", argv[0])))?;
            if !out.status.success() {
                return Err(err(format!("{} exited with {}", argv[0], out.status)));
            }
            String::from_utf8(out.stdout)
                .map_err(|_| err(format!("{} printed non-UTF-8", argv[0])))?
        }
    };
    let first = value
        .lines()
        .next()
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string();
    if first.is_empty() {
        return Err(err("the password source gave an empty value".into()));
    }
    Ok(first)
}

fn warn_if_readable_by_others(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.permissions().mode() & 0o077 != 0 {
            tracing::warn!(
                path = %path.display(),
                "password file is readable by group or others; chmod 600 it"
            );
        }
    }
}
