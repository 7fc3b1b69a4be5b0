"""The project's own gold (tests/gold/) points at real sentences of the dev sets and follows its format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.evaluation.briefings import texts_of

GOLD = Path(__file__).parent / "gold"
DEV = Path(__file__).resolve().parents[2] / "shared" / "eval"
FILES = sorted(GOLD.glob("*.jsonl"))


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_record_has_the_documented_shape(path):
    assert FILES, "no gold files"
    for record in records(path):
        assert {"dataset", "id", "gifts"} <= set(record)
        for gift in record["gifts"]:
            assert gift["status"] in {"given", "promised"}
            assert 0 <= gift["quote_start"] < gift["quote_end"]
            for side in ("giver", "recipient", "item"):
                assert all(isinstance(w, str) and w == w.lower() for w in gift[side])


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev sets are not beside the repo")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_quote_is_a_sentence_of_its_text(path):
    gold = records(path)
    texts = texts_of(gold, DEV)
    for record in gold:
        text = texts[(record["dataset"], record["id"])]
        for gift in record["gifts"]:
            quote = text[gift["quote_start"] : gift["quote_end"]]
            assert len(quote.split()) >= 6 and "\n" not in quote, (record["id"], quote)
            named = [w for w in gift["giver"] + gift["recipient"] + gift["item"]]
            assert not named or any(w in text.lower() for w in named), record["id"]
