"""The project's own gold (tests/gold/) points at real sentences of the dev sets and follows its format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builder.evaluation.briefings import texts_of

GOLD = Path(__file__).parent / "gold"
DEV = Path(__file__).resolve().parents[2] / "shared" / "eval"
GIFT_FILES = [GOLD / "gifts_real_news.jsonl"]
BRIEFING_FILES = [GOLD / "briefing_news.jsonl"]
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev sets are not beside the repo")

# A sentence ends at . ! or ? (with any closing quotes) before a capital or digit, spaced or glued on as in
# the XSum texts ("…the vote was close.Nobody expected"); titles and initials ("Mr.", "U.S.") do not end one.
SENTENCE_END = re.compile(r"[.!?][\"'’”)]*(?:\s+|(?=[\"“‘']?[A-Z0-9]))(?=[\"“‘']?[A-Z0-9])")
NOT_AN_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Lt|Jr|Sgt|Spc|Gen|Gov|Rep|Sen|No|Co)|(?:^|[\s.])[A-Z])\.$"
)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def crosses_a_sentence(quote: str) -> bool:
    """Whether a sentence ends inside the quote (an end at its very last character is allowed)."""
    for end in SENTENCE_END.finditer(quote):
        if end.end() < len(quote) and not NOT_AN_END.search(quote[: end.start() + 1]):
            return True
    return "\n" in quote


def quote_problem(text: str, start: int, end: int) -> str:
    """What is wrong with text[start:end] as a gold quote, or '' when it is fine."""
    quote = text[start:end]
    if not 0 <= start < end <= len(text):
        return "offsets out of range"
    if len(quote.split()) < 6:
        return f"fewer than 6 words: {quote!r}"
    if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return f"not on word boundaries: {text[max(0, start - 10) : end + 10]!r}"
    if quote != quote.strip():
        return f"starts or ends with a space: {quote!r}"
    if crosses_a_sentence(quote):
        return f"runs over a sentence end: {quote!r}"
    return ""


@pytest.mark.parametrize(
    ("quote", "crosses"),
    [
        ("the minister said the plan would fail", False),
        ("the plan would fail. Critics said so", True),
        ("the vote was close.Nobody expected it then", True),  # XSum glues sentences together
        ("asked whether it was over? Nobody knew", True),
        ("Mr. Smith met U.S. officials on the day", False),
        ('she said "it is over." Then she left', True),
        ("the plan would fail.", False),
    ],
)
def test_the_sentence_heuristic(quote, crosses):
    assert crosses_a_sentence(quote) is crosses


TEXT = "The council said the ferry had failed. It was suspended by the agency."


@pytest.mark.parametrize(
    ("quote", "wrong"),
    [
        ("The council said the ferry had failed", ""),
        ("council said the ferry had failed.", ""),
        ("The council said the ferry", "fewer than 6 words"),
        ("ouncil said the ferry had failed", "not on word boundaries"),
        ("the ferry had failed. It was suspended", "runs over a sentence end"),
    ],
)
def test_a_quote_problem_is_named(quote, wrong):
    start = TEXT.index(quote)
    assert quote_problem(TEXT, start, start + len(quote)).startswith(wrong)
    assert bool(quote_problem(TEXT, start, start + len(quote))) is bool(wrong)


@pytest.mark.parametrize("path", GIFT_FILES, ids=lambda p: p.name)
def test_every_gift_record_has_the_documented_shape(path):
    for record in records(path):
        assert {"dataset", "id", "gifts"} <= set(record)
        for gift in record["gifts"]:
            assert gift["status"] in {"given", "promised"}
            assert 0 <= gift["quote_start"] < gift["quote_end"]
            for side in ("giver", "recipient", "item"):
                assert all(isinstance(w, str) and w == w.lower() for w in gift[side])


@pytest.mark.parametrize("path", BRIEFING_FILES, ids=lambda p: p.name)
def test_every_briefing_record_has_the_documented_shape(path):
    gold = records(path)
    assert len({(r["dataset"], r["id"]) for r in gold}) == len(gold), "an article annotated twice"
    for record in gold:
        assert set(record) == {
            "dataset",
            "id",
            "key_actors",
            "other_actors",
            "concerns",
            "open_questions",
            "note",
        }
        assert 1 <= len(record["key_actors"]) <= 7, record["id"]
        for alternatives in record["key_actors"] + record["other_actors"]:
            assert alternatives and all(a == a.lower() and a.strip() == a for a in alternatives), alternatives
        for concern in record["concerns"]:
            assert set(concern) == {"holder", "about", "quote_start", "quote_end"}
            assert all(w == w.lower() and w for w in concern["holder"]), concern
            assert 0 < len(concern["about"].split()) <= 8, concern["about"]
        for question in record["open_questions"]:
            assert set(question) == {"question", "quote_start", "quote_end"}
            assert question["question"][0].isupper() and question["question"].endswith("?"), question


@needs_dev
@pytest.mark.parametrize("path", GIFT_FILES, ids=lambda p: p.name)
def test_every_gift_quote_is_a_sentence_of_its_text(path):
    gold = records(path)
    texts = texts_of(gold, DEV)
    for record in gold:
        text = texts[(record["dataset"], record["id"])]
        for gift in record["gifts"]:
            quote = text[gift["quote_start"] : gift["quote_end"]]
            assert len(quote.split()) >= 6 and "\n" not in quote, (record["id"], quote)
            named = [w for w in gift["giver"] + gift["recipient"] + gift["item"]]
            assert not named or any(w in text.lower() for w in named), record["id"]


@needs_dev
@pytest.mark.parametrize("path", BRIEFING_FILES, ids=lambda p: p.name)
def test_every_briefing_quote_is_within_one_sentence_of_its_text(path):
    gold = records(path)
    texts = texts_of(gold, DEV)
    problems = []
    for record in gold:
        text = texts[(record["dataset"], record["id"])]
        assert len(text.split()) >= 150, record["id"]
        for item in record["concerns"] + record["open_questions"]:
            if wrong := quote_problem(text, item["quote_start"], item["quote_end"]):
                problems.append(f"{record['id']}: {wrong}")
        for concern in record["concerns"]:
            words = concern["holder"]
            assert not words or any(w in text.lower() for w in words), (record["id"], words)
        for alternatives in record["key_actors"]:
            assert any(a in text.lower() for a in alternatives), (record["id"], alternatives)
    assert not problems, "\n".join(problems)
