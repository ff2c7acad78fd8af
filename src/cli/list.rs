//! `wxmod list`. (Pending.)
