//! `wxmod list`. (Pending.)

use super::{Exit, ListArgs};
use crate::session::Session;

pub async fn run(_session: &Session, _args: &ListArgs) -> Exit {
    todo!()
}
