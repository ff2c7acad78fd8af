# articles: 文章列表（`wxmod articles`，src/articles/，src/cli/articles_cmd.rs）。

articles-heading = { $account } 最近 { $days } 天群发的文章（最新的在前）：
articles-asked = 向数据统计查询了 { $asked } 天，{ $cached } 天来自缓存。
articles-empty = 最近 { $days } 天没有群发的文章，也没有最近打开的文章。
articles-col-sent = 群发日期
articles-col-position = 位置
articles-col-msg-data-id = msg_data_id
articles-col-index = index
articles-col-title = 标题
# 数据统计中还没有的最近文章（今天群发的，或更早的）。
articles-opened-recently = 最近打开
articles-position = 第 { $position } 篇
articles-no-title = （标题未知）
articles-hint = 打开文章：wxmod list --msg-data-id ID --index INDEX，或在控制台中输入它的 msg_data_id。只“发布”、没有“群发”的文章没有 msg_data_id，不在此列表中。
articles-cache-save-failed = 无法把文章列表缓存保存到 { $path }：{ $detail }（下次会重新查询这些日期）
articles-arg-days = { $value } 不是 1 到 { $max } 之间的天数

# `wxmod articles --help`。
clap-articles-about = 公众号最近几天群发的文章：群发日期、标题、msg_data_id 和 index。
clap-articles-arg-days = 从昨天往前查询的天数，1 到 60 [默认：7]。
clap-articles-arg-json = 每篇文章输出一行 JSON。

# 无法指向文章的输入（src/article.rs）。
articles-short-link = { $link } 是短链接：其中没有 msg_data_id（只有带 mid= 和 idx= 的长链接才有）。请用 wxmod articles 或控制台的文章列表按标题找到文章，再从那里打开。
