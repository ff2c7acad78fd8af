# tui: the console's words (en).

## Things other layers own, as the console says them
tui-op-title = { $action } { $count ->
    [one] 1 comment
   *[other] { $count } comments
}?
tui-op-button = { $action } { $count }
tui-errcode = { $code } { $explain }

## Header
tui-quota-left = quota left { $remain }/{ $limit }
tui-quota-left-only = quota left { $remain }
tui-quota-unknown = quota unknown
tui-header-where = { $endpoint } · { $token }
tui-token-demo = demo simulator

## Article bar
tui-bar-title = Article
tui-bar-index = index
tui-bar-selector = ◂ { $index } ▸{ $position ->
   *[other] {""}
}
tui-bar-recent = ↓ recent
tui-bar-hint = paste or type a msg_data_id (2247483652, 2247483652_3 or an article link), then Enter
tui-bar-preview = → msg_data_id { $id }, index { $index }{ $position ->
   *[other] {""}
}{ $form ->
    [datacube] {" "}(from the data-cube id: _N is 1-based)
    [link] {" "}(from the link: idx is 1-based)
   *[plain] {""}
} · Enter loads
tui-bar-no-recent = no recent articles yet: type or paste a msg_data_id

## Comment table
tui-table-kind = { $kind ->
    [elected] Elected comments
    [normal] Normal comments
   *[all] All comments
}
tui-table-position = { $pos }/{ $shown }
tui-table-position-of = { $pos }/{ $shown } of { $total }
tui-table-marked = { $count } marked
tui-table-marked-hidden = { $count } marked ({ $hidden } hidden)
tui-table-gone = { $count } no longer listed
tui-table-loading = { $spinner } loading…
tui-table-loading-other = { $spinner } loading { $article }…
tui-table-next = next: { $kind }
# $arrow is ↑ when the table is sorted oldest first, else a space.
tui-col-time = time{ $arrow }{ $zone }
tui-col-author = author
tui-col-result = result
tui-col-content = content
tui-cell-net = ✗ net
tui-cell-unsent = · unsent
tui-cell-unknown = ? unsure
tui-cell-verified = ✓ verif.
tui-cell-verified-not-done = ✗ verif.
tui-empty-demo = This is the demo, against a simulator on this machine: press ↓ to pick one of its articles and press Enter (Ctrl-o lists this account's articles). Tab moves between the panes; ? lists every key. Each demo run starts afresh: what you do here is gone when you quit.
tui-empty = No article loaded yet: type or paste a msg_data_id above and press Enter. Tab moves between the panes; ? lists every key.
tui-empty-filter = No comment matches "{ $query }" — Esc clears the filter.
tui-empty-kind = No { $kind } comments on this article — t shows other types, r reloads.
tui-filter-label = / filter:{" "}
tui-view-all = all rows
tui-view-marked = marked only
tui-view-failed = failed only
tui-view-unsent = not attempted only
tui-sort-time = time
tui-sort-author = author
tui-sort-id = id
tui-sort-by = by { $key } { $arrow }
tui-cell-done = ✓ { $done }
tui-empty-view = No comment in this view ({ $view }) — w shows the next one.

## Progress and stop
tui-progress-running = { $spinner } { $verb }
tui-progress-stopped = stopped
tui-progress-finished = finished
tui-progress-cancelling = cancelling…
tui-progress-esc = Esc cancels
tui-progress-batch = batch { $id }
tui-progress-done = ✓ { $count } done
tui-progress-failed = ✗ { $count } failed
tui-progress-unsent = · { $count } unsent
tui-progress-unknown = ? { $count } unknown
tui-progress-settling = { $spinner } reading the list to settle { $count }
tui-progress-left = { $left } left of { $total }
tui-progress-of = of { $total }
tui-stop-title = ⛔ BATCH STOPPED

## Detail pane and viewer
tui-detail-title = Comment { $id }
tui-detail-title-none = Comment
tui-detail-more = (more: Enter)
tui-detail-elected = elected
tui-detail-not-elected = not elected
tui-detail-facts = { $state } · { $time }
tui-detail-no-openid = no openid
tui-detail-by = by { $openid }
tui-detail-reply = ↩ reply · { $time }
tui-detail-gone = { $text } (no longer listed)
tui-detail-sending = sending…
tui-detail-done = ✓ done
tui-detail-no-answer = ✗ no answer from the server
tui-detail-unsent = · not attempted
tui-detail-unknown = ? unknown: sent, but no answer wxmod understands came back — it may or may not have taken effect
tui-detail-verified = ✓ done (verified by reading the list)
tui-detail-verified-not-done = ✗ not done (verified by reading the list)
tui-viewer-title = Comment { $id } (↑/↓ PgUp/PgDn scroll, Esc closes)
tui-item-done = ✓ { $id } { $done }
tui-item-failed = ✗ { $id } { $code } — { $meaning }
tui-item-failed-net = ✗ { $id } { $meaning }
tui-item-unsent-said = · { $id } { $meaning }
tui-item-unsent = · { $id } not attempted: { $meaning }
tui-item-unknown = ? { $id } { $meaning }
tui-item-verified = ✓ { $id } { $meaning }
tui-item-verified-not-done = ✗ { $id } { $meaning }

## Log pane
tui-log-title = Log
tui-log-title-back = Log · { $count } newer lines below (G follows)

## Confirmation and the quit question
tui-confirm-operation = Operation
tui-confirm-article = Article
tui-confirm-comments = Comments
tui-confirm-undoes = Undoes
tui-confirm-op = { $verb } ({ $path })
tui-confirm-where = msg_data_id { $id }, index { $index }{ $position ->
   *[other] {""}
}
tui-confirm-batch = batch { $id }
tui-confirm-more = … and { $count } more
tui-confirm-not-in-table = (not in the table)
tui-confirm-hidden = ⚠ { $count } of them are hidden by the current filter "{ $query }".
tui-confirm-uncertain = { $count ->
    [one] 1 comment is
   *[other] { $count } comments are
} still unknown (sent, no answer understood, not settled by the list): { $count ->
    [one] it may or may not be
   *[other] they may or may not be
} deselected, so { $count ->
    [one] it is
   *[other] they are
} left out.
tui-confirm-verified = { $count ->
    [one] 1 of them was
   *[other] { $count } of them were
} found deselected by reading the list (the answer was lost or not understood).
tui-confirm-skipped-elect = { $count ->
    [one] 1 marked comment is elected already and is left out.
   *[other] { $count } marked comments are elected already and are left out.
}
tui-confirm-uncertain-elect = { $count ->
    [one] 1 comment is
   *[other] { $count } comments are
} still unknown (sent, no answer understood, not settled by the list): { $count ->
    [one] it may or may not be
   *[other] they may or may not be
} elected, so { $count ->
    [one] it is
   *[other] they are
} left out.
tui-confirm-verified-elect = { $count ->
    [one] 1 of them was
   *[other] { $count } of them were
} found elected by reading the list (the answer was lost or not understood).
tui-confirm-skipped = { $count ->
    [one] 1 marked comment is not elected and is left out.
   *[other] { $count } marked comments are not elected and are left out.
}
tui-confirm-quota-spent = ⚠ today's unmarkelect quota is spent: the batch would stop at once. Wait until tomorrow, or reset the quota (clear_quota).
tui-confirm-quota-low = ⚠ only { $count } unmarkelect calls left today: the batch stops when they run out.
tui-confirm-type = Type { $count } to confirm:{" "}
tui-confirm-cancel = Cancel
tui-confirm-keys-typing = type the count, Enter confirms · n/Esc cancels
tui-confirm-keys = y confirms · n/Esc cancels · Tab moves
tui-confirm-hint = type { $count } and press Enter to confirm
tui-quit-title = Quit while a batch runs?
tui-quit-text = Quitting cancels the batch: requests in flight finish and are recorded in the journal; the { $count ->
    [one] 1 comment
   *[other] { $count } comments
} not sent yet are not sent.
tui-quit-keys = y quits · n/Esc keeps running
tui-quit-marks-title = Quit with marked comments?
tui-quit-marks-text = { $count ->
    [one] 1 comment is
   *[other] { $count } comments are
} marked and nothing has been sent: quitting drops the marks.
tui-quit-marks-keys = y quits · n/Esc stays
tui-cancel-title = Cancel the batch?
tui-cancel-text = Requests in flight finish and are recorded in the journal; the { $count ->
    [one] 1 comment
   *[other] { $count } comments
} not sent yet are not sent (f marks them again).
tui-cancel-keys = y cancels · n/Esc keeps running

## Help and recent articles
tui-help-title = Help — keys (↑/↓ PgUp/PgDn scroll, Esc closes)
tui-help-marks = d and e act on the marked comments; with none marked, on the highlighted one (in the table only).
tui-help-journal = Every batch is written to the journal; `wxmod history` lists them.
tui-recent-title = Recent articles
tui-recent-line = { $id } index { $index }{ $position ->
   *[other] {""}
} · { $count } { $kind } · { $when }
tui-recent-never = not loaded yet
tui-recent-save-failed = cannot save recent articles to { $path }: { $error }

## Status log lines
tui-log-quota-unknown = quota unknown: { $error }
tui-log-not-started = the batch did not start: { $why }
tui-log-busy-load = a batch is running: wait for it to finish, or press Esc to cancel it
tui-log-load-failed = cannot load { $article }: { $why }
tui-log-loaded = loaded { $count } { $kind } { $count ->
    [one] comment
   *[other] comments
} of { $article }
tui-log-reloaded = reloaded { $count } { $kind } { $count ->
    [one] comment
   *[other] comments
} of { $article }
tui-log-paste-cut = the pasted text was cut to its first { $count } characters
tui-log-marks-cleared = cleared { $count ->
    [one] 1 mark
   *[other] { $count } marks
} — { $key } brings { $count ->
    [one] it
   *[other] them
} back
tui-log-marks-dropped = the load dropped { $count ->
    [one] 1 mark
   *[other] { $count } marks
} (comments no longer listed, or of another article) — { $key } brings back those still loaded
tui-log-marks-restored = restored { $count ->
    [one] 1 mark
   *[other] { $count } marks
}
tui-log-marks-restored-partly = restored { $count ->
    [one] 1 mark
   *[other] { $count } marks
}; { $missing ->
    [one] 1 marked comment is
   *[other] { $missing } marked comments are
} not loaded now and { $missing ->
    [one] stays
   *[other] stay
} unmarked
tui-log-marks-none-loaded = { $count ->
    [one] the marked comment to restore is
   *[other] none of the { $count } marked comments to restore are
} not loaded now: nothing restored
tui-log-marks-other-article = { $count ->
    [one] the mark to restore belongs
   *[other] the { $count } marks to restore belong
} to { $article }: load it and press { $key } again
tui-log-marks-nothing = no cleared marks to restore
tui-log-quitting = quitting once the batch has stopped; press Ctrl-c again to quit at once
tui-log-cancelling = cancelling: requests in flight finish and are recorded; the rest is not sent
tui-log-type-busy = the type can change once the batch has finished
tui-log-batch-started = batch { $id } started
tui-log-batch-cancelled = batch cancelled by you
tui-log-batch-done = batch { $id }: { $done } { $word }, { $failed } failed
tui-log-batch-partial = batch { $id }: { $done } { $word }, { $failed } failed{ $unsent ->
    [0] {""}
   *[other] , { $unsent } not attempted
} — press f to mark them again
tui-log-batch-unknown = batch { $id }: { $done } { $word }, { $failed } failed{ $unsent ->
    [0] {""}
   *[other] , { $unsent } not attempted
}, { $unknown } still unknown{ $retry ->
    [0] {""}
   *[other] {" "}— press f to mark the failed and unsent ones again
}
tui-log-settling = reading the list to settle { $count ->
    [one] 1 comment
   *[other] { $count } comments
} whose answer was lost or not understood…
tui-log-range = range: marked { $count ->
    [one] 1 comment
   *[other] { $count } comments
}
tui-log-busy = a batch is already running: wait for it to finish (Esc cancels it)
tui-log-deselect-no-article = nothing to deselect: load an article first
tui-log-deselect-empty = nothing to deselect: the list is empty
tui-log-deselect-not-elected = nothing to deselect here: only elected comments can be deselected — switch to elected comments with { $key }
tui-log-elect-no-article = nothing to elect: load an article first
tui-log-elect-empty = nothing to elect: the list is empty
tui-log-elect-elected = nothing to elect here: these comments are elected already — switch to normal comments with { $key }
tui-log-mark-first = nothing marked: mark comments in the table first ({ $key } to go there)
tui-log-undo-nothing-elect = nothing to undo in batch { $id }: everything it elected is deselected again
tui-log-undo-nothing = nothing to undo in batch { $id }: everything it deselected is elected again
tui-log-undo-looking = looking up what undo would put back (unknown outcomes are settled by reading the list first)…
tui-log-undo-planning = still looking up what undo would put back: wait for the answer
tui-log-undo-only-unknown = nothing confirmed to undo in batch { $batch }: { $count ->
    [one] 1 comment is
   *[other] { $count } comments are
} still unknown ({ $ids }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}) — sent, no answer understood, and the list could not settle { $count ->
    [one] it
   *[other] them
}; press t for normal comments to see whether { $count ->
    [one] it is
   *[other] they are
} deselected
tui-log-undo-only-unknown-elect = nothing confirmed to undo in batch { $batch }: { $count ->
    [one] 1 comment is
   *[other] { $count } comments are
} still unknown ({ $ids }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}) — sent, no answer understood, and the list could not settle { $count ->
    [one] it
   *[other] them
}; press t for elected comments to see whether { $count ->
    [one] it is
   *[other] they are
} elected
tui-log-no-batch = no batch has run yet: there is nothing to mark again
tui-log-other-article = the last batch was for { $article }: load it first
tui-log-no-failures = the last batch had no failures
tui-log-only-unknown-left = nothing to mark again: the last batch's { $count ->
    [one] 1 comment that is not done is
   *[other] { $count } comments that are not done are
} still unknown and may have taken effect, so sending again could do it twice
tui-log-unknown-not-marked = { $count ->
    [one] 1 still unknown comment is not marked: it may have taken effect
   *[other] { $count } still unknown comments are not marked: they may have taken effect
}
tui-log-marked-failed = marked { $failed } failed: press { $key } to retry them
tui-log-marked-unsent = marked { $unsent } not attempted: press { $key } to retry them
tui-log-marked-both = marked { $failed } failed and { $unsent } not attempted: press { $key } to retry them
tui-log-cancelled = cancelled: nothing was sent
tui-log-undoing-elect = undoing batch { $id }: deselecting { $count ->
    [one] 1 comment
   *[other] { $count } comments
} it elected
tui-log-undoing = undoing batch { $id }: re-electing { $count ->
    [one] 1 comment
   *[other] { $count } comments
}
tui-log-starting = starting: { $verb } { $count ->
    [one] 1 comment
   *[other] { $count } comments
} of { $article }

## Left in the shell
tui-ran = batch { $id } on { $article }: { $done } { $word }, { $failed } failed{ $unsent ->
    [0] {""}
   *[other] , { $unsent } not attempted
}{ $unknown ->
    [0] {""}
   *[other] , { $unknown } still unknown
}
# What a batch over several articles names in its line left for the shell.
tui-ran-articles = { $count ->
    [one] 1 article
   *[other] { $count } articles
}
tui-ran-quit = batch { $id } on { $article }: quit while running — { $done } done, { $failed } failed{ $unknown ->
    [0] {""}
   *[other] , { $unknown } unknown
}, { $left } without a final answer; `wxmod history { $id }` shows each one
tui-not-started = (not started)
tui-exit-header = wxmod: this session's batches (`wxmod history ID` shows every item):
tui-exit-header-demo = wxmod: this demo's batches (the demo's journal and simulator are gone with it):
tui-needs-terminal = wxmod: the console needs a terminal — in scripts use `wxmod list` and `wxmod unelect`
tui-cannot-open = wxmod: cannot open the console on this terminal: { $error }
tui-console-stopped = wxmod: the console stopped: { $error }

# config.toml's [theme] table (after "config file F, line N: `theme.KEY`").
tui-theme-unknown-key = is not a theme colour: use marks, highlight, success, failure, warning or borders
tui-theme-bad-colour = = "{ $value }" is not a colour: use a name such as red or lightblue, or #rrggbb
