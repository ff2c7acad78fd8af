//! The exit-status rule, as a script sees it: a token that is rejected stops
//! everything and ends with 3 wherever it shows up — in `list`, in a batch's
//! plan, mid-batch — while an item's own failure ends with 1.

use super::*;

#[tokio::test]
async fn a_rejected_token_ends_with_3_in_list_and_in_a_batch() {
    let cli = Cli::new(5, 0).await;
    let elected = cli.elected();
    cli.ctl.invalidate_tokens();
    let list = cli.run(&["list", "--msg-data-id", ART_ARG]).await;
    assert_eq!(list.code, Some(3), "{}", list.stderr);
    let ids = id_args(&elected[..1]);
    let mut args = vec!["unelect", "--msg-data-id", ART_ARG, "--yes"];
    args.extend(strs(&ids));
    let batch = cli.run(&args).await;
    assert_eq!(batch.code, Some(3), "{}", batch.stderr);
    assert_eq!(cli.elected(), elected, "nothing changed");
}

#[tokio::test]
async fn a_token_rejected_mid_batch_ends_with_3_even_with_nothing_left() {
    let cli = Cli::new(5, 0).await;
    let elected = cli.elected();
    // The plan reads the list with a good token; the one write finds it
    // rejected, and a ready token (WXMOD_ACCESS_TOKEN) cannot be renewed.
    cli.ctl.fail_next(UNMARK, 40001, 1);
    let ids = id_args(&elected[..1]);
    let mut args = vec!["unelect", "--msg-data-id", ART_ARG, "--yes", "--json"];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    let summary = ran.json_lines().pop().unwrap();
    assert_eq!(summary["stopped"]["kind"], "auth", "{summary}");
    assert_eq!(
        (
            summary["failed"].as_u64(),
            summary["not_attempted"].as_u64()
        ),
        (Some(1), Some(0))
    );
    assert_eq!(ran.code, Some(3), "stopped, none left: {}", ran.stderr);
}

#[tokio::test]
async fn an_item_s_own_failure_ends_with_1() {
    let cli = Cli::new(5, 0).await;
    let mut targets = cli.elected()[..2].to_vec();
    targets.push(424242);
    let ids = id_args(&targets);
    let mut args = vec!["unelect", "--msg-data-id", ART_ARG, "--yes"];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
}
