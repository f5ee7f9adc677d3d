//! The notifier task: takes alerts from the watchers, stores each durably before confirming
//! the hand-over, then delivers it to every sink (desktop, `notify.command`, log), retrying
//! with backoff until delivered. Bursts become one digest.
//!
//! Durability choice: an alert is "handed over" once its JSON file is in the queue directory
//! (`$XDG_STATE_HOME/offguard/queue/`). The IMAP state then advances; the file is removed
//! only after delivery, and files left by a crash or a missing notification server are
//! delivered at the next start.

use super::{Alert, Inbox};
use crate::config::Notify;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;
use tracing::{debug, error, info, warn};

/// How long a burst over `flood_max` is gathered before its digest goes out.
const DIGEST_GATHER: Duration = Duration::from_secs(2);

/// What a sink is asked to show: one alert, or a digest of several.
#[derive(Debug, Clone)]
pub enum Delivery {
    One(Box<Alert>),
    Digest(Vec<Alert>),
}

impl Delivery {
    pub fn alerts(&self) -> Vec<&Alert> {
        match self {
            Delivery::One(a) => vec![&**a],
            Delivery::Digest(v) => v.iter().collect(),
        }
    }
}

/// A way of telling the user. Blocking: sinks run on the blocking thread pool.
pub trait Sink: Send + Sync {
    fn name(&self) -> &str;
    fn deliver(&self, d: &Delivery, settings: &Notify) -> Result<(), String>;
}

/// Writes every alert to the log (always on: nothing is ever dropped silently).
pub struct LogSink;

impl Sink for LogSink {
    fn name(&self) -> &str {
        "log"
    }
    fn deliver(&self, d: &Delivery, _: &Notify) -> Result<(), String> {
        for a in d.alerts() {
            warn!(
                account = %a.account, mailbox = %a.mailbox, uid = a.uid,
                platform = a.verdict.platform.as_deref().unwrap_or("-"),
                severity = %a.verdict.severity, score = a.verdict.score,
                found = %a.verdict.labels.join(", "),
                "ALERT: off-platform contact proposal"
            );
        }
        Ok(())
    }
}

/// `notify.command`: runs the program once per alert with the alert as JSON on stdin.
pub struct CommandSink;

impl Sink for CommandSink {
    fn name(&self) -> &str {
        "command"
    }
    fn deliver(&self, d: &Delivery, settings: &Notify) -> Result<(), String> {
        use std::io::Write;
        let Some(argv) = &settings.command else {
            return Ok(());
        };
        for a in d.alerts() {
            let json = serde_json::to_vec(a).map_err(|e| e.to_string())?;
            let mut child = std::process::Command::new(&argv[0])
                .args(&argv[1..])
                .stdin(std::process::Stdio::piped())
                .spawn()
                .map_err(|e| format!("cannot run {}: {e}", argv[0]))?;
            if let Some(mut stdin) = child.stdin.take() {
                let _ = stdin.write_all(&json);
            }
            let status = child.wait().map_err(|e| e.to_string())?;
            if !status.success() {
                return Err(format!("{} exited with {status}", argv[0]));
            }
        }
        Ok(())
    }
}

struct Pending {
    alert: Alert,
    file: PathBuf,
    /// Sinks that already showed it (a retry must not show it twice).
    done: Vec<String>,
}

pub struct Hub {
    queue_dir: PathBuf,
    sinks: Vec<Arc<dyn Sink>>,
    settings: watch::Receiver<Notify>,
}

impl Hub {
    pub fn new(
        queue_dir: PathBuf,
        sinks: Vec<Arc<dyn Sink>>,
        settings: watch::Receiver<Notify>,
    ) -> Hub {
        Hub {
            queue_dir,
            sinks,
            settings,
        }
    }

    fn store(&self, alert: &Alert) -> std::io::Result<PathBuf> {
        std::fs::create_dir_all(&self.queue_dir)?;
        let name: String = alert
            .id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let path = self.queue_dir.join(format!("{name}.json"));
        let tmp = path.with_extension("tmp");
        {
            use std::io::Write;
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&serde_json::to_vec(alert).map_err(std::io::Error::other)?)?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, &path)?;
        std::fs::File::open(&self.queue_dir)?.sync_all()?;
        Ok(path)
    }

    fn load_queue(&self) -> Vec<Pending> {
        let mut out = Vec::new();
        let Ok(entries) = std::fs::read_dir(&self.queue_dir) else {
            return out;
        };
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for file in files {
            match std::fs::read(&file)
                .ok()
                .and_then(|b| serde_json::from_slice::<Alert>(&b).ok())
            {
                Some(alert) => out.push(Pending {
                    alert,
                    file,
                    done: Vec::new(),
                }),
                None => warn!(file = %file.display(), "unreadable queued alert; leaving it"),
            }
        }
        if !out.is_empty() {
            info!(
                count = out.len(),
                "delivering alerts queued before the last stop"
            );
        }
        out
    }

    /// Runs until the inbox closes (all watchers and handoffs dropped).
    pub async fn run(self, mut inbox: Inbox) {
        let mut pending: VecDeque<Pending> = self.load_queue().into();
        let mut recent: VecDeque<Instant> = VecDeque::new();
        let mut retry_at: Option<Instant> = None;
        let mut digest_due: Option<Instant> = None;
        let mut backoff = crate::imap::Backoff::default();
        let mut open = true;
        loop {
            let settings = self.settings.borrow().clone();
            let now = Instant::now();
            while recent
                .front()
                .is_some_and(|t| now.duration_since(*t) > settings.flood_window)
            {
                recent.pop_front();
            }
            let can_try = retry_at.is_none_or(|t| now >= t);
            if !pending.is_empty() && can_try {
                let room = (settings.flood_max as usize).saturating_sub(recent.len());
                let attempt = if room > 0 {
                    digest_due = None;
                    Some(
                        self.deliver_each(&mut pending, &mut recent, room, &settings)
                            .await,
                    )
                } else {
                    // Over the limit: gather the burst for a moment, then one digest.
                    let due = *digest_due.get_or_insert(now + DIGEST_GATHER);
                    if now >= due {
                        digest_due = None;
                        Some(
                            self.deliver_digest(&mut pending, &mut recent, &settings)
                                .await,
                        )
                    } else {
                        None
                    }
                };
                match attempt {
                    Some(true) => {
                        backoff.reset();
                        retry_at = None;
                        continue;
                    }
                    Some(false) => {
                        let d = backoff.next_delay();
                        warn!(
                            queued = pending.len(),
                            "alerts not delivered yet; retrying in {:.1}s",
                            d.as_secs_f64()
                        );
                        retry_at = Some(Instant::now() + d);
                    }
                    None => {}
                }
            }
            if !open && pending.is_empty() {
                break;
            }
            let wake = [retry_at, digest_due].into_iter().flatten().min();
            let wait = wake
                .map(|t| t.saturating_duration_since(Instant::now()))
                .unwrap_or(Duration::from_secs(3600));
            tokio::select! {
                msg = inbox.recv(), if open => match msg {
                    // Re-screened after a crash while still queued: one delivery is enough.
                    Some((alert, ack)) if pending.iter().any(|p| p.alert.id == alert.id) => {
                        let _ = ack.send(Ok(()));
                    }
                    Some((alert, ack)) => match self.store(&alert) {
                        Ok(file) => {
                            let _ = ack.send(Ok(()));
                            pending.push_back(Pending { alert, file, done: Vec::new() });
                        }
                        Err(e) => {
                            error!(error = %e, dir = %self.queue_dir.display(), "cannot queue alert");
                            let _ = ack.send(Err(e.to_string()));
                        }
                    },
                    None => open = false,
                },
                _ = tokio::time::sleep(wait) => {}
            }
            if !open && (pending.is_empty() || retry_at.is_some()) {
                // Shutting down: what is left stays queued for the next start.
                break;
            }
        }
        debug!("notifier stopped");
    }

    /// Delivers up to `room` alerts one by one; true when at least one went out completely.
    async fn deliver_each(
        &self,
        pending: &mut VecDeque<Pending>,
        recent: &mut VecDeque<Instant>,
        room: usize,
        settings: &Notify,
    ) -> bool {
        let mut any = false;
        let mut i = 0;
        let mut tried = 0;
        while tried < room && i < pending.len() {
            tried += 1;
            let d = Delivery::One(Box::new(pending[i].alert.clone()));
            let failed = self.send(&d, settings, &pending[i].done).await;
            if failed.is_empty() {
                let p = pending.remove(i).expect("index in range");
                let _ = std::fs::remove_file(&p.file);
                recent.push_back(Instant::now());
                any = true;
            } else {
                pending[i].done = self
                    .sinks
                    .iter()
                    .map(|s| s.name().to_string())
                    .filter(|n| !failed.contains(n))
                    .collect();
                i += 1;
            }
        }
        any
    }

    /// Delivers everything pending as one digest.
    async fn deliver_digest(
        &self,
        pending: &mut VecDeque<Pending>,
        recent: &mut VecDeque<Instant>,
        settings: &Notify,
    ) -> bool {
        let d = Delivery::Digest(pending.iter().map(|p| p.alert.clone()).collect());
        // Sinks that already showed every one of these need not show the digest again.
        let done: Vec<String> = self
            .sinks
            .iter()
            .map(|s| s.name().to_string())
            .filter(|n| pending.iter().all(|p| p.done.contains(n)))
            .collect();
        let failed = self.send(&d, settings, &done).await;
        if !failed.is_empty() {
            for p in pending.iter_mut() {
                for s in &self.sinks {
                    let n = s.name().to_string();
                    if !failed.contains(&n) && !p.done.contains(&n) {
                        p.done.push(n);
                    }
                }
            }
            return false;
        }
        for p in pending.drain(..) {
            let _ = std::fs::remove_file(&p.file);
            recent.push_back(Instant::now());
        }
        true
    }

    /// Runs every sink not yet done; returns the names of those that failed.
    async fn send(&self, d: &Delivery, settings: &Notify, done: &[String]) -> Vec<String> {
        let mut failed = Vec::new();
        for sink in &self.sinks {
            if done.iter().any(|n| n == sink.name()) {
                continue;
            }
            let (s, d2, st) = (sink.clone(), d.clone(), settings.clone());
            let res = tokio::task::spawn_blocking(move || s.deliver(&d2, &st))
                .await
                .unwrap_or_else(|e| Err(e.to_string()));
            if let Err(e) = res {
                warn!(sink = sink.name(), error = %e, "cannot deliver alert");
                failed.push(sink.name().to_string());
            }
        }
        failed
    }
}

/// `$XDG_STATE_HOME/offguard/queue`.
pub fn queue_dir(state_dir: &Path) -> PathBuf {
    state_dir.join("queue")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notify::{channel, AlertVerdict};
    use std::sync::atomic::{AtomicUsize, Ordering};

    struct Counting {
        name: &'static str,
        calls: AtomicUsize,
        fail_first: usize,
    }

    impl Counting {
        /// A sink that fails its first `fail_first` deliveries.
        fn new(name: &'static str, fail_first: usize) -> Arc<Counting> {
            Arc::new(Counting {
                name,
                calls: AtomicUsize::new(0),
                fail_first,
            })
        }
    }

    impl Sink for Counting {
        fn name(&self) -> &str {
            self.name
        }
        fn deliver(&self, d: &Delivery, _: &Notify) -> Result<(), String> {
            let n = self.calls.fetch_add(d.alerts().len(), Ordering::SeqCst);
            if n < self.fail_first {
                Err("not yet".into())
            } else {
                Ok(())
            }
        }
    }

    fn alert(uid: u32) -> Alert {
        Alert {
            id: format!("t-{uid}"),
            account: "a".into(),
            mailbox: "INBOX".into(),
            uid,
            at: String::new(),
            verdict: AlertVerdict {
                platform: None,
                score: 9,
                severity: "medium".into(),
                subject: String::new(),
                from: String::new(),
                counterpart: None,
                message_url: None,
                reason: String::new(),
                labels: vec![],
                findings: vec![],
                advice: vec![],
            },
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn retries_reach_only_the_sinks_that_failed_and_the_queue_empties() {
        let dir = tempfile::tempdir().unwrap();
        let ok = Counting::new("ok", 0);
        let flaky = Counting::new("flaky", 1);
        let mut settings = crate::Config::embedded().notify;
        settings.flood_max = 100;
        let (_tx, rx) = watch::channel(settings);
        let hub = Hub::new(
            dir.path().join("queue"),
            vec![ok.clone(), flaky.clone()],
            rx,
        );
        let (handoff, inbox) = channel();
        let task = tokio::spawn(hub.run(inbox));
        let h = handoff.clone();
        tokio::task::spawn_blocking(move || h.deliver_blocking(alert(1)).unwrap())
            .await
            .unwrap();
        // The retry comes after a backoff of about a second.
        let start = Instant::now();
        while flaky.calls.load(Ordering::SeqCst) < 2 && start.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        drop(handoff);
        tokio::time::timeout(Duration::from_secs(10), task)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            ok.calls.load(Ordering::SeqCst),
            1,
            "shown once by the healthy sink"
        );
        assert_eq!(
            flaky.calls.load(Ordering::SeqCst),
            2,
            "retried on the failing one"
        );
        assert_eq!(
            std::fs::read_dir(dir.path().join("queue")).unwrap().count(),
            0
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn undelivered_alerts_stay_queued_for_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let never = Counting::new("never", usize::MAX);
        let (_tx, rx) = watch::channel(crate::Config::embedded().notify);
        let hub = Hub::new(dir.path().join("queue"), vec![never], rx);
        let (handoff, inbox) = channel();
        let task = tokio::spawn(hub.run(inbox));
        let h = handoff.clone();
        tokio::task::spawn_blocking(move || h.deliver_blocking(alert(7)).unwrap())
            .await
            .unwrap();
        drop(handoff);
        tokio::time::timeout(Duration::from_secs(10), task)
            .await
            .unwrap()
            .unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join("queue"))
            .unwrap()
            .collect();
        assert_eq!(files.len(), 1, "kept for the next start");
    }
}
