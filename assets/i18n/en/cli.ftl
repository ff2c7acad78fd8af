# cli: cli messages (en).
