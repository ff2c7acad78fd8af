# batch: batch messages (zh).

## 批次为什么停止：完整的一句，以及表格里用的几个字。
batch-stop-api = 已停止（{ $code }）：{ $explained }
batch-stop-auth = 已停止：{ $why }
batch-stop-cancelled = 已由你取消
batch-stop-unreachable = 已停止：API 不再应答（{ $why }）——请检查网络，然后对剩下的留言再运行一次
batch-stop-journal = 已停止：{ $why }
batch-stop-short-api = { $meaning }（{ $code }）
batch-stop-short-auth = 令牌有问题
batch-stop-short-cancelled = 已取消
batch-stop-short-unreachable = API 无法访问
batch-stop-short-journal = 操作记录无法写入
batch-unanswered-streak = 连续 { $count } 个请求没有应答

## 一条留言的结果。
batch-not-sent = 未发送：{ $why }
batch-not-attempted = 未尝试
batch-not-attempted-because = 未尝试：{ $why }
batch-stopped = 已停止
batch-internal-error = 发送时出现内部错误（wxmod 的缺陷，请报告）
batch-runner-ended-sent = 已发送，但批次在收到应答前意外结束（wxmod 的缺陷）：可能已生效，也可能没有
batch-runner-ended-unsent = 未尝试：批次意外结束（wxmod 的缺陷）
batch-end-not-journaled = 本批次的结束无法写入操作记录：{ $why }

## 操作记录。
batch-journal-write = 无法写入操作记录 { $path }：{ $detail }——请检查数据目录（--data-dir 或 WXMOD_DATA_DIR）的剩余空间和权限
batch-journal-read = 无法读取操作记录 { $path }：{ $detail }
batch-journal-not-found = 操作记录中没有批次 { $id }——`wxmod history` 会列出所有批次
batch-journal-ambiguous = 有 { $count } 个批次以 { $prefix } 开头：请多给几位 ID
batch-journal-warning = { $file } 第 { $line } 行：{ $why }
batch-journal-line-cut = 不完整（写入时 wxmod 被中止）；已忽略
batch-journal-line-unreadable = 无法读取（写入被中断？）；已忽略
batch-journal-starts-twice = 批次 { $batch } 开始了两次；已忽略
batch-journal-no-start = 属于批次 { $batch }，但找不到它的开始记录；已忽略

## 为什么没有可撤销的内容。
batch-undo-running = 批次 { $source } 正在被撤销（批次 { $undo }）：请等它结束，再用 `wxmod history { $source }` 查看
batch-undo-nothing = 没有可撤销的内容：没有哪个批次取消精选过尚未恢复的留言——`wxmod history` 会列出所有批次
batch-undo-not-deselect = 批次 { $batch } 执行的是“{ $op }”：只有取消精选和精选批次可以撤销
batch-undo-still-running = 批次 { $batch } 仍在运行：请等它结束（或停止它）后再撤销
batch-undo-all-reelected = 它取消精选的留言都已恢复精选（由 { $by }）
batch-undo-uncertain = 没有确认成功的取消精选；有 { $count } 条留言已发送但没有收到应答（{ $ids }），可能已取消精选，也可能没有——请用 `wxmod list --msg-data-id { $msg_data_id } --index { $index } --type normal` 查看，再用 `wxmod elect` 恢复需要的留言
batch-undo-only-unknown = 批次 { $batch } 没有确认成功、可撤销的内容：有 { $count } 条留言已发送但应答丢失或无法理解，尚未通过读取留言列表核实（{ $ids }），可能已取消精选，也可能没有——请用 `wxmod list --msg-data-id { $msg_data_id } --index { $index } --type normal` 查看，再用 `wxmod elect` 恢复需要的留言
batch-undo-deselected-nothing = 它没有取消精选任何留言
batch-undo-elected-nothing = 它没有精选任何留言
batch-undo-all-deselected = 它精选的留言都已重新取消精选（由 { $by }）
batch-undo-is-undo = 批次 { $batch } 本身就是撤销（撤销批次 { $of }）：撤销不能再撤销——请重新执行批次 { $of } 的操作
batch-undo-only-unknown-elect = 批次 { $batch } 没有确认成功、可撤销的内容：有 { $count } 条留言已发送但应答丢失或无法理解，尚未通过读取留言列表核实（{ $ids }），可能已精选，也可能没有——请用 `wxmod list --msg-data-id { $msg_data_id } --index { $index } --type elected` 查看，再用 `wxmod unelect` 取消不需要的精选
batch-undo-nothing-in = 批次 { $batch } 没有可撤销的内容：{ $why }

## 结果未知的留言，以及读取留言列表核实。
batch-unknown = 结果未知：{ $why }——可能已生效，也可能没有；wxmod 会读取留言列表核实
batch-verified-done = { $done }（已读取留言列表核实）
batch-verified-not-done = { $verb }：未完成（已读取留言列表核实）
batch-verified-not-in-list = 仍然未知：留言列表中已没有这条留言（已读取留言列表核实）
batch-settled = 已读取留言列表（{ $calls } 次列表调用），核实 { $count } 条结果未知的留言：{ $done } 条已完成，{ $not_done } 条未完成，{ $gone } 条已不在列表中
batch-settle-failed = 无法读取留言列表来核实批次 { $batch } 中 { $count } 条结果未知的留言（{ $why }）：它们仍为未知——`wxmod history { $batch }` 会再试一次
batch-settlement-not-journaled = 核实结果无法写入操作记录（{ $why }）：这些留言仍为未知

## 为什么没有可重试的内容。
batch-retry-still-running = 批次 { $batch } 仍在运行：请等它结束（或停止它）后再重试
batch-retry-all-done = 已发送的 { $count } 条留言都已完成
batch-retry-only-unknown = 其余 { $count } 条留言结果未知（{ $ids }）：读取留言列表也无法核实，再次发送可能重复操作
batch-retry-nothing-in = 批次 { $batch } 没有可重试的内容：{ $why }
