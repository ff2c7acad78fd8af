# articles: the article list (`wxmod articles`, src/articles/, src/cli/articles_cmd.rs).

articles-heading = Articles mass-sent (群发) in the last { $days ->
    [one] day
   *[other] { $days } days
} on { $account }, newest first:
articles-asked = { $asked ->
    [one] One day asked from the data cube
   *[other] { $asked } days asked from the data cube
}, { $cached ->
    [one] one from the cache.
   *[other] { $cached } from the cache.
}
articles-empty = No mass-sent articles in the last { $days ->
    [one] day
   *[other] { $days } days
}, and none opened recently.
articles-col-sent = sent
articles-col-position = position
articles-col-msg-data-id = msg_data_id
articles-col-index = index
articles-col-title = title
# A recent article the data cube has not listed (today's, or older).
articles-opened-recently = opened recently
articles-position = #{ $position }
articles-no-title = (title not known yet)
articles-hint = Open one: wxmod list --msg-data-id ID --index INDEX, or type its msg_data_id in the console. Articles published without a mass send (发布 only) have no msg_data_id and are not listed.
articles-cache-save-failed = cannot save the article list cache to { $path }: { $detail } (the days will be asked again next time)
articles-arg-days = { $value } is not a number of days from 1 to { $max }

# `wxmod articles --help`.
clap-articles-about = The account's mass-sent (群发) articles of the last days: send date, title, msg_data_id and index.
clap-articles-arg-days = How many days back from yesterday, 1 to 60 [default: 7].
clap-articles-arg-json = One JSON object per article per line.

# What an article input that cannot name an article is told (src/article.rs).
articles-short-link = { $link } is a short link: it carries no msg_data_id (only a long link with mid= and idx= does). Find the article by its title with wxmod articles, or in the console's article list, and open it from there.
