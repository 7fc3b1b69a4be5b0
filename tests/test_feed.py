from __future__ import annotations

import xml.etree.ElementTree as ET

from builder.site.feed import atom_feed, site_settings
from builder.stories.directory import build_directory
from builder.stories.merge import build_story
from tests.conftest import ROOT
from tests.factories import briefing

ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_lists_dated_items_newest_first_with_absolute_links():
    old = briefing("old", "Old <news>.", date="2024-01-01")
    new = briefing("new", "New & news.", date="2024-02-01")
    undated = briefing("undated", "No date.")
    story = build_story("story-1", [old, new])
    root = ET.fromstring(atom_feed([old, new, undated], [story], "Briefings", "https://example.org/site"))
    entries = root.findall(f"{ATOM}entry")
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert links[0].startswith("https://example.org/site/")
    assert [e.find(f"{ATOM}updated").text[:10] for e in entries] == ["2024-02-01", "2024-02-01", "2024-01-01"]
    assert not any("undated" in link for link in links)
    assert root.find(f"{ATOM}updated").text == "2024-02-01T00:00:00Z"


def test_site_settings_reads_the_project_config():
    name, url = site_settings(ROOT / "mkdocs.yml")
    assert (name == "Briefings" and url == "") or url.startswith("http")


def test_directory_profiles_principal_actors_with_gifts_both_ways():
    a = briefing(
        "a", "Ana Ruiz gave Leo Park a map.\nOfficials worried about Ana Ruiz.",
        actors=[
            ("Ana Ruiz", "person", 2, (), 1), ("Leo Park", "person", 1, (), 1), ("Oslo", "place", 1, (), 1)
        ],
        gifts=[("Ana Ruiz", "a map", "Leo Park", 1)],
        concerns=[("Officials", "the conduct of Ana Ruiz", 2)],
    )  # fmt: skip
    b = briefing("b", "Ana Ruiz spoke.", actors=[("Ana Ruiz", "person", 1, (), 1)])
    profiles = {p.name: p for p in build_directory([a, b], [build_story("story-1", [a, b])])}
    assert set(profiles) == {"Ana Ruiz", "Leo Park"}
    assert [r.article_id for r in profiles["Ana Ruiz"].articles] == ["b", "a"]
    assert [g.item for g, _ in profiles["Ana Ruiz"].gifts_given] == ["a map"]
    assert [g.item for g, _ in profiles["Leo Park"].gifts_received] == ["a map"]
    assert len(profiles["Ana Ruiz"].concerns_about) == 1
    assert profiles["Ana Ruiz"].stories[0][1] == "Title of a"
