"""Which outlet published an article, so that corroboration counts outlets, not files.

The outlet comes from the article's address (the host, with archive wrappers removed: `web.archive.org/web/…/
http://www.bbc.co.uk/…` is the BBC), else from the publisher named in front matter, a feed or the page's site
name, else from a wire dateline in the lead ("LONDON (Reuters) -", "(CNN)"). Names and hosts are compared
by their keys, so "BBC News" and `bbc.co.uk`, "The Guardian" and `theguardian.com`, "The New York Times" and
`nytimes.com` are one outlet. An article with none of these has no known outlet and counts as its own source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from builder.core.model import Article

ARCHIVE = re.compile(r"^https?://(?:web\.)?archive\.org/web/[^/]*/(.+)$", re.I)
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "news", "go", "or", "ne"})
GENERIC = frozenset({"the", "news", "online", "digital", "media", "group", "com", "website", "web"})
# "LONDON (Reuters) - …", "New Delhi, India (CNN)As …": a place, the outlet in brackets, a dash or the text
DATELINE = re.compile(
    r"^(?:[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,3} )?"  # the place
    r"\(([A-Z][A-Za-z&.' ]{1,28})\)"  # the outlet
    r"(?: ?[-—–] |(?=[A-Z]))"
)
WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Outlet:
    """A publisher: `name` is how a page shows it; `keys` are the forms it is recognised by."""

    name: str
    keys: frozenset[str]

    def same(self, other: Outlet) -> bool:
        """True when the two are one publisher (a name and its host, or its abbreviation, match)."""
        return bool(self.keys & other.keys)


def address_of(url: str) -> str:
    """The address an archive link points to, or the address itself."""
    url = url.strip()
    while match := ARCHIVE.match(url):
        url = match[1] if "://" in match[1] else f"http://{match[1]}"
    return url


def host_of(url: str) -> str:
    """The host an address (or the page an archive link keeps) is on, without "www."."""
    return (urlsplit(address_of(url)).hostname or "").lower().rstrip(".").removeprefix("www.")


def host_label(url: str) -> str | None:
    """The name part of an address's host: `http://www.bbc.co.uk/news/1` → "bbc"."""
    labels = [part for part in host_of(url).split(".") if part]
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # the top-level domain
    if len(labels) >= 2 and labels[-1] in SECOND_LEVEL:
        labels = labels[:-1]  # co.uk, com.au …
    return labels[-1] or None


def name_key(name: str) -> str:
    """A publisher's name as a comparison key: "The Guardian" → "guardian", "BBC News" → "bbc"."""
    words = [w for w in WORD.findall(name.lower()) if w not in GENERIC]
    return "".join(words) or "".join(WORD.findall(name.lower()))


def label_key(label: str) -> str:
    """A host label as a comparison key: "theguardian" → "guardian", "apnews" → "ap"."""
    label = label.removeprefix("the") if len(label) > 6 and label.startswith("the") else label
    return label.removesuffix("news") if len(label) > 5 and label.endswith("news") else label


def abbreviations(name: str) -> set[str]:
    """Short forms of a name of three words or more: "The New York Times" → "nyt", "nytimes"."""
    words = [w for w in WORD.findall(name.lower()) if w not in GENERIC]
    if len(words) < 3:  # two initials are ambiguous ("Daily Mail", "Daily Mirror")
        return set()
    initials = "".join(w[0] for w in words)
    return {initials, initials[:-1] + words[-1]}


def dateline_agency(article: Article) -> str | None:
    """A wire or broadcaster named in the dateline of the first paragraph: "(Reuters)", "(CNN)"."""
    if not article.paragraphs:
        return None
    match = DATELINE.match(article.paragraphs[0])
    return match[1].strip() if match and len(match[1].split()) <= 3 else None


def outlet_of(article: Article) -> Outlet | None:
    """The article's outlet, or None when nothing says who published it."""
    label = host_label(article.url) if article.url else None
    name = article.source or dateline_agency(article)
    keys = {label_key(label)} if label else set()
    if name:
        keys |= {name_key(name), *abbreviations(name)} - {""}
    return Outlet(name or host_of(str(article.url)), frozenset(keys)) if keys else None


def source_groups(articles: Iterable[Article]) -> list[list[str]]:
    """Article ids grouped by outlet, in first-seen order; an article with no known outlet is on its own."""
    groups: list[tuple[Outlet | None, list[str]]] = []
    for article in articles:
        outlet = outlet_of(article)
        match = next((g for g in groups if outlet and g[0] and g[0].same(outlet)), None)
        if match is None:
            groups.append((outlet, [article.id]))
        else:
            match[1].append(article.id)
    return [ids for _, ids in groups]
