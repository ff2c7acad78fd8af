//! History in the console (`H`): the journal's batches, newest first, each
//! batch's items, and undo or retry of any batch of the current account from
//! there. The journal is read by an effect (`ReadHistory`); this module only
//! changes state: it opens the popup, takes the answer, moves, and turns `u`
//! and `r` into the same plans and confirmations as everywhere else.

use ratatui::layout::Rect;

use crate::api::wire::{Article, CommentId};
use crate::batch::{BatchDetail, RetryPlan};
use crate::i18n::Message;
use crate::msg;
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, Context};
use crate::tui::log::Level;
use crate::tui::msg::RetryAnswer;
use crate::tui::popup::{Confirm, PREVIEW, Popup};

/// At most this many batches are read into the popup (newest first).
pub const SHOWN: usize = 500;

/// The popup's value: what was read, which batch is highlighted, how far the
/// list and the items are scrolled, and a line saying why a key did nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    pub state: HistoryState,
    /// The highlighted batch (index into the newest-first list).
    pub selected: usize,
    /// The first batch shown (the wheel may move it on its own).
    pub scroll: usize,
    /// Enter: the highlighted batch's items, scrolled down this many lines.
    pub items: Option<usize>,
    /// Why `u` or `r` did not act (shown at the popup's foot).
    pub hint: Option<Message>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryState {
    /// `ReadHistory` has not answered yet.
    Reading,
    /// The journal could not be read: why.
    Failed(Message),
    Read(HistoryList),
}

/// What `ReadHistory` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryList {
    /// The account this console runs as, written as the journal writes it:
    /// only its batches can be undone or retried from here.
    pub account: String,
    /// The account's name and appid, as the journal records them (since
    /// accounts have names); `None` in a console without one.
    pub who: Option<crate::batch::JournalAccount>,
    /// Newest first, at most `SHOWN`.
    pub batches: Vec<BatchDetail>,
    /// Journal lines that could not be read (skipped).
    pub unreadable: usize,
}

impl HistoryList {
    /// Whether batch `b` ran as this console's account.
    /// This console's account as people read it: its name since accounts
    /// have names, else the journal's label.
    pub fn shown(&self) -> String {
        let name = self.who.as_ref().map_or(self.account.as_str(), |w| &w.name);
        crate::sanitize::clean_line(name).into_owned()
    }

    pub fn ours(&self, b: &BatchDetail) -> bool {
        match (&self.who, &b.overview.account_name) {
            (Some(who), Some(_)) => who.owns(&b.overview),
            // Batches journaled before accounts had names: by their label.
            _ => b.overview.account == self.account,
        }
    }
}

impl History {
    pub fn reading() -> History {
        History {
            state: HistoryState::Reading,
            selected: 0,
            scroll: 0,
            items: None,
            hint: None,
        }
    }

    pub fn list(&self) -> Option<&HistoryList> {
        match &self.state {
            HistoryState::Read(list) => Some(list),
            _ => None,
        }
    }

    /// The highlighted batch, once read.
    pub fn current(&self) -> Option<&BatchDetail> {
        self.list()?.batches.get(self.selected)
    }
}

/// Where the popup sits on a screen of `area`: all of it less a margin.
pub fn area(area: Rect) -> Rect {
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// Lines inside the popup's border on the current screen.
fn inner_height(app: &App) -> usize {
    usize::from(
        area(Rect::new(0, 0, app.size.0, app.size.1))
            .height
            .saturating_sub(2),
    )
}

/// Lines each batch takes in the list.
pub const LINES_PER_BATCH: usize = 2;

/// Batches the list shows at once: the inside less its head line and the
/// hint line.
pub fn batch_rows(app: &App) -> usize {
    (inner_height(app).saturating_sub(2) / LINES_PER_BATCH).max(1)
}

/// Item lines the items view shows at once: the inside less the batch's
/// two head lines, a blank line and the hint line.
pub fn item_rows(app: &App) -> usize {
    inner_height(app).saturating_sub(4).max(1)
}

/// `H`: open the popup and ask for the journal.
pub fn open(app: &mut App, fx: &mut Vec<Effect>) {
    app.popup = Some(Popup::History(Box::new(History::reading())));
    fx.push(Effect::ReadHistory);
}

/// `Msg::History`: fill the popup, if it is still open and waiting.
pub fn answered(app: &mut App, answer: Result<HistoryList, Message>) {
    let Some(Popup::History(history)) = &mut app.popup else {
        return;
    };
    if history.state != HistoryState::Reading {
        return;
    }
    history.state = match answer {
        Ok(list) => HistoryState::Read(list),
        Err(why) => HistoryState::Failed(why),
    };
}

/// A key while the history is open; returns the popup as it stays (or None).
pub fn on_key(
    app: &mut App,
    mut history: Box<History>,
    action: Option<Action>,
    fx: &mut Vec<Effect>,
) -> Option<Popup> {
    history.hint = None;
    let Some(action) = action else {
        return Some(Popup::History(history));
    };
    match action {
        Action::Close if history.items.is_some() => history.items = None,
        Action::Close => return None,
        Action::Open if history.current().is_some() => history.items = Some(0),
        Action::Undo => return undo(app, history, fx),
        Action::Retry => return retry(app, history, fx),
        _ => match history.items {
            Some(scroll) => {
                // The batch's facts may wrap onto up to two more lines.
                let page = item_rows(app).saturating_sub(2).max(1);
                let max = history
                    .current()
                    .map_or(0, |b| b.items.len().saturating_sub(page));
                history.items = Some(moved(scroll, action, item_rows(app), max));
            }
            None => {
                let last = history
                    .list()
                    .map_or(0, |l| l.batches.len().saturating_sub(1));
                history.selected = moved(history.selected, action, batch_rows(app), last);
                keep_in_view(&mut history, batch_rows(app));
            }
        },
    }
    Some(Popup::History(history))
}

/// `at` moved by a movement key, within `0..=max`.
fn moved(at: usize, action: Action, page: usize, max: usize) -> usize {
    let to = match action {
        Action::Up => at.saturating_sub(1),
        Action::Down => at.saturating_add(1),
        Action::PageUp => at.saturating_sub(page),
        Action::PageDown => at.saturating_add(page),
        Action::HalfPageUp => at.saturating_sub((page / 2).max(1)),
        Action::HalfPageDown => at.saturating_add((page / 2).max(1)),
        Action::Top => 0,
        Action::Bottom => max,
        _ => at,
    };
    to.min(max)
}

/// Scroll the list so the highlighted batch is in sight.
fn keep_in_view(history: &mut History, rows: usize) {
    if history.selected < history.scroll {
        history.scroll = history.selected;
    } else if history.selected >= history.scroll + rows {
        history.scroll = history.selected + 1 - rows;
    }
}

/// A batch's account as people read it: its name when the journal records
/// one, else its label. Journal text is untrusted: cleaned.
pub fn batch_account(o: &crate::batch::BatchOverview) -> String {
    let name = o.account_name.as_deref().unwrap_or(&o.account);
    crate::sanitize::clean_line(name).into_owned()
}

/// The highlighted batch's id if `u`/`r` may act on it now, else the popup
/// with a hint saying why not.
fn actionable(app: &App, history: &mut History) -> Option<String> {
    let list = history.list()?;
    let batch = list.batches.get(history.selected)?;
    let o = &batch.overview;
    let why = if !list.ours(batch) {
        msg!(
            "history-other-account",
            account = batch_account(o),
            current = list.shown()
        )
    } else if app.batch.running.is_some() {
        msg!("tui-log-busy")
    } else if app.batch.planning_undo {
        msg!("tui-log-undo-planning")
    } else {
        return Some(o.batch_id.clone());
    };
    history.hint = Some(why);
    None
}

/// `u`: plan the undo of the highlighted batch; the usual confirmation opens
/// when the journal answers (`table_keys::undo_planned`).
fn undo(app: &mut App, mut history: Box<History>, fx: &mut Vec<Effect>) -> Option<Popup> {
    let Some(id) = actionable(app, &mut history) else {
        return Some(Popup::History(history));
    };
    app.batch.planning_undo = true;
    app.say(
        Level::Info,
        &msg!("history-log-undo-looking", id = id.as_str()),
    );
    fx.push(Effect::PlanUndo { batch_id: Some(id) });
    None
}

/// `r`: plan the retry of the highlighted batch's failed and not-attempted
/// items; the confirmation opens when the journal answers (`retry_planned`).
fn retry(app: &mut App, mut history: Box<History>, fx: &mut Vec<Effect>) -> Option<Popup> {
    let Some(id) = actionable(app, &mut history) else {
        return Some(Popup::History(history));
    };
    // Said here, without a round trip: nothing failed, unsent or unknown
    // (an unknown item may still turn out not done once the list is read).
    if let Some(o) = history.current().map(|b| &b.overview)
        && o.failed + o.not_attempted + o.never_sent + o.unknown + o.sent_without_answer == 0
    {
        history.hint = Some(msg!("history-nothing-to-retry", count = o.done));
        return Some(Popup::History(history));
    }
    app.say(
        Level::Info,
        &msg!("history-log-retry-looking", id = id.as_str()),
    );
    fx.push(Effect::PlanRetry { batch_id: id });
    None
}

/// `Msg::RetryPlanned`: say what the settlement read found, then confirm the
/// retry (or say why there is nothing to retry).
pub fn retry_planned(app: &mut App, answer: RetryAnswer) {
    let RetryAnswer { settled, plan } = answer;
    crate::tui::table_keys::say_settled(app, &settled);
    let plan = match plan {
        Ok(plan) => plan,
        Err(why) => {
            app.say(Level::Warn, &why);
            return;
        }
    };
    // Something else started or opened meanwhile: the plan would be stale.
    if app.batch.running.is_some() || app.popup.is_some() {
        app.say(
            Level::Info,
            &msg!(
                "history-log-retry-dropped",
                id = plan.source.batch_id.as_str()
            ),
        );
        return;
    }
    app.popup = Some(Popup::Confirm(Box::new(retry_confirm(app, plan))));
}

fn retry_confirm(app: &App, plan: RetryPlan) -> Confirm {
    let mut confirm = Confirm::new(plan.op, plan.article, plan.ids.clone());
    confirm.preview = preview(app, confirm.article, &confirm.ids);
    confirm.retry = Some(Box::new(plan));
    confirm
}

/// The first comments of a batch that may be of another article than the
/// one in the table: id and content where the table has it. Comment ids are
/// numbered per article, so another article's ids are never looked up here.
pub fn preview(app: &App, article: Article, ids: &[CommentId]) -> Vec<(CommentId, String)> {
    let here = app.loads.loaded.is_some_and(|(a, _)| a == article);
    ids.iter()
        .take(PREVIEW)
        .map(|id| {
            let content = app.list.row(*id).filter(|_| here).map_or_else(
                || app.t("tui-confirm-not-in-table"),
                |r| r.comment.content.clone(),
            );
            (*id, content)
        })
        .collect()
}

/// How the keymap writes the keys of `action` in `context` ("u"), for
/// sentences that name them; the user's keymap may have changed them.
pub fn keys_of(app: &App, context: Context, action: Action) -> Option<String> {
    app.keymap
        .bindings(context)
        .find(|b| b.action == action)
        .map(|b| b.keys_label.clone())
}

/// `u` with nothing run in this console to undo: say how to pick an older
/// batch instead.
pub fn nothing_to_undo(app: &mut App) {
    let text = match keys_of(app, Context::Panes, Action::History) {
        Some(key) => msg!("history-log-undo-none", key = key),
        None => msg!("history-log-undo-none-unbound"),
    };
    app.say(Level::Warn, &text);
}

/// After a clean batch this console can undo: which key undoes it.
pub fn undo_hint(app: &mut App, batch_id: &str, op: crate::api::wire::WriteOp) {
    if let Some(key) = keys_of(app, Context::Panes, Action::Undo) {
        let text = msg!(
            "history-log-undo-hint",
            key = key,
            id = batch_id,
            op = op.name()
        );
        app.say(Level::Info, &text);
    }
}
