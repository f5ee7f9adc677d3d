//! Throughput of the full check path (parse + classify + extract + screen) against bare
//! `mailparse::parse_mail` + body decoding of the same bytes, on the dev corpus built by
//! ../shared/corpus/mkeml.py. Figures go in BENCHMARKS.md.

#[path = "support/corpus.rs"]
mod corpus;

use corpus::{bare_parse, corpus};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use offguard::{Checker, Config};
use std::hint::black_box;

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
