//! Answers lost or not understood, as a user of the command line sees them:
//! `?` lines, a line when wxmod reads the list, final lines that say
//! "verified", a summary that counts unknown and list calls, the same in
//! `--json`; `retry` sends only what is known not done; `undo` restores the
//! server exactly; `history BATCH_ID` settles an interrupted batch first.

use super::*;
use serde_json::json;
use wxmod::sim::AnswerFault;

const LIST: &str = "/cgi-bin/comment/list";

fn batch_args<'a>(ids: &'a [String], extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--concurrency",
        "1",
    ];
    args.extend_from_slice(extra);
    args.extend(strs(ids));
    args
}

#[tokio::test]
async fn lost_answers_are_unknown_then_verified_and_all_done_exits_0() {
    let cli = Cli::new(5, 2).await;
    let ids = cli.elected();
    // The first comment: every try applied, every answer lost. The next two:
    // applied, then an answer that cannot be read.
    cli.ctl.fault_after_applying(UNMARK, AnswerFault::Lost, 4);
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Body("<html>502</html>".into()), 1);
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Body(r#"{"errcode":"0"}"#.into()), 1);
    let args = id_args(&ids);
    let ran = cli.run(&batch_args(&args, &[])).await;
    assert_eq!(ran.code, Some(0), "all done in the end: {}", ran.stderr);
    assert!(cli.elected().is_empty());
    assert!(
        ran.stderr
            .contains("wxmod: reading the list to settle 3 unknown comments"),
        "{}",
        ran.stderr
    );
    for id in &ids[..3] {
        let lines: Vec<&str> = ran
            .stdout
            .lines()
            .filter(|l| l.contains(&format!(" {id}  ")))
            .collect();
        assert_eq!(lines.len(), 2, "unknown, then final: {}", ran.stdout);
        assert!(
            lines[0].starts_with("? ") && lines[0].contains("unknown"),
            "{}",
            lines[0]
        );
        assert!(
            lines[1].starts_with("✓ ")
                && lines[1].ends_with("deselected (verified by reading the list)"),
            "{}",
            lines[1]
        );
    }
    assert!(
        ran.stdout
            .contains("Deselected 5 of 5 on msg_data_id 2247483652, index 0 · 3 verified by reading the list (1 list call)"),
        "{}",
        ran.stdout
    );
    let summary = ran
        .stdout
        .lines()
        .find(|l| l.starts_with("Deselected"))
        .unwrap();
    assert!(
        !summary.contains("unknown") && !summary.contains("failed"),
        "{summary}"
    );
    assert_eq!(
        cli.ctl.calls(LIST),
        2,
        "the plan's read and one settlement read"
    );

    // The same batch in Chinese reads as Chinese.
    let cli = Cli::new(2, 0).await;
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Body("{}".into()), 1);
    let args = id_args(&cli.elected());
    let ran = cli
        .run_with_env(&batch_args(&args, &[]), &[("LANG", "zh_CN.UTF-8")])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stderr.contains("正在读取留言列表"), "{}", ran.stderr);
    assert!(
        ran.stdout.contains("已读取留言列表核实") && ran.stdout.contains("1 次列表调用"),
        "{}",
        ran.stdout
    );
}

/// A batch of 5 plus 777 (no such comment): one answer without errcode when
/// nothing was applied (verified not done), two unreadable answers after
/// applying (verified done), 777 fails with 88008.
async fn mixed_batch(cli: &Cli) -> (Ran, Vec<CommentId>) {
    let mut ids = cli.elected();
    ids.push(777);
    cli.ctl
        .answer_body_next(UNMARK, r#"{"errmsg":"system error"}"#, 1);
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Body(String::new()), 2);
    let args = id_args(&ids);
    let ran = cli.run(&batch_args(&args, &["--json"])).await;
    (ran, ids)
}

#[tokio::test]
async fn json_lines_say_unknown_then_verified_and_the_summary_counts_them() {
    let cli = Cli::new(5, 0).await;
    let (ran, ids) = mixed_batch(&cli).await;
    assert_eq!(
        ran.code,
        Some(1),
        "one not done, 777 failed: {}",
        ran.stderr
    );
    let lines = ran.json_lines();
    let (items, summary) = lines.split_at(lines.len() - 1);
    let of = |id: CommentId| -> Vec<&Value> {
        items
            .iter()
            .filter(|v| v["user_comment_id"] == id)
            .collect()
    };
    // The first three were unknown; the later line is final.
    for (id, last) in [(ids[0], "failed"), (ids[1], "done"), (ids[2], "done")] {
        let lines = of(id);
        assert_eq!(lines.len(), 2, "{id}: {lines:?}");
        assert_eq!(lines[0]["status"], "unknown");
        assert!(lines[0].get("verified").is_none());
        assert_eq!(
            (lines[1]["status"].as_str(), &lines[1]["verified"]),
            (Some(last), &json!(true))
        );
        for key in ["errcode", "errmsg", "attempts", "meaning", "type"] {
            assert!(lines[1].get(key).is_some(), "{key}");
        }
    }
    for id in [ids[3], ids[4]] {
        let lines = of(id);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0]["status"], "done");
        assert!(lines[0].get("verified").is_none(), "answered: not verified");
    }
    assert_eq!(of(777)[0]["errcode"], 88008);
    let s = &summary[0];
    for (key, value) in [
        ("type", json!("summary")),
        ("op", json!("unmark_elect")),
        ("total", json!(6)),
        ("done", json!(4)),
        ("failed", json!(2)),
        ("not_attempted", json!(0)),
        ("unknown", json!(0)),
        ("list_calls", json!(1)),
        ("stopped", Value::Null),
    ] {
        assert_eq!(s[key], value, "{key}: {s}");
    }
    assert!(s["batch_id"].is_string() && s["msg_data_id"].is_u64() && s["index"].is_u64());
    assert_eq!(
        cli.elected(),
        vec![ids[0]],
        "the one the list found not done"
    );
}

#[tokio::test]
async fn retry_sends_only_what_is_known_not_done() {
    let cli = Cli::new(5, 0).await;
    let (ran, ids) = mixed_batch(&cli).await;
    let batch = ran.json_lines().last().unwrap()["batch_id"]
        .as_str()
        .unwrap()
        .to_string();
    let sent = cli.ctl.calls(UNMARK);
    let dry = cli.run(&["retry", &batch, "--dry-run"]).await;
    assert_eq!(dry.code, Some(0), "{}", dry.stderr);
    assert!(
        dry.stderr
            .contains(&format!("Retry batch {batch}: Deselect 2 comments again")),
        "{}",
        dry.stderr
    );
    assert!(
        dry.stderr.contains(
            "sends 2 comments: 1 failed, 0 not attempted, 0 never sent, 1 found not done by reading the list"
        ) && dry.stderr.contains("leaves out 4 done"),
        "{}",
        dry.stderr
    );
    assert_eq!(cli.ctl.calls(UNMARK), sent, "a dry run sends nothing");
    // Without --yes and without a terminal it refuses, as the others do.
    assert_eq!(cli.run(&["retry", &batch]).await.code, Some(2));

    let retry = cli.run(&["retry", &batch, "--yes", "--json"]).await;
    assert_eq!(retry.code, Some(1), "777 fails again: {}", retry.stderr);
    assert_eq!(cli.ctl.calls(UNMARK), sent + 2, "only those two");
    let lines = retry.json_lines();
    let mut sent_ids: Vec<u64> = lines[..lines.len() - 1]
        .iter()
        .map(|v| v["user_comment_id"].as_u64().unwrap())
        .collect();
    sent_ids.sort_unstable();
    let mut expected = vec![ids[0], 777];
    expected.sort_unstable();
    assert_eq!(sent_ids, expected);
    assert!(cli.elected().is_empty(), "the one not done is done now");
    let plan = cli.run(&["retry", &batch, "--dry-run", "--json"]).await;
    let json: Value = serde_json::from_str(plan.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(json["retry_of"], batch.as_str());

    let zh = cli
        .run_with_env(&["retry", &batch, "--dry-run"], &[("LANG", "zh_CN.UTF-8")])
        .await;
    assert!(
        zh.stderr.contains("重试批次") && zh.stderr.contains("不再发送"),
        "{}",
        zh.stderr
    );
    let unknown = cli.run(&["retry", "nope", "--dry-run"]).await;
    assert_eq!(unknown.code, Some(2));
    assert_eq!(
        unknown.stderr.matches("nope").count(),
        1,
        "said once: {}",
        unknown.stderr
    );
}

#[tokio::test]
async fn undo_after_unknowns_restores_the_server_exactly() {
    let cli = Cli::new(6, 3).await;
    let before = cli.ctl.snapshot();
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Status(502), 4);
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Body("{}".into()), 2);
    let ids = id_args(&cli.elected());
    let ran = cli.run(&batch_args(&ids, &[])).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let undo = cli.run(&["undo", "--yes"]).await;
    assert_eq!(undo.code, Some(0), "{}", undo.stderr);
    assert!(
        undo.stderr
            .contains("3 of them were found deselected by reading the list"),
        "{}",
        undo.stderr
    );
    assert_eq!(cli.ctl.snapshot(), before);
}

#[tokio::test]
async fn a_plain_undo_names_unknown_items_when_the_list_cannot_settle_them() {
    let cli = Cli::new(6, 0).await;
    let before = cli.elected();
    cli.ctl.hold(UNMARK);
    let ids = id_args(&before);
    let mut args = vec![
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--concurrency",
        "2",
    ];
    args.extend(strs(&ids));
    let mut child = cli.command(&args).spawn().unwrap();
    until("two requests in flight", || cli.ctl.waiting(UNMARK) == 2).await;
    child.kill().await.unwrap();
    until("the killed client gone", || cli.ctl.waiting(UNMARK) == 0).await;
    cli.ctl.release(UNMARK);

    // The read that would settle them is refused (48001): they stay unknown.
    cli.ctl.fail_next(LIST, 48001, 1);
    let undo = cli.run(&["undo", "--yes"]).await;
    assert_eq!(undo.code, Some(2), "{}", undo.stderr);
    assert!(
        undo.stderr
            .contains("could not read the list to settle 2 unknown comments"),
        "{}",
        undo.stderr
    );
    assert!(
        undo.stderr.contains("nothing confirmed to undo")
            && undo.stderr.contains("2 comments were sent")
            && undo
                .stderr
                .contains(&format!("{}, {}", before[0], before[1]))
            && undo.stderr.contains("--type normal"),
        "names them and what to do: {}",
        undo.stderr
    );
    assert!(!undo.stderr.contains("nothing to undo:"), "{}", undo.stderr);
    // Now the read works: they were never applied, so there is nothing to undo.
    let again = cli.run(&["undo", "--yes"]).await;
    assert_eq!(again.code, Some(2), "{}", again.stderr);
    assert!(
        again.stderr.contains("0 done, 2 not done"),
        "{}",
        again.stderr
    );
    assert_eq!(cli.elected(), before);
    assert_eq!(cli.ctl.calls(MARK), 0);
}

#[tokio::test]
async fn history_of_an_interrupted_batch_settles_it_first() {
    let cli = Cli::new(8, 0).await;
    let before = cli.elected();
    // Two requests applied whose answers never come, then the kill.
    cli.ctl
        .fault_after_applying(UNMARK, AnswerFault::Slow(Duration::from_secs(600)), 2);
    let ids = id_args(&before);
    let mut args = vec![
        "unelect",
        "--msg-data-id",
        ART_ARG,
        "--yes",
        "--concurrency",
        "2",
    ];
    args.extend(strs(&ids));
    let mut child = cli.command(&args).spawn().unwrap();
    until("two applied", || cli.elected().len() == 6).await;
    child.kill().await.unwrap();
    let batch = cli.journal().batches(1).unwrap().0[0].batch_id.clone();

    let table = cli.run(&["history"]).await;
    assert!(
        table.stdout.lines().next().unwrap().contains("UNKNOWN"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("INTERRUPTED"), "{}", table.stdout);
    let lists = cli.ctl.calls(LIST);
    // Without credentials the journal is shown as it stands, and it says why.
    let bare = cli
        .run_with_env(&["history", &batch], &[("WXMOD_ACCESS_TOKEN", "")])
        .await;
    assert_eq!(bare.code, Some(0), "{}", bare.stderr);
    assert!(
        bare.stderr
            .contains("2 comments of this batch are unknown and could not be settled now"),
        "{}",
        bare.stderr
    );
    assert_eq!(
        bare.stdout.matches("sent, no answer").count(),
        2,
        "{}",
        bare.stdout
    );
    assert_eq!(cli.ctl.calls(LIST), lists);
    let shown = cli.run(&["history", &batch]).await;
    assert_eq!(shown.code, Some(0), "{}", shown.stderr);
    assert!(
        shown
            .stderr
            .contains("read the list (1 list call) to settle 2 unknown comments: 2 done"),
        "{}",
        shown.stderr
    );
    assert_eq!(
        shown
            .stdout
            .matches("deselected (verified by reading the list)")
            .count(),
        2,
        "{}",
        shown.stdout
    );
    assert!(
        shown
            .stdout
            .contains("settled by reading the list (1 list call)"),
        "{}",
        shown.stdout
    );
    assert_eq!(cli.ctl.calls(LIST), lists + 1);
    // Settled once: the next look reads the journal only.
    let json = cli.run(&["history", &batch, "--json"]).await.json_lines();
    assert_eq!(cli.ctl.calls(LIST), lists + 1);
    assert_eq!(json[0]["list_calls"], 1);
    assert_eq!(json.iter().filter(|v| v["verified"] == true).count(), 2);
    // Undo re-elects them without another read.
    let undo = cli.run(&["undo", &batch, "--yes"]).await;
    assert_eq!(undo.code, Some(0), "{}", undo.stderr);
    assert_eq!(cli.elected(), before);
}
