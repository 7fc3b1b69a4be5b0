"""Extraction cache: one JSON file per article, keyed by its content and the extractor's fingerprint.

The last build's briefings are also kept in one data-only pack (`runtime/packing.py`): the cache may be
restored from a store the build does not control (CI), so nothing read from it can run code. What later
stages derive from the briefings (grouping facts and pairs, merged stories, the page memo) is cached in
`runtime/derived.py`.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Collection
from importlib import metadata, resources
from pathlib import Path
from typing import Any, TypeVar

from builder.core.collector import cyclic_gc
from builder.core.files import atomic_write
from builder.core.model import Actor, Article, Briefing, Concern, Evidence, Gift, Question, Sentence, Term
from builder.nlp import MODEL_NAME
from builder.runtime import lazy, packing
from builder.runtime.jsonio import briefing_from_dict, briefing_to_dict

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
        return lazy.open_in_place(self, Briefing, BODY_FIELDS, _body_of, ("_entry",))

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


def _body_of(fields: dict) -> BriefingBody:
    """The body of an unopened lazy briefing, given its instance dict."""
    return _read_body(fields["_body"], fields["_entry"], fields["article"])


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
