//! The systemd user unit (checked offline with systemd-analyze) and the daemon's side of
//! the systemd protocol, seen through a fake NOTIFY_SOCKET.

mod support;

use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use support::dovecot::Dovecot;
use support::process::Proc;

fn unit() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("systemd/offguard.service")
}

/// A fake home with the binary where ExecStart expects it, and a private runtime dir.
fn fake_home() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let bin = home.path().join(".cargo/bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_offguard"), bin.join("offguard")).unwrap();
    let run = home.path().join("run");
    std::fs::create_dir_all(&run).unwrap();
    std::fs::set_permissions(&run, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    home
}

fn analyze(home: &Path, args: &[&str]) -> std::process::Output {
    Command::new("systemd-analyze")
        .args(args)
        .arg(unit())
        .env("HOME", home)
        .env("XDG_RUNTIME_DIR", home.join("run"))
        .output()
        .expect("systemd-analyze (apt-get install systemd)")
}

#[test]
fn unit_verifies_cleanly() {
    let home = fake_home();
    let out = analyze(home.path(), &["--user", "--man=no", "verify"]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.trim().is_empty(),
        "systemd-analyze verify said:\n{text}"
    );
}

#[test]
fn unit_exposure_is_low() {
    let home = fake_home();
    let out = analyze(home.path(), &["--user", "--offline=true", "security"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let score: f64 = text
        .lines()
        .find_map(|l| {
            l.split("Overall exposure level for offguard.service: ")
                .nth(1)
        })
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no score in {text}"));
    assert!(score <= 4.0, "exposure {score}");
}

fn read_until(sock: &UnixDatagram, seen: &mut Vec<String>, want: &str, limit: Duration) -> bool {
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    while start.elapsed() < limit {
        if let Ok(n) = sock.recv(&mut buf) {
            let msg = String::from_utf8_lossy(&buf[..n]).to_string();
            let hit = msg.lines().any(|l| l == want);
            seen.push(msg);
            if hit {
                return true;
            }
        }
    }
    false
}

#[test]
fn notify_socket_sees_ready_reloading_watchdog_and_stopping() {
    let d = Dovecot::start(true);
    let home = tempfile::tempdir().unwrap();
    let sock_path = home.path().join("notify.sock");
    let sock = UnixDatagram::bind(&sock_path).unwrap();
    sock.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let cfg = home.path().join("config.yaml");
    std::fs::write(&cfg, support::config_yaml(&d, "", "  desktop: false\n")).unwrap();
    let mut p = Proc::start_with(
        &cfg,
        home.path(),
        support::dovecot::PASS,
        &[
            ("NOTIFY_SOCKET", Some(sock_path.to_str().unwrap())),
            ("WATCHDOG_USEC", Some("400000")),
        ],
    );
    let mut seen = Vec::new();
    let wait = Duration::from_secs(20);
    assert!(
        read_until(&sock, &mut seen, "READY=1", wait),
        "{seen:?}\n{}",
        p.log_text()
    );
    // READY comes after the first connection attempt.
    assert!(p.saw("connected"), "{}", p.log_text());
    assert!(read_until(&sock, &mut seen, "WATCHDOG=1", wait), "{seen:?}");
    assert!(
        read_until(&sock, &mut seen, "WATCHDOG=1", wait),
        "pings repeat: {seen:?}"
    );
    assert!(
        seen.iter()
            .any(|m| m.starts_with("STATUS=") && m.contains("mailboxes connected")),
        "{seen:?}"
    );
    p.signal(libc::SIGHUP);
    assert!(
        read_until(&sock, &mut seen, "RELOADING=1", wait),
        "{seen:?}"
    );
    assert!(
        read_until(&sock, &mut seen, "READY=1", wait),
        "ready again: {seen:?}"
    );
    p.signal(libc::SIGTERM);
    assert!(read_until(&sock, &mut seen, "STOPPING=1", wait), "{seen:?}");
    assert!(p.wait_exit(Duration::from_secs(5)).is_some());
}

#[test]
fn journal_logs_have_priorities_and_no_timestamps() {
    let home = tempfile::tempdir().unwrap();
    let cfg = home.path().join("config.yaml");
    // No accounts: the daemon warns about it, which is enough to see the format.
    std::fs::write(&cfg, offguard::config::DEFAULT_YAML).unwrap();
    let mut p = Proc::start_with(
        &cfg,
        home.path(),
        "x",
        &[("JOURNAL_STREAM", Some("8:1234"))],
    );
    assert!(
        support::wait_for(Duration::from_secs(20), || p.saw("no IMAP accounts")),
        "{}",
        p.log_text()
    );
    p.signal(libc::SIGTERM);
    p.wait_exit(Duration::from_secs(5));
    let log = p.log_text();
    let warn = log
        .lines()
        .find(|l| l.contains("no IMAP accounts"))
        .unwrap();
    assert!(warn.starts_with("<4>"), "{warn}");
    let info = log
        .lines()
        .find(|l| l.contains("offguard starting"))
        .unwrap();
    // The priority, then the message: no timestamp (the journal adds its own).
    assert!(info.starts_with("<6>offguard starting"), "{info}");
}
