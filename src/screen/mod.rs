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
mod rules;

pub use category::Category;
pub use normalize::{normalize, Norm};

use crate::config::{Config, Detection};
use aho_corasick::AhoCorasick;
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};
use rules::{Check, Scale, RULES};
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub category: Category,
    pub points: i32,
    /// The matching words as written in the original message (not normalised).
    pub excerpt: String,
    /// Japanese and English description joined by " / ".
    pub description: String,
    #[serde(skip)]
    pub description_ja: String,
    #[serde(skip)]
    pub description_en: String,
    /// Short name of the channel or kind of finding for summaries (LINE, 電話番号…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
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
            if !out.contains(l) {
                out.push(l.clone());
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
    id: String,
    category: Category,
    /// Points per finding: the category weight scaled by the rule's strength, or the
    /// user rule's own `points`. Fixed per configuration.
    points: i32,
    check: Check,
    label: Option<String>,
    ja: String,
    en: String,
    /// `ja / en`, built once.
    description: String,
}

/// What one pattern (rule pattern or context cue) belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Rule(usize),
    Negation,
    Topic,
    Example,
    OnPlatform,
    Application,
}

/// One pattern (with `\b` already made ASCII), compiled on first use: most never match in
/// a session, and each compiled regex costs memory in a daemon that should stay small.
/// The literal prefilter is what runs on every message.
struct Pattern {
    source: String,
    /// Every match starts with one of the prefilter's literals for this pattern, so the
    /// regex only runs anchored where such a literal occurs, never over the whole text.
    anchored: bool,
    /// Every match of an anchored pattern also ends with one of the prefilter's tail
    /// literals for it, at most `max_len` bytes (when bounded) after its start: a start
    /// with no such tail after it cannot match, and the regex is not run there.
    tails: bool,
    max_len: Option<usize>,
    regex: OnceLock<Regex>,
}

impl Pattern {
    fn new(source: String) -> Pattern {
        Pattern {
            source,
            anchored: false,
            tails: false,
            max_len: None,
            regex: OnceLock::new(),
        }
    }

    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            Regex::new(&self.source).unwrap_or_else(|e| panic!("pattern {:?}: {e}", self.source))
        })
    }
}

/// What a prefilter literal stands for.
#[derive(Debug, Clone, Copy)]
struct Literal {
    slot: u32,
    /// A tail (every match ends with one of these), not a head or a required literal.
    tail: bool,
}

/// What the literal prefilter found in one message.
struct Candidates {
    /// Slots whose pattern may match, ascending.
    slots: Vec<usize>,
    /// Slot and byte offset of every literal of an anchored pattern, as [`key`]s, sorted.
    starts: Vec<u64>,
    /// Slot and byte offset of the end of every tail literal, as [`key`]s, sorted.
    ends: Vec<u64>,
}

/// A `(slot, offset)` pair as one integer that sorts the same way: sorting plain integers
/// costs a fraction of sorting pairs, and a message yields about a hundred of them.
fn key(slot: u32, offset: usize) -> u64 {
    u64::from(slot) << 32 | offset as u64
}

/// The offset of a [`key`].
fn offset(key: u64) -> usize {
    (key & u64::from(u32::MAX)) as usize
}

/// The entries of one slot in a sorted list of [`key`]s.
fn of_slot(list: &[u64], slot: usize) -> &[u64] {
    let slot = slot as u64;
    let lo = list.partition_point(|k| k >> 32 < slot);
    let hi = list.partition_point(|k| k >> 32 <= slot);
    &list[lo..hi]
}

/// Compiled detectors for one configuration.
pub struct Screener {
    rules: Vec<CompiledRule>,
    /// Literals that every match of a pattern starts (or ends) with, for all patterns: one
    /// Aho-Corasick pass tells which patterns can match at all, and only those run. A
    /// small automaton, unlike a regex set of all patterns, whose lazy DFA needed
    /// megabytes of cache and evicted everything else.
    prefilter: AhoCorasick,
    /// Literal index → what it stands for.
    literals: Uses,
    /// Slots without a usable literal: always run.
    always: Vec<usize>,
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

/// Built-in patterns write `\b` meaning an ASCII word boundary: in Japanese text a Latin
/// word sits right next to kana (はlineで), where a Unicode `\b` would not match.
/// A rule's points from its category weight and strength.
fn scaled(weight: i32, scale: Scale) -> i32 {
    match scale {
        Scale::Weak if weight > 0 => (weight / 3).max(1),
        Scale::Weak => 0,
        Scale::Normal => weight,
        Scale::Strong => weight * 2,
    }
}

/// Rewrites `\b` as an ASCII word boundary (also used for the user's extra rules).
pub fn ascii_word_boundaries(src: &str) -> String {
    src.replace(r"\b", r"(?-u:\b)")
}

/// Longest literal prefix the prefilter keeps, in characters: long enough to be rare,
/// short enough to keep the automaton small (cross products of alternations produce
/// hundreds of long literals that all share a few short heads).
const PREFIX_CHARS: usize = 4;
/// Tail literals are cut to this many characters.
const TAIL_CHARS: usize = 4;
/// Shortest tail literal worth its cost, in bytes: short ones (`i`, `on`, で) occur in
/// nearly every message and prune almost nothing.
const MIN_TAIL: usize = 6;
/// Patterns whose matches can be longer than this many bytes get tail literals.
const LONG_MATCH: usize = 36;

/// The literal prefilter. For each pattern, the literals every match starts with, from
/// regex-syntax's literal extraction: such patterns are verified anchored at each
/// occurrence, and only where one of the literals every match ends with (its tails) occurs
/// within reach. Failing a prefix set, the literals every match ends with or a literal
/// every match contains only say that the pattern may match; it then runs over the whole
/// text. Patterns with none of these always run.
fn prefilter(patterns: &mut [Pattern]) -> (AhoCorasick, Uses, Vec<usize>) {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let mut literals: Vec<Vec<u8>> = Vec::new();
    let mut kinds = Vec::new();
    let mut always = Vec::new();
    for (slot, pattern) in patterns.iter_mut().enumerate() {
        let hir = regex_syntax::ParserBuilder::new()
            .utf8(false)
            .build()
            .parse(&pattern.source)
            .expect("pattern parses");
        let extract = |kind| {
            let mut ex = Extractor::new();
            ex.kind(kind);
            let seq = ex.extract(&hir);
            let lits: Vec<Vec<u8>> = seq
                .literals()?
                .iter()
                .map(|l| l.as_bytes().to_vec())
                .collect();
            (!lits.is_empty() && lits.iter().all(|l| !l.is_empty())).then_some(lits)
        };
        let mut add = |lits: Vec<Vec<u8>>, tail: bool| {
            for l in lits {
                literals.push(l);
                kinds.push(Literal {
                    slot: slot as u32,
                    tail,
                });
            }
        };
        // Even a one-character prefix (で, 「) is worth it: checking a handful of places
        // anchored costs less than one pass of the regex over the whole text.
        if let Some(prefixes) = extract(ExtractKind::Prefix) {
            pattern.anchored = true;
            add(heads(prefixes, PREFIX_CHARS), false);
            // Tails pay off only where a match may run long (a gap such as
            // `[^\n。]{0,14}`): a short pattern fails within a few bytes anyway, and
            // every tail literal makes the prefilter pass itself a little slower.
            let max_len = hir.properties().maximum_len();
            if max_len.is_none_or(|n| n > LONG_MATCH) {
                let tails = extract(ExtractKind::Suffix).map(|s| tails(s, TAIL_CHARS));
                if let Some(tails) = tails.filter(|t| t.iter().all(|l| l.len() >= MIN_TAIL)) {
                    pattern.tails = true;
                    pattern.max_len = max_len;
                    add(tails, true);
                }
            }
            continue;
        }
        match extract(ExtractKind::Suffix).or_else(|| required_literal(&hir).map(|l| vec![l])) {
            Some(lits) => add(lits, false),
            None => always.push(slot),
        }
    }
    // One automaton pattern per distinct literal (ください ends dozens of patterns): each
    // occurrence is then reported once, not once per pattern.
    let mut distinct: Vec<&[u8]> = Vec::new();
    let mut of: Vec<Vec<Literal>> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for (l, kind) in literals.iter().zip(kinds) {
        let i = *index.entry(l.as_slice()).or_insert_with(|| {
            distinct.push(l);
            of.push(Vec::new());
            of.len() - 1
        });
        of[i].push(kind);
    }
    // Only the root's transitions as a full table: full rows for the states of depth 1
    // too (the default) more than double the automaton, 112 KB → 264 KB, and cost more
    // in cache misses than they save in lookups. The automaton's own prefilter looks for
    // rare bytes, which a Japanese text does not have.
    let ac = AhoCorasick::builder()
        .dense_depth(1)
        .prefilter(false)
        .build(&distinct)
        .expect("literal prefilter builds");
    let mut uses = Uses::default();
    for kinds in of {
        let from = uses.all.len() as u32;
        uses.all.extend(kinds);
        uses.spans.push((from, uses.all.len() as u32));
    }
    (ac, uses, always)
}

/// What each literal of the prefilter stands for: one or more [`Literal`]s.
#[derive(Default)]
struct Uses {
    all: Vec<Literal>,
    /// Automaton pattern → its range in `all`.
    spans: Vec<(u32, u32)>,
}

impl Uses {
    fn of(&self, pattern: usize) -> &[Literal] {
        let (from, to) = self.spans[pattern];
        &self.all[from as usize..to as usize]
    }
}

/// The tail counterpart of [`heads`]: suffix literals cut to their last `max`
/// characters, without those that end with another kept one. Suffix extraction works on
/// bytes and may cut a character in two, so a literal can start with stray continuation
/// bytes; counting from the end keeps them where they are.
fn tails(lits: Vec<Vec<u8>>, max: usize) -> Vec<Vec<u8>> {
    let cut: Vec<Vec<u8>> = lits
        .into_iter()
        .map(|l| {
            let mut start = l.len();
            let mut chars = 0;
            while start > 0 && chars < max {
                // Step back over one UTF-8 sequence (or a stray byte at the start).
                start -= 1;
                while start > 0 && (l[start] & 0xC0) == 0x80 {
                    start -= 1;
                }
                chars += 1;
            }
            l[start..].to_vec()
        })
        .collect();
    minimal(cut, |l, k| l.ends_with(k))
}

/// Cuts prefix literals to their first `max` characters and drops those that another one
/// starts with: the shorter literal already marks the same position.
fn heads(lits: Vec<Vec<u8>>, max: usize) -> Vec<Vec<u8>> {
    let cut: Vec<Vec<u8>> = lits
        .into_iter()
        .map(|mut l| {
            let mut chars = 0;
            let mut end = 0;
            while end < l.len() && chars < max {
                // Advance over one UTF-8 sequence (or one stray byte).
                end += 1;
                while end < l.len() && (l[end] & 0xC0) == 0x80 {
                    end += 1;
                }
                chars += 1;
            }
            l.truncate(end);
            l
        })
        .collect();
    minimal(cut, |l, k| l.starts_with(k))
}

/// The literals that no other kept one `covers` (is a prefix or suffix of), without
/// repeats: the shorter literal already marks the same position.
fn minimal(mut cut: Vec<Vec<u8>>, covers: impl Fn(&[u8], &[u8]) -> bool) -> Vec<Vec<u8>> {
    // Shortest first, so that a literal is checked against every shorter kept one.
    cut.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    cut.dedup();
    let mut out: Vec<Vec<u8>> = Vec::with_capacity(cut.len());
    for l in cut {
        if !out.iter().any(|k| covers(&l, k)) {
            out.push(l);
        }
    }
    out
}

/// For a pattern with no finite prefix or suffix set (`[a-z0-9…]+@…`, `(?:^|[^a-z])id…`):
/// the longest literal that every match contains, from its top-level concatenation.
fn required_literal(hir: &regex_syntax::hir::Hir) -> Option<Vec<u8>> {
    use regex_syntax::hir::HirKind;
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    parts
        .iter()
        .filter_map(|p| match p.kind() {
            HirKind::Literal(l) => Some(l.0.to_vec()),
            _ => None,
        })
        .max_by_key(Vec::len)
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
        let mut patterns = Vec::new();
        for r in RULES
            .iter()
            .filter(|r| !config.detection.disabled_rules.contains(r.id))
        {
            for p in r.patterns {
                slots.push(Slot::Rule(rules.len()));
                patterns.push(Pattern::new(ascii_word_boundaries(p)));
            }
            rules.push(CompiledRule {
                id: r.id.to_string(),
                category: r.category,
                points: scaled(config.detection.weight(r.category), r.scale),
                check: r.check,
                label: r.label.map(str::to_string),
                ja: r.ja.to_string(),
                en: r.en.to_string(),
                description: format!("{} / {}", r.ja, r.en),
            });
        }
        for r in &config.detection.extra_rules {
            if config.detection.disabled_rules.contains(&r.id) {
                continue;
            }
            slots.push(Slot::Rule(rules.len()));
            // Validated (and made ASCII-boundary) by the config already.
            patterns.push(Pattern::new(r.regex.as_str().to_string()));
            rules.push(CompiledRule {
                id: r.id.clone(),
                category: r.category,
                points: r
                    .points
                    .unwrap_or_else(|| config.detection.weight(r.category)),
                check: Check::None,
                label: None,
                ja: r.description_ja.clone(),
                en: r.description_en.clone(),
                description: format!("{} / {}", r.description_ja, r.description_en),
            });
        }
        let cue_groups: [(&[&str], Slot); 5] = [
            (rules::NEGATION, Slot::Negation),
            (rules::TOPIC, Slot::Topic),
            (rules::EXAMPLE, Slot::Example),
            (rules::ON_PLATFORM, Slot::OnPlatform),
            (&[rules::APPLICATION_FILED], Slot::Application),
        ];
        for (group, slot) in cue_groups {
            for p in group {
                slots.push(slot);
                patterns.push(Pattern::new(ascii_word_boundaries(p)));
            }
        }
        let application_slot = slots
            .iter()
            .position(|s| *s == Slot::Application)
            .expect("application slot");
        let (prefilter, literals, always) = prefilter(&mut patterns);
        Screener {
            rules,
            prefilter,
            literals,
            always,
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
        let (text, truncated) = cap_chars(message, self.max_chars);
        let norm = normalize(text);
        let t = norm.text();
        let matched = self.candidates(t);
        let d = &self.detection;
        if !matched
            .slots
            .iter()
            .any(|&i| matches!(self.slots[i], Slot::Rule(..)))
        {
            // Nothing to explain: the common case for ordinary messages.
            return Screening::nothing(truncated);
        }
        let sentences = sentences(t);
        let mut hits: Vec<Hit> = Vec::new();
        for &i in &matched.slots {
            let Slot::Rule(ri) = self.slots[i] else {
                continue;
            };
            let r = &self.rules[ri];
            let re = self.patterns[i].regex();
            let groups = re.captures_len() > 1;
            for whole in self.find_all(i, t, &matched) {
                if t[whole.clone()].trim().is_empty() {
                    continue;
                }
                // Capture groups are slow to resolve: only for patterns that have one,
                // and only at the position the fast search already found.
                let key = if groups {
                    let mut caps = re.create_captures();
                    let at = Input::new(t)
                        .span(whole.start..t.len())
                        .anchored(Anchored::Yes);
                    re.search_captures(&at, &mut caps);
                    caps.get_group(1).map_or(whole.clone(), |m| m.range())
                } else {
                    whole.clone()
                };
                if !self.check(r.check, &norm, whole.clone(), key) {
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
        let mut cues = self.cues(t, &sentences, &matched);

        // A negation that is itself part of a finding (ココナラを使わずに…) negates nothing.
        for c in cues.iter_mut() {
            c.negation.retain(|n| {
                // Unless it is the invitation's own closing verb (ラインでのご連絡はお控え
                // ください): then it refuses what the invitation names.
                !hits.iter().any(|h| {
                    n.start < h.range.end
                        && h.range.start < n.end
                        && !(self.rules[h.rule].category == Category::Invitation
                            && n.end >= h.range.end)
                })
            });
        }

        let bypass = hits
            .iter()
            .any(|h| self.rules[h.rule].category == Category::Bypass);
        let slot = self.application_slot;
        let application = if bypass || matched.slots.binary_search(&slot).is_err() {
            None
        } else {
            // "申請は出していません" says the opposite.
            self.find_all(slot, t, &matched)
                .into_iter()
                .next()
                .filter(|m| {
                    let after = first_chars(&t[m.end..], 6);
                    !["ません", "ない", "ず"]
                        .iter()
                        .any(|n| find_in(after, n).is_some())
                })
        };

        // One finding per rule: the first hit that counts; else the first discounted hit.
        // Two rules of one category on the same words (LINE and LINE公式: they overlap in
        // at least half of the longer hit) count once; hits that only share a few words
        // (buy the software / buy the software first before you can start working) are
        // two things said.
        let mut findings: Vec<Finding> = Vec::new();
        let mut discounts: Vec<(Discount, Range<usize>, i32)> = Vec::new();
        let mut taken: Vec<(Category, Range<usize>)> = Vec::new();
        // Rules in table order (earlier rules take the words first), each with its hits.
        hits.sort_by_key(|h| h.rule);
        for group in hits.chunk_by(|a, b| a.rule == b.rule) {
            let ri = group[0].rule;
            let r = &self.rules[ri];
            let mine: Vec<&Hit> = group
                .iter()
                .filter(|h| {
                    !taken
                        .iter()
                        .any(|(c, w)| *c == r.category && same_words(t, &h.range, w))
                })
                .collect();
            if mine.is_empty() {
                continue;
            }
            let points = r.points;
            if points == 0 {
                continue;
            }
            let judged: Vec<(&Hit, Option<Cancel>)> = mine
                .iter()
                .map(|h| (*h, self.discount(r, h, &cues, &norm, application.clone())))
                .collect();
            let counted = judged.iter().find(|(_, d)| d.is_none()).map(|(h, _)| *h);
            let hit = counted.unwrap_or(judged[0].0);
            taken.extend(mine.iter().map(|h| (r.category, h.range.clone())));
            findings.push(self.finding(r, points, text, &norm, hit.range.clone()));
            if counted.is_none() {
                let (d, cue) = judged[0].1.clone().expect("discounted");
                discounts.push((d, cue, points));
            }
        }
        // Two different solicitation signals (a fee and a promised income, a pitch and a
        // seminar) are a pitch, even when each alone is only a hint.
        let pitch: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.category == Category::Solicitation && f.points > 0)
            .collect();
        let bonus = (d.weight(Category::Solicitation) + 1) / 2;
        let enabled = !d.disabled_rules.contains("scam.combined");
        if pitch.len() >= 2 && bonus > 0 && enabled {
            let excerpt = format!("{} … {}", pitch[0].excerpt, pitch[1].excerpt);
            let (ja, en) = (
                "勧誘の特徴が複数そろっている",
                "several signs of a solicitation together",
            );
            findings.push(Finding {
                rule: "scam.combined".to_string(),
                category: Category::Solicitation,
                points: bonus,
                excerpt,
                description: format!("{ja} / {en}"),
                description_ja: ja.to_string(),
                description_en: en.to_string(),
                label: Some("勧誘".to_string()),
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
            let excerpt = excerpt(text, &norm, cue);
            findings.push(Finding {
                rule: k.rule().to_string(),
                category: Category::Context,
                points: -total,
                excerpt,
                description: format!("{} / {}", k.ja(), k.en()),
                description_ja: k.ja().to_string(),
                description_en: k.en().to_string(),
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

    /// Slots whose pattern may match `t` (a literal of it occurs), and where.
    fn candidates(&self, t: &str) -> Candidates {
        let mut slots: Vec<usize> = Vec::with_capacity(self.always.len() + 16);
        slots.extend_from_slice(&self.always);
        let mut starts: Vec<u64> = Vec::with_capacity(64);
        let mut ends: Vec<u64> = Vec::with_capacity(64);
        for m in self.prefilter.find_overlapping_iter(t) {
            for lit in self.literals.of(m.pattern().as_usize()) {
                if lit.tail {
                    ends.push(key(lit.slot, m.end()));
                } else if self.patterns[lit.slot as usize].anchored {
                    starts.push(key(lit.slot, m.start()));
                } else {
                    slots.push(lit.slot as usize);
                }
            }
        }
        starts.sort_unstable();
        starts.dedup();
        ends.sort_unstable();
        ends.dedup();
        slots.extend(starts.iter().map(|k| (k >> 32) as usize));
        slots.sort_unstable();
        slots.dedup();
        Candidates {
            slots,
            starts,
            ends,
        }
    }

    /// Every match of one slot's pattern, as `find_iter` would report them (leftmost
    /// first, not overlapping). Anchored patterns are tried only where their literals
    /// start: every match starts at one of those places, so the result is the same.
    fn find_all(&self, slot: usize, t: &str, c: &Candidates) -> Vec<Range<usize>> {
        let p = &self.patterns[slot];
        let re = p.regex();
        if !p.anchored {
            return re.find_iter(t).map(|m| m.range()).collect();
        }
        let mut out = Vec::new();
        let mut end = 0;
        let ends = of_slot(&c.ends, slot);
        for &k in of_slot(&c.starts, slot) {
            let at = offset(k);
            if at < end || !t.is_char_boundary(at) {
                continue;
            }
            if p.tails {
                // The first tail ending after `at` must be within reach.
                let first = ends.partition_point(|&e| offset(e) <= at);
                let reach = p.max_len.map_or(usize::MAX, |n| at.saturating_add(n));
                if ends.get(first).is_none_or(|&e| offset(e) > reach) {
                    continue;
                }
            }
            let input = Input::new(t).span(at..t.len()).anchored(Anchored::Yes);
            if let Some(m) = re.search(&input).filter(|m| !m.is_empty()) {
                end = m.end();
                out.push(m.range());
            }
        }
        out
    }

    /// Test support: for every pattern, the matches found through the prefilter (literal
    /// candidates, anchored checks, tails) against those of a plain search of the whole
    /// normalised text; one line per disagreement. The prefilter is a shortcut and must
    /// never change a result.
    #[doc(hidden)]
    pub fn prefilter_disagreements(&self, message: &str) -> Vec<String> {
        let norm = normalize(cap_chars(message, self.max_chars).0);
        let t = norm.text();
        let c = self.candidates(t);
        let mut out = Vec::new();
        for (slot, p) in self.patterns.iter().enumerate() {
            let plain: Vec<Range<usize>> = p
                .regex()
                .find_iter(t)
                .map(|m| m.range())
                .filter(|r| !r.is_empty())
                .collect();
            let mut fast = if c.slots.binary_search(&slot).is_ok() {
                self.find_all(slot, t, &c)
            } else {
                Vec::new()
            };
            fast.retain(|r| !r.is_empty());
            if fast != plain {
                out.push(format!(
                    "{:?} in {t:?}: prefilter {fast:?}, plain search {plain:?}",
                    p.source
                ));
            }
        }
        out
    }

    /// Context cues per sentence, from the cue patterns that may match the text.
    fn cues(&self, t: &str, sentences: &[Range<usize>], matched: &Candidates) -> Vec<SentenceCues> {
        let mut cues: Vec<SentenceCues> =
            sentences.iter().map(|_| SentenceCues::default()).collect();
        for &i in &matched.slots {
            let slot = self.slots[i];
            if matches!(slot, Slot::Rule(..) | Slot::Application) {
                continue;
            }
            for m in self.find_all(i, t, matched) {
                let c = &mut cues[sentence_of(sentences, m.start)];
                match slot {
                    // しませんか / できませんか and "why don't we" are invitations, not
                    // refusals; …でしか連絡できない says "only there", not "not there".
                    Slot::Negation
                        if !t[m.end..].starts_with('か')
                            && !only_there(t, &m)
                            && !t[..m.start].trim_end().ends_with("why")
                            && !neglects_platform(t, &m) =>
                    {
                        c.negation.push(m)
                    }
                    Slot::Topic => {
                        c.topic.get_or_insert(m);
                    }
                    Slot::Example => {
                        c.example.get_or_insert(m);
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
        cues
    }

    fn discount(
        &self,
        r: &CompiledRule,
        h: &Hit,
        cues: &[SentenceCues],
        norm: &Norm,
        application: Option<Range<usize>>,
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
            if let Some(n) = c.negation.iter().find(|n| {
                n.start >= h.range.end || (n.end <= h.range.start && t[n.start..n.end].is_ascii())
            }) {
                return Some((Discount::Negation, n.clone()));
            }
        }
        if let Some(about) = about_scams(norm.text(), h) {
            return Some((Discount::Topic, about));
        }
        if matches!(cat, Channel | Invitation | ContactRequest) {
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
                let before_kata = norm
                    .char_before(whole.start)
                    .is_some_and(|(c, o)| o.katakana || c == 'ー');
                let after_kata = norm
                    .char_at(whole.end)
                    .is_some_and(|(c, o)| o.katakana || c == 'ー');
                !before_kata && !after_kata
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
                // Numbers (job IDs, dates) are not handles.
                has_letter && !job_number
            }
            Check::PhoneJp => {
                let digits = m.chars().filter(|c| c.is_ascii_digit()).count();
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
                (10..=11).contains(&digits) && !glued(prev) && !glued(next)
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
                    && !self
                        .platform_domains
                        .iter()
                        .any(|d| domain == d || domain.ends_with(&format!(".{d}")))
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
                ];
                let words = &t[whole];
                // Its own gap may hold a refusal (連絡先を書かないようご注意ください).
                let refused = words.contains("ない")
                    || words.contains("ずに")
                    || words
                        .match_indices("ません")
                        .any(|(i, _)| !words[i..].starts_with("ませんか"))
                    || words.contains("n't")
                    || words.contains(" not ")
                    || words.contains("never");
                !refused && !FIELDS.iter().any(|f| words.contains(f))
            }
            Check::Capitalised => {
                let first = norm.char_at(whole.start);
                first.is_some_and(|(c, o)| !c.is_ascii() || o.upper)
            }
        }
    }
}

/// Whether two hits are on the same words: they overlap in at least half of the longer one,
/// counted in characters (LINE inside 公式LINE; not a shared ご購入 in two phrases).
fn same_words(t: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    let (start, end) = (a.start.max(b.start), a.end.min(b.end));
    if start >= end {
        return false;
    }
    let chars = |r: Range<usize>| t[r].chars().count();
    chars(start..end) * 2 >= chars(a.clone()).max(chars(b.clone()))
}

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
    let mut out = Vec::new();
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

/// The words right after a hit name the danger (直接契約の詐欺, off-platform payment scams,
/// LINE被害), or the scam is named just before it in the same sentence (詐欺の手口（登録料…）,
/// scams such as registration fees): the message is about the scam, like an article
/// commissioned on it. Not when the scam is denied (詐欺ではありません、登録料は…).
fn about_scams(t: &str, h: &Hit) -> Option<Range<usize>> {
    const DANGER: &[&str] = &[
        "scam",
        "fraud",
        "myth",
        "trap",
        "詐欺",
        "被害",
        "のりすく",
        "の危険",
        "手口",
        "注意喚起",
    ];
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
/// Fiverr often", ココナラはあまり見ていません.
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
    ];
    const VERBS: &[&str] = &[
        "check", "use", "open", "visit", "log", "look", "like", "read", "see", "get", "trust",
    ];
    if t[m.clone()].is_ascii() {
        let after = &t[m.end..];
        let after = &after[..after.find(['.', '!', '?', '\n']).unwrap_or(after.len())];
        let mut words = after.split_whitespace();
        let verb = match words.next() {
            Some("really" | "often" | "always" | "usually" | "even") => words.next(),
            w => w,
        };
        // The platform is what the verb is about, within its next few words.
        let object: Vec<&str> = words
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
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
    let r = norm.original_range(range);
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
