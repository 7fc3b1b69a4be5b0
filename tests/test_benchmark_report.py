"""The benchmark report's arithmetic on hand-made numbers (the benchmark itself is run by hand, not here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

spec = importlib.util.spec_from_file_location(
    "report", Path(__file__).parents[1] / "benchmarks" / "report.py"
)
report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(report)


def speed_round(spacy: float, serial_cpu: float, workers_wall: float) -> dict:
    one = {"wall": spacy, "cpu": spacy, "others": 0.0}
    return {
        "articles": 10,
        "words": 1000,
        "spacy": one,
        "serial": {"wall": serial_cpu, "cpu": serial_cpu, "others": 0.0},
        "workers": {"wall": workers_wall, "cpu": 2 * workers_wall, "others": 0.0},
    }


def test_median_round_is_the_middle_two_worker_ratio():
    rounds = [speed_round(40, 50, 20), speed_round(40, 44, 25), speed_round(40, 48, 32)]  # 2.0×, 1.6×, 1.25×
    assert report.median_round(rounds) is rounds[1]
    assert report.median_round(rounds[:2]) is rounds[1]  # even count: the lower middle one


def test_targets_use_the_median_of_each_ratio():
    rounds = [speed_round(40, 50, 20), speed_round(40, 44, 25), speed_round(40, 48, 32)]
    rows = report.targets({"speed": rounds[1], "speed_rounds": rounds, "sizes": []})
    one_core, two_workers = rows
    assert one_core[1] == "0.83×" and one_core[2] == "yes"  # median of 0.80, 0.91, 0.83
    assert two_workers[1] == "1.60×" and two_workers[2] == "yes"
    rows = report.targets(
        {"speed": rounds[2], "speed_rounds": [rounds[0], rounds[2], rounds[2]], "sizes": []}
    )
    assert rows[1][1:] == ["1.25×", "**no**"]


def test_rounds_line_lists_every_round():
    rounds = [speed_round(40, 50, 20), speed_round(40, 44, 25)]
    line = report.rounds_line({"speed": rounds[1], "speed_rounds": rounds})
    assert line.startswith("2 rounds") and "0.80× / 2.00×" in line and "0.91× / 1.60×" in line


@pytest.mark.parametrize(("values", "expected"), [([3.0], 3.0), ([1.0, 5.0, 2.0], 2.0), ([1.0, 2.0], 1.5)])
def test_median(values, expected):
    assert report.median(values) == expected


def test_end_to_end_adds_builder_and_site_step_and_divides_by_plain_mkdocs():
    size = {"added": 1.0, "added_mkdocs": 0.5, "plain": 10.0}
    size["added_site"] = "site: 3 pages rebuilt incrementally"
    assert report.end_to_end(size, "added") == "1.50 s (0.15×)"
    assert report.site_step(size, "added") == "0.50 s (3 pages rebuilt incrementally)"
