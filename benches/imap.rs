//! IMAP benchmark against a real Dovecot on loopback (a bench binary, not a test):
//! 1. APPEND → alert latency over 60 mails (p50 / p95), IDLE;
//! 2. initial backlog: 20,000 mails of which 200 are platform mail — time to screen them
//!    all on first start, and how many bodies were fetched;
//! 3. resident memory of an idle `offguard run` after OFFGUARD_BENCH_IDLE_SECS (default 600).
//!
//! Run: `cargo bench --bench imap` (set OFFGUARD_BENCH_IDLE_SECS=30 for a quick look,
//! OFFGUARD_BENCH_ONLY=latency|backlog|rss for one part).
//! Figures go in BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;

use offguard::daemon::Daemon;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use support::dovecot::Dovecot;
use support::*;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn latency() {
    let d = Dovecot::start(true);
    let state = tempfile::tempdir().unwrap();
    let (rec, rx) = recorder();
    let rt = runtime();
    let cfg = config(&d, "", "  desktop: false\n  flood_max: 100000\n");
    let daemon =
        rt.block_on(async { Daemon::start(cfg, None, state.path().to_path_buf(), vec![rec]) });
    let m = daemon.metrics()[0].2.clone();
    assert!(wait_for(Duration::from_secs(30), || m
        .connected
        .load(Ordering::Relaxed)));
    std::thread::sleep(Duration::from_millis(500));
    let mut c = d.client();
    let mut lat = Vec::new();
    for i in 0..60 {
        let mail = crowdworks(&format!("lat{i}"), SUSPICIOUS);
        let t0 = Instant::now();
        c.append("INBOX", &mail);
        rx.recv_timeout(Duration::from_secs(30)).expect("alert");
        lat.push(t0.elapsed());
        std::thread::sleep(Duration::from_millis(100));
    }
    lat.sort();
    println!(
        "append->alert latency over {} mails: p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms",
        lat.len(),
        percentile(&lat, 0.5).as_secs_f64() * 1000.0,
        percentile(&lat, 0.95).as_secs_f64() * 1000.0,
        lat.last().unwrap().as_secs_f64() * 1000.0
    );
    rt.block_on(daemon.stop(Duration::from_secs(5)));
}

/// Writes mails straight into the Maildir (as a delivery agent would).
fn fill_maildir(d: &Dovecot, total: usize, platform: usize) {
    let cur = d.maildir().join("cur");
    std::fs::create_dir_all(&cur).unwrap();
    let every = total / platform;
    for i in 0..total {
        let mail = if i % every == 0 {
            crowdworks(
                &format!("bl{i}"),
                if i % (2 * every) == 0 {
                    SUSPICIOUS
                } else {
                    CLEAN
                },
            )
        } else {
            foreign(&format!("bl{i}"))
        };
        std::fs::write(cur.join(format!("{i}.bench:2,")), mail).unwrap();
    }
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        let st = std::process::Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(d.maildir())
            .status()
            .unwrap();
        assert!(st.success());
    }
}

fn backlog() {
    let d = Dovecot::start(true);
    fill_maildir(&d, 20_000, 200);
    // Let Dovecot index the mailbox first, so the figure is offguard's own work.
    let t = Instant::now();
    d.client().cmd("EXAMINE INBOX");
    let index = t.elapsed();
    let state = tempfile::tempdir().unwrap();
    let (rec, _rx) = recorder();
    let rt = runtime();
    let cfg = config(&d, "", "  desktop: false\n  flood_max: 100000\n");
    let t = Instant::now();
    let daemon =
        rt.block_on(async { Daemon::start(cfg, None, state.path().to_path_buf(), vec![rec]) });
    let m = daemon.metrics()[0].2.clone();
    assert!(wait_for(Duration::from_secs(120), || m
        .screened
        .load(Ordering::Relaxed)
        >= 200));
    let took = t.elapsed();
    println!(
        "backlog of 20000 mails (200 platform): screened {} in {:.2} s, bodies fetched {} \
         (Dovecot's own first indexing before that: {:.2} s)",
        m.screened.load(Ordering::Relaxed),
        took.as_secs_f64(),
        m.fetched.load(Ordering::Relaxed),
        index.as_secs_f64()
    );
    rt.block_on(daemon.stop(Duration::from_secs(5)));
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap()
}

fn idle_rss() {
    let secs: u64 = std::env::var("OFFGUARD_BENCH_IDLE_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let d = Dovecot::start(true);
    let home = tempfile::tempdir().unwrap();
    let cfg = home.path().join("config.yaml");
    std::fs::write(&cfg, config_yaml(&d, "", "  desktop: false\n")).unwrap();
    let mut p = support::process::Proc::start(&cfg, home.path());
    assert!(p.wait_log("connected"));
    // Some work first, so caches are warm as in real use.
    let mut c = d.client();
    for i in 0..20 {
        c.append(
            "INBOX",
            &crowdworks(
                &format!("rss{i}"),
                if i % 2 == 0 { SUSPICIOUS } else { CLEAN },
            ),
        );
    }
    std::thread::sleep(Duration::from_secs(3));
    let after_work = rss_kib(p.child.id());
    std::thread::sleep(Duration::from_secs(secs));
    let idle = rss_kib(p.child.id());
    println!(
        "idle RSS of `offguard run` (1 account, IDLE) after {secs} s: {:.1} MiB (right after 20 mails: {:.1} MiB)",
        idle as f64 / 1024.0,
        after_work as f64 / 1024.0
    );
    p.signal(libc::SIGTERM);
    p.wait_exit(Duration::from_secs(5));
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing to run.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    // OFFGUARD_BENCH_ONLY=latency|backlog|rss runs one part.
    let only = std::env::var("OFFGUARD_BENCH_ONLY").unwrap_or_default();
    let run = |name: &str| only.is_empty() || only == name;
    if run("latency") {
        latency();
    }
    if run("backlog") {
        backlog();
    }
    if run("rss") {
        idle_rss();
    }
}
