//! Keys → state changes. The keymap turns a key into an `Action` for the
//! current context; each action is a small function with early returns.
//! Popups are handled in `popup_keys.rs`; table actions in `table_keys.rs`.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::{Input, InputRequest};

use crate::api::wire::CommentFilter;
use crate::article::check_index;
use crate::i18n::Localize;
use crate::msg;
use crate::tui::app::{App, Focus};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::log::Level;
use crate::tui::popup::Popup;
use crate::tui::transition::{load_from_bar, request_load};
use crate::tui::{layout, marks_history, popup_keys, table_keys};

pub fn on_key(app: &mut App, key: KeyEvent, fx: &mut Vec<Effect>) {
    if key.kind == KeyEventKind::Release {
        return;
    }
    // Quitting works from inside popups too; with the quit question open,
    // a second Ctrl-C quits at once.
    if app.popup.is_some()
        && app.keymap.lookup(&[Context::Everywhere], &key) == Some(Action::ForceQuit)
    {
        let asked = matches!(
            app.popup,
            Some(Popup::QuitWhileRunning | Popup::QuitWithMarks { .. })
        );
        app.popup = None;
        if asked {
            fx.push(Effect::Quit);
        } else {
            force_quit(app, fx);
        }
        return;
    }
    let action = app.keymap.lookup(&app.key_chain(), &key);
    if app.popup.is_some() {
        popup_keys::on_key(app, key, action, fx);
        return;
    }
    match action {
        Some(action) => act(app, action, key, fx),
        None => type_into_field(app, key),
    }
}

/// Keys no binding claims go to the field being typed in, if any.
fn type_into_field(app: &mut App, key: KeyEvent) {
    if app.filter.editing {
        if edit(&mut app.filter.input, key) {
            app.list.set_offset(app.clock.offset);
            app.list.set_query(app.filter.input.value());
        }
    } else if app.focus == Focus::Article && edit(&mut app.bar.input, key) {
        app.bar.error = None;
        app.bar.take_index_from_input();
    }
}

/// Line editing for text fields. Returns true when the text changed.
fn edit(input: &mut Input, key: KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let request = match key.code {
        KeyCode::Char('u') if ctrl => InputRequest::DeleteLine,
        KeyCode::Char('w') if ctrl => InputRequest::DeletePrevWord,
        KeyCode::Char('k') if ctrl => InputRequest::DeleteTillEnd,
        KeyCode::Char('e') if ctrl => InputRequest::GoToEnd,
        KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => InputRequest::InsertChar(c),
        KeyCode::Backspace if ctrl || alt => InputRequest::DeletePrevWord,
        KeyCode::Backspace => InputRequest::DeletePrevChar,
        KeyCode::Delete => InputRequest::DeleteNextChar,
        KeyCode::Left if ctrl => InputRequest::GoToPrevWord,
        KeyCode::Right if ctrl => InputRequest::GoToNextWord,
        KeyCode::Left => InputRequest::GoToPrevChar,
        KeyCode::Right => InputRequest::GoToNextChar,
        KeyCode::Home => InputRequest::GoToStart,
        KeyCode::End => InputRequest::GoToEnd,
        _ => return false,
    };
    input.handle(request).is_some_and(|changed| changed.value)
}

fn act(app: &mut App, action: Action, key: KeyEvent, fx: &mut Vec<Effect>) {
    if app.cross.is_some()
        && app.focus == Focus::Table
        && !app.filter.editing
        && crate::tui::cross::keys::act(app, action, fx)
    {
        return;
    }
    match action {
        Action::FocusNext | Action::FocusPrev => {
            app.filter.editing = false;
            app.focus = if action == Action::FocusNext {
                app.focus.next()
            } else {
                app.focus.prev()
            };
        }
        Action::ForceQuit => force_quit(app, fx),
        Action::Quit => ask_quit(app, fx),
        Action::Help => app.popup = Some(Popup::Help { scroll: 0 }),
        Action::CancelBatch => ask_cancel(app),
        Action::RestoreMarks => marks_history::restore(app),
        Action::Load => {
            load_from_bar(app, fx);
            crate::tui::artlist::after_bar_error(app);
        }
        Action::Articles => crate::tui::artlist::open(app, fx),
        Action::Recent => {
            if app.recent.is_empty() {
                app.bar.error = Some(msg!("tui-bar-no-recent"));
            } else {
                app.popup = Some(Popup::Recent { selected: 0 });
            }
        }
        Action::ClearInput => {
            app.bar.input.reset();
            app.bar.error = None;
            app.bar.take_index_from_input();
        }
        Action::IndexPrev => set_index(app, u64::from(app.bar.index.saturating_sub(1))),
        Action::IndexNext => set_index(app, u64::from((app.bar.index + 1).min(7))),
        Action::SetIndex => {
            if let KeyCode::Char(c) = key.code
                && let Some(digit) = c.to_digit(10)
            {
                set_index(app, u64::from(digit));
            }
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::HalfPageUp
        | Action::HalfPageDown
        | Action::Top
            if app.focus == Focus::Log =>
        {
            scroll_log(app, action)
        }
        Action::Bottom if app.focus == Focus::Log => app.log.follow(),
        Action::Reload => reload(app, fx),
        Action::SwitchType => switch_type(app, fx),
        Action::FilterAccept => app.filter.editing = false,
        Action::FilterRule => next_rule(app),
        Action::FilterClear => {
            app.filter.input.reset();
            app.list.set_query("");
            app.filter.editing = false;
        }
        Action::Deselect => table_keys::deselect(app),
        Action::Elect => table_keys::elect(app),
        Action::Undo => table_keys::undo(app, fx),
        Action::MarkFailed => table_keys::mark_failed(app),
        Action::CycleView | Action::CycleSort => crate::tui::views::act(app, action),
        Action::Copy => crate::tui::copy::open(app),
        Action::History => crate::tui::history::open(app, fx),
        Action::Accounts => crate::tui::acctpick::open(app),
        Action::CrossAuthor => crate::tui::cross::author(app, fx),
        Action::CrossSearch => crate::tui::cross::search::open(app),
        Action::ToggleDetail | Action::Zoom => crate::tui::panes::act(app, action),
        _ => table_keys::act(app, action),
    }
}

/// The first `Ctrl-C` asks as `q` does; once the user said to quit (and the
/// batch is stopping), another one quits at once.
fn force_quit(app: &mut App, fx: &mut Vec<Effect>) {
    if app.batch.quit_after {
        fx.push(Effect::Quit);
        return;
    }
    ask_quit(app, fx);
}

/// Quitting would cancel a running batch or drop marks: ask first.
fn ask_quit(app: &mut App, fx: &mut Vec<Effect>) {
    // The cross-article table's marks are dropped by quitting too.
    let count = app.list.marked_count() + app.cross.as_ref().map_or(0, |c| c.marked().len());
    app.popup = if app.batch.running.is_some() {
        Some(Popup::QuitWhileRunning)
    } else if count > 0 {
        Some(Popup::QuitWithMarks { count })
    } else {
        fx.push(Effect::Quit);
        None
    };
}

/// `Esc` during a batch asks before cancelling it (once, while it is not cancelling yet).
fn ask_cancel(app: &mut App) {
    match &app.batch.running {
        Some(b) if !b.cancelling => app.popup = Some(Popup::CancelWhileRunning),
        _ => {}
    }
}

fn set_index(app: &mut App, index: u64) {
    match check_index(index) {
        Ok(index) => {
            app.bar.choose_index(index);
            app.bar.error = None;
        }
        Err(err) => app.bar.error = Some(err.message()),
    }
}

fn reload(app: &mut App, fx: &mut Vec<Effect>) {
    match app.loads.loaded {
        Some((article, _)) => request_load(app, article, app.loads.kind, false, fx),
        None => load_from_bar(app, fx),
    }
}

/// `t`: elected → normal → all → elected, reloading the article when one is shown.
fn switch_type(app: &mut App, fx: &mut Vec<Effect>) {
    if app.batch.running.is_some() {
        app.say(Level::Warn, &msg!("tui-log-type-busy"));
        return;
    }
    app.loads.kind = match app.loads.kind {
        CommentFilter::Elected => CommentFilter::Normal,
        CommentFilter::Normal => CommentFilter::All,
        CommentFilter::All => CommentFilter::Elected,
    };
    if let Some((article, _)) = app.loads.loaded {
        request_load(app, article, app.loads.kind, false, fx);
    }
}

fn scroll_log(app: &mut App, action: Action) {
    let height = layout::log_rows(app);
    match action {
        Action::Up => app.log.scroll_back(1, height),
        Action::Down => app.log.scroll_forward(1),
        Action::PageUp => app.log.scroll_back(height, height),
        Action::PageDown => app.log.scroll_forward(height),
        Action::HalfPageUp => app.log.scroll_back((height / 2).max(1), height),
        Action::HalfPageDown => app.log.scroll_forward((height / 2).max(1)),
        Action::Top => app.log.oldest(height),
        _ => {}
    }
}

/// Tab in the filter: the next saved rule's query replaces the text, and
/// the log says which rule it is (or that the config has none).
fn next_rule(app: &mut App) {
    use crate::tui::log::Level;
    let count = app.filter.rules.len();
    if count == 0 {
        app.say(Level::Info, &crate::msg!("query-no-rules"));
        return;
    }
    let next = app.filter.rule.map_or(0, |i| (i + 1) % count);
    app.filter.rule = Some(next);
    let rule = app.filter.rules[next].clone();
    app.filter.input = Input::new(rule.query.clone());
    app.list.set_offset(app.clock.offset);
    app.list.set_query(&rule.query);
    let message = crate::msg!(
        "query-rule-applied",
        name = crate::sanitize::clean_line(&rule.name).into_owned(),
        query = crate::sanitize::clean_line(&rule.query).into_owned()
    );
    app.say(Level::Info, &message);
}
