//! The IMAP watcher against a real Dovecot (TLS with a test CA) started by the harness:
//! IDLE and polling, exactly-once across restarts, server restarts, UIDVALIDITY changes,
//! flags untouched, and refused connections.

mod support;

use offguard::daemon::Daemon;
use offguard::imap::Metrics;
use offguard::notify::{Delivery, Sink};
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::Duration;
use support::dovecot::Dovecot;
use support::*;

const WAIT: Duration = Duration::from_secs(30);

struct Running {
    rt: tokio::runtime::Runtime,
    daemon: Option<Daemon>,
}

impl Running {
    fn start(config: offguard::Config, state: &Path, sinks: Vec<Arc<dyn Sink>>) -> Running {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let daemon = rt.block_on(async { Daemon::start(config, None, state.to_path_buf(), sinks) });
        let r = Running {
            rt,
            daemon: Some(daemon),
        };
        let m = r.metrics();
        assert!(
            wait_for(WAIT, || m.connected.load(Ordering::Relaxed)),
            "watcher did not connect"
        );
        r
    }

    fn metrics(&self) -> Arc<Metrics> {
        self.daemon.as_ref().unwrap().metrics()[0].2.clone()
    }

    fn stop(mut self) {
        let d = self.daemon.take().unwrap();
        self.rt.block_on(d.stop(Duration::from_secs(5)));
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(d) = self.daemon.take() {
            self.rt.block_on(d.stop(Duration::from_secs(5)));
        }
    }
}

fn quiet(extra: &str) -> String {
    format!("  desktop: false\n  flood_max: 1000\n{extra}")
}

/// UIDs of alerts delivered within `limit`.
fn uids(rx: &Receiver<Delivery>, limit: Duration) -> Vec<String> {
    alerts_within(rx, limit)
}

#[test]
fn idle_alerts_once_ignores_clean_and_never_fetches_foreign_mail() {
    let d = Dovecot::start(true);
    let state = tempfile::tempdir().unwrap();
    let (rec, rx) = recorder();
    let run = Running::start(config(&d, "", &quiet("")), state.path(), vec![rec]);
    let m = run.metrics();
    let mut c = d.client();

    c.append("INBOX", &crowdworks("s1", SUSPICIOUS));
    let got = rx
        .recv_timeout(WAIT)
        .expect("alert for the suspicious mail");
    assert_eq!(got.alerts().len(), 1);
    assert_eq!(
        got.alerts()[0].verdict.platform.as_deref(),
        Some("crowdworks")
    );
    assert!(got.alerts()[0].verdict.labels.contains(&"LINE".to_string()));

    c.append("INBOX", &foreign("f1"));
    c.append("INBOX", &crowdworks("c1", CLEAN));
    assert!(wait_for(WAIT, || m.screened.load(Ordering::Relaxed) == 2));
    assert!(
        uids(&rx, Duration::from_secs(1)).is_empty(),
        "clean mail alerted"
    );
    // The personal mail was filtered out by the server-side search: never fetched.
    assert_eq!(m.fetched.load(Ordering::Relaxed), 2);

    // BODY.PEEK[] and EXAMINE: nothing became \Seen.
    let flags = c.flags("INBOX");
    assert_eq!(flags.len(), 3, "{flags:?}");
    assert!(flags.iter().all(|l| !l.contains("\\Seen")), "{flags:?}");
    run.stop();
}

#[test]
fn polling_mode_without_idle() {
    let d = Dovecot::start(false);
    let state = tempfile::tempdir().unwrap();
    let (rec, rx) = recorder();
    let run = Running::start(
        config(&d, "    poll_interval_secs: 5\n", &quiet("")),
        state.path(),
        vec![rec],
    );
    d.client().append("INBOX", &crowdworks("p1", SUSPICIOUS));
    assert_eq!(uids(&rx, WAIT).len(), 1, "polling found the mail");
    run.stop();

    // IDLE switched off in the config works against an IDLE server too.
    let d = Dovecot::start(true);
    let state = tempfile::tempdir().unwrap();
    let (rec, rx) = recorder();
    let run = Running::start(
        config(
            &d,
            "    idle: false\n    poll_interval_secs: 5\n",
            &quiet(""),
        ),
        state.path(),
        vec![rec],
    );
    d.client().append("INBOX", &crowdworks("p2", SUSPICIOUS));
    assert_eq!(uids(&rx, WAIT).len(), 1);
    run.stop();
}

#[test]
fn restart_alerts_mail_that_arrived_while_stopped_exactly_once() {
    let d = Dovecot::start(true);
    let state = tempfile::tempdir().unwrap();
    let cfg = config(&d, "", &quiet(""));
    let mut c = d.client();

    let (rec, rx) = recorder();
    let run = Running::start(cfg.clone(), state.path(), vec![rec]);
    c.append("INBOX", &crowdworks("r1", SUSPICIOUS));
    assert_eq!(uids(&rx, WAIT), vec!["1"]);
    run.stop();

    c.append("INBOX", &crowdworks("r2", SUSPICIOUS));
    c.append("INBOX", &crowdworks("r3", CLEAN));

    let (rec, rx) = recorder();
    let run = Running::start(cfg.clone(), state.path(), vec![rec]);
    let m = run.metrics();
    assert!(wait_for(WAIT, || m.screened.load(Ordering::Relaxed) == 2));
    assert_eq!(
        uids(&rx, Duration::from_secs(3)),
        vec!["2"],
        "only the new suspicious mail"
    );
    run.stop();

    // A third start with nothing new: nothing alerted, nothing fetched.
    let (rec, rx) = recorder();
    let run = Running::start(cfg, state.path(), vec![rec]);
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(run.metrics().fetched.load(Ordering::Relaxed), 0);
    assert!(uids(&rx, Duration::from_millis(500)).is_empty());
    run.stop();
}

#[test]
fn first_start_screens_recent_mail_only_once() {
    let d = Dovecot::start(true);
    let mut c = d.client();
    c.append("INBOX", &crowdworks("old1", SUSPICIOUS));
    c.append("INBOX", &foreign("old2"));
    let state = tempfile::tempdir().unwrap();
    let (rec, rx) = recorder();
    let run = Running::start(config(&d, "", &quiet("")), state.path(), vec![rec]);
    // Appended just now, so within initial_scan_days: screened and alerted once.
    assert_eq!(uids(&rx, WAIT), vec!["1"]);
    assert_eq!(run.metrics().fetched.load(Ordering::Relaxed), 1);
    run.stop();
}

#[test]
fn dovecot_restart_during_idle_reconnects_and_catches_up() {
    let mut d = Dovecot::start(true);
    let state = tempfile::tempdir().unwrap();
    let (rec, rx) = recorder();
    let run = Running::start(config(&d, "", &quiet("")), state.path(), vec![rec]);
    let m = run.metrics();
    d.stop();
    assert!(wait_for(WAIT, || !m.connected.load(Ordering::Relaxed)));
    d.restart();
    // Mail that lands while offguard is still backing off is caught up after reconnecting.
    d.client().append("INBOX", &crowdworks("d1", SUSPICIOUS));
    assert!(
        wait_for(WAIT, || m.connects.load(Ordering::Relaxed) >= 2),
        "reconnected"
    );
    assert_eq!(uids(&rx, WAIT), vec!["1"]);
    d.client().append("INBOX", &crowdworks("d2", SUSPICIOUS));
    assert_eq!(uids(&rx, WAIT), vec!["2"]);
    run.stop();
}

#[test]
fn uidvalidity_change_neither_duplicates_nor_misses() {
    let d = Dovecot::start(true);
    let mut c = d.client();
    c.cmd("CREATE Work");
    let state = tempfile::tempdir().unwrap();
    let (rec, rx) = recorder();
    let run = Running::start(
        config(&d, "    mailboxes: [Work]\n", &quiet("")),
        state.path(),
        vec![rec],
    );
    let m = run.metrics();
    c.append("Work", &crowdworks("u1", SUSPICIOUS));
    assert_eq!(uids(&rx, WAIT).len(), 1);

    // Recreate the mailbox: new UIDVALIDITY, the old mail comes back plus a new one.
    c.cmd("DELETE Work");
    c.cmd("CREATE Work");
    c.append("Work", &crowdworks("u1", SUSPICIOUS));
    c.append("Work", &crowdworks("u2", SUSPICIOUS));
    assert!(
        wait_for(WAIT, || m.connects.load(Ordering::Relaxed) >= 2),
        "reconnected"
    );
    let got = uids(&rx, Duration::from_secs(5));
    assert_eq!(got.len(), 1, "only the new mail: {got:?}");
    assert_eq!(got[0], "2");
    run.stop();
}

#[test]
fn unknown_ca_wrong_password_and_plaintext_are_refused() {
    use offguard::imap::scan::scan_account;
    let d = Dovecot::start(true);
    let base = config(&d, "", &quiet(""));
    let checker = offguard::Checker::new(base.clone());
    let domains = vec!["crowdworks.jp".to_string()];
    let since = offguard::imap::imap_date(1);

    // Certificate from an unknown CA (no tls_ca_file): refused.
    let mut a = base.accounts[0].clone();
    a.tls_ca_file = None;
    let e = scan_account(&a, &checker, &domains, &since, |_| {})
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("cannot set up TLS") && e.contains("UnknownIssuer"),
        "{e}"
    );

    // Wrong password: a clear authentication error.
    let mut a = base.accounts[0].clone();
    a.secret = offguard::config::Secret::Env("OFFGUARD_TEST_WRONG".into());
    std::env::set_var("OFFGUARD_TEST_WRONG", "nope");
    let e = scan_account(&a, &checker, &domains, &since, |_| {}).unwrap_err();
    assert!(matches!(e, offguard::imap::ImapError::Auth { .. }), "{e}");
    assert!(
        e.to_string().contains("refused the user name or password"),
        "{e}"
    );

    // Implicit TLS against the plaintext port fails; STARTTLS there works.
    let mut a = base.accounts[0].clone();
    a.port = d.plain_port;
    assert!(scan_account(&a, &checker, &domains, &since, |_| {}).is_err());
    a.tls = offguard::config::TlsMode::StartTls;
    scan_account(&a, &checker, &domains, &since, |_| {}).expect("STARTTLS works");

    // Plaintext only with the explicit opt-in (the config refuses it otherwise).
    let yaml = config_yaml(&d, "", "").replacen("    tls: implicit\n", "    tls: none\n", 1);
    let e = offguard::Config::from_yaml(&yaml, Path::new("t.yaml"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("allow_insecure_plaintext"), "{e}");
    let yaml = yaml
        .replacen(
            "    tls: none\n",
            "    tls: none\n    allow_insecure_plaintext: true\n",
            1,
        )
        .replace(
            &format!("port: {}", d.tls_port),
            &format!("port: {}", d.plain_port),
        );
    let cfg = offguard::Config::from_yaml(&yaml, Path::new("t.yaml")).unwrap();
    scan_account(&cfg.accounts[0], &checker, &domains, &since, |_| {})
        .expect("plaintext with opt-in");
}

#[test]
fn scan_prints_verdicts_and_changes_nothing() {
    let d = Dovecot::start(true);
    let mut c = d.client();
    c.append("INBOX", &crowdworks("sc1", SUSPICIOUS));
    c.append("INBOX", &crowdworks("sc2", CLEAN));
    c.append("INBOX", &foreign("sc3"));
    let cfg = config(&d, "", &quiet(""));
    let checker = offguard::Checker::new(cfg.clone());
    let mut verdicts = Vec::new();
    offguard::imap::scan::scan_account(
        &cfg.accounts[0],
        &checker,
        &["crowdworks.jp".to_string()],
        &offguard::imap::imap_date(1),
        |s| verdicts.push((s.name, s.verdict.verdict)),
    )
    .unwrap();
    assert_eq!(
        verdicts.len(),
        2,
        "{:?}",
        verdicts.iter().map(|v| &v.0).collect::<Vec<_>>()
    );
    assert_eq!(verdicts[0].1, offguard::Outcome::Alert);
    assert_eq!(verdicts[1].1, offguard::Outcome::Clean);
    assert!(c.flags("INBOX").iter().all(|l| !l.contains("\\Seen")));
}
