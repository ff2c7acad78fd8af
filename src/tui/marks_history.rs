//! Marks that survive a slip: before a key or a load clears or replaces the
//! marks, the marks as they were go on a bounded stack, and `Ctrl-z` puts
//! them back, several steps deep. Marks are comment ids of one article, so a
//! step restores only on that article, and only comments still loaded.

use crate::api::wire::{Article, CommentId};
use crate::msg;
use crate::tui::app::App;
use crate::tui::keymap::{Action, Context};
use crate::tui::log::Level;
use crate::tui::words;

/// How many clearings `Ctrl-z` can take back; older ones are forgotten.
pub const DEPTH: usize = 20;

/// The marks as they were at one moment, and the article they belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub article: Option<Article>,
    pub ids: Vec<CommentId>,
}

impl Snapshot {
    /// The marks now.
    pub fn of(app: &App) -> Snapshot {
        Snapshot {
            article: app.loads.loaded.map(|(a, _)| a),
            ids: app.list.marked_ids(),
        }
    }

    /// How many of these marks are gone from `app` now.
    fn lost_in(&self, app: &App) -> usize {
        let now = app.loads.loaded.map(|(a, _)| a);
        if now != self.article {
            return self.ids.len();
        }
        self.ids
            .iter()
            .filter(|id| !app.list.is_marked(**id))
            .count()
    }
}

/// The steps `Ctrl-z` can take back, newest last.
#[derive(Debug, Clone, Default)]
pub struct MarksHistory {
    steps: Vec<Snapshot>,
}

impl MarksHistory {
    pub fn push(&mut self, step: Snapshot) {
        if self.steps.len() >= DEPTH {
            self.steps.remove(0);
        }
        self.steps.push(step);
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

/// How the keys that take marks back are written, for log lines ("Ctrl-z").
fn restore_key(app: &App) -> String {
    Context::HELP_ORDER
        .iter()
        .find_map(|c| {
            app.keymap
                .bindings(*c)
                .find(|b| b.action == Action::RestoreMarks)
        })
        .map_or_else(|| "Ctrl-z".to_string(), |b| b.keys_label.clone())
}

/// After a change to the marks by a key (Esc, a range, Ctrl-a, `f`): if the
/// marks differ from `before`, remember `before`; if some were dropped, say
/// how many and how to get them back.
pub fn changed(app: &mut App, before: Snapshot) {
    if Snapshot::of(app) == before {
        return;
    }
    let lost = before.lost_in(app);
    app.marks_history.push(before);
    if lost > 0 {
        let key = restore_key(app);
        app.say(
            Level::Info,
            &msg!("tui-log-marks-cleared", count = lost, key = key),
        );
    }
}

/// After a load: marks of comments it no longer lists (or of another
/// article) are gone; remember them and say so.
pub fn after_load(app: &mut App, before: Snapshot) {
    let lost = before.lost_in(app);
    if lost == 0 {
        return;
    }
    app.marks_history.push(before);
    let key = restore_key(app);
    app.say(
        Level::Warn,
        &msg!("tui-log-marks-dropped", count = lost, key = key),
    );
}

/// `Ctrl-z`: the marks of the newest step come back, where their comment is
/// loaded. A step of another article stays until that article is loaded.
pub fn restore(app: &mut App) {
    let Some(step) = app.marks_history.steps.last() else {
        app.say(Level::Info, &msg!("tui-log-marks-nothing"));
        return;
    };
    let same_article = app.loads.loaded.map(|(a, _)| a) == step.article;
    let present: Vec<CommentId> = if same_article {
        step.ids
            .iter()
            .copied()
            .filter(|id| app.list.row(*id).is_some())
            .collect()
    } else {
        Vec::new()
    };
    let missing = step.ids.len() - present.len();
    if present.is_empty() && !step.ids.is_empty() {
        let text = match step.article {
            Some(article) if !same_article => msg!(
                "tui-log-marks-other-article",
                count = step.ids.len(),
                article = words::article(article),
                key = restore_key(app)
            ),
            _ => msg!("tui-log-marks-none-loaded", count = step.ids.len()),
        };
        // Of another article: kept, so loading it and Ctrl-z brings them back.
        if same_article {
            app.marks_history.steps.pop();
        }
        app.say(Level::Warn, &text);
        return;
    }
    app.marks_history.steps.pop();
    let count = present.len();
    app.list.set_marks(present);
    let text = if missing > 0 {
        msg!(
            "tui-log-marks-restored-partly",
            count = count,
            missing = missing
        )
    } else {
        msg!("tui-log-marks-restored", count = count)
    };
    app.say(Level::Info, &text);
}
