"""Pages remembered by their inputs: a page whose object and cross-page links are unchanged is not rendered again.

A briefing, story or actor page is a pure function of its own object (the briefing, the merged story with its
thread and change list, the profile) and of the cross-page links its view looks up (an actor's page, an
article's story). The memo keys a page by a digest of its path, template and object, and records every link
lookup the view made with its answer. In a later build the page is reused when the digest is the same and
every recorded lookup still gives the same answer, so the page is the one a full render would give; the
content itself is not stored here: it stays in docs/, where the caller (`stored`) checks that the file still
has the digest of what was rendered, and the writer leaves it as it is.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from typing import Any

from builder.core.model import Briefing
from builder.site.base import Page, render
from builder.site.writer import digest  # the manifest's digest of a page: one definition
from builder.site.views.story_view import Links

Lookup = list[Any]  # ["actor", name, prefix, answer], ["story", article id, answer] or ["tag", tag, slug or None]


def canonical(value: object) -> str:
    """The inputs' text form: dataclasses of text, numbers and tuples print the same in every process.

    A briefing is named by its article (every field but the text, whose hash is there): the extractor's code
    is part of the renderer fingerprint the whole memo is kept under, so the same article gives the same
    briefing. Should an object ever hold a set, its order may differ between processes: that only makes the
    page miss (it is rendered again), never reuses a page made from other inputs.
    """
    if isinstance(value, Briefing):
        a = value.article
        return repr(("briefing", a.id, a.slug, a.path, a.title, a.date, a.source, a.url, a.tags, a.content_hash))
    return repr(value)


def _plain(answer: object) -> object:
    """An answer as it reads back from JSON (tuples become lists)."""
    return list(answer) if isinstance(answer, tuple) else answer


class StoryOf:
    """`Links.story_of` for a view: every article looked up is recorded with its story."""

    def __init__(self, lookups: Lookups) -> None:
        self.lookups = lookups

    def get(self, article_id: str, default: object = None) -> object:
        answer = self.lookups.links.story_of.get(article_id, default)
        self.lookups.seen.append(["story", article_id, _plain(answer)])
        return answer


class TagSlugs:
    """`Links.tag_slugs` for a view: every tag looked up is recorded with its page's slug (or None: no page)."""

    def __init__(self, lookups: Lookups) -> None:
        self.lookups = lookups

    def _answer(self, tag: str) -> str | None:
        answer = self.lookups.links.tag_slugs.get(tag)
        self.lookups.seen.append(["tag", tag, answer])
        return answer

    def __contains__(self, tag: str) -> bool:
        return self._answer(tag) is not None

    def __getitem__(self, tag: str) -> str:
        answer = self._answer(tag)
        if answer is None:
            raise KeyError(tag)
        return answer

    def get(self, tag: str, default: object = None) -> object:
        answer = self._answer(tag)
        return default if answer is None else answer


class Lookups:
    """The links as one view sees them: the same answers, each lookup recorded."""

    def __init__(self, links: Links) -> None:
        self.links = links
        self.seen: list[Lookup] = []
        self.story_of = StoryOf(self)
        self.tag_slugs = TagSlugs(self)

    def actor(self, name: str, prefix: str) -> str:
        answer = self.links.actor(name, prefix)
        self.seen.append(["actor", name, prefix, answer])
        return answer


ARITY = {"actor": 4, "tag": 3, "story": 3}  # a lookup's length: its kind, what was asked, the answer


def current_answer(links: Links, question: tuple) -> object:
    """Today's answer to a recorded lookup's question (the lookup less its answer), as it reads back."""
    if question[0] == "actor":
        return links.actor(question[1], question[2])
    if question[0] == "tag":
        return links.tag_slugs.get(question[1])
    return _plain(links.story_of.get(question[1]))


class Asked:
    """The questions the remembered pages asked, each once, with its answer when they were saved: a page
    remembered from disk names its lookups by their places here (`"asks"`, numbers) instead of listing them.

    At 5,000 articles the 10,700 pages made 165,000 lookups of 10,300 questions: reading them as numbers and
    telling each question's answer once (`stale`) makes checking every remembered page a few list lookups
    a page, where reading and checking the lookups one by one cost 0.2-0.4 s a build.
    """

    def __init__(self, questions: list[list] | None = None, answers: list | None = None) -> None:
        self.questions = questions or []
        self.answers = answers or []
        self.stale_for: Links | None = None
        self._stale: list[bool] = []

    def stale(self, links: Links) -> list[bool]:
        """Per question, whether its answer changed (a malformed question always has)."""
        if links is not self.stale_for:
            self._stale = [_changed(links, q, a) for q, a in zip(self.questions, self.answers, strict=True)]
            self.stale_for = links
        return self._stale

    def valid(self, asks: object, links: Links) -> bool:
        """A remembered page's questions (their places) all have the answers they had."""
        if type(asks) is not list:
            return False
        if not asks:
            return True
        stale = self.stale(links)
        try:
            if min(asks) < 0 or max(asks) >= len(stale):
                return False
            return not any(map(stale.__getitem__, asks))
        except TypeError:  # not numbers
            return False

    def compact(self, used: dict[str, dict[str, Any]]) -> tuple[list[list], list, dict[str, dict[str, Any]]]:
        """This build's pages with their lookups as places in a new table of questions and answers: pages
        reused from the table keep their questions (whose answers are unchanged, or the page would not have
        been reused); pages rendered now bring theirs, with today's answers."""
        questions: list[list] = []
        answers: list = []
        place: dict[tuple, int] = {}
        moved = [-1] * len(self.questions)

        def number(question: list, answer: object) -> int:
            key = tuple(question)
            n = place.get(key)
            if n is None:
                n = place[key] = len(questions)
                questions.append(question)
                answers.append(answer)
            return n

        pages: dict[str, dict[str, Any]] = {}
        for key, entry in used.items():
            if "asks" in entry:
                asks = []
                for old in entry["asks"]:
                    new = moved[old]
                    if new < 0:
                        new = moved[old] = number(self.questions[old], self.answers[old])
                    asks.append(new)
            else:
                asks = [number(lookup[:-1], lookup[-1]) for lookup in entry["links"]]
            pages[key] = {"asks": asks, "digest": entry["digest"]}
        return questions, answers, pages


def _changed(links: Links, question: object, answer: object) -> bool:
    try:
        if type(question) is not list or len(question) != ARITY[question[0]] - 1:
            return True
        return current_answer(links, tuple(question)) != answer
    except (KeyError, IndexError, TypeError):
        return True


def still_valid(entry: object, links: Links, answers: dict[tuple, object], asked: Asked | None = None) -> bool:
    """A remembered page whose every lookup gives the same answer today (a malformed entry never is).

    `answers` keeps today's answer to each question asked: pages ask the same ones over and over (at 5,000
    articles, 165,000 lookups of the reused pages)."""
    try:
        if not isinstance(entry["digest"], str):
            return False
        if "asks" in entry:
            return asked is not None and asked.valid(entry["asks"], links)
        for lookup in entry["links"]:
            if len(lookup) != ARITY[lookup[0]]:
                return False
            question = tuple(lookup[:-1])
            answer = answers.get(question, answers)  # `answers` itself: not asked yet
            if answer is answers:
                answer = answers[question] = current_answer(links, question)
            if answer != lookup[-1]:
                return False
        return True
    except (KeyError, IndexError, TypeError):
        return False


@dataclasses.dataclass
class PageMemo:
    """Last build's pages by input digest (`entries`), this build's (`used`), and how to read a page back."""

    entries: dict[str, dict[str, Any]] | None  # None: remember nothing, render every page
    stored: Callable[[str, str], bool]  # (path, content digest) → docs/ still holds that page
    used: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    reused: int = 0
    answers: dict[tuple, object] = dataclasses.field(default_factory=dict)  # `still_valid`'s, for `answered`
    answered: Links | None = None  # the links `answers` were given by
    asked: Asked | None = None  # the questions of the entries remembered from disk (`"asks"`)

    @classmethod
    def off(cls) -> PageMemo:
        """A memo that remembers nothing: every page is rendered."""
        return cls(None, lambda path, digest: False)

    def page(self, path: str, template: str, inputs: object, view: Callable[[Any], dict], links: Links) -> Page:
        """The page at `path`: `template` filled with `view(links)`, reused when its inputs are unchanged."""
        if self.entries is None:
            return Page(path, render(template, view(links)))
        key = hashlib.sha256(f"{path}\0{template}\0{canonical(inputs)}".encode()).hexdigest()
        entry = self.entries.get(key)
        if links is not self.answered:
            self.answers, self.answered = {}, links
        valid = entry is not None and still_valid(entry, links, self.answers, self.asked)
        if valid and self.stored(path, entry["digest"]):
            self.used[key] = entry
            self.reused += 1
            return Page(path, None, on_disk=entry["digest"])
        lookups = Lookups(links)
        content = render(template, view(lookups))
        self.used[key] = {"links": lookups.seen, "digest": digest(content)}
        return Page(path, content)

    def made(self, path: str, inputs: object, make: Callable[[], Page]) -> Page:
        """The page `make()` gives at `path`, reused when made from the same `inputs` (which must hold everything
        it is made from: the section indexes name their rows' values, `site.listings.listing_pages`)."""
        if self.entries is None:
            return make()
        key = hashlib.sha256(f"{path}\0made\0{canonical(inputs)}".encode()).hexdigest()
        entry = self.entries.get(key)
        if (
            isinstance(entry, dict)
            and (entry.get("links") == [] or entry.get("asks") == [])
            and isinstance(entry.get("digest"), str)
            and self.stored(path, entry["digest"])
        ):
            self.used[key] = entry
            self.reused += 1
            return Page(path, None, on_disk=entry["digest"])
        made = make()
        if made.content is None or made.path != path:  # nothing to remember it by
            return made
        self.used[key] = {"links": [], "digest": digest(made.content)}
        return made
