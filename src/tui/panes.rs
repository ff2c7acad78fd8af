//! Which panes take room: the detail pane shown or hidden (`i`), and the
//! focused pane given the whole screen (`+`, lazygit's screen mode). Plain
//! state changed only here, from `update`; `layout::areas` turns it into
//! rectangles, so paging and drawing follow it together.

use crate::tui::app::{App, Focus};
use crate::tui::keymap::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    /// The detail pane is hidden: the table (or, below 120 columns, its rows)
    /// takes its room.
    pub detail_hidden: bool,
    /// The focused pane fills the screen between header and footer. The mode
    /// follows the focus, as lazygit's does: Tab shows the next pane whole.
    pub zoomed: bool,
}

/// The pane that fills the screen while zoomed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zoom {
    /// The table alone.
    Table,
    /// The log alone.
    Log,
    /// The article bar and the table it loads into (the bar alone is a few lines).
    Bar,
}

impl Panes {
    /// What fills the screen, if anything, with `focus` where it is.
    pub fn zoom(self, focus: Focus) -> Option<Zoom> {
        if !self.zoomed {
            return None;
        }
        Some(match focus {
            Focus::Table => Zoom::Table,
            Focus::Log => Zoom::Log,
            Focus::Article | Focus::Index => Zoom::Bar,
        })
    }
}

pub fn act(app: &mut App, action: Action) {
    match action {
        Action::ToggleDetail => app.panes.detail_hidden = !app.panes.detail_hidden,
        Action::Zoom => app.panes.zoomed = !app.panes.zoomed,
        _ => {}
    }
}
