//! Telling a batch that still runs from one whose process is gone. A pid
//! alone is not enough: after a reboot, or in a container where wxmod is
//! always pid 1, the same pid names another process. So a batch records its
//! process's start time and the boot it ran in. Reads /proc only; never signals.

use std::path::Path;

/// Who runs a batch: enough to recognise the same process later.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProcessId {
    pub pid: u32,
    /// Clock ticks after boot when the process started (`/proc/PID/stat`).
    pub start: Option<u64>,
    /// `/proc/sys/kernel/random/boot_id`; empty when unknown.
    pub boot: String,
}

/// This process.
pub fn current() -> ProcessId {
    let pid = std::process::id();
    ProcessId {
        pid,
        start: start_ticks(pid).and_then(|(ticks, _)| ticks),
        boot: boot_id(),
    }
}

/// The start time of `pid` and whether it is a zombie; `None` when there is
/// no such process (or no /proc to ask).
fn start_ticks(pid: u32) -> Option<(Option<u64>, bool)> {
    let stat =
        std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat")).ok()?;
    // The command name (field 2) may hold spaces and parentheses: count the
    // fields after its last ')'. Field 3 is the state, field 22 the start.
    let (_, rest) = stat.rsplit_once(')')?;
    let mut fields = rest.split_whitespace();
    let zombie = fields.next() == Some("Z");
    let start = fields.nth(22 - 4).and_then(|f| f.parse().ok());
    Some((start, zombie))
}

fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// Whether the process that wrote a batch-started record still runs.
pub fn alive(recorded: &ProcessId) -> bool {
    if recorded.pid == 0 {
        return false;
    }
    let Some((start, zombie)) = start_ticks(recorded.pid) else {
        // No /proc: only this very process can be known to run.
        return recorded.pid == std::process::id() && !Path::new("/proc/self/stat").exists();
    };
    // A zombie (killed, not yet reaped) is gone for our purpose.
    if zombie {
        return false;
    }
    let boot = boot_id();
    if !recorded.boot.is_empty() && !boot.is_empty() && recorded.boot != boot {
        return false;
    }
    match (recorded.start, start) {
        (Some(then), Some(now)) => then == now,
        // Records from before wxmod wrote the start time: trust the pid.
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reused_pid_is_not_the_batch_process() {
        let me = current();
        assert!(alive(&me));
        if me.start.is_none() {
            return; // no /proc here: nothing more to tell apart
        }
        let later = ProcessId {
            start: me.start.map(|t| t + 1),
            ..me.clone()
        };
        assert!(!alive(&later), "same pid, started at another time");
        let other_boot = ProcessId {
            boot: "another-boot".into(),
            ..me.clone()
        };
        assert!(!alive(&other_boot), "same pid, before a reboot");
        let old_record = ProcessId {
            start: None,
            boot: String::new(),
            ..me
        };
        assert!(alive(&old_record), "older journals carry only the pid");
        assert!(!alive(&ProcessId::default()));
    }
}
