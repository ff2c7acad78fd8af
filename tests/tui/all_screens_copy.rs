//! The copy chooser `c` opens over the table: each key with what it copies.

use super::{four_ways, loaded};
use crate::support::*;

#[test]
fn copy_chooser() {
    four_ways("copy_chooser", |app| {
        let mut app = loaded(app);
        send(&mut app, [ch('j'), ch('c')]);
        app
    });
}
