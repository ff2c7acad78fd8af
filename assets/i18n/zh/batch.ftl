# batch: batch messages (zh).
