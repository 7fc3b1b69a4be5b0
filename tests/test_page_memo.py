"""Pages reused from earlier builds are the pages a fresh build writes; a changed input renders a page again.

The real pipeline (spaCy, grouping, merging, rendering) on the benchmark's invented corpus: a build on a warm
cache (briefings, grouping features, merged stories, page memo) after articles are added, edited and removed
must write exactly the docs/ that a build of the same sources from an empty cache writes (given the same build
log, which is what the two builds share).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from builder.pipeline import Settings, generate
from builder.runtime import derived as derived_module
from builder.runtime.derived import FactsCache, PairCache
from builder.site.memo import PageMemo
from builder.site.views.story_view import Links
from builder.site.writer import digest as page_digest
from builder.stories.grouping import group_stories
from builder.stories.identity import Identity
from tests.conftest import ROOT, briefings_in

spec = importlib.util.spec_from_file_location("benchmark_corpus", ROOT / "benchmarks" / "corpus.py")
corpus = sys.modules.setdefault("benchmark_corpus", importlib.util.module_from_spec(spec))
spec.loader.exec_module(corpus)  # registered first: its dataclasses look their module up

pytestmark = pytest.mark.slow
SIZE = 24  # four blocks of the corpus: stories of three, two and one sources, threads, shared actors
EDITED = corpus.article_text(0)[0]
HISTORY = (".briefing-history.jsonl", ".briefing-history-state.json")


def settings_in(folder: Path, seeds: Path) -> Settings:
    return Settings(
        seeds=seeds, docs=folder / "docs", config=ROOT / "mkdocs.yml", cache=folder / "cache",
        build_date="2026-03-10",
    )  # fmt: skip


def docs_of(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}


def fresh_docs(tmp_path: Path, name: str, seeds: Path, history_of: Path) -> dict[str, bytes]:
    """docs/ of a build from an empty cache and no pages, with the build log the warm build started from."""
    folder = tmp_path / name
    (folder / "docs").mkdir(parents=True)
    for file in HISTORY:
        if (history_of / file).exists():
            shutil.copy2(history_of / file, folder / "docs" / file)
    generate(settings_in(folder, seeds))
    return docs_of(folder / "docs")


def write(seeds: Path, name: str, text: str) -> None:
    (seeds / name).write_text(text, encoding="utf-8")


def count_renders(monkeypatch) -> list[str]:
    """Paths of the pages the memo renders (rather than reuses) from now on."""
    rendered: list[str] = []
    real = PageMemo.page

    def page(self, path, *args, **kwargs):
        before = self.reused
        out = real(self, path, *args, **kwargs)
        if self.reused == before:
            rendered.append(path)
        return out

    monkeypatch.setattr(PageMemo, "page", page)
    return rendered


def count_facts(monkeypatch) -> list[str]:
    """Ids of the articles whose grouping facts are gathered (not taken from the cache) from now on."""
    counted: list[str] = []
    real = derived_module.facts_of

    def facts_of(briefing):
        counted.append(briefing.article.id)
        return real(briefing)

    monkeypatch.setattr(derived_module, "facts_of", facts_of)
    return counted


def test_warm_builds_write_the_docs_of_fresh_builds_through_add_edit_and_remove(tmp_path, nlp, monkeypatch):
    seeds = tmp_path / "seeds"
    corpus.write_corpus(seeds, SIZE)
    warm = settings_in(tmp_path / "warm", seeds)
    generate(warm)
    rendered = count_renders(monkeypatch)
    counted = count_facts(monkeypatch)
    steps = {
        "added": lambda: write(seeds, *corpus.article_text(SIZE)),
        "edited": lambda: write(
            seeds, corpus.article_text(0)[0], corpus.article_text(0)[1] + corpus.EDIT_SENTENCE
        ),
        "removed": lambda: (seeds / corpus.article_text(7)[0]).unlink(),
    }
    for step, change in steps.items():
        before = tmp_path / f"log-before-{step}"
        before.mkdir()
        for file in HISTORY:
            shutil.copy2(warm.docs / file, before / file)
        change()
        rendered.clear()
        counted.clear()
        result = generate(warm)
        # the changed article, and one changed in an earlier step while the facts pack was not rewritten
        assert len(counted) <= 2, f"{step}: facts of unchanged articles were gathered again: {counted}"
        assert result.written.written, step
        reused = len([p for p in result.written.unchanged if p.endswith(".md")])
        assert len(rendered) < reused, f"{step}: the memo reused no pages"
        assert docs_of(warm.docs) == fresh_docs(tmp_path, f"fresh-{step}", seeds, before), step


def links_with(actor_slugs: dict[str, str], briefing) -> Links:
    return Links(who=Identity([briefing]), actor_slugs=actor_slugs, story_of={})


def test_a_page_is_rendered_again_when_a_link_it_looked_up_changes(seed_briefings):
    briefing = seed_briefings[sorted(seed_briefings)[0]]
    name = briefing.actors[0].name
    key = Identity([briefing]).key(name)
    written: dict[str, str] = {}

    def stored(path: str, digest: str) -> bool:
        return path in written and page_digest(written[path]) == digest

    def view(links):
        story = links.story_of.get(briefing.article.id)
        return {"rows": [], "title": links.actor(name, "../"), "story": story}

    def build(entries, links):
        memo = PageMemo(entries, stored)
        page = memo.page("p.md", "about.md.j2", briefing, view, links)
        if page.content is not None:  # None: reused, docs/ holds it as it is
            written[page.path] = page.content
        return memo

    first = build({}, links_with({}, briefing))
    assert first.reused == 0
    assert build(first.used, links_with({}, briefing)).reused == 1
    assert build(first.used, links_with({key: "someone"}, briefing)).reused == 0  # now a link to a page
    written["p.md"] += "edited by hand\n"
    assert build(first.used, links_with({}, briefing)).reused == 0  # docs/ no longer holds that page


def test_a_page_is_rendered_again_when_a_tag_it_links_gets_another_page(seed_briefings):
    briefing = seed_briefings[sorted(seed_briefings)[0]]
    written: dict[str, str] = {}

    def stored(path: str, digest: str) -> bool:
        return path in written and page_digest(written[path]) == digest

    def view(links):
        # looked up as the briefing and actor views do: `in`, then the slug
        return {"rows": [], "tag": links.tag_slugs["Harbour"] if "Harbour" in links.tag_slugs else ""}  # noqa: SIM401

    def build(entries, tag_slugs):
        links = Links(who=Identity([briefing]), actor_slugs={}, story_of={}, tag_slugs=tag_slugs)
        memo = PageMemo(entries, stored)
        page = memo.page("p.md", "about.md.j2", briefing, view, links)
        if page.content is not None:  # None: reused, docs/ holds it as it is
            written[page.path] = page.content
        return memo

    first = build({}, {"Harbour": "harbour"})
    assert build(first.used, {"Harbour": "harbour"}).reused == 1
    assert build(first.used, {"Harbour": "harbour-2"}).reused == 0  # the tag's page moved
    assert build(first.used, {}).reused == 0  # the tag lost its page


@pytest.mark.parametrize(
    "entry",
    [
        None,
        [],
        {"digest": 3, "links": []},
        {"digest": "x", "links": [["actor"]]},
        {"digest": "x", "links": [["actor", "Someone", "../", "Someone", "one too many"]]},
        {"digest": "x", "links": [["weather", "today", None]]},
        {"digest": "x", "links": [["tag", ["a list"], None]]},
    ],
)
def test_a_malformed_remembered_entry_is_a_miss(seed_briefings, entry):
    briefing = seed_briefings[sorted(seed_briefings)[0]]
    memo = PageMemo({}, lambda path, digest: True)
    memo.page("p.md", "about.md.j2", briefing, lambda links: {"rows": []}, links_with({}, briefing))
    (key,) = memo.used
    again = PageMemo({key: entry}, lambda path, digest: True)
    again.page("p.md", "about.md.j2", briefing, lambda links: {"rows": []}, links_with({}, briefing))
    assert again.reused == 0


def test_answers_kept_while_pages_are_checked_are_those_of_the_links_at_hand(seed_briefings):
    """Pages ask the same lookups over and over, and the memo keeps each answer for the rest of the build;
    a page checked against other links is asked afresh."""
    briefing = seed_briefings[sorted(seed_briefings)[0]]
    name = briefing.actors[0].name
    key = Identity([briefing]).key(name)
    plain, linked = links_with({}, briefing), links_with({key: "someone"}, briefing)

    def view(links):
        return {"rows": [], "title": links.actor(name, "../")}

    first = PageMemo({}, lambda path, digest: True)
    for path in ("a.md", "b.md", "c.md"):
        first.page(path, "about.md.j2", briefing, view, plain)
    memo = PageMemo(first.used, lambda path, digest: True)
    memo.page("a.md", "about.md.j2", briefing, view, plain)
    memo.page("b.md", "about.md.j2", briefing, view, plain)
    memo.page("c.md", "about.md.j2", briefing, view, linked)
    assert memo.reused == 2


def test_grouping_with_kept_facts_is_a_full_regrouping_through_additions_edits_and_removals(tmp_path, nlp):
    """Each step is a build: the last build's facts pack and candidate pairs are read, grouping runs, both are
    saved; its groups (members, ids, key terms, dates, threads) are those of grouping every article afresh."""
    corpus.write_corpus(tmp_path / "all", SIZE + 6)
    (tmp_path / "edit").mkdir()
    write(tmp_path / "edit", EDITED, corpus.article_text(0)[1] + corpus.EDIT_SENTENCE)
    pool = briefings_in(tmp_path / "all")
    (edited,) = briefings_in(tmp_path / "edit").values()
    ids = sorted(pool)
    steps = {
        "first build": ids[:SIZE],
        "one added": ids[: SIZE + 1],
        "six added": ids,
        "one edited": ids,
        "two removed": ids[2:],
        "one back": ids[1:],
    }
    stored = tmp_path / "cache"
    sizes = set()
    for step, chosen in steps.items():
        if step == "one edited":
            assert pool[edited.article.id].article.content_hash != edited.article.content_hash
            pool[edited.article.id] = edited
        briefings = [pool[i] for i in chosen]
        store, pairs = FactsCache(stored, "code"), PairCache(stored, "code")
        kept = group_stories(briefings, facts=store.facts, store=pairs)
        store.save()
        pairs.save()
        assert kept == group_stories(briefings), step
        sizes |= {len(g.article_ids) for g in kept}
    assert len(sizes) > 3  # stories of several sizes
