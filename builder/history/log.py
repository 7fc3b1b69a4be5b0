"""The build log in docs/ (JSON Lines, one entry per build that changed something) and the last snapshot.

Both files are the builder's own: they sit beside the writer's manifest, are not pages (so the writer never
removes them as stale), and are only written over when what is there was written by this builder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.core.errors import BriefingError
from builder.core.files import atomic_write
from builder.core.model import Briefing, Problem
from builder.history.changes import BuildEntry, entry_from_dict, entry_to_dict
from builder.history.diff import diff_builds
from builder.history.snapshot import story_claims, take_snapshot, valid_snapshot
from builder.stories.merge import Story

LOG_FILE = ".briefing-history.jsonl"
STATE_FILE = ".briefing-history-state.json"
DEFAULT_DAYS = 90


def build_date(explicit: str | None = None) -> str:
    """The build's date: given, else from SOURCE_DATE_EPOCH (reproducible builds), else today in UTC."""
    if explicit:
        try:
            return dt.date.fromisoformat(explicit).isoformat()
        except ValueError:
            raise BriefingError(f"build date {explicit!r}: not a date of the form YYYY-MM-DD") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
        except (ValueError, OverflowError, OSError):
            raise BriefingError(f"SOURCE_DATE_EPOCH={epoch!r}: not a number of seconds since 1970") from None
    return dt.datetime.now(dt.UTC).date().isoformat()


@dataclass(frozen=True)
class History:
    """The log as it stands after this build (oldest entry first) and what to write back."""

    entries: tuple[BuildEntry, ...]
    snapshot: dict[str, Any] | None = None  # None: leave the snapshot file as it is
    lines: tuple[str, ...] | None = None  # the log's lines to write; None: leave the log as it is
    problems: tuple[Problem, ...] = field(default=())


def _foreign(path: Path) -> Problem:
    return Problem(
        str(path),
        "was not written by the builder; left untouched, no build log kept (move it away)",
        "warning",
    )


def read_log(path: Path) -> list[tuple[str, BuildEntry]] | None:
    """The log's lines and their entries, oldest first; None when the file is not one this builder wrote."""
    if not path.exists():
        return []
    if not path.is_file():
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [(line, entry_from_dict(json.loads(line))) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None


def entry_line(entry: BuildEntry) -> str:
    return json.dumps(entry_to_dict(entry), ensure_ascii=False, sort_keys=True)


def read_snapshot(path: Path) -> tuple[dict[str, Any] | None, bool]:
    """(the previous build's snapshot or None, whether the file is ours to write)."""
    if not path.exists():
        return None, True
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None, False
    return (data, True) if valid_snapshot(data) else (None, False)


def retained(lines: Sequence[tuple[str, BuildEntry]], date: str, days: int) -> list[tuple[str, BuildEntry]]:
    """The entries of the last `days` days before `date` (an entry dated after it is kept)."""
    oldest = (dt.date.fromisoformat(date) - dt.timedelta(days=days)).isoformat()
    return [(line, e) for line, e in lines if e.date > oldest]


def record_build(
    docs: Path,
    briefings: Sequence[Briefing],
    stories: Sequence[Story],
    date: str,
    days: int = DEFAULT_DAYS,
    code: str = "",
) -> History:
    """Compare this build's stories with the last snapshot: the log with this build's entry, if any.

    `code` names the code that made the briefings and stories (its fingerprints): when the snapshot was taken
    under the same code, a story whose id, articles and their contents are as the snapshot records them is
    the same story, so its claims are taken from the snapshot and it is not compared again (at 5,000 articles
    working out every story's claims cost 0.3 s of a one-article build). "" (no code) compares every story.
    """
    logged = read_log(docs / LOG_FILE)
    previous, state_ours = read_snapshot(docs / STATE_FILE)
    if logged is None or not state_ours:
        bad = docs / (LOG_FILE if logged is None else STATE_FILE)
        return History(tuple(e for _, e in logged or ()), problems=(_foreign(bad),))
    same = unchanged_stories(previous, stories, briefings, code)
    claims = {s.id: story_claims(s) for s in stories if s.id not in same}
    snapshot = take_snapshot(stories, briefings, claims, previous if same else None, code)
    entry = diff_builds(previous, stories, briefings, claims, date, same) if snapshot != previous else None
    kept = retained(logged, date, days)
    if entry:
        kept.append((entry_line(entry), entry))
    return History(
        entries=tuple(e for _, e in kept),
        snapshot=None if snapshot == previous else snapshot,
        lines=tuple(line for line, _ in kept) if len(kept) != len(logged) or entry else None,
    )


def unchanged_stories(
    previous: dict[str, Any] | None, stories: Sequence[Story], briefings: Sequence[Briefing], code: str
) -> set[str]:
    """Ids of the stories the snapshot holds with the same articles, each with the same content, same code."""
    if not code or previous is None or previous.get("code") != code:
        return set()
    hashes = {b.article.id: b.article.content_hash for b in briefings}
    before_articles, before_stories = previous["articles"], previous["stories"]
    same = set()
    for story in stories:
        old = before_stories.get(story.id)
        ids = story.article_ids
        if old is None or old.get("articles") != list(ids):
            continue
        if all((a := before_articles.get(i)) and a[0] == hashes.get(i) for i in ids):
            same.add(story.id)
    return same


def save_history(docs: Path, history: History) -> None:
    """Write the log and the snapshot when they changed (never a file the builder did not write)."""
    if history.problems:
        return
    if history.lines is not None:  # the lines of earlier entries are kept as they were read
        atomic_write(docs / LOG_FILE, "".join(f"{line}\n" for line in history.lines))
    if history.snapshot is not None:
        atomic_write(docs / STATE_FILE, json.dumps(history.snapshot, ensure_ascii=False, sort_keys=True))
