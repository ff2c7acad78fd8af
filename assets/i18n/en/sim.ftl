# sim: sim messages (en).
