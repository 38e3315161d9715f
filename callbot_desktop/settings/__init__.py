"""Settings: every option declared once (schema.py), stored as TOML (store.py). No Qt here."""
