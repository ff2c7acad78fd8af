//! The local UTC offset, found once when the console opens. The `time` crate
//! refuses to read it once several threads run (as under tokio), so this asks
//! `date +%z` instead; when both fail, times are shown in UTC and say so.

use time::UtcOffset;

pub async fn local_offset() -> UtcOffset {
    if let Ok(offset) = UtcOffset::current_local_offset() {
        return offset;
    }
    let output = tokio::process::Command::new("date")
        .arg("+%z")
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .await;
    match output {
        Ok(out) if out.status.success() => {
            parse_z(String::from_utf8_lossy(&out.stdout).trim()).unwrap_or(UtcOffset::UTC)
        }
        _ => UtcOffset::UTC,
    }
}

/// `+0800` / `-0530`.
fn parse_z(text: &str) -> Option<UtcOffset> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let hours: i8 = digits[..2].parse().ok()?;
    let minutes: i8 = digits[2..].parse().ok()?;
    UtcOffset::from_hms(sign * hours, sign * minutes, 0).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_date_z() {
        assert_eq!(parse_z("+0800"), UtcOffset::from_hms(8, 0, 0).ok());
        assert_eq!(parse_z("-0530"), UtcOffset::from_hms(-5, -30, 0).ok());
        assert_eq!(parse_z("+0000"), Some(UtcOffset::UTC));
        assert_eq!(parse_z("CET"), None);
        assert_eq!(parse_z("+08"), None);
    }
}
