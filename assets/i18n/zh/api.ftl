# api: api messages (zh).
