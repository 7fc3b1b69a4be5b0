"""Scoring the extractors against the dev sets in the shared eval folder."""
