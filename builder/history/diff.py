"""The changes of one build: this build's stories compared with the snapshot the previous build left."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from typing import Any

from builder.core.model import Briefing
from builder.history.changes import BuildEntry, ClaimChange, RemovedArticle, StoryChange
from builder.history.snapshot import Claim, actor_evidence
from builder.stories.merge import Story, similar

LOOSE_KINDS = ("concern", "question", "answer")  # merged texts vary with the sources: matched like merge does


def previous_story(story: Story, before: dict[str, Any], home: dict[str, str]) -> str | None:
    """The previous build's story this one continues: the same id, else the one it shares most articles with.

    A story's id comes from its earliest article, so an earlier report joining a story gives it a new id.
    """
    if story.id in before:
        return story.id
    shared: dict[str, int] = {}
    for article_id in story.article_ids:
        if (old := home.get(article_id)) is not None:
            shared[old] = shared.get(old, 0) + 1
    return min(shared, key=lambda s: (-shared[s], s)) if shared else None


def is_known(claim: Claim, keys: dict[str, list[str]]) -> bool:
    """The claim was there before: the same key, or for concerns and questions a text saying the same."""
    known = keys.get(claim.kind, ())
    if claim.key in known:
        return True
    return claim.kind in LOOSE_KINDS and any(similar(claim.key, k) for k in known)


def appeared(
    story: Story, claims: list[Claim], keys: dict[str, list[str]], briefings: dict[str, Briefing]
) -> tuple[ClaimChange, ...]:
    """The story's claims the previous build did not have, with evidence for each."""
    out = []
    for claim in claims:
        if is_known(claim, keys):
            continue
        change = claim.change
        if change.kind == "actor":
            change = dataclasses.replace(change, evidence=actor_evidence(change.text, story, briefings))
        out.append(change)
    return tuple(out)


def story_change(
    story: Story,
    claims: list[Claim],
    before: dict[str, Any] | None,
    briefings: dict[str, Briefing],
    first: bool,
) -> StoryChange | None:
    """What changed in one story, or None; `before` is its previous snapshot (None: a new story)."""
    if before is None:
        listed = () if first else appeared(story, claims, {}, briefings)
        return StoryChange(story.id, story.title, "new", story.article_ids, (), listed)
    old = set(before["articles"])
    added = tuple(a for a in story.article_ids if a not in old)
    removed = tuple(a for a in before["articles"] if a not in set(story.article_ids))
    new_claims = appeared(story, claims, before["claims"], briefings)
    if not (added or removed or new_claims):
        return None
    return StoryChange(story.id, story.title, "updated", added, removed, new_claims)


def diff_builds(
    previous: dict[str, Any] | None,
    stories: Sequence[Story],
    briefings: Sequence[Briefing],
    claims: dict[str, list[Claim]],
    date: str,
    same: Collection[str] = (),
) -> BuildEntry:
    """The log entry of this build (false when nothing changed); `previous` None means no earlier build.

    Stories in `same` are known to be as `previous` holds them (see `log.unchanged_stories`): no change."""
    first = previous is None
    old_articles: dict[str, list[str]] = {} if first else previous["articles"]
    before: dict[str, Any] = {} if first else previous["stories"]
    home = {a: sid for sid, s in before.items() for a in s["articles"]}
    by_id = {b.article.id: b for b in briefings}
    changes = []
    for story in sorted(stories, key=lambda s: s.id):
        if story.id in same:
            continue
        old_id = previous_story(story, before, home)
        change = story_change(story, claims[story.id], before.get(old_id), by_id, first)
        if change is not None:
            changes.append(change)
    return BuildEntry(
        date=date,
        articles_added=tuple(sorted(a for a in by_id if a not in old_articles)),
        articles_changed=tuple(
            sorted(
                a
                for a, b in by_id.items()
                if a in old_articles and old_articles[a][0] != b.article.content_hash
            )
        ),
        articles_removed=tuple(
            RemovedArticle(a, str(old_articles[a][1])) for a in sorted(old_articles) if a not in by_id
        ),
        stories=tuple(changes),
        first=first,
    )
