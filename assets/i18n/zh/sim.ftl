# sim: sim messages (zh).

## 模拟器的数据文件。
sim-data-in-file = （{ $path }）
sim-data-embedded = {""}
sim-data-read = 无法读取模拟器数据 { $path }：{ $detail }
sim-data-parse = 模拟器数据{ $file }不是 demo.json 格式的有效 JSON：{ $detail }
sim-data-invalid = 模拟器数据{ $file }有误：{ $problem }
sim-data-article-twice = 文章 { $msg_data_id }（index { $index }）出现了两次
sim-data-comment-twice = 留言 { $id } 在文章 { $msg_data_id }（index { $index }）中出现了两次
sim-data-comment-type = 文章 { $msg_data_id }（index { $index }）中的留言 { $id } 的 comment_type 为 { $comment_type }（应为 0 或 1）
