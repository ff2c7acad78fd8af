//! The account picker (`A`): the configured accounts (name, display name,
//! appid, token source — never a secret), which one is in use, and Enter to
//! switch. Switching is the runtime's (`Effect::SwitchAccount`); its answer
//! resets what is shown, since nothing loaded belongs to the new account:
//! the list, the marks (and `Ctrl-z`'s steps), `u`'s batch, the quota.
//! Pure state changes, like `update`.

use crate::api::ApiError;
use crate::api::wire::Quota;
use crate::config::{AccountEntry, AccountId};
use crate::i18n::Message;
use crate::msg;
use crate::tui::app::{App, ArticleBar, Env, Focus, QuotaState};
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::log::Level;
use crate::tui::marks_history::MarksHistory;
use crate::tui::popup::Popup;
use crate::tui::words;

/// The accounts the picker offers and the one in use. The runtime fills it
/// from the session (the config's accounts, or the demo's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Accounts {
    pub list: Vec<AccountEntry>,
    /// The account in use (its config name).
    pub current: String,
    /// The one a run without `--account` uses.
    pub default: Option<String>,
    /// A switch asked for and not answered yet.
    pub switching: Option<String>,
}

/// What the runtime learnt opening the new account: who it is, where it
/// calls, the accounts as now configured, and the quota read that proved
/// the token works.
#[derive(Debug, Clone)]
pub struct Switched {
    /// The account's own recent articles.
    pub recent: Vec<crate::tui::recent::RecentArticle>,
    pub account: AccountId,
    pub env: Env,
    pub list: Vec<AccountEntry>,
    pub default: Option<String>,
    pub quota: Result<Quota, ApiError>,
}

/// `A`: open the picker on the account in use.
pub fn open(app: &mut App) {
    if app.accounts.list.is_empty() {
        app.say(Level::Warn, &msg!("acctpick-log-none"));
        return;
    }
    let selected = app
        .accounts
        .list
        .iter()
        .position(|e| e.id.name == app.accounts.current)
        .unwrap_or(0);
    app.popup = Some(Popup::Accounts { selected });
}

/// Keys in the picker.
pub fn on_key(
    app: &mut App,
    selected: usize,
    action: Option<Action>,
    fx: &mut Vec<Effect>,
) -> Option<Popup> {
    let last = app.accounts.list.len().saturating_sub(1);
    match action {
        Some(Action::Close) => None,
        Some(Action::Up) => Some(Popup::Accounts {
            selected: selected.saturating_sub(1),
        }),
        Some(Action::Down) => Some(Popup::Accounts {
            selected: (selected + 1).min(last),
        }),
        Some(Action::SwitchAccount) => {
            let name = app.accounts.list.get(selected)?.id.name.clone();
            ask_switch(app, name, fx)
        }
        _ => Some(Popup::Accounts { selected }),
    }
}

/// Switch to `name`, unless a batch runs (refused) or comments are marked
/// (asked first: the marks do not go along).
fn ask_switch(app: &mut App, name: String, fx: &mut Vec<Effect>) -> Option<Popup> {
    if let Some(opening) = &app.accounts.switching {
        let text = msg!("acctpick-log-switching", name = opening.as_str());
        app.say(Level::Info, &text);
        return None;
    }
    if name == app.accounts.current {
        app.say(Level::Info, &msg!("acctpick-log-same", name = name));
        return None;
    }
    if app.batch.running.is_some() {
        app.say(Level::Warn, &msg!("acctpick-log-busy", name = name));
        return None;
    }
    let count = marks(app);
    if count > 0 {
        return Some(Popup::SwitchWithMarks { name, count });
    }
    switch(app, name, fx);
    None
}

/// The marks a switch drops: the article table's and the cross table's (as
/// quitting counts them).
fn marks(app: &App) -> usize {
    app.list.marked_count() + app.cross.as_ref().map_or(0, |c| c.marked().len())
}

/// The question "switch and drop the marks?".
pub fn on_ask(
    app: &mut App,
    name: String,
    count: usize,
    action: Option<Action>,
    fx: &mut Vec<Effect>,
) -> Option<Popup> {
    match action {
        Some(Action::ConfirmYes) => {
            // A batch may have started meanwhile from nowhere else, but check.
            if app.batch.running.is_some() {
                app.say(Level::Warn, &msg!("acctpick-log-busy", name = name));
                return None;
            }
            switch(app, name, fx);
            None
        }
        Some(Action::ConfirmNo) => None,
        _ => Some(Popup::SwitchWithMarks { name, count }),
    }
}

fn switch(app: &mut App, name: String, fx: &mut Vec<Effect>) {
    app.say(
        Level::Info,
        &msg!("acctpick-log-switching", name = name.as_str()),
    );
    app.accounts.switching = Some(name.clone());
    fx.push(Effect::SwitchAccount(name));
}

/// The new account is open: nothing shown belongs to it any more.
pub fn switched(app: &mut App, answer: Switched) {
    let dropped = marks(app);
    let from = std::mem::take(&mut app.accounts.current);
    app.accounts = Accounts {
        list: answer.list,
        current: answer.account.name.clone(),
        default: answer.default,
        switching: None,
    };
    app.env = answer.env;
    app.recent = answer.recent;
    // A confirmation or the history open now is of the old account.
    app.popup = None;
    app.list.clear();
    app.list.set_query(app.filter.input.value());
    app.loads.loaded = None;
    // A load of the old account still in flight is ignored when it answers.
    app.loads.loading = None;
    // Ctrl-z must never bring another account's marks into this one.
    app.marks_history = MarksHistory::default();
    app.bar = ArticleBar::default();
    app.focus = Focus::Article;
    app.batch.undoable = None;
    app.batch.last = None;
    app.batch.planning_undo = false;
    app.batch.stop = None;
    app.batch.show_progress = false;
    app.quota = QuotaState::default();
    // The article list is the old account's; a read of it still in flight is
    // ignored when it answers.
    app.articles = crate::tui::artlist::Articles {
        days: app.articles.days,
        ..Default::default()
    };
    // The cross-article table and its lists are the old account's too (a
    // load of them still in flight is ignored: its seq is gone).
    app.cross = None;
    app.cross_cache = crate::tui::cross::ListCache::default();
    let name = answer.account.name.as_str();
    let text = match &answer.account.display_name {
        Some(display) => msg!(
            "acctpick-log-switched-named",
            name = name,
            display = crate::sanitize::clean_line(display).into_owned(),
            from = from.as_str()
        ),
        None => msg!("acctpick-log-switched", name = name, from = from.as_str()),
    };
    app.say(Level::Info, &text);
    if dropped > 0 {
        app.say(
            Level::Warn,
            &msg!("acctpick-log-marks-dropped", count = dropped, from = from),
        );
    }
    match answer.quota {
        Ok(quota) => app.quota.left = Some(quota),
        Err(err) => {
            app.quota.warned = true;
            let error = words::api_error(&err);
            app.say(Level::Warn, &msg!("tui-log-quota-unknown", error = error));
        }
    }
}

/// The switch failed: the account in use stays, and the log says why.
pub fn failed(app: &mut App, name: &str, why: Message) {
    app.accounts.switching = None;
    app.say(
        Level::Fail,
        &msg!(
            "acctpick-log-failed",
            name = name,
            current = app.accounts.current.as_str(),
            why = why
        ),
    );
}
