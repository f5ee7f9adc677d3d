//! `offguard run` as a process against a real Dovecot: signals, reloads, logs, crash
//! recovery. Alerts are observed through `notify.command` (a script that appends each
//! alert's JSON to a file).

mod support;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::dovecot::Dovecot;
use support::*;

const WAIT: Duration = Duration::from_secs(30);

struct Proc {
    child: Child,
    log: Arc<Mutex<Vec<String>>>,
}

impl Proc {
    fn start(config: &Path, home: &Path) -> Proc {
        Proc::start_with_password(config, home, support::dovecot::PASS)
    }

    fn start_with_password(config: &Path, home: &Path, password: &str) -> Proc {
        let mut child = Command::new(env!("CARGO_BIN_EXE_offguard"))
            .args(["run", "--config"])
            .arg(config)
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("OFFGUARD_TEST_PASSWORD", password)
            .env("RUST_LOG", "offguard=info")
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env_remove("NOTIFY_SOCKET")
            .env_remove("JOURNAL_STREAM")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let err = child.stderr.take().unwrap();
        let l2 = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                l2.lock().unwrap().push(line);
            }
        });
        Proc { child, log }
    }

    fn saw(&self, needle: &str) -> bool {
        self.log.lock().unwrap().iter().any(|l| l.contains(needle))
    }

    fn wait_log(&self, needle: &str) -> bool {
        wait_for(WAIT, || self.saw(needle))
    }

    fn log_text(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child.
        unsafe { libc::kill(self.child.id() as i32, sig) };
    }

    /// Waits for exit; returns how long it took.
    fn wait_exit(&mut self, limit: Duration) -> Option<Duration> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.child.try_wait().unwrap().is_some() {
                return Some(start.elapsed());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `notify.command` script that appends each alert to `out` (one JSON per line).
/// With `kill_first`, its first run kills offguard (SIGKILL) mid-delivery.
fn recorder_script(dir: &Path, kill_first: bool) -> (PathBuf, PathBuf) {
    let out = dir.join("alerts.jsonl");
    let script = dir.join("record.sh");
    let kill = if kill_first {
        format!(
            "if [ ! -e {m} ]; then touch {m}; kill -9 $PPID; exit 1; fi\n",
            m = dir.join("killed-once").display()
        )
    } else {
        String::new()
    };
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nline=$(cat | tr -d '\\n')\necho \"$line\" >> {out}\n{kill}",
            out = out.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    (script, out)
}

fn alerts(out: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(out)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn write_config(d: &Dovecot, dir: &Path, script: &Path) -> PathBuf {
    let yaml = config_yaml(
        d,
        "",
        &format!(
            "  desktop: false\n  flood_max: 1000\n  command: [{}]\n",
            script.display()
        ),
    );
    let p = dir.join("config.yaml");
    std::fs::write(&p, yaml).unwrap();
    p
}

#[test]
fn sigterm_during_idle_exits_promptly() {
    let d = Dovecot::start(true);
    let home = tempfile::tempdir().unwrap();
    let (script, _) = recorder_script(home.path(), false);
    let cfg = write_config(&d, home.path(), &script);
    let mut p = Proc::start(&cfg, home.path());
    assert!(p.wait_log("connected"), "{}", p.log_text());
    std::thread::sleep(Duration::from_millis(300)); // in IDLE now
    p.signal(libc::SIGTERM);
    let took = p.wait_exit(Duration::from_secs(5)).expect("exited");
    assert!(took < Duration::from_secs(2), "took {took:?}");
    assert!(p.child.wait().unwrap().success());
}

#[test]
fn sighup_with_a_broken_config_keeps_the_old_one_running() {
    let d = Dovecot::start(true);
    let home = tempfile::tempdir().unwrap();
    let (script, out) = recorder_script(home.path(), false);
    let cfg = write_config(&d, home.path(), &script);
    let p = Proc::start(&cfg, home.path());
    assert!(p.wait_log("connected"), "{}", p.log_text());
    let good = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, good.replace("alert_threshold: 5", "alert_treshold: 5")).unwrap();
    p.signal(libc::SIGHUP);
    assert!(p.wait_log("keeping the running one"), "{}", p.log_text());
    assert!(p.saw("alert_treshold"), "the reason is logged: {}", p.log_text());
    d.client().append("INBOX", &crowdworks("h1", SUSPICIOUS));
    assert!(wait_for(WAIT, || alerts(&out).len() == 1), "{}", p.log_text());
    // A good edit is picked up by the file watcher without a signal.
    let stricter = good
        .replace("alert_threshold: 5", "alert_threshold: 12")
        .replace("medium: 8", "medium: 12");
    std::fs::write(&cfg, stricter).unwrap();
    assert!(p.wait_log("configuration reloaded"), "{}", p.log_text());
    d.client().append("INBOX", &crowdworks("h2", SUSPICIOUS));
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(alerts(&out).len(), 1, "score 10 is below the new threshold 12");
}

#[test]
fn wrong_password_is_reported_and_retried_slowly() {
    let d = Dovecot::start(true);
    let home = tempfile::tempdir().unwrap();
    let (script, _) = recorder_script(home.path(), false);
    let cfg = write_config(&d, home.path(), &script);
    let p = Proc::start_with_password(&cfg, home.path(), "wrong-password-123");
    assert!(p.wait_log("login refused"), "{}", p.log_text());
    let text = p.log_text();
    let line = text.lines().find(|l| l.contains("login refused")).unwrap();
    let secs: u64 = line
        .split("retrying in ")
        .nth(1)
        .and_then(|r| r.trim_end_matches('s').split('s').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no backoff in {line}"));
    assert!(secs >= 200, "slow retry after a refused login: {line}");
    assert!(!text.contains("wrong-password-123"), "the password never appears in the log");
    // One attempt, not a hot loop.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(p.log_text().matches("login refused").count(), 1);
}

#[test]
fn kill_9_mid_delivery_repeats_at_most_the_in_flight_alert() {
    let d = Dovecot::start(true);
    let home = tempfile::tempdir().unwrap();
    let (script, out) = recorder_script(home.path(), true);
    let cfg = write_config(&d, home.path(), &script);
    let mut c = d.client();
    let mut p = Proc::start(&cfg, home.path());
    assert!(p.wait_log("connected"), "{}", p.log_text());
    c.append("INBOX", &crowdworks("k1", SUSPICIOUS));
    // The script kills offguard during the first delivery.
    assert!(p.wait_exit(WAIT).is_some(), "killed");
    c.append("INBOX", &crowdworks("k2", SUSPICIOUS));
    let p2 = Proc::start(&cfg, home.path());
    assert!(wait_for(WAIT, || alerts(&out).len() >= 3), "{}", p2.log_text());
    std::thread::sleep(Duration::from_secs(2));
    let got: Vec<u64> = alerts(&out).iter().map(|a| a["uid"].as_u64().unwrap()).collect();
    // uid 1 twice at most (the in-flight one), uid 2 exactly once.
    assert_eq!(got.iter().filter(|u| **u == 1).count(), 2, "{got:?}");
    assert_eq!(got.iter().filter(|u| **u == 2).count(), 1, "{got:?}");
}
