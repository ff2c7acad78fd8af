# history: the console's history popup (H) — the journal's batches, their
# items, and undo or retry from there (en).

## The popup
history-title = History
history-title-count = History · { $count ->
    [one] one batch
   *[other] { $count } batches
}
history-items-title = Batch { $id } · items
history-reading = reading the journal…
history-unreadable = the journal cannot be read: { $why }
history-empty = no batches in the journal yet: a batch run here or with the CLI shows up here
history-head = newest first · this console runs as { $account }
history-head-unreadable = newest first · this console runs as { $account } · { $count ->
    [one] one journal line could not be read (skipped)
   *[other] { $count } journal lines could not be read (skipped)
}
history-row = { $time }  { $op }  { $article }  · { $account }
history-counts = { $done } done{ $failed ->
    [0] {""}
   *[other] , { $failed } failed
}{ $unknown ->
    [0] {""}
   *[other] , { $unknown } unknown
}{ $unsent ->
    [0] {""}
   *[other] , { $unsent } not attempted
}
history-flag-interrupted = ⚠ interrupted
history-flag-running = running (in another process)
history-flag-stopped = stopped: { $reason }
history-flag-undo-of = undo of { $id }
history-flag-undone-by = undone by { $ids }
history-flag-retry-of = retry of { $id }
history-flag-other-account = another account

## One batch's items
history-item-done = ✓ { $done }
history-item-verified = ✓ { $meaning }
history-item-failed = ✗ { $code } — { $meaning }
history-item-failed-net = ✗ { $meaning }
history-item-not-attempted = – not attempted: { $meaning }
history-item-never-sent = – never sent (the batch was interrupted first)
history-item-no-answer = ? sent, no answer recorded: it may or may not have taken effect
history-item-unknown = ? { $meaning }

## Why u or r did not act
history-other-account = this batch ran as { $account }, this console as { $current }: undo or retry it from a console of that account

history-nothing-to-retry = nothing to retry: { $count ->
    [one] its one comment is done
   *[other] all { $count } comments are done
}

## Log lines
history-log-undo-looking = looking up what undoing batch { $id } would re-elect (unknown outcomes are settled by reading the list first)…
history-log-retry-looking = looking up what retrying batch { $id } would send again (unknown outcomes are settled by reading the list first)…
history-log-retry-dropped = the retry of batch { $id } was not opened: something else started meanwhile (press r in the history again)
history-log-retrying = retrying batch { $id }: { $verb } { $count ->
    [one] one comment
   *[other] { $count } comments
} of { $article }
history-log-undo-none = nothing run in this console to undo: press { $key } to pick an older batch from the history
history-log-undo-none-unbound = nothing run in this console to undo: pick an older batch from the history
history-log-undo-hint = press { $key } to undo batch { $id } ({ $op ->
        [mark_elect] deselects what it elected
       *[other] re-elects what it deselected
    })

## The retry's confirmation
history-confirm-retries = Retries
history-confirm-other-article = This is not the article in the table: the batch acts on { $article } by comment id.
history-retry-sends = sends again only what did not happen: { $count ->
    [one] one comment
   *[other] { $count } comments
} (failed or not attempted{ $verified ->
    [0] {""}
   *[other] , { $verified } of them found not done by reading the list
})
history-retry-leaves-out = leaves out { $done } already done{ $unknown ->
    [0] {""}
   *[other] {" "}and { $unknown } still unknown (sending those again could do them twice)
}

## Left in the shell on quitting
history-ran-undo = {"  "}to undo it: wxmod undo { $id }
history-ran-retry = {"  "}to retry what failed or was not attempted: wxmod retry { $id }
