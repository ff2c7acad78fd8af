//! The comment operations and how list pages look.

use super::*;

#[tokio::test]
async fn unmarkelect_moves_a_comment_out_of_the_elected_list() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let ctl = s.sim.control();
    let before = s.list(&t, 0, 49, 2).await;
    assert_eq!(before["total"], 30);
    let target = ids(&before)[3];

    let answer = s.write(UNMARK, &t, target).await;
    assert_eq!(answer["errcode"], 0);
    let after = s.list(&t, 0, 49, 2).await;
    assert_eq!(after["total"], 29);
    assert!(!ids(&after).contains(&target));
    assert!(ids(&s.list(&t, 0, 49, 1).await).contains(&target));
    assert_eq!(ctl.elected_ids(ART).len(), 29);
    assert!(!ctl.elected_ids(ART).contains(&target));

    assert_eq!(
        s.write("/cgi-bin/comment/markelect", &t, target).await["errcode"],
        0
    );
    assert!(ctl.elected_ids(ART).contains(&target));
    assert_eq!(ctl.calls(UNMARK), 1);
}

#[tokio::test]
async fn list_is_newest_first_and_omits_absent_fields() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let page = s.list(&t, 0, 20, 0).await;
    let times: Vec<i64> = page["comment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["create_time"].as_i64().unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] > w[1]), "{times:?}");
    let items = page["comment"].as_array().unwrap();
    assert!(items.iter().any(|c| c.get("openid").is_none()));
    assert!(items.iter().all(|c| c.get("reply").is_none()));
}

#[tokio::test]
async fn page_length_mode_moves_the_total_to_comment_cnt() {
    let s = Sim::generated().await;
    let t = s.token().await;
    s.sim.control().set_total_mode(TotalMode::PageLength);
    let page = s.list(&t, 0, 10, 2).await;
    assert_eq!(page["total"], 10);
    assert_eq!(page["comment_cnt"], 30);
}

#[tokio::test]
async fn shuffled_pages_still_cover_every_comment_once() {
    let s = Sim::generated().await;
    let t = s.token().await;
    s.sim.control().set_shuffle(true);
    let mut seen: Vec<u64> = Vec::new();
    let mut begin = 0;
    loop {
        let page = ids(&s.list(&t, begin, 7, 2).await);
        seen.extend(&page);
        if page.len() < 7 {
            break;
        }
        begin += 7;
    }
    assert_eq!(seen.len(), 30);
    let mut sorted = seen.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), 30);
    assert_eq!(sorted, s.sim.control().elected_ids(ART));
    let mut newest_first = sorted.clone();
    newest_first.reverse();
    assert_ne!(seen, newest_first, "shuffle left the time order");
}

#[tokio::test]
async fn replies_and_deletes() {
    let s = Sim::generated().await;
    let t = s.token().await;
    let reply = |content: String| json!({"msg_data_id": ART.msg_data_id, "index": 0, "user_comment_id": 1_000_005, "content": content});
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply(String::new())).await["errcode"],
        88007
    );
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply("长".repeat(1001))).await["errcode"],
        88007
    );
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply("ok".into())).await["errcode"],
        0
    );
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply("again".into())).await["errcode"],
        88005
    );
    let page = s.list(&t, 0, 49, 0).await;
    let item = page["comment"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["user_comment_id"] == 1_000_005)
        .unwrap();
    assert_eq!(item["reply"]["content"], "ok");
    assert!(item["reply"]["create_time"].as_i64().unwrap() > 0);

    assert_eq!(
        s.write("/cgi-bin/comment/reply/delete", &t, 1_000_005)
            .await["errcode"],
        0
    );
    assert_eq!(
        s.post(PATH_REPLY_ADD, &t, reply("new".into())).await["errcode"],
        0
    );

    assert_eq!(
        s.write("/cgi-bin/comment/delete", &t, 1_000_005).await["errcode"],
        0
    );
    assert_eq!(s.write(UNMARK, &t, 1_000_005).await["errcode"], 88008);
    assert_eq!(s.list(&t, 0, 49, 0).await["total"], 49);

    let art = json!({"msg_data_id": ART.msg_data_id, "index": 0});
    assert_eq!(
        s.post("/cgi-bin/comment/close", &t, art.clone()).await["errcode"],
        0
    );
    assert_eq!(s.sim.control().comments_open(ART), Some(false));
    assert_eq!(s.post("/cgi-bin/comment/open", &t, art).await["errcode"], 0);
    assert_eq!(s.sim.control().comments_open(ART), Some(true));
}
