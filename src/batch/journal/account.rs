//! Which account ran a batch: recorded on every batch a `Journal` starts, and
//! checked before an undo or a retry, so one account's batch is never sent
//! again as another's (the comments belong to the first).

use super::read::{BatchDetail, BatchOverview};
use super::{Journal, JournalError};

/// The account as the journal records it (`account_name`, `appid`). Never a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalAccount {
    pub name: String,
    pub appid: Option<String>,
}

impl JournalAccount {
    /// Whether `overview` ran under this account (same name, and same appid
    /// when both are known). Batches of older versions name no account: they
    /// pass.
    pub fn owns(&self, overview: &BatchOverview) -> bool {
        match &overview.account_name {
            Some(theirs) => {
                self.name == *theirs
                    && match (&self.appid, &overview.appid) {
                        (Some(a), Some(b)) => a == b,
                        _ => true,
                    }
            }
            None => true,
        }
    }
}

impl Journal {
    /// This journal, recording `account` on the batches it starts and
    /// refusing to undo or retry batches of another account.
    pub fn for_account(mut self, account: JournalAccount) -> Journal {
        self.account = Some(account);
        self
    }

    pub fn account(&self) -> Option<&JournalAccount> {
        self.account.as_ref()
    }

    /// Whether `overview` ran under this journal's account. Batches of older
    /// versions name no account: they pass (their `account` label is shown).
    fn is_mine(&self, overview: &BatchOverview) -> bool {
        self.account.as_ref().is_none_or(|mine| mine.owns(overview))
    }

    /// Refuse a batch of another account, naming the account to pick.
    pub fn check_overview(&self, overview: &BatchOverview) -> Result<(), JournalError> {
        if self.is_mine(overview) {
            return Ok(());
        }
        let name = |n: &str| crate::sanitize::clean_line(n).into_owned();
        let theirs = name(overview.account_name.as_deref().unwrap_or_default());
        let mine = self.account.as_ref();
        if mine.is_some_and(|m| name(&m.name) == theirs) {
            return Err(JournalError::OtherAppid {
                batch: overview.batch_id.clone(),
                account: theirs,
                then: name(overview.appid.as_deref().unwrap_or_default()),
                now: name(mine.and_then(|m| m.appid.as_deref()).unwrap_or_default()),
            });
        }
        Err(JournalError::OtherAccount {
            batch: overview.batch_id.clone(),
            account: theirs,
            current: mine.map_or(String::new(), |a| name(&a.name)),
        })
    }

    /// `check_overview` for batch `id` (a unique prefix); a batch that is not
    /// found passes here, and the caller's own lookup reports it.
    pub fn check_account(&self, id: &str) -> Result<(), JournalError> {
        if self.account.is_none() {
            return Ok(());
        }
        match self.batch(id) {
            Ok(detail) => self.check_overview(&detail.overview),
            Err(_) => Ok(()),
        }
    }

    /// The batches of this journal's account (all, without one), for the
    /// choices made without a batch id (the latest batch to undo).
    pub(crate) fn mine(&self, details: Vec<BatchDetail>) -> Vec<BatchDetail> {
        details
            .into_iter()
            .filter(|d| self.is_mine(&d.overview))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::record::Record;
    use super::*;

    #[test]
    fn old_lines_read_without_an_account_and_new_ones_keep_the_old_keys() {
        let old = r#"{"type":"batch_started","batch":"b","time":"t","op":"unmark_elect","article":{"msg_data_id":5,"index":0},"ids":[1],"account":"ready token @ https://x","concurrency":2,"pid":0}"#;
        let Record::BatchStarted(mut started) = serde_json::from_str::<Record>(old).unwrap() else {
            panic!("not a start");
        };
        assert_eq!(
            (started.account_name.as_deref(), started.appid.as_deref()),
            (None, None)
        );
        // Written again unchanged: the new keys appear only when known.
        let line = serde_json::to_string(&Record::BatchStarted(started.clone())).unwrap();
        assert!(
            !line.contains("account_name") && !line.contains("appid"),
            "{line}"
        );
        started.account_name = Some("shop".into());
        started.appid = Some("wx1".into());
        let line = serde_json::to_string(&Record::BatchStarted(started)).unwrap();
        assert!(
            line.contains(
                r#""account":"ready token @ https://x","account_name":"shop","appid":"wx1""#
            ),
            "{line}"
        );
    }

    #[test]
    fn a_batch_of_another_account_is_refused_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let who = |name: &str, appid: &str| JournalAccount {
            name: name.into(),
            appid: Some(appid.into()),
        };
        let journal = Journal::open(dir.path())
            .unwrap()
            .for_account(who("brand", "wxB"));
        let overview = |name: Option<&str>, appid: Option<&str>| BatchOverview {
            batch_id: "20261203-101500-abcd".into(),
            time: String::new(),
            op: crate::api::wire::WriteOp::UnmarkElect,
            article: crate::api::wire::Article {
                msg_data_id: 5,
                index: 0,
            },
            account: String::new(),
            account_name: name.map(Into::into),
            appid: appid.map(Into::into),
            concurrency: 1,
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
            state: super::super::BatchState::Completed,
            file: Default::default(),
        };
        assert!(
            journal
                .check_overview(&overview(Some("brand"), Some("wxB")))
                .is_ok()
        );
        assert!(
            journal.check_overview(&overview(None, None)).is_ok(),
            "older batches pass"
        );
        let e = journal
            .check_overview(&overview(Some("shop"), Some("wxS")))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("\"shop\"") && e.contains("--account shop"),
            "{e}"
        );
        // Same name, another appid (the config was edited): not the same account.
        let e = journal
            .check_overview(&overview(Some("brand"), Some("wxOther")))
            .unwrap_err()
            .to_string();
        assert!(e.contains("wxOther") && e.contains("wxB"), "{e}");
    }
}
