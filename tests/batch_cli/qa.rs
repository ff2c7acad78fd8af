//! Found by trying the CLI as a demanding user would (against the
//! simulator): what a list says when a query matches nothing; --recent-days
//! out of range; a set of articles none of which can be read; --limit abc.

use super::*;

#[tokio::test]
async fn a_list_whose_query_matches_nothing_says_so_not_that_the_article_is_empty() {
    let cli = Cli::new(3, 2).await;
    let args = ["list", "--msg-data-id", ART_ARG, "--where", "加V"];
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(
        ran.stdout, "no elected comment of this article matches “加V”\n",
        "{}",
        ran.stderr
    );
    let ran = cli
        .run_with_env(
            &[
                "list",
                "--msg-data-id",
                ART_ARG,
                "--type",
                "all",
                "--where",
                "加V",
            ],
            &[("WXMOD_LANG", "zh")],
        )
        .await;
    assert_eq!(
        ran.stdout, "这篇文章没有符合“加V”的留言\n",
        "{}",
        ran.stderr
    );
    // Without a query, an empty article reads as before, in plain English.
    let empty = Cli::new(0, 0).await;
    let ran = empty
        .run(&["list", "--msg-data-id", ART_ARG, "--type", "all"])
        .await;
    assert_eq!(
        ran.stdout, "no comments on this article\n",
        "{}",
        ran.stderr
    );
}

#[tokio::test]
async fn recent_days_out_of_range_is_refused_in_the_reader_s_language() {
    let cli = Cli::new(1, 0).await;
    for days in ["0", "61", "abc"] {
        let ran = cli
            .run_with_env(&["list", "--recent-days", days], &[("WXMOD_LANG", "zh")])
            .await;
        assert_eq!(ran.code, Some(2), "{}", ran.stderr);
        assert!(
            ran.stderr.contains("1 到 60 之间的天数") && !ran.stderr.contains("is not in"),
            "{}",
            ran.stderr
        );
    }
}

#[tokio::test]
async fn a_set_of_articles_none_of_which_can_be_read_is_not_nothing_to_do() {
    let cli = Cli::new(2, 0).await;
    let args = [
        "unelect",
        "--msg-data-id",
        "999",
        "--msg-data-id",
        "998",
        "--all",
        "--yes",
    ];
    let ran = cli.run(&args).await;
    // As for one unknown article: the article's error, and 3.
    assert_eq!(ran.code, Some(3), "{}", ran.stderr);
    assert!(!ran.stderr.contains("Nothing to do"), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("999 index 0") && ran.stderr.contains("998 index 0"),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("88001"), "{}", ran.stderr);
}

#[tokio::test]
async fn a_limit_that_is_not_a_number_is_refused_in_the_reader_s_language() {
    let cli = Cli::new(1, 0).await;
    let ran = cli
        .run_with_env(&["history", "--limit", "abc"], &[("WXMOD_LANG", "zh")])
        .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("“abc”不是整数") && !ran.stderr.contains("invalid digit"),
        "{}",
        ran.stderr
    );
    let ran = cli
        .run_with_env(&["sim", "--fail-rate", "abc"], &[("WXMOD_LANG", "zh")])
        .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("0.0 到 1.0") && !ran.stderr.contains("invalid float"),
        "{}",
        ran.stderr
    );
}
