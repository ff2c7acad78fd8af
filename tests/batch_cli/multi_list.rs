//! `list` over several articles (tables, JSON, CSV a spreadsheet reads
//! back) and the typed count that confirms a large multi-article batch.

use super::multi::{A, B, TRICKY, article, three};
use super::*;

/// RFC 4180, as a spreadsheet reads it.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[tokio::test]
async fn list_csv_over_several_articles_reads_back_as_a_table() {
    let cli = Cli::articles().await;
    let mut args = vec!["list"];
    args.extend(three());
    args.extend(["--csv", "--type", "all"]);
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let text = ran.stdout.strip_prefix('\u{feff}').expect("a BOM first");
    let rows = parse_csv(text);
    assert_eq!(
        rows[0],
        [
            "msg_data_id",
            "index",
            "TITLE",
            "ID",
            "TIME",
            "AUTHOR",
            "E R",
            "CONTENT"
        ]
    );
    assert_eq!(rows.len(), 1 + 7 + 5 + 3, "{text}");
    assert!(rows.iter().all(|r| r.len() == 8), "{rows:?}");
    let tricky: Vec<_> = rows.iter().filter(|r| r[7] == TRICKY).collect();
    assert_eq!(
        tricky.len(),
        3,
        "commas, quotes and the line break survive: {text}"
    );
    assert_eq!(
        (tricky[0][0].as_str(), tricky[0][2].as_str()),
        ("3001", "第一篇：考研经验")
    );
    assert_eq!(tricky[1][2], "Second, with \"quotes\"");
    assert_eq!(rows[1..].iter().filter(|r| r[6].contains('★')).count(), 12);
    // One article: the table's columns alone, in the user's language.
    let one = cli
        .run_with_env(
            &["list", "--msg-data-id", "3001", "--csv", "--type", "all"],
            &[("LANG", "zh_CN.UTF-8")],
        )
        .await;
    let rows = parse_csv(one.stdout.strip_prefix('\u{feff}').unwrap());
    assert_eq!(rows[0], ["ID", "时间", "作者", "★ ↩", "内容"]);
    assert!(rows.iter().any(|r| r[4] == TRICKY), "{rows:?}");
}

#[tokio::test]
async fn list_json_over_several_articles_names_each_comments_article() {
    let cli = Cli::articles().await;
    let mut args = vec!["list"];
    args.extend(three());
    args.push("--json");
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let lines = ran.json_lines();
    assert_eq!(lines.len(), 12);
    let under_b = lines
        .iter()
        .filter(|v| v["msg_data_id"] == 3002 && v["index"] == 1)
        .count();
    assert_eq!(under_b, 4);
}

#[cfg(unix)]
#[tokio::test]
async fn from_100_comments_only_the_typed_count_sends_a_multi_article_batch() {
    use portable_pty::{PtySize, native_pty_system};
    use std::io::{Read, Write};

    let data = SimData {
        articles: vec![article(A, "a", 60, 0, 1), article(B, "b", 60, 0, 2)],
        accounts: Vec::new(),
    };
    let sim = start_sim(data, SimOptions::default()).await;
    let ctl = sim.control();
    let token = ctl.issue_token();
    let cli = Cli {
        sim,
        ctl,
        dir: Home::new(),
        token,
    };
    for (answer, exit, sent) in [("y", 3, 0), ("119", 3, 0), ("120", 0, 120)] {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 160,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = cli.pty_command();
        cmd.args([
            "unelect",
            "--msg-data-id",
            "3001",
            "--msg-data-id",
            "3002_2",
            "--all",
        ]);
        let mut child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let mut writer = pair.master.take_writer().unwrap();
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
        while !screen.contains("to confirm:") {
            let chunk = tokio::time::timeout(Duration::from_secs(60), rx.recv())
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("no question asked: {screen}"));
            screen.push_str(&String::from_utf8_lossy(&chunk));
        }
        assert!(screen.contains("Type 120 to confirm:"), "{screen}");
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

/// The query chooses under every article: `--where` over three articles lists
/// only what matches (one comment of each holds 考研 and 加V), and a broken
/// query reads nothing.
#[tokio::test]
async fn list_where_over_several_articles_keeps_what_matches_under_each() {
    let cli = Cli::articles().await;
    let mut args = vec!["list"];
    args.extend(three());
    args.extend(["--type", "all", "--json", "--where", "考研 加ｖ"]);
    let ran = cli.run(&args).await;
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    let lines = ran.json_lines();
    assert_eq!(lines.len(), 3, "{}", ran.stdout);
    assert!(
        lines.iter().all(|l| l["content"] == TRICKY),
        "{}",
        ran.stdout
    );
    let ids: std::collections::BTreeSet<u64> = lines
        .iter()
        .map(|l| l["msg_data_id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "one under each article");

    let calls = cli.ctl.calls("/cgi-bin/comment/list");
    assert!(calls >= 3, "the first run read the three lists");
    let mut broken = vec!["list"];
    broken.extend(three());
    broken.extend(["--where", "(考研"]);
    let ran = cli.run(&broken).await;
    assert_eq!(ran.code, Some(2), "{}", ran.stderr);
    assert!(ran.stderr.contains('^'), "{}", ran.stderr);
    assert_eq!(
        cli.ctl.calls("/cgi-bin/comment/list"),
        calls,
        "nothing read"
    );
}
