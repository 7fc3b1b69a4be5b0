"""Property-based tests: any bytes or text a source can hold becomes articles or one Problem, and any text
that reaches a page through md_inline renders as exactly that text.

A long run is one command: `FUZZ_EXAMPLES=10000 .venv/bin/pytest tests/test_fuzz.py`.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.site.escape import md_inline
from builder.sources.encodings import CONTROLS, normalise
from builder.sources.readers import SUPPORTED, lines_to_paragraphs, read_sources
from builder.sources.text import DATE_MARKER
from tests.test_hostile import DETAILS_BUG, elements, to_html, visible_text

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TOKENS = [
    *"\\`*_{}[]()#+-.!|<>&;:=~?\"' \n\t\r",
    *("a", "B", "7", "word", "é", "🇰🇷", "1.", "- ", "> ", "    ", "---", "===", "\r\n"),
    *("```", "~~~", "???", "!!!", "{{", "}}", "{%", "[x](y)", "{: .c}", "<!--", "-->"),
    *("<script>", "</div>", "<img src=x onerror=alert(1)>", "javascript:", "&amp;", "&#60;", "&lt;"),
    *("\u202e", "\u00a0", "\u200b", "\u00ad", "\x00", "\x02", "\x85", "\u2028"),
]
MARKDOWNISH = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)
TEXT = st.one_of(st.text(max_size=300), MARKDOWNISH)
CITE = "[§1](#s1){ #ref-1 .cite }"
CONTEXTS = {  # how the templates place escaped text: alone, in a heading, a list, a table, an admonition
    "paragraph": "intro\n\n{x}\n",
    "heading": "# {x}\n",
    "list": "- {x} " + CITE + "\n- second\n",
    "table": "| A | B |\n|---|---|\n| {x} | b |\n",
    "admonition": '!!! abstract "Bottom line"\n\n    {x} ' + CITE + "\n    {x} " + CITE + "\n",
}


def tags(html: str) -> Counter[str]:
    return Counter(e.tag for e in elements(html))


BASELINE = {name: tags(to_html(context.replace("{x}", "word"))) for name, context in CONTEXTS.items()}


def read_one(data: bytes, suffix: str) -> tuple[list, list]:
    """read_sources on a folder holding just this file."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"source{suffix}").write_bytes(data)
        return read_sources(Path(folder))


def assert_article_or_one_error(articles: list, problems: list) -> None:
    errors = [p for p in problems if p.severity == "error"]
    assert (articles and not errors) or (not articles and len(errors) == 1), (articles, problems)
    assert all(p.path.endswith("source" + Path(p.path).suffix) and "\n" not in str(p) for p in problems)
    for article in articles:
        assert article.paragraphs and all(p == " ".join(p.split()) for p in article.paragraphs)
        assert (
            not CONTROLS.search(article.text)
            and "\u00a0" not in article.text
            and "\u202e" not in article.text
        )


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUPPORTED))
def test_any_bytes_become_articles_or_one_error(data: bytes, suffix: str):
    assert_article_or_one_error(*read_one(data, suffix))


@FUZZ
@given(text=TEXT, suffix=st.sampled_from(SUPPORTED))
def test_any_text_becomes_articles_or_one_error(text: str, suffix: str):
    assert_article_or_one_error(*read_one(text.encode("utf-8"), suffix))


@FUZZ
@given(text=TEXT)
def test_plain_text_keeps_every_visible_character(text: str):
    articles, problems = read_one(text.encode("utf-8"), ".txt")
    clean = normalise(text)
    expected = lines_to_paragraphs(clean.splitlines())
    binary = "\x00" in text or len(CONTROLS.findall(text)) > 0.05 * len(text)
    if articles:
        marker = DATE_MARKER.match(clean)
        headline = (articles[0].title,) if articles[0].title else ()  # a headline line becomes the title
        assert headline + articles[0].paragraphs == (
            lines_to_paragraphs(clean[marker.end() :].splitlines()) if marker else expected
        )
    elif not binary and not DATE_MARKER.match(clean):
        assert expected == () and "has no article text" in problems[0].message


@FUZZ
@given(text=TEXT)
def test_escaped_text_renders_literally_in_every_template_context(text: str):
    flat = " ".join(normalise(text).split())  # text reaching a page has been through the reader
    if not flat or (DETAILS_BUG and flat.startswith("???")):
        return
    for name, context in CONTEXTS.items():
        html = to_html(context.replace("{x}", md_inline(flat)))
        assert tags(html) == BASELINE[name], (name, html)
        assert flat in visible_text(html), (name, html)
