"""Caches of what the build derives from the briefings, each keyed by the articles and the builder's code:
story grouping's facts (`FactsCache`) and candidate pairs (`PairCache`), merged stories (`StoryCache`) and
what the last build's pages were made from (`PageCache`). Data only, like the briefing cache
(`runtime/cache.py`, which also holds the pack helpers they share): the cache may be restored from a store
the build does not control (CI), so nothing read from it can run code.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgpack
import numpy as np

from builder.core.collector import cyclic_gc
from builder.core.files import atomic_write
from builder.core.model import Briefing
from builder.runtime.cache import extractor_fingerprint, read_pack, worth_rewriting, write_pack
from builder.runtime.lazy_stories import LazyStory, PackedStory, packed_story
from builder.site.memo import Asked
from builder.stories.grouping import Facts, facts_of
from builder.stories.merge import Story
from builder.stories.similarity.kept import UNWEIGHED, Kept, KeptGroups, KeptLinks


def article_fields(briefing: Briefing) -> bytes:
    """A briefing named by its article: every field but the text, whose hash is there."""
    a = briefing.article
    return repr((a.id, a.slug, a.path, a.title, a.date, a.source, a.url, a.tags, a.content_hash)).encode()


class FactsCache:
    """What story grouping read from each briefing (`stories.grouping.Facts`) in earlier builds, in one pack.

    Grouping weighs every article against the whole collection, so it needs the facts of every article in
    every build; they depend on the briefing alone, and a briefing on its article and the extractor. The key
    covers the article (as `StoryCache` does) and the builder's code. Data only (`runtime/packing.py`: the
    header holds the format and the layout of the dataclasses); features keep the order `features_of` made
    them in, which is the order a vector's norm is summed in, so the weights come out bit for bit as if
    counted afresh.
    """

    FILE = "facts.msgpack"
    OLD_FILE = "features.msgpack"  # what earlier builds kept instead (features only): removed on save

    def __init__(self, folder: Path, code: str) -> None:
        self.path = folder / self.FILE
        self.code = f"{code}\0{extractor_fingerprint()}"
        self.loaded: dict[str, Facts] | None = None
        self.used: dict[str, Facts] = {}

    def key(self, briefing: Briefing) -> str:
        return hashlib.sha256(self.code.encode() + b"\0" + article_fields(briefing)).hexdigest()

    def _entries(self) -> dict[str, Facts]:
        if self.loaded is None:  # without a usable pack, every briefing's facts are gathered again
            self.loaded = read_pack(self.path, "grouping facts", Facts)
        return self.loaded

    def facts(self, briefing: Briefing) -> Facts:
        """The briefing's facts: remembered, or gathered now."""
        key = self.key(briefing)
        found = self._entries().get(key)
        if found is None:
            found = facts_of(briefing)
        self.used[key] = found
        return found

    def save(self) -> None:
        """Keep this build's facts; rewritten only once enough of them changed (the rest are gathered)."""
        if self.loaded is not None and not worth_rewriting(self.used.keys(), self.loaded.keys()):
            return
        write_pack(self.path, "grouping facts", Facts, self.used)
        self.path.with_name(self.OLD_FILE).unlink(missing_ok=True)
        self.loaded = dict(self.used)


class PairCache:
    """Story grouping's candidate pairs of the last build and what they were weighed from
    (`stories.similarity.kept.reuse`), in one file: a build weighs only the pairs a change can move.

    Data only: a msgpack map with a version, the code it was made by, the keys of the articles (those of
    `FactsCache`: the article and the code), every feature's document frequency, and the pairs as raw arrays
    of numbers (read back with `numpy.frombuffer`, which builds nothing but numbers). Anything missing,
    malformed or from other code is no record: grouping weighs every pair, as in a first build.
    """

    FILE = "pairs.msgpack"
    VERSION = 3
    ARRAYS = (("df", "<i8"), ("first", "<i4"), ("second", "<i4"), ("value", "<f4"), ("allowed", "?"),
              ("apart", "?"))  # fmt: skip
    GROUP_ARRAYS = (("members", "<i4"), ("sizes", "<i4"))
    GROUP_LISTS = ("terms",)
    LINK_ARRAYS = (("targets", "<i4"), ("cosines", "<f8"))
    LINK_LISTS = ("named", "every")

    def __init__(self, folder: Path, code: str) -> None:
        self.path = folder / self.FILE
        self.facts = FactsCache(folder, code)  # for its keys
        self.code = self.facts.code
        self.kept: Kept | None = None

    def key(self, briefing: Briefing) -> str:
        return self.facts.key(briefing)

    def load(self) -> Kept | None:
        """The last build's pairs, or None."""
        try:
            with cyclic_gc(False):
                data = msgpack.unpackb(self.path.read_bytes())
            return self._kept(data)
        except (OSError, ValueError, TypeError, KeyError, msgpack.UnpackException):
            return None

    def _kept(self, data: Any) -> Kept | None:
        if not isinstance(data, dict) or data.get("version") != self.VERSION or data.get("code") != self.code:
            return None
        arrays = {name: np.frombuffer(data[name], dtype=kind) for name, kind in self.ARRAYS}
        keys, features = data["keys"], data["features"]
        if not all(isinstance(k, str) for k in keys) or not all(isinstance(f, str) for f in features):
            return None
        pairs = len(arrays["first"])
        if len(arrays["df"]) != len(features) or any(len(arrays[n]) != pairs for n, _ in self.ARRAYS[2:]):
            return None
        first, second = arrays["first"].astype(np.int64), arrays["second"].astype(np.int64)
        if pairs and (first.min() < 0 or second.max() >= len(keys) or (first >= second).any()):
            return None
        return Kept(
            tuple(data["rules"]), tuple(keys), tuple(features), arrays["df"].astype(np.int64), first, second,
            arrays["value"].astype(np.float64), arrays["allowed"].copy(), arrays["apart"].copy(),
            self._groups(data.get("groups"), len(keys)), self._links(data.get("links"), len(keys)),
        )  # fmt: skip

    def _groups(self, data: Any, articles: int) -> KeptGroups | None:
        """The groups of the record, or None where they are missing or do not fit its articles."""
        if not isinstance(data, dict):
            return None
        read = self._read(data, self.GROUP_ARRAYS, self.GROUP_LISTS)
        if read is None:
            return None
        arrays, lists = read
        groups = len(arrays["sizes"])
        members, sizes = arrays["members"], arrays["sizes"]
        if len(members) != sizes.sum() or len(lists["terms"]) != groups:
            return None
        if len(members) and (members.min() < 0 or members.max() >= articles or sizes.min() < 1):
            return None
        return KeptGroups(members, sizes, lists["terms"])

    def _links(self, data: Any, articles: int) -> KeptLinks | None:
        """The thread links of the record, or None where they are missing or do not fit its articles."""
        if not isinstance(data, dict):
            return None
        read = self._read(data, self.LINK_ARRAYS, self.LINK_LISTS)
        if read is None:
            return None
        arrays, lists = read
        targets = arrays["targets"]
        if any(len(x) != articles for x in (*arrays.values(), *lists.values())):
            return None
        if ((targets < UNWEIGHED) | (targets >= np.arange(articles))).any():  # links go to earlier articles
            return None
        return KeptLinks(lists["named"], lists["every"], targets, arrays["cosines"])

    @staticmethod
    def _read(data: dict, arrays: tuple, lists: tuple) -> tuple[dict, dict] | None:
        """A part's raw arrays (widened to 64 bits) and lists of strings; None where an item is no string."""
        found = {name: np.frombuffer(data[name], dtype=kind).astype(kind.replace("4", "8"))
                 for name, kind in arrays}  # fmt: skip
        read = {name: tuple(tuple(item) for item in data[name]) for name in lists}
        if not all(isinstance(x, str) for items in read.values() for item in items for x in item):
            return None
        return found, read

    def keep(self, kept: Kept) -> None:
        """Remember this build's pairs, to be written by `save`."""
        self.kept = kept

    def save(self) -> None:
        """Write the pairs kept in this build (atomically)."""
        kept = self.kept
        if kept is None:
            return
        data: dict[str, Any] = {
            "version": self.VERSION, "code": self.code, "rules": list(kept.rules), "keys": list(kept.keys),
            "features": list(kept.features),
        }  # fmt: skip
        for name, kind in self.ARRAYS:
            data[name] = np.ascontiguousarray(getattr(kept, name), dtype=kind).tobytes()
        for part, found, arrays, lists in (
            ("groups", kept.groups, self.GROUP_ARRAYS, self.GROUP_LISTS),
            ("links", kept.links, self.LINK_ARRAYS, self.LINK_LISTS),
        ):
            if found is not None:
                record = {name: [list(item) for item in getattr(found, name)] for name in lists}
                for name, kind in arrays:
                    record[name] = np.ascontiguousarray(getattr(found, name), dtype=kind).tobytes()
                data[part] = record
        atomic_write(self.path, msgpack.packb(data))


class StoryCache:
    """Merged stories from earlier builds in one pack, keyed by their id and their members' exact inputs.

    A story whose members are unchanged is not merged again. The key covers each member's article (every
    field but the text, whose hash is there) and the builder's code, so anything that could change the merge
    misses. Each story's merged items are packed apart and decoded when first read (`lazy_stories`).
    """

    FILE = "stories.msgpack"
    KIND = "stories, bodies apart"  # each `PackedStory` with its body packed on its own (`LazyStory`)

    def __init__(self, folder: Path, code: str) -> None:
        self.path = folder / self.FILE
        self.code = code
        self.loaded: dict[str, Story] | None = None
        self.used: dict[str, Story] = {}
        self.keys: dict[str, str] = {}  # story id → the key of this build's story: names it exactly

    def key(self, story_id: str, members: list[Briefing]) -> str:
        digest = hashlib.sha256(f"{self.code}\0{extractor_fingerprint()}\0{story_id}\n".encode())
        for b in members:
            digest.update(article_fields(b) + b"\n")
        return digest.hexdigest()

    def _entries(self) -> dict[str, Story]:
        if self.loaded is None:  # without a usable file, every story is merged again
            packed = read_pack(self.path, self.KIND, PackedStory)
            self.loaded = {k: LazyStory.of(p) for k, p in packed.items() if type(p.body) is bytes}
        return self.loaded

    def get_or_build(self, story_id: str, members: list[Briefing], build: Callable[[], Story]) -> Story:
        """The cached story for exactly these members, or build (and remember) it."""
        key = self.key(story_id, members)
        self.keys[story_id] = key
        story = self._entries().get(key)
        if story is None:
            story = build()
        elif "_body" in story.__dict__:
            story.__dict__["_build"] = build  # should its body not decode, the story is merged again
        self.used[key] = story
        return story

    def save(self) -> None:
        """Keep this build's stories; rewritten only once enough of them changed (the rest merge again)."""
        if self.loaded is not None and not worth_rewriting(self.used.keys(), self.loaded.keys()):
            return
        packed = {key: packed_story(story) for key, story in self.used.items()}
        write_pack(self.path, self.KIND, PackedStory, packed)
        self.loaded = dict(self.used)


class PageCache:
    """What the last build's briefing, story and actor pages were made from (`site.memo`), in one file.

    Data only: input digests, the link lookups each page made (as places in one table of the questions asked
    and their answers, `site.memo.Asked`), and the digest of the page; the pages themselves stay in docs/,
    where the memo reuses one only if it still has that digest; and the stat record that tells so without
    reading the page (`site.writer.StoredPages`). (msgpack rather than JSON: read in every build.)
    """

    FILE = "pages.msgpack"
    VERSION = 4

    def __init__(self, folder: Path, code: str) -> None:
        self.path = folder / self.FILE
        self.code = code
        self.files: dict[str, Any] = {}  # the stat record of the pages in docs/, as loaded
        self.asked = Asked()  # the questions the loaded pages asked

    def load(self) -> dict[str, Any]:
        """The last build's entries, or none if the file is missing, unreadable or from other code."""
        try:
            with cyclic_gc(False):
                data = msgpack.unpackb(self.path.read_bytes())
        except (OSError, ValueError, TypeError, msgpack.UnpackException):
            return {}
        if not isinstance(data, dict) or data.get("version") != self.VERSION or data.get("code") != self.code:
            return {}
        files, pages = data.get("files"), data.get("pages")
        questions, answers = data.get("questions"), data.get("answers")
        if not isinstance(questions, list) or not isinstance(answers, list) or len(questions) != len(answers):
            return {}
        self.asked = Asked(questions, answers)
        self.files = files if isinstance(files, dict) else {}
        return pages if isinstance(pages, dict) else {}

    def save(self, loaded: dict[str, Any], used: dict[str, Any], files: dict[str, Any] | None = None) -> None:
        """Keep this build's entries and stat record when they differ from the loaded ones (and drop an older
        JSON form). A page rendered again under the same key (a link it looked up changed) is a change: kept
        as loaded, it would be rendered again in every build."""
        files = self.files if files is None else files
        same = used.keys() == loaded.keys() and all(used[k] is entry for k, entry in loaded.items())
        if same and files == self.files:
            return
        questions, answers, pages = self.asked.compact(used)
        data = {"version": self.VERSION, "code": self.code, "questions": questions, "answers": answers,
                "pages": pages, "files": files}  # fmt: skip
        atomic_write(self.path, msgpack.packb(data))
        self.path.with_name("pages.json").unlink(missing_ok=True)
