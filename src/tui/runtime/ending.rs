//! How the console ends: stop signals and a failed terminal as state
//! changes (a running batch is cancelled, the console ends when it reports it
//! finished), the terminal given back at once, and the exit status from the
//! table in `crate::exit` over the batches this session ran.

use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture};
use ratatui::crossterm::execute;

use super::apply;
use crate::batch::BatchEvent;
use crate::exit::Exit;
use crate::exit::out::err_line;
use crate::exit::signals::{StopSignal, StopSignals};
use crate::tui::app::App;
use crate::tui::effect::Effect;
use crate::tui::exec::Executor;
use crate::tui::msg::Msg;
use crate::tui::transition;

/// The console's place in the exit table: the worst ending of the batches it
/// ran (0 all done, 1 some failed, 3 stopped or cancelled); 130 when it quit
/// at once with a batch still running (its requests in flight have no answer).
pub(super) fn console_exit(batches: Exit, running_at_end: bool, quit_at_once: bool) -> Exit {
    if quit_at_once || running_at_end {
        Exit::Quit
    } else {
        batches
    }
}

/// What the loop keeps besides the app: the stop signals, whether the
/// terminal is given back already, and how the batches so far ended.
pub(super) struct Run {
    pub(super) signals: StopSignals,
    pub(super) restored: bool,
    /// A stop signal came already: the next one quits at once. (A terminal
    /// that failed first does not count: its SIGHUP is still to come.)
    pub(super) signalled: bool,
    pub(super) quit_at_once: bool,
    pub(super) ended: Exit,
    pub(super) lang: crate::i18n::Lang,
    /// The terminal failed while a batch ran; told once the console ends.
    pub(super) lost: Option<std::io::Error>,
}

impl Run {
    /// Give the terminal back (once): the shell must be usable even while a
    /// stopped batch waits for its requests in flight.
    pub(super) fn restore(&mut self) {
        if !self.restored {
            self.restored = true;
            // Each step on its own, errors ignored: after SIGHUP the terminal
            // is gone, and `ratatui::restore` would `eprintln!` its error (a
            // panic on a dead stderr, with the batch's requests in flight).
            let _ = execute!(std::io::stdout(), DisableMouseCapture);
            let _ = execute!(std::io::stdout(), DisableBracketedPaste);
            let _ = ratatui::crossterm::terminal::disable_raw_mode();
            let _ = execute!(
                std::io::stdout(),
                ratatui::crossterm::terminal::LeaveAlternateScreen
            );
        }
    }

    /// The terminal failed (gone with its ssh session before SIGHUP came, or
    /// broken). With no batch running that ends the console with the error;
    /// with one, the batch stops as on SIGHUP instead of being dropped with
    /// its requests in flight. True when the console can end now.
    pub(super) fn lost_terminal(
        &mut self,
        err: std::io::Error,
        app: &mut App,
        exec: &mut Executor,
    ) -> std::io::Result<bool> {
        if app.batch.running.is_none() {
            return Err(err);
        }
        self.lost.get_or_insert(err);
        self.restore();
        Ok(apply(exec, on_signal(app)))
    }

    /// Note how a finished batch ended, before the app takes the message.
    pub(super) fn observe(&mut self, msg: &Msg) {
        if let Msg::Batch(BatchEvent::Finished(summary)) = msg {
            let ended = Exit::for_batch(summary.done, summary.total, summary.stopped.is_some());
            self.ended = self.ended.worst(ended);
        }
    }

    /// The first stop signal: terminal back, a line on stderr if a batch must
    /// finish its requests first, then stop like a second `q`. True when the
    /// console can end now.
    pub(super) fn first_signal(
        &mut self,
        signal: StopSignal,
        app: &mut App,
        exec: &mut Executor,
    ) -> bool {
        self.signalled = true;
        self.restore();
        let running = app.batch.running.is_some();
        // Cancel first, then say so: whoever reads the line may act on it at once.
        let quit = apply(exec, on_signal(app));
        if running {
            let text = crate::msg!("signal-stopping", signal = signal.name());
            err_line(&crate::sanitize::clean_line(&self.lang.render(&text)));
        }
        quit
    }
}

/// A stop signal as a state change: with no batch running the console ends;
/// with one, it is cancelled (nothing more is sent) and the console ends when
/// the batch reports it finished, as after `q` and "yes".
pub fn on_signal(app: &mut App) -> Vec<Effect> {
    let mut fx = Vec::new();
    if app.batch.running.is_none() {
        fx.push(Effect::Quit);
        return fx;
    }
    app.batch.quit_after = true;
    app.popup = None;
    transition::cancel_batch(app, &mut fx);
    fx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::Article;
    use crate::api::wire::WriteOp;
    use crate::tui::app::{Clock, Env, Running};
    use crate::tui::popup::Popup;

    fn app() -> App {
        let env = Env {
            endpoint: "http://127.0.0.1:9".into(),
            demo: false,
            token_label: crate::i18n::Message::text("ready token"),
        };
        let clock = Clock {
            now: 0,
            offset: time::UtcOffset::UTC,
        };
        App::new(env, clock, false)
    }

    #[test]
    fn a_signal_with_no_batch_running_ends_the_console() {
        let mut app = app();
        assert_eq!(on_signal(&mut app), vec![Effect::Quit]);
    }

    #[test]
    fn a_signal_stops_a_running_batch_and_quits_when_it_has_finished() {
        let mut app = app();
        app.popup = Some(Popup::QuitWhileRunning);
        app.batch.running = Some(Running {
            batch_id: Some("b1".into()),
            op: WriteOp::UnmarkElect,
            article: Article {
                msg_data_id: 1,
                index: 0,
            },
            progress: Default::default(),
            cancelling: false,
            undo: false,
            settling: None,
        });
        let fx = on_signal(&mut app);
        assert_eq!(
            fx,
            vec![Effect::CancelBatch],
            "no Quit before the batch ends"
        );
        assert!(app.batch.quit_after && app.popup.is_none());
        assert!(app.batch.running.as_ref().is_some_and(|b| b.cancelling));
        // A second signal while cancelling sends nothing new.
        assert_eq!(on_signal(&mut app), vec![]);
    }

    #[test]
    fn the_console_ends_by_the_same_table() {
        assert_eq!(console_exit(Exit::Ok, false, false), Exit::Ok);
        assert_eq!(console_exit(Exit::Failed, false, false), Exit::Failed);
        assert_eq!(console_exit(Exit::Stopped, false, false), Exit::Stopped);
        assert_eq!(
            console_exit(Exit::Ok, true, false),
            Exit::Quit,
            "quit with a batch running"
        );
        assert_eq!(console_exit(Exit::Ok, false, true), Exit::Quit);
    }
}
