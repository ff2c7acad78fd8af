## Batches and lists over many articles (--msg-data-id repeated, --recent-days).

multi-article = { $title } · { $date } · { $article }
multi-no-title = (no title)
multi-no-date = date not listed
multi-plan-headline = { $verb } { $count ->
    [one] one comment
   *[other] { $count } comments
} under { $articles ->
    [one] one article
   *[other] { $articles } articles
}
multi-plan-article = { $article }: { $count ->
    [0] nothing matches
    [one] one comment matches
   *[other] { $count } comments match
}
multi-plan-article-items = { $article }: { $count ->
    [one] one comment
   *[other] { $count } comments
}
multi-plan-article-unread = { $article }: the list could not be read ({ $problem }); nothing is sent there
multi-plan-total = Total: { $count ->
    [one] one comment
   *[other] { $count } comments
} under { $articles ->
    [one] one article
   *[other] { $articles } articles
}
multi-articles = { $count ->
    [one] one article
   *[other] { $count } articles
}
multi-nothing-to-do = Nothing to do: no comment matches under { $articles ->
    [one] the one article
   *[other] the { $articles } articles
}.
multi-no-articles = The article list for the last { $days ->
    [one] day
   *[other] { $days } days
} is empty: nothing to do.
multi-index-needs-one = --index applies to a single --msg-data-id; with several, give each its index in the id (2247483652_3 is index 2).
multi-article-stopped = { $article } stopped: { $why } Its remaining comments are not sent; the other articles go on.
multi-list-heading = { $article } — { $filter } comments
clap-arg-recent-days = Every article of the article list for the last N days (today's from the recent list); instead of --msg-data-id, which may also repeat.
clap-arg-csv = Write the table as CSV (UTF-8 with a BOM, for spreadsheets).
multi-csv-col-title = TITLE
multi-history-label = articles
multi-confirm-type = { $question } Type { $count } to confirm:
