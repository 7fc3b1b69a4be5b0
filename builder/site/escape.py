"""The one place where source text is made safe for a Markdown page."""

from __future__ import annotations

import functools
import html
import re

# Characters Python-Markdown (with the tables and attr_list extensions) gives meaning inline.
INLINE_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|])")
# A line-start marker: list numbers and bullets, and "???" which opens a pymdownx.details block.
LEADING_MARKER = re.compile(r"^(\d+)([.)])|^([-+>])|^\?(?=\?\?)")
WHITESPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)  # index pages escape the same titles and lines many times over
def md_inline(text: str) -> str:
    """Escape text so it renders literally inside a paragraph, table cell, list item or heading.

    HTML becomes entities, Markdown punctuation is backslash-escaped, and line breaks collapse to spaces
    so the text can never end a table row, an admonition or a list item.
    """
    flat = WHITESPACE.sub(" ", text).strip()
    escaped = INLINE_SPECIALS.sub(r"\\\1", html.escape(flat, quote=False))
    return LEADING_MARKER.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    if match[1]:
        return f"{match[1]}\\{match[2]}"
    if match[3]:
        return f"\\{match[3]}"
    return "&#63;"  # "?" has no Markdown backslash escape; the entity still reads as "?"


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar for front matter, HTML-escaped.

    The theme prints title, description and tags into the page unescaped (header, meta tag, tags index).
    """
    flat = html.escape(WHITESPACE.sub(" ", text).strip(), quote=True)
    return '"' + flat.replace("\\", "\\\\").replace('"', '\\"') + '"'
