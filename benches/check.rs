//! Throughput of the full check path (parse + classify + extract + screen) against bare
//! `mailparse::parse_mail` + body decoding of the same bytes, on the dev corpus built by
//! ../shared/corpus/mkeml.py. Figures go in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use offguard::{Checker, Config};
use std::hint::black_box;
use std::path::PathBuf;

fn corpus() -> Vec<Vec<u8>> {
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

fn bare_parse(raw: &[u8]) -> usize {
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

fn bench(c: &mut Criterion) {
    let mails = corpus();
    let checker = Checker::new(Config::embedded());
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Elements(mails.len() as u64));
    g.bench_function("bare_parse", |b| {
        b.iter(|| {
            mails
                .iter()
                .map(|m| bare_parse(black_box(m)))
                .sum::<usize>()
        })
    });
    g.bench_function("full_check", |b| {
        b.iter(|| {
            mails
                .iter()
                .map(|m| checker.check(black_box(m)).score)
                .sum::<i32>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
