//! `import DRAFT.docx [-o REPORT.md]`.

use std::process::ExitCode;

use anyhow::Result;
use serde_yaml::{Mapping, Value};

use crate::cli::ImportArgs;
use crate::fsutil::{Overwrite, write_atomic};
use crate::guidance::Guidance;
use crate::import::{ImportError, read};
use crate::lang::Lang;
use crate::report::HeadingMatcher;
use crate::report::meta::key;
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
    let draft = read(&args.input).map_err(|e| match e {
        ImportError::NotDocx => fail!("import-not-docx", path = path.as_str()),
        ImportError::Encrypted => fail!("import-encrypted", path = path.as_str()),
        ImportError::Broken(reason) => {
            fail!("import-broken", path = path.as_str(), reason = reason)
        }
    })?;
    let property = |name: &str| {
        draft
            .properties
            .get(&format!("custom:{name}"))
            .filter(|v| !v.trim().is_empty())
            .cloned()
    };
    let list = |text: Option<String>| -> Vec<String> {
        text.map(|t| {
            t.split(',')
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect()
        })
        .unwrap_or_default()
    };
    let report_lang = args
        .lang
        .or_else(|| property(key::LANGUAGE).and_then(|l| Lang::from_code(&l)))
        .or_else(|| {
            draft
                .properties
                .get("language")
                .and_then(|l| Lang::from_code(l.get(..2)?))
        })
        .unwrap_or_else(|| guess_language(&draft.markdown));
    let title = property(key::TITLE)
        .or_else(|| draft.title.clone())
        .or_else(|| draft.properties.get("title").cloned())
        .unwrap_or_else(|| guidance.default_title.get(report_lang).clone());
    let organization = args
        .organization
        .clone()
        .or_else(|| property(key::ORGANIZATION))
        .or_else(|| draft.properties.get("creator").cloned());
    let countries = if args.country.is_empty() {
        list(property(key::COUNTRY))
    } else {
        args.country.clone()
    };
    let objectives: Vec<u32> = match &args.objectives {
        Some(spec) => crate::selection::parse_objectives(spec, guidance)
            .map_err(|m| anyhow::Error::msg(m.text(lang)))?,
        None => match property(key::OBJECTIVES) {
            Some(listed) => list(Some(listed))
                .iter()
                .filter_map(|n| crate::lang::parse_number(n))
                .collect(),
            None => objectives_found(&draft.markdown, guidance),
        },
    };

    let mut front = Mapping::new();
    let mut set = |k: &str, v: Value| {
        front.insert(Value::from(k), v);
    };
    let text = |v: String| Value::from(v);
    let texts = |v: Vec<String>| Value::Sequence(v.into_iter().map(Value::from).collect());
    set(key::TITLE, text(title));
    if let Some(organization) = organization {
        set(key::ORGANIZATION, text(organization));
    }
    let partners = list(property(key::PARTNERS));
    if !partners.is_empty() {
        set(key::PARTNERS, texts(partners));
    }
    if let Some(stakeholder) = args
        .stakeholder
        .clone()
        .or_else(|| property(key::STAKEHOLDER))
    {
        set(key::STAKEHOLDER, text(stakeholder));
    }
    match countries.len() {
        0 => {}
        1 => set(key::COUNTRY, text(countries[0].clone())),
        _ => set(key::COUNTRY, texts(countries)),
    }
    set(key::LANGUAGE, text(report_lang.code().to_string()));
    set(
        key::OBJECTIVES,
        Value::Sequence(objectives.into_iter().map(Value::from).collect()),
    );
    set(
        key::DATE,
        text(property(key::DATE).unwrap_or_else(|| crate::date::Date::today().to_string())),
    );
    if let Some(contact) = property(key::CONTACT) {
        set(key::CONTACT, text(contact));
    }
    set(
        key::GUIDANCE,
        text(property(key::GUIDANCE).unwrap_or_else(|| guidance.id.clone())),
    );
    let yaml = serde_yaml::to_string(&front).map_err(|e| anyhow::anyhow!(e))?;
    let report = format!("---\n{yaml}---\n\n{}", draft.markdown.trim_end());
    write_atomic(
        &out,
        format!("{report}\n").as_bytes(),
        Overwrite::forced(args.force),
    )?;

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

/// Arabic when most letters are Arabic, French when accents or French words show, else
/// English.
fn guess_language(text: &str) -> Lang {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count().max(1);
    let arabic = text
        .chars()
        .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
        .count();
    if arabic * 2 > letters {
        return Lang::Ar;
    }
    let french = [" les ", " des ", " une ", " est ", " pour ", "é"]
        .iter()
        .map(|w| text.matches(w).count())
        .sum::<usize>();
    let english = [" the ", " and ", " of ", " is ", " for "]
        .iter()
        .map(|w| text.matches(w).count())
        .sum::<usize>();
    if french > english { Lang::Fr } else { Lang::En }
}

/// The objectives whose headings the body has, in order, once each.
fn objectives_found(markdown: &str, guidance: &Guidance) -> Vec<u32> {
    let matcher = HeadingMatcher::new(guidance);
    let mut found = Vec::new();
    for line in markdown.lines() {
        let Some(text) = line
            .strip_prefix('#')
            .map(|t| t.trim_start_matches('#').trim())
        else {
            continue;
        };
        if let (Some(n), _) = matcher.read(text) {
            if guidance.objective(n).is_some() && !found.contains(&n) {
                found.push(n);
            }
        }
    }
    found
}
