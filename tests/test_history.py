"""The build log, the What's new page and story updates in the feed, through the real pipeline.

Three invented reports of one meeting arrive in three builds (tests/history_events.py); then the same inputs
are built again, one report is removed, and a build three months later drops the old entries.
"""

from __future__ import annotations

import dataclasses
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.core.errors import BriefingError
from builder.history import build_date
from builder.history.changes import BuildEntry, Cited, ClaimChange, StoryChange
from builder.history.diff import diff_builds
from builder.history.log import LOG_FILE, STATE_FILE
from builder.history.snapshot import story_claims, take_snapshot
from builder.pipeline import build
from builder.site.base import render
from builder.site.views.updates_view import DAY_LIMIT, PAGE_LIMIT, Updates
from builder.site.writer import load_manifest
from builder.stories.merge import build_story
from tests.conftest import ROOT
from tests.factories import briefing
from tests.history_events import build_three, settings_for, write_report

ATOM = "{http://www.w3.org/2005/Atom}"


def log_of(docs: Path) -> list[dict]:
    return [json.loads(line) for line in (docs / LOG_FILE).read_text(encoding="utf-8").splitlines()]


def state(root: Path) -> dict[str, object]:
    docs = root / "docs"
    stories = sorted((docs / "stories").glob("*.md")) if (docs / "stories").is_dir() else []
    return {
        "log": log_of(docs),
        "log_bytes": (docs / LOG_FILE).read_bytes(),
        "whats_new": (docs / "whats-new.md").read_text(encoding="utf-8"),
        "feed": (docs / "feed.xml").read_text(encoding="utf-8"),
        "story_pages": {p.name: p.read_text(encoding="utf-8") for p in stories if p.name != "index.md"},
    }


@pytest.fixture(scope="module")
def run(tmp_path_factory, nlp):
    """Every step's log, pages and build result, in one docs folder."""
    root = tmp_path_factory.mktemp("history")
    steps = {}
    for name, result in zip(("first", "second", "third"), build_three(root), strict=True):
        steps[name] = {**state(root), "result": result}
    again = build(settings_for(root, "2025-03-13"), with_site=False)
    steps["again"] = {**state(root), "result": again}
    (root / "seeds" / "ferry-post.md").unlink()
    write_report(root / "seeds", "library-news")
    removed = build(settings_for(root, "2025-03-14"))
    steps["removed"] = {**state(root), "result": removed}
    later = build(settings_for(root, "2025-06-10", history_days=90), with_site=False)
    steps["later"] = {**state(root), "result": later}
    return root, steps


def claims(entry: dict) -> list[dict]:
    (story,) = entry["stories"]
    return story["claims"]


def sentence(root: Path, article_id: str, index: int) -> str:
    """The text of a sentence as its briefing page shows it (anchor s<index>)."""
    page = next((root / "docs" / "briefings").glob(f"{article_id}*.md")).read_text(encoding="utf-8")
    lines = page.splitlines()
    return next(lines[i - 1] for i, line in enumerate(lines) if line.startswith(f"{{ #s{index} "))


def test_build_one_records_a_new_story(run):
    _, steps = run
    (entry,) = steps["first"]["log"]
    assert entry["date"] == "2025-03-10" and entry["first"] is True
    assert entry["articles"]["added"] == ["ferry-wire"]
    (story,) = entry["stories"]
    assert story["status"] == "new" and story["sources_added"] == ["ferry-wire"]
    assert story["claims"] == []  # the first build lists what it found, not every claim


def test_build_two_records_the_answer_and_the_gift_with_their_sentences(run):
    root, steps = run
    log = steps["second"]["log"]
    assert [e["date"] for e in log] == ["2025-03-10", "2025-03-11"]
    assert log[0] == steps["first"]["log"][0]  # earlier entries are kept as written
    (story,) = log[1]["stories"]
    assert story["status"] == "updated" and story["sources_added"] == ["ferry-daily"]
    by_kind = {c["kind"]: c for c in story["claims"]}
    assert sorted(by_kind) == ["answer", "gift"]
    gift = by_kind["gift"]
    assert gift["text"] == "Paul Brandt → Lena Ortiz: a framed map of the harbour"
    ((article, index),) = gift["evidence"]
    assert article == "ferry-daily" and "framed map" in sentence(root, article, index)
    answer = by_kind["answer"]
    assert answer["text"] == "Will the state pay for the ferry terminal?"
    ((article, index),) = answer["evidence"]
    assert article == "ferry-daily" and "The state will pay" in sentence(root, article, index)
    assert answer["detail"].startswith("The state will pay for the ferry terminal")


def test_build_three_records_the_date_conflict(run):
    _, steps = run
    log = steps["third"]["log"]
    assert [e["date"] for e in log] == ["2025-03-10", "2025-03-11", "2025-03-12"]
    conflicts = [c for c in claims(log[2]) if c["kind"] == "conflict"]
    assert conflicts and all(c["text"] == "date" for c in conflicts)
    assert "march 8" in conflicts[0]["detail"] and "march 7" in conflicts[0]["detail"]
    sides = {article for c in conflicts for article, _ in c["evidence"]}
    assert "ferry-post" in sides and sides & {"ferry-wire", "ferry-daily"}
    assert not any(c["kind"] == "conflict" for c in claims(log[1]))
    assert not any(c["kind"] == "answer" for c in claims(log[2]))  # answered once, reported once


def test_whats_new_page_lists_days_newest_first_and_links_claims_to_their_sentences(run):
    root, steps = run
    page = steps["third"]["whats_new"]
    days = [line for line in page.splitlines() if line.startswith("## ")]
    assert days == ["## 2025-03-12", "## 2025-03-11", "## 2025-03-10"]
    (story_page,) = steps["third"]["story_pages"]
    second_day = page.split("## 2025-03-11")[1].split("## 2025-03-10")[0]
    gift_line = next(line for line in second_day.splitlines() if "framed map" in line)
    assert f"(stories/{story_page}#gifts)" in gift_line
    ((_, index),) = next(c for c in claims(steps["third"]["log"][1]) if c["kind"] == "gift")["evidence"]
    assert f"(briefings/ferry-daily.md#s{index})" in gift_line
    answer_line = next(line for line in second_day.splitlines() if "Answered" in line)
    assert f"(stories/{story_page}#open-questions)" in answer_line
    assert "Sources disagree" in page.split("## 2025-03-11")[0]
    assert steps["third"]["result"].site_warnings == ()  # MkDocs --strict found every link and anchor
    assert (root / "site" / "whats-new" / "index.html").is_file()


def test_story_page_says_when_it_was_updated_and_what_changed(run):
    _, steps = run
    (page,) = steps["third"]["story_pages"].values()
    assert "· Updated: 2025-03-12" in page
    changes = page.split('??? note "What changed (updated 2025-03-12)"')[1].split("## ")[0]
    assert changes.index("**2025-03-12**") < changes.index("**2025-03-11**")
    assert "(#gifts)" in changes and "../briefings/ferry-daily.md#s" in changes


def test_feed_carries_each_story_update_once_with_a_stable_id(run):
    _, steps = run
    entries = ET.fromstring(steps["third"]["feed"]).findall(f"{ATOM}entry")
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(ids) == len(set(ids))
    story_id = steps["third"]["log"][0]["stories"][0]["id"]
    updates = {
        e.find(f"{ATOM}id").text: e for e in entries if e.find(f"{ATOM}title").text.startswith("Updated:")
    }
    assert sorted(updates) == [f"tag:briefings,2025-03-11:{story_id}", f"tag:briefings,2025-03-12:{story_id}"]
    second = updates[f"tag:briefings,2025-03-11:{story_id}"]
    assert second.find(f"{ATOM}updated").text == "2025-03-11T00:00:00Z"
    assert "framed map" in second.find(f"{ATOM}summary").text
    assert "Answered: Will the state pay" in second.find(f"{ATOM}summary").text
    assert "stories/" in second.find(f"{ATOM}link").get("href")
    old = {e.find(f"{ATOM}id").text for e in ET.fromstring(steps["second"]["feed"]).findall(f"{ATOM}entry")}
    assert f"tag:briefings,2025-03-11:{story_id}" in old  # the same id from one build to the next


def test_the_same_inputs_again_add_no_entry_and_rewrite_nothing(run):
    _, steps = run
    assert steps["again"]["log_bytes"] == steps["third"]["log_bytes"]
    assert steps["again"]["result"].written.written == ()
    assert steps["again"]["feed"] == steps["third"]["feed"]


def test_removing_an_article_is_recorded(run):
    _, steps = run
    entry = steps["removed"]["log"][-1]
    assert entry["date"] == "2025-03-14"
    assert entry["articles"]["removed"] == [
        {
            "id": "ferry-post",
            "title": "Mayor Lena Ortiz welcomed Governor Paul Brandt to Harbourton on March 7 for talks…",
        }
    ]
    (story,) = [s for s in entry["stories"] if s["status"] == "updated"]
    assert story["sources_removed"] == ["ferry-post"] and story["claims"] == []
    assert (
        "Source removed: *Mayor Lena Ortiz welcomed Governor Paul Brandt to Harbourton on March 7"
        in (steps["removed"]["whats_new"])
    )
    removed_day = steps["removed"]["whats_new"].split("## 2025-03-14")[1].split("## ")[0]
    assert (
        "**Removed:** Mayor Lena Ortiz welcomed Governor Paul Brandt to Harbourton on March 7" in removed_day
    )
    assert "briefings/ferry-post.md" not in steps["removed"]["whats_new"]  # its page is gone: no link


def test_a_new_one_source_story_lists_its_claims_linked_to_its_briefing(run):
    _, steps = run
    entry = steps["removed"]["log"][-1]
    assert entry["articles"]["added"] == ["library-news"]
    (story,) = [s for s in entry["stories"] if s["status"] == "new"]
    assert story["sources_added"] == ["library-news"]
    kinds = {c["kind"]: c for c in story["claims"]}
    assert {"actor", "gift", "concern"} <= set(kinds)
    assert "Nora Quinn" in kinds["gift"]["text"] and "first editions" in kinds["gift"]["text"]
    page = steps["removed"]["whats_new"]
    assert "(briefings/library-news.md#gifts)" in page and "(briefings/library-news.md#concerns)" in page
    assert steps["removed"]["result"].site_warnings == ()  # MkDocs --strict: the briefing has those anchors


def test_old_entries_are_dropped_after_the_retention_period(run):
    _, steps = run
    assert [e["date"] for e in steps["removed"]["log"]] == [
        "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-14"
    ]  # fmt: skip
    assert [e["date"] for e in steps["later"]["log"]] == ["2025-03-14"]  # 90 days before 2025-06-10: 03-12
    assert "## 2025-03-11" not in steps["later"]["whats_new"]


def test_log_and_snapshot_are_not_pages_and_survive_the_writers_cleanup(run):
    root, _ = run
    manifest = load_manifest(root / "docs")
    assert LOG_FILE not in manifest and STATE_FILE not in manifest
    snapshot = json.loads((root / "docs" / STATE_FILE).read_text(encoding="utf-8"))
    assert sorted(snapshot["articles"]) == ["ferry-daily", "ferry-wire", "library-news"]


@pytest.mark.parametrize("name", [LOG_FILE, STATE_FILE])
def test_a_hand_written_log_or_snapshot_is_never_written_over(tmp_path, nlp, name):
    (tmp_path / "seeds").mkdir()
    write_report(tmp_path / "seeds", "ferry-wire")
    (tmp_path / "docs").mkdir()
    notes = "My own notes about what changed.\n"
    (tmp_path / "docs" / name).write_text(notes, encoding="utf-8")
    result = build(settings_for(tmp_path, "2025-03-10"), with_site=False)
    assert (tmp_path / "docs" / name).read_text(encoding="utf-8") == notes
    assert {p.name for p in (tmp_path / "docs").glob(".briefing-history*")} == {name}
    (problem,) = [p for p in result.problems if name in p.path]
    assert problem.severity == "warning" and "not written by the builder" in problem.message
    assert "No changes recorded yet" in (tmp_path / "docs" / "whats-new.md").read_text(encoding="utf-8")


def test_build_date_comes_from_settings_then_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1741564800")  # 2025-03-10T00:00:00Z
    assert build_date() == "2025-03-10"
    assert build_date("2025-01-02") == "2025-01-02"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(BriefingError, match="SOURCE_DATE_EPOCH"):
        build_date()
    with pytest.raises(BriefingError, match="YYYY-MM-DD"):
        build_date("10/03/2025")


def test_cli_build_dates_by_source_date_epoch_and_keeps_history_days(tmp_path, nlp):
    runner = CliRunner()
    (tmp_path / "seeds").mkdir()
    write_report(tmp_path / "seeds", "ferry-wire")
    common = ["build", "--no-site", "--no-cache", "--seeds", str(tmp_path / "seeds"), "--docs"]
    common += [str(tmp_path / "docs"), "--config", str(ROOT / "mkdocs.yml")]
    first = runner.invoke(main, common, env={"SOURCE_DATE_EPOCH": "1741564800"})  # 2025-03-10
    assert first.exit_code == 0, first.output
    write_report(tmp_path / "seeds", "ferry-daily")
    second = runner.invoke(main, [*common, "--history-days", "1"], env={"SOURCE_DATE_EPOCH": "1741737600"})
    assert second.exit_code == 0, second.output
    assert [e["date"] for e in log_of(tmp_path / "docs")] == ["2025-03-12"]
    refused = runner.invoke(main, [*common, "--history-days", "0"])
    assert refused.exit_code == 2 and "--history-days" in refused.output


def test_whats_new_lists_whole_days_until_the_page_limit_and_counts_the_rest():
    def day(n: int) -> BuildEntry:
        changes = tuple(
            StoryChange(
                f"story-{n}-{i}", f"Story {i}", "updated", (), (), (ClaimChange("question", "Who?", ()),)
            )
            for i in range(60)
        )
        return BuildEntry(f"2025-01-{n:02d}", stories=changes)

    view = Updates.of([day(n) for n in range(1, 11)], [], []).whats_new()
    shown = -(-PAGE_LIMIT // DAY_LIMIT)  # whole days, each listing DAY_LIMIT of its 60 stories
    assert [d["date"] for d in view["days"]] == [f"2025-01-{n:02d}" for n in range(10, 10 - shown, -1)]
    assert all(len(d["stories"]) == DAY_LIMIT and d["more"] == 60 - DAY_LIMIT for d in view["days"])
    assert view["older"] == 10 - shown
    assert f"Changes of {10 - shown} earlier days" in render("whats_new.md.j2", view)


def test_an_earlier_report_joining_renames_the_story_yet_it_is_updated_not_new():
    """A story's id comes from its earliest article; the diff follows the story by its articles, and a
    concern merged under another source's wording is not reported again."""
    actors = [("Ana Ruiz", "person", 1, (), 1), ("Leo Park", "person", 1, (), 1)]
    later = briefing(
        "later", "Ana Ruiz gave Leo Park a map.\nOfficials questioned the map's cost.", date="2025-02-02",
        source="One", actors=actors, gifts=[("Ana Ruiz", "a map", "Leo Park", 1)],
        concerns=[("Officials", "the map's cost", 2)], questions=[("Will Leo Park return?", 1)],
    )  # fmt: skip
    earlier = briefing(
        "earlier", "Ana Ruiz met Leo Park.\nLeo Park will return in May.\nAides fear the cost of the map.",
        date="2025-02-01", source="Two", actors=actors, concerns=[("Aides", "the cost of the map", 3)],
    )  # fmt: skip
    before = build_story("story-later", [later])
    previous = take_snapshot([before], [later], {before.id: story_claims(before)})
    after = build_story("story-earlier", [earlier, later])
    assert after.concerns[0].text == "the cost of the map"  # the earlier source's wording now leads
    entry = diff_builds(previous, [after], [earlier, later], {after.id: story_claims(after)}, "2025-02-03")
    (change,) = entry.stories
    assert (change.story_id, change.status, change.sources_added) == (
        "story-earlier",
        "updated",
        ("earlier",),
    )
    assert [(c.kind, c.text) for c in change.claims] == [("answer", "Will Leo Park return?")]
    assert change.claims[0].evidence == (Cited("earlier", 2),)
    assert entry.articles_added == ("earlier",) and not entry.first


def test_stories_the_snapshot_holds_unchanged_give_the_entry_and_snapshot_of_comparing_every_story(tmp_path):
    """A one-article build takes unchanged stories' claims from the snapshot (same code): same result."""
    from builder.history.log import record_build, save_history, unchanged_stories
    from tests.factories import synthetic_briefings

    def stories_of(briefings):
        return [build_story(f"story-{i:03d}", briefings[i : i + 4]) for i in range(0, len(briefings), 4)]

    briefings = synthetic_briefings(41)
    first, later = briefings[:40], list(briefings)
    edited = later[5]  # an edited article (its story's claims may differ): compared again
    later[5] = dataclasses.replace(edited, article=dataclasses.replace(edited.article, content_hash="edited"))
    for code in ("code-1", ""):
        docs = tmp_path / (code or "none")
        docs.mkdir()
        save_history(docs, record_build(docs, first, stories_of(first), "2025-01-01", 90, code))
    stories = stories_of(later)
    reused = record_build(tmp_path / "code-1", later, stories, "2025-01-02", 90, "code-1")
    fresh = record_build(tmp_path / "none", later, stories, "2025-01-02", 90, "")
    previous = json.loads((tmp_path / "code-1" / STATE_FILE).read_text(encoding="utf-8"))
    assert len(unchanged_stories(previous, stories, later, "code-1")) == 9  # not the new one, nor the edited
    assert unchanged_stories(previous, stories, later, "code-2") == set()  # other code: compare everything
    assert reused.entries == fresh.entries and reused.entries[-1].stories
    assert reused.snapshot == {**fresh.snapshot, "code": "code-1"}


def test_a_conflict_logged_for_a_story_now_told_by_one_source_links_to_its_briefing_without_the_anchor():
    """A briefing page has no "Where the sources disagree" section: an anchor to it would fail the strict
    MkDocs build once an earlier entry's story lost its other sources (an article removed or regrouped)."""
    lone = briefing("lone", "The mayor said the bridge opens on 4 May. It may open on 5 May.", "2025-01-02")
    story = build_story("story-lone", [lone])
    conflict = ClaimChange("conflict", "opening date", (), "4 May / 5 May")
    claims = (conflict, ClaimChange("gift", "a bridge", ()))
    entry = BuildEntry("2025-01-02", stories=(StoryChange("story-lone", "Lone", "updated", (), (), claims),))
    page = render("whats_new.md.j2", Updates.of([entry], [story], [lone]).whats_new())
    link = f"briefings/{lone.article.slug}.md"
    assert f"[Sources disagree]({link}):" in page and f"({link}#gifts)" in page
    assert "#where-the-sources-disagree" not in page
