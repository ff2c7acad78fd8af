//! Batches over several articles: `--msg-data-id` repeated and
//! `--recent-days N`, the plan naming each article, JSON items with their
//! article, an unreadable article left out, undo and retry across articles.

use super::*;
use wxmod::api::wire::Article;
use wxmod::sim::SimArticle;

pub(super) const A: Article = Article {
    msg_data_id: 3001,
    index: 0,
};
pub(super) const B: Article = Article {
    msg_data_id: 3002,
    index: 1,
};
pub(super) const C: Article = Article {
    msg_data_id: 3003,
    index: 0,
};
/// Sent 9 days ago: outside `--recent-days 7`.
const OLD: Article = Article {
    msg_data_id: 3009,
    index: 0,
};

pub(super) fn article(
    art: Article,
    title: &str,
    elected: usize,
    normal: usize,
    days_ago: u32,
) -> SimArticle {
    let mut a = SimData::generated(art, elected, normal).articles.remove(0);
    a.title = title.to_string();
    a.sent_days_ago = Some(days_ago);
    a.comments[0].content = TRICKY.to_string();
    a
}

/// What a spreadsheet must get back whole.
pub(super) const TRICKY: &str = "考研, \"加V\" 私聊\n第二行";

impl Cli {
    /// Four articles whose comment ids overlap (1000000, 1000001, ...), as
    /// real ones do: an id is unique only within its article.
    pub(super) async fn articles() -> Cli {
        let data = SimData {
            articles: vec![
                article(A, "第一篇：考研经验", 5, 2, 1),
                article(B, "Second, with \"quotes\"", 4, 1, 3),
                article(C, "Third", 3, 0, 6),
                article(OLD, "Old one", 6, 0, 9),
            ],
            accounts: Vec::new(),
        };
        let sim = start_sim(data, SimOptions::default()).await;
        let ctl = sim.control();
        let token = ctl.issue_token();
        Cli {
            sim,
            ctl,
            dir: Home::new(),
            token,
        }
    }

    fn elected_of(&self, art: Article) -> Vec<CommentId> {
        self.ctl.elected_ids(art)
    }
}

pub(super) fn three() -> Vec<&'static str> {
    vec![
        "--msg-data-id",
        "3001",
        "--msg-data-id",
        "3002_2",
        "--msg-data-id",
        "3003_1",
    ]
}

#[tokio::test]
async fn all_over_three_articles_deselects_exactly_their_elected_comments() {
    let cli = Cli::articles().await;
    let before = [A, B, C, OLD].map(|a| cli.elected_of(a));
    let mut args = vec!["unelect"];
    args.extend(three());
    args.extend(["--all", "--yes", "--json"]);
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    for art in [A, B, C] {
        assert!(cli.elected_of(art).is_empty(), "{art:?}");
    }
    assert_eq!(
        cli.elected_of(OLD),
        before[3],
        "an article not named is untouched"
    );
    let lines = ran.json_lines();
    let items: Vec<&Value> = lines.iter().filter(|v| v["type"] == "item").collect();
    assert_eq!(items.len(), 12);
    for (art, count) in [(A, 5), (B, 4), (C, 3)] {
        let mine: Vec<u64> = items
            .iter()
            .filter(|v| v["msg_data_id"] == art.msg_data_id && v["index"] == art.index)
            .map(|v| v["user_comment_id"].as_u64().unwrap())
            .collect();
        assert_eq!(mine.len(), count, "{art:?}: {}", ran.stdout);
    }
    let summary = lines.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(
        (summary["done"].as_u64(), summary["articles"].as_u64()),
        (Some(12), Some(3))
    );
    // The plan named each article with its count, and the total.
    for words in [
        "第一篇：考研经验",
        "3002 index 1",
        "4 comments match",
        "Total: 12 comments under 3 articles",
    ] {
        assert!(ran.stderr.contains(words), "{words:?} in {}", ran.stderr);
    }
}

#[tokio::test]
async fn an_unknown_article_is_left_out_and_the_others_go_on() {
    let cli = Cli::articles().await;
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            "3001",
            "--msg-data-id",
            "999",
            "--msg-data-id",
            "3002_2",
            "--all",
            "--yes",
            "--json",
        ])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(cli.elected_of(A).is_empty() && cli.elected_of(B).is_empty());
    assert!(
        ran.stderr.contains("999") && ran.stderr.contains("88001"),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr.contains("nothing is sent there"),
        "{}",
        ran.stderr
    );
    assert_eq!(
        cli.ctl.calls(UNMARK),
        9,
        "nothing was sent for the unknown article"
    );
}

#[tokio::test]
async fn undo_of_a_cross_article_batch_re_elects_exactly_what_it_deselected() {
    let cli = Cli::articles().await;
    let before = [A, B, C, OLD].map(|a| cli.elected_of(a));
    // Deselect only some under each: the ids overlap across articles.
    let mut args = vec!["unelect"];
    args.extend(three());
    args.extend(["--comment-id", "1000001,1000002", "--yes", "--json"]);
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(cli.ctl.calls(UNMARK), 6);
    for (art, before) in [A, B, C].iter().zip(&before) {
        let left: Vec<CommentId> = before
            .iter()
            .copied()
            .filter(|id| *id != 1_000_001 && *id != 1_000_002)
            .collect();
        assert_eq!(cli.elected_of(*art), left, "{art:?}");
    }
    let batch = ran.json_lines().last().unwrap()["batch_id"]
        .as_str()
        .unwrap()
        .to_string();
    let detail = cli.journal().batch(&batch).unwrap();
    assert_eq!(detail.items.len(), 6);
    assert!(detail.items.iter().all(|i| i.state == ItemState::Done));
    let history = cli.run(&["history", &batch]).await;
    assert_eq!(history.code, Some(0), "{}", history.stderr);
    assert!(history.stdout.contains("3 articles"), "{}", history.stdout);
    assert!(
        history.stdout.contains("3002 index 1"),
        "{}",
        history.stdout
    );
    let list = cli.run(&["history"]).await;
    assert!(list.stdout.contains("3 articles"), "{}", list.stdout);
    let json = cli.run(&["history", &batch, "--json"]).await;
    assert_eq!(json.json_lines()[0]["articles"], 3);
    let items: Vec<Value> = json
        .json_lines()
        .into_iter()
        .filter(|v| v["type"] == "item")
        .collect();
    assert_eq!(items.iter().filter(|v| v["msg_data_id"] == 3003).count(), 2);
    let dry = cli.run(&["undo", &batch, "--dry-run"]).await;
    // Titles the account already knows (its article list) name them.
    for words in [
        "3 articles",
        "3002 index 1: 2 comments",
        "第一篇：考研经验 · ",
        "Third · ",
    ] {
        assert!(dry.stderr.contains(words), "{words:?} in {}", dry.stderr);
    }
    // An undo puts back the batch's own items: nothing there "matches".
    assert!(!dry.stderr.contains("match"), "{}", dry.stderr);
    let undo = cli.run(&["undo", &batch, "--yes", "--json"]).await;
    assert_eq!(undo.code, Some(0), "{}", undo.stderr);
    assert_eq!(cli.ctl.calls(MARK), 6, "exactly the six, once each");
    assert_eq!([A, B, C, OLD].map(|a| cli.elected_of(a)), before);
    // Nothing left to undo.
    let again = cli.run(&["undo", &batch, "--yes"]).await;
    assert_ne!(again.code, Some(0), "{}", again.stderr);
    assert_eq!(cli.ctl.calls(MARK), 6);
}

#[tokio::test]
async fn retry_across_articles_sends_again_only_what_failed_under_each() {
    let cli = Cli::articles().await;
    // The quota runs out after 8 of 12: the rest, under two articles, wait.
    let mut args = vec!["unelect"];
    args.extend(three());
    args.extend(["--all", "--yes", "--json", "--concurrency", "1"]);
    cli.ctl.set_daily_quota(Some(8));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(3), "quota spent after 8: {}", ran.stderr);
    let batch = ran.json_lines().last().unwrap()["batch_id"]
        .as_str()
        .unwrap()
        .to_string();
    cli.ctl.clear_quota();
    cli.ctl.set_daily_quota(None);
    let dry = cli.run(&["retry", &batch, "--dry-run"]).await;
    assert!(dry.stderr.contains("Third · "), "{}", dry.stderr);
    assert!(!dry.stderr.contains("(no title)"), "{}", dry.stderr);
    let retry = cli.run(&["retry", &batch, "--yes", "--json"]).await;
    assert_eq!(retry.code, Some(0), "{}", retry.stderr);
    for art in [A, B, C] {
        assert!(cli.elected_of(art).is_empty(), "{art:?}");
    }
    let items = retry.json_lines();
    let sent: Vec<(u64, u64)> = items
        .iter()
        .filter(|v| v["type"] == "item")
        .map(|v| {
            (
                v["msg_data_id"].as_u64().unwrap(),
                v["user_comment_id"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(sent.len(), 4, "the 4 not attempted: {sent:?}");
    assert_eq!(
        cli.ctl.calls(UNMARK),
        12 + 1,
        "8 done, one 45009, then the 4"
    );
}

#[tokio::test]
async fn recent_days_takes_every_listed_article_of_those_days_and_nothing_else() {
    let cli = Cli::articles().await;
    let old = cli.elected_of(OLD);
    let ran = cli
        .run(&["unelect", "--recent-days", "7", "--all", "--yes", "--json"])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    for art in [A, B, C] {
        assert!(cli.elected_of(art).is_empty(), "{art:?}");
    }
    assert_eq!(cli.elected_of(OLD), old, "9 days ago is outside the 7");
    let summary = ran.json_lines().last().unwrap().clone();
    assert_eq!(summary["done"], 12);
}

#[tokio::test]
async fn the_dry_run_plan_names_each_article_in_both_languages_and_sends_nothing() {
    let cli = Cli::articles().await;
    let mut args = vec!["unelect"];
    args.extend(three());
    args.extend(["--all", "--dry-run"]);
    let en = cli.run(&args).await;
    assert_eq!(en.code, Some(0), "{}", en.stderr);
    for words in [
        "Deselect 12 comments under 3 articles",
        "第一篇：考研经验 · ",
        "5 comments match",
        "3 comments match",
        "Total: 12 comments under 3 articles",
    ] {
        assert!(en.stderr.contains(words), "{words:?} in {}", en.stderr);
    }
    let zh = cli.run_with_env(&args, &[("LANG", "zh_CN.UTF-8")]).await;
    assert_eq!(zh.code, Some(0), "{}", zh.stderr);
    for words in [
        "12 条留言，涉及 3 篇文章",
        "第 2 篇",
        "匹配 4 条留言",
        "合计：12 条留言",
    ] {
        assert!(zh.stderr.contains(words), "{words:?} in {}", zh.stderr);
    }
    assert_eq!(cli.ctl.calls(UNMARK), 0);
    let json = cli.run(&[&args[..], &["--json"]].concat()).await;
    let plan = &json.json_lines()[0];
    assert_eq!(plan["count"], 12);
    assert_eq!(plan["articles"].as_array().unwrap().len(), 3);
    assert_eq!(plan["articles"][1]["msg_data_id"], 3002);
    assert_eq!(plan["articles"][1]["count"], 4);
}

/// One author across a week: `--recent-days 7 --author X --all` deselects
/// exactly X's elected comments under every article of those days — not
/// X's comments under an older article, and nobody else's.
#[tokio::test]
async fn one_author_over_the_recent_days_and_nothing_else() {
    const X: &str = "oSPAMMERxxxxxxxxxxxxxxxxxxx1";
    let mut data = SimData {
        articles: vec![
            article(A, "第一篇：考研经验", 5, 2, 1),
            article(B, "Second", 4, 1, 3),
            article(C, "Third", 3, 0, 6),
            article(OLD, "Old one", 6, 0, 9),
        ],
        accounts: Vec::new(),
    };
    // X wrote two elected comments under A, one under B and under OLD, and
    // a normal one under A (unelect takes only elected ones).
    let by_x = [(0, 1, 2), (1, 1, 1), (3, 1, 1), (0, 0, 1)];
    for (article, kind, how_many) in by_x {
        let comments = data.articles[article].comments.iter_mut();
        for c in comments.filter(|c| c.comment_type == kind).take(how_many) {
            c.openid = Some(X.to_string());
        }
    }
    let x_elected = |data: &SimData, i: usize| -> Vec<CommentId> {
        data.articles[i]
            .comments
            .iter()
            .filter(|c| c.openid.as_deref() == Some(X) && c.comment_type == 1)
            .map(|c| c.user_comment_id)
            .collect()
    };
    let expected: Vec<(Article, Vec<CommentId>)> = [A, B, C, OLD]
        .into_iter()
        .enumerate()
        .map(|(i, art)| (art, x_elected(&data, i)))
        .collect();
    let lens: Vec<usize> = expected.iter().map(|(_, xs)| xs.len()).collect();
    assert_eq!(lens, [2, 1, 0, 1], "the fixture");
    let sim = start_sim(data, SimOptions::default()).await;
    let ctl = sim.control();
    let cli = Cli {
        token: ctl.issue_token(),
        sim,
        ctl,
        dir: Home::new(),
    };
    let before: Vec<Vec<CommentId>> = [A, B, C, OLD].iter().map(|a| cli.elected_of(*a)).collect();
    let ran = cli
        .run(&[
            "unelect",
            "--recent-days",
            "7",
            "--author",
            X,
            "--all",
            "--yes",
            "--json",
        ])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    for (i, (art, xs)) in expected.iter().enumerate() {
        let now = cli.elected_of(*art);
        let want: Vec<CommentId> = if *art == OLD {
            before[i].clone()
        } else {
            before[i]
                .iter()
                .copied()
                .filter(|id| !xs.contains(id))
                .collect()
        };
        assert_eq!(now, want, "{art:?}");
    }
    let summary = ran.json_lines().last().unwrap().clone();
    assert_eq!(summary["done"], 3, "two under A, one under B");
}
