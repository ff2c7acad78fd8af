//! The console's keys as data: `assets/keymap.toml`, parsed once. Key lookups,
//! the footer and the help screen all read this one table, so the keys shown can
//! never drift from the keys that work. Nothing here draws or changes state.

use std::sync::OnceLock;

use ratatui::crossterm::event::KeyEvent;
use serde::Deserialize;

use crate::i18n::Lang;

mod pattern;
mod user;

pub use pattern::normalize;
use pattern::{KeyPattern, parse_key};
pub use user::{FILE_NAME as USER_FILE_NAME, Problem, UserKeymapError, load as load_user};

/// Where a binding applies; the update picks the chain of contexts to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    Everywhere,
    Panes,
    Running,
    Article,
    Index,
    Table,
    Log,
    Filter,
    Confirm,
    Ask,
    Recent,
    Viewer,
    Help,
    /// The chooser `c` opens: what of the highlighted comment to copy.
    Copy,
    History,
    /// The account's article list.
    Articles,
    /// The account picker `A` opens.
    Accounts,
    /// The cross-article table (`o`, `F`).
    Cross,
    /// The query input `F` opens.
    Find,
}

impl Context {
    /// Section headings of the help screen, in the order it shows them.
    pub const HELP_ORDER: [Context; 19] = [
        Context::Everywhere,
        Context::Panes,
        Context::Article,
        Context::Index,
        Context::Table,
        Context::Filter,
        Context::Log,
        Context::Running,
        Context::Confirm,
        Context::Ask,
        Context::Recent,
        Context::Articles,
        Context::Viewer,
        Context::Copy,
        Context::History,
        Context::Accounts,
        Context::Cross,
        Context::Find,
        Context::Help,
    ];

    /// The context's name as the keymap file writes it.
    pub fn name(self) -> &'static str {
        match self {
            Context::Everywhere => "everywhere",
            Context::Panes => "panes",
            Context::Running => "running",
            Context::Article => "article",
            Context::Index => "index",
            Context::Table => "table",
            Context::Log => "log",
            Context::Filter => "filter",
            Context::Confirm => "confirm",
            Context::Ask => "ask",
            Context::Recent => "recent",
            Context::Viewer => "viewer",
            Context::Help => "help",
            Context::Copy => "copy",
            Context::History => "history",
            Context::Articles => "articles",
            Context::Accounts => "accounts",
            Context::Cross => "cross",
            Context::Find => "find",
        }
    }

    /// The help screen's heading for this context (`keys-context-NAME`).
    pub fn title(self, lang: Lang) -> String {
        lang.t(&format!("keys-context-{}", self.name()))
    }
}

/// What a key asks for. The update decides what it means in the current state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    FocusNext,
    FocusPrev,
    ForceQuit,
    Help,
    CancelBatch,
    Load,
    Recent,
    ClearInput,
    IndexPrev,
    IndexNext,
    SetIndex,
    Up,
    Down,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    Top,
    Bottom,
    ToggleMark,
    RangeMark,
    MarkAll,
    ClearMarks,
    RestoreMarks,
    Filter,
    Deselect,
    Undo,
    MarkFailed,
    Reload,
    SwitchType,
    Quit,
    FilterAccept,
    FilterClear,
    /// Put the next saved rule (`[rules.NAME]`) in the filter.
    FilterRule,
    ConfirmYes,
    ConfirmNo,
    ConfirmSwitch,
    ConfirmEnter,
    Forget,
    Close,
    Open,
    CycleView,
    CycleSort,
    /// Open the copy chooser.
    Copy,
    CopyId,
    CopyOpenid,
    CopyContent,
    History,
    Retry,
    Elect,
    ToggleDetail,
    Zoom,
    /// Open the account's article list.
    Articles,
    /// Open the account picker.
    Accounts,
    /// Switch to the account highlighted in the picker.
    SwitchAccount,
    /// Every comment of the highlighted comment's author, across articles.
    CrossAuthor,
    /// Ask for a query to run across articles.
    CrossSearch,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub action: Action,
    /// How the keys are written for people: "↑/k".
    pub keys_label: String,
    /// The message id of the description: `keys-CONTEXT-ACTION`.
    pub help: String,
    /// The message id of the footer label, if the footer shows this binding.
    pub footer: Option<String>,
    patterns: Vec<KeyPattern>,
    /// How each of `patterns` is written.
    key_labels: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeymapError {
    #[error("keymap: {0}")]
    Toml(String),
    #[error("keymap: unknown key name {0:?}")]
    UnknownKey(String),
}

#[derive(Deserialize)]
struct File {
    bind: Vec<RawBinding>,
}

#[derive(Deserialize)]
struct RawBinding {
    context: Context,
    keys: Vec<String>,
    action: Action,
    #[serde(default)]
    footer: Option<String>,
}

/// The action's name as the keymap file writes it, dashed: `toggle-mark`.
fn action_name(action: Action) -> String {
    // serde wrote it; serialising a unit variant to a string cannot fail.
    let name = format!("{action:?}");
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

impl Binding {
    /// What the binding does, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        lang.t(&self.help)
    }

    /// The footer's short label, in `lang`.
    pub fn footer_label(&self, lang: Lang) -> Option<String> {
        self.footer.as_deref().map(|id| lang.t(id))
    }
}

impl Keymap {
    pub fn parse(text: &str) -> Result<Keymap, KeymapError> {
        let file: File = toml::from_str(text).map_err(|e| KeymapError::Toml(e.to_string()))?;
        let mut bindings = Vec::with_capacity(file.bind.len());
        for raw in file.bind {
            let mut patterns = Vec::new();
            let mut labels = Vec::new();
            for name in &raw.keys {
                let (pattern, label) = parse_key(name)?;
                patterns.push(pattern);
                labels.push(label);
            }
            bindings.push(Binding {
                context: raw.context,
                action: raw.action,
                keys_label: labels.join("/"),
                help: format!("keys-{}-{}", raw.context.name(), action_name(raw.action)),
                footer: raw.footer,
                patterns,
                key_labels: labels,
            });
        }
        Ok(Keymap { bindings })
    }

    /// The shipped keymap. It is compiled in and checked by a test, so failing
    /// to parse it is a build defect, not a user error.
    pub fn builtin() -> &'static Keymap {
        static BUILTIN: OnceLock<Keymap> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Keymap::parse(include_str!("../../assets/keymap.toml"))
                .expect("assets/keymap.toml is valid (tested)")
        })
    }

    /// The first binding of `key` in `chain`, searched in order.
    pub fn lookup(&self, chain: &[Context], key: &KeyEvent) -> Option<Action> {
        let key = normalize(key);
        chain.iter().find_map(|context| {
            self.bindings
                .iter()
                .filter(|b| b.context == *context)
                .find(|b| b.patterns.iter().any(|p| p.matches(key)))
                .map(|b| b.action)
        })
    }

    /// Every binding as the Markdown the README shows, in `lang` (a test keeps
    /// each README equal to it).
    pub fn markdown(&self, lang: Lang) -> String {
        let (keys_h, does_h) = (lang.t("keys-table-keys"), lang.t("keys-table-does"));
        let mut out = String::new();
        for context in Context::HELP_ORDER {
            out.push_str(&format!(
                "\n**{}**\n\n| {keys_h} | {does_h} |\n|---|---|\n",
                context.title(lang)
            ));
            for binding in self.bindings(context) {
                let keys = binding.keys_label.replace('|', "\\|");
                out.push_str(&format!("| `{keys}` | {} |\n", binding.describe(lang)));
            }
        }
        out
    }

    pub fn bindings(&self, context: Context) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(move |b| b.context == context)
    }

    /// Footer entries (keys, label, action) for a chain, labels in `lang`:
    /// each action and each label once, the most specific context first (so
    /// `q quit` hides `Ctrl-c quit` where both work). A key an earlier context
    /// claims is not shown for a later one, since pressing it would do the
    /// earlier thing.
    pub fn footer(&self, chain: &[Context], lang: Lang) -> Vec<(String, String, Action)> {
        let mut out: Vec<(String, &str, Action)> = Vec::new();
        let mut claimed: Vec<KeyPattern> = Vec::new();
        for context in chain {
            for binding in self.bindings(*context) {
                let free: Vec<&str> = binding
                    .patterns
                    .iter()
                    .zip(&binding.key_labels)
                    .filter(|(p, _)| !claimed.iter().any(|c| c.overlaps(**p)))
                    .map(|(_, label)| label.as_str())
                    .collect();
                claimed.extend(binding.patterns.iter().copied());
                let Some(label) = &binding.footer else {
                    continue;
                };
                let taken = out
                    .iter()
                    .any(|(_, l, a)| *a == binding.action || *l == label.as_str());
                if free.is_empty() || taken {
                    continue;
                }
                out.push((free.join("/"), label.as_str(), binding.action));
            }
        }
        out.into_iter()
            .map(|(keys, id, action)| (keys, lang.t(id), action))
            .collect()
    }

    /// Every message id the bindings name (descriptions and footer labels),
    /// so a test can check both languages define them.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for b in &self.bindings {
            ids.push(b.help.clone());
            ids.extend(b.footer.clone());
        }
        ids.extend(
            Context::HELP_ORDER
                .iter()
                .map(|c| format!("keys-context-{}", c.name())),
        );
        ids
    }
}

#[cfg(test)]
mod tests;
