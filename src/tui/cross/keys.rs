//! Keys on the cross-article table: moving, marking, `d`/`e` into the usual
//! confirmation (its items naming their articles), Esc to stop the loading
//! and then to return to the article's table.

use crate::api::wire::{Article, CommentId, WriteOp};
use crate::msg;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::log::Level;
use crate::tui::popup::{Confirm, PREVIEW, Popup};

/// Handle `action` on the cross table; false when it is not the table's.
pub fn act(app: &mut App, action: Action, fx: &mut Vec<Effect>) -> bool {
    let page = crate::tui::layout::table_rows(app).max(1);
    let Some(cross) = app.cross.as_mut() else {
        return false;
    };
    let last = cross.rows.len().saturating_sub(1);
    match action {
        Action::Up => cross.cursor = cross.cursor.saturating_sub(1),
        Action::Down => cross.cursor = (cross.cursor + 1).min(last),
        Action::PageUp => cross.cursor = cross.cursor.saturating_sub(page),
        Action::PageDown => cross.cursor = (cross.cursor + page).min(last),
        Action::Top => cross.cursor = 0,
        Action::Bottom => cross.cursor = last,
        Action::ToggleMark => {
            if let Some(key) = cross.current().map(|r| r.key())
                && !cross.marks.remove(&key)
            {
                cross.marks.insert(key);
            }
            cross.cursor = (cross.cursor + 1).min(last);
        }
        Action::MarkAll => {
            let keys: Vec<_> = cross.rows.iter().map(|r| r.key()).collect();
            cross.marks.extend(keys);
        }
        Action::Close => super::escape(app, fx),
        // Not the hidden article table's type behind the user's back.
        Action::SwitchType => {}
        Action::Deselect => write(app, WriteOp::UnmarkElect),
        Action::Elect => write(app, WriteOp::MarkElect),
        Action::CrossAuthor => {
            let openid = cross.current().and_then(|r| r.comment.openid.clone());
            match openid.filter(|o| !o.is_empty()) {
                Some(openid) => super::open(app, super::CrossKind::Author(openid), fx),
                None => app.say(Level::Warn, &msg!("cross-no-author")),
            }
        }
        Action::CrossSearch => super::search::open(app),
        Action::Reload => super::reload(app, fx),
        _ => return false,
    }
    let height = crate::tui::layout::table_rows(app).max(1);
    if let Some(cross) = app.cross.as_mut() {
        if cross.cursor < cross.scroll {
            cross.scroll = cross.cursor;
        } else if cross.cursor >= cross.scroll + height {
            cross.scroll = cross.cursor + 1 - height;
        }
    }
    true
}

/// A click on the table: the row under it is highlighted; on its mark
/// (the first columns) it is marked or unmarked too.
pub fn click(app: &mut App, table: ratatui::layout::Rect, at: ratatui::layout::Position) {
    let rows = crate::tui::layout::table_rows(app);
    let Some(line) = at.y.checked_sub(table.y.saturating_add(2)) else {
        return;
    };
    let Some(cross) = app.cross.as_mut() else {
        return;
    };
    let pos = cross.scroll + usize::from(line);
    if usize::from(line) >= rows || pos >= cross.rows.len() {
        return;
    }
    cross.cursor = pos;
    if at.x < table.x + crate::tui::mouse::MARK_BOX {
        let key = cross.rows[pos].key();
        if !cross.marks.remove(&key) {
            cross.marks.insert(key);
        }
    }
}

/// The wheel over the table moves the highlight `lines` rows.
pub fn wheel(app: &mut App, up: bool, lines: usize) {
    let height = crate::tui::layout::table_rows(app).max(1);
    let Some(cross) = app.cross.as_mut() else {
        return;
    };
    let last = cross.rows.len().saturating_sub(1);
    cross.cursor = if up {
        cross.cursor.saturating_sub(lines)
    } else {
        (cross.cursor + lines).min(last)
    };
    if cross.cursor < cross.scroll {
        cross.scroll = cross.cursor;
    } else if cross.cursor >= cross.scroll + height {
        cross.scroll = cross.cursor + 1 - height;
    }
}

/// `d`/`e`: the marked rows (or the highlighted one) that `op` applies to,
/// into the usual confirmation.
fn write(app: &mut App, op: WriteOp) {
    if app.batch.running.is_some() {
        app.say(Level::Warn, &msg!("tui-log-busy"));
        return;
    }
    let Some(cross) = app.cross.as_ref() else {
        return;
    };
    let mut targets = cross.marked();
    if targets.is_empty() {
        targets.extend(cross.current().map(|r| r.key()));
    }
    let applies = |key: &(Article, CommentId)| {
        cross.rows.iter().any(|r| {
            r.key() == *key
                && match op {
                    WriteOp::UnmarkElect => r.comment.is_elected(),
                    _ => !r.comment.is_elected(),
                }
        })
    };
    let total = targets.len();
    let items: Vec<(Article, CommentId)> = targets.into_iter().filter(applies).collect();
    let Some(&(first, _)) = items.first() else {
        let text = if op == WriteOp::MarkElect {
            msg!("tui-log-elect-empty")
        } else {
            msg!("tui-log-deselect-empty")
        };
        app.say(Level::Warn, &text);
        return;
    };
    let preview = items
        .iter()
        .take(PREVIEW)
        .filter_map(|key| cross.rows.iter().find(|r| r.key() == *key))
        .map(|r| (r.comment.user_comment_id, r.comment.content.clone()))
        .collect();
    let ids = items.iter().map(|(_, id)| *id).collect();
    let mut confirm = Confirm::new(op, first, ids);
    confirm.skipped = total - items.len();
    confirm.preview = preview;
    confirm.items = items;
    app.popup = Some(Popup::Confirm(Box::new(confirm)));
}
