//! Printing verdicts: one JSON object per line, or a readable block per mail.

use crate::check::{Outcome, Verdict};
use crate::config::Config;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct JsonLine<'a> {
    path: &'a str,
    #[serde(flatten)]
    verdict: &'a Verdict,
}

pub fn write_json(out: &mut impl Write, path: &str, v: &Verdict) -> std::io::Result<()> {
    let line =
        serde_json::to_string(&JsonLine { path, verdict: v }).map_err(std::io::Error::other)?;
    writeln!(out, "{line}")
}

pub fn write_human(
    out: &mut impl Write,
    path: &str,
    v: &Verdict,
    config: &Config,
) -> std::io::Result<()> {
    let platform = v
        .platform
        .as_deref()
        .and_then(|id| config.platform(id))
        .map(|p| format!("{} / {}", p.name_ja, p.name_en))
        .unwrap_or_else(|| "-".into());
    writeln!(out, "== {path}")?;
    let head = match v.verdict {
        Outcome::Alert => format!(
            "ALERT 要注意 (score {}, severity {})",
            v.score,
            v.severity.as_str()
        ),
        Outcome::Clean => format!("clean 問題なし (score {})", v.score),
        Outcome::Skipped => "skipped 対象外".to_string(),
        Outcome::Error => "error 読み取り不可".to_string(),
    };
    writeln!(out, "verdict:   {head}")?;
    writeln!(
        out,
        "platform:  {platform} ({})",
        v.kind.map_or("-", |k| k.as_str())
    )?;
    if !v.subject.is_empty() {
        writeln!(out, "subject:   {}", v.subject)?;
    }
    if let Some(c) = &v.counterpart {
        writeln!(out, "from:      {c}")?;
    }
    writeln!(out, "reason:    {}", v.reason)?;
    if !v.findings.is_empty() {
        writeln!(out, "findings:")?;
        for f in &v.findings {
            writeln!(
                out,
                "  {:>+4}  {:<26} 「{}」\n        {}",
                f.points, f.rule, f.excerpt, f.description
            )?;
        }
    }
    if !v.advice.is_empty() {
        writeln!(out, "advice:")?;
        for a in &v.advice {
            writeln!(out, "  - {a}")?;
        }
    }
    if let Some(u) = &v.message_url {
        writeln!(out, "message:   {u}")?;
    }
    writeln!(out)
}
