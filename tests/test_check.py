"""`briefing check`, through click's CliRunner on the command object."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.sources.check import check, check_config

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "good.txt").write_text("Officials in Oslo opened a museum on Monday.\n", encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(check, list(args))


def test_clean_sources_and_the_project_config_pass(seeds):
    result = run("--seeds", str(seeds), "--config", str(ROOT / "mkdocs.yml"))
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines() == ["1 article(s) readable; 0 error(s), 0 warning(s)"]


def test_the_real_seeds_pass(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = run("--strict")
    assert result.exit_code == 0, result.output


def test_an_error_is_printed_with_its_file_and_fails(seeds):
    (seeds / "empty.txt").write_text("")
    result = run("--seeds", str(seeds), "--config", str(ROOT / "mkdocs.yml"))
    assert result.exit_code == 1
    assert f"{seeds / 'empty.txt'}: error: has no article text" in result.output
    assert "1 article(s) readable; 1 error(s), 0 warning(s)" in result.output
    assert "Traceback" not in result.output


def test_warnings_fail_only_with_strict(seeds):
    (seeds / "undated.txt").write_text("date 2023-13-45 The vote in Lima was delayed.\n")
    args = ["--seeds", str(seeds), "--config", str(ROOT / "mkdocs.yml")]
    relaxed, strict = run(*args), run(*args, "--strict")
    assert relaxed.exit_code == 0 and strict.exit_code == 1
    assert "undated.txt: warning: invalid date '2023-13-45'" in strict.output
    assert "2 article(s) readable; 0 error(s), 1 warning(s)" in relaxed.output


def test_max_bytes_is_passed_to_the_reader(seeds):
    result = run("--seeds", str(seeds), "--config", str(ROOT / "mkdocs.yml"), "--max-bytes", "10")
    assert result.exit_code == 1 and "over the 10-byte limit" in result.output


def test_an_empty_or_missing_seeds_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    empty = run("--seeds", str(tmp_path / "empty"), "--config", str(ROOT / "mkdocs.yml"))
    assert empty.exit_code == 0 and "has no source files" in empty.output
    missing = run("--seeds", str(tmp_path / "nope"), "--config", str(ROOT / "mkdocs.yml"))
    assert missing.exit_code == 1 and "sources folder does not exist" in missing.output


@pytest.mark.parametrize(
    ("config", "severity", "message"),
    [
        ("site_name: x\nfoo: 1\n", "warning", "Config value 'foo': Unrecognised configuration name: foo"),
        ("site_name: x\ntheme:\n  name: nosuch\n", "error", "Config value 'theme': Unrecognised theme name"),
        ("site_name: [x\n", "error", "error parsing the configuration file"),
        ("nav: []\n", "error", "Config value 'site_name': Required configuration not provided."),
    ],
)
def test_mkdocs_config_problems_are_reported_without_building(tmp_path, seeds, config, severity, message):
    path = tmp_path / "mkdocs.yml"
    path.write_text(config, encoding="utf-8")
    problems = check_config(path)
    assert [(p.path, p.severity) for p in problems] == [(str(path), severity)]
    assert message in problems[0].message
    result = run("--seeds", str(seeds), "--config", str(path), "--strict")
    assert result.exit_code == 1 and f"{path}: {severity}: " in result.output
    assert not (tmp_path / "site").exists()


def test_missing_docs_folder_is_not_a_problem(tmp_path):
    path = tmp_path / "mkdocs.yml"
    path.write_text("site_name: x\n", encoding="utf-8")
    assert not (tmp_path / "docs").exists() and check_config(path) == []


def test_missing_config(seeds, tmp_path):
    result = run("--seeds", str(seeds), "--config", str(tmp_path / "none.yml"))
    assert result.exit_code == 1 and "none.yml: error: MkDocs config not found" in result.output
