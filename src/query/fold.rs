//! Full-width and half-width forms match each other, and case does not
//! matter: both the query's text and the content are folded the same way.

/// Full-width ASCII (U+FF01..U+FF5E) and the ideographic space (U+3000) as
/// their ASCII forms; everything else as is.
pub fn fold_width_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        c => c,
    }
}

/// `fold_width_char` over a string (case kept: openids, ids, dates).
pub fn fold_width(text: &str) -> String {
    text.chars().map(fold_width_char).collect()
}

/// Width-folded and lowercased: what text terms and content are compared as.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// `fold`, appended to `out` (one buffer for a whole list's haystack).
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    for c in text.chars() {
        let c = fold_width_char(c);
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}
