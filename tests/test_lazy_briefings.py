"""Briefings from the pack decode their body (sentences, questions, terms, lead acts) only when it is read,
and are then the briefings decoded at once; a build through the pack writes the pages and site a build
without any cache writes."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path

import pytest

from builder.core.model import Briefing
from builder.pipeline import Settings, build
from builder.runtime import packing
from builder.runtime.cache import (
    BODY_FIELDS,
    HEAD_FIELDS,
    BriefingBody,
    BriefingCache,
    LazyBriefing,
    PackedBriefing,
)
from tests.conftest import ROOT
from tests.test_incremental_site import normalised


@pytest.fixture()
def briefing(seed_briefings):
    """A real briefing of a seed article, with actors, gifts, concerns, questions and terms."""
    return seed_briefings[sorted(seed_briefings)[0]]


def packed_again(tmp_path: Path, briefing: Briefing) -> Briefing:
    """The briefing as a later build's cache gives it: read from the pack."""
    store = BriefingCache(tmp_path)
    store.put(briefing)
    store.save_pack()
    return BriefingCache(tmp_path).get(briefing.article)


def unopened(b: Briefing) -> bool:
    return type(b) is LazyBriefing and "_body" in b.__dict__


def test_head_and_body_are_every_field_of_a_briefing_with_its_type():
    hints = {f.name: f.type for f in dataclasses.fields(Briefing)}
    parts = [*dataclasses.fields(PackedBriefing), *dataclasses.fields(BriefingBody)]
    assert sorted(HEAD_FIELDS + BODY_FIELDS) == sorted(hints)
    assert {f.name: f.type for f in parts if f.name != "body"} == hints
    assert all(isinstance(getattr(LazyBriefing, name), property) for name in BODY_FIELDS)


def test_a_packed_briefing_reads_its_head_without_decoding_its_body(tmp_path, briefing):
    lazy = packed_again(tmp_path, briefing)
    assert unopened(lazy) and isinstance(lazy, Briefing)
    assert [getattr(lazy, name) for name in HEAD_FIELDS] == [getattr(briefing, name) for name in HEAD_FIELDS]
    assert unopened(lazy)
    assert lazy.terms == briefing.terms and lazy.terms  # reading a body field opens it
    assert type(lazy) is Briefing and "_body" not in lazy.__dict__
    assert lazy == briefing and lazy.__dict__ == briefing.__dict__


@pytest.mark.parametrize("op", ["eq", "reflected", "hash", "replace", "pickle", "copy", "repr"])
def test_an_unopened_briefing_behaves_as_the_briefing(tmp_path, briefing, op):
    lazy = packed_again(tmp_path, briefing)
    if op == "eq":
        assert lazy == briefing
        assert not lazy != briefing  # noqa: SIM202 (__ne__ too)
    elif op == "reflected":
        assert briefing == lazy and lazy == packed_again(tmp_path / "other", briefing)
    elif op == "hash":
        assert hash(lazy) == hash(briefing) and briefing in {lazy}
    elif op == "replace":
        assert dataclasses.replace(lazy, title="Other") == dataclasses.replace(briefing, title="Other")
    elif op == "pickle":
        assert pickle.loads(pickle.dumps(lazy)) == briefing
    elif op == "copy":
        assert copy.deepcopy(lazy) == briefing
    else:
        assert repr(lazy) == repr(briefing)


def test_a_moved_article_keeps_the_body_packed(tmp_path, briefing):
    packed_again(tmp_path, briefing)
    moved = dataclasses.replace(briefing.article, path="elsewhere/" + briefing.article.path)
    lazy = BriefingCache(tmp_path).get(moved)
    assert unopened(lazy) and lazy.article == moved
    assert lazy == dataclasses.replace(briefing, article=moved)


def test_packing_again_reuses_an_unopened_body_as_it_is(tmp_path, briefing, monkeypatch):
    packed_again(tmp_path, briefing)
    store = BriefingCache(tmp_path)
    lazy = store.get(briefing.article)
    before = (tmp_path / BriefingCache.PACK).read_bytes()
    (tmp_path / BriefingCache.PACK).unlink()
    store.pack = None  # as if the pack were stale: it is written again
    store.save_pack()
    assert unopened(lazy)
    assert (tmp_path / BriefingCache.PACK).read_bytes() == before
    assert BriefingCache(tmp_path).get(briefing.article) == briefing


def test_a_damaged_body_is_read_from_the_json_entry(tmp_path, briefing, monkeypatch):
    packed_again(tmp_path, briefing)
    lazy = BriefingCache(tmp_path).get(briefing.article)
    lazy.__dict__["_body"] = b"\xc1garbage"
    assert lazy.questions == briefing.questions and lazy == briefing


def test_a_damaged_body_without_its_json_entry_says_to_delete_the_cache(tmp_path, briefing):
    packed_again(tmp_path, briefing)
    lazy = BriefingCache(tmp_path).get(briefing.article)
    lazy.__dict__["_body"] = packing.dumps("something else", BriefingBody, {})
    BriefingCache(tmp_path).path(briefing.article).unlink()
    with pytest.raises(RuntimeError, match="delete the cache folder"):
        _ = lazy.sentences


def test_an_entry_whose_body_is_not_bytes_is_not_served_from_the_pack(tmp_path, briefing):
    packed_again(tmp_path, briefing)
    store = BriefingCache(tmp_path)
    entries = packing.read(tmp_path / BriefingCache.PACK, BriefingCache.KIND, PackedBriefing)
    bad = {k: dataclasses.replace(v, body=7) for k, v in entries.items()}
    packing.write(tmp_path / BriefingCache.PACK, BriefingCache.KIND, PackedBriefing, bad)
    got = store.get(briefing.article)  # from its JSON entry instead
    assert type(got) is Briefing and got == briefing


ARTICLES = {
    "harbour.txt": """date 2026-03-02
Harbour authority opens a new ferry pier
The Velmora harbour authority opened a new ferry pier on Monday, its director Ines Calloway said.
Ms Calloway said the pier would carry twice as many passengers as the old one.
Fishermen said they were worried that the ferries would crowd the inner harbour.
""",
    "pier.txt": """date 2026-03-03
Velmora ferry pier draws first crowds
Hundreds of passengers used the new Velmora ferry pier on Tuesday, the harbour director Ines Calloway said.
The fishermen's union said it was worried about the crowds in the inner harbour.
It is not yet clear whether the old pier will close.
""",
    "library.txt": """date 2026-03-04
Town library receives a donated archive
The retired printer Oswin Marl gave the Velmora town library his archive of posters on Tuesday.
The librarian Petra Quill said the archive would be shown in the spring.
""",
}
STEPS = (
    (
        "orchard.txt",
        """date 2026-03-06
Orchard growers warn of a late frost
Growers in the Brenna valley warned on Wednesday that a late frost could damage the apple blossom.
The growers' association chairman Tomas Weld said members had bought heaters for the orchards.
""",
    ),
    (
        "ferry.txt",
        """date 2026-03-07
Ferry pier in Velmora to open at night
The Velmora harbour authority said on Friday the new ferry pier would open at night, its director Ines
Calloway said.
Fishermen said they were worried about night crossings in the inner harbour.
""",
    ),
    ("library.txt", None),  # removed
)


@pytest.mark.slow
def test_builds_through_the_pack_write_the_pages_and_site_of_builds_without_a_cache(
    tmp_path, nlp, monkeypatch
):
    opened = []
    real_open = LazyBriefing.open

    def counted(self):
        opened.append("_body" in self.__dict__)
        return real_open(self)

    monkeypatch.setattr(LazyBriefing, "open", counted)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_url: https://briefings.example.org/\n" + (ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    projects = {}
    for name in ("packed", "fresh"):
        folder = tmp_path / name
        (folder / "seeds").mkdir(parents=True)
        for file, text in ARTICLES.items():
            (folder / "seeds" / file).write_text(text, encoding="utf-8")
        projects[name] = Settings(
            seeds=folder / "seeds", docs=folder / "docs", site=folder / "site", config=config,
            cache=folder / "cache" if name == "packed" else None, build_date="2026-03-09",
        )  # fmt: skip
    lazy_seen = 0
    for step in (None, *STEPS):
        results = {}
        for name, settings in projects.items():
            if step is not None:
                file, text = step
                if text is None:
                    (settings.seeds / file).unlink()
                else:
                    (settings.seeds / file).write_text(text, encoding="utf-8")
            results[name] = build(settings)
        lazy_seen += sum(type(b) is LazyBriefing for b in results["packed"].briefings)
        packed, fresh = projects["packed"], projects["fresh"]
        assert files_of(packed.docs) == files_of(fresh.docs)
        assert files_of(packed.site) == files_of(fresh.site)
    assert lazy_seen  # some briefings came from the pack and were never opened, …
    assert any(opened)  # … and some were (the members of a story merged again, for instance)


def files_of(folder: Path) -> dict[str, bytes]:
    """Every page and site file (the sitemap's build date blanked), not the builder's own records."""
    return {
        (rel := p.relative_to(folder).as_posix()): normalised(rel, p)
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    }
