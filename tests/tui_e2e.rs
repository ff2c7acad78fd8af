//! The real binary in a pseudo-terminal against an in-test simulator: paste an
//! article id, load it, mark two comments, deselect them, and check both what
//! the screen shows and what the simulator now holds. Then the mouse: marks
//! clicked in their boxes, cleared by Esc, restored by Ctrl-z, deselected,
//! and `q` asking before it drops a mark.

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty, PtySize, native_pty_system};
use wxmod::api::wire::WriteOp;
use wxmod::sim::{AnswerFault, SimData, SimOptions};

#[path = "support/mod.rs"]
mod support;

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// Generous: a slow, shared machine must not fail the test; a hang still ends.
const PATIENCE: Duration = Duration::from_secs(30);

/// The console in a pty, with a vt100 screen fed from its output.
struct Console {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    screen: vt100::Parser,
}

impl Console {
    /// `lang` is `en` or `zh`: the locale decides it, whatever the machine
    /// running the test is set to (the shared isolation clears the rest).
    fn start(api_base: &str, token: &str, home: &support::Home, lang: &str) -> Console {
        Console::start_sized(api_base, token, home, lang, (COLS, ROWS))
    }

    /// `start` on a terminal of `(cols, rows)`.
    fn start_sized(
        api_base: &str,
        token: &str,
        home: &support::Home,
        lang: &str,
        size: (u16, u16),
    ) -> Console {
        let mut cmd = home.pty_command();
        cmd.args(["--api-base", api_base]);
        cmd.env("LANG", support::locale(lang));
        cmd.env("WXMOD_ACCESS_TOKEN", token);
        Console::spawn(cmd, home, size)
    }

    /// `wxmod --demo` in a pty (English, 120x40).
    fn start_demo(home: &support::Home) -> Console {
        let mut cmd = home.pty_command();
        cmd.args(["--demo"]);
        cmd.env("LANG", support::locale("en"));
        Console::spawn(cmd, home, (120, 40))
    }

    /// Run `cmd` in a pty of `(cols, rows)`, reading what it draws.
    fn spawn(
        mut cmd: portable_pty::CommandBuilder,
        home: &support::Home,
        (cols, rows): (u16, u16),
    ) -> Console {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        cmd.cwd(home.path());
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Console {
            child,
            _master: pair.master,
            writer,
            output,
            screen: vt100::Parser::new(rows, cols, 0),
        }
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn text(&self) -> String {
        self.screen.screen().contents()
    }

    /// Feed output to the screen until `done` holds for it; each wait is for
    /// the next output, bounded by PATIENCE overall.
    fn wait_for(&mut self, what: &str, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !done(&self.text()) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.screen.process(&bytes),
                Err(RecvTimeoutError::Timeout) => {
                    panic!("timed out waiting for {what}; screen:\n{}", self.text())
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!(
                        "console ended while waiting for {what}; screen:\n{}",
                        self.text()
                    )
                }
            }
        }
    }

    /// Drain output until the pty closes (the console quit).
    fn wait_closed(&mut self) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.screen.process(&bytes),
                Err(RecvTimeoutError::Disconnected) => return,
                Err(RecvTimeoutError::Timeout) => panic!("the console did not quit"),
            }
        }
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

#[test]
fn paste_load_mark_two_and_deselect_them() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = runtime.block_on(support::start_sim(SimData::demo(), SimOptions::default()));
    let control = sim.control();
    let article = support::ART;
    let before = control.snapshot();
    // The console lists newest first (ties by id), so the first two rows are:
    let mut elected: Vec<_> = control
        .comments(article)
        .into_iter()
        .filter(|c| c.is_elected())
        .collect();
    elected.sort_by(|a, b| {
        (b.create_time, b.user_comment_id).cmp(&(a.create_time, a.user_comment_id))
    });
    let targets = [elected[0].user_comment_id, elected[1].user_comment_id];

    let home = support::Home::new();
    let mut console = Console::start(&sim.url(), &control.issue_token(), &home, "en");
    console.wait_for("the article input", |s| s.contains("msg_data_id"));
    // The header names the account (no config: the environment's `default`).
    console.wait_for("the account in the header", |s| {
        s.contains("account default · ready token")
    });

    // A bracketed paste with a trailing newline must not load by itself.
    console.send("\x1b[200~2247483652\n\x1b[201~");
    console.wait_for("the parsed id", |s| {
        s.contains("→ msg_data_id 2247483652, index 0")
    });
    console.send("\r");
    console.wait_for("the loaded list", |s| {
        s.contains(&format!("loaded {} elected comments", elected.len()))
    });
    console.send("  ");
    console.wait_for("two marks", |s| s.contains("2 marked"));
    console.send("d");
    console.wait_for("the confirmation", |s| s.contains("Deselect 2 comments?"));
    console.send("y");
    console.wait_for("the outcomes", |s| {
        s.contains(&format!("✓ {} deselected", targets[0]))
            && s.contains(&format!("✓ {} deselected", targets[1]))
            && s.contains("2 deselected, 0 failed")
            && s.contains("reloaded")
    });

    // The server: exactly those two are no longer elected, nothing else changed.
    let mut expected = before.clone();
    for a in &mut expected.articles {
        for c in &mut a.comments {
            if a.msg_data_id == article.msg_data_id
                && a.index == article.index
                && targets.contains(&c.user_comment_id)
            {
                c.comment_type = 0;
            }
        }
    }
    assert_eq!(control.snapshot(), expected);

    console.send("q");
    console.wait_closed();
    let status = console.child.wait().unwrap();
    assert!(status.success(), "exit status {status:?}");
    // The console's screen is gone; what the session did stays in the shell.
    let after = console.text();
    assert!(
        after.contains("this session's batches")
            && after.contains("on 2247483652 index 0: 2 deselected, 0 failed"),
        "{after}"
    );
}

#[test]
fn a_lost_answer_is_settled_by_the_list_each_retry_said_once_and_undo_restores_all() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = runtime.block_on(support::start_sim(SimData::demo(), SimOptions::default()));
    let control = sim.control();
    let article = support::ART;
    let before = control.snapshot();
    let elected = control
        .comments(article)
        .into_iter()
        .filter(|c| c.is_elected())
        .count();
    // One call answers "system busy" (retried), another is applied and its
    // answer has no errcode (unknown until the list is read).
    let path = WriteOp::UnmarkElect.path();
    control.fail_next(path, -1, 1);
    control.fault_after_applying(path, AnswerFault::Body("{}".into()), 1);

    let home = support::Home::new();
    // Tall enough for the log pane to hold the whole batch.
    let mut console =
        Console::start_sized(&sim.url(), &control.issue_token(), &home, "en", (120, 72));
    console.wait_for("the article input", |s| s.contains("msg_data_id"));
    console.send("\x1b[200~2247483652\x1b[201~\r");
    console.wait_for("the loaded list", |s| {
        s.contains(&format!("loaded {elected} elected comments"))
    });
    console.send("  d");
    console.wait_for("the confirmation", |s| s.contains("Deselect 2 comments?"));
    console.send("y");
    console.wait_for("the settled batch", |s| {
        s.contains("to settle 1 unknown comment: 1 done, 0 not done, 0 no longer in the list")
            && s.contains("2 deselected, 0 failed")
            && s.contains("reloaded")
    });
    let screen = console.text();
    assert_eq!(
        screen.matches("retrying in").count(),
        1,
        "one line for the one retry:\n{screen}"
    );
    assert_eq!(
        screen
            .matches("deselected (verified by reading the list)")
            .count(),
        1,
        "{screen}"
    );
    assert!(
        screen.contains("reading the list to settle 1 comment"),
        "{screen}"
    );
    assert!(!screen.contains("failed —"), "{screen}");

    // Undo re-elects both, the one known only from the list included.
    console.send("u");
    console.wait_for("the undo confirmation", |s| {
        s.contains("Re-elect 2 comments?")
            && s.contains("1 of them was found deselected by reading the list")
    });
    console.send("y");
    console.wait_for("the undo", |s| s.contains("2 elected, 0 failed"));
    assert_eq!(control.snapshot(), before, "the server is as it was");
    console.send("q");
    console.wait_closed();
    let status = console.child.wait().unwrap();
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn a_chinese_locale_gets_the_chinese_console() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = runtime.block_on(support::start_sim(SimData::demo(), SimOptions::default()));
    let control = sim.control();
    let home = support::Home::new();
    let mut console = Console::start(&sim.url(), &control.issue_token(), &home, "zh");
    console.wait_for("the article input", |s| s.contains("篇目"));
    console.send("\x1b[200~2247483652\x1b[201~");
    console.wait_for("the parsed id", |s| s.contains("第 1 篇（index 0）"));
    console.send("\r");
    console.wait_for("the loaded list", |s| {
        s.contains("精选留言") && s.contains("条精选留言")
    });
    console.send("q");
    console.wait_closed();
    let status = console.child.wait().unwrap();
    assert!(status.success(), "exit status {status:?}");
}

/// The screen line (0-based) on which the table shows comment `id`.
fn row_of(screen: &str, id: u64) -> u16 {
    let id = id.to_string();
    let line = screen
        .lines()
        .position(|l| l.contains("[ ]") && l.split_whitespace().any(|w| w == id))
        .unwrap_or_else(|| panic!("no row for {id}:\n{screen}"));
    u16::try_from(line).unwrap()
}

/// A left click (press and release) at a 0-based cell, as an xterm reports
/// it in SGR mouse mode (1-based coordinates).
fn sgr_click(column: u16, row: u16) -> String {
    let (x, y) = (column + 1, row + 1);
    format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m")
}

#[test]
fn marks_made_with_the_mouse_survive_esc_and_a_batch_runs_then_q_asks() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = runtime.block_on(support::start_sim(SimData::demo(), SimOptions::default()));
    let control = sim.control();
    let article = support::ART;
    let mut elected: Vec<_> = control
        .comments(article)
        .into_iter()
        .filter(|c| c.is_elected())
        .collect();
    elected.sort_by(|a, b| {
        (b.create_time, b.user_comment_id).cmp(&(a.create_time, a.user_comment_id))
    });
    let targets = [elected[1].user_comment_id, elected[3].user_comment_id];

    let home = support::Home::new();
    let mut console = Console::start(&sim.url(), &control.issue_token(), &home, "en");
    console.wait_for("the article input", |s| s.contains("msg_data_id"));
    console.send("\x1b[200~2247483652\x1b[201~\r");
    console.wait_for("the loaded list", |s| {
        s.contains(&format!("loaded {} elected comments", elected.len()))
    });

    assert_ne!(
        console.screen.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "the console asked for clicks"
    );
    // The mark box is the row's first cells: the pointer and `[ ]`.
    for id in targets {
        let row = row_of(&console.text(), id);
        console.send(&sgr_click(1, row));
    }
    console.wait_for("two marks made with the mouse", |s| {
        s.contains("2 marked") && s.matches("[x]").count() == 2
    });
    let screen = console.text();
    for id in targets {
        assert!(
            screen
                .lines()
                .any(|l| l.contains("[x]") && l.contains(&id.to_string())),
            "{id} is marked:\n{screen}"
        );
    }

    console.send("\x1b");
    console.wait_for("the marks cleared", |s| {
        s.contains("cleared 2 marks") && !s.contains("[x]")
    });
    console.send("\x1a"); // Ctrl-z
    console.wait_for("the marks restored", |s| {
        s.contains("restored 2 marks") && s.contains("2 marked")
    });

    console.send("d");
    console.wait_for("the confirmation", |s| s.contains("Deselect 2 comments?"));
    console.send("y");
    console.wait_for("the outcomes", |s| {
        s.contains(&format!("✓ {} deselected", targets[0]))
            && s.contains(&format!("✓ {} deselected", targets[1]))
            && s.contains("2 deselected, 0 failed")
            && s.contains("reloaded")
    });
    let now = control.comments(article);
    for id in targets {
        let c = now.iter().find(|c| c.user_comment_id == id).unwrap();
        assert!(!c.is_elected(), "{id} is deselected on the server");
    }

    // One more mark, then q asks before dropping it.
    let row = row_of(&console.text(), elected[0].user_comment_id);
    console.send(&sgr_click(1, row));
    console.wait_for("a mark", |s| s.contains("1 marked"));
    console.send("q");
    console.wait_for("the quit question", |s| {
        s.contains("Quit with marked comments?")
    });
    console.send("y");
    console.wait_closed();
    let status = console.child.wait().unwrap();
    assert!(status.success(), "exit status {status:?}");
    // The shell is not left reporting every click as escape codes.
    assert_eq!(
        console.screen.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
}

/// The article list in the real binary: Ctrl-o reads the simulator's data
/// cube, typing finds an article by its title, Enter loads it (index
/// included) and its title shows above the input.
#[test]
fn ctrl_o_finds_an_article_by_its_title_and_loads_it() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = runtime.block_on(support::start_sim(SimData::demo(), SimOptions::default()));
    let control = sim.control();
    let home = support::Home::new();
    let mut console = Console::start(&sim.url(), &control.issue_token(), &home, "en");
    console.wait_for("the article input", |s| s.contains("msg_data_id"));
    console.send("\x0f");
    console.wait_for("the demo's titles", |s| {
        s.contains("编辑部的一天") && s.contains("留言抽奖")
    });
    console.send("编辑部");
    console.wait_for("the filtered list", |s| s.contains("1 of "));
    console.send("\r");
    console.wait_for("the loaded article", |s| {
        s.contains("elected comments of 2247483652 index 1")
    });
    let screen = console.text();
    let bar = screen.lines().find(|l| l.contains("Article")).unwrap_or("");
    assert!(bar.contains("编辑部的一天"), "{screen}");
    console.send("q");
    console.wait_closed();
}

/// The demo's two accounts through the real runtime: `A` opens the picker,
/// Enter opens the second account on the same simulator, the header names
/// it, and its own article loads.
#[test]
fn the_demo_switches_to_its_second_account() {
    let home = support::Home::new();
    let mut console = Console::start_demo(&home);
    console.wait_for("the demo's first account", |s| s.contains("account demo "));
    // Out of the article input: `A` would be typed there.
    console.send("\t");
    console.send("A");
    console.wait_for("the picker", |s| s.contains("Accounts · 2 configured"));
    console.send("j\r");
    console.wait_for("the switch", |s| s.contains("now working as account demo2"));
    assert!(
        console.text().contains("account demo2 ("),
        "{}",
        console.text()
    );
    console.send("\x1b[200~2650000117\x1b[201~\r");
    console.wait_for("the second account's article", |s| {
        s.contains("loaded 4 elected comments of 2650000117")
    });
    console.send("q");
    console.wait_closed();
    let status = console.child.wait().unwrap();
    assert!(status.success(), "exit status {status:?}");
}
