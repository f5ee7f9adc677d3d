//! A private desktop for notification tests: its own D-Bus session bus (no service
//! activation, so nothing is auto-started), Xvfb, and dunst with a rule script that records
//! every notification (app name, urgency, category, summary, body) as it arrives.
//! Never touches the user's session bus. Everything stops on drop.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Desktop {
    pub dir: tempfile::TempDir,
    pub bus: String,
    pub display: String,
    dbus: Child,
    xvfb: Child,
    dunst: Option<Child>,
}

/// One notification as dunst's rule script saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub app: String,
    pub urgency: String,
    pub category: String,
    pub summary: String,
    pub body: String,
}

fn kill(child: &mut Child) {
    // SAFETY: kill(2) on our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let start = Instant::now();
    while child.try_wait().ok().flatten().is_none() && start.elapsed() < Duration::from_secs(3) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
}

impl Desktop {
    /// Bus and X server; `with_server` also starts dunst.
    pub fn start(with_server: bool) -> Desktop {
        let dir = tempfile::Builder::new()
            .prefix("offguard-desktop-")
            .tempdir()
            .unwrap();
        let d = dir.path();
        let sock = d.join("bus");
        std::fs::write(
            d.join("bus.conf"),
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                sock.display()
            ),
        )
        .unwrap();
        let dbus = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", d.join("bus.conf").display()))
            .arg("--nofork")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (apt-get install dbus)");
        let start = Instant::now();
        while !sock.exists() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "bus did not start"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        // Xvfb picks a free display itself and reports it (-displayfd): choosing one here
        // would race with parallel tests.
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1024x768x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb (apt-get install xvfb)");
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(xvfb.stdout.take().unwrap()),
            &mut line,
        )
        .unwrap();
        let n: u32 = line.trim().parse().expect("Xvfb reports its display");
        let script = d.join("record.sh");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nprintf '%s\\037%s\\037%s\\037%s\\037%s\\036' \"$DUNST_APP_NAME\" \"$DUNST_URGENCY\" \"$DUNST_CATEGORY\" \"$DUNST_SUMMARY\" \"$DUNST_BODY\" >> {}\n",
                d.join("seen").display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        std::fs::write(
            d.join("dunstrc"),
            format!(
                "[global]\n    history_length = 100\n    sticky_history = yes\n    markup = full\n    stack_duplicates = false\n\
                 [urgency_low]\n    timeout = 0\n[urgency_normal]\n    timeout = 0\n[urgency_critical]\n    timeout = 0\n\
                 [record_everything]\n    summary = \"*\"\n    script = {}\n",
                script.display()
            ),
        )
        .unwrap();
        let mut desk = Desktop {
            bus: format!("unix:path={}", sock.display()),
            display: format!(":{n}"),
            dir,
            dbus,
            xvfb,
            dunst: None,
        };
        if with_server {
            desk.start_server();
        }
        desk
    }

    fn has_server(&self) -> bool {
        let out = Command::new("dbus-send")
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.Notifications",
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).contains("boolean true")
    }

    /// Starts dunst and waits until it owns the notification service name.
    pub fn start_server(&mut self) {
        let child = Command::new("dunst")
            .arg("-config")
            .arg(self.dir.path().join("dunstrc"))
            .env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dunst (apt-get install dunst)");
        self.dunst = Some(child);
        let start = Instant::now();
        while !self.has_server() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "dunst did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn seen(&self) -> Vec<Seen> {
        std::fs::read_to_string(self.dir.path().join("seen"))
            .unwrap_or_default()
            .split('\u{1e}')
            .filter(|r| !r.is_empty())
            .map(|r| {
                let f: Vec<&str> = r.split('\u{1f}').collect();
                Seen {
                    app: f[0].into(),
                    urgency: f[1].into(),
                    category: f[2].into(),
                    summary: f[3].into(),
                    body: f.get(4).copied().unwrap_or("").into(),
                }
            })
            .collect()
    }

    /// Invokes the default action of the newest notification (as a click would).
    pub fn click_newest(&self) {
        let out = Command::new("dunstctl")
            .args(["action", "0"])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        if let Some(mut d) = self.dunst.take() {
            kill(&mut d);
        }
        kill(&mut self.xvfb);
        kill(&mut self.dbus);
    }
}
