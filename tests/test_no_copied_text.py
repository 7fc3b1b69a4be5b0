"""No file of the project copies text from the dev sets: no run of 8 words in a row occurs in a dev record.

The rule (README, tests/gold/README.md): tests use invented sentences, gold is kept by record id and character
offsets. This scans every tracked file except `seeds/` and `tests/golden/` (the seed articles are the
product's own input and the golden pages are made from them) against every string of every record under the
dev folder (`../shared/eval`, or $BRIEFING_DEV). Words are compared lower-cased, punctuation dropped and
contractions split, so tokenised corpora ("Britain 's", "is n't") match ordinary text ("Britain's", "isn't").
The dev sets are not part of the repository: without them (a clean clone, CI) the test is skipped with the
reason.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = Path(os.environ.get("BRIEFING_DEV", ROOT.parent / "shared" / "eval"))
RUN = 8
SKIPPED = ("seeds/", "tests/golden/")
# Fields of dev records holding tokens, tags or spans of the record's own text: scanning the text covers them.
SPANS = frozenset({"tokens", "tags", "mentions", "entities", "entity_set", "arguments", "trigger", "cues"})
# Proper names of eight words or more: the name of a body is not article text.
NAMES = (
    "Organisation for Security and Co-operation in Europe",
    "Relief and Works Agency for Palestine Refugees in the Near East",
    "National Commission for the Forecast and Prevention of Serious Risks",
)
_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The text's words, lower-cased, split as tokenised corpora split them ("isn't" -> "is n t", "Britain's"
    -> "britain s"), so both spellings give the same words."""
    return _WORD.findall(_NOT.sub(" n't", text).lower())


def shingles(ws: list[str]) -> Iterator[tuple[int, int]]:
    """(position, hash) of every run of RUN words."""
    return enumerate(map(hash, zip(*(ws[k:] for k in range(RUN)), strict=False)))  # windows end together


def strings(value: Any, skip: frozenset[str] = frozenset()) -> Iterator[str]:
    """Every string inside a JSON value, leaving out the values of the keys to skip."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, skip)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skip:
                yield from strings(item, skip)


def project_texts() -> Iterator[tuple[str, str]]:
    """(path, text) of every tracked text file scanned; JSON files as each of their decoded strings."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, text=True, check=True
    ).stdout
    for name in sorted(filter(None, listed.split("\0"))):
        path = ROOT / name
        if name.startswith(SKIPPED) or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images and other binary files
        if name.endswith(".jsonl"):  # each string on its own: a list of names side by side is no sentence
            for line in filter(str.strip, text.splitlines()):
                yield from ((name, s) for s in strings(json.loads(line)))
        elif name.endswith(".json"):
            yield from ((name, s) for s in strings(json.loads(text)))
        else:
            yield name, text


def copied_runs(dev: Path) -> dict[str, list[str]]:
    """Per project file, the runs of RUN or more words that occur in a dev record, with the record's id."""
    allowed = {h for name in NAMES for _, h in shingles(words(name))}
    views = [(name, words(text)) for name, text in project_texts()]
    where: dict[int, list[tuple[int, int]]] = {}
    for v, (_, ws) in enumerate(views):
        for i, h in shingles(ws):
            if h not in allowed:
                where.setdefault(h, []).append((v, i))
    found: dict[int, dict[int, str]] = {}
    for dataset in sorted(dev.rglob("*.jsonl")):
        label = str(dataset.relative_to(dev))
        with open(dataset, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = record.get("text") if isinstance(record.get("text"), str) else ""
                for s in strings(record, SPANS):
                    if len(s) < 2 * RUN - 1 or (s is not text and s in text):
                        continue  # too short, or a sentence of the text already scanned
                    for h in where.keys() & {h for _, h in shingles(words(s))}:
                        for v, i in where[h]:
                            found.setdefault(v, {}).setdefault(i, f"{label} {record.get('id')}")
    result: dict[str, list[str]] = {}
    for v, hits in sorted(found.items()):
        name, ws = views[v]
        starts = sorted(hits)
        runs = [[starts[0], starts[0]]]
        for i in starts[1:]:
            if i == runs[-1][1] + 1:
                runs[-1][1] = i
            else:
                runs.append([i, i])
        for a, b in runs:
            line = f"{' '.join(ws[a : b + RUN])!r} ({hits[a]})"
            if line not in result.setdefault(name, []):
                result[name].append(line)
    return result


def test_no_tracked_file_copies_dev_text():
    if not DEV.is_dir() or not any(DEV.rglob("*.jsonl")):
        pytest.skip(f"dev sets not found at {DEV} (set BRIEFING_DEV); they are not in the repository or CI")
    copied = copied_runs(DEV)
    report = [f"{name}: {len(runs)} run(s)\n  " + "\n  ".join(runs) for name, runs in sorted(copied.items())]
    assert copied == {}, "text copied from the dev sets (invent it, or keep ids and offsets):\n" + "\n".join(
        report
    )


def test_the_scan_finds_a_copied_run():
    assert words("Britain 's PM is n't here") == words("Britain's PM isn't here")
    dev_like = words("The minister , who is n't here , said the plan was dead on arrival .")
    project_like = words("x: 'who isn't here, said the plan was dead' y")
    assert {h for _, h in shingles(dev_like)} & {h for _, h in shingles(project_like)}
    assert not {h for _, h in shingles(words("who is not here said the plan was dead"))} & {
        h for _, h in shingles(dev_like)
    }
