//! The user's `keymap.toml` (beside config.toml) merged over the shipped map:
//! only the bindings it names change, as yazi's `prepend_keymap` does. A binding
//! for an action in a context replaces the shipped keys of that action there.
//! Every mistake names the file, the line and the key, because a console that
//! starts with keys the user did not mean is worse than one that does not start.

use serde::de::IntoDeserializer;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::{Action, Binding, Context, KeyPattern, Keymap, parse_key};
use crate::i18n::{Localize, Message};
use crate::msg;

/// The user's keymap file is `keymap.toml` in the folder of config.toml.
pub const FILE_NAME: &str = "keymap.toml";

#[derive(Deserialize)]
struct UserFile {
    #[serde(default)]
    bind: Vec<UserBinding>,
}

#[derive(Deserialize)]
struct UserBinding {
    context: Spanned<String>,
    keys: Spanned<Vec<Spanned<String>>>,
    action: Spanned<String>,
}

/// A mistake in the user's keymap file: where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct UserKeymapError {
    pub path: String,
    pub line: usize,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file exists but cannot be read.
    Unreadable(String),
    /// Not TOML, or not the `[[bind]]` shape (toml's own words).
    Syntax(String),
    UnknownContext {
        context: String,
    },
    UnknownAction {
        action: String,
        key: String,
    },
    UnknownKey {
        key: String,
    },
    BoundTwice {
        key: String,
        context: String,
    },
}

impl Localize for UserKeymapError {
    fn message(&self) -> Message {
        let (path, line) = (self.path.clone(), self.line.to_string());
        match &self.problem {
            Problem::Unreadable(error) => {
                msg!("keys-error-unreadable", path = path, error = error)
            }
            Problem::Syntax(error) => {
                msg!("keys-error-syntax", path = path, line = line, error = error)
            }
            Problem::UnknownContext { context } => msg!(
                "keys-error-unknown-context",
                path = path,
                line = line,
                context = context
            ),
            Problem::UnknownAction { action, key } => msg!(
                "keys-error-unknown-action",
                path = path,
                line = line,
                action = action,
                key = key
            ),
            Problem::UnknownKey { key } => {
                msg!(
                    "keys-error-unknown-key",
                    path = path,
                    line = line,
                    key = key
                )
            }
            Problem::BoundTwice { key, context } => msg!(
                "keys-error-bound-twice",
                path = path,
                line = line,
                key = key,
                context = context
            ),
        }
    }
}

crate::display_via_message!(UserKeymapError);

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

fn context_named(name: &str) -> Option<Context> {
    Context::HELP_ORDER.into_iter().find(|c| c.name() == name)
}

fn action_named(name: &str) -> Option<Action> {
    let snake = name.replace('-', "_");
    let de: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
        snake.as_str().into_deserializer();
    Action::deserialize(de).ok()
}

/// One user binding, checked: where it is written and what it binds.
struct Checked {
    line: usize,
    context: Context,
    action: Action,
    names: Vec<String>,
    patterns: Vec<KeyPattern>,
    labels: Vec<String>,
}

/// The shipped map with the user's `keymap.toml` (in the folder of
/// `config_file`) merged over it; the shipped map alone when there is none.
pub fn load(config_file: &Path) -> Result<Keymap, UserKeymapError> {
    let path = config_file.with_file_name(FILE_NAME);
    let shown = path.display().to_string();
    match std::fs::read_to_string(&path) {
        Ok(text) => Keymap::builtin().merged(&text, &shown),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Keymap::builtin().clone()),
        Err(err) => Err(UserKeymapError {
            path: shown,
            line: 0,
            problem: Problem::Unreadable(err.to_string()),
        }),
    }
}

impl Keymap {
    /// This map with the user's file `text` (read from `path`) merged over it.
    pub fn merged(&self, text: &str, path: &str) -> Result<Keymap, UserKeymapError> {
        let fail = |offset: usize, problem| UserKeymapError {
            path: path.to_string(),
            line: line_of(text, offset),
            problem,
        };
        let file: UserFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            fail(offset, Problem::Syntax(e.message().to_string()))
        })?;
        let mut checked = Vec::with_capacity(file.bind.len());
        for raw in file.bind {
            let key_names = || {
                let names: Vec<&str> = raw
                    .keys
                    .get_ref()
                    .iter()
                    .map(|k| k.get_ref().as_str())
                    .collect();
                names.join("/")
            };
            let context = context_named(raw.context.get_ref()).ok_or_else(|| {
                fail(
                    raw.context.span().start,
                    Problem::UnknownContext {
                        context: raw.context.get_ref().clone(),
                    },
                )
            })?;
            let action = action_named(raw.action.get_ref()).ok_or_else(|| {
                fail(
                    raw.action.span().start,
                    Problem::UnknownAction {
                        action: raw.action.get_ref().clone(),
                        key: key_names(),
                    },
                )
            })?;
            let mut one = Checked {
                line: line_of(text, raw.keys.span().start),
                context,
                action,
                names: Vec::new(),
                patterns: Vec::new(),
                labels: Vec::new(),
            };
            for name in raw.keys.get_ref() {
                let (pattern, label) = parse_key(name.get_ref()).map_err(|_| {
                    fail(
                        name.span().start,
                        Problem::UnknownKey {
                            key: name.get_ref().clone(),
                        },
                    )
                })?;
                one.names.push(name.get_ref().clone());
                one.patterns.push(pattern);
                one.labels.push(label);
            }
            checked.push(one);
        }
        let mut map = self.clone();
        for one in &checked {
            map.apply(one);
        }
        for one in &checked {
            if let Some(key) = map.bound_twice(one) {
                return Err(UserKeymapError {
                    path: path.to_string(),
                    line: one.line,
                    problem: Problem::BoundTwice {
                        key,
                        context: one.context.name().to_string(),
                    },
                });
            }
        }
        Ok(map)
    }

    /// The user's binding replaces the shipped keys of its action in its
    /// context; an action the context did not have is added, with the words
    /// the action has elsewhere.
    fn apply(&mut self, one: &Checked) {
        let same = |b: &Binding| b.context == one.context && b.action == one.action;
        let template = self
            .bindings
            .iter()
            .find(|b| same(b))
            .or_else(|| self.bindings.iter().find(|b| b.action == one.action))
            .cloned();
        let position = self.bindings.iter().position(same);
        self.bindings.retain(|b| !same(b));
        if one.patterns.is_empty() {
            return;
        }
        let own_help = format!(
            "keys-{}-{}",
            one.context.name(),
            super::action_name(one.action)
        );
        let (help, footer) = match &template {
            _ if crate::i18n::has_message(&own_help) => {
                (own_help, template.as_ref().and_then(|t| t.footer.clone()))
            }
            Some(t) => (t.help.clone(), t.footer.clone()),
            None => (own_help, None),
        };
        let binding = Binding {
            context: one.context,
            action: one.action,
            keys_label: one.labels.join("/"),
            help,
            footer,
            patterns: one.patterns.clone(),
            key_labels: one.labels.clone(),
        };
        match position {
            Some(at) => self.bindings.insert(at.min(self.bindings.len()), binding),
            None => self.bindings.push(binding),
        }
    }

    /// The first of the user binding's keys that another binding of its
    /// context (or an earlier key of its own) also claims.
    fn bound_twice(&self, one: &Checked) -> Option<String> {
        for (i, pattern) in one.patterns.iter().enumerate() {
            if one.patterns[..i].iter().any(|p| p.overlaps(*pattern)) {
                return Some(one.names[i].clone());
            }
            let other = self
                .bindings(one.context)
                .filter(|b| b.action != one.action)
                .any(|b| b.patterns.iter().any(|p| p.overlaps(*pattern)));
            if other {
                return Some(one.names[i].clone());
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The user's file is held to "one key, one action per context"; the
    /// shipped map must be too, or a user rebinding could never be clean.
    #[test]
    fn the_shipped_map_binds_no_key_twice_in_a_context() {
        let map = Keymap::builtin();
        for context in Context::HELP_ORDER {
            let bindings: Vec<&Binding> = map.bindings(context).collect();
            for (i, a) in bindings.iter().enumerate() {
                for b in &bindings[i + 1..] {
                    let clash = a
                        .patterns
                        .iter()
                        .any(|p| b.patterns.iter().any(|q| p.overlaps(*q)));
                    assert!(
                        !clash,
                        "{} and {} in {}",
                        a.keys_label,
                        b.keys_label,
                        context.name()
                    );
                }
            }
        }
    }

    #[test]
    fn an_empty_user_file_changes_nothing() {
        let map = Keymap::builtin()
            .merged("# nothing yet\n", "keymap.toml")
            .unwrap();
        assert_eq!(
            map.markdown(crate::i18n::Lang::En),
            Keymap::builtin().markdown(crate::i18n::Lang::En)
        );
    }
}
