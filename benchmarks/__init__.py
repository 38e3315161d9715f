"""Benchmarks: scripts that print JSON so runs can be compared (medians and ratios)."""
