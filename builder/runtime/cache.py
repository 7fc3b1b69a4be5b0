"""Extraction cache: one JSON file per article, keyed by its content and the extractor's fingerprint.

The last build's briefings and merged stories are also kept in one data-only pack each (`runtime/packing.py`):
the cache may be restored from a store the build does not control (CI), so nothing read from it can run code.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable, Collection
from importlib import metadata, resources
from pathlib import Path
from typing import Any, TypeVar

import msgpack
import numpy as np

from builder.core.collector import cyclic_gc
from builder.core.files import atomic_write
from builder.core.model import Actor, Article, Briefing, Concern, Evidence, Gift, Question, Sentence, Term
from builder.nlp import MODEL_NAME
from builder.runtime import lazy, packing
from builder.runtime.jsonio import briefing_from_dict, briefing_to_dict
from builder.runtime.lazy_stories import LazyStory, PackedStory, packed_story
from builder.site.memo import Asked
from builder.stories.grouping import Facts, facts_of
from builder.stories.merge import Story
from builder.stories.similarity.kept import UNWEIGHED, Kept, KeptGroups, KeptLinks

T = TypeVar("T")
STALE_SHARE = 0.05  # packs are rewritten once more than this share of their entries is missing or unused
DEFAULT_CACHE = Path(".cache/briefings")
# Everything whose change can change a cached briefing: the pipeline, its components, the rules, the data they
# read, and the dataclasses and JSON form the briefing is stored in.
FINGERPRINT_MODULES = ("core/model.py", "runtime/jsonio.py", "runtime/cache.py", "runtime/packing.py")
FINGERPRINT_PACKAGES = ("nlp", "extract")


@functools.cache
def extractor_fingerprint() -> str:
    """A hash of everything that shapes extraction: rule code, gazetteer, spaCy and model versions."""
    digest = hashlib.sha256()
    package = Path(str(resources.files("builder")))
    sources = [package / name for name in FINGERPRINT_MODULES]
    sources += [package / "data" / "gazetteer.json", package / "data" / "nouns.json"]
    for folder in FINGERPRINT_PACKAGES:
        sources += sorted((package / folder).rglob("*.py"))
    for source in sources:
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    for dist in ("spacy", MODEL_NAME.replace("_", "-")):
        try:
            digest.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(dist.encode())
    return digest.hexdigest()[:16]


def term_to_dict(term: Term) -> dict[str, Any]:
    """A term in the JSON form of other extracted items: its evidence without the article id."""
    data = dataclasses.asdict(term)
    del data["evidence"]["article_id"]
    return data


def to_cached(briefing: Briefing) -> dict[str, Any]:
    """The briefing's JSON form, completed with anything that form leaves out (its terms, its lead's acts and
    whom they befell)."""
    data = briefing_to_dict(briefing)
    data.setdefault("terms", [term_to_dict(t) for t in briefing.terms])
    data["lead_acts"] = [list(acts) for acts in briefing.lead_acts]
    data["lead_parties"] = [list(parties) for parties in briefing.lead_parties]
    return data


def from_cached(data: dict[str, Any], article: Article) -> Briefing:
    """The inverse of to_cached."""
    briefing = briefing_from_dict(data, article)
    lead_acts = tuple(tuple(str(a) for a in acts) for acts in data.get("lead_acts", ()))
    lead_parties = tuple(tuple(str(p) for p in parties) for parties in data.get("lead_parties", ()))
    briefing = dataclasses.replace(briefing, lead_acts=lead_acts, lead_parties=lead_parties)
    if briefing.terms or not data.get("terms"):
        return briefing
    terms = tuple(Term(t["text"], t["label"], Evidence(article.id, **t["evidence"])) for t in data["terms"])
    return dataclasses.replace(briefing, terms=terms)


def worth_rewriting(wanted: Collection[str], stored: Collection[str]) -> bool:
    """A packed file is rewritten when more than STALE_SHARE of what is wanted or stored differs."""
    if not wanted and not stored:
        return False
    wanted, stored = set(wanted), set(stored)
    return len(wanted ^ stored) > STALE_SHARE * max(len(wanted), len(stored))


def read_pack(path: Path, kind: str, tp: type[T]) -> dict[str, T]:
    """A pack's entries, or none if it is missing, truncated, garbage or from another version (a miss).

    Read with the cyclic collector paused: it would scan the new objects over and over (3x slower)."""
    with cyclic_gc(False):
        return packing.read(path, kind, tp)


def write_pack(path: Path, kind: str, tp: type[T], entries: dict[str, T]) -> None:
    """Write a pack atomically, and drop the pickle an older build kept in its place (never read again)."""
    packing.write(path, kind, tp, entries)
    path.with_suffix(".pickle").unlink(missing_ok=True)


@dataclasses.dataclass(frozen=True)
class BriefingBody:
    """The fields of a briefing that only the pages and stories of the articles a build changes read (its
    sentences, questions, terms and lead acts): over half of a packed briefing, kept in the pack as a nested
    pack of its own and decoded on first use (`LazyBriefing`)."""

    sentences: tuple[Sentence, ...]
    questions: tuple[Question, ...]
    extractor_version: str
    terms: tuple[Term, ...]
    lead_acts: tuple[tuple[str, ...], ...]
    lead_parties: tuple[tuple[str, ...], ...]


@dataclasses.dataclass(frozen=True)
class PackedBriefing:
    """A briefing as the briefings pack holds it: what every build reads of every briefing (identity,
    profiles, listings, tags, links), and its `BriefingBody` as bytes (`packing.dumps` of the body alone)."""

    article: Article
    title: str
    summary: tuple[Evidence, ...]
    actors: tuple[Actor, ...]
    gifts: tuple[Gift, ...]
    concerns: tuple[Concern, ...]
    body: bytes


BODY_FIELDS = tuple(f.name for f in dataclasses.fields(BriefingBody))
HEAD_FIELDS = tuple(f.name for f in dataclasses.fields(PackedBriefing) if f.name != "body")
BODY_KIND = "briefing body"


def pack_body(briefing: Briefing) -> bytes:
    """A briefing's body as a nested pack (an unopened lazy briefing gives back the bytes it came from)."""
    return lazy.pack_body(briefing, BriefingBody, BODY_FIELDS, BODY_KIND)


class LazyBriefing(Briefing):
    """A briefing from the pack whose body (`BODY_FIELDS`) is decoded when a field of it is first read.

    In a build that adds one article to thousands, every briefing is read for its actors, items, title and
    summary, but the body only of those whose stories are merged again (0.6 s of decoding saved at 5,000
    articles). Reading a body field fills it in and makes the object a plain `Briefing`, equal to one decoded
    at once; until then its instance dict holds the packed body (`_body`) and where its JSON entry is
    (`_entry`: the cache folder and key, read instead should the body not decode). Equality, hashing and
    repr open it first.
    """

    sentences = lazy.body_field("sentences", "briefing")
    questions = lazy.body_field("questions", "briefing")
    extractor_version = lazy.body_field("extractor_version", "briefing")
    terms = lazy.body_field("terms", "briefing")
    lead_acts = lazy.body_field("lead_acts", "briefing")
    lead_parties = lazy.body_field("lead_parties", "briefing")

    def open(self) -> Briefing:
        """Decode the body into the instance, which becomes a plain `Briefing`."""
        fields = self.__dict__
        if "_body" in fields:
            body = _read_body(fields["_body"], fields["_entry"], fields["article"])
            fields.update((name, getattr(body, name)) for name in BODY_FIELDS)
            del fields["_body"], fields["_entry"]
        object.__setattr__(self, "__class__", Briefing)
        return self

    def __eq__(self, other: object) -> bool:
        return self.open() == other  # the other, if lazy too, is opened by its own __eq__

    __hash__ = Briefing.__hash__  # hashes the fields: reading them opens the body

    def __repr__(self) -> str:
        return repr(self.open())  # a plain briefing's: the memo's keys are reprs

    @classmethod
    def of(cls, packed: PackedBriefing, folder: Path, key: str) -> LazyBriefing:
        """The briefing `packed` holds, made of it in place (5,000 of them are read in every build)."""
        fields = packed.__dict__
        fields["_body"] = fields.pop("body")
        fields["_entry"] = (folder, key)
        object.__setattr__(packed, "__class__", cls)
        return packed

    def moved(self, article: Article) -> Briefing:
        """The same briefing for another `Article` object (`dataclasses.replace` would decode the body)."""
        if "_body" not in self.__dict__:
            return dataclasses.replace(self, article=article)
        briefing = object.__new__(LazyBriefing)
        briefing.__dict__.update(self.__dict__, article=article)
        return briefing


def _read_body(data: bytes, where: tuple[Path, str], article: Article) -> BriefingBody:
    """A packed body; should it not decode (the pack was damaged), the body of the article's JSON entry."""
    try:
        return packing.loads(data, BODY_KIND, BriefingBody)[""]
    except (packing.PackError, KeyError):
        pass
    folder, key = where
    entry = BriefingCache(folder).entry(key)
    try:
        briefing = from_cached(json.loads(entry.read_text(encoding="utf-8")), article)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RuntimeError(f"the briefing cache is damaged ({entry}): delete the cache folder") from exc
    return BriefingBody(*(getattr(briefing, name) for name in BODY_FIELDS))


def packed_briefing(briefing: Briefing) -> PackedBriefing:
    return PackedBriefing(*(getattr(briefing, name) for name in HEAD_FIELDS), body=pack_body(briefing))


class BriefingCache:
    """Briefings on disk under `folder`; a miss or an unreadable entry just means extracting again."""

    PACK = "briefings.msgpack"  # the last build's briefings in one file: one read instead of one per article
    KIND = "briefings, bodies apart"  # each `PackedBriefing` with its body packed on its own (`LazyBriefing`)

    def __init__(self, folder: Path = DEFAULT_CACHE) -> None:
        self.folder = folder
        self.pack: dict[str, Briefing] | None = None
        self.used: dict[str, Briefing] = {}

    def key(self, article: Article) -> str:
        """Changes with the article's id, its bytes, or anything that shapes extraction."""
        raw = f"{article.id}\0{article.content_hash}\0{extractor_fingerprint()}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def path(self, article: Article) -> Path:
        return self.entry(self.key(article))

    def entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Briefing | None:
        """The cached briefing of this exact article, or None."""
        key = self.key(article)
        briefing = self._packed().get(key)
        if briefing is not None and briefing.article != article:
            lazy = isinstance(briefing, LazyBriefing)
            briefing = briefing.moved(article) if lazy else dataclasses.replace(briefing, article=article)
        if briefing is None:
            try:
                briefing = from_cached(json.loads(self.entry(key).read_text(encoding="utf-8")), article)
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                return None
        self.used[key] = briefing
        return briefing

    def _packed(self) -> dict[str, Briefing]:
        if self.pack is None:  # without a usable pack, the JSON entries are read
            packed = read_pack(self.folder / self.PACK, self.KIND, PackedBriefing)
            lazy = LazyBriefing.of
            self.pack = {k: lazy(p, self.folder, k) for k, p in packed.items() if type(p.body) is bytes}
        return self.pack

    def save_pack(self) -> None:
        """Pack this build's briefings (read or put) into one file, once they differ enough from the pack.

        A few briefings outside the pack are read from their JSON entries, which is cheaper than rewriting the
        whole pack for every new or edited article.
        """
        if self.pack is not None and not worth_rewriting(self.used.keys(), self.pack.keys()):
            return
        packed = {key: packed_briefing(b) for key, b in self.used.items()}
        write_pack(self.folder / self.PACK, self.KIND, PackedBriefing, packed)
        self.pack = dict(self.used)

    def put(self, briefing: Briefing) -> None:
        """Store a briefing; written atomically, so a crash never leaves a half entry."""
        data = json.dumps(to_cached(briefing), ensure_ascii=False, sort_keys=True)
        atomic_write(self.path(briefing.article), data)
        self.used[self.key(briefing.article)] = briefing


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
