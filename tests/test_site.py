"""End to end: the real site built from seeds/ with `mkdocs build --strict` and the Material theme."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


class Page(HTMLParser):
    """Ids, same-page links and table cells of one HTML page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.fragment_links: list[str] = []
        self.cells: list[str] = []
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and (attrs.get("href") or "").startswith("#"):
            self.fragment_links.append(attrs["href"][1:])
        if tag == "td":
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def test_build_is_strict_and_clean(built_site):
    _, result = built_site
    assert result.problems == ()
    assert result.site_warnings == ()


def test_one_page_per_article_with_gift_table_and_working_sentence_links(built_site, seed_briefings):
    out, _ = built_site
    for briefing in seed_briefings.values():
        html_file = out / "site" / "briefings" / briefing.article.slug / "index.html"
        assert html_file.exists(), html_file
        page = Page(html_file.read_text(encoding="utf-8"))
        sentence_ids = {f"s{s.index}" for s in briefing.sentences}
        assert sentence_ids <= page.ids
        cites = [link for link in page.fragment_links if re.fullmatch(r"s\d+", link)]
        assert cites and set(cites) <= page.ids
        for gift in briefing.gifts:
            assert gift.item in page.cells and gift.giver in page.cells


def test_home_lists_briefings_newest_first(built_site, seed_briefings):
    out, _ = built_site
    html = (out / "site" / "index.html").read_text(encoding="utf-8")
    positions = [html.find(f"briefings/{b.article.slug}/") for b in seed_briefings.values()]
    assert all(p > 0 for p in positions)
    dated = sorted(seed_briefings.values(), key=lambda b: b.article.date or "", reverse=True)
    assert html.find(dated[0].article.slug) < html.find(dated[-1].article.slug)


def test_material_theme_search_and_palette_toggle(built_site):
    out, _ = built_site
    html = (out / "site" / "index.html").read_text(encoding="utf-8")
    assert "md-search__input" in html
    assert html.count('data-md-color-scheme="slate"') >= 1
    assert (out / "site" / "search" / "search_index.json").exists()
    assert "fonts.googleapis.com" not in html


def test_rebuild_with_nothing_changed_writes_nothing(built_site, nlp):
    from builder.pipeline import Settings, generate
    from tests.conftest import ROOT

    out, _ = built_site
    settings = Settings(
        seeds=ROOT / "seeds", docs=out / "docs", site=out / "site", config=ROOT / "mkdocs.yml", cache=None
    )
    again = generate(settings)
    assert again.written.written == () and again.written.removed == ()


def test_two_builds_are_byte_identical_apart_from_the_sitemap(built_site, tmp_path):
    """Determinism: only MkDocs' own sitemap carries the build date."""
    from builder.pipeline import Settings, build
    from tests.conftest import ROOT, SESSION_DATE

    first, _ = built_site
    out = {"docs": tmp_path / "docs", "site": tmp_path / "site"}
    # the fixture's build date: a suite that runs across midnight must not see the "what's new" date move
    build(
        Settings(seeds=ROOT / "seeds", config=ROOT / "mkdocs.yml", cache=None, build_date=SESSION_DATE, **out)
    )
    for folder in ("docs", "site"):
        a = {p.relative_to(first / folder): p for p in (first / folder).rglob("*") if p.is_file()}
        b = {p.relative_to(tmp_path / folder): p for p in (tmp_path / folder).rglob("*") if p.is_file()}
        assert sorted(a) == sorted(b)
        differing = sorted(str(rel) for rel in a if a[rel].read_bytes() != b[rel].read_bytes())
        # .briefing-site.json records the docs files' mtimes, for the next build to compare (not published)
        assert set(differing) <= {"sitemap.xml", "sitemap.xml.gz", ".briefing-site.json"}, differing


def test_a_build_with_nothing_to_do_never_loads_spacy(tmp_path):
    """The real `briefing build`, twice: the second finds docs and site up to date and never imports spaCy
    (importing it is most of a second; a no-change build must stay well under one)."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    args = [
        "--seeds",
        str(ROOT / "seeds"),
        "--config",
        str(ROOT / "mkdocs.yml"),
        "--docs",
        str(tmp_path / "docs"),
    ]
    args += ["--site", str(tmp_path / "site"), "--cache", str(tmp_path / "cache")]
    probe = (
        "import sys; from builder.cli import main\n"
        "try:\n    main(['build', *sys.argv[1:]])\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "print('spacy loaded' if 'spacy' in sys.modules else 'spacy not loaded')\n"
    )
    first = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True)
    assert "spacy loaded" in first.stdout  # the first build extracts
    again = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True)
    assert "site: no change" in again.stdout + again.stderr
    assert "spacy not loaded" in again.stdout


def test_every_generated_page_is_ignored_by_git_and_a_hand_written_one_is_not(built_site):
    """`make site` writes into the project's docs/: what the builder generates must not show up as untracked
    files to commit, while a page a person writes there must."""
    root = Path(__file__).resolve().parent.parent
    if shutil.which("git") is None or not (root / ".git").exists():
        pytest.skip("not a git checkout")
    out, _ = built_site
    generated = sorted(
        f"docs/{p.relative_to(out / 'docs').as_posix()}" for p in (out / "docs").rglob("*") if p.is_file()
    )
    assert any(p.startswith("docs/tags/") for p in generated) and any(
        p.startswith("docs/threads/") for p in generated
    )
    checked = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        input="\n".join([*generated, "docs/methodology.md"]),
        capture_output=True,
        text=True,
        cwd=root,
    )
    ignored = set(checked.stdout.split())
    assert [p for p in generated if p not in ignored] == []
    assert "docs/methodology.md" not in ignored
