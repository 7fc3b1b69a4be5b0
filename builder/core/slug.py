"""Stable, URL-safe slugs."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, fallback: str = "item") -> str:
    """Lower-case ASCII words joined by hyphens ("Kim Jong-un" → "kim-jong-un")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].rstrip("-") or fallback
