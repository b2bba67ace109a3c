//! The catalogues agree with one another and with the code.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::CATALOGUES;
use crate::lang::Lang;

/// Message id (and `id.attribute`) → the variables it uses.
fn entries(text: &str, lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{lang}.ftl does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_string();
                if let Some(value) = &message.value {
                    out.insert(id.clone(), variables(value));
                }
                for attribute in &message.attributes {
                    out.insert(
                        format!("{id}.{}", attribute.id.name),
                        variables(&attribute.value),
                    );
                }
            }
            Entry::Junk { content } => {
                panic!("{lang}.ftl has an entry that does not parse: {content}")
            }
            _ => {}
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    collect(pattern, &mut out);
    out
}

fn collect(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                collect(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let text = CATALOGUES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, t)| *t)
        .unwrap_or_default();
    entries(text, lang)
}

#[test]
fn every_message_exists_in_every_language_with_the_same_placeholders() {
    let english = catalogue(Lang::En);
    for lang in [Lang::Ar, Lang::Fr] {
        let other = catalogue(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{lang}.ftl has messages English does not: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(
                &other[id], variables,
                "{lang}.ftl `{id}` uses other placeholders"
            );
        }
    }
}

/// Text that only names code, a path or a format is the same in every language.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["list-separator", "colon", "guidance-yaml"];

/// The text of every message and attribute of a catalogue, with its message's id.
fn texts(lang: Lang) -> Vec<(String, String)> {
    let text = CATALOGUES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, t)| *t)
        .unwrap_or_default();
    let resource = parser::parse(text).unwrap_or_else(|_| panic!("{lang}.ftl does not parse"));
    let mut texts = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let patterns = message
            .value
            .iter()
            .chain(message.attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            let mut words = String::new();
            text_of(pattern, &mut words);
            texts.push((message.id.name.to_string(), words));
        }
    }
    texts
}

#[test]
fn no_arabic_message_is_left_in_english() {
    for (id, words) in texts(Lang::Ar) {
        if SAME_IN_EVERY_LANGUAGE.contains(&id.as_str()) {
            continue;
        }
        assert!(
            words
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "ar.ftl `{id}` has no Arabic: {words}"
        );
    }
}

fn text_of(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    text_of(&variant.value, out);
                }
            }
            // Stands for the value, so that text on either side does not run together.
            PatternElement::Placeable { .. } => out.push('\u{FFFC}'),
        }
    }
}

/// French puts a no-break space before `:` (U+00A0) and before `;`, `?` and `!` (U+202F
/// or U+00A0), and inside « » ; code in backticks is left as it is typed.
#[test]
fn french_messages_follow_french_typography() {
    const NO_BREAK: [char; 2] = ['\u{00A0}', '\u{202F}'];
    let mut wrong = Vec::new();
    for (id, words) in texts(Lang::Fr) {
        let prose: String = words.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let chars: Vec<char> = prose.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let needs_space_before = match c {
                ':' => after != Some('/'),
                ';' | '?' | '!' | '»' => true,
                _ => false,
            };
            let spaced = match c {
                '«' => after.is_some_and(|a| NO_BREAK.contains(&a)),
                _ if needs_space_before => before.is_some_and(|b| NO_BREAK.contains(&b)),
                _ => true,
            };
            if !spaced {
                wrong.push(format!("{id}: {words}"));
                break;
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "no no-break space in:\n{}",
        wrong.join("\n")
    );
}

/// Every `msg!("…")`, `fail!("…")` and `Msg::new("…")` in the code names a message.
#[test]
fn every_message_the_code_uses_is_in_the_catalogue() {
    let english = catalogue(Lang::En);
    let mut used = BTreeSet::new();
    for entry in walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).unwrap();
        for opener in ["msg!(\"", "fail!(\"", "Msg::new(\"", "Msg::new(match"] {
            for (at, _) in source.match_indices(opener) {
                let rest = &source[at + opener.len()..];
                let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
                if opener.ends_with("match") || source[line_start..at].contains("//") {
                    continue;
                }
                let id = rest.split('"').next().unwrap_or_default();
                used.insert(id.to_string());
            }
        }
    }
    for rule in crate::check::RULES {
        used.insert(rule.summary.to_string());
    }
    // Labels the templates ask for with `t(key="…", lang=lang)`.
    for (_, template) in crate::templates::BUILTIN {
        for (at, _) in template.match_indices("t(key=\"") {
            let rest = &template[at + "t(key=\"".len()..];
            used.insert(rest.split('"').next().unwrap_or_default().to_string());
        }
    }
    assert!(used.len() > 100, "found only {} ids", used.len());
    // The one id that exists to prove a missing message shows its id.
    used.remove("no-such-message");
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "used but not in en.ftl: {missing:?}");
}
