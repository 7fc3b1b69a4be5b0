"""Shared rendering pieces: the generated-page record, the template environment, citation links."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

import jinja2

from builder.site.escape import md_inline
from builder.core.model import Briefing, Evidence


@dataclass(frozen=True)
class Page:
    """One generated Markdown file, by its path relative to the docs folder."""

    path: str
    content: str | None  # None: a page the memo reused, which docs/ holds as it is (`on_disk`)
    # The digest docs/<path> was found to have a moment ago (a page the memo reused), so the writer need not
    # read and hash the file again; None for a page rendered now.
    on_disk: str | None = field(default=None, compare=False)


@functools.cache
def environment() -> jinja2.Environment:
    """Templates shipped in the package; undefined names are errors, not blanks."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("builder.site", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, escaped by builder.site.escape before it reaches a template
        keep_trailing_newline=True,
        trim_blocks=False,
    )


def cite(evidence: Evidence) -> str:
    """A link to the sentence an item came from."""
    return f"[§{evidence.sentence}](#{evidence.anchor}){{ .cite }}"


def cites(evidence: Iterable[Evidence], limit: int = 5) -> str:
    items = list(evidence)
    links = " ".join(cite(e) for e in items[:limit])
    return links + (f" +{len(items) - limit}" if len(items) > limit else "")


def plain_summary(briefing: Briefing) -> str:
    return " ".join(e.text for e in briefing.summary)


def meta_line(briefing: Briefing) -> str:
    """Date · source · file, escaped."""
    article = briefing.article
    parts = [article.date or "undated"]
    if article.source and article.url:
        parts.append(f"[{md_inline(article.source)}](<{article.url}>)" if _safe_url(article.url) else "")
    elif article.source:
        parts.append(md_inline(article.source))
    parts.append(f"source file `{article.path.replace('`', '')}`")
    return " · ".join(p for p in parts if p)


def _safe_url(url: str) -> bool:
    return url.startswith(("https://", "http://")) and not any(c in url for c in "<> \n\"'`")


def render(template: str, page: dict[str, object]) -> str:
    """Fill a template with an already escaped view."""
    return environment().get_template(template).render(page=page)
