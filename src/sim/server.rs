//! The HTTP side of the simulator: one axum fallback handler that counts the
//! request, applies injected faults, holds and latency, then asks `endpoints` for
//! the answer. Never holds the state lock across an await.

use std::collections::HashMap;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use super::AnswerFault;
use super::control::SimControl;
use super::endpoints::{self, Request};
use super::errors;
use super::state::Fault;

pub(crate) async fn serve(listener: TcpListener, control: SimControl, stop: oneshot::Receiver<()>) {
    let app = Router::new().fallback(handle).with_state(control);
    // A dropped sender also stops the server: the handle went away.
    let _ = axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = stop.await;
        })
        .await;
}

/// Keeps the in-flight count right however the handler ends (even unwinding).
struct InFlight(SimControl);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.lock().depart();
    }
}

async fn handle(State(ctl): State<SimControl>, method: Method, uri: Uri, body: Bytes) -> Response {
    let path = uri.path().to_string();
    let fault = ctl.lock().arrive(&path, uri.query().unwrap_or(""));
    let _in_flight = InFlight(ctl.clone());

    wait_while_held(&ctl, &path).await;
    let latency = ctl.lock().latency;
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }

    match fault {
        Some(Fault::DropConnection) => {
            // Unwinding out of the handler ends the connection task, so hyper closes
            // the socket without answering; resume_unwind skips the panic hook, so
            // nothing is printed.
            std::panic::resume_unwind(Box::new("simulated dropped connection"))
        }
        Some(Fault::Http(status)) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
            return (status, "simulated server error\n").into_response();
        }
        Some(Fault::Code(code)) => return json(StatusCode::OK, &errors::error(code)),
        Some(Fault::Body(body)) => return raw(StatusCode::OK, body),
        None => {}
    }

    let query: HashMap<String, String> = Query::try_from_uri(&uri)
        .map(|Query(q)| q)
        .unwrap_or_default();
    let req = Request {
        is_post: method == Method::POST,
        path: &path,
        query: &query,
        body: &body,
    };
    let (status, value, after) = {
        let mut state = ctl.lock();
        let (status, value) = endpoints::answer(&mut state, &req);
        (status, value, state.take_after_apply(&path))
    };
    match after {
        // As for DropConnection, but the change has been made.
        Some(AnswerFault::Lost) => std::panic::resume_unwind(Box::new("simulated lost answer")),
        Some(AnswerFault::Body(body)) => return raw(StatusCode::OK, body),
        Some(AnswerFault::Status(status)) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
            return (
                status,
                [(header::CONTENT_TYPE, "text/html")],
                "<html><body><h1>502 Bad Gateway</h1></body></html>\n",
            )
                .into_response();
        }
        Some(AnswerFault::Slow(delay)) => tokio::time::sleep(delay).await,
        None => {}
    }
    json(
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        &value,
    )
}

/// A body exactly as given, labelled JSON as the real API labels everything.
fn raw(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json; encoding=utf-8")],
        body,
    )
        .into_response()
}

async fn wait_while_held(ctl: &SimControl, path: &str) {
    loop {
        // Registered before checking, so a release between the check and the await
        // is not lost.
        let released = ctl.released().notified();
        tokio::pin!(released);
        released.as_mut().enable();
        {
            let mut s = ctl.lock();
            if !s.held.contains(path) {
                return;
            }
            *s.waiting.entry(path.to_string()).or_default() += 1;
        }
        let _waiting = Waiting(ctl, path);
        released.await;
    }
}

/// Un-counts a held request when it is released or its client goes away.
struct Waiting<'a>(&'a SimControl, &'a str);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        if let Some(n) = self.0.lock().waiting.get_mut(self.1) {
            *n = n.saturating_sub(1);
        }
    }
}

fn json(status: StatusCode, value: &serde_json::Value) -> Response {
    let body = serde_json::to_string(value).unwrap_or_else(|_| "{}".into());
    (
        status,
        [(header::CONTENT_TYPE, "application/json; encoding=utf-8")],
        body,
    )
        .into_response()
}
