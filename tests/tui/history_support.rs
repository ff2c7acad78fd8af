//! The journal's batches as the history popup receives them: five batches
//! of two accounts (a stopped one with a failure, an undo and the batch it
//! undid on another article, an interrupted one), and a retry plan.

use wxmod::api::wire::{Article, WriteOp};
use wxmod::batch::{
    BatchDetail, BatchOverview, BatchState, ItemState, JournalItem, RetryPlan, StopReason,
};
use wxmod::i18n::Message;
use wxmod::tui::history::HistoryList;
use wxmod::tui::msg::{RetryAnswer, Settled};
use wxmod::tui::{App, Effect, Msg};

use crate::support::*;

/// The account this console runs as, as the journal writes it.
pub const ACCOUNT: &str = "wx12345678";
/// Another article of the same message.
pub const OTHER: Article = Article {
    msg_data_id: 2_247_483_661,
    index: 1,
};
pub const NEWEST: &str = "20250314-092000-c3d4";
pub const UNDO: &str = "20250314-091500-e5f6";
pub const UNDONE: &str = "20250314-091000-a7b8";
pub const INTERRUPTED: &str = "20250313-180000-9abc";
pub const FOREIGN: &str = "20250313-120000-def0";

pub fn jitem(id: u64, state: ItemState, errcode: Option<i64>) -> JournalItem {
    JournalItem {
        user_comment_id: id,
        article: ARTICLE,
        state,
        errcode,
        errmsg: if errcode == Some(88008) {
            "comment is not exists".into()
        } else {
            String::new()
        },
        attempts: u32::from(state != ItemState::NeverSent),
        ms: 40,
        // As the journal reader words it: the stop's short reason.
        reason: match state {
            ItemState::NotAttempted => StopReason::Cancelled.short_message(),
            _ => Message::text(""),
        },
        verified: false,
    }
}

fn batch(
    id: &str,
    time: &str,
    op: WriteOp,
    article: Article,
    account: &str,
    state: BatchState,
    items: Vec<JournalItem>,
) -> BatchDetail {
    let count = |s| items.iter().filter(|i| i.state == s).count();
    BatchDetail {
        overview: BatchOverview {
            batch_id: id.into(),
            time: time.into(),
            op,
            article,
            account: account.into(),
            account_name: None,
            appid: None,
            concurrency: 4,
            undo_of: None,
            undone_by: vec![],
            retry_of: None,
            total: items.len(),
            done: count(ItemState::Done),
            failed: count(ItemState::Failed),
            not_attempted: count(ItemState::NotAttempted),
            sent_without_answer: count(ItemState::SentWithoutAnswer),
            never_sent: count(ItemState::NeverSent),
            unknown: count(ItemState::Unknown),
            list_calls: 0,
            articles: 1,
            state,
            file: "journal/2025-03.jsonl".into(),
        },
        items,
    }
}

/// Five batches, newest first: one with a failure and a stop, an undo, the
/// batch it undid (another article), an interrupted one, and one of
/// another account.
pub fn history_list() -> HistoryList {
    let newest = batch(
        NEWEST,
        "2025-03-14T01:20:00Z",
        WriteOp::UnmarkElect,
        ARTICLE,
        ACCOUNT,
        BatchState::Stopped {
            reason: StopReason::Cancelled,
        },
        vec![
            jitem(1001, ItemState::Done, Some(0)),
            jitem(1002, ItemState::Failed, Some(88008)),
            jitem(1003, ItemState::NotAttempted, None),
        ],
    );
    let mut undo = batch(
        UNDO,
        "2025-03-14T01:15:00Z",
        WriteOp::MarkElect,
        OTHER,
        ACCOUNT,
        BatchState::Completed,
        vec![
            jitem(4386, ItemState::Done, Some(0)),
            jitem(4387, ItemState::Done, Some(0)),
        ],
    );
    undo.overview.undo_of = Some(UNDONE.into());
    let mut undone = batch(
        UNDONE,
        "2025-03-14T01:10:00Z",
        WriteOp::UnmarkElect,
        OTHER,
        ACCOUNT,
        BatchState::Completed,
        vec![
            jitem(4386, ItemState::Done, Some(0)),
            jitem(4387, ItemState::Done, Some(0)),
        ],
    );
    undone.overview.undone_by = vec![UNDO.into()];
    let interrupted = batch(
        INTERRUPTED,
        "2025-03-13T10:00:00Z",
        WriteOp::UnmarkElect,
        ARTICLE,
        ACCOUNT,
        BatchState::Interrupted,
        vec![
            jitem(1004, ItemState::Done, Some(0)),
            jitem(1005, ItemState::SentWithoutAnswer, None),
            jitem(1006, ItemState::NeverSent, None),
        ],
    );
    let foreign = batch(
        FOREIGN,
        "2025-03-13T04:00:00Z",
        WriteOp::UnmarkElect,
        ARTICLE,
        "wx12999999",
        BatchState::Completed,
        vec![jitem(1007, ItemState::Done, Some(0))],
    );
    HistoryList {
        account: ACCOUNT.into(),
        who: None,
        batches: vec![newest, undo, undone, interrupted, foreign],
        unreadable: 0,
    }
}

/// `app` with the history open and read.
pub fn opened(mut app: App) -> App {
    let fx = send(&mut app, [ch('H')]);
    assert_eq!(fx, vec![Effect::ReadHistory]);
    send(&mut app, [Msg::History(Ok(history_list()))]);
    app
}

/// What the journal would answer for retrying `NEWEST`.
pub fn retry_plan() -> RetryPlan {
    let source = history_list().batches[0].overview.clone();
    RetryPlan {
        source,
        op: WriteOp::UnmarkElect,
        article: ARTICLE,
        ids: vec![1002, 1003],
        articles: vec![],
        verified_not_done: 0,
        done: 1,
        unknown: vec![],
    }
}

pub fn retry_planned(plan: RetryPlan) -> Msg {
    Msg::RetryPlanned(Box::new(RetryAnswer {
        settled: Settled::NotNeeded,
        plan: Ok(plan),
    }))
}
