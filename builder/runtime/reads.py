"""Source read cache: what the last builds read from each source file, so that an unchanged file is not read,
decoded and hashed again (at 5,000 articles reading took 1.7 s of a 2 s build in which nothing had changed).

A file is looked up by its path below the sources folder and its signature (`sources.readers.Signature`: size,
modification and change times in nanoseconds, inode and device); any difference means reading it again, and
`read_sources` remembers only files read without error whose last change had settled before the read. The
cache is one data-only pack (`runtime/packing.py`: msgpack, never code), headed by a fingerprint of the code
and libraries that turn a file into articles, the sources folder and the size limit: another of any of them
and the pack is not used.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from builder.core.model import Article
from builder.runtime import packing
from builder.runtime.cache import STALE_SHARE, read_pack, write_pack
from builder.sources.readers import Signature

VERSION = 1  # bump when what an entry means changes
FINGERPRINT_FILES = ("core/model.py", "core/slug.py", "runtime/packing.py", "runtime/reads.py")
LIBRARIES = ("charset-normalizer", "PyYAML", "feedparser", "lxml", "trafilatura")


@dataclass(frozen=True)
class ReadEntry:
    """One file as a build read it: its signature, its articles and its warnings."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int
    articles: tuple[Article, ...]
    warnings: tuple[str, ...]

    @property
    def signature(self) -> Signature:
        return (self.size, self.mtime_ns, self.ctime_ns, self.inode, self.device)


@functools.cache
def reader_fingerprint() -> str:
    """A hash of the code that reads sources into articles and of the libraries it parses them with."""
    package = Path(str(resources.files("builder")))
    files = sorted((package / "sources").rglob("*.py")) + [package / name for name in FINGERPRINT_FILES]
    digest = hashlib.sha256(f"{VERSION}\0{packing.FORMAT}\n".encode())
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for dist in LIBRARIES:
        try:
            digest.update(f"{dist}={metadata.version(dist)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}\n".encode())
    return digest.hexdigest()[:16]


class ReadCache:
    """The files earlier builds read (`sources.readers.Remembered`), kept in `folder`/reads.msgpack.

    The pack's kind names the code fingerprint, the sources folder and the size limit, so a pack made under
    any other of them reads as empty. It is rewritten only when more than `cache.STALE_SHARE` of its entries
    differ from this build's: a few new or edited files are simply read again next time.
    """

    FILE = "reads.msgpack"

    def __init__(self, folder: Path, root: Path, max_bytes: int) -> None:
        self.path = folder / self.FILE
        self.kind = f"reads\0{reader_fingerprint()}\0{root.resolve()}\0{max_bytes}"
        self.loaded: dict[str, ReadEntry] | None = None
        self.used: dict[str, ReadEntry] = {}

    def _entries(self) -> dict[str, ReadEntry]:
        if self.loaded is None:
            self.loaded = read_pack(self.path, self.kind, ReadEntry)
        return self.loaded

    def get(self, rel: str, signature: Signature) -> tuple[tuple[Article, ...], tuple[str, ...]] | None:
        """The articles and warnings read from `rel` when it had exactly this signature, or None."""
        entry = self._entries().get(rel)
        if entry is None or entry.signature != signature:
            return None
        self.used[rel] = entry
        return entry.articles, entry.warnings

    def put(
        self, rel: str, signature: Signature, articles: tuple[Article, ...], warnings: tuple[str, ...]
    ) -> None:
        self.used[rel] = ReadEntry(*signature, articles, warnings)

    def save(self) -> None:
        """Keep this build's entries once more than STALE_SHARE of them differ from the pack's: files read
        afresh, and files the pack holds that this build did not find unchanged."""
        loaded = self._entries()
        fresh = sum(1 for rel, entry in self.used.items() if loaded.get(rel) is not entry)
        gone = len(loaded.keys() - self.used.keys())
        if fresh + gone <= STALE_SHARE * max(len(self.used), len(loaded)):
            return
        write_pack(self.path, self.kind, ReadEntry, self.used)
        self.loaded = dict(self.used)
