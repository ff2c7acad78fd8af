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
        match (&self.account, &overview.account_name) {
            (Some(mine), Some(theirs)) => {
                mine.name == *theirs
                    && match (&mine.appid, &overview.appid) {
                        (Some(a), Some(b)) => a == b,
                        _ => true,
                    }
            }
            _ => true,
        }
    }

    /// Refuse a batch of another account, naming the account to pick.
    pub fn check_overview(&self, overview: &BatchOverview) -> Result<(), JournalError> {
        if self.is_mine(overview) {
            return Ok(());
        }
        let name = |n: &str| crate::sanitize::clean_line(n).into_owned();
        Err(JournalError::OtherAccount {
            batch: overview.batch_id.clone(),
            account: name(overview.account_name.as_deref().unwrap_or_default()),
            current: self
                .account
                .as_ref()
                .map_or(String::new(), |a| name(&a.name)),
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
