"""Briefing site generator: news articles become a MkDocs Material site of briefings, stories and actors.

The packages follow the build, bottom to top (ARCHITECTURE.md draws it): `core` and `data` (shared types and
files) → `sources` (files → articles) and `nlp` (the spaCy pipeline) → `extract` (one article → its
briefing) → `stories` (briefings → stories and actor profiles) → `site` (pages, docs/, MkDocs) → `runtime`
(cache, workers) → `pipeline` (the build in one function) → `evaluation`, `serve`, `cli`.
"""
