//! Copying through the terminal: OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`), which
//! reaches the user's clipboard over ssh too. Inside tmux the same sequence
//! is sent twice: plain (tmux takes it with `set-clipboard on`) and wrapped in
//! tmux's passthrough (`ESC P tmux; …ESC doubled… ESC \`, honoured with
//! `allow-passthrough on`) — the two forms helix, neovim plug-ins and yazi's
//! users rely on. A terminal that does not allow OSC 52 ignores both.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648), as OSC 52 expects.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The bytes to write for copying `text`; `tmux` when `$TMUX` is set.
pub fn sequence(text: &str, tmux: bool) -> String {
    let plain = format!("\x1b]52;c;{}\x07", base64(text.as_bytes()));
    if !tmux {
        return plain;
    }
    // Inside the passthrough every ESC is doubled.
    let wrapped = format!("\x1bPtmux;{}\x1b\\", plain.replace('\x1b', "\x1b\x1b"));
    format!("{plain}{wrapped}")
}

/// Write the copy to the terminal (stdout, where the frames go).
pub fn copy(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
    let mut out = std::io::stdout().lock();
    out.write_all(sequence(text, tmux).as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_follows_rfc_4648() {
        // The RFC's own test vectors.
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (text, encoded) in cases {
            assert_eq!(base64(text.as_bytes()), encoded, "{text:?}");
        }
        assert_eq!(base64("好".as_bytes()), "5aW9");
        assert_eq!(base64(&[0xff, 0xfe, 0xfd]), "//79");
    }

    #[test]
    fn the_plain_sequence_is_osc_52_ended_by_bel() {
        assert_eq!(sequence("hello", false), "\x1b]52;c;aGVsbG8=\x07");
    }

    #[test]
    fn inside_tmux_the_wrapped_form_follows_the_plain_one() {
        assert_eq!(
            sequence("hello", true),
            "\x1b]52;c;aGVsbG8=\x07\x1bPtmux;\x1b\x1b]52;c;aGVsbG8=\x07\x1b\\"
        );
    }
}
