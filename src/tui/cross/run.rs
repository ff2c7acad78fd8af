//! A batch started from the cross-article table: the confirmation's items
//! (each naming its article) go to `Effect::RunMulti`; the engine's item
//! results land on the (article, id) row they name, never on the article
//! table's row that merely shares the id.

use crate::api::wire::WriteOp;
use crate::batch::{ItemResult, ItemStatus, Summary};
use crate::msg;
use crate::tui::app::{App, Running};
use crate::tui::comments::Outcome;
use crate::tui::effect::Effect;
use crate::tui::log::Level;
use crate::tui::popup::Confirm;

/// Confirmed: run exactly the confirmation's items.
pub fn start(app: &mut App, confirm: Confirm, fx: &mut Vec<Effect>) {
    let Confirm { op, items, .. } = confirm;
    let Some(&(first, _)) = items.first() else {
        return;
    };
    app.batch.running = Some(Running {
        batch_id: None,
        op,
        article: first,
        progress: crate::batch::Progress {
            total: items.len(),
            ..Default::default()
        },
        cancelling: false,
        undo: false,
        settling: None,
    });
    app.batch.stop = None;
    app.batch.planning_undo = false;
    app.batch.show_progress = true;
    if let Some(cross) = app.cross.as_mut() {
        cross.batch = true;
        for row in &mut cross.rows {
            row.outcome = None;
        }
    }
    let mut articles: Vec<_> = items.iter().map(|(a, _)| *a).collect();
    articles.dedup();
    let text = msg!(
        "cross-log-running",
        verb = crate::tui::words::op_verb(op),
        count = items.len(),
        articles = articles.len()
    );
    app.say(Level::Info, &text);
    fx.push(Effect::RunMulti { op, items });
}

/// Whether the running batch is the cross table's (its items are not the
/// article table's rows).
pub fn owns(app: &App) -> bool {
    app.cross.as_ref().is_some_and(|c| c.batch)
}

fn outcome_of(item: &ItemResult) -> Outcome {
    match item.status {
        ItemStatus::Done | ItemStatus::Failed if item.is_verified() => Outcome::Verified {
            done: item.status == ItemStatus::Done,
        },
        ItemStatus::Done => Outcome::Done,
        ItemStatus::Failed => Outcome::Failed { code: item.errcode },
        ItemStatus::NotAttempted => Outcome::NotAttempted,
        ItemStatus::Unknown => Outcome::Unknown,
    }
}

/// One item's outcome on its row; a done one is unmarked and shows what the
/// server now holds.
pub fn item_finished(
    app: &mut App,
    op: WriteOp,
    item: &ItemResult,
    first: crate::api::wire::Article,
) {
    let Some(cross) = app.cross.as_mut() else {
        return;
    };
    let key = (item.article.unwrap_or(first), item.user_comment_id);
    let Some(row) = cross.rows.iter_mut().find(|r| r.key() == key) else {
        return;
    };
    row.outcome = Some(outcome_of(item));
    if item.status == ItemStatus::Done {
        match op {
            WriteOp::UnmarkElect => row.comment.comment_type = 0,
            WriteOp::MarkElect => row.comment.comment_type = 1,
            WriteOp::Delete | WriteOp::DeleteReply => {}
        }
        cross.marks.remove(&key);
    }
}

/// The batch ended: every outcome on its row (done and unknown ones
/// unmarked, failed and unsent ones stay marked), and the touched articles'
/// cached lists forgotten.
pub fn finished(app: &mut App, summary: &Summary) {
    for item in &summary.items {
        item_finished(app, summary.op, item, summary.article);
        if item.status == ItemStatus::Unknown
            && let Some(cross) = app.cross.as_mut()
        {
            let key = (
                item.article.unwrap_or(summary.article),
                item.user_comment_id,
            );
            cross.marks.remove(&key);
        }
    }
    let touched: Vec<_> = summary
        .items
        .iter()
        .map(|i| i.article.unwrap_or(summary.article))
        .collect();
    app.cross_cache.forget(&touched);
    if let Some(cross) = app.cross.as_mut() {
        cross.batch = false;
    }
}
