"""The built site in a real browser: Debian's Chromium driven by Playwright, served on 127.0.0.1 only."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from builder.pipeline import Settings, build, static_assets
from builder.site.listings import OVERVIEW_ROWS
from builder.site.render import render_site
from builder.site.writer import write_pages
from builder.stories.directory import build_directory
from builder.stories.merge import build_story
from tests.conftest import ROOT
from tests.factories import synthetic_briefings
from tests.history_events import build_three
from tests.story_events import write_events

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "tests" / "screenshots"
HOSTILE = (
    "Officials met in Oslo on Monday. <script>window.__pwned = 1</script> "
    '<img src=x onerror="window.__pwned = 2"> [click](javascript:window.__pwned=3) '
    "{{ config.site_name }} !!! danger\n"
    "The mayor gave the visiting minister a <b>silver</b> bowl, the city said. | table | break |\n"
)


def _playwright():
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"Chromium not found at {CHROMIUM}; install Debian's `chromium` package to run browser tests"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed; `pip install -e '.[dev]'` installs it")
    return sync_playwright


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(built_site) -> Iterator[str]:
    """The seed site served from an in-process HTTP server on a free loopback port."""
    out, _ = built_site
    yield from _serve(out / "site")


def _serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Watch:
    """Console errors, page errors and any request that leaves the local server."""

    def __init__(self, page, origin: str) -> None:
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on(
            "request",
            lambda r: None if r.url.startswith((origin, "data:", "blob:")) else self.foreign.append(r.url),
        )

    def _response(self, response) -> None:
        if response.status >= 400 and not response.url.endswith("/favicon.ico"):
            self.errors.append(f"{response.status} {response.url}")

    def _console(self, message) -> None:
        # Chromium asks for /favicon.ico at the server root on its own; Material links its icon in the page.
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            self.errors.append(f"{message.text} ({message.location.get('url')})")

    def check(self) -> None:
        assert self.errors == [], self.errors
        assert self.foreign == [], self.foreign


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _playwright()
    with sync_playwright() as p:
        args = [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
        ]
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, served):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = Watch(page, served)
    yield page, watch
    context.close()
    watch.check()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_home_story_briefing_and_a_gift_citation(page, served):
    page, _ = page
    page.goto(f"{served}/")
    shot(page, "home")
    page.locator("article a[href*='stories/']").first.click()
    page.wait_for_url("**/stories/**")
    assert page.locator("svg.gift-diagram").first.is_visible()
    shot(page, "story")
    page.locator("article table a[href*='briefings/']").first.click()
    page.wait_for_url("**/briefings/**")
    shot(page, "briefing")
    gift_cite = page.locator("#gifts ~ .md-typeset__scrollwrap a.cite, #gifts ~ table a.cite").first
    target = gift_cite.get_attribute("href").split("#")[1]
    gift_cite.click()
    sentence = page.locator(f"[id='{target}']")
    sentence.wait_for(state="visible")
    assert sentence.is_visible()
    assert "sentence" in sentence.get_attribute("class")
    background = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background
    back = sentence.locator("a.backref").first
    back.click()
    assert page.evaluate("location.hash").startswith("#ref-")


def test_search_for_rifle_finds_the_seed_briefings(page, served, seed_briefings):
    page, _ = page
    page.goto(f"{served}/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("rifle", delay=30)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15000)
    text = " ".join(results.all_inner_texts())
    for briefing in seed_briefings.values():
        assert briefing.title.split()[0] in text


def test_dark_mode_toggle(page, served):
    page, _ = page
    page.goto(f"{served}/")
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    after = page.locator("body").get_attribute("data-md-color-scheme")
    assert {before, after} == {"default", "slate"}


def test_gift_diagram_renders_on_briefing(page, served, seed_briefings):
    page, _ = page
    slug = next(iter(seed_briefings.values())).article.slug
    page.goto(f"{served}/briefings/{slug}/")
    svg = page.locator("svg.gift-diagram")
    box = svg.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100
    assert svg.locator(".gift-edge").count() >= 2


def test_phone_viewport_has_no_horizontal_scroll(browser, served, seed_briefings):
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True)
    page = context.new_page()
    watch = Watch(page, served)
    for briefing in seed_briefings.values():
        page.goto(f"{served}/briefings/{briefing.article.slug}/")
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= 375, (briefing.article.slug, width)
    shot(page, "briefing-phone")
    context.close()
    watch.check()


def _refuse(seen: list[str], dialog) -> None:
    seen.append(dialog.message)
    dialog.dismiss()


def test_hostile_source_runs_no_script(browser, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = {"docs": tmp_path / "docs", "site": tmp_path / "site"}
    settings = Settings(seeds=seeds, config=ROOT / "mkdocs.yml", cache=None, **out)
    build(settings)
    for origin in _serve(tmp_path / "site"):
        context = browser.new_context()
        page = context.new_page()
        watch = Watch(page, origin)
        dialogs: list[str] = []
        page.on("dialog", functools.partial(_refuse, dialogs))
        page.goto(f"{origin}/briefings/hostile/")
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned === undefined")
        assert dialogs == []
        body = page.locator("article").inner_text()
        assert "<script>" in body and "{{ config.site_name }}" in body
        assert page.locator("article script, article img[src='x']").count() == 0
        context.close()
        watch.check()


def test_a_thread_links_the_stories_of_other_happenings(browser, tmp_path):
    seeds = write_events(tmp_path / "seeds")
    out = {"docs": tmp_path / "docs", "site": tmp_path / "site"}
    build(Settings(seeds=seeds, config=ROOT / "mkdocs.yml", cache=None, **out))
    pages = (tmp_path / "docs" / "stories").glob("*.md")
    limousine = next(p for p in pages if "Aurus" in p.read_text("utf-8").split("\n# ", 1)[1].splitlines()[0])
    for origin in _serve(tmp_path / "site"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        watch = Watch(page, origin)
        page.goto(f"{origin}/stories/{limousine.stem}/")
        earlier = page.locator("p:has-text('Earlier in this thread') + ul a").first
        assert earlier.is_visible()
        shot(page, "story-thread")
        earlier.click()
        page.wait_for_url("**/stories/**")
        assert limousine.stem not in page.url
        assert "Vostochny" in page.locator("article").inner_text()
        later = page.locator("p:has-text('Later in this thread') + ul a")
        assert later.count() == 2
        later.first.click()
        page.wait_for_url(f"**/stories/{limousine.stem}/")
        page.locator("article a[href*='actors/kim-jong-un']").first.click()
        page.wait_for_url("**/actors/kim-jong-un/")
        threads = page.locator("h2#threads + p + ul a")
        assert threads.count() == 1  # the actor's one thread, linked to its page
        threads.first.click()
        page.wait_for_url("**/threads/**")
        stories = page.locator("article table tbody tr")
        assert stories.count() == 3  # the whole thread, in date order
        dates = [stories.nth(i).locator("td").first.inner_text() for i in range(3)]
        assert dates == sorted(dates)
        stories.nth(1).locator("a").first.click()
        page.wait_for_url(f"**/stories/{limousine.stem}/")
        page.locator("a.thread-link").click()  # … and back from the story to its thread's page
        page.wait_for_url("**/threads/**")
        context.close()
        watch.check()


@pytest.fixture(scope="module")
def split_site(tmp_path_factory) -> Iterator[str]:
    """A site big enough for split indexes (over 200 actors and tags), from cheap synthetic briefings."""
    out = tmp_path_factory.mktemp("split")
    briefings = synthetic_briefings(250)
    stories = [build_story(f"story-{i}", briefings[i : i + 3]) for i in range(0, len(briefings), 3)]
    pages = render_site(briefings, stories, build_directory(briefings, stories))
    write_pages([*pages, *static_assets()], out / "docs")
    shutil.copy(ROOT / "mkdocs.yml", out / "mkdocs.yml")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(out / "mkdocs.yml")]
    subprocess.run(command, check=True)
    assert (out / "site" / "tags" / "all" / "2" / "index.html").is_file()
    yield from _serve(out / "site")


def no_sideways_scroll(page) -> None:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"], (page.url, width)


PHONE = {"width": 390, "height": 844}


def heading(page) -> str:
    return page.locator("article h1").inner_text().removesuffix("¶").strip()


def test_tags_index_at_phone_width_leads_to_a_tag_and_its_briefings(browser, split_site):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    watch = Watch(page, split_site)
    page.goto(f"{split_site}/tags/")
    assert heading(page) == "Tags"
    rows = page.locator("article table tbody tr")
    assert rows.count() == OVERVIEW_ROWS
    no_sideways_scroll(page)
    shot(page, "tags-phone")
    page.locator("article a:has-text('Page 2')").click()
    page.wait_for_url("**/tags/all/2/")
    assert page.locator("article table tbody tr").count() > 0
    page.locator("article a:has-text('overview')").first.click()
    page.wait_for_url(f"{split_site}/tags/")
    top = rows.first.locator("a")
    name = top.inner_text()
    top.click()
    page.wait_for_url("**/tags/*/")
    assert heading(page) == name
    no_sideways_scroll(page)
    page.locator("article table a[href*='briefings/']").first.click()
    page.wait_for_url("**/briefings/*/")
    chip = page.locator("article a.md-tag", has_text=name)
    assert chip.is_visible()
    chip.click()
    page.wait_for_url("**/tags/*/")
    context.close()
    watch.check()


def test_actors_index_at_phone_width_leads_by_kind_to_an_actor(browser, split_site):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    watch = Watch(page, split_site)
    page.goto(f"{split_site}/actors/")
    assert page.locator("article h2", has_text="By kind").is_visible()
    no_sideways_scroll(page)
    shot(page, "actors-phone")
    page.locator("article table a", has_text="People").click()
    page.wait_for_url("**/actors/kinds/person/")
    assert heading(page) == "People"
    no_sideways_scroll(page)
    actor = page.locator("article table tbody tr a").first
    name = actor.inner_text()
    actor.click()
    page.wait_for_url("**/actors/*/")
    assert heading(page) == name
    assert page.locator("article a[href*='briefings/']").count() > 0
    context.close()
    watch.check()


def test_whats_new_links_the_story_and_the_cited_sentences_offline(browser, tmp_path):
    results = list(build_three(tmp_path))
    assert results[-1].site_warnings == ()
    for origin in _serve(tmp_path / "site"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        watch = Watch(page, origin)
        page.goto(f"{origin}/")
        page.locator("a.md-nav__link:visible", has_text="What's new").first.click()
        page.wait_for_url("**/whats-new/")
        days = [t.rstrip("¶") for t in page.locator("article h2").all_inner_texts()]
        assert days == ["2025-03-12", "2025-03-11", "2025-03-10"]
        shot(page, "whats-new")
        gift = page.locator("li:has-text('framed map of the harbour') a.cite").first
        target = gift.get_attribute("href").split("#")[1]
        gift.click()
        page.wait_for_url("**/briefings/ferry-daily/**")
        sentence = page.locator(f"[id='{target}']")
        sentence.wait_for(state="visible")
        assert "framed map" in sentence.inner_text()
        page.go_back()
        page.locator("li:has-text('Will the state pay') a", has_text="Answered").first.click()
        page.wait_for_url("**/stories/**#open-questions")
        assert page.locator("[id='open-questions']").is_visible()
        assert "Updated: 2025-03-12" in page.locator("article").inner_text()
        context.close()
        watch.check()


def test_a_hand_written_page_opens_from_the_site_nav(browser, tmp_path):
    """A note someone added to docs/ is in the sidebar under Notes and opens from there."""
    docs = tmp_path / "docs"
    (docs / "team").mkdir(parents=True)
    (docs / "notes.md").write_text("# How we check sources\n\nEach claim is read against its sentence.\n")
    (docs / "team" / "index.md").write_text("---\ntitle: Our team\n---\nThree editors read every page.\n")
    out = {"docs": docs, "site": tmp_path / "site"}
    build(Settings(seeds=ROOT / "seeds", config=ROOT / "mkdocs.yml", cache=None, **out))
    for origin in _serve(tmp_path / "site"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        watch = Watch(page, origin)
        page.goto(f"{origin}/")
        nav = page.locator("nav.md-nav--primary")
        assert nav.get_by_text("Notes", exact=True).first.is_visible()
        nav.get_by_role("link", name="How we check sources").click()
        page.wait_for_url("**/notes/")
        assert "Each claim is read against its sentence." in page.locator("article").inner_text()
        page.locator("nav.md-nav--primary").get_by_role("link", name="Our team").click()
        page.wait_for_url("**/team/")
        assert "Three editors" in page.locator("article").inner_text()
        context.close()
        watch.check()
