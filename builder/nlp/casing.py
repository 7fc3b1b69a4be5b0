"""Truecasing for ALL-CAPS headlines and lines, so the NER sees names in the case it was trained on.

Each shouted word takes the case the same word has elsewhere in the document; failing that, the case of a
gazetteer form; failing that, lower case for function words and title case for everything else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from spacy.attrs import IS_SPACE, LOWER, ORTH, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

SHOUTING_SHARE = 0.5  # share of a sentence's cased words written in capitals that makes it a shouted line
MIN_CASED_WORDS = 1

IsCommon = Callable[[str], bool]  # whether a lower-case word is an ordinary dictionary word


def is_caps_word(text: str) -> bool:
    """An all-capitals word of two or more letters ("KOREA", "U.S."), not a single capital ("A")."""
    if not text.isupper():  # quick answer for the many words with a lower-case letter (or none with case)
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_cased_word(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 2 and any(c.isupper() for c in text)


def is_shouted(words: Iterable[str]) -> bool:
    """Whether a line is mostly written in capitals (an all-caps headline, dateline or table heading)."""
    cased = [w for w in words if _is_cased_word(w) or (w.isalpha() and len(w) > 1)]
    if len(cased) < MIN_CASED_WORDS:
        return False
    return sum(is_caps_word(w) for w in cased) / len(cased) >= SHOUTING_SHARE


def case_table(doc: Doc, base: Mapping[str, str]) -> dict[str, str]:
    """Lower-cased word -> its usual written form in the doc (line starts only as a fallback), over `base`."""
    inside: dict[str, Counter[str]] = {}
    opening: dict[str, Counter[str]] = {}
    strings = doc.vocab.strings
    cased: dict[int, bool] = {}  # per word form: has letters and is not in capitals
    after_space = False
    # The attribute arrays, not a Python Token per word (a sentence start is 1 where `is_sent_start` is true).
    for orth, lower, sent_start, space in doc.to_array([ORTH, LOWER, SENT_START, IS_SPACE]).tolist():
        starts, after_space = sent_start == 1 or after_space, bool(space)
        if orth not in cased:
            text = strings[orth]
            cased[orth] = not is_caps_word(text) and any(c.isalpha() for c in text)
        if not cased[orth] or (starts and strings[lower] in STOP_WORDS):
            continue
        (opening if starts else inside).setdefault(strings[lower], Counter())[strings[orth]] += 1
    return {**_majority(opening), **base, **_majority(inside)}


def _majority(forms: dict[str, Counter[str]]) -> dict[str, str]:
    return {lower: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for lower, c in forms.items()}


def word_case(forms: Iterable[str]) -> dict[str, str]:
    """Lower-cased word -> its written form, for the capitalised words of known names ("korea" -> "Korea")."""
    table: dict[str, str] = {}
    for form in forms:
        for word in form.replace("-", " ").split():
            if any(c.isupper() for c in word):
                table.setdefault(word.lower(), word)
    return table


def truecase_word(text: str, known: Mapping[str, str], first: bool, is_common: IsCommon) -> str:
    """The likely true case of one shouted word; other words are returned as they are."""
    if not is_caps_word(text):
        return text
    lower = text.lower()
    if lower in known:
        form = known[lower]
    elif (lower in STOP_WORDS or is_common(lower)) and len(lower) > 1:
        form = lower
    else:
        form = "-".join(part[:1].upper() + part[1:].lower() for part in text.split("-"))
    return form[:1].upper() + form[1:] if first else form


def truecase_sentence(
    sent: Span, known: Mapping[str, str], only_known: bool, is_common: IsCommon
) -> list[str]:
    """The line's words truecased (with `only_known`, only shouted words spelt otherwise elsewhere)."""
    words = []
    for token in sent:
        if only_known and token.lower_ not in known:
            words.append(token.text)
        else:
            words.append(truecase_word(token.text, known, _opens(token, sent), is_common))
    return words


def _opens(token: Token, sent: Span) -> bool:
    """Whether a token is the first word of its line (after leading spaces and punctuation)."""
    for other in sent:
        if other.is_space or other.is_punct:
            continue
        return other.i == token.i
    return False


def dictionary_check(words: frozenset[str], suffix_rules: Iterable[tuple[str, str]]) -> IsCommon:
    """A test for dictionary words that also accepts regular inflections ("wins" -> "win")."""
    rules = tuple(suffix_rules)

    def is_common(lower: str) -> bool:
        if lower in words:
            return True
        return any(lower.endswith(old) and lower[: -len(old)] + new in words for old, new in rules if old)

    return is_common


def lines_of(doc: Doc) -> list[Span]:
    """The doc's lines (spans between line breaks); a headline or table row is one line."""
    lines, start = [], 0
    for i in line_breaks(doc):
        if i > start:
            lines.append(doc[start:i])
        start = i + 1
    if start < len(doc):
        lines.append(doc[start:])
    return lines


def line_breaks(doc: Doc) -> list[int]:
    """Indexes of the whitespace tokens that hold a line break (only whitespace tokens are looked at)."""
    spaces = doc.to_array(IS_SPACE).nonzero()[0]  # one pass in C instead of a Python Token per word
    return [i for i in map(int, spaces) if "\n" in doc[i].text]


def line_of(token: Token) -> Span:
    """The line (span between line breaks) that holds a token."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and not _breaks_line(doc[start - 1]):
        start -= 1
    while end < len(doc) and not _breaks_line(doc[end]):
        end += 1
    return doc[start:end]


def _breaks_line(token: Token) -> bool:
    return token.is_space and "\n" in token.text
