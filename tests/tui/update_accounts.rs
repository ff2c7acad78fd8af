//! The account picker (`A`) through the pure update: it lists the configured
//! accounts, Enter asks the runtime to switch, and the answer resets what is
//! shown — nothing loaded, marked or undoable belongs to the new account.
//! A running batch refuses the switch; marks ask first; a failed switch
//! keeps the account in use.

use ratatui::crossterm::event::KeyCode;
use wxmod::api::wire::Quota;
use wxmod::config::{AccountEntry, AccountId, SourceKind};
use wxmod::i18n::{Lang, Message};
use wxmod::tui::acctpick::{Accounts, Switched};
use wxmod::tui::keymap::Context;
use wxmod::tui::popup::Popup;
use wxmod::tui::{App, Effect, Env, Msg};

use crate::support::*;

fn entry(name: &str, display: Option<&str>, appid: &str, source: SourceKind) -> AccountEntry {
    AccountEntry {
        id: AccountId {
            name: name.into(),
            display_name: display.map(Into::into),
            appid: Some(appid.into()),
        },
        source,
        api_base: "https://api.weixin.qq.com".into(),
    }
}

/// A config of two accounts, `shop` in use (and the default).
pub fn two_accounts(app: &mut App) {
    app.accounts = Accounts {
        list: vec![
            entry(
                "brand",
                Some("品牌号 Brand"),
                "wx2222222222222222",
                SourceKind::Command,
            ),
            entry("shop", None, "wx1111111111111111", SourceKind::Credentials),
        ],
        current: "shop".into(),
        default: Some("shop".into()),
        switching: None,
    };
}

/// What the runtime answers once `brand` is open.
pub fn switched_to_brand(app: &App) -> Msg {
    Msg::AccountSwitched(Box::new(Switched {
        // brand's own recent articles: one it loaded before.
        recent: vec![wxmod::tui::recent::RecentArticle {
            article: wxmod::api::wire::Article {
                msg_data_id: 2_650_000_117,
                index: 0,
            },
            loaded_at: NOW - 3_600,
            comments: 4,
            kind: "elected".into(),
            title: Some("品牌新品发布".into()),
        }],
        account: AccountId {
            name: "brand".into(),
            display_name: Some("品牌号 Brand".into()),
            appid: Some("wx2222222222222222".into()),
        },
        env: Env {
            endpoint: "https://api.weixin.qq.com".into(),
            demo: false,
            token_label: Message::new("accounts-header-named")
                .arg("name", "brand")
                .arg("display", "品牌号 Brand")
                .arg("source", Message::new("accounts-source-command")),
        },
        list: app.accounts.list.clone(),
        default: app.accounts.default.clone(),
        quota: Ok(Quota {
            daily_limit: 2000,
            used: 5,
            remain: 1995,
        }),
    }))
}

fn log_text(app: &App) -> String {
    app.log
        .lines()
        .iter()
        .map(|l| l.text.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_opens_the_picker_on_the_account_in_use() {
    let mut app = loaded();
    two_accounts(&mut app);
    send(&mut app, [ch('A')]);
    assert_eq!(app.popup, Some(Popup::Accounts { selected: 1 }));
    assert_eq!(app.key_chain(), vec![Context::Accounts]);
    send(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(app.popup, None);
}

#[test]
fn enter_on_another_account_asks_the_runtime_to_switch() {
    let mut app = loaded();
    two_accounts(&mut app);
    let fx = send(&mut app, [ch('A'), ch('k'), key(KeyCode::Enter)]);
    assert_eq!(fx, vec![Effect::SwitchAccount("brand".into())]);
    assert_eq!(app.popup, None);
    assert_eq!(app.accounts.switching.as_deref(), Some("brand"));
    // While it opens, another Enter asks nothing more.
    let fx = send(&mut app, [ch('A'), key(KeyCode::Enter)]);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(app.accounts.switching.as_deref(), Some("brand"));
    // The account in use is not switched to again.
    app.accounts.switching = None;
    let fx = send(&mut app, [ch('A'), key(KeyCode::Enter)]);
    assert!(fx.is_empty(), "{fx:?}");
    assert!(log_text(&app).contains("account shop is already in use"));
}

#[test]
fn the_answer_resets_list_marks_undo_quota_and_header() {
    let mut app = loaded();
    two_accounts(&mut app);
    send(&mut app, [ch(' '), ch(' ')]);
    app.batch.undoable = Some("20250314-092653-a1b2".into());
    // Marks ask first; "y" switches.
    send(&mut app, [ch('A'), ch('k'), key(KeyCode::Enter)]);
    assert_eq!(
        app.popup,
        Some(Popup::SwitchWithMarks {
            name: "brand".into(),
            count: 2
        })
    );
    let fx = send(&mut app, [ch('y')]);
    assert_eq!(fx, vec![Effect::SwitchAccount("brand".into())]);
    // A load of the old account answering late is not shown.
    let answer = switched_to_brand(&app);
    send(&mut app, [answer]);
    assert_eq!(app.list.total(), 0);
    assert!(marked(&app).is_empty());
    assert_eq!(app.loads.loaded, None);
    assert_eq!(app.batch.undoable, None);
    assert_eq!(app.accounts.current, "brand");
    assert_eq!(app.accounts.switching, None);
    assert_eq!(
        Lang::En.render(&app.env.token_label),
        "account brand (品牌号 Brand) · token command"
    );
    assert_eq!(app.quota.left.map(|q| q.remain), Some(1995));
    assert_eq!(app.bar.input.value(), "");
    // ↓ offers brand's own recent articles, not shop's.
    let recent: Vec<u64> = app.recent.iter().map(|r| r.article.msg_data_id).collect();
    assert_eq!(recent, vec![2_650_000_117]);
    let log = log_text(&app);
    assert!(log.contains("now working as account brand"), "{log}");
    assert!(
        log.contains("2 marks of account shop were dropped"),
        "{log}"
    );
    // Ctrl-z has nothing of the other account to bring back.
    send(&mut app, [key(KeyCode::Tab), key(KeyCode::Tab), ctrl('z')]);
    assert!(marked(&app).is_empty());
    assert!(app.marks_history.is_empty());
    // `u` has nothing of this session's to undo: it names the history.
    assert_eq!(app.batch.undoable, None);
}

#[test]
fn n_keeps_the_account_and_the_marks() {
    let mut app = loaded();
    two_accounts(&mut app);
    send(&mut app, [ch(' ')]);
    let fx = send(&mut app, [ch('A'), ch('k'), key(KeyCode::Enter), ch('n')]);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(app.popup, None);
    assert_eq!(marked(&app), vec![1001]);
    assert_eq!(app.accounts.current, "shop");
}

#[test]
fn a_running_batch_refuses_the_switch() {
    let mut app = loaded();
    two_accounts(&mut app);
    send(&mut app, [ch(' ')]);
    run_marked(&mut app);
    let fx = send(&mut app, [ch('A'), ch('k'), key(KeyCode::Enter)]);
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(app.popup, None);
    assert_eq!(app.accounts.switching, None);
    assert!(log_text(&app).contains("a batch is running: account brand can be chosen"));
}

#[test]
fn a_failed_switch_keeps_the_account_and_says_why() {
    let mut app = loaded();
    two_accounts(&mut app);
    send(&mut app, [ch(' ')]);
    let header = app.env.clone();
    send(&mut app, [ch('A'), ch('k'), key(KeyCode::Enter), ch('y')]);
    send(
        &mut app,
        [Msg::AccountSwitchFailed {
            name: "brand".into(),
            why: Message::text("40164 — add 203.0.113.7 to the IP whitelist"),
        }],
    );
    assert_eq!(app.accounts.current, "shop");
    assert_eq!(app.accounts.switching, None);
    assert_eq!(app.env, header);
    assert_eq!(app.list.total(), 12);
    assert_eq!(marked(&app), vec![1001]);
    let log = log_text(&app);
    assert!(
        log.contains(
            "cannot switch to account brand, still working as shop: 40164 — add 203.0.113.7"
        ),
        "{log}"
    );
}

#[test]
fn no_accounts_configured_says_how_to_add_one() {
    let mut app = loaded();
    send(&mut app, [ch('A')]);
    assert_eq!(app.popup, None);
    assert!(log_text(&app).contains("wxmod account add NAME"));
}

/// The article list is the account's: a switch forgets the old one, and a
/// read of it still in flight when the switch lands lists nothing in the new
/// account.
#[test]
fn a_switch_forgets_the_old_account_s_article_list() {
    use crate::update_articles::{answer, listed};
    let mut app = loaded();
    two_accounts(&mut app);
    // One list read and shown, then another asked for just before switching.
    send(&mut app, [ctrl('o')]);
    send(&mut app, [answer(7, listed())]);
    send(&mut app, [key(KeyCode::Esc), key(KeyCode::Esc)]);
    app.focus = wxmod::tui::Focus::Table;
    send(&mut app, [ch('a')]);
    assert!(app.articles.reading.is_some());
    send(&mut app, [key(KeyCode::Esc)]);
    let msg = switched_to_brand(&app);
    send(&mut app, [msg]);
    assert!(app.articles.listed.is_empty() && !app.articles.known);
    send(&mut app, [answer(7, listed())]);
    assert!(
        app.articles.listed.is_empty(),
        "the old account's late answer is ignored"
    );
}
