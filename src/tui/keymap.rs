//! The console's keys as data: `assets/keymap.toml`, parsed once. Key lookups,
//! the footer and the help screen all read this one table, so the keys shown can
//! never drift from the keys that work. Nothing here draws or changes state.

use std::sync::OnceLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

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
}

impl Context {
    /// Section headings of the help screen, in the order it shows them.
    pub const HELP_ORDER: [Context; 13] = [
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
        Context::Viewer,
        Context::Help,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Everywhere => "Everywhere",
            Context::Panes => "Index, table and log (not while typing)",
            Context::Running => "While a batch runs",
            Context::Article => "Article id input",
            Context::Index => "Index selector",
            Context::Table => "Comment table",
            Context::Log => "Status log",
            Context::Filter => "Filter input",
            Context::Confirm => "Confirmation",
            Context::Ask => "Questions",
            Context::Recent => "Recent articles",
            Context::Viewer => "Comment viewer",
            Context::Help => "Help",
        }
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
    Top,
    Bottom,
    ToggleMark,
    RangeMark,
    MarkAll,
    ClearMarks,
    Filter,
    Deselect,
    Undo,
    MarkFailed,
    Reload,
    SwitchType,
    Quit,
    FilterAccept,
    FilterClear,
    ConfirmYes,
    ConfirmNo,
    ConfirmSwitch,
    ConfirmEnter,
    Forget,
    Close,
    Open,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyPattern {
    Exact(KeyCode, KeyModifiers),
    /// Any of 0-9 (the action reads which one from the event).
    Digit,
}

impl KeyPattern {
    fn matches(self, key: (KeyCode, KeyModifiers)) -> bool {
        match self {
            KeyPattern::Exact(code, mods) => (code, mods) == key,
            KeyPattern::Digit => {
                matches!(key, (KeyCode::Char(c), m) if c.is_ascii_digit() && m.is_empty())
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub action: Action,
    /// How the keys are written for people: "↑/k".
    pub keys_label: String,
    pub help: String,
    pub footer: Option<String>,
    patterns: Vec<KeyPattern>,
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
    help: String,
    #[serde(default)]
    footer: Option<String>,
}

/// Drop what terminals disagree on: SHIFT on characters (`G` arrives with or
/// without it) and on BackTab.
pub fn normalize(key: &KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut mods = key.modifiers - KeyModifiers::META - KeyModifiers::HYPER - KeyModifiers::SUPER;
    if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
        mods -= KeyModifiers::SHIFT;
    }
    (key.code, mods)
}

fn parse_key(name: &str) -> Result<(KeyPattern, String), KeymapError> {
    let unknown = || KeymapError::UnknownKey(name.to_string());
    let exact = |code, label: &str| Ok((KeyPattern::Exact(code, KeyModifiers::NONE), label.into()));
    if let Some(rest) = name.strip_prefix("ctrl-") {
        let mut chars = rest.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok((
                KeyPattern::Exact(KeyCode::Char(c), KeyModifiers::CONTROL),
                format!("Ctrl-{c}"),
            )),
            _ => Err(unknown()),
        };
    }
    match name {
        "digit" => Ok((KeyPattern::Digit, "0-7".into())),
        "space" => exact(KeyCode::Char(' '), "Space"),
        "enter" => exact(KeyCode::Enter, "Enter"),
        "esc" => exact(KeyCode::Esc, "Esc"),
        "tab" => exact(KeyCode::Tab, "Tab"),
        "shift-tab" => exact(KeyCode::BackTab, "Shift-Tab"),
        "up" => exact(KeyCode::Up, "↑"),
        "down" => exact(KeyCode::Down, "↓"),
        "left" => exact(KeyCode::Left, "←"),
        "right" => exact(KeyCode::Right, "→"),
        "pgup" => exact(KeyCode::PageUp, "PgUp"),
        "pgdn" => exact(KeyCode::PageDown, "PgDn"),
        "home" => exact(KeyCode::Home, "Home"),
        "end" => exact(KeyCode::End, "End"),
        "backspace" => exact(KeyCode::Backspace, "Backspace"),
        "delete" => exact(KeyCode::Delete, "Del"),
        "f1" => exact(KeyCode::F(1), "F1"),
        _ => {
            let mut chars = name.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => exact(KeyCode::Char(c), name),
                _ => Err(unknown()),
            }
        }
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
                help: raw.help,
                footer: raw.footer,
                patterns,
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

    /// Every binding as the Markdown the README shows (a test keeps them equal).
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for context in Context::HELP_ORDER {
            out.push_str(&format!(
                "\n**{}**\n\n| keys | does |\n|---|---|\n",
                context.title()
            ));
            for binding in self.bindings(context) {
                let keys = binding.keys_label.replace('|', "\\|");
                out.push_str(&format!("| `{keys}` | {} |\n", binding.help));
            }
        }
        out
    }

    pub fn bindings(&self, context: Context) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(move |b| b.context == context)
    }

    /// An upper bound on the help screen's length, to stop scrolling past it.
    pub fn help_lines(&self) -> u16 {
        (self.bindings.len() * 2 + Context::HELP_ORDER.len() * 2 + 2) as u16
    }

    /// Footer entries (keys, label) for a chain: each action and each label
    /// once, the most specific context first (so `q quit` hides `Ctrl-c quit`
    /// where both work).
    pub fn footer(&self, chain: &[Context]) -> Vec<(&str, &str, Action)> {
        let mut out: Vec<(&str, &str, Action)> = Vec::new();
        let mut actions: Vec<Action> = Vec::new();
        for context in chain {
            for binding in self.bindings(*context) {
                let Some(label) = &binding.footer else {
                    continue;
                };
                if actions.contains(&binding.action) || out.iter().any(|(_, l, _)| *l == label) {
                    continue;
                }
                actions.push(binding.action);
                out.push((binding.keys_label.as_str(), label.as_str(), binding.action));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn builtin_parses_and_finds_keys() {
        let map = Keymap::builtin();
        let chain = [Context::Table, Context::Panes, Context::Everywhere];
        assert_eq!(
            map.lookup(&chain, &key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            map.lookup(&chain, &key(KeyCode::Char('a'), KeyModifiers::CONTROL)),
            Some(Action::MarkAll)
        );
        assert_eq!(
            map.lookup(&chain, &key(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            map.lookup(
                &[Context::Index],
                &key(KeyCode::Char('5'), KeyModifiers::NONE)
            ),
            Some(Action::SetIndex)
        );
        assert_eq!(
            map.lookup(&chain, &key(KeyCode::Char('Z'), KeyModifiers::NONE)),
            None
        );
    }

    #[test]
    fn bad_key_names_are_reported() {
        let text = "[[bind]]\ncontext='table'\nkeys=['hyper-x']\naction='up'\nhelp='x'\n";
        assert_eq!(
            Keymap::parse(text).unwrap_err(),
            KeymapError::UnknownKey("hyper-x".into())
        );
    }
}
