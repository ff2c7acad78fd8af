use super::*;

fn c(id: u64, t: i64, content: &str) -> Comment {
    Comment {
        user_comment_id: id,
        openid: Some(format!("oOPEN{id}")),
        create_time: t,
        content: content.into(),
        comment_type: 1,
        reply: None,
    }
}

#[test]
fn the_filter_matches_within_rows_only_and_counts_hidden_marks() {
    let mut list = CommentList::default();
    // Newest first: 3, 2, 1.
    list.replace(vec![c(1, 1, "b新年"), c(2, 2, "xa"), c(3, 3, "AB 新年")]);
    list.set_query("ab");
    assert_eq!(list.visible_len(), 1, "case-insensitive, within one row");
    list.set_query("新年");
    let ids: Vec<u64> = list
        .visible_rows(0)
        .map(|(_, r)| r.comment.user_comment_id)
        .collect();
    assert_eq!(ids, vec![3, 1]);
    list.set_query("author:oOPEN2");
    assert_eq!(list.visible_len(), 1, "an author by openid");
    list.set_query("author:oOPEN2 (");
    assert_eq!(
        list.visible_len(),
        1,
        "a query that does not parse keeps the rows"
    );
    assert_eq!(list.query_error().map(|e| e.at), Some(14));
    list.set_query("ＡＢ | xa");
    assert_eq!(list.visible_len(), 2, "full-width folds, either side");
    assert!(list.query_error().is_none());
    list.set_query("");
    list.set_marks([1, 2, 3]);
    list.set_query("新年");
    assert_eq!(list.marks_hidden(), 1);
    list.unmark(2);
    assert_eq!(list.marks_hidden(), 0);
    list.unmark(3);
    assert_eq!(list.marks_hidden(), 0);
    assert_eq!(list.marked_count(), 1);
}

/// The counts the footer reads (`marked_of_kind`) agree with the marks and
/// the rows after every way marks and rows change.
#[test]
fn marked_kinds_follow_marks_and_rows() {
    fn check(list: &CommentList) {
        let count = |elected: bool| {
            list.marks()
                .filter(|id| {
                    list.row(*id)
                        .is_some_and(|r| !r.gone && r.comment.is_elected() == elected)
                })
                .count()
        };
        assert_eq!(list.marked_of_kind(true), count(true), "elected");
        assert_eq!(list.marked_of_kind(false), count(false), "not elected");
    }
    let mut normal = c(4, 4, "普通");
    normal.comment_type = 0;
    let mut list = CommentList::default();
    list.replace(vec![
        c(1, 1, "a"),
        c(2, 2, "b"),
        c(3, 3, "c"),
        normal.clone(),
    ]);
    list.toggle_current();
    check(&list);
    assert!(list.mark_all_visible());
    check(&list);
    assert_eq!(
        (list.marked_of_kind(true), list.marked_of_kind(false)),
        (3, 1)
    );
    list.set_elected(2, false);
    check(&list);
    assert_eq!(list.marked_of_kind(false), 2);
    list.unmark(4);
    check(&list);
    list.set_query("b");
    list.range_mark();
    list.range_mark();
    check(&list);
    list.set_query("");
    list.set_marks([1, 4]);
    check(&list);
    // A reload that no longer lists 1: its mark goes with it.
    list.replace(vec![c(2, 2, "b"), c(3, 3, "c"), normal]);
    check(&list);
    assert_eq!(
        (list.marked_of_kind(true), list.marked_of_kind(false)),
        (0, 1)
    );
    assert!(!list.mark_all_visible() || list.marked_count() == 3);
    check(&list);
    list.clear_marks();
    check(&list);
    assert_eq!(list.marked_of_kind(true) + list.marked_of_kind(false), 0);
}
