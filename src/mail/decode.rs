//! Decoders on the screening path: quoted-printable bodies and RFC 2047 header words.
//!
//! mailparse decodes both too, but its header decoder walks the value token by token and
//! its quoted-printable decoder copies line by line; on a 2 KB notification the two took
//! longer than parsing the whole MIME tree. These are single passes over the bytes, with
//! the same lenient reading of broken input (an `=` that starts no escape stays as it is).

use encoding_rs::Encoding;
use std::sync::LazyLock;

/// Base64 as mailers write it in headers: padding optional, stray low bits ignored.
static LENIENT_BASE64: LazyLock<base64::engine::GeneralPurpose> = LazyLock::new(|| {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    )
});

/// Quoted-printable body → bytes. Soft line breaks (`=` at the end of a line, trailing
/// blanks allowed) are removed, `=XX` becomes the byte, trailing blanks of a line are
/// dropped (RFC 2045 §6.7), line ends come out as `\n`, anything else is kept as written.
pub fn quoted_printable(input: &[u8]) -> Vec<u8> {
    let n = input.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let b = input[i];
        match b {
            b'=' => {
                // The common case first: Japanese text is nearly all =XX escapes, one after
                // the other (=E3=81=82): decode the whole stretch here. Invalid digits are
                // 0xFF, so `(h | l) < 16` holds only for two hex digits.
                let from = i;
                while i + 2 < n && input[i] == b'=' {
                    let (h, l) = (HEX[input[i + 1] as usize], HEX[input[i + 2] as usize]);
                    if h | l >= 16 {
                        break;
                    }
                    out.push(h << 4 | l);
                    i += 3;
                }
                if i > from {
                    continue;
                }
                // `=` followed by blanks and a line end: a soft line break.
                let j = skip_blanks(input, i + 1);
                match input.get(j) {
                    Some(b'\n') => i = j + 1,
                    Some(b'\r') if input.get(j + 1) == Some(&b'\n') => i = j + 2,
                    None => i = j,
                    _ => {
                        out.push(b'=');
                        i += 1;
                    }
                }
            }
            b' ' | b'\t' => {
                let j = skip_blanks(input, i);
                // Blanks at the end of a line are transport padding.
                let line_end = match input.get(j) {
                    None | Some(b'\n') => true,
                    Some(b'\r') => input.get(j + 1) == Some(&b'\n'),
                    _ => false,
                };
                if !line_end {
                    out.extend_from_slice(&input[i..j]);
                }
                i = j;
            }
            b'\r' if input.get(i + 1) == Some(&b'\n') => {
                out.push(b'\n');
                i += 2;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

fn skip_blanks(input: &[u8], mut j: usize) -> usize {
    while matches!(input.get(j), Some(b' ' | b'\t')) {
        j += 1;
    }
    j
}

/// Where the two bytes `a b` first occur: for a two-byte needle in a short header value, a
/// byte search beats setting up a substring searcher on every call.
pub(crate) fn find_pair(hay: &[u8], a: u8, b: u8) -> Option<usize> {
    memchr::memchr_iter(a, hay).find(|&i| hay.get(i + 1) == Some(&b))
}

fn hex(c: u8) -> Option<u8> {
    let v = HEX[c as usize];
    (v != 0xFF).then_some(v)
}

/// Hex digit values, 0xFF for bytes that are not one (a lookup beats three range tests
/// on the =XX escapes that make up most of a Japanese quoted-printable body).
static HEX: [u8; 256] = {
    let mut t = [0xFF; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'A' as usize + i] = 10 + i as u8;
        t[b'a' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// One `=?charset?B|Q?text?=` word found at the start of `s`: (charset, decoded bytes,
/// length of the word in `s`).
fn encoded_word(s: &[u8]) -> Option<(&[u8], Vec<u8>, usize)> {
    let rest = s.strip_prefix(b"=?")?;
    let q1 = rest.iter().position(|&b| b == b'?')?;
    let charset = &rest[..q1];
    let enc = *rest.get(q1 + 1)?;
    if rest.get(q1 + 2) != Some(&b'?') {
        return None;
    }
    let text_start = q1 + 3;
    let text_len = find_pair(&rest[text_start..], b'?', b'=')?;
    let text = &rest[text_start..text_start + text_len];
    // An encoded word holds no blanks; one that does is not one.
    if text.iter().any(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let bytes = match enc {
        b'B' | b'b' => {
            use base64::Engine;
            LENIENT_BASE64.decode(text).ok()?
        }
        b'Q' | b'q' => {
            let mut out = Vec::with_capacity(text.len());
            let mut i = 0;
            while i < text.len() {
                match text[i] {
                    b'_' => out.push(b' '),
                    b'=' => match (
                        text.get(i + 1).and_then(|&c| hex(c)),
                        text.get(i + 2).and_then(|&c| hex(c)),
                    ) {
                        (Some(h), Some(l)) => {
                            out.push(h << 4 | l);
                            i += 2;
                        }
                        _ => out.push(b'='),
                    },
                    b => out.push(b),
                }
                i += 1;
            }
            out
        }
        _ => return None,
    };
    // RFC 2231 adds a language: utf-8*ja.
    let charset = charset
        .iter()
        .position(|&b| b == b'*')
        .map_or(charset, |p| &charset[..p]);
    Some((charset, bytes, 2 + text_start + text_len + 2))
}

/// The encoding a charset label names. The labels platform mail uses are compared first:
/// `Encoding::for_label` looks each label up in a table of some 200, on every header word
/// and body.
pub(crate) fn charset(label: &[u8]) -> Option<&'static Encoding> {
    let is = |name: &[u8]| label.eq_ignore_ascii_case(name);
    if is(b"utf-8") {
        Some(encoding_rs::UTF_8)
    } else if is(b"iso-2022-jp") {
        Some(encoding_rs::ISO_2022_JP)
    } else if is(b"shift_jis") {
        Some(encoding_rs::SHIFT_JIS)
    } else {
        Encoding::for_label(label)
    }
}

fn stateful(label: &[u8]) -> bool {
    charset(label).is_some_and(|e| e == encoding_rs::ISO_2022_JP)
}

fn decode_charset(label: &[u8], bytes: &[u8], out: &mut String) {
    let enc = charset(label).unwrap_or(encoding_rs::UTF_8);
    out.push_str(&enc.decode_without_bom_handling(bytes).0);
}

/// A header value as sent (folded, possibly with RFC 2047 encoded words) → text on one
/// line. Adjacent encoded words in one charset are joined before decoding, since mailers
/// split a multi-byte character across two words; blanks between encoded words go.
pub fn header(raw: &[u8]) -> String {
    let mut out = String::with_capacity(raw.len());
    // Bytes of consecutive encoded words in one charset, not yet decoded.
    let mut pending: Option<(&[u8], Vec<u8>)> = None;
    // Blanks after an encoded word: dropped if another encoded word follows.
    let mut blanks: &[u8] = &[];
    let mut plain_start = 0;
    let mut i = 0;
    let flush = |pending: &mut Option<(&[u8], Vec<u8>)>, out: &mut String| {
        if let Some((cs, bytes)) = pending.take() {
            decode_charset(cs, &bytes, out);
        }
    };
    while i < raw.len() {
        if raw[i] == b'=' && raw.get(i + 1) == Some(&b'?') {
            if let Some((cs, bytes, len)) = encoded_word(&raw[i..]) {
                let after_word = pending.is_some() && plain_start + blanks.len() == i;
                if !after_word {
                    // Plain text before this word (blanks after a word included).
                    flush(&mut pending, &mut out);
                    push_plain(&raw[plain_start..i], &mut out);
                }
                match &mut pending {
                    // ISO-2022-JP words each end by switching back to ASCII; joined, the
                    // back-to-back escape sequences would read as an error.
                    Some((pcs, pbytes)) if pcs.eq_ignore_ascii_case(cs) && !stateful(cs) => {
                        pbytes.extend_from_slice(&bytes)
                    }
                    _ => {
                        flush(&mut pending, &mut out);
                        pending = Some((cs, bytes));
                    }
                }
                i += len;
                plain_start = i;
                let blank_len = raw[i..]
                    .iter()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count();
                blanks = &raw[i..i + blank_len];
                continue;
            }
        }
        i += 1;
    }
    flush(&mut pending, &mut out);
    push_plain(&raw[plain_start..], &mut out);
    out
}

/// Unencoded header text: line folds removed, bytes read as UTF-8 (lossy).
fn push_plain(bytes: &[u8], out: &mut String) {
    let text = String::from_utf8_lossy(bytes);
    for c in text.chars() {
        if c != '\r' && c != '\n' {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qp(s: &str) -> String {
        String::from_utf8(quoted_printable(s.as_bytes())).unwrap()
    }

    #[test]
    fn common_charset_labels_name_what_encoding_rs_names() {
        for label in [
            "utf-8",
            "UTF-8",
            "Utf-8",
            "iso-2022-jp",
            "ISO-2022-JP",
            "shift_jis",
            "Shift_JIS",
            " utf-8 ",
            "utf8",
            "sjis",
            "euc-jp",
            "cp932",
            "windows-31j",
            "x-unknown",
            "",
        ] {
            assert_eq!(
                charset(label.as_bytes()),
                Encoding::for_label(label.as_bytes()),
                "{label:?}"
            );
        }
    }

    #[test]
    fn quoted_printable_escapes_and_soft_breaks() {
        assert_eq!(qp("caf=C3=A9"), "café");
        assert_eq!(qp("caf=c3=a9"), "café");
        assert_eq!(qp("long =\r\nline"), "long line");
        assert_eq!(qp("long =  \nline"), "long line");
        assert_eq!(qp("a\r\nb\nc"), "a\nb\nc");
        assert_eq!(qp("padded   \r\nnext"), "padded\nnext");
        assert_eq!(qp("in  between"), "in  between");
        assert_eq!(qp("=E3=83=A9=E3=82=A4=E3=83=B3"), "ライン");
    }

    #[test]
    fn quoted_printable_keeps_broken_escapes() {
        assert_eq!(qp("100% =ZZ off"), "100% =ZZ off");
        assert_eq!(qp("ends with ="), "ends with ");
        assert_eq!(qp("=4"), "=4");
        // Inside and after a stretch of escapes.
        assert_eq!(qp("=E3=81=82=ZZ=E3=81=82"), "あ=ZZあ");
        assert_eq!(qp("=E3=81=82=\r\n=E3=81=82="), "ああ");
    }

    #[test]
    fn header_words_in_every_form() {
        assert_eq!(header(b"plain subject"), "plain subject");
        assert_eq!(header(b"=?utf-8?B?44Op44Kk44Oz?="), "ライン");
        assert_eq!(header(b"=?UTF-8?Q?caf=C3=A9_au_lait?="), "café au lait");
        // Words split inside a character are joined; blanks between words go.
        assert_eq!(
            header(b"=?utf-8?b?44Op4w==?=\r\n =?utf-8?b?gqTjg7M=?="),
            "ライン"
        );
        // Blanks between a word and plain text stay.
        assert_eq!(
            header(b"Re: =?utf-8?b?44Op44Kk44Oz?= now"),
            "Re: ライン now"
        );
        // RFC 2231 language tag, lower-case encoding letter.
        assert_eq!(header(b"=?utf-8*ja?b?44Op44Kk44Oz?="), "ライン");
        // Not an encoded word: kept as written.
        assert_eq!(header(b"=?broken"), "=?broken");
        assert_eq!(header(b"folded\r\n line"), "folded line");
    }

    #[test]
    fn header_matches_mailparse_on_japanese_charsets() {
        for raw in [
            &b"=?ISO-2022-JP?B?GyRCJTklaSUmJUklbyE8JS8lORsoQg==?="[..],
            b"=?shift_jis?B?g06DiYNFg2iDj4Fbg06DWA==?=",
            b"=?utf-8?b?44CQ44Kv44Op44Km44OJ44Ov44O844Kv44K544CR?=\r\n =?utf-8?b?44CM?=",
            b"=?iso-2022-jp?b?GyRCIVolLyVpJSYlSSVvITwlLyU5IVsbKEI=?=\r\n =?iso-2022-jp?b?GyRCJEQkJBsoQg==?=",
        ] {
            let line = [b"Subject: ".as_slice(), raw, b"\r\n\r\n"].concat();
            let (h, _) = mailparse::parse_header(&line).unwrap();
            assert_eq!(header(raw), h.get_value(), "{}", String::from_utf8_lossy(raw));
        }
    }
}
