"""Speech recognition (Whisper) and synthesis (Piper, Edge), usable from asyncio. No Qt."""
