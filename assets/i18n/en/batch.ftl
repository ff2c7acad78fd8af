# batch: batch messages (en).

## Why a batch stopped: the full line, and a few words for tables.
batch-stop-api = stopped ({ $code }): { $explained }
batch-stop-auth = stopped: { $why }
batch-stop-cancelled = cancelled by you
batch-stop-unreachable = stopped: the API stopped answering ({ $why }) — check the network, then run the remaining ids again
batch-stop-journal = stopped: { $why }
batch-stop-short-api = { $meaning } ({ $code })
batch-stop-short-auth = token problem
batch-stop-short-cancelled = cancelled
batch-stop-short-unreachable = API unreachable
batch-stop-short-journal = journal not writable
batch-unanswered-streak = { $count ->
    [one] one request got no answer
   *[other] { $count } requests in a row got no answer
}

## What happened to one comment.
batch-not-sent = not sent: { $why }
batch-not-attempted = not attempted
batch-not-attempted-because = not attempted: { $why }
batch-stopped = stopped
batch-internal-error = internal error while sending (a wxmod bug: please report it)
batch-runner-ended-sent = sent, but the batch runner ended before the answer (a wxmod bug): it may or may not have taken effect
batch-runner-ended-unsent = not attempted: the batch runner ended unexpectedly (a wxmod bug)
batch-end-not-journaled = the end of this batch could not be journaled: { $why }

## The journal.
batch-journal-write = cannot write the journal { $path }: { $detail } — check free space and permissions of the data dir (--data-dir or WXMOD_DATA_DIR)
batch-journal-read = cannot read the journal { $path }: { $detail }
batch-journal-not-found = no batch { $id } in the journal — `wxmod history` lists the batches
batch-journal-ambiguous = { $count } batches start with { $prefix }: give more of the id
batch-journal-warning = { $file } line { $line }: { $why }
batch-journal-line-cut = cut short (wxmod was stopped while writing it); ignored
batch-journal-line-unreadable = unreadable (a write was interrupted?); ignored
batch-journal-starts-twice = batch { $batch } starts twice; ignored
batch-journal-no-start = belongs to batch { $batch } whose start is missing; ignored

## Why there is nothing to undo.
batch-undo-running = batch { $source } is being undone right now (batch { $undo }): wait for that to end, then check `wxmod history { $source }`
batch-undo-nothing = nothing to undo: no batch deselected a comment that is not re-elected yet — `wxmod history` lists the batches
batch-undo-not-deselect = batch { $batch } ran { $op }: only deselecting and electing batches can be undone
batch-undo-still-running = batch { $batch } is still running: wait for it to end (or stop it), then undo
batch-undo-all-reelected = every comment it deselected was already re-elected (by { $by })
batch-undo-uncertain = no deselection was confirmed; { $count ->
    [one] 1 was
   *[other] these were
} sent without an answer ({ $ids }) and may or may not be deselected — see `wxmod list --msg-data-id { $msg_data_id } --index { $index } --type normal`, then `wxmod elect` those you want back
batch-undo-only-unknown = nothing confirmed to undo in batch { $batch }: { $count ->
    [one] 1 comment was
   *[other] { $count } comments were
} sent and the answer was lost or not understood, and no read of the list has settled { $count ->
    [one] it
   *[other] them
} ({ $ids }): { $count ->
    [one] it
   *[other] they
} may or may not be deselected — see `wxmod list --msg-data-id { $msg_data_id } --index { $index } --type normal`, then `wxmod elect` those you want back
batch-undo-deselected-nothing = it deselected nothing
batch-undo-elected-nothing = it elected nothing
batch-undo-all-deselected = every comment it elected was already deselected again (by { $by })
batch-undo-is-undo = batch { $batch } is itself an undo (of batch { $of }): an undo is not undone — run what batch { $of } did again instead
batch-undo-only-unknown-elect = nothing confirmed to undo in batch { $batch }: { $count ->
    [one] 1 comment was
   *[other] { $count } comments were
} sent and the answer was lost or not understood, and no read of the list has settled { $count ->
    [one] it
   *[other] them
} ({ $ids }): { $count ->
    [one] it
   *[other] they
} may or may not be elected — see `wxmod list --msg-data-id { $msg_data_id } --index { $index } --type elected`, then `wxmod unelect` those you do not want elected
batch-undo-nothing-in = nothing to undo in batch { $batch }: { $why }

## Unknown outcomes and their settlement by reading the list.
batch-unknown = unknown: { $why } — it may or may not have taken effect; wxmod reads the list to find out
batch-verified-done = { $done } (verified by reading the list)
batch-verified-not-done = { $verb }: not done (verified by reading the list)
batch-verified-not-in-list = still unknown: the list no longer holds this comment (checked by reading the list)
batch-settled = read the list ({ $calls ->
    [one] 1 list call
   *[other] { $calls } list calls
}) to settle { $count ->
    [one] 1 unknown comment
   *[other] { $count } unknown comments
}: { $done } done, { $not_done } not done, { $gone } no longer in the list
batch-settle-failed = could not read the list to settle { $count ->
    [one] 1 unknown comment
   *[other] { $count } unknown comments
} of batch { $batch } ({ $why }): they stay unknown — `wxmod history { $batch }` tries again
batch-settlement-not-journaled = the settlement read could not be journaled ({ $why }): the comments stay unknown

## Why there is nothing to retry.
batch-retry-still-running = batch { $batch } is still running: wait for it to end (or stop it), then retry
batch-retry-all-done = { $count ->
    [one] its 1 comment is done
   *[other] all { $count } of its comments that were sent are done
}
batch-retry-only-unknown = the rest is unknown ({ $ids }): the list could not settle { $count ->
    [one] it
   *[other] them
}, and sending again could do it twice
batch-retry-nothing-in = nothing to retry in batch { $batch }: { $why }
