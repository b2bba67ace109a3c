//! Every sentence the tool shows a user comes from here: one Fluent catalogue per language
//! (`ar.ftl`, `en.ftl`, `fr.ftl`), messages with named placeholders. Code builds a [`Msg`]
//! (an id and its arguments) and the catalogue turns it into text in the reader's
//! language when it is shown.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// The catalogue files, embedded.
pub const CATALOGUES: [(Lang, &str); 3] = [
    (Lang::Ar, include_str!("ar.ftl")),
    (Lang::En, include_str!("en.ftl")),
    (Lang::Fr, include_str!("fr.ftl")),
];

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as is (paths, ids, titles).
    Str(String),
    /// A count or a number; Arabic shows it in Arabic-Indic digits, and plurals follow it.
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

macro_rules! arg_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
arg_from_int!(u8, u32, usize, i64);

/// A message id with its arguments; its text is looked up when shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    /// Id in the catalogue.
    pub id: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        format(lang, self.id, None, &self.args).unwrap_or_else(|| self.id.to_string())
    }

    /// The message without bidi isolation marks, for HTML, which isolates with `<bdi>`.
    pub fn plain(&self, lang: Lang) -> String {
        unisolated(&self.text(lang))
    }

    /// The help line of the message (its `.help` attribute), if it has one.
    pub fn help(&self, lang: Lang) -> Option<String> {
        format(lang, self.id, Some("help"), &self.args)
    }

    /// [`Msg::help`] without bidi isolation marks, for HTML.
    pub fn plain_help(&self, lang: Lang) -> Option<String> {
        self.help(lang).map(|help| unisolated(&help))
    }
}

/// Text without the bidi isolation marks Fluent puts around arguments.
fn unisolated(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// A catalogue message without arguments, by an id known only at run time (a template's
/// `t("…")`), without bidi isolation marks; `None` when no catalogue has it.
pub fn label(lang: Lang, id: &str) -> Option<String> {
    format(lang, id, None, &[]).map(|text| unisolated(&text))
}

/// A failure whose text comes from the catalogue, shown in the reader's language by `main`.
/// Its `Display` is English, for logs and tests that do not choose a language.
#[derive(Debug, Clone)]
pub struct Failure(pub Msg);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.text(Lang::En))
    }
}

impl std::error::Error for Failure {}

/// Shorthand for a failure: `fail!("id", name = value, …)` is an `anyhow::Error`.
#[macro_export]
macro_rules! fail {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        anyhow::Error::new($crate::messages::Failure($crate::msg!($id $(, $name = $value)*)))
    };
}

/// Shorthand for a message: `msg!("id", name = value, …)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// Formats message `id` (or one of its attributes) in `lang`, falling back to English when
/// the language lacks it.
fn format(
    lang: Lang,
    id: &str,
    attribute: Option<&str>,
    args: &[(&'static str, Arg)],
) -> Option<String> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Str(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    [lang, Lang::En].into_iter().find_map(|lang| {
        let bundle = bundle(lang);
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(if lang.is_rtl() {
            unisolate_arabic(&text)
        } else {
            text.into_owned()
        })
    })
}

/// Removes the isolation Fluent puts around every value where the value holds no Latin
/// script (an Arabic-Indic number, an Arabic word chosen by a plural): it sits in an Arabic
/// line on its own, and the invisible marks would only get in the way of copying and
/// searching the text. Paths, ids and dates in Western digits keep their isolation.
fn unisolate_arabic(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('\u{2068}') {
        out.push_str(&rest[..start]);
        let after = &rest[start + '\u{2068}'.len_utf8()..];
        match after.find('\u{2069}') {
            Some(end)
                if !after[..end].is_empty()
                    && !after[..end].chars().any(|c| {
                        c.is_ascii_alphanumeric()
                            || ('\u{00C0}'..='\u{024F}').contains(&c)
                            || c == '\u{2068}'
                    }) =>
            {
                out.push_str(&after[..end]);
                rest = &after[end + '\u{2069}'.len_utf8()..];
            }
            _ => {
                out.push('\u{2068}');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    // Each catalogue is parsed the first time its language is asked for: a run speaks
    // one language, and English only when a message is missing from it.
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let index = CATALOGUES
        .iter()
        .position(|(l, _)| *l == lang)
        .unwrap_or_default();
    let (lang, text) = CATALOGUES[index];
    BUNDLES[index].get_or_init(|| build(lang, text))
}

fn build(lang: Lang, text: &str) -> FluentBundle<FluentResource> {
    // The catalogues are part of the binary and tested; a syntax error in one must not stop
    // the tool, so the entries that parse are kept.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidi isolation keeps paths and ids from scrambling an Arabic line; Latin lines need none.
    bundle.set_use_isolating(lang.is_rtl());
    if lang == Lang::Ar {
        bundle.set_formatter(Some(arabic_numbers));
    }
    let _ = bundle.add_resource(resource);
    bundle
}

fn arabic_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(Lang::Ar.number(n.as_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod format_tests {
    use super::*;

    #[test]
    fn messages_fill_their_placeholders() {
        let m = crate::msg!(
            "summary-reports",
            reports = 3usize,
            errors = 2usize,
            warnings = 1usize
        );
        assert_eq!(m.text(Lang::En), "3 reports: 2 errors, 1 warning");
    }

    #[test]
    fn arabic_numbers_need_no_isolation_but_paths_keep_it() {
        let m = crate::msg!("unreadable", reason = "x.md");
        assert_eq!(
            m.text(Lang::Ar),
            "تتعذّر قراءة هذا الملف: \u{2068}x.md\u{2069}"
        );
        let m = crate::msg!("guidance-objectives", count = 23usize);
        assert_eq!(m.text(Lang::Ar), "الأهداف (٢٣)");
    }

    #[test]
    fn unknown_ids_show_the_id_rather_than_nothing() {
        assert_eq!(
            Msg::new("no-such-message").text(Lang::En),
            "no-such-message"
        );
    }
}
