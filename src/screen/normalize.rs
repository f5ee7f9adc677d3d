//! Normalisation that undoes the tricks people use to slip contact details past platform
//! filters, while remembering where every normalised character came from so that findings
//! can quote the *original* text.
//!
//! Steps, in order (each is a pure function over [`Norm`] and unit-tested below):
//! 1. drop zero-width and formatting characters;
//! 2. NFKC per character (full-width ↔ half-width, ① → 1) and lower-casing;
//! 3. spoken digits in katakana runs (ゼロキュウゼロ → 090) and English digit words in a
//!    phone number's run (four one five, five five five… → 415 555…);
//! 4. kanji digits in number runs (〇九〇 → 090) and long-vowel marks between digits;
//! 5. katakana → hiragana folding;
//! 6. letters split by spaces, dots or hyphens re-joined (L I N E → line, ら・い・ん → らいん);
//! 7. spelled-out `@` and `.` (アットマーク, (at), [dot], ドット) between address parts.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;
use unicode_normalization::char::compose;
use unicode_normalization::UnicodeNormalization;

/// Where a normalised character came from in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// Byte offset of the original character (screened text is capped far below 4 GB;
    /// 32 bits keep the per-character record at 16 bytes).
    pub start: u32,
    /// Byte offset just past the original character.
    pub end: u32,
    /// The original character was katakana (full- or half-width). Kept because folding
    /// erases the difference, and ラインナップ must not read as ライン + なっぷ.
    pub katakana: bool,
    /// The original character was an upper-case Latin letter (LINE vs. line).
    pub upper: bool,
}

/// Normalised text plus the origin of each of its characters.
#[derive(Debug, Clone, Default)]
pub struct Norm {
    chars: Vec<(char, Origin)>,
    text: String,
    /// Byte offset in `text` where each of `chars` starts (ascending); filled by
    /// `finish`. One entry per character, not per byte: lookups are few, text is not.
    starts: Vec<u32>,
}

impl Norm {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Each character of [`Norm::text`] with its byte offset, as `char_indices` gives
    /// them, without decoding the text again.
    pub fn char_indices(&self) -> impl Iterator<Item = (usize, char)> + '_ {
        self.starts
            .iter()
            .zip(&self.chars)
            .map(|(&s, &(c, _))| (s as usize, c))
    }

    /// Origin of the normalised character that starts at byte `b` of [`Norm::text`].
    pub fn origin_at(&self, b: usize) -> Option<Origin> {
        if b >= self.text.len() {
            return None;
        }
        self.chars.get(self.char_index(b)).map(|c| c.1)
    }

    /// Original byte range covered by the normalised byte range `range`.
    pub fn original_range(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        if self.chars.is_empty() {
            return 0..0;
        }
        let first = self.char_index(range.start);
        let last = self.char_index(range.end.saturating_sub(1).max(range.start));
        let start = self.chars[first].1.start as usize;
        let end = (self.chars[last].1.end as usize).max(start);
        start..end
    }

    /// Index of the character that contains byte `b` (the last one when `b` is past the end).
    fn char_index(&self, b: usize) -> usize {
        self.starts
            .partition_point(|&s| s as usize <= b)
            .saturating_sub(1)
    }

    /// Normalised character before byte `b`, with its origin.
    pub fn char_before(&self, b: usize) -> Option<(char, Origin)> {
        if b == 0 {
            return None;
        }
        let i = self.char_index(b - 1);
        self.chars.get(i).copied()
    }

    /// Normalised character at byte `b`, with its origin.
    pub fn char_at(&self, b: usize) -> Option<(char, Origin)> {
        if b >= self.text.len() {
            return None;
        }
        self.chars.get(self.char_index(b)).copied()
    }

    fn finish(mut self) -> Self {
        self.encode();
        self
    }

    /// Writes [`Norm::text`] and [`Norm::starts`] from the characters, in the room the
    /// buffers already have where it suffices.
    fn encode(&mut self) {
        // Encoded by hand into room reserved up front: `String::push` checks the capacity
        // and branches on the width for each character, and this runs on every one
        // (`encode_utf8` plus a slice copy per character measured 1.9 k instructions more
        // per message).
        let n = self.chars.len();
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        bytes.clear();
        bytes.reserve(n * 4);
        let mut starts = std::mem::take(&mut self.starts);
        starts.clear();
        starts.reserve(n);
        let (b, s) = (bytes.spare_capacity_mut(), starts.spare_capacity_mut());
        let mut len = 0;
        for (i, &(c, _)) in self.chars.iter().enumerate() {
            s[i].write(len as u32);
            let u = c as u32;
            if u < 0x80 {
                b[len].write(u as u8);
                len += 1;
            } else if u < 0x800 {
                b[len].write(0xC0 | (u >> 6) as u8);
                b[len + 1].write(0x80 | (u & 0x3F) as u8);
                len += 2;
            } else if u < 0x1_0000 {
                b[len].write(0xE0 | (u >> 12) as u8);
                b[len + 1].write(0x80 | (u >> 6 & 0x3F) as u8);
                b[len + 2].write(0x80 | (u & 0x3F) as u8);
                len += 3;
            } else {
                b[len].write(0xF0 | (u >> 18) as u8);
                b[len + 1].write(0x80 | (u >> 12 & 0x3F) as u8);
                b[len + 2].write(0x80 | (u >> 6 & 0x3F) as u8);
                b[len + 3].write(0x80 | (u & 0x3F) as u8);
                len += 4;
            }
        }
        // SAFETY: the first `len` bytes and `n` starts were written just above, and the
        // bytes are whole characters encoded one after the other, so valid UTF-8.
        unsafe {
            bytes.set_len(len);
            starts.set_len(n);
            self.text = String::from_utf8_unchecked(bytes);
        }
        self.starts = starts;
    }

    /// Gives back buffers grown past `chars` characters by one long text, so that a
    /// `Norm` kept for reuse does not keep its peak.
    pub fn shrink_to(&mut self, chars: usize) {
        if self.chars.capacity() > chars {
            *self = Norm::default();
        }
    }
}

/// Runs every normalisation step over `original` (at most 4 GB; callers cap it far lower).
pub fn normalize(original: &str) -> Norm {
    let mut norm = Norm::default();
    normalize_into(original, &mut norm);
    norm
}

/// [`normalize`] into `norm`, reusing its buffers (screening keeps one per thread: three
/// allocations a message, and large ones, were a good part of the allocator's work).
pub fn normalize_into(original: &str, norm: &mut Norm) {
    let chars = &mut norm.chars;
    let mut seen = fold_into(original, chars);
    // Each later step looks for one kind of character; most text lacks some of them.
    if seen.katakana || seen.hiragana {
        seen.digit |= spoken_digits(chars);
    }
    if seen.latin {
        seen.digit |= english_digits(chars);
    }
    if seen.digit {
        kanji_digits(chars);
    }
    if seen.katakana {
        kana_fold(chars);
    }
    if seen.separator {
        join_spaced_letters(chars);
    }
    norm.encode();
    if let Some(spelled) = spelled_out_address(norm) {
        *norm = spelled;
    }
}

fn is_zero_width(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{E0100}'..='\u{E01EF}')
}

/// Hiragana, full-width katakana (but not the voiced marks that compose), CJK ideographs and
/// Japanese punctuation: NFKC leaves them as they are.
fn is_stable_japanese(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{30FC}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{3001}'..='\u{3002}' | '\u{300C}'..='\u{300F}')
}

fn is_katakana(c: char) -> bool {
    // ァ..ヺ and ヽ..ヿ (all of ァ..ヿ but ・ and ー), and half-width ｦ..ﾝ: as
    // subtractions, since this runs on nearly every character of Japanese text.
    let u = c as u32;
    (u.wrapping_sub(0x30A1) <= 0x30FF - 0x30A1 && u != 0x30FB && u != 0x30FC)
        || u.wrapping_sub(0xFF66) <= 0xFF9D - 0xFF66
}

/// Which kinds of characters the folded text has, for skipping the steps that need them.
#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    katakana: bool,
    hiragana: bool,
    /// An ASCII or kanji digit.
    digit: bool,
    separator: bool,
    /// An ASCII letter.
    latin: bool,
}

impl Seen {
    fn note(&mut self, c: char) {
        self.katakana |= is_katakana(c);
        self.hiragana |= is_hiragana(c);
        self.digit |= c.is_ascii_digit() || kanji_digit(c).is_some();
        self.separator |= is_split_separator(c);
    }
}

/// Steps 1–2: drop invisible characters, NFKC each character, lower-case.
#[cfg(test)]
pub(crate) fn fold_width_and_case(original: &str) -> Vec<(char, Origin)> {
    let mut out = Vec::new();
    fold_into(original, &mut out);
    out
}

/// Steps 1–2 into `out` (emptied first), noting which kinds of characters come out.
fn fold_into(original: &str, out: &mut Vec<(char, Origin)>) -> Seen {
    let mut seen = Seen::default();
    out.clear();
    out.reserve(original.len());
    for (start, c) in original.char_indices() {
        let start = start as u32;
        let end = start + c.len_utf8() as u32;
        // Fast paths: ASCII and the common Japanese blocks are already NFKC and lower-case.
        if c.is_ascii() {
            let upper = c.is_ascii_uppercase();
            seen.digit |= c.is_ascii_digit();
            seen.latin |= c.is_ascii_alphabetic();
            seen.separator |= matches!(c, ' ' | '.' | '-');
            let origin = Origin {
                start,
                end,
                katakana: false,
                upper,
            };
            out.push((c.to_ascii_lowercase(), origin));
            continue;
        }
        if is_stable_japanese(c) {
            // Hiragana, kanji, katakana (and the long-vowel mark), punctuation: one range
            // test each, in the order they are common.
            let katakana = if is_hiragana(c) {
                seen.hiragana = true;
                false
            } else if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
                seen.digit = seen.digit || kanji_digit(c).is_some();
                false
            } else {
                let k = is_katakana(c);
                seen.katakana |= k;
                k
            };
            let origin = Origin {
                start,
                end,
                katakana,
                upper: false,
            };
            out.push((c, origin));
            continue;
        }
        if is_zero_width(c) {
            continue;
        }
        let origin = Origin {
            start,
            end,
            katakana: is_katakana(c),
            upper: c.is_uppercase(),
        };
        for n in std::iter::once(c).nfkc() {
            // Half-width ﾞ/ﾟ become combining marks: join them to the kana before.
            if matches!(n, '\u{3099}' | '\u{309A}') {
                if let Some(last) = out.last_mut() {
                    if let Some(composed) = compose(last.0, n) {
                        last.0 = composed;
                        last.1.end = origin.end;
                        continue;
                    }
                }
            }
            let upper = origin.upper || n.is_uppercase();
            for l in n.to_lowercase() {
                // The white space NFKC keeps (NEL, the line and paragraph separators,
                // the Ogham space): patterns may then read `\s` as ASCII's six.
                let l = match l {
                    '\u{85}' | '\u{2028}' | '\u{2029}' => '\n',
                    l if l.is_whitespace() && !l.is_ascii() => ' ',
                    l => l,
                };
                seen.note(l);
                out.push((l, Origin { upper, ..origin }));
            }
        }
    }
    seen
}

const SPOKEN: &[(&str, char)] = &[
    ("ゼロ", '0'),
    ("レイ", '0'),
    ("マル", '0'),
    ("イチ", '1'),
    ("ニー", '2'),
    ("ニイ", '2'),
    ("ニ", '2'),
    ("サン", '3'),
    ("ヨン", '4'),
    ("シ", '4'),
    ("ゴー", '5'),
    ("ゴウ", '5'),
    ("ゴ", '5'),
    ("ロク", '6'),
    ("ナナ", '7'),
    ("シチ", '7'),
    ("ハチ", '8'),
    ("キュウ", '9'),
    ("キュー", '9'),
    ("ク", '9'),
];

/// Longest kana run read as spoken digits, in characters.
const MAX_SPOKEN_RUN: usize = 48;

/// Digits read from a katakana run, each with its length in characters.
type Spoken = Vec<(char, usize)>;

/// Step 3: a katakana run that reads entirely as three or more spoken digits becomes digits.
/// Runs that do not parse completely (ニコニコ, サンゴ) are left alone. Hiragana digits are
/// also particles and honorifics (田中さんにご連絡), so hiragana runs convert only as a
/// series, apart only by separators, that adds up to a phone number's ten digits or more
/// (ぜろきゅうぜろ、いちにさんよん、ごろくななはち), counting the digits of a number run just
/// before them (ゼロキュウゼロの、いちにさんよんの、ごろくななはち; 090の…): four hiragana
/// digits at least. Says whether any run was converted.
pub(crate) fn spoken_digits(chars: &mut Vec<(char, Origin)>) -> bool {
    // First find the runs that convert; most text has none, and then nothing is copied.
    let mut convert: Vec<(Range<usize>, Spoken)> = Vec::new();
    // The hiragana runs of the current series, made only of the characters digits are
    // read with. They are parsed when the series ends, and only when they have the ten
    // characters that ten digits need at least: most are a particle or two (に, は).
    let mut series: Vec<Range<usize>> = Vec::new();
    // Digits of the number run just before the series (ASCII or converted katakana), which
    // count towards its ten.
    let mut digit_run = 0usize;
    let mut series_lead = 0usize;
    let flush =
        |series: &mut Vec<Range<usize>>, convert: &mut Vec<(Range<usize>, Spoken)>, lead: usize| {
            let need = |lead: usize| 10usize.saturating_sub(lead).max(4);
            if series.iter().map(|r| r.len()).sum::<usize>() >= need(lead) {
                // A run that does not parse ends a series: the runs on either side of it are
                // series of their own.
                let mut group: Vec<(Range<usize>, Spoken)> = Vec::new();
                // Only the first group follows the lead.
                let mut lead = lead;
                let mut commit = |group: &mut Vec<(Range<usize>, Spoken)>| {
                    if group.iter().map(|(_, d)| d.len()).sum::<usize>() >= need(lead) {
                        convert.append(group);
                    }
                    lead = 0;
                    group.clear();
                };
                for r in series.iter() {
                    match parse_spoken(&chars[r.clone()]) {
                        Some(d) => group.push((r.clone(), d)),
                        None => commit(&mut group),
                    }
                }
                commit(&mut group);
            }
            series.clear();
        };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].0;
        let kata = is_katakana(c);
        if !kata && !is_hiragana(c) {
            let separator = matches!(c, '、' | ',' | ' ' | '-' | 'ー' | '・' | '‐' | '−');
            if !separator && !series.is_empty() {
                flush(&mut series, &mut convert, series_lead);
                digit_run = 0;
            }
            if c.is_ascii_digit() {
                digit_run += 1;
            } else if !separator {
                digit_run = 0;
            }
            i += 1;
            continue;
        }
        // ・ is in the run as a separator: ゼロ・ハチ・ゼロ.
        let same =
            |c: char| c == 'ー' || c == '・' || if kata { is_katakana(c) } else { is_hiragana(c) };
        let mut j = i + 1;
        // In hiragana の is a run of its own and ends one: いちにさんよんの、ごろく… joins
        // groups with it.
        if kata || c != 'の' {
            while j < chars.len() && same(chars[j].0) && (kata || chars[j].0 != 'の') {
                j += 1;
            }
        }
        // A run with a character no digit is read with (で, す, を; メ, ラ) is a word: a
        // cheap test before the parse, since nearly every Japanese text has kana.
        let mut spoken = chars[i..j]
            .iter()
            .all(|c| in_spoken_hiragana(as_hiragana(c.0)));
        if !spoken && !kata {
            // ごろくななはちです: the copula after the digits ends them.
            let k = i + chars[i..j]
                .iter()
                .position(|c| !in_spoken_hiragana(c.0))
                .unwrap_or(j - i);
            let copula = chars[k..j].iter().map(|c| c.0).take(2).eq("です".chars());
            if copula && k - i >= 3 && parse_spoken(&chars[i..k]).is_some() {
                j = k;
                spoken = true;
            }
        }
        if kata {
            flush(&mut series, &mut convert, series_lead);
            digit_run = 0;
            // Three digits take three characters at least.
            if spoken && j - i >= 3 {
                if let Some(digits) = parse_spoken(&chars[i..j]).filter(|d| d.len() >= 3) {
                    digit_run = digits.len();
                    convert.push((i..j, digits));
                }
            }
        } else if spoken {
            if series.is_empty() {
                series_lead = digit_run;
            }
            series.push(i..j);
        } else if j - i == 1 && chars[i].0 == 'の' && (!series.is_empty() || digit_run > 0) {
            // ぜろきゅうぜろ の いちにさんよん: の joins the groups of a number, as in
            // 090の1234 (the phone pattern reads it so).
        } else {
            flush(&mut series, &mut convert, series_lead);
            digit_run = 0;
        }
        i = j;
    }
    flush(&mut series, &mut convert, series_lead);
    if convert.is_empty() {
        return false;
    }
    let mut out = Vec::with_capacity(chars.len());
    let mut last = 0;
    for (Range { start: i, end: j }, digits) in convert {
        out.extend_from_slice(&chars[last..i]);
        // Map each digit to the span of the kana it came from.
        let mut pos = i;
        for (d, len) in digits {
            let first = chars[pos].1;
            let end = chars[pos + len - 1].1.end;
            out.push((
                d,
                Origin {
                    end,
                    katakana: false,
                    ..first
                },
            ));
            pos += len;
        }
        last = j;
    }
    out.extend_from_slice(&chars[last..]);
    *chars = out;
    true
}

/// Whether [`english_digits`] would find a run of seven digit words: the same reading,
/// with a count instead of the run.
fn has_digit_run(chars: &[(char, Origin)]) -> bool {
    let mut len = 0;
    let mut end = 0;
    let mut gap_ok = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].0;
        if !c.is_ascii_alphabetic() {
            if !matches!(c, ' ' | ',' | '.' | '-' | '/') {
                gap_ok = false;
            }
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].0.is_ascii_alphabetic() {
            j += 1;
        }
        if digit_word(&chars[i..j]).is_some() {
            len = if gap_ok && len > 0 && i - end <= 3 {
                len + 1
            } else {
                1
            };
            if len >= 7 {
                return true;
            }
            end = j;
        } else {
            len = 0;
        }
        gap_ok = true;
        i = j;
    }
    false
}

/// The digit an English word names (zero or oh to nine), for [`english_digits`].
fn digit_word(word: &[(char, Origin)]) -> Option<char> {
    let mut buf = [0u8; 5];
    if word.len() < 2 || word.len() > 5 {
        return None;
    }
    for (b, (c, _)) in buf.iter_mut().zip(word) {
        *b = *c as u8;
    }
    Some(match &buf[..word.len()] {
        b"zero" | b"oh" => '0',
        b"one" => '1',
        b"two" => '2',
        b"three" => '3',
        b"four" => '4',
        b"five" => '5',
        b"six" => '6',
        b"seven" => '7',
        b"eight" => '8',
        b"nine" => '9',
        _ => return None,
    })
}

/// Step 3, English: a run of seven or more digit words (a phone number's length at least),
/// apart only by spaces, commas, dots or hyphens, becomes digits. Words apart by spaces
/// alone join into one group; a comma or slash between them starts a new group after a
/// space, a hyphen or dot is kept (four one five, five five five → 415 555). Shorter runs
/// (one or two) stay words. Says whether any run was converted.
pub(crate) fn english_digits(chars: &mut Vec<(char, Origin)>) -> bool {
    // Nearly every English text has a "one" or an "oh" and none has seven in a row: a
    // pass that only counts comes first, and the one that collects runs only after it.
    if !has_digit_run(chars) {
        return false;
    }
    // Words as ranges of ASCII letters; the runs of digit words among them.
    let mut runs: Vec<Vec<(Range<usize>, char)>> = Vec::new();
    let mut run: Vec<(Range<usize>, char)> = Vec::new();
    let mut i = 0;
    let mut gap_ok = true;
    while i < chars.len() {
        let c = chars[i].0;
        if !c.is_ascii_alphabetic() {
            if !matches!(c, ' ' | ',' | '.' | '-' | '/') {
                gap_ok = false;
            }
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].0.is_ascii_alphabetic() {
            j += 1;
        }
        // A digit word continues the run when only separators, at most three, lie between.
        let near = run.last().is_some_and(|(r, _)| i - r.end <= 3);
        match digit_word(&chars[i..j]) {
            Some(d) if gap_ok && near => run.push((i..j, d)),
            Some(d) => {
                if run.len() >= 7 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
                run.push((i..j, d));
            }
            None => {
                if run.len() >= 7 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
        }
        gap_ok = true;
        i = j;
    }
    if run.len() >= 7 {
        runs.push(run);
    }
    if runs.is_empty() {
        return false;
    }
    let mut out = Vec::with_capacity(chars.len());
    let mut last = 0;
    for run in runs {
        out.extend_from_slice(&chars[last..run[0].0.start]);
        for (k, (r, d)) in run.iter().enumerate() {
            if k > 0 {
                let gap = &chars[run[k - 1].0.end..r.start];
                let kept = if let Some(&(c, o)) = gap.iter().find(|(c, _)| matches!(c, '-' | '.')) {
                    Some((c, o))
                } else {
                    gap.iter()
                        .find(|(c, _)| matches!(c, ',' | '/'))
                        .map(|&(_, o)| (' ', o))
                };
                out.extend(kept);
            }
            let first = chars[r.start].1;
            let end = chars[r.end - 1].1.end;
            out.push((
                *d,
                Origin {
                    end,
                    upper: false,
                    ..first
                },
            ));
        }
        last = run.last().map_or(last, |(r, _)| r.end);
    }
    out.extend_from_slice(&chars[last..]);
    *chars = out;
    true
}

/// The hiragana that spoken digits are written with (ぜろ, いち, きゅう…), and the
/// separators a run may hold.
fn in_spoken_hiragana(c: char) -> bool {
    matches!(
        c,
        'ぜ' | 'ろ'
            | 'れ'
            | 'い'
            | 'ま'
            | 'る'
            | 'ち'
            | 'に'
            | 'さ'
            | 'ん'
            | 'よ'
            | 'し'
            | 'ご'
            | 'う'
            | 'く'
            | 'な'
            | 'は'
            | 'き'
            | 'ゅ'
            | 'ー'
            | '・'
    )
}

fn is_hiragana(c: char) -> bool {
    (c as u32).wrapping_sub(0x3041) <= 0x3096 - 0x3041
}

/// The hiragana of a katakana character (ァ to ヶ); other characters as they are.
fn as_hiragana(c: char) -> char {
    if ('\u{30A1}'..='\u{30F6}').contains(&c) {
        char::from_u32(c as u32 - 0x60).unwrap_or(c)
    } else {
        c
    }
}

/// The katakana of a hiragana character; other characters as they are.
fn as_katakana(c: char) -> char {
    if is_hiragana(c) {
        char::from_u32(c as u32 + 0x60).unwrap_or(c)
    } else {
        c
    }
}

/// Parses a whole katakana run as spoken digits; returns each digit with its length in chars.
/// A lone ー or ・ between digits is a separator and belongs to the digit before it. Readings
/// overlap (ニイチ is ニ+イチ, ニイ+… fails), so this finds any complete parse, keeping for
/// each position how it was reached.
fn parse_spoken(run: &[(char, Origin)]) -> Option<Spoken> {
    // Phone numbers read out are short; a long run is a word, not digits. Most katakana
    // words (メッセージ, ライン) fail on their first character: no table for them.
    let first = as_katakana(run.first()?.0);
    if run.len() > MAX_SPOKEN_RUN || !SPOKEN.iter().any(|(w, _)| w.starts_with(first)) {
        return None;
    }
    let starts_with = |at: usize, w: &str| {
        let mut n = at;
        w.chars().all(|wc| {
            let ok = run.get(n).is_some_and(|c| as_katakana(c.0) == wc);
            n += 1;
            ok
        })
    };
    // from[i]: the position and digit that reached position i (None: not reached).
    let mut from: [Option<(usize, Option<char>)>; MAX_SPOKEN_RUN + 1] = [None; MAX_SPOKEN_RUN + 1];
    from[0] = Some((0, None));
    // The furthest position reached so far: past it, nothing can be reached any more, and
    // most runs (には, しました) stop there after a character or two.
    let mut furthest = 0;
    for i in 0..run.len() {
        if from[i].is_none() {
            if i > furthest {
                return None;
            }
            continue;
        }
        if matches!(run[i].0, 'ー' | '・') {
            // A separator only after a digit.
            if i > 0 && from[i + 1].is_none() {
                from[i + 1] = Some((i, None));
                furthest = furthest.max(i + 1);
            }
            continue;
        }
        for (w, d) in SPOKEN {
            // Katakana are three bytes each in UTF-8.
            let len = w.len() / 3;
            if starts_with(i, w) && from[i + len].is_none() {
                from[i + len] = Some((i, Some(*d)));
                furthest = furthest.max(i + len);
            }
        }
    }
    from[run.len()]?;
    // Walk back; a separator adds its length to the digit before it.
    let mut out: Vec<(char, usize)> = Vec::new();
    let mut pending = 0;
    let mut at = run.len();
    while at > 0 {
        let (prev, d) = from[at]?;
        match d {
            Some(d) => {
                out.push((d, at - prev + pending));
                pending = 0;
            }
            None => pending += at - prev,
        }
        at = prev;
    }
    out.reverse();
    Some(out)
}

fn kanji_digit(c: char) -> Option<char> {
    Some(match c {
        '〇' | '零' => '0',
        '一' => '1',
        '二' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        _ => return None,
    })
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | 'ー' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '─' | '━' | 'ｰ'
    )
}

/// Step 4: kanji digits inside a run of at least three digits become ASCII digits, and any
/// dash-like character between digits becomes `-`, so 〇七〇ー五二一八 reads as 070-5218.
/// Single kanji (一度, 三本) stay as they are.
pub(crate) fn kanji_digits(chars: &mut [(char, Origin)]) {
    let digitish = |c: char| c.is_ascii_digit() || kanji_digit(c).is_some();
    let mut i = 0;
    while i < chars.len() {
        if !digitish(chars[i].0) {
            i += 1;
            continue;
        }
        // A run: digits, with single dashes, spaces or の (〇九〇の一二…, as numbers
        // are read out) between them.
        let mut j = i;
        let mut count = 0;
        while j < chars.len() {
            if digitish(chars[j].0) {
                count += 1;
                j += 1;
            } else if (is_dash(chars[j].0) || chars[j].0 == ' ' || chars[j].0 == 'の')
                && j + 1 < chars.len()
                && digitish(chars[j + 1].0)
            {
                j += 1;
            } else {
                break;
            }
        }
        let has_kanji = chars[i..j].iter().any(|c| kanji_digit(c.0).is_some());
        if count >= 3 {
            for c in &mut chars[i..j] {
                if let Some(d) = kanji_digit(c.0) {
                    if has_kanji {
                        c.0 = d;
                    }
                } else if is_dash(c.0) {
                    c.0 = '-';
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Step 5: katakana → hiragana (the origin keeps the `katakana` flag).
pub(crate) fn kana_fold(chars: &mut [(char, Origin)]) {
    for c in chars {
        c.0 = as_hiragana(c.0);
    }
}

fn is_split_separator(c: char) -> bool {
    // Hyphens too (L-I-N-E), but not the long-vowel mark ー: in ターゲーム it stands
    // between single kana, and the word would lose it.
    matches!(
        c,
        ' ' | '\u{3000}' | '・' | '.' | '･' | '·' | '-' | '‐' | '‑' | '‒' | '–' | '—' | '−'
    )
}

/// ASCII letters and digits form one class; everything else (kana, kanji) another. A Latin
/// letter glued to kana (はL) still stands alone as a Latin "word".
fn same_class(a: char, b: char) -> bool {
    a.is_ascii_alphanumeric() == b.is_ascii_alphanumeric()
}

/// Step 6: three or more single characters, each separated by one separator (space, dot,
/// middle dot, hyphen), are joined: `l i n e` → `line`, `ら・い・ん` → `らいん`. Multi-character
/// tokens (words, addresses like `mika.design`) are not touched. With the middle dot or
/// with kana and kanji, only the inner items must be single (ら・い・んで, ラ イ ンで).
pub(crate) fn join_spaced_letters(chars: &mut Vec<(char, Origin)>) {
    let n = chars.len();
    let is_sep = |k: usize| is_split_separator(chars[k].0);
    let is_item = |k: usize| !is_split_separator(chars[k].0) && !chars[k].0.is_whitespace();
    // The item at k has nothing of its own class on the left / right.
    let single_left =
        |k: usize| k == 0 || !is_item(k - 1) || !same_class(chars[k - 1].0, chars[k].0);
    let single_right =
        |k: usize| k + 1 >= n || !is_item(k + 1) || !same_class(chars[k + 1].0, chars[k].0);
    // Allocated when the first chain is found: most text has none.
    let mut drop: Vec<bool> = Vec::new();
    let mut k = 1;
    while k + 1 < n {
        if !(is_sep(k) && is_item(k - 1) && is_item(k + 1)) {
            k += 1;
            continue;
        }
        // A chain of separators two apart, each followed by an item: k, k+2, …
        let mut count = 1;
        while {
            let last = k + 2 * (count - 1);
            let next = last + 2;
            next + 1 < n && is_sep(next) && is_item(last + 1) && is_item(next + 1)
        } {
            count += 1;
        }
        let sep = |i: usize| k + 2 * i;
        let dot = (0..count).all(|i| matches!(chars[sep(i)].0, '・' | '･' | '·'));
        // Japanese needs no spaces between words, so single kana or kanji between spaces
        // are the trick itself even when the last one is glued to a particle (ラ イ ンで).
        let wide = (0..=count).all(|i| !chars[k - 1 + 2 * i].0.is_ascii());
        let dot = dot || wide;
        // Trim ends whose items are parts of longer words (unless ・ or kana joins them).
        let (mut lo, mut hi) = (0, count);
        while lo < hi && !dot && !single_left(sep(lo) - 1) {
            lo += 1;
        }
        while hi > lo && !dot && !single_right(sep(hi - 1) + 1) {
            hi -= 1;
        }
        if hi - lo >= 2 {
            drop.resize(n, false);
            for i in lo..hi {
                drop[sep(i)] = true;
            }
        }
        k = sep(count - 1) + 1;
    }
    if !drop.is_empty() {
        let mut idx = 0;
        chars.retain(|_| {
            let keep = !drop[idx];
            idx += 1;
            keep
        });
    }
}

static AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ([a-z0-9][a-z0-9._+\-]*)
        \s*(?:(?:[【〔「『\[(]\s*)?(?:あっとまーく|あっと)(?:\s*[】〕」』\])])?|\(at\)|\[at\]|\{at\}|<at>|＠|\sat\s)\s*
        ([a-z0-9\-]+(?:\s*(?:(?:[【〔「『\[(]\s*)?どっと(?:\s*[】〕」』\])])?|\(dot\)|\[dot\]|\{dot\}|<dot>|\sdot\s|\.)\s*[a-z0-9\-]+)+
         |(?:gmail|yahoo|hotmail|outlook|icloud|protonmail)(?-u:\b))",
    )
    .expect("static regex")
});
static DOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:(?:[【〔「『\[(]\s*)?どっと(?:\s*[】〕」』\])])?|\(dot\)|\[dot\]|\{dot\}|<dot>|\sdot\s|\.)\s*")
        .expect("static regex")
});
static SPELLED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"あっと|\(at\)|\[at\]|\{at\}|<at>|\sat\s|どっと|\(dot\)|\[dot\]|\{dot\}|<dot>|\sdot\s",
    )
    .expect("static regex")
});

/// Cheap test before [`SPELLED_AT`], whose `\sat\s` leaves the regex no literal to skip
/// ahead with: every spelled-out form contains あっと, どっと, or a Latin `at` or `dot`
/// standing alone or in brackets. Both end in `と` or `t`: one byte search each, which
/// Japanese text without Latin words passes almost at once.
fn may_spell_address(t: &str) -> bool {
    let b = t.as_bytes();
    static TO: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("っと".as_bytes()));
    // あ or ど (in UTF-8) before っと.
    let kana = TO
        .find_iter(b)
        .any(|i| i >= 3 && matches!(&b[i - 3..i], b"\xE3\x81\x82" | b"\xE3\x81\xA9"));
    if kana {
        return true;
    }
    // Latin forms stand alone or in brackets: " at ", "(at)", "[dot]".
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_whitespace() || "([{<)]}>".contains(c));
    memchr::memchr_iter(b't', b).any(|i| {
        let start = if i >= 1 && b[i - 1] == b'a' {
            i - 1
        } else if i >= 2 && &b[i - 2..i] == b"do" {
            i - 2
        } else {
            return false;
        };
        edge(t[..start].chars().next_back()) && edge(t[i + 1..].chars().next())
    })
}

/// Step 7: `name アットマーク gmail ドット com`, `name (at) host (dot) com` → `name@gmail.com`.
/// Only rewrites when the spelled-out form sits between address-like parts.
/// `None`: the text spells out no address (nearly always), and `norm` stands.
pub(crate) fn spelled_out_address(norm: &Norm) -> Option<Norm> {
    if !may_spell_address(&norm.text) || !SPELLED_AT.is_match(&norm.text) {
        return None;
    }
    let text = norm.text.as_str();
    let mut out: Vec<(char, Origin)> = Vec::with_capacity(norm.chars.len());
    let mut last = 0;
    let mut pos = 0;
    while let Some(caps) = AT.captures_at(text, pos) {
        let whole = caps.get(0).expect("group 0");
        let (local, domain) = (caps.get(1).expect("local"), caps.get(2).expect("domain"));
        pos = whole.end();
        // "email me at kate@x.com": the real address follows; leave the sentence alone.
        if text[whole.end()..].starts_with(['@', '_', '+']) {
            continue;
        }
        // A plain English "at" is most often a place: "the form at bit.ly/…", "our site at
        // www.example.com". An address spelled that way has no path, no www and no article.
        if text[local.end()..domain.start()].trim() == "at" {
            let url = text[domain.end()..].starts_with('/') || domain.as_str().starts_with("www");
            let article = text[..local.start()]
                .trim_end()
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .is_some_and(|w| {
                    [
                        "the", "a", "an", "our", "my", "your", "this", "their", "its",
                    ]
                    .contains(&w)
                });
            if url || article {
                // "a line at nora.briefs [at] gmail [dot] com": the address may start
                // right after this "at".
                pos = domain.start();
                continue;
            }
        }
        // Only the mail service named ("jm.reyes at gmail"): an address only when the name
        // looks like one (a dot, digit…), not "we met at yahoo".
        let bare_service = !domain.as_str().contains('.') && !DOT.is_match(domain.as_str());
        if bare_service
            && !local
                .as_str()
                .contains(|c: char| c.is_ascii_digit() || "._+-".contains(c))
        {
            pos = domain.start();
            continue;
        }
        push_range(norm, last..whole.start(), &mut out);
        push_range(norm, local.range(), &mut out);
        let at_origin = norm.origin_at(local.end()).unwrap_or(norm.chars[0].1);
        out.push(('@', at_origin));
        // Domain: keep the label characters, turn every spelled-out dot into '.'.
        let mut d_last = domain.start();
        for m in DOT.find_iter(domain.as_str()) {
            let (s, e) = (domain.start() + m.start(), domain.start() + m.end());
            push_range(norm, d_last..s, &mut out);
            out.push(('.', norm.origin_at(s).unwrap_or(at_origin)));
            d_last = e;
        }
        push_range(norm, d_last..domain.end(), &mut out);
        last = whole.end();
    }
    push_range(norm, last..text.len(), &mut out);
    Some(
        Norm {
            chars: out,
            ..Norm::default()
        }
        .finish(),
    )
}

fn push_range(norm: &Norm, range: std::ops::Range<usize>, out: &mut Vec<(char, Origin)>) {
    if range.start >= range.end {
        return;
    }
    let first = norm.char_index(range.start);
    let last = norm.char_index(range.end - 1);
    out.extend_from_slice(&norm.chars[first..=last]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(s).text().to_string()
    }

    #[test]
    fn plain_at_before_a_place_is_no_address() {
        assert_eq!(
            n("complete the form at bit.ly/apply please"),
            "complete the form at bit.ly/apply please"
        );
        assert_eq!(
            n("visit us at www.example.com"),
            "visit us at www.example.com"
        );
        assert_eq!(
            n("see our site at example.com"),
            "see our site at example.com"
        );
        // Spelled-out addresses still join.
        assert_eq!(
            n("mail me: jake at outlook.com"),
            "mail me: jake@outlook.com"
        );
        assert_eq!(n("jake at outlook dot com"), "jake@outlook.com");
        assert_eq!(
            n("drop me a line at nora [at] gmail [dot] com"),
            "drop me a line at nora@gmail.com"
        );
    }

    #[test]
    fn the_cheap_test_passes_every_spelled_out_form() {
        // `may_spell_address` only spares the regex work: wherever the regex matches, it
        // must say yes.
        for s in [
            "name あっと gmail どっと com",
            "name(at)host(dot)com",
            "name [at] host [dot] com",
            "name {dot} x",
            "name <at> x",
            "meet me at the station",
            "x\tat\ty",
            "x\u{2003}dot\u{2003}y",
            "しろあっと",
            "どっとこむ",
        ] {
            assert!(may_spell_address(s), "{s}");
            assert!(SPELLED_AT.is_match(s), "{s}");
        }
        for s in [
            "that cat sat on the mat",
            "the dots and dotted lines",
            "ちょっとお待ちください",
            "at",
            "plain ascii text, 2026",
            "",
        ] {
            assert!(!may_spell_address(s), "{s}");
        }
    }

    #[test]
    fn skipped_steps_would_have_changed_nothing() {
        // `normalize` skips the steps whose characters the text lacks; running every step
        // must give the same text and origins.
        for s in [
            "ゼロキュウゼロ―イチニーサンヨン―ゴロクナナハチ",
            "〇七〇ー五二一八ー九九三六",
            "ｾﾞﾛｷｭｳｾﾞﾛ の 一 二 三",
            "L I N E で ら・い・ん 、ﾗ･ｲ･ﾝ、ラ　イ　ン",
            "０９０－１２３４－５６７８ mika.design@example.com",
            "ご連絡はLINEで。ありがとうございます",
            "plain ascii text, 2026",
            "",
        ] {
            let mut chars = fold_width_and_case(s);
            spoken_digits(&mut chars);
            kanji_digits(&mut chars);
            kana_fold(&mut chars);
            join_spaced_letters(&mut chars);
            let folded = Norm {
                chars,
                ..Norm::default()
            }
            .finish();
            let all = spelled_out_address(&folded).unwrap_or(folded);
            let fast = normalize(s);
            assert_eq!(fast.text(), all.text(), "{s}");
            assert_eq!(fast.chars, all.chars, "{s}");
        }
    }

    #[test]
    fn a_norm_used_again_holds_only_the_new_text() {
        let mut norm = Norm::default();
        for s in [
            "ＬＩＮＥ ＩＤ：ｓａｋｕｒａ＿ｗｏｒｋ　〇九〇の一二三四",
            "ab",
            "name アットマーク gmail ドット com",
            "",
            "らいん",
        ] {
            normalize_into(s, &mut norm);
            let fresh = normalize(s);
            assert_eq!(norm.text(), fresh.text(), "{s}");
            assert_eq!(norm.chars, fresh.chars, "{s}");
            assert_eq!(norm.starts, fresh.starts, "{s}");
        }
    }

    #[test]
    fn characters_of_every_utf8_width_come_out_whole() {
        // One, two, three and four bytes: the text is encoded by hand.
        let norm = normalize("Ça 𠮷野家 ü ok");
        assert_eq!(norm.text(), "ça 𠮷野家 ü ok");
        let decoded: Vec<(usize, char)> = norm.text().char_indices().collect();
        assert_eq!(norm.char_indices().collect::<Vec<_>>(), decoded);
    }

    #[test]
    fn zero_width_characters_are_dropped() {
        assert_eq!(n("L\u{200B}I\u{200D}NE"), "line");
        assert_eq!(n("ラ\u{FEFF}イン"), "らいん");
    }

    #[test]
    fn full_width_and_half_width_fold() {
        assert_eq!(
            n("ＬＩＮＥ ＩＤ：ｓｕｚｕｋｉ＿ｐｒｏｊｅｃｔ"),
            "line id:suzuki_project"
        );
        assert_eq!(n("ﾗｲﾝ"), "らいん");
        assert_eq!(n("ｶﾞｲﾄﾞ"), "がいど");
        assert_eq!(n("０８０－４４１２－７７３０"), "080-4412-7730");
    }

    #[test]
    fn all_white_space_becomes_ascii() {
        // Rules read `\s` as ASCII white space: no other may be left.
        assert_eq!(n("line\u{3000}id\u{a0}x\u{1680}y"), "line id x y");
        assert_eq!(n("a\u{2028}b\u{2029}c\u{85}d"), "a\nb\nc\nd");
        let all: String = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        assert!(n(&all).chars().all(|c| !c.is_whitespace() || c.is_ascii()));
    }

    #[test]
    fn case_folding_keeps_upper_flag() {
        let norm = normalize("LINE line");
        assert!(norm.origin_at(0).unwrap().upper);
        assert!(!norm.origin_at(5).unwrap().upper);
    }

    #[test]
    fn kana_folding_keeps_katakana_flag() {
        let norm = normalize("ラインらいん");
        assert_eq!(norm.text(), "らいんらいん");
        assert!(norm.origin_at(0).unwrap().katakana);
        assert!(!norm.origin_at(9).unwrap().katakana);
    }

    #[test]
    fn kanji_digits_in_runs() {
        assert_eq!(n("〇七〇ー五二一八ー九九三六"), "070-5218-9936");
        assert_eq!(n("〇九〇"), "090");
        assert_eq!(n("〇八〇の五五五五の一二三四"), "080の5555の1234");
        // の between single numerals is a word, not a separator.
        assert_eq!(n("二の腕"), "二の腕");
        // Single kanji numerals are words, not digits.
        assert_eq!(n("一度お願いします"), "一度お願いします");
        assert_eq!(n("三本"), "三本");
    }

    #[test]
    fn spoken_digits_in_katakana() {
        assert_eq!(n("ゼロキュウゼロ"), "090");
        assert_eq!(
            n("ゼロハチゼロのイチニーサンヨン"),
            "080のいちにーさんよん".replace("いちにーさんよん", "1234")
        );
        // Ordinary katakana words that are not all digits stay.
        assert_eq!(n("サンゴ"), "さんご");
        // Readings that overlap (ニイ, ニ+イチ) and middle dots between digits.
        assert_eq!(n("ゼロ・ハチ・ゼロ　イチニイサンヨン"), "080 1234");
        assert_eq!(n("サンニイチ"), "321");
        assert_eq!(n("ゴウ・ロク・ナナ"), "567");
        // A dotted katakana word stays a word.
        assert_eq!(n("サン・ゴッホ"), "さん・ごっほ");
        assert_eq!(n("ニコニコ"), "にこにこ");
    }

    #[test]
    fn spoken_hiragana_groups_joined_by_no() {
        assert_eq!(
            n("ぜろきゅうぜろ の いちにさんよん の ごーろくななはち"),
            "090 の 1234 の 5678"
        );
        // The particle alone does not make a series of ordinary words.
        assert_eq!(n("にのみや"), "にのみや");
        assert_eq!(n("さんの いち"), "さんの いち");
    }

    #[test]
    fn english_digit_words_only_as_a_phone_number() {
        assert_eq!(
            n("call me: four one five, five five five, zero one nine two"),
            "call me: 415 555 0192"
        );
        // Single digits between hyphens are then re-joined like split letters.
        assert_eq!(n("Seven-One-Eight-Two-Two-Oh-Nine"), "7182209");
        // Fewer than seven words are words: counts, an "oh", a list.
        assert_eq!(n("one or two revisions"), "one or two revisions");
        assert_eq!(
            n("oh, one more thing: three to five days"),
            "oh, one more thing: three to five days"
        );
        assert_eq!(
            n("one, two, three, four, five, six"),
            "one, two, three, four, five, six"
        );
        // Words inside other words (someone, often) are no digits.
        assert_eq!(n("someone often nine"), "someone often nine");
        // The digits point back at the words they came from.
        let norm = normalize("ring four one five five five five zero one nine two");
        let t = norm.text();
        let at = t.find("4155550192").unwrap();
        assert_eq!(norm.original_range(at..at + 1), 5..9);
    }

    #[test]
    fn spoken_digits_in_hiragana_only_as_a_phone_number() {
        assert_eq!(
            n("ぜろきゅうぜろ、いちにさんよん、ごろくななはち までお電話ください"),
            "090、1234、5678 までお電話ください"
        );
        assert_eq!(
            n("ぜろはちぜろ いちにいさん よんごろくなな"),
            "080 123 4567"
        );
        // Particles and honorifics that read as digits stay words.
        assert_eq!(n("田中さんにご連絡ください"), "田中さんにご連絡ください");
        assert_eq!(n("いちごに砂糖"), "いちごに砂糖");
        assert_eq!(n("ぜろきゅうぜろ"), "ぜろきゅうぜろ");
        // A run that does not read as digits (しま) splits the series: neither half has
        // ten digits.
        assert_eq!(
            n("ぜろきゅうぜろ、しま、いちにさんよん、ごろくななはち"),
            "ぜろきゅうぜろ、しま、いちにさんよん、ごろくななはち"
        );
        // But a series of ten digits or more still converts next to one.
        assert_eq!(
            n("しま、ぜろきゅうぜろ、いちにさんよん、ごろくななはち"),
            "しま、090、1234、5678"
        );
    }

    #[test]
    fn spaced_letters_are_joined() {
        assert_eq!(n("L I N E"), "line");
        assert_eq!(n("ら・い・ん"), "らいん");
        assert_eq!(n("ので、ラ イ ンで送ります"), "ので、らいんで送ります");
        assert_eq!(n("t a k u m i 2 2 4"), "takumi224");
        assert_eq!(n("L.I.N.E"), "line");
        // Ordinary words and addresses are not joined.
        assert_eq!(n("mika.design and a b"), "mika.design and a b");
        assert_eq!(n("連絡はＬ Ｉ Ｎ Ｅで"), "連絡はlineで");
        assert_eq!(n("I D は t a k u m i 2 2 4 です"), "idはtakumi224 です");
        assert_eq!(n("ら・い・んで連絡"), "らいんで連絡");
        assert_eq!(n("東京・大阪・名古屋"), "東京・大阪・名古屋");
        assert_eq!(n("e.g. +1415"), "e.g. +1415");
        assert_eq!(n("Ｌ‐Ｉ‐Ｎ‐Ｅで"), "lineで");
        assert_eq!(n("L-I-N-E"), "line");
        // Hyphenated words and numbers, and two letters alone, stay.
        assert_eq!(n("e-mail"), "e-mail");
        assert_eq!(n("090-1234-5678"), "090-1234-5678");
        assert_eq!(n("A-B plan"), "a-b plan");
    }

    #[test]
    fn spelled_out_at_and_dot() {
        assert_eq!(
            n("kenta_office アットマーク gmail ドット com"),
            "kenta_office@gmail.com"
        );
        assert_eq!(n("sato.pm(at)outlook(dot)jp"), "sato.pm@outlook.jp");
        assert_eq!(
            n("suzuki_office【アットマーク】yahoo.co.jp"),
            "suzuki_office@yahoo.co.jp"
        );
        assert_eq!(n("mika［あっと］gmail［どっと］com"), "mika@gmail.com");
        assert_eq!(
            n("hr.dept (at) nexaglobal (dot) com"),
            "hr.dept@nexaglobal.com"
        );
        assert_eq!(
            n("ｍｉｋａ．ｄｅｓｉｇｎ＠ｙａｈｏｏ．ｃｏ．ｊｐ"),
            "mika.design@yahoo.co.jp"
        );
        // "at" in a sentence is not an address.
        assert_eq!(n("meet at noon"), "meet at noon");
        assert_eq!(
            n("email me at kate.lin@gmail.com"),
            "email me at kate.lin@gmail.com"
        );
    }

    #[test]
    fn original_ranges_point_into_the_original() {
        let src = "連絡はＬ Ｉ Ｎ Ｅで";
        let norm = normalize(src);
        let pos = norm.text().find("line").unwrap();
        let r = norm.original_range(pos..pos + 4);
        assert_eq!(&src[r], "Ｌ Ｉ Ｎ Ｅ");
        let src = "kenta アットマーク gmail ドット com です";
        let norm = normalize(src);
        let pos = norm.text().find("kenta@gmail.com").unwrap();
        let r = norm.original_range(pos..pos + "kenta@gmail.com".len());
        assert_eq!(&src[r], "kenta アットマーク gmail ドット com");
    }
}
