"""Merged stories as the stories pack holds them: what every build reads of every story in the open, the rest
(its gifts, concerns, questions and conflicts) packed apart and decoded on first use (`LazyStory`).

Every build reads every story for its sources, title, date, summary, actors, timeline and thread (listings,
profiles, the timeline page, the build log), but the merged items only of the stories whose pages are rendered
again or whose claims the build log compares: a few in a build that adds one article to thousands. This is
the briefings pack's split (`runtime.cache.LazyBriefing`) for stories; the pack stays data only
(`runtime/packing.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from builder.runtime import lazy, packing
from builder.stories.compare import Conflict, TimelineEvent
from builder.stories.merge import Citation, Story, StoryActor, StoryClaim, StoryGift, StorySource
from builder.stories.threads import ThreadPlace

BODY_KIND = "story body"


@dataclasses.dataclass(frozen=True)
class StoryBody:
    """The fields of a story that only its page and the build log's comparison of its claims read."""

    gifts: tuple[StoryGift, ...]
    concerns: tuple[StoryClaim, ...]
    questions: tuple[StoryClaim, ...]
    conflicts: tuple[Conflict, ...]


@dataclasses.dataclass(frozen=True)
class PackedStory:
    """A story as the stories pack holds it: every field but the body's, and the `StoryBody` as bytes
    (`packing.dumps` of the body alone)."""

    id: str
    slug: str
    title: str
    date: str | None
    summary: tuple[Citation, ...]
    actors: tuple[StoryActor, ...]
    sources: tuple[StorySource, ...]
    timeline: tuple[TimelineEvent, ...]
    thread: ThreadPlace | None
    body: bytes


BODY_FIELDS = tuple(f.name for f in dataclasses.fields(StoryBody))
HEAD_FIELDS = tuple(f.name for f in dataclasses.fields(PackedStory) if f.name != "body")


def pack_body(story: Story) -> bytes:
    """A story's body as a nested pack (an unopened lazy story gives back the bytes it came from)."""
    return lazy.pack_body(story, StoryBody, BODY_FIELDS, BODY_KIND)


def packed_story(story: Story) -> PackedStory:
    return PackedStory(*(getattr(story, name) for name in HEAD_FIELDS), body=pack_body(story))


class LazyStory(Story):
    """A story from the pack whose body (`BODY_FIELDS`) is decoded when a field of it is first read.

    Reading a body field fills it in and makes the object a plain `Story`, equal to one decoded at once; until
    then its instance dict holds the packed body (`_body`) and, once the cache has served it, how to merge
    the story again (`_build`), used should the body not decode. Equality, hashing and repr open it first.
    """

    gifts = lazy.body_field("gifts", "story")
    concerns = lazy.body_field("concerns", "story")
    questions = lazy.body_field("questions", "story")
    conflicts = lazy.body_field("conflicts", "story")

    def open(self) -> Story:
        """Decode the body into the instance, which becomes a plain `Story`."""
        return lazy.open_in_place(self, Story, BODY_FIELDS, _body_of, ("_build",))

    def __eq__(self, other: object) -> bool:
        return self.open() == other

    __hash__ = Story.__hash__  # hashes the fields: reading them opens the body

    def __repr__(self) -> str:
        return repr(self.open())

    def with_thread(self, place: ThreadPlace | None) -> Story:
        """The same story in another place of its thread, its body still packed."""
        if "_body" not in self.__dict__:
            return dataclasses.replace(self.open(), thread=place)
        story = object.__new__(LazyStory)
        story.__dict__.update(self.__dict__, thread=place)
        return story

    @classmethod
    def of(cls, packed: PackedStory) -> LazyStory:
        """The story `packed` holds, made of it in place."""
        fields = packed.__dict__
        fields["_body"] = fields.pop("body")
        object.__setattr__(packed, "__class__", cls)
        return packed  # type: ignore[return-value]


def _body_of(fields: dict) -> StoryBody:
    """The body of an unopened lazy story, given its instance dict."""
    return _read_body(fields["_body"], fields.get("_build"))


def _read_body(data: bytes, build: Callable[[], Story] | None) -> StoryBody:
    """A packed body; should it not decode (the pack was damaged), the body of the story merged again."""
    try:
        return packing.loads(data, BODY_KIND, StoryBody)[""]
    except (packing.PackError, KeyError):
        if build is None:
            raise RuntimeError("the story cache is damaged: delete the cache folder") from None
    story = build()
    return StoryBody(*(getattr(story, name) for name in BODY_FIELDS))
