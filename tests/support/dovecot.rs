//! A throwaway Dovecot 2.3 on loopback with a test CA, for the IMAP acceptance tests and
//! benchmarks. Runs rootless as the current user, or, under root, as `nobody` via setpriv
//! (Dovecot refuses mail UID 0). Everything lives in a temp dir that is removed on drop;
//! the server is stopped on drop too, also when a test fails.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Debian installs dovecot in /usr/sbin, which a normal user's PATH often lacks.
fn dovecot_bin() -> &'static str {
    const SBIN: &str = "/usr/sbin/dovecot";
    if Path::new(SBIN).exists() {
        SBIN
    } else {
        "dovecot"
    }
}

pub const USER: &str = "test";
pub const PASS: &str = "s3cret-pass";

pub struct Dovecot {
    pub dir: tempfile::TempDir,
    pub plain_port: u16,
    pub tls_port: u16,
    pub ca: PathBuf,
    child: Option<Child>,
    /// Under root: the uid/gid Dovecot runs as.
    run_as: Option<(u32, u32)>,
    idle: bool,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

fn run(cmd: &mut Command) {
    let out = cmd.output().expect("command runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA and a leaf for localhost / 127.0.0.1 (rustls rejects a self-signed CA:TRUE leaf).
pub fn make_tls(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let p = |f: &str| dir.join(f);
    run(Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=offguard test CA",
        ])
        .arg("-keyout")
        .arg(p("ca.key"))
        .arg("-out")
        .arg(p("ca.pem")));
    std::fs::write(
        p("leaf.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=critical,CA:FALSE\n",
    )
    .unwrap();
    run(Command::new("openssl")
        .args([
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
        ])
        .arg("-keyout")
        .arg(p("key.pem"))
        .arg("-out")
        .arg(p("leaf.csr")));
    run(Command::new("openssl")
        .args(["x509", "-req", "-days", "2", "-CAcreateserial"])
        .arg("-in")
        .arg(p("leaf.csr"))
        .arg("-CA")
        .arg(p("ca.pem"))
        .arg("-CAkey")
        .arg(p("ca.key"))
        .arg("-extfile")
        .arg(p("leaf.ext"))
        .arg("-out")
        .arg(p("cert.pem")));
}

impl Dovecot {
    /// Starts a server; `idle: false` removes IDLE from its capabilities.
    pub fn start(idle: bool) -> Dovecot {
        let dir = tempfile::Builder::new()
            .prefix("offguard-dovecot-")
            .tempdir()
            .unwrap();
        let root = dir.path().to_path_buf();
        make_tls(&root.join("tls"));
        let run_as = is_root().then_some((65534u32, 65534u32));
        let (uid, gid) = run_as.unwrap_or_else(|| unsafe { (libc::geteuid(), libc::getegid()) });
        let home = root.join("home");
        std::fs::create_dir_all(home.join("Maildir")).unwrap();
        std::fs::write(
            root.join("users"),
            format!("{USER}:{{PLAIN}}{PASS}:{uid}:{gid}::{}::\n", home.display()),
        )
        .unwrap();
        let mut d = Dovecot {
            dir,
            plain_port: free_port(),
            tls_port: free_port(),
            ca: root.join("tls/ca.pem"),
            child: None,
            run_as,
            idle,
        };
        d.write_config();
        if let Some((uid, gid)) = run_as {
            run(Command::new("chown")
                .arg("-R")
                .arg(format!("{uid}:{gid}"))
                .arg(&root));
            // The temp dir itself must be reachable for nobody.
            run(Command::new("chmod").arg("755").arg(&root));
        }
        d.spawn(true);
        d
    }

    fn user_name(&self) -> String {
        match self.run_as {
            Some(_) => "nobody".into(),
            None => String::from_utf8(Command::new("id").arg("-un").output().unwrap().stdout)
                .unwrap()
                .trim()
                .to_string(),
        }
    }

    fn group_name(&self) -> String {
        match self.run_as {
            Some(_) => "nogroup".into(),
            None => String::from_utf8(Command::new("id").arg("-gn").output().unwrap().stdout)
                .unwrap()
                .trim()
                .to_string(),
        }
    }

    fn write_config(&self) {
        let r = self.dir.path();
        let caps = if self.idle {
            String::new()
        } else {
            // The default capability list without IDLE.
            "imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ NAMESPACE UIDPLUS\n".to_string()
        };
        let name = r.file_name().unwrap().to_string_lossy();
        let conf = format!(
            r#"protocols = imap
listen = 127.0.0.1
base_dir = {r}/run
state_dir = {r}/run/state
instance_name = {name}
log_path = {r}/dovecot.log
ssl = yes
ssl_cert = <{r}/tls/cert.pem
ssl_key = <{r}/tls/key.pem
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
{caps}passdb {{
  driver = passwd-file
  args = scheme=PLAIN {r}/users
}}
userdb {{
  driver = passwd-file
  args = {r}/users
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
"#,
            r = r.display(),
            plain = self.plain_port,
            tls = self.tls_port,
            user = self.user_name(),
            group = self.group_name(),
        );
        std::fs::write(r.join("dovecot.conf"), conf).unwrap();
    }

    /// Starts the server and waits for both ports. `fresh_ports`: when it exits at once
    /// (most likely a port taken by a parallel test in the meantime), try a few times more
    /// on new ports.
    fn spawn(&mut self, fresh_ports: bool) {
        let mut retries = if fresh_ports { 5 } else { 0 };
        loop {
            let conf = self.dir.path().join("dovecot.conf");
            let mut cmd = match self.run_as {
                Some((uid, gid)) => {
                    let mut c = Command::new("setpriv");
                    c.arg(format!("--reuid={uid}"))
                        .arg(format!("--regid={gid}"))
                        .arg("--clear-groups")
                        .arg(dovecot_bin());
                    c
                }
                None => Command::new(dovecot_bin()),
            };
            cmd.arg("-c")
                .arg(&conf)
                .arg("-F")
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            self.child = Some(
                cmd.spawn()
                    .expect("dovecot starts (apt-get install dovecot-imapd)"),
            );
            let start = Instant::now();
            let exited = loop {
                let up = TcpStream::connect(("127.0.0.1", self.tls_port)).is_ok()
                    && TcpStream::connect(("127.0.0.1", self.plain_port)).is_ok();
                if up {
                    return;
                }
                assert!(
                    start.elapsed() < Duration::from_secs(15),
                    "dovecot did not start: {}",
                    self.log()
                );
                if let Some(Ok(Some(status))) = self.child.as_mut().map(|c| c.try_wait()) {
                    break status;
                }
                std::thread::sleep(Duration::from_millis(20));
            };
            self.child = None;
            assert!(
                retries > 0,
                "dovecot exited at start ({exited}); is dovecot-imapd installed? log: {}",
                self.log()
            );
            retries -= 1;
            self.plain_port = free_port();
            self.tls_port = free_port();
            self.write_config();
        }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("dovecot.log")).unwrap_or_default()
    }

    /// Stops the server (as a crash or maintenance would), waiting until it is gone.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // SAFETY: plain kill(2) on our own child.
            unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
            let _ = child.wait();
        }
        let pid = self.dir.path().join("run/master.pid");
        let start = Instant::now();
        while pid.exists() && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Starts it again on the same ports and mail store.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn(false);
    }

    pub fn maildir(&self) -> PathBuf {
        self.dir.path().join("home/Maildir")
    }

    pub fn client(&self) -> MiniImap {
        MiniImap::login(self.plain_port)
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A few lines of IMAP for the tests' side (APPEND, flags, mailbox admin) over the plain
/// port, so the test client shares no code with the client under test.
pub struct MiniImap {
    r: BufReader<TcpStream>,
    w: TcpStream,
    tag: u32,
}

impl MiniImap {
    pub fn login(port: u16) -> MiniImap {
        let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        let mut m = MiniImap {
            r: BufReader::new(s.try_clone().unwrap()),
            w: s,
            tag: 0,
        };
        let mut greeting = String::new();
        m.r.read_line(&mut greeting).unwrap();
        m.cmd(&format!("LOGIN {USER} {PASS}"));
        m
    }

    /// Runs a command; returns the untagged lines. Panics unless OK.
    pub fn cmd(&mut self, c: &str) -> Vec<String> {
        self.tag += 1;
        let tag = format!("t{}", self.tag);
        write!(self.w, "{tag} {c}\r\n").unwrap();
        self.read_until(&tag)
    }

    fn read_until(&mut self, tag: &str) -> Vec<String> {
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            let n = self.r.read_line(&mut line).unwrap();
            assert!(n > 0, "connection closed");
            if let Some(rest) = line.strip_prefix(&format!("{tag} ")) {
                assert!(rest.starts_with("OK"), "{tag}: {rest} after {lines:?}");
                return lines;
            }
            // Literals: read the announced bytes too.
            if let Some(n) = line
                .trim_end()
                .strip_suffix('}')
                .and_then(|l| l.rsplit_once('{'))
                .and_then(|(_, n)| n.parse::<usize>().ok())
            {
                let mut buf = vec![0; n];
                self.r.read_exact(&mut buf).unwrap();
                line.push_str(&String::from_utf8_lossy(&buf));
            }
            lines.push(line);
        }
    }

    pub fn append(&mut self, mailbox: &str, mail: &[u8]) {
        self.tag += 1;
        let tag = format!("t{}", self.tag);
        write!(self.w, "{tag} APPEND {mailbox} {{{}}}\r\n", mail.len()).unwrap();
        let mut cont = String::new();
        self.r.read_line(&mut cont).unwrap();
        assert!(cont.starts_with('+'), "{cont}");
        self.w.write_all(mail).unwrap();
        self.w.write_all(b"\r\n").unwrap();
        self.read_until(&tag);
    }

    /// FLAGS of every message in `mailbox`.
    pub fn flags(&mut self, mailbox: &str) -> Vec<String> {
        self.cmd(&format!("EXAMINE {mailbox}"));
        self.cmd("FETCH 1:* (FLAGS)")
    }
}
