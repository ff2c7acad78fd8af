//! Table actions: moving, marking, filtering, and turning marks into a
//! confirmation (deselect, elect, undo) — an action on the marked comments, or
//! on the highlighted one when none is marked and the table has focus. Never
//! runs anything without a `Confirm`.

use crate::api::wire::{CommentId, WriteOp};
use crate::batch::{ItemStatus, UndoPlan, Verified};
use crate::i18n::Message;
use crate::msg;
use crate::tui::acting;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::layout;
use crate::tui::log::Level;
use crate::tui::marks_history::{self, Snapshot};
use crate::tui::msg::{Settled, UndoAnswer, UndoRefused};
use crate::tui::popup::{Confirm, Popup};
use crate::tui::words;

pub fn act(app: &mut App, action: Action) {
    let page = layout::table_rows(app) as isize;
    // Keys that change many marks at once can be taken back with Ctrl-z.
    if matches!(
        action,
        Action::RangeMark | Action::MarkAll | Action::ClearMarks
    ) {
        let before = Snapshot::of(app);
        marks(app, action);
        marks_history::changed(app, before);
        return;
    }
    let list = &mut app.list;
    match action {
        Action::Up => list.move_by(-1),
        Action::Down => list.move_by(1),
        Action::PageUp => list.move_by(-page),
        Action::PageDown => list.move_by(page),
        Action::HalfPageUp => list.move_by(-(page / 2).max(1)),
        Action::HalfPageDown => list.move_by((page / 2).max(1)),
        Action::Top => list.top(),
        Action::Bottom => list.bottom(),
        Action::ToggleMark => list.toggle_current(),
        Action::Filter => app.filter.editing = true,
        Action::Open if app.list.current().is_some() => {
            app.popup = Some(Popup::Viewer { scroll: 0 });
        }
        _ => {}
    }
}

fn marks(app: &mut App, action: Action) {
    let list = &mut app.list;
    match action {
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
        _ => {}
    }
}

/// `d`: the marked comments (or the highlighted one) that are elected.
pub fn deselect(app: &mut App) {
    write(app, WriteOp::UnmarkElect);
}

/// `e`: the marked comments (or the highlighted one) that are not elected.
pub fn elect(app: &mut App) {
    write(app, WriteOp::MarkElect);
}

/// Open the confirmation of `op` on the comments it applies to (the marks,
/// or the highlighted row in the table), or say why there is none.
fn write(app: &mut App, op: WriteOp) {
    let elect = op == WriteOp::MarkElect;
    if app.batch.running.is_some() {
        app.say(Level::Warn, &msg!("tui-log-busy"));
        return;
    }
    let Some((article, _)) = app.loads.loaded else {
        let text = if elect {
            msg!("tui-log-elect-no-article")
        } else {
            msg!("tui-log-deselect-no-article")
        };
        app.say(Level::Warn, &text);
        return;
    };
    let not_here = |app: &App| {
        let key = acting::key_for(app, Context::Panes, Action::SwitchType);
        if elect {
            msg!("tui-log-elect-elected", key = key)
        } else {
            msg!("tui-log-deselect-not-elected", key = key)
        }
    };
    if !acting::offered(app, op) {
        let text = not_here(app);
        app.say(Level::Warn, &text);
        return;
    }
    let Some(candidates) = acting::targets(app) else {
        let key = acting::key_for(app, Context::Everywhere, Action::FocusNext);
        app.say(Level::Warn, &msg!("tui-log-mark-first", key = key));
        return;
    };
    if candidates.is_empty() {
        let text = if elect {
            msg!("tui-log-elect-empty")
        } else {
            msg!("tui-log-deselect-empty")
        };
        app.say(Level::Warn, &text);
        return;
    }
    let (ids, skipped): (Vec<CommentId>, Vec<CommentId>) = candidates
        .into_iter()
        .partition(|id| app.list.row(*id).is_some_and(|r| acting::applies(op, r)));
    if ids.is_empty() {
        let text = not_here(app);
        app.say(Level::Warn, &text);
        return;
    }
    let mut confirm = Confirm::new(op, article, ids);
    confirm.skipped = skipped.len();
    confirm.hidden = confirm
        .ids
        .iter()
        .filter(|id| app.list.hidden_by_filter(**id))
        .count();
    fill_preview(app, &mut confirm);
    app.popup = Some(Popup::Confirm(Box::new(confirm)));
}

/// `u`: ask what undoing the last deselect batch would re-elect — its unknown
/// items are settled by reading the list first; the confirmation opens when
/// the answer comes (`undo_planned`).
pub fn undo(app: &mut App, fx: &mut Vec<Effect>) {
    if app.batch.running.is_some() {
        app.say(Level::Warn, &msg!("tui-log-busy"));
        return;
    }
    if app.batch.planning_undo {
        app.say(Level::Info, &msg!("tui-log-undo-planning"));
        return;
    }
    // Only what this console ran: an older batch is picked in the history.
    let Some(batch_id) = app.batch.undoable.clone() else {
        crate::tui::history::nothing_to_undo(app);
        return;
    };
    app.batch.planning_undo = true;
    app.say(Level::Info, &msg!("tui-log-undo-looking"));
    fx.push(Effect::PlanUndo {
        batch_id: Some(batch_id),
    });
}

pub fn undo_planned(app: &mut App, answer: UndoAnswer) {
    // Asked before a batch that ran since: what it settled is said, but its
    // plan is out of date.
    let current = std::mem::take(&mut app.batch.planning_undo);
    let UndoAnswer { settled, plan } = answer;
    say_settled(app, &settled);
    let plan = match plan {
        Ok(plan) => plan,
        Err(UndoRefused::OnlyUnknown { batch, ids }) => {
            app.say(Level::Warn, &only_unknown(&batch, &ids));
            return;
        }
        Err(UndoRefused::Other(why)) => {
            app.say(Level::Warn, &why);
            return;
        }
    };
    if !current || app.batch.running.is_some() || app.popup.is_some() {
        return;
    }
    if plan.ids.is_empty() {
        let id = plan.source.batch_id.clone();
        let text = if plan.source.op == WriteOp::MarkElect {
            msg!("tui-log-undo-nothing-elect", id = id)
        } else {
            msg!("tui-log-undo-nothing", id = id)
        };
        app.say(Level::Warn, &text);
        return;
    }
    let mut confirm = Confirm::new(plan.op, plan.article, plan.ids.clone());
    confirm.skipped = plan.uncertain.len();
    confirm.verified = verified_in(app, &settled, &plan);
    confirm.undo = Some(Box::new(plan));
    fill_preview(app, &mut confirm);
    app.popup = Some(Popup::Confirm(Box::new(confirm)));
}

/// How many comments shown by id in a log line naming unknown items.
const IDS_SHOWN: usize = 8;

/// "nothing confirmed to undo in batch …: 3 comments … (1001, 1002, 1003)".
fn only_unknown(batch: &str, ids: &[CommentId]) -> Message {
    let shown: Vec<String> = ids.iter().take(IDS_SHOWN).map(u64::to_string).collect();
    msg!(
        "tui-log-undo-only-unknown",
        batch = batch,
        count = ids.len(),
        ids = shown.join(", "),
        more = ids.len().saturating_sub(IDS_SHOWN)
    )
}

/// The same for an elect batch: its unknown items may be elected.
pub(crate) fn only_unknown_elect(batch: &str, ids: &[CommentId]) -> Message {
    let shown: Vec<String> = ids.iter().take(IDS_SHOWN).map(u64::to_string).collect();
    msg!(
        "tui-log-undo-only-unknown-elect",
        batch = batch,
        count = ids.len(),
        ids = shown.join(", "),
        more = ids.len().saturating_sub(IDS_SHOWN)
    )
}

/// Of the comments the undo re-elects, those whose deselection was only
/// known by reading the list: settled just now, or at the end of the batch
/// in this session.
fn verified_in(app: &App, settled: &Settled, plan: &UndoPlan) -> usize {
    let mut ids: std::collections::HashSet<CommentId> = std::collections::HashSet::new();
    if let Settled::Read(s) = settled {
        ids.extend(
            s.items
                .iter()
                .filter(|i| i.verified == Verified::Done)
                .map(|i| i.id),
        );
    }
    if let Some(last) = &app.batch.last
        && last.batch_id == plan.source.batch_id
    {
        ids.extend(
            last.items
                .iter()
                .filter(|i| i.status == ItemStatus::Done && i.is_verified())
                .map(|i| i.user_comment_id),
        );
    }
    plan.ids.iter().filter(|id| ids.contains(id)).count()
}

fn fill_preview(app: &App, confirm: &mut Confirm) {
    // Undo may name comments of an article that is not on screen.
    confirm.preview = crate::tui::history::preview(app, confirm.article, &confirm.ids);
}

/// `f`: mark again what the last batch did not get done, so `d` retries it:
/// failed (a settlement read's "not done" included) and not attempted. Never
/// what is done, never what is still unknown: it may have taken effect, and
/// sending it again could do it twice.
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
    let of = |status| last.items.iter().filter(move |i| i.status == status);
    let failed: Vec<CommentId> = of(ItemStatus::Failed).map(|i| i.user_comment_id).collect();
    let unsent: Vec<CommentId> = of(ItemStatus::NotAttempted)
        .map(|i| i.user_comment_id)
        .collect();
    let unknown = of(ItemStatus::Unknown).count();
    if failed.is_empty() && unsent.is_empty() {
        let text = if unknown > 0 {
            msg!("tui-log-only-unknown-left", count = unknown)
        } else {
            msg!("tui-log-no-failures")
        };
        app.say(Level::Info, &text);
        return;
    }
    let (f, u) = (failed.len(), unsent.len());
    // The key that sends them again: the one of the batch's operation.
    let retry = if last.op == WriteOp::MarkElect {
        Action::Elect
    } else {
        Action::Deselect
    };
    let key = acting::key_for(app, Context::Panes, retry);
    let before = Snapshot::of(app);
    app.list
        .set_marks(failed.into_iter().chain(unsent).collect::<Vec<_>>());
    marks_history::changed(app, before);
    let text = match (f, u) {
        (_, 0) => msg!("tui-log-marked-failed", failed = f, key = key),
        (0, _) => msg!("tui-log-marked-unsent", unsent = u, key = key),
        _ => msg!("tui-log-marked-both", failed = f, unsent = u, key = key),
    };
    app.say(Level::Info, &text);
    if unknown > 0 {
        app.say(
            Level::Info,
            &msg!("tui-log-unknown-not-marked", count = unknown),
        );
    }
    app.focus = crate::tui::app::Focus::Table;
}

/// What the settlement read before an undo or retry plan found, said once
/// (a warning when some were not done after all).
pub fn say_settled(app: &mut App, settled: &Settled) {
    match settled {
        Settled::NotNeeded => {}
        Settled::Read(settlement) => {
            let level = if settlement.count(Verified::NotInList) > 0 {
                Level::Warn
            } else {
                Level::Ok
            };
            app.say(level, &settlement.message());
        }
        Settled::Failed(why) => app.say(Level::Warn, why),
    }
}
