"""Extraction cache: one JSON file per article, keyed by its content and the extractor's fingerprint."""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import metadata, resources
from pathlib import Path

from builder.jsonio import briefing_from_dict, briefing_to_dict
from builder.model import Article, Briefing
from builder.nlp import MODEL_NAME
from builder.writer import atomic_write

DEFAULT_CACHE = Path(".cache/briefings")


@functools.cache
def extractor_fingerprint() -> str:
    """A hash of everything that shapes extraction: rule code, gazetteer, spaCy and model versions."""
    digest = hashlib.sha256()
    package = resources.files("builder")
    sources = [package.joinpath("nlp.py"), package.joinpath("data", "gazetteer.json")]
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


class BriefingCache:
    """Briefings on disk under `folder`; a miss or an unreadable entry just means extracting again."""

    def __init__(self, folder: Path = DEFAULT_CACHE) -> None:
        self.folder = folder

    def key(self, article: Article) -> str:
        raw = f"{article.id}\0{article.content_hash}\0{extractor_fingerprint()}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def path(self, article: Article) -> Path:
        key = self.key(article)
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Briefing | None:
        path = self.path(article)
        try:
            return briefing_from_dict(json.loads(path.read_text(encoding="utf-8")), article)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, briefing: Briefing) -> None:
        data = json.dumps(briefing_to_dict(briefing), ensure_ascii=False, sort_keys=True)
        atomic_write(self.path(briefing.article), data)
