//! Bad input never crashes and never stalls: each case gets `error` or a best-effort
//! verdict. Sizes here are large enough to matter; speed is measured in benches, not here.

use offguard::{Checker, Config, Outcome};

fn checker() -> Checker {
    Checker::new(Config::embedded())
}

const HEAD: &str = "From: =?UTF-8?B?44Kv44Op44Km44OJ44Ov44O844Kv44K5?= <no-reply@crowdworks.jp>\r\n\
To: worker@example.jp\r\n\
Subject: =?UTF-8?B?44CQ44Kv44Op44Km44OJ44Ov44O844Kv44K544CR5L2Q6Jek5ZWG5LqL44GV44KT44GL44KJ44Oh44OD44K744O844K444GM5bGK44GN44G+44GX44Gf?=\r\n\
Message-ID: <hostile@crowdworks.jp>\r\n\
MIME-Version: 1.0\r\n";

fn body(text: &str) -> String {
    format!(
        "ワーカー様\n\n----------------------------------------------------------------\n{text}\n----------------------------------------------------------------\n\n※このメールは送信専用です。LINEや直接契約の勧誘は禁止です。\n"
    )
}

#[test]
fn empty_and_blank_files_are_errors() {
    for raw in [&b""[..], b"\r\n\r\n  \n"] {
        let v = checker().check(raw);
        assert_eq!(v.verdict, Outcome::Error, "{}", v.reason);
        assert!(v.reason.starts_with("cannot"), "{}", v.reason);
    }
}

#[test]
fn binary_junk_is_handled() {
    // Deterministic pseudo-random bytes.
    let mut x: u32 = 12345;
    let junk: Vec<u8> = (0..200_000)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect();
    let v = checker().check(&junk);
    assert!(
        matches!(v.verdict, Outcome::Error | Outcome::Skipped),
        "{v:?}"
    );
}

#[test]
fn truncated_mime_gets_a_best_effort_verdict() {
    let raw = format!(
        "{HEAD}Content-Type: multipart/alternative; boundary=\"XYZ\"\r\n\r\n--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{}",
        body("LINE ID：abc_123 を追加してください")
    );
    // Cut in the middle of the footer: no closing boundary, half a line.
    let cut = &raw.as_bytes()[..raw.len() - 20];
    let v = checker().check(cut);
    assert_eq!(v.verdict, Outcome::Alert, "{}", v.reason);
}

#[test]
fn invalid_base64_does_not_crash() {
    let raw = format!(
        "{HEAD}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64 at all ***\r\n%%%%\r\n"
    );
    let v = checker().check(raw.as_bytes());
    assert!(
        matches!(v.verdict, Outcome::Clean | Outcome::Error),
        "{v:?}"
    );
}

#[test]
fn lying_charset_label_is_survived() {
    // Shift_JIS bytes labelled ISO-2022-JP: decode as what they are.
    let text = body("詳細はLINEでお送りします。ID：kk_work77 を追加してください。");
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&text);
    let mut raw = format!(
        "{HEAD}Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    .into_bytes();
    raw.extend_from_slice(&sjis);
    let v = checker().check(&raw);
    assert_eq!(v.verdict, Outcome::Alert, "{}", v.reason);
    assert!(
        v.findings.iter().any(|f| f.excerpt.contains("kk_work77")),
        "{:?}",
        v.findings
    );
}

#[test]
fn fifty_megabyte_mail_is_cut_not_swallowed() {
    let mut raw = format!(
        "{HEAD}Content-Type: text/plain; charset=utf-8\r\n\r\n{}",
        body("LINE ID：abc_123 を追加してください")
    )
    .into_bytes();
    raw.extend(std::iter::repeat_n(b'a', 50 * 1024 * 1024));
    let v = checker().check(&raw);
    assert_eq!(v.verdict, Outcome::Alert, "{}", v.reason);
    assert!(v.reason.contains("size limit"), "{}", v.reason);
}

#[test]
fn ten_thousand_nested_parts_are_refused() {
    let mut raw = format!("{HEAD}Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
    for i in 1..10_000 {
        raw.push_str(&format!(
            "--b{}\r\nContent-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n",
            i - 1
        ));
    }
    raw.push_str("--b9999\r\nContent-Type: text/plain\r\n\r\nLINE ID: abc_123\r\n");
    let v = checker().check(raw.as_bytes());
    assert_eq!(v.verdict, Outcome::Error, "{}", v.reason);
    assert!(v.reason.contains("multipart"), "{}", v.reason);
}

#[test]
fn ten_thousand_sibling_parts_are_bounded() {
    let mut raw = format!("{HEAD}Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n");
    for _ in 0..10_000 {
        raw.push_str("--B\r\nContent-Type: application/octet-stream\r\n\r\nxx\r\n");
    }
    raw.push_str("--B--\r\n");
    let v = checker().check(raw.as_bytes());
    // Too many parts to be a notification; either refused or screened without a body.
    assert!(
        matches!(v.verdict, Outcome::Clean | Outcome::Error),
        "{v:?}"
    );
}

#[test]
fn html_bomb_is_bounded() {
    let mut html = String::from("<html><body>");
    html.push_str(&"<div><span>&amp;&#x41;&lt;".repeat(200_000));
    html.push_str("<p>-----------------------------------------------------------</p>");
    let raw = format!("{HEAD}Content-Type: text/html; charset=utf-8\r\n\r\n{html}</body></html>");
    let v = checker().check(raw.as_bytes());
    assert_ne!(v.verdict, Outcome::Alert, "{v:?}");
}

#[test]
fn headers_only_and_garbage_headers() {
    let v = checker().check(b"Subject: hi\r\n");
    assert!(matches!(v.verdict, Outcome::Skipped | Outcome::Error));
    let v = checker().check(b"From: <<<@@@>>>\r\nSubject: =?bogus?Q?=ZZ?=\r\n\r\nbody");
    assert!(matches!(v.verdict, Outcome::Skipped | Outcome::Error));
}
