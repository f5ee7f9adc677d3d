//! The daemon (`offguard run`): one watcher thread per account and mailbox, the notifier
//! task, signals (SIGTERM/SIGINT stop, SIGHUP reload), config-file watching, and the
//! systemd protocol (READY, RELOADING, STOPPING, STATUS, WATCHDOG).

mod memory;
pub mod sd_notify;

use crate::check::Checker;
use crate::config::{Account, Config, ConfigError};
use crate::imap::{state, Metrics, SharedChecker, Stopper, Watcher};
use crate::notify::{self, Handoff, Hub, Sink};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, RwLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::watch;
use tracing::{error, info, warn};

struct Running {
    account: Account,
    mailbox: String,
    domains: Vec<String>,
    stopper: Arc<Stopper>,
    metrics: Arc<Metrics>,
    thread: Option<JoinHandle<()>>,
}

impl Running {
    fn stop(&self) {
        self.stopper.stop();
    }
}

/// A running daemon. Create inside a tokio runtime (the notifier is a task).
pub struct Daemon {
    config: Config,
    config_path: Option<PathBuf>,
    state_dir: PathBuf,
    checker: SharedChecker,
    handoff: Option<Handoff>,
    settings: watch::Sender<crate::config::Notify>,
    running: Vec<Running>,
    hub: Option<tokio::task::JoinHandle<()>>,
}

impl Daemon {
    /// Starts the notifier and one watcher per account and mailbox.
    pub fn start(
        config: Config,
        config_path: Option<PathBuf>,
        state_dir: PathBuf,
        sinks: Vec<Arc<dyn Sink>>,
    ) -> Daemon {
        let (handoff, inbox) = notify::channel();
        let (settings, settings_rx) = watch::channel(config.notify.clone());
        let hub = Hub::new(notify::hub::queue_dir(&state_dir), sinks, settings_rx);
        let hub = tokio::spawn(hub.run(inbox));
        let checker: SharedChecker = Arc::new(RwLock::new(Arc::new(Checker::new(config.clone()))));
        let mut d = Daemon {
            config,
            config_path,
            state_dir,
            checker,
            handoff: Some(handoff),
            settings,
            running: Vec::new(),
            hub: Some(hub),
        };
        let accounts = d.config.accounts.clone();
        for a in accounts {
            d.spawn(a);
        }
        if d.running.is_empty() {
            warn!("no IMAP accounts configured: add one under `accounts:` in config.yaml");
        }
        d
    }

    fn spawn(&mut self, account: Account) {
        let domains = self.config.platform_domains();
        for mailbox in account.mailboxes.clone() {
            let stopper = Arc::new(Stopper::default());
            let metrics = Arc::new(Metrics::default());
            let w = Watcher {
                account: account.clone(),
                mailbox: mailbox.clone(),
                checker: self.checker.clone(),
                handoff: self.handoff.clone().expect("daemon running"),
                state_dir: self.state_dir.clone(),
                stopper: stopper.clone(),
                metrics: metrics.clone(),
                domains: domains.clone(),
            };
            let thread = std::thread::Builder::new()
                .name(format!("imap-{}-{mailbox}", account.name))
                .spawn(move || w.run())
                .expect("spawn watcher thread");
            self.running.push(Running {
                account: account.clone(),
                mailbox,
                domains: domains.clone(),
                stopper,
                metrics,
                thread: Some(thread),
            });
        }
    }

    /// Counters of every watcher: (account, mailbox, metrics).
    pub fn metrics(&self) -> Vec<(String, String, Arc<Metrics>)> {
        self.running
            .iter()
            .map(|r| (r.account.name.clone(), r.mailbox.clone(), r.metrics.clone()))
            .collect()
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Waits until every watcher has made its first connection attempt (or `limit` passes).
    pub async fn first_attempts(&self, limit: Duration) {
        let start = Instant::now();
        while start.elapsed() < limit
            && self
                .running
                .iter()
                .any(|r| r.metrics.attempts.load(Ordering::Relaxed) == 0)
        {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Re-reads the configuration; on success swaps it in and restarts only the watchers
    /// whose account (or the platform list) changed. On error the old one keeps running.
    pub async fn reload(&mut self) -> Result<(), ConfigError> {
        let new = Config::load(self.config_path.as_deref())?;
        self.apply(new).await;
        Ok(())
    }

    /// Swaps in an already validated configuration.
    pub async fn apply(&mut self, new: Config) {
        *self.checker.write().unwrap_or_else(|e| e.into_inner()) =
            Arc::new(Checker::new(new.clone()));
        let _ = self.settings.send(new.notify.clone());
        let domains = new.platform_domains();
        let (keep, stop): (Vec<Running>, Vec<Running>) = std::mem::take(&mut self.running)
            .into_iter()
            .partition(|r| {
                r.domains == domains
                    && new
                        .accounts
                        .iter()
                        .any(|a| *a == r.account && a.mailboxes.contains(&r.mailbox))
            });
        let restarted = stop.len();
        join_all(stop, Duration::from_secs(5)).await;
        self.running = keep;
        self.config = new;
        let missing: Vec<Account> = self
            .config
            .accounts
            .iter()
            .filter(|a| !self.running.iter().any(|r| r.account == **a))
            .cloned()
            .collect();
        let started = missing.iter().map(|a| a.mailboxes.len()).sum::<usize>();
        for a in missing {
            self.spawn(a);
        }
        info!(
            source = %self.config.source.display(),
            stopped = restarted,
            started,
            "configuration reloaded"
        );
    }

    /// One line for `STATUS=`.
    pub fn status(&self, alerts_today: u64) -> String {
        let connected = self
            .running
            .iter()
            .filter(|r| r.metrics.connected.load(Ordering::Relaxed))
            .count();
        format!(
            "{connected}/{} mailboxes connected; {alerts_today} alerts today",
            self.running.len()
        )
    }

    pub fn alerts_total(&self) -> u64 {
        self.running
            .iter()
            .map(|r| r.metrics.alerts.load(Ordering::Relaxed))
            .sum()
    }

    /// Stops every watcher (their sockets are shut down, so IDLE returns at once) and waits
    /// up to `limit` for the threads. Alerts not yet delivered stay queued on disk.
    pub async fn stop(mut self, limit: Duration) {
        let running = std::mem::take(&mut self.running);
        join_all(running, limit).await;
        self.handoff = None;
        if let Some(hub) = self.hub.take() {
            // Give the notifier a moment to finish a delivery in progress.
            let _ = tokio::time::timeout(Duration::from_millis(300), hub).await;
        }
    }
}

async fn join_all(running: Vec<Running>, limit: Duration) {
    for r in &running {
        r.stop();
    }
    let joined = tokio::task::spawn_blocking(move || {
        let deadline = Instant::now() + limit;
        for mut r in running {
            if let Some(t) = r.thread.take() {
                while !t.is_finished() && Instant::now() < deadline {
                    std::thread::sleep(Duration::from_millis(10));
                }
                if t.is_finished() {
                    let _ = t.join();
                } else {
                    warn!(account = %r.account.name, mailbox = %r.mailbox, "watcher did not stop in time");
                }
            }
        }
    });
    let _ = joined.await;
}

/// Modification time and size of the config file, to notice edits.
fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// The sinks `offguard run` uses: the log, `notify.command`, and the desktop.
pub fn default_sinks() -> Vec<Arc<dyn Sink>> {
    vec![
        Arc::new(notify::LogSink),
        Arc::new(notify::CommandSink),
        Arc::new(notify::desktop::DesktopSink::default()),
    ]
}

/// `offguard run`: returns the exit code.
pub fn run_cli(config_path: Option<PathBuf>) -> i32 {
    let config = match Config::load(config_path.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("offguard: {e}");
            return crate::EXIT_CONFIG;
        }
    };
    crate::log::init(config.log_level.as_deref());
    // The file SIGHUP and the file watcher re-read: the one given, or the user's file if
    // it exists (the embedded default cannot change).
    let reload_path = config_path.or_else(|| Config::default_path().filter(|p| p.exists()));
    memory::limit_arenas();
    // The async side (signals, timers, the notifier) is light: one thread is plenty, and
    // every extra worker costs resident memory.
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("offguard: cannot start the runtime: {e}");
            return 1;
        }
    };
    let code = rt.block_on(serve(config, reload_path));
    rt.shutdown_timeout(Duration::from_millis(200));
    code
}

async fn serve(config: Config, reload_path: Option<PathBuf>) -> i32 {
    use tokio::signal::unix::{signal, SignalKind};
    let sd = sd_notify::Notifier::from_env();
    let (Ok(mut term), Ok(mut int), Ok(mut hup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::hangup()),
    ) else {
        error!("cannot install signal handlers");
        return 1;
    };
    info!(config = %config.source.display(), accounts = config.accounts.len(), "offguard starting");
    let state_dir = state::default_dir();
    let mut daemon = Daemon::start(config, reload_path.clone(), state_dir, default_sinks());
    daemon.first_attempts(Duration::from_secs(10)).await;
    memory::trim();
    sd.ready();
    let mut day = chrono::Local::now().date_naive();
    let mut day_base = 0;
    sd.status(&daemon.status(0));

    let watchdog = sd_notify::Notifier::watchdog_interval();
    let mut watchdog_tick = tokio::time::interval(watchdog.unwrap_or(Duration::from_secs(3600)));
    let mut status_tick = tokio::time::interval(Duration::from_secs(15));
    let mut file_tick = tokio::time::interval(Duration::from_secs(2));
    let mut last_stamp = reload_path.as_deref().and_then(stamp);
    loop {
        let reload = tokio::select! {
            _ = term.recv() => { info!("SIGTERM: stopping"); break; }
            _ = int.recv() => { info!("SIGINT: stopping"); break; }
            _ = hup.recv() => { info!("SIGHUP: reloading configuration"); true }
            _ = watchdog_tick.tick() => {
                if watchdog.is_some() { sd.watchdog(); }
                false
            }
            _ = status_tick.tick() => {
                let today = chrono::Local::now().date_naive();
                let total = daemon.alerts_total();
                if today != day { day = today; day_base = total; }
                sd.status(&daemon.status(total - day_base));
                memory::trim();
                false
            }
            _ = file_tick.tick() => {
                let now = reload_path.as_deref().and_then(stamp);
                if now.is_some() && now != last_stamp {
                    last_stamp = now;
                    info!("configuration file changed: reloading");
                    true
                } else {
                    false
                }
            }
        };
        if reload {
            sd.reloading();
            match daemon.reload().await {
                Ok(()) => {}
                Err(e) => error!(error = %e, "new configuration rejected; keeping the running one"),
            }
            last_stamp = reload_path.as_deref().and_then(stamp);
            sd.ready();
            sd.status(&daemon.status(daemon.alerts_total() - day_base));
        }
    }
    sd.stopping();
    daemon.stop(Duration::from_millis(1500)).await;
    info!("offguard stopped");
    0
}
