//! The MIME structure of a mail as slices of its bytes: headers, content types, part
//! bodies.
//!
//! `mailparse::parse_mail` decodes every header of every part into a `String` and parses
//! every content type, then the caller keeps one text part: on a notification mail that
//! took longer than screening the message. This walk follows mailparse's rules exactly
//! (where a header ends, how a value folds, where a boundary counts, what ends a part,
//! the recursion limit, which malformed input is an error), keeps only slices, and asks
//! mailparse for the few values it needs: the `Content-Type` and
//! `Content-Transfer-Encoding` of each part (`parse_header`, `get_value`,
//! `parse_content_type`) and, for the part that is read, its decoded body (`Body::new`).
//! A test compares it with `parse_mail` on every mail of the corpora.

use mailparse::body::Body;
use mailparse::{MailParseError, ParsedContentType};
use memchr::memmem;
use std::borrow::Cow;
use std::sync::LazyLock;

/// mailparse's recursion limit.
const RECURSION_LIMIT: u8 = 100;

/// One header line: its name, its raw value (folds included), and where the line starts in
/// the part, so that mailparse can read it again when its decoded value is needed.
#[derive(Debug, Clone, Copy)]
pub struct Header<'a> {
    pub key: &'a [u8],
    pub value: &'a [u8],
    line: usize,
}

/// What a part's `Content-Type` says, as mailparse's `parse_content_type` reads it.
#[derive(Debug)]
pub struct ContentType {
    /// Lower-case, as mailparse gives it.
    pub mimetype: String,
    pub charset: String,
    pub boundary: Option<String>,
}

impl ContentType {
    fn default_for(in_digest: bool) -> ContentType {
        let d = ParsedContentType::default();
        ContentType {
            mimetype: if in_digest {
                "message/rfc822".to_string()
            } else {
                d.mimetype
            },
            charset: d.charset,
            boundary: None,
        }
    }
}

/// The content type handed to mailparse's body decoders: they consult it only to turn a
/// body into a `String`, which offguard does itself.
static NO_CONTENT_TYPE: LazyLock<ParsedContentType> = LazyLock::new(ParsedContentType::default);

/// One part (or the whole mail) and its sub-parts.
#[derive(Debug)]
pub struct Part<'a> {
    raw: &'a [u8],
    pub headers: Vec<Header<'a>>,
    pub ctype: ContentType,
    pub body: &'a [u8],
    pub subparts: Vec<Part<'a>>,
}

impl<'a> Part<'a> {
    /// The first header named `key` (ASCII case ignored), as mailparse finds it.
    pub fn header(&self, key: &str) -> Option<&Header<'a>> {
        first(&self.headers, key)
    }

    /// The body with its transfer encoding, for mailparse's decoders.
    pub fn body_encoded(&self) -> Body<'_> {
        let encoding = self
            .header("Content-Transfer-Encoding")
            .and_then(|h| value(self.raw, h))
            .map(|s| s.to_lowercase());
        Body::new(self.body, &NO_CONTENT_TYPE, &encoding)
    }
}

fn first<'h, 'a>(headers: &'h [Header<'a>], key: &str) -> Option<&'h Header<'a>> {
    headers
        .iter()
        .find(|h| h.key.eq_ignore_ascii_case(key.as_bytes()))
}

/// mailparse's decoded value (`get_value`) of a header found by [`headers`]. A plain
/// one-line ASCII value is that value itself; anything else (encoded words, folds, other
/// bytes) is left to mailparse.
fn value<'a>(raw: &'a [u8], h: &Header<'a>) -> Option<Cow<'a, str>> {
    let plain = h
        .value
        .iter()
        .all(|&b| b.is_ascii() && b != b'\r' && b != b'\n')
        && super::decode::find_pair(h.value, b'=', b'?').is_none();
    if plain {
        return std::str::from_utf8(h.value).ok().map(Cow::Borrowed);
    }
    mailparse::parse_header(&raw[h.line..])
        .ok()
        .map(|(h, _)| Cow::Owned(h.get_value()))
}

/// mailparse's `parse_content_type`, for the three things offguard reads of it. A value
/// without RFC 2231 parameters (`*`) or escapes is split here as mailparse splits it
/// (`;` outside quotes, keys lower-cased, the last of a repeated key wins, one pair of
/// quotes removed); anything else goes to mailparse.
fn content_type(v: &str) -> ContentType {
    if v.contains(['*', '\\']) {
        let p = mailparse::parse_content_type(v);
        return ContentType {
            boundary: p.params.get("boundary").cloned(),
            mimetype: p.mimetype,
            charset: p.charset,
        };
    }
    // `;` outside quotes ends a token; the first is the type, the rest are parameters.
    let mut quoted = false;
    let mut tokens = v.split(|c| {
        quoted ^= c == '"';
        c == ';' && !quoted
    });
    let mimetype = tokens.next().unwrap_or("");
    let mut charset = None;
    let mut boundary = None;
    for kv in tokens {
        let Some((k, val)) = kv.split_once('=') else {
            continue;
        };
        let val = val.trim();
        let val = match val.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
            Some(inner) if val.len() > 1 => inner,
            _ => val,
        };
        let k = k.trim();
        if k.eq_ignore_ascii_case("charset") {
            charset = Some(val);
        } else if k.eq_ignore_ascii_case("boundary") {
            boundary = Some(val);
        }
    }
    ContentType {
        mimetype: mimetype.trim().to_lowercase(),
        charset: charset.unwrap_or("us-ascii").to_string(),
        boundary: boundary.map(str::to_string),
    }
}

/// Parses a whole mail, as `mailparse::parse_mail` would.
pub fn parse(raw: &[u8]) -> Result<Part<'_>, MailParseError> {
    part(raw, false, RECURSION_LIMIT)
}

fn part(raw: &[u8], in_digest: bool, depth: u8) -> Result<Part<'_>, MailParseError> {
    let (headers, body_start) = headers(raw)?;
    let ctype = match first(&headers, "Content-Type").and_then(|h| value(raw, h)) {
        Some(v) => content_type(&v),
        None => ContentType::default_for(in_digest),
    };
    let mut body = &raw[body_start..];
    let mut subparts = Vec::new();
    if raw.len() > body_start && ctype.mimetype.starts_with("multipart") {
        if let Some(b) = &ctype.boundary {
            let boundary = format!("--{b}");
            let digest = ctype.mimetype == "multipart/digest";
            let end;
            (subparts, end) = multipart(raw, body_start, boundary.as_bytes(), digest, depth)?;
            body = &raw[body_start..end];
        }
    }
    Ok(Part {
        raw,
        headers,
        ctype,
        body,
        subparts,
    })
}

/// mailparse's `parse_multipart`: parts start after the line that holds a boundary, which
/// counts only at the start of a line; a part ends before the next boundary (its line break
/// removed) or at the end of the mail; `--boundary--` ends the list.
fn multipart<'a>(
    raw: &'a [u8],
    body_start: usize,
    boundary: &[u8],
    digest: bool,
    depth: u8,
) -> Result<(Vec<Part<'a>>, usize), MailParseError> {
    let mut parts = Vec::new();
    let mut body_end = body_start;
    let finder = memmem::Finder::new(boundary);
    let Some(first) = line_prefix(raw, body_start, &finder) else {
        return Ok((parts, body_end));
    };
    body_end = strip_line_end(raw, body_start, first);
    let mut boundary_end = first + boundary.len();
    while let Some(start) =
        memchr::memchr(b'\n', raw.get(boundary_end..).unwrap_or(&[])).map(|i| boundary_end + i + 1)
    {
        let next = line_prefix(raw, start, &finder);
        let end = next.map_or(raw.len(), |x| strip_line_end(raw, start, x));
        let depth = depth
            .checked_sub(1)
            .ok_or(MailParseError::Generic("Recursion limit reached"))?;
        parts.push(part(&raw[start..end], digest, depth)?);
        boundary_end = next.map_or(raw.len(), |x| x + boundary.len());
        if boundary_end + 2 > raw.len()
            || (raw[boundary_end] == b'-' && raw[boundary_end + 1] == b'-')
        {
            break;
        }
    }
    Ok((parts, body_end))
}

/// The first occurrence of the boundary at or after `from` that starts a line (or is at
/// `from` itself).
fn line_prefix(raw: &[u8], from: usize, finder: &memmem::Finder<'_>) -> Option<usize> {
    let mut start = from;
    while start <= raw.len() {
        let ix = start + finder.find(&raw[start..])?;
        if ix == from || raw[ix - 1] == b'\n' {
            return Some(ix);
        }
        start = ix + 1;
    }
    None
}

/// `ix` moved back over one `\n` (and a `\r` before it), not below `start`.
fn strip_line_end(raw: &[u8], start: usize, mut ix: usize) -> usize {
    if ix > start && raw[ix - 1] == b'\n' {
        ix -= 1;
        if ix > start && raw[ix - 1] == b'\r' {
            ix -= 1;
        }
    }
    ix
}

/// mailparse's `parse_headers`: header lines up to the first empty line; the offset of the
/// body.
pub fn headers(raw: &[u8]) -> Result<(Vec<Header<'_>>, usize), MailParseError> {
    let mut out = Vec::with_capacity(16);
    let mut ix = 0;
    while ix < raw.len() {
        match raw[ix] {
            b'\n' => return Ok((out, ix + 1)),
            b'\r' if raw.get(ix + 1) == Some(&b'\n') => return Ok((out, ix + 2)),
            b'\r' => {
                return Err(MailParseError::Generic(
                    "Headers were followed by an unexpected lone CR character!",
                ))
            }
            b' ' => {
                return Err(MailParseError::Generic(
                    "Header cannot start with a space; it is likely an overhanging line from a previous header",
                ))
            }
            _ => {}
        }
        let (key, value, used) = header(&raw[ix..]);
        out.push(Header {
            key,
            value,
            line: ix,
        });
        ix += used;
    }
    Ok((out, ix))
}

/// mailparse's `parse_header` on the line at the start of `r` (not empty, not starting with
/// a space): name, raw value, bytes used.
fn header(r: &[u8]) -> (&[u8], &[u8], usize) {
    let Some(i) = memchr::memchr2(b':', b'\n', r) else {
        // No colon: the whole line is the name.
        return (r, &r[r.len()..], r.len());
    };
    if r[i] == b'\n' {
        return (&r[..i], &r[i..i], i + 1);
    }
    let key = &r[..i];
    let mut start = i + 1;
    while r.get(start) == Some(&b' ') {
        start += 1;
    }
    if start == r.len() {
        return (key, &r[..0], r.len());
    }
    // The value runs over folded lines (a line break followed by a space or a tab).
    let mut scan = start;
    let (region_end, used) = loop {
        match memchr::memchr(b'\n', &r[scan..]) {
            None => break (r.len(), r.len()),
            Some(k) => {
                let nl = scan + k;
                match r.get(nl + 1) {
                    Some(b' ' | b'\t') => scan = nl + 1,
                    _ => break (nl, nl + 1),
                }
            }
        }
    };
    // The value ends after its last byte that is not a line break.
    let mut end = region_end;
    while end > start && matches!(r[end - 1], b'\r' | b'\n') {
        end -= 1;
    }
    (key, &r[start..end], used)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same structure, headers and bodies as mailparse's, recursively.
    fn same(ours: &Part<'_>, theirs: &mailparse::ParsedMail<'_>, path: &str) {
        assert_eq!(
            ours.headers.len(),
            theirs.headers.len(),
            "{path}: header count"
        );
        for (a, b) in ours.headers.iter().zip(&theirs.headers) {
            assert_eq!(a.key, b.get_key_ref().as_bytes(), "{path}: key");
            assert_eq!(a.value, b.get_value_raw(), "{path}: value");
        }
        assert_eq!(ours.ctype.mimetype, theirs.ctype.mimetype, "{path}");
        assert_eq!(ours.ctype.charset, theirs.ctype.charset, "{path}");
        assert_eq!(
            ours.ctype.boundary.as_ref(),
            theirs.ctype.params.get("boundary"),
            "{path}"
        );
        let theirs_body = theirs.get_body_encoded();
        let ours_body = ours.body_encoded();
        assert_eq!(raw_of(&ours_body), raw_of(&theirs_body), "{path}: body");
        assert_eq!(ours.subparts.len(), theirs.subparts.len(), "{path}: parts");
        for (i, (a, b)) in ours.subparts.iter().zip(&theirs.subparts).enumerate() {
            same(a, b, &format!("{path}/{i}"));
        }
    }

    fn raw_of<'b>(b: &'b Body<'_>) -> (&'static str, &'b [u8]) {
        match b {
            Body::Base64(e) => ("base64", e.get_raw()),
            Body::QuotedPrintable(e) => ("qp", e.get_raw()),
            Body::SevenBit(t) => ("7bit", t.get_raw()),
            Body::EightBit(t) => ("8bit", t.get_raw()),
            Body::Binary(t) => ("binary", t.get_raw()),
        }
    }

    #[track_caller]
    fn agrees(raw: &[u8]) {
        match (parse(raw), mailparse::parse_mail(raw)) {
            (Ok(a), Ok(b)) => same(&a, &b, "root"),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
            (a, b) => panic!(
                "ours {:?}, mailparse {:?} on {:?}",
                a.map(|_| ()),
                b.map(|_| ()),
                String::from_utf8_lossy(raw)
            ),
        }
    }

    #[test]
    fn headers_fold_and_end_as_mailparse_reads_them() {
        for raw in [
            &b"Subject: a\r\n b\r\nFrom: x\r\n\r\nbody"[..],
            b"Subject:  two spaces\n\tand a tab\nX:\n\nbody",
            b"NoColon\nSubject: s\n\nbody",
            b"Subject: trailing cr\r\r\n\r\nb",
            b"Subject: cut at the end",
            b"Subject:",
            b"Key:   ",
            b"NoColonAtAll",
            b"Subject: a\r\n\t\r\n\r\nb",
            b"Subject: lone\rcr\r\n\r\nb",
            b"A: 1\r\nB: 2\rC",
            b" starts with a space\r\n\r\n",
            b"A: 1\r\n\rX",
            b"\r\nbody only",
            b"\n",
            b"",
        ] {
            agrees(raw);
        }
    }

    #[test]
    fn multiparts_split_as_mailparse_splits_them() {
        let mail = |body: &str| {
            format!("Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n{body}")
        };
        for raw in [
            mail("pre\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b1\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n--b1--\r\nepilogue"),
            mail("--b1\r\n\r\nno headers\r\n--b1--"),
            mail("--b1\r\nContent-Type: text/plain\r\n\r\nno end boundary"),
            mail("text --b1 mid-line\r\n--b1\r\n\r\npart\r\n--b1--"),
            mail("--b1\r\nContent-Type: multipart/mixed; boundary=b2\r\n\r\n--b2\r\n\r\ninner\r\n--b2--\r\n--b1--"),
            mail("--b1"),
            mail("--b1\r\n"),
            mail("--b1--"),
            mail("no boundary at all"),
            "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: x\n\nmsg\n--d--".to_string(),
            "Content-Type: multipart/mixed\r\n\r\n--x\r\n\r\nno boundary parameter".to_string(),
            "Content-Type: text/plain; charset=\"iso-2022-jp\"\r\nContent-Transfer-Encoding: Base64\r\n\r\nGyRC\r\n".to_string(),
            "Content-Type: Text/HTML;charset=UTF-8; CHARSET=\"euc-jp\"; x=\"a;b\"\r\n\r\nx".to_string(),
            "Content-Type: multipart/mixed;\r\n\tboundary=\"=_a b\"\r\n\r\n--=_a b\r\n\r\nin\r\n--=_a b--".to_string(),
            "Content-Type: text/plain; charset*=utf-8''%e3%81%82\r\n\r\nx".to_string(),
            "Content-Type: text/plain; charset=\"\"\r\n\r\nx".to_string(),
            "Content-Type: text/plain; charset=\"\r\n\r\nx".to_string(),
            "Content-Type: =?utf-8?q?text/plain?=\r\n\r\nx".to_string(),
            "Content-Type: text/plain; name=\"a\\\"b\"\r\n\r\nx".to_string(),
            "Content-Transfer-Encoding: QUOTED-PRINTABLE \r\n\r\n=E3=81=82".to_string(),
        ] {
            agrees(raw.as_bytes());
        }
        let deep: String = (0..120)
            .map(|i| format!("Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n"))
            .collect();
        agrees(deep.as_bytes());
    }
}
