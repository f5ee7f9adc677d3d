//! Per account+mailbox progress in `$XDG_STATE_HOME/offguard/`: UIDVALIDITY, the highest UID
//! handled, and digests of recent Message-IDs (to deduplicate after a UIDVALIDITY change).
//! Written atomically (temp file, fsync, rename, fsync of the directory).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many Message-ID digests are remembered.
const RECENT: usize = 5000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxState {
    pub uidvalidity: u32,
    pub last_uid: u32,
    #[serde(default)]
    pub recent: VecDeque<String>,
}

impl MailboxState {
    pub fn seen(&self, digest: &str) -> bool {
        self.recent.iter().any(|d| d == digest)
    }

    pub fn remember(&mut self, digest: String) {
        if !self.seen(&digest) {
            self.recent.push_back(digest);
            while self.recent.len() > RECENT {
                self.recent.pop_front();
            }
        }
    }
}

/// A short digest of a Message-ID (never the ID itself: state files hold no mail data).
pub fn digest(message_id: &[u8]) -> String {
    let trimmed: Vec<u8> = message_id
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let h = Sha256::digest(&trimmed);
    h[..10].iter().map(|b| format!("{b:02x}")).collect()
}

/// `$XDG_STATE_HOME/offguard` (or `~/.local/state/offguard`).
pub fn default_dir() -> PathBuf {
    std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
        .unwrap_or_else(|| PathBuf::from("."))
        .join("offguard")
}

/// The state file for one account and mailbox.
pub fn path(dir: &Path, account: &str, mailbox: &str) -> PathBuf {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    let h = Sha256::digest(format!("{account}\0{mailbox}").as_bytes());
    let tag: String = h[..4].iter().map(|b| format!("{b:02x}")).collect();
    dir.join(format!("{}-{}-{tag}.json", clean(account), clean(mailbox)))
}

pub fn load(path: &Path) -> Option<MailboxState> {
    let text = std::fs::read_to_string(path).ok()?;
    match serde_json::from_str(&text) {
        Ok(s) => Some(s),
        Err(e) => {
            tracing::warn!(path = %path.display(), error = %e, "ignoring unreadable state file");
            None
        }
    }
}

pub fn save(path: &Path, state: &MailboxState) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = path.with_extension("json.tmp");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(
            serde_json::to_string(state)
                .map_err(std::io::Error::other)?
                .as_bytes(),
        )?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    // The rename itself must survive a crash.
    std::fs::File::open(dir)?.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_atomic_replace() {
        let dir = tempfile::tempdir().unwrap();
        let p = path(dir.path(), "work", "INBOX/Sub folder");
        assert!(p
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("work-INBOX_Sub_folder-"));
        assert_eq!(load(&p), None);
        let mut s = MailboxState {
            uidvalidity: 7,
            last_uid: 42,
            ..Default::default()
        };
        s.remember(digest(b"<a@b>"));
        save(&p, &s).unwrap();
        assert_eq!(load(&p), Some(s.clone()));
        assert!(s.seen(&digest(b" <a@b>\r\n")));
        assert!(!p.with_extension("json.tmp").exists());
    }

    #[test]
    fn recent_digests_are_bounded() {
        let mut s = MailboxState::default();
        for i in 0..(RECENT + 10) {
            s.remember(digest(format!("<{i}@x>").as_bytes()));
        }
        assert_eq!(s.recent.len(), RECENT);
        assert!(!s.seen(&digest(b"<0@x>")));
    }
}
