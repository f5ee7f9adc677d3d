//! `offguard run` as a child process, with its log collected line by line.
#![allow(dead_code)]

use super::wait_for;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(30);

pub struct Proc {
    pub child: Child,
    log: Arc<Mutex<Vec<String>>>,
}

impl Proc {
    pub fn start(config: &Path, home: &Path) -> Proc {
        Proc::start_with_password(config, home, super::dovecot::PASS)
    }

    pub fn start_with_password(config: &Path, home: &Path, password: &str) -> Proc {
        Proc::start_with(config, home, password, &[])
    }

    /// Starts `offguard run` with extra environment (`(name, Some(value))` sets,
    /// `(name, None)` removes).
    pub fn start_with(
        config: &Path,
        home: &Path,
        password: &str,
        env: &[(&str, Option<&str>)],
    ) -> Proc {
        let mut child = Command::new(env!("CARGO_BIN_EXE_offguard"));
        child
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
            .stderr(Stdio::piped());
        for (k, v) in env {
            match v {
                Some(v) => child.env(k, v),
                None => child.env_remove(k),
            };
        }
        let mut child = child.spawn().unwrap();
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

    pub fn saw(&self, needle: &str) -> bool {
        self.log.lock().unwrap().iter().any(|l| l.contains(needle))
    }

    pub fn wait_log(&self, needle: &str) -> bool {
        wait_for(WAIT, || self.saw(needle))
    }

    pub fn log_text(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child.
        unsafe { libc::kill(self.child.id() as i32, sig) };
    }

    /// Waits for exit; returns how long it took.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<Duration> {
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
