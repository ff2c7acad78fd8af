# cli: cli messages (zh).
