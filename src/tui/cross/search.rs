//! `F`: a query (the query language) run over the recent articles. Asked in
//! a small input; a query that does not parse shows where, with a marker
//! under the place, and nothing is loaded until it parses.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::{Input, InputRequest};

use crate::i18n::{Localize, Message};
use crate::query::Query;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::popup::Popup;

/// The open input: what is typed, and why it did not parse last Enter.
#[derive(Debug, Clone, Default)]
pub struct Find {
    pub input: Input,
    /// The query as shown, the marker line under it, and why.
    pub error: Option<(String, String, Message)>,
}

impl PartialEq for Find {
    fn eq(&self, other: &Find) -> bool {
        self.input.value() == other.input.value() && self.error == other.error
    }
}

impl Eq for Find {}

pub fn open(app: &mut App) {
    app.popup = Some(Popup::Find(Box::default()));
}

/// Keys in the input: Enter searches (once the query parses), Esc closes,
/// anything else edits.
pub fn on_key(
    app: &mut App,
    mut find: Box<Find>,
    key: KeyEvent,
    action: Option<Action>,
    fx: &mut Vec<Effect>,
) -> Option<Popup> {
    match action {
        Some(Action::Close) => return None,
        Some(Action::Load) => {
            let text = find.input.value().trim().to_string();
            let parsed = Query::parse(&text, app.clock.offset).and_then(|q| {
                // The table has no marks or outcomes to ask about yet.
                q.console_only().map(|()| q)
            });
            match parsed {
                Ok(query) if !query.is_empty() => {
                    super::open(app, super::CrossKind::Search { text, query }, fx);
                    return None;
                }
                Ok(_) => find.error = None,
                Err(err) => {
                    let (shown, marker) = err.marker(&text);
                    find.error = Some((shown, marker, err.message()));
                }
            }
        }
        _ => {
            if edit(&mut find.input, key) {
                find.error = None;
            }
        }
    }
    Some(Popup::Find(find))
}

/// Pasted text goes into the input.
pub fn paste(find: &mut Find, text: &str) {
    for c in text.chars() {
        find.input.handle(InputRequest::InsertChar(c));
    }
    find.error = None;
}

fn edit(input: &mut Input, key: KeyEvent) -> bool {
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    let request = match key.code {
        KeyCode::Char(c) if plain && !c.is_control() => InputRequest::InsertChar(c),
        KeyCode::Backspace => InputRequest::DeletePrevChar,
        KeyCode::Delete => InputRequest::DeleteNextChar,
        KeyCode::Left => InputRequest::GoToPrevChar,
        KeyCode::Right => InputRequest::GoToNextChar,
        KeyCode::Home => InputRequest::GoToStart,
        KeyCode::End => InputRequest::GoToEnd,
        _ => return false,
    };
    input.handle(request).is_some_and(|changed| changed.value)
}
