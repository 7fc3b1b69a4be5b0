"""Extraction cache: one JSON file per article, keyed by its content and the extractor's fingerprint."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from builder.jsonio import briefing_from_dict, briefing_to_dict
from builder.model import Article, Briefing, Evidence, Term
from builder.nlp import MODEL_NAME
from builder.writer import atomic_write

DEFAULT_CACHE = Path(".cache/briefings")
# Everything whose change can change a cached briefing: the pipeline, its components, the rules, the data they
# read, and the dataclasses and JSON form the briefing is stored in.
FINGERPRINT_MODULES = ("nlp.py", "nlp_components.py", "model.py", "jsonio.py", "cache.py")


@functools.cache
def extractor_fingerprint() -> str:
    """A hash of everything that shapes extraction: rule code, gazetteer, spaCy and model versions."""
    digest = hashlib.sha256()
    package = resources.files("builder")
    sources = [package.joinpath(name) for name in FINGERPRINT_MODULES]
    sources.append(package.joinpath("data", "gazetteer.json"))
    extract_dir = package.joinpath("extract")
    sources += sorted((p for p in extract_dir.iterdir() if p.name.endswith(".py")), key=lambda p: p.name)
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
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
    """The briefing's JSON form, completed with anything that form leaves out (its terms)."""
    data = briefing_to_dict(briefing)
    data.setdefault("terms", [term_to_dict(t) for t in briefing.terms])
    return data


def from_cached(data: dict[str, Any], article: Article) -> Briefing:
    """The inverse of to_cached."""
    briefing = briefing_from_dict(data, article)
    if briefing.terms or not data.get("terms"):
        return briefing
    terms = tuple(Term(t["text"], t["label"], Evidence(article.id, **t["evidence"])) for t in data["terms"])
    return dataclasses.replace(briefing, terms=terms)


class BriefingCache:
    """Briefings on disk under `folder`; a miss or an unreadable entry just means extracting again."""

    def __init__(self, folder: Path = DEFAULT_CACHE) -> None:
        self.folder = folder

    def key(self, article: Article) -> str:
        """Changes with the article's id, its bytes, or anything that shapes extraction."""
        raw = f"{article.id}\0{article.content_hash}\0{extractor_fingerprint()}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def path(self, article: Article) -> Path:
        key = self.key(article)
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Briefing | None:
        """The cached briefing of this exact article, or None."""
        path = self.path(article)
        try:
            return from_cached(json.loads(path.read_text(encoding="utf-8")), article)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, briefing: Briefing) -> None:
        """Store a briefing; written atomically, so a crash never leaves a half entry."""
        data = json.dumps(to_cached(briefing), ensure_ascii=False, sort_keys=True)
        atomic_write(self.path(briefing.article), data)
