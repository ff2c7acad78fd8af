# sim: sim messages (en).

## The simulator's data file.
sim-data-in-file = { " " }in { $path }
sim-data-embedded = {""}
sim-data-read = cannot read simulator data { $path }: { $detail }
sim-data-parse = simulator data{ $file } is not valid JSON of the demo.json shape: { $detail }
sim-data-invalid = simulator data{ $file }: { $problem }
sim-data-article-twice = article { $msg_data_id } index { $index } appears twice
sim-data-comment-twice = comment { $id } appears twice in article { $msg_data_id } index { $index }
sim-data-comment-type = comment { $id } in article { $msg_data_id } index { $index } has comment_type { $comment_type } (use 0 or 1)
