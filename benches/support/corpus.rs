//! The dev corpus as raw mails, built by ../shared/corpus/mkeml.py (OFFGUARD_SHARED
//! overrides where `shared` is), plus the bare-parse baseline; shared by the benches.

use std::path::PathBuf;

/// Every mail of the dev corpus with `--extras`, sorted by file name.
pub fn corpus() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("OFFGUARD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared"));
    let dir = tempfile::tempdir().expect("tempdir");
    let status = std::process::Command::new("python3")
        .arg(shared.join("corpus/mkeml.py"))
        .arg(shared.join("corpus/dev-messages.txt"))
        .arg(dir.path())
        .arg("--extras")
        .output()
        .expect("python3");
    assert!(status.status.success(), "mkeml.py failed");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// The baseline: `mailparse::parse_mail` plus decoding every leaf body.
pub fn bare_parse(raw: &[u8]) -> usize {
    fn walk(m: &mailparse::ParsedMail) -> usize {
        let own = if m.subparts.is_empty() {
            m.get_body().map(|b| b.len()).unwrap_or(0)
        } else {
            0
        };
        own + m.subparts.iter().map(walk).sum::<usize>()
    }
    mailparse::parse_mail(raw).map(|m| walk(&m)).unwrap_or(0)
}
