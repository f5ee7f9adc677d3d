//! The one verdict: raw email bytes → [`Verdict`]. Shared by `offguard check`, `scan` and
//! the daemon, so every path screens mail the same way. No I/O happens here.

use crate::config::Config;
use crate::mail::{self, extract::Method, Kind};
use crate::screen::{Category, Finding, Screener, Severity};
use serde::Serialize;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Alert,
    Clean,
    Skipped,
    Error,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Alert => "alert",
            Outcome::Clean => "clean",
            Outcome::Skipped => "skipped",
            Outcome::Error => "error",
        }
    }
}

/// Everything offguard concluded about one mail.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// Platform id (crowdworks, lancers…), or null when not from a platform.
    pub platform: Option<String>,
    /// message | other | foreign; null when the mail could not be read.
    pub kind: Option<Kind>,
    pub verdict: Outcome,
    pub score: i32,
    pub severity: Severity,
    pub findings: Vec<Finding>,
    /// One sentence saying why, in English (the JSON is for machines and logs).
    pub reason: String,
    /// What to do, in Japanese and English.
    pub advice: Vec<&'static str>,
    pub subject: String,
    pub from: String,
    pub counterpart: Option<String>,
    pub message_url: Option<String>,
    pub message_id: Option<String>,
    /// markers | fallback, for message notifications.
    pub extraction: Option<Method>,
    pub forwarded: bool,
}

impl Verdict {
    fn error(reason: String) -> Verdict {
        Verdict {
            platform: None,
            kind: None,
            verdict: Outcome::Error,
            score: 0,
            severity: Severity::None,
            findings: Vec::new(),
            reason,
            advice: Vec::new(),
            subject: String::new(),
            from: String::new(),
            counterpart: None,
            message_url: None,
            message_id: None,
            extraction: None,
            forwarded: false,
        }
    }

    /// Labels of the strongest findings (LINE, 電話番号…) for summaries.
    pub fn labels(&self) -> Vec<String> {
        crate::screen::labels(&self.findings)
    }
}

/// Compiled configuration plus detectors; cheap to share between threads.
#[derive(Clone)]
pub struct Checker {
    pub config: Arc<Config>,
    screener: Arc<Screener>,
}

impl Checker {
    pub fn new(config: Config) -> Checker {
        let screener = Screener::new(&config);
        Checker {
            config: Arc::new(config),
            screener: Arc::new(screener),
        }
    }

    /// Screens one raw mail. Never panics on bad input; unreadable mail gets `Outcome::Error`.
    pub fn check(&self, raw: &[u8]) -> Verdict {
        let cfg = &*self.config;
        let mail = match mail::parse(raw, &cfg.limits) {
            Ok(m) => m,
            Err(e) => return Verdict::error(e.to_string()),
        };
        let c = mail::classify(cfg, &mail);
        let mut v = Verdict {
            platform: c.platform.map(|p| p.id.clone()),
            kind: Some(c.kind),
            verdict: Outcome::Skipped,
            score: 0,
            severity: Severity::None,
            findings: Vec::new(),
            reason: String::new(),
            advice: Vec::new(),
            subject: c.subject,
            from: mail.from_addr,
            counterpart: c.counterpart,
            message_url: c.message_url,
            message_id: mail.message_id,
            extraction: c.extraction.as_ref().map(|e| e.method),
            forwarded: c.forwarded,
        };
        match c.kind {
            Kind::Foreign => {
                v.reason = "not from a known platform".into();
                return v;
            }
            Kind::Other => {
                v.verdict = Outcome::Clean;
                v.reason =
                    "platform mail that is not a message notification (newsletter or notice)"
                        .into();
                return v;
            }
            Kind::Message => {}
        }
        let platform = c.platform.expect("message mail has a platform");
        let extraction = c.extraction.expect("message mail has an extraction");
        if let Some(name) = &v.counterpart {
            let allowed = cfg.detection.allow.iter().any(|a| {
                a.counterpart.as_deref() == Some(name.as_str())
                    && a.platform.as_deref().is_none_or(|p| p == platform.id)
            });
            if allowed {
                v.verdict = Outcome::Clean;
                v.reason = format!("counterpart {name:?} is allow-listed");
                return v;
            }
        }
        if extraction.text.trim().is_empty() {
            v.verdict = Outcome::Clean;
            v.reason = "message notification without message text".into();
            return v;
        }
        let s = self.screener.screen(&extraction.text);
        v.score = s.score;
        v.severity = s.severity;
        v.findings = s.findings;
        let mut notes = Vec::new();
        if extraction.method == Method::Fallback {
            notes.push("markers not found: screened the body minus known boilerplate");
        }
        if s.truncated || mail.truncated {
            notes.push("message cut to the configured size limit");
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!("; {}", notes.join("; "))
        };
        let threshold = cfg.detection.alert_threshold;
        if s.alert {
            v.verdict = Outcome::Alert;
            let labels = v.labels();
            v.reason = format!(
                "score {} >= {threshold}: {}{notes}",
                v.score,
                if labels.is_empty() {
                    "suspicious wording".to_string()
                } else {
                    labels.join(", ")
                }
            );
            v.advice = advice(&platform.id, &v.findings);
        } else {
            v.verdict = Outcome::Clean;
            v.reason = format!("score {} below {threshold}{notes}", v.score);
        }
        v
    }
}

/// What the worker should do. Both languages, the platform's own procedure first.
pub fn advice(platform: &str, findings: &[Finding]) -> Vec<&'static str> {
    let has = |c: Category| findings.iter().any(|f| f.category == c && f.points > 0);
    let mut out = Vec::with_capacity(5);
    out.push("プラットフォーム外でやり取りしたい理由を相手に尋ねましょう。 / Ask why they want to move off the platform.");
    out.push(match platform {
        "crowdworks" => "サービス外連絡申請を出してもらえるか確認しましょう（承認前の外部連絡は規約違反です）。 / Ask whether they will file the サービス外連絡申請 (off-service contact application); contact before approval breaks the terms.",
        "lancers" => "仮払い後に連絡先公開申請を出してもらえるか確認しましょう。 / Ask whether they will file the 連絡先公開申請 after the escrow payment.",
        "coconala" => "ココナラでは連絡先の交換自体が禁止です。やり取りはトークルームで続けましょう。 / Coconala bans exchanging contact details; keep talking in the talk room.",
        "upwork" => "契約前の連絡先交換や外部での支払いは Upwork の規約違反です。やり取りは Upwork Messages で。 / Upwork forbids contact details and outside payment before a contract; keep it in Upwork Messages.",
        "fiverr" => "Fiverr の外での連絡や支払いは規約違反です。やり取りは Fiverr の受信箱で。 / Fiverr forbids contact and payment outside Fiverr; keep it in the Fiverr inbox.",
        _ => "プラットフォームの外部連絡の申請手続きを使うよう求めましょう。 / Ask them to use the platform's procedure for off-platform contact.",
    });
    if has(Category::Solicitation) {
        out.push("仕事を始めるためにお金を払う必要はありません。登録料・マニュアル代は詐欺の典型です。 / Never pay to get work: registration fees and paid manuals are classic scams.");
    }
    out.push("不審に感じたら違反報告をしてください。 / If it feels suspicious, report it to the platform (違反報告).");
    out.push(if platform == "crowdworks" {
        "直接契約には応じないでください（違約金は100万円またはシステム利用料の高い方）。 / Never accept a direct contract (penalty: ¥1,000,000 or the system fee, whichever is higher)."
    } else {
        "直接契約には応じないでください。 / Never accept a direct contract outside the platform."
    });
    out
}
