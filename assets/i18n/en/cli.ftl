# cli: cli messages (en).

## The edge: errors and usage.
cli-error = wxmod: { $message }
cli-no-runtime = cannot start the async runtime: { $detail }
cli-demo-failed = cannot start the demo simulator: { $detail }
cli-log-file-failed = wxmod: cannot open log file { $path }: { $detail }
cli-usage-error = error: { $message }
cli-usage-line = Usage: { $usage }
cli-usage-more = For more information, try '--help'.
cli-usage-with-suggestion = { $problem }

      tip: a similar one exists: '{ $suggestion }'
cli-usage-unknown-argument = unexpected argument '{ $arg }' found
cli-usage-unknown-command = unrecognized subcommand '{ $command }'
cli-usage-missing-value = a value is required for '{ $arg }' but none was supplied
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }' (possible values: { $possible })
cli-usage-missing-required = the following required arguments were not provided: { $args }
cli-usage-missing-command = a command is required
cli-usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-usage-bad-value = invalid value '{ $value }' for '{ $arg }': { $problem }
cli-arg-not-an-index = "{ $value }" is not an index: use 0 to { $max } (0 is the first article)
cli-arg-number = "{ $value }" is not a whole number, like 20
cli-arg-fraction = "{ $value }" is not a number from 0.0 to 1.0, like 0.1
cli-arg-concurrency = "{ $value }" is not a number from 1 to 32
cli-arg-listen = "{ $value }" is not an address to listen on, like 127.0.0.1:8080
cli-arg-comment-id = "{ $value }" is not a comment id: give numbers separated by commas, like 124,119

## Articles as the user gave them.
# $position (index + 1) is for languages that count articles from 1; English
# shows the API's index, so the empty select only names it.

## Config errors.
cli-config-read = cannot read config file { $file }: { $detail } — check the path (--config or WXMOD_CONFIG)
cli-config-syntax = config file { $file }, line { $line }: { $detail } — fix the TOML syntax
cli-config-unknown-key = config file { $file }, line { $line }: unknown key `{ $key }` — remove it (known keys: { $known })
cli-config-bad-value = config file { $file }, line { $line }: `{ $key }` { $problem }
cli-config-secret-readable = config file { $file } holds the app secret and is readable by others: run chmod 600 { $file }
cli-config-half-credentials = app credentials are half configured: { $present } is set but { $missing } is missing — set { $missing } too, or remove { $present }
cli-config-key-in-file = { $key } in { $file }
cli-config-bad-env = { $key }="{ $value }" is not understood: use an offset from UTC such as { $example }
cli-config-refused = is refused: { $detail }
cli-config-range = must be between { $min } and { $max } (it is { $value }) — change it or remove the line
cli-config-whole-number = must be a whole number, like { $key } = 10
cli-config-quoted = must be a quoted string, like { $key } = "..."
cli-config-offset = must be an offset from UTC, like utc_offset = "+08:00" — change it or remove the line

## Operations, stops, API errors.
cli-api-errcode = { $path }: errcode { $code } ({ $errmsg }): { $explain }

## Plans and confirmation.
cli-account-demo = demo simulator
cli-not-sent = { $problem }; nothing was sent
cli-refuse-without-terminal = refusing to send: standard input is not a terminal, so wxmod cannot ask for confirmation — add --yes to go ahead, or --dry-run to see the plan; nothing was sent
cli-nothing-to-do = nothing to do: { $article } has no { $filter } comments
cli-plan-headline = { $verb } { $scope ->
    [elected] all { $count } elected { $count ->
        [one] comment
       *[other] comments
    }
    [normal] all { $count } normal { $count ->
        [one] comment
       *[other] comments
    }
    [all] all { $count } { $count ->
        [one] comment
       *[other] comments
    }
   *[given] { $count } { $count ->
        [one] comment
       *[other] comments
    }
}
cli-plan-duplicates = { $count } repeated { $count ->
    [one] id is
   *[other] ids are
} sent once
cli-plan-article = article
cli-plan-account = account
cli-plan-concurrency = concurrency
cli-plan-absent = { $id }  ({ $op ->
    [mark_elect] already elected, or not found
   *[other] not elected now, or not found
})
cli-plan-more = … and { $count } more
cli-plan-missing = { $count ->
    [one] 1 of these ids is
   *[other] { $count } of these ids are
} not among the article's { $filter } comments now (already done, or wrong ids): they will fail or change nothing
cli-plan-not-loaded = could not load the comments to show them ({ $problem }); going on without
cli-quota-short = QUOTA: this batch needs { $needed } calls but only { $remain } of { $limit } { $path } calls are left today — it will stop when the quota is spent (45009) and report the rest as not attempted
cli-quota = quota: { $remain } of { $limit } { $path } calls left today
cli-quota-unread = quota: could not read it ({ $problem }); going on
cli-undo-headline = Undo batch { $batch }: re-elect { $count } { $count ->
    [one] comment
   *[other] comments
}
cli-undo-of = undoes batch { $batch } of { $time }: it deselected { $done } of { $total } comments
cli-undo-elect-headline = Undo batch { $batch }: deselect { $count } { $count ->
    [one] comment
   *[other] comments
} it elected
cli-undo-elect-of = undoes batch { $batch } of { $time }: it elected { $done } of { $total } comments
cli-undo-already-deselected = { $count } { $count ->
    [one] was
   *[other] were
} already deselected again by { $batches } and { $count ->
    [one] is
   *[other] are
} left out
cli-undo-elect-uncertain = { $count ->
    [one] 1 is
   *[other] { $count } are
} still unknown ({ $ids }): sent without an answer that was understood, and the list could not settle { $count ->
    [one] it
   *[other] them
}; { $count ->
    [one] it
   *[other] they
} may or may not be elected and { $count ->
    [one] is
   *[other] are
} left out — see `wxmod list --msg-data-id { $id } --index { $index } --type elected`
cli-undo-elect-verified = { $count ->
    [one] 1 of them was
   *[other] { $count } of them were
} found elected by reading the list (the answer was lost or not understood)
cli-undo-unreadable-lines = the journal has { $count ->
    [one] an unreadable line
   *[other] { $count } unreadable lines
} (`wxmod history` shows where): this undo is worked out from the rest
cli-undo-already-reelected = { $count } { $count ->
    [one] was
   *[other] were
} already re-elected by { $batches } and { $count ->
    [one] is
   *[other] are
} left out
cli-undo-uncertain = { $count ->
    [one] 1 is
   *[other] { $count } are
} still unknown ({ $ids }): sent without an answer that was understood, and the list could not settle { $count ->
    [one] it
   *[other] them
}; { $count ->
    [one] it
   *[other] they
} may or may not be deselected and { $count ->
    [one] is
   *[other] are
} left out — see `wxmod list --msg-data-id { $id } --index { $index } --type normal`
cli-undo-verified = { $count ->
    [one] 1 of them was
   *[other] { $count } of them were
} found deselected by reading the list (the answer was lost or not understood)
cli-retry-headline = Retry batch { $batch }: { $verb } { $count } { $count ->
    [one] comment
   *[other] comments
} again
cli-retry-of = retries batch { $batch } of { $time }: it { $op ->
    [mark_elect] elected
    [delete] deleted
    [delete_reply] deleted the reply of
   *[unmark_elect] deselected
} { $done } of { $total } comments
cli-retry-sends = sends { $count } { $count ->
    [one] comment
   *[other] comments
}: { $failed } failed, { $not_attempted } not attempted, { $never_sent } never sent, { $verified } found not done by reading the list
cli-retry-leaves-out = leaves out { $done } done{ $unknown ->
    [0] {""}
    [one] , 1 still unknown ({ $ids }): sending it again could do it twice
   *[other] , { $unknown } still unknown ({ $ids }): sending them again could do them twice
}
cli-undo-other-account = that batch ran as { $then }; this one runs as { $now }
cli-dry-run = dry run: nothing sent
cli-confirm = { $verb } { $count } { $count ->
    [one] comment
   *[other] comments
}?
cli-confirm-prompt = { $question } [y/N]
cli-nothing-sent = nothing sent

## A running batch and its summary.
cli-batch-started = batch { $batch } started; journal { $journal }
cli-no-summary = wxmod: the batch ended without a summary (a wxmod bug): `wxmod history` shows what was done
cli-item-no-answer = no answer: { $meaning }
cli-settling = wxmod: reading the list to settle { $count ->
    [one] 1 unknown comment
   *[other] { $count } unknown comments
}…
cli-notice = wxmod: { $notice }
cli-stopping = wxmod: stopping — { $reason }: { $count ->
    [0] nothing more is sent
    [one] nothing more is sent; waiting for the 1 request in flight
   *[other] nothing more is sent; waiting for the { $count } requests in flight
}
cli-cancelling = wxmod: stopping — cancelled: nothing more is sent; waiting for the requests in flight (Ctrl-C again to quit at once)
cli-quit-at-once = wxmod: quit at once: `wxmod history { $batch }` shows which requests got no answer
cli-more-not-attempted = … and { $count } more not attempted (`wxmod history { $batch }` lists them)
cli-summary = { $op ->
    [mark_elect] Elected
    [delete] Deleted
    [delete_reply] Deleted the reply of
   *[unmark_elect] Deselected
} { $done } of { $total } on { $article }{ $failed ->
    [0] {""}
   *[other] {" "}· { $failed } failed
}{ $not_attempted ->
    [0] {""}
   *[other] {" "}· { $not_attempted } not attempted
}{ $unknown ->
    [0] {""}
   *[other] {" "}· { $unknown } unknown
}{ $calls ->
    [0] {""}
    [one] {" "}· { $verified } verified by reading the list (1 list call)
   *[other] {" "}· { $verified } verified by reading the list ({ $calls } list calls)
}
cli-summary-unknown = { $count ->
    [one] 1 comment is
   *[other] { $count } comments are
} still unknown: { $count ->
    [one] it
   *[other] they
} may or may not have changed — `wxmod history { $batch }` says why
cli-summary-demo = batch { $batch }: the demo keeps no history across runs, so it cannot be undone or retried by a later command (the console, wxmod --demo, can within one run)
cli-summary-next = batch { $batch }: details with `wxmod history { $batch }`{ $undo ->
    [yes] , undo with `wxmod undo { $batch }`
   *[no] {""}
}{ $retry ->
    [yes] , send what was not done again with `wxmod retry { $batch }`
   *[no] {""}
}

## ids files.
cli-ids-stdin = standard input
cli-ids-stdin-unreadable = cannot read standard input: { $detail }
cli-ids-bad-line = { $source } line { $line }: "{ $value }" is not a comment id — put one number per line (blank lines and # comments are fine); nothing was sent
cli-ids-none = { $source } holds no comment ids; nothing was sent
cli-ids-file-unreadable = cannot read --ids-file { $path }: { $detail }
cli-ids-file-not-text = --ids-file { $path } is not text (UTF-8): put one comment id per line

## list.
cli-demo-notice = [DEMO] embedded simulator at { $url } — nothing real is touched; each demo run starts afresh and keeps no history
cli-demo-no-history = the demo keeps no history across runs: each run starts afresh with its own simulator, and its batches go when it ends (open the console with wxmod --demo to see the history of one run)
cli-list-heading = { $article } — { $filter } comments
cli-list-write-failed = wxmod: cannot write the list: { $detail }
cli-list-empty = { $filter ->
    [elected] no elected comments
    [normal] no normal comments
   *[all] no comments
} on this article
cli-list-col-id = ID
cli-list-col-time = TIME
cli-list-col-author = AUTHOR
cli-list-col-marks = E R
cli-list-col-content = CONTENT
cli-list-total = { $count } { $count ->
    [one] comment
   *[other] comments
} ({ $elected } elected ★, { $replied } with a reply ↩)

## history.
cli-journal-warning = wxmod: journal { $warning }
cli-journal-more-warnings = wxmod: … and { $count } more unreadable { $count ->
    [one] line
   *[other] lines
} in the journal
cli-history-undo = undo
cli-state = { $state }{ $undo_of ->
    [none] {""}
   *[other] {" "}(undo of { $undo_of })
}{ $undone_by ->
    [none] {""}
   *[other] {" "}(undone by { $undone_by })
}
cli-state-completed = completed
cli-state-stopped = stopped: { $reason }
cli-state-running = running
cli-state-interrupted = INTERRUPTED: { $confirmed } confirmed, { $unanswered } sent without answer, { $never_sent } never sent
cli-history-empty = no batches yet (the journal lives in { $dir })
cli-history-none-failed = no batch has failed, not-attempted or unknown items
cli-history-limit-zero = --limit 0 would show no batch: give 1 or more (the default is 20)
cli-history-unreadable = wxmod: no batch could be read from the journal in { $dir }: { $count ->
    [one] its one line is not a journal record
   *[other] none of its { $count } lines is a journal record
}
# $lines: line numbers and ranges, "1–3, 7".
cli-history-unreadable-file = {"  "}{ $file }: { $count ->
    [one] line
   *[other] lines
} { $lines }
cli-history-unreadable-first = {"  "}first: { $warning }
cli-history-unreadable-remedy = wxmod: nothing was changed; look at these lines, or move the files out of { $dir } to start a new journal (wxmod then no longer knows those batches)
cli-history-col-batch = BATCH
cli-history-col-started = STARTED
cli-history-col-op = OP
cli-history-col-article = ARTICLE
cli-history-col-done = DONE
cli-history-col-failed = FAILED
cli-history-col-not-attempted = NOT ATTEMPTED
cli-history-col-unknown = UNKNOWN
cli-history-col-state = STATE
cli-history-col-result = RESULT
cli-history-col-errcode = ERRCODE
cli-history-col-detail = DETAIL
# $position: see cli-article.
cli-history-batch = batch { $batch }: { $op } on msg_data_id { $id }, index { $index }{ $position ->
   *[other] {""}
}
cli-history-started = started
cli-history-account = account
cli-history-state = state
cli-history-counts = counts
cli-history-journal = journal
cli-history-counts-value = { $done } done · { $failed } failed · { $not_attempted } not attempted{ $unknown ->
    [0] {""}
   *[other] {" "}· { $unknown } unknown
}{ $extra ->
    [yes] {" "}· { $unanswered } sent without answer · { $never_sent } never sent
   *[no] {""}
}{ $calls ->
    [0] {""}
    [one] {" "}· settled by reading the list (1 list call)
   *[other] {" "}· settled by reading the list ({ $calls } list calls)
}
cli-history-not-settled = wxmod: { $count ->
    [one] 1 comment of this batch is
   *[other] { $count } comments of this batch are
} unknown and could not be settled now ({ $why }): showing the journal as it stands
cli-history-failed-detail = { $errmsg } — { $meaning }
cli-history-maybe = may or may not have taken effect
cli-item-state = { $state ->
    [done] done
    [failed] failed
    [not-attempted] not attempted
    [sent-no-answer] sent, no answer
    [unknown] unknown
   *[never-sent] never sent
}

## wxmod sim.
cli-sim-cannot-listen = cannot listen on { $addr }: { $detail } (is a simulator already running there? choose another address with --listen)
cli-sim-stopped = Simulator stopped.
cli-sim-bad-fail-rate = --fail-rate must be between 0.0 and 1.0 (got { $value })
cli-sim-bad-expiry = --expire-token-every must be at least 1 (leave it out to never expire tokens)
cli-sim-banner =
    wxmod simulator listening on { $url }

    Point wxmod at it (demo credentials, not real ones):
      export WXMOD_API_BASE={ $url }
      export WXMOD_APPID={ $appid }
      export WXMOD_SECRET={ $secret }

    Articles:
cli-sim-articles-head = msg_data_id  index elected/total  title
cli-sim-comments-closed = [comments closed]
cli-sim-then-try = Then try: wxmod list --msg-data-id { $id } --index { $index }
cli-sim-quota = { $count } calls a day per API
cli-sim-quota-unlimited = unlimited
cli-sim-expiry = every { $count } calls
cli-sim-expiry-never = never
cli-sim-settings =
    Latency { $latency } ms, quota { $quota }, fail rate { $fail_rate }, tokens expire { $expiry }.
    Serving until Ctrl-C.
