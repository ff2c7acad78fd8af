# clap: clap messages (zh).
