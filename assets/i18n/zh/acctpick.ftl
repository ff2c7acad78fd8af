# 控制台的账号选择（A）与切换账号；演示模式的两个账号。

acctpick-demo-name-first = 演示咖啡馆
acctpick-demo-name-second = 演示书店

acctpick-title = 公众号账号 · 已配置 { $count } 个
acctpick-name-display = { $name }（{ $display }）
acctpick-current = 使用中
acctpick-default = 默认
acctpick-appid-none = 未配置 appid
acctpick-hint = 按 Enter 切换：按该账号重新加载所显示的内容，已标记的留言不会带过去。

acctpick-ask-title = 有已标记的留言，仍要切换账号？
acctpick-ask-text = 已标记 { $count } 条留言。切换到账号 { $name } 会清除这些标记：它们是当前账号的留言。
acctpick-ask-keys = y 切换 · n/Esc 留下

acctpick-log-none = 尚未配置任何账号：用 wxmod account add NAME 添加
acctpick-log-same = 账号 { $name } 已在使用中
acctpick-log-busy = 正在执行批量操作：完成后（或按 Esc 取消后）才能切换到账号 { $name }
acctpick-log-switching = 正在打开账号 { $name }…
acctpick-log-switched = 已切换到账号 { $name }（原为 { $from }）：请加载此账号的文章
acctpick-log-switched-named = 已切换到账号 { $name }（{ $display }；原为 { $from }）：请加载此账号的文章
acctpick-log-marks-dropped = 账号 { $from } 的 { $count } 条标记已清除（标记不会带到另一个账号）
acctpick-log-failed = 无法切换到账号 { $name }，仍在使用 { $current }：{ $why }
