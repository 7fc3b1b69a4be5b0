"""The one place where source text is made safe for a Markdown page."""

from __future__ import annotations

import html
import re

# Characters Python-Markdown (with the tables and attr_list extensions) gives meaning inline.
INLINE_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|])")
LEADING_MARKER = re.compile(r"^(\d+)([.)])|^([-+>])")
WHITESPACE = re.compile(r"\s+")


def md_inline(text: str) -> str:
    """Escape text so it renders literally inside a paragraph, table cell, list item or heading.

    HTML becomes entities, Markdown punctuation is backslash-escaped, and line breaks collapse to spaces
    so the text can never end a table row, an admonition or a list item.
    """
    flat = WHITESPACE.sub(" ", text).strip()
    escaped = INLINE_SPECIALS.sub(r"\\\1", html.escape(flat, quote=False))
    return LEADING_MARKER.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar for front matter."""
    flat = WHITESPACE.sub(" ", text).strip()
    return '"' + flat.replace("\\", "\\\\").replace('"', '\\"') + '"'
