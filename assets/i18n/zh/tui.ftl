# tui: 控制台的文字（zh）。

## 其他层的事物，在控制台中的说法
tui-op-title = { $action } { $count } 条留言？
tui-op-button = { $action } { $count } 条
tui-errcode = { $code } { $explain }

## 顶栏
tui-quota-left = 剩余配额 { $remain }/{ $limit }
tui-quota-left-only = 剩余配额 { $remain }
tui-quota-unknown = 配额未知
tui-header-where = { $endpoint } · { $token }
tui-token-demo = 演示模拟器

## 文章栏
tui-bar-title = 文章
tui-bar-index = 篇目
tui-bar-selector = ◂ 第 { $position } 篇 ▸{ $index ->
   *[other] {""}
}
tui-bar-recent = ↓ 最近
tui-bar-hint = 粘贴或输入 msg_data_id（2247483652、2247483652_3 或文章链接），然后按 Enter
tui-bar-preview = → msg_data_id { $id }，第 { $position } 篇（index { $index }）{ $form ->
    [datacube] ，来自数据统计 id（_N 从 1 数起）
    [link] ，来自文章链接（idx 从 1 数起）
   *[plain] {""}
} · 按 Enter 加载
tui-bar-no-recent = 还没有最近的文章：请输入或粘贴 msg_data_id

## 留言表
tui-table-kind = { $kind ->
    [elected] 精选留言
    [normal] 普通留言
   *[all] 全部留言
}
tui-table-position = { $pos }/{ $shown }
tui-table-position-of = { $pos }/{ $shown }（共 { $total }）
tui-table-marked = 已标记 { $count }
tui-table-marked-hidden = 已标记 { $count }（{ $hidden } 条隐藏）
tui-table-gone = { $count } 条已不在列表中
tui-table-loading = { $spinner } 加载中…
tui-table-loading-other = { $spinner } 正在加载 { $article }…
tui-table-next = 下次：{ $kind }
tui-col-time = 时间{ $arrow }{ $zone }
tui-col-author = 作者
tui-col-result = 结果
tui-col-content = 内容
tui-cell-net = ✗ 网络
tui-cell-unsent = · 未发送
tui-cell-unknown = ? 未知
tui-cell-verified = ✓ 已核实
tui-cell-verified-not-done = ✗ 已核实
tui-empty-demo = 这是演示模式，连接本机上的模拟器：按 ↓ 选择其中一篇文章，然后按 Enter（Ctrl-o 列出本账号的文章）。Tab 在窗格间移动；? 列出所有按键。每次演示都从头开始：退出后，这里做的一切都会清除。
tui-empty = 还没有加载文章：在上方输入或粘贴 msg_data_id，然后按 Enter。Tab 在窗格间移动；? 列出所有按键。
tui-empty-filter = 没有留言匹配“{ $query }”——按 Esc 清除筛选。
tui-empty-kind = 这篇文章没有{ $kind }留言——按 t 查看其他类型，按 r 重新加载。
tui-filter-label = / 筛选：
tui-view-all = 全部
tui-view-marked = 只看已标记
tui-view-failed = 只看失败
tui-view-unsent = 只看未发送
tui-sort-time = 时间
tui-sort-author = 作者
tui-sort-id = id
tui-sort-by = 按{ $key } { $arrow }
tui-cell-done = ✓ { $done }
tui-empty-view = 此视图（{ $view }）中没有留言——按 w 切换到下一个视图。

## 进度与停止
tui-progress-running = { $spinner } { $verb }
tui-progress-stopped = 已停止
tui-progress-finished = 已完成
tui-progress-cancelling = 正在取消…
tui-progress-esc = Esc 取消
tui-progress-batch = 批次 { $id }
tui-progress-done = ✓ 完成 { $count }
tui-progress-failed = ✗ 失败 { $count }
tui-progress-unsent = · 未发送 { $count }
tui-progress-unknown = ? 未知 { $count }
tui-progress-settling = { $spinner } 正在读取留言列表核实 { $count } 条
tui-progress-left = 剩 { $left }，共 { $total }
tui-progress-of = 共 { $total }
tui-stop-title = ⛔ 批次已停止

## 详情与查看器
tui-detail-title = 留言 { $id }
tui-detail-title-none = 留言
tui-detail-more = （更多：Enter）
tui-detail-elected = 精选
tui-detail-not-elected = 未精选
tui-detail-facts = { $state } · { $time }
tui-detail-no-openid = 无 openid
tui-detail-by = 作者 { $openid }
tui-detail-reply = ↩ 作者回复 · { $time }
tui-detail-gone = { $text }（已不在列表中）
tui-detail-sending = 发送中…
tui-detail-done = ✓ 完成
tui-detail-no-answer = ✗ 服务器没有回应
tui-detail-unsent = · 未尝试
tui-detail-unknown = ? 结果未知：请求已发出，但没有收到 wxmod 能理解的应答——可能已生效，也可能没有
tui-detail-verified = ✓ 完成（已读取留言列表核实）
tui-detail-verified-not-done = ✗ 未完成（已读取留言列表核实）
tui-viewer-title = 留言 { $id }（↑/↓ PgUp/PgDn 滚动，Esc 关闭）
tui-item-done = ✓ { $id } { $done }
tui-item-failed = ✗ { $id } { $code } —— { $meaning }
tui-item-failed-net = ✗ { $id } { $meaning }
tui-item-unsent-said = · { $id } { $meaning }
tui-item-unsent = · { $id } 未尝试：{ $meaning }
tui-item-unknown = ? { $id } { $meaning }
tui-item-verified = ✓ { $id } { $meaning }
tui-item-verified-not-done = ✗ { $id } { $meaning }

## 日志窗格
tui-log-title = 日志
tui-log-title-back = 日志 · 下面还有 { $count } 行较新的（G 跟随）

## 确认框与退出询问
tui-confirm-operation = 操作
tui-confirm-article = 文章
tui-confirm-comments = 留言
tui-confirm-undoes = 撤销
tui-confirm-op = { $verb }（{ $path }）
tui-confirm-where = msg_data_id { $id }，第 { $position } 篇（index { $index }）
tui-confirm-batch = 批次 { $id }
tui-confirm-more = … 另有 { $count } 条
tui-confirm-not-in-table = （不在留言表中）
tui-confirm-hidden = ⚠ 其中 { $count } 条被当前筛选“{ $query }”隐藏。
tui-confirm-uncertain = 另有 { $count } 条结果未知（列表也未能核实），可能已取消精选：不包括在内。
tui-confirm-verified = 其中 { $count } 条是读取留言列表后才确认已取消精选的（应答丢失或无法理解）。
tui-confirm-skipped-elect = { $count } 条已标记的留言已是精选留言，不包括在内。
tui-confirm-uncertain-elect = 另有 { $count } 条结果未知（列表也未能核实），可能已精选：不包括在内。
tui-confirm-verified-elect = 其中 { $count } 条是读取留言列表后才确认已精选的（应答丢失或无法理解）。
tui-confirm-skipped = { $count } 条已标记的留言不是精选留言，不包括在内。
tui-confirm-quota-spent = ⚠ 今天的取消精选配额已用完：批次会立即停止。请等到明天，或重置配额（clear_quota）。
tui-confirm-quota-low = ⚠ 今天只剩 { $count } 次取消精选调用：用完后批次停止。
tui-confirm-type = 输入 { $count } 以确认：
tui-confirm-cancel = 返回
tui-confirm-keys-typing = 输入条数，Enter 确认 · n/Esc 返回
tui-confirm-keys = y 确认 · n/Esc 返回 · Tab 切换
tui-confirm-hint = 输入 { $count } 后按 Enter 确认
tui-quit-title = 批次正在运行，要退出吗？
tui-quit-text = 退出会取消批次：已发出的请求会完成并记入操作记录；尚未发送的 { $count } 条留言不再发送。
tui-quit-keys = y 退出 · n/Esc 继续运行
tui-quit-marks-title = 有已标记的留言，要退出吗？
tui-quit-marks-text = 已标记 { $count } 条留言，尚未发送任何请求：退出会丢掉这些标记。
tui-quit-marks-keys = y 退出 · n/Esc 留下
tui-cancel-title = 要取消批次吗？
tui-cancel-text = 已发出的请求会完成并记入操作记录；尚未发送的 { $count } 条留言不再发送（按 f 可重新标记）。
tui-cancel-keys = y 取消批次 · n/Esc 继续运行

## 帮助与最近的文章
tui-help-title = 帮助 —— 按键（↑/↓ PgUp/PgDn 滚动，Esc 关闭）
tui-help-marks = d 和 e 作用于已标记的留言；没有标记时，作用于高亮的那条（仅在留言表中）。
tui-help-journal = 每个批次都写入操作记录；`wxmod history` 可列出它们。
tui-recent-title = 最近的文章
tui-recent-line = { $id } 第 { $position } 篇{ $index ->
   *[other] {""}
} · { $count } 条{ $kind } · { $when }
tui-recent-never = 尚未加载
tui-recent-save-failed = 无法把最近的文章保存到 { $path }：{ $error }

## 状态日志
tui-log-quota-unknown = 配额未知：{ $error }
tui-log-not-started = 批次没有开始：{ $why }
tui-log-busy-load = 有批次正在运行：请等它完成，或按 Esc 取消
tui-log-load-failed = 无法加载 { $article }：{ $why }
tui-log-loaded = 已加载 { $article }的 { $count } 条{ $kind }留言
tui-log-reloaded = 已重新加载 { $article }的 { $count } 条{ $kind }留言
tui-log-paste-cut = 粘贴的文字已截断为前 { $count } 个字符
tui-log-marks-cleared = 已清除 { $count } 个标记——按 { $key } 可恢复
tui-log-marks-dropped = 加载后丢失了 { $count } 个标记（留言已不在列表中，或属于另一篇文章）——按 { $key } 可恢复仍在表中的标记
tui-log-marks-restored = 已恢复 { $count } 个标记
tui-log-marks-restored-partly = 已恢复 { $count } 个标记；另有 { $missing } 条已标记的留言当前未加载，未能恢复
tui-log-marks-none-loaded = 要恢复的 { $count } 条已标记留言当前都未加载
tui-log-marks-other-article = 要恢复的 { $count } 个标记属于 { $article }：请先加载该文章，再按 { $key }
tui-log-marks-nothing = 没有可恢复的已清除标记
tui-log-quitting = 批次停止后退出；再按 Ctrl-c 立即退出
tui-log-cancelling = 正在取消：已发出的请求会完成并记录，其余的不再发送
tui-log-type-busy = 批次完成后才能切换类型
tui-log-batch-started = 批次 { $id } 已开始
tui-log-batch-cancelled = 你已取消批次
tui-log-batch-done = 批次 { $id }：{ $word } { $done } 条，失败 { $failed } 条
tui-log-batch-partial = 批次 { $id }：{ $word } { $done } 条，失败 { $failed } 条{ $unsent ->
    [0] {""}
   *[other] ，未尝试 { $unsent } 条
}——按 f 重新标记它们
tui-log-batch-unknown = 批次 { $id }：{ $word } { $done } 条，失败 { $failed } 条{ $unsent ->
    [0] {""}
   *[other] ，未尝试 { $unsent } 条
}，仍未知 { $unknown } 条{ $retry ->
    [0] {""}
   *[other] ——按 f 重新标记失败和未发送的留言
}
tui-log-settling = 正在读取留言列表，核实 { $count } 条应答丢失或无法理解的留言…
tui-log-range = 范围：已标记 { $count } 条留言
tui-log-busy = 已有批次在运行：请等它完成（Esc 可取消）
tui-log-deselect-no-article = 没有可取消精选的留言：请先加载文章
tui-log-deselect-empty = 没有可取消精选的留言：列表是空的
tui-log-deselect-not-elected = 这里没有可取消精选的留言：只有精选留言才能取消精选——按 { $key } 切换到精选留言
tui-log-elect-no-article = 没有可精选的留言：请先加载文章
tui-log-elect-empty = 没有可精选的留言：列表是空的
tui-log-elect-elected = 这里没有可精选的留言：这些留言已是精选——按 { $key } 切换到普通留言
tui-log-mark-first = 没有已标记的留言：请先在留言表中标记（按 { $key } 前往）
tui-log-undo-nothing-elect = 批次 { $id } 没有可撤销的：它精选的留言都已重新取消精选
tui-log-undo-nothing = 批次 { $id } 没有可撤销的：它取消精选的留言都已恢复精选
tui-log-undo-looking = 正在查找撤销要还原的留言（结果未知的留言会先读取留言列表核实）…
tui-log-undo-planning = 仍在查找撤销要还原的留言：请等待结果
tui-log-undo-only-unknown = 批次 { $batch } 没有确认成功、可撤销的内容：{ $count } 条留言结果仍然未知（{ $ids }{ $more ->
    [0] {""}
   *[other] {" "}等，另有 { $more } 条
}）——已发送，应答无法理解，读取留言列表也未能核实；按 t 切换到普通留言，查看它们是否已取消精选
tui-log-undo-only-unknown-elect = 批次 { $batch } 没有确认成功、可撤销的内容：{ $count } 条留言结果仍然未知（{ $ids }{ $more ->
    [0] {""}
   *[other] {" "}等，另有 { $more } 条
}）——已发送，应答无法理解，读取留言列表也未能核实；按 t 切换到精选留言，查看它们是否已精选
tui-log-no-batch = 还没有运行过批次：没有可重新标记的
tui-log-other-article = 上一批次针对的是 { $article }：请先加载它
tui-log-no-failures = 上一批次没有失败
tui-log-only-unknown-left = 没有可重新标记的：上一批次未完成的 { $count } 条留言结果仍然未知，可能已生效，再次发送可能重复操作
tui-log-unknown-not-marked = { $count } 条结果仍然未知的留言没有标记：它们可能已生效
tui-log-marked-failed = 已标记失败的 { $failed } 条：按 { $key } 重试
tui-log-marked-unsent = 已标记未尝试的 { $unsent } 条：按 { $key } 重试
tui-log-marked-both = 已标记失败的 { $failed } 条和未尝试的 { $unsent } 条：按 { $key } 重试
tui-log-cancelled = 已取消：没有发送任何请求
tui-log-undoing-elect = 正在撤销批次 { $id }：取消它精选的 { $count } 条留言
tui-log-undoing = 正在撤销批次 { $id }：恢复精选 { $count } 条留言
tui-log-starting = 开始：{ $verb } { $article }的 { $count } 条留言

## 退出后留在终端里的
tui-ran = 批次 { $id }（{ $article }）：{ $word } { $done } 条，失败 { $failed } 条{ $unsent ->
    [0] {""}
   *[other] ，未尝试 { $unsent } 条
}{ $unknown ->
    [0] {""}
   *[other] ，仍未知 { $unknown } 条
}
tui-ran-articles = { $count } 篇文章
tui-ran-quit = 批次 { $id }（{ $article }）：运行中退出——完成 { $done } 条，失败 { $failed } 条{ $unknown ->
    [0] {""}
   *[other] ，未知 { $unknown } 条
}，{ $left } 条没有最终结果；`wxmod history { $id }` 可查看每一条
tui-not-started = （未开始）
tui-exit-header = wxmod：本次会话的批次（`wxmod history ID` 显示每一条）：
tui-exit-header-demo = wxmod：本次演示的批次（演示的操作记录和模拟器已随之清除）：
tui-needs-terminal = wxmod：控制台需要终端——在脚本中请使用 `wxmod list` 和 `wxmod unelect`
tui-cannot-open = wxmod：无法在此终端上打开控制台：{ $error }
tui-console-stopped = wxmod：控制台已停止：{ $error }

# config.toml 的 [theme] 表（接在“配置文件 F 第 N 行：`theme.KEY`”之后）。
tui-theme-unknown-key = 不是可设置的主题颜色：可用 marks、highlight、success、failure、warning、borders
tui-theme-bad-colour = = "{ $value }" 不是颜色：请用颜色名（如 red、lightblue）或 #rrggbb
