//! `c` in the table: a small chooser, then the highlighted comment's id, openid
//! or content goes to the clipboard as an `Effect::Copy` (the runtime writes
//! it to the terminal as OSC 52). What is copied is the raw text without
//! control characters, so pasting it can never replay an escape sequence or
//! press Enter in a shell.

use crate::display::short_openid;
use crate::msg;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::log::Level;
use crate::tui::popup::Popup;

/// `c`: open the chooser on the highlighted comment.
pub fn open(app: &mut App) {
    if app.list.current().is_none() {
        app.say(Level::Warn, &msg!("mouse-copy-nothing"));
        return;
    }
    app.popup = Some(Popup::Copy);
}

/// A key in the chooser; the popup that stays open, if any.
pub fn on_key(app: &mut App, action: Option<Action>, fx: &mut Vec<Effect>) -> Option<Popup> {
    match action {
        Some(Action::CopyId) => copy(app, Part::Id, fx),
        Some(Action::CopyOpenid) => copy(app, Part::Openid, fx),
        Some(Action::CopyContent) => copy(app, Part::Content, fx),
        Some(Action::Close) => {}
        _ => return Some(Popup::Copy),
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Id,
    Openid,
    Content,
}

fn copy(app: &mut App, part: Part, fx: &mut Vec<Effect>) {
    let Some(row) = app.list.current() else {
        return;
    };
    let comment = &row.comment;
    let (text, said) = match part {
        Part::Id => {
            let id = comment.user_comment_id.to_string();
            (id.clone(), msg!("mouse-copied-id", id = id))
        }
        Part::Openid => match comment.openid.as_deref().filter(|o| !o.is_empty()) {
            Some(openid) => (
                clean(openid),
                msg!("mouse-copied-openid", openid = short_openid(Some(openid))),
            ),
            None => {
                app.say(Level::Warn, &msg!("mouse-copy-no-openid"));
                return;
            }
        },
        Part::Content => {
            let text = clean(&comment.content);
            let count = text.chars().count();
            (text, msg!("mouse-copied-content", count = count))
        }
    };
    if text.is_empty() {
        app.say(Level::Warn, &msg!("mouse-copy-empty"));
        return;
    }
    app.say(Level::Info, &said);
    fx.push(Effect::Copy(text));
}

/// The text minus its control characters; line breaks and tabs become a space
/// so the words on either side stay apart. (Bidi overrides go too: pasted
/// elsewhere they would reorder what follows.)
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' | '\u{2028}' | '\u{2029}' => out.push(' '),
            '\u{061C}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn control_characters_never_reach_the_clipboard() {
        assert_eq!(clean("a\x1b[31mred\x07\r\nnext\tcol"), "a[31mred next col");
        assert_eq!(clean("\u{9b}2J好\u{202E}文"), "2J好文");
        assert_eq!(clean("plain 文字 👍"), "plain 文字 👍");
    }
}
