//! The event loop: terminal set-up and restore, crossterm events (keys,
//! bracketed paste, resizes, clicks and the wheel) and effect results in, one draw out per batch of
//! messages. Idle means no ticks and no draws: it waits on events only.
//!
//! SIGTERM and SIGHUP (and a SIGINT from outside: in raw mode Ctrl-C is a key)
//! restore the terminal at once and stop a running batch as `q` and "yes" do:
//! nothing more is sent, requests in flight finish and are recorded, then the
//! console ends. A second signal quits at once. The exit status follows the
//! table in `crate::exit` over the batches this session ran.

use std::io::IsTerminal;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::StreamExt;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, Event, EventStream,
    KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;
use tokio::sync::mpsc;

use crate::api::wire::Article;
use crate::exit::Exit;
use crate::exit::out::{err_line, out_line};
use crate::exit::signals::StopSignals;
use crate::session::Session;
use crate::tui::app::{App, Clock};
use crate::tui::effect::Effect;
use crate::tui::exec::Executor;
use crate::tui::mouse::{Mouse, MouseKind};
use crate::tui::msg::Msg;
use crate::tui::{update, view};

mod ending;
mod osc52;
pub mod switch;

use ending::{Run, console_exit};

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
        Event::Mouse(mouse) => to_mouse(mouse).map(Msg::Mouse),
        _ => None,
    }
}

/// Presses of the left button and the wheel; releases, drags, moves and the
/// other buttons are not the console's business.
fn to_mouse(event: MouseEvent) -> Option<Mouse> {
    let kind = match event.kind {
        MouseEventKind::Down(MouseButton::Left) => MouseKind::LeftClick,
        MouseEventKind::ScrollUp => MouseKind::WheelUp,
        MouseEventKind::ScrollDown => MouseKind::WheelDown,
        _ => return None,
    };
    Some(Mouse {
        kind,
        column: event.column,
        row: event.row,
    })
}

/// Ask for presses, releases and the wheel (1000) in SGR coordinates (1006),
/// which any width of terminal can report. Not crossterm's
/// `EnableMouseCapture`: it also asks for every motion of the pointer (1003),
/// a stream of events over ssh that the console would only throw away.
/// `DisableMouseCapture` turns all of these off again.
struct CaptureClicks;

impl ratatui::crossterm::Command for CaptureClicks {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }

    #[cfg(windows)]
    fn execute_winapi(&self) -> std::io::Result<()> {
        ratatui::crossterm::event::EnableMouseCapture.execute_winapi()
    }
}

/// Give the mouse back even on a panic: ratatui's own hook restores raw mode
/// and the screen, not the mouse, and a shell left reporting clicks prints
/// escape codes at every touch of the mouse.
fn release_mouse_on_panic() {
    let earlier = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        earlier(info);
    }));
}

pub async fn run(mut session: Session, start: Option<Article>) -> Exit {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        err_line(&session.lang.t("tui-needs-terminal"));
        return Exit::Usage;
    }
    let env = switch::env_of(&session);
    let clock = Clock {
        now: unix_now(),
        // The session's: the user's `utc_offset`, else the local one (read in
        // `cli::main` before any thread started).
        offset: session.offset,
    };
    // A broken keymap stops the start as a config error does: keys the user
    // did not mean are worse than no console.
    let keymap = match crate::tui::keymap::load_user(&session.dirs.config_file) {
        Ok(keymap) => keymap,
        Err(err) => {
            err_line(&crate::sanitize::clean_line(
                &session.lang.render(&crate::i18n::Localize::message(&err)),
            ));
            return Exit::Usage;
        }
    };
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut app = App::new(env, clock, color);
    app.lang = session.lang;
    app.colors = session.settings.theme;
    app.filter.rules = session.settings.rules.clone();
    app.articles.days = session.settings.recent_days;
    // Once per process: the App borrows its keymap for as long as it lives.
    app.keymap = Box::leak(Box::new(keymap));
    let (list, default) = switch::accounts_of(&session);
    app.accounts = crate::tui::acctpick::Accounts {
        list,
        current: session.account().name.clone(),
        default,
        switching: None,
    };
    // Each account has its own recent articles: an id means nothing under another.
    app.recent = switch::recent_of(&session);

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
    release_mouse_on_panic();
    let _ = execute!(std::io::stdout(), EnableBracketedPaste, CaptureClicks);
    let mut run = Run {
        signals,
        restored: false,
        signalled: false,
        quit_at_once: false,
        ended: Exit::Ok,
        lang: session.lang,
        lost: None,
    };
    let result = event_loop(&mut terminal, &mut app, &mut session, start, &mut run).await;
    run.restore();
    let result = match (result, run.lost.take()) {
        (Ok(_), Some(err)) => Err(err),
        (result, _) => result,
    };
    // What this session did stays in the shell's scrollback.
    let report = app.exit_report();
    if !report.is_empty() {
        // The demo's journal leaves with it: no command can show its batches.
        let header = if app.env.demo {
            "tui-exit-header-demo"
        } else {
            "tui-exit-header"
        };
        out_line(&session.lang.t(header));
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
                run.quit_at_once,
            )
        }
    }
}

/// Runs until an `Effect::Quit` (or a second stop signal); returns how many
/// frames were drawn. Once the terminal is given back it reads only the
/// batch's messages and draws nothing.
async fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    session: &mut Session,
    start: Option<Article>,
    run: &mut Run,
) -> std::io::Result<u64> {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let mut exec = Executor::new(session, tx.clone());
    exec.forward_client_notices();
    let (switch_tx, mut switch_rx) = mpsc::unbounded_channel();
    let mut switches = switch::Switches { tx: switch_tx };
    let mut events = EventStream::new();
    let mut ticker = tokio::time::interval(TICK);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);

    let size = terminal.size()?;
    update::update(app, Msg::Resize(size.width, size.height));
    let mut quit = apply_all(&mut exec, session, &mut switches, update::start(app, start));
    let mut draws = 0u64;
    terminal.draw(|f| view::view(app, f))?;
    draws += 1;

    while !quit {
        let live = !run.restored;
        let first = tokio::select! {
            event = events.next(), if live => match event {
                Some(Ok(event)) => to_msg(event),
                Some(Err(err)) => {
                    quit |= run.lost_terminal(err, app, &mut exec)?;
                    None
                }
                None if app.batch.running.is_none() => return Ok(draws),
                None => {
                    let gone = std::io::Error::from(std::io::ErrorKind::UnexpectedEof);
                    quit |= run.lost_terminal(gone, app, &mut exec)?;
                    None
                }
            },
            Some(msg) = rx.recv() => Some(msg),
            Some((name, opened)) = switch_rx.recv() => {
                switch::switched(app, session, &mut exec, &tx, name, opened)
            }
            _ = ticker.tick(), if live && app.needs_tick() => Some(Msg::Tick),
            Some(signal) = run.signals.next() => {
                if run.signalled {
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
                quit |= apply_all(&mut exec, session, &mut switches, fx);
                changed = true;
            }
            if !run.restored
                && let Some(event) = ready_now(&mut events).await
            {
                match event {
                    Ok(event) => pending = to_msg(event),
                    Err(err) => quit |= run.lost_terminal(err, app, &mut exec)?,
                }
                continue;
            }
            if let Ok(msg) = rx.try_recv() {
                pending = Some(msg);
                continue;
            }
            break;
        }
        if changed && !quit && !run.restored {
            match terminal.draw(|f| view::view(app, f)) {
                Ok(_) => draws += 1,
                Err(err) => quit |= run.lost_terminal(err, app, &mut exec)?,
            }
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

/// Run the effects, switches of account included; true when one of them is `Quit`.
fn apply_all(
    exec: &mut Executor,
    session: &Session,
    switches: &mut switch::Switches,
    effects: Vec<Effect>,
) -> bool {
    let (switching, others): (Vec<Effect>, Vec<Effect>) = effects
        .into_iter()
        .partition(|e| matches!(e, Effect::SwitchAccount(_)));
    for effect in switching {
        if let Effect::SwitchAccount(name) = effect {
            let (opening, tx) = (switch::open_account(session, &name), switches.tx.clone());
            tokio::spawn(async move {
                let _ = tx.send((name, opening.await));
            });
        }
    }
    apply(exec, others)
}

/// Run the effects; true when one of them is `Quit`.
fn apply(exec: &mut Executor, effects: Vec<Effect>) -> bool {
    let mut quit = false;
    for effect in effects {
        match effect {
            Effect::Quit => quit = true,
            // A failed write means the terminal is going; the next draw says so.
            Effect::Copy(text) => {
                let _ = osc52::copy(&text);
            }
            effect => exec.run(effect),
        }
    }
    quit
}
