//! What the table's filter searches: every row's lowercased "id openid
//! content", end to end in one string, so one scan finds every row a query
//! matches (100,000 rows in a few ms). Pure data; it knows rows by position only.

use crate::api::wire::Comment;

#[derive(Debug, Clone, Default)]
pub struct Haystack {
    text: String,
    /// Row i's text is `text[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
}

impl Haystack {
    pub fn build<'a>(comments: impl Iterator<Item = &'a Comment>) -> Haystack {
        let mut hay = Haystack::default();
        for c in comments {
            hay.starts.push(hay.text.len());
            hay.text.push_str(&c.user_comment_id.to_string());
            hay.text.push(' ');
            hay.text
                .push_str(&c.openid.as_deref().unwrap_or("").to_lowercase());
            hay.text.push(' ');
            hay.text.push_str(&c.content.to_lowercase());
            // Queries never hold control characters, so no match spans two rows.
            hay.text.push('\n');
        }
        hay.starts.push(hay.text.len());
        hay
    }

    /// The same rows in a new order: row i of the result is row `order[i]`.
    pub fn reordered(&self, order: &[usize]) -> Haystack {
        let mut hay = Haystack {
            text: String::with_capacity(self.text.len()),
            starts: Vec::with_capacity(order.len() + 1),
        };
        for &i in order {
            hay.starts.push(hay.text.len());
            hay.text.push_str(self.row(i));
        }
        hay.starts.push(hay.text.len());
        hay
    }

    pub fn row(&self, row: usize) -> &str {
        &self.text[self.starts[row]..self.starts[row + 1]]
    }

    /// Rows whose text holds `query`, in row order: one pass over the text,
    /// jumping to the next row after each match.
    pub fn scan(&self, query: &str) -> Vec<usize> {
        let mut chars = query.chars();
        // A one-character query searches by `char`, which is a memchr.
        let single = match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        };
        let mut out = Vec::new();
        let (mut from, mut row) = (0, 0);
        loop {
            let rest = &self.text[from..];
            let found = match single {
                Some(c) => rest.find(c),
                None => rest.find(query),
            };
            let Some(found) = found else {
                break;
            };
            let at = from + found;
            row += self.starts[row..].partition_point(|&s| s <= at) - 1;
            out.push(row);
            row += 1;
            from = self.starts[row];
        }
        out
    }
}
