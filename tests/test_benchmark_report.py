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


def added_run(builder: float, site: float, cpu: float, peak: float) -> dict:
    return {
        "added": builder, "added_mkdocs": site, "added_cpu": cpu, "added_mkdocs_cpu": 1.0,
        "added_written": {"briefings": 2, "tags": 1}, "added_memory": {"tree_mb": peak},
    }  # fmt: skip


def test_the_one_new_article_row_is_the_median_run_with_every_run_listed_and_the_highest_peak():
    runs = [added_run(9.0, 3.0, 8.0, 500), added_run(4.0, 2.0, 5.0, 700), added_run(5.0, 2.5, 6.0, 600)]
    chosen = report.median_added(runs)
    assert (chosen["added"], chosen["added_mkdocs"]) == (5.0, 2.5)  # 7.5 s: between 6 and 12
    assert chosen["added_memory"] == {"tree_mb": 700}
    assert [r["wall"] for r in chosen["added_runs"]] == [12.0, 6.0, 7.5]
    listed = "12 s (9.00 s CPU, 3 pages); 6.00 s (6.00 s CPU, 3 pages); 7.50 s (7.00 s CPU, 3 pages)"
    assert report.added_runs(chosen) == listed
    chosen["plain_cpu"] = 70.0
    assert report.cpu_end_to_end(chosen) == "7.00 s (0.10×)"  # the median of 9, 6 and 7 CPU seconds


def test_page_cpu_sums_the_rendered_pages_by_kind():
    found = {
        "kinds": {"actors": [3, 0.3], "timeline.md": [1, 0.2]},
        "slowest": [["timeline.md", 0.2]],
        "others": [10_000, 0.05],
    }
    said = report.page_cpu({"added_page_cpu": found}, "added")
    assert said == "0.50 s for 4 pages (actors 3: 0.30 s, timeline.md 1: 0.20 s); 0.05 s visiting 10,000"
    assert report.page_cpu({}, "added") == "n/a"  # results from before it was measured
