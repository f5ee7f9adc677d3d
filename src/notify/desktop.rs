//! Desktop notifications over D-Bus (notify-rust, pure-Rust zbus). Fails cleanly when there
//! is no session bus or no notification server: the hub then keeps the alert queued and
//! retries.

use super::text;
use super::{Delivery, Sink};
use crate::config::Notify;
use notify_rust::{Hint, Notification, Timeout, Urgency};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// At most this many notifications wait for a click at once (one thread each).
const MAX_WAITING: usize = 16;

#[derive(Default)]
pub struct DesktopSink {
    waiting: Arc<AtomicUsize>,
}

impl Sink for DesktopSink {
    fn name(&self) -> &str {
        "desktop"
    }

    fn deliver(&self, d: &Delivery, settings: &Notify) -> Result<(), String> {
        if !settings.desktop {
            return Ok(());
        }
        let lang = text::language(settings.language);
        let mut n = Notification::new();
        n.appname("offguard")
            .summary(&text::summary(d, lang))
            .body(&text::body(d, lang, settings.excerpt_chars))
            .icon("dialog-warning")
            .hint(Hint::Category("email.arrived".into()))
            .hint(Hint::DesktopEntry("offguard".into()))
            .timeout(Timeout::Never);
        let severity = match d {
            Delivery::One(a) => a.verdict.severity.as_str(),
            Delivery::Digest(v) => {
                if v.iter().any(|a| a.verdict.severity == "high") {
                    "high"
                } else {
                    "medium"
                }
            }
        };
        n.urgency(match severity {
            "high" => Urgency::Critical,
            "medium" => Urgency::Normal,
            _ => Urgency::Low,
        });
        let url = match d {
            Delivery::One(a) => text::safe_url(a, &settings.platform_domains).map(str::to_string),
            Delivery::Digest(_) => None,
        };
        let with_action = url.is_some() && self.waiting.load(Ordering::Relaxed) < MAX_WAITING;
        if with_action {
            n.action("default", "メッセージを開く / Open message");
        }
        let handle = n
            .show()
            .map_err(|e| format!("cannot show notification: {e}"))?;
        if let (true, Some(url)) = (with_action, url) {
            let waiting = self.waiting.clone();
            waiting.fetch_add(1, Ordering::Relaxed);
            let spawned = std::thread::Builder::new()
                .name("notify-action".into())
                .spawn(move || {
                    handle.wait_for_action(|action| {
                        if action == "default" {
                            open(&url);
                        }
                    });
                    waiting.fetch_sub(1, Ordering::Relaxed);
                });
            if spawned.is_err() {
                self.waiting.fetch_sub(1, Ordering::Relaxed);
            }
        }
        Ok(())
    }
}

/// Opens the platform's URL with the desktop's opener (no shell involved). Under systemd
/// the service's sandbox (read-only home, no W^X memory) would be inherited by the browser,
/// so the opener is started as its own transient user unit instead.
fn open(url: &str) {
    let under_systemd = std::env::var_os("INVOCATION_ID").is_some();
    if under_systemd {
        let status = std::process::Command::new("systemd-run")
            .args(["--user", "--collect", "--quiet", "--", "xdg-open", url])
            .status();
        if status.is_ok_and(|s| s.success()) {
            return;
        }
    }
    match std::process::Command::new("xdg-open").arg(url).spawn() {
        Ok(mut child) => {
            let _ = child.wait();
        }
        Err(e) => tracing::warn!(error = %e, "cannot run xdg-open"),
    }
}
