//! What the table's filter searches: every row's content folded once
//! (`query::fold`: full-width as half-width, lowercase), end to end in one
//! string, so a query over 100,000 rows folds nothing while it runs. Pure
//! data; it knows rows by position only.

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
            crate::query::fold_into(&c.content, &mut hay.text);
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
}
