"""Link text found by scanning forward from its `[`: Python-Markdown's own answer, without its per-text table.

Python-Markdown's link processors (`[text](url)`, `![alt](src)`, `[text][ref]`, …) find the end of a link's
text with `LinkInlineProcessor.getText`. The installed version answers it from a table of the closing bracket
for every index of the text being parsed, remade whenever the text changes, and the text changes after every
link it replaces: a paragraph or table cell with n links costs n passes over it in pure Python. Our pages are
made of links (an actor's page, a story, the timeline: hundreds each), so these passes were about a quarter of
MkDocs' Markdown time for the pages a one-article build rebuilds.

`get_text` gives the same answer by scanning forward from the index to the bracket that closes it, which costs
the length of the link's text: the table's entry for an index is the first position after it where the bracket
depth falls below the depth just after its `[` (`tests/test_brackets.py` compares the two on every index of
invented texts). The builder adds `FastBrackets` to the Markdown extensions of every site build it runs (full
and incremental); mkdocs.yml does not name it, so a plain `mkdocs build` renders the same HTML the slow way.
"""

from __future__ import annotations

import re
import types
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import LinkInlineProcessor

BRACKET = re.compile(r"[\[\]]")


def get_text(self: LinkInlineProcessor, data: str, index: int) -> tuple[str, int, bool]:
    """`LinkInlineProcessor.getText`: the text from `index` to the `]` that closes the bracket opened just
    before it, the index past that `]`, and True; or the rest of `data`, its length and False if none does.

    A bracket that never closes costs a scan to the end of `data`, and many of them would cost the quadratic
    time the library's table avoids (a hand-written page with a run of "[" — article text reaches Markdown
    escaped): after one such scan, the rest of that text is answered from the library's table."""
    if getattr(self, "_unclosed_in", None) is data:
        return LinkInlineProcessor.getText(self, data, index)
    depth = 1
    for match in BRACKET.finditer(data, index):
        depth += 1 if match.group() == "[" else -1
        if depth == 0:
            end = match.end()
            return data[index : end - 1], end, True
    self._unclosed_in = data  # type: ignore[attr-defined]
    return data[index:], len(data), False


class FastBrackets(Extension):
    """Give every link processor of a Markdown instance the forward-scanning `get_text`."""

    def extendMarkdown(self, md: Markdown) -> None:
        for processor in md.inlinePatterns:
            if isinstance(processor, LinkInlineProcessor):
                processor.getText = types.MethodType(get_text, processor)  # type: ignore[method-assign]


def with_fast_brackets(config: Any) -> Any:
    """A loaded MkDocs config whose pages are converted with `FastBrackets` (last: after every extension that
    registers link processors)."""
    config["markdown_extensions"].append(FastBrackets())
    return config
