"""Golden files: the rendered seed pages, compared byte for byte.

After an intended change, refresh them with `make golden` and review the diff like code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.history.diff import diff_builds
from builder.history.snapshot import story_claims
from builder.pipeline import build_stories
from builder.site.render import render_site
from builder.stories.directory import build_directory

GOLDEN = Path(__file__).parent / "golden"


def rendered_pages(seed_briefings) -> dict[str, str]:
    """Every page of the seed site: briefings, story, actors, indexes (About without a report), and What's new
    as the first build on 2026-01-01 leaves it."""
    briefings = list(seed_briefings.values())
    stories = build_stories(briefings)
    claims = {s.id: story_claims(s) for s in stories}
    first = diff_builds(None, stories, briefings, claims, "2026-01-01")
    pages = render_site(briefings, stories, build_directory(briefings, stories), None, [first])
    return {page.path: page.content for page in pages}


def golden_name(path: str) -> str:
    return path.replace("/", "__")


def test_golden_pages(seed_briefings, update_golden):
    pages = rendered_pages(seed_briefings)
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        for old in GOLDEN.glob("*.md"):
            old.unlink()
        for path, content in pages.items():
            (GOLDEN / golden_name(path)).write_text(content, encoding="utf-8")
    expected = {p.name: p.read_text(encoding="utf-8") for p in GOLDEN.glob("*.md")}
    assert expected, "no golden files; run `make golden` and review them"
    assert sorted(expected) == sorted(golden_name(p) for p in pages)
    for path, content in pages.items():
        assert content == expected[golden_name(path)], (
            f"{path} differs from its golden file; run `make golden`"
        )


def test_rendering_is_deterministic(seed_briefings):
    assert rendered_pages(seed_briefings) == rendered_pages(dict(reversed(list(seed_briefings.items()))))


@pytest.mark.parametrize(
    "part", ["## Key actors", "## Gifts", "## Concerns", "## Open questions", "## Source"]
)
def test_every_briefing_has_every_section(seed_briefings, part):
    for path, content in rendered_pages(seed_briefings).items():
        if path.startswith("briefings/") and path != "briefings/index.md":
            assert part in content, path
