//! Desktop alerts end to end: offguard daemon + Dovecot + a private D-Bus session with dunst
//! under Xvfb. Assertions come from the server side (dunst's rule script).

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;
use support::desktop::{Desktop, Seen};
use support::dovecot::Dovecot;
use support::process::Proc;
use support::*;

const WAIT: Duration = Duration::from_secs(30);

/// Writes the config and a stand-in `xdg-open` that records what it is asked to open.
fn setup(d: &Dovecot, home: &Path, language: &str, flood_max: u32) -> (PathBuf, PathBuf, PathBuf) {
    let bin = home.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let opened = home.join("opened.txt");
    let opener = bin.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\necho \"$@\" >> {}\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let yaml = config_yaml(
        d,
        "",
        &format!("  language: {language}\n  flood_max: {flood_max}\n  flood_window_secs: 60\n"),
    );
    let cfg = home.join("config.yaml");
    std::fs::write(&cfg, yaml).unwrap();
    (cfg, bin, opened)
}

fn run(cfg: &Path, home: &Path, desk: Option<&Desktop>, bin: &Path) -> Proc {
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let bus = desk.map(|d| d.bus.clone());
    let p = Proc::start_with(
        cfg,
        home,
        support::dovecot::PASS,
        &[
            ("DBUS_SESSION_BUS_ADDRESS", bus.as_deref()),
            ("PATH", Some(&path)),
            ("DISPLAY", None),
        ],
    );
    assert!(p.wait_log("connected"), "{}", p.log_text());
    p
}

fn wait_seen(desk: &Desktop, n: usize) -> Vec<Seen> {
    assert!(
        wait_for(WAIT, || desk.seen().len() >= n),
        "saw {:?}",
        desk.seen()
    );
    desk.seen()
}

const HIGH: &str = "お仕事の詳細はLINEでお送りします。LINE ID：kk_work77 を追加してください。\
                    急ぎの場合は 090-1234-5678 まで。今後はクラウドワークスを通さずに直接契約でお願いします。";

#[test]
fn suspicious_mail_becomes_a_notification_in_japanese_clean_mail_does_not() {
    let d = Dovecot::start(true);
    let desk = Desktop::start(true);
    let home = tempfile::tempdir().unwrap();
    let (cfg, bin, _) = setup(&d, home.path(), "ja", 100);
    let _p = run(&cfg, home.path(), Some(&desk), &bin);
    let mut c = d.client();
    c.append("INBOX", &crowdworks("n1", CLEAN));
    c.append("INBOX", &crowdworks("n2", SUSPICIOUS));
    let seen = wait_seen(&desk, 1);
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        desk.seen().len(),
        1,
        "the clean mail raised nothing: {:?}",
        desk.seen()
    );
    let n = &seen[0];
    assert_eq!(n.app, "offguard");
    assert_eq!(n.category, "email.arrived");
    assert_eq!(n.summary, "⚠ クラウドワークス: 外部連絡の提案（LINE・ID）");
    assert_eq!(n.urgency, "NORMAL", "medium severity");
    assert!(n.body.contains("送信者: 佐藤商事"), "{}", n.body);
    assert!(n.body.contains("「LINE」"), "{}", n.body);
    assert!(n.body.contains("サービス外連絡申請"), "{}", n.body);
    assert!(n.body.contains("直接契約には応じない"), "{}", n.body);

    c.append("INBOX", &crowdworks("n3", HIGH));
    let seen = wait_seen(&desk, 2);
    assert_eq!(seen[1].urgency, "CRITICAL", "high severity: {:?}", seen[1]);
    assert!(
        seen[1].summary.contains("直接契約の提案"),
        "{}",
        seen[1].summary
    );
}

#[test]
fn english_notification_and_escaped_markup() {
    let d = Dovecot::start(true);
    let desk = Desktop::start(true);
    let home = tempfile::tempdir().unwrap();
    let (cfg, bin, _) = setup(&d, home.path(), "en", 100);
    let _p = run(&cfg, home.path(), Some(&desk), &bin);
    // The counterpart's display name and the message text are attacker-controlled.
    let text = "<b>重要</b> <a href=\"https://evil.example/x\">こちら</a> &amp; LINE ID：kk_work77 を追加してください";
    d.client()
        .append("INBOX", &crowdworks_from("<i>佐藤</i> & Co", "e1", text));
    let n = &wait_seen(&desk, 1)[0];
    assert_eq!(
        n.summary,
        "⚠ CrowdWorks: off-platform contact request (LINE, ID)"
    );
    assert!(
        n.body.starts_with("From: &lt;i&gt;佐藤&lt;/i&gt; &amp; Co"),
        "{}",
        n.body
    );
    assert!(
        n.body.contains("Ask why they want to leave the platform"),
        "{}",
        n.body
    );
    // What the server received is escaped text, not markup.
    for raw in ["<b>", "<a ", "<i>", "</"] {
        assert!(
            !n.body.contains(raw),
            "{raw} reached the server unescaped: {}",
            n.body
        );
    }
}

#[test]
fn default_action_opens_only_the_platform_url() {
    let d = Dovecot::start(true);
    let desk = Desktop::start(true);
    let home = tempfile::tempdir().unwrap();
    let (cfg, bin, opened) = setup(&d, home.path(), "ja", 100);
    let _p = run(&cfg, home.path(), Some(&desk), &bin);
    // The message text carries its own link; only the platform's link may be opened.
    d.client().append(
        "INBOX",
        &crowdworks(
            "a1",
            "詳細はこちら https://evil.example/line LINE ID：kk_work77 を追加してください",
        ),
    );
    wait_seen(&desk, 1);
    std::thread::sleep(Duration::from_millis(300));
    desk.click_newest();
    assert!(wait_for(WAIT, || opened.exists()), "xdg-open was not run");
    let got = std::fs::read_to_string(&opened).unwrap();
    assert_eq!(
        got.trim(),
        "https://crowdworks.jp/messages/123456789?ref=um_message"
    );
}

#[test]
fn a_burst_becomes_one_digest() {
    let d = Dovecot::start(true);
    let desk = Desktop::start(true);
    let home = tempfile::tempdir().unwrap();
    let (cfg, bin, _) = setup(&d, home.path(), "ja", 3);
    let p = run(&cfg, home.path(), Some(&desk), &bin);
    let mut c = d.client();
    for i in 0..20 {
        c.append("INBOX", &crowdworks(&format!("b{i}"), SUSPICIOUS));
    }
    assert!(
        wait_for(WAIT, || p.log_text().matches("ALERT").count() >= 20),
        "{}",
        p.log_text()
    );
    // Wait until the server has seen everything (the digest gathers for a moment).
    let has_digest = || {
        desk.seen()
            .iter()
            .any(|s| s.summary.contains("要注意メッセージが"))
    };
    assert!(
        wait_for(WAIT, has_digest),
        "no digest: {:?}\n{}",
        desk.seen(),
        p.log_text()
    );
    let mut last = usize::MAX;
    while desk.seen().len() != last {
        last = desk.seen().len();
        std::thread::sleep(Duration::from_secs(3));
    }
    let seen = desk.seen();
    assert!(
        seen.len() <= 4,
        "at most flood_max single popups plus one digest: {seen:?}"
    );
    let digest = seen
        .iter()
        .find(|s| s.summary.contains("要注意メッセージが"))
        .expect("a digest");
    let singles = seen.len() - 1;
    assert!(
        digest.summary.contains(&format!("{}件", 20 - singles)),
        "{} after {singles} single ones: {seen:?}",
        digest.summary
    );
}

#[test]
fn no_notification_server_then_it_appears_nothing_is_lost() {
    let d = Dovecot::start(true);
    let mut desk = Desktop::start(false);
    let home = tempfile::tempdir().unwrap();
    let (cfg, bin, _) = setup(&d, home.path(), "ja", 100);
    let mut p = run(&cfg, home.path(), Some(&desk), &bin);
    d.client().append("INBOX", &crowdworks("q1", SUSPICIOUS));
    assert!(p.wait_log("cannot deliver alert"), "{}", p.log_text());
    assert!(p.wait_log("retrying in"), "{}", p.log_text());
    desk.start_server();
    let seen = wait_seen(&desk, 1);
    assert!(seen[0].summary.contains("LINE"));
    assert!(p.child.try_wait_alive());
}

#[test]
fn no_session_bus_at_all_is_survived() {
    let d = Dovecot::start(true);
    let home = tempfile::tempdir().unwrap();
    let (cfg, bin, _) = setup(&d, home.path(), "ja", 100);
    let p = run(&cfg, home.path(), None, &bin);
    d.client().append("INBOX", &crowdworks("nb1", SUSPICIOUS));
    assert!(p.wait_log("cannot deliver alert"), "{}", p.log_text());
    // Still alive and still watching: the next mail is screened too.
    d.client().append("INBOX", &crowdworks("nb2", CLEAN));
    assert!(wait_for(WAIT, || p.log_text().matches("screened").count() >= 2));
    // The undelivered alert waits in the durable queue.
    let queued = std::fs::read_dir(home.path().join("state/offguard/queue"))
        .unwrap()
        .count();
    assert_eq!(queued, 1);
}

trait Alive {
    fn try_wait_alive(&mut self) -> bool;
}

impl Alive for std::process::Child {
    fn try_wait_alive(&mut self) -> bool {
        self.try_wait().unwrap().is_none()
    }
}
