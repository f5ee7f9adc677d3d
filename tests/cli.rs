//! `offguard check` and `offguard config check` as a user runs them: exit codes, JSON lines,
//! human output, stdin, mbox, and precise messages for broken configs.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_offguard"));
    // Never pick up the developer's own ~/.config/offguard/config.yaml.
    c.env("XDG_CONFIG_HOME", "/nonexistent-offguard-test");
    c
}

fn golden() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

#[test]
fn json_has_one_object_per_mail_with_the_documented_fields() {
    let out = bin()
        .args(["check", "--json"])
        .arg(golden())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let emls = std::fs::read_dir(golden())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "eml")
        })
        .count();
    assert_eq!(lines.len(), emls);
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        for key in [
            "path", "platform", "kind", "verdict", "score", "severity", "findings", "reason",
        ] {
            assert!(v.get(key).is_some(), "{key} missing in {l}");
        }
        for f in v["findings"].as_array().unwrap() {
            for key in ["rule", "category", "points", "excerpt", "description"] {
                assert!(f.get(key).is_some(), "{key} missing in finding {f}");
            }
        }
    }
}

#[test]
fn human_output_explains_the_verdict() {
    let out = bin()
        .arg("check")
        .arg(golden().join("crowdworks-iso2022jp-line.eml"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("ALERT"), "{text}");
    assert!(text.contains("ＬＩＮＥ"), "{text}");
    assert!(text.contains("サービス外連絡申請"), "{text}");
    assert!(
        text.contains("Ask why they want to move off the platform"),
        "{text}"
    );
}

#[test]
fn unreadable_paths_exit_2_and_the_rest_still_run() {
    let out = bin()
        .args(["check", "--json", "/nonexistent/mail.eml"])
        .arg(golden().join("personal-foreign.eml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/mail.eml"));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn usage_errors_exit_2() {
    let out = bin().args(["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin().args(["frobnicate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_is_read_with_dash() {
    let mut child = bin()
        .args(["check", "--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mail = std::fs::read(golden().join("lancers-shiftjis-direct.eml")).unwrap();
    child.stdin.take().unwrap().write_all(&mail).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["path"], "-");
    assert_eq!(v["verdict"], "alert");
    assert_eq!(v["platform"], "lancers");
}

#[test]
fn mbox_files_are_split() {
    let dir = tempfile::tempdir().unwrap();
    let mut mbox = Vec::new();
    for name in ["fiverr-qp-email.eml", "upwork-alternative-clean.eml"] {
        mbox.extend_from_slice(b"From MAILER-DAEMON Fri Nov 20 10:00:00 2026\n");
        let m = std::fs::read(golden().join(name)).unwrap();
        mbox.extend_from_slice(
            &m.iter()
                .copied()
                .filter(|b| *b != b'\r')
                .collect::<Vec<_>>(),
        );
        mbox.extend_from_slice(b"\n");
    }
    let p = dir.path().join("inbox.mbox");
    std::fs::write(&p, mbox).unwrap();
    let out = bin().args(["check", "--json"]).arg(&p).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let v: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["verdict"], "alert");
    assert_eq!(v[1]["verdict"], "clean");
    assert!(v[1]["path"].as_str().unwrap().ends_with("inbox.mbox#2"));
}

#[test]
fn bad_config_exits_78_naming_file_line_and_key() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad-configs");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let expect = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .expect("first line says what to expect");
        for args in [vec!["config", "check"], vec!["check", "--config"]] {
            let mut cmd = bin();
            cmd.args(&args).arg(&path);
            if args[0] == "check" {
                cmd.arg(golden().join("personal-foreign.eml"));
            }
            let out = cmd.output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(78), "{}: {err}", path.display());
            assert!(
                err.contains(expect),
                "{}: want {expect:?} in {err}",
                path.display()
            );
            let name = path.file_name().unwrap().to_str().unwrap();
            // file:line:column
            let re = regex::Regex::new(&format!(r"{}:\d+:\d+", regex::escape(name))).unwrap();
            assert!(re.is_match(&err), "no position in {err}");
        }
        n += 1;
    }
    assert!(n >= 10);
}

#[test]
fn config_check_prints_the_effective_path() {
    let out = bin().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("<embedded default config.yaml>"));
    let cfg = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config.yaml");
    let out = bin().args(["config", "check"]).arg(&cfg).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains(cfg.to_str().unwrap()));
}
