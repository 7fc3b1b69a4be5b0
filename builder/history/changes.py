"""One build's changes as frozen data, and their JSON form (one line of the build log)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

SCHEMA = "briefing-history/1"  # every line of the log carries it: a file without it was not written by us
ClaimKind = Literal["actor", "gift", "concern", "question", "answer", "conflict"]
CLAIM_KINDS: tuple[ClaimKind, ...] = ("actor", "gift", "concern", "question", "answer", "conflict")


@dataclass(frozen=True)
class Cited:
    """A sentence of one article: the link target of a claim (`briefings/<slug>/#s<sentence>`)."""

    article_id: str
    sentence: int


@dataclass(frozen=True)
class ClaimChange:
    """A claim that appeared in a story: what it says, as plain text, and where the sources say it.

    For an answered question, `text` is the question and `detail` the answering sentence; for a conflict,
    `text` names what the sources disagree on and `evidence` holds one sentence per side.
    """

    kind: ClaimKind
    text: str
    evidence: tuple[Cited, ...]
    detail: str = ""


@dataclass(frozen=True)
class StoryChange:
    """What happened to one story in one build."""

    story_id: str
    title: str
    status: Literal["new", "updated"]
    sources_added: tuple[str, ...] = ()  # article ids that joined the story
    sources_removed: tuple[str, ...] = ()
    claims: tuple[ClaimChange, ...] = ()


@dataclass(frozen=True)
class RemovedArticle:
    """An article gone since the previous build: its page is gone too, so its title is kept here."""

    article_id: str
    title: str


@dataclass(frozen=True)
class BuildEntry:
    """One build that changed something: its date, the articles added, edited and removed, and the stories."""

    date: str  # YYYY-MM-DD, the build's date (see log.build_date)
    articles_added: tuple[str, ...] = ()
    articles_changed: tuple[str, ...] = ()
    articles_removed: tuple[RemovedArticle, ...] = ()
    stories: tuple[StoryChange, ...] = ()
    first: bool = False  # no earlier build was known: everything is new, claims are not listed

    def __bool__(self) -> bool:
        return bool(self.articles_added or self.articles_changed or self.articles_removed or self.stories)


def entry_to_dict(entry: BuildEntry) -> dict[str, Any]:
    """The entry as one JSON object (written with sorted keys, so its bytes are deterministic)."""
    return {
        "schema": SCHEMA,
        "date": entry.date,
        "first": entry.first,
        "articles": {
            "added": list(entry.articles_added),
            "changed": list(entry.articles_changed),
            "removed": [{"id": r.article_id, "title": r.title} for r in entry.articles_removed],
        },
        "stories": [_story_to_dict(s) for s in entry.stories],
    }


def _story_to_dict(story: StoryChange) -> dict[str, Any]:
    return {
        "id": story.story_id,
        "title": story.title,
        "status": story.status,
        "sources_added": list(story.sources_added),
        "sources_removed": list(story.sources_removed),
        "claims": [
            {
                "kind": c.kind,
                "text": c.text,
                "detail": c.detail,
                "evidence": [[e.article_id, e.sentence] for e in c.evidence],
            }
            for c in story.claims
        ],
    }


def entry_from_dict(data: dict[str, Any]) -> BuildEntry:
    """The inverse of entry_to_dict; raises KeyError, TypeError or ValueError on a malformed line."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} entry")
    articles = data["articles"]
    return BuildEntry(
        date=_date(data["date"]),
        articles_added=_strings(articles["added"]),
        articles_changed=_strings(articles["changed"]),
        articles_removed=tuple(RemovedArticle(str(r["id"]), str(r["title"])) for r in articles["removed"]),
        stories=tuple(_story_from_dict(s) for s in data["stories"]),
        first=bool(data["first"]),
    )


def _story_from_dict(data: dict[str, Any]) -> StoryChange:
    if data["status"] not in ("new", "updated"):
        raise ValueError(f"unknown story status {data['status']!r}")
    claims = []
    for c in data["claims"]:
        if c["kind"] not in CLAIM_KINDS:
            raise ValueError(f"unknown claim kind {c['kind']!r}")
        evidence = tuple(Cited(str(a), int(s)) for a, s in c["evidence"])
        claims.append(ClaimChange(c["kind"], str(c["text"]), evidence, str(c["detail"])))
    return StoryChange(
        story_id=str(data["id"]),
        title=str(data["title"]),
        status=data["status"],
        sources_added=_strings(data["sources_added"]),
        sources_removed=_strings(data["sources_removed"]),
        claims=tuple(claims),
    )


def _strings(values: Iterable[object]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _date(value: object) -> str:
    text = str(value)
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(f"date {text!r} is not YYYY-MM-DD")
    return text
