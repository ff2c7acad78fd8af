//! Everything that can happen to the console arrives as a `Msg`: keys, pastes,
//! resizes, clock ticks and the results of effects. Plain data, no behaviour.

use ratatui::crossterm::event::KeyEvent;

use crate::api::ApiError;
use crate::api::wire::{Comment, Quota};
use crate::batch::{BatchEvent, UndoPlan};
use crate::i18n::Message;

#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    /// Text pasted with bracketed paste: always data, never keys.
    Paste(String),
    Resize(u16, u16),
    /// Sent only while something animates (a load or a batch in progress).
    Tick,
    /// The answer to `Effect::Load` with the same `seq`.
    Loaded {
        seq: u64,
        result: Result<Vec<Comment>, ApiError>,
    },
    Quota(Result<Quota, ApiError>),
    Batch(BatchEvent),
    /// The journal's answer to `Effect::PlanUndo`.
    UndoPlanned(Result<UndoPlan, Message>),
    /// The batch could not start (journal not writable, ...).
    BatchNotStarted(Message),
    /// Something the client did on its own (a retry, a token refresh).
    Notice(Message),
    /// An effect failed in a way the user should know (saving recent articles).
    Warning(Message),
}
