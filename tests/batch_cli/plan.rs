//! Before anything is sent: refusal without a terminal, --ids-file errors,
//! --dry-run, and the question on a terminal.

use super::*;

#[tokio::test]
async fn without_yes_and_without_a_terminal_it_refuses_and_sends_nothing() {
    let cli = Cli::new(10, 0).await;
    let ids = id_args(&cli.elected()[..3]);
    let mut args = vec!["unelect", "--msg-data-id", ART_ARG];
    args.extend(strs(&ids));
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains("--yes"), "{}", ran.stderr);
    assert!(ran.stderr.contains("not a terminal"), "{}", ran.stderr);
    // --dry-run shows the plan (with the comments' text) and sends nothing either.
    args.extend(["--dry-run", "--json"]);
    let dry = cli.run(&args).await;
    assert_eq!(dry.code, Some(0), "{}", dry.stderr);
    assert!(dry.stderr.contains("generated comment #"), "{}", dry.stderr);
    let plan = &dry.json_lines()[0];
    assert_eq!(plan["type"], "plan");
    assert_eq!(plan["count"], 3);
    assert_eq!(cli.ctl.calls(UNMARK), 0);
    assert_eq!(cli.elected().len(), 10);
    assert!(
        cli.journal().batches(5).unwrap().0.is_empty(),
        "nothing journaled"
    );
}

#[tokio::test]
async fn a_bad_ids_file_is_named_by_line_before_anything_is_sent() {
    let cli = Cli::new(10, 0).await;
    let file = cli.dir.path().join("ids.txt");
    let good = cli.elected()[0];
    std::fs::write(
        &file,
        format!("# to remove\n{good}\n\n{good}7 # ok\n30000x1\n"),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--ids-file",
            path,
            "--yes",
        ])
        .await;
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("line 5"), "{}", ran.stderr);
    assert!(ran.stderr.contains("30000x1"), "{}", ran.stderr);
    let missing = cli.dir.path().join("nope.txt");
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--yes",
            "--ids-file",
            missing.to_str().unwrap(),
        ])
        .await;
    assert_eq!(ran.code, Some(2));
    assert!(
        ran.stderr.contains("cannot read --ids-file"),
        "{}",
        ran.stderr
    );
    let ran = cli
        .run_with_stdin(
            &[
                "unelect",
                "--msg-data-id",
                ART_ARG,
                "--yes",
                "--ids-file",
                "-",
            ],
            Some("# only comments\n\n"),
        )
        .await;
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("no comment ids"), "{}", ran.stderr);
    assert_eq!(cli.ctl.calls(UNMARK), 0);
}

#[cfg(unix)]
#[tokio::test]
async fn on_a_terminal_it_asks_and_sends_only_after_yes() {
    use portable_pty::{PtySize, native_pty_system};
    use std::io::{Read, Write};

    let cli = Cli::new(6, 0).await;
    let ids = id_args(&cli.elected()[..3]);
    for (answer, exit, sent) in [("n", 3, 0), ("y", 0, 3)] {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 160,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = cli.pty_command();
        cmd.args(["unelect", "--msg-data-id", ART_ARG]);
        cmd.args(&ids);
        let mut child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let mut writer = pair.master.take_writer().unwrap();
        // The simulator runs on this test's runtime: wait for output without blocking it.
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let mut screen = String::new();
        while !screen.contains("[y/N]") {
            let chunk = tokio::time::timeout(Duration::from_secs(60), rx.recv())
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("no question asked: {screen}"));
            screen.push_str(&String::from_utf8_lossy(&chunk));
        }
        assert!(screen.contains("Deselect 3 comments?"), "{screen}");
        assert_eq!(cli.ctl.calls(UNMARK), 0, "nothing sent before the answer");
        writer.write_all(format!("{answer}\r").as_bytes()).unwrap();
        let status = tokio::task::spawn_blocking(move || child.wait())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(status.exit_code(), exit, "answer {answer}");
        assert_eq!(cli.ctl.calls(UNMARK), sent, "answer {answer}");
        drop(pair.master);
    }
}

#[tokio::test]
async fn a_quota_that_cannot_be_read_is_noted_and_the_batch_goes_on() {
    let cli = Cli::new(60, 0).await;
    cli.ctl.fail_next("/cgi-bin/openapi/quota/get", 48001, 1);
    let ran = cli
        .run(&[
            "unelect",
            "--msg-data-id",
            ART_ARG,
            "--all",
            "--yes",
            "--json",
        ])
        .await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("quota: could not read it"),
        "{}",
        ran.stderr
    );
    assert!(cli.elected().is_empty(), "all 60 deselected anyway");
}

#[tokio::test]
async fn a_data_dir_that_cannot_hold_the_journal_is_refused_before_anything_is_sent() {
    let cli = Cli::new(5, 0).await;
    std::fs::write(cli.data_dir(), "a file where the data dir should be").unwrap();
    let ran = cli
        .run(&["unelect", "--msg-data-id", ART_ARG, "--all", "--yes"])
        .await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("WXMOD_DATA_DIR"),
        "names the fix: {}",
        ran.stderr
    );
    assert!(ran.stderr.contains("nothing was sent"), "{}", ran.stderr);
    assert_eq!(cli.ctl.calls(UNMARK), 0);
    assert_eq!(cli.elected().len(), 5);
}
