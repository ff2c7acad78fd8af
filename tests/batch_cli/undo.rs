//! `wxmod undo` and `wxmod history` after a real batch.

use super::*;

#[tokio::test]
async fn undo_re_elects_exactly_the_deselected_comments() {
    let cli = Cli::new(20, 5).await;
    let before = cli.elected();
    let mut targets = before[..8].to_vec();
    targets.push(777);
    let ids = id_args(&targets);
    let mut args = vec!["unelect", "--msg-data-id", ART_ARG, "--yes", "--json"];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(1), "777 fails: {}", ran.stderr);
    assert_eq!(cli.elected().len(), 12);
    let first = ran.json_lines().last().unwrap()["batch_id"]
        .as_str()
        .unwrap()
        .to_string();

    // Without --yes and without a terminal, undo refuses too.
    assert_eq!(cli.run(&["undo"]).await.code, Some(2));
    let undo = cli.run(&["undo", "--yes", "--json"]).await;
    assert_eq!(undo.code, Some(0), "{}", undo.stderr);
    assert!(
        undo.stderr.contains(&first),
        "the plan names the batch: {}",
        undo.stderr
    );
    assert_eq!(cli.elected(), before);
    assert_eq!(cli.ctl.calls(MARK), 8, "only the 8 deselected, not 777");
    let again = cli.run(&["undo", &first, "--yes"]).await;
    assert_eq!(again.code, Some(2));
    assert!(
        again.stderr.contains("already re-elected"),
        "{}",
        again.stderr
    );

    let history = cli.run(&["history", "--json"]).await.json_lines();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["undo_of"], first.as_str());
    assert_eq!(history[1]["undone_by"][0], history[0]["batch_id"]);
    let detail = cli.run(&["history", &first]).await;
    assert!(detail.stdout.contains("777"), "{}", detail.stdout);
    assert!(detail.stdout.contains("88008"), "{}", detail.stdout);
}
