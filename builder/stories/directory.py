"""Actor profiles across the whole site: aliases, roles, stories, gifts and concerns, each linked back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    """Actors worth a page: principal in some briefing, or named in two or more articles; never a one-word
    name that stands for different people in different articles (`Identity.scattered`)."""
    seen: dict[str, int] = {}
    keys = set()
    for b in briefings:
        ranked = [a for a in b.actors if a.kind in PROFILE_KINDS]
        keys |= {who.key(a.name) for a in ranked[:PRINCIPAL_RANK]}
        for key in {who.key(a.name) for a in ranked}:
            seen[key] = seen.get(key, 0) + 1
    return (keys | {k for k, n in seen.items() if n >= 2}) - who.scattered


def _mentions(text: str, names: set[str]) -> bool:
    return mentioned(f" {text.lower()} ", needles(names))


def needles(names: set[str]) -> tuple[str, ...]:
    """What `_mentions` looks for in lower-cased text: each name longer than two letters, after a space."""
    return tuple(f" {n.lower()}" for n in names if len(n) > 2)


def mentioned(lowered: str, looked_for: tuple[str, ...]) -> bool:
    """`_mentions` of text lower-cased and padded with a space on either side."""
    # A loop, not `any` over a generator: asked some 100,000 times at 5,000 articles, and 15% cheaper so.
    for n in looked_for:  # noqa: SIM110
        if n in lowered:
            return True
    return False


@dataclass(frozen=True)
class Items:
    """One briefing's gifts and concerns with what a profile asks of each, worked out once per briefing (an
    article names several actors, and each of their profiles asks the same): the article's reference, each
    gift with its giver's and recipient's keys, each concern with its holders' keys and its lower-cased topic
    padded with spaces (for `mentioned`)."""

    ref: ArticleRef
    gifts: tuple[tuple[Gift, str, str], ...]
    concerns: tuple[tuple[Concern, frozenset[str], str], ...]

    @classmethod
    def of(cls, b: Briefing, who: Identity) -> Items:
        return cls(
            ref(b),
            tuple((g, who.key(g.giver), who.key(g.recipient)) for g in b.gifts),
            tuple(
                (c, frozenset(who.key(h) for h in c.holder.split("; ")), f" {c.about.lower()} ")
                for c in b.concerns
            ),
        )


def build_directory(
    briefings: Sequence[Briefing], stories: Sequence[Story], who: Identity | None = None
) -> tuple[Profile, ...]:
    """One profile per principal actor, sorted by name (`who`: the identity of the briefings, if known)."""
    who = who or Identity(briefings)
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
                key,
                {
                    "kind": who.kinds.get(key, actor.kind),
                    "aliases": set(),
                    "roles": [],
                    "mentions": 0,
                    "arts": [],
                },
            )
            entry["aliases"] |= {actor.name, *actor.aliases}
            entry["roles"] += [r for r in actor.roles if r not in entry["roles"]]
            entry["mentions"] += actor.mentions
            entry["arts"].append(b)
    items: dict[int, Items] = {}  # id(briefing) → its items, for the briefings some profile lists

    def items_of(b: Briefing) -> Items:
        found = items.get(id(b))
        if found is None:
            found = items[id(b)] = Items.of(b, who)
        return found

    profiles = (_profile(who, k, e, story_of, thread_of, items_of) for k, e in acc.items())
    return tuple(sorted(profiles, key=lambda p: p.name.lower()))


def _profile(
    who: Identity,
    key: str,
    entry: dict,
    story_of: dict[str, tuple[str, str]],
    thread_of: dict[str, ThreadPlace],
    items_of: Callable[[Briefing], Items],
) -> Profile:
    name = who.name(key)  # not an alias's: "Abadi" may resolve to a separate, shorter actor
    arts: list[Briefing] = sorted(
        entry["arts"], key=lambda b: (b.article.date or "", b.article.id), reverse=True
    )
    names = set(entry["aliases"])
    looked_for = needles(names)
    found = [items_of(b) for b in arts]
    given = [(g, i.ref) for i in found for g, giver, _ in i.gifts if giver == key]
    received = [(g, i.ref) for i in found for g, _, recipient in i.gifts if recipient == key]
    raised = [(c, i.ref) for i in found for c, holders, _ in i.concerns if key in holders]
    about = [(c, i.ref) for i in found for c, _, topic in i.concerns if mentioned(topic, looked_for)]
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
        articles=tuple(i.ref for i in found),
        stories=stories,
        gifts_given=tuple(given),
        gifts_received=tuple(received),
        concerns_raised=tuple(raised),
        concerns_about=tuple(about),
        threads=tuple(threads.values()),
    )
