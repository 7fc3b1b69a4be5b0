"""The `briefing` command line, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def runner():
    return CliRunner()


def test_help_lists_commands(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "extract", "stories", "eval"):
        assert command in result.output


def test_extract_prints_json_with_evidence(runner, nlp):
    result = runner.invoke(main, ["extract", str(ROOT / "seeds"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == 2
    for briefing in data:
        assert {"id", "title", "date", "summary", "actors", "gifts", "concerns", "questions"} <= set(briefing)
        for key in ("summary", "gifts", "concerns", "questions"):
            for item in briefing[key]:
                assert item["evidence"]["text"] and item["evidence"]["sentence"] >= 1


def test_extract_reports_bad_file_without_traceback(runner, tmp_path, nlp):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = runner.invoke(main, ["extract", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: error: has no article text" in result.stderr
    assert "Traceback" not in result.output


def test_extract_missing_path(runner):
    result = runner.invoke(main, ["extract", "/no/such/file.txt"])
    assert result.exit_code == 1
    assert "/no/such/file.txt: no such file or folder" in result.output


def test_build_generates_pages_and_reports_bad_sources(runner, tmp_path, nlp):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(
        "Officials in Oslo opened a new museum on Monday. Visitors queued for hours."
    )
    (seeds / "broken.md").write_text("---\ntitle: [oops\n---\nText.")
    args = ["build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-site"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "broken.md: error: invalid YAML front matter" in result.stderr
    assert (tmp_path / "docs" / "briefings" / "good.md").exists()
    strict = runner.invoke(main, [*args, "--strict"])
    assert strict.exit_code == 1 and "problem(s)" in strict.output


def test_build_without_config_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["build", "--config", str(tmp_path / "missing.yml")])
    assert result.exit_code == 1
    assert "MkDocs config not found" in result.output


def test_stories_prints_groups_with_merged_gifts(runner, nlp):
    result = runner.invoke(main, ["stories", str(ROOT / "seeds"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == 1 and len(data[0]["article_ids"]) == 2
    assert data[0]["id"].startswith("story-")
    assert all(len(g["sources"]) == 2 and g["items"] for g in data[0]["gifts"])
