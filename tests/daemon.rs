//! `offguard run` as a process against a real Dovecot: signals, reloads, logs, crash
//! recovery. Alerts are observed through `notify.command` (a script that appends each
//! alert's JSON to a file).

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;
use support::dovecot::Dovecot;
use support::process::Proc;
use support::*;

const WAIT: Duration = Duration::from_secs(30);

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
    std::fs::write(
        &cfg,
        good.replace("alert_threshold: 5", "alert_treshold: 5"),
    )
    .unwrap();
    p.signal(libc::SIGHUP);
    assert!(p.wait_log("keeping the running one"), "{}", p.log_text());
    assert!(
        p.saw("alert_treshold"),
        "the reason is logged: {}",
        p.log_text()
    );
    d.client().append("INBOX", &crowdworks("h1", SUSPICIOUS));
    assert!(
        wait_for(WAIT, || alerts(&out).len() == 1),
        "{}",
        p.log_text()
    );
    // A good edit is picked up by the file watcher without a signal.
    let stricter = good
        .replace("alert_threshold: 5", "alert_threshold: 12")
        .replace("medium: 8", "medium: 12");
    std::fs::write(&cfg, stricter).unwrap();
    assert!(p.wait_log("configuration reloaded"), "{}", p.log_text());
    d.client().append("INBOX", &crowdworks("h2", SUSPICIOUS));
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        alerts(&out).len(),
        1,
        "score 10 is below the new threshold 12"
    );
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
    assert!(
        !text.contains("wrong-password-123"),
        "the password never appears in the log"
    );
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
    assert!(
        p.wait_exit(2 * WAIT).is_some(),
        "not killed: {}",
        p.log_text()
    );
    c.append("INBOX", &crowdworks("k2", SUSPICIOUS));
    let p2 = Proc::start(&cfg, home.path());
    assert!(
        wait_for(WAIT, || alerts(&out).len() >= 3),
        "{}",
        p2.log_text()
    );
    std::thread::sleep(Duration::from_secs(2));
    let got: Vec<u64> = alerts(&out)
        .iter()
        .map(|a| a["uid"].as_u64().unwrap())
        .collect();
    // uid 1 twice at most (the in-flight one), uid 2 exactly once.
    assert_eq!(got.iter().filter(|u| **u == 1).count(), 2, "{got:?}");
    assert_eq!(got.iter().filter(|u| **u == 2).count(), 1, "{got:?}");
}
