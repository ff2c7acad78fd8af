//! Switching the console to another account: open a session for it the way
//! the current one was opened (`Session::open_account`: the same flags,
//! `--account` replaced; the demo's accounts share its simulator), prove its
//! token works by reading the quota, and describe it for the update
//! (`acctpick::Switched`). The runtime then replaces its session and
//! executor. A failure keeps the account in use; its words carry the remedy.

use std::future::Future;

use crate::api::ApiError;
use crate::api::wire::WriteOp;
use crate::config::{AccountEntry, SourceKind};
use crate::i18n::{Localize, Message};
use crate::session::Session;
use crate::tui::acctpick::Switched;
use crate::tui::app::{App, Env};
use crate::tui::exec::Executor;
use crate::tui::msg::Msg;
use crate::tui::recent::{self, RecentArticle};

/// The new account's session and what the console shows of it.
pub struct Opened {
    pub session: Session,
    pub answer: Switched,
}

/// Where the console is pointed, for the header.
pub fn env_of(session: &Session) -> Env {
    Env {
        endpoint: session.client.api_base().to_string(),
        demo: session.is_demo(),
        token_label: session.header_label(),
    }
}

/// The accounts the picker offers, and the default. The account in use is
/// always among them (the environment alone may configure it).
pub fn accounts_of(session: &Session) -> (Vec<AccountEntry>, Option<String>) {
    let (mut list, default) = session.accounts().unwrap_or_default();
    let current = session.account();
    if !list.iter().any(|e| e.id.name == current.name) {
        let source = match &session.settings.token_source {
            Some(crate::api::TokenSource::Credentials { .. }) => SourceKind::Credentials,
            Some(crate::api::TokenSource::Command(_)) => SourceKind::Command,
            Some(crate::api::TokenSource::Ready(_)) => SourceKind::Ready,
            None => SourceKind::None,
        };
        list.insert(
            0,
            AccountEntry {
                id: current.clone(),
                source,
                api_base: session.client.api_base().to_string(),
            },
        );
    }
    (list, default)
}

/// Whether a failed quota read says the account cannot work at all (no
/// token, the IP whitelist, a rejected token) rather than that the quota
/// alone is not readable.
fn unusable(err: &ApiError) -> bool {
    match err {
        ApiError::Token(_) => true,
        ApiError::Api { code, .. } => {
            matches!(code, 40001 | 40013 | 40014 | 40125 | 40164 | 42001 | 61007)
        }
        _ => false,
    }
}

/// Open account `name` as `current` was opened and check it. Spawnable:
/// it borrows nothing from `current`.
pub fn open_account(
    current: &Session,
    name: &str,
) -> impl Future<Output = Result<Opened, Message>> + Send + 'static {
    let opening = current.open_account(name);
    async move {
        let session = opening.await.map_err(|err| err.message())?;
        let quota = session.client.quota(WriteOp::UnmarkElect.path()).await;
        if let Err(err) = &quota
            && unusable(err)
        {
            let appid = session.account().appid.clone().unwrap_or_default();
            return Err(crate::session::explain(err, &appid));
        }
        let (list, default) = accounts_of(&session);
        let answer = Switched {
            recent: recent_of(&session),
            account: session.account().clone(),
            env: env_of(&session),
            list,
            default,
            quota,
        };
        Ok(Opened { session, answer })
    }
}

/// Where opened accounts come back to the event loop: a `Session` is no
/// message (the update never holds one).
pub(super) struct Switches {
    pub tx: tokio::sync::mpsc::UnboundedSender<(String, Result<Opened, Message>)>,
}

/// A switch answered: on success the session and executor are replaced
/// (client, journal account, caches) and the update hears what to show.
pub(super) fn switched(
    app: &App,
    session: &mut Session,
    exec: &mut Executor,
    tx: &tokio::sync::mpsc::UnboundedSender<Msg>,
    name: String,
    opened: Result<Opened, Message>,
) -> Option<Msg> {
    match opened {
        // The update refuses to start a switch during a batch; one that
        // started meanwhile keeps its executor (and its journal account).
        Ok(_) if app.batch.running.is_some() => Some(Msg::AccountSwitchFailed {
            why: crate::msg!("acctpick-log-busy", name = name.as_str()),
            name,
        }),
        Ok(opened) => {
            *session = opened.session;
            *exec = Executor::new(session, tx.clone());
            exec.forward_client_notices();
            Some(Msg::AccountSwitched(Box::new(opened.answer)))
        }
        Err(why) => Some(Msg::AccountSwitchFailed { name, why }),
    }
}

#[cfg(test)]
#[path = "switch_tests.rs"]
mod tests;

/// The account's recent articles as saved; a first demo run offers the
/// simulator's articles of that account, so there is something to pick.
pub(crate) fn recent_of(session: &Session) -> Vec<RecentArticle> {
    let saved = recent::load(&session.recent_dir());
    let Some(demo) = session.demo.as_ref().filter(|_| saved.is_empty()) else {
        return saved;
    };
    let data = demo.control().snapshot();
    let articles = if session.account().name == crate::session::DEMO_SECOND_ACCOUNT_NAME {
        data.accounts.first().map_or(&[][..], |a| &a.articles[..])
    } else {
        &data.articles[..]
    };
    articles
        .iter()
        .take(recent::KEEP)
        .map(|a| RecentArticle {
            article: a.article(),
            loaded_at: 0,
            comments: a.elected_count(),
            kind: "elected".into(),
            title: Some(a.title.clone()),
        })
        .collect()
}
