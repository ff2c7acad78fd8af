use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Message ids (with attributes as `id.attr`) and the variables each uses.
fn shape(source: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{file}: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars);
                }
                for attr in &m.attributes {
                    pattern_vars(&attr.value, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
            ast::Entry::Term(t) => {
                let mut vars = BTreeSet::new();
                pattern_vars(&t.value, &mut vars);
                out.insert(format!("-{}", t.id.name), vars);
            }
            ast::Entry::Junk { content } => panic!("{file}: cannot parse {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let mut all_ids = BTreeSet::new();
    for (area, en, zh) in FILES {
        let en_shape = shape(en, &format!("en/{area}.ftl"));
        let zh_shape = shape(zh, &format!("zh/{area}.ftl"));
        let en_ids: BTreeSet<_> = en_shape.keys().collect();
        let zh_ids: BTreeSet<_> = zh_shape.keys().collect();
        assert_eq!(
            en_ids.difference(&zh_ids).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "{area}: in en, missing in zh"
        );
        assert_eq!(
            zh_ids.difference(&en_ids).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "{area}: in zh, missing in en"
        );
        for (id, vars) in &en_shape {
            assert_eq!(Some(vars), zh_shape.get(id), "{area}: arguments of {id}");
            assert!(all_ids.insert(id.clone()), "{id} is defined in two files");
        }
    }
}

#[test]
fn counts_get_thousands_separators_and_plurals() {
    assert_eq!(bundle::group_thousands(0), "0");
    assert_eq!(bundle::group_thousands(999), "999");
    assert_eq!(bundle::group_thousands(1000), "1,000");
    assert_eq!(bundle::group_thousands(-1234567), "-1,234,567");
    let m = crate::msg!("text", text = "a\u{1b}b");
    assert_eq!(
        Lang::Zh.render(&m),
        "a\u{1b}b",
        "text passes through unchanged"
    );
}

#[test]
fn the_locale_decides_when_nothing_is_set() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(detect_lang(None, None, &env(&[])), Ok(Lang::En));
    assert_eq!(
        detect_lang(None, None, &env(&[("LANG", "zh_CN.UTF-8")])),
        Ok(Lang::Zh)
    );
    assert_eq!(
        detect_lang(
            None,
            None,
            &env(&[("LANG", "zh_CN.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")])
        ),
        Ok(Lang::En),
        "LC_MESSAGES comes before LANG"
    );
    assert_eq!(
        detect_lang(
            None,
            None,
            &env(&[("LC_ALL", "zh_TW"), ("LC_MESSAGES", "en_US.UTF-8")])
        ),
        Ok(Lang::Zh),
        "LC_ALL comes first"
    );
    assert_eq!(
        detect_lang(None, None, &env(&[("LC_ALL", ""), ("LANG", "zh_CN")])),
        Ok(Lang::Zh),
        "an empty variable does not decide"
    );
    assert_eq!(
        detect_lang(Some("en"), Some("zh"), &env(&[("WXMOD_LANG", "zh")])),
        Ok(Lang::En),
        "the flag wins"
    );
    assert_eq!(
        detect_lang(None, Some("en"), &env(&[("WXMOD_LANG", "zh")])),
        Ok(Lang::Zh),
        "the environment beats the config"
    );
    assert_eq!(
        detect_lang(None, Some("zh"), &env(&[("LANG", "en_US")])),
        Ok(Lang::Zh),
        "the config beats the locale"
    );
    let err = detect_lang(Some("fr"), None, &env(&[])).unwrap_err();
    assert_eq!(err.from, LangSource::Flag);
    let text = Lang::En.render(&err.message());
    assert!(
        text.contains("zh") && text.contains("en") && text.contains("--lang"),
        "{text}"
    );
    let text = Lang::Zh.render(&err.message());
    assert!(text.contains("无法识别"), "{text}");
}

/// Every `msg!("id"` and `.t("id")` in the code names a message that exists.
#[test]
fn lists_of_names_are_joined_as_each_language_joins_them() {
    let m = crate::msg!("text", text = super::Arg::list(["demo", "demo2", "shop"]));
    assert_eq!(Lang::En.render(&m), "demo, demo2, shop");
    assert_eq!(Lang::Zh.render(&m), "demo、demo2、shop");
    let one = crate::msg!("text", text = super::Arg::list(["demo"]));
    assert_eq!(Lang::Zh.render(&one), "demo");
}

#[test]
fn every_message_the_code_names_exists() {
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs")
                || path.ends_with("i18n/tests.rs")
            {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for marker in ["msg!(", ".t(", "Message::new("] {
                for (at, _) in text.match_indices(marker) {
                    // The id may sit on the next line (rustfmt breaks long calls).
                    let rest = text[at + marker.len()..].trim_start();
                    let Some(rest) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    let is_id = id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
                    if is_id && !id.is_empty() && id != "id" && !has_message(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "unknown message ids: {missing:#?}");
}
