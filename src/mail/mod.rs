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
mod mime;

pub use error::MailError;
pub use extract::{classify, Classified, Extraction, Kind};

use crate::config::Limits;
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
    let parsed = mime::parse(raw).map_err(|e| MailError::Parse(e.to_string()))?;
    if parsed.headers.is_empty() {
        return Err(MailError::NoHeaders);
    }
    Ok(read(&parsed, truncated, limits))
}

/// The fields of a parsed mail (shared with the test that checks [`mime`] against
/// mailparse's own tree).
fn read<P: Node>(parsed: &P, truncated: bool, limits: &Limits) -> Mail {
    // Only the address matters, so the raw value will do: no RFC 2047 decoding of the name.
    let raw_value = |key: &str| parsed.raw_header(key).map(String::from_utf8_lossy);
    let from_addr = address(raw_value("From").as_deref().unwrap_or_default().trim());
    let subject = parsed
        .raw_header("Subject")
        .map(decode::header)
        .unwrap_or_default();
    // Message-ID is ASCII by definition.
    let message_id = raw_value("Message-ID").map(|v| v.trim().to_string());
    let max_chars = limits.max_screened_chars * 4;
    let body = best_body(parsed, max_chars, limits.max_mime_parts);
    Mail {
        from_addr,
        subject: subject.trim().to_string(),
        message_id,
        body,
        truncated,
    }
}

/// What body selection needs of a MIME part: [`mime::Part`] in offguard, mailparse's
/// own tree in the test that compares the two.
trait Node: Sized {
    fn raw_header(&self, key: &str) -> Option<&[u8]>;
    fn mimetype(&self) -> &str;
    fn charset(&self) -> &str;
    fn children(&self) -> &[Self];
    fn encoded(&self) -> mailparse::body::Body<'_>;
}

impl Node for mime::Part<'_> {
    fn raw_header(&self, key: &str) -> Option<&[u8]> {
        self.header(key).map(|h| h.value)
    }
    fn mimetype(&self) -> &str {
        &self.ctype.mimetype
    }
    fn charset(&self) -> &str {
        &self.ctype.charset
    }
    fn children(&self) -> &[Self] {
        &self.subparts
    }
    fn encoded(&self) -> mailparse::body::Body<'_> {
        self.body_encoded()
    }
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
fn best_body<P: Node>(root: &P, max_chars: usize, max_parts: usize) -> String {
    let mut queue: std::collections::VecDeque<&P> = std::collections::VecDeque::new();
    queue.push_back(root);
    let mut html: Option<&P> = None;
    let mut visited = 0;
    while let Some(part) = queue.pop_front() {
        visited += 1;
        if visited > max_parts.saturating_mul(4) {
            break;
        }
        let mime = part.mimetype();
        // The raw value is enough to spot an attachment; decoding the header is not needed.
        let attachment = part.raw_header("Content-Disposition").is_some_and(|v| {
            let v = v.trim_ascii_start();
            v.get(..10)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"attachment"))
        });
        let is = |m: &str| mime.eq_ignore_ascii_case(m);
        let multipart = mime
            .get(..10)
            .is_some_and(|p| p.eq_ignore_ascii_case("multipart/"));
        if multipart || is("message/rfc822") {
            queue.extend(part.children().iter());
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
fn decode_text<P: Node>(part: &P, max_chars: usize) -> String {
    use mailparse::body::Body;
    // One look at the transfer encoding (each lookup re-reads the headers).
    let mut bytes = match part.encoded() {
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
    let label = part.charset().trim();
    // A missing label reads as us-ascii; 8-bit text under it is nearly always UTF-8.
    let declared = if label.is_empty()
        || label.eq_ignore_ascii_case("us-ascii")
        || label.eq_ignore_ascii_case("ascii")
    {
        encoding_rs::UTF_8
    } else {
        decode::charset(label.as_bytes()).unwrap_or(encoding_rs::UTF_8)
    };
    if declared == encoding_rs::UTF_8 && simdutf8::basic::from_utf8(&bytes).is_ok() {
        // Valid UTF-8 becomes the String without a copy. simdutf8 validates a Japanese
        // body several times faster than `String::from_utf8`, which would only check
        // the same again.
        // SAFETY: `bytes` was just validated as UTF-8.
        return unsafe { String::from_utf8_unchecked(bytes) };
    }
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
    use super::{address, Node};
    use mailparse::{MailHeaderMap, ParsedMail};

    /// mailparse's own tree, for checking that [`super::mime`] reads mail the same way.
    impl Node for ParsedMail<'_> {
        fn raw_header(&self, key: &str) -> Option<&[u8]> {
            self.headers
                .get_first_header(key)
                .map(|h| h.get_value_raw())
        }
        fn mimetype(&self) -> &str {
            &self.ctype.mimetype
        }
        fn charset(&self) -> &str {
            &self.ctype.charset
        }
        fn children(&self) -> &[Self] {
            &self.subparts
        }
        fn encoded(&self) -> mailparse::body::Body<'_> {
            self.get_body_encoded()
        }
    }

    /// Test support: [`super::parse`] with mailparse's tree instead of [`super::mime`].
    pub(crate) fn parse_with_mailparse(
        raw: &[u8],
        limits: &crate::config::Limits,
    ) -> Result<super::Mail, String> {
        let truncated = raw.len() > limits.max_mail_bytes;
        let raw = &raw[..raw.len().min(limits.max_mail_bytes)];
        let parsed = mailparse::parse_mail(raw).map_err(|e| e.to_string())?;
        if parsed.headers.is_empty() {
            return Err("no headers".into());
        }
        Ok(super::read(&parsed, truncated, limits))
    }

    /// Every mail mkeml.py builds from both corpora (six encodings, the extras too), and
    /// the golden fixtures.
    fn corpus_mails() -> Vec<Vec<u8>> {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let shared = std::env::var_os("OFFGUARD_SHARED")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| root.join("../shared"));
        let dir = tempfile::tempdir().unwrap();
        let mut mails: Vec<Vec<u8>> = Vec::new();
        for (messages, extras) in [
            (shared.join("corpus/dev-messages.txt"), true),
            (root.join("tests/corpus/probe-messages.txt"), false),
        ] {
            let out = dir.path().join(mails.len().to_string());
            let mut cmd = std::process::Command::new("python3");
            cmd.arg(shared.join("corpus/mkeml.py"))
                .arg(&messages)
                .arg(&out);
            if extras {
                cmd.arg("--extras");
            }
            assert!(cmd.output().unwrap().status.success(), "mkeml.py");
            for e in std::fs::read_dir(&out).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "eml") {
                    mails.push(std::fs::read(p).unwrap());
                }
            }
        }
        for e in std::fs::read_dir(root.join("tests/golden")).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "eml") {
                mails.push(std::fs::read(p).unwrap());
            }
        }
        assert!(mails.len() > 1000, "only {} mails", mails.len());
        mails
    }

    /// The platforms' expressions run on the matcher, and find on every corpus mail's
    /// subject, body and body lines what the regex crate finds.
    #[test]
    fn platform_expressions_search_as_the_regex_crate_does() {
        let config = crate::config::Config::embedded();
        let mut all: Vec<&crate::pattern::Regex> = Vec::new();
        for p in &config.platforms {
            all.extend(&p.message_subjects);
            all.extend(&p.boilerplate);
            all.extend(&p.footer_start);
            all.push(&p.message_url);
            if let Some(m) = &p.message {
                all.extend([&m.start, &m.end]);
            }
        }
        for r in &all {
            assert!(r.is_fast(), "{} is not on the matcher", r.as_str());
        }
        let reference: Vec<regex::Regex> = all
            .iter()
            .map(|r| regex::Regex::new(r.as_str()).unwrap())
            .collect();
        for raw in corpus_mails() {
            let Ok(mail) = super::parse(&raw, &config.limits) else {
                continue;
            };
            let mut hays = vec![mail.subject.as_str(), mail.body.as_str()];
            hays.extend(mail.body.lines());
            for (ours, re) in all.iter().zip(&reference) {
                for hay in &hays {
                    let want = re
                        .captures(hay)
                        .map(|c| (c.get(0).unwrap().range(), c.name("name").map(|m| m.range())));
                    assert_eq!(ours.find_named(hay), want, "{} on {hay:?}", re.as_str());
                }
            }
        }
    }

    /// The light MIME walk reads every corpus mail, the golden fixtures and some broken
    /// shapes exactly as mailparse's tree does, down to the error for mail mailparse
    /// refuses.
    #[test]
    fn light_walk_reads_mail_as_mailparse_does() {
        let mut mails = corpus_mails();
        let head = "From: no-reply@crowdworks.jp\r\nSubject: =?utf-8?b?44OG44K544OI?=\r\n";
        for broken in [
            format!("{head}Content-Type: multipart/alternative; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\ncut here"),
            format!("{head}Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!"),
            format!("{head}Content-Type: text/plain; charset=iso-2022-jp\r\n\r\nシフトJISのふり"),
            format!("{head}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Disposition: attachment\r\n\r\nfile\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n--b--"),
            format!("{head}Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody"),
            format!("{head} folded start\r\n\r\nbody"),
            "Subject: only headers\r\n".to_string(),
            "\r\n\r\nno headers".to_string(),
        ] {
            mails.push(broken.into_bytes());
        }
        let limits = crate::config::Config::embedded().limits;
        for raw in &mails {
            let ours = super::parse(raw, &limits).map_err(|e| e.to_string());
            let theirs = parse_with_mailparse(raw, &limits);
            match (ours, theirs) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(
                        (
                            &a.from_addr,
                            &a.subject,
                            &a.message_id,
                            &a.body,
                            a.truncated
                        ),
                        (
                            &b.from_addr,
                            &b.subject,
                            &b.message_id,
                            &b.body,
                            b.truncated
                        ),
                        "{}",
                        String::from_utf8_lossy(raw)
                    );
                }
                (Err(_), Err(_)) => {}
                (a, b) => panic!(
                    "ours {:?}, mailparse {:?}: {}",
                    a.map(|_| ()),
                    b.map(|_| ()),
                    String::from_utf8_lossy(raw)
                ),
            }
        }
    }

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
