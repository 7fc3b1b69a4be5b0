"""The whole-briefing scorer (briefing_gold and bbc_gifts rules) on hand-made briefings and the reference."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.evaluation.briefings import (
    BriefingCounts,
    article_of,
    extract_briefings,
    name_match,
    score_briefing,
    score_briefings_file,
    score_offset_records,
    with_quotes,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def evidence(text: str) -> dict:
    return {"sentence": 1, "start": 0, "end": len(text), "text": text}


def briefing(**items) -> dict:
    base = {"actors": [], "concerns": [], "questions": [], "gifts": []}
    return {**base, **items}


def actor(name: str, kind: str = "person", aliases: tuple[str, ...] = ()) -> dict:
    return {"name": name, "kind": kind, "aliases": list(aliases)}


@pytest.mark.parametrize(
    ("names", "alternatives", "expected"),
    [
        (["Tony Blair"], ["blair"], True),  # the gold word inside the name
        (["Blair"], ["tony blair"], True),  # the name inside the gold alternative
        (["Mr"], ["tony blair"], False),  # not a whole word of it
        (["Blairite"], ["blair"], False),  # whole words only
        (["North Korea"], ["south korea"], False),
    ],
)
def test_names_match_in_whole_words(names, alternatives, expected):
    assert name_match(names, alternatives) is expected


def test_places_are_not_scored_and_key_actors_are_found_by_alias():
    gold = {"key_actors": [["tony blair", "blair"]], "other_actors": [["labour"]]}
    predicted = briefing(
        actors=[
            actor("Blair"),
            actor("Labour Party", "organisation"),
            actor("Gateshead", "place"),
            actor("Mr"),
        ]
    )
    counts = score_briefing(predicted, gold)
    assert (counts.actors_valid, counts.actors_predicted) == (2, 3)
    assert (counts.key_found, counts.key_all) == (1, 1)


def test_concerns_match_one_to_one_by_quote_and_holders_are_checked():
    quote = "the plan would cost jobs in the north"
    gold = {
        "concerns": [
            {"holder": ["unions"], "quote": quote},
            {"holder": [], "quote": quote},  # the same sentence holds a second concern
        ]
    }
    sentence = f"Unions said {quote}."
    one = briefing(concerns=[{"holder": "trade unions", "evidence": evidence(sentence)}])
    counts = score_briefing(one, gold)
    assert (counts.concerns.tp, counts.concerns.fp, counts.concerns.fn) == (1, 0, 1)
    assert counts.holders_right == 1
    two = briefing(
        concerns=[
            {"holder": "trade unions", "evidence": evidence(sentence)},
            {"holder": "unattributed", "evidence": evidence(sentence)},
        ]
    )
    counts = score_briefing(two, gold)
    assert counts.concerns.tp == 2 and counts.holders_right == 2


def test_a_gift_side_the_gold_leaves_open_matches_anything():
    gold = {"gifts": [{"giver": [], "recipient": ["charity"], "item": ["£1m"], "quote": "x"}]}
    right = {"giver": "not named", "recipient": "the Charity", "item": "£1m", "status": "given"}
    wrong = {"giver": "fans", "recipient": "the club", "item": "£1m", "status": "given"}
    counts = score_briefing(briefing(gifts=[right, wrong]), gold)
    assert (counts.gifts_predicted, counts.gifts_predicted_right) == (2, 1)
    assert counts.gifts.precision == 50.0 and counts.gifts.recall == 100.0


def test_a_record_is_read_as_a_txt_source_with_its_headline_as_title():
    article = article_of({"id": "x", "text": "Ministers agree budget deal\nThe budget was agreed on Monday."})
    assert article.title == "Ministers agree budget deal"
    assert article.paragraphs == ("The budget was agreed on Monday.",)


def write_set(tmp_path: Path) -> Path:
    articles = [
        {
            "id": "a1",
            "title": "t",
            "text": "Charity gift\nThe singer gave £5,000 to the Red Cross on Monday.",
        },
        {"id": "a2", "title": "t", "text": "Team news\nThe coach gave the side a chance to win the cup."},
    ]
    gold = [
        {
            "id": "a1",
            "gifts": [{"giver": ["singer"], "recipient": ["red cross"], "item": ["5,000"], "quote": "q"}],
        },
        {"id": "a2", "gifts": []},
    ]
    (tmp_path / "articles.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in articles), encoding="utf-8"
    )
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold), encoding="utf-8")
    return path


def test_the_eval_command_scores_a_gift_set(tmp_path, nlp):
    path = write_set(tmp_path)
    result = CliRunner().invoke(main, ["eval", "--gifts-real", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["metric"]: r for r in json.loads(result.stdout)}
    assert set(rows) == {"gift on real news precision", "gift on real news recall", "gift on real news F1"}
    counts = score_briefings_file(path)
    assert rows["gift on real news F1"]["value"] == pytest.approx(round(counts.gifts.f1, 2))


@pytest.mark.skipif(
    not (SHARED / "briefing_gold" / "score.py").is_file(), reason="dev data not beside the repo"
)
def test_the_numbers_equal_the_reference_scorer(tmp_path, nlp):
    """Our scorer and the one shipped with the data give the same figures on the same briefings."""
    gold_path = SHARED / "briefing_gold" / "gold.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()][:8]
    by_id = {r["id"]: r for r in map(json.loads, (SHARED / "briefing_gold" / "articles.jsonl").open())}
    briefings = extract_briefings([by_id[g["id"]] for g in gold])
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    (tmp_path / "out.json").write_text(json.dumps(briefings), encoding="utf-8")
    script = SHARED / "briefing_gold" / "score.py"
    out = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "gold.jsonl"), str(tmp_path / "out.json")],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    reference = dict(
        part.rsplit(" ", 1) for part in out.split("briefing gold: ")[1].split(";")[0].split(", ")
    )
    counts = sum(
        (score_briefing(b, g) for b, g in zip(briefings, gold, strict=True)),
        BriefingCounts(),
    )
    ours = {
        "actor_precision": counts.actor_precision,
        "key_recall": counts.key_recall,
        "concern_f1": counts.concerns.f1,
        "question_f1": counts.questions.f1,
        "gift_f1": counts.gifts.f1,
    }
    for key, value in ours.items():
        assert float(reference[key]) == pytest.approx(value, abs=0.05), key


NEWS = [
    {
        "id": "n1",
        "text": "The council approved the new budget on Monday after a long debate. Opposition leader Jane "
        "Porter warned that the cuts would hurt local schools and libraries. The mayor may resign next "
        "month if the plan fails.",
    },
    {
        "id": "n2",
        "text": "Northfield Rovers signed the striker Tom Ellis from Southport United on Friday. The club "
        "said the fee was not disclosed. Ellis could make his debut against Bramley Town on Saturday.",
    },
]


def news_gold(text: str, concern: str, question: str, **fields) -> dict:
    start, qstart = text.index(concern), text.index(question)
    return {
        "dataset": "frank/news.jsonl",
        "concerns": [
            {
                "holder": ["porter"],
                "about": "cuts hurt schools",
                "quote_start": start,
                "quote_end": start + len(concern),
            }
        ],
        "open_questions": [
            {"question": "Will the mayor resign?", "quote_start": qstart, "quote_end": qstart + len(question)}
        ],
        "note": "",
        **fields,
    }


def write_news(tmp_path: Path) -> tuple[Path, list[dict]]:
    """A dev folder with invented news texts and offset gold for them (as tests/gold/briefing_news.jsonl)."""
    (tmp_path / "dev" / "frank").mkdir(parents=True)
    (tmp_path / "dev" / "frank" / "news.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in NEWS), encoding="utf-8"
    )
    one = news_gold(
        NEWS[0]["text"],
        "warned that the cuts would hurt local schools",
        "The mayor may resign next month",
        id="n1",
        key_actors=[["jane porter", "porter"], ["council"]],
        other_actors=[],
    )
    two = {
        **news_gold(
            NEWS[1]["text"],
            "The club said the fee was not disclosed",  # not a concern: a prediction there is wrong
            "could make his debut against Bramley Town",
            id="n2",
            key_actors=[["tom ellis", "ellis"], ["northfield rovers"]],
            other_actors=[["southport united"], ["bramley town"]],
        ),
        "concerns": [],
    }
    gold = [one, two]
    path = tmp_path / "briefing_news.jsonl"
    path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return path, gold


def test_offset_gold_gets_its_quotes_cut_from_the_text():
    text = NEWS[0]["text"]
    gold = news_gold(text, "warned that the cuts would hurt local schools", "The mayor may resign next month")
    quoted = with_quotes(gold, text)
    assert quoted["concerns"][0]["quote"] == "warned that the cuts would hurt local schools"
    assert quoted["open_questions"][0]["quote"] == "The mayor may resign next month"
    assert "quote" not in gold["concerns"][0]  # the stored record is left as it was


def test_offset_gold_scores_as_the_same_gold_written_with_quotes(tmp_path, nlp):
    """The numbers mean what --briefing-gold's mean: same briefings, same gold, quotes given or cut out."""
    _, gold = write_news(tmp_path)
    counts = score_offset_records(gold, tmp_path / "dev")
    briefings = extract_briefings([{"id": f"frank/news.jsonl#{r['id']}", "text": r["text"]} for r in NEWS])
    first, second = gold
    written = [  # the same gold as briefing_gold keeps it: quote strings, no offsets needed
        {
            **first,
            "concerns": [{**first["concerns"][0], "quote": "warned that the cuts would hurt local schools"}],
            "open_questions": [{**first["open_questions"][0], "quote": "The mayor may resign next month"}],
        },
        {
            **second,
            "open_questions": [
                {**second["open_questions"][0], "quote": "could make his debut against Bramley Town"}
            ],
        },
    ]
    assert counts == sum(
        (score_briefing(b, g) for b, g in zip(briefings, written, strict=True)), BriefingCounts()
    )
    assert counts.articles == 2 and counts.key_all == 4
    assert counts.concerns.tp + counts.concerns.fn == 1 and counts.questions.tp + counts.questions.fn == 2


def test_offsets_pointing_elsewhere_change_the_match(tmp_path, nlp):
    """A concern found in its sentence stops matching when the gold offsets point at another sentence."""
    text = NEWS[0]["text"]
    right = news_gold(
        text, "warned that the cuts would hurt local schools", "The mayor may resign next month"
    )
    [found] = extract_briefings([{"id": "n1", "text": text}])
    quoted = with_quotes(right, text)
    concern = {
        "holder": "Jane Porter",
        "evidence": evidence(
            "Opposition leader Jane Porter warned that the cuts would hurt local schools and libraries."
        ),
    }
    assert score_briefing({**found, "concerns": [concern]}, quoted).concerns.tp == 1
    elsewhere = news_gold(text, "approved the new budget on Monday after", "The mayor may resign next month")
    assert score_briefing({**found, "concerns": [concern]}, with_quotes(elsewhere, text)).concerns.tp == 0


def test_the_eval_command_scores_news_gold_with_texts_from_dev(tmp_path, nlp):
    path, gold = write_news(tmp_path)
    args = ["eval", "--dev", str(tmp_path / "dev"), "--briefing-news", str(path), "--only", "briefing_news"]
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["metric"]: r for r in json.loads(result.stdout)}
    assert {r["task"] for r in rows.values()} == {
        "actors",
        "concerns",
        "open questions",
    }  # no gifts annotated
    counts = score_offset_records(gold, tmp_path / "dev")
    assert rows["concern sentence F1"]["value"] == pytest.approx(round(counts.concerns.f1, 2))
    assert rows["key-actor recall (whole briefings)"]["value"] == pytest.approx(round(counts.key_recall, 2))
    assert rows["open question sentence recall"]["value"] == pytest.approx(round(counts.questions.recall, 2))
    assert all(r["tune"] is not None and r["check"] is not None for r in rows.values())


def test_the_eval_command_needs_the_dev_texts_for_news_gold(tmp_path):
    path, _ = write_news(tmp_path)
    result = CliRunner().invoke(main, ["eval", "--briefing-news", str(path)])
    assert result.exit_code != 0 and "--dev" in str(result.exception or result.output)


def test_dev_fills_the_news_gold_from_tests_gold(tmp_path):
    from builder.cli import _eval_files
    from builder.evaluation.harness import PROJECT_GOLD

    files = _eval_files(tmp_path, {})
    assert files["briefing_news"] == PROJECT_GOLD / "briefing_news.jsonl"
    assert (
        _eval_files(tmp_path, {"briefing_news": tmp_path / "x.jsonl"})["briefing_news"]
        == tmp_path / "x.jsonl"
    )
