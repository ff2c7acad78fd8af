//! The interactive console. (Pending.)

use crate::api::wire::Article;
use crate::cli::Exit;
use crate::session::Session;

pub async fn run(_session: Session, _start: Option<Article>) -> Exit {
    todo!()
}
