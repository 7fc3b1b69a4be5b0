"""What the real extractors produce on a sentence, in the short forms table tests compare."""

from __future__ import annotations

from builder.extract.questions import find_questions


def questions(parse, text: str) -> list[str]:
    """The open questions (as written on the page) the extractor finds in a parsed text."""
    return [q.question for q in find_questions(parse(text))]
