//! Clicks and the wheel as state changes, hit-tested against the same layout
//! `view` draws with (`layout::areas`, the confirmation's `placed`). A click
//! highlights a row, toggles a mark box, focuses a pane or presses a
//! confirmation button — and the Confirm button acts exactly as Enter on it,
//! so no single click ever starts a batch the keys could not. While a popup is
//! open the mouse talks to it only; the panes behind it are out of reach.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};

use crate::tui::app::{App, Focus};
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::layout::{self, Areas};
use crate::tui::popup::{Button, Popup};
use crate::tui::popup_keys;
use crate::tui::widgets::{artlist, confirm};

/// What the mouse did. Only what the console acts on: other buttons, drags
/// and moves never become messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    LeftClick,
    WheelUp,
    WheelDown,
}

/// A mouse event at a screen cell (0-based column and row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mouse {
    pub kind: MouseKind,
    pub column: u16,
    pub row: u16,
}

/// Lines (or rows) one notch of the wheel moves.
pub const WHEEL_LINES: u16 = 3;

/// The mark box: the pointer and `[x]` at the start of each table row.
pub const MARK_BOX: u16 = 4;

pub fn on_mouse(app: &mut App, mouse: Mouse, fx: &mut Vec<Effect>) {
    let screen = Rect::new(0, 0, app.size.0, app.size.1);
    let at = Position::new(mouse.column, mouse.row);
    if app.popup.is_some() {
        on_popup(app, screen, mouse.kind, at, fx);
        return;
    }
    let areas = layout::areas(screen, app);
    match mouse.kind {
        MouseKind::LeftClick => click(app, &areas, at),
        MouseKind::WheelUp | MouseKind::WheelDown => {
            let up = mouse.kind == MouseKind::WheelUp;
            wheel(app, &areas, at, up);
        }
    }
}

fn click(app: &mut App, areas: &Areas, at: Position) {
    let focus = if areas.table.contains(at) {
        Focus::Table
    } else if areas.log.contains(at) {
        Focus::Log
    } else if areas.article.contains(at) {
        // The bar holds the input and the index selector: a click there
        // keeps whichever of the two has focus.
        match app.focus {
            Focus::Index => Focus::Index,
            _ => Focus::Article,
        }
    } else {
        return;
    };
    if focus != app.focus {
        // As Tab does: moving to another pane leaves the filter's input.
        app.filter.editing = false;
        app.focus = focus;
    }
    if focus != Focus::Table {
        return;
    }
    if app.cross.is_some() {
        crate::tui::cross::keys::click(app, areas.table, at);
        return;
    }
    let Some(pos) = table_row_at(app, areas.table, at.y) else {
        return;
    };
    app.filter.editing = false;
    move_to(app, pos);
    if at.x < areas.table.x + MARK_BOX {
        // Space's own path, then back to the clicked row: the pointer, not
        // the highlight, moves on with a mouse.
        crate::tui::table_keys::act(app, Action::ToggleMark);
        move_to(app, pos);
    }
}

/// The visible position of the comment row drawn on screen line `y` of the
/// table, if one is there. The table draws its title on its first line and
/// the column header on the second; `table_rows` rows follow from the list's
/// offset (which `update` keeps valid for the same height).
fn table_row_at(app: &App, table: Rect, y: u16) -> Option<usize> {
    let first = table.y.saturating_add(2);
    let line = usize::from(y.checked_sub(first)?);
    if line >= layout::table_rows(app) {
        return None;
    }
    let pos = app.list.offset() + line;
    (pos < app.list.visible_len()).then_some(pos)
}

fn move_to(app: &mut App, pos: usize) {
    let delta = pos as isize - app.list.cursor() as isize;
    app.list.move_by(delta);
}

fn wheel(app: &mut App, areas: &Areas, at: Position, up: bool) {
    let lines = usize::from(WHEEL_LINES);
    if areas.table.contains(at) && app.cross.is_some() {
        crate::tui::cross::keys::wheel(app, up, lines);
    } else if areas.table.contains(at) {
        let delta = lines as isize;
        app.list.move_by(if up { -delta } else { delta });
    } else if areas.log.contains(at) {
        let height = layout::log_rows(app);
        if up {
            app.log.scroll_back(lines, height);
        } else {
            app.log.scroll_forward(lines);
        }
    }
}

fn on_popup(app: &mut App, screen: Rect, kind: MouseKind, at: Position, fx: &mut Vec<Effect>) {
    let step = |scroll: u16, max: u16| match kind {
        MouseKind::WheelUp => scroll.saturating_sub(WHEEL_LINES),
        MouseKind::WheelDown => scroll.saturating_add(WHEEL_LINES).min(max),
        MouseKind::LeftClick => scroll,
    };
    match &app.popup {
        // The help and the viewer cover the screen: the wheel scrolls them
        // wherever the pointer is.
        Some(Popup::Help { .. }) => {
            let max = layout::help_max_scroll(app);
            if let Some(Popup::Help { scroll }) = &mut app.popup {
                *scroll = step(*scroll, max);
            }
        }
        Some(Popup::Viewer { .. }) => {
            let max = layout::viewer_max_scroll(app);
            if let Some(Popup::Viewer { scroll }) = &mut app.popup {
                *scroll = step(*scroll, max);
            }
        }
        Some(Popup::Confirm(c)) if kind == MouseKind::LeftClick => {
            let placed = confirm::placed(screen, app, c);
            if placed.cancel.contains(at) {
                press(app, KeyCode::Esc, Action::ConfirmNo, fx);
            } else if placed.confirm.contains(at) {
                if let Some(Popup::Confirm(c)) = &mut app.popup {
                    c.focus = Button::Confirm;
                }
                // Exactly Enter on the Confirm button: a count still has to
                // be typed where one is asked.
                press(app, KeyCode::Enter, Action::ConfirmEnter, fx);
            }
        }
        // The recent articles, the article list and the history: the wheel
        // moves the choice (or scrolls a batch's items) as ↑/↓ do.
        Some(Popup::Recent { .. } | Popup::Articles(_) | Popup::History(_))
            if kind != MouseKind::LeftClick =>
        {
            let (code, action) = match kind {
                MouseKind::WheelUp => (KeyCode::Up, Action::Up),
                _ => (KeyCode::Down, Action::Down),
            };
            press(app, code, action, fx);
        }
        // A click chooses an article; a click on the chosen one loads it.
        Some(Popup::Articles(picker)) => {
            let Some(pos) = artlist::row_at(screen, app, picker, at.y) else {
                return;
            };
            if !artlist::placed(screen, app, picker).rect.contains(at) {
                return;
            }
            if picker.selected == pos {
                press(app, KeyCode::Enter, Action::Load, fx);
            } else if let Some(Popup::Articles(picker)) = &mut app.popup {
                picker.selected = pos;
            }
        }
        // Other popups take no clicks, and nothing reaches the panes behind.
        _ => {}
    }
}

/// Hand the popup the key a button stands for.
fn press(app: &mut App, code: KeyCode, action: Action, fx: &mut Vec<Effect>) {
    popup_keys::on_key(
        app,
        KeyEvent::new(code, KeyModifiers::NONE),
        Some(action),
        fx,
    );
}
