//! IMAP source: one blocking watcher thread per account and mailbox (the `imap` crate is
//! synchronous), bridged to the async notifier by a channel.
//!
//! A watcher connects with verified TLS, EXAMINEs the mailbox (read-only, and every fetch
//! is `BODY.PEEK[]`, so flags never change), then waits with IDLE — or polls when the server
//! or the config says no IDLE. On every change it asks the server only for *platform* mail
//! newer than the last UID it handled (`UID SEARCH UID n:* OR FROM … FROM …`), fetches it,
//! screens it with the shared [`Checker`](crate::Checker), hands alerts to the notifier and
//! only then records progress. Failures reconnect with exponential backoff and jitter.

mod conn;
mod error;
pub mod scan;
mod secret;
pub mod state;
mod watcher;

pub use error::ImapError;
pub use watcher::{Metrics, SharedChecker, Watcher};

use rand::Rng;
use std::net::TcpStream;
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// Stops a watcher from another thread: sets a flag, wakes its sleeps and shuts its socket
/// down so that a blocking read (IDLE) returns at once.
#[derive(Default)]
pub struct Stopper {
    stopped: Mutex<bool>,
    cv: Condvar,
    socket: Mutex<Option<TcpStream>>,
}

impl Stopper {
    pub fn stop(&self) {
        *self.stopped.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.cv.notify_all();
        if let Some(s) = self
            .socket
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
        {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }

    pub fn stopped(&self) -> bool {
        *self.stopped.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Remembers the current connection's socket (replacing the previous one).
    pub fn register(&self, socket: TcpStream) {
        let mut slot = self.socket.lock().unwrap_or_else(|e| e.into_inner());
        if self.stopped() {
            let _ = socket.shutdown(std::net::Shutdown::Both);
        }
        *slot = Some(socket);
    }

    /// Sleeps for `d` or until stopped; returns whether it was stopped.
    pub fn sleep(&self, d: Duration) -> bool {
        let guard = self.stopped.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, _) = self
            .cv
            .wait_timeout_while(guard, d, |stopped| !*stopped)
            .unwrap_or_else(|e| e.into_inner());
        *guard
    }
}

/// Exponential backoff with jitter: 1 s, 2 s, 4 s … capped at 5 minutes.
#[derive(Debug)]
pub struct Backoff {
    next: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff { next: Self::FIRST }
    }
}

impl Backoff {
    pub const FIRST: Duration = Duration::from_secs(1);
    pub const CAP: Duration = Duration::from_secs(300);

    /// The delay before the next attempt (with ±20 % jitter), then doubles.
    pub fn next_delay(&mut self) -> Duration {
        let base = self.next;
        self.next = (self.next * 2).min(Self::CAP);
        let jitter = rand::thread_rng().gen_range(0.8..1.2);
        base.mul_f64(jitter).min(Self::CAP)
    }

    /// After a refused login: wait long, whatever the current step, so a wrong password
    /// never turns into a hot loop (or a server-side lockout).
    pub fn after_auth_failure(&mut self) -> Duration {
        self.next = Self::CAP;
        self.next_delay()
    }

    pub fn reset(&mut self) {
        self.next = Self::FIRST;
    }
}

/// `OR OR FROM "a" FROM "b" FROM "c"`: the server-side filter on platform sender domains.
pub fn from_filter(domains: &[String]) -> String {
    let keys: Vec<String> = domains
        .iter()
        .map(|d| format!("FROM \"{}\"", d.replace(['"', '\\'], "")))
        .collect();
    match keys.len() {
        0 => "ALL".to_string(),
        n => format!("{}{}", "OR ".repeat(n - 1), keys.join(" ")),
    }
}

/// IMAP date for SEARCH SINCE (day granularity, as the protocol has it).
pub fn imap_date(days_ago: u32) -> String {
    let d = chrono::Utc::now() - chrono::Duration::days(i64::from(days_ago));
    d.format("%d-%b-%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_caps() {
        let mut b = Backoff::default();
        let d: Vec<f64> = (0..12).map(|_| b.next_delay().as_secs_f64()).collect();
        assert!((0.8..=1.2).contains(&d[0]), "{d:?}");
        assert!((1.6..=2.4).contains(&d[1]), "{d:?}");
        assert!(d.iter().all(|x| *x <= 300.0), "{d:?}");
        assert!(d[11] >= 240.0, "{d:?}");
        b.reset();
        assert!(b.next_delay() < Duration::from_secs(2));
        assert!(b.after_auth_failure() >= Duration::from_secs(240));
    }

    #[test]
    fn filter_is_prefix_or() {
        let d = vec!["a.jp".to_string(), "b.com".to_string(), "c.com".to_string()];
        assert_eq!(
            from_filter(&d),
            "OR OR FROM \"a.jp\" FROM \"b.com\" FROM \"c.com\""
        );
        assert_eq!(from_filter(&d[..1]), "FROM \"a.jp\"");
    }

    #[test]
    fn stopper_wakes_sleepers() {
        let s = std::sync::Arc::new(Stopper::default());
        let s2 = s.clone();
        let t = std::thread::spawn(move || s2.sleep(Duration::from_secs(30)));
        std::thread::sleep(Duration::from_millis(50));
        s.stop();
        assert!(t.join().unwrap());
    }
}
