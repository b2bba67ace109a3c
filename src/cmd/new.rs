//! `new PATH`: scaffold a report, asking on a terminal for whatever the options leave out.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use anyhow::Result;

use crate::cli::NewArgs;
use crate::date::Date;
use crate::fsutil::{Overwrite, write_atomic};
use crate::guidance::Guidance;
use crate::lang::{Lang, parse_number};
use crate::messages::{Failure, Msg};
use crate::scaffold::{NewReport, scaffold};
use crate::selection::parse_objectives;
use crate::validate;
use crate::{fail, msg};

pub(super) fn run(guidance: &Guidance, args: NewArgs, lang: Lang) -> Result<ExitCode> {
    // Fail before asking anything: a file that exists or a folder that does not are the
    // most likely mistakes, and answers given before finding out would be wasted.
    if args.path.exists() && !args.force {
        return Err(crate::fsutil::already_exists(&args.path));
    }
    crate::fsutil::folder_of(&args.path)?;
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let mut prompt = Prompt::new(interactive, lang);

    let lang = match args.lang {
        Some(lang) => lang,
        None if interactive => prompt.report_lang(lang)?,
        None => lang,
    };
    let stakeholder = match &args.stakeholder {
        Some(text) => Some(stakeholder(guidance, text, lang).map_err(Failure)?),
        None if interactive => Some(prompt.stakeholder(guidance)?),
        None => None,
    };
    let countries = if !args.country.is_empty() {
        countries(&args.country.join(",")).map_err(Failure)?
    } else if interactive {
        prompt.ask("--country", "new-ask-country", None, |a| {
            let codes = countries(a)?;
            Ok((codes.join(","), codes))
        })?
    } else {
        Vec::new()
    };
    let organization = match args.organization {
        Some(name) => Some(name),
        None if interactive => Some(prompt.ask(
            "--organization",
            "new-ask-organization",
            None,
            |a| required(a).map(|a| (a.to_string(), a.to_string())),
        )?),
        None => None,
    };
    let missing: Vec<&str> = [
        (stakeholder.is_none(), "--stakeholder ID"),
        (countries.is_empty(), "--country CC"),
        (organization.is_none(), "--organization NAME"),
    ]
    .into_iter()
    .filter(|(missing, _)| *missing)
    .map(|(_, flag)| flag)
    .collect();
    let (Some(stakeholder), Some(organization), true) =
        (stakeholder, organization, missing.is_empty())
    else {
        return Err(fail!(
            "new-missing",
            count = missing.len(),
            flags = missing.join(", ")
        ));
    };
    let objectives = match &args.objectives {
        Some(spec) => parse_objectives(spec, guidance).map_err(Failure)?,
        None if interactive => {
            let all = "all";
            prompt.ask("--objectives", "new-ask-objectives", Some(all), |a| {
                let spec = if a.is_empty() { all } else { a };
                Ok((spec.to_string(), parse_objectives(spec, guidance)?))
            })?
        }
        None => parse_objectives("all", guidance).map_err(Failure)?,
    };
    let contact = match args.contact {
        Some(contact) => Some(contact),
        None if interactive => prompt.ask("--contact", "new-ask-contact", Some(""), |a| {
            if a.is_empty() {
                return Ok((String::new(), None));
            }
            validate::email(a)?;
            Ok((a.to_string(), Some(a.to_string())))
        })?,
        None => None,
    };
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
        contact,
    };
    let tera = crate::templates::load(args.templates.dir.as_deref())?;
    let text = scaffold(guidance, &report, &tera)
        .map_err(|e| fail!("template-error", name = "new/report.md", reason = e))?;
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

/// The stakeholder kind a writer names (id, or name in any language), as its id.
fn stakeholder(guidance: &Guidance, text: &str, lang: Lang) -> Result<String, Msg> {
    if let Some(kind) = guidance.stakeholder_named(text) {
        return Ok(kind.id.clone());
    }
    // A number is a choice from the menu, which only a prompt shows.
    if let Some(number) = parse_number(text) {
        return Err(msg!(
            "new-stakeholder-number",
            number = lang.number(number),
            count = lang.number(guidance.stakeholders.len())
        ));
    }
    validate::stakeholder(guidance, text.trim()).map(|()| text.trim().to_string())
}

/// Country codes from codes, alpha-3 codes or names, separated by Latin or Arabic commas.
fn countries(text: &str) -> Result<Vec<String>, Msg> {
    let codes: Vec<String> = text
        .split([',', '،'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| match validate::country(c) {
            Ok(()) => Ok(c.to_string()),
            Err((msg, _)) => crate::country::suggest(c).ok_or(msg),
        })
        .collect::<Result<_, _>>()?;
    if codes.is_empty() {
        return Err(msg!("new-answer-needed"));
    }
    Ok(codes)
}

fn required(answer: &str) -> Result<&str, Msg> {
    if answer.is_empty() {
        Err(msg!("new-answer-needed"))
    } else {
        Ok(answer)
    }
}

/// Questions on the terminal, in the report's language once it is known. Every answer is
/// kept as the option that gives it, so that a writer who stops (Ctrl-D, Ctrl-C) is shown
/// the command that goes on from there.
struct Prompt {
    lang: Lang,
    resume: Arc<Mutex<Resume>>,
}

struct Resume {
    lang: Lang,
    args: Vec<String>,
}

impl Resume {
    fn stopped(&self) -> Msg {
        let command = self
            .args
            .iter()
            .map(|a| shell_quote(a))
            .collect::<Vec<_>>()
            .join(" ");
        msg!("new-stopped", command = command)
    }
}

impl Prompt {
    fn new(interactive: bool, lang: Lang) -> Prompt {
        let mut args: Vec<String> = std::env::args().collect();
        if let Some(first) = args.first_mut() {
            *first = "parallel-review".to_string();
        }
        let resume = Arc::new(Mutex::new(Resume { lang, args }));
        if interactive {
            let resume = Arc::clone(&resume);
            // Ctrl-C at a question would otherwise lose every answer given.
            let _ = ctrlc::set_handler(move || {
                let resume = resume.lock().unwrap_or_else(|e| e.into_inner());
                let stopped = resume.stopped();
                eprintln!();
                print_failure(&stopped, resume.lang);
                std::process::exit(i32::from(crate::exit::INTERRUPTED));
            });
        }
        Prompt { lang, resume }
    }

    fn report_lang(&mut self, default: Lang) -> Result<Lang> {
        for (i, lang) in Lang::ALL.iter().enumerate() {
            eprintln!("  {}. {} ({lang})", self.lang.number(i + 1), autonym(*lang));
        }
        let lang = self.ask("--lang", "new-ask-lang", Some(default.code()), |a| {
            let lang = if a.is_empty() {
                Some(default)
            } else {
                parse_number(a)
                    .and_then(|n| Lang::ALL.get((n as usize).checked_sub(1)?).copied())
                    .or_else(|| Lang::from_code(a).filter(|_| a.len() == 2))
                    .or_else(|| Lang::from_name(a))
            };
            let lang = lang.ok_or_else(|| msg!("new-no-such-language", value = a))?;
            Ok((lang.code().to_string(), lang))
        })?;
        // From here on, questions speak the report's language.
        self.lang = lang;
        self.resume.lock().unwrap_or_else(|e| e.into_inner()).lang = lang;
        Ok(lang)
    }

    fn stakeholder(&mut self, guidance: &Guidance) -> Result<String> {
        for (i, kind) in guidance.stakeholders.iter().enumerate() {
            eprintln!(
                "  {:>2}. {} ({})",
                self.lang.number(i + 1),
                kind.title.get(self.lang),
                kind.id
            );
        }
        let lang = self.lang;
        self.ask("--stakeholder", "new-ask-stakeholder", None, |a| {
            let chosen = parse_number(a)
                .and_then(|n| guidance.stakeholders.get((n as usize).checked_sub(1)?))
                .map(|kind| kind.id.clone());
            let id = match chosen {
                Some(id) => id,
                None => stakeholder(guidance, required(a)?, lang)?,
            };
            Ok((id.clone(), id))
        })
    }

    /// Asks until the answer is valid; `check` gets the trimmed answer (empty when the
    /// writer just pressed Enter) and gives the option's value and the answer's meaning.
    /// Ends the command, with the way to go on, when the input ends.
    fn ask<T>(
        &mut self,
        flag: &str,
        question: &'static str,
        default: Option<&str>,
        check: impl Fn(&str) -> Result<(String, T), Msg>,
    ) -> Result<T> {
        let hint = default.map(|value| match value {
            "" => Msg::new("new-ask-later").text(self.lang),
            value => msg!("new-ask-default", value = value).text(self.lang),
        });
        loop {
            match &hint {
                Some(hint) => eprint!(
                    "{} [{hint}]{} ",
                    Msg::new(question).text(self.lang),
                    self.lang.colon()
                ),
                None => eprint!(
                    "{}{} ",
                    Msg::new(question).text(self.lang),
                    self.lang.colon()
                ),
            }
            let _ = std::io::stderr().flush();
            let mut line = Vec::new();
            let read = std::io::stdin().lock().read_until(b'\n', &mut line);
            if matches!(read, Ok(0) | Err(_)) {
                eprintln!();
                let resume = self.resume.lock().unwrap_or_else(|e| e.into_inner());
                return Err(anyhow::Error::new(Failure(resume.stopped())));
            }
            let answer = match String::from_utf8(line) {
                Ok(text) => text,
                Err(_) => {
                    self.refuse(&msg!("new-answer-not-text"));
                    continue;
                }
            };
            match check(answer.trim()) {
                Ok((value, meaning)) => {
                    if !value.is_empty() {
                        let mut resume = self.resume.lock().unwrap_or_else(|e| e.into_inner());
                        resume.args.extend([flag.to_string(), value]);
                    }
                    return Ok(meaning);
                }
                Err(why) => self.refuse(&why),
            }
        }
    }

    fn refuse(&self, why: &Msg) {
        print_failure(why, self.lang);
        eprintln!("  {}", Msg::new("new-try-again").text(self.lang));
    }
}

/// A message and what to do about it, as the user reads it at a prompt.
fn print_failure(msg: &Msg, lang: Lang) {
    eprintln!("{}", msg.text(lang));
    if let Some(help) = msg.help(lang) {
        eprintln!(
            "  {}{} {help}",
            Msg::new("help-label").text(lang),
            lang.colon()
        );
    }
}

/// The language's name for itself, as a reader of it looks for it in a list.
fn autonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "العربية",
        Lang::En => "English",
        Lang::Fr => "Français",
    }
}

/// An argument as a POSIX shell reads it back.
fn shell_quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./,:=@+%".contains(c));
    if plain {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stakeholders_and_countries_by_name_in_any_language() {
        let guidance = Guidance::builtin().expect("built-in guidance");
        for name in ["نقابة عمالية", "trade-union", "Trade union", "TRADE-UNION"] {
            assert_eq!(
                stakeholder(&guidance, name, Lang::Ar).as_deref(),
                Ok("trade-union"),
                "{name}"
            );
        }
        assert!(stakeholder(&guidance, "trade-unoin", Lang::En).is_err());
        assert!(stakeholder(&guidance, "99", Lang::En).is_err());
        assert_eq!(
            countries("الأردن، Maroc, lbn, UK").as_deref(),
            Ok(&["JO", "MA", "LB", "GB"].map(String::from)[..])
        );
        assert!(countries("Atlantis").is_err());
        assert!(countries(" , ").is_err());
    }

    #[test]
    fn resume_commands_survive_the_shell() {
        assert_eq!(shell_quote("--country"), "--country");
        assert_eq!(shell_quote("اتحاد النقابات"), "'اتحاد النقابات'");
        assert_eq!(shell_quote("L'union"), r"'L'\''union'");
    }
}
