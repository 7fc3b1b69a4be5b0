from __future__ import annotations

import json

import pytest

from builder.evaluation.hedges import (
    HedgeRecord,
    SentenceScores,
    load_records,
    parse_lines,
    record_from_json,
    score,
    score_hedges_file,
)


def test_a_record_is_uncertain_when_it_has_cues():
    cue = {"text": "may", "type": "speculation_modal_possible", "start": 4, "end": 7}
    assert record_from_json({"id": "a", "text": "Tax may rise.", "uncertain": False, "cues": [cue]}).uncertain
    assert not record_from_json({"id": "b", "text": "Tax rose.", "uncertain": False, "cues": []}).uncertain
    assert record_from_json({"text": "Tax may rise.", "uncertain": True}) == HedgeRecord(
        "", "Tax may rise.", True
    )


def test_parse_lines_skips_blank_lines():
    lines = [
        '{"id": "1", "text": "A.", "uncertain": true, "cues": []}',
        "",
        "  ",
        '{"id": "2", "text": "B."}',
    ]
    assert parse_lines(lines) == (HedgeRecord("1", "A.", True), HedgeRecord("2", "B.", False))


def test_score_counts_the_confusion_matrix():
    result = score([True, True, False, False, True], [True, False, True, False, True])
    assert result == SentenceScores(true_positives=2, false_positives=1, false_negatives=1, true_negatives=1)
    assert result.precision == pytest.approx(200 / 3)
    assert result.recall == pytest.approx(200 / 3)
    assert result.f1 == pytest.approx(200 / 3)
    assert result.summary().startswith("P 66.7 / R 66.7 / F1 66.7")


def test_score_without_predictions_is_zero_not_an_error():
    result = score([True, False], [False, False])
    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)


def test_score_rejects_mismatched_lengths():
    with pytest.raises(ValueError, match="2 gold labels but 1 predictions"):
        score([True, False], [True])


def test_score_hedges_file_runs_the_detector(tmp_path, nlp):
    rows = [
        {"id": "1", "text": "The council may delay the vote.", "uncertain": True, "cues": []},
        {"id": "2", "text": "The council delayed the vote.", "uncertain": False, "cues": []},
    ]
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert len(load_records(path)) == 2
    result = score_hedges_file(path, nlp)
    assert (result.true_positives, result.false_positives, result.true_negatives) == (1, 0, 1)
