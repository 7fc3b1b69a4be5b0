"""Actor profiles across the whole site: aliases, roles, stories, gifts and concerns, each linked back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from builder.core.model import Briefing, Concern, Gift
from builder.core.slug import slugify
from builder.stories.identity import Identity, distinct_roles
from builder.stories.merge import Story
from builder.stories.threads import ThreadPlace

PRINCIPAL_RANK = 3  # an actor among the top three of any briefing gets a page
PROFILE_KINDS = ("person", "organisation", "country")


@dataclass(frozen=True)
class ArticleRef:
    article_id: str
    slug: str
    title: str
    date: str | None


@dataclass(frozen=True)
class ThreadRef:
    """A thread as an actor's page lists it, dated by the actor's latest article in it.

    Neither the date nor the order moves when stories that do not name the actor join the thread.
    """

    slug: str
    title: str
    date: str | None


@dataclass(frozen=True)
class Profile:
    """Everything the site knows about one actor."""

    slug: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: int
    articles: tuple[ArticleRef, ...]
    stories: tuple[tuple[str, str], ...]  # (story slug, story title)
    gifts_given: tuple[tuple[Gift, ArticleRef], ...]
    gifts_received: tuple[tuple[Gift, ArticleRef], ...]
    concerns_raised: tuple[tuple[Concern, ArticleRef], ...]
    concerns_about: tuple[tuple[Concern, ArticleRef], ...]
    threads: tuple[ThreadRef, ...] = ()  # threads with a story naming the actor, latest first


def ref(b: Briefing) -> ArticleRef:
    return ArticleRef(b.article.id, b.article.slug, b.title, b.article.date)


def principal_keys(briefings: Sequence[Briefing], who: Identity) -> set[str]:
    """Actors worth a page: principal in some briefing, or named in two or more articles."""
    seen: dict[str, int] = {}
    keys = set()
    for b in briefings:
        ranked = [a for a in b.actors if a.kind in PROFILE_KINDS]
        keys |= {who.key(a.name) for a in ranked[:PRINCIPAL_RANK]}
        for key in {who.key(a.name) for a in ranked}:
            seen[key] = seen.get(key, 0) + 1
    return keys | {k for k, n in seen.items() if n >= 2}


def _mentions(text: str, names: set[str]) -> bool:
    lowered = f" {text.lower()} "
    return any(f" {n.lower()}" in lowered for n in names if len(n) > 2)


def build_directory(briefings: Sequence[Briefing], stories: Sequence[Story]) -> tuple[Profile, ...]:
    """One profile per principal actor, sorted by name."""
    who = Identity(briefings)
    keep = principal_keys(briefings, who)
    story_of = {aid: (s.slug, s.title) for s in stories if len(s.sources) > 1 for aid in s.article_ids}
    thread_of = {aid: s.thread for s in stories if s.thread for aid in s.article_ids}
    acc: dict[str, dict] = {}
    for b in briefings:
        for actor in b.actors:
            key = who.key(actor.name)
            if key not in keep:
                continue
            entry = acc.setdefault(
                key, {"kind": actor.kind, "aliases": set(), "roles": [], "mentions": 0, "arts": []}
            )
            entry["aliases"] |= {actor.name, *actor.aliases}
            entry["roles"] += [r for r in actor.roles if r not in entry["roles"]]
            entry["mentions"] += actor.mentions
            entry["arts"].append(b)
    profiles = (_profile(who, k, e, story_of, thread_of) for k, e in acc.items())
    return tuple(sorted(profiles, key=lambda p: p.name.lower()))


def _profile(
    who: Identity,
    key: str,
    entry: dict,
    story_of: dict[str, tuple[str, str]],
    thread_of: dict[str, ThreadPlace],
) -> Profile:
    name = who.name(key)  # not an alias's: "Abadi" may resolve to a separate, shorter actor
    arts: list[Briefing] = sorted(
        entry["arts"], key=lambda b: (b.article.date or "", b.article.id), reverse=True
    )
    names = set(entry["aliases"])
    given = [(g, ref(b)) for b in arts for g in b.gifts if who.key(g.giver) == key]
    received = [(g, ref(b)) for b in arts for g in b.gifts if who.key(g.recipient) == key]
    raised = [
        (c, ref(b)) for b in arts for c in b.concerns if key in {who.key(h) for h in c.holder.split("; ")}
    ]
    about = [(c, ref(b)) for b in arts for c in b.concerns if _mentions(c.about, names)]
    stories = tuple(dict.fromkeys(story_of[b.article.id] for b in arts if b.article.id in story_of))
    threads: dict[str, ThreadRef] = {}
    for b in arts:  # newest first: a thread is dated by the actor's latest article in it
        if (place := thread_of.get(b.article.id)) and place.slug not in threads:
            threads[place.slug] = ThreadRef(place.slug, place.title, b.article.date)
    return Profile(
        slug=slugify(name, fallback="actor"),
        name=name,
        kind=entry["kind"],
        aliases=tuple(sorted(a for a in names if a != name)),
        roles=distinct_roles(entry["roles"]),
        mentions=entry["mentions"],
        articles=tuple(ref(b) for b in arts),
        stories=stories,
        gifts_given=tuple(given),
        gifts_received=tuple(received),
        concerns_raised=tuple(raised),
        concerns_about=tuple(about),
        threads=tuple(threads.values()),
    )
