//! The hand-over point between a watcher thread and the notifier: the watcher sends an
//! [`Alert`] and blocks until the notifier confirms it took responsibility for it (delivered
//! or stored durably). Only then does the watcher record the mail as handled.

use crate::check::Verdict;
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};

/// One alert, as queued, delivered and piped to `notify.command`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Alert {
    /// Unique per alert (account, mailbox, UIDVALIDITY, UID): names the queue file.
    pub id: String,
    pub account: String,
    pub mailbox: String,
    pub uid: u32,
    /// RFC 3339 time the alert was raised.
    pub at: String,
    pub verdict: AlertVerdict,
}

/// The parts of a [`Verdict`] a notification needs (owned, serialisable both ways).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AlertVerdict {
    pub platform: Option<String>,
    pub score: i32,
    pub severity: String,
    pub subject: String,
    pub from: String,
    pub counterpart: Option<String>,
    pub message_url: Option<String>,
    pub reason: String,
    pub labels: Vec<String>,
    pub findings: Vec<AlertFinding>,
    pub advice: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AlertFinding {
    pub rule: String,
    pub category: String,
    pub points: i32,
    pub excerpt: String,
    pub description_ja: String,
    pub description_en: String,
}

impl AlertVerdict {
    pub fn from_verdict(v: &Verdict) -> AlertVerdict {
        AlertVerdict {
            platform: v.platform.clone(),
            score: v.score,
            severity: v.severity.as_str().to_string(),
            subject: v.subject.clone(),
            from: v.from.clone(),
            counterpart: v.counterpart.clone(),
            message_url: v.message_url.clone(),
            reason: v.reason.clone(),
            labels: v.labels(),
            findings: v
                .findings
                .iter()
                .map(|f| AlertFinding {
                    rule: f.rule.to_string(),
                    category: f.category.as_str().to_string(),
                    points: f.points,
                    excerpt: f.excerpt.clone(),
                    description_ja: f.description_ja.to_string(),
                    description_en: f.description_en.to_string(),
                })
                .collect(),
            advice: v.advice.iter().map(|a| a.to_string()).collect(),
        }
    }
}

pub type Ack = oneshot::Sender<Result<(), String>>;

/// The sending side, cloned into every watcher.
#[derive(Clone)]
pub struct Handoff {
    tx: mpsc::Sender<(Alert, Ack)>,
}

/// The receiving side, owned by the notifier task.
pub type Inbox = mpsc::Receiver<(Alert, Ack)>;

pub fn channel() -> (Handoff, Inbox) {
    let (tx, rx) = mpsc::channel(64);
    (Handoff { tx }, rx)
}

impl Handoff {
    /// From a watcher thread (not an async context): send and wait for the notifier's word.
    pub fn deliver_blocking(&self, alert: Alert) -> Result<(), String> {
        let (ack, done) = oneshot::channel();
        self.tx
            .blocking_send((alert, ack))
            .map_err(|_| "the notifier is gone".to_string())?;
        done.blocking_recv()
            .map_err(|_| "the notifier dropped the alert".to_string())?
    }
}
