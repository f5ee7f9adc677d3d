//! Shared harness for the service tests: Dovecot, mails, configs, a recording sink.
#![allow(dead_code)]

pub mod desktop;
pub mod dovecot;
pub mod process;

use offguard::config::Config;
use offguard::notify::{Delivery, Sink};
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn b64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in data.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(T[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn encoded(s: &str) -> String {
    format!("=?UTF-8?B?{}?=", b64(s.as_bytes()))
}

/// A CrowdWorks message notification carrying `text`, with Message-ID `<id@crowdworks.jp>`.
pub fn crowdworks(id: &str, text: &str) -> Vec<u8> {
    crowdworks_from("佐藤商事", id, text)
}

/// The same, from a counterpart called `name` (it appears in the subject).
pub fn crowdworks_from(name: &str, id: &str, text: &str) -> Vec<u8> {
    let body = format!(
        "ワーカー様\r\n\r\n佐藤商事さんから新着メッセージが届きました。\r\n\r\n\
         ----------------------------------------------------------------\r\n{}\r\n\
         ----------------------------------------------------------------\r\n\r\n\
         ▼メッセージを確認・返信する\r\nhttps://crowdworks.jp/messages/123456789?ref=um_message\r\n\r\n\
         ※クラウドワークスのサービス外での連絡（LINE・電話・メール等）や直接契約の勧誘は禁止されています。\r\n",
        text.replace('\n', "\r\n")
    );
    format!(
        "From: {} <no-reply@crowdworks.jp>\r\nTo: worker@example.jp\r\nSubject: {}\r\n\
         Date: Sat, 28 Nov 2026 10:00:00 +0900\r\nMessage-ID: <{id}@crowdworks.jp>\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{}\r\n",
        encoded("クラウドワークス"),
        encoded(&format!(
            "【クラウドワークス】{name}さんからメッセージが届きました"
        )),
        b64(body.as_bytes())
    )
    .into_bytes()
}

pub const SUSPICIOUS: &str = "詳細はLINEでお送りします。ID：sato_hr2026 を追加してください。";
pub const CLEAN: &str = "納期の件、承知しました。1日延長で問題ありません。";

/// Ordinary personal mail (not from a platform) that would alert if it were screened.
pub fn foreign(id: &str) -> Vec<u8> {
    format!(
        "From: friend <friend@example.net>\r\nTo: worker@example.jp\r\nSubject: hi\r\n\
         Message-ID: <{id}@example.net>\r\nDate: Sat, 28 Nov 2026 10:00:00 +0900\r\n\r\n\
         LINE ID: friend_123 add me! 090-1234-5678\r\n"
    )
    .into_bytes()
}

/// The embedded config plus one account for `d` (YAML appended to the accounts list).
pub fn config_yaml(d: &dovecot::Dovecot, account_extra: &str, notify_extra: &str) -> String {
    let account = format!(
        "accounts:\n  - name: test\n    host: localhost\n    port: {}\n    tls: implicit\n    \
         tls_ca_file: {}\n    username: {}\n    password_env: OFFGUARD_TEST_PASSWORD\n{}",
        d.tls_port,
        d.ca.display(),
        dovecot::USER,
        account_extra
    );
    let base = offguard::config::DEFAULT_YAML.replacen("accounts: []", &account, 1);
    // Each `  key: value` line of notify_extra replaces that key in the notify section.
    let (head, notify) = base.split_at(base.find("\nnotify:\n").expect("notify section"));
    let mut lines: Vec<String> = notify.lines().map(str::to_string).collect();
    for extra in notify_extra.lines().filter(|l| !l.trim().is_empty()) {
        let key = extra.trim().split(':').next().unwrap().to_string();
        match lines.iter().position(|l| {
            l.trim_start().starts_with(&format!("{key}:")) && !l.trim_start().starts_with('#')
        }) {
            Some(i) => lines[i] = extra.to_string(),
            None => lines.push(extra.to_string()),
        }
    }
    format!("{head}{}\n", lines.join("\n"))
}

pub fn config(d: &dovecot::Dovecot, account_extra: &str, notify_extra: &str) -> Config {
    std::env::set_var("OFFGUARD_TEST_PASSWORD", dovecot::PASS);
    Config::from_yaml(
        &config_yaml(d, account_extra, notify_extra),
        Path::new("test.yaml"),
    )
    .expect("test config is valid")
}

/// Records what the hub delivers.
pub struct Recorder {
    tx: Mutex<mpsc::Sender<Delivery>>,
}

impl Sink for Recorder {
    fn name(&self) -> &str {
        "recorder"
    }
    fn deliver(&self, d: &Delivery, _: &offguard::config::Notify) -> Result<(), String> {
        let _ = self.tx.lock().unwrap().send(d.clone());
        Ok(())
    }
}

pub fn recorder() -> (Arc<Recorder>, mpsc::Receiver<Delivery>) {
    let (tx, rx) = mpsc::channel();
    (Arc::new(Recorder { tx: Mutex::new(tx) }), rx)
}

/// Waits until `f` is true or `limit` passes.
pub fn wait_for(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    f()
}

/// Message-IDs (local part) of the alerts in deliveries received within `limit`.
pub fn alerts_within(rx: &mpsc::Receiver<Delivery>, limit: Duration) -> Vec<String> {
    let deadline = Instant::now() + limit;
    let mut out = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(d) => out.extend(d.alerts().iter().map(|a| a.uid.to_string())),
            Err(_) => break,
        }
    }
    out
}
