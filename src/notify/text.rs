//! What a notification says: summary, body and language. Pure functions, so the wording is
//! tested without a notification server. The message text is written by a possible scammer:
//! every piece of it is markup-escaped and length-capped here.

use super::{Alert, Delivery};
use crate::config::{Lang, NotifyLang};

/// `auto` → Japanese when LC_ALL / LC_MESSAGES / LANG (first one set) starts with `ja`.
pub fn language(setting: NotifyLang) -> Lang {
    match setting {
        NotifyLang::Ja => Lang::Ja,
        NotifyLang::En => Lang::En,
        NotifyLang::Auto => {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
                .unwrap_or_default();
            if locale.starts_with("ja") {
                Lang::Ja
            } else {
                Lang::En
            }
        }
    }
}

/// Escapes the characters the notification markup (a subset of HTML) interprets.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters could break the line layout.
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// At most `max` characters, with an ellipsis when cut.
pub fn cap(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

fn platform_name(id: Option<&str>, lang: Lang) -> String {
    let (ja, en) = match id.unwrap_or("") {
        "crowdworks" => ("クラウドワークス", "CrowdWorks"),
        "lancers" => ("ランサーズ", "Lancers"),
        "coconala" => ("ココナラ", "Coconala"),
        "upwork" => ("Upwork", "Upwork"),
        "fiverr" => ("Fiverr", "Fiverr"),
        other => (other, other),
    };
    match lang {
        Lang::Ja => ja.to_string(),
        Lang::En => en.to_string(),
    }
}

/// The kind of proposal, from the strongest category found.
fn kind(alert: &Alert, lang: Lang) -> &'static str {
    let has = |c: &str| {
        alert
            .verdict
            .findings
            .iter()
            .any(|f| f.category == c && f.points > 0)
    };
    match (lang, has("direct_deal"), has("solicitation")) {
        (Lang::Ja, true, _) => "直接契約の提案",
        (Lang::En, true, _) => "direct contract proposal",
        (Lang::Ja, false, true) if !has("channel") && !has("contact_info") => "勧誘・詐欺の疑い",
        (Lang::En, false, true) if !has("channel") && !has("contact_info") => {
            "possible scam solicitation"
        }
        (Lang::Ja, ..) => "外部連絡の提案",
        (Lang::En, ..) => "off-platform contact request",
    }
}

/// Summary line: 「⚠ クラウドワークス: 外部連絡の提案（LINE）」.
pub fn summary(d: &Delivery, lang: Lang) -> String {
    match d {
        Delivery::One(a) => {
            let p = platform_name(a.verdict.platform.as_deref(), lang);
            let labels: Vec<String> = a.verdict.labels.iter().take(3).cloned().collect();
            let k = kind(a, lang);
            match (lang, labels.is_empty()) {
                (Lang::Ja, false) => format!("⚠ {p}: {k}（{}）", labels.join("・")),
                (Lang::Ja, true) => format!("⚠ {p}: {k}"),
                (Lang::En, false) => format!("⚠ {p}: {k} ({})", labels.join(", ")),
                (Lang::En, true) => format!("⚠ {p}: {k}"),
            }
        }
        Delivery::Digest(v) => match lang {
            Lang::Ja => format!("⚠ offguard: 要注意メッセージが{}件あります", v.len()),
            Lang::En => format!("⚠ offguard: {} suspicious messages", v.len()),
        },
    }
}

/// Body: sender, top findings with short excerpts, and the advice in two lines. Escaped.
pub fn body(d: &Delivery, lang: Lang, excerpt_chars: usize) -> String {
    match d {
        Delivery::One(a) => {
            let v = &a.verdict;
            let who = v.counterpart.clone().unwrap_or_else(|| v.from.clone());
            let mut lines = vec![match lang {
                Lang::Ja => format!("送信者: {}", escape(&cap(&who, 40))),
                Lang::En => format!("From: {}", escape(&cap(&who, 40))),
            }];
            let mut top: Vec<_> = v.findings.iter().filter(|f| f.points > 0).collect();
            top.sort_by_key(|f| std::cmp::Reverse(f.points));
            for f in top.iter().take(3) {
                let desc = match lang {
                    Lang::Ja => &f.description_ja,
                    Lang::En => &f.description_en,
                };
                lines.push(format!(
                    "• {}: 「{}」",
                    escape(desc),
                    escape(&cap(&f.excerpt, excerpt_chars))
                ));
            }
            lines.push(advice(v.platform.as_deref(), lang).to_string());
            lines.join("\n")
        }
        Delivery::Digest(v) => {
            let mut lines: Vec<String> = v
                .iter()
                .take(8)
                .map(|a| {
                    let who = a
                        .verdict
                        .counterpart
                        .clone()
                        .unwrap_or_else(|| a.verdict.from.clone());
                    format!(
                        "• {} / {}: {}",
                        platform_name(a.verdict.platform.as_deref(), lang),
                        escape(&cap(&who, 30)),
                        escape(&a.verdict.labels.join(", "))
                    )
                })
                .collect();
            if v.len() > 8 {
                lines.push(match lang {
                    Lang::Ja => format!("…ほか{}件", v.len() - 8),
                    Lang::En => format!("…and {} more", v.len() - 8),
                });
            }
            lines.push(match lang {
                Lang::Ja => {
                    "詳しくは offguard のログ（journalctl --user -u offguard）を確認してください。"
                        .into()
                }
                Lang::En => {
                    "See the offguard log (journalctl --user -u offguard) for details.".into()
                }
            });
            lines.join("\n")
        }
    }
}

/// The seed's advice, in one or two lines.
fn advice(platform: Option<&str>, lang: Lang) -> &'static str {
    match (lang, platform) {
        (Lang::Ja, Some("crowdworks")) => "外に出たい理由を聞き、サービス外連絡申請を出すか確認を。怪しければ違反報告し、直接契約には応じないでください。",
        (Lang::Ja, Some("lancers")) => "外に出たい理由を聞き、連絡先公開申請（仮払い後）を出すか確認を。怪しければ違反報告し、直接契約には応じないでください。",
        (Lang::Ja, _) => "外に出たい理由を聞き、規約どおりの手続きを出すか確認を。怪しければ違反報告し、直接契約には応じないでください。",
        (Lang::En, Some("crowdworks")) => "Ask why they want to leave the platform and whether they will file the サービス外連絡申請. Report it if it smells; never accept a direct contract.",
        (Lang::En, _) => "Ask why they want to leave the platform and whether they will use its approved procedure. Report it if it smells; never accept a direct contract.",
    }
}

/// The platform's own message link, only when it is https on one of that platform's
/// domains (never a link taken from the message text).
pub fn safe_url<'a>(alert: &'a Alert, domains: &[(String, Vec<String>)]) -> Option<&'a str> {
    let url = alert.verdict.message_url.as_deref()?;
    let platform = alert.verdict.platform.as_deref()?;
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    if host.contains('@') || host.contains(':') {
        return None;
    }
    let (_, allowed) = domains.iter().find(|(p, _)| p == platform)?;
    allowed
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
        .then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notify::{AlertFinding, AlertVerdict};

    fn alert(platform: &str, url: &str) -> Alert {
        Alert {
            id: "a".into(),
            account: "acc".into(),
            mailbox: "INBOX".into(),
            uid: 1,
            at: String::new(),
            verdict: AlertVerdict {
                platform: Some(platform.into()),
                score: 9,
                severity: "medium".into(),
                subject: String::new(),
                from: "no-reply@crowdworks.jp".into(),
                counterpart: Some("佐藤 <b>商事</b>".into()),
                message_url: Some(url.into()),
                reason: String::new(),
                labels: vec!["LINE".into(), "ID".into()],
                findings: vec![AlertFinding {
                    rule: "channel.line".into(),
                    category: "channel".into(),
                    points: 3,
                    excerpt: "<a href=\"https://evil\">LINE</a> &amp; more ".repeat(10),
                    description_ja: "LINEへの言及".into(),
                    description_en: "mentions LINE".into(),
                }],
                advice: vec![],
            },
        }
    }

    #[test]
    fn summary_in_both_languages() {
        let d = Delivery::One(Box::new(alert(
            "crowdworks",
            "https://crowdworks.jp/messages/1",
        )));
        assert_eq!(
            summary(&d, Lang::Ja),
            "⚠ クラウドワークス: 外部連絡の提案（LINE・ID）"
        );
        assert_eq!(
            summary(&d, Lang::En),
            "⚠ CrowdWorks: off-platform contact request (LINE, ID)"
        );
    }

    #[test]
    fn body_is_escaped_and_capped() {
        let d = Delivery::One(Box::new(alert(
            "crowdworks",
            "https://crowdworks.jp/messages/1",
        )));
        let b = body(&d, Lang::Ja, 60);
        assert!(!b.contains("<a"), "{b}");
        assert!(!b.contains("<b>"), "{b}");
        assert!(b.contains("&lt;a href=&quot;https://evil&quot;&gt;"), "{b}");
        assert!(b.contains("&amp;amp;"), "{b}");
        assert!(b.contains('…'), "{b}");
        assert!(b.contains("サービス外連絡申請"), "{b}");
    }

    #[test]
    fn only_platform_urls_are_opened() {
        let domains = vec![("crowdworks".to_string(), vec!["crowdworks.jp".to_string()])];
        let ok = alert("crowdworks", "https://crowdworks.jp/messages/123");
        assert!(safe_url(&ok, &domains).is_some());
        for bad in [
            "https://crowdworks.jp.evil.com/x",
            "http://crowdworks.jp/messages/1",
            "https://evil.com/?crowdworks.jp",
            "https://user@evil.com/",
            "javascript:alert(1)",
        ] {
            assert!(
                safe_url(&alert("crowdworks", bad), &domains).is_none(),
                "{bad}"
            );
        }
        assert!(safe_url(&alert("lancers", "https://crowdworks.jp/x"), &domains).is_none());
    }
}
