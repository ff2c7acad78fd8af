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

## What `wxmod sim` says on start-up (src/sim/banner.rs).
sim-listening = wxmod simulator listening on { $url }
sim-point-at-it = Point wxmod at it (demo credentials, not real ones):
sim-articles = Articles:
sim-col-elected-total = elected/total
sim-col-title = title
sim-title-closed = { $title }  [comments closed]
sim-then-try = Then try: wxmod list --msg-data-id { $msg_data_id } --index { $index }
sim-quota-per-day = { $count } calls a day per API
sim-quota-unlimited = unlimited
sim-expire-every = { $count ->
    [one] every call
   *[other] every { $count } calls
}
sim-expire-never = never
sim-settings = Latency { $latency } ms, quota { $quota }, fail rate { $fail_rate }, tokens expire { $expiry }.
sim-serving = Serving until Ctrl-C.
sim-listen-failed = cannot listen on { $listen }: { $detail } (is a simulator already running there? choose another address with --listen)
sim-stopped = Simulator stopped.

## Several accounts and the data cube (src/sim/).
sim-data-account-twice = account { $appid } appears twice
# A further account of the data file, on the `wxmod sim` banner.
sim-other-account = Another account: WXMOD_APPID={ $appid } WXMOD_SECRET={ $secret } ({ $count ->
    [one] one article
   *[other] { $count } articles
})
