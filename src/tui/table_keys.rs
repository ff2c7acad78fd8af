//! Table actions: moving, marking, filtering, and turning marks into a
//! confirmation (deselect, undo) — an action on the marked comments, or on the
//! highlighted one when none is marked. Never runs anything without a `Confirm`.

use crate::api::wire::{CommentId, WriteOp};
use crate::batch::{ItemStatus, UndoPlan};
use crate::i18n::Message;
use crate::msg;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::layout;
use crate::tui::log::Level;
use crate::tui::popup::{Confirm, PREVIEW, Popup};
use crate::tui::words;

pub fn act(app: &mut App, action: Action) {
    let page = layout::table_rows(app) as isize;
    let list = &mut app.list;
    match action {
        Action::Up => list.move_by(-1),
        Action::Down => list.move_by(1),
        Action::PageUp => list.move_by(-page),
        Action::PageDown => list.move_by(page),
        Action::Top => list.top(),
        Action::Bottom => list.bottom(),
        Action::ToggleMark => list.toggle_current(),
        Action::RangeMark => {
            if let Some(n) = list.range_mark() {
                app.say(Level::Info, &msg!("tui-log-range", count = n));
            }
        }
        Action::MarkAll => {
            list.mark_all_visible();
        }
        Action::ClearMarks => {
            if list.cancel_range() {
                return;
            }
            if list.clear_marks() == 0 && !list.query().is_empty() {
                list.set_query("");
                app.filter.input.reset();
            }
        }
        Action::Filter => app.filter.editing = true,
        Action::Open if app.list.current().is_some() => {
            app.popup = Some(Popup::Viewer { scroll: 0 });
        }
        _ => {}
    }
}

/// `d`: the marked comments (or the highlighted one) that are elected.
pub fn deselect(app: &mut App) {
    if app.batch.running.is_some() {
        app.say(Level::Warn, &msg!("tui-log-busy"));
        return;
    }
    let Some((article, _)) = app.loads.loaded else {
        app.say(Level::Warn, &msg!("tui-log-deselect-no-article"));
        return;
    };
    let marked = app.list.marked_ids();
    let candidates: Vec<CommentId> = if marked.is_empty() {
        app.list
            .current()
            .map(|r| r.comment.user_comment_id)
            .into_iter()
            .collect()
    } else {
        marked
    };
    if candidates.is_empty() {
        app.say(Level::Warn, &msg!("tui-log-deselect-empty"));
        return;
    }
    let (ids, skipped): (Vec<CommentId>, Vec<CommentId>) = candidates.into_iter().partition(|id| {
        app.list
            .row(*id)
            .is_some_and(|r| r.comment.is_elected() && !r.gone)
    });
    if ids.is_empty() {
        app.say(Level::Warn, &msg!("tui-log-deselect-not-elected"));
        return;
    }
    let mut confirm = Confirm::new(WriteOp::UnmarkElect, article, ids);
    confirm.skipped = skipped.len();
    confirm.hidden = confirm
        .ids
        .iter()
        .filter(|id| app.list.hidden_by_filter(**id))
        .count();
    fill_preview(app, &mut confirm);
    app.popup = Some(Popup::Confirm(Box::new(confirm)));
}

/// `u`: ask the journal what undoing the last deselect batch would re-elect;
/// the confirmation opens when it answers (`undo_planned`).
pub fn undo(app: &mut App, fx: &mut Vec<Effect>) {
    if app.batch.running.is_some() {
        app.say(Level::Warn, &msg!("tui-log-busy"));
        return;
    }
    fx.push(Effect::PlanUndo {
        batch_id: app.batch.undoable.clone(),
    });
}

pub fn undo_planned(app: &mut App, plan: Result<UndoPlan, Message>) {
    let plan = match plan {
        Ok(plan) => plan,
        Err(why) => {
            app.say(Level::Warn, &why);
            return;
        }
    };
    if app.batch.running.is_some() || app.popup.is_some() {
        return;
    }
    if plan.ids.is_empty() {
        let text = msg!("tui-log-undo-nothing", id = plan.source.batch_id.clone());
        app.say(Level::Warn, &text);
        return;
    }
    let mut confirm = Confirm::new(WriteOp::MarkElect, plan.article, plan.ids.clone());
    confirm.skipped = plan.uncertain.len();
    confirm.undo = Some(Box::new(plan));
    fill_preview(app, &mut confirm);
    app.popup = Some(Popup::Confirm(Box::new(confirm)));
}

fn fill_preview(app: &App, confirm: &mut Confirm) {
    confirm.preview = confirm
        .ids
        .iter()
        .take(PREVIEW)
        .map(|id| {
            // Undo may name comments of an article that is not on screen.
            let content = app.list.row(*id).map_or_else(
                || app.t("tui-confirm-not-in-table"),
                |r| r.comment.content.clone(),
            );
            (*id, content)
        })
        .collect();
}

/// `f`: mark again what the last batch did not get done, so `d` retries it.
pub fn mark_failed(app: &mut App) {
    let Some(last) = &app.batch.last else {
        app.say(Level::Warn, &msg!("tui-log-no-batch"));
        return;
    };
    if app.loads.loaded.map(|(a, _)| a) != Some(last.article) {
        let text = msg!(
            "tui-log-other-article",
            article = words::article(last.article)
        );
        app.say(Level::Warn, &text);
        return;
    }
    let (failed, skipped): (Vec<_>, Vec<_>) = last
        .items
        .iter()
        .filter(|i| i.status != ItemStatus::Done)
        .partition(|i| i.status == ItemStatus::Failed);
    if failed.is_empty() && skipped.is_empty() {
        app.say(Level::Info, &msg!("tui-log-no-failures"));
        return;
    }
    let ids: Vec<CommentId> = failed
        .iter()
        .chain(skipped.iter())
        .map(|i| i.user_comment_id)
        .collect();
    app.list.set_marks(ids);
    let (failed, unsent) = (failed.len(), skipped.len());
    let text = match (failed, unsent) {
        (_, 0) => msg!("tui-log-marked-failed", failed = failed),
        (0, _) => msg!("tui-log-marked-unsent", unsent = unsent),
        _ => msg!("tui-log-marked-both", failed = failed, unsent = unsent),
    };
    app.say(Level::Info, &text);
    app.focus = crate::tui::app::Focus::Table;
}
