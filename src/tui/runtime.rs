//! The event loop: terminal set-up and restore, crossterm events (keys,
//! bracketed paste, resizes) and effect results in, one draw out per batch of
//! messages. Idle means no ticks and no draws: it waits on events only.

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
use crate::exit::Exit;
use crate::session::Session;
use crate::tui::app::{App, Clock, Env};
use crate::tui::effect::Effect;
use crate::tui::exec::Executor;
use crate::tui::msg::Msg;
use crate::tui::{recent, update, view};

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
        eprintln!("{}", session.lang.t("tui-needs-terminal"));
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

    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(err) => {
            let text = crate::msg!("tui-cannot-open", error = err.to_string());
            eprintln!("{}", session.lang.render(&text));
            return Exit::Failed;
        }
    };
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, &session, start).await;
    let _ = execute!(std::io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    // What this session did stays in the shell's scrollback.
    let report = app.exit_report();
    if !report.is_empty() {
        println!("{}", session.lang.t("tui-exit-header"));
        for line in &report {
            println!("  {}", crate::sanitize::clean_line(line));
        }
    }
    match result {
        Ok(draws) => {
            tracing::debug!(draws, "console closed");
            Exit::Ok
        }
        Err(err) => {
            let text = crate::msg!("tui-console-stopped", error = err.to_string());
            eprintln!("{}", session.lang.render(&text));
            Exit::Failed
        }
    }
}

/// Runs until an `Effect::Quit`; returns how many frames were drawn.
async fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    session: &Session,
    start: Option<Article>,
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
        let first = tokio::select! {
            event = events.next() => match event {
                Some(Ok(event)) => to_msg(event),
                Some(Err(err)) => return Err(err),
                None => return Ok(draws),
            },
            Some(msg) = rx.recv() => Some(msg),
            _ = ticker.tick(), if app.needs_tick() => Some(Msg::Tick),
        };
        let mut changed = false;
        let mut pending = first;
        // Drain everything already queued, then draw once.
        loop {
            if let Some(msg) = pending.take() {
                app.clock.now = unix_now();
                let fx = update::update(app, msg);
                quit |= apply(&mut exec, fx);
                changed = true;
            }
            if let Some(event) = ready_now(&mut events).await {
                pending = to_msg(event?);
                continue;
            }
            if let Ok(msg) = rx.try_recv() {
                pending = Some(msg);
                continue;
            }
            break;
        }
        if changed && !quit {
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
