"""Benchmarks (`python -m bench`): figures for the README, not tests."""
