//! `wxmod undo BATCH` of an elect batch: it deselects exactly what the batch
//! elected, once, journaled as its undo; an undo is not undone. An elect that
//! meets 88003 (too many elected) stops with its meaning and remedy.

use super::*;

#[tokio::test]
async fn undo_of_an_elect_batch_deselects_exactly_what_it_elected() {
    let cli = Cli::new(3, 4).await;
    let before = cli.elected();
    let normal: Vec<CommentId> = cli
        .ctl
        .comments(ART)
        .iter()
        .filter(|c| !c.is_elected())
        .map(|c| c.user_comment_id)
        .collect();
    let mut targets = normal[..3].to_vec();
    targets.push(777);
    let ids = id_args(&targets);
    let mut args = vec!["elect", "--msg-data-id", ART_ARG, "--yes"];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(1), "777 fails: {}", ran.stderr);
    assert_eq!(cli.elected().len(), 6);
    let first = cli.journal().batches(1).unwrap().0[0].batch_id.clone();
    assert!(
        ran.stdout
            .contains(&format!("undo with `wxmod undo {first}`")),
        "an elect batch offers its undo: {}",
        ran.stdout
    );

    let undo = cli.run(&["undo", &first, "--yes"]).await;
    assert_eq!(undo.code, Some(0), "{}", undo.stderr);
    assert!(
        undo.stderr.contains(&format!(
            "Undo batch {first}: deselect 3 comments it elected"
        )),
        "{}",
        undo.stderr
    );
    assert!(
        !undo.stdout.contains("wxmod undo"),
        "an undo is not offered an undo: {}",
        undo.stdout
    );
    assert_eq!(cli.elected(), before);
    assert_eq!(cli.ctl.calls(UNMARK), 3, "only the 3 elected, not 777");

    let again = cli.run(&["undo", &first, "--yes"]).await;
    assert_eq!(again.code, Some(2));
    assert!(
        again.stderr.contains("already deselected again"),
        "{}",
        again.stderr
    );
    let history = cli.run(&["history", "--json"]).await.json_lines();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["op"], "unmark_elect");
    assert_eq!(history[0]["undo_of"], first.as_str());
    assert_eq!(history[1]["undone_by"][0], history[0]["batch_id"]);
    let undo_id = history[0]["batch_id"].as_str().unwrap().to_string();
    let twice = cli.run(&["undo", &undo_id, "--yes"]).await;
    assert_eq!(twice.code, Some(2));
    assert!(
        twice.stderr.contains("is itself an undo"),
        "{}",
        twice.stderr
    );
    // A plain `undo` still looks for deselections only: there is none to undo.
    let plain = cli.run(&["undo", "--yes"]).await;
    assert_eq!(plain.code, Some(2), "{}", plain.stderr);
    assert_eq!(cli.elected(), before);
}

#[tokio::test]
async fn an_elect_that_meets_the_elected_limit_stops_with_meaning_and_remedy() {
    let cli = Cli::new(2, 5).await;
    let normal: Vec<CommentId> = cli
        .ctl
        .comments(ART)
        .iter()
        .filter(|c| !c.is_elected())
        .map(|c| c.user_comment_id)
        .collect();
    // The second elect finds the article at its limit.
    cli.ctl.fail_comment_once(normal[1], 88003);
    let ids = id_args(&normal);
    let mut args = vec![
        "elect",
        "--msg-data-id",
        ART_ARG,
        "--concurrency",
        "1",
        "--yes",
    ];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(3), "stopped: {}\n{}", ran.stdout, ran.stderr);
    let all = format!("{}{}", ran.stdout, ran.stderr);
    for part in [
        "88003",
        "the article already has the maximum number of elected comments",
        "deselect some comments first",
    ] {
        assert!(all.contains(part), "{part}: {all}");
    }
    assert_eq!(cli.ctl.calls(MARK), 2, "nothing sent after the stop");
    assert_eq!(cli.elected().len(), 3);
    let o = &cli.journal().batches(1).unwrap().0[0];
    assert_eq!((o.done, o.failed, o.not_attempted), (1, 1, 3));
}
