//! The interactive console, in the Elm shape: `App` is plain data, `update` is a
//! pure function from a message to state changes and effects, `view` only draws,
//! and `runtime` runs the effects and feeds their results back as messages.
//! Nothing outside `runtime` and `exec` touches the terminal, the network or a file.

pub mod acctpick;
pub mod acting;
pub mod app;
pub mod artlist;
pub mod comments;
mod copy;
pub mod cross;
pub mod effect;
mod exec;
pub mod history;
pub mod keymap;
mod keys;
pub mod layout;
pub mod log;
pub mod marks_history;
pub mod mouse;
pub mod msg;
mod pages;
pub mod panes;
pub mod popup;
mod popup_keys;
pub mod query;
pub mod recent;
mod running;
mod runtime;
mod search;
mod table_keys;
pub mod theme;
mod transition;
pub mod update;
pub mod view;
pub mod views;
mod widgets;
mod words;

pub use app::{App, Clock, Env, Focus};
pub use effect::Effect;
pub use msg::Msg;
pub use update::{start, update};
pub use view::view;

use crate::api::wire::Article;
use crate::exit::Exit;
use crate::session::Session;

/// Open the console (optionally with `start` already loading) and run it until
/// the user quits.
pub async fn run(session: Session, start: Option<Article>) -> Exit {
    runtime::run(session, start).await
}
