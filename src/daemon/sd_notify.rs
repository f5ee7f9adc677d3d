//! The systemd notification protocol (sd_notify): a datagram to `$NOTIFY_SOCKET`.
//! Tiny on purpose; without the variable every call is a no-op.

use std::os::unix::net::UnixDatagram;
use std::time::Duration;

pub struct Notifier {
    socket: Option<(UnixDatagram, std::path::PathBuf)>,
}

impl Notifier {
    pub fn from_env() -> Notifier {
        let socket = std::env::var_os("NOTIFY_SOCKET").and_then(|p| {
            let path = std::path::PathBuf::from(p);
            // Abstract sockets (@name) are not used by user managers; ignore them.
            if path.to_string_lossy().starts_with('@') {
                return None;
            }
            UnixDatagram::unbound().ok().map(|s| (s, path))
        });
        Notifier { socket }
    }

    pub fn send(&self, state: &str) {
        if let Some((s, path)) = &self.socket {
            if let Err(e) = s.send_to(state.as_bytes(), path) {
                tracing::debug!(error = %e, "sd_notify failed");
            }
        }
    }

    pub fn ready(&self) {
        self.send("READY=1");
    }
    pub fn reloading(&self) {
        // systemd ≥ 253 wants MONOTONIC_USEC with RELOADING=1.
        let usec = monotonic_usec();
        self.send(&format!("RELOADING=1\nMONOTONIC_USEC={usec}"));
    }
    pub fn stopping(&self) {
        self.send("STOPPING=1");
    }
    pub fn status(&self, text: &str) {
        self.send(&format!("STATUS={text}"));
    }
    pub fn watchdog(&self) {
        self.send("WATCHDOG=1");
    }

    /// Half of `$WATCHDOG_USEC`, when systemd asks for pings (and they are for this pid).
    pub fn watchdog_interval() -> Option<Duration> {
        let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.parse().ok()?;
        if let Ok(pid) = std::env::var("WATCHDOG_PID") {
            if pid.parse::<u32>().ok()? != std::process::id() {
                return None;
            }
        }
        (usec > 0).then(|| Duration::from_micros(usec / 2))
    }
}

fn monotonic_usec() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec we pass it.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000 + ts.tv_nsec as u64 / 1000
}
