//! The comment API: wire types, the HTTP client with its retries, token handling
//! and the errcode catalog. Knows nothing of terminals or batches.

pub(crate) mod base_url;
pub mod catalog;
pub mod client;
pub mod datacube;
pub mod error;
mod listing;
pub mod notice;
mod outcome;
mod retry;
pub mod secret;
pub mod token;
mod token_cache;
mod transport;
pub mod wire;

pub use client::{CallOutcome, Client, ClientOptions, ListRead, WriteFailure};
pub use error::{ApiError, TokenError};
pub use notice::ClientNotice;
pub use secret::Secret;
pub use token::TokenSource;
pub use token_cache::has_fresh_token;
