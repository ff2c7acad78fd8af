//! One file per part of the screen. Each `render` only draws from `&App`;
//! none of them changes state or does I/O.

pub mod article_bar;
pub mod confirm;
pub mod detail;
pub mod footer;
pub mod gauge;
pub mod header;
pub mod help;
pub mod log;
pub mod recent;
pub mod table;
