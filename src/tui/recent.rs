//! The recent articles live below the console (`crate::articles::recent`) so
//! the command line can read them too; this name stays for the console's code.

pub use crate::articles::recent::*;
