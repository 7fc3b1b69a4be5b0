"""Data files shipped with the builder, and their loaders: the gazetteer and the published accuracy report.

Takes nothing from the other packages (the bottom layer, beside `builder.core`); gives out `gazetteer()`
(countries with aliases, capitals and demonyms, and organisations), `appraisal()` (words of criticism)
and the accuracy report that `briefing eval --write-report` refreshes and the About page reads.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any

REPORT_FILE = "accuracy.json"


@functools.cache
def gazetteer() -> dict[str, Any]:
    """Countries (aliases, demonyms, capitals) and organisations shipped with the package."""
    text = resources.files("builder.data").joinpath("gazetteer.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.cache
def appraisal() -> dict[str, Any]:
    """Words of negative judgement and criticism (lemmas by part of speech) for finding concerns."""
    text = resources.files("builder.data").joinpath("appraisal.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.cache
def noun_senses() -> dict[str, str]:
    """One-word nouns and a class letter per sense, most frequent first (WordNet; see make_nouns.py)."""
    text = resources.files("builder.data").joinpath("nouns.json").read_text(encoding="utf-8")
    return json.loads(text)["nouns"]


@functools.cache
def places() -> frozenset[str]:
    """Names of cities of 50,000 people or more and of US states (GeoNames; see make_places.py), and of the
    counties, regions and provinces of the UK, Australia, Canada and New Zealand (ISO 3166-2; see
    make_regions.py)."""
    folder = resources.files("builder.data")
    cities = json.loads(folder.joinpath("places.json").read_text(encoding="utf-8"))["places"]
    regions = json.loads(folder.joinpath("regions.json").read_text(encoding="utf-8"))["regions"]
    return frozenset([*cities, *regions])


def report_path() -> Path:
    """Where the committed accuracy report lives."""
    return Path(str(resources.files("builder.data").joinpath(REPORT_FILE)))


def load_report() -> dict[str, Any] | None:
    """The committed accuracy report, if there is one."""
    path = report_path()
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
