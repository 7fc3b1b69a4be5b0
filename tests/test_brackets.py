"""`publish.brackets`: links parsed by scanning forward give Python-Markdown's own answers and HTML."""

import random

import markdown
import pytest
from markdown.inlinepatterns import LinkInlineProcessor

from builder.publish.brackets import FastBrackets, get_text

EXTENSIONS = [
    "admonition",
    "attr_list",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
]

TEXTS = [
    "",
    "[",
    "]",
    "[]",
    "][",
    "[[a]",
    "[a]]b[c",
    "See [the [inner] summit](../stories/summit.md) and [Kenji Abadi](../actors/abadi.md).",
    "Unclosed [link text (no end) and a later ] bracket, then [another](x.md",
    "![a photo [2014]](img.png) [x][ref] [y][] [[nested [deep]]] ]] [[",
]


def random_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    alphabet = "[]ab ()!"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(count)]


def test_get_text_is_the_librarys_at_every_index() -> None:
    """The installed Python-Markdown's own `getText` and `get_text` agree on every index of every text."""
    processor = LinkInlineProcessor(r"\[", markdown.Markdown())
    for data in TEXTS + random_texts(2000):
        for index in range(len(data) + 1):
            assert get_text(processor, data, index) == processor.getText(data, index), (data, index)


def test_a_text_with_unclosed_brackets_is_answered_from_the_librarys_table_after_one_scan() -> None:
    """A run of "[" that never closes is scanned to its end once, not once per bracket; same answers."""
    processor = LinkInlineProcessor(r"\[", markdown.Markdown())
    reference = LinkInlineProcessor(r"\[", markdown.Markdown())
    data = "[a " * 300 + "end"
    answers = [get_text(processor, data, index) for index in range(len(data) + 1)]
    assert processor._unclosed_in is data and processor._bracket_data is data  # the table, built once
    assert answers == [reference.getText(data, index) for index in range(len(data) + 1)]


PAGES = [
    "# Title\n\n| Date | Story |\n|---|---|\n"
    "| 2014-03-23 | [Leaders [meet]](a.md) |\n| undated | [b](b.md) |\n",
    'Gifts: [a vase](x.md#g1), [a [rare] book](y.md){ .chip }, ![map](m.png "Map") and [ref][r].'
    "\n\n[r]: z.md\n",
    '- [one](1.md)\n- [two [three](3.md)\n- unclosed [four\n\n!!! note "A [note]"\n    [inside](i.md)\n',
    "<div markdown>\n[in html](h.md) and [[double]](d.md)\n</div>\n\n[short] and [short][] and ![img][]\n",
]


@pytest.mark.parametrize("page", PAGES)
def test_pages_convert_to_the_same_html(page: str) -> None:
    plain = markdown.Markdown(extensions=EXTENSIONS).convert(page)
    fast = markdown.Markdown(extensions=[*EXTENSIONS, FastBrackets()]).convert(page)
    assert fast == plain
    assert "<a href=" in plain  # the pages do hold links, so the processors were asked


def test_every_link_processor_gets_it() -> None:
    md = markdown.Markdown(extensions=[*EXTENSIONS, FastBrackets()])
    processors = [p for p in md.inlinePatterns if isinstance(p, LinkInlineProcessor)]
    assert len(processors) >= 4  # link, image link, reference, image reference, short references
    assert all(p.getText.__func__ is get_text for p in processors)
