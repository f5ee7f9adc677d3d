//! Configuration: config.yaml → validated [`Config`] with compiled regexes.
//!
//! The shipped default (`config.yaml` at the repository root) is embedded in the binary and
//! used when no file is given and none exists at `$XDG_CONFIG_HOME/offguard/config.yaml`.
//! Every error names the file, the line and column where known, and the key.

mod error;
mod raw;

pub use error::{ConfigError, Location};

use crate::pattern::Regex;
use crate::screen::Category;
use raw::*;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The shipped default configuration.
pub const DEFAULT_YAML: &str = include_str!("../../config.yaml");
/// Shown as the path of the embedded default.
pub const EMBEDDED: &str = "<embedded default config.yaml>";

#[derive(Debug, Clone)]
pub struct Config {
    /// Where this configuration was read from (`EMBEDDED` for the built-in one).
    pub source: PathBuf,
    pub log_level: Option<String>,
    pub detection: Detection,
    pub limits: Limits,
    pub platforms: Vec<Platform>,
    pub accounts: Vec<Account>,
    pub notify: Notify,
}

#[derive(Debug, Clone)]
pub struct Detection {
    pub alert_threshold: i32,
    pub medium: i32,
    pub high: i32,
    weights: BTreeMap<Category, i32>,
    pub extra_rules: Vec<ExtraRule>,
    pub disabled_rules: HashSet<String>,
    pub allow: Vec<Allow>,
}

impl Detection {
    pub fn weight(&self, c: Category) -> i32 {
        self.weights
            .get(&c)
            .copied()
            .unwrap_or_else(|| c.default_weight())
    }
}

#[derive(Debug, Clone)]
pub struct ExtraRule {
    pub id: String,
    pub category: Category,
    pub regex: Regex,
    pub points: Option<i32>,
    pub description_ja: String,
    pub description_en: String,
}

/// A known-good counterpart or contact detail. Matching is on the platform (when given) and
/// on the counterpart name from the subject or a handle quoted in a finding.
#[derive(Debug, Clone)]
pub struct Allow {
    pub platform: Option<String>,
    pub counterpart: Option<String>,
    /// Normalised (see `screen::normalize`) so that full-width forms match too.
    pub handle: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Limits {
    pub max_mail_bytes: usize,
    pub max_screened_chars: usize,
    pub max_mime_parts: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

#[derive(Debug, Clone)]
pub struct Platform {
    pub id: String,
    pub name_ja: String,
    pub name_en: String,
    pub language: Lang,
    pub sender_domains: Vec<String>,
    pub message_subjects: Vec<Regex>,
    pub message: Option<Markers>,
    pub boilerplate: Vec<Regex>,
    pub footer_start: Option<Regex>,
    pub message_url: Regex,
}

impl Platform {
    /// Whether `domain` (any case) is one of this platform's domains or a subdomain of one.
    pub fn owns_domain(&self, domain: &str) -> bool {
        let domain = domain.trim_end_matches('.').as_bytes();
        // The configured domains are lower-case already.
        self.sender_domains.iter().any(|d| {
            let d = d.as_bytes();
            let Some(tail) = domain.len().checked_sub(d.len()) else {
                return false;
            };
            domain[tail..].eq_ignore_ascii_case(d) && (tail == 0 || domain[tail - 1] == b'.')
        })
    }

    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.name_ja,
            Lang::En => &self.name_en,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Markers {
    pub start: Regex,
    pub end: Regex,
    pub quote_prefix: Option<String>,
    pub trim_quotes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    Implicit,
    StartTls,
    None,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Secret {
    Env(String),
    File(PathBuf),
    Command(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    Login,
    XOAuth2,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub tls_ca_file: Option<PathBuf>,
    pub username: String,
    pub auth: Auth,
    pub secret: Secret,
    pub mailboxes: Vec<String>,
    pub idle: bool,
    pub poll_interval: Duration,
    pub idle_renew: Duration,
    pub initial_scan_days: u32,
    pub max_fetch_bytes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotifyLang {
    Auto,
    Ja,
    En,
}

#[derive(Debug, Clone)]
pub struct Notify {
    pub language: NotifyLang,
    pub flood_max: u32,
    pub flood_window: Duration,
    pub command: Option<Vec<String>>,
    pub desktop: bool,
    pub excerpt_chars: usize,
    /// (platform id, its domains): the hosts a notification may open. Derived from
    /// `platforms`, never from the message.
    pub platform_domains: Vec<(String, Vec<String>)>,
}

impl Config {
    /// The embedded default configuration. It is checked by a unit test, so this cannot fail
    /// in a released binary.
    pub fn embedded() -> Config {
        Config::from_yaml(DEFAULT_YAML, Path::new(EMBEDDED)).expect("embedded config.yaml is valid")
    }

    /// `$XDG_CONFIG_HOME/offguard/config.yaml` (or `~/.config/…`).
    pub fn default_path() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
        Some(base.join("offguard").join("config.yaml"))
    }

    /// Loads `explicit` if given, else the user's file if it exists, else the embedded one.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        if let Some(p) = explicit {
            return Config::from_file(p);
        }
        match Config::default_path() {
            Some(p) if p.exists() => Config::from_file(&p),
            _ => Ok(Config::embedded()),
        }
    }

    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Config::from_yaml(&text, path)
    }

    pub fn from_yaml(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let raw: RawConfig = serde_yaml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            location: e.location().map(|l| Location {
                line: l.line(),
                column: l.column(),
            }),
            message: e.to_string(),
        })?;
        Validator { text, path }.config(raw)
    }

    pub fn platform(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }

    /// Every platform's sender domains, sorted, without repeats (the IMAP search filter).
    pub fn platform_domains(&self) -> Vec<String> {
        let mut d: Vec<String> = self
            .platforms
            .iter()
            .flat_map(|p| p.sender_domains.iter().cloned())
            .collect();
        d.sort();
        d.dedup();
        d
    }
}

/// Turns raw structs into a `Config`, reporting the key and (best effort) its position.
struct Validator<'a> {
    text: &'a str,
    path: &'a Path,
}

impl Validator<'_> {
    fn err(&self, key: &str, needle: &str, message: impl Into<String>) -> ConfigError {
        ConfigError::Invalid {
            path: self.path.to_path_buf(),
            location: self.locate(needle).or_else(|| self.locate(key_leaf(key))),
            key: key.to_string(),
            message: message.into(),
        }
    }

    /// serde_yaml keeps no spans after deserialisation, so find the first line that holds
    /// the offending text. Good enough to point a person at the right line.
    fn locate(&self, needle: &str) -> Option<Location> {
        if needle.is_empty() {
            return None;
        }
        for (i, line) in self.text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let hit = line.find(needle).or_else(|| {
                let escaped = needle.replace('\\', "\\\\").replace('"', "\\\"");
                line.find(&escaped)
            });
            if let Some(col) = hit {
                return Some(Location {
                    line: i + 1,
                    column: line[..col].chars().count() + 1,
                });
            }
        }
        None
    }

    fn regex(&self, key: &str, src: &str) -> Result<Regex, ConfigError> {
        Regex::with_size_limit(src, 1 << 22)
            .map_err(|e| self.err(key, src, format!("bad regular expression: {e}")))
    }

    fn config(&self, raw: RawConfig) -> Result<Config, ConfigError> {
        if raw.version != 1 {
            return Err(self.err(
                "version",
                "version:",
                format!(
                    "unsupported version {} (this offguard reads 1)",
                    raw.version
                ),
            ));
        }
        if let Some(level) = &raw.log_level {
            if !["error", "warn", "info", "debug", "trace"].contains(&level.as_str()) {
                return Err(self.err(
                    "log_level",
                    "log_level:",
                    format!("unknown level {level:?} (error, warn, info, debug, trace)"),
                ));
            }
        }
        let platforms = raw
            .platforms
            .into_iter()
            .enumerate()
            .map(|(i, p)| self.platform(i, p))
            .collect::<Result<Vec<_>, _>>()?;
        let mut seen = HashSet::new();
        for p in &platforms {
            if !seen.insert(p.id.clone()) {
                return Err(self.err(
                    "platforms[].id",
                    &p.id,
                    format!("platform {:?} is defined twice", p.id),
                ));
            }
        }
        let detection = self.detection(raw.detection, &platforms)?;
        let limits = self.limits(raw.limits)?;
        let accounts = raw
            .accounts
            .into_iter()
            .enumerate()
            .map(|(i, a)| self.account(i, a))
            .collect::<Result<Vec<_>, _>>()?;
        let mut names = HashSet::new();
        for a in &accounts {
            if !names.insert(a.name.clone()) {
                return Err(self.err(
                    "accounts[].name",
                    &a.name,
                    format!("account name {:?} is used twice", a.name),
                ));
            }
        }
        let mut notify = self.notify(raw.notify)?;
        notify.platform_domains = platforms
            .iter()
            .map(|p| (p.id.clone(), p.sender_domains.clone()))
            .collect();
        Ok(Config {
            source: self.path.to_path_buf(),
            log_level: raw.log_level,
            detection,
            limits,
            platforms,
            accounts,
            notify,
        })
    }

    fn detection(
        &self,
        raw: RawDetection,
        platforms: &[Platform],
    ) -> Result<Detection, ConfigError> {
        if raw.alert_threshold < 1 {
            return Err(self.err(
                "detection.alert_threshold",
                "alert_threshold:",
                "must be at least 1",
            ));
        }
        if !(raw.alert_threshold <= raw.severity.medium && raw.severity.medium <= raw.severity.high)
        {
            return Err(self.err(
                "detection.severity",
                "severity:",
                "need alert_threshold <= medium <= high",
            ));
        }
        let mut weights = BTreeMap::new();
        for (name, w) in raw.weights {
            let key = format!("detection.weights.{name}");
            let c = Category::parse(&name)
                .filter(|c| *c != Category::Context)
                .ok_or_else(|| {
                    self.err(
                        &key,
                        &format!("{name}:"),
                        format!("unknown category {name:?}"),
                    )
                })?;
            if !(0..=100).contains(&w) {
                return Err(self.err(&key, &format!("{name}:"), "weight must be 0..=100"));
            }
            weights.insert(c, w);
        }
        let mut extra_rules = Vec::new();
        for (i, r) in raw.extra_rules.into_iter().enumerate() {
            let key = format!("detection.extra_rules[{i}]");
            let category = Category::parse(&r.category)
                .filter(|c| *c != Category::Context)
                .ok_or_else(|| {
                    self.err(
                        &format!("{key}.category"),
                        &r.category,
                        format!("unknown category {:?}", r.category),
                    )
                })?;
            if r.id.trim().is_empty() {
                return Err(self.err(&format!("{key}.id"), "id:", "must not be empty"));
            }
            // One id, one finding: a second rule under the same id would be silently merged.
            if extra_rules
                .iter()
                .any(|e: &ExtraRule| e.id.strip_prefix("user.") == Some(r.id.as_str()))
            {
                return Err(self.err(
                    &format!("{key}.id"),
                    &r.id,
                    format!("rule id {:?} is used twice", r.id),
                ));
            }
            // Same dialect as the built-in rules: `\b` is an ASCII word boundary, so a Latin
            // word next to kana (zaloで) still matches, and `\s` is ASCII white space.
            let regex = self
                .regex(
                    &format!("{key}.pattern"),
                    &crate::screen::ascii_dialect(&r.pattern),
                )
                .map_err(|e| match e {
                    ConfigError::Invalid {
                        path, key, message, ..
                    } => ConfigError::Invalid {
                        location: self.locate(&r.pattern),
                        path,
                        key,
                        message,
                    },
                    other => other,
                })?;
            extra_rules.push(ExtraRule {
                id: format!("user.{}", r.id),
                category,
                regex,
                points: r.points,
                description_ja: r
                    .description_ja
                    .unwrap_or_else(|| format!("ユーザー定義ルール {}", r.id)),
                description_en: r
                    .description_en
                    .unwrap_or_else(|| format!("user rule {}", r.id)),
            });
        }
        let mut allow = Vec::new();
        for (i, a) in raw.allow.into_iter().enumerate() {
            let key = format!("detection.allow[{i}]");
            if let Some(p) = &a.platform {
                if !platforms.iter().any(|x| &x.id == p) {
                    return Err(self.err(
                        &format!("{key}.platform"),
                        p,
                        format!(
                            "unknown platform {p:?} (known: {})",
                            platforms
                                .iter()
                                .map(|p| p.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
            }
            if a.counterpart.is_none() && a.handle.is_none() {
                return Err(self.err(&key, "allow:", "needs a counterpart or a handle"));
            }
            allow.push(Allow {
                platform: a.platform,
                counterpart: a.counterpart.map(|c| c.trim().to_string()),
                handle: a
                    .handle
                    .map(|h| crate::screen::normalize(h.trim()).text().to_string()),
            });
        }
        Ok(Detection {
            alert_threshold: raw.alert_threshold,
            medium: raw.severity.medium,
            high: raw.severity.high,
            weights,
            extra_rules,
            disabled_rules: raw.disabled_rules.into_iter().collect(),
            allow,
        })
    }

    fn limits(&self, raw: RawLimits) -> Result<Limits, ConfigError> {
        if raw.max_mail_bytes < 4096 {
            return Err(self.err(
                "limits.max_mail_bytes",
                "max_mail_bytes:",
                "must be >= 4096",
            ));
        }
        if !(100..=1_000_000).contains(&raw.max_screened_chars) {
            return Err(self.err(
                "limits.max_screened_chars",
                "max_screened_chars:",
                "must be between 100 and 1000000",
            ));
        }
        if !(1..=10_000).contains(&raw.max_mime_parts) {
            return Err(self.err(
                "limits.max_mime_parts",
                "max_mime_parts:",
                "must be between 1 and 10000",
            ));
        }
        Ok(Limits {
            max_mail_bytes: raw.max_mail_bytes,
            max_screened_chars: raw.max_screened_chars,
            max_mime_parts: raw.max_mime_parts,
        })
    }

    fn platform(&self, i: usize, p: RawPlatform) -> Result<Platform, ConfigError> {
        let key = format!("platforms[{i}]");
        if p.id.is_empty() || !p.id.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(self.err(
                &format!("{key}.id"),
                &p.id,
                "must be lower-case letters and '_'",
            ));
        }
        let language = match p.language.as_str() {
            "ja" => Lang::Ja,
            "en" => Lang::En,
            other => {
                return Err(self.err(
                    &format!("{key}.language"),
                    other,
                    format!("unknown language {other:?} (ja or en)"),
                ))
            }
        };
        if p.sender_domains.is_empty() {
            return Err(self.err(
                &format!("{key}.sender_domains"),
                "sender_domains:",
                "needs at least one domain",
            ));
        }
        for d in &p.sender_domains {
            if d.is_empty() || d.contains('@') || d.contains(' ') || !d.contains('.') {
                return Err(self.err(
                    &format!("{key}.sender_domains"),
                    d,
                    format!("{d:?} is not a domain name"),
                ));
            }
        }
        let message_subjects = p
            .message_subjects
            .iter()
            .map(|s| self.regex(&format!("{key}.message_subjects"), s))
            .collect::<Result<Vec<_>, _>>()?;
        let message = match p.message {
            None => None,
            Some(m) => Some(Markers {
                start: self.regex(&format!("{key}.message.start"), &m.start)?,
                end: self.regex(&format!("{key}.message.end"), &m.end)?,
                quote_prefix: m.quote_prefix,
                trim_quotes: m.trim_quotes,
            }),
        };
        let boilerplate = p
            .boilerplate
            .iter()
            .map(|s| self.regex(&format!("{key}.boilerplate"), s))
            .collect::<Result<Vec<_>, _>>()?;
        let footer_start = p
            .footer_start
            .as_deref()
            .map(|s| self.regex(&format!("{key}.footer_start"), s))
            .transpose()?;
        let message_url = self.regex(&format!("{key}.message_url"), &p.message_url)?;
        Ok(Platform {
            id: p.id,
            name_ja: p.name_ja,
            name_en: p.name_en,
            language,
            sender_domains: p
                .sender_domains
                .into_iter()
                .map(|d| d.to_ascii_lowercase())
                .collect(),
            message_subjects,
            message,
            boilerplate,
            footer_start,
            message_url,
        })
    }

    fn account(&self, i: usize, a: RawAccount) -> Result<Account, ConfigError> {
        let key = format!("accounts[{i}]");
        let tls = match a.tls.as_str() {
            "implicit" => TlsMode::Implicit,
            "starttls" => TlsMode::StartTls,
            "none" if a.allow_insecure_plaintext => TlsMode::None,
            "none" => {
                return Err(self.err(
                    &format!("{key}.tls"),
                    "tls: none",
                    "plaintext IMAP sends your password in the clear; \
                     set allow_insecure_plaintext: true if you really mean it",
                ))
            }
            other => {
                return Err(self.err(
                    &format!("{key}.tls"),
                    other,
                    format!("unknown tls mode {other:?} (implicit, starttls, none)"),
                ))
            }
        };
        let auth = match a.auth.as_deref().unwrap_or("login") {
            "login" | "plain" => Auth::Login,
            "xoauth2" => Auth::XOAuth2,
            other => {
                return Err(self.err(
                    &format!("{key}.auth"),
                    other,
                    format!("unknown auth {other:?} (login, xoauth2)"),
                ))
            }
        };
        let nonempty = |v: &Option<Vec<String>>| v.as_ref().is_some_and(|c| !c.is_empty());
        let mut sources = Vec::new();
        if let Some(v) = a.password_env {
            sources.push(Secret::Env(v));
        }
        if let Some(v) = a.password_file {
            sources.push(Secret::File(expand_home(&v)));
        }
        if nonempty(&a.password_command) {
            sources.push(Secret::Command(
                a.password_command.clone().unwrap_or_default(),
            ));
        }
        let secret = if auth == Auth::XOAuth2 {
            if !sources.is_empty() || !nonempty(&a.oauth2_token_command) {
                return Err(self.err(
                    &format!("{key}.oauth2_token_command"),
                    &format!("name: {}", a.name),
                    "auth: xoauth2 needs oauth2_token_command and no password source",
                ));
            }
            Secret::Command(a.oauth2_token_command.unwrap_or_default())
        } else {
            if a.oauth2_token_command.is_some() {
                return Err(self.err(
                    &format!("{key}.oauth2_token_command"),
                    "oauth2_token_command",
                    "only used with auth: xoauth2",
                ));
            }
            if sources.len() != 1 {
                return Err(self.err(
                    &format!("{key}.password_env"),
                    &format!("name: {}", a.name),
                    format!(
                        "needs exactly one password source (password_env, password_file or \
                         password_command), found {}",
                        sources.len()
                    ),
                ));
            }
            sources.remove(0)
        };
        let idle_renew = a.idle_renew_secs.unwrap_or(25 * 60);
        if !(60..=29 * 60).contains(&idle_renew) {
            return Err(self.err(
                &format!("{key}.idle_renew_secs"),
                "idle_renew_secs",
                "must be between 60 and 1740 (29 minutes, RFC 2177)",
            ));
        }
        let poll = a.poll_interval_secs.unwrap_or(60);
        if !(5..=3600).contains(&poll) {
            return Err(self.err(
                &format!("{key}.poll_interval_secs"),
                "poll_interval_secs",
                "must be between 5 and 3600",
            ));
        }
        let mailboxes = a.mailboxes.unwrap_or_else(|| vec!["INBOX".to_string()]);
        if mailboxes.is_empty() {
            return Err(self.err(
                &format!("{key}.mailboxes"),
                "mailboxes",
                "must not be empty",
            ));
        }
        Ok(Account {
            name: a.name,
            host: a.host,
            port: a.port,
            tls,
            tls_ca_file: a.tls_ca_file.as_deref().map(expand_home),
            username: a.username,
            auth,
            secret,
            mailboxes,
            idle: a.idle.unwrap_or(true),
            poll_interval: Duration::from_secs(poll),
            idle_renew: Duration::from_secs(idle_renew),
            initial_scan_days: a.initial_scan_days.unwrap_or(3),
            max_fetch_bytes: a.max_fetch_bytes.unwrap_or(2 * 1024 * 1024),
        })
    }

    fn notify(&self, raw: RawNotify) -> Result<Notify, ConfigError> {
        let language = match raw.language.as_deref().unwrap_or("auto") {
            "auto" => NotifyLang::Auto,
            "ja" => NotifyLang::Ja,
            "en" => NotifyLang::En,
            other => {
                return Err(self.err(
                    "notify.language",
                    other,
                    format!("unknown language {other:?} (auto, ja, en)"),
                ))
            }
        };
        if raw.command.as_ref().is_some_and(|c| c.is_empty()) {
            return Err(self.err("notify.command", "command:", "must name a program"));
        }
        Ok(Notify {
            language,
            flood_max: raw.flood_max.unwrap_or(3),
            flood_window: Duration::from_secs(raw.flood_window_secs.unwrap_or(60)),
            command: raw.command,
            desktop: raw.desktop.unwrap_or(true),
            excerpt_chars: raw.excerpt_chars.unwrap_or(60).clamp(10, 400),
            platform_domains: Vec::new(),
        })
    }
}

fn key_leaf(key: &str) -> &str {
    key.rsplit('.').next().unwrap_or(key)
}

/// `~/x` → `$HOME/x`; other paths unchanged.
pub fn expand_home(p: &str) -> PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_config_is_valid() {
        let c = Config::embedded();
        assert_eq!(c.platforms.len(), 5);
        assert!(c.accounts.is_empty());
    }

    #[test]
    fn platform_domains_and_their_subdomains() {
        let c = Config::embedded();
        let cw = c.platforms.iter().find(|p| p.id == "crowdworks").unwrap();
        for own in [
            "crowdworks.jp",
            "mail.crowdworks.jp",
            "CrowdWorks.JP.",
            "crowdworks.co.jp",
        ] {
            assert!(cw.owns_domain(own), "{own}");
        }
        for other in ["evilcrowdworks.jp", "jp", "", "crowdworks.jp.example.com"] {
            assert!(!cw.owns_domain(other), "{other}");
        }
    }

    fn bad(yaml: &str) -> String {
        Config::from_yaml(yaml, Path::new("t.yaml"))
            .expect_err("should fail")
            .to_string()
    }

    #[test]
    fn unknown_key_names_key_and_position() {
        let y = DEFAULT_YAML.replacen("detection:\n", "detection:\n  bogus_key: 1\n", 1);
        let e = bad(&y);
        assert!(e.contains("t.yaml:"), "{e}");
        assert!(e.contains("bogus_key"), "{e}");
    }

    #[test]
    fn bad_regex_is_reported_with_key() {
        let y = DEFAULT_YAML.replacen(
            "extra_rules: []",
            "extra_rules:\n    - {id: x, category: channel, pattern: \"(unclosed\"}",
            1,
        );
        let e = bad(&y);
        assert!(e.contains("extra_rules[0].pattern"), "{e}");
        assert!(e.contains("bad regular expression"), "{e}");
    }

    #[test]
    fn extra_rule_ids_are_unique() {
        let y = DEFAULT_YAML.replacen(
            "extra_rules: []",
            "extra_rules:\n    - {id: wickr, category: channel, pattern: wickr}\n    - {id: wickr, category: channel, pattern: wickr me}",
            1,
        );
        let e = bad(&y);
        assert!(e.contains("extra_rules[1].id"), "{e}");
        assert!(e.contains("used twice"), "{e}");
    }

    #[test]
    fn unknown_platform_in_allow_list() {
        let y = DEFAULT_YAML.replacen(
            "allow: []",
            "allow:\n    - {platform: mixi, handle: abc}",
            1,
        );
        let e = bad(&y);
        assert!(e.contains("unknown platform \"mixi\""), "{e}");
    }
}
