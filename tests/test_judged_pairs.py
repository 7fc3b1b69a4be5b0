"""Story merges a reader judged, kept as a regression test (the articles stay in ../shared/eval).

The judged articles are grouped together with the real pipeline, each with its outlet (the BBC sets' records
name none, so their set's outlet is given, as a site's front matter would). A pair judged one happening must
stay one story; a pair judged two happenings must be two. Merges the current rules still make, and pairs
judged one happening that they keep apart, are marked as known failures (strict: when one is fixed the mark
must go), so the file records where grouping stands.

The same verdicts are checked with the outlet unknown, as a user dropping plain .txt files gives them: every
article of a collection (`collections`: the 84 BBC texts of briefing_gold and bbc_gifts) is grouped together,
each its own source, and the judged pairs inside it are checked (`known_wrong_no_outlet`,
`known_split_no_outlet` mark where that grouping stands). FRANK's 250 texts, grouped the same way, are
reported by `briefing eval --only frank` against the same verdicts; extracting them is too slow for a test.
The judged pairs outside the collections (FRANK's) are checked with the outlet unknown among every article
the test extracted (`known_wrong_mixed`, `known_split_mixed`): two of them, an execution video against two
women escaping the same militia and a league preview against a rival's injury, merged there until the
leads of a pair had to share a word of what happened (`grouping.shown_pairs`).
"""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from builder.core.model import Briefing
from builder.evaluation.metrics import read_jsonl
from builder.evaluation.stories import extract_records, published_by, set_outlet, without_outlets
from builder.stories.grouping import group_stories
from tests.conftest import ROOT

JUDGED = json.loads((ROOT / "tests" / "fixtures" / "judged_story_pairs.json").read_text(encoding="utf-8"))
EVAL = ROOT.parent / "shared" / "eval"
PRESENT = all((EVAL / f).is_file() for f in JUDGED["files"])
# The ids of each collection's articles, read when the dev sets are there (reading ids is quick).
COLLECTIONS = {
    name: {str(r["id"]) for f in files for r in read_jsonl(EVAL / f)} if PRESENT else set()
    for name, files in JUDGED["collections"].items()
}


def case(pair: dict, suffix: str = "") -> object:
    wrong, split = pair.get(f"known_wrong{suffix}"), pair.get(f"known_split{suffix}")
    known = "known wrong merge" if wrong else "known split" if split else ""
    marks = [pytest.mark.xfail(strict=True, reason=f"{known}: {pair['why']}")] if known else []
    return pytest.param(pair, id=f"{pair['a'][-12:]}-{pair['b'][-12:]}", marks=marks)


def together(stories: list[tuple[str, ...]]) -> set[tuple[str, str]]:
    return {pair for s in stories for pair in combinations(sorted(s), 2)}


@pytest.fixture(scope="module")
def extracted(nlp: object) -> dict[str, list[Briefing]]:
    """Each file's briefings (with its set's outlet): all of a collection's files, the judged rest."""
    if not PRESENT:
        pytest.skip(f"the dev sets are not at {EVAL}")
    wanted = {p[k] for p in JUDGED["pairs"] for k in ("a", "b")} | set().union(*COLLECTIONS.values())
    found = {}
    for file in JUDGED["files"]:
        records = [r for r in read_jsonl(EVAL / file) if str(r["id"]) in wanted]
        found[file] = list(published_by(extract_records(records), set_outlet(EVAL / file)))
    return found


@pytest.fixture(scope="module")
def merged(extracted: dict[str, list[Briefing]]) -> set[tuple[str, str]]:
    """Every pair of judged articles that grouping puts into one story, the outlets known."""
    wanted = {p[k] for p in JUDGED["pairs"] for k in ("a", "b")}
    briefings = [b for found in extracted.values() for b in found if b.article.id in wanted]
    return together([s.article_ids for s in group_stories(briefings)])


@pytest.fixture(scope="module")
def merged_no_outlet(extracted: dict[str, list[Briefing]]) -> set[tuple[str, str]]:
    """Every pair of articles that grouping puts into one story, each collection grouped as plain files."""
    pairs: set[tuple[str, str]] = set()
    for name, files in JUDGED["collections"].items():
        briefings = without_outlets([b for f in files for b in extracted[f]])
        assert {b.article.id for b in briefings} == COLLECTIONS[name]
        pairs |= together([s.article_ids for s in group_stories(briefings)])
    return pairs


@pytest.fixture(scope="module")
def merged_mixed(extracted: dict[str, list[Briefing]]) -> set[tuple[str, str]]:
    """Every pair of articles grouping puts into one story: all extracted articles as plain files."""
    return together(
        [s.article_ids for s in group_stories(without_outlets([b for f in extracted.values() for b in f]))]
    )


def in_a_collection(pair: dict) -> bool:
    return any({pair["a"], pair["b"]} <= ids for ids in COLLECTIONS.values())


@pytest.mark.parametrize("pair", [case(p) for p in JUDGED["pairs"]])
def test_judged_pair(merged: set[tuple[str, str]], pair: dict) -> None:
    found = tuple(sorted((pair["a"], pair["b"]))) in merged
    assert found is pair["same"], pair["why"]


@pytest.mark.parametrize(
    "pair",
    [case(p, "_no_outlet") for p in JUDGED["pairs"] if in_a_collection(p)],
)
def test_judged_pair_with_the_outlet_unknown(merged_no_outlet: set[tuple[str, str]], pair: dict) -> None:
    found = tuple(sorted((pair["a"], pair["b"]))) in merged_no_outlet
    assert found is pair["same"], pair["why"]


@pytest.mark.parametrize("pair", [case(p, "_mixed") for p in JUDGED["pairs"] if not in_a_collection(p)])
def test_judged_pair_among_every_article_with_the_outlet_unknown(
    merged_mixed: set[tuple[str, str]], pair: dict
) -> None:
    found = tuple(sorted((pair["a"], pair["b"]))) in merged_mixed
    assert found is pair["same"], pair["why"]
