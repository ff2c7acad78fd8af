# cross: the console across articles (src/tui/cross.rs, src/tui/cross/, src/tui/widgets/cross.rs).

cross-no-author = The highlighted comment has no author to follow.
cross-listing-articles = Reading the article list first, then each article's comments…
cross-log-found = Found { $count ->
    [one] one comment
   *[other] { $count } comments
} under { $articles ->
    [one] one article
   *[other] { $articles } articles
}{ $failed ->
    [0] {""}
    [one] {""} (one article could not be read)
   *[other] {""} ({ $failed } articles could not be read)
}.
cross-log-cancelled = Loading stopped after { $read } of { $total ->
    [one] one article
   *[other] { $total } articles
}: the table shows what came.
cross-log-running = A batch over { $articles ->
    [one] one article
   *[other] { $articles } articles
}: { $verb } { $count ->
    [one] one comment
   *[other] { $count } comments
}…
cross-article = no. { $position } · { $title }
cross-title-author = Comments by { $author } in recent articles
cross-title-search = “{ $query }” in recent articles
cross-progress = { $spinner } { $read }/{ $total } articles read
cross-summary = { $count ->
    [one] one comment
   *[other] { $count } comments
} · { $articles } articles · { $marked } marked
cross-empty-loading = Reading the recent articles' comments…
cross-empty = Nothing found under { $articles ->
    [one] the one recent article
   *[other] the { $articles } recent articles
}.
cross-col-article = article
cross-col-id = id
cross-col-time = time
cross-col-author = author
cross-col-content = content
cross-find-title = Search the recent articles
cross-find-prompt = A query: words, "phrases", a | b, -not, author:, id:, since:, is:elected, re:/…/
cross-find-keys = Enter search · Esc close
cross-confirm-where = { $count } articles (each comment under its own)
cross-progress-list = { $spinner } reading the article list
