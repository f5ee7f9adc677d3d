//! Mail: raw RFC 5322 bytes → headers and readable body text (mailparse), then platform
//! recognition and extraction of the counterpart's own words (`extract`).
//!
//! Handles base64 / quoted-printable / 7bit / 8bit, UTF-8, ISO-2022-JP, Shift_JIS/CP932 and
//! EUC-JP, RFC 2047 headers, multipart/alternative (text/plain preferred, else HTML turned
//! into text) and nested multiparts — within the limits from config.yaml, so that hostile
//! mail costs bounded time and memory.

mod decode;
mod error;
pub mod extract;
pub mod html;

pub use error::MailError;
pub use extract::{classify, Classified, Extraction, Kind};

use crate::config::Limits;
use mailparse::{MailHeaderMap, ParsedMail};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// The parts of a mail that screening needs.
#[derive(Debug, Clone, Default)]
pub struct Mail {
    pub from_addr: String,
    pub subject: String,
    pub message_id: Option<String>,
    /// Best readable body: the first text/plain part, else the first text/html as text.
    pub body: String,
    /// The raw mail was larger than `limits.max_mail_bytes` and was cut.
    pub truncated: bool,
}

/// Parses raw mail bytes.
pub fn parse(raw: &[u8], limits: &Limits) -> Result<Mail, MailError> {
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(MailError::Empty);
    }
    let truncated = raw.len() > limits.max_mail_bytes;
    let raw = &raw[..raw.len().min(limits.max_mail_bytes)];
    // mailparse recurses once per nesting level and keeps every part; count the multipart
    // declarations first so a mail with thousands of parts is refused before parsing.
    let parts = count_multipart(raw);
    if parts > limits.max_mime_parts {
        return Err(MailError::TooManyParts {
            found: parts,
            max: limits.max_mime_parts,
        });
    }
    let parsed = mailparse::parse_mail(raw).map_err(|e| MailError::Parse(e.to_string()))?;
    if parsed.headers.is_empty() {
        return Err(MailError::NoHeaders);
    }
    let headers = parsed.get_headers();
    // Only the address matters, so the raw value will do: no RFC 2047 decoding of the name.
    let raw_value = |key: &str| {
        headers.get_first_header(key).map(|h| {
            String::from_utf8_lossy(h.get_value_raw())
                .trim()
                .to_string()
        })
    };
    let from_addr = address(&raw_value("From").unwrap_or_default());
    let subject = headers
        .get_first_header("Subject")
        .map(|h| decode::header(h.get_value_raw()))
        .unwrap_or_default();
    // Message-ID is ASCII by definition.
    let message_id = raw_value("Message-ID");
    let max_chars = limits.max_screened_chars * 4;
    let body = best_body(&parsed, max_chars, limits.max_mime_parts);
    Ok(Mail {
        from_addr,
        subject: subject.trim().to_string(),
        message_id,
        body,
        truncated,
    })
}

fn count_multipart(raw: &[u8]) -> usize {
    // "multipart/" in any case; the two spellings below cover Multipart/, multipart/ and
    // MULTIPART/ without a per-byte case-insensitive scan of base64 bodies. The finders are
    // built once: building one costs more than searching a small mail.
    static LOWER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"ultipart/"));
    static UPPER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"ULTIPART/"));
    LOWER.find_iter(raw).count() + UPPER.find_iter(raw).count()
}

/// `"Name" <addr@host>`, `addr@host (Name)` or `addr@host` → `addr@host`, lower-cased.
/// Only the sender's domain is used (to recognise a platform), so the display name is
/// never decoded.
fn address(from: &str) -> String {
    // The display name may itself contain `<` inside quotes, so the last <…> is the address.
    let addr = match from.rsplit_once('<') {
        Some((_, r)) => r.split_once('>').map_or(r, |(a, _)| a),
        None => {
            // A bare address, possibly with a comment or a group name around it.
            from.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'))
                .find(|w| w.contains('@'))
                .unwrap_or(from)
        }
    };
    addr.trim().trim_matches('"').to_ascii_lowercase()
}

/// Walks the MIME tree breadth-first (bounded by `max_parts`) and picks the first
/// text/plain part, else the first text/html part converted to text.
fn best_body(root: &ParsedMail, max_chars: usize, max_parts: usize) -> String {
    let mut queue: std::collections::VecDeque<&ParsedMail> = std::collections::VecDeque::new();
    queue.push_back(root);
    let mut html: Option<&ParsedMail> = None;
    let mut visited = 0;
    while let Some(part) = queue.pop_front() {
        visited += 1;
        if visited > max_parts.saturating_mul(4) {
            break;
        }
        let mime = part.ctype.mimetype.as_str();
        // The raw value is enough to spot an attachment; decoding the header is not needed.
        let attachment = part
            .headers
            .get_first_header("Content-Disposition")
            .is_some_and(|h| {
                let v = h.get_value_raw().trim_ascii_start();
                v.get(..10)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"attachment"))
            });
        let is = |m: &str| mime.eq_ignore_ascii_case(m);
        let multipart = mime
            .get(..10)
            .is_some_and(|p| p.eq_ignore_ascii_case("multipart/"));
        if multipart || is("message/rfc822") {
            queue.extend(part.subparts.iter());
            continue;
        }
        if attachment {
            continue;
        }
        if is("text/plain") {
            return decode_text(part, max_chars);
        }
        if is("text/html") && html.is_none() {
            html = Some(part);
        }
    }
    match html {
        Some(p) => html::to_text(&decode_text(p, max_chars * 4), max_chars),
        None => String::new(),
    }
}

/// Body bytes → text. The declared charset is tried first; when it produces errors (a label
/// that lies, e.g. Shift_JIS bytes labelled ISO-2022-JP), the Japanese charsets are tried
/// and the first clean decoding wins.
fn decode_text(part: &ParsedMail, max_chars: usize) -> String {
    use mailparse::body::Body;
    // One look at the transfer encoding (each lookup re-reads the headers).
    let mut bytes = match part.get_body_encoded() {
        Body::QuotedPrintable(b) => decode::quoted_printable(b.get_raw()),
        // Invalid base64: read the undecoded body as text, best effort.
        Body::Base64(b) => b.get_decoded().unwrap_or_else(|_| b.get_raw().to_vec()),
        Body::SevenBit(b) | Body::EightBit(b) => b.get_raw().to_vec(),
        Body::Binary(b) => b.get_raw().to_vec(),
    };
    // Work on a bounded prefix; multi-byte charsets need at most 4 bytes a character.
    bytes.truncate(max_chars.saturating_mul(4).max(1024));
    // Line ends as `\n` only, so layouts and markers need to consider one form. Done on
    // the bytes: in none of the charsets read here is 0x0D 0x0A part of a character.
    crlf_to_lf(&mut bytes);
    let label = part.ctype.charset.trim();
    // A missing label reads as us-ascii; 8-bit text under it is nearly always UTF-8.
    let declared = if label.is_empty()
        || label.eq_ignore_ascii_case("us-ascii")
        || label.eq_ignore_ascii_case("ascii")
    {
        encoding_rs::UTF_8
    } else {
        encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8)
    };
    let bytes = if declared == encoding_rs::UTF_8 {
        // Valid UTF-8 becomes the String without a copy.
        match String::from_utf8(bytes) {
            Ok(text) => return text,
            Err(e) => e.into_bytes(),
        }
    } else {
        bytes
    };
    let (text, had_errors) = declared.decode_without_bom_handling(&bytes);
    if !had_errors {
        return text.into_owned();
    }
    // The label lies (Shift_JIS bytes labelled ISO-2022-JP…): the first clean decoding wins.
    for enc in [
        encoding_rs::UTF_8,
        encoding_rs::SHIFT_JIS,
        encoding_rs::EUC_JP,
        encoding_rs::ISO_2022_JP,
    ] {
        if enc == declared {
            continue;
        }
        let (t, errors) = enc.decode_without_bom_handling(&bytes);
        if !errors {
            return t.into_owned();
        }
    }
    text.into_owned()
}

/// CRLF → LF in place.
fn crlf_to_lf(bytes: &mut Vec<u8>) {
    let mut w = 0;
    let mut r = 0;
    // Move each stretch between CRLFs down over the removed CRs.
    // Writes stay below `r`, so searching on from `r` sees the original bytes.
    static CRLF: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"\r\n"));
    while let Some(k) = CRLF.find(&bytes[r..]) {
        let at = r + k;
        bytes.copy_within(r..at, w);
        w += at - r;
        r = at + 1;
    }
    if r > 0 {
        bytes.copy_within(r.., w);
        let len = w + (bytes.len() - r);
        bytes.truncate(len);
    }
}

#[cfg(test)]
mod tests {
    use super::address;

    #[test]
    fn sender_address_in_every_form() {
        for (from, want) in [
            (
                "=?utf-8?b?44Kv44Op44Km44OJ?= <No-Reply@CrowdWorks.jp>",
                "no-reply@crowdworks.jp",
            ),
            ("\"Sato <PM>\" <sato@example.com>", "sato@example.com"),
            ("noreply@lancers.jp", "noreply@lancers.jp"),
            ("noreply@lancers.jp (Lancers)", "noreply@lancers.jp"),
            ("Team: info@coconala.com;", "info@coconala.com"),
            ("<donotreply@upwork.com>", "donotreply@upwork.com"),
            ("", ""),
        ] {
            assert_eq!(address(from), want, "{from}");
        }
    }

    #[test]
    fn line_ends_become_lf() {
        for (raw, want) in [
            (&b"a\r\nb\r\n"[..], &b"a\nb\n"[..]),
            (b"no breaks", b"no breaks"),
            (b"lone\rcr\r\n", b"lone\rcr\n"),
            (b"\r\n\r\n", b"\n\n"),
            (b"", b""),
        ] {
            let mut v = raw.to_vec();
            super::crlf_to_lf(&mut v);
            assert_eq!(v, want);
        }
    }
}
