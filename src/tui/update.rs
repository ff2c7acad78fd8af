//! The pure heart of the console: `update(app, msg)` changes the state and says
//! which effects to run. It never touches the terminal, the network or a file;
//! keys are handled in `keys.rs`, batch events in `running.rs`.

use crate::api::wire::{Article, Comment, CommentFilter};
use tui_input::Input;

use crate::api::{ApiError, catalog};
use crate::display::thousands;
use crate::sanitize::clean_line;
use crate::tui::app::{App, Focus, Loading};
use crate::tui::effect::Effect;
use crate::tui::log::Level;
use crate::tui::msg::Msg;
use crate::tui::popup::Popup;
use crate::tui::recent::{self, RecentArticle};
use crate::tui::{keys, layout, running, table_keys};

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let mut fx = Vec::new();
    match msg {
        Msg::Key(key) => keys::on_key(app, key, &mut fx),
        Msg::Paste(text) => on_paste(app, &text),
        Msg::Resize(w, h) => app.size = (w, h),
        Msg::Tick => app.spinner = app.spinner.wrapping_add(1),
        Msg::Loaded { seq, result } => on_loaded(app, seq, result, &mut fx),
        Msg::Quota(Ok(quota)) => app.quota = Some(quota),
        // Said once: some accounts may not read quotas, and it would repeat after every batch.
        Msg::Quota(Err(err)) if !app.quota_warned => {
            app.quota_warned = true;
            app.log_line(Level::Warn, &format!("quota unknown: {err}"));
        }
        Msg::Quota(Err(_)) => {}
        Msg::Batch(event) => running::on_event(app, event, &mut fx),
        Msg::UndoPlanned(plan) => table_keys::undo_planned(app, plan),
        Msg::BatchNotStarted(why) => {
            app.batch = None;
            app.show_progress = false;
            app.log_line(Level::Stop, &format!("the batch did not start: {why}"));
            if app.quit_after_batch {
                fx.push(Effect::Quit);
            }
        }
        Msg::Notice(text) => {
            // A running batch reports its own notices; the client's would repeat them.
            if app.batch.is_none() {
                app.log_line(Level::Info, &text);
            }
        }
        Msg::Warning(text) => app.log_line(Level::Warn, &text),
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
        request_load(app, article, app.kind, false, &mut fx);
    }
    fx
}

/// Ask for `article`'s comments; a newer request wins over an older one.
pub fn request_load(
    app: &mut App,
    article: Article,
    kind: CommentFilter,
    after_batch: bool,
    fx: &mut Vec<Effect>,
) {
    if app.batch.is_some() && !after_batch {
        app.log_line(
            Level::Warn,
            "a batch is running: wait for it to finish, or press Esc to cancel it",
        );
        return;
    }
    let seq = app.next_seq;
    app.next_seq += 1;
    app.loading = Some(Loading {
        seq,
        article,
        kind,
        after_batch,
    });
    fx.push(Effect::Load {
        seq,
        article,
        filter: kind,
    });
}

fn on_loaded(
    app: &mut App,
    seq: u64,
    result: Result<Vec<Comment>, ApiError>,
    fx: &mut Vec<Effect>,
) {
    let Some(loading) = app.loading.filter(|l| l.seq == seq) else {
        return; // superseded by a newer load
    };
    app.loading = None;
    let Loading {
        article,
        kind,
        after_batch,
        ..
    } = loading;
    let comments = match result {
        Ok(comments) => comments,
        Err(err) => {
            let text = format!("cannot load {article}: {}", load_failure(&err));
            app.log_line(Level::Fail, &text);
            if !after_batch {
                app.bar.error = Some(clean_line(&text).into_owned());
            }
            return;
        }
    };
    let count = comments.len();
    let same = app.loaded.is_some_and(|(a, _)| a == article);
    if after_batch && same {
        app.list.refresh(comments);
    } else {
        if !same {
            app.list.clear();
            app.list.set_query(app.filter_input.value());
        }
        app.list.replace(comments);
        app.stop = None;
        app.show_progress = false;
        if matches!(app.focus, Focus::Article | Focus::Index) {
            app.focus = Focus::Table;
        }
    }
    app.loaded = Some((article, kind));
    app.bar.error = None;
    let verb = if after_batch { "reloaded" } else { "loaded" };
    let noun = if count == 1 { "comment" } else { "comments" };
    app.log_line(
        Level::Info,
        &format!(
            "{verb} {} {} {noun} of {article}",
            thousands(count as u64),
            kind.label()
        ),
    );
    let title = app
        .recent
        .iter()
        .find(|r| r.article == article)
        .and_then(|r| r.title.clone());
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

/// Why a load failed, in the user's terms and short enough to read in full:
/// an errcode with its meaning and what to do (the endpoint and the server's
/// errmsg add nothing to that), or the client's message, which has its remedy.
fn load_failure(err: &ApiError) -> String {
    match err {
        ApiError::Api { code, errmsg, .. } => {
            let meaning = catalog::meaning(*code, errmsg);
            match catalog::lookup(*code) {
                Some(info) => format!(
                    "{code} {meaning} — {}",
                    crate::i18n::Lang::En.t(info.remedy)
                ),
                None => format!("{code} {meaning}"),
            }
        }
        other => other.to_string(),
    }
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
        let text = format!("the pasted text was cut to its first {PASTE_MAX} characters");
        app.log_line(Level::Warn, &text);
    }
    let clean = clean_line(clean.trim()).into_owned();
    match &mut app.popup {
        Some(Popup::Confirm(confirm)) if confirm.needs_typing() => {
            confirm
                .typed
                .extend(clean.chars().filter(char::is_ascii_digit));
            return;
        }
        Some(_) => return,
        None => {}
    }
    if app.filter_editing {
        insert_text(&mut app.filter_input, &clean);
        app.list.set_query(app.filter_input.value());
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
