"""Language models: the Ollama client, the built-in llama.cpp fallback, personas, memory. No Qt."""
