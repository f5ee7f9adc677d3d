//! Patterns: a compact backtracking [`matcher`] for many patterns at once, and [`Regex`],
//! a regular expression from the configuration searched through it.
//!
//! The regex crate is the reference everywhere: it validates every pattern, and anything
//! the matcher does not compile, or gives up on, runs there. The matcher is the fast path
//! for the searches done on every mail (platform subjects, markers, links, screening
//! rules), which with a regex each kept a lazy-DFA cache per pattern warm for nothing.

pub mod matcher;

use matcher::{Entry, Outcome, Program, Scratch};
use memchr::memmem;
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::Look;
use std::cell::RefCell;
use std::ops::Range;

/// Steps one anchored search may take before the regex crate takes over.
const STEP_BUDGET: u32 = 20_000;

thread_local! {
    /// The backtracking stack of this thread's searches: a mail runs a dozen of them
    /// (platform subjects, markers, links), and a stack of their own was an allocation
    /// each.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::with_capacity(32));
}

/// Runs `f` with this thread's scratch, or with a fresh one should a search ever run
/// inside another.
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => {
            let r = f(&mut s);
            s.shrink_to(1024);
            r
        }
        Err(_) => f(&mut Scratch::with_capacity(32)),
    })
}

/// A regular expression (regex crate syntax) whose searches use the matcher where they can.
#[derive(Debug, Clone)]
pub struct Regex {
    re: regex::Regex,
    fast: Option<Fast>,
}

#[derive(Debug, Clone)]
struct Fast {
    program: Program,
    entry: Entry,
    starts: Starts,
    /// The expression has a group named `name` (else the recorded group is not asked for).
    has_name: bool,
}

/// Where a match may start.
#[derive(Debug, Clone)]
enum Starts {
    /// Only at the start of the text (`^` without multi-line mode).
    Zero,
    /// Where this literal, which starts every match, occurs.
    Literal(Box<memmem::Finder<'static>>),
}

impl Regex {
    /// Compiles `src` as `regex::RegexBuilder` does with the given size limit.
    pub fn with_size_limit(src: &str, size_limit: usize) -> Result<Regex, regex::Error> {
        let re = regex::RegexBuilder::new(src)
            .size_limit(size_limit)
            .build()?;
        let fast = Fast::new(&re);
        Ok(Regex { re, fast })
    }

    pub fn new(src: &str) -> Result<Regex, regex::Error> {
        Regex::with_size_limit(src, 10 * (1 << 20))
    }

    pub fn as_str(&self) -> &str {
        self.re.as_str()
    }

    /// The leftmost-first match, as `regex::Regex::find` reports it.
    pub fn find(&self, hay: &str) -> Option<Range<usize>> {
        self.search(hay).map(|(m, _)| m)
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.find(hay).is_some()
    }

    /// The leftmost-first match and, in it, the capture group named `name`.
    pub fn find_named(&self, hay: &str) -> Option<(Range<usize>, Option<Range<usize>>)> {
        self.search(hay)
    }

    fn search(&self, hay: &str) -> Option<(Range<usize>, Option<Range<usize>>)> {
        let Some(fast) = &self.fast else {
            return self.slow(hay, 0);
        };
        with_scratch(|scratch| self.search_fast(fast, hay, scratch))
    }

    fn search_fast(
        &self,
        fast: &Fast,
        hay: &str,
        scratch: &mut Scratch,
    ) -> Option<(Range<usize>, Option<Range<usize>>)> {
        let mut run = |at: usize| match fast.program.run(fast.entry, hay, at, scratch, STEP_BUDGET)
        {
            Outcome::Match { end, group } => {
                let group = group.filter(|_| fast.has_name).map(|(s, e)| s..e);
                Some(Some((at..end, group)))
            }
            Outcome::NoMatch => None,
            // Gave up: the regex crate searches on from here (no match starts earlier).
            Outcome::Budget => Some(self.slow(hay, at)),
        };
        match &fast.starts {
            Starts::Zero => run(0).flatten(),
            Starts::Literal(finder) => {
                let bytes = hay.as_bytes();
                let mut from = 0;
                while let Some(i) = finder.find(&bytes[from..]) {
                    let at = from + i;
                    if let Some(found) = run(at) {
                        return found;
                    }
                    // Overlapping occurrences too (the literal `--` in `---`).
                    from = at + 1;
                }
                None
            }
        }
    }

    /// The regex crate's search from `at` on.
    fn slow(&self, hay: &str, at: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
        let caps = self.re.captures_at(hay, at)?;
        let whole = caps.get(0).expect("group 0").range();
        Some((whole, caps.name("name").map(|m| m.range())))
    }

    /// Whether the matcher runs this expression's searches (test support).
    #[doc(hidden)]
    pub fn is_fast(&self) -> bool {
        self.fast.is_some()
    }
}

impl Fast {
    fn new(re: &regex::Regex) -> Option<Fast> {
        let hir = regex_syntax::ParserBuilder::new()
            .build()
            .parse(re.as_str())
            .ok()?;
        let starts = if hir.properties().look_set_prefix().contains(Look::Start) {
            Starts::Zero
        } else {
            let mut ex = Extractor::new();
            ex.kind(ExtractKind::Prefix);
            let seq = ex.extract(&hir);
            let lits = seq.literals()?;
            // Every match starts with the prefix all the literals share.
            let first = lits.first()?.as_bytes();
            let common = lits.iter().fold(first.len(), |n, l| {
                first[..n]
                    .iter()
                    .zip(l.as_bytes())
                    .take_while(|(a, b)| a == b)
                    .count()
            });
            let bytes = &first[..common];
            // Whole characters only: the search must land on character boundaries.
            let valid = match std::str::from_utf8(bytes) {
                Ok(_) => bytes,
                Err(e) => &bytes[..e.valid_up_to()],
            };
            if valid.is_empty() {
                return None;
            }
            Starts::Literal(Box::new(memmem::Finder::new(valid).into_owned()))
        };
        // The matcher records the capture group named `name` (the counterpart in a subject).
        let name = re.capture_names().position(|n| n == Some("name"));
        let mut program = Program::new();
        let entry = program.add_with_group(re.as_str(), name.unwrap_or(1) as u32)?;
        program.finish();
        Some(Fast {
            program,
            entry,
            starts,
            has_name: name.is_some(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn agrees(src: &str, hays: &[&str]) {
        let ours = Regex::new(src).unwrap();
        assert!(ours.is_fast(), "{src} not on the matcher");
        let re = regex::Regex::new(src).unwrap();
        for hay in hays {
            let want = re
                .captures(hay)
                .map(|c| (c.get(0).unwrap().range(), c.name("name").map(|m| m.range())));
            assert_eq!(ours.find_named(hay), want, "{src:?} on {hay:?}");
            assert_eq!(ours.find(hay), re.find(hay).map(|m| m.range()), "{src:?}");
        }
    }

    #[test]
    fn searches_find_what_the_regex_crate_finds() {
        agrees(
            "^【クラウドワークス】(?P<name>.+?)さんからメッセージが届きました",
            &[
                "【クラウドワークス】佐藤商事さんからメッセージが届きました",
                "Re: 【クラウドワークス】佐藤さんからメッセージが届きました",
                "【クラウドワークス】お知らせ",
                "",
            ],
        );
        agrees(
            "(?m)^-{20,}[ \\t]*$",
            &[
                "head\n------------------------------\nbody\n--------------------\n",
                "short ---\n-------------------------  x\n",
                "----------------------------------------",
            ],
        );
        agrees(
            "https://crowdworks\\.jp/messages/[0-9]+[^\\s\"<>]*",
            &[
                "see https://crowdworks.jp/messages/123?ref=x now",
                "https://crowdworks.jp/messages/ and https://crowdworks.jp/messages/9",
            ],
        );
        agrees("＜メッセージ内容＞", &["前＜メッセージ内容＞後", "なし"]);
    }

    #[test]
    fn expressions_without_a_start_literal_use_the_regex_crate() {
        let r = Regex::new("(?:a|b)x").unwrap();
        assert!(!r.is_fast());
        assert_eq!(r.find("zbx"), Some(1..3));
        assert_eq!(r.as_str(), "(?:a|b)x");
    }
}
