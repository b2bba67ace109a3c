//! `new PATH`: scaffold a report.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::NewArgs;
use crate::date::Date;
use crate::fsutil::{Overwrite, write_atomic};
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::messages::{Failure, Msg};
use crate::scaffold::{NewReport, scaffold};
use crate::selection::parse_objectives;
use crate::validate;
use crate::{fail, msg};

pub(super) fn run(guidance: &Guidance, args: NewArgs, lang: Lang) -> Result<ExitCode> {
    // Fail before asking anything: a file that exists is the most likely mistake.
    if args.path.exists() && !args.force {
        return Err(crate::fsutil::already_exists(&args.path));
    }
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let ask = |id: &'static str| ask(interactive, &Msg::new(id).text(lang));
    let mut missing = Vec::new();

    // A value typed at the prompt that is not valid is asked for again, with the reason;
    // one given as an option is an error, since nobody is there to answer.
    let ask_valid = |id: &'static str,
                     check: &dyn Fn(&str) -> Result<Vec<String>>|
     -> Result<Option<Vec<String>>> {
        for _ in 0..3 {
            let Some(answer) = ask(id) else {
                return Ok(None);
            };
            match check(&answer) {
                Ok(value) => return Ok(Some(value)),
                Err(e) => eprintln!("{}", describe(&e, lang)),
            }
        }
        Ok(None)
    };
    let stakeholder = match args.stakeholder {
        Some(id) => Some(stakeholder(guidance, &id)?),
        None => ask_valid("new-ask-stakeholder", &|a| {
            Ok(vec![stakeholder(guidance, a)?])
        })?
        .and_then(|v| v.into_iter().next()),
    };
    if stakeholder.is_none() {
        missing.push("--stakeholder ID");
    }
    let countries = if args.country.is_empty() {
        ask_valid("new-ask-country", &|a| {
            a.split([',', '،']).map(country_code).collect()
        })?
        .unwrap_or_default()
    } else {
        args.country
            .iter()
            .map(|c| country_code(c))
            .collect::<Result<Vec<_>>>()?
    };
    if countries.is_empty() {
        missing.push("--country CC");
    }
    let organization = args.organization.or_else(|| ask("new-ask-organization"));
    if organization.is_none() {
        missing.push("--organization NAME");
    }
    let (Some(stakeholder), Some(organization), false) =
        (stakeholder, organization, countries.is_empty())
    else {
        return Err(fail!(
            "new-missing",
            count = missing.len(),
            flags = missing.join(", ")
        ));
    };

    let objectives = parse_objectives(&args.objectives, guidance)
        .map_err(|msg| anyhow::Error::new(Failure(msg)))?;
    let date = match args.date {
        Some(text) => Date::parse(&text).ok_or_else(|| {
            fail!(
                "new-date",
                value = text.as_str(),
                today = Date::today().to_string()
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
        contact: args.contact,
    };
    let tera = crate::templates::load(args.templates.dir.as_deref())?;
    let text = scaffold(guidance, &report, &tera)
        .map_err(|e| fail!("template-error", name = "new/report.md", reason = e))?;
    if let Some(parent) = args.path.parent().filter(|p| !p.as_os_str().is_empty()) {
        crate::fsutil::create_dir_all(parent)?;
    }
    write_atomic(&args.path, text.as_bytes(), Overwrite::forced(args.force))?;
    let path = args.path.display().to_string();
    eprintln!(
        "{}",
        msg!(
            "new-wrote",
            path = path,
            count = report.objectives.len(),
            lang = lang.code()
        )
        .text(lang)
    );
    Ok(ExitCode::SUCCESS)
}

fn stakeholder(guidance: &Guidance, id: &str) -> Result<String> {
    let id = id.trim();
    validate::stakeholder(guidance, id).map_err(|msg| anyhow::Error::new(Failure(msg)))?;
    Ok(id.to_string())
}

/// A country code; on the command line, the right letters in the wrong case will do.
fn country_code(text: &str) -> Result<String> {
    let text = text.trim();
    match validate::country(text) {
        Ok(()) => Ok(text.to_string()),
        Err((_, Some(code))) if code.eq_ignore_ascii_case(text) => Ok(code),
        Err((msg, _)) => Err(anyhow::Error::new(Failure(msg))),
    }
}

/// An error as the user reads it at a prompt.
fn describe(error: &anyhow::Error, lang: Lang) -> String {
    match error.downcast_ref::<Failure>() {
        Some(Failure(msg)) => msg.text(lang),
        None => error.to_string(),
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
