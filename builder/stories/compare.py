"""Comparing the sources of a story: what only one reports, where they conflict, when things happened."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from builder.core.model import Briefing, Evidence, Term
from builder.stories.dates import resolve
from builder.stories.identity import Identity

EXCLUSIVE_LABELS = ("NAME", "LAW", "FAC", "EVENT", "GPE", "LOC", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART",
                    "MONEY", "QUANTITY", "PHRASE")  # fmt: skip
VALUE_LABELS = ("DATE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "GPE")
MAX_EXCLUSIVES = 10
WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Exclusive:
    """Something only one source of a story mentions."""

    text: str
    label: str
    evidence: Evidence


@dataclass(frozen=True)
class Conflict:
    """Sources telling the same thing with different values (a date, a number, a place)."""

    label: str
    sides: tuple[tuple[str, Evidence], ...]  # (value as written, where)


@dataclass(frozen=True)
class TimelineEvent:
    """A dated event of the story, or an article's publication."""

    when: str
    approximate: bool
    text: str
    evidence: Evidence | None
    article_id: str


def normal(text: str) -> str:
    """Lower-case words with a rough singular, so "resolutions" and "resolution" compare equal."""
    return " ".join(singular(w) for w in WORD.findall(text.lower()))


def singular(word: str) -> str:
    """A rough singular for matching ("rifles" → "rifle", "boxes" → "box"; "atlas" stays)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "os")) and len(word) > 3:
        return word[:-1]
    return word


def _mentioned_elsewhere(term: Term, other_texts: list[str], other_actors: set[str], who: Identity) -> bool:
    if who.key(term.text) in other_actors:
        return True
    needle = normal(term.text)
    return any(f" {needle} " in f" {t} " for t in other_texts)


def find_exclusives(members: Sequence[Briefing], who: Identity) -> dict[str, tuple[Exclusive, ...]]:
    """Per article: the named things and noun phrases no other source of the story mentions."""
    texts = {b.article.id: normal(b.article.text) for b in members}
    actors = {b.article.id: {who.key(a.name) for a in b.actors} for b in members}
    result: dict[str, tuple[Exclusive, ...]] = {}
    for b in members:
        others = [t for aid, t in texts.items() if aid != b.article.id]
        other_actors = set().union(*(a for aid, a in actors.items() if aid != b.article.id))
        seen: dict[str, Exclusive] = {}
        candidates = [t for t in b.terms if t.label in EXCLUSIVE_LABELS and len(t.text) > 2] if others else []
        for term in sorted(candidates, key=lambda t: (EXCLUSIVE_LABELS.index(t.label), t.evidence.sentence)):
            if normal(term.text) not in seen and not _mentioned_elsewhere(term, others, other_actors, who):
                seen[normal(term.text)] = Exclusive(term.text, term.label, term.evidence)
        kept = [e for key, e in seen.items() if not any(key != k and f" {key} " in f" {k} " for k in seen)]
        result[b.article.id] = tuple(kept[:MAX_EXCLUSIVES])
    return result


def _sentence_actors(b: Briefing, who: Identity) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for actor in b.actors:
        for e in actor.evidence:
            found.setdefault(e.sentence, set()).add(who.key(actor.name))
    return found


def _values(b: Briefing) -> dict[tuple[int, str], set[str]]:
    values: dict[tuple[int, str], set[str]] = {}
    for term in b.terms:
        if term.label in VALUE_LABELS:
            values.setdefault((term.evidence.sentence, term.label), set()).add(normal(term.text))
    return values


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if len(w) > 3}


def find_conflicts(members: Sequence[Briefing], who: Identity) -> tuple[Conflict, ...]:
    """Sentence pairs from different sources about the same actors and action, with disjoint values."""
    conflicts = []
    facts = [(b, _sentence_actors(b, who), _values(b)) for b in members]
    for i, (a, a_actors, a_values) in enumerate(facts):
        for b, b_actors, b_values in facts[i + 1 :]:
            for (sa, label), va in sorted(a_values.items()):
                for (sb, label_b), vb in sorted(b_values.items()):
                    if (
                        label != label_b
                        or va & vb
                        or len(a_actors.get(sa, set()) & b_actors.get(sb, set())) < 2
                    ):
                        continue
                    ta, tb = a.sentences[sa - 1].text, b.sentences[sb - 1].text
                    if len(_words(ta) & _words(tb)) / max(1, min(len(_words(ta)), len(_words(tb)))) < 0.35:
                        continue
                    ea = _sentence_evidence(a, sa)
                    eb = _sentence_evidence(b, sb)
                    conflicts.append(
                        Conflict(label, ((", ".join(sorted(va)), ea), (", ".join(sorted(vb)), eb)))
                    )
    return tuple(conflicts)


def _sentence_evidence(b: Briefing, index: int) -> Evidence:
    s = b.sentences[index - 1]
    return Evidence(b.article.id, s.index, s.start, s.end, s.text)


def timeline(members: Sequence[Briefing]) -> tuple[TimelineEvent, ...]:
    """Dated events from the text (resolved against each article's date) and each article's publication."""
    events: dict[tuple[str, str], TimelineEvent] = {}
    for b in members:
        if b.article.date:
            key = (b.article.date, f"published: {b.article.id}")
            events[key] = TimelineEvent(b.article.date, False, f"Published: {b.title}", None, b.article.id)
        for term in b.terms:
            if term.label != "DATE" or not (when := resolve(term.text, b.article.date)):
                continue
            event = TimelineEvent(when.iso, when.approximate, term.evidence.text, term.evidence, b.article.id)
            events.setdefault((when.iso, normal(event.text)), event)
    return tuple(
        sorted(events.values(), key=lambda e: (e.when, e.evidence is not None, e.article_id, e.text))
    )
