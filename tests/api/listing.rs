//! Complete, de-duplicated, newest-first lists whatever `total` says and
//! however the pages come back.

use super::*;

async fn complete_list(mode: TotalMode, shuffle: bool, page_size: u32) {
    let (sim, ctl) = big().await;
    ctl.set_total_mode(mode);
    ctl.set_shuffle(shuffle);
    let client = Client::new(
        ClientOptions {
            page_size,
            list_concurrency: 3,
            ..options(&sim, None)
        },
        creds(),
    )
    .unwrap();
    for filter in [CommentFilter::Elected, CommentFilter::All] {
        let got = client.list_comments(ART, filter).await.unwrap();
        let mut want: Vec<u64> = ctl
            .comments(ART)
            .iter()
            .filter(|c| filter.admits(c.comment_type))
            .map(|c| c.user_comment_id)
            .collect();
        want.sort_unstable();
        let mut ids: Vec<u64> = got.iter().map(|c| c.user_comment_id).collect();
        ids.sort_unstable();
        assert_eq!(ids, want, "{mode:?} shuffle={shuffle} {filter:?}");
        for pair in got.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(
                (a.create_time, a.user_comment_id) > (b.create_time, b.user_comment_id),
                "newest first without duplicates"
            );
        }
    }
}

#[tokio::test]
async fn list_is_complete_when_total_is_true() {
    complete_list(TotalMode::Truthful, false, 49).await;
}

#[tokio::test]
async fn list_is_complete_when_total_is_only_the_page_length() {
    complete_list(TotalMode::PageLength, false, 49).await;
}

#[tokio::test]
async fn list_is_complete_when_pages_come_back_shuffled() {
    complete_list(TotalMode::Truthful, true, 49).await;
    complete_list(TotalMode::PageLength, true, 20).await;
}

#[tokio::test]
async fn page_size_above_49_is_clamped() {
    complete_list(TotalMode::Truthful, false, 500).await;
}

#[tokio::test]
async fn list_of_an_unknown_article_is_a_stop_error_naming_the_path() {
    let (sim, _ctl) = big().await;
    let other = Article {
        msg_data_id: 1,
        index: 3,
    };
    let e = client(&sim)
        .list_comments(other, CommentFilter::Elected)
        .await
        .unwrap_err();
    assert_eq!(e.errcode(), Some(88001));
    assert_eq!(e.class(), ErrClass::Stop);
    assert!(e.to_string().contains(PATH_LIST), "{e}");
}

/// `page_size = 20` in config.toml reaches the wire: 130 elected comments take
/// 7 pages of 20 (the default 49 takes 3).
#[tokio::test]
async fn page_size_from_the_config_file_is_the_count_asked_for() {
    let (sim, ctl) = big().await;
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "page_size = 20\n").unwrap();
    let env = |_: &str| None;
    let settings = wxmod::config::load(&file, &Default::default(), &env).unwrap();
    let client = Client::new(
        ClientOptions {
            api_base: sim.url(),
            ..settings.client_options(None)
        },
        creds(),
    )
    .unwrap();
    assert_eq!(client.options().page_size, 20);
    let got = client
        .list_comments(ART, CommentFilter::Elected)
        .await
        .unwrap();
    assert_eq!(got.len(), 130);
    assert_eq!(ctl.calls(PATH_LIST), 7);

    client
        .list_comments(ART, CommentFilter::Elected)
        .await
        .unwrap();
    let default = Client::new(options(&sim, None), creds()).unwrap();
    default
        .list_comments(ART, CommentFilter::Elected)
        .await
        .unwrap();
    assert_eq!(ctl.calls(PATH_LIST), 7 + 7 + 3);
}
