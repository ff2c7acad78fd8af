//! `wxmod undo [BATCH_ID]`: settle what the batch left unknown by reading the
//! list (also for `--dry-run`: the plan must be right), then re-elect
//! everything it changed, the comments the read found deselected included.
//! With nothing confirmed but items still unknown, the error names them.

use super::plan::{self, Plan};
use super::{
    CliError, journal_error, other_account_note, refuse_unless_confirmable, settle_note,
    tell_settled,
};
use crate::batch::{self, ItemState, UndoPlan};
use crate::cli::UndoArgs;
use crate::msg;
use crate::session::Session;

/// Ids shown in a note before the rest are counted.
const IDS_SHOWN: usize = 5;

/// "1, 2, 3, 4, 5, …"
pub(super) fn some_ids(ids: &[u64]) -> String {
    let mut shown: Vec<String> = ids.iter().take(IDS_SHOWN).map(u64::to_string).collect();
    if ids.len() > IDS_SHOWN {
        shown.push("…".into());
    }
    shown.join(", ")
}

pub(super) async fn prepare(session: &Session, args: &UndoArgs) -> Result<Plan, CliError> {
    // Before the settlement read: it costs list calls and writes the journal.
    refuse_unless_confirmable(&args.run)?;
    let journal = session.journal().map_err(journal_error)?;
    let client = &session.client;
    let (settled, undo) = batch::prepare_undo(client, &journal, args.batch_id.as_deref()).await;
    let settled = settle_note(&settled);
    let undo: UndoPlan = match undo {
        Ok(undo) => undo,
        Err(err) => {
            tell_settled(settled.as_ref(), session.lang);
            return Err(journal_error(err));
        }
    };
    let source = &undo.source;
    let loaded = plan::load_targets(client, undo.op, undo.article).await?;
    let (lines, mut notes) = plan::describe_ids(undo.op, &undo.ids, &loaded, session.offset);
    notes.insert(
        0,
        msg!(
            "cli-undo-of",
            batch = source.batch_id.as_str(),
            time = crate::cli::history::when(&source.time, session.offset),
            done = source.done,
            total = source.total
        ),
    );
    notes.extend(settled);
    let verified = journal.batch(&source.batch_id).map_or(0, |d| {
        d.items
            .iter()
            .filter(|i| i.verified && i.state == ItemState::Done)
            .filter(|i| undo.ids.contains(&i.user_comment_id))
            .count()
    });
    if verified > 0 {
        notes.push(msg!("cli-undo-verified", count = verified));
    }
    if let Ok(warnings) = journal.warnings()
        && !warnings.is_empty()
    {
        notes.push(msg!("cli-undo-unreadable-lines", count = warnings.len()));
    }
    if undo.already_reelected > 0 {
        notes.push(msg!(
            "cli-undo-already-reelected",
            count = undo.already_reelected,
            batches = source.undone_by.join(", ")
        ));
    }
    if !undo.uncertain.is_empty() {
        notes.push(msg!(
            "cli-undo-uncertain",
            count = undo.uncertain.len(),
            ids = some_ids(&undo.uncertain),
            id = undo.article.msg_data_id.to_string(),
            index = undo.article.index.to_string()
        ));
    }
    notes.extend(other_account_note(session, &source.account));
    notes.extend(plan::quota_note(client, undo.op, undo.ids.len()).await);
    Ok(Plan {
        op: undo.op,
        article: undo.article,
        article_desc: crate::article::ParsedArticle::plain(undo.article).message(None),
        headline: msg!(
            "cli-undo-headline",
            batch = source.batch_id.as_str(),
            count = undo.ids.len()
        ),
        ids: undo.ids.clone(),
        lines,
        notes,
        undo: Some(undo),
        retry: None,
    })
}
