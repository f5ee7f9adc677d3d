//! The configuration file as written: serde structs that mirror config.yaml one to one.
//! Unknown keys are rejected here; meaning is checked in `validate`.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub version: u32,
    #[serde(default)]
    pub log_level: Option<String>,
    pub detection: RawDetection,
    #[serde(default)]
    pub limits: RawLimits,
    pub platforms: Vec<RawPlatform>,
    #[serde(default)]
    pub accounts: Vec<RawAccount>,
    #[serde(default)]
    pub notify: RawNotify,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDetection {
    pub alert_threshold: i32,
    pub severity: RawSeverity,
    pub weights: BTreeMap<String, i32>,
    #[serde(default)]
    pub extra_rules: Vec<RawExtraRule>,
    #[serde(default)]
    pub disabled_rules: Vec<String>,
    #[serde(default)]
    pub allow: Vec<RawAllow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSeverity {
    pub medium: i32,
    pub high: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExtraRule {
    pub id: String,
    pub category: String,
    pub pattern: String,
    #[serde(default)]
    pub points: Option<i32>,
    #[serde(default)]
    pub description_ja: Option<String>,
    #[serde(default)]
    pub description_en: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAllow {
    #[serde(default)]
    pub platform: Option<String>,
    #[serde(default)]
    pub counterpart: Option<String>,
    #[serde(default)]
    pub handle: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLimits {
    #[serde(default = "default_max_mail_bytes")]
    pub max_mail_bytes: usize,
    #[serde(default = "default_max_screened_chars")]
    pub max_screened_chars: usize,
    #[serde(default = "default_max_mime_parts")]
    pub max_mime_parts: usize,
}

impl Default for RawLimits {
    fn default() -> Self {
        RawLimits {
            max_mail_bytes: default_max_mail_bytes(),
            max_screened_chars: default_max_screened_chars(),
            max_mime_parts: default_max_mime_parts(),
        }
    }
}

fn default_max_mail_bytes() -> usize {
    10 * 1024 * 1024
}
fn default_max_screened_chars() -> usize {
    20_000
}
fn default_max_mime_parts() -> usize {
    200
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlatform {
    pub id: String,
    pub name_ja: String,
    pub name_en: String,
    pub language: String,
    pub sender_domains: Vec<String>,
    pub message_subjects: Vec<String>,
    #[serde(default)]
    pub message: Option<RawMarkers>,
    #[serde(default)]
    pub boilerplate: Vec<String>,
    #[serde(default)]
    pub footer_start: Option<String>,
    pub message_url: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMarkers {
    pub start: String,
    pub end: String,
    #[serde(default)]
    pub quote_prefix: Option<String>,
    #[serde(default)]
    pub trim_quotes: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAccount {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub tls: String,
    #[serde(default)]
    pub allow_insecure_plaintext: bool,
    #[serde(default)]
    pub tls_ca_file: Option<String>,
    pub username: String,
    #[serde(default)]
    pub auth: Option<String>,
    #[serde(default)]
    pub password_env: Option<String>,
    #[serde(default)]
    pub password_file: Option<String>,
    #[serde(default)]
    pub password_command: Option<Vec<String>>,
    #[serde(default)]
    pub oauth2_token_command: Option<Vec<String>>,
    #[serde(default)]
    pub mailboxes: Option<Vec<String>>,
    #[serde(default)]
    pub idle: Option<bool>,
    #[serde(default)]
    pub poll_interval_secs: Option<u64>,
    #[serde(default)]
    pub idle_renew_secs: Option<u64>,
    #[serde(default)]
    pub initial_scan_days: Option<u32>,
    #[serde(default)]
    pub max_fetch_bytes: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNotify {
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub flood_max: Option<u32>,
    #[serde(default)]
    pub flood_window_secs: Option<u64>,
    #[serde(default)]
    pub command: Option<Vec<String>>,
    #[serde(default)]
    pub desktop: Option<bool>,
    #[serde(default)]
    pub excerpt_chars: Option<usize>,
}
