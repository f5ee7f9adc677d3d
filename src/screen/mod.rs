//! Screening: the counterpart's words → scored, explained findings.
//!
//! Pure and synchronous: no I/O, no clocks. [`Screener`] compiles the built-in rules plus the
//! user's extra rules once; [`Screener::screen`] runs them over one message.
//!
//! Pipeline: normalise → run every rule → decide, per hit, whether context cancels it
//! (negation, the tool being the topic, an example number, an on-platform feature, a filed
//! application, an allow-listed handle) → one finding per rule → score and severity.

mod category;
pub mod normalize;
mod prefilter;
mod rules;
mod window;

pub use category::Category;
pub use normalize::{normalize, Norm};

use crate::config::{Config, Detection};
use crate::pattern::matcher;
use prefilter::{Candidate, Candidates, Prefilter};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};
use rules::{Check, Scale, RULES};
use serde::Serialize;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    None,
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::None => "none",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// One piece of evidence, or (category `context`, negative points) one reason to discount.
/// The rule's own strings are shared with the compiled rule (`Arc`): a verdict's findings
/// cost no copies of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: Arc<str>,
    pub category: Category,
    pub points: i32,
    /// The matching words as written in the original message (not normalised).
    pub excerpt: String,
    /// Japanese and English description joined by " / ".
    pub description: Arc<str>,
    #[serde(skip)]
    pub description_ja: Arc<str>,
    #[serde(skip)]
    pub description_en: Arc<str>,
    /// Short name of the channel or kind of finding for summaries (LINE, 電話番号…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Arc<str>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Screening {
    pub score: i32,
    pub severity: Severity,
    pub alert: bool,
    pub findings: Vec<Finding>,
    /// The message was cut to `limits.max_screened_chars`.
    pub truncated: bool,
}

impl Screening {
    /// No findings at all.
    fn nothing(truncated: bool) -> Screening {
        Screening {
            score: 0,
            severity: Severity::None,
            alert: false,
            findings: Vec::new(),
            truncated,
        }
    }
}

/// Labels of the positive findings (LINE, 電話番号…), strongest first, without repeats.
pub fn labels(findings: &[Finding]) -> Vec<String> {
    let mut pos: Vec<&Finding> = findings.iter().filter(|f| f.points > 0).collect();
    pos.sort_by_key(|f| std::cmp::Reverse(f.points));
    let mut out: Vec<String> = Vec::new();
    for f in pos {
        if let Some(l) = &f.label {
            if !out.iter().any(|o| o.as_str() == &**l) {
                out.push(l.to_string());
            }
        }
    }
    out
}

/// Why a hit does not count, and the cue that says so.
type Cancel = (Discount, Range<usize>);

/// Why a hit does not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Discount {
    Negation,
    Topic,
    Example,
    OnPlatform,
    Application,
    Allowed,
}

impl Discount {
    fn rule(self) -> &'static str {
        match self {
            Discount::Negation => "context.negation",
            Discount::Topic => "context.topic",
            Discount::Example => "context.example",
            Discount::OnPlatform => "context.on_platform",
            Discount::Application => "context.application_filed",
            Discount::Allowed => "context.allow_list",
        }
    }
    fn ja(self) -> &'static str {
        match self {
            Discount::Negation => "否定・お断りの文脈（外部連絡を断っている）",
            Discount::Topic => "ツール自体が仕事の題材（Bot・スタンプ・API など）",
            Discount::Example => "番号・アドレスは例やデータとして書かれている",
            Discount::OnPlatform => "プラットフォーム内の機能の話",
            Discount::Application => "サービス外連絡申請（連絡先公開申請）が提出・承認済み",
            Discount::Allowed => "許可リストにある相手・連絡先",
        }
    }
    fn en(self) -> &'static str {
        match self {
            Discount::Negation => "negated or refused (they decline off-platform contact)",
            Discount::Topic => "the tool is the topic of the work (bot, stickers, API…)",
            Discount::Example => "the number or address is an example or data",
            Discount::OnPlatform => "about a feature of the platform itself",
            Discount::Application => "the off-platform contact application was filed or approved",
            Discount::Allowed => "allow-listed counterpart or contact detail",
        }
    }
}

struct CompiledRule {
    id: Arc<str>,
    category: Category,
    /// Points per finding: the category weight scaled by the rule's strength, or the
    /// user rule's own `points`. Fixed per configuration.
    points: i32,
    check: Check,
    label: Option<Arc<str>>,
    ja: Arc<str>,
    en: Arc<str>,
    /// `ja / en`, built once.
    description: Arc<str>,
}

/// What one pattern (rule pattern or context cue) belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Rule(usize),
    Negation,
    Topic,
    Example,
    /// The message orders a printed or displayed piece (名刺のデザイン): its numbers and
    /// addresses are content in every sentence, not only the one that names it.
    Deliverable,
    OnPlatform,
    Application,
}

/// One pattern (with `\b` already made ASCII). It runs in the shared [`matcher`] program
/// where the prefilter says it may start; the regex, compiled on first use, is the
/// fallback for what the matcher does not compile or gives up on, and runs the patterns
/// that may start anywhere.
struct Pattern {
    source: String,
    /// Every match starts where the prefilter names a place for this pattern (one of its
    /// literals, or a window before a literal inside it), so it is tried anchored there,
    /// over the whole text only when a window was too wide to walk.
    anchored: bool,
    /// Its place in the matcher's program, when it compiled there.
    entry: Option<matcher::Entry>,
    regex: OnceLock<Regex>,
}

impl Pattern {
    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            Regex::new(&self.source).unwrap_or_else(|e| panic!("pattern {:?}: {e}", self.source))
        })
    }
}

/// Steps a backtracking search may take before the regex crate takes over: ordinary
/// verifications take a few hundred.
const STEP_BUDGET: u32 = 20_000;

/// The buffers one screening works in, kept per thread: allocating them for each message
/// (the normalised text and its origins, the prefilter's places, the matcher's stack) was
/// about a sixth of the allocations of a check, and the largest ones.
#[derive(Default)]
struct Work {
    norm: Norm,
    cand: Candidates,
    scratch: matcher::Scratch,
    hits: Vec<Hit>,
    found: Vec<Found>,
}

impl Work {
    /// After a long text: back to ordinary sizes (a kept buffer keeps its peak).
    fn shrink(&mut self) {
        self.norm.shrink_to(4096);
        self.cand.shrink_to(4096);
        self.scratch.shrink_to(1024);
        if self.hits.capacity() > 256 {
            self.hits = Vec::new();
        }
        if self.found.capacity() > 256 {
            self.found = Vec::new();
        }
    }
}

thread_local! {
    static WORK: std::cell::RefCell<Work> = std::cell::RefCell::new(Work::default());
}

/// One match: the whole of it, and capture group 1 when the pattern has one.
type Found = (Range<usize>, Option<Range<usize>>);

/// Compiled detectors for one configuration.
pub struct Screener {
    rules: Vec<CompiledRule>,
    /// Where each pattern may start, from its literals: only those places are tried.
    prefilter: Prefilter,
    /// Every pattern the matcher compiles, in one program.
    program: matcher::Program,
    slots: Vec<Slot>,
    /// The pattern of each slot.
    patterns: Vec<Pattern>,
    /// The slot of the filed-application cue.
    application_slot: usize,
    detection: Detection,
    max_chars: usize,
    /// Domains of the platforms themselves: their addresses in a message are not contact info.
    platform_domains: Vec<String>,
}

/// A rule's points from its category weight and strength.
fn scaled(weight: i32, scale: Scale) -> i32 {
    match scale {
        Scale::Weak if weight > 0 => (weight / 3).max(1),
        Scale::Weak => 0,
        Scale::Normal => weight,
        Scale::Strong => weight * 2,
    }
}

/// Built-in patterns write `\b` meaning an ASCII word boundary: in Japanese text a Latin
/// word sits right next to kana (はlineで), where a Unicode `\b` would not match.
/// Rewrites `\b` as an ASCII word boundary and `\s` as ASCII white space (also used for
/// the user's extra rules). Normalisation leaves no other white space, so `\s` means the
/// same; written out as Unicode's 25 characters it made the prefilter keep 25 heads for
/// each `on\s`, `you\s`…, all compared wherever "on" or "you" occurs.
pub fn ascii_dialect(src: &str) -> String {
    src.replace(r"\b", r"(?-u:\b)")
        .replace(r"\s", r"[\t\n\x0B\x0C\r ]")
}

/// The regex crate's leftmost-first match anchored at `at`, with capture group 1.
fn anchored_search(re: &Regex, t: &str, at: usize) -> Option<Found> {
    let input = Input::new(t).span(at..t.len()).anchored(Anchored::Yes);
    if re.captures_len() == 1 {
        return re.search(&input).map(|m| (m.range(), None));
    }
    let mut caps = re.create_captures();
    re.search_captures(&input, &mut caps);
    let m = caps.get_match()?;
    Some((m.range(), caps.get_group(1).map(|g| g.range())))
}

/// Capture group 1 of the match that starts at `at` (none when the pattern has no groups).
fn group_at(re: &Regex, t: &str, at: usize) -> Option<Range<usize>> {
    if re.captures_len() == 1 {
        return None;
    }
    anchored_search(re, t, at).and_then(|(_, g)| g)
}

/// A hit of one rule, before context is applied.
struct Hit {
    rule: usize,
    range: Range<usize>,
    sentence: usize,
}

/// Per-sentence context cues (byte ranges in the normalised text).
#[derive(Default)]
struct SentenceCues {
    negation: Vec<Range<usize>>,
    topic: Option<Range<usize>>,
    example: Option<Range<usize>>,
    on_platform: Option<Range<usize>>,
}

impl Screener {
    pub fn new(config: &Config) -> Screener {
        let mut rules: Vec<CompiledRule> = Vec::new();
        let mut slots = Vec::new();
        let mut sources: Vec<String> = Vec::new();
        for r in RULES
            .iter()
            .filter(|r| !config.detection.disabled_rules.contains(r.id))
        {
            for p in r.patterns {
                slots.push(Slot::Rule(rules.len()));
                sources.push(ascii_dialect(p));
            }
            rules.push(CompiledRule {
                id: r.id.into(),
                category: r.category,
                points: scaled(config.detection.weight(r.category), r.scale),
                check: r.check,
                label: r.label.map(Arc::from),
                ja: r.ja.into(),
                en: r.en.into(),
                description: format!("{} / {}", r.ja, r.en).into(),
            });
        }
        for r in &config.detection.extra_rules {
            if config.detection.disabled_rules.contains(&r.id) {
                continue;
            }
            slots.push(Slot::Rule(rules.len()));
            // Validated (and made ASCII-boundary) by the config already.
            sources.push(r.regex.as_str().to_string());
            rules.push(CompiledRule {
                id: r.id.as_str().into(),
                category: r.category,
                points: r
                    .points
                    .unwrap_or_else(|| config.detection.weight(r.category)),
                check: Check::None,
                label: None,
                ja: r.description_ja.as_str().into(),
                en: r.description_en.as_str().into(),
                description: format!("{} / {}", r.description_ja, r.description_en).into(),
            });
        }
        let cue_groups: [(&[&str], Slot); 6] = [
            (rules::NEGATION, Slot::Negation),
            (rules::TOPIC, Slot::Topic),
            (rules::EXAMPLE, Slot::Example),
            (rules::DELIVERABLE, Slot::Deliverable),
            (rules::ON_PLATFORM, Slot::OnPlatform),
            (&[rules::APPLICATION_FILED], Slot::Application),
        ];
        for (group, slot) in cue_groups {
            for p in group {
                slots.push(slot);
                sources.push(ascii_dialect(p));
            }
        }
        let application_slot = slots
            .iter()
            .position(|s| *s == Slot::Application)
            .expect("application slot");
        let (prefilter, anchored) = {
            let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
            prefilter::build(&refs, &[DANGER])
        };
        // Only anchored patterns run in the matcher: the others may start anywhere, and the
        // regex crate scans a whole text faster than trying every position.
        let mut program = matcher::Program::new();
        let patterns = sources
            .into_iter()
            .zip(anchored)
            .map(|(source, anchored)| Pattern {
                entry: if anchored { program.add(&source) } else { None },
                source,
                anchored,
                regex: OnceLock::new(),
            })
            .collect();
        program.finish();
        Screener {
            rules,
            prefilter,
            program,
            slots,
            patterns,
            application_slot,
            detection: config.detection.clone(),
            max_chars: config.limits.max_screened_chars,
            platform_domains: config.platform_domains(),
        }
    }

    /// Screens one message written by the counterpart.
    pub fn screen(&self, message: &str) -> Screening {
        WORK.with(|w| match w.try_borrow_mut() {
            Ok(mut w) => {
                let s = self.screen_with(message, &mut w);
                w.shrink();
                s
            }
            // Only if a screening ever ran inside another one.
            Err(_) => self.screen_with(message, &mut Work::default()),
        })
    }

    fn screen_with(&self, message: &str, w: &mut Work) -> Screening {
        let (text, truncated) = cap_chars(message, self.max_chars);
        normalize::normalize_into(text, &mut w.norm);
        let norm = &w.norm;
        let t = norm.text();
        self.prefilter
            .candidates_into(t, norm.char_indices(), &mut w.cand);
        let matched = &w.cand;
        let scam_talk = matched.markers >> SCAM_TALK & 1 == 1;
        let d = &self.detection;
        if !matched
            .slots
            .iter()
            .any(|c| matches!(self.slots[c.slot], Slot::Rule(..)))
        {
            // Nothing to explain: the common case for ordinary messages.
            return Screening::nothing(truncated);
        }
        let sentences = sentences(t);
        let scratch = &mut w.scratch;
        let hits = &mut w.hits;
        hits.clear();
        // One buffer for every pattern's matches.
        let found = &mut w.found;
        for c in &matched.slots {
            let Slot::Rule(ri) = self.slots[c.slot] else {
                continue;
            };
            let r = &self.rules[ri];
            self.find_all(c, t, matched, scratch, found);
            for (whole, group) in found.drain(..) {
                if t[whole.clone()].trim().is_empty() {
                    continue;
                }
                let key = group.unwrap_or_else(|| whole.clone());
                if particle_in_katakana(norm, &whole)
                    || business_partner(t, &whole)
                    || !self.check(r.check, norm, whole.clone(), key)
                {
                    continue;
                }
                let range = trim_range(t, whole);
                let sentence = sentence_of(&sentences, range.start);
                hits.push(Hit {
                    rule: ri,
                    range,
                    sentence,
                });
            }
        }
        if hits.is_empty() {
            // Candidates that did not match: context has nothing to discount.
            return Screening::nothing(truncated);
        }
        let mut cues = self.cues(t, &sentences, matched, scratch, found);

        // A negation that is itself part of a finding (ココナラを使わずに…) negates nothing.
        for c in cues.iter_mut() {
            c.negation.retain(|n| {
                // Unless it is the invitation's own closing verb (ラインでのご連絡はお控え
                // ください, …はご遠慮ください): then it refuses what the invitation names.
                !hits.iter().any(|h| {
                    n.start < h.range.end
                        && h.range.start < n.end
                        && !(self.rules[h.rule].category == Category::Invitation
                            && n.start > h.range.start
                            && closes(t, n, &h.range))
                })
            });
        }

        let bypass = hits
            .iter()
            .any(|h| self.rules[h.rule].category == Category::Bypass);
        let slot = self.application_slot;
        let application = match matched.get(slot).filter(|_| !bypass) {
            None => None,
            // "申請は出していません" says the opposite.
            Some(c) => {
                self.find_all(c, t, matched, scratch, found);
                found.drain(..).next().map(|(m, _)| m).filter(|m| {
                    let after = first_chars(&t[m.end..], 6);
                    !["ません", "ない", "ず"]
                        .iter()
                        .any(|n| find_in(after, n).is_some())
                })
            }
        };

        // One finding per rule: the first hit that counts; else the first discounted hit.
        // Two rules of one category on the same words (LINE and LINE公式: they overlap in
        // at least half of the longer hit) count once; hits that only share a few words
        // (buy the software / buy the software first before you can start working) are
        // two things said.
        let mut findings: Vec<Finding> = Vec::with_capacity(hits.len() + 2);
        let mut discounts: Vec<(Discount, Range<usize>, i32)> = Vec::with_capacity(4);
        let mut taken: Vec<(Category, Range<usize>)> = Vec::with_capacity(hits.len());
        // Rules in table order (earlier rules take the words first), each with its hits.
        hits.sort_by_key(|h| h.rule);
        let mut mine: Vec<&Hit> = Vec::with_capacity(4);
        // (finding, excerpt) of a solicitation rule's second, separate hit that counts.
        let mut second_claims: Vec<(usize, String)> = Vec::new();
        // Findings a context cue cancels: they are no sign of a pitch either.
        let mut cancelled: Vec<usize> = Vec::new();
        for group in hits.chunk_by(|a, b| a.rule == b.rule) {
            let ri = group[0].rule;
            let r = &self.rules[ri];
            mine.clear();
            mine.extend(group.iter().filter(|h| {
                !taken
                    .iter()
                    .any(|(c, w)| *c == r.category && same_words(t, &h.range, w, *c))
            }));
            if mine.is_empty() {
                continue;
            }
            let points = r.points;
            if points == 0 {
                continue;
            }
            let judge = |h: &Hit| self.discount(r, h, &cues, norm, application.clone(), scam_talk);
            // The first hit that counts; when none does, the first one's discount.
            let first: Option<Cancel> = judge(mine[0]);
            let counted = if first.is_none() {
                Some(mine[0])
            } else {
                mine[1..].iter().copied().find(|h| judge(h).is_none())
            };
            let hit = counted.unwrap_or(mine[0]);
            // A fee and, in another sentence, the instalments it may be paid in are two
            // claims of one rule: the pitch below counts them as two signs. (Not a list in
            // one sentence: 登録料や教材費は一切いただきません is one thing said.)
            if let Some(c) = counted.filter(|_| r.category == Category::Solicitation) {
                let other = mine
                    .iter()
                    .find(|h| h.sentence != c.sentence && judge(h).is_none());
                if let Some(o) = other {
                    second_claims.push((findings.len(), excerpt(text, norm, o.range.clone())));
                }
            }
            taken.extend(mine.iter().map(|h| (r.category, h.range.clone())));
            findings.push(self.finding(r, points, text, norm, hit.range.clone()));
            if counted.is_none() {
                cancelled.push(findings.len() - 1);
                let (d, cue) = first.expect("discounted");
                discounts.push((d, cue, points));
            }
        }
        // Two different solicitation signals (a fee and a promised income, a pitch and a
        // seminar) are a pitch, even when each alone is only a hint.
        let mut pitch = findings
            .iter()
            .enumerate()
            .filter(|(i, f)| {
                f.category == Category::Solicitation && f.points > 0 && !cancelled.contains(i)
            })
            .flat_map(|(i, f)| {
                let second = second_claims.iter().find(|c| c.0 == i);
                std::iter::once(f.excerpt.as_str()).chain(second.map(|c| c.1.as_str()))
            });
        let pitch = pitch.next().zip(pitch.next());
        let bonus = (d.weight(Category::Solicitation) + 1) / 2;
        let enabled = !d.disabled_rules.contains("scam.combined");
        if let Some((a, b)) = pitch.filter(|_| bonus > 0 && enabled) {
            let excerpt = format!("{a} … {b}");
            let (ja, en) = (
                "勧誘の特徴が複数そろっている",
                "several signs of a solicitation together",
            );
            findings.push(Finding {
                rule: "scam.combined".into(),
                category: Category::Solicitation,
                points: bonus,
                excerpt,
                description: format!("{ja} / {en}").into(),
                description_ja: ja.into(),
                description_en: en.into(),
                label: Some("勧誘".into()),
            });
        }
        // Context findings: one per kind of discount, cancelling exactly what it discounts.
        let mut kinds: Vec<Discount> = discounts.iter().map(|d| d.0).collect();
        kinds.dedup();
        let mut seen = Vec::new();
        for k in kinds {
            if seen.contains(&k) {
                continue;
            }
            seen.push(k);
            let total: i32 = discounts.iter().filter(|d| d.0 == k).map(|d| d.2).sum();
            let cue = discounts
                .iter()
                .find(|d| d.0 == k)
                .map(|d| d.1.clone())
                .unwrap_or(0..0);
            let excerpt = excerpt(text, norm, cue);
            findings.push(Finding {
                rule: k.rule().into(),
                category: Category::Context,
                points: -total,
                excerpt,
                description: format!("{} / {}", k.ja(), k.en()).into(),
                description_ja: k.ja().into(),
                description_en: k.en().into(),
                label: None,
            });
        }

        let score: i32 = findings.iter().map(|f| f.points).sum::<i32>().max(0);
        let severity = if score >= d.high {
            Severity::High
        } else if score >= d.medium {
            Severity::Medium
        } else if score >= d.alert_threshold {
            Severity::Low
        } else {
            Severity::None
        };
        Screening {
            score,
            severity,
            alert: score >= d.alert_threshold,
            findings,
            truncated,
        }
    }

    fn finding(
        &self,
        r: &CompiledRule,
        points: i32,
        text: &str,
        norm: &Norm,
        range: Range<usize>,
    ) -> Finding {
        Finding {
            rule: r.id.clone(),
            category: r.category,
            points,
            excerpt: excerpt(text, norm, range),
            description: r.description.clone(),
            description_ja: r.ja.clone(),
            description_en: r.en.clone(),
            label: r.label.clone(),
        }
    }

    /// Every match of one slot's pattern, as `find_iter` would report them (leftmost
    /// first, not overlapping), with capture group 1. Anchored patterns are tried only
    /// where their literals start: every match starts at one of those places, so the
    /// result is the same.
    fn find_all(
        &self,
        cand: &Candidate,
        t: &str,
        c: &Candidates,
        scratch: &mut matcher::Scratch,
        out: &mut Vec<Found>,
    ) {
        out.clear();
        let p = &self.patterns[cand.slot];
        // A pattern that may start anywhere has no places of its own: its candidate is
        // always `whole`.
        if cand.whole {
            let re = p.regex();
            out.extend(
                re.find_iter(t)
                    .filter(|m| !m.is_empty())
                    .map(|m| (m.range(), group_at(re, t, m.start()))),
            );
            return;
        }
        let mut end = 0;
        for at in c.starts(cand) {
            if at < end {
                continue;
            }
            let found = match p.entry {
                Some(entry) => match self.program.run(entry, t, at, scratch, STEP_BUDGET) {
                    matcher::Outcome::Match { end, group } => {
                        Some((at..end, group.map(|(s, e)| s..e)))
                    }
                    matcher::Outcome::NoMatch => None,
                    matcher::Outcome::Budget => anchored_search(p.regex(), t, at),
                },
                None => anchored_search(p.regex(), t, at),
            };
            if let Some(found) = found.filter(|(m, _)| !m.is_empty()) {
                end = found.0.end;
                out.push(found);
            }
        }
    }

    /// Test support: for every pattern, the matches found through the prefilter and the
    /// matcher against those of a plain regex search of the whole normalised text, capture
    /// group 1 included; one line per disagreement. Both are shortcuts and must never
    /// change a result.
    #[doc(hidden)]
    pub fn prefilter_disagreements(&self, message: &str) -> Vec<String> {
        let norm = normalize(cap_chars(message, self.max_chars).0);
        let t = norm.text();
        let c = self.prefilter.candidates_with(t, norm.char_indices());
        let mut scratch = matcher::Scratch::default();
        let mut out = Vec::new();
        for (slot, p) in self.patterns.iter().enumerate() {
            let re = p.regex();
            let plain: Vec<Found> = re
                .find_iter(t)
                .filter(|m| !m.is_empty())
                .map(|m| (m.range(), group_at(re, t, m.start())))
                .collect();
            let mut fast = Vec::new();
            if let Some(cand) = c.get(slot) {
                self.find_all(cand, t, &c, &mut scratch, &mut fast);
            }
            if fast != plain {
                out.push(format!(
                    "{:?} in {t:?}: prefilter {fast:?}, plain search {plain:?}",
                    p.source
                ));
            }
        }
        out
    }

    /// Bytes held by the compiled matcher program and the prefilter (for BENCHMARKS.md).
    pub fn compiled_bytes(&self) -> usize {
        self.program.heap_bytes() + self.prefilter.heap_bytes()
    }

    /// Test support: per pattern, the matcher steps and anchored attempts it took on
    /// `message` (what a pattern costs).
    #[doc(hidden)]
    pub fn pattern_costs(&self, message: &str) -> Vec<(String, u64, usize)> {
        let norm = normalize(cap_chars(message, self.max_chars).0);
        let t = norm.text();
        let c = self.prefilter.candidates_with(t, norm.char_indices());
        let mut scratch = matcher::Scratch::default();
        c.slots
            .iter()
            .map(|cand| {
                let before = scratch.steps;
                self.find_all(cand, t, &c, &mut scratch, &mut Vec::new());
                let attempts = c.starts(cand).count();
                (
                    self.patterns[cand.slot].source.clone(),
                    scratch.steps - before,
                    attempts,
                )
            })
            .collect()
    }

    /// Test support: the patterns the matcher did not compile (they run on the regex
    /// crate, correct but slower).
    #[doc(hidden)]
    pub fn patterns_outside_matcher(&self) -> Vec<&str> {
        self.patterns
            .iter()
            .filter(|p| p.anchored && p.entry.is_none())
            .map(|p| p.source.as_str())
            .collect()
    }

    /// Context cues per sentence, from the cue patterns that may match the text.
    fn cues(
        &self,
        t: &str,
        sentences: &[Range<usize>],
        matched: &Candidates,
        scratch: &mut matcher::Scratch,
        found: &mut Vec<Found>,
    ) -> Vec<SentenceCues> {
        let mut cues: Vec<SentenceCues> =
            sentences.iter().map(|_| SentenceCues::default()).collect();
        let mut deliverable = None;
        for cand in &matched.slots {
            let slot = self.slots[cand.slot];
            if matches!(slot, Slot::Rule(..) | Slot::Application) {
                continue;
            }
            self.find_all(cand, t, matched, scratch, found);
            // A cue with a capture group is that group: "no" in "no personal emails", whose
            // other words the finding it refuses holds.
            for (whole, group) in found.drain(..) {
                let m = group.unwrap_or(whole);
                let c = &mut cues[sentence_of(sentences, m.start)];
                match slot {
                    // しませんか / できませんか and "why don't we" are invitations, not
                    // refusals; …でしか連絡できない says "only there", not "not there".
                    Slot::Negation
                        if !t[m.end..].starts_with('か')
                            && !only_there(t, &m)
                            && !t[..m.start].trim_end().ends_with("why")
                            && !neglects_platform(t, &m)
                            && !not_only(t, &m)
                            && !hedged(t, &m)
                            && refuses_to_leave(t, &m) =>
                    {
                        c.negation.push(m)
                    }
                    Slot::Topic => {
                        c.topic.get_or_insert(m);
                    }
                    Slot::Example => {
                        c.example.get_or_insert(m);
                    }
                    Slot::Deliverable => {
                        deliverable.get_or_insert(m);
                    }
                    // "faster than on Fiverr", "instead of in Upwork": a comparison that
                    // leaves the platform, not a cue for staying on it.
                    Slot::OnPlatform if !compares_away(t, &m) && !denied_after(t, &m) => {
                        c.on_platform.get_or_insert(m);
                    }
                    _ => {}
                }
            }
        }
        if let Some(d) = deliverable {
            for c in &mut cues {
                c.example.get_or_insert(d.clone());
            }
        }
        cues
    }

    fn discount(
        &self,
        r: &CompiledRule,
        h: &Hit,
        cues: &[SentenceCues],
        norm: &Norm,
        application: Option<Range<usize>>,
        scam_talk: bool,
    ) -> Option<(Discount, Range<usize>)> {
        use Category::*;
        let c = &cues[h.sentence];
        let cat = r.category;
        if self.is_allowed_handle(&norm.text()[h.range.clone()]) {
            return Some((Discount::Allowed, h.range.clone()));
        }
        if matches!(
            cat,
            Channel | Invitation | ContactRequest | DirectDeal | Payment | VagueMove
        ) {
            // Japanese negation follows what it negates (LINEでのやり取りは行っておりません);
            // English may come first (don't send your email).
            let t = norm.text();
            // An invitation's gap may swallow its own refusal (Chatworkでのご連絡はご遠慮
            // ください): a negation that starts inside it counts too.
            let inside = |n: &Range<usize>| {
                cat == Invitation && n.start > h.range.start && closes(t, n, &h.range)
            };
            if let Some(n) = c.negation.iter().find(|n| {
                n.start >= h.range.end
                    || (n.end <= h.range.start && t[n.start..n.end].is_ascii())
                    || inside(n)
            }) {
                return Some((Discount::Negation, n.clone()));
            }
        }
        // A fee denied in its own clause (セミナーへの参加や教材の購入は一切必要ありません,
        // "the certification is not required") asks for nothing. Only Japanese and English
        // words after the hit, up to the clause's end: "登録料5,000円のみで、経験は不要" still
        // asks for the fee.
        if cat == Solicitation {
            if let Some(n) = fee_denied(norm.text(), h) {
                return Some((Discount::Negation, n));
            }
        }
        if let Some(about) = scam_talk.then(|| about_scams(norm.text(), h)).flatten() {
            return Some((Discount::Topic, about));
        }
        // A request for the worker's own address is not made harmless by the work's
        // topic (drop your gmail and I'll share the Figma file).
        if matches!(cat, Channel | Invitation) {
            if let Some(tp) = &c.topic {
                return Some((Discount::Topic, tp.clone()));
            }
        }
        if cat == ContactInfo
            && matches!(
                r.check,
                Check::PhoneJp | Check::PhoneIntl | Check::PhoneMasked | Check::Email
            )
        {
            if let Some(ex) = &c.example {
                return Some((Discount::Example, ex.clone()));
            }
        }
        if cat == DirectDeal {
            // "pay directly through Upwork": the platform named right after the words.
            if let Some(op) = c
                .on_platform
                .as_ref()
                .filter(|op| op.start >= h.range.end && op.start <= h.range.end + 2)
            {
                return Some((Discount::OnPlatform, op.clone()));
            }
        }
        if matches!(cat, Channel | Invitation) {
            if let Some(op) = &c.on_platform {
                return Some((Discount::OnPlatform, op.clone()));
            }
        }
        // "Upwork doesn't let us exchange emails, so upload the files to this chat": what
        // cannot be done here is followed by doing it here.
        if cat == VagueMove {
            if let Some(op) = c.on_platform.as_ref().filter(|op| op.start >= h.range.end) {
                return Some((Discount::OnPlatform, op.clone()));
            }
        }
        // 手数料がかからない送金方法についての記事: the words are what the work is about.
        if matches!(cat, DirectDeal | Payment) {
            if let Some(tp) = c.topic.as_ref().filter(|_| about_follows(norm.text(), h)) {
                return Some((Discount::Topic, tp.clone()));
            }
        }
        if let Some(app) = application {
            if matches!(
                cat,
                Channel | ContactInfo | Handle | ContactRequest | Invitation | VagueMove
            ) {
                return Some((Discount::Application, app));
            }
        }
        None
    }

    fn is_allowed_handle(&self, hit: &str) -> bool {
        self.detection
            .allow
            .iter()
            .filter_map(|a| a.handle.as_deref())
            .any(|h| !h.is_empty() && hit.contains(h))
    }

    fn check(&self, check: Check, norm: &Norm, whole: Range<usize>, key: Range<usize>) -> bool {
        let t = norm.text();
        let m = &t[key.clone()];
        match check {
            Check::None => true,
            Check::KanaLine => {
                !katakana_word(norm.char_before(whole.start))
                    && !katakana_word(norm.char_at(whole.end))
            }
            Check::LatinLine => {
                let upper = (whole.start..whole.end)
                    .filter(|b| t.is_char_boundary(*b))
                    .filter_map(|b| norm.char_at(b))
                    .filter(|(c, _)| c.is_ascii_alphabetic())
                    .all(|(_, o)| o.upper);
                let rest = t[whole.end..].trim_start();
                let next_japanese = rest.chars().next().is_some_and(|c| !c.is_ascii());
                let next_word = rest.starts_with("id")
                    || rest.starts_with("app")
                    || rest.starts_with('@')
                    || rest.starts_with("account");
                // LINE WORKS is a product of its own, found by its own rule; LINE Pay is
                // a payment method (found as one); LINEヤフー, LINEマンガ… are the company
                // and its other services, not the messenger.
                let other = [
                    "works",
                    "pay",
                    "ぺい",
                    "やふー",
                    "まんが",
                    "証券",
                    "銀行",
                    "bank",
                ]
                .iter()
                .any(|w| rest.starts_with(w));
                (upper || next_japanese || next_word) && !other
            }
            Check::Handle => {
                let has_letter = m.chars().any(|c| c.is_ascii_alphabetic());
                let tail = last_chars(&t[..whole.start], 8);
                let job_number = [
                    "仕事",
                    "注文",
                    "案件",
                    "取引",
                    "契約",
                    "order",
                    "job",
                    "project",
                    "ticket",
                    "invoice",
                    "会員",
                    "お客様",
                    "tracking",
                ]
                .iter()
                .any(|w| tail.contains(w));
                // Numbers (job IDs, dates) are not handles, nor is a web address.
                has_letter && !job_number && !m.starts_with("www.")
            }
            Check::PhoneJp => {
                let mut ds = [0u8; 11];
                let mut digits = 0;
                for b in m.bytes().filter(u8::is_ascii_digit) {
                    if let Some(d) = ds.get_mut(digits) {
                        *d = b;
                    }
                    digits += 1;
                }
                // 00… is no subscriber number (it dials abroad or a carrier), and eight equal
                // digits at the end (000-0000-0000, 090-1111-1111) are a dummy.
                if !(10..=11).contains(&digits) {
                    return false;
                }
                let tail = &ds[digits - 8..digits];
                if ds[1] == b'0' || tail.windows(2).all(|w| w[0] == w[1]) {
                    return false;
                }
                let prev = norm.char_before(whole.start).map(|c| c.0);
                let next = norm.char_at(whole.end).map(|c| c.0);
                let glued = |c: Option<char>| {
                    c.is_some_and(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.' | ',' | '_')
                    })
                };
                // A full stop or comma after the number ends the sentence, unless a
                // digit follows (0412.555 is a decimal).
                let next = next.filter(|c| {
                    !matches!(c, '.' | ',')
                        || norm
                            .char_at(whole.end + 1)
                            .is_some_and(|(c, _)| c.is_ascii_digit())
                });
                !glued(prev) && !glued(next)
            }
            Check::PhoneMasked => true,
            Check::PhoneIntl => {
                let digits = m.chars().filter(|c| c.is_ascii_digit()).count();
                let next = norm.char_at(whole.end).map(|c| c.0);
                (8..=15).contains(&digits) && !next.is_some_and(|c| c.is_ascii_digit())
            }
            Check::Email => {
                let domain = m.rsplit('@').next().unwrap_or("").trim();
                // RFC 2606 example domains are placeholders, not anyone's address.
                let placeholder = domain
                    .split('.')
                    .any(|l| l == "example" || l == "test" || l == "invalid");
                !placeholder
                    && !self.platform_domains.iter().any(|d| {
                        domain
                            .strip_suffix(d.as_str())
                            .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
                    })
            }
            // The kanji that end in 外 in common words (海外, 社外, 以外, 時間外, 野外…); after
            // any other (一度外で, 是非外で) 外 stands alone.
            Check::NotInCompound => !norm.char_before(whole.start).is_some_and(|(c, _)| {
                "海国社屋室郊案意以例除県市論町村都域圏枠部対課間塾校園号欄場門内法管規郭野天"
                    .contains(c)
            }),
            Check::OwnNumber => {
                !m.starts_with("番号")
                    || !norm
                        .char_before(whole.start)
                        .is_some_and(|(c, _)| ('\u{4E00}'..='\u{9FFF}').contains(&c))
            }
            Check::PaidBefore => {
                const PAID: &[&str] = &[
                    "円",
                    "有料",
                    "まにゅある",
                    "教材",
                    "講座",
                    "さろん",
                    "のうはう",
                    "ぷろぐらむ",
                    "きっと",
                    "こーす",
                    "せみなー",
                ];
                let before = &t[..whole.start];
                if m.is_ascii() {
                    // English: a purchase and a price or fee earlier in the sentence.
                    let sentence = sentence_tail(last_chars(before, 90));
                    let bought = ["buy", "purchase", "pay for", "pay a", "pay the"]
                        .iter()
                        .any(|w| find_in(sentence, w).is_some());
                    return bought
                        && ["$", "fee", "€", "£", "usd"]
                            .iter()
                            .any(|w| find_in(sentence, w).is_some());
                }
                let before = last_chars(before, 24);
                PAID.iter().any(|p| find_in(before, p).is_some())
            }
            Check::NotAboutFields => {
                const FIELDS: &[&str] = &[
                    "入力",
                    "欄",
                    "ふぉーむ",
                    "形式",
                    "表記",
                    "項目",
                    "さんぷる",
                    "記事",
                    "不要",
                    "くらうどわーくす",
                    "らんさーず",
                    "ここなら",
                    "とーくるーむ",
                    "めっせーじ",
                    "こちらで",
                    "ここで",
                    "設定",
                    "変更",
                    "登録の",
                    "upwork",
                    "fiverr",
                    "field",
                    "form",
                    "validat",
                    "profile",
                    "verif",
                    // 電話番号を載せたフッター: the number is printed on the piece.
                    "載せた",
                    "入れた",
                    "掲載した",
                    "記載した",
                ];
                let words = &t[whole.clone()];
                // Its own gap may hold a refusal (連絡先を書かないようご注意ください).
                let refused = words.contains("ない")
                    || words.contains("ずに")
                    || words
                        .match_indices("ません")
                        .any(|(i, _)| !words[i..].starts_with("ませんか"))
                    || words.contains("n't")
                    || words.contains(" not ")
                    || words.contains("never");
                // "leave your email field optional": in English the field comes after.
                let after = first_chars(&t[whole.end..], 10);
                let field_after = ["field", "input", "box", "column", "format"]
                    .iter()
                    .any(|f| after.trim_start().starts_with(f));
                !refused && !field_after && !FIELDS.iter().any(|f| words.contains(f))
            }
            Check::Capitalised => {
                let first = norm.char_at(whole.start);
                first.is_some_and(|(c, o)| !c.is_ascii() || o.upper)
            }
        }
    }
}

/// Whether a hit ends on a katakana character that starts a katakana word after
/// something that is not katakana: the で of DMデザイン or the に of LINEニュース reads
/// as a particle only once folded to hiragana.
fn particle_in_katakana(norm: &Norm, whole: &Range<usize>) -> bool {
    let Some((c, last)) = norm.char_before(whole.end) else {
        return false;
    };
    let start = whole.end - c.len_utf8();
    last.katakana
        && start > whole.start
        && !katakana_word(norm.char_before(start))
        && katakana_word(norm.char_at(whole.end))
}

/// Whether a normalised character belongs to a katakana word: it was katakana before
/// folding, or is the long-vowel mark (ー) that katakana words carry.
fn katakana_word(c: Option<(char, normalize::Origin)>) -> bool {
    c.is_some_and(|(c, o)| o.katakana || c == 'ー')
}

/// Whether a hit ends on the 取引 of 取引先 (直接の取引先向けの挨拶文): a business partner,
/// not a deal. Without look-ahead in the patterns, the hit is dropped here.
fn business_partner(t: &str, whole: &Range<usize>) -> bool {
    (t[..whole.end].ends_with("取引") || t[..whole.end].ends_with("取り引き"))
        && t[whole.end..].starts_with('先')
}

/// Whether two hits are on the same words: they overlap in at least half of the longer one,
/// counted in characters (LINE inside 公式LINE; not a shared ご購入 in two phrases).
fn same_words(t: &str, a: &Range<usize>, b: &Range<usize>, category: Category) -> bool {
    let (start, end) = (a.start.max(b.start), a.end.min(b.end));
    if start >= end {
        return false;
    }
    let chars = |r: Range<usize>| t[r].chars().count();
    let (shared, longer) = (chars(start..end), chars(a.clone()).max(chars(b.clone())));
    // A solicitation hit is a claim: one that adds a condition of its own to the other's
    // words (最初に + ソフトの購入, before you start + pay the fee) says a second thing.
    let adds = category == Category::Solicitation && longer - shared >= CLAIM_CHARS;
    shared * 2 >= longer && !adds
}

/// Characters a solicitation hit must add to another's words to count as a claim of its own.
const CLAIM_CHARS: usize = 5;

/// Cuts `s` to at most `max` characters.
fn cap_chars(s: &str, max: usize) -> (&str, bool) {
    // No character is shorter than a byte.
    if s.len() <= max {
        return (s, false);
    }
    match s.char_indices().nth(max) {
        Some((i, _)) => (&s[..i], true),
        None => (s, false),
    }
}

/// Sentence ranges in the normalised text: split at 。！？!? and line breaks, and at ". ".
fn sentences(t: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(t.len() / 32 + 2);
    let mut start = 0;
    let bytes = t.as_bytes();
    for (i, c) in t.char_indices() {
        let end = i + c.len_utf8();
        // A question or exclamation quoted in the sentence (…使ってますか？と聞かれても)
        // does not end it.
        let quoted = matches!(c, '!' | '?' | '！' | '？')
            && t[end..].starts_with(['と', '」', '』', '”', '"']);
        let split = (matches!(c, '。' | '!' | '?' | '\n' | '！' | '？') && !quoted)
            || (c == '.'
                && bytes.get(end).is_none_or(|b| *b == b' ')
                && !abbreviation(&t[start..i]));
        if split {
            out.push(start..end);
            start = end;
        }
    }
    if start < t.len() || out.is_empty() {
        out.push(start..t.len());
    }
    out
}

/// Whether the word before a full stop is an abbreviation (e.g., etc., Mr.), not a sentence end.
fn abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    word.contains('.')
        || word.len() <= 1
        || [
            "mr", "mrs", "ms", "dr", "vs", "etc", "st", "no", "approx", "inc", "ltd", "co",
        ]
        .contains(&word)
}

/// Words that name a danger or a scam; the prefilter says whether a text has any, so
/// that [`about_scams`] looks around a hit only then.
const DANGER: &[&str] = &[
    "scam",
    "fraud",
    "myth",
    "trap",
    "phishing",
    "詐欺",
    "ふぃっしんぐ",
    "なりすまし",
    "被害",
    "のりすく",
    "の危険",
    "手口",
    "注意喚起",
];

/// Marker groups of the prefilter (bit numbers of [`Candidates::markers`]).
const SCAM_TALK: u32 = 0;

/// The words right after a hit name the danger (直接契約の詐欺, off-platform payment scams,
/// LINE被害), or the scam is named just before it in the same sentence (詐欺の手口（登録料…）,
/// scams such as registration fees): the message is about the scam, like an article
/// commissioned on it. Not when the scam is denied (詐欺ではありません、登録料は…).
fn about_scams(t: &str, h: &Hit) -> Option<Range<usize>> {
    const DENIED: &[&str] = &[
        "ではな",
        "じゃな",
        "とは違",
        "ません",
        "ない",
        "not ",
        "n't",
    ];
    let after = &t[h.range.end..];
    // Up to 16 characters, within the sentence.
    let window = after
        .char_indices()
        .enumerate()
        .find(|(n, (_, c))| *n == 16 || ends_sentence(*c))
        .map_or(after.len(), |(_, (i, _))| i);
    let near = &after[..window];
    if let Some(r) = DANGER
        .iter()
        .find_map(|d| find_in(near, d).map(|i| h.range.end + i..h.range.end + i + d.len()))
    {
        return Some(r);
    }
    // Up to 12 characters before, within the sentence.
    let before = sentence_tail(last_chars(&t[..h.range.start], 12));
    let from = h.range.start - before.len();
    DANGER.iter().find_map(|d| {
        let i = find_in(before, d)?;
        let between = &before[i + d.len()..];
        (!DENIED.iter().any(|n| find_in(between, n).is_some()))
            .then(|| from + i..from + i + d.len())
    })
}

/// The characters that end a sentence for the windows around a hit.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '.' | '\n' | '!' | '?')
}

/// The part of `s` after its last sentence end: the words before a hit that belong to its
/// sentence.
fn sentence_tail(s: &str) -> &str {
    s.rsplit(ends_sentence).next().unwrap_or(s)
}

/// `str::find` for the few characters around a hit that context checks look at: a plain
/// scan, without the set-up `str::find` pays for every needle (most of its cost there).
fn find_in(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let (&first, _) = n.split_first()?;
    // A match of valid UTF-8 in valid UTF-8 always starts on a character boundary.
    h.windows(n.len()).position(|w| w[0] == first && w == n)
}

/// The first `n` characters of `s` (all of it when shorter).
fn first_chars(s: &str, n: usize) -> &str {
    &s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)]
}

/// The last `n` characters of `s` (all of it when shorter); `n` is at least 1.
fn last_chars(s: &str, n: usize) -> &str {
    &s[s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i)..]
}

/// Where a solicitation hit is denied in the rest of its clause: 不要, 必要ありません,
/// いただきません, "is not required". Not 無料 or "free": that is the pitch's own bait
/// (方法を無料で公開しています).
fn fee_denied(t: &str, h: &Hit) -> Option<Range<usize>> {
    const DENIALS: &[&str] = &[
        "不要",
        "必要ありません",
        "必要はありません",
        "必要ございません",
        "必要はございません",
        "かかりません",
        "いただきません",
        "いただいておりません",
        "いただいていません",
        "頂戴しません",
        "頂戴いたしません",
        "頂戴しておりません",
        "ことはありません",
        "ことはございません",
        "一切ございません",
        "not required",
        "isn't required",
        "aren't required",
        "not needed",
        "isn't needed",
        "is waived",
    ];
    let after = &t[h.range.end..];
    let clause = &after[..after
        .find(['、', ',', '。', ';', '.', '!', '?', '\n'])
        .unwrap_or(after.len())];
    let clause = first_chars(clause, 24);
    DENIALS
        .iter()
        .find_map(|d| find_in(clause, d).map(|i| h.range.end + i..h.range.end + i + d.len()))
}

/// Whether "about" follows a hit closely (…方法について, …に関する): the hit names a subject.
fn about_follows(t: &str, h: &Hit) -> bool {
    let after = first_chars(&t[h.range.end..], 10);
    ["について", "に関する", "に関して", "をてーまに", "向け"]
        .iter()
        .any(|a| find_in(after, a).is_some())
}

/// The text from `from` to the end of its (English) sentence.
fn rest_of_sentence(t: &str, from: usize) -> &str {
    let after = &t[from..];
    &after[..after.find(['.', '!', '?', '\n']).unwrap_or(after.len())]
}

/// Whether an English "can't" refuses to leave the platform (I can't take this outside
/// Fiverr): only then is it a refusal. "I can't send links here, use Telegram" is a reason
/// to move. Other negations pass.
fn refuses_to_leave(t: &str, m: &Range<usize>) -> bool {
    if !t[m.start..].starts_with("can") {
        return true;
    }
    rest_of_sentence(t, m.end)
        .split_whitespace()
        .take(4)
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            w == "outside" || w == "off" || w.starts_with("off-")
        })
}

/// Whether an English negation sits in a clause of purpose or condition: "so we don't lose
/// time", "in case you don't see it", "if you don't mind". It says why or when, and refuses
/// nothing the sentence invites.
fn hedged(t: &str, m: &Range<usize>) -> bool {
    const LEADS: &[&str] = &["so", "so that", "in case", "if", "or", "or else"];
    const SUBJECTS: &[&str] = &[
        "we", "you", "u", "i", "it", "they", "nothing", "things", "messages", "files",
    ];
    if !t[m.clone()].is_ascii() {
        return false;
    }
    let before = t[..m.start].trim_end();
    SUBJECTS.iter().any(|s| {
        let Some(head) = before.strip_suffix(s) else {
            return false;
        };
        let head = head.strip_suffix(' ').unwrap_or(head).trim_end();
        LEADS.iter().any(|l| {
            head.strip_suffix(l).is_some_and(|rest| {
                rest.chars()
                    .next_back()
                    .is_none_or(|c| !c.is_ascii_alphanumeric() && c != '\'')
            })
        })
    })
}

/// Whether negation `n` closes hit `h`: it ends the hit, or only a closing phrase of up to
/// ten characters follows it there (ください, のでご安心ください). "LINEではなくWeChatで
/// お願いします" goes on after it.
fn closes(t: &str, n: &Range<usize>, h: &Range<usize>) -> bool {
    n.end >= h.end || (n.end > h.start && t[n.end..h.end].chars().count() <= 10)
}

/// Whether a ではなく is the "not only" of だけではなく (LINEだけではなく電話でも): it adds,
/// it does not refuse.
fn not_only(t: &str, m: &Range<usize>) -> bool {
    let head = &t[..m.start];
    let tail = &t[m.start..];
    (tail.starts_with("では") || tail.starts_with("じゃ"))
        && (head.ends_with("だけ") || head.ends_with("のみ"))
}

/// Whether a Japanese negation closes a しか…ない "only" phrase (LINEでしか連絡できない).
fn only_there(t: &str, m: &Range<usize>) -> bool {
    find_in(last_chars(&t[..m.start], 10), "しか").is_some()
}

/// Whether Japanese words are denied right after them (…内で完結できないので).
fn denied_after(t: &str, m: &Range<usize>) -> bool {
    let after = first_chars(&t[m.end..], 6);
    let after = &after[..after
        .find(['。', '、', ',', '\n', '!', '?'])
        .unwrap_or(after.len())];
    [
        "できな",
        "できま",
        "しな",
        "しませ",
        "ません",
        "ない",
        "せず",
        "づら",
        "にく",
    ]
    .iter()
    .any(|n| find_in(after, n).is_some())
}

/// Whether an English on-platform phrase is what something else is compared with or put
/// in place of ("I reply faster there than on Fiverr", "rather than through Upwork").
fn compares_away(t: &str, m: &Range<usize>) -> bool {
    let before = t[..m.start].trim_end();
    [
        "than",
        "instead of",
        "rather than",
        "not",
        "isn't",
        "aren't",
        "outside",
        "except",
        "other than",
    ]
    .iter()
    .any(|w| {
        before.ends_with(w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// A negation about the platform itself is a reason to move, not a refusal: "I don't check
/// Fiverr often", "no need to involve Upwork", "no need for another order",
/// ココナラはあまり見ていません.
fn neglects_platform(t: &str, m: &Range<usize>) -> bool {
    // Padded with spaces: each is matched as whole words ("here", not the end of "there").
    const PLATFORMS: &[&str] = &[
        " upwork ",
        " fiverr ",
        " here ",
        " this app ",
        " this site ",
        " the app ",
        " the site ",
        " the platform ",
        " this platform ",
        " the system ",
    ];
    const VERBS: &[&str] = &[
        "check", "use", "open", "visit", "log", "look", "like", "read", "see", "get", "trust",
        "involve", "have",
    ];
    if t[m.clone()].is_ascii() {
        let rest = rest_of_sentence(t, m.end);
        if t[m.clone()].starts_with("no need") {
            let mut w = rest
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
            if w.next() == Some("for")
                && w.take(3).any(|w| {
                    ["order", "contract", "milestone", "offer"]
                        .iter()
                        .any(|x| w.strip_suffix('s').unwrap_or(w) == *x)
                })
            {
                return true;
            }
        }
        let mut words = rest.split_whitespace();
        let verb = match words.next() {
            Some("really" | "often" | "always" | "usually" | "even" | "to") => words.next(),
            w => w,
        };
        // The platform is what the verb is about, within its next few words of the same
        // clause ("not to use Skype; Fiverr is fine" neglects Skype, not Fiverr).
        let mut object: Vec<&str> = Vec::with_capacity(6);
        for w in words.take(6) {
            object.push(w.trim_matches(|c: char| !c.is_alphanumeric()));
            if w.ends_with([',', ';', '.', ':', '!', '?']) {
                break;
            }
        }
        let object = format!(" {} ", object.join(" "));
        return verb.is_some_and(|v| VERBS.iter().any(|x| v.starts_with(x)))
            && PLATFORMS.iter().any(|p| find_in(&object, p).is_some());
    }
    // Japanese: the platform, は/を, perhaps あまり…, then a verb of looking or using.
    let near = last_chars(&t[..m.start], 15);
    let named = [
        "くらうどわーくす",
        "らんさーず",
        "ここなら",
        "さいと",
        "ここ",
        "こちら",
    ]
    .iter()
    .filter_map(|p| near.rfind(p).map(|i| i + p.len()))
    .max();
    named.is_some_and(|i| {
        let rest = near[i..]
            .trim_start_matches(['は', 'を', 'の'])
            .trim_start_matches("めっせーじ")
            .trim_start_matches(['は', 'を']);
        let rest = ["あまり", "ほとんど", "なかなか", "普段", "めったに"]
            .iter()
            .find_map(|a| rest.strip_prefix(a))
            .unwrap_or(rest);
        ["見", "確認", "開", "ろぐいん", "ちぇっく", "使っ"]
            .iter()
            .any(|v| rest.starts_with(v))
    })
}

fn sentence_of(sentences: &[Range<usize>], pos: usize) -> usize {
    sentences
        .iter()
        .position(|s| s.start <= pos && pos < s.end)
        .unwrap_or(sentences.len().saturating_sub(1))
}

fn trim_range(t: &str, r: Range<usize>) -> Range<usize> {
    let s = &t[r.clone()];
    // Leading separators come from patterns that match the character before a word.
    let lead = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || "、。,.:;(（「『\"'".contains(c))
            .len();
    let trail = s.len() - s.trim_end().len();
    (r.start + lead)..(r.end - trail).max(r.start + lead)
}

/// The original words behind a normalised range, on one line, at most 80 characters.
fn excerpt(original: &str, norm: &Norm, range: Range<usize>) -> String {
    if range.is_empty() {
        return String::new();
    }
    let mut r = norm.original_range(range);
    // A pattern may stop at a price's first digit ("\$\s?\d"): quote the whole number.
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    if original[..r.end].chars().next_back().is_some_and(digit) {
        let mut rest = original[r.end..].chars().peekable();
        while let Some(c) = rest.next() {
            let joins =
                matches!(c, ',' | '.' | '，' | '．') && rest.peek().is_some_and(|&d| digit(d));
            if !digit(c) && !joins {
                break;
            }
            r.end += c.len_utf8();
        }
    }
    // Words joined by one space, without collecting them first.
    let mut words = original[r.clone()].split_whitespace();
    let first = words.next().into_iter().flat_map(str::chars);
    let chars = first.chain(words.flat_map(|w| std::iter::once(' ').chain(w.chars())));
    let mut out = String::with_capacity(r.len().min(80 * 4) + 3);
    for (i, c) in chars.enumerate() {
        if i == 80 {
            out.push('…');
            break;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
