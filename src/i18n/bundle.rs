//! The language files, embedded in the binary and parsed once per language.
//! Counts are formatted with thousands separators; no Unicode isolation marks
//! are inserted (terminals would show them as stray cells).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use unic_langid::LanguageIdentifier;

use super::{Arg, Lang, Message};

macro_rules! area {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../assets/i18n/en/", $name, ".ftl")),
            include_str!(concat!("../../assets/i18n/zh/", $name, ".ftl")),
        )
    };
}

/// Every language file, by area: `(name, en, zh)`. Each area owns one file
/// per language; a test keeps the two languages' ids and arguments equal.
pub const FILES: &[(&str, &str, &str)] = &[
    area!("common"),
    area!("errcodes"),
    area!("api"),
    area!("batch"),
    area!("cli"),
    area!("clap"),
    area!("tui"),
    area!("keys"),
    area!("sim"),
    area!("mouse"),
    area!("history"),
    area!("accounts"),
    area!("articles"),
    area!("artlist"),
    area!("acctpick"),
    area!("multi"),
    area!("query"),
    area!("cross"),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| [build(Lang::En), build(Lang::Zh)]);
    match lang {
        Lang::En => &bundles[0],
        Lang::Zh => &bundles[1],
    }
}

fn build(lang: Lang) -> Bundle {
    let id = match lang {
        Lang::En => LanguageIdentifier::from_parts(
            unic_langid::subtags::Language::from_bytes(b"en").unwrap_or_default(),
            None,
            None,
            &[],
        ),
        Lang::Zh => LanguageIdentifier::from_parts(
            unic_langid::subtags::Language::from_bytes(b"zh").unwrap_or_default(),
            None,
            None,
            &[],
        ),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    for (_, en, zh) in FILES {
        let text = match lang {
            Lang::En => en,
            Lang::Zh => zh,
        };
        // A file with errors still gives its good messages; a test keeps
        // every file free of errors.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Numbers are counts: `1,234,567` in both languages.
fn format_value<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(group_thousands(n.value as i64))
        }
        _ => None,
    }
}

pub(crate) fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Whether `id` is a message of the language files (a test checks both
/// languages have the same ids).
pub fn has_message(id: &str) -> bool {
    bundle(Lang::En).has_message(id)
}

impl Lang {
    /// The message `id` without arguments.
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn render(self, message: &Message) -> String {
        if message.args().is_empty() {
            return self.t(message.id());
        }
        let mut args = FluentArgs::new();
        for (name, value) in message.args() {
            let value = match value {
                Arg::Text(text) => FluentValue::String(Cow::Owned(text.clone())),
                Arg::Count(n) => FluentValue::from(*n),
                Arg::Msg(inner) => FluentValue::String(Cow::Owned(self.render(inner))),
                Arg::List(items) => {
                    FluentValue::String(Cow::Owned(items.join(&self.t("list-separator"))))
                }
            };
            args.set(*name, value);
        }
        self.format(message.id(), Some(&args))
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = bundle(self);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            debug_assert!(false, "no message {id:?} in {self:?}");
            return id.to_string();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(errors.is_empty(), "message {id:?} in {self:?}: {errors:?}");
        text.into_owned()
    }
}
