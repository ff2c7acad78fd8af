//! Key names as the keymap file writes them ("ctrl-a", "shift-tab",
//! "digit"), the patterns they stand for, and how a key event is compared.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::KeymapError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum KeyPattern {
    Exact(KeyCode, KeyModifiers),
    /// Any of 0-9 (the action reads which one from the event).
    Digit,
}

impl KeyPattern {
    /// Whether a key exists that both patterns match.
    pub(super) fn overlaps(self, other: KeyPattern) -> bool {
        match (self, other) {
            (KeyPattern::Exact(code, mods), p) | (p, KeyPattern::Exact(code, mods)) => {
                p.matches((code, mods))
            }
            (KeyPattern::Digit, KeyPattern::Digit) => true,
        }
    }

    pub(super) fn matches(self, key: (KeyCode, KeyModifiers)) -> bool {
        match self {
            KeyPattern::Exact(code, mods) => (code, mods) == key,
            KeyPattern::Digit => {
                matches!(key, (KeyCode::Char(c), m) if c.is_ascii_digit() && m.is_empty())
            }
        }
    }
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

pub(super) fn parse_key(name: &str) -> Result<(KeyPattern, String), KeymapError> {
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
