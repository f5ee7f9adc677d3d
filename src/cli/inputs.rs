//! What `offguard check` reads: .eml files, mbox files (split into messages), directories
//! (every *.eml and Maildir cur/ and new/ entry below, sorted) and `-` for stdin.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One mail to check.
pub struct Input {
    /// Shown in output and JSON `path`: the file, `file.mbox#N`, or `-`.
    pub name: String,
    source: Source,
}

enum Source {
    File(PathBuf),
    Stdin,
    /// One message of an mbox file already read into memory.
    Slice(Arc<Vec<u8>>, std::ops::Range<usize>),
}

impl Input {
    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match &self.source {
            Source::File(p) => std::fs::read(p),
            Source::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().read_to_end(&mut buf)?;
                Ok(buf)
            }
            Source::Slice(data, r) => Ok(unescape_mboxrd(&data[r.clone()])),
        }
    }
}

/// Expands the command-line paths. Unreadable paths become errors; the rest still run.
pub fn collect_inputs(paths: &[String]) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p == "-" {
            inputs.push(Input {
                name: "-".into(),
                source: Source::Stdin,
            });
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Err(e) => errors.push(format!("cannot read {p}: {e}")),
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                walk(path, &mut files, &mut errors, 0);
                files.sort();
                inputs.extend(files.into_iter().map(|f| Input {
                    name: f.display().to_string(),
                    source: Source::File(f),
                }));
            }
            Ok(_) => match mbox_messages(path) {
                Ok(Some(list)) => inputs.extend(list),
                Ok(None) => inputs.push(Input {
                    name: p.clone(),
                    source: Source::File(path.to_path_buf()),
                }),
                Err(e) => errors.push(format!("cannot read {p}: {e}")),
            },
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<String>, depth: usize) {
    if depth > 32 {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(format!("cannot read {}: {e}", dir.display()));
            return;
        }
    };
    let in_maildir = matches!(
        dir.file_name().and_then(|n| n.to_str()),
        Some("cur") | Some("new")
    );
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            walk(&path, out, errors, depth + 1);
        } else if ft.is_file() {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let is_eml = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("eml"));
            if is_eml || (in_maildir && !name.starts_with('.')) {
                out.push(path);
            }
        }
    }
}

/// If `path` is an mbox file (starts with a `From ` line), its messages; else `None`.
fn mbox_messages(path: &Path) -> std::io::Result<Option<Vec<Input>>> {
    let mut head = [0u8; 5];
    let mut f = std::fs::File::open(path)?;
    let n = f.read(&mut head)?;
    if &head[..n] != b"From " {
        return Ok(None);
    }
    let data = Arc::new(std::fs::read(path)?);
    let mut starts = Vec::new();
    let mut pos = 0;
    let mut prev_blank = true;
    while pos < data.len() {
        let end = data[pos..]
            .iter()
            .position(|b| *b == b'\n')
            .map_or(data.len(), |i| pos + i + 1);
        let line = &data[pos..end];
        if prev_blank && line.starts_with(b"From ") {
            starts.push(pos);
        }
        prev_blank = line == b"\n" || line == b"\r\n";
        pos = end;
    }
    let name = path.display().to_string();
    let list = starts
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let body_start = data[s..]
                .iter()
                .position(|b| *b == b'\n')
                .map_or(data.len(), |j| s + j + 1);
            let end = starts.get(i + 1).copied().unwrap_or(data.len());
            Input {
                name: format!("{name}#{}", i + 1),
                source: Source::Slice(data.clone(), body_start..end.max(body_start)),
            }
        })
        .collect();
    Ok(Some(list))
}

/// mboxrd: `>From ` (any number of `>`) at a line start loses one `>`.
fn unescape_mboxrd(msg: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(msg.len());
    for line in msg.split_inclusive(|b| *b == b'\n') {
        let gt = line.iter().take_while(|b| **b == b'>').count();
        if gt > 0 && line[gt..].starts_with(b"From ") {
            out.extend_from_slice(&line[1..]);
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_is_split_and_unescaped() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("box.mbox");
        std::fs::write(
            &p,
            "From a@b Mon Jan 1 00:00:00 2026\nSubject: one\n\n>From here\n\nFrom c@d Mon Jan 1 00:00:00 2026\nSubject: two\n\nbody\n",
        )
        .unwrap();
        let (inputs, errors) = collect_inputs(&[p.display().to_string()]);
        assert!(errors.is_empty());
        assert_eq!(inputs.len(), 2);
        let first = String::from_utf8(inputs[0].read().unwrap()).unwrap();
        assert!(first.starts_with("Subject: one"));
        assert!(first.contains("\nFrom here"));
        assert!(inputs[1].name.ends_with("#2"));
    }

    #[test]
    fn directories_yield_eml_and_maildir_entries_sorted() {
        let dir = tempfile::tempdir().unwrap();
        let md = dir.path().join("Maildir");
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(md.join(sub)).unwrap();
        }
        std::fs::write(md.join("new/1.host"), "x").unwrap();
        std::fs::write(md.join("cur/2.host:2,S"), "x").unwrap();
        std::fs::write(md.join("tmp/3.host"), "x").unwrap();
        std::fs::write(dir.path().join("b.eml"), "x").unwrap();
        std::fs::write(dir.path().join("a.eml"), "x").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let (inputs, errors) = collect_inputs(&[dir.path().display().to_string()]);
        assert!(errors.is_empty());
        let names: Vec<String> = inputs
            .iter()
            .map(|i| i.name.rsplit('/').next().unwrap().to_string())
            .collect();
        assert_eq!(names, ["2.host:2,S", "1.host", "a.eml", "b.eml"]);
    }

    #[test]
    fn missing_paths_are_errors_and_others_still_run() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.eml"), "x").unwrap();
        let (inputs, errors) = collect_inputs(&[
            "/nonexistent/offguard".into(),
            dir.path().join("a.eml").display().to_string(),
        ]);
        assert_eq!(inputs.len(), 1);
        assert_eq!(errors.len(), 1);
    }
}
