//! The console under SIGTERM and SIGHUP, on a pseudo-terminal: the terminal is
//! given back at once, the running batch stops as after `q` and "yes" (the
//! request in flight finishes and is recorded, nothing more is sent), and the
//! exit status follows the table: 3, stopped with comments not attempted.

use std::io::{Read, Write};

use portable_pty::{PtySize, native_pty_system};

use super::*;

/// The pty's output, fed to a screen; each wait is for the next chunk.
struct Screen {
    rx: tokio::sync::mpsc::UnboundedReceiver<Vec<u8>>,
    parser: vt100::Parser,
}

impl Screen {
    fn text(&self) -> String {
        self.parser.screen().contents()
    }

    async fn wait_for(&mut self, what: &str, done: impl Fn(&str) -> bool) {
        while !done(&self.text()) {
            let chunk = tokio::time::timeout(Duration::from_secs(60), self.rx.recv())
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("no {what}; screen:\n{}", self.text()));
            self.parser.process(&chunk);
        }
    }

    /// Everything until the pty closes (the console has ended).
    async fn until_closed(&mut self) {
        while let Ok(Some(chunk)) =
            tokio::time::timeout(Duration::from_secs(60), self.rx.recv()).await
        {
            self.parser.process(&chunk);
        }
    }
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_signal_gives_the_terminal_back_and_stops_the_console_s_batch() {
    for name in ["TERM", "HUP"] {
        let cli = Cli::new(10, 0).await;
        // One request at a time: one in flight, the rest not attempted.
        std::fs::write(cli.dir.config_file(), "concurrency = 1\n").unwrap();
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = cli.pty_command();
        cmd.env("TERM", "xterm-256color");
        cmd.args(["--msg-data-id", ART_ARG]);
        let mut child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let mut writer = pair.master.take_writer().unwrap();
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let mut screen = Screen {
            rx,
            parser: vt100::Parser::new(40, 120, 0),
        };
        let mut send = |keys: &str| {
            writer.write_all(keys.as_bytes()).unwrap();
            writer.flush().unwrap();
        };
        screen
            .wait_for("loaded list", |s| s.contains("loaded 10 elected comments"))
            .await;
        cli.ctl.hold(UNMARK);
        send("   ");
        screen
            .wait_for("three marks", |s| s.contains("3 marked"))
            .await;
        send("d");
        screen
            .wait_for("the confirmation", |s| s.contains("Deselect 3 comments?"))
            .await;
        send("y");
        until("one request in flight", || cli.ctl.waiting(UNMARK) == 1).await;

        let pid = child.process_id().unwrap().to_string();
        let killed = Command::new("kill")
            .args(["-s", name, &pid])
            .status()
            .await
            .unwrap();
        assert!(killed.success());
        screen
            .wait_for("the stopping line", |s| {
                s.contains(&format!("SIG{name} received, stopping"))
            })
            .await;
        assert_eq!(cli.ctl.calls(UNMARK), 1, "SIG{name}: nothing more sent");
        cli.ctl.release(UNMARK);
        screen.until_closed().await;
        let status = tokio::task::spawn_blocking(move || child.wait())
            .await
            .unwrap()
            .unwrap();
        let after = screen.text();
        assert_eq!(status.exit_code(), 3, "SIG{name}: {after}");
        assert!(after.contains("this session's batches"), "{after}");

        let (batches, _) = cli.journal().batches(1).unwrap();
        let o = &batches[0];
        assert!(
            matches!(&o.state, BatchState::Stopped { reason } if *reason == wxmod::batch::StopReason::Cancelled),
            "SIG{name}: {:?}",
            o.state
        );
        assert_eq!(
            (o.done, o.not_attempted, o.sent_without_answer),
            (1, 2, 0),
            "SIG{name}: {o:?}"
        );
        assert_eq!(cli.ctl.calls(UNMARK), 1);
        assert_eq!(cli.elected().len(), 9);
        drop(pair.master);
    }
}
