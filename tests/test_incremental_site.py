"""Incremental site builds give the site a full build gives; a build with nothing changed runs no MkDocs.

The real pipeline (spaCy, MkDocs, Material) on invented articles: each step changes the sources or docs/,
builds incrementally, then builds the same docs/ in full into another folder and compares the sites file by
file.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import builder.pipeline as pipeline
import builder.publish.site as publish_site
from builder.core.errors import BuildFailed
from builder.pipeline import Settings, build, generate, renderer_fingerprint
from builder.publish import incremental, staging
from builder.publish.incremental import Incremental, fix_search_index, index_stat, merge_search_index
from builder.publish.notes import page_title
from builder.publish.site import build_site
from builder.publish.staging import MARKER, SPARE_MARK, link_tree, remove_leftovers, spare_path
from builder.publish.state import STATE_FILE, load_state
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

ARTICLES = {
    "harbour.md": """---
title: Harbour authority opens a new ferry pier
date: 2026-03-02
source: Coastal Courier
tags:
  - transport
---
The Velmora harbour authority opened a new ferry pier on Monday, its director Ines Calloway said.

Ms Calloway said the pier would carry twice as many passengers as the old one.

Fishermen said they were worried that the ferries would crowd the inner harbour.
""",
    "library.txt": """date 2026-03-04
Town library receives a donated archive
The retired printer Oswin Marl gave the Velmora town library his archive of posters on Tuesday.
The librarian Petra Quill said the archive would be shown in the spring.
It is not yet clear whether the library can pay to restore the oldest posters.
""",
    "orchard.txt": """date 2026-03-06
Orchard growers warn of a late frost
Growers in the Brenna valley warned on Wednesday that a late frost could damage the apple blossom.
The growers' association chairman Tomas Weld said members had bought heaters for the orchards.
Officials said they may offer help if the frost comes.
""",
}
ADDED = (
    "observatory.txt",
    """date 2026-03-08
Observatory names a comet after a schoolteacher
The Kestrel Ridge observatory named a newly found comet Quorvath after a local schoolteacher on Friday.
The observatory director Linnea Sorbet said the schoolteacher had spotted the comet first.
Astronomers said the comet may be visible without a telescope in April.
""",
)
UNIQUE_WORD = "Quorvath"


@pytest.fixture()
def project(tmp_path: Path, nlp) -> dict[str, Path]:
    """Sources, docs, two site folders, a cache, and mkdocs.yml with a site_url (the sitemap lists pages)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_url: https://briefings.example.org/\n" + (ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    return {
        "seeds": seeds,
        "docs": tmp_path / "docs",
        "site": tmp_path / "site",
        "full": tmp_path / "full" / "site",
        "config": config,
        "cache": tmp_path / "cache",
    }


def settings_of(p: dict[str, Path]) -> Settings:
    return Settings(seeds=p["seeds"], docs=p["docs"], site=p["site"], config=p["config"], cache=p["cache"])


def build_and_compare(p: dict[str, Path]):
    """Build incrementally, then the same docs in full elsewhere; the two sites must be the same."""
    result = build(settings_of(p))
    full = build_site(p["config"], p["docs"], p["full"], builder=renderer_fingerprint(), full=True)
    assert full.outcome == "full"
    assert_same_site(p["site"], p["full"])
    state = load_state(p["site"])
    assert state is not None and set(state.files) == set(files_of(p["site"]))  # and no marker left in it
    return result.site


def files_of(site: Path) -> dict[str, Path]:
    return {
        p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file() and p.name != STATE_FILE
    }


def normalised(rel: str, path: Path) -> bytes:
    """The file's bytes, with only the build date of the sitemap blanked."""
    data = gzip.decompress(path.read_bytes()) if rel.endswith(".gz") else path.read_bytes()
    if rel.startswith("sitemap.xml"):
        data = re.sub(rb"<lastmod>[^<]*</lastmod>", b"<lastmod/>", data)
    return data


def assert_same_site(incremental: Path, full: Path) -> None:
    a, b = files_of(incremental), files_of(full)
    assert sorted(a) == sorted(b)
    differing = [rel for rel in a if normalised(rel, a[rel]) != normalised(rel, b[rel])]
    assert differing == []
    assert not [d for d in incremental.rglob("*") if d.is_dir() and not any(d.iterdir())]


def search_docs(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def snapshot(site: Path) -> dict[str, tuple[int, int, str]]:
    """Every file's inode, mtime and content hash."""
    out = {}
    for rel, path in files_of(site).items():
        stat = path.stat()
        out[rel] = (stat.st_ino, stat.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
    return out


def test_incremental_builds_equal_full_builds_through_a_sequence(project):
    p = project
    first = build_and_compare(p)
    assert (first.outcome, first.reason) == ("full", "no previous site")
    assert (p["site"] / "tags" / "transport" / "index.html").is_file()  # the builder's tag pages

    (p["seeds"] / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    added = build_and_compare(p)
    assert added.outcome == "incremental" and 0 < added.rebuilt < len(search_pages(p["full"]))
    hits = {d["location"].split("#")[0] for d in search_docs(p["site"]) if UNIQUE_WORD in d["text"]}
    assert "briefings/observatory/" in hits  # also on the index pages that show its bottom line

    library = p["seeds"] / "library.txt"
    library.write_text(library.read_text(encoding="utf-8") + "The archive holds 400 posters.\n", "utf-8")
    harbour = p["seeds"] / "harbour.md"  # and a tag changes: the tag pages must follow
    harbour.write_text(harbour.read_text(encoding="utf-8").replace("transport", "ferries"), "utf-8")
    edited = build_and_compare(p)
    assert edited.outcome == "incremental"
    assert any("400 posters" in d["text"] for d in search_docs(p["site"]))
    assert (p["site"] / "tags" / "ferries" / "index.html").is_file()
    assert not (p["site"] / "tags" / "transport").exists()

    assert (p["site"] / "tags" / "tomas-weld" / "index.html").is_file()
    (p["seeds"] / "orchard.txt").unlink()
    removed = build_and_compare(p)
    assert (removed.outcome, removed.removed) == ("incremental", 3)  # its briefing, its only actor's page, …
    assert not (p["site"] / "briefings" / "orchard").exists()
    assert not (p["site"] / "actors" / "tomas-weld").exists()
    assert not (p["site"] / "tags" / "tomas-weld").exists()  # … and that actor's tag page
    assert not [d for d in search_docs(p["site"]) if d["location"].startswith("briefings/orchard/")]

    (p["docs"] / "notes.md").write_text("# How we work\n\nWe read every source twice.\n", encoding="utf-8")
    noted = build_and_compare(p)
    assert (noted.outcome, noted.reason) == ("full", "navigation changed")

    (p["docs"] / "notes.md").write_text("# How we work\n\nWe read every source three times.\n", "utf-8")
    renoted = build_and_compare(p)
    assert (renoted.outcome, renoted.rebuilt) == ("incremental", 1)  # the note alone: no tags listing


def search_pages(site: Path) -> set[str]:
    return {d["location"].split("#")[0] for d in search_docs(site)}


def test_a_build_with_nothing_changed_runs_no_mkdocs(project, monkeypatch):
    build(settings_of(project))
    before = snapshot(project["site"])
    calls = []
    monkeypatch.setattr(publish_site, "build", lambda *a, **k: calls.append(a))
    again = build(settings_of(project))
    assert again.site.outcome == "unchanged" and again.site.describe() == "site: no change"
    assert calls == []
    assert snapshot(project["site"]) == before
    forced = build(settings_of(project), full=True)  # --full: MkDocs runs (here: the recording stand-in)
    assert (forced.site.outcome, len(calls)) == ("full", 1)


def test_the_site_step_runs_with_the_builders_objects_out_of_collections(project, monkeypatch):
    """`briefing build` and the benchmark run one site step, with every object the builder made frozen."""
    if gc.get_freeze_count():
        pytest.skip("objects frozen by an earlier test")
    generate(settings_of(project))
    frozen = []

    def recording(*args, **kwargs):  # the real build_site, noting how many objects were frozen when it ran
        frozen.append(gc.get_freeze_count())
        return build_site(*args, **kwargs)

    monkeypatch.setattr(pipeline, "build_site", recording)
    report = pipeline.site_step(settings_of(project))
    assert report.outcome == "full" and len(frozen) == 1 and frozen[0] > 0
    assert gc.get_freeze_count() == 0


def test_a_changed_config_asset_or_missing_site_file_means_a_full_build(project):
    build(settings_of(project))
    with project["config"].open("a", encoding="utf-8") as handle:
        handle.write("copyright: Invented Newsroom\n")
    assert build(settings_of(project)).site.reason == "mkdocs.yml changed"
    css = project["docs"] / "assets" / "briefing.css"
    css.write_text(css.read_text(encoding="utf-8") + "\nh1 { letter-spacing: 0; }\n", encoding="utf-8")
    assert build(settings_of(project)).site.reason == "assets changed"
    (project["site"] / "briefings" / "library" / "index.html").unlink()
    assert build(settings_of(project)).site.reason == "the previous site is incomplete"
    (project["site"] / STATE_FILE).write_text("{not json", encoding="utf-8")
    assert build(settings_of(project)).site.reason == "no record of the previous site's inputs"


def test_a_plugin_not_known_to_build_incrementally_means_full_builds(project):
    config = project["config"]
    config.write_text(config.read_text(encoding="utf-8").replace("  - search\n", "  - search\n  - offline\n"))
    assert build(settings_of(project)).site.reason == "no previous site"
    (project["seeds"] / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    again = build(settings_of(project)).site
    assert again.outcome == "full"
    assert again.reason == "plugin material/offline is not known to build incrementally"


def test_an_incremental_build_never_writes_into_the_previous_sites_files(project, tmp_path):
    """The staging copy shares inodes with the old site: a witness with the same links must not change."""
    build(settings_of(project))
    witness = tmp_path / "witness"
    link_tree(project["site"], witness)
    before = snapshot(witness)
    (project["seeds"] / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    assert build(settings_of(project)).site.outcome == "incremental"
    assert snapshot(witness) == before


def test_the_replaced_site_is_the_spare_the_next_build_starts_from(project, monkeypatch):
    """An incremental build keeps the site it replaces as the spare; the next one takes it as its staging
    folder and relinks only the files the last build changed, instead of linking the whole site again."""
    p = project
    build(settings_of(p))
    (p["seeds"] / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    before = snapshot(p["site"])
    assert build(settings_of(p)).site.outcome == "incremental"
    spare = spare_path(p["site"])
    assert unmarked(snapshot(spare)) == before  # the replaced site itself, marked with the build it holds
    assert (spare / SPARE_MARK).read_text().strip() == load_state(spare).id == load_state(p["site"]).base
    copies = []
    monkeypatch.setattr(publish_site, "link_tree", lambda *args: copies.append(args))
    library = p["seeds"] / "library.txt"
    library.write_text(library.read_text(encoding="utf-8") + "The archive holds 400 posters.\n", "utf-8")
    before = snapshot(p["site"])
    assert build_and_compare(p).outcome == "incremental" and copies == []
    assert unmarked(snapshot(spare)) == before
    (p["seeds"] / "orchard.txt").unlink()
    assert build_and_compare(p).outcome == "incremental" and copies == []  # pages removed: folders pruned


def test_a_full_build_keeps_a_copy_of_itself_as_the_spare_and_records_its_search_index(project, monkeypatch):
    """So the first incremental build after a full one neither copies the site nor parses the search index."""
    p = project
    assert build(settings_of(p)).site.outcome == "full"
    spare, state = spare_path(p["site"]), load_state(p["site"])
    assert unmarked(snapshot(spare)) == snapshot(p["site"])  # the same files, hard links
    assert (spare / SPARE_MARK).read_text().strip() == state.id == state.base and state.changed == ()
    assert state.search and state.search_stat == index_stat(p["site"])
    copies = []
    monkeypatch.setattr(publish_site, "link_tree", lambda *args: copies.append(args))
    monkeypatch.setattr(incremental, "merge_search_index", None)  # would fail if the index were parsed
    monkeypatch.setattr(incremental, "_pieces_of", None)  # … or read and checked
    (p["seeds"] / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    assert build_and_compare(p).outcome == "incremental" and copies == []


def unmarked(files: dict[str, tuple[int, int, str]]) -> dict[str, tuple[int, int, str]]:
    return {rel: value for rel, value in files.items() if rel not in (MARKER, SPARE_MARK)}


def test_a_spare_of_another_build_or_one_that_cannot_be_relinked_is_not_used(project, monkeypatch):
    p = project
    build(settings_of(p))
    (p["seeds"] / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    build(settings_of(p))
    spare = spare_path(p["site"])
    (spare / SPARE_MARK).write_text("another build\n")
    library = p["seeds"] / "library.txt"
    library.write_text(library.read_text(encoding="utf-8") + "The archive holds 400 posters.\n", "utf-8")
    assert build_and_compare(p).outcome == "incremental"  # from a hard-linked copy of the site
    assert (spare / SPARE_MARK).read_text().strip() == load_state(p["site"]).base  # replaced

    next(spare.glob("assets/javascripts/bundle.*.js")).unlink()  # lost from the spare: MkDocs writes it again
    library.write_text(library.read_text(encoding="utf-8") + "It also holds 30 maps.\n", "utf-8")
    assert build_and_compare(p).outcome == "incremental"

    def fail(*args):
        raise OSError("a folder where the site has a file (simulated)")

    monkeypatch.setattr(staging, "relink", fail)
    library.write_text(library.read_text(encoding="utf-8") + "And 12 banners.\n", "utf-8")
    assert build_and_compare(p).outcome == "incremental"


def test_a_build_failing_midway_leaves_the_previous_site_untouched(project, monkeypatch):
    build(settings_of(project))
    before = snapshot(project["site"])
    (project["seeds"] / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    import mkdocs.utils

    written = []
    real_write = mkdocs.utils.write_file

    def write_then_fail(content: bytes, path: str) -> None:
        real_write(content, path)
        written.append(path)
        if len(written) == 3:
            raise OSError("disk full (simulated)")

    monkeypatch.setattr(mkdocs.utils, "write_file", write_then_fail)
    with pytest.raises((BuildFailed, OSError)):
        build(settings_of(project))
    assert len(written) == 3
    assert snapshot(project["site"]) == before
    assert [f.name for f in project["site"].parent.iterdir() if "staging" in f.name] == []


KILLED_BUILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import builder.publish.site as site

    def hang(config, **kwargs):
        Path(config.site_dir, "index.html").write_text("half a site")
        Path(sys.argv[1]).write_text("started")
        time.sleep(120)

    site.build = hang
    site.build_site(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]), full=True)
    """
)


def test_leftovers_of_a_killed_build_are_removed_by_the_next_build(project, tmp_path):
    build(settings_of(project))
    started = tmp_path / "started"
    args = [started, project["config"], project["docs"], project["site"]]
    child = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, *map(str, args)], cwd=ROOT)
    try:
        for _ in range(600):
            if started.exists() or child.poll() is not None:
                break
            time.sleep(0.1)
        assert started.exists()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    left = [f for f in tmp_path.iterdir() if f.name.startswith(".site-staging-")]
    assert len(left) == 1 and (left[0] / "index.html").read_text() == "half a site"
    foreign = tmp_path / ".site-staging-not-ours"  # our prefix but no marker: never touched
    foreign.mkdir()
    build(settings_of(project))
    assert not left[0].exists() and foreign.is_dir()


def test_leftover_removal_spares_running_builds_and_unmarked_folders(tmp_path):
    site = tmp_path / "site"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    folders = {name: tmp_path / f".site-staging-{name}" for name in ("dead", "running", "unmarked")}
    for folder in folders.values():
        folder.mkdir()
    (folders["dead"] / MARKER).write_text(dead.stdout.decode())
    (folders["running"] / MARKER).write_text(f"{os.getppid()}\n")
    (tmp_path / "other").mkdir()
    assert remove_leftovers(site) == [folders["dead"]]
    kept = sorted(f.name for f in tmp_path.iterdir())
    assert kept == [".site-staging-running", ".site-staging-unmarked", "other"]


def test_hand_written_pages_are_published_in_the_nav_and_never_touched(project):
    notes = project["docs"] / "notes.md"
    team = project["docs"] / "team" / "index.md"
    team.parent.mkdir(parents=True)
    notes.write_text("# Methodology\n\nEvery claim links to its sentence.\n", encoding="utf-8")
    team.write_text("---\ntitle: Our team\n---\nWe are three editors.\n", encoding="utf-8")
    result = build(settings_of(project))
    assert result.problems == () and result.site.warnings == ()
    home = (project["site"] / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="notes/"[^>]*>(\s|<span[^>]*>)*Methodology', home)
    assert re.search(r'href="team/"[^>]*>(\s|<span[^>]*>)*Our team', home)
    assert "Every claim links" in (project["site"] / "notes" / "index.html").read_text(encoding="utf-8")
    (project["seeds"] / "orchard.txt").unlink()
    build(settings_of(project))
    assert notes.read_text(encoding="utf-8").startswith("# Methodology")
    assert team.read_text(encoding="utf-8").startswith("---\ntitle: Our team")


@pytest.mark.parametrize(
    ("path", "text", "title"),
    [
        ("notes.md", "---\ntitle: From front matter\n---\n# Heading\n", "From front matter"),
        ("notes.md", "Intro.\n\n# The heading {#top}\n\n## Sub\n", "The heading"),
        ("notes.md", "## Only a subheading\n", "Notes"),
        ("team/index.md", "No heading here.\n", "Team"),
        ("field-reports.md", "", "Field reports"),
    ],
)
def test_a_notes_title_is_the_one_mkdocs_would_show(path, text, title):
    assert page_title(path, text) == title


def test_search_index_merge_keeps_full_build_order_and_drops_removed_pages():
    def entry(location: str) -> dict:
        return {"location": location, "title": location, "text": ""}

    previous = {"config": {"lang": ["en"]}, "docs": [entry(""), entry("a/"), entry("a/#s1"), entry("gone/")]}
    fresh = {"config": {"lang": ["en"]}, "docs": [entry("a/"), entry("new/"), entry("new/#s1")]}
    merged = merge_search_index(previous, fresh, ["", "a/", "new/"], {"a/", "new/"})
    assert [d["location"] for d in merged["docs"]] == ["", "a/", "new/", "new/#s1"]


def test_the_search_index_cut_at_recorded_spans_is_the_index_merged_as_data(tmp_path, monkeypatch):
    def entry(location: str, text: str = "") -> dict:
        return {"location": location, "title": location or "Home", "text": text}

    def index(entries: list[dict]) -> str:
        return json.dumps({"config": {"lang": ["en"]}, "docs": entries}, separators=(",", ":"))

    def merged(spans, previous_text: str, fresh: list[dict], urls: list[str], rebuilt: set[str], stat=None):
        (tmp_path / "old" / "search").mkdir(parents=True, exist_ok=True)
        (tmp_path / "new" / "search").mkdir(parents=True, exist_ok=True)
        (tmp_path / "old" / "search" / "search_index.json").write_text(previous_text, encoding="utf-8")
        (tmp_path / "new" / "search" / "search_index.json").write_text(index(fresh), encoding="utf-8")
        plugin = Incremental(tmp_path / "new", set(), set(), ())
        plugin.page_urls, plugin.rebuilt = urls, rebuilt
        recorded = index_stat(tmp_path / "old") if stat is None else stat
        found = fix_search_index(tmp_path / "old", tmp_path / "new", plugin, spans, recorded)
        return (tmp_path / "new" / "search" / "search_index.json").read_text(encoding="utf-8"), found

    first = [
        entry(""),
        entry("#s", 'a "quoted" \u00e9 word'),
        entry("a/"),
        entry("a/#s1", "x,y"),
        entry("gone/"),
    ]
    urls = ["", "a/", "gone/"]
    text, spans = merged(None, index(first), [entry("a/", "new")], urls, {"a/"})  # parsed: no record yet
    expected = merge_search_index(
        json.loads(index(first)), {"config": {"lang": ["en"]}, "docs": [entry("a/", "new")]}, urls, {"a/"}
    )
    assert text == json.dumps(expected, separators=(",", ":")) and list(spans) == urls
    fresh = [entry("b/", "b"), entry("b/#t", "t")]
    urls = ["", "a/", "b/"]
    data = merge_search_index(json.loads(text), {"config": {"lang": ["en"]}, "docs": fresh}, urls, {"b/"})
    for record in (spans, {**spans, "a/": (spans["a/"][0], spans["a/"][1] - 1)}, {"": (0, 5)}):  # good, bad
        again, _ = merged(record, text, fresh, urls, {"b/"})
        assert again == json.dumps(data, separators=(",", ":"))
        monkeypatch.setattr(incremental, "merge_search_index", None)  # the good record needs no parsing
        assert merged(spans, text, fresh, urls, {"b/"})[0] == again
        monkeypatch.undo()
    # The previous index is the file the record was taken from (its stat as recorded): not even read, the
    # kept pages copied from it (also by read and write where the kernel will not copy); any other stat: read
    # and checked, as above. Either way the same text and spans.
    by_reading = merged(spans, text, fresh, urls, {"b/"}, stat=(1, 2, 3))
    monkeypatch.setattr(incremental, "_pieces_of", None)
    assert merged(spans, text, fresh, urls, {"b/"}) == by_reading
    monkeypatch.setattr(os, "copy_file_range", lambda *args: (_ for _ in ()).throw(OSError("no such call")))
    assert merged(spans, text, fresh, urls, {"b/"}) == by_reading
    monkeypatch.undo()
    for changed in ([entry("", "home"), entry("b/", "b2")], [entry("a/", "a2")]):  # kept: middle; first
        rebuilt = {e["location"].split("#")[0] for e in changed}
        expected = merged(spans, text, changed, urls, rebuilt, stat=(1, 2, 3))
        assert merged(spans, text, changed, urls, rebuilt) == expected


def test_docs_written_afresh_with_the_same_content_are_not_rebuilt(project):
    """CI checks out the repository and regenerates docs/ from scratch: every page has a new mtime, most have
    the same content. Only pages whose content changed are rebuilt, and the site equals a full build."""
    build(settings_of(project))
    for path in sorted(project["docs"].rglob("*.md")):
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000_000))  # 10 s newer, same bytes
    (project["docs"] / "notes.md").write_text("# How we work\n\nWe read every source.\n", encoding="utf-8")
    build_and_compare(project)  # the nav changed: full
    for path in sorted(project["docs"].rglob("*.md")):
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000_000))
    (project["docs"] / "notes.md").write_text("# How we work\n\nWe read every source twice.\n", "utf-8")
    again = build_and_compare(project)
    assert (again.outcome, again.rebuilt) == ("incremental", 1)  # the note, not every page with a new mtime
