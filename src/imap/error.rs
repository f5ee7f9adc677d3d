//! Errors of the IMAP source.

#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("cannot connect to {addr}: {source}")]
    Connect {
        addr: String,
        source: std::io::Error,
    },
    #[error("cannot set up TLS with {host}: {message}")]
    Tls { host: String, message: String },
    /// The server refused the credentials: retried slowly, never in a hot loop.
    #[error("cannot log in as {user}: the server refused the user name or password ({message})")]
    Auth { user: String, message: String },
    #[error("cannot get the password for account {account}: {message}")]
    Secret { account: String, message: String },
    #[error("cannot use the server: {0}")]
    Protocol(String),
    #[error("cannot open mailbox {mailbox}: {message}")]
    Mailbox { mailbox: String, message: String },
    #[error("cannot save state {path}: {source}")]
    State {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("cannot hand over the alert: the notifier is gone")]
    Handoff,
    #[error("stopped")]
    Stopped,
}

impl From<imap::Error> for ImapError {
    fn from(e: imap::Error) -> Self {
        ImapError::Protocol(e.to_string())
    }
}
