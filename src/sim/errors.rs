//! The simulator's error answers: the catalog's errmsg for each code, and the
//! few codes the token endpoints answer that the comment catalog does not hold.
//! Shared by the comment endpoints and the token endpoints.

use serde_json::{Value, json};

use crate::api::catalog;

/// Codes the catalog does not carry (they mean a caller bug or a wrong method).
fn extra_errmsg(code: i64) -> &'static str {
    match code {
        40002 => "invalid grant_type",
        40033 => "invalid charset. please check your request, if include \\uxxxx will create fail!",
        41002 => "appid missing",
        41004 => "appsecret missing",
        43001 => "require GET method",
        43002 => "require POST method",
        _ => "system error",
    }
}

/// `{"errcode": code, "errmsg": …}` as the real API words it.
pub(crate) fn error(code: i64) -> Value {
    let errmsg = catalog::lookup(code).map_or_else(|| extra_errmsg(code), |info| info.errmsg);
    json!({ "errcode": code, "errmsg": errmsg })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_carry_the_catalog_errmsg() {
        assert_eq!(error(88008)["errmsg"], "comment is not exists");
        assert_eq!(error(45009)["errmsg"], "reach max api daily quota limit");
        assert!(error(40033)["errmsg"].as_str().unwrap().contains("\\uxxxx"));
    }
}
