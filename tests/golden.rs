//! Golden fixtures: each tests/golden/NAME.eml has the expected `offguard check --json`
//! verdict (without `path`) in NAME.json. `OFFGUARD_UPDATE_GOLDEN=1` rewrites them.

use offguard::{Checker, Config};
use std::path::PathBuf;

#[test]
fn golden_verdicts() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let checker = Checker::new(Config::embedded());
    let update = std::env::var("OFFGUARD_UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut emls: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    emls.sort();
    assert!(emls.len() >= 8, "fixtures missing");
    let mut failures = Vec::new();
    for eml in emls {
        let v = checker.check(&std::fs::read(&eml).unwrap());
        let got = serde_json::to_value(&v).unwrap();
        let json = eml.with_extension("json");
        if update {
            let text = serde_json::to_string_pretty(&got).unwrap() + "\n";
            std::fs::write(&json, text).unwrap();
            continue;
        }
        let want: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&json)
                .unwrap_or_else(|_| panic!("{} missing", json.display())),
        )
        .unwrap();
        if got != want {
            failures.push(format!("{}:\n want {}\n  got {}", eml.display(), want, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
