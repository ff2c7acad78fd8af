//! The bulk engine: runs one operation over many comments with bounded
//! concurrency and the stop rules, and writes every step to the journal.
//! Reports progress as events; never prints.

pub mod event;

pub use event::{BatchEvent, ItemResult, ItemStatus, Progress, StopReason, Summary};
