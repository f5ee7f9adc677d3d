//! HTML → plain text for notification mail that has no text/plain part.
//!
//! A single linear pass with a bounded output: hostile HTML (deep nesting, megabytes of
//! tags, entity floods) costs time proportional to its length and never more memory than
//! `max_out` characters. Block elements become line breaks so that the platform layouts
//! (separator lines, markers) survive; script, style and head content is dropped.

/// Elements that end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "blockquote",
    "pre",
    "hr",
    "ul",
    "ol",
    "section",
    "article",
];

/// Converts `html` to text of at most `max_out` characters.
pub fn to_text(html: &str, max_out: usize) -> String {
    let mut out = String::with_capacity(html.len().min(max_out * 4) / 2);
    let mut count = 0usize;
    let mut skip_until: Option<&'static str> = None;
    let mut rest = html;
    let mut pending_space = false;
    while !rest.is_empty() && count < max_out {
        if let Some(close) = skip_until {
            match find_ci(rest, close) {
                Some(i) => {
                    rest = &rest[i + close.len()..];
                    rest = memchr::memchr(b'>', rest.as_bytes()).map_or("", |j| &rest[j + 1..]);
                    skip_until = None;
                }
                None => break,
            }
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |x| x.1);
            continue;
        }
        if rest.starts_with('<') {
            // Byte searches: `<`, `>` and `&` are ASCII, so every hit is a character boundary.
            let Some(end) = memchr::memchr(b'>', rest.as_bytes()) else {
                break;
            };
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            let name = tag.trim_start_matches('/');
            let name = &name[..name.bytes().take_while(u8::is_ascii_alphanumeric).count()];
            let closing = tag.starts_with('/');
            let is = |n: &str| name.eq_ignore_ascii_case(n);
            if !closing && (is("script") || is("style") || is("head") || is("title")) {
                skip_until = Some(match name.len() {
                    6 if is("script") => "</script",
                    5 if is("style") => "</style",
                    4 if is("head") => "</head",
                    _ => "</title",
                });
                continue;
            }
            match () {
                _ if is("br") => push_newline(&mut out, &mut count, false),
                _ if BLOCKS.iter().any(|b| is(b)) => {
                    push_newline(&mut out, &mut count, is("p") && !closing)
                }
                _ if is("td") || is("th") => pending_space = true,
                _ => {}
            }
            continue;
        }
        // Text up to the next tag.
        let end = memchr::memchr(b'<', rest.as_bytes()).unwrap_or(rest.len());
        let chunk = &rest[..end];
        rest = &rest[end..];
        for c in decode_entities(chunk).chars() {
            if count >= max_out {
                break;
            }
            if c.is_whitespace() && c != '\u{3000}' {
                pending_space = true;
                continue;
            }
            if pending_space && !out.is_empty() && !out.ends_with('\n') {
                out.push(' ');
                count += 1;
            }
            pending_space = false;
            out.push(c);
            count += 1;
        }
    }
    // Lines keep their text only; trailing spaces and runs of blank lines go.
    let mut clean = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        let line = line.trim_matches(|c: char| c == ' ' || c == '\t');
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        clean.push_str(line);
        clean.push('\n');
    }
    clean.trim().to_string()
}

fn push_newline(out: &mut String, count: &mut usize, paragraph: bool) {
    out.push('\n');
    *count += 1;
    if paragraph {
        out.push('\n');
        *count += 1;
    }
}

/// Where `needle` (ASCII, starting with `<`) first occurs in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    memchr::memchr_iter(n[0], h).find(|&i| {
        h.get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// Decodes the entities that matter for text: numeric ones and the common named ones.
/// Unknown entities stay as written.
pub fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let semi = rest[..rest.len().min(12)].find(';');
        let decoded = semi.and_then(|j| {
            let name = &rest[1..j];
            let c = if let Some(num) = name.strip_prefix('#') {
                let v = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                };
                v.and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" | "#39" => Some('\''),
                    "nbsp" => Some(' '),
                    "yen" => Some('¥'),
                    "copy" => Some('©'),
                    "hellip" => Some('…'),
                    "mdash" => Some('—'),
                    "ndash" => Some('–'),
                    "rarr" => Some('→'),
                    "larr" => Some('←'),
                    "ensp" | "emsp" | "thinsp" => Some(' '),
                    "zwj" | "zwnj" => Some('\u{200B}'),
                    _ => None,
                }
            };
            c.map(|c| (c, j))
        });
        match decoded {
            Some((c, j)) => {
                out.push(c);
                rest = &rest[j + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines() {
        let t = to_text("<p>一行目<br>\n二行目</p><p>次の段落</p>", 1000);
        assert_eq!(t, "一行目\n二行目\n\n次の段落");
    }

    #[test]
    fn script_style_and_comments_are_dropped() {
        let t = to_text(
            "<head><style>p{}</style><title>x</title></head><script>alert(1)</script><!-- c --><b>本文</b>",
            1000,
        );
        assert_eq!(t, "本文");
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            to_text("a &amp; b &lt;c&gt; &#x4E00; &#12354; &bogus;", 100),
            "a & b <c> 一 あ &bogus;"
        );
    }

    #[test]
    fn output_is_bounded() {
        let bomb = "<div>".repeat(100_000) + &"x".repeat(100_000);
        let t = to_text(&bomb, 500);
        assert!(t.chars().count() <= 500);
    }

    #[test]
    fn unterminated_tags_do_not_hang() {
        assert_eq!(to_text("text <a href=", 100), "text");
        assert_eq!(to_text("<script>never closed", 100), "");
    }
}
