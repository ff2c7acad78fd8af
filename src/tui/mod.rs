//! The interactive console. (Pending.)
