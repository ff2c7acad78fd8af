//! The event loop: terminal set-up and restore, crossterm events (keys,
//! bracketed paste, resizes) and effect results in, one draw out per batch of
//! messages. Idle means no ticks and no draws: it waits on events only.
//!
//! SIGTERM and SIGHUP (and a SIGINT from outside: in raw mode Ctrl-C is a key)
//! restore the terminal at once and stop a running batch as a second `q` does:
//! nothing more is sent, requests in flight finish and are recorded, then the
//! console ends. A second signal quits at once. The exit status follows the
//! table in `crate::exit` over the batches this session ran.

use std::io::IsTerminal;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::StreamExt;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, EnableBracketedPaste, Event, EventStream, KeyEventKind,
};
use ratatui::crossterm::execute;
use tokio::sync::mpsc;

use crate::api::wire::Article;
use crate::batch::BatchEvent;
use crate::exit::Exit;
use crate::exit::out::{err_line, out_line};
use crate::exit::signals::{StopSignal, StopSignals};
use crate::session::Session;
use crate::tui::app::{App, Clock, Env};
use crate::tui::effect::Effect;
use crate::tui::exec::Executor;
use crate::tui::msg::Msg;
use crate::tui::{recent, transition, update, view};

/// How often a spinner or a batch's progress redraws.
const TICK: Duration = Duration::from_millis(100);

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(Msg::Key(key)),
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        _ => None,
    }
}

pub async fn run(session: Session, start: Option<Article>) -> Exit {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        err_line(&session.lang.t("tui-needs-terminal"));
        return Exit::Usage;
    }
    let env = Env {
        endpoint: session.client.api_base().to_string(),
        demo: session.is_demo(),
        token_label: session.client.token_source(),
    };
    let clock = Clock {
        now: unix_now(),
        // The session's: the user's `utc_offset`, else the local one (read in
        // `cli::main` before any thread started).
        offset: session.offset,
    };
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut app = App::new(env, clock, color);
    app.lang = session.lang;
    app.recent = recent::load(&session.dirs.data_dir);
    if app.recent.is_empty()
        && let Some(demo) = &session.demo
    {
        // A first demo run offers the simulator's articles, so there is something to pick.
        app.recent = demo
            .control()
            .snapshot()
            .articles
            .iter()
            .take(recent::KEEP)
            .map(|a| recent::RecentArticle {
                article: a.article(),
                loaded_at: 0,
                comments: a.elected_count(),
                kind: "elected".into(),
                title: Some(a.title.clone()),
            })
            .collect();
    }

    // Before the terminal changes mode: from here on a stop signal is ours.
    let signals = StopSignals::new();
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(err) => {
            let text = crate::msg!("tui-cannot-open", error = err.to_string());
            err_line(&session.lang.render(&text));
            return Exit::Failed;
        }
    };
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    let mut run = Run {
        signals,
        restored: false,
        quit_at_once: false,
        ended: Exit::Ok,
        lang: session.lang,
    };
    let result = event_loop(&mut terminal, &mut app, &session, start, &mut run).await;
    run.restore();
    // What this session did stays in the shell's scrollback.
    let report = app.exit_report();
    if !report.is_empty() {
        out_line(&session.lang.t("tui-exit-header"));
        for line in &report {
            out_line(&format!("  {}", crate::sanitize::clean_line(line)));
        }
    }
    match result {
        Ok(draws) => {
            tracing::debug!(draws, "console closed");
            console_exit(run.ended, app.batch.running.is_some(), run.quit_at_once)
        }
        Err(err) => {
            let text = crate::msg!("tui-console-stopped", error = err.to_string());
            err_line(&session.lang.render(&text));
            console_exit(
                run.ended.worst(Exit::Failed),
                app.batch.running.is_some(),
                false,
            )
        }
    }
}

/// The console's place in the exit table: the worst ending of the batches it
/// ran (0 all done, 1 some failed, 3 stopped or cancelled); 130 when it quit
/// at once with a batch still running (its requests in flight have no answer).
fn console_exit(batches: Exit, running_at_end: bool, quit_at_once: bool) -> Exit {
    if quit_at_once || running_at_end {
        Exit::Quit
    } else {
        batches
    }
}

/// What the loop keeps besides the app: the stop signals, whether the
/// terminal is given back already, and how the batches so far ended.
struct Run {
    signals: StopSignals,
    restored: bool,
    quit_at_once: bool,
    ended: Exit,
    lang: crate::i18n::Lang,
}

impl Run {
    /// Give the terminal back (once): the shell must be usable even while a
    /// stopped batch waits for its requests in flight.
    fn restore(&mut self) {
        if !self.restored {
            self.restored = true;
            let _ = execute!(std::io::stdout(), DisableBracketedPaste);
            ratatui::restore();
        }
    }

    /// Note how a finished batch ended, before the app takes the message.
    fn observe(&mut self, msg: &Msg) {
        if let Msg::Batch(BatchEvent::Finished(summary)) = msg {
            let ended = Exit::for_batch(summary.done, summary.total, summary.stopped.is_some());
            self.ended = self.ended.worst(ended);
        }
    }

    /// The first stop signal: terminal back, a line on stderr if a batch must
    /// finish its requests first, then stop like a second `q`. True when the
    /// console can end now.
    fn first_signal(&mut self, signal: StopSignal, app: &mut App, exec: &mut Executor) -> bool {
        self.restore();
        if app.batch.running.is_some() {
            let text = crate::msg!("signal-stopping", signal = signal.name());
            err_line(&crate::sanitize::clean_line(&self.lang.render(&text)));
        }
        apply(exec, on_signal(app))
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

/// Runs until an `Effect::Quit` (or a second stop signal); returns how many
/// frames were drawn. Once the terminal is given back it reads only the
/// batch's messages and draws nothing.
async fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    session: &Session,
    start: Option<Article>,
    run: &mut Run,
) -> std::io::Result<u64> {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let mut exec = Executor::new(session, tx);
    exec.forward_client_notices();
    let mut events = EventStream::new();
    let mut ticker = tokio::time::interval(TICK);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);

    let size = terminal.size()?;
    update::update(app, Msg::Resize(size.width, size.height));
    let mut quit = apply(&mut exec, update::start(app, start));
    let mut draws = 0u64;
    terminal.draw(|f| view::view(app, f))?;
    draws += 1;

    while !quit {
        let live = !run.restored;
        let first = tokio::select! {
            event = events.next(), if live => match event {
                Some(Ok(event)) => to_msg(event),
                Some(Err(err)) => return Err(err),
                None => return Ok(draws),
            },
            Some(msg) = rx.recv() => Some(msg),
            _ = ticker.tick(), if live && app.needs_tick() => Some(Msg::Tick),
            Some(signal) = run.signals.next() => {
                if run.restored {
                    // The second: quit at once, the journal tells the rest.
                    run.quit_at_once = true;
                    return Ok(draws);
                }
                quit |= run.first_signal(signal, app, &mut exec);
                None
            }
        };
        let mut changed = false;
        let mut pending = first;
        // Drain everything already queued, then draw once.
        loop {
            if let Some(msg) = pending.take() {
                app.clock.now = unix_now();
                run.observe(&msg);
                let fx = update::update(app, msg);
                quit |= apply(&mut exec, fx);
                changed = true;
            }
            if !run.restored
                && let Some(event) = ready_now(&mut events).await
            {
                pending = to_msg(event?);
                continue;
            }
            if let Ok(msg) = rx.try_recv() {
                pending = Some(msg);
                continue;
            }
            break;
        }
        if changed && !quit && !run.restored {
            terminal.draw(|f| view::view(app, f))?;
            draws += 1;
        }
    }
    Ok(draws)
}

/// The next item if one is ready, without waiting. Polled with this task's
/// own waker: crossterm's EventStream remembers only the waker of the poll that
/// found nothing, so a throwaway waker (`now_or_never`) would lose wake-ups.
async fn ready_now<S: futures::Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| match stream.poll_next_unpin(cx) {
        std::task::Poll::Ready(item) => std::task::Poll::Ready(item),
        std::task::Poll::Pending => std::task::Poll::Ready(None),
    })
    .await
}

/// Run the effects; true when one of them is `Quit`.
fn apply(exec: &mut Executor, effects: Vec<Effect>) -> bool {
    let mut quit = false;
    for effect in effects {
        if effect == Effect::Quit {
            quit = true;
        } else {
            exec.run(effect);
        }
    }
    quit
}

#[cfg(test)]
mod tests {
    use super::*;
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
