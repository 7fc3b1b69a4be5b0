"""Regrouping after sources change: the new assignment of articles to stories, and which stories changed.

Grouping is a pure function of the set of briefings: the input order does not matter, and story ids come from
each story's first article, so a story keeps its id while its first article stays. Adding, changing or
removing articles therefore gives exactly the grouping of the new set, with no drift between a site built
step by step and one built from scratch. `regroup` computes it and compares it with the previous assignment,
so that a build merges and renders again only the stories whose members, member texts or thread changed;
adding one article changes the story it joins (or adds one) and, rarely, a neighbour whose nearest story
changed.

Online assignment (each new article joins the best existing story, as in Miranda et al., EMNLP 2018) would
avoid the regrouping pass, but it decides before later articles are seen: on ECB+ a single pass over the
articles with the same features scored 84-89 B-cubed F1 against 94.8 for first-neighbour grouping, because
the first report of the second event of a topic joins the first event's story. The pass costs about 4 s per
1,000 articles on this machine; the merges and pages it saves are the expensive part.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from builder.core.model import Briefing
from builder.stories.grouping import RULES, Rules, StoryGroup, group_stories


@dataclass(frozen=True)
class Assignment:
    """Which articles (by id and content hash) make up each story, and the groups themselves."""

    groups: tuple[StoryGroup, ...]
    inputs: tuple[tuple[str, str], ...]  # (article id, content hash) of every article grouped, sorted

    def story_of(self) -> dict[str, str]:
        """Each article's story id."""
        return {a: g.id for g in self.groups for a in g.article_ids}


@dataclass(frozen=True)
class Changes:
    """Story ids by what happened to them since the previous assignment."""

    added: tuple[str, ...]
    changed: tuple[str, ...]  # same id, other members, other member texts, or other stories in its thread
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]


def assign(briefings: Iterable[Briefing], rules: Rules = RULES) -> Assignment:
    """Group the briefings into stories, remembering what they were made from."""
    briefings = list(briefings)
    inputs = tuple(sorted((b.article.id, b.article.content_hash) for b in briefings))
    return Assignment(group_stories(briefings, rules), inputs)


def signatures(assignment: Assignment) -> dict[str, tuple[object, ...]]:
    """What each story's page depends on from the grouping: its members, their texts, its thread's stories."""
    hashes = dict(assignment.inputs)
    threads: dict[str, list[str]] = {}
    for g in assignment.groups:
        threads.setdefault(g.thread, []).append(g.id)
    return {
        g.id: (g.article_ids, tuple(hashes[a] for a in g.article_ids), tuple(threads[g.thread]))
        for g in assignment.groups
    }


def compare(previous: Assignment | None, current: Assignment) -> Changes:
    """Which stories of the current assignment are new, changed or unchanged, and which are gone."""
    before = {} if previous is None else signatures(previous)
    after = signatures(current)
    return Changes(
        added=tuple(i for i in after if i not in before),
        changed=tuple(i for i in after if i in before and before[i] != after[i]),
        removed=tuple(i for i in before if i not in after),
        unchanged=tuple(i for i in after if before.get(i) == after[i]),
    )


def regroup(
    previous: Assignment | None, briefings: Iterable[Briefing], rules: Rules = RULES
) -> tuple[Assignment, Changes]:
    """The assignment of the current briefings (exactly a full grouping) and what changed since `previous`."""
    current = assign(briefings, rules)
    return current, compare(previous, current)
