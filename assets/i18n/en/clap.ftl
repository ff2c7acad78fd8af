# clap: clap messages (en).
