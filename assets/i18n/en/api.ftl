# api: api messages (en).
