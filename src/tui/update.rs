//! The pure heart of the console: `update(app, msg)` changes the state and says
//! which effects to run. It never touches the terminal, the network or a file;
//! keys are handled in `keys.rs`, batch events in `running.rs`.

use crate::api::wire::{Article, Comment};
use tui_input::Input;

use crate::api::{ApiError, ClientNotice};
use crate::i18n::{Localize, Message};
use crate::msg;
use crate::tui::app::{App, Focus, Loading};
use crate::tui::effect::Effect;
use crate::tui::log::Level;
use crate::tui::marks_history::{self, Snapshot};
use crate::tui::msg::Msg;
use crate::tui::popup::Popup;
use crate::tui::recent::{self, RecentArticle};
use crate::tui::transition::request_load;
use crate::tui::{keys, layout, running, table_keys, words};

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let mut fx = Vec::new();
    match msg {
        Msg::Key(key) => keys::on_key(app, key, &mut fx),
        Msg::Paste(text) => on_paste(app, &text),
        Msg::Resize(w, h) => app.size = (w, h),
        Msg::Tick => app.spinner = app.spinner.wrapping_add(1),
        Msg::Loaded { seq, result } => on_loaded(app, seq, result, &mut fx),
        Msg::Quota(Ok(quota)) => app.quota.left = Some(quota),
        // Said once: some accounts may not read quotas, and it would repeat after every batch.
        Msg::Quota(Err(err)) if !app.quota.warned => {
            app.quota.warned = true;
            let error = words::api_error(&err);
            app.say(Level::Warn, &msg!("tui-log-quota-unknown", error = error));
        }
        Msg::Quota(Err(_)) => {}
        Msg::Batch(event) => running::on_event(app, event, &mut fx),
        Msg::UndoPlanned(answer) => table_keys::undo_planned(app, answer),
        Msg::History(answer) => crate::tui::history::answered(app, answer),
        Msg::RetryPlanned(answer) => crate::tui::history::retry_planned(app, *answer),
        Msg::BatchNotStarted(why) => {
            app.batch.running = None;
            if app.popup == Some(Popup::CancelWhileRunning) {
                app.popup = None;
            }
            app.batch.show_progress = false;
            app.say(Level::Stop, &msg!("tui-log-not-started", why = why));
            if app.batch.quit_after {
                fx.push(Effect::Quit);
            }
        }
        // The client's notices come only this way (the engine does not
        // forward them for the console), batch or not: each is said once.
        Msg::Notice(notice) => {
            let level = match notice {
                ClientNotice::TokenRefreshed => Level::Info,
                _ => Level::Warn,
            };
            app.say(level, &notice.message());
        }
        Msg::Warning(text) => app.say(Level::Warn, &text),
        Msg::Mouse(mouse) => crate::tui::mouse::on_mouse(app, mouse, &mut fx),
        Msg::Articles(read) => {
            crate::tui::artlist::answered(app, *read, &mut fx);
            crate::tui::cross::after_articles(app, &mut fx);
        }
        Msg::LoadedOne {
            seq,
            article,
            result,
        } => crate::tui::cross::loaded_one(app, seq, article, result),
        Msg::LoadedAll { seq } => crate::tui::cross::loaded_all(app, seq),
        Msg::AccountSwitched(answer) => crate::tui::acctpick::switched(app, *answer),
        Msg::AccountSwitchFailed { name, why } => crate::tui::acctpick::failed(app, &name, why),
    }
    let height = layout::table_rows(app);
    app.list.scroll_to_cursor(height);
    fx
}

/// The effects of opening the console, optionally with an article already loading.
pub fn start(app: &mut App, article: Option<Article>) -> Vec<Effect> {
    let mut fx = vec![Effect::ReadQuota];
    if let Some(article) = article {
        app.bar.set_text(&article.msg_data_id.to_string());
        app.bar.choose_index(article.index);
        request_load(app, article, app.loads.kind, false, &mut fx);
    }
    fx
}

fn on_loaded(
    app: &mut App,
    seq: u64,
    result: Result<Vec<Comment>, ApiError>,
    fx: &mut Vec<Effect>,
) {
    let Some(loading) = app.loads.loading.filter(|l| l.seq == seq) else {
        return; // superseded by a newer load
    };
    app.loads.loading = None;
    let marks_before = Snapshot::of(app);
    let Loading {
        article,
        kind,
        after_batch,
        ..
    } = loading;
    let comments = match result {
        Ok(comments) => comments,
        Err(err) => {
            let text = msg!(
                "tui-log-load-failed",
                article = words::article(article),
                why = words::api_error(&err)
            );
            app.say(Level::Fail, &text);
            let text = crate::tui::artlist::load_failed(app, &err, text);
            if !after_batch {
                app.bar.error = Some(text);
            }
            return;
        }
    };
    let count = comments.len();
    let same = app.loads.loaded.is_some_and(|(a, _)| a == article);
    if after_batch && same {
        app.list.refresh(comments);
    } else {
        if !same {
            app.list.clear();
            app.list.set_query(app.filter.input.value());
        }
        app.list.replace(comments);
        app.batch.stop = None;
        app.batch.show_progress = false;
        if matches!(app.focus, Focus::Article | Focus::Index) {
            app.focus = Focus::Table;
        }
    }
    app.loads.loaded = Some((article, kind));
    app.bar.error = None;
    let loaded = if after_batch {
        Message::new("tui-log-reloaded")
    } else {
        Message::new("tui-log-loaded")
    };
    let loaded = loaded
        .arg("count", count)
        .arg("kind", words::kind(kind))
        .arg("article", words::article(article));
    app.say(Level::Info, &loaded);
    // After the load's line, so the log reads in order.
    marks_history::after_load(app, marks_before);
    let title = crate::tui::artlist::title_of(app, article).map(str::to_string);
    recent::remember(
        &mut app.recent,
        RecentArticle {
            article,
            loaded_at: app.clock.now,
            comments: count,
            kind: kind.label().to_string(),
            title,
        },
    );
    fx.push(Effect::SaveRecent(app.recent.clone()));
}

/// More than any id, link or search needs: a whole clipboard pasted by
/// mistake is cut here rather than filling the field.
pub const PASTE_MAX: usize = 4096;

/// Put `text` into `input` at its cursor, in one step (inserting it a
/// character at a time costs time quadratic in the field's length).
fn insert_text(input: &mut Input, text: &str) {
    let value = input.value();
    let cursor = input.cursor();
    let at = value
        .char_indices()
        .nth(cursor)
        .map_or(value.len(), |(i, _)| i);
    let joined = format!("{}{text}{}", &value[..at], &value[at..]);
    *input = Input::new(joined).with_cursor(cursor + text.chars().count());
}

/// Pasted text is data: control characters (newlines included) are dropped, so
/// a paste can fill a field but never press Enter.
fn on_paste(app: &mut App, text: &str) {
    let mut clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if let Some((cut, _)) = clean.char_indices().nth(PASTE_MAX) {
        clean.truncate(cut);
        app.say(Level::Warn, &msg!("tui-log-paste-cut", count = PASTE_MAX));
    }
    let clean = crate::sanitize::clean_line(clean.trim()).into_owned();
    match &mut app.popup {
        Some(Popup::Confirm(confirm)) if confirm.needs_typing() => {
            confirm
                .typed
                .extend(clean.chars().filter(char::is_ascii_digit));
            return;
        }
        Some(Popup::Articles(picker)) => {
            crate::tui::artlist::paste(picker, &clean);
            return;
        }
        Some(Popup::Find(find)) => {
            crate::tui::cross::search::paste(find, &clean);
            return;
        }
        Some(_) => return,
        None => {}
    }
    if app.filter.editing {
        insert_text(&mut app.filter.input, &clean);
        app.list.set_query(app.filter.input.value());
        return;
    }
    if app.focus == Focus::Article {
        insert_text(&mut app.bar.input, &clean);
        app.bar.error = None;
        app.bar.take_index_from_input();
    } else {
        // Pasting elsewhere means "this article": it replaces the input.
        app.bar.set_text(&clean);
        app.focus = Focus::Article;
    }
}
