# keys: keys messages (en).
