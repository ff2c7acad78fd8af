//! Fixtures for the console tests: a fixed clock and offset, sample comments,
//! key helpers and rendering to text.

#![allow(dead_code)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use time::UtcOffset;
use wxmod::api::wire::{Article, Comment, CommentFilter, Reply, WriteOp};
use wxmod::batch::{
    BatchEvent, BatchOverview, BatchState, ItemResult, ItemStatus, Progress, Summary, UndoPlan,
};
use wxmod::tui::msg::{Settled, UndoAnswer};
use wxmod::tui::{App, Clock, Effect, Env, Msg, update, view};

/// 2025-03-14 09:26:53 at +08:00.
pub const NOW: i64 = 1_741_915_613;
pub const ARTICLE: Article = crate::shared::ART;

pub fn app() -> App {
    let mut app = App::new(
        Env {
            endpoint: "https://api.weixin.qq.com".into(),
            demo: false,
            token_label: "app credentials (wx12…)".into(),
        },
        Clock {
            now: NOW,
            offset: UtcOffset::from_hms(8, 0, 0).unwrap(),
        },
        true,
    );
    app.size = (120, 32);
    app
}

pub fn comment(id: u64, minutes_ago: i64, content: &str, elected: bool) -> Comment {
    Comment {
        user_comment_id: id,
        openid: Some(format!("oAbC{id}xYz0123456789abcdefQ")),
        create_time: NOW - minutes_ago * 60,
        content: content.into(),
        comment_type: u8::from(elected),
        reply: None,
    }
}

/// Twelve elected comments, newest first by id 1001..=1012.
pub fn sample() -> Vec<Comment> {
    let texts = [
        "Great article, thanks for sharing!",
        "写得很好，学习了 👍",
        "I disagree with the second point",
        "Where can I buy this?",
        "精选评论：这篇文章非常有用，感谢作者的分享，期待下一篇",
        "spam spam spam buy now",
        "First!",
        "Could you explain the third chart in more detail please? It seems off",
        "👍👍👍",
        "The link in paragraph 4 is broken",
        "好文章",
        "Thanks",
    ];
    fixture(&texts, "In our shop, link in the menu.")
}

pub fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ch(c: char) -> Msg {
    key(KeyCode::Char(c))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Send each message; return all effects.
pub fn send(app: &mut App, msgs: impl IntoIterator<Item = Msg>) -> Vec<Effect> {
    msgs.into_iter().flat_map(|m| update(app, m)).collect()
}

/// Type a string, one key per character.
pub fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    send(app, text.chars().map(ch))
}

/// The seq of the single load among `fx`.
pub fn load_seq(fx: &[Effect]) -> u64 {
    let seqs: Vec<u64> = fx
        .iter()
        .filter_map(|e| match e {
            Effect::Load { seq, .. } => Some(*seq),
            _ => None,
        })
        .collect();
    assert_eq!(seqs.len(), 1, "expected one load in {fx:?}");
    seqs[0]
}

/// An app showing `comments` of ARTICLE, loaded the way a user would.
pub fn loaded_with(comments: Vec<Comment>) -> App {
    let mut app = app();
    send(&mut app, [Msg::Paste("2247483652".into())]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    let seq = load_seq(&fx);
    send(
        &mut app,
        [Msg::Loaded {
            seq,
            result: Ok(comments),
        }],
    );
    app
}

pub fn loaded() -> App {
    loaded_with(sample())
}

pub fn item(id: u64, status: ItemStatus, code: Option<i64>) -> ItemResult {
    let (errmsg, meaning) = match code {
        Some(88008) => ("comment is not exists", "the comment was deleted"),
        Some(c) if c != 0 => ("err", "something failed"),
        None if status == ItemStatus::Failed => ("", "no answer from the server (timed out)"),
        _ => ("ok", "success"),
    };
    ItemResult {
        article: None,
        user_comment_id: id,
        status,
        errcode: code,
        errmsg: errmsg.into(),
        meaning: if status == ItemStatus::NotAttempted {
            "the batch stopped first".into()
        } else {
            meaning.into()
        },
        attempts: 1,
        duration: std::time::Duration::from_millis(40),
    }
}

pub fn summary(op: WriteOp, items: Vec<ItemResult>) -> Summary {
    let count = |s| items.iter().filter(|i| i.status == s).count();
    Summary {
        batch_id: "20250314-092653-a1b2".into(),
        op,
        article: ARTICLE,
        total: items.len(),
        done: count(ItemStatus::Done),
        failed: count(ItemStatus::Failed),
        not_attempted: count(ItemStatus::NotAttempted),
        unknown: count(ItemStatus::Unknown),
        stopped: None,
        items,
        settlement: None,
    }
}

/// Start a batch over the current marks (d, y) and answer Started.
pub fn run_marked(app: &mut App) -> Vec<u64> {
    let fx = send(app, [ch('d'), ch('y')]);
    let ids = match fx.as_slice() {
        [Effect::RunBatch { ids, .. }] => ids.clone(),
        other => panic!("expected RunBatch, got {other:?}"),
    };
    send(
        app,
        [Msg::Batch(BatchEvent::Started {
            batch_id: "20250314-092653-a1b2".into(),
            op: WriteOp::UnmarkElect,
            article: ARTICLE,
            total: ids.len(),
        })],
    );
    ids
}

pub fn progress(total: usize, done: usize, failed: usize, not_attempted: usize) -> Msg {
    Msg::Batch(BatchEvent::Progress(Progress {
        total,
        done,
        failed,
        not_attempted,
        in_flight: 0,
        unknown: 0,
    }))
}

pub fn marked(app: &App) -> Vec<u64> {
    app.list.marked_ids()
}

pub fn filter_kind(fx: &[Effect]) -> Option<CommentFilter> {
    fx.iter().find_map(|e| match e {
        Effect::Load { filter, .. } => Some(*filter),
        _ => None,
    })
}

/// The screen as text, one quoted line per row.
pub fn render(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| view(app, f)).unwrap();
    terminal.backend().to_string()
}

pub fn buffer(app: &App) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| view(app, f)).unwrap();
    terminal.backend().buffer().clone()
}

/// What the journal would answer for undoing the fixture batch.
pub fn undo_plan(ids: Vec<u64>) -> UndoPlan {
    UndoPlan {
        source: Box::new(BatchOverview {
            batch_id: "20250314-092653-a1b2".into(),
            time: "2025-03-14T01:26:53Z".into(),
            op: WriteOp::UnmarkElect,
            article: ARTICLE,
            account: "demo simulator".into(),
            account_name: None,
            appid: None,
            concurrency: 4,
            undo_of: None,
            undone_by: vec![],
            retry_of: None,
            total: 4,
            done: ids.len(),
            failed: 0,
            not_attempted: 0,
            sent_without_answer: 0,
            never_sent: 0,
            unknown: 0,
            list_calls: 0,
            articles: 1,
            state: BatchState::Completed,
            file: "journal/x.jsonl".into(),
        }),
        op: WriteOp::MarkElect,
        article: ARTICLE,
        ids,
        articles: vec![],
        already_reelected: 0,
        uncertain: vec![],
    }
}

/// The answer to `u` when nothing needed settling: `plan`.
pub fn planned(plan: UndoPlan) -> Msg {
    Msg::UndoPlanned(UndoAnswer {
        settled: Settled::NotNeeded,
        plan: Ok(plan),
    })
}

/// Run a batch over the marks and finish it with `items`.
pub fn finish(app: &mut wxmod::tui::App, items: Vec<ItemResult>) {
    run_marked(app);
    for it in &items {
        send(app, [Msg::Batch(BatchEvent::ItemFinished(it.clone()))]);
    }
    send(
        app,
        [Msg::Batch(BatchEvent::Finished(summary(
            WriteOp::UnmarkElect,
            items,
        )))],
    );
}

/// The screen's rows, trimmed, joined by spaces: wrapped text reads whole.
pub fn flowed(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text inside a popup's side borders, rows joined by spaces.
pub fn inside_popup(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|l| Some(l.split('│').nth(1)?.trim().to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A message as the English console shows it.
pub fn en(message: &wxmod::i18n::Message) -> String {
    wxmod::i18n::Lang::En.render(message)
}

/// A fresh console in `lang` on a `width`x`height` terminal (set before any
/// message, since log lines are worded when they happen).
pub fn app_in(lang: wxmod::i18n::Lang, width: u16, height: u16) -> App {
    let mut app = app();
    app.lang = lang;
    app.size = (width, height);
    // As the runtime labels it: the account's name and its token source
    // (here an appid, the same in every language).
    app.env.token_label = wxmod::msg!(
        "accounts-header",
        name = "shop",
        source = wxmod::i18n::Message::text("appid wx12…")
    );
    app
}

/// `app` showing `comments` of ARTICLE, loaded the way a user would.
pub fn load_into(mut app: App, comments: Vec<Comment>) -> App {
    send(&mut app, [Msg::Paste("2247483652".into())]);
    let fx = send(&mut app, [key(KeyCode::Enter)]);
    send(
        &mut app,
        [Msg::Loaded {
            seq: load_seq(&fx),
            result: Ok(comments),
        }],
    );
    app
}

/// Twelve elected comments as an Official Account gets them: Chinese, wide
/// emoji, full-width punctuation, one mixed with a Latin brand name (the
/// only English word the Chinese screens show that is not an id or a key).
pub fn sample_wide() -> Vec<Comment> {
    let texts = [
        "写得很好，学习了 👍",
        "第二点我不同意，数据来源是哪里？",
        "iPhone 15 在哪里买？",
        "精选评论：这篇文章非常有用，感谢作者的分享，期待下一篇，也希望能多写写实际操作的部分",
        "广告广告广告，加微信领红包",
        "沙发！",
        "能不能详细解释一下第三张图表？看起来有点不对劲，纵轴的单位好像写错了",
        "👍👍👍",
        "第 4 段的链接打不开了",
        "好文章",
        "谢谢分享 🙏",
        "已转发给同事。",
    ];
    fixture(&texts, "感谢支持，菜单里有购买链接。")
}

/// Elected comments 1001.. with these texts, a few minutes apart; the third
/// has no openid, the fourth a reply.
fn fixture(texts: &[&str], reply: &str) -> Vec<Comment> {
    let mut out: Vec<Comment> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| comment(1001 + i as u64, 5 + i as i64 * 7, t, true))
        .collect();
    out[2].openid = None;
    out[3].reply = Some(Reply {
        content: reply.into(),
        create_time: NOW - 60,
    });
    out
}

/// As if this console had run the deselect batch `undo_plan` names, so `u`
/// (which undoes only what this console ran) plans its undo.
pub fn ran_here(app: &mut App) {
    app.batch.undoable = Some("20250314-092653-a1b2".into());
}
