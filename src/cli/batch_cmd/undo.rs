//! `wxmod undo [BATCH_ID]`: settle what the batch left unknown by reading the
//! list (also for `--dry-run`: the plan must be right), then put back
//! everything it changed, the comments the read found changed included:
//! re-elect what a deselecting batch removed, deselect what an electing one
//! added.
//! With nothing confirmed but items still unknown, the error names them.

use super::plan::{self, Plan};
use super::{
    CliError, journal_error, other_account_note, refuse_unless_confirmable, settle_note,
    tell_settled,
};
use crate::api::wire::WriteOp;
use crate::batch::{self, ItemState, UndoPlan};
use crate::cli::UndoArgs;
use crate::i18n::Message;
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
    let (lines, mut notes, multi) = if undo.articles.is_empty() {
        let loaded = plan::load_targets(client, undo.op, undo.article).await?;
        let (lines, notes) = plan::describe_ids(undo.op, &undo.ids, &loaded, session.offset);
        (lines, notes, None)
    } else {
        let (items, lines) = super::multi::journal_items(
            &undo.ids,
            &undo.articles,
            &crate::cli::multi_load::known_articles(session),
        );
        (lines, Vec::new(), Some(items))
    };
    // An electing batch is undone by deselecting: its own words.
    let elect = source.op == WriteOp::MarkElect;
    let pick = |deselect: &'static str, elect_id: &'static str| {
        Message::new(if elect { elect_id } else { deselect })
    };
    notes.insert(
        0,
        pick("cli-undo-of", "cli-undo-elect-of")
            .arg("batch", source.batch_id.as_str())
            .arg(
                "time",
                crate::cli::history::when(&source.time, session.offset),
            )
            .arg("done", source.done)
            .arg("total", source.total),
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
        notes.push(pick("cli-undo-verified", "cli-undo-elect-verified").arg("count", verified));
    }
    if let Ok(warnings) = journal.warnings()
        && !warnings.is_empty()
    {
        notes.push(msg!("cli-undo-unreadable-lines", count = warnings.len()));
    }
    if undo.already_reelected > 0 {
        notes.push(
            pick("cli-undo-already-reelected", "cli-undo-already-deselected")
                .arg("count", undo.already_reelected)
                .arg("batches", source.undone_by.join(", ")),
        );
    }
    if !undo.uncertain.is_empty() {
        notes.push(
            pick("cli-undo-uncertain", "cli-undo-elect-uncertain")
                .arg("count", undo.uncertain.len())
                .arg("ids", some_ids(&undo.uncertain))
                .arg("id", undo.article.msg_data_id.to_string())
                .arg("index", undo.article.index.to_string()),
        );
    }
    notes.extend(other_account_note(session, &source.account));
    notes.extend(plan::quota_note(client, undo.op, undo.ids.len()).await);
    Ok(Plan {
        op: undo.op,
        article: undo.article,
        article_desc: match &multi {
            Some(items) => super::multi::articles_desc(items),
            None => crate::article::ParsedArticle::plain(undo.article).message(None),
        },
        headline: pick("cli-undo-headline", "cli-undo-elect-headline")
            .arg("batch", source.batch_id.as_str())
            .arg("count", undo.ids.len()),
        ids: undo.ids.clone(),
        lines,
        notes,
        undo: Some(undo),
        retry: None,
        multi,
        articles: Vec::new(),
    })
}
