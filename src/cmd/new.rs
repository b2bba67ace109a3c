//! `new PATH`: scaffold a report.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};

use crate::cli::NewArgs;
use crate::country;
use crate::date::Date;
use crate::fsutil::{Overwrite, write_atomic};
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::scaffold::{NewReport, scaffold};
use crate::selection::parse_objectives;
use crate::suggest::did_you_mean;

pub(super) fn run(guidance: &Guidance, args: NewArgs) -> Result<ExitCode> {
    // Fail before asking anything: a file that exists is the most likely mistake.
    if args.path.exists() && !args.force {
        return Err(crate::fsutil::AlreadyExists(args.path.display().to_string()).into());
    }
    let lang = Lang::from(args.lang);
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let mut missing = Vec::new();

    let stakeholder = match args.stakeholder.or_else(|| {
        ask(
            interactive,
            "Kind of stakeholder (e.g. trade-union, civil-society)",
        )
    }) {
        Some(id) => Some(stakeholder(guidance, &id)?),
        None => {
            missing.push("--stakeholder ID");
            None
        }
    };
    let countries = if args.country.is_empty() {
        ask(interactive, "Country code (ISO 3166-1, e.g. JO, MA, LB)")
            .map(|c| c.split(',').map(str::to_string).collect())
            .unwrap_or_default()
    } else {
        args.country
    };
    if countries.is_empty() {
        missing.push("--country CC");
    }
    let countries = countries
        .iter()
        .map(|c| country_code(c))
        .collect::<Result<Vec<_>>>()?;
    let organization = args
        .organization
        .or_else(|| ask(interactive, "Name of your organization"));
    if organization.is_none() {
        missing.push("--organization NAME");
    }
    let (Some(stakeholder), Some(organization), false) =
        (stakeholder, organization, countries.is_empty())
    else {
        bail!(
            "missing {}: pass {} (run `parallel-review new --help` for examples)",
            if missing.len() == 1 {
                "a value"
            } else {
                "values"
            },
            missing.join(", ")
        );
    };

    let objectives =
        parse_objectives(&args.objectives, guidance).map_err(|e| anyhow!("--objectives: {e}"))?;
    let date = match args.date {
        Some(text) => Date::parse(&text).ok_or_else(|| {
            anyhow!(
                "--date `{text}` is not a date: write YYYY-MM-DD, e.g. {}",
                Date::today()
            )
        })?,
        None => Date::today(),
    };
    let report = NewReport {
        lang,
        title: args.title,
        organization,
        partners: args.partners,
        stakeholder,
        countries,
        objectives,
        date,
    };
    let tera = crate::templates::load(args.templates.as_deref())?;
    let text = scaffold(guidance, &report, &tera)
        .map_err(|e| anyhow!("cannot fill the report template: {e}"))?;
    if let Some(parent) = args.path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create folder `{}`", parent.display()))?;
    }
    let overwrite = if args.force {
        Overwrite::Allow
    } else {
        Overwrite::Never
    };
    write_atomic(&args.path, text.as_bytes(), overwrite)?;
    eprintln!(
        "wrote {} ({} objectives, {}); next: fill it in, then run `parallel-review check {}`",
        args.path.display(),
        report.objectives.len(),
        lang,
        args.path.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn stakeholder(guidance: &Guidance, id: &str) -> Result<String> {
    let id = id.trim();
    if guidance.stakeholder(id).is_some() {
        return Ok(id.to_string());
    }
    let ids = guidance.stakeholders.iter().map(|s| s.id.as_str());
    let hint = did_you_mean(id, ids.clone())
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default();
    bail!(
        "unknown stakeholder kind `{id}`{hint}\nvalid kinds: {}",
        ids.collect::<Vec<_>>().join(", ")
    )
}

fn country_code(text: &str) -> Result<String> {
    let text = text.trim();
    if country::is_valid(text) {
        return Ok(text.to_string());
    }
    match country::suggest(text) {
        Some(code) if code.eq_ignore_ascii_case(text) => Ok(code),
        Some(code) => bail!("`{text}` is not a country code; did you mean `{code}`?"),
        None => bail!(
            "`{text}` is not an ISO 3166-1 alpha-2 country code (two letters, e.g. JO, MA, LB)"
        ),
    }
}

/// Asks on the terminal; `None` when not interactive or the answer is empty.
fn ask(interactive: bool, question: &str) -> Option<String> {
    if !interactive {
        return None;
    }
    eprint!("{question}: ");
    std::io::stderr().flush().ok()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).ok()?;
    let line = line.trim();
    (!line.is_empty()).then(|| line.to_string())
}
