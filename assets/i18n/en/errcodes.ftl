# errcodes: errcodes messages (en).
