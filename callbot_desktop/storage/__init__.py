"""The encrypted record of conversations: SQLCipher, keys in the OS keyring, search, export. No Qt,
no audio."""
