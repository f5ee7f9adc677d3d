//! The watcher loop for one account and mailbox.

use super::conn::{self, Session};
use super::state::{self, MailboxState};
use super::{from_filter, imap_date, secret, Backoff, ImapError, Stopper};
use crate::check::{Checker, Outcome};
use crate::config::Account;
use crate::notify::{Alert, AlertVerdict, Handoff};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tracing::{debug, error, info, warn};

/// The checker in use; swapped on reload, read for every mail.
pub type SharedChecker = Arc<RwLock<Arc<Checker>>>;

/// Counters a watcher keeps (status line, tests, benchmarks).
#[derive(Debug, Default)]
pub struct Metrics {
    /// Mail bodies fetched (platform mail only, by construction).
    pub fetched: AtomicU64,
    pub screened: AtomicU64,
    pub alerts: AtomicU64,
    pub connected: AtomicBool,
    pub connects: AtomicU64,
    /// Connection attempts made, successful or not (READY=1 waits for the first).
    pub attempts: AtomicU64,
}

/// How many UIDs one metadata FETCH asks for.
const FETCH_CHUNK: usize = 200;

pub struct Watcher {
    pub account: Account,
    pub mailbox: String,
    pub checker: SharedChecker,
    pub handoff: Handoff,
    pub state_dir: PathBuf,
    pub stopper: Arc<Stopper>,
    pub metrics: Arc<Metrics>,
    /// Platform sender domains for the server-side filter.
    pub domains: Vec<String>,
}

impl Watcher {
    fn state_path(&self) -> PathBuf {
        state::path(&self.state_dir, &self.account.name, &self.mailbox)
    }

    /// Runs until stopped: connect, watch, reconnect with backoff.
    pub fn run(&self) {
        let mut backoff = Backoff::default();
        while !self.stopper.stopped() {
            let started = Instant::now();
            let result = self.session(&mut backoff);
            self.metrics.connected.store(false, Ordering::Relaxed);
            if self.stopper.stopped() {
                break;
            }
            let delay = match result {
                Ok(()) | Err(ImapError::Stopped) => break,
                Err(e @ ImapError::Auth { .. }) => {
                    let d = backoff.after_auth_failure();
                    error!(account = %self.account.name, error = %e, "login refused; check the user name and password source; retrying in {}s", d.as_secs());
                    d
                }
                Err(e) => {
                    if started.elapsed() > Duration::from_secs(60) {
                        backoff.reset();
                    }
                    let d = backoff.next_delay();
                    warn!(account = %self.account.name, mailbox = %self.mailbox, error = %e, "connection lost; reconnecting in {:.1}s", d.as_secs_f64());
                    d
                }
            };
            if self.stopper.sleep(delay) {
                break;
            }
        }
        info!(account = %self.account.name, mailbox = %self.mailbox, "watcher stopped");
    }

    /// Connects, logs in and EXAMINEs the mailbox; returns the session and whether to IDLE.
    fn open(&self) -> Result<(Session, bool, imap::types::Mailbox), ImapError> {
        let secret = secret::resolve(&self.account)?;
        let mut s =
            conn::open(&self.account, &secret, &self.stopper).map_err(|e| self.stopped_or(e))?;
        drop(secret);
        let caps = s.capabilities().map_err(|e| self.stopped_or(e.into()))?;
        let idle = self.account.idle && caps.has_str("IDLE");
        drop(caps);
        let mbox = s.examine(&self.mailbox).map_err(|e| ImapError::Mailbox {
            mailbox: self.mailbox.clone(),
            message: e.to_string(),
        })?;
        Ok((s, idle, mbox))
    }

    fn session(&self, backoff: &mut Backoff) -> Result<(), ImapError> {
        let opened = self.open();
        if let Ok((_, idle, mbox)) = &opened {
            self.metrics.connected.store(true, Ordering::Relaxed);
            self.metrics.connects.fetch_add(1, Ordering::Relaxed);
            info!(account = %self.account.name, mailbox = %self.mailbox, idle, exists = mbox.exists, "connected");
        }
        // Counted after the outcome is known and logged (READY=1 waits for this).
        self.metrics.attempts.fetch_add(1, Ordering::Relaxed);
        let (mut s, idle, mbox) = opened?;
        let validity = mbox.uid_validity.unwrap_or(0);
        let uid_next = mbox.uid_next.unwrap_or(1);
        let mut st = self.reconcile(&mut s, validity, uid_next)?;
        backoff.reset();
        loop {
            self.catch_up(&mut s, &mut st)?;
            // Mail that arrived while we were busy was announced (EXISTS) in the replies to
            // our own commands, not to the IDLE that follows: look again before waiting.
            let announced = s.take_all_unsolicited().any(|r| {
                matches!(
                    r,
                    imap::types::UnsolicitedResponse::Exists(_)
                        | imap::types::UnsolicitedResponse::Recent(_)
                )
            });
            if announced {
                continue;
            }
            if self.stopper.stopped() {
                let _ = s.logout();
                return Err(ImapError::Stopped);
            }
            if idle {
                let res = s
                    .idle()
                    .timeout(self.account.idle_renew)
                    .keepalive(false)
                    .wait_while(imap::extensions::idle::stop_on_any);
                match res {
                    Ok(outcome) => debug!(?outcome, "idle returned"),
                    Err(e) => return Err(self.stopped_or(e.into())),
                }
            } else {
                if self.stopper.sleep(self.account.poll_interval) {
                    let _ = s.logout();
                    return Err(ImapError::Stopped);
                }
                s.noop().map_err(|e| self.stopped_or(e.into()))?;
            }
        }
    }

    fn stopped_or(&self, e: ImapError) -> ImapError {
        if self.stopper.stopped() {
            ImapError::Stopped
        } else {
            e
        }
    }

    /// Loads the state and settles a first start or a UIDVALIDITY change.
    fn reconcile(
        &self,
        s: &mut Session,
        validity: u32,
        uid_next: u32,
    ) -> Result<MailboxState, ImapError> {
        let path = self.state_path();
        let loaded = state::load(&path);
        let fresh = match &loaded {
            Some(st) if st.uidvalidity == validity => return Ok(st.clone()),
            Some(st) => {
                warn!(account = %self.account.name, mailbox = %self.mailbox, old = st.uidvalidity, new = validity,
                      "UIDVALIDITY changed: rescanning recent platform mail, skipping what was already handled");
                MailboxState {
                    uidvalidity: validity,
                    last_uid: 0,
                    recent: st.recent.clone(),
                }
            }
            None => {
                info!(account = %self.account.name, mailbox = %self.mailbox, days = self.account.initial_scan_days,
                      "first start: screening recent platform mail, recording older mail as seen");
                MailboxState {
                    uidvalidity: validity,
                    ..Default::default()
                }
            }
        };
        let mut st = fresh;
        let query = format!(
            "SINCE {} {}",
            imap_date(self.account.initial_scan_days),
            from_filter(&self.domains)
        );
        let uids = self.search(s, &query)?;
        self.process(s, &mut st, uids)?;
        st.last_uid = st.last_uid.max(uid_next.saturating_sub(1));
        self.save(&st)?;
        Ok(st)
    }

    /// Screens platform mail newer than the last handled UID.
    fn catch_up(&self, s: &mut Session, st: &mut MailboxState) -> Result<(), ImapError> {
        let query = format!("UID {}:* {}", st.last_uid + 1, from_filter(&self.domains));
        let uids: Vec<u32> = self
            .search(s, &query)?
            .into_iter()
            .filter(|u| *u > st.last_uid)
            .collect();
        self.process(s, st, uids)
    }

    fn search(&self, s: &mut Session, query: &str) -> Result<Vec<u32>, ImapError> {
        let mut uids: Vec<u32> = s
            .uid_search(query)
            .map_err(|e| self.stopped_or(e.into()))?
            .into_iter()
            .collect();
        uids.sort_unstable();
        Ok(uids)
    }

    fn save(&self, st: &MailboxState) -> Result<(), ImapError> {
        let path = self.state_path();
        state::save(&path, st).map_err(|source| ImapError::State { path, source })
    }

    fn process(
        &self,
        s: &mut Session,
        st: &mut MailboxState,
        uids: Vec<u32>,
    ) -> Result<(), ImapError> {
        let cap = self.account.max_fetch_bytes;
        let mut dirty = false;
        for chunk in uids.chunks(FETCH_CHUNK) {
            let set: Vec<String> = chunk.iter().map(u32::to_string).collect();
            // Envelope and size first: dedup by Message-ID and cap the download.
            let meta = s
                .uid_fetch(set.join(","), "(UID RFC822.SIZE ENVELOPE)")
                .map_err(|e| self.stopped_or(e.into()))?;
            let mut items: Vec<(u32, u32, Option<String>)> = meta
                .iter()
                .filter_map(|f| {
                    let uid = f.uid?;
                    let digest = f
                        .envelope()
                        .and_then(|e| e.message_id.as_deref().map(state::digest));
                    Some((uid, f.size.unwrap_or(0), digest))
                })
                .collect();
            drop(meta);
            items.sort_unstable_by_key(|i| i.0);
            for (uid, size, digest) in items {
                if self.stopper.stopped() {
                    if dirty {
                        self.save(st)?;
                    }
                    return Err(ImapError::Stopped);
                }
                if digest.as_deref().is_some_and(|d| st.seen(d)) {
                    debug!(uid, "already handled (same Message-ID)");
                    st.last_uid = st.last_uid.max(uid);
                    dirty = true;
                    continue;
                }
                let query = if size as usize > cap {
                    format!("BODY.PEEK[]<0.{cap}>")
                } else {
                    "BODY.PEEK[]".to_string()
                };
                let fetched = s
                    .uid_fetch(uid.to_string(), &query)
                    .map_err(|e| self.stopped_or(e.into()))?;
                let Some(raw) = fetched.iter().find_map(|f| f.body().map(<[u8]>::to_vec)) else {
                    warn!(uid, "server returned no body; skipping");
                    continue;
                };
                drop(fetched);
                self.metrics.fetched.fetch_add(1, Ordering::Relaxed);
                let checker = self
                    .checker
                    .read()
                    .unwrap_or_else(|e| e.into_inner())
                    .clone();
                let v = checker.check(&raw);
                self.metrics.screened.fetch_add(1, Ordering::Relaxed);
                info!(account = %self.account.name, mailbox = %self.mailbox, uid,
                      platform = v.platform.as_deref().unwrap_or("-"), verdict = v.verdict.as_str(), score = v.score,
                      "screened");
                if v.verdict == Outcome::Alert {
                    let alert = Alert {
                        id: format!(
                            "{}-{}-{}-{uid}",
                            self.account.name, self.mailbox, st.uidvalidity
                        ),
                        account: self.account.name.clone(),
                        mailbox: self.mailbox.clone(),
                        uid,
                        at: chrono::Utc::now().to_rfc3339(),
                        verdict: AlertVerdict::from_verdict(&v),
                    };
                    self.handoff
                        .deliver_blocking(alert)
                        .map_err(|_| ImapError::Handoff)?;
                    self.metrics.alerts.fetch_add(1, Ordering::Relaxed);
                    if let Some(d) = digest {
                        st.remember(d);
                    }
                    st.last_uid = st.last_uid.max(uid);
                    // Saved right after the hand-over: a crash can repeat this alert, never lose it.
                    self.save(st)?;
                    dirty = false;
                } else {
                    if let Some(d) = digest {
                        st.remember(d);
                    }
                    st.last_uid = st.last_uid.max(uid);
                    dirty = true;
                }
            }
        }
        if dirty {
            self.save(st)?;
        }
        Ok(())
    }
}
