"""The evaluation harness on tiny hand-made inputs (the research data stays in ../shared/eval)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.evaluation import harness
from builder.evaluation.metrics import Score, combine, compare, split_half
from builder.evaluation.summaries import reference_of, rouge_average


def test_score_arithmetic():
    score = compare({1, 2, 3}, {2, 3, 4, 5})
    assert (score.tp, score.fp, score.fn) == (2, 1, 2)
    assert score.precision == pytest.approx(66.667, abs=0.01)
    assert score.recall == 50.0
    assert score.f1 == pytest.approx(57.14, abs=0.01)
    assert Score(0, 0, 0).f1 == 0.0
    assert (score + Score(1, 0, 0)).tp == 3


def test_rouge_is_perfect_for_identical_text_and_zero_for_disjoint():
    same = rouge_average("x", [("the cat sat on the mat", "the cat sat on the mat")])
    assert same.rouge1 == pytest.approx(100.0) and same.rougeLsum == pytest.approx(100.0)
    none = rouge_average("x", [("alpha beta", "gamma delta")])
    assert none.rouge1 == 0.0


def test_reference_joins_highlights_one_per_line():
    assert reference_of({"gold_highlights_detok": ["One.", " Two. "]}) == "One.\nTwo."


def tiny_conll(tmp_path):
    text = "Angela Merkel visited Paris .\nMerkel met officials of the European Union ."
    entities = [
        {"text": "Angela Merkel", "type": "PER", "start": 0, "end": 13},
        {"text": "Paris", "type": "LOC", "start": 22, "end": 27},
        {"text": "Merkel", "type": "PER", "start": 30, "end": 36},
        {"text": "European Union", "type": "ORG", "start": 54, "end": 68},
    ]
    entity_set = {"PER": ["Angela Merkel", "Merkel"], "LOC": ["Paris"], "ORG": ["European Union"]}
    record = {"id": "d1", "text": text, "entities": entities, "entity_set": entity_set}
    path = tmp_path / "conll.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_actor_scores_on_a_tiny_document(tmp_path, nlp):
    from builder.evaluation.actors import score_actors_file

    scores = score_actors_file(tiny_conll(tmp_path))
    assert scores.documents == 1
    assert scores.overall.tp + scores.overall.fn == 4
    assert scores.mentions["PER"].recall == 100.0
    assert scores.key_actors.tp >= 3


def test_missing_files_are_skipped_with_a_message(tmp_path):
    lines: list[str] = []
    rows = harness.run({"actors": tmp_path / "nope.jsonl"}, lines.append)
    assert rows == [] and lines == [f"skipped actors: {tmp_path / 'nope.jsonl'} not found"]


def test_report_keeps_tasks_that_were_not_rerun():
    rows = [{"task": "gifts", "metric": "F1", "value": 90.0}, {"task": "actors", "metric": "F1"}]
    previous = {"rows": rows}
    report = harness.report([harness.Row("actors", "F1", 81.0)], previous)
    tasks = [(r["task"], r.get("value")) for r in report["rows"]]
    assert tasks == [("gifts", 90.0), ("actors", 81.0)]


def test_table_formats_rows():
    table = harness.table([harness.Row("gifts", "triple F1", 96.55, "none", "≥ 90", "x.jsonl", 97.0, 96.04)])
    assert "| gifts | triple F1 | 96.5 | 97.0 | 96.0 | none | ≥ 90 | x.jsonl |" in table


def test_report_keeps_the_same_task_measured_on_other_data():
    """briefing_gold rows are tasks 'actors', 'concerns', …: rerunning them keeps the CoNLL actor rows."""
    previous = {"rows": [{"task": "actors", "metric": "F1", "value": 82.0, "data": "conll.jsonl"}]}
    report = harness.report(
        [harness.Row("actors", "precision", 90.0, data="briefing_gold/gold.jsonl")], previous
    )
    assert [(r["data"], r["value"]) for r in report["rows"]] == [
        ("conll.jsonl", 82.0),
        ("briefing_gold/gold.jsonl", 90.0),
    ]


def test_halves_are_stable_disjoint_and_keep_a_document_together():
    records = [{"id": f"r{i}", "doc_id": f"d{i // 3}"} for i in range(60)]
    tune, check = split_half(records)
    assert sorted(r["id"] for r in tune + check) == sorted(r["id"] for r in records)
    assert 10 <= len(tune) <= 50  # a hash split, roughly even
    for half in (tune, check):
        docs = {r["doc_id"] for r in half}
        assert all(
            sum(r["doc_id"] == d for r in records) == sum(r["doc_id"] == d for r in half) for d in docs
        )
    assert split_half(list(reversed(records)))[0] == list(reversed(tune))


def test_combine_adds_counts_and_weights_means():
    assert combine(Score(1, 2, 3), Score(1, 0, 0)) == Score(2, 2, 3)
    ours = rouge_average("x", [("a b", "a b")])
    other = rouge_average("x", [("a b", "c d"), ("a b", "c d"), ("a b", "c d")])
    merged = combine([ours], [other])[0]
    assert merged.articles == 4 and merged.rouge1 == pytest.approx(25.0)


def test_a_split_task_reports_both_halves_and_the_whole(tmp_path):
    records = [{"id": f"p{i}", "n": i} for i in range(20)]
    path = tmp_path / "data.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    task = harness.Task(
        lambda recs, _: Score(sum(r["n"] % 2 == 0 for r in recs), sum(r["n"] % 2 for r in recs), 0),
        lambda score, p: [harness.Row("t", "precision", score.precision, data=p.name)],
    )
    [row] = harness.run_task(task, path)
    assert row.value == 50.0
    tune, check = split_half(records)
    assert row.tune == pytest.approx(100.0 * sum(r["n"] % 2 == 0 for r in tune) / len(tune))
    assert row.check == pytest.approx(100.0 * sum(r["n"] % 2 == 0 for r in check) / len(check))


def test_eval_cli_runs_a_task_and_prints_json(tmp_path, nlp):
    result = CliRunner().invoke(main, ["eval", "--actors", str(tiny_conll(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["task"] for r in rows} == {"actors"}


def test_eval_cli_without_data_is_a_clear_error():
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 1 and "nothing to evaluate" in result.output


def test_eval_only_runs_the_named_tasks(tmp_path, nlp):
    path = tiny_conll(tmp_path)
    result = CliRunner().invoke(main, ["eval", "--actors", str(path), "--only", "actors", "--json"])
    assert result.exit_code == 0 and {r["task"] for r in json.loads(result.stdout)} == {"actors"}
    result = CliRunner().invoke(main, ["eval", "--actors", str(path), "--only", "hedges"])
    assert result.exit_code == 1 and "nothing to evaluate" in result.output
    result = CliRunner().invoke(main, ["eval", "--actors", str(path), "--only", "nonsense"])
    assert result.exit_code == 1 and "unknown task 'nonsense'" in result.output
