# sim: sim messages (zh).
