//! Which patterns may match a text, and where they may start: the step that runs on every
//! message, before any pattern does.
//!
//! For most patterns regex-syntax's literal extraction gives the literals every match
//! starts with (`らいん`, `ご連絡先を`…, cut to their first few characters). They are kept
//! in one hashed table keyed by their first two characters (or their only one), with a
//! bitmap of those keys in front: at nearly every position of a text two bit tests say
//! that no literal starts there. The table and bitmaps take some 100 KB, of which a message
//! touches a few lines; an Aho-Corasick automaton over the same literals was larger and had
//! to be walked byte by byte through it.
//!
//! A pattern whose matches may run long also has tails, the literals every match ends
//! with: it is tried only at starts that have one of them after them, within its reach.
//!
//! A pattern whose branches start with a class (an e-mail address, `\d+名`) is tried
//! where a literal that follows the class-led prefix occurs, at each place from which the
//! prefix can be read up to it ([`window`](super::window)).
//!
//! A pattern with none of these may start anywhere: it runs over the whole text,
//! but only when one of the literals every match ends with, or one that every match
//! contains, occurs (found by the same table). A pattern with neither always runs.

use super::window::{self, Window};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};

/// Longest literal prefix kept, in characters: long enough to be rare, short enough to
/// keep the table small (cross products of alternations produce hundreds of long literals
/// that all share a few short heads).
const PREFIX_CHARS: usize = 4;

/// Largest class literal extraction expands into its characters.
const CLASS_CHARS: usize = 16;

/// Bitmap sizes (in bits, powers of two) for one-character and two-character keys.
const SINGLE_BITS: u32 = 1 << 10;
const PAIR_BITS: u32 = 1 << 15;

/// What one pass over a text collects.
struct Scan {
    starts: Vec<u64>,
    markers: u32,
    /// Bitset of the tail literals that occur.
    tails: Vec<u64>,
    /// Their ids folded into one word, as in [`Need::summary`].
    tail_summary: u64,
    /// Each occurrence of a tail literal: its id and where it starts, in text order.
    tail_at: Vec<(u32, u32)>,
}

/// The offset recorded for a loose pattern's trigger (no text is this long).
const TRIGGERED: usize = u32::MAX as usize;

/// Marks the key of a one-character head (two-character keys use 42 bits).
const SINGLE: u64 = 1 << 63;

/// A `(slot, offset)` pair as one integer that sorts the same way: sorting plain integers
/// costs a fraction of sorting pairs.
pub fn key(slot: u32, offset: usize) -> u64 {
    u64::from(slot) << 32 | offset as u64
}

/// The offset of a [`key`].
pub fn offset(key: u64) -> usize {
    (key & u64::from(u32::MAX)) as usize
}

/// The slot of a [`key`].
pub fn slot(key: u64) -> usize {
    (key >> 32) as usize
}

/// One head literal and the slots (patterns) it starts.
#[derive(Debug, Clone, Copy)]
struct Head {
    /// Up to eight bytes after the key's characters, as an integer, and the bits of it that
    /// hold them: one comparison tells whether the head continues as the text does.
    rest: u64,
    mask: u64,
    off: u32,
    len: u32,
    uses_from: u32,
    uses_to: u32,
}

/// A table entry: every head with one key.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    key: u64,
    from: u32,
    to: u32,
    /// Bytes of the key's characters, where the heads' `rest` starts.
    key_len: u32,
}

const EMPTY: Bucket = Bucket {
    key: u64::MAX,
    key_len: 0,
    from: 0,
    to: 0,
};

/// What the prefilter found in one text. Reusable: [`Prefilter::candidates_into`] keeps
/// its buffers.
#[derive(Debug, Default)]
pub struct Candidates {
    /// Slots whose pattern may match, ascending, each with its places in `starts`.
    pub slots: Vec<Candidate>,
    /// Slot and byte offset of every place an anchored pattern may start, as [`key`]s,
    /// sorted.
    starts: Vec<u64>,
    /// Bit `i`: a word of marker group `i` occurs.
    pub markers: u32,
    /// The pass's own buffers ([`Scan`]), kept for the next text.
    tails: Vec<u64>,
    tail_at: Vec<(u32, u32)>,
}

/// A slot that may match, and the range of `starts` that holds its places.
#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    pub slot: usize,
    from: u32,
    to: u32,
    /// Search the whole text: the slot has no places of its own (it may start anywhere),
    /// or one of its windows was too wide to walk.
    pub whole: bool,
}

impl Candidates {
    /// Gives back buffers grown past `starts` places by one long text, so that
    /// candidates kept for reuse do not keep their peak.
    pub fn shrink_to(&mut self, starts: usize) {
        if self.starts.capacity() > starts || self.tail_at.capacity() > starts {
            *self = Candidates::default();
        }
    }

    /// The candidate entry of `slot`, if it may match.
    pub fn get(&self, slot: usize) -> Option<&Candidate> {
        self.slots
            .binary_search_by_key(&slot, |c| c.slot)
            .ok()
            .map(|i| &self.slots[i])
    }

    /// Byte offsets where the anchored pattern of `c` may start, ascending.
    pub fn starts(&self, c: &Candidate) -> impl Iterator<Item = usize> + '_ {
        self.starts[c.from as usize..c.to as usize]
            .iter()
            .map(|&k| offset(k))
    }
}

pub struct Prefilter {
    singles: Box<[u64]>,
    pairs: Box<[u64]>,
    table: Box<[Bucket]>,
    heads: Vec<Head>,
    bytes: Vec<u8>,
    uses: Vec<u32>,
    /// Slots without any usable literal.
    always: Vec<usize>,
    /// Per slot: the tails it needs (an empty range: none).
    needs: Vec<Need>,
    need_ids: Vec<u32>,
    /// Words of the bitset of tails seen in one text.
    tail_words: usize,
    /// Each tail literal's length in bytes.
    tail_lens: Vec<u32>,
    /// The class-led prefixes of patterns tried where a literal inside them occurs.
    windows: Vec<Window>,
}

/// The prefilter for `patterns` (slot = index), and for each pattern whether all its
/// matches start with one of its head literals or at a place one of its windows names
/// (then it is only tried there).
/// `markers` are groups of plain words (at most 32) whose presence the same pass reports,
/// group `i` as bit `i` of [`Candidates::markers`]: context checks look for them only when
/// the text has one.
pub fn build(patterns: &[&str], markers: &[&[&str]]) -> (Prefilter, Vec<bool>) {
    // (head literal, slot), and the trigger literals of the patterns run over the whole
    // text (slot | LOOSE).
    let mut heads: Vec<(Vec<u8>, u32)> = Vec::new();
    let mut loose: Vec<(Vec<u8>, u32)> = Vec::new();
    let mut always = Vec::new();
    let mut anchored = Vec::with_capacity(patterns.len());
    // Distinct tail literals (their index is their bit), and each slot's tails.
    let mut tails: Vec<Vec<u8>> = Vec::new();
    let mut needs: Vec<Vec<u32>> = vec![Vec::new(); patterns.len()];
    let mut max_lens: Vec<u32> = vec![u32::MAX; patterns.len()];
    let mut windows: Vec<Window> = Vec::new();
    for (slot, source) in patterns.iter().enumerate() {
        let hir = regex_syntax::ParserBuilder::new()
            .utf8(false)
            .build()
            .parse(source)
            .expect("pattern parses");
        if let Some(prefixes) = best_heads(&hir) {
            anchored.push(true);
            // A match of `\bword…` starts after a non-word character: the prefilter skips
            // the places inside a word (every `i` of "this" for `\bi will…`).
            let word_start = hir.properties().look_set_prefix().contains(Look::WordAscii)
                && prefixes
                    .iter()
                    .all(|l| l.first().is_some_and(|&b| is_word_byte(b)));
            let flag = if word_start { WORD_START } else { 0 };
            heads.extend(prefixes.into_iter().map(|l| (l, slot as u32 | flag)));
            need_tails(&hir, slot, &mut tails, &mut needs, &mut max_lens);
            continue;
        }
        if let Some(starts) = branch_starts(&hir, slot as u32) {
            anchored.push(true);
            for s in starts {
                match s {
                    Start::Heads(lits) => heads.extend(lits.into_iter().map(|l| (l, slot as u32))),
                    Start::Window(lits, w) => {
                        let id = windows.len() as u32;
                        windows.push(w);
                        heads.extend(lits.into_iter().map(|l| (l, id | WINDOW)));
                    }
                }
            }
            // Windows name many starts (each place the class-led prefix can be read
            // from): a tail cuts them down like a head's.
            need_tails(&hir, slot, &mut tails, &mut needs, &mut max_lens);
            continue;
        }
        anchored.push(false);
        match triggers(&hir) {
            Some(lits) => loose.extend(lits.into_iter().map(|l| (l, slot as u32 | LOOSE))),
            None => always.push(slot),
        }
    }
    heads.extend(loose);
    heads.extend(
        tails
            .iter()
            .enumerate()
            .map(|(id, t)| (t.clone(), id as u32 | TAIL)),
    );
    assert!(markers.len() <= 32, "at most 32 marker groups");
    for (group, words) in markers.iter().enumerate() {
        heads.extend(
            words
                .iter()
                .map(|w| (w.as_bytes().to_vec(), group as u32 | MARKER)),
        );
    }
    let mut p = Prefilter::new(heads, always);
    p.tail_words = tails.len().div_ceil(64);
    p.tail_lens = tails.iter().map(|t| t.len() as u32).collect();
    p.windows = windows;
    for (ids, max_len) in needs.into_iter().zip(max_lens) {
        let from = p.need_ids.len() as u32;
        let summary = ids.iter().fold(0u64, |m, &id| m | 1 << (id % 64));
        p.need_ids.extend(ids);
        p.needs.push(Need {
            from,
            to: p.need_ids.len() as u32,
            summary,
            max_len,
        });
    }
    (p, anchored)
}

/// Records the tail literals slot `slot` needs, when its matches may run long: such a
/// pattern (a gap such as `[^\n。]{0,14}`) is tried only where a literal that ends every
/// match begins after the start and within the pattern's reach; most attempts of such
/// patterns give back the gap one character at a time, looking for a tail the text does
/// not have there.
fn need_tails(
    hir: &Hir,
    slot: usize,
    tails: &mut Vec<Vec<u8>>,
    needs: &mut [Vec<u32>],
    max_lens: &mut [u32],
) {
    let max_len = hir.properties().maximum_len();
    max_lens[slot] = max_len.map_or(u32::MAX, |n| n.min(u32::MAX as usize) as u32);
    if max_len.is_some_and(|n| n <= LONG_MATCH) {
        return;
    }
    let cut = literals(hir, ExtractKind::Suffix).map(|l| cut_tails(l, TAIL_CHARS));
    if let Some(cut) = cut.filter(|t| t.iter().all(|l| l.len() >= MIN_TAIL)) {
        for t in cut {
            let id = match tails.iter().position(|x| *x == t) {
                Some(i) => i,
                None => {
                    tails.push(t);
                    tails.len() - 1
                }
            };
            needs[slot].push(id as u32);
        }
    }
}

/// Patterns whose matches can be longer than this many bytes are checked for a tail.
const LONG_MATCH: usize = 36;
/// Tail literals are cut to their last this many characters.
const TAIL_CHARS: usize = 4;
/// Shortest tail literal worth its cost, in bytes: one or two letters (`i`, `on`) occur
/// nearly everywhere and prune nothing; from three bytes on (`you`, one kana) the position
/// check prunes more than the tails cost.
const MIN_TAIL: usize = 3;

/// The tail literals one slot needs (one of them must occur), as a range of `need_ids`,
/// and their bits folded into one word for a quick test.
#[derive(Debug, Clone, Copy)]
struct Need {
    from: u32,
    to: u32,
    summary: u64,
    /// The longest match in bytes (`u32::MAX`: no limit). A match ends with its tail, so a
    /// start counts only with a tail that begins after it and ends within this reach.
    max_len: u32,
}

/// Marks a use that is a loose pattern's trigger, not an anchored pattern's start.
const LOOSE: u32 = 1 << 31;
/// Marks a use that is a marker word of the group in the low bits.
const MARKER: u32 = 1 << 30;
/// Marks a use that is the tail literal with the id in the low bits.
const TAIL: u32 = 1 << 29;
/// Marks an anchored pattern's start that counts only after a non-word character.
const WORD_START: u32 = 1 << 28;
/// Marks a use that is the literal after the class-led prefix of window `id` (low bits).
const WINDOW: u32 = 1 << 27;

/// How the matches of one branch of a pattern start.
enum Start {
    /// With one of these literals.
    Heads(Vec<Vec<u8>>),
    /// With a class-led prefix read backwards from one of these literals.
    Window(Vec<Vec<u8>>, Window),
}

/// For a pattern each of whose branches starts with literals or has a window: how.
fn branch_starts(hir: &Hir, slot: u32) -> Option<Vec<Start>> {
    let branches = match hir.kind() {
        HirKind::Alternation(b) => b.as_slice(),
        _ => std::slice::from_ref(hir),
    };
    branches
        .iter()
        .map(|b| match extract(b, ExtractKind::Prefix, CLASS_CHARS) {
            Some(lits) => Some(Start::Heads(cut_heads(lits, PREFIX_CHARS))),
            None => window::branch(b, slot, CLASS_CHARS)
                .map(|(lits, w)| Start::Window(cut_heads(lits, PREFIX_CHARS), w)),
        })
        .collect()
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The head literals of a pattern, cut to [`PREFIX_CHARS`], from whichever extraction
/// gives the longest shortest head: of the whole pattern or branch by branch, with classes
/// of up to 16 or 32 characters expanded. A short head makes every occurrence of it an
/// attempt: `t` of `t[\s._\-]?e…` (where `\s` alone has 25 characters), or a single kana
/// when regex-syntax, past its limit on a large alternation, trims every literal to four
/// bytes (`は` of `はじめは半信半疑`, which every はじめまして then starts).
fn best_heads(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let shortest = |h: &[Vec<u8>]| {
        h.iter()
            .map(|l| std::str::from_utf8(l).map_or(0, |s| s.chars().count()))
            .min()
            .unwrap_or(0)
    };
    let cut = |p: Vec<Vec<u8>>| cut_heads(p, PREFIX_CHARS);
    let mut options = vec![literals_with(hir, ExtractKind::Prefix, CLASS_CHARS).map(cut)?];
    options.extend(literals_with(hir, ExtractKind::Prefix, WIDE_CLASS_CHARS).map(cut));
    for class in [CLASS_CHARS, WIDE_CLASS_CHARS] {
        options.extend(branch_literals(hir, ExtractKind::Prefix, class).map(cut));
    }
    // The first option is the default; another wins only with longer heads, not too many.
    let mut best = options.swap_remove(0);
    for o in options {
        if o.len() <= MAX_WIDE_HEADS && shortest(&o) > shortest(&best) {
            best = o;
        }
    }
    Some(best)
}

/// The wider class limit tried for heads, and the most heads such an extraction may give.
const WIDE_CLASS_CHARS: usize = 32;
const MAX_WIDE_HEADS: usize = 256;

/// The literals every match starts with (`Prefix`) or ends with (`Suffix`), as whole
/// characters; for an alternation whose literals are too many to extract at once, the
/// union of its branches' sets. `None` when some match has none.
fn literals(hir: &Hir, kind: ExtractKind) -> Option<Vec<Vec<u8>>> {
    literals_with(hir, kind, CLASS_CHARS)
}

/// [`literals`] with classes of up to `class` characters expanded.
fn literals_with(hir: &Hir, kind: ExtractKind, class: usize) -> Option<Vec<Vec<u8>>> {
    extract(hir, kind.clone(), class).or_else(|| branch_literals(hir, kind, class))
}

/// For an alternation, the union of its branches' literal sets (each extracted on its own,
/// so within regex-syntax's limits); `None` when some branch has none, or for anything
/// else.
fn branch_literals(hir: &Hir, kind: ExtractKind, class: usize) -> Option<Vec<Vec<u8>>> {
    let HirKind::Alternation(branches) = hir.kind() else {
        return None;
    };
    let mut all = Vec::new();
    for b in branches {
        all.extend(extract(b, kind.clone(), class)?);
    }
    Some(all)
}

/// regex-syntax's literal extraction, cut to whole characters: past its limits it keeps
/// only the first (or last) four bytes of each literal, which may split a character. A
/// shorter literal still starts (ends) every match.
fn extract(hir: &Hir, kind: ExtractKind, class: usize) -> Option<Vec<Vec<u8>>> {
    let suffix = matches!(kind, ExtractKind::Suffix);
    let mut ex = Extractor::new();
    // Classes of up to `class` characters become literals (the default is 10): a pattern
    // that starts with a row of look-alike marks ([★☆●○◆◇■□▲△*#]) is then anchored.
    ex.kind(kind).limit_class(class);
    let seq = ex.extract(hir);
    let lits: Vec<Vec<u8>> = seq
        .literals()?
        .iter()
        .map(|l| whole_chars(l.as_bytes(), suffix).to_vec())
        .collect();
    (!lits.is_empty() && lits.iter().all(|l| !l.is_empty())).then_some(lits)
}

/// The longest run of whole characters at the start of `b` (at its end, for a suffix).
fn whole_chars(b: &[u8], suffix: bool) -> &[u8] {
    let b = if suffix {
        // Continuation bytes in front belong to a character cut off.
        let start = b.iter().take_while(|&&x| x & 0xC0 == 0x80).count();
        &b[start..]
    } else {
        b
    };
    match std::str::from_utf8(b) {
        Ok(_) => b,
        Err(e) => &b[..e.valid_up_to()],
    }
}

/// For a pattern that may start anywhere: literals one of which every match contains (its
/// suffixes, a required literal, or those of each branch), so it runs only when one occurs.
fn triggers(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let one = |h: &Hir| {
        extract(h, ExtractKind::Suffix, CLASS_CHARS)
            .or_else(|| required_literal(h).map(|l| vec![l]))
            .or_else(|| extract(h, ExtractKind::Prefix, CLASS_CHARS))
    };
    if let Some(lits) = one(hir) {
        return Some(lits);
    }
    let HirKind::Alternation(branches) = hir.kind() else {
        return None;
    };
    let mut all = Vec::new();
    for b in branches {
        all.extend(one(b)?);
    }
    Some(all)
}

/// The key of a head: its first character, or its first two.
fn head_key(lit: &[u8]) -> u64 {
    let s = std::str::from_utf8(lit).expect("heads are whole characters");
    let mut chars = s.chars().map(|c| c as u32);
    let first = chars.next().expect("heads are not empty");
    match chars.next() {
        Some(second) => u64::from(first) << 21 | u64::from(second),
        None => SINGLE | u64::from(first),
    }
}

fn hash_single(c: u32) -> u32 {
    c.wrapping_mul(0x9E37_79B1) >> (32 - SINGLE_BITS.trailing_zeros())
}

fn hash_pair(c: u32, d: u32) -> u32 {
    (c.wrapping_mul(0x9E37_79B1) ^ d.wrapping_mul(0x85EB_CA77).rotate_left(13))
        >> (32 - PAIR_BITS.trailing_zeros())
}

fn hash_key(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize
}

fn set(bits: &mut [u64], i: u32) {
    bits[(i >> 6) as usize] |= 1 << (i & 63);
}

fn test(bits: &[u64], i: u32) -> bool {
    bits[(i >> 6) as usize] >> (i & 63) & 1 == 1
}

impl Prefilter {
    fn new(mut heads: Vec<(Vec<u8>, u32)>, always: Vec<usize>) -> Prefilter {
        // One entry per distinct literal (ください starts dozens of patterns), grouped by key.
        heads.sort_by(|a, b| {
            head_key(&a.0)
                .cmp(&head_key(&b.0))
                .then_with(|| a.0.cmp(&b.0))
                .then(a.1.cmp(&b.1))
        });
        heads.dedup();
        let mut singles = vec![0u64; (SINGLE_BITS / 64) as usize].into_boxed_slice();
        let mut pairs = vec![0u64; (PAIR_BITS / 64) as usize].into_boxed_slice();
        let mut out_heads: Vec<Head> = Vec::new();
        let mut bytes = Vec::new();
        let mut uses = Vec::new();
        let mut buckets: Vec<Bucket> = Vec::new();
        for group in heads.chunk_by(|a, b| a.0 == b.0) {
            let lit = &group[0].0;
            let k = head_key(lit);
            let key_len = key_bytes(lit);
            let after = &lit[key_len..];
            let n = after.len().min(8);
            let from = uses.len() as u32;
            uses.extend(group.iter().map(|(_, slot)| *slot));
            out_heads.push(Head {
                rest: eight(after),
                mask: if n == 8 { u64::MAX } else { (1 << (n * 8)) - 1 },
                off: bytes.len() as u32,
                len: lit.len() as u32,
                uses_from: from,
                uses_to: uses.len() as u32,
            });
            bytes.extend_from_slice(lit);
            let h = out_heads.len() as u32 - 1;
            match buckets.last_mut() {
                Some(b) if b.key == k => b.to = h + 1,
                _ => buckets.push(Bucket {
                    key: k,
                    from: h,
                    to: h + 1,
                    key_len: key_len as u32,
                }),
            }
            if k & SINGLE != 0 {
                set(&mut singles, hash_single(k as u32));
            } else {
                set(
                    &mut pairs,
                    hash_pair((k >> 21) as u32, (k & 0x1F_FFFF) as u32),
                );
            }
        }
        let size = (buckets.len() * 2).next_power_of_two().max(16);
        let mut table = vec![EMPTY; size].into_boxed_slice();
        for b in buckets {
            let mut i = hash_key(b.key) & (size - 1);
            while table[i].key != u64::MAX {
                i = (i + 1) & (size - 1);
            }
            table[i] = b;
        }
        Prefilter {
            singles,
            pairs,
            table,
            heads: out_heads,
            bytes,
            uses,
            always,
            needs: Vec::new(),
            need_ids: Vec::new(),
            tail_words: 0,
            tail_lens: Vec::new(),
            windows: Vec::new(),
        }
    }

    fn bucket(&self, key: u64) -> Option<&Bucket> {
        let mask = self.table.len() - 1;
        let mut i = hash_key(key) & mask;
        loop {
            let b = &self.table[i];
            if b.key == key {
                return Some(b);
            }
            if b.key == u64::MAX {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Pushes the starts of the heads with `key` that occur at byte `at` of `t` (a loose
    /// pattern's trigger pushes its slot at offset [`TRIGGERED`]; a marker word sets its
    /// group's bit in `markers`).
    fn emit(&self, head_key: u64, t: &[u8], at: usize, out: &mut Scan) {
        let Some(b) = self.bucket(head_key) else {
            return;
        };
        // The key's characters match; compare what follows them.
        let kl = b.key_len as usize;
        let w = eight(&t[at + kl..]);
        for h in &self.heads[b.from as usize..b.to as usize] {
            let len = h.len as usize;
            let matches = w & h.mask == h.rest
                && at + len <= t.len()
                && (len <= kl + 8
                    || t[at + kl + 8..at + len]
                        == self.bytes[h.off as usize + kl + 8..h.off as usize + len]);
            if matches {
                for &u in &self.uses[h.uses_from as usize..h.uses_to as usize] {
                    if u & TAIL != 0 {
                        let id = (u & !TAIL) as usize;
                        out.tails[id / 64] |= 1 << (id % 64);
                        out.tail_summary |= 1 << (id % 64);
                        out.tail_at.push((id as u32, at as u32));
                    } else if u & MARKER != 0 {
                        out.markers |= 1 << (u & !MARKER);
                    } else if u & LOOSE != 0 {
                        out.starts.push(key(u & !LOOSE, TRIGGERED));
                    } else if u & WINDOW != 0 {
                        let w = &self.windows[(u & !WINDOW) as usize];
                        let starts = &mut out.starts;
                        if !w.starts(t, at, |p| starts.push(key(w.slot, p))) {
                            starts.push(key(w.slot, TRIGGERED));
                        }
                    } else if u & WORD_START == 0 || at == 0 || !is_word_byte(t[at - 1]) {
                        out.starts.push(key(u & !WORD_START, at));
                    }
                }
            }
        }
    }

    /// Slots whose pattern may match `t`, and where the anchored ones may start.
    #[cfg(test)]
    pub fn candidates(&self, t: &str) -> Candidates {
        self.candidates_with(t, t.char_indices())
    }

    /// Slots whose pattern may match `t`, and where the anchored ones may start, given
    /// `t`'s characters with their byte offsets (`char_indices`). Normalisation has
    /// them already decoded: the pass does not decode the text again.
    pub fn candidates_with(
        &self,
        t: &str,
        chars: impl Iterator<Item = (usize, char)>,
    ) -> Candidates {
        let mut out = Candidates::default();
        self.candidates_into(t, chars, &mut out);
        out
    }

    /// [`Prefilter::candidates_with`] into `out`, reusing its buffers.
    pub fn candidates_into(
        &self,
        t: &str,
        mut chars: impl Iterator<Item = (usize, char)>,
        out: &mut Candidates,
    ) {
        let bytes = t.as_bytes();
        let mut scan = Scan {
            starts: std::mem::take(&mut out.starts),
            markers: 0,
            tails: std::mem::take(&mut out.tails),
            tail_summary: 0,
            tail_at: std::mem::take(&mut out.tail_at),
        };
        scan.starts.clear();
        scan.starts.reserve(64);
        scan.tails.clear();
        scan.tails.resize(self.tail_words, 0);
        scan.tail_at.clear();
        scan.tail_at.reserve(16);
        let mut here = chars.next();
        while let Some((at, c)) = here {
            let next = chars.next();
            let c = c as u32;
            if test(&self.singles, hash_single(c)) {
                self.emit(SINGLE | u64::from(c), bytes, at, &mut scan);
            }
            if let Some((_, d)) = next {
                let d = d as u32;
                if test(&self.pairs, hash_pair(c, d)) {
                    let k = u64::from(c) << 21 | u64::from(d);
                    self.emit(k, bytes, at, &mut scan);
                }
            }
            here = next;
        }
        let Scan {
            mut starts,
            markers,
            tails,
            tail_summary,
            tail_at,
        } = scan;
        // Slots that always run join as triggers; a trigger (offset TRIGGERED, larger than
        // any start) sorts last in its slot's run and is left out of the run's range.
        starts.extend(self.always.iter().map(|&s| key(s as u32, TRIGGERED)));
        starts.sort_unstable();
        starts.dedup();
        let mut slots = std::mem::take(&mut out.slots);
        slots.clear();
        slots.reserve(32);
        let mut from = 0;
        // The starts kept are moved down to `kept` (never past the run being read).
        let mut kept = 0;
        while from < starts.len() {
            let r = slot(starts[from]);
            let mut to = from + 1;
            while to < starts.len() && slot(starts[to]) == r {
                to += 1;
            }
            let triggered = offset(starts[to - 1]) == TRIGGERED;
            let begin = kept;
            if triggered {
                starts.copy_within(from..to, kept);
                kept += to - from - 1;
                slots.push(Candidate {
                    slot: r,
                    from: begin as u32,
                    to: kept as u32,
                    whole: true,
                });
                // The trigger itself, past the range.
                kept += 1;
            } else if self.tail_seen(r, &tails, tail_summary) {
                for i in from..to {
                    if self.tail_after(r, offset(starts[i]), &tail_at) {
                        starts[kept] = starts[i];
                        kept += 1;
                    }
                }
                if kept > begin {
                    slots.push(Candidate {
                        slot: r,
                        from: begin as u32,
                        to: kept as u32,
                        whole: false,
                    });
                }
            }
            from = to;
        }
        starts.truncate(kept);
        *out = Candidates {
            slots,
            starts,
            markers,
            tails,
            tail_at,
        };
    }

    /// Whether slot `slot` needs no tail, or one of its tails was seen.
    fn tail_seen(&self, slot: usize, seen: &[u64], summary: u64) -> bool {
        let Some(n) = self.needs.get(slot) else {
            return true;
        };
        if n.from == n.to {
            return true;
        }
        n.summary & summary != 0
            && self.need_ids[n.from as usize..n.to as usize]
                .iter()
                .any(|&id| seen[id as usize / 64] >> (id % 64) & 1 == 1)
    }

    /// Whether a match of slot `slot` may start at `at`: it needs no tail, or one of its
    /// tails begins at or after `at` and ends within the pattern's reach.
    fn tail_after(&self, slot: usize, at: usize, tail_at: &[(u32, u32)]) -> bool {
        let Some(n) = self.needs.get(slot).filter(|n| n.from < n.to) else {
            return true;
        };
        let ids = &self.need_ids[n.from as usize..n.to as usize];
        let reach = at as u64 + u64::from(n.max_len);
        // Tails are in text order: skip those that begin before `at`.
        let first = tail_at.partition_point(|&(_, p)| (p as usize) < at);
        tail_at[first..]
            .iter()
            .take_while(|&&(_, p)| u64::from(p) < reach)
            .any(|&(id, p)| {
                // The summary bit first: most tails in the text belong to other slots.
                n.summary >> (id % 64) & 1 == 1
                    && u64::from(p) + u64::from(self.tail_lens[id as usize]) <= reach
                    && ids.contains(&id)
            })
    }

    /// Bytes held, for the benchmarks' account of memory.
    pub fn heap_bytes(&self) -> usize {
        (self.singles.len() + self.pairs.len()) * 8
            + self.table.len() * std::mem::size_of::<Bucket>()
            + self.heads.len() * std::mem::size_of::<Head>()
            + self.bytes.len()
            + self.uses.len() * 4
            + self.windows.iter().map(Window::heap_bytes).sum::<usize>()
    }
}

/// Cuts suffix literals to their last `max` characters (whole characters: they were
/// trimmed to those already) and drops those that end with another kept one.
fn cut_tails(lits: Vec<Vec<u8>>, max: usize) -> Vec<Vec<u8>> {
    let mut cut: Vec<Vec<u8>> = lits
        .into_iter()
        .map(|l| {
            let s = std::str::from_utf8(&l).expect("whole characters");
            let start = s.char_indices().rev().nth(max - 1).map_or(0, |(i, _)| i);
            l[start..].to_vec()
        })
        .collect();
    cut.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    cut.dedup();
    let mut out: Vec<Vec<u8>> = Vec::with_capacity(cut.len());
    for l in cut {
        if !out.iter().any(|k| l.ends_with(k)) {
            out.push(l);
        }
    }
    out
}

/// The first eight bytes of `b` as a little-endian integer, zeros past its end.
#[inline(always)]
fn eight(b: &[u8]) -> u64 {
    if let Some(w) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*w);
    }
    // Fewer than eight bytes: the end of the text or a short literal.
    b.iter()
        .take(8)
        .enumerate()
        .fold(0, |w, (i, &x)| w | u64::from(x) << (8 * i))
}

/// Bytes of the characters a head is keyed by (its first two, or its only one).
fn key_bytes(lit: &[u8]) -> usize {
    let s = std::str::from_utf8(lit).expect("heads are whole characters");
    s.char_indices().nth(2).map_or(s.len(), |(i, _)| i)
}

/// Cuts prefix literals to their first `max` characters and drops those that another one
/// starts with: the shorter literal already marks the same position.
fn cut_heads(lits: Vec<Vec<u8>>, max: usize) -> Vec<Vec<u8>> {
    let mut cut: Vec<Vec<u8>> = lits
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
    // Shortest first, so that a literal is checked against every shorter kept one.
    cut.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    cut.dedup();
    let mut out: Vec<Vec<u8>> = Vec::with_capacity(cut.len());
    for l in cut {
        if !out.iter().any(|k| l.starts_with(k)) {
            out.push(l);
        }
    }
    out
}

/// For a pattern with no finite prefix or suffix set (`[a-z0-9…]+@…`, `(?:^|[^a-z])id…`):
/// the longest literal that every match contains, from its top-level concatenation.
fn required_literal(hir: &Hir) -> Option<Vec<u8>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_found_where_they_start_and_only_there() {
        let (p, anchored) = build(
            &[
                "らいん",
                "(?:ご連絡|連絡)先",
                "[「『]id",
                "[a-z]+@y",
                "[a-z]+(?:ab)+@y",
            ],
            &[&["詐欺", "scam"], &["x"]],
        );
        assert_eq!(anchored, [true, true, true, true, false]);
        let text = "ご連絡先はらいんで「idを";
        let c = p.candidates(text);
        let at =
            |slot: usize| -> Vec<usize> { c.get(slot).map_or(vec![], |e| c.starts(e).collect()) };
        assert_eq!(at(0), [text.find("らいん").unwrap()]);
        // ご連絡 and 連絡 both start a match: two places for one pattern.
        assert_eq!(at(1), [0, "ご".len()]);
        assert_eq!(at(2), [text.find('「').unwrap()]);
        let slots = |c: &Candidates| c.slots.iter().map(|c| c.slot).collect::<Vec<_>>();
        assert_eq!(slots(&c), [0, 1, 2]);
        // The class-led pattern starts where its prefix can be read before its `@`.
        let c = p.candidates("a xab@y");
        assert_eq!(slots(&c), [3, 4]);
        assert_eq!(c.starts(&c.slots[0]).collect::<Vec<_>>(), [2, 3, 4]);
        assert!(!c.slots[0].whole);
        // The loose pattern (no simple prefix) runs over the whole text when its literal
        // occurs.
        assert!(c.slots[1].whole);
        assert!(p.candidates("nothing here").slots.is_empty());
        // Marker words set their group's bit, and are no candidates.
        assert_eq!(p.candidates("これは詐欺").markers, 0b01);
        assert_eq!(p.candidates("a scam, x").markers, 0b11);
        assert_eq!(p.candidates("らいん").markers, 0);
        assert!(p.candidates("").slots.is_empty());
    }

    #[test]
    fn candidates_used_again_hold_only_the_new_text() {
        let (p, _) = build(
            &[
                "らいん[^\\n。]{0,20}ください",
                "(?:ご連絡|連絡)先",
                "[a-z]+@y",
            ],
            &[&["詐欺"]],
        );
        let places = |c: &Candidates| -> Vec<(usize, Vec<usize>)> {
            c.slots
                .iter()
                .map(|e| (e.slot, c.starts(e).collect()))
                .collect()
        };
        let mut kept = Candidates::default();
        for text in [
            "ご連絡先はらいんでください、詐欺 a x@y ご連絡先",
            "連絡先",
            "",
            "らいんの件、よろしくください",
        ] {
            p.candidates_into(text, text.char_indices(), &mut kept);
            let fresh = p.candidates(text);
            assert_eq!(places(&kept), places(&fresh), "{text}");
            assert_eq!(kept.markers, fresh.markers, "{text}");
        }
    }

    #[test]
    fn long_patterns_start_only_where_a_tail_follows_within_reach() {
        // At most 9 + 20 × 4 + 12 bytes: らいん, a gap of any 20 characters, ください.
        let (p, _) = build(
            &[
                "らいん[^\\n。]{0,20}ください",
                "(?:you|we)\\s+\\w+\\s+email",
            ],
            &[],
        );
        let at = |text: &str, slot: usize| -> Vec<usize> {
            let c = p.candidates(text);
            c.get(slot).map_or(vec![], |e| c.starts(e).collect())
        };
        // The tail after the first start only: the second has none after it.
        let text = "らいんでご連絡ください、らいんで";
        assert_eq!(at(text, 0), [0]);
        // A tail before the start does not count.
        assert_eq!(at("くださいね、らいんで", 0), Vec::<usize>::new());
        // Nor one beyond the pattern's reach.
        let far = format!("らいん{}ください", "あ".repeat(30));
        assert_eq!(at(&far, 0), Vec::<usize>::new());
        let near = format!("らいん{}ください", "あ".repeat(20));
        assert_eq!(at(&near, 0), [0]);
        // Without a limit (\s+, \w+) any tail after the start counts.
        assert_eq!(at("you will then email, and we", 1), [0]);
        assert_eq!(at("an email, you will", 1), Vec::<usize>::new());
    }

    #[test]
    fn heads_are_cut_to_whole_characters() {
        let lits = |v: &[&str]| v.iter().map(|s| s.as_bytes().to_vec()).collect::<Vec<_>>();
        let text = |v: Vec<Vec<u8>>| {
            let mut v: Vec<String> = v
                .into_iter()
                .map(|l| String::from_utf8(l).unwrap())
                .collect();
            v.sort();
            v
        };
        // The first characters; a literal that starts with a kept one is dropped.
        assert_eq!(
            text(cut_heads(
                lits(&["ご連絡ください", "ご連絡先", "line", "li"]),
                2
            )),
            ["li", "ご連"]
        );
        assert_eq!(text(cut_heads(lits(&["é", "éa"]), 1)), ["é"]);
    }

    #[test]
    fn heads_are_cut_and_covered_ones_dropped() {
        let cut = cut_heads(
            vec![
                "らいんで".as_bytes().to_vec(),
                "らいんでお話".as_bytes().to_vec(),
                "ら".as_bytes().to_vec(),
                b"line".to_vec(),
            ],
            4,
        );
        assert_eq!(cut, ["ら".as_bytes().to_vec(), b"line".to_vec()]);
    }
}
