# keys: keys messages (zh).
