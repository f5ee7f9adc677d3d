//! Platform recognition and extraction of the counterpart's own words.
//!
//! A mail is a *message notification* of a known platform (screen it), *other platform
//! mail* (newsletters, contract notices, 申請 approved — never alert) or *foreign* (not from
//! a platform — skipped). Forwarded copies (`Fwd:`, `転送:`) are recognised by the platform
//! headers quoted inside them. Only the text between the platform's markers is screened:
//! the platform's own footer warns about LINE and 直接契約 and must never cause an alert.

use super::Mail;
use crate::config::{Config, Platform};
use regex::Regex;
use serde::Serialize;
use std::borrow::Cow;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Message,
    Other,
    Foreign,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Message => "message",
            Kind::Other => "other",
            Kind::Foreign => "foreign",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// Found between the platform's markers.
    Markers,
    /// Markers not found: the body minus known boilerplate.
    Fallback,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extraction {
    pub text: String,
    pub method: Method,
}

#[derive(Debug, Clone)]
pub struct Classified<'c> {
    pub platform: Option<&'c Platform>,
    pub kind: Kind,
    pub forwarded: bool,
    /// The counterpart's name from the subject, when the subject pattern captures it.
    pub counterpart: Option<String>,
    /// The platform's own link to the message (never a link from the message text).
    pub message_url: Option<String>,
    /// The subject of the platform mail (the inner one for forwarded copies).
    pub subject: String,
    /// For `Kind::Message`: the counterpart's words.
    pub extraction: Option<Extraction>,
}

static FWD_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:(?:fwd?|fw|転送)\s*[:：]\s*)+").expect("regex"));
static FWD_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[\s>]*(?:-+\s*forwarded message\s*-+|-+\s*original message\s*-+|begin forwarded message:|-*\s*転送(?:された)?メッセージ\s*-*|-+\s*元のメッセージ\s*-+)")
        .expect("regex")
});
static INNER_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[\s>]*(?:From|差出人|送信者|送信元)\s*[:：]\s*(.+)$").expect("regex")
});
static INNER_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^[\s>]*(?:Subject|件名)\s*[:：]\s*(.+)$").expect("regex"));
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)").expect("regex")
});

fn domain_of(addr: &str) -> &str {
    addr.rsplit_once('@').map_or("", |x| x.1)
}

fn platform_of<'c>(config: &'c Config, addr: &str) -> Option<&'c Platform> {
    let domain = domain_of(addr);
    if domain.is_empty() {
        return None;
    }
    config.platforms.iter().find(|p| p.owns_domain(domain))
}

/// A forwarded platform mail: the platform, its subject and the body after the quoted headers.
fn forwarded<'c>(config: &'c Config, mail: &Mail) -> Option<(&'c Platform, String, String)> {
    let subject_says = FWD_SUBJECT.is_match(&mail.subject);
    let body_says = FWD_BODY.find(&mail.body);
    if !subject_says && body_says.is_none() {
        return None;
    }
    let from_search = body_says.map_or(0, |m| m.start());
    let body = &mail.body[from_search..];
    for caps in INNER_FROM.captures_iter(body) {
        let line = caps.get(1).expect("group").as_str();
        let Some(addr) = ADDRESS.find(line) else {
            continue;
        };
        let Some(platform) = platform_of(config, &addr.as_str().to_ascii_lowercase()) else {
            continue;
        };
        let after_from = &body[caps.get(0).expect("group 0").end()..];
        // The quoted header block ends at the first blank line.
        let block_end = after_from
            .find("\n\n")
            .or_else(|| after_from.find("\n>\n"))
            .map_or(after_from.len(), |i| i + 1);
        let header_block = &after_from[..block_end];
        let subject = INNER_SUBJECT
            .captures(header_block)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().trim().to_string())
            .unwrap_or_else(|| FWD_SUBJECT.replace(&mail.subject, "").trim().to_string());
        let inner = unquote(&after_from[block_end..]);
        return Some((platform, subject, inner));
    }
    None
}

/// Removes one level of `>` quoting when most lines carry it.
fn unquote(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let quoted = lines.iter().filter(|l| l.starts_with('>')).count();
    if quoted * 2 < lines.iter().filter(|l| !l.trim().is_empty()).count().max(1) {
        return s.to_string();
    }
    lines
        .iter()
        .map(|l| {
            let l = l.strip_prefix('>').unwrap_or(l);
            l.strip_prefix(' ').unwrap_or(l)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Decides what a mail is and, for message notifications, extracts the counterpart's words.
pub fn classify<'c>(config: &'c Config, mail: &Mail) -> Classified<'c> {
    // Borrowed unless forwarded: the body is the largest thing here.
    let (platform, subject, body, is_fwd): (_, Cow<str>, Cow<str>, _) =
        match platform_of(config, &mail.from_addr) {
            Some(p) => (
                p,
                Cow::Borrowed(&mail.subject),
                Cow::Borrowed(&mail.body),
                false,
            ),
            None => match forwarded(config, mail) {
                Some((p, s, b)) => (p, Cow::Owned(s), Cow::Owned(b), true),
                None => {
                    return Classified {
                        platform: None,
                        kind: Kind::Foreign,
                        forwarded: false,
                        counterpart: None,
                        message_url: None,
                        subject: mail.subject.clone(),
                        extraction: None,
                    }
                }
            },
        };
    let subject_match = platform
        .message_subjects
        .iter()
        .find_map(|re| re.find_named(&subject));
    let message_url = platform
        .message_url
        .find(&body)
        .map(|m| body[m].to_string());
    let Some((_, name)) = subject_match else {
        return Classified {
            platform: Some(platform),
            kind: Kind::Other,
            forwarded: is_fwd,
            counterpart: None,
            message_url,
            subject: subject.into_owned(),
            extraction: None,
        };
    };
    let counterpart = name
        .map(|m| subject[m].trim().to_string())
        .filter(|s| !s.is_empty());
    let extraction = Some(extract(platform, &body));
    Classified {
        platform: Some(platform),
        kind: Kind::Message,
        forwarded: is_fwd,
        counterpart,
        message_url,
        subject: subject.into_owned(),
        extraction,
    }
}

/// The counterpart's words: between the markers, else the body minus boilerplate.
pub fn extract(platform: &Platform, body: &str) -> Extraction {
    if let Some(m) = &platform.message {
        if let Some(start) = m.start.find(body) {
            let rest = &body[start.end..];
            if let Some(end) = m.end.find(rest) {
                let mut text = rest[..end.start].to_string();
                if let Some(prefix) = &m.quote_prefix {
                    text = text
                        .lines()
                        .map(|l| {
                            let l = l.strip_prefix(prefix.as_str()).unwrap_or(l);
                            l.strip_prefix(' ').unwrap_or(l)
                        })
                        .collect::<Vec<_>>()
                        .join("\n");
                }
                let mut text = text.trim().to_string();
                if m.trim_quotes {
                    text = text
                        .trim_start_matches(['"', '“', '「'])
                        .trim_end_matches(['"', '”', '」'])
                        .trim()
                        .to_string();
                }
                if !text.is_empty() {
                    return Extraction {
                        text,
                        method: Method::Markers,
                    };
                }
            }
        }
    }
    let cut = platform
        .footer_start
        .as_ref()
        .and_then(|re| re.find(body))
        .map_or(body.len(), |m| m.start);
    let text = body[..cut]
        .lines()
        .filter(|l| !platform.boilerplate.iter().any(|re| re.is_match(l)))
        .filter(|l| !platform.message_url.is_match(l.trim()))
        .collect::<Vec<_>>()
        .join("\n");
    Extraction {
        text: text.trim().to_string(),
        method: Method::Fallback,
    }
}
