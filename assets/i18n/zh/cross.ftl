# cross：跨文章（src/tui/cross.rs、src/tui/cross/、src/tui/widgets/cross.rs）。

cross-no-author = 当前留言没有可追踪的作者。
cross-listing-articles = 先读取文章列表，再读取每篇文章的留言……
cross-log-found = 在 { $articles } 篇文章下找到 { $count } 条留言{ $failed ->
    [0] {""}
   *[other] {""}（{ $failed } 篇文章读取失败）
}。
cross-log-cancelled = 已停止读取：已读 { $read }/{ $total } 篇文章，表中显示已读到的留言。
cross-log-running = 正在{ $verb } { $articles } 篇文章下的 { $count } 条留言……
cross-article = 第 { $position } 篇 · { $title }
cross-title-author = { $author } 在最近文章下的留言
cross-title-search = 最近文章中的“{ $query }”
cross-progress = { $spinner } 已读 { $read }/{ $total } 篇文章
cross-summary = { $count } 条留言 · { $articles } 篇文章 · 已标记 { $marked }
cross-empty-loading = 正在读取最近文章的留言……
cross-empty = 最近的 { $articles } 篇文章下没有找到。
cross-col-article = 文章
cross-col-id = ID
cross-col-time = 时间
cross-col-author = 作者
cross-col-content = 内容
cross-find-title = 搜索最近的文章
cross-find-prompt = 查询：词、"短语"、a | b、-排除、author:、id:、since:、is:elected、re:/…/
cross-find-keys = Enter 搜索 · Esc 关闭
cross-confirm-where = { $count } 篇文章（每条留言在各自的文章下）
cross-progress-list = { $spinner } 正在读取文章列表
