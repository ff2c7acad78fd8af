//! `wxmod unelect`, `wxmod elect`, `wxmod undo`. (Pending.)

use super::{BatchArgs, Exit, UndoArgs};
use crate::api::wire::WriteOp;
use crate::session::Session;

pub async fn run_batch(_session: &Session, _op: WriteOp, _args: &BatchArgs) -> Exit {
    todo!()
}

pub async fn run_undo(_session: &Session, _args: &UndoArgs) -> Exit {
    todo!()
}
