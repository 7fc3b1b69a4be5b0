"""Story briefings: the articles of one story merged fact by fact, each fact with its sources."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from builder.core.model import UNATTRIBUTED, Briefing, Evidence
from builder.core.slug import slugify
from builder.stories.compare import (
    Conflict,
    Exclusive,
    TimelineEvent,
    find_conflicts,
    find_exclusives,
    singular,
    timeline,
)
from builder.stories.dates import placed_date
from builder.stories.identity import Identity, distinct_roles
from builder.stories.outlets import outlet_of, source_groups
from builder.stories.threads import Thread, ThreadEntry, ThreadPlace, places_in, thread_id

ITEM_CUT = {"of", "from", "that", "which", "who", "with", "made", "manufactured", "produced", "built", "for",
            "to", "in", "by", "worth", "bearing", "containing", "said", "once"}  # fmt: skip
STEM_STOP = {"the", "a", "an", "of", "to", "and", "in", "on", "for", "with", "that", "this", "such", "any",
             "was", "were", "is", "are", "be", "will", "would", "what", "or", "it", "its", "by"}  # fmt: skip


@dataclass(frozen=True)
class Citation:
    """A sentence of one article, as a link target on that article's briefing page."""

    article_id: str
    slug: str
    sentence: int
    text: str


@dataclass(frozen=True)
class Variant:
    """One way the sources word the same thing, and where."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class StoryGift:
    giver: str
    recipient: str
    status: str
    variants: tuple[Variant, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class StoryClaim:
    """A concern or open question merged across sources; `answer` is another source's statement."""

    holder: str
    text: str
    citations: tuple[Citation, ...]
    sources: tuple[str, ...]
    answer: Citation | None = None
    # Whom each citing article names as the claim's holder, when the articles differ (one names the White
    # House, another states it in its own voice): the page then says whose claim each source reports instead
    # of lending one source's holder to all. Empty when every source gives the same holder.
    attributions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class StoryActor:
    name: str
    kind: str
    roles: tuple[str, ...]
    mentions: int
    sources: tuple[str, ...]


@dataclass(frozen=True)
class StorySource:
    """One article of a story; articles with the same `source_key` come from one outlet."""

    article_id: str
    slug: str
    title: str
    date: str | None
    publisher: str | None
    exclusives: tuple[Exclusive, ...]
    outlet: str | None = None  # the outlet's name as shown, None when nothing says who published it
    source_key: str = ""  # equal for articles of one outlet; an article of unknown outlet has its own


@dataclass(frozen=True)
class Story:
    """One event as told by one or more articles."""

    id: str
    slug: str
    title: str
    date: str | None
    summary: tuple[Citation, ...]
    actors: tuple[StoryActor, ...]
    gifts: tuple[StoryGift, ...]
    concerns: tuple[StoryClaim, ...]
    questions: tuple[StoryClaim, ...]
    sources: tuple[StorySource, ...]
    conflicts: tuple[Conflict, ...]
    timeline: tuple[TimelineEvent, ...]
    thread: ThreadPlace | None = None  # its place in its thread (of two or more stories), or None

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(s.article_id for s in self.sources)

    def independent_sources(self, article_ids: Iterable[str] | None = None) -> int:
        """How many independent sources carry the given articles (all by default): one per outlet."""
        wanted = set(self.article_ids if article_ids is None else article_ids)
        return len({s.source_key or s.article_id for s in self.sources if s.article_id in wanted})

    def with_thread(self, place: ThreadPlace | None) -> Story:
        """The story in this place of its thread (one read lazily from the cache keeps its body packed)."""
        return dataclasses.replace(self, thread=place)


def cite(briefing: Briefing, evidence: Evidence) -> Citation:
    return Citation(briefing.article.id, briefing.article.slug, evidence.sentence, evidence.text)


def story_sources(members: Sequence[Briefing], who: Identity) -> tuple[StorySource, ...]:
    """The story's articles with what only each mentions and which outlet published it."""
    exclusives = find_exclusives(members, who)
    key_of = {
        aid: f"source-{n}" for n, ids in enumerate(source_groups(b.article for b in members)) for aid in ids
    }
    sources = []
    for b in members:
        outlet = outlet_of(b.article)
        a = b.article
        sources.append(
            StorySource(
                a.id,
                a.slug,
                b.title,
                a.date,
                a.source,
                exclusives[a.id],
                outlet.name if outlet else None,
                key_of[a.id],
            )
        )
    return tuple(sources)


def stems(text: str) -> set[str]:
    """Crude stems (first five letters) of a text's content words, for fuzzy matching of claims."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {w[:5] for w in words if w not in STEM_STOP and len(w) > 2}


def similar(a: str, b: str, threshold: float = 0.5) -> bool:
    sa, sb = stems(a), stems(b)
    return bool(sa and sb) and len(sa & sb) / len(sa | sb) >= threshold


def item_head(item: str) -> str:
    """The head noun of a gift's description ("a glove from a space suit" → "glove")."""
    words: list[str] = []
    for word in re.findall(r"[\w'’-]+", item.lower()):
        trailing_participle = word.endswith(("ed", "ing")) and len(words) >= 2
        if words and (word in ITEM_CUT or trailing_participle):
            break
        words.append(word)
    return singular(words[-1] if words else item.lower())


def merge_gifts(briefings: Sequence[Briefing], who: Identity) -> tuple[StoryGift, ...]:
    """One row per (giver, recipient, item head); differing descriptions kept side by side."""
    rows: dict[tuple[str, str, str], dict[str, list[Citation]]] = {}
    status: dict[tuple[str, str, str], set[str]] = {}
    for b in briefings:
        for g in b.gifts:
            key = (who.name(g.giver), who.name(g.recipient), item_head(g.item))
            rows.setdefault(key, {}).setdefault(g.item, []).append(cite(b, g.evidence))
            status.setdefault(key, set()).add(g.status)
    by_id = {b.article.id: b for b in briefings}
    gifts = []
    for key, variants in rows.items():
        cites = [c for cs in variants.values() for c in cs]
        state = "given" if "given" in status[key] else min(status[key])
        merged = tuple(Variant(text, tuple(cs)) for text, cs in variants.items())
        gifts.append(StoryGift(key[0], key[1], state, merged, _sources(cites, by_id)))
    return tuple(gifts)


def _sources(citations: Iterable[Citation], by_id: dict[str, Briefing]) -> tuple[str, ...]:
    return tuple(sorted({c.article_id for c in citations}, key=lambda a: _order_key(by_id[a])))


def _order_key(b: Briefing) -> tuple[str, str]:
    return (b.article.date or "9999", b.article.id)


def merge_claims(items: list[tuple[Briefing, str, str, Evidence]], who: Identity) -> list[StoryClaim]:
    """Merge (holder, text) claims whose texts say the same thing, keeping every citation and whom each
    article names as the holder."""
    by_id = {b.article.id: b for b, *_ in items}
    # per group: its text, its citations, and the (article id, holder) pairs in the order first seen
    groups: list[tuple[str, list[Citation], list[tuple[str, str]]]] = []
    for b, holder, text, evidence in items:
        match = next((g for g in groups if similar(g[0], text)), None)
        if match is None:
            match = (text, [], [])
            groups.append(match)
        if (given := (b.article.id, who.name(holder))) not in match[2]:
            match[2].append(given)
        if (citation := cite(b, evidence)) not in match[1]:  # one sentence can hold a concern for two holders
            match[1].append(citation)
    return [
        StoryClaim(
            "; ".join(_named(list(dict.fromkeys(name for _, name in given)))),
            t,
            tuple(cs),
            _sources(cs, by_id),
            attributions=_attributions(given),
        )
        for t, cs, given in groups
    ]


def _attributions(given: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(article id, holder as that article gives it) when the articles do not all give the same holder."""
    per_article: dict[str, list[str]] = {}
    for article_id, name in given:
        per_article.setdefault(article_id, []).append(name)
    told = {aid: "; ".join(_named(names)) or UNATTRIBUTED for aid, names in per_article.items()}
    return tuple(told.items()) if len(set(told.values())) > 1 else ()


def _named(holders: list[str]) -> list[str]:
    """Who holds a merged claim: "unattributed" only when no source names anyone."""
    named = [h for h in holders if h and h != UNATTRIBUTED]
    return named or holders


# A sentence that is itself uncertain, a forecast or an intention answers nothing ("it expects to sign the
# deal by June", "he will likely die in prison", "plans to rejoin the team"): words that mark one, as whole
# words (the hedge detector's adverbs, attributes and nouns, modal verbs, verbs of intention and belief).
# A plain "will" stays: "the state will pay for it, the governor said" settles "Will the state pay?"; "May"
# with a capital is the month.
@functools.cache
def unsettled() -> re.Pattern[str]:
    """The words that mark a sentence as unsettled (compiled once; the hedge tables are read on first use, so
    merely importing the stories stage never loads spaCy, which the hedge detector needs)."""
    from builder.extract.hedges import ADVERBS, ATTRIBUTES, NOUNS

    return re.compile(
        r"\b(?:"
        + "|".join(sorted(set(ADVERBS) | set(ATTRIBUTES) | set(NOUNS)))
        + r"|(?-i:may)|might|could|would|should|expects?|expected|plans?|planned|intends?|intended"
        r"|intention|hopes?|hoped|vows?|vowed|promised?|promises|aims?|aimed|seeks?|trying|tries|wants?|whether"
        r"|aiming|hoping|planning|expecting|intending|seeking|wanting|doubts?|doubted|doubting"
        r"|if|think|thinks|believe|believes|suspects?|suggests?|set to|due to)\b",
        re.IGNORECASE,
    )


WH_WORDS = re.compile(r"(?:what|who|whom|whose|which|why|how|when|where)\b", re.IGNORECASE)


def content_stems(question: str) -> set[str]:
    """The stems of a question's words that are not names (capitalised past its first word)."""
    words = re.findall(r"[\w'’-]+", question)
    names = {w.lower() for w in words[1:] if w[:1].isupper()}
    return stems(" ".join(w for w in words if w.lower() not in names))


def answer_for(claim: StoryClaim, briefings: Sequence[Briefing]) -> Citation | None:
    """A plain statement in another source that covers most of what the question asks.

    Most of the question's words and most of its words other than names must be there (a story's sentences all
    share its names: "Will Russia cooperate with North Korea?" is not answered by a sentence that only names
    both), and the statement must be settled, not a forecast, an intention or a hedge of its own. A question
    for a missing piece ("What caused the fire?") is never answered by shared words: they cannot show it.
    """
    wanted, content = stems(claim.text), content_stems(claim.text)
    if not wanted or not content or WH_WORDS.match(claim.text):
        return None
    for b in briefings:
        if b.article.id in claim.sources:
            continue
        hedged = {q.evidence.sentence for q in b.questions}
        for s in b.sentences:
            if s.index in hedged or unsettled().search(s.text):
                continue
            found = stems(s.text)
            if len(wanted & found) / len(wanted) >= 0.7 and len(content & found) / len(content) >= 0.7:
                return Citation(b.article.id, b.article.slug, s.index, s.text)
    return None


def merge_actors(briefings: Sequence[Briefing], who: Identity) -> tuple[StoryActor, ...]:
    totals: dict[str, list] = {}
    for b in briefings:
        for a in b.actors:
            entry = totals.setdefault(who.of(a), [a.kind, [], 0, []])
            entry[1].extend(r for r in a.roles if r not in entry[1])
            entry[2] += a.mentions
            entry[3].append(b.article.id)
    actors = [
        StoryActor(n, k, distinct_roles(r), m, tuple(dict.fromkeys(s))) for n, (k, r, m, s) in totals.items()
    ]
    return tuple(sorted(actors, key=lambda a: (-len(a.sources), -a.mentions, a.name)))


def lead_article(briefings: Sequence[Briefing], who: Identity) -> Briefing:
    """The article sharing the most actors with the others; ties go to the earliest."""
    keys = {b.article.id: {who.key(a.name) for a in b.actors} for b in briefings}

    def shared(b: Briefing) -> int:
        return sum(len(keys[b.article.id] & keys[o.article.id]) for o in briefings if o is not b)

    return min(briefings, key=lambda b: (-shared(b), _order_key(b)))


def short_slug(title: str, limit: int = 60) -> str:
    """A slug of the title cut at a word boundary."""
    slug = slugify(title)
    return slug if len(slug) <= limit else slug[:limit].rsplit("-", 1)[0]


def build_story(story_id: str, members: Sequence[Briefing]) -> Story:
    """Merge the briefings of one story into a story briefing."""
    members = sorted(members, key=_order_key)
    who = Identity(members)
    lead = lead_article(members, who)
    concerns = merge_claims([(b, c.holder, c.about, c.evidence) for b in members for c in b.concerns], who)
    questions = merge_claims([(b, "", q.question, q.evidence) for b in members for q in b.questions], who)
    questions = [dataclasses.replace(q, answer=answer_for(q, members)) for q in questions]
    sources = story_sources(members, who)
    dates = [d for b in members if (d := placed_date(b))]
    return Story(
        id=story_id,
        slug=f"{short_slug(members[0].title)}-{slugify(story_id)[-6:]}",
        title=lead.title,
        date=max(dates) if dates else None,
        summary=tuple(cite(lead, e) for e in lead.summary),
        actors=merge_actors(members, who),
        gifts=merge_gifts(members, who),
        concerns=tuple(concerns),
        questions=tuple(questions),
        sources=sources,
        conflicts=find_conflicts(members, who),
        timeline=timeline(members),
    )


def thread_entry(story: Story) -> ThreadEntry:
    """How a story is listed in its thread."""
    first = story.sources[0].slug
    return ThreadEntry(story.id, story.title, story.date, story.slug, first, len(story.sources))


def make_thread(key: str, stories: Sequence[Story]) -> Thread:
    """The thread of some stories, named after the story that started it (else its earliest story)."""
    entries = tuple(sorted(map(thread_entry, stories), key=lambda e: e.order))
    start = next((s for s in stories if thread_id(s.id) == key), None)
    if start is None:
        start = next(s for s in stories if s.id == entries[0].story_id)
    return Thread(start.slug, start.title, entries)


def with_threads(stories: Sequence[Story], thread_of: dict[str, str]) -> list[Story]:
    """The stories with their place in their thread (story id → thread id), where it has two or more."""
    members: dict[str, list[Story]] = {}
    for story in stories:
        members.setdefault(thread_of.get(story.id, story.id), []).append(story)
    places: dict[str, ThreadPlace] = {}
    for key, found in members.items():
        if len(found) > 1:
            thread = make_thread(key, found)
            places |= places_in(thread)
    return [s.with_thread(places.get(s.id)) for s in stories]


def threads_of(stories: Iterable[Story]) -> list[Thread]:
    """Every thread of the stories (their places name it), by slug: what the thread pages list."""
    members: dict[str, list[Story]] = {}
    for story in stories:
        if story.thread:
            members.setdefault(story.thread.slug, []).append(story)
    return [
        Thread(slug, found[0].thread.title, tuple(sorted(map(thread_entry, found), key=lambda e: e.order)))
        for slug, found in sorted(members.items())
    ]
