use time::UtcOffset;

use super::*;
use crate::api::wire::{Comment, Reply};
use crate::i18n::{Lang, Localize};

fn utc() -> UtcOffset {
    UtcOffset::UTC
}

fn q(text: &str) -> Query {
    Query::parse(text, utc()).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn comment(id: u64, openid: &str, content: &str, elected: bool, t: i64) -> Comment {
    Comment {
        user_comment_id: id,
        openid: Some(openid.into()),
        create_time: t,
        content: content.into(),
        comment_type: u8::from(elected),
        reply: id.is_multiple_of(2).then(|| Reply {
            content: "谢谢".into(),
            create_time: t + 1,
        }),
    }
}

/// 2026-11-30 00:00 UTC.
const DAY: i64 = 1_795_996_800;

fn fixture() -> Vec<Comment> {
    vec![
        comment(1, "oAAAA1111222233334444", "我在考研，求资料", true, DAY),
        comment(
            2,
            "oAAAA1111222233334444",
            "抽中了！谢谢",
            false,
            DAY + 3600,
        ),
        comment(
            3,
            "oBBBB5555666677778888",
            "这个教程很详细",
            true,
            DAY + 86_400,
        ),
        comment(4, "oCCCC9999000011112222", "加Ｖ领教程 ABC", true, DAY - 1),
        comment(
            5,
            "oDDDD",
            "详细的教程 http://x.cn v123",
            false,
            DAY + 2 * 86_400,
        ),
    ]
}

fn ids(text: &str) -> Vec<u64> {
    let query = q(text);
    fixture()
        .iter()
        .filter(|c| query.matches(c, &NoConsole))
        .map(|c| c.user_comment_id)
        .collect()
}

#[test]
fn shapes() {
    for (text, shape) in [
        ("a b", r#"(and "a" "b")"#),
        ("a | b c", r#"(or "a" (and "b" "c"))"#),
        ("-(a | b) c", r#"(and (not (or "a" "b")) "c")"#),
        ("\"Two Words\"", r#""two words""#),
        ("ＡＢＣ", r#""abc""#),
        ("（a｜b）", r#"(or "a" "b")"#),
        ("id:5 id:1..9", "(and id:5 id:1..9)"),
        ("IS:Elected has:reply", "(and is:elected has:reply)"),
        ("re:/a (b|c)/ x", r#"(and re:/a (b|c)/ "x")"#),
        ("https://x.cn", r#""https://x.cn""#),
        ("a-b", r#""a-b""#),
        (
            "result:88008 result:failed",
            "(and result:Code(88008) result:Failed)",
        ),
        ("author:oAbc...wXyz", "author:oAbc…wXyz"),
        ("   ", ""),
    ] {
        assert_eq!(q(text).shape(), shape, "{text}");
    }
}

#[test]
fn evaluation_on_the_fixture() {
    for (text, want) in [
        ("考研 | 抽中", vec![1, 2]),
        ("教程 详细", vec![3, 5]),
        ("教程 -详细", vec![4]),
        ("\"很详细\"", vec![3]),
        ("is:elected 教程", vec![3, 4]),
        ("is:normal", vec![2, 5]),
        ("has:reply", vec![2, 4]),
        ("-has:reply is:elected", vec![1, 3]),
        ("id:2..4 -id:3", vec![2, 4]),
        ("author:oAAAA1111222233334444", vec![1, 2]),
        ("author:oDDDD", vec![5]),
        ("author:oAAA…4444", vec![1, 2]),
        ("author:oAAA...4444 抽中", vec![2]),
        ("re:/v[0-9]+/", vec![5]),
        ("re:/(?i)ABC|http/", vec![4, 5]),
        ("(考研 | 教程) is:elected", vec![1, 3, 4]),
        ("", vec![1, 2, 3, 4, 5]),
    ] {
        assert_eq!(ids(text), want, "{text}");
    }
}

#[test]
fn full_width_and_half_width_match_each_other() {
    // Content 4 is "加Ｖ领教程 ABC".
    assert_eq!(ids("加v"), vec![4]);
    assert_eq!(ids("加Ｖ"), vec![4]);
    assert_eq!(ids("abc"), vec![4]);
    assert_eq!(ids("ＡＢＣ"), vec![4]);
    assert_eq!(ids("ｉｄ：４"), vec![4], "a full-width field works too");
    assert_eq!(fold("ＡＢＣ\u{3000}x"), "abc x");
}

#[test]
fn since_and_until_are_local_days() {
    assert_eq!(ids("since:2026-11-30"), vec![1, 2, 3, 5]);
    assert_eq!(ids("until:2026-11-30"), vec![1, 2, 4], "until is inclusive");
    assert_eq!(ids("since:2026-12-01 until:2026-12-01"), vec![3]);
    // At +08:00, 2026-11-30 starts at 16:00 UTC the day before.
    let east = UtcOffset::from_hms(8, 0, 0).unwrap();
    let query = Query::parse("until:2026-11-29", east).unwrap();
    let matched: Vec<u64> = fixture()
        .iter()
        .filter(|c| query.matches(c, &NoConsole))
        .map(|c| c.user_comment_id)
        .collect();
    assert_eq!(
        matched,
        Vec::<u64>::new(),
        "23:59:59 UTC is the 30th at +08:00"
    );
    let query = Query::parse("until:2026-11-30", east).unwrap();
    assert!(query.matches(&fixture()[3], &NoConsole));
}

#[test]
fn broken_queries_point_at_the_place() {
    for (text, at, en) in [
        ("(a b", 0, "( is not closed"),
        ("a b)", 3, ") closes nothing"),
        ("a \"b c", 2, "quote is not closed"),
        ("a | ", 2, "| needs a term"),
        ("| a", 0, "| needs a term"),
        ("a - b", 2, "- needs a term"),
        ("()", 0, "empty"),
        ("is:starred", 3, "\"starred\" is not a value of is:"),
        ("has:", 0, "has: needs a value"),
        ("id:12x", 3, "\"12x\" is not a comment id"),
        ("id:9..1", 3, "not a comment id"),
        ("since:2026-13-01", 6, "not a date"),
        ("x re:/(a/", 6, "does not compile"),
        ("re:abc", 0, "between slashes"),
        ("re:/abc", 0, "between slashes"),
        ("教程 (详细", 7, "( is not closed"),
        ("result:nope", 7, "not a value of result:"),
    ] {
        let err = Query::parse(text, utc()).expect_err(text);
        assert_eq!(err.at, at, "{text}: {err}");
        let rendered = err.render(Lang::En);
        assert!(rendered.contains(en), "{text}: {rendered}");
        assert!(!err.render(Lang::Zh).is_empty());
    }
}

#[test]
fn the_marker_counts_display_columns() {
    let text = "教程 (详细";
    let err = Query::parse(text, utc()).unwrap_err();
    let (shown, marker) = err.marker(text);
    assert_eq!(shown, text);
    assert_eq!(
        marker,
        format!("{}^", " ".repeat(5)),
        "教程 is 4 columns, then a space"
    );
}

#[test]
fn regex_limits_refuse_a_blow_up() {
    let err = Query::parse("re:/(\\w{100}){100}/", utc()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::RegexTooBig);
    assert_eq!(err.at, 4, "points at the pattern");
    assert!(err.render(Lang::Zh).contains("正则太大"));
}

#[test]
fn a_shortened_author_must_be_unambiguous() {
    let list = fixture();
    let openids = || list.iter().filter_map(|c| c.openid.as_deref());
    q("author:oAAA…4444").check_authors(openids()).unwrap();
    let mut twins = list.clone();
    twins[4].openid = Some("oAAA_other_4444".into());
    let query = q("教程 | author:oAAA…4444");
    let err = query
        .check_authors(twins.iter().filter_map(|c| c.openid.as_deref()))
        .unwrap_err();
    assert_eq!(err.at, 9);
    assert!(err.render(Lang::En).contains("fits 2 authors"), "{err}");
    assert!(err.render(Lang::Zh).contains("2 位作者"));
}

#[test]
fn a_wrong_value_lists_the_right_ones_as_the_language_lists() {
    let err = Query::parse("is:elect", utc()).unwrap_err();
    assert!(
        err.render(Lang::En).contains("elected, normal, marked"),
        "{err}"
    );
    assert!(err.render(Lang::Zh).contains("elected、normal、marked"));
}

#[test]
fn a_piece_of_an_openid_is_an_error_naming_the_forms_taken() {
    let list = fixture();
    let openids = || list.iter().filter_map(|c| c.openid.as_deref());
    for text in ["author:o", "教程 author:oAAAA", "author:4444"] {
        let err = q(text).check_authors(openids()).unwrap_err();
        assert_eq!(
            err.kind,
            ErrorKind::PartialAuthor(text.rsplit(':').next().unwrap().into())
        );
        assert_eq!(err.at, text.find("author").unwrap(), "{text}");
        assert!(err.render(Lang::En).contains("full openid"), "{err}");
        assert!(err.render(Lang::Zh).contains("完整的 openid"));
    }
    // Whole openids, here or not, and the shortened form stay fine.
    for text in [
        "author:oDDDD",
        "author:oAAAA1111222233334444",
        "author:oZZZZ",
        "author:oAAA…4444",
    ] {
        q(text).check_authors(openids()).unwrap();
    }
    // A shortened form with a side left empty is refused as it is parsed.
    for text in ["author:o…", "author:…4444", "author:o..."] {
        let err = Query::parse(text, UtcOffset::UTC).unwrap_err();
        assert!(
            matches!(err.kind, ErrorKind::PartialAuthor(_)),
            "{text}: {err:?}"
        );
        assert_eq!(err.at, 7);
    }
}

#[test]
fn console_terms_are_answered_by_the_context_and_refused_elsewhere() {
    struct Console;
    impl Context for Console {
        fn marked(&self, c: &Comment) -> bool {
            c.user_comment_id == 3
        }
        fn result(&self, c: &Comment, term: ResultTerm) -> bool {
            term == ResultTerm::Code(88008) && c.user_comment_id == 1
        }
    }
    let query = q("is:marked | result:88008");
    let matched: Vec<u64> = fixture()
        .iter()
        .filter(|c| query.matches(c, &Console))
        .map(|c| c.user_comment_id)
        .collect();
    assert_eq!(matched, vec![1, 3]);
    assert!(query.asks_marked());
    let err = query.console_only().unwrap_err();
    assert_eq!(err.at, 0);
    assert!(err.render(Lang::En).contains("only in the console"));
    q("教程 is:elected").console_only().unwrap();
}

#[test]
fn the_help_tables_name_messages_that_exist() {
    for (syntax, id) in help::GRAMMAR.iter().chain(help::EXAMPLES) {
        assert!(crate::i18n::has_message(id), "{id}");
        assert!(!syntax.starts_with("query-help-") || crate::i18n::has_message(syntax));
    }
}

#[test]
fn a_regex_that_does_not_compile_is_explained_in_the_reader_s_language() {
    for (pattern, zh_part) in [
        ("re:/[a-/", "“[”没有闭合"),
        ("re:/(ab/", "“(”没有闭合"),
        ("re:/*a/", "前面没有内容"),
        ("re:/a{2,/", "没有闭合"),
        ("re:/[z-a]/", "a-z] 中第一个字符"),
        ("re:/(?=a)/", "不支持向前"),
        (r"re:/\p{Foo}/", "Unicode 类别"),
    ] {
        let err = Query::parse(pattern, time::UtcOffset::UTC).unwrap_err();
        let zh = err.message().render(Lang::Zh);
        assert!(zh.contains(zh_part), "{pattern}: {zh}");
        assert!(
            !zh.is_ascii() && !zh.contains("unclosed"),
            "{pattern}: {zh}"
        );
        let en = err.message().render(Lang::En);
        assert!(en.starts_with("the pattern does not compile: "), "{en}");
    }
}
