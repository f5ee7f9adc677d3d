//! Where the time of one check goes, phase by phase, on the dev corpus: bare parse (the
//! baseline), `mail::parse`, classification + extraction, screening, and the whole
//! `Checker::check`. A bench binary, so each phase runs in its own tight loop.
//!
//! It ends with the ratio that matters, measured in short alternating rounds so that the
//! machine's drift cancels out.
//!
//! Run: `cargo bench --bench phases`. For instruction counts and cache misses, which unlike
//! time do not drift on a shared machine, run one path under callgrind or cachegrind with
//! `OFFGUARD_BENCH_ONLY=bare|parse|classify|screen|check|none` (50 passes over the corpus, or
//! `OFFGUARD_BENCH_PASSES`; `none` measures the set-up, to subtract) — see BENCHMARKS.md.

#[path = "support/corpus.rs"]
mod corpus;

use corpus::{bare_parse, corpus};
use offguard::screen::Screener;
use offguard::{mail, Checker, Config};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let mails = corpus();
    let config = Config::embedded();
    let checker = Checker::new(config.clone());
    let passes = |default: u32| -> u32 {
        std::env::var("OFFGUARD_BENCH_PASSES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let screener = Screener::new(&config);
    let parsed: Vec<mail::Mail> = mails
        .iter()
        .filter_map(|m| mail::parse(m, &config.limits).ok())
        .collect();
    let texts: Vec<String> = parsed
        .iter()
        .filter_map(|p| mail::classify(&config, p).extraction.map(|e| e.text))
        .collect();
    if let Ok(only) = std::env::var("OFFGUARD_BENCH_ONLY") {
        let mut sink = 0usize;
        for _ in 0..passes(50) {
            if only == "screen" {
                for t in &texts {
                    sink += screener.screen(black_box(t)).score as usize;
                }
                continue;
            }
            if only == "classify" {
                for p in &parsed {
                    sink += mail::classify(&config, black_box(p)).subject.len();
                }
                continue;
            }
            for m in &mails {
                sink += match only.as_str() {
                    "bare" => bare_parse(black_box(m)),
                    "parse" => mail::parse(black_box(m), &config.limits)
                        .map(|m| m.body.len())
                        .unwrap_or(0),
                    "check" => checker.check(black_box(m)).score as usize,
                    _ => 0,
                };
            }
        }
        println!("{only}: {sink}");
        return;
    }
    let passes = passes(300);
    // µs per mail (or per screened text) of one loop, after one warm-up pass.
    let time = |n: usize, f: &mut dyn FnMut() -> usize| {
        black_box(f());
        let start = Instant::now();
        for _ in 0..passes {
            black_box(f());
        }
        start.elapsed().as_secs_f64() * 1e6 / f64::from(passes) / n as f64
    };
    let bare = time(mails.len(), &mut || {
        mails.iter().map(|m| bare_parse(m)).sum()
    });
    let parse = time(mails.len(), &mut || {
        mails
            .iter()
            .filter_map(|m| mail::parse(m, &config.limits).ok())
            .map(|m| m.body.len())
            .sum()
    });
    let classify = time(parsed.len(), &mut || {
        parsed
            .iter()
            .map(|p| mail::classify(&config, p).subject.len())
            .sum()
    });
    let screen = time(texts.len(), &mut || {
        texts
            .iter()
            .map(|t| screener.screen(t).score as usize)
            .sum()
    });
    let check = time(mails.len(), &mut || {
        mails.iter().map(|m| checker.check(m).score as usize).sum()
    });
    println!(
        "{} mails, {} screened texts, {passes} passes; matcher and prefilter {} KB",
        mails.len(),
        texts.len(),
        screener.compiled_bytes() / 1024
    );
    println!("bare parse (baseline)     {bare:7.2} µs/mail");
    println!("mail::parse               {parse:7.2} µs/mail");
    println!("classify + extract        {classify:7.2} µs/mail");
    println!("screen                    {screen:7.2} µs/text");
    println!("Checker::check            {check:7.2} µs/mail");
    println!("check / bare parse        {:7.2}×", check / bare);

    // The machine's speed drifts by tens of per cent within minutes: two long loops one
    // after the other put that drift into their ratio. Short rounds that alternate the two
    // see nearly the same machine; the median of their ratios is the steady figure.
    let rounds = passes.clamp(11, 101) | 1;
    let mut ratios: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..5 {
                black_box(mails.iter().map(|m| bare_parse(m)).sum::<usize>());
            }
            let bare = t.elapsed().as_secs_f64();
            let t = Instant::now();
            for _ in 0..5 {
                black_box(
                    mails
                        .iter()
                        .map(|m| checker.check(m).score as usize)
                        .sum::<usize>(),
                );
            }
            t.elapsed().as_secs_f64() / bare
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    let q = |f: f64| ratios[((ratios.len() - 1) as f64 * f).round() as usize];
    println!(
        "check / bare, {rounds} alternating rounds: median {:.2}× (quartiles {:.2}–{:.2}×)",
        q(0.5),
        q(0.25),
        q(0.75)
    );
}
