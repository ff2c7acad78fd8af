//! Screens, drawn into a TestBackend and compared with reviewed snapshots.
