"""Shared types and helpers every stage uses: the frozen data model, the error family, slugs, atomic writes.

Takes nothing from the other packages; gives out `Article`, `Briefing` and the items inside a briefing
(`model`), `BriefingError` and its kin (`errors`), `slugify`, `atomic_write` and `cyclic_gc`.
"""
