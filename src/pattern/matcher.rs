//! One compact matcher for many patterns: each pattern's syntax tree (from regex-syntax)
//! compiled into a single shared program, run by a backtracker anchored at the places a
//! literal prefilter names.
//!
//! Why not a `regex` per pattern: a message touches dozens of the ~370 patterns, and each
//! regex keeps its own lazy-DFA cache; together they did not fit in the CPU cache next to
//! the mail, and screening spent more time waiting for memory than computing (see
//! BENCHMARKS.md). Here all patterns share one program, a few hundred KB in all of which a
//! message reads a few lines per pattern it verifies, and a verification is a handful of
//! byte comparisons, not a walk over DFA states.
//!
//! The result is the regex crate's: a backtracker that tries alternatives in priority order
//! (greedy repetitions longest first, lazy ones shortest first) finds exactly the
//! leftmost-first match that `regex` reports for an anchored search. A pattern that uses
//! something not compiled here is refused (`None`), and a search that runs past its step
//! budget says so ([`Outcome::Budget`]); the caller then asks the regex crate, so a
//! hostile text costs bounded time and never a different answer.

use regex_syntax::hir::{self, Hir, HirKind, Look};

/// Where a pattern starts in the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry(u32);

/// No position recorded (a capture slot that was not reached).
const NONE: u32 = u32::MAX;

/// The `max` of a repetition without an upper bound.
const UNBOUNDED: u16 = u16::MAX;

/// Largest program one pattern may compile to: counted repetitions of long
/// sub-expressions are copied, and a pattern that would need more is left to the regex crate.
const MAX_PATTERN_INSTS: usize = 20_000;

/// Most characters a class may hold and still give a first-character guard.
const GUARD_CHARS: usize = 64;

#[derive(Debug, Clone, Copy)]
enum Inst {
    /// The bytes `lits[off..off + len]`; `head` is their first four (fewer when shorter),
    /// compared as one integer before anything else.
    Lit {
        off: u32,
        len: u32,
        head: u32,
    },
    /// One character of class `cls`.
    Class {
        cls: u32,
    },
    /// `min..=max` characters of class `cls` (`max` [`UNBOUNDED`]: no limit), as many as
    /// possible or as few. `follow` (an index into `masks`, 0 for none) names the
    /// characters what follows can start with: the repetition stops only before one of
    /// them, instead of trying the rest of the pattern at every length.
    Rep {
        cls: u32,
        min: u16,
        max: u16,
        greedy: bool,
        follow: u32,
    },
    /// Try `first`, then `second`. `guard` (an index into `masks`, 0 for none) names the
    /// characters `first` can start with: elsewhere it is not tried at all.
    Split {
        first: u32,
        second: u32,
        guard: u32,
    },
    Jump {
        to: u32,
    },
    /// One literal of set `set`, in priority order.
    Lits {
        set: u32,
    },
    /// The branches of alternation `alt`, in priority order: one character decoded for
    /// all their guards.
    Alt {
        alt: u32,
    },
    Look(Assert),
    /// Records the position in capture slot 0 (the recorded group's start) or 1 (its end).
    Save {
        slot: u8,
    },
    Match,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Assert {
    Start,
    End,
    StartLine,
    EndLine,
    Word {
        unicode: bool,
        left: Side,
        right: Side,
    },
}

/// What a word-boundary assertion wants on one side: a word character, a non-word
/// character, or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Word,
    NotWord,
    Any,
}

/// A Unicode class: a bitmap for ASCII, sorted ranges for the rest.
#[derive(Debug, Clone, Copy)]
struct Class {
    ascii: [u64; 2],
    from: u32,
    to: u32,
}

/// Literals tried in order, with a bloom mask over their first characters and, for sets
/// of a few to 64 literals, a [`Starters`] table.
#[derive(Debug, Clone, Copy)]
struct LitSet {
    mask: u64,
    from: u32,
    to: u32,
    table: u32,
}

/// No [`Starters`] table (`table` field of a set or alternation).
const NO_TABLE: u32 = u32::MAX;

/// Sets and alternations of fewer entries are scanned; a table is not worth its memory.
const TABLE_MIN: usize = 6;

/// For each of the 64 bloom bits (and the end of the text, entry 64): the entries (bit
/// `i`: entry `i`) that can start with a character of that bit, so that the next one to
/// try is found with a shift instead of a scan. 65 words in `tables`.
const STARTERS: usize = 65;

/// One literal of a set: where its bytes are, and its first four as an integer.
#[derive(Debug, Clone, Copy)]
struct Item {
    off: u32,
    len: u32,
    head: u32,
}

/// One branch of an alternation: where it starts, and a bloom mask over the characters it
/// can start with (all bits set: any).
#[derive(Debug, Clone, Copy)]
struct Branch {
    pc: u32,
    mask: u64,
}

#[derive(Debug, Clone, Copy)]
enum Frame {
    /// Resume at `pc` with `pos` (the second branch of a split).
    Branch { pc: u32, pos: u32 },
    /// The literal set at `pc` matched an earlier item; try items from `next` on.
    Lits { pc: u32, next: u32, pos: u32 },
    /// The alternation at `pc` took an earlier branch; try branches from `next` on.
    Alt { pc: u32, next: u32, pos: u32 },
    /// A greedy repetition took up to `pos`; give back one character at a time, down to
    /// `floor`, continuing at `pc`.
    Greedy { pc: u32, pos: u32, floor: u32 },
    /// A lazy repetition (its instruction at `pc`) stopped at `pos`; take one more
    /// character, at most `left` more.
    Lazy { pc: u32, pos: u32, left: u32 },
    /// Undo a capture.
    Restore { slot: u8, old: u32 },
}

/// What one anchored search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The match ends at `end`; `group` is the recorded capture group when it took part.
    Match {
        end: usize,
        group: Option<(usize, usize)>,
    },
    NoMatch,
    /// Gave up after the step budget: ask the regex crate.
    Budget,
}

/// Reusable backtracking stack, one per screening call.
#[derive(Debug, Default)]
pub struct Scratch {
    stack: Vec<Frame>,
    /// Steps taken by every search so far (for measuring patterns' cost).
    pub steps: u64,
}

/// The compiled patterns.
#[derive(Debug, Clone, Default)]
pub struct Program {
    insts: Vec<Inst>,
    lits: Vec<u8>,
    classes: Vec<Class>,
    ranges: Vec<(u32, u32)>,
    sets: Vec<LitSet>,
    items: Vec<Item>,
    /// Branch lists of alternations: `(from, to)` ranges of `branches`, and a table.
    alts: Vec<(u32, u32, u32)>,
    /// [`STARTERS`] tables of sets and alternations.
    tables: Vec<u64>,
    branches: Vec<Branch>,
    /// Guard masks; index 0 is unused (no guard).
    masks: Vec<u64>,
    /// Instruction count past which the pattern being compiled is refused.
    limit: usize,
    /// Classes by their ranges: a class that recurs (`\s`, `\w`, `[^\n。]`) is kept once.
    class_index: std::collections::HashMap<Vec<(u32, u32)>, u32>,
    /// The capture group the pattern being compiled records.
    group: u32,
}

/// A pattern this matcher does not compile (the regex crate runs it instead).
#[derive(Debug)]
pub struct Unsupported;

type Compiled = Result<(), Unsupported>;

impl Scratch {
    /// A stack with room for `frames` choice points (most searches need a few dozen).
    pub fn with_capacity(frames: usize) -> Scratch {
        Scratch {
            stack: Vec::with_capacity(frames),
            steps: 0,
        }
    }

    /// Gives back a stack grown past `frames` by a hostile text, so that a scratch kept
    /// between searches does not keep its peak.
    pub fn shrink_to(&mut self, frames: usize) {
        if self.stack.capacity() > frames {
            self.stack = Vec::with_capacity(frames);
        }
    }
}

impl Program {
    pub fn new() -> Program {
        Program {
            masks: vec![u64::MAX],
            ..Program::default()
        }
    }

    /// Compiles one pattern (regex syntax, as `regex::Regex::new` reads it), recording
    /// capture group 1. `None` when it uses something not compiled here.
    pub fn add(&mut self, pattern: &str) -> Option<Entry> {
        self.add_with_group(pattern, 1)
    }

    /// [`Program::add`], recording capture group `group` (by index) instead.
    pub fn add_with_group(&mut self, pattern: &str, group: u32) -> Option<Entry> {
        let hir = regex_syntax::ParserBuilder::new()
            .build()
            .parse(pattern)
            .ok()?;
        let marks = (
            self.insts.len(),
            self.lits.len(),
            self.classes.len(),
            self.ranges.len(),
            self.sets.len(),
            self.items.len(),
            self.masks.len(),
            self.alts.len(),
            self.branches.len(),
            self.tables.len(),
        );
        let entry = Entry(self.insts.len() as u32);
        self.limit = self.insts.len() + MAX_PATTERN_INSTS;
        self.group = group;
        let ok = self.compile(&hir).is_ok() && self.insts.len() < u32::MAX as usize / 2;
        self.pad_literals();
        if !ok {
            // Nothing of a refused pattern stays behind.
            self.insts.truncate(marks.0);
            self.lits.truncate(marks.1);
            self.classes.truncate(marks.2);
            let kept = marks.2 as u32;
            self.class_index.retain(|_, &mut i| i < kept);
            self.ranges.truncate(marks.3);
            self.sets.truncate(marks.4);
            self.items.truncate(marks.5);
            self.masks.truncate(marks.6);
            self.alts.truncate(marks.7);
            self.branches.truncate(marks.8);
            self.tables.truncate(marks.9);
            return None;
        }
        self.insts.push(Inst::Match);
        self.set_follows(entry.0 as usize);
        Some(entry)
    }

    /// Gives each repetition of the pattern starting at `from` the mask of the characters
    /// its continuation can start with, when the continuation is a literal, a literal set
    /// or an alternation whose branches all start with known characters.
    fn set_follows(&mut self, from: usize) {
        for pc in from..self.insts.len() {
            if let Inst::Rep { .. } = self.insts[pc] {
                let mask = self.starts_of(pc + 1);
                if let Inst::Rep { follow, .. } = &mut self.insts[pc] {
                    *follow = match mask {
                        Some(m) if m != u64::MAX => {
                            self.masks.push(m);
                            self.masks.len() as u32 - 1
                        }
                        _ => 0,
                    };
                }
            }
        }
    }

    /// The bloom mask of the characters a match can start with from `pc` on (through
    /// captures and jumps), if known; `None` when anything (or nothing) may come next.
    fn starts_of(&self, mut pc: usize) -> Option<u64> {
        for _ in 0..16 {
            match self.insts[pc] {
                Inst::Save { .. } => pc += 1,
                Inst::Jump { to } => pc = to as usize,
                Inst::Lit { off, .. } => {
                    let (c, _) = decode(&self.lits, off as usize)?;
                    return Some(bloom(c));
                }
                Inst::Lits { set } => return Some(self.sets[set as usize].mask),
                Inst::Alt { alt } => {
                    let (lo, hi, _) = self.alts[alt as usize];
                    let list = &self.branches[lo as usize..hi as usize];
                    if list.iter().any(|b| b.mask == u64::MAX) {
                        return None;
                    }
                    return Some(list.iter().fold(0, |m, b| m | b.mask));
                }
                _ => return None,
            }
        }
        None
    }

    /// Whether what follows repetition mask `follow` may start at `pos` (always, without a
    /// mask; never at the end of the text, since it needs a character).
    #[inline(always)]
    fn may_follow(&self, follow: u32, t: &[u8], pos: usize) -> bool {
        follow == 0
            || decode(t, pos).is_some_and(|(c, _)| self.masks[follow as usize] & bloom(c) != 0)
    }

    /// A greedy repetition's end at `p` or before it, down to `floor`, where what follows
    /// may start; `None` if there is none.
    #[inline(always)]
    fn give_back(
        &self,
        follow: u32,
        t: &[u8],
        mut p: u32,
        floor: u32,
        steps: &mut u32,
    ) -> Option<u32> {
        while p > floor && !self.may_follow(follow, t, p as usize) {
            p = previous_boundary(t, p as usize) as u32;
            *steps += 1;
        }
        self.may_follow(follow, t, p as usize).then_some(p)
    }

    /// A lazy repetition's end at `p` or after it, taking up to `left` more characters of
    /// class `cls`, where what follows may start; with the characters still allowed.
    #[inline(always)]
    fn take_more(
        &self,
        cls: u32,
        follow: u32,
        t: &[u8],
        mut p: u32,
        mut left: u32,
        steps: &mut u32,
    ) -> Option<(u32, u32)> {
        while !self.may_follow(follow, t, p as usize) {
            match decode(t, p as usize) {
                Some((c, w)) if left > 0 && self.contains(cls, c) => {
                    p += w;
                    left -= 1;
                    *steps += 1;
                }
                _ => return None,
            }
        }
        Some((p, left))
    }

    /// Makes sure eight bytes can be read from any offset of a literal (see
    /// [`Program::literal_at`]): eight zero bytes after each pattern's literals.
    fn pad_literals(&mut self) {
        self.lits.extend_from_slice(&[0; 8]);
    }

    /// Drops what only compiling needs (the index of classes by their ranges) and
    /// returns spare capacity: call once the last pattern is added.
    pub fn finish(&mut self) {
        self.class_index = Default::default();
        self.insts.shrink_to_fit();
        self.lits.shrink_to_fit();
        self.classes.shrink_to_fit();
        self.ranges.shrink_to_fit();
        self.sets.shrink_to_fit();
        self.items.shrink_to_fit();
        self.alts.shrink_to_fit();
        self.tables.shrink_to_fit();
        self.branches.shrink_to_fit();
        self.masks.shrink_to_fit();
    }

    /// Bytes the program holds, for the benchmarks' account of memory.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.insts.len() * size_of::<Inst>()
            + self.lits.len()
            + self.classes.len() * size_of::<Class>()
            + self.ranges.len() * 8
            + self.sets.len() * size_of::<LitSet>()
            + self.items.len() * size_of::<Item>()
            + self.alts.len() * 12
            + self.tables.len() * 8
            + self.branches.len() * size_of::<Branch>()
            + self.masks.len() * 8
    }

    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn emit(&mut self, inst: Inst) -> u32 {
        self.insts.push(inst);
        self.pc() - 1
    }

    fn compile(&mut self, h: &Hir) -> Compiled {
        if self.insts.len() > self.limit {
            return Err(Unsupported);
        }
        match h.kind() {
            HirKind::Empty => Ok(()),
            HirKind::Literal(hir::Literal(bytes)) => {
                // Always valid UTF-8 in Unicode mode; byte literals are left to regex.
                if std::str::from_utf8(bytes).is_err() {
                    return Err(Unsupported);
                }
                let off = self.lits.len() as u32;
                self.lits.extend_from_slice(bytes);
                self.emit(Inst::Lit {
                    off,
                    len: bytes.len() as u32,
                    head: head_of(bytes),
                });
                Ok(())
            }
            HirKind::Class(c) => {
                let cls = self.class(c)?;
                self.emit(Inst::Class { cls });
                Ok(())
            }
            HirKind::Look(look) => {
                self.emit(Inst::Look(assert(*look)?));
                Ok(())
            }
            HirKind::Repetition(r) => self.repetition(r),
            HirKind::Capture(c) => {
                if c.index != self.group {
                    return self.compile(&c.sub);
                }
                self.emit(Inst::Save { slot: 0 });
                self.compile(&c.sub)?;
                self.emit(Inst::Save { slot: 1 });
                Ok(())
            }
            HirKind::Concat(parts) => parts.iter().try_for_each(|p| self.compile(p)),
            HirKind::Alternation(branches) => self.alternation(branches),
        }
    }

    fn class(&mut self, c: &hir::Class) -> Result<u32, Unsupported> {
        let ranges: Vec<(u32, u32)> = match c {
            hir::Class::Unicode(u) => u
                .ranges()
                .iter()
                .map(|r| (r.start() as u32, r.end() as u32))
                .collect(),
            // In UTF-8 mode a byte class only holds ASCII; anything else is left to regex.
            hir::Class::Bytes(b) => {
                if b.ranges().iter().any(|r| r.end() >= 0x80) {
                    return Err(Unsupported);
                }
                b.ranges()
                    .iter()
                    .map(|r| (u32::from(r.start()), u32::from(r.end())))
                    .collect()
            }
        };
        Ok(self.class_of(&ranges))
    }

    fn class_of(&mut self, ranges: &[(u32, u32)]) -> u32 {
        if let Some(&i) = self.class_index.get(ranges) {
            return i;
        }
        let mut ascii = [0u64; 2];
        let from = self.ranges.len() as u32;
        for &(a, b) in ranges {
            for c in a..=b.min(127) {
                ascii[(c >> 6) as usize] |= 1 << (c & 63);
            }
            if b >= 128 {
                self.ranges.push((a.max(128), b));
            }
        }
        self.classes.push(Class {
            ascii,
            from,
            to: self.ranges.len() as u32,
        });
        let i = self.classes.len() as u32 - 1;
        self.class_index.insert(ranges.to_vec(), i);
        i
    }

    fn repetition(&mut self, r: &hir::Repetition) -> Compiled {
        if let Some(cls) = self.single_char(&r.sub)? {
            let max = match r.max {
                None => UNBOUNDED,
                Some(m) if m < u32::from(UNBOUNDED) => m as u16,
                Some(_) => return Err(Unsupported),
            };
            let min = u16::try_from(r.min).map_err(|_| Unsupported)?;
            if min == UNBOUNDED {
                return Err(Unsupported);
            }
            self.emit(Inst::Rep {
                cls,
                min,
                max,
                greedy: r.greedy,
                follow: 0,
            });
            return Ok(());
        }
        // A loop whose body can match nothing would never end here (the regex crate
        // handles it by never visiting a state twice); such patterns are not compiled.
        if r.max.is_none() && r.sub.properties().minimum_len() == Some(0) {
            return Err(Unsupported);
        }
        for _ in 0..r.min {
            self.compile(&r.sub)?;
            if self.insts.len() > self.limit {
                return Err(Unsupported);
            }
        }
        let guard = if r.greedy { self.guard(&r.sub) } else { 0 };
        match r.max {
            None => {
                let top = self.emit(Inst::Jump { to: 0 });
                self.compile(&r.sub)?;
                self.emit(Inst::Jump { to: top });
                let exit = self.pc();
                self.insts[top as usize] = if r.greedy {
                    Inst::Split {
                        first: top + 1,
                        second: exit,
                        guard,
                    }
                } else {
                    Inst::Split {
                        first: exit,
                        second: top + 1,
                        guard: 0,
                    }
                };
            }
            Some(max) => {
                let mut splits = Vec::new();
                for _ in r.min..max {
                    splits.push(self.emit(Inst::Jump { to: 0 }));
                    self.compile(&r.sub)?;
                    if self.insts.len() > self.limit {
                        return Err(Unsupported);
                    }
                }
                // Each optional copy, skipped, skips all the later ones too.
                let end = self.pc();
                for s in splits {
                    self.insts[s as usize] = if r.greedy {
                        Inst::Split {
                            first: s + 1,
                            second: end,
                            guard,
                        }
                    } else {
                        Inst::Split {
                            first: end,
                            second: s + 1,
                            guard: 0,
                        }
                    };
                }
            }
        }
        Ok(())
    }

    /// The class of a sub-expression that is exactly one character (a class, or a literal
    /// of one character), for the fast repetition.
    fn single_char(&mut self, h: &Hir) -> Result<Option<u32>, Unsupported> {
        match h.kind() {
            HirKind::Class(c) => self.class(c).map(Some),
            HirKind::Literal(hir::Literal(bytes)) => {
                let Ok(s) = std::str::from_utf8(bytes) else {
                    return Err(Unsupported);
                };
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Ok(Some(self.class_of(&[(c as u32, c as u32)]))),
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    fn alternation(&mut self, branches: &[Hir]) -> Compiled {
        // Alternatives that are all literals (channel names, verbs): one instruction.
        let literals: Option<Vec<&[u8]>> = branches
            .iter()
            .map(|b| match b.kind() {
                HirKind::Literal(hir::Literal(bytes)) => Some(&bytes[..]),
                _ => None,
            })
            .collect();
        if let Some(literals) = literals {
            let from = self.items.len() as u32;
            let mut mask = 0u64;
            let mut masks = Vec::with_capacity(literals.len());
            for l in literals {
                let first = std::str::from_utf8(l)
                    .ok()
                    .and_then(|s| s.chars().next())
                    .ok_or(Unsupported)?;
                mask |= bloom(first as u32);
                masks.push(bloom(first as u32));
                self.items.push(Item {
                    off: self.lits.len() as u32,
                    len: l.len() as u32,
                    head: head_of(l),
                });
                self.lits.extend_from_slice(l);
            }
            let table = self.starters(&masks);
            self.sets.push(LitSet {
                mask,
                from,
                to: self.items.len() as u32,
                table,
            });
            self.emit(Inst::Lits {
                set: self.sets.len() as u32 - 1,
            });
            return Ok(());
        }
        // One instruction for the whole choice; each branch jumps to the end.
        let alt = self.alts.len() as u32;
        self.alts.push((0, 0, NO_TABLE));
        self.emit(Inst::Alt { alt });
        let mut list = Vec::with_capacity(branches.len());
        let mut jumps = Vec::new();
        for (i, b) in branches.iter().enumerate() {
            list.push(Branch {
                pc: self.pc(),
                mask: self.branch_mask(b),
            });
            self.compile(b)?;
            if i + 1 < branches.len() {
                jumps.push(self.emit(Inst::Jump { to: 0 }));
            }
        }
        let end = self.pc();
        for j in jumps {
            self.insts[j as usize] = Inst::Jump { to: end };
        }
        let from = self.branches.len() as u32;
        let masks: Vec<u64> = list.iter().map(|b| b.mask).collect();
        self.branches.extend(list);
        let table = self.starters(&masks);
        self.alts[alt as usize] = (from, self.branches.len() as u32, table);
        Ok(())
    }

    /// A [`STARTERS`] table for entries with these bloom masks (all bits: may start with
    /// anything, or match nothing), or [`NO_TABLE`] when there are too few or too many.
    fn starters(&mut self, masks: &[u64]) -> u32 {
        if masks.len() < TABLE_MIN || masks.len() > 64 {
            return NO_TABLE;
        }
        let at = self.tables.len() as u32;
        for bit in 0..STARTERS {
            let word = masks.iter().enumerate().fold(0u64, |w, (i, &m)| {
                let may = if bit == 64 {
                    m == u64::MAX
                } else {
                    m >> bit & 1 == 1
                };
                w | u64::from(may) << i
            });
            self.tables.push(word);
        }
        at
    }

    /// The bloom mask of the characters a branch can start with; all bits when it can
    /// start with many or match nothing (then what follows decides).
    fn branch_mask(&self, h: &Hir) -> u64 {
        let mut chars = Vec::new();
        match first_chars(h, &mut chars) {
            Some(false) => chars.iter().fold(0, |m, &c| m | bloom(c)),
            _ => u64::MAX,
        }
    }

    /// A guard for a branch that must start with one of a few characters; 0 when it can
    /// start with many or match nothing (then what follows decides).
    fn guard(&mut self, h: &Hir) -> u32 {
        match self.branch_mask(h) {
            u64::MAX => 0,
            mask => {
                self.masks.push(mask);
                self.masks.len() as u32 - 1
            }
        }
    }

    /// Runs the pattern at `entry` anchored at byte `at` of `text` (a character
    /// boundary). At most `budget` steps.
    pub fn run(
        &self,
        entry: Entry,
        text: &str,
        at: usize,
        scratch: &mut Scratch,
        budget: u32,
    ) -> Outcome {
        let (out, steps) = self.search(entry, text, at, scratch, budget);
        scratch.steps += u64::from(steps);
        out
    }

    fn search(
        &self,
        entry: Entry,
        text: &str,
        at: usize,
        scratch: &mut Scratch,
        budget: u32,
    ) -> (Outcome, u32) {
        // A local count, kept in a register; returned with the outcome.
        let mut steps = 0u32;
        let t = text.as_bytes();
        let stack = &mut scratch.stack;
        stack.clear();
        let mut pc = entry.0;
        let mut pos = at as u32;
        let mut slots = [NONE; 2];
        'run: loop {
            // Forward until something fails.
            loop {
                steps += 1;
                if steps > budget {
                    return (Outcome::Budget, steps);
                }
                match self.insts[pc as usize] {
                    Inst::Lit { off, len, head } => {
                        if !self.literal_at(off, len, head, t, pos as usize, word(t, pos as usize))
                        {
                            break;
                        }
                        pos += len;
                        pc += 1;
                    }
                    Inst::Class { cls } => match decode(t, pos as usize) {
                        Some((c, w)) if self.contains(cls, c) => {
                            pos += w;
                            pc += 1;
                        }
                        _ => break,
                    },
                    Inst::Rep {
                        cls,
                        min,
                        max,
                        greedy,
                        follow,
                    } => {
                        let (min, max) = (u32::from(min), wide(max));
                        // Greedy: take all it can, then give back. Lazy: take the minimum.
                        let limit = if greedy { max } else { min };
                        let mut n = 0;
                        let mut p = pos;
                        let mut floor = pos;
                        while n < limit {
                            match decode(t, p as usize) {
                                Some((c, w)) if self.contains(cls, c) => {
                                    p += w;
                                    n += 1;
                                    if n == min {
                                        floor = p;
                                    }
                                }
                                _ => break,
                            }
                        }
                        steps += n;
                        if n < min {
                            break;
                        }
                        if greedy {
                            // The longest take after which the rest may start.
                            let Some(back) = self.give_back(follow, t, p, floor, &mut steps) else {
                                break;
                            };
                            p = back;
                            if p > floor {
                                stack.push(Frame::Greedy {
                                    pc: pc + 1,
                                    pos: p,
                                    floor,
                                });
                            }
                        } else {
                            // The shortest take after which the rest may start.
                            let Some((at, left)) =
                                self.take_more(cls, follow, t, p, max - min, &mut steps)
                            else {
                                break;
                            };
                            p = at;
                            if left > 0 {
                                stack.push(Frame::Lazy { pc, pos: p, left });
                            }
                        }
                        pos = p;
                        pc += 1;
                    }
                    Inst::Split {
                        first,
                        second,
                        guard,
                    } => {
                        if guard == 0 || self.guard_passes(guard, t, pos as usize) {
                            stack.push(Frame::Branch { pc: second, pos });
                            pc = first;
                        } else {
                            pc = second;
                        }
                    }
                    Inst::Jump { to } => pc = to,
                    Inst::Alt { alt } => {
                        let bit = decode(t, pos as usize).map_or(64, |(c, _)| bloom_bit(c));
                        match self.next_branch(alt, 0, bit) {
                            Some((k, to)) => {
                                stack.push(Frame::Alt {
                                    pc,
                                    next: k + 1,
                                    pos,
                                });
                                pc = to;
                            }
                            None => break,
                        }
                    }
                    Inst::Lits { set } => match self.next_literal(set, 0, t, pos as usize) {
                        Some((k, len)) => {
                            stack.push(Frame::Lits {
                                pc,
                                next: k + 1,
                                pos,
                            });
                            pos += len;
                            pc += 1;
                        }
                        None => break,
                    },
                    Inst::Look(a) => {
                        if !holds(a, t, pos as usize) {
                            break;
                        }
                        pc += 1;
                    }
                    Inst::Save { slot } => {
                        stack.push(Frame::Restore {
                            slot,
                            old: slots[slot as usize],
                        });
                        slots[slot as usize] = pos;
                        pc += 1;
                    }
                    Inst::Match => {
                        let group = (slots[0] != NONE && slots[1] != NONE)
                            .then(|| (slots[0] as usize, slots[1] as usize));
                        return (
                            Outcome::Match {
                                end: pos as usize,
                                group,
                            },
                            steps,
                        );
                    }
                }
            }
            // Back to the latest choice that has an alternative left.
            loop {
                steps += 1;
                if steps > budget {
                    return (Outcome::Budget, steps);
                }
                let Some(frame) = stack.pop() else {
                    return (Outcome::NoMatch, steps);
                };
                match frame {
                    Frame::Branch { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        continue 'run;
                    }
                    Frame::Lits {
                        pc: p,
                        next,
                        pos: q,
                    } => {
                        let Inst::Lits { set } = self.insts[p as usize] else {
                            unreachable!("a literal frame points at a literal set")
                        };
                        if let Some((k, len)) = self.next_literal(set, next, t, q as usize) {
                            stack.push(Frame::Lits {
                                pc: p,
                                next: k + 1,
                                pos: q,
                            });
                            pc = p + 1;
                            pos = q + len;
                            continue 'run;
                        }
                    }
                    Frame::Alt {
                        pc: p,
                        next,
                        pos: q,
                    } => {
                        let Inst::Alt { alt } = self.insts[p as usize] else {
                            unreachable!("an alternation frame points at an alternation")
                        };
                        let bit = decode(t, q as usize).map_or(64, |(c, _)| bloom_bit(c));
                        if let Some((k, to)) = self.next_branch(alt, next, bit) {
                            stack.push(Frame::Alt {
                                pc: p,
                                next: k + 1,
                                pos: q,
                            });
                            pc = to;
                            pos = q;
                            continue 'run;
                        }
                    }
                    Frame::Greedy {
                        pc: p,
                        pos: q,
                        floor,
                    } => {
                        let Inst::Rep { follow, .. } = self.insts[p as usize - 1] else {
                            unreachable!("a greedy frame follows a repetition")
                        };
                        // Give back at least one character (a frame is pushed only above the
                        // floor), then until the rest may start.
                        let back = previous_boundary(t, q as usize) as u32;
                        let Some(back) = self.give_back(follow, t, back, floor, &mut steps) else {
                            continue;
                        };
                        if back > floor {
                            stack.push(Frame::Greedy {
                                pc: p,
                                pos: back,
                                floor,
                            });
                        }
                        pc = p;
                        pos = back;
                        continue 'run;
                    }
                    Frame::Lazy {
                        pc: p,
                        pos: q,
                        left,
                    } => {
                        let Inst::Rep { cls, follow, .. } = self.insts[p as usize] else {
                            unreachable!("a lazy frame points at a repetition")
                        };
                        // Take one character more, then until the rest may start.
                        let more = match decode(t, q as usize) {
                            Some((c, w)) if self.contains(cls, c) => {
                                steps += 1;
                                self.take_more(cls, follow, t, q + w, left - 1, &mut steps)
                            }
                            _ => None,
                        };
                        if let Some((at, left)) = more {
                            if left > 0 {
                                stack.push(Frame::Lazy {
                                    pc: p,
                                    pos: at,
                                    left,
                                });
                            }
                            pc = p + 1;
                            pos = at;
                            continue 'run;
                        }
                    }
                    Frame::Restore { slot, old } => slots[slot as usize] = old,
                }
            }
        }
    }

    #[inline(always)]
    fn contains(&self, cls: u32, c: u32) -> bool {
        let class = &self.classes[cls as usize];
        if c < 128 {
            return class.ascii[(c >> 6) as usize] >> (c & 63) & 1 == 1;
        }
        let ranges = &self.ranges[class.from as usize..class.to as usize];
        if ranges.len() <= 4 {
            return ranges.iter().any(|&(a, b)| a <= c && c <= b);
        }
        let i = ranges.partition_point(|&(_, b)| b < c);
        ranges.get(i).is_some_and(|&(a, _)| a <= c)
    }

    fn guard_passes(&self, guard: u32, t: &[u8], pos: usize) -> bool {
        decode(t, pos).is_some_and(|(c, _)| self.masks[guard as usize] & bloom(c) != 0)
    }

    /// The entries from `from` on that a [`STARTERS`] table allows for the character with
    /// bloom bit `bit` (64: the end of the text), as a bitset.
    #[inline(always)]
    fn allowed(&self, table: u32, bit: u32, from: u32) -> u64 {
        let word = self.tables[(table + bit) as usize];
        if from >= 64 {
            0
        } else {
            word >> from << from
        }
    }

    /// The first literal of set `set`, from item `from` on, that occurs at `pos`: its
    /// index and length.
    fn next_literal(&self, set: u32, from: u32, t: &[u8], pos: usize) -> Option<(u32, u32)> {
        let s = &self.sets[set as usize];
        let (c, _) = decode(t, pos)?;
        let bit = bloom_bit(c);
        if s.mask >> bit & 1 == 0 {
            return None;
        }
        let w = word(t, pos);
        let items = &self.items[s.from as usize..s.to as usize];
        if s.table != NO_TABLE {
            let mut may = self.allowed(s.table, bit, from);
            while may != 0 {
                let k = may.trailing_zeros();
                let i = &items[k as usize];
                if self.literal_at(i.off, i.len, i.head, t, pos, w) {
                    return Some((k, i.len));
                }
                may &= may - 1;
            }
            return None;
        }
        items[from as usize..]
            .iter()
            .enumerate()
            .find_map(|(k, i)| {
                self.literal_at(i.off, i.len, i.head, t, pos, w)
                    .then_some((from + k as u32, i.len))
            })
    }

    /// The first branch of alternation `alt`, from `from` on, that may start with the
    /// character of bloom bit `bit` (64 at the end of the text: only branches that may
    /// match nothing, or start with anything, then): its index and start.
    fn next_branch(&self, alt: u32, from: u32, bit: u32) -> Option<(u32, u32)> {
        let (lo, hi, table) = self.alts[alt as usize];
        if table != NO_TABLE {
            let may = self.allowed(table, bit, from);
            if may == 0 {
                return None;
            }
            let k = may.trailing_zeros();
            return Some((k, self.branches[(lo + k) as usize].pc));
        }
        let c = if bit == 64 { 0 } else { 1u64 << bit };
        let list = &self.branches[(lo + from) as usize..hi as usize];
        list.iter()
            .enumerate()
            .find(|(_, b)| b.mask == u64::MAX || b.mask & c != 0)
            .map(|(k, b)| (from + k as u32, b.pc))
    }

    /// Whether the literal at `off` (length `len`, first bytes `head`) occurs at `pos`;
    /// `w` is the text's first four bytes there.
    #[inline(always)]
    fn literal_at(&self, off: u32, len: u32, head: u32, t: &[u8], pos: usize, w: u32) -> bool {
        let end = pos + len as usize;
        if w & head_mask(len) != head || end > t.len() {
            return false;
        }
        // The rest, eight bytes at a time (most literals are a few characters), masked to
        // what is left; the literal buffer is padded so that eight bytes can always be
        // read from it, and near its end the text is read byte by byte.
        let mut i = 4;
        let (off, len) = (off as usize, len as usize);
        while i < len {
            let n = (len - i).min(8);
            let mask = u64::MAX >> (64 - 8 * n);
            let lit = u64::from_le_bytes(
                *self.lits[off + i..]
                    .first_chunk::<8>()
                    .expect("the literal buffer is padded"),
            );
            let text = match t[pos + i..].first_chunk::<8>() {
                Some(w) => u64::from_le_bytes(*w),
                None => load(&t[pos + i..pos + i + n]),
            };
            if (text ^ lit) & mask != 0 {
                return false;
            }
            i += n;
        }
        true
    }
}

/// A repetition's bound as the count it allows.
#[inline(always)]
fn wide(max: u16) -> u32 {
    if max == UNBOUNDED {
        u32::MAX
    } else {
        u32::from(max)
    }
}

/// Up to eight bytes as an integer (zeros past the end).
#[inline(always)]
fn load(b: &[u8]) -> u64 {
    if let Some(w) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*w);
    }
    b.iter()
        .enumerate()
        .fold(0, |w, (i, &x)| w | u64::from(x) << (8 * i))
}

/// The first four bytes of a literal as a little-endian integer (zeros past its end).
#[inline(always)]
fn head_of(lit: &[u8]) -> u32 {
    if let Some(w) = lit.first_chunk::<4>() {
        return u32::from_le_bytes(*w);
    }
    lit.iter()
        .enumerate()
        .fold(0, |w, (i, &x)| w | u32::from(x) << (8 * i))
}

/// The bits of a literal's head that hold its bytes (literals are never empty).
#[inline]
fn head_mask(len: u32) -> u32 {
    u32::MAX >> (32 - 8 * len.min(4))
}

/// The four bytes of the text at `pos` (zeros past its end), as [`head_of`] reads a literal.
#[inline(always)]
fn word(t: &[u8], pos: usize) -> u32 {
    match t.get(pos..pos + 4) {
        Some(w) => u32::from_le_bytes([w[0], w[1], w[2], w[3]]),
        None => head_of(t.get(pos..).unwrap_or(&[])),
    }
}

/// One bit of 64 for a character: guards and literal sets test a text's character against
/// the characters they can start with.
#[inline(always)]
fn bloom(c: u32) -> u64 {
    1 << bloom_bit(c)
}

/// The bit of [`bloom`].
#[inline(always)]
fn bloom_bit(c: u32) -> u32 {
    c.wrapping_mul(0x9E37_79B1) >> 26
}

/// The character starting at byte `pos` of valid UTF-8, and its length.
#[inline(always)]
fn decode(t: &[u8], pos: usize) -> Option<(u32, u32)> {
    let b0 = u32::from(*t.get(pos)?);
    if b0 < 0x80 {
        return Some((b0, 1));
    }
    // Valid UTF-8: the continuation bytes are there; read them as one word.
    let w = word(t, pos);
    let cont = |i: u32| (w >> (8 * i)) & 0x3F;
    Some(if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | cont(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            ((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    })
}

/// The start of the character that ends at byte `pos` (`pos` > 0, a boundary).
fn previous_boundary(t: &[u8], mut pos: usize) -> usize {
    pos -= 1;
    while pos > 0 && t[pos] & 0xC0 == 0x80 {
        pos -= 1;
    }
    pos
}

fn assert(look: Look) -> Result<Assert, Unsupported> {
    use Side::*;
    let word = |unicode, left, right| Assert::Word {
        unicode,
        left,
        right,
    };
    Ok(match look {
        Look::Start => Assert::Start,
        Look::End => Assert::End,
        Look::StartLF => Assert::StartLine,
        Look::EndLF => Assert::EndLine,
        Look::StartCRLF | Look::EndCRLF => return Err(Unsupported),
        // A boundary: the sides differ. Kept as two cases of the same test below.
        Look::WordAscii => Assert::Word {
            unicode: false,
            left: Any,
            right: Any,
        },
        Look::WordUnicode => Assert::Word {
            unicode: true,
            left: Any,
            right: Any,
        },
        Look::WordAsciiNegate => word(false, Word, Word),
        Look::WordUnicodeNegate => word(true, Word, Word),
        Look::WordStartAscii => word(false, NotWord, Word),
        Look::WordEndAscii => word(false, Word, NotWord),
        Look::WordStartUnicode => word(true, NotWord, Word),
        Look::WordEndUnicode => word(true, Word, NotWord),
        Look::WordStartHalfAscii => word(false, NotWord, Any),
        Look::WordEndHalfAscii => word(false, Any, NotWord),
        Look::WordStartHalfUnicode => word(true, NotWord, Any),
        Look::WordEndHalfUnicode => word(true, Any, NotWord),
    })
}

fn holds(a: Assert, t: &[u8], pos: usize) -> bool {
    match a {
        Assert::Start => pos == 0,
        Assert::End => pos == t.len(),
        Assert::StartLine => pos == 0 || t[pos - 1] == b'\n',
        Assert::EndLine => pos == t.len() || t[pos] == b'\n',
        Assert::Word {
            unicode,
            left,
            right,
        } => {
            let (before, after) = if unicode {
                let before = (pos > 0)
                    .then(|| decode(t, previous_boundary(t, pos)))
                    .flatten()
                    .is_some_and(|(c, _)| is_word_char(c));
                let after = decode(t, pos).is_some_and(|(c, _)| is_word_char(c));
                (before, after)
            } else {
                let before = pos > 0 && is_word_byte(t[pos - 1]);
                let after = t.get(pos).is_some_and(|&b| is_word_byte(b));
                (before, after)
            };
            match (left, right) {
                // \b and \B.
                (Side::Any, Side::Any) => before != after,
                (Side::Word, Side::Word) => before == after,
                _ => {
                    let side = |want: Side, is: bool| match want {
                        Side::Word => is,
                        Side::NotWord => !is,
                        Side::Any => true,
                    };
                    side(left, before) && side(right, after)
                }
            }
        }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_word_char(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| regex_syntax::try_is_word_character(c).unwrap_or(false))
}

/// The characters a match of `h` can start with, added to `out`. `Some(nullable)` when
/// they are few enough to list (`nullable`: it can also match nothing, so what follows
/// may start the match too); `None` when they are too many.
fn first_chars(h: &Hir, out: &mut Vec<u32>) -> Option<bool> {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(true),
        HirKind::Literal(hir::Literal(bytes)) => {
            let c = std::str::from_utf8(bytes).ok()?.chars().next()?;
            out.push(c as u32);
            Some(false)
        }
        HirKind::Class(hir::Class::Unicode(u)) => {
            let count: u32 = u
                .ranges()
                .iter()
                .map(|r| r.end() as u32 - r.start() as u32 + 1)
                .sum();
            if count as usize > GUARD_CHARS {
                return None;
            }
            for r in u.ranges() {
                out.extend(r.start() as u32..=r.end() as u32);
            }
            Some(false)
        }
        HirKind::Class(hir::Class::Bytes(_)) => None,
        HirKind::Repetition(r) => {
            let nullable = first_chars(&r.sub, out)?;
            Some(nullable || r.min == 0)
        }
        HirKind::Capture(c) => first_chars(&c.sub, out),
        HirKind::Concat(parts) => {
            for p in parts {
                if !first_chars(p, out)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        HirKind::Alternation(branches) => {
            let mut nullable = false;
            for b in branches {
                nullable |= first_chars(b, out)?;
            }
            Some(nullable)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;
    use regex_automata::{Anchored, Input};

    /// What the regex crate finds anchored at `at`: the end and group 1.
    fn oracle(re: &Regex, text: &str, at: usize) -> Option<(usize, Option<(usize, usize)>)> {
        let mut caps = re.create_captures();
        let input = Input::new(text)
            .span(at..text.len())
            .anchored(Anchored::Yes);
        re.search_captures(&input, &mut caps);
        let m = caps.get_match()?;
        Some((m.end(), caps.get_group(1).map(|g| (g.start, g.end))))
    }

    #[track_caller]
    fn agree(pattern: &str, texts: &[&str]) {
        let mut p = Program::new();
        let entry = p
            .add(pattern)
            .unwrap_or_else(|| panic!("{pattern} not compiled"));
        let re = Regex::new(pattern).unwrap();
        let mut s = Scratch::default();
        for text in texts {
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let want = oracle(&re, text, at);
                let got = match p.run(entry, text, at, &mut s, 1_000_000) {
                    Outcome::Match { end, group } => Some((end, group)),
                    Outcome::NoMatch => None,
                    Outcome::Budget => panic!("budget"),
                };
                assert_eq!(got, want, "{pattern:?} on {text:?} at {at}");
            }
        }
    }

    #[test]
    fn literals_classes_and_alternations() {
        agree(
            "らいん|line",
            &["らいんで", "LINE line", "ら", "", "らいらいん"],
        );
        agree(
            r"(?:ご?連絡先|めーるあどれす)(?:を|は)?(?:教え|ください)",
            &[
                "ご連絡先を教えて",
                "連絡先ください",
                "めーるあどれすは教え",
                "連絡先をね",
            ],
        );
        agree(
            r"[a-z0-9][a-z0-9._\-]*@[a-z]+\.[a-z]{2,}",
            &["mika.d@gmail.com x", "a@b.c", "@x.jp"],
        );
        agree(r"\p{Han}番号", &["注文番号", "ご番号", "番号"]);
        agree(
            r"[^\n。]{0,6}ください",
            &[
                "連絡をください",
                "とても長い文章のあとにください",
                "。ください",
            ],
        );
    }

    #[test]
    fn greedy_and_lazy_repetitions_give_back_as_regex_does() {
        agree(
            r"a[^\n]{0,8}b",
            &["a123b456b", "ab", "a\nb", "a12345678b", "a123456789b"],
        );
        agree(r"a[^\n]{0,8}?b", &["a123b456b", "ab", "a\nb"]);
        agree(r"a(?:xy){0,3}xyz", &["axyxyxyz", "axyz", "axyxyxyxyz"]);
        agree(r"a(?:xy){0,3}?xy", &["axyxyxy", "axy"]);
        agree(r"(?:ab|a)(?:bc|c)+d", &["abcd", "abcbcd", "acd", "abd"]);
        agree(r"(?:a|ab)(?:c|bcd)", &["abcd", "ac", "abc"]);
        agree(r"x*?y", &["xxy", "y", "xx"]);
        agree(
            r"(?:\s*(?:me|us|at))*\s*(\d+)",
            &[" me at 12", "us  at 7", "at"],
        );
        agree(r"\d{2,3}?5", &["12345", "125", "1235"]);
    }

    #[test]
    fn word_boundaries_and_anchors() {
        agree(
            r"\bline\b",
            &["line", "online", "lines", "a line.", "はlineで"],
        );
        agree(
            r"(?-u:\b)id(?-u:\b)",
            &["id: x", "idea", "my-id", "ｉｄ", "はidで"],
        );
        agree(
            r"(?:^|[^a-z0-9])id\s*:",
            &["id:", "x id :", "aid:", "\nid:"],
        );
        agree(r"(?m)^ok$", &["ok", "a\nok\nb", "okay"]);
        agree(r"\Bne\B", &["lines", "ne", "one"]);
        agree(r"\b{start}on", &["on", "con", " on"]);
    }

    #[test]
    fn capture_group_one_and_nested_groups() {
        agree(
            r"id\s*(?:は|:)\s*@?([a-z0-9][a-z0-9._\-]{1,30}[a-z0-9_])",
            &["id: taro_55", "idは @hanako.k", "id:a", "id: a-"],
        );
        agree(r"((a)|b)+c", &["abac", "c", "bbc"]);
        agree(r"(?:(x)|y)z", &["xz", "yz"]);
    }

    #[test]
    fn case_insensitive_and_unicode_classes() {
        agree(r"(?i)line\s+id", &["LINE ID", "Line  id", "lineid"]);
        agree(r"\w+さん", &["田中さん", "abcさん", "さん"]);
        agree(r"[★☆●○]\s?[a-z]+", &["★ gmail", "☆x", "●"]);
    }

    #[test]
    fn loops_over_empty_bodies_are_refused_not_run() {
        let mut p = Program::new();
        assert!(p.add(r"(?:a?)*b").is_none());
        assert!(p.add(r"(?:|x)+").is_none());
        // Bounded copies are fine: they end.
        assert!(p.add(r"(?:a?){0,3}b").is_some());
        // A refused pattern leaves nothing behind; the next one still compiles and runs.
        let e = p.add("ok").unwrap();
        assert_eq!(
            p.run(e, "ok", 0, &mut Scratch::default(), 100),
            Outcome::Match {
                end: 2,
                group: None
            }
        );
    }

    #[test]
    fn a_runaway_search_stops_at_its_budget() {
        let mut p = Program::new();
        let e = p.add(r"(?:a|aa)+(?:a|aa)+b").unwrap();
        let text = "a".repeat(40);
        assert_eq!(
            p.run(e, &text, 0, &mut Scratch::default(), 10_000),
            Outcome::Budget
        );
    }
}
