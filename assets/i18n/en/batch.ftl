# batch: batch messages (en).
