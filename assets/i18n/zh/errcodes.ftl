# errcodes: errcodes messages (zh).
