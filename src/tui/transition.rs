//! The transitions several handlers share: asking for a load and cancelling
//! the running batch. Keys, popups, batch events and the update all call these
//! (and nothing here calls them back), so each transition is written once.

use crate::api::wire::{Article, CommentFilter};
use crate::msg;
use crate::tui::app::{App, Loading};
use crate::tui::effect::Effect;
use crate::tui::log::Level;

/// Ask for `article`'s comments; a newer request wins over an older one.
pub fn request_load(
    app: &mut App,
    article: Article,
    kind: CommentFilter,
    after_batch: bool,
    fx: &mut Vec<Effect>,
) {
    if app.batch.running.is_some() && !after_batch {
        app.say(Level::Warn, &msg!("tui-log-busy-load"));
        return;
    }
    let seq = app.loads.next_seq;
    app.loads.next_seq += 1;
    app.loads.loading = Some(Loading {
        seq,
        article,
        kind,
        after_batch,
    });
    fx.push(Effect::Load {
        seq,
        article,
        filter: kind,
    });
}

/// Ask the running batch to stop: requests in flight finish, the rest is not sent.
pub fn cancel_batch(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(batch) = &mut app.batch.running else {
        return;
    };
    if batch.cancelling {
        return;
    }
    batch.cancelling = true;
    fx.push(Effect::CancelBatch);
    app.say(Level::Warn, &msg!("tui-log-cancelling"));
}

/// Enter in the article bar: invalid input shows an inline error and sends nothing.
pub fn load_from_bar(app: &mut App, fx: &mut Vec<Effect>) {
    match app.bar.article() {
        Ok(article) => request_load(app, article, app.loads.kind, false, fx),
        Err(err) => app.bar.error = Some(err),
    }
}
