//! Line breaking for text that mixes Chinese and Latin: a line may break at
//! a space, or next to a wide (CJK) character, but never inside a run of
//! narrow characters (`(?i)`, `utc_offset`, `result:88008` stay whole), never
//! before closing punctuation (`，。）`) and never after opening punctuation
//! (`（“`). `wrap` breaks Chinese anywhere, which splits such tokens.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Punctuation that must not begin a line.
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '”'
            | '’'
            | '》'
            | '】'
            | '…'
            | '／'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
    )
}

/// Punctuation that must not end a line.
fn no_break_after(c: char) -> bool {
    matches!(c, '（' | '「' | '『' | '“' | '‘' | '《' | '【' | '／')
}

fn wide(c: char) -> bool {
    c.width().unwrap_or(0) > 1
}

/// Whether a line may break between `prev` and `c` (neither a space).
fn may_break(prev: char, c: char) -> bool {
    (wide(prev) || wide(c)) && !no_break_before(c) && !no_break_after(prev)
}

/// The pieces a line is filled with: (text, whether a space came before).
fn pieces(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut cur = String::new();
    let mut spaced = false;
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c.is_whitespace() {
            if !cur.is_empty() {
                out.push((std::mem::take(&mut cur), spaced));
            }
            spaced = true;
            prev = None;
            continue;
        }
        if let Some(p) = prev
            && may_break(p, c)
        {
            out.push((std::mem::take(&mut cur), spaced));
            spaced = false;
        }
        cur.push(c);
        prev = Some(c);
    }
    if !cur.is_empty() {
        out.push((cur, spaced));
    }
    out
}

/// `text` (already displayable: no control characters) in lines of at most
/// `width` columns, broken only where Chinese and English typesetting allow;
/// a piece longer than a whole line is cut by character.
pub fn wrap_text(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for (piece, spaced) in pieces(text) {
        let w = piece.width();
        let gap = usize::from(spaced && used > 0);
        if used > 0 && used + gap + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        } else if gap == 1 {
            line.push(' ');
            used += 1;
        }
        for c in piece.chars() {
            let cw = c.width().unwrap_or(0);
            if used > 0 && used + cw > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_tokens_stay_whole_and_punctuation_stays_put() {
        let text = "在内容上匹配正则表达式（区分大小写；(?i) 不分大小写）";
        for width in 4..=text.width() {
            let lines = wrap_text(text, width);
            assert!(lines.iter().all(|l| l.width() <= width), "{lines:?}");
            assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
            if width >= 4 {
                assert!(
                    lines.iter().any(|l| l.contains("(?i)")),
                    "(?i) split at {width}: {lines:?}"
                );
            }
            assert!(
                lines.iter().all(|l| !l.starts_with(['；', '）', '，'])),
                "{lines:?}"
            );
            assert!(lines.iter().all(|l| !l.ends_with('（')), "{lines:?}");
        }
        assert_eq!(
            wrap_text("在这一天或之后发表（本地时间，或 utc_offset）", 20),
            vec!["在这一天或之后发表", "（本地时间，或", "utc_offset）"]
        );
        assert_eq!(
            wrap_text("either side of it", 9),
            vec!["either", "side of", "it"]
        );
    }
}
