# 查询语言（src/query/）：错误与帮助，供命令行的 --where/--rule 与控制台的筛选使用。

query-unclosed-paren = “(”没有闭合：在分组后补上“)”
query-unexpected-close = 多余的“)”：删掉它，或在前面补上“(”
query-unclosed-quote = 引号没有闭合：用 " 结束短语
query-empty-group = 短语、分组或正则为空：请填入内容
query-dangling-or = “|”两边都需要条件，如 考研 | 抽中
query-dangling-not = “-”后面需要紧跟条件，如 -广告
query-no-value = { $field }: 需要一个值，如 { $field }:…
query-bad-value = “{ $value }”不是 { $field }: 的值（可用：{ $known }）
query-bad-id = “{ $value }”不是留言 ID：请用 id:123 或 id:100..200
query-bad-date = “{ $value }”不是日期：请用 YYYY-MM-DD，如 2026-11-30
query-unclosed-regex = re: 后面是两个斜杠之间的正则，如 re:/v[0-9]+/
query-bad-regex = 正则无法编译：{ $detail }
query-bad-regex-why = 正则无法编译：{ $reason ->
    [class-unclosed] “[”没有闭合：补上“]”
    [group-unclosed] “(”没有闭合：补上“)”
    [group-unopened] 多余的“)”：删掉它，或写成 \) 表示这个字符
    [repeat-nothing] *、+ 或 ? 前面没有内容：放在要重复的内容后面，或写成 \* 表示这个字符
    [count-unclosed] “{"{"}”没有闭合：写成 {"{"}2,5{"}"}
    [count-range] {"{"}m,n{"}"} 中 m 不能大于 n
    [class-range] {"["}a-z] 中第一个字符必须排在第二个之前
    [escape] 不认识这个 \ 转义：反斜杠本身请写 \\
    [escape-end] 正则以单独的 \ 结尾：反斜杠本身请写 \\
    [flag] 不认识这个标志：忽略大小写请用 (?i)
    [look-around] 不支持向前／向后查找：要排除请用 -re:/…/
    [backreference] 不支持反向引用（\1）
   *[unicode-class] 不认识这个 Unicode 类别：汉字请用 \p{"{"}Han{"}"}
}
query-regex-too-big = 正则太大，无法执行：请简化
query-console-only = { $term } 只能在控制台的筛选中使用（标记与结果属于控制台）
query-ambiguous-author = author:{ $given } 对应 { $count } 位作者：请给出完整的 openid
query-partial-author = author:{ $given } 既不是完整的 openid，也不是表格中显示的缩写形式（如 oAbc…wXyz）：请给出其中一种
query-error = 查询无法解析：{ $problem }
query-error-where = 查询无法解析（第 { $column } 列）：{ $problem }
query-empty = 查询为空：至少给出一个条件
query-rule-unknown = 配置中没有规则“{ $name }”（已有规则：{ $known }）
query-rule-unknown-none = 没有规则“{ $name }”：配置中没有 [rules.NAME] 表
query-rule-bad = 规则“{ $rule }”：{ $problem }
query-rule-no-where = 需要 where = "查询"
query-rule-where-text = where 必须是加引号的查询

query-help-title = 查询语言（控制台的筛选、--where 与配置中的 [rules.NAME]）
query-help-text = 词与 "加引号的短语"：在留言内容中查找，不分大小写，全角与半角互相匹配
query-help-and = 并列的条件：全部满足
query-help-or = 满足其一
query-help-not = 排除
query-help-group = 分组
query-help-author = 作者：完整的 openid，或表格中显示的缩写
query-help-id = 留言 ID，或一个范围
query-help-since = 在这一天或之后发表（本地时间，或 utc_offset）
query-help-until = 在这一天或之前发表
query-help-reply = 已回复
query-help-elected = 已精选／未精选
query-help-regex = 在内容上匹配正则表达式（区分大小写；(?i) 不分大小写）
query-help-marked = 仅控制台：已标记的行
query-help-result = 仅控制台：上一批次的结果（或错误码，如 result:88008）
query-help-examples = 示例：
query-help-example-1 = 任一词
query-help-example-2 = 两个词都有
query-help-example-3 = 已精选、含链接、未回复
query-help-example-4 = 某位作者一周内的留言
query-help-rules = 保存的规则：在配置中写 [rules.NAME] 与 where = "查询"，再用 --rule NAME（控制台中，在筛选框按 Tab 依次切换）。
query-no-rules = 没有保存的规则：在配置中写 [rules.NAME] 与 where = "查询"
query-rule-applied = 规则 { $name }：{ $query }
query-nothing-matches = 无事可做：{ $article } 没有符合 { $query } 的留言
query-help-syntax-text = 词  "一个短语"
query-list-nothing-matches = 这篇文章没有符合“{ $query }”的{ $filter ->
    [elected] 精选留言
    [normal] 未精选留言
   *[all] 留言
}
