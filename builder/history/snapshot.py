"""The claims of a merged story, each with a key to compare builds by, and the compact snapshot of a build.

The snapshot is data-only JSON (no pickle): per article its content hash and title, per story its articles
and the keys of its claims. That is all the next build needs to tell what appeared, without the previous
build's briefings or stories.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from builder.core.model import Briefing
from builder.history.changes import Cited, ClaimChange, ClaimKind
from builder.stories.merge import Citation, Story, item_head

STATE_SCHEMA = "briefing-history-state/1"


@dataclass(frozen=True)
class Claim:
    """A claim of a story and the key it is compared by (texts of concerns and questions match loosely)."""

    key: str
    change: ClaimChange

    @property
    def kind(self) -> ClaimKind:
        return self.change.kind


def _cited(citations: Iterable[Citation]) -> tuple[Cited, ...]:
    return tuple(dict.fromkeys(Cited(c.article_id, c.sentence) for c in citations))


def actor_evidence(name: str, story: Story, briefings: dict[str, Briefing]) -> tuple[Cited, ...]:
    """The first sentence of the story's sources that names the actor (sentence 0: the article as a whole)."""
    for article_id in story.article_ids:
        b = briefings.get(article_id)
        if b is None:
            continue
        for actor in b.actors:
            if (actor.name == name or name in actor.aliases) and actor.evidence:
                return (Cited(article_id, actor.evidence[0].sentence),)
        for s in b.sentences:
            if name in s.text:
                return (Cited(article_id, s.index),)
    return (Cited(story.article_ids[0], 0),) if story.article_ids else ()


def story_claims(story: Story) -> list[Claim]:
    """Every claim of the story in page order: actors, gifts, concerns, questions, answers, conflicts."""
    claims = [  # an actor's evidence is looked up only once it is reported (see diff.appeared)
        Claim(a.name.lower(), ClaimChange("actor", a.name, (), a.kind))
        for a in story.actors
        if a.kind != "place"  # the story page lists people, organisations and countries
    ]
    for g in story.gifts:
        item = g.variants[0].text if g.variants else ""
        key = "\x1f".join((g.giver, g.recipient, item_head(item) if item else "")).lower()
        text = f"{g.giver} → {g.recipient}: {item or 'item not named'}"
        cites = _cited(c for v in g.variants for c in v.citations)
        claims.append(Claim(key, ClaimChange("gift", text, cites, g.status)))
    claims += [
        Claim(c.text, ClaimChange("concern", c.text, _cited(c.citations), c.holder)) for c in story.concerns
    ]
    claims += [Claim(q.text, ClaimChange("question", q.text, _cited(q.citations))) for q in story.questions]
    claims += [
        Claim(q.text, ClaimChange("answer", q.text, _cited([q.answer]), q.answer.text))
        for q in story.questions
        if q.answer is not None
    ]
    for c in story.conflicts:
        values = " vs ".join(f"“{value}”" for value, _ in c.sides)
        key = "\x1f".join([c.label, *sorted(f"{v}@{e.article_id}" for v, e in c.sides)])
        evidence = tuple(Cited(e.article_id, e.sentence) for _, e in c.sides)
        claims.append(Claim(key, ClaimChange("conflict", c.label.lower(), evidence, values)))
    return claims


def take_snapshot(
    stories: Sequence[Story],
    briefings: Sequence[Briefing],
    claims: dict[str, list[Claim]],
    previous: dict[str, Any] | None = None,
    code: str = "",
) -> dict[str, Any]:
    """The build as the next one needs it: articles (hash, title) and each story's articles and claim keys.

    A story without `claims` is one the `previous` snapshot holds unchanged (see `log.unchanged_stories`): its
    entry is taken from there. `code`, when given, names the code the snapshot was taken with.
    """
    before = previous["stories"] if previous else {}
    snapshot: dict[str, Any] = {
        "schema": STATE_SCHEMA,
        "articles": {b.article.id: [b.article.content_hash, b.title] for b in briefings},
        "stories": {
            s.id: before[s.id]
            if s.id not in claims
            else {"title": s.title, "articles": list(s.article_ids), "claims": _keys_by_kind(claims[s.id])}
            for s in stories
        },
    }
    if code:
        snapshot["code"] = code
    return snapshot


def _keys_by_kind(claims: list[Claim]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for claim in claims:
        keys.setdefault(claim.kind, []).append(claim.key)
    return keys


def valid_snapshot(data: object) -> bool:
    """A snapshot this builder wrote (anything else is not read, and never written over)."""
    return (
        isinstance(data, dict)
        and data.get("schema") == STATE_SCHEMA
        and isinstance(data.get("articles"), dict)
        and isinstance(data.get("stories"), dict)
    )
