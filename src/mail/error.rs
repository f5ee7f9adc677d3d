//! Errors from reading a mail.

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("cannot parse an empty mail")]
    Empty,
    #[error("cannot parse mail: {0}")]
    Parse(String),
    #[error("cannot parse mail: no header lines found")]
    NoHeaders,
    #[error("cannot parse mail: {found} multipart sections (limit {max})")]
    TooManyParts { found: usize, max: usize },
}
