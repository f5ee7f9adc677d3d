//! Connecting: TCP with keepalive and timeouts, then verified TLS (implicit or STARTTLS)
//! with rustls, then login. The TCP socket is shared with a [`Stopper`] so that another
//! thread can shut it down to break a blocking read such as IDLE.

use super::{ImapError, Stopper};
use crate::config::{Account, Auth, TlsMode};
use rustls::pki_types::ServerName;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

/// How long a single command may wait for the server before the connection counts as dead.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// The transport under an IMAP session.
pub enum Conn {
    Plain(TcpStream),
    Tls(Box<rustls::StreamOwned<rustls::ClientConnection, TcpStream>>),
}

impl Conn {
    fn tcp(&self) -> &TcpStream {
        match self {
            Conn::Plain(s) => s,
            Conn::Tls(s) => s.get_ref(),
        }
    }
}

impl Read for Conn {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Conn::Plain(s) => s.read(buf),
            Conn::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Conn {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Conn::Plain(s) => s.write(buf),
            Conn::Tls(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Conn::Plain(s) => s.flush(),
            Conn::Tls(s) => s.flush(),
        }
    }
}

impl imap::extensions::idle::SetReadTimeout for Conn {
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> imap::Result<()> {
        // IDLE clears its timeout when done; commands keep the default one.
        self.tcp()
            .set_read_timeout(timeout.or(Some(COMMAND_TIMEOUT)))
            .map_err(imap::Error::Io)
    }
}

pub type Session = imap::Session<Conn>;

/// TLS client settings: the system roots plus the account's own CA file, if any.
pub fn tls_config(account: &Account) -> Result<Arc<rustls::ClientConfig>, ImapError> {
    let err = |message: String| ImapError::Tls {
        host: account.host.clone(),
        message,
    };
    let mut roots = rustls::RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    for cert in native.certs {
        let _ = roots.add(cert);
    }
    if let Some(ca) = &account.tls_ca_file {
        let pem =
            std::fs::read(ca).map_err(|e| err(format!("cannot read {}: {e}", ca.display())))?;
        let mut n = 0;
        for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
            let cert =
                cert.map_err(|e| err(format!("bad certificate in {}: {e}", ca.display())))?;
            roots
                .add(cert)
                .map_err(|e| err(format!("bad certificate in {}: {e}", ca.display())))?;
            n += 1;
        }
        if n == 0 {
            return Err(err(format!("no certificate in {}", ca.display())));
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| err(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

fn wrap_tls(
    tcp: TcpStream,
    account: &Account,
    config: Arc<rustls::ClientConfig>,
) -> Result<Conn, ImapError> {
    let err = |message: String| ImapError::Tls {
        host: account.host.clone(),
        message,
    };
    let name = ServerName::try_from(account.host.clone()).map_err(|e| err(e.to_string()))?;
    let mut conn = rustls::ClientConnection::new(config, name).map_err(|e| err(e.to_string()))?;
    let mut tcp = tcp;
    // Finish the handshake now, so that a bad certificate is reported as such.
    while conn.is_handshaking() {
        conn.complete_io(&mut tcp).map_err(|e| err(e.to_string()))?;
    }
    Ok(Conn::Tls(Box::new(rustls::StreamOwned::new(conn, tcp))))
}

fn tcp_connect(account: &Account) -> Result<TcpStream, ImapError> {
    let addr = format!("{}:{}", account.host, account.port);
    let err = |source: std::io::Error| ImapError::Connect {
        addr: addr.clone(),
        source,
    };
    let mut last = None;
    for a in addr.to_socket_addrs().map_err(err)? {
        match TcpStream::connect_timeout(&a, CONNECT_TIMEOUT) {
            Ok(s) => {
                s.set_read_timeout(Some(COMMAND_TIMEOUT)).map_err(err)?;
                s.set_write_timeout(Some(COMMAND_TIMEOUT)).map_err(err)?;
                s.set_nodelay(true).map_err(err)?;
                // TCP keepalive notices a dead peer (suspend, network change) within ~90 s
                // even while IDLE waits for 25 minutes.
                let ka = socket2::TcpKeepalive::new()
                    .with_time(Duration::from_secs(60))
                    .with_interval(Duration::from_secs(10))
                    .with_retries(3);
                let _ = socket2::SockRef::from(&s).set_tcp_keepalive(&ka);
                return Ok(s);
            }
            Err(e) => last = Some(e),
        }
    }
    Err(err(last.unwrap_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::NotFound, "no address")
    })))
}

/// Greeting, CAPABILITY and STARTTLS on the raw socket. The imap crate keeps STARTTLS to its
/// own TLS setup, which cannot take our CA or socket options; the exchange is three lines.
fn starttls_prelude(tcp: &mut TcpStream, host: &str) -> Result<(), ImapError> {
    let tls_err = |message: String| ImapError::Tls {
        host: host.to_string(),
        message,
    };
    let greeting = read_line(tcp)?;
    if !greeting.starts_with("* OK") {
        return Err(ImapError::Protocol(format!(
            "unexpected greeting: {}",
            greeting.trim_end()
        )));
    }
    tcp.write_all(b"og0 CAPABILITY\r\n")
        .map_err(|e| ImapError::Protocol(e.to_string()))?;
    let mut starttls = false;
    loop {
        let line = read_line(tcp)?;
        if line.starts_with("* CAPABILITY") || line.starts_with("* OK [CAPABILITY") {
            starttls |= line
                .to_ascii_uppercase()
                .split_whitespace()
                .any(|w| w == "STARTTLS");
        }
        if line.starts_with("og0 ") {
            break;
        }
    }
    if !starttls {
        return Err(tls_err(
            "the server does not offer STARTTLS; refusing to send the password in the clear".into(),
        ));
    }
    tcp.write_all(b"og1 STARTTLS\r\n")
        .map_err(|e| ImapError::Protocol(e.to_string()))?;
    loop {
        let line = read_line(tcp)?;
        if let Some(rest) = line.strip_prefix("og1 ") {
            if rest.starts_with("OK") {
                return Ok(());
            }
            return Err(tls_err(format!("STARTTLS refused: {}", rest.trim_end())));
        }
    }
}

/// One CRLF-terminated line, read byte by byte so nothing after it is consumed (the TLS
/// handshake starts right after the STARTTLS reply).
fn read_line(tcp: &mut TcpStream) -> Result<String, ImapError> {
    let mut line = Vec::new();
    let mut b = [0u8; 1];
    while !line.ends_with(b"\r\n") {
        match tcp.read(&mut b) {
            Ok(0) => return Err(ImapError::Protocol("connection closed".into())),
            Ok(_) => line.push(b[0]),
            Err(e) => return Err(ImapError::Protocol(e.to_string())),
        }
        if line.len() > 8192 {
            return Err(ImapError::Protocol("line too long".into()));
        }
    }
    Ok(String::from_utf8_lossy(&line).into_owned())
}

/// XOAUTH2 (Gmail, Outlook): user and bearer token in one initial response.
struct XOAuth2<'a> {
    user: &'a str,
    token: &'a str,
}

impl imap::Authenticator for XOAuth2<'_> {
    type Response = String;
    fn process(&self, _challenge: &[u8]) -> String {
        format!("user={}\x01auth=Bearer {}\x01\x01", self.user, self.token)
    }
}

/// Connects, secures and logs in. The socket is registered with `stopper` first.
pub fn open(account: &Account, secret: &str, stopper: &Stopper) -> Result<Session, ImapError> {
    let tcp = tcp_connect(account)?;
    stopper.register(tcp.try_clone().map_err(|source| ImapError::Connect {
        addr: account.host.clone(),
        source,
    })?);
    let client = match account.tls {
        TlsMode::Implicit => {
            let conn = wrap_tls(tcp, account, tls_config(account)?)?;
            let mut c = imap::Client::new(conn);
            c.read_greeting()?;
            c
        }
        TlsMode::StartTls => {
            let mut tcp = tcp;
            starttls_prelude(&mut tcp, &account.host)?;
            // No second greeting after STARTTLS: the session goes straight to LOGIN.
            imap::Client::new(wrap_tls(tcp, account, tls_config(account)?)?)
        }
        TlsMode::None => {
            tracing::warn!(
                account = %account.name,
                "INSECURE: talking to the IMAP server without TLS (allow_insecure_plaintext)"
            );
            let mut c = imap::Client::new(Conn::Plain(tcp));
            c.read_greeting()?;
            c
        }
    };
    let auth_err = |e: imap::Error| match e {
        imap::Error::No(n) => ImapError::Auth {
            user: account.username.clone(),
            message: n.information,
        },
        other => other.into(),
    };
    let session = match account.auth {
        Auth::Login => client
            .login(&account.username, secret)
            .map_err(|(e, _)| auth_err(e))?,
        Auth::XOAuth2 => {
            let auth = XOAuth2 {
                user: &account.username,
                token: secret,
            };
            client
                .authenticate("XOAUTH2", &auth)
                .map_err(|(e, _)| auth_err(e))?
        }
    };
    Ok(session)
}
