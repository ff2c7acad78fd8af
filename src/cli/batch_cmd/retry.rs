//! `wxmod retry BATCH_ID`: settle what the batch left unknown by reading the
//! list, then send again only what is known not to have happened — failed,
//! not attempted, never sent, and what the read found not done. The plan says
//! what is sent and what is left out (done, still unknown), with counts.

use super::plan::{self, Plan};
use super::undo::some_ids;
use super::{
    CliError, journal_error, other_account_note, refuse_unless_confirmable, settle_note,
    tell_settled,
};
use crate::batch::{self, ItemState, JournalError, RetryPlan};
use crate::cli::{RetryArgs, op_title};
use crate::exit::out::err_line;
use crate::i18n::Message;
use crate::msg;
use crate::session::Session;

/// What the plan sends, by the state each id had in the source batch.
#[derive(Debug, Default, PartialEq, Eq)]
struct Sends {
    failed: usize,
    not_attempted: usize,
    never_sent: usize,
}

fn sends(plan: &RetryPlan, items: &[crate::batch::JournalItem]) -> Sends {
    let mut sends = Sends::default();
    for item in items
        .iter()
        .filter(|i| plan.ids.contains(&i.user_comment_id))
    {
        match item.state {
            // Verified not done is counted by the plan itself.
            ItemState::Failed if item.verified => {}
            ItemState::Failed => sends.failed += 1,
            ItemState::NotAttempted => sends.not_attempted += 1,
            ItemState::NeverSent => sends.never_sent += 1,
            _ => {}
        }
    }
    sends
}

/// The plan's notes on what is sent and what is left out.
fn contents(plan: &RetryPlan, sends: &Sends) -> Vec<Message> {
    let mut notes = vec![msg!(
        "cli-retry-sends",
        count = plan.ids.len(),
        failed = sends.failed,
        not_attempted = sends.not_attempted,
        never_sent = sends.never_sent,
        verified = plan.verified_not_done
    )];
    if plan.done > 0 || !plan.unknown.is_empty() {
        notes.push(msg!(
            "cli-retry-leaves-out",
            done = plan.done,
            unknown = plan.unknown.len(),
            ids = if plan.unknown.is_empty() {
                "none".to_string()
            } else {
                some_ids(&plan.unknown)
            }
        ));
    }
    notes
}

pub(super) async fn prepare(session: &Session, args: &RetryArgs) -> Result<Option<Plan>, CliError> {
    // Before the settlement read: it costs list calls and writes the journal.
    refuse_unless_confirmable(&args.run)?;
    let journal = session.journal().map_err(journal_error)?;
    let client = &session.client;
    let (settled, retry) = batch::prepare_retry(client, &journal, &args.batch_id).await;
    let settled = settle_note(&settled);
    let retry: RetryPlan = match retry {
        Ok(retry) => retry,
        // Nothing left to send is nothing to do (exit 0), said as such.
        Err(JournalError::NothingToRetry(why)) => {
            tell_settled(settled.as_ref(), session.lang);
            err_line(&crate::sanitize::clean_line(&session.lang.render(&why)));
            return Ok(None);
        }
        Err(err) => {
            tell_settled(settled.as_ref(), session.lang);
            return Err(journal_error(err));
        }
    };
    let source = &retry.source;
    let items = journal
        .batch(&source.batch_id)
        .map(|d| d.items)
        .unwrap_or_default();
    let (lines, mut notes, multi) = if retry.articles.is_empty() {
        let loaded = plan::load_targets(client, retry.op, retry.article).await?;
        let (lines, notes) = plan::describe_ids(retry.op, &retry.ids, &loaded, session.offset);
        (lines, notes, None)
    } else {
        let (items, lines) = super::multi::journal_items(
            &retry.ids,
            &retry.articles,
            &crate::cli::multi_load::known_articles(session),
        );
        (lines, Vec::new(), Some(items))
    };
    let mut head = vec![msg!(
        "cli-retry-of",
        batch = source.batch_id.as_str(),
        time = crate::cli::history::when(&source.time, session.offset),
        op = retry.op.name(),
        done = source.done,
        total = source.total
    )];
    head.extend(settled);
    head.extend(contents(&retry, &sends(&retry, &items)));
    notes.splice(0..0, head);
    notes.extend(other_account_note(session, &source.account));
    notes.extend(plan::quota_note(client, retry.op, retry.ids.len()).await);
    Ok(Some(Plan {
        op: retry.op,
        article: retry.article,
        article_desc: match &multi {
            Some(items) => super::multi::articles_desc(items),
            None => crate::article::ParsedArticle::plain(retry.article).message(None),
        },
        headline: msg!(
            "cli-retry-headline",
            batch = source.batch_id.as_str(),
            verb = op_title(retry.op),
            count = retry.ids.len()
        ),
        ids: retry.ids.clone(),
        lines,
        notes,
        undo: None,
        retry: Some(retry),
        multi,
        articles: Vec::new(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::{Article, WriteOp};
    use crate::batch::{BatchOverview, BatchState, JournalItem};
    use crate::i18n::Lang;

    fn item(id: u64, state: ItemState, verified: bool) -> JournalItem {
        JournalItem {
            user_comment_id: id,
            article: Article {
                msg_data_id: 5,
                index: 0,
            },
            state,
            errcode: None,
            errmsg: String::new(),
            attempts: 1,
            ms: 0,
            reason: Message::text(""),
            verified,
        }
    }

    fn retry_plan(ids: Vec<u64>, verified: usize, done: usize, unknown: Vec<u64>) -> RetryPlan {
        let article = Article {
            msg_data_id: 5,
            index: 0,
        };
        RetryPlan {
            source: BatchOverview {
                batch_id: "b1".into(),
                time: String::new(),
                op: WriteOp::UnmarkElect,
                article,
                account: String::new(),
                account_name: None,
                appid: None,
                concurrency: 4,
                undo_of: None,
                undone_by: Vec::new(),
                retry_of: None,
                total: 0,
                done: 0,
                failed: 0,
                not_attempted: 0,
                sent_without_answer: 0,
                never_sent: 0,
                unknown: 0,
                list_calls: 0,
                articles: 1,
                state: BatchState::Completed,
                file: Default::default(),
            },
            op: WriteOp::UnmarkElect,
            article,
            ids,
            articles: Vec::new(),
            verified_not_done: verified,
            done,
            unknown,
        }
    }

    #[test]
    fn the_plan_counts_what_is_sent_and_what_is_left_out() {
        let items = [
            item(1, ItemState::Failed, false),
            item(2, ItemState::Failed, true),
            item(3, ItemState::NotAttempted, false),
            item(4, ItemState::NeverSent, false),
            item(5, ItemState::Done, true),
            item(6, ItemState::Unknown, true),
        ];
        let plan = retry_plan(vec![1, 2, 3, 4], 1, 1, vec![6]);
        let sent = sends(&plan, &items);
        assert_eq!(
            sent,
            Sends {
                failed: 1,
                not_attempted: 1,
                never_sent: 1
            }
        );
        let notes: Vec<String> = contents(&plan, &sent)
            .iter()
            .map(|m| Lang::En.render(m))
            .collect();
        assert_eq!(
            notes,
            [
                "sends 4 comments: 1 failed, 1 not attempted, 1 never sent, 1 found not done by reading the list",
                "leaves out 1 done, 1 still unknown (6): sending it again could do it twice"
            ]
        );
        let zh: Vec<String> = contents(&plan, &sent)
            .iter()
            .map(|m| Lang::Zh.render(m))
            .collect();
        assert!(
            zh[0].contains("发送 4 条") && zh[1].contains("1 条结果仍未知"),
            "{zh:?}"
        );
        let only_failed = retry_plan(vec![1], 0, 0, Vec::new());
        let notes = contents(&only_failed, &sends(&only_failed, &items));
        assert_eq!(notes.len(), 1, "nothing left out, nothing said");
    }
}
