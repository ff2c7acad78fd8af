//! Keys while a popup is open. The confirmation only runs on `y` (or Enter on
//! the Confirm button); the key that opened it never confirms, and big batches
//! need their count typed. Running hands the `Confirm` value back as an effect.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::api::wire::WriteOp;
use crate::msg;
use crate::tui::app::{App, Running};
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::log::Level;
use crate::tui::popup::{Button, Confirm, Popup};
use crate::tui::transition::{cancel_batch, request_load};
use crate::tui::{layout, words};

pub fn on_key(app: &mut App, key: KeyEvent, action: Option<Action>, fx: &mut Vec<Effect>) {
    let Some(popup) = app.popup.take() else {
        return;
    };
    app.popup = match popup {
        Popup::Help { scroll } => help(app, scroll, action),
        Popup::Confirm(confirm) => self::confirm(app, confirm, key, action, fx),
        Popup::QuitWhileRunning => quit_while_running(app, action, fx),
        Popup::QuitWithMarks { count } => match action {
            Some(Action::ConfirmYes) => {
                fx.push(Effect::Quit);
                None
            }
            Some(Action::ConfirmNo) => None,
            _ => Some(Popup::QuitWithMarks { count }),
        },
        Popup::CancelWhileRunning => match action {
            Some(Action::ConfirmYes) => {
                cancel_batch(app, fx);
                None
            }
            Some(Action::ConfirmNo) => None,
            _ => Some(Popup::CancelWhileRunning),
        },
        Popup::Recent { selected } => recent(app, selected, action, fx),
        Popup::Viewer { scroll } => viewer(app, scroll, action),
        Popup::Copy => crate::tui::copy::on_key(app, action, fx),
        Popup::History(history) => crate::tui::history::on_key(app, history, action, fx),
        Popup::Articles(picker) => crate::tui::artlist::on_key(app, picker, key, action, fx),
        Popup::Accounts { selected } => crate::tui::acctpick::on_key(app, selected, action, fx),
        Popup::SwitchWithMarks { name, count } => {
            crate::tui::acctpick::on_ask(app, name, count, action, fx)
        }
        Popup::Find(find) => crate::tui::cross::search::on_key(app, find, key, action, fx),
    };
}

fn help(app: &App, scroll: u16, action: Option<Action>) -> Option<Popup> {
    let page = layout::help_page(app);
    let scroll = match action {
        Some(Action::Close) => return None,
        Some(Action::Up) => scroll.saturating_sub(1),
        Some(Action::Down) => scroll.saturating_add(1),
        Some(Action::PageUp) => scroll.saturating_sub(page),
        Some(Action::PageDown) => scroll.saturating_add(page),
        Some(Action::HalfPageUp) => scroll.saturating_sub((page / 2).max(1)),
        Some(Action::HalfPageDown) => scroll.saturating_add((page / 2).max(1)),
        _ => scroll,
    };
    Some(Popup::Help {
        scroll: scroll.min(layout::help_max_scroll(app)),
    })
}

fn viewer(app: &App, scroll: u16, action: Option<Action>) -> Option<Popup> {
    let page = layout::viewer_page(app);
    let scroll = match action {
        Some(Action::Close) => return None,
        Some(Action::Up) => scroll.saturating_sub(1),
        Some(Action::Down) => scroll.saturating_add(1),
        Some(Action::PageUp) => scroll.saturating_sub(page),
        Some(Action::PageDown) => scroll.saturating_add(page),
        Some(Action::HalfPageUp) => scroll.saturating_sub((page / 2).max(1)),
        Some(Action::HalfPageDown) => scroll.saturating_add((page / 2).max(1)),
        _ => scroll,
    };
    Some(Popup::Viewer {
        scroll: scroll.min(layout::viewer_max_scroll(app)),
    })
}

fn confirm(
    app: &mut App,
    mut confirm: Box<Confirm>,
    key: KeyEvent,
    action: Option<Action>,
    fx: &mut Vec<Effect>,
) -> Option<Popup> {
    if confirm.needs_typing() {
        match key.code {
            KeyCode::Char(c) if c.is_ascii_digit() => {
                confirm.typed.push(c);
                confirm.hint = None;
                return Some(Popup::Confirm(confirm));
            }
            KeyCode::Backspace => {
                confirm.typed.pop();
                return Some(Popup::Confirm(confirm));
            }
            _ => {}
        }
    }
    // The count as typed: no thousands separators.
    let count_hint = || {
        Some(msg!(
            "tui-confirm-hint",
            count = confirm.ids.len().to_string()
        ))
    };
    match action {
        Some(Action::ConfirmNo) => {
            app.say(Level::Info, &msg!("tui-log-cancelled"));
            return None;
        }
        Some(Action::ConfirmSwitch) => {
            confirm.focus = match confirm.focus {
                Button::Cancel => Button::Confirm,
                Button::Confirm => Button::Cancel,
            };
        }
        Some(Action::ConfirmYes) if confirm.needs_typing() => confirm.hint = count_hint(),
        Some(Action::ConfirmYes) => return run(app, *confirm, fx),
        Some(Action::ConfirmEnter) if confirm.needs_typing() => {
            if confirm.typed_matches() {
                return run(app, *confirm, fx);
            }
            if confirm.typed.is_empty() && confirm.focus == Button::Cancel {
                app.say(Level::Info, &msg!("tui-log-cancelled"));
                return None;
            }
            confirm.hint = count_hint();
        }
        Some(Action::ConfirmEnter) => match confirm.focus {
            Button::Confirm => return run(app, *confirm, fx),
            Button::Cancel => {
                app.say(Level::Info, &msg!("tui-log-cancelled"));
                return None;
            }
        },
        _ => {}
    }
    Some(Popup::Confirm(confirm))
}

/// Confirmed: the batch starts exactly as the popup described it.
fn run(app: &mut App, confirm: Confirm, fx: &mut Vec<Effect>) -> Option<Popup> {
    if !confirm.items.is_empty() {
        crate::tui::cross::run::start(app, confirm, fx);
        return None;
    }
    let Confirm {
        op,
        article,
        ids,
        undo,
        retry,
        ..
    } = confirm;
    let re_elects = undo.is_some() || retry.as_ref().is_some_and(|r| r.source.undo_of.is_some());
    app.batch.running = Some(Running {
        batch_id: None,
        op,
        article,
        progress: crate::batch::Progress {
            total: ids.len(),
            ..Default::default()
        },
        cancelling: false,
        undo: re_elects,
        settling: None,
    });
    app.batch.stop = None;
    // An undo planned before this batch is out of date once it runs.
    app.batch.planning_undo = false;
    app.batch.show_progress = true;
    // A batch on another article (from the history) leaves the table's
    // outcomes alone.
    if app.loads.loaded.map(|(a, _)| a) == Some(article) {
        app.list.clear_outcomes();
    }
    if let Some(plan) = retry {
        let text = msg!(
            "history-log-retrying",
            id = plan.source.batch_id.as_str(),
            verb = words::op_verb(op),
            count = ids.len(),
            article = words::article(article)
        );
        app.say(Level::Info, &text);
        fx.push(Effect::RunRetry { ids, plan });
        return None;
    }
    let text = match &undo {
        Some(plan) if op == WriteOp::UnmarkElect => msg!(
            "tui-log-undoing-elect",
            id = plan.source.batch_id.clone(),
            count = ids.len()
        ),
        Some(plan) => msg!(
            "tui-log-undoing",
            id = plan.source.batch_id.clone(),
            count = ids.len()
        ),
        None => msg!(
            "tui-log-starting",
            verb = words::op_verb(op),
            count = ids.len(),
            article = words::article(article)
        ),
    };
    app.say(Level::Info, &text);
    fx.push(Effect::RunBatch {
        op,
        article,
        ids,
        undo,
    });
    None
}

fn quit_while_running(
    app: &mut App,
    action: Option<Action>,
    fx: &mut Vec<Effect>,
) -> Option<Popup> {
    match action {
        Some(Action::ConfirmYes) => {
            app.batch.quit_after = true;
            if app.batch.running.is_some() {
                cancel_batch(app, fx);
                app.say(Level::Warn, &msg!("tui-log-quitting"));
            } else {
                fx.push(Effect::Quit);
            }
            None
        }
        Some(Action::ConfirmNo) => None,
        _ => Some(Popup::QuitWhileRunning),
    }
}

fn recent(
    app: &mut App,
    selected: usize,
    action: Option<Action>,
    fx: &mut Vec<Effect>,
) -> Option<Popup> {
    let last = app.recent.len().saturating_sub(1);
    match action {
        Some(Action::Close) => None,
        Some(Action::Up) => Some(Popup::Recent {
            selected: selected.saturating_sub(1),
        }),
        Some(Action::Down) => Some(Popup::Recent {
            selected: (selected + 1).min(last),
        }),
        Some(Action::Load) => {
            let entry = app.recent.get(selected)?.clone();
            app.bar.set_text(&entry.article.msg_data_id.to_string());
            app.bar.choose_index(entry.article.index);
            request_load(app, entry.article, app.loads.kind, false, fx);
            None
        }
        Some(Action::Forget) => {
            if selected < app.recent.len() {
                app.recent.remove(selected);
                fx.push(Effect::SaveRecent(app.recent.clone()));
            }
            if app.recent.is_empty() {
                return None;
            }
            Some(Popup::Recent {
                selected: selected.min(app.recent.len() - 1),
            })
        }
        _ => Some(Popup::Recent { selected }),
    }
}
