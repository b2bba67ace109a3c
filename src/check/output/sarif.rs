//! `--format sarif`: SARIF 2.1.0 for code scanning, its results written one per line as
//! the reports come.

use std::io::{self, Write};

use serde_json::json;

use super::{Languages, Output, Totals};
use crate::check::{FileResult, RULES};
use crate::messages::Msg;

/// The SARIF format.
pub(super) struct Sarif {
    langs: Languages,
    first: bool,
}

impl Sarif {
    pub(super) fn new(langs: Languages) -> Sarif {
        Sarif { langs, first: true }
    }

    /// Everything before the results: the tool and its rules.
    fn open(&self, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<_> = RULES
            .iter()
            .map(|rule| {
                json!({
                    "id": rule.id,
                    "shortDescription": { "text": Msg::new(rule.summary).text(self.langs.default) },
                    "defaultConfiguration": { "level": rule.severity.as_str() },
                })
            })
            .collect();
        let driver = json!({
            "name": "parallel-review",
            "version": env!("CARGO_PKG_VERSION"),
            "rules": rules,
        });
        write!(
            out,
            "{{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", \"version\": \"2.1.0\", \"runs\": [{{\"tool\": {{\"driver\": {driver}}}, \"results\": ["
        )
    }
}

impl Output for Sarif {
    fn report(&mut self, out: &mut dyn Write, result: &FileResult) -> io::Result<()> {
        let lang = self.langs.of(result);
        let uri = uri(&result.path);
        for d in &result.diagnostics {
            if self.first {
                self.open(out)?;
                self.first = false;
                out.write_all(b"\n")?;
            } else {
                out.write_all(b",\n")?;
            }
            let mut message = d.msg.text(lang);
            if let Some(help) = d.msg.help(lang) {
                message = format!("{message}\n{help}");
            }
            let finding = json!({
                "ruleId": d.rule,
                "ruleIndex": RULES.iter().position(|r| r.id == d.rule).unwrap_or_default(),
                "level": d.severity.as_str(),
                "message": { "text": message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": { "startLine": d.line, "startColumn": d.column },
                    }
                }],
            });
            serde_json::to_writer(&mut *out, &finding)?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _: &Totals) -> io::Result<()> {
        if self.first {
            self.open(out)?;
        }
        writeln!(out, "]}}]}}")
    }
}

/// A relative URI reference for a path: `/` separators, every other byte percent-encoded
/// unless unreserved, so that a name that is not UTF-8 can still be found again.
fn uri(path: &std::path::Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let bytes = bytes.strip_prefix(b"./").unwrap_or(bytes);
    let slashed: Vec<u8> = bytes
        .iter()
        .map(|&b| if b == b'\\' && cfg!(windows) { b'/' } else { b })
        .collect();
    crate::links::percent_encode_bytes(&slashed)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            uri(Path::new("./reports/رأي 1.md")),
            "reports/%D8%B1%D8%A3%D9%8A%201.md"
        );
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_keep_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"bad\xff.md"));
        assert_eq!(uri(path), "bad%FF.md");
    }
}
