//! Where a pattern that starts with a class may start: read backwards from a literal
//! inside it.
//!
//! An e-mail address (`[a-z0-9][a-z0-9._%+\-]*\s?@…`), a count (`\d+名…`) or a handle
//! (`(?:^|[^a-z0-9])@…`) has no literal at its start, so the prefilter cannot name its
//! starts, and the regex crate used to search the whole text for it. But every match
//! holds the literal that follows the class-led prefix (`@`, `名`), and the prefix is a row
//! of simple steps (a class, a character, a repetition of one, a look-around). Read
//! backwards from where the literal occurs, those steps say exactly where a match may
//! start: the matcher is then tried there, as for a pattern with a literal head.

use regex_syntax::hir::{Class, Hir, HirKind};

/// A window wider than this many characters is not walked: the slot is searched over the
/// whole text instead (a run of thousands of letters before an `@` must not become
/// thousands of attempts).
pub const MAX_CHARS: usize = 64;

/// Counts above this are read as "any number" (a superset: more places, never fewer).
const MAX_COUNT: u32 = 64;
const UNBOUNDED: u32 = u32::MAX;
/// A prefix of more steps is no window (a reading state holds its step index in a byte).
const MAX_STEPS: usize = 250;

/// The class-led prefix of one branch of a slot's pattern.
#[derive(Debug, Clone)]
pub struct Window {
    pub slot: u32,
    steps: Vec<Step>,
}

/// `min..=max` characters of `set` (`max` [`UNBOUNDED`]: no limit).
#[derive(Debug, Clone)]
struct Step {
    set: CharSet,
    min: u32,
    max: u32,
}

/// A set of characters: ASCII as a bitmap, the rest as sorted, disjoint ranges.
#[derive(Debug, Clone, Default)]
struct CharSet {
    ascii: u128,
    ranges: Vec<(u32, u32)>,
}

impl CharSet {
    fn add(&mut self, lo: u32, hi: u32) {
        for c in lo..=hi.min(127) {
            self.ascii |= 1 << c;
        }
        if hi >= 128 {
            self.ranges.push((lo.max(128), hi));
        }
    }

    fn union(&mut self, other: &CharSet) {
        self.ascii |= other.ascii;
        self.ranges.extend_from_slice(&other.ranges);
    }

    fn finish(&mut self) {
        self.ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(self.ranges.len());
        for &(lo, hi) in &self.ranges {
            match merged.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        self.ranges = merged;
    }

    fn contains(&self, c: u32) -> bool {
        if c < 128 {
            return self.ascii >> c & 1 == 1;
        }
        let i = self.ranges.partition_point(|&(lo, _)| lo <= c);
        i > 0 && c <= self.ranges[i - 1].1
    }
}

/// For a branch that is a class-led prefix followed by a literal (or by a class of at most
/// `anchor_chars` characters, each a literal): those literals, and the window they start.
pub fn branch(hir: &Hir, slot: u32, anchor_chars: usize) -> Option<(Vec<Vec<u8>>, Window)> {
    let mut hir = hir;
    while let HirKind::Capture(c) = hir.kind() {
        hir = &c.sub;
    }
    let HirKind::Concat(items) = hir.kind() else {
        return None;
    };
    let mut steps = Vec::new();
    for item in items {
        if let Some(anchors) = anchor(item, anchor_chars) {
            if steps.len() > MAX_STEPS {
                return None;
            }
            // Read backwards: the step next to the literal first.
            steps.reverse();
            return Some((anchors, Window { slot, steps }));
        }
        push_steps(item, &mut steps)?;
    }
    None
}

/// The literals a concatenation item is, if it is a literal or a small class.
fn anchor(hir: &Hir, max_chars: usize) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Literal(l) => {
            let s = std::str::from_utf8(&l.0).ok()?;
            (!s.is_empty()).then(|| vec![s.as_bytes().to_vec()])
        }
        HirKind::Class(Class::Unicode(c)) => {
            let n: u32 = c
                .ranges()
                .iter()
                .map(|r| u32::from(r.end()) - u32::from(r.start()) + 1)
                .sum();
            if n as usize > max_chars {
                return None;
            }
            Some(
                c.iter()
                    .flat_map(|r| r.start()..=r.end())
                    .map(|ch| ch.to_string().into_bytes())
                    .collect(),
            )
        }
        HirKind::Class(Class::Bytes(c)) => {
            let n: usize = c
                .ranges()
                .iter()
                .map(|r| usize::from(r.end() - r.start()) + 1)
                .sum();
            if n > max_chars || c.ranges().iter().any(|r| r.end() > 0x7F) {
                return None;
            }
            Some(
                c.iter()
                    .flat_map(|r| r.start()..=r.end())
                    .map(|b| vec![b])
                    .collect(),
            )
        }
        _ => None,
    }
}

/// Appends the steps of one prefix item; `None` for an item that is not simple.
fn push_steps(hir: &Hir, steps: &mut Vec<Step>) -> Option<()> {
    match hir.kind() {
        // Zero-width: whatever they assert, the matcher checks at the start it is given.
        HirKind::Look(_) | HirKind::Empty => {}
        HirKind::Capture(c) => push_steps(&c.sub, steps)?,
        HirKind::Concat(items) => {
            for i in items {
                push_steps(i, steps)?;
            }
        }
        HirKind::Class(_) => steps.push(one(char_set(hir)?, 1, 1)),
        // Several characters of a literal are one step each.
        HirKind::Literal(l) => {
            for c in std::str::from_utf8(&l.0).ok()?.chars() {
                let mut set = CharSet::default();
                set.add(c as u32, c as u32);
                steps.push(one(set, 1, 1));
            }
        }
        HirKind::Repetition(r) => {
            let max = match r.max {
                Some(m) if m <= MAX_COUNT => m,
                _ => UNBOUNDED,
            };
            if r.min > MAX_COUNT {
                return None;
            }
            steps.push(one(char_set(&r.sub)?, r.min, max));
        }
        // `(?:^|[^a-z0-9])`: at most one character, none when a branch is zero-width.
        HirKind::Alternation(branches) => {
            let mut set = CharSet::default();
            let mut min = 1;
            for b in branches {
                match b.kind() {
                    HirKind::Look(_) | HirKind::Empty => min = 0,
                    _ => set.union(&char_set(b)?),
                }
            }
            steps.push(one(set, min, 1));
        }
    }
    Some(())
}

fn one(mut set: CharSet, min: u32, max: u32) -> Step {
    set.finish();
    Step { set, min, max }
}

/// The characters an item of exactly one character may be.
fn char_set(hir: &Hir) -> Option<CharSet> {
    let mut set = CharSet::default();
    match hir.kind() {
        HirKind::Capture(c) => return char_set(&c.sub),
        HirKind::Literal(l) => {
            let s = std::str::from_utf8(&l.0).ok()?;
            let mut chars = s.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            set.add(c as u32, c as u32);
        }
        HirKind::Class(Class::Unicode(c)) => {
            for r in c.iter() {
                set.add(u32::from(r.start()), u32::from(r.end()));
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.iter() {
                if r.end() > 0x7F {
                    return None;
                }
                set.add(u32::from(r.start()), u32::from(r.end()));
            }
        }
        HirKind::Alternation(branches) => {
            for b in branches {
                set.union(&char_set(b)?);
            }
        }
        _ => return None,
    }
    Some(set)
}

/// Reading states: (step, characters of it read so far). Step 0 is the one next to the
/// literal; `steps.len()` means the whole prefix is read: a start.
#[derive(Default)]
struct States {
    at: [(u8, u8); 16],
    len: usize,
}

impl States {
    /// Adds a state, deduplicated; `None` when full.
    fn insert(&mut self, s: (u8, u8)) -> Option<()> {
        if self.at[..self.len].contains(&s) {
            return Some(());
        }
        *self.at.get_mut(self.len)? = s;
        self.len += 1;
        Some(())
    }
}

impl Window {
    /// Bytes held, for the benchmarks' account of memory.
    pub fn heap_bytes(&self) -> usize {
        self.steps
            .iter()
            .map(|s| std::mem::size_of::<Step>() + s.set.ranges.len() * 8)
            .sum()
    }

    /// Adds `(i, n)` and, as long as the step's minimum is met, the start of the step
    /// before it. `Some(true)`: the whole prefix can have been read.
    fn close(&self, states: &mut States, mut i: usize, mut n: u32) -> Option<bool> {
        loop {
            let Some(step) = self.steps.get(i) else {
                return Some(true);
            };
            states.insert((i as u8, n as u8))?;
            if n < step.min {
                return Some(false);
            }
            i += 1;
            n = 0;
        }
    }

    /// Calls `start` with every byte offset, at or before `q` (where the literal occurs
    /// in `t`, valid UTF-8), at which the prefix can be read ending at `q`, nearest first.
    /// `false`: the window is wider than [`MAX_CHARS`] (or too tangled to follow), and
    /// the places given are not all of them.
    pub fn starts(&self, t: &[u8], q: usize, mut start: impl FnMut(usize)) -> bool {
        let mut cur = States::default();
        match self.close(&mut cur, 0, 0) {
            None => return false,
            Some(true) => start(q),
            Some(false) => {}
        }
        let mut p = q;
        let mut read = 0;
        while cur.len > 0 && p > 0 {
            let (c, w) = char_before(t, p);
            let mut next = States::default();
            let mut done = false;
            for &(i, n) in &cur.at[..cur.len] {
                let step = &self.steps[i as usize];
                let n = u32::from(n);
                if n < step.max && step.set.contains(c) {
                    // Past the minimum, an unbounded step's count no longer matters.
                    let n = if step.max == UNBOUNDED {
                        (n + 1).min(step.min)
                    } else {
                        n + 1
                    };
                    match self.close(&mut next, i as usize, n) {
                        None => return false,
                        Some(d) => done |= d,
                    }
                }
            }
            if next.len == 0 && !done {
                break;
            }
            read += 1;
            if read > MAX_CHARS {
                return false;
            }
            p -= w;
            if done {
                start(p);
            }
            cur = next;
        }
        true
    }
}

/// The character that ends at byte `p` of `t` (valid UTF-8, `p` > 0 on a boundary), and
/// its width.
fn char_before(t: &[u8], p: usize) -> (u32, usize) {
    let mut s = p - 1;
    while s > 0 && t[s] & 0xC0 == 0x80 {
        s -= 1;
    }
    let b = &t[s..p];
    let cont = |i: usize| u32::from(b[i] & 0x3F);
    let c = match b.len() {
        1 => u32::from(b[0]),
        2 => u32::from(b[0] & 0x1F) << 6 | cont(1),
        3 => u32::from(b[0] & 0x0F) << 12 | cont(1) << 6 | cont(2),
        _ => u32::from(b[0] & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
    };
    (c, b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(pattern: &str) -> (Vec<String>, Window) {
        let hir = regex_syntax::ParserBuilder::new()
            .utf8(false)
            .build()
            .parse(pattern)
            .unwrap();
        let (anchors, w) = branch(&hir, 0, 16).expect("a window");
        let anchors = anchors
            .into_iter()
            .map(|a| String::from_utf8(a).unwrap())
            .collect();
        (anchors, w)
    }

    /// Every place the regex crate can start a match that ends its prefix at `q`, by brute
    /// force: the prefix alone, anchored at each place before `q`, ending exactly there.
    fn brute(prefix: &str, t: &str, q: usize) -> Vec<usize> {
        let re = regex::Regex::new(&format!("^(?:{prefix})$")).unwrap();
        let mut out: Vec<usize> = (0..=q)
            .filter(|&p| t.is_char_boundary(p) && re.is_match(&t[p..q]))
            .collect();
        out.reverse();
        out
    }

    fn starts(w: &Window, t: &str, q: usize) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        w.starts(t.as_bytes(), q, |p| out.push(p)).then_some(out)
    }

    #[test]
    fn windows_start_where_the_prefix_can_be_read() {
        let cases: [(&str, &str, &str, &[&str]); 5] = [
            (
                r"[a-z0-9][a-z0-9._%+\-]*\s?@\s?[a-z]+",
                r"[a-z0-9][a-z0-9._%+\-]*\s?",
                "@",
                &["mail me at taro.y@x", "a @b", "..x@", "@", "ｘ漢字 t_9 @"],
            ),
            (
                r"\d+名(?:だけ|限定)",
                r"\d+",
                "名",
                &["先着100名限定", "名だけ", "１２名", "a3名"],
            ),
            (
                r"(?:^|[^a-z0-9._\-])@([a-z0-9_]+)",
                r"(?:^|[^a-z0-9._\-])",
                "@",
                &["@abc", "x@abc", " @abc", "ら@abc"],
            ),
            (
                r"[\d,]+万?円で(?:販売)",
                r"[\d,]+万?",
                // regex-syntax joins the literals that follow one another.
                "円で販売",
                &[
                    "1,000円で販売",
                    "10万円で販売",
                    "万円で販売",
                    "特別に5万円で販売",
                ],
            ),
            (
                r"[a-z]{2,3}-style\b",
                r"[a-z]{2,3}",
                "-style",
                &["abcd-style", "a-style", "ab-style", "x ab-style"],
            ),
        ];
        for (pattern, prefix, lit, texts) in cases {
            let (anchors, w) = window(pattern);
            assert_eq!(anchors, [lit], "{pattern}");
            for t in texts {
                for (q, _) in t.match_indices(lit) {
                    assert_eq!(
                        starts(&w, t, q),
                        Some(brute(prefix, t, q)),
                        "{pattern} in {t:?} at {q}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_small_class_after_the_prefix_is_its_anchor() {
        let (anchors, w) = window(r"[a-z0-9]+\s?[★☆*]\s?[a-z]+");
        assert_eq!(anchors, ["*", "★", "☆"]);
        let t = "mail: taro ★ example";
        let q = t.find('★').unwrap();
        assert_eq!(starts(&w, t, q), Some(brute(r"[a-z0-9]+\s?", t, q)));
    }

    #[test]
    fn a_window_too_wide_is_not_walked() {
        let (_, w) = window(r"[a-z]+@x");
        let t = format!("{}@x", "a".repeat(MAX_CHARS + 1));
        assert_eq!(starts(&w, &t, MAX_CHARS + 1), None);
        let t = format!("{}@x", "a".repeat(MAX_CHARS));
        assert_eq!(starts(&w, &t, MAX_CHARS).map(|s| s.len()), Some(MAX_CHARS));
    }

    #[test]
    fn branches_without_a_simple_prefix_have_no_window() {
        let parse = |p: &str| {
            regex_syntax::ParserBuilder::new()
                .utf8(false)
                .build()
                .parse(p)
                .unwrap()
        };
        // A prefix of two characters repeated, or no literal after the prefix.
        assert!(branch(&parse(r"(?:ab)+@x"), 0, 16).is_none());
        assert!(branch(&parse(r"[a-z]+\d+"), 0, 16).is_none());
    }
}
