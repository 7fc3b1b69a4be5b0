"""The gift scoring functions on tiny hand-made inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.core.model import NOT_NAMED
from builder.evaluation.gifts import (
    Argument,
    Score,
    Triple,
    appositive_name,
    gold_names,
    item_head,
    name_tokens,
    passage_from,
    rams_event_from,
    referent,
    same_gift,
    same_party,
    score_gifts_file,
    score_slot,
    score_triples,
)


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("the Vienna Boys' Choir", ("vienna", "boys", "choir")),
        ("President Emmanuel Macron", ("emmanuel", "macron")),
        ("Japanese prime minister", ("japanese", "prime", "minister")),
        ("Tonga's government", ("tonga", "government")),
        ("U.S. Congress", ("u", "s", "congress")),
    ],
)
def test_name_tokens(name: str, tokens: tuple[str, ...]) -> None:
    assert name_tokens(name) == tokens


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Emmanuel Macron", "Macron", True),  # suffix
        ("Kim Jong Un", "Kim", True),  # prefix
        ("Senate colleagues", "her Senate colleagues", True),  # subset
        ("city of Oslo", "the city of Oslo", True),  # article
        ("DPRK", "North Korea", True),  # gazetteer alias
        ("Pyongyang", "North Korea", True),  # gazetteer capital
        ("North Korea", "South Korea", False),
        ("Donald Trump", "Emmanuel Macron", False),
        ("", "Macron", False),
    ],
)
def test_same_party(a: str, b: str, expected: bool) -> None:
    assert same_party(a, b) is expected
    assert same_party(b, a) is expected


@pytest.mark.parametrize(
    ("item", "head"),
    [
        ("a box of chocolates", "box"),
        ("three hand-carved wooden chairs", "chair"),
        ("a red button mounted on a box", "button"),
    ],
)
def test_item_head(item: str, head: str) -> None:
    assert item_head(item) == head


def test_same_gift_needs_parties_and_head_noun() -> None:
    gold = Triple("Emmanuel Macron", "a young oak tree", "Donald Trump")
    assert same_gift(Triple("Macron", "an oak tree from Belleau Wood", "Trump"), gold)
    assert not same_gift(Triple("Macron", "a sapling", "Trump"), gold)
    assert not same_gift(Triple("Trump", "a young oak tree", "Macron"), gold)


def test_score_triples_matches_one_to_one() -> None:
    gold = [Triple("A Ltd", "a pen", "B"), Triple("A Ltd", "a book", "B")]
    predicted = [Triple("A Ltd", "a pen", "B"), Triple("A Ltd", "a pen", "B"), Triple("C", "a cup", "D")]
    score = score_triples(predicted, gold)
    assert score == Score(tp=1, fp=2, fn=1)
    assert score.precision == pytest.approx(100 / 3)
    assert score.recall == pytest.approx(50.0)
    assert score.f1 == pytest.approx(40.0)


def test_empty_score_is_zero_not_an_error() -> None:
    assert Score(0, 0, 0).f1 == 0.0
    assert Score(1, 1, 0) + Score(1, 0, 2) == Score(2, 1, 2)


def test_score_slot_counts_one_slot_per_event() -> None:
    assert score_slot(["Peter Thiel", "Thiel"], ["Thiel", "Peter Thiel"]) == Score(1, 0, 0)
    assert score_slot([], ["Thiel"]) == Score(0, 0, 1)
    assert score_slot(["Thiel"], []) == Score(0, 1, 0)
    assert score_slot(["someone"], ["Thiel"]) == Score(0, 1, 1)


def test_score_slot_reads_a_side_not_named_as_no_prediction() -> None:
    assert score_slot([NOT_NAMED], ["Thiel"]) == Score(0, 0, 1)
    assert score_slot([NOT_NAMED], []) == Score(0, 0, 0)
    assert score_slot([NOT_NAMED, "Peter Thiel"], ["Thiel"]) == Score(1, 0, 0)


def test_record_loaders() -> None:
    gold = [{"giver": "A", "recipient": "B", "gift": "a pen", "status": "given"}]
    passage = passage_from({"id": "x", "text": "t", "gold_gifts": gold})
    assert passage.gold == (Triple("A", "a pen", "B", "given"),)
    event = rams_event_from(
        {
            "id": "r",
            "text": "t",
            "trigger": {"text": "donated", "start": 3, "end": 10},
            "arguments": [
                {"role": "giver", "text": "A", "start": 0},
                {"role": "beneficiary", "text": "B", "start": 12},
                {"role": "place", "text": "C", "start": 20},
            ],
        }
    )
    assert event.trigger == (3, 10)
    assert (event.givers, event.recipients) == ((Argument("A", 0),), (Argument("B", 12),))


def test_score_gifts_file_runs_the_extractor(tmp_path: Path) -> None:
    path = tmp_path / "passages.jsonl"
    gold = [{"giver": "Ada Quinn", "recipient": "Ben Ross", "gift": "a silver pen", "status": "given"}]
    records = [
        {"id": "1", "text": "Ada Quinn gave Ben Ross a silver pen.", "gold_gifts": gold},
        {"id": "2", "text": "The minister gave a speech on Monday.", "gold_gifts": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert score_gifts_file(path) == Score(1, 0, 0)


def test_score_gifts_file_reads_rams_events(tmp_path: Path) -> None:
    path = tmp_path / "rams.jsonl"
    text = "The weather was mild . Businessman Karl Ode donated $ 5 million to the city zoo ."
    start = text.index("donated")
    record = {
        "id": "r1",
        "text": text,
        "trigger": {"text": "donated", "start": start, "end": start + 7},
        "arguments": [{"role": "giver", "text": "Karl Ode"}, {"role": "recipient", "text": "zoo"}],
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    assert score_gifts_file(path) == Score(2, 0, 0)


def _argument(text: str, words: str) -> Argument:
    return Argument(words, text.index(words))


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("Ada Quinn runs a bakery . She donated $ 5 to the zoo .", "She", "Ada Quinn"),
        # recency, not the extractor's choice: the nearest person before "He" is Lars Berg
        ("Karl Ode met Lars Berg on Monday . He donated $ 5 to the zoo .", "He", "Lars Berg"),
        ("The Lind Trust met on Monday . It donated $ 5 to the zoo .", "It", "The Lind Trust"),
        ("The weather was mild . He donated $ 5 to the zoo .", "He", None),  # nobody named before it
        ("Ada Quinn runs a bakery . The zoo got $ 5 .", "Ada Quinn", None),  # not a pronoun
        ("Ada Quinn runs a bakery . His campaign got $ 5 .", "His campaign", None),  # a phrase, not a pronoun
    ],
)
def test_referent_of_a_gold_pronoun(nlp, text: str, pronoun: str, expected: str | None) -> None:
    assert referent(nlp(text), _argument(text, pronoun)) == expected


def test_gold_names_add_the_referent_of_a_pronoun(nlp) -> None:
    text = "Ada Quinn runs a bakery . She donated $ 5 to the zoo ."
    names = gold_names([_argument(text, "She"), _argument(text, "zoo")], nlp(text))
    assert names == ["She", "zoo", "Ada Quinn"]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The grant went to Radio Liberty , a government funded broadcaster , on Monday .", "broadcaster",
         "Radio Liberty"),
        ("Funds reached Ada Quinn , the founder of the bakery , on Monday .", "the founder", "Ada Quinn"),
        ("The grant went to a broadcaster on Monday .", "broadcaster", None),  # no apposition
        ("The grant went to Radio Liberty , a government funded broadcaster .", "Radio Liberty", None),
    ],
)  # fmt: skip
def test_appositive_descriptor_names_the_party_beside_it(nlp, text: str, words: str, expected) -> None:
    assert appositive_name(nlp(text), _argument(text, words)) == expected


def test_gold_names_add_the_name_beside_a_descriptor(nlp) -> None:
    text = "The grant went to Radio Liberty , a government funded broadcaster , on Monday ."
    assert gold_names([_argument(text, "broadcaster")], nlp(text)) == ["broadcaster", "Radio Liberty"]


def _rams_file(tmp_path: Path, text: str, giver: Argument) -> Path:
    start = text.index("donated")
    record = {
        "id": "r1",
        "text": text,
        "trigger": {"text": "donated", "start": start, "end": start + 7},
        "arguments": [
            {"role": "giver", "text": giver.text, "start": giver.start},
            {"role": "recipient", "text": "zoo", "start": text.index("zoo")},
        ],
    }
    path = tmp_path / "rams.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_pronoun_giver_matches_the_name_it_refers_to(tmp_path: Path) -> None:
    text = "Businessman Karl Ode runs a bakery . He donated $ 5 million to the city zoo ."
    assert score_gifts_file(_rams_file(tmp_path, text, _argument(text, "He"))) == Score(2, 0, 0)


def test_pronoun_giver_resolved_elsewhere_counts_as_wrong(tmp_path: Path) -> None:
    # The extractor takes "He" as the previous subject (Karl Ode); the scorer's referent is the nearest
    # person (Lars Berg), so the giver slot is scored wrong rather than trusted.
    text = "Karl Ode met Lars Berg on Monday . He donated $ 5 million to the city zoo ."
    assert score_gifts_file(_rams_file(tmp_path, text, _argument(text, "He"))) == Score(1, 1, 1)
