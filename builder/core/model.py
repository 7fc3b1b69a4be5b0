"""Plain data passed between pipeline stages: frozen, typed, and free of spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorKind = Literal["person", "organisation", "country", "place"]
GiftStatus = Literal["given", "promised", "reported"]

UNKNOWN = "unknown"
UNATTRIBUTED = "unattributed"
NOT_NAMED = "not named"  # a gift's giver or recipient the article does not name ("was given a pram")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input file; errors skip the file, warnings keep it."""

    path: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.path}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Article:
    """One source article as read from disk, before any NLP."""

    id: str
    slug: str
    path: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]
    content_hash: str

    @property
    def text(self) -> str:
        """The article body; paragraphs are separated by one blank line."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article body; `index` is 1-based and is the page anchor `s<index>`."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where an extracted item comes from: article, sentence, and the character span inside the body."""

    article_id: str
    sentence: int
    start: int
    end: int
    text: str

    @property
    def anchor(self) -> str:
        return f"s{self.sentence}"


@dataclass(frozen=True)
class Actor:
    """A person, organisation, country or place, with all name variants merged."""

    id: str
    name: str
    kind: ActorKind
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    mentions: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Gift:
    """giver → item → recipient, with the item as written in the text."""

    giver: str
    item: str
    recipient: str
    status: GiftStatus
    evidence: Evidence


@dataclass(frozen=True)
class Concern:
    """Who is worried or critical (or `unattributed`), and about what."""

    holder: str
    about: str
    cue: str
    evidence: Evidence


@dataclass(frozen=True)
class Question:
    """Something the article marks as unknown, hedged or unconfirmed, put as a reader's question."""

    question: str
    cue: str
    evidence: Evidence


@dataclass(frozen=True)
class Term:
    """A named thing or noun compound in one sentence ("Vostochny Cosmodrome", "fighter jet factory")."""

    text: str
    label: str  # spaCy entity label, LAW for numbered resolutions and acts, or PHRASE for a noun compound
    evidence: Evidence


@dataclass(frozen=True)
class Briefing:
    """Everything extracted from one article; every item carries its evidence."""

    article: Article
    title: str
    sentences: tuple[Sentence, ...]
    summary: tuple[Evidence, ...]
    actors: tuple[Actor, ...]
    gifts: tuple[Gift, ...]
    concerns: tuple[Concern, ...]
    questions: tuple[Question, ...]
    extractor_version: str = field(default="")
    terms: tuple[Term, ...] = ()
    # The acts the title (first) and each of the first sentences tell (`extract.acts.text_acts`), for stories.
    lead_acts: tuple[tuple[str, ...], ...] = ()
    # Whom each of these texts' acts befell, "act\tname words" (`extract.acts.text_parties`), for stories.
    lead_parties: tuple[tuple[str, ...], ...] = ()
