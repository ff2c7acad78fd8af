## 跨多篇文章的批次与列表（--msg-data-id 可重复，或 --recent-days）。

multi-article = { $title } · { $date } · { $article }
multi-no-title = （无标题）
multi-no-date = 日期未列出
multi-plan-headline = { $verb } { $count } 条留言，涉及 { $articles } 篇文章
multi-plan-article = { $article }：{ $count ->
    [0] 没有匹配的留言
   *[other] 匹配 { $count } 条留言
}
multi-plan-article-items = { $article }：{ $count } 条留言
multi-plan-article-unread = { $article }：无法读取留言列表（{ $problem }），这篇文章不发送任何请求
multi-plan-total = 合计：{ $count } 条留言，涉及 { $articles } 篇文章
multi-articles = { $count } 篇文章
multi-nothing-to-do = 无需操作：{ $articles } 篇文章下没有匹配的留言。
multi-no-articles = 最近 { $days } 天的文章列表为空：无需操作。
multi-index-needs-one = --index 只适用于单个 --msg-data-id；多篇文章时请在 id 中写明位置（2247483652_3 即 index 2）。
multi-article-stopped = { $article } 已停止：{ $why } 这篇文章其余的留言不再发送，其他文章继续。
multi-list-heading = { $article }——{ $filter ->
    [elected] 精选留言
    [normal] 未精选留言
   *[all] 全部留言
}
clap-arg-recent-days = 文章列表中最近 N 天的每篇文章（今天的取自最近打开的文章）；代替 --msg-data-id（该参数也可重复）。
clap-arg-csv = 以 CSV 输出表格（UTF-8 带 BOM，便于电子表格打开）。
multi-csv-col-title = 标题
multi-history-label = 文章
multi-confirm-type = { $question }请输入 { $count } 确认：
