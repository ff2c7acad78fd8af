# artlist: the console's article list popup (src/tui/artlist.rs, src/tui/widgets/artlist.rs).

artlist-title = Articles of the last { $days ->
    [one] day
   *[other] { $days } days
} and recent ones
artlist-filter = Find by title or id:
artlist-reading = { $spinner } Reading the mass-sent articles of the last { $days ->
    [one] day
   *[other] { $days } days
} (cached days answer at once)…
artlist-empty = No articles mass-sent in the last { $days ->
    [one] day
   *[other] { $days } days
}, and none opened recently. Today's articles are not listed until tomorrow: type the msg_data_id instead.
artlist-count = { $shown } of { $total ->
    [one] one article
   *[other] { $total } articles
}
artlist-not-sent = recent
artlist-no-title = (title not known yet)
artlist-elected = { $count } elected
artlist-failed = Cannot read the article list of the last { $days ->
    [one] day
   *[other] { $days } days
}: { $why }
artlist-see-list = { $why } (in the console: { $key } opens the article list, to find it by its title)
artlist-hint = Find the article by its title in the article list: { $key }.
artlist-short-link = { $link } is a short link: it carries no msg_data_id (only a long link with mid= and idx= does). { $key } opens the article list: find the article by its title there.
