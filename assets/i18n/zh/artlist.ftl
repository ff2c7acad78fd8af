# artlist：控制台的文章列表弹窗（src/tui/artlist.rs、src/tui/widgets/artlist.rs）。

artlist-title = 最近 { $days } 天群发的文章和最近打开的文章
artlist-filter = 按标题或 ID 查找：
artlist-reading = { $spinner } 正在读取最近 { $days } 天群发的文章（已缓存的日期立即返回）……
artlist-empty = 最近 { $days } 天没有群发文章，最近也没有打开过文章。今天群发的文章明天才会列出：请直接输入 msg_data_id。
artlist-count = 显示 { $shown } 篇，共 { $total } 篇
artlist-not-sent = 最近打开
artlist-no-title = （标题暂未知）
artlist-elected = { $count } 条精选
artlist-failed = 无法读取最近 { $days } 天的文章列表：{ $why }
artlist-see-list = { $why }（在控制台中按 { $key } 打开文章列表，按标题查找）
artlist-hint = 可在文章列表中按标题查找文章：{ $key }。
artlist-short-link = { $link } 是短链接，其中没有 msg_data_id（只有带 mid= 和 idx= 的长链接才有）。按 { $key } 打开文章列表，按标题找到文章。
