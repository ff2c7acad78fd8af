//! Retry timing: jittered exponential backoff for a busy server or a lost
//! connection, and the wait until the next wall-clock minute for 45011.
//! Pure arithmetic; never sleeps itself.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Longest single backoff delay, whatever the base and the try count.
const MAX_DELAY: Duration = Duration::from_secs(30);
/// Slack after the minute boundary so the server's clock has surely turned too.
const MINUTE_SLACK: Duration = Duration::from_millis(250);

/// Counts the tries of one call and says how long to wait before the next.
#[derive(Debug, Clone)]
pub(crate) struct Backoff {
    tries: u32,
    base: Duration,
    failures: u32,
}

impl Backoff {
    /// `tries` counts the first try too; 0 is treated as 1.
    pub fn new(tries: u32, base: Duration) -> Self {
        Backoff {
            tries: tries.max(1),
            base,
            failures: 0,
        }
    }

    /// Record a failed try. `Some(delay)` when another try is allowed.
    pub fn failed(&mut self) -> Option<Duration> {
        self.failures += 1;
        if self.failures >= self.tries {
            return None;
        }
        Some(jittered(self.base, self.failures))
    }
}

/// `base · 2^(n-1)`, scaled by a random factor in [0.5, 1.0) so that many
/// clients hit by the same hiccup do not come back in lockstep.
fn jittered(base: Duration, n: u32) -> Duration {
    let exp = base.saturating_mul(1u32 << (n - 1).min(16)).min(MAX_DELAY);
    exp.mul_f64(0.5 + fastrand::f64() * 0.5)
}

/// How long until the next wall-clock minute starts (plus a little slack).
pub(crate) fn until_next_minute() -> Duration {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    until_next_minute_from(now)
}

/// How long from `now` (time since the epoch) until the next minute starts,
/// plus the slack.
fn until_next_minute_from(now: Duration) -> Duration {
    let into_minute = Duration::from_millis((now.as_millis() % 60_000) as u64);
    Duration::from_secs(60) - into_minute + MINUTE_SLACK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_stops_after_the_tries() {
        let base = Duration::from_millis(100);
        let mut b = Backoff::new(4, base);
        let d1 = b.failed().unwrap();
        let d2 = b.failed().unwrap();
        let d3 = b.failed().unwrap();
        assert!(d1 >= base / 2 && d1 < base, "{d1:?}");
        assert!(d2 >= base && d2 < base * 2, "{d2:?}");
        assert!(d3 >= base * 2 && d3 < base * 4, "{d3:?}");
        assert_eq!(b.failed(), None, "4 tries in all");
        assert_eq!(Backoff::new(1, base).failed(), None);
    }

    #[test]
    fn delays_are_capped() {
        let mut b = Backoff::new(40, Duration::from_secs(10));
        for _ in 0..39 {
            assert!(b.failed().unwrap() <= MAX_DELAY);
        }
    }

    #[test]
    fn the_wait_ends_just_after_the_next_minute_starts() {
        // 2026-11-27T20:53:00Z, a minute boundary.
        let minute = Duration::from_secs(1_795_812_780);
        let ms = Duration::from_millis;
        assert_eq!(
            until_next_minute_from(minute),
            Duration::from_secs(60) + MINUTE_SLACK,
            "on the boundary: the whole next minute"
        );
        assert_eq!(
            until_next_minute_from(minute + ms(30_500)),
            ms(29_500) + MINUTE_SLACK
        );
        assert_eq!(
            until_next_minute_from(minute + ms(59_999)),
            ms(1) + MINUTE_SLACK,
            "a millisecond before the minute turns"
        );
    }
}
