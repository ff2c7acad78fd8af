# tui: tui messages (zh).
