//! `offguard scan`: one pass over the configured accounts, printing verdicts as `check` does
//! and changing no state (nothing is saved, nothing is marked read).

use super::conn;
use super::{from_filter, secret, ImapError, Stopper};
use crate::check::{Checker, Verdict};
use crate::config::Account;

/// One screened mail of a scan.
pub struct Scanned {
    /// `imap://account/mailbox;UID=n`
    pub name: String,
    pub verdict: Verdict,
}

/// Screens platform mail received since `since` (an IMAP date, see [`imap_date`]).
pub fn scan_account(
    account: &Account,
    checker: &Checker,
    domains: &[String],
    since: &str,
    mut each: impl FnMut(Scanned),
) -> Result<(), ImapError> {
    let secret = secret::resolve(account)?;
    let stopper = Stopper::default();
    let mut s = conn::open(account, &secret, &stopper)?;
    for mailbox in &account.mailboxes {
        s.examine(mailbox).map_err(|e| ImapError::Mailbox {
            mailbox: mailbox.clone(),
            message: e.to_string(),
        })?;
        let query = format!("SINCE {since} {}", from_filter(domains));
        let mut uids: Vec<u32> = s.uid_search(&query)?.into_iter().collect();
        uids.sort_unstable();
        for uid in uids {
            let fetched = s.uid_fetch(
                uid.to_string(),
                format!("BODY.PEEK[]<0.{}>", account.max_fetch_bytes),
            )?;
            if let Some(raw) = fetched.iter().find_map(|f| f.body()) {
                each(Scanned {
                    name: format!("imap://{}/{};UID={uid}", account.name, mailbox),
                    verdict: checker.check(raw),
                });
            }
        }
    }
    let _ = s.logout();
    Ok(())
}
