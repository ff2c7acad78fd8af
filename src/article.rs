//! Reading an article reference the way users paste it: a bare msg_data_id, the
//! data-cube form `MSGDATAID_N` (N is 1-based), or an article link with `mid=`
//! and `idx=` (1-based). Full-width digits and spaces (a Chinese input
//! method's) read as ASCII; a short link (`/s/XXXX`) is recognised and told
//! where to find the article instead. Pure parsing: no I/O, no terminal.

use crate::api::wire::Article;
use crate::i18n::{Localize, Message};
use crate::msg;

/// Most articles a mass-send message can carry.
pub const MAX_ARTICLES: u32 = 8;

/// Where the id came from, so the user can see what was understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleForm {
    Plain,
    DataCube,
    Link,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedArticle {
    pub msg_data_id: u64,
    /// The 0-based index the input named, if it named one.
    pub index: Option<u32>,
    pub form: ArticleForm,
}

impl ParsedArticle {
    /// The article, with `explicit` (e.g. `--index`) winning over what the input said.
    /// An article known by its id and index (from the journal, say), as if typed plainly.
    pub fn plain(article: Article) -> ParsedArticle {
        ParsedArticle {
            msg_data_id: article.msg_data_id,
            index: Some(article.index),
            form: ArticleForm::Plain,
        }
    }

    pub fn article(&self, explicit: Option<u32>) -> Article {
        Article {
            msg_data_id: self.msg_data_id,
            index: explicit.or(self.index).unwrap_or(0),
        }
    }

    /// "msg_data_id 2247483652, index 2 (from data-cube id _3)" /
    /// "msg_data_id 2247483652，第 3 篇（index 2，来自数据魔方 ID _3）".
    pub fn message(&self, explicit: Option<u32>) -> Message {
        let article = self.article(explicit);
        let source = match (self.form, explicit, self.index) {
            (_, Some(_), Some(_)) => "flag",
            (ArticleForm::DataCube, _, _) => "datacube",
            (ArticleForm::Link, _, Some(_)) => "link-idx",
            (ArticleForm::Link, _, None) => "link",
            _ => "plain",
        };
        msg!(
            "api-article-described",
            msg_data_id = article.msg_data_id.to_string(),
            index = article.index.to_string(),
            position = (article.index as usize) + 1,
            source = source
        )
    }

    // English only; front ends use message().
    #[doc(hidden)]
    pub fn describe(&self, explicit: Option<u32>) -> String {
        self.message(explicit).to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArticleParseError {
    Empty,
    NotANumber(String),
    Negative,
    TooLarge(String),
    Zero,
    BadPosition(String),
    BadIndex(u64),
    LinkWithoutMid,
    BadLinkIdx(String),
    /// `https://mp.weixin.qq.com/s/Xk3R…`: no msg_data_id in it (the link, cleaned).
    ShortLink(String),
}

impl Localize for ArticleParseError {
    fn message(&self) -> Message {
        let max = MAX_ARTICLES as usize;
        match self {
            ArticleParseError::Empty => msg!("api-article-empty"),
            ArticleParseError::NotANumber(text) => {
                msg!("api-article-not-a-number", text = text.as_str())
            }
            ArticleParseError::Negative => msg!("api-article-negative"),
            ArticleParseError::TooLarge(text) => {
                msg!(
                    "api-article-too-large",
                    text = text.as_str(),
                    largest = u64::MAX.to_string()
                )
            }
            ArticleParseError::Zero => msg!("api-article-zero"),
            ArticleParseError::BadPosition(text) => {
                msg!("api-article-bad-position", text = text.as_str(), max = max)
            }
            ArticleParseError::BadIndex(index) => msg!(
                "api-article-bad-index",
                index = index.to_string(),
                max = (max - 1).to_string()
            ),
            ArticleParseError::LinkWithoutMid => msg!("api-article-link-without-mid"),
            ArticleParseError::BadLinkIdx(text) => {
                msg!("api-article-bad-link-idx", text = text.as_str(), max = max)
            }
            ArticleParseError::ShortLink(link) => {
                msg!("articles-short-link", link = link.as_str())
            }
        }
    }
}

crate::display_via_message!(ArticleParseError);

fn parse_id(digits: &str) -> Result<u64, ArticleParseError> {
    if digits.is_empty() {
        return Err(ArticleParseError::Empty);
    }
    if let Some(rest) = digits.strip_prefix('-')
        && !rest.is_empty()
        && rest.chars().all(|c| c.is_ascii_digit())
    {
        return Err(ArticleParseError::Negative);
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(ArticleParseError::NotANumber(
            crate::sanitize::clean_line(digits).into_owned(),
        ));
    }
    let id: u64 = digits
        .parse()
        .map_err(|_| ArticleParseError::TooLarge(digits.to_string()))?;
    if id == 0 {
        return Err(ArticleParseError::Zero);
    }
    Ok(id)
}

/// A 1-based position (`_3`, `idx=3`) as a 0-based index.
fn parse_position(digits: &str) -> Result<u32, ArticleParseError> {
    let bad = || ArticleParseError::BadPosition(crate::sanitize::clean_line(digits).into_owned());
    let n: u32 = digits.parse().map_err(|_| bad())?;
    if n == 0 || n > MAX_ARTICLES {
        return Err(bad());
    }
    Ok(n - 1)
}

/// Check an explicit 0-based index (`--index`, the index selector).
pub fn check_index(index: u64) -> Result<u32, ArticleParseError> {
    if index >= u64::from(MAX_ARTICLES) {
        return Err(ArticleParseError::BadIndex(index));
    }
    Ok(index as u32)
}

/// The value of query parameter `key` in a link, if present.
fn query_param<'a>(link: &'a str, key: &str) -> Option<&'a str> {
    let query = link.split_once('?').map_or(link, |(_, q)| q);
    let query = query.split('#').next().unwrap_or(query);
    query
        .split('&')
        .map(|pair| pair.strip_prefix("amp;").unwrap_or(pair))
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// Full-width digits, underscore and spaces (what a Chinese input method
/// types) as their ASCII forms; everything else unchanged.
fn half_width(input: &str) -> std::borrow::Cow<'_, str> {
    let full = |c: char| matches!(c, '\u{ff10}'..='\u{ff19}' | '\u{ff3f}' | '\u{3000}');
    if !input.chars().any(full) {
        return std::borrow::Cow::Borrowed(input);
    }
    input
        .chars()
        .map(|c| match c {
            '\u{ff10}'..='\u{ff19}' => char::from(b'0' + (c as u32 - 0xff10) as u8),
            '\u{ff3f}' => '_',
            '\u{3000}' => ' ',
            other => other,
        })
        .collect()
}

/// A short article link (`mp.weixin.qq.com/s/Xk3R…`): its path is `/s/` and a
/// token, with no `mid=` anywhere.
fn is_short_link(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .unwrap_or(text);
    rest.split_once("/s/")
        .is_some_and(|(host, token)| !host.is_empty() && !host.contains('/') && !token.is_empty())
}

/// Parse what the user typed or pasted.
pub fn parse_article(input: &str) -> Result<ParsedArticle, ArticleParseError> {
    let text = half_width(input);
    let text = text.trim();
    if text.is_empty() {
        return Err(ArticleParseError::Empty);
    }
    if !text.contains("mid=") && is_short_link(text) {
        return Err(ArticleParseError::ShortLink(
            crate::sanitize::clean_line_max(text, 80),
        ));
    }
    if text.contains("mid=") {
        let msg_data_id = match query_param(text, "mid") {
            None | Some("") => return Err(ArticleParseError::LinkWithoutMid),
            Some(mid) => parse_id(mid)?,
        };
        let index = match query_param(text, "idx") {
            Some(idx) => Some(parse_position(idx).map_err(|_| {
                ArticleParseError::BadLinkIdx(crate::sanitize::clean_line(idx).into_owned())
            })?),
            None => None,
        };
        return Ok(ParsedArticle {
            msg_data_id,
            index,
            form: ArticleForm::Link,
        });
    }
    if let Some((id, position)) = text.split_once('_') {
        if id.is_empty() {
            return Err(ArticleParseError::NotANumber(
                crate::sanitize::clean_line(text).into_owned(),
            ));
        }
        let msg_data_id = parse_id(id)?;
        let index = Some(parse_position(position)?);
        return Ok(ParsedArticle {
            msg_data_id,
            index,
            form: ArticleForm::DataCube,
        });
    }
    Ok(ParsedArticle {
        msg_data_id: parse_id(text)?,
        index: None,
        form: ArticleForm::Plain,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_three_forms() {
        let p = parse_article(" 2247483652 ").unwrap();
        assert_eq!(
            p.article(None),
            Article {
                msg_data_id: 2_247_483_652,
                index: 0
            }
        );
        let p = parse_article("2247483652_3").unwrap();
        assert_eq!(p.article(None).index, 2);
        assert_eq!(p.article(Some(0)).index, 0, "an explicit index wins");
        let p =
            parse_article("https://mp.weixin.qq.com/s?__biz=MzA5==&mid=2247483652&idx=2&sn=abc#rd")
                .unwrap();
        assert_eq!(
            p.article(None),
            Article {
                msg_data_id: 2_247_483_652,
                index: 1
            }
        );
        assert_eq!(p.form, ArticleForm::Link);
        let p = parse_article("http://mp.weixin.qq.com/s?__biz=x&amp;mid=12003&amp;idx=1").unwrap();
        assert_eq!(
            p.article(None),
            Article {
                msg_data_id: 12003,
                index: 0
            }
        );
    }

    #[test]
    fn rejects_bad_input() {
        assert_eq!(parse_article(""), Err(ArticleParseError::Empty));
        assert_eq!(parse_article("   "), Err(ArticleParseError::Empty));
        assert!(matches!(
            parse_article("abc"),
            Err(ArticleParseError::NotANumber(_))
        ));
        assert!(matches!(
            parse_article("12a4"),
            Err(ArticleParseError::NotANumber(_))
        ));
        assert_eq!(parse_article("-5"), Err(ArticleParseError::Negative));
        assert!(matches!(
            parse_article("99999999999999999999999"),
            Err(ArticleParseError::TooLarge(_))
        ));
        assert_eq!(parse_article("0"), Err(ArticleParseError::Zero));
        assert!(matches!(
            parse_article("12003_0"),
            Err(ArticleParseError::BadPosition(_))
        ));
        assert!(matches!(
            parse_article("12003_9"),
            Err(ArticleParseError::BadPosition(_))
        ));
        assert!(matches!(
            parse_article("12003_x"),
            Err(ArticleParseError::BadPosition(_))
        ));
        assert_eq!(
            parse_article("https://x/s?mid=&idx=1"),
            Err(ArticleParseError::LinkWithoutMid)
        );
        assert_eq!(
            parse_article("https://x/s?mid=12003&idx=0"),
            Err(ArticleParseError::BadLinkIdx("0".into()))
        );
        assert!(matches!(
            parse_article("_3"),
            Err(ArticleParseError::NotANumber(_))
        ));
        assert_eq!(check_index(8), Err(ArticleParseError::BadIndex(8)));
        assert_eq!(check_index(7), Ok(7));
    }

    #[test]
    fn odd_pastes_are_refused_with_a_readable_message() {
        for bad in [
            "12_3_4",
            "1 2",
            "+12",
            "１２ ３",
            "0x10",
            "12.0",
            "1e5",
            "12_",
            "_3",
            "12003_-1",
            "18446744073709551616",
            "https://mp.weixin.qq.com/s?mid=abc&idx=1",
            "https://mp.weixin.qq.com/s?mid=-5&idx=1",
            "https://mp.weixin.qq.com/s?mid=12003&idx=0",
            "https://mp.weixin.qq.com/s?mid=12003&idx=9",
            "https://mp.weixin.qq.com/s?mid=12003&idx=",
            "https://mp.weixin.qq.com/s?__biz=x&amid=12003",
            "12\u{1b}[2J",
            "\u{202e}12003",
        ] {
            let e = parse_article(bad).expect_err(bad);
            let text = e.to_string();
            assert!(
                !text.chars().any(|c| c.is_control() || c == '\u{202e}'),
                "{bad:?}: {text:?}"
            );
        }
        // The largest id is fine; a link without idx= leaves the index open.
        assert_eq!(
            parse_article("18446744073709551615").unwrap().msg_data_id,
            u64::MAX
        );
        let p = parse_article("https://mp.weixin.qq.com/s?mid=12003#rd").unwrap();
        assert_eq!((p.msg_data_id, p.index), (12003, None));
    }

    #[test]
    fn full_width_digits_and_spaces_read_as_digits() {
        let p = parse_article("\u{3000}２２４７４８３６５２\u{3000}").unwrap();
        assert_eq!(p.msg_data_id, 2_247_483_652);
        let p = parse_article("２２４７４８３６５２＿３").unwrap();
        assert_eq!(p.article(None).index, 2);
        assert_eq!(p.form, ArticleForm::DataCube);
    }

    #[test]
    fn a_short_link_says_what_it_lacks_and_where_to_look() {
        use crate::i18n::{Lang, Localize};
        let e = parse_article("https://mp.weixin.qq.com/s/Xk3RaBcD-efGh12").unwrap_err();
        assert!(matches!(e, ArticleParseError::ShortLink(_)), "{e:?}");
        let en = e.render(Lang::En);
        assert!(
            en.contains("no msg_data_id") && en.contains("wxmod articles"),
            "{en}"
        );
        let zh = e.render(Lang::Zh);
        assert!(zh.contains("短链接") && zh.contains("文章列表"), "{zh}");
        assert!(matches!(
            parse_article("mp.weixin.qq.com/s/Xk3R\u{1b}[2J"),
            Err(ArticleParseError::ShortLink(link)) if !link.contains('\u{1b}')
        ));
        // A long link still reads, even with /s/ in it.
        let p = parse_article("https://mp.weixin.qq.com/s/?__biz=x&mid=12003&idx=2").unwrap();
        assert_eq!(p.article(None).index, 1);
    }

    #[test]
    fn describe_says_what_was_understood() {
        let p = parse_article("2247483652_3").unwrap();
        assert!(
            p.describe(None)
                .starts_with("msg_data_id 2247483652, index 2")
        );
    }

    #[test]
    fn errors_and_descriptions_read_in_both_languages() {
        use crate::i18n::{Lang, Localize};
        let e = parse_article("abc").unwrap_err();
        assert!(e.to_string().contains("is not a msg_data_id"), "{e}");
        let zh = e.render(Lang::Zh);
        assert!(
            zh.contains("不是 msg_data_id") && zh.contains("mid="),
            "{zh}"
        );
        let p = parse_article("2247483652_3").unwrap();
        assert_eq!(
            p.describe(None),
            "msg_data_id 2247483652, index 2 (from data-cube id: _N is 1-based)"
        );
        assert_eq!(
            parse_article("2247483652").unwrap().describe(None),
            "msg_data_id 2247483652, index 0"
        );
        let zh = p.message(None).render(Lang::Zh);
        assert!(zh.contains("第 3 篇") && zh.contains("index 2"), "{zh}");
    }
}
