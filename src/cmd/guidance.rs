//! `guidance`: show the guidance note in one language; `guidance export`: write its YAML.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::cli::{GuidanceAction, GuidanceArgs, GuidanceFormat};
use crate::fsutil::{Overwrite, write_atomic};
use crate::guidance::{BUILTIN_YAML, Guidance, Presence, TextStatus, Title};
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;

pub(super) fn run(
    source: &Option<PathBuf>,
    guidance: &Guidance,
    args: GuidanceArgs,
    lang: Lang,
) -> Result<ExitCode> {
    if let Some(GuidanceAction::Export { path, force }) = args.action {
        let yaml = match source {
            // The file was read once already, as guidance, within the same limits.
            Some(file) => {
                let limit = crate::guidance::MAX_GUIDANCE_BYTES;
                let bytes =
                    crate::fsutil::read_capped(file, limit).map_err(|e| e.failure(file, limit))?;
                String::from_utf8_lossy(&bytes).into_owned()
            }
            None => BUILTIN_YAML.to_string(),
        };
        match path.filter(|p| p.as_os_str() != "-") {
            Some(path) => {
                write_atomic(&path, yaml.as_bytes(), Overwrite::forced(force))?;
                eprintln!(
                    "{}",
                    msg!("guidance-wrote", path = path.display().to_string()).text(lang)
                );
            }
            None => std::io::stdout().write_all(yaml.as_bytes())?,
        }
        return Ok(ExitCode::SUCCESS);
    }
    let view = View::new(guidance, lang);
    let out = match args.format {
        GuidanceFormat::Json => serde_json::to_string_pretty(&view)? + "\n",
        GuidanceFormat::Text => view.text(lang),
    };
    std::io::stdout().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The guidance in one language, as shown and as JSON.
#[derive(Serialize)]
struct View<'a> {
    id: &'a str,
    version: u32,
    language: Lang,
    name: &'a str,
    objectives: Vec<ObjectiveView<'a>>,
    principles: Vec<PrincipleView<'a>>,
    stakeholders: Vec<Named<'a>>,
    fields: Vec<FieldView<'a>>,
    sections: Vec<SectionView<'a>>,
}

#[derive(Serialize)]
struct ObjectiveView<'a> {
    number: u8,
    round_table: u8,
    title: &'a Title,
    short: &'a str,
}

#[derive(Serialize)]
struct PrincipleView<'a> {
    letter: &'a str,
    title: &'a Title,
}

#[derive(Serialize)]
struct Named<'a> {
    id: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct FieldView<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: crate::guidance::FieldType,
    presence: Presence,
    description: &'a str,
}

#[derive(Serialize)]
struct SectionView<'a> {
    id: &'a str,
    title: &'a str,
    presence: Presence,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_words: Option<usize>,
    aliases: &'a [String],
    prompts: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    objective_prompts: Option<&'a [String]>,
}

impl<'a> View<'a> {
    fn new(g: &'a Guidance, lang: Lang) -> View<'a> {
        View {
            id: &g.id,
            version: g.version,
            language: lang,
            name: g.name.get(lang),
            objectives: g
                .objectives
                .iter()
                .map(|o| ObjectiveView {
                    number: o.number,
                    round_table: o.round_table,
                    title: o.title.get(lang),
                    short: o.short.get(lang),
                })
                .collect(),
            principles: g
                .principles
                .iter()
                .map(|p| PrincipleView {
                    letter: &p.letter,
                    title: p.title.get(lang),
                })
                .collect(),
            stakeholders: g
                .stakeholders
                .iter()
                .map(|s| Named {
                    id: &s.id,
                    title: s.title.get(lang),
                })
                .collect(),
            fields: g
                .fields
                .iter()
                .map(|f| FieldView {
                    name: &f.name,
                    kind: f.kind,
                    presence: f.presence,
                    description: f.description.get(lang),
                })
                .collect(),
            sections: g
                .sections
                .iter()
                .map(|s| SectionView {
                    id: &s.id,
                    title: s.title.get(lang),
                    presence: s.presence,
                    max_words: s.max_words,
                    aliases: s.aliases.get(lang),
                    prompts: s.prompts.get(lang),
                    objective_prompts: s.objective_prompts.as_ref().map(|p| p.get(lang).as_slice()),
                })
                .collect(),
        }
    }

    /// Readable text; where a title is not official text, its status says so.
    fn text(&self, lang: Lang) -> String {
        let t = |id: &'static str| Msg::new(id).text(lang);
        let mut out = String::new();
        let status = |title: &Title| match title.status {
            TextStatus::Official => String::new(),
            TextStatus::NetworkLabel => format!("  [{}]", t("guidance-network-label")),
            TextStatus::WorkingTranslation => format!("  [{}]", t("guidance-working-translation")),
        };
        let _ = writeln!(
            out,
            "{} ({} v{}, {lang})\n",
            self.name, self.id, self.version
        );
        let _ = writeln!(
            out,
            "{}",
            msg!("guidance-objectives", count = self.objectives.len()).text(lang)
        );
        for o in &self.objectives {
            let table = msg!("guidance-round-table-of", number = o.round_table).text(lang);
            let _ = writeln!(
                out,
                "  {:>2}. {}{}\n      {} · {table}",
                lang.number(o.number),
                o.title.text,
                status(o.title),
                o.short
            );
        }
        let _ = writeln!(
            out,
            "\n{}",
            msg!("guidance-principles", count = self.principles.len()).text(lang)
        );
        for p in &self.principles {
            let _ = writeln!(out, "  ({}) {}{}", p.letter, p.title.text, status(p.title));
        }
        let _ = writeln!(
            out,
            "\n{}",
            msg!("guidance-stakeholders", count = self.stakeholders.len()).text(lang)
        );
        for s in &self.stakeholders {
            let _ = writeln!(out, "  {:<26} {}", s.id, s.title);
        }
        let _ = writeln!(out, "\n{}", t("guidance-fields"));
        for f in &self.fields {
            let _ = writeln!(
                out,
                "  {:<14} {:<12} {}",
                f.name,
                presence(f.presence, lang),
                f.description
            );
        }
        let _ = writeln!(out, "\n{}", t("guidance-sections"));
        for (i, s) in self.sections.iter().enumerate() {
            let limit = s
                .max_words
                .map(|w| format!(", {}", msg!("guidance-max-words", words = w).text(lang)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {}. {} [{}] {}{limit}",
                lang.number(i + 1),
                s.title,
                s.id,
                presence(s.presence, lang)
            );
            if !s.aliases.is_empty() {
                let _ = writeln!(
                    out,
                    "     {}{} {}",
                    t("guidance-also"),
                    lang.colon(),
                    s.aliases.join(" · ")
                );
            }
            for prompt in s
                .prompts
                .iter()
                .chain(s.objective_prompts.unwrap_or_default())
            {
                let _ = writeln!(out, "     ? {prompt}");
            }
        }
        out
    }
}

fn presence(p: Presence, lang: Lang) -> String {
    Msg::new(match p {
        Presence::Required => "presence-required",
        Presence::Recommended => "presence-recommended",
        Presence::Optional => "presence-optional",
    })
    .text(lang)
}
