# tui: tui messages (en).
