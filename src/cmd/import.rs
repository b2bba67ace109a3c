//! `import DRAFT.docx [-o REPORT.md]`.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::ImportArgs;
use crate::fsutil::{Overwrite, write_atomic};
use crate::guidance::Guidance;
use crate::import::{Given, ImportError, read, report_text};
use crate::lang::Lang;
use crate::{fail, msg};

pub(super) fn run(guidance: &Guidance, args: ImportArgs, lang: Lang) -> Result<ExitCode> {
    crate::walk::require_existing(std::slice::from_ref(&args.input))?;
    let out = args
        .output
        .clone()
        .unwrap_or_else(|| args.input.with_extension("md"));
    if out.exists() && !args.force {
        return Err(crate::fsutil::already_exists(&out));
    }
    let path = args.input.display().to_string();
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = format!("{stem}-pictures");
    let draft = read(&args.input, Some(&folder)).map_err(|e| match e {
        ImportError::NotDocx => fail!("import-not-docx", path = path.as_str()),
        ImportError::Encrypted => fail!("import-encrypted", path = path.as_str()),
        ImportError::Broken(reason) => {
            fail!("import-broken", path = path.as_str(), reason = reason)
        }
    })?;
    let objectives = match &args.objectives {
        Some(spec) => Some(
            crate::selection::parse_objectives(spec, guidance)
                .map_err(|m| anyhow::Error::msg(m.text(lang)))?,
        ),
        None => None,
    };
    let given = Given {
        lang: args.lang,
        stakeholder: args.stakeholder.clone(),
        countries: args.country.clone(),
        organization: args.organization.clone(),
        objectives,
    };
    let report = report_text(&draft, guidance, &given);
    if !draft.pictures.is_empty() {
        let dir = out
            .parent()
            .unwrap_or(std::path::Path::new("."))
            .join(&folder);
        crate::fsutil::create_dir_all(&dir)?;
        for (name, bytes) in &draft.pictures {
            write_atomic(&dir.join(name), bytes, Overwrite::forced(args.force))?;
        }
    }
    write_atomic(&out, report.as_bytes(), Overwrite::forced(args.force))?;

    let dropped = &draft.dropped;
    if dropped.deletions + dropped.comments + dropped.text_boxes > 0 {
        eprintln!(
            "{}",
            msg!(
                "import-dropped",
                deletions = dropped.deletions,
                comments = dropped.comments,
                boxes = dropped.text_boxes
            )
            .text(lang)
        );
    }
    eprintln!(
        "{}",
        msg!("import-wrote", path = out.display().to_string()).text(lang)
    );
    Ok(ExitCode::SUCCESS)
}
