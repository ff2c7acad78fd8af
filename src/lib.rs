//! wxmod: moderate WeChat Official Account comments from a terminal.
//!
//! Layers, each knowing only those below it: `api` (wire, client, tokens,
//! catalog) ← `batch` (runner, journal) ← `tui` / `cli`. `sim` speaks the wire
//! format on its own and never imports the client.

pub mod api;
pub mod article;
pub mod articles;
pub mod batch;
pub mod cli;
pub mod config;
pub mod display;
pub mod exit;
pub mod i18n;
pub mod paths;
pub mod query;
pub mod sanitize;
pub mod session;
pub mod sim;
pub mod tui;
