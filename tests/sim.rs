//! The simulator, seen from outside: plain HTTP against a real server on
//! 127.0.0.1:0, checking the wire behaviour the client and batch engine rely on.
//! One test binary; the tests live in `tests/sim/`, the shared fixtures here.

#[path = "sim/bodies.rs"]
mod bodies;
#[path = "sim/command.rs"]
mod command;
#[path = "sim/comments.rs"]
mod comments;
#[path = "sim/faults.rs"]
mod faults;
#[path = "sim/tokens.rs"]
mod tokens;

#[path = "support/mod.rs"]
mod support;

use serde_json::{Value, json};
use support::{ART, UNMARK, start_sim};
use wxmod::api::wire::{PATH_LIST, PATH_QUOTA, PATH_REPLY_ADD, PATH_STABLE_TOKEN};
use wxmod::sim::{DEMO_APPID, DEMO_SECRET, SimData, SimHandle, SimOptions, TotalMode};

struct Sim {
    sim: SimHandle,
    http: reqwest::Client,
}

impl Sim {
    async fn start(data: SimData, options: SimOptions) -> Sim {
        let sim = start_sim(data, options).await;
        Sim {
            sim,
            http: support::http(),
        }
    }

    /// 30 elected and 20 normal comments on ART.
    async fn generated() -> Sim {
        Sim::start(SimData::generated(ART, 30, 20), SimOptions::default()).await
    }

    async fn stable_token(&self, appid: &str, secret: &str, force: bool) -> Value {
        let body = json!({"grant_type": "client_credential", "appid": appid,
                          "secret": secret, "force_refresh": force});
        let url = format!("{}{}", self.sim.url(), PATH_STABLE_TOKEN);
        let resp = self.http.post(url).json(&body).send().await.unwrap();
        resp.json().await.unwrap()
    }

    async fn token(&self) -> String {
        let v = self.stable_token(DEMO_APPID, DEMO_SECRET, false).await;
        v["access_token"].as_str().unwrap().to_string()
    }

    async fn raw(&self, path: &str, token: Option<&str>, body: &str) -> reqwest::Response {
        let mut url = format!("{}{}", self.sim.url(), path);
        if let Some(t) = token {
            url.push_str(&format!("?access_token={t}"));
        }
        self.http
            .post(url)
            .body(body.to_string())
            .send()
            .await
            .unwrap()
    }

    async fn post(&self, path: &str, token: &str, body: Value) -> Value {
        // serde_json writes non-ASCII as raw UTF-8, which is what the API wants.
        let text = serde_json::to_string(&body).unwrap();
        self.raw(path, Some(token), &text)
            .await
            .json()
            .await
            .unwrap()
    }

    async fn list(&self, token: &str, begin: u32, count: i64, kind: u8) -> Value {
        let body = json!({"msg_data_id": ART.msg_data_id, "index": ART.index,
                          "begin": begin, "count": count, "type": kind});
        self.post(PATH_LIST, token, body).await
    }

    async fn write(&self, path: &str, token: &str, id: u64) -> Value {
        let body = json!({"msg_data_id": ART.msg_data_id, "index": ART.index,
                          "user_comment_id": id});
        self.post(path, token, body).await
    }
}

fn ids(page: &Value) -> Vec<u64> {
    page["comment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["user_comment_id"].as_u64().unwrap())
        .collect()
}
