//! The console without a terminal: `update` driven by messages (keys, pastes,
//! load answers, batch events) and screens drawn into a TestBackend and
//! compared with reviewed snapshots.

/// What every test binary shares (the demo article, simulator start-up).
#[path = "support/mod.rs"]
mod shared;

#[path = "tui/support.rs"]
mod support;

#[path = "tui/update_marks.rs"]
mod update_marks;

#[path = "tui/update_marks_history.rs"]
mod update_marks_history;

#[path = "tui/update_flow.rs"]
mod update_flow;

#[path = "tui/update_results.rs"]
mod update_results;

#[path = "tui/update_unknown.rs"]
mod update_unknown;

#[path = "tui/update_views.rs"]
mod update_views;

#[path = "tui/update_query.rs"]
mod update_query;

#[path = "tui/history_support.rs"]
mod history_support;
#[path = "tui/update_mouse.rs"]
mod update_mouse;

#[path = "tui/update_accounts.rs"]
mod update_accounts;
#[path = "tui/update_elect.rs"]
mod update_elect;
#[path = "tui/update_history.rs"]
mod update_history;

#[path = "tui/footer.rs"]
mod footer;
#[path = "tui/update_room.rs"]
mod update_room;

#[path = "tui/screens.rs"]
mod screens;

#[path = "tui/messages.rs"]
mod messages;

#[path = "tui/keys.rs"]
mod keys;

#[path = "tui/all_screens.rs"]
mod all_screens;

#[path = "tui/keymap_user.rs"]
mod keymap_user;

#[path = "tui/theme.rs"]
mod theme;

#[path = "tui/update_cross.rs"]
mod update_cross;
#[path = "tui/update_cross_rows.rs"]
mod update_cross_rows;

#[path = "tui/update_articles.rs"]
mod update_articles;
