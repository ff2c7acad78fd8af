//! `wxmod history`. (Pending.)

use std::path::Path;

use super::{Exit, HistoryArgs};

pub fn run(_data_dir: &Path, _args: &HistoryArgs) -> Exit {
    todo!()
}
