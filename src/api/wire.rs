//! Wire types of the comment API: exactly what goes over HTTP, nothing more.
//! Unknown fields are ignored; optional fields (openid, reply) stay optional.

use crate::i18n::Message;
use serde::{Deserialize, Deserializer, Serialize};

/// `null` read as the field's default, as a missing field is: a tolerant reader
/// for lists and strings the API might send as null.
fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

pub type MsgDataId = u64;
pub type CommentId = u64;

/// One article: a mass-send message id and the 0-based position in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Article {
    pub msg_data_id: MsgDataId,
    #[serde(default)]
    pub index: u32,
}

impl Article {
    /// The article for people: "2247483652 index 2" / "2247483652 第 3 篇（index 2）"
    /// (the position people count from 1, the API's index next to the id).
    pub fn message(&self) -> Message {
        crate::msg!(
            "api-article",
            msg_data_id = self.msg_data_id.to_string(),
            index = self.index.to_string(),
            position = self.index as usize + 1
        )
    }
}

/// English, as logs and the journal's text have it; people read `message()`.
impl std::fmt::Display for Article {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} index {}", self.msg_data_id, self.index)
    }
}

/// Which comments `comment/list` returns (its `type` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommentFilter {
    All,
    Normal,
    #[default]
    Elected,
}

impl CommentFilter {
    pub fn wire(self) -> u8 {
        match self {
            CommentFilter::All => 0,
            CommentFilter::Normal => 1,
            CommentFilter::Elected => 2,
        }
    }
    /// The filter's name for people: "elected" / "精选".
    pub fn message(self) -> Message {
        Message::new(match self {
            CommentFilter::All => "api-filter-all",
            CommentFilter::Normal => "api-filter-normal",
            CommentFilter::Elected => "api-filter-elected",
        })
    }

    /// The stable English name (`--type`, `--json`).
    pub fn label(self) -> &'static str {
        match self {
            CommentFilter::All => "all",
            CommentFilter::Normal => "normal",
            CommentFilter::Elected => "elected",
        }
    }
    /// Whether a comment with this `comment_type` belongs in the filter.
    pub fn admits(self, comment_type: u8) -> bool {
        match self {
            CommentFilter::All => true,
            CommentFilter::Normal => comment_type == 0,
            CommentFilter::Elected => comment_type == 1,
        }
    }
}

/// The write operations on one comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WriteOp {
    MarkElect,
    UnmarkElect,
    Delete,
    DeleteReply,
}

impl WriteOp {
    pub const ALL: [WriteOp; 4] = [
        WriteOp::MarkElect,
        WriteOp::UnmarkElect,
        WriteOp::Delete,
        WriteOp::DeleteReply,
    ];

    pub fn path(self) -> &'static str {
        match self {
            WriteOp::MarkElect => "/cgi-bin/comment/markelect",
            WriteOp::UnmarkElect => "/cgi-bin/comment/unmarkelect",
            WriteOp::Delete => "/cgi-bin/comment/delete",
            WriteOp::DeleteReply => "/cgi-bin/comment/reply/delete",
        }
    }
    /// The one table of an operation's words: (verb, title, past tense),
    /// message ids of `assets/i18n/*/api.ftl`. Every front end reads these.
    /// The one table of an operation's words: verb, heading, past tense, and
    /// the verb at the head of a sentence.
    fn words(self) -> [&'static str; 4] {
        match self {
            WriteOp::MarkElect => [
                "api-op-elect",
                "api-op-elect-title",
                "api-op-elect-done",
                "api-op-elect-action",
            ],
            WriteOp::UnmarkElect => [
                "api-op-deselect",
                "api-op-deselect-title",
                "api-op-deselect-done",
                "api-op-deselect-action",
            ],
            WriteOp::Delete => [
                "api-op-delete",
                "api-op-delete-title",
                "api-op-delete-done",
                "api-op-delete-action",
            ],
            WriteOp::DeleteReply => [
                "api-op-delete-reply",
                "api-op-delete-reply-title",
                "api-op-delete-reply-done",
                "api-op-delete-reply-action",
            ],
        }
    }

    /// The verb at the head of a sentence: "Deselect" / "取消精选".
    pub fn action(self) -> Message {
        Message::new(self.words()[3])
    }

    /// What the user calls it: "deselect" / "取消精选".
    pub fn verb(self) -> Message {
        Message::new(self.words()[0])
    }

    /// A heading for a popup or a plan: "Deselect comments" / "取消精选留言".
    pub fn title(self) -> Message {
        Message::new(self.words()[1])
    }

    /// Past tense, for result lines: "deselected" / "已取消精选".
    pub fn done_word(self) -> Message {
        Message::new(self.words()[2])
    }

    /// The stable English name `--json` and the journal use ("unmark_elect"):
    /// the same as its serde form, never translated.
    pub fn name(self) -> &'static str {
        match self {
            WriteOp::MarkElect => "mark_elect",
            WriteOp::UnmarkElect => "unmark_elect",
            WriteOp::Delete => "delete",
            WriteOp::DeleteReply => "delete_reply",
        }
    }
}

/// The words of an undo, which re-elects what a batch deselected.
pub mod undo_words {
    use crate::i18n::Message;

    /// "re-elect" / "恢复精选".
    pub fn verb() -> Message {
        Message::new("api-op-reelect")
    }

    /// "Re-elect comments" / "恢复精选留言".
    pub fn title() -> Message {
        Message::new("api-op-reelect-title")
    }

    /// "Re-elect" / "恢复精选", at the head of a sentence.
    pub fn action() -> Message {
        Message::new("api-op-reelect-action")
    }
}

pub const PATH_LIST: &str = "/cgi-bin/comment/list";
pub const PATH_OPEN: &str = "/cgi-bin/comment/open";
pub const PATH_CLOSE: &str = "/cgi-bin/comment/close";
pub const PATH_REPLY_ADD: &str = "/cgi-bin/comment/reply/add";
pub const PATH_QUOTA: &str = "/cgi-bin/openapi/quota/get";
pub const PATH_STABLE_TOKEN: &str = "/cgi-bin/stable_token";
pub const PATH_TOKEN: &str = "/cgi-bin/token";

/// Body of `comment/open` and `comment/close`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleRequest {
    pub msg_data_id: MsgDataId,
    #[serde(default)]
    pub index: u32,
}

/// Body of `comment/list`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListRequest {
    pub msg_data_id: MsgDataId,
    #[serde(default)]
    pub index: u32,
    pub begin: u32,
    pub count: u32,
    #[serde(rename = "type")]
    pub kind: u8,
}

/// Body of markelect, unmarkelect, delete and reply/delete.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CommentRequest {
    pub msg_data_id: MsgDataId,
    #[serde(default)]
    pub index: u32,
    pub user_comment_id: CommentId,
}

/// Body of `comment/reply/add`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReplyRequest {
    pub msg_data_id: MsgDataId,
    #[serde(default)]
    pub index: u32,
    pub user_comment_id: CommentId,
    pub content: String,
}

/// The answer every endpoint shares. A missing errcode means success.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BaseResponse {
    #[serde(default)]
    pub errcode: i64,
    #[serde(default, deserialize_with = "null_as_default")]
    pub errmsg: String,
}

/// The answer to a write (markelect, unmarkelect, delete, reply, open,
/// close), read as loosely as the server may send it: the client accepts
/// only an integer `errcode`, and a missing one (`{}`) is not success.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WriteResponse {
    #[serde(default)]
    pub errcode: Option<serde_json::Value>,
    #[serde(default)]
    pub errmsg: Option<serde_json::Value>,
}

/// The answer of `comment/list`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListResponse {
    #[serde(default)]
    pub errcode: i64,
    #[serde(default, deserialize_with = "null_as_default")]
    pub errmsg: String,
    /// Documented as the total; sometimes only the page length.
    #[serde(default)]
    pub total: Option<u64>,
    /// Undocumented; carries the real total when `total` does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_cnt: Option<u64>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub comment: Vec<Comment>,
}

/// One comment as `comment/list` returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub user_comment_id: CommentId,
    #[serde(default)]
    pub openid: Option<String>,
    #[serde(default)]
    pub create_time: i64,
    #[serde(default, deserialize_with = "null_as_default")]
    pub content: String,
    /// 0 not elected, 1 elected.
    #[serde(default)]
    pub comment_type: u8,
    #[serde(default)]
    pub reply: Option<Reply>,
}

impl Comment {
    pub fn is_elected(&self) -> bool {
        self.comment_type == 1
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    #[serde(default, deserialize_with = "null_as_default")]
    pub content: String,
    #[serde(default)]
    pub create_time: i64,
}

/// Body of `openapi/quota/get`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuotaRequest {
    pub cgi_path: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct QuotaResponse {
    #[serde(default)]
    pub errcode: i64,
    #[serde(default, deserialize_with = "null_as_default")]
    pub errmsg: String,
    #[serde(default)]
    pub quota: Option<Quota>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Quota {
    #[serde(default)]
    pub daily_limit: u64,
    #[serde(default)]
    pub used: u64,
    #[serde(default)]
    pub remain: u64,
}

/// Body of `stable_token`. Its `Debug` hides the secret.
#[derive(Clone, Serialize, Deserialize)]
pub struct StableTokenRequest {
    pub grant_type: String,
    pub appid: String,
    pub secret: String,
    #[serde(default)]
    pub force_refresh: bool,
}

impl std::fmt::Debug for StableTokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StableTokenRequest")
            .field("grant_type", &self.grant_type)
            .field("appid", &self.appid)
            .field("secret", &"<redacted>")
            .field("force_refresh", &self.force_refresh)
            .finish()
    }
}

/// The answer of `stable_token` and `token`. Its `Debug` hides the token.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct TokenResponse {
    #[serde(default)]
    pub errcode: i64,
    #[serde(default, deserialize_with = "null_as_default")]
    pub errmsg: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<u64>,
}

impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenResponse")
            .field("errcode", &self.errcode)
            .field("errmsg", &self.errmsg)
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| "<redacted>"),
            )
            .field("expires_in", &self.expires_in)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_tolerates_missing_optional_and_unknown_fields() {
        let c: Comment = serde_json::from_str(
            r#"{"user_comment_id": 3000000001, "create_time": 1, "content": "hi",
                "comment_type": 1, "extra": [1,2]}"#,
        )
        .unwrap();
        assert_eq!(c.user_comment_id, 3_000_000_001);
        assert_eq!(c.openid, None);
        assert_eq!(c.reply, None);
    }

    #[test]
    fn list_answers_tolerate_nulls_unknown_fields_and_missing_optionals() {
        let page: ListResponse = serde_json::from_str(
            r#"{"errcode": 0, "errmsg": null, "total": 2, "comment_cnt": 7, "rid": "x",
                "comment": [
                  {"user_comment_id": 1, "openid": null, "create_time": 5, "content": null,
                   "comment_type": 1, "reply": null, "nick_name": "a", "extra": {"k": [1]}},
                  {"user_comment_id": 2, "reply": {"content": "ok", "create_time": 6, "x": 1}}
                ]}"#,
        )
        .unwrap();
        assert_eq!((page.total, page.comment_cnt), (Some(2), Some(7)));
        assert_eq!(page.errmsg, "");
        assert_eq!(page.comment[0].content, "");
        assert_eq!(page.comment[0].openid, None);
        assert_eq!(page.comment[1].reply.as_ref().unwrap().content, "ok");
        let empty: ListResponse =
            serde_json::from_str(r#"{"errcode":0,"total":0,"comment":null}"#).unwrap();
        assert!(empty.comment.is_empty());
        let bare: BaseResponse = serde_json::from_str("{}").unwrap();
        assert_eq!((bare.errcode, bare.errmsg.as_str()), (0, ""));
    }

    #[test]
    fn list_request_uses_type_on_the_wire() {
        let body = serde_json::to_string(&ListRequest {
            msg_data_id: 2_247_483_652,
            index: 1,
            begin: 0,
            count: 49,
            kind: CommentFilter::Elected.wire(),
        })
        .unwrap();
        assert!(body.contains(r#""type":2"#), "{body}");
    }

    #[test]
    fn debug_hides_secrets() {
        let r = StableTokenRequest {
            grant_type: "client_credential".into(),
            appid: "wx1".into(),
            secret: "s3cr3t".into(),
            force_refresh: false,
        };
        assert!(!format!("{r:?}").contains("s3cr3t"));
        let t = TokenResponse {
            access_token: Some("TOKEN123".into()),
            ..Default::default()
        };
        assert!(!format!("{t:?}").contains("TOKEN123"));
    }

    #[test]
    fn one_table_of_words_in_both_languages() {
        use crate::i18n::Lang;
        for op in [
            WriteOp::MarkElect,
            WriteOp::UnmarkElect,
            WriteOp::Delete,
            WriteOp::DeleteReply,
        ] {
            for m in [op.verb(), op.title(), op.done_word()] {
                assert!(crate::i18n::has_message(m.id()), "{op:?}: {}", m.id());
            }
            let json = serde_json::to_value(op).unwrap();
            assert_eq!(
                json,
                serde_json::json!(op.name()),
                "the JSON name is stable"
            );
        }
        let op = WriteOp::UnmarkElect;
        assert_eq!(op.verb().render(Lang::En), "deselect");
        assert_eq!(op.done_word().render(Lang::En), "deselected");
        assert_eq!(op.verb().render(Lang::Zh), "取消精选");
        assert_eq!(op.title().render(Lang::Zh), "取消精选留言");
        assert_eq!(op.action().render(Lang::En), "Deselect");
        let article = Article {
            msg_data_id: 2247483652,
            index: 2,
        };
        assert_eq!(article.message().render(Lang::En), article.to_string());
        assert_eq!(article.message().render(Lang::Zh), "2247483652 第 3 篇");
        assert_eq!(CommentFilter::Elected.message().render(Lang::Zh), "精选");
    }
}
