"""Verb forms for questions: lemminflect's lemmas, with its lemma table read a word at a time, and the forms
of the three auxiliaries a question is fronted with.

lemminflect parses its whole lemma table (70,000 words) at the first lemma asked for: 0.3 s of CPU in every
build that extracts an article, of which a few hundred verbs are asked. `LemmaTable` is the same table, read
as text and parsed one word when it is asked for. Its inflection table (0.2 s more) is not needed at all: a
question fronts a form of "be", "have" or "do", written out below.
"""

from __future__ import annotations

import bisect
import functools
import gzip
from collections.abc import Iterator, Mapping

from lemminflect import getLemma
from lemminflect.core.Lemmatizer import Lemmatizer
from lemminflect.core.LexicalUtils import categoryToUPos
from spacy.tokens import Token

from builder.extract.phrasing import MODAL_TEXT

Lemmas = dict[str, tuple[str, ...]]  # universal POS tag → the lemma's spellings, as lemminflect keeps them


def _fields(line: str) -> list[str]:
    """A line of the table: word, category, lemmas split by '/' (read as `LemmaLUCodec.fromString` does)."""
    return line.strip().split(",")


def _word(line: str) -> str:
    return _fields(line)[0]


class LemmaTable(Mapping[str, Lemmas]):
    """lemminflect's lemma table (word → lemmas by POS), equal to what `LemmaLUCodec.load` builds from the
    same file, each word parsed when it is looked up.

    The file lists its words in order, so a word's lines (one per category) are found by bisection. Lines of
    one word update its entry in file order, as the codec does. Iterating (which lemminflect never does)
    parses the whole table, once.
    """

    def __init__(self, path: str) -> None:
        with gzip.open(path, "rb") as f:
            self._lines = f.read().decode().splitlines()
        self._whole: dict[str, Lemmas] | None = None

    def __getitem__(self, word: str) -> Lemmas:
        lines = self._lines
        at = bisect.bisect_left(lines, word, key=_word)
        entry: Lemmas = {}
        while at < len(lines) and (fields := _fields(lines[at]))[0] == word:
            entry[categoryToUPos(fields[1])] = tuple(fields[2].split("/"))
            at += 1
        if not entry:
            raise KeyError(word)
        return entry

    def _table(self) -> dict[str, Lemmas]:
        if self._whole is None:
            whole: dict[str, Lemmas] = {}
            for line in self._lines:
                word, category, forms = _fields(line)
                whole.setdefault(word, {})[categoryToUPos(category)] = tuple(forms.split("/"))
            self._whole = whole
        return self._whole

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


def lemmas(word: str, upos: str) -> tuple[str, ...]:
    """lemminflect's lemmas of `word` as `upos` ("VERB", "AUX"), with its table read a word at a time."""
    lemmatizer = Lemmatizer()  # one per process (lemminflect's singleton), which keeps the table it reads
    if not hasattr(lemmatizer, "lemma_dict"):  # where it keeps it: `Lemmatizer._getLemmaDict` reads it lazily
        lemmatizer.lemma_dict = LemmaTable(lemmatizer.lemma_lu_fn)
    return tuple(getLemma(word, upos=upos))


def base_form(verb: Token) -> str:
    """The verb's dictionary form, from lemminflect (spaCy's lemmatizer gives "hop" for "hopes")."""
    if verb.lower_ in MODAL_TEXT:
        return MODAL_TEXT[verb.lower_]
    forms = _lemmas(verb.text, "AUX" if verb.pos_ == "AUX" else "VERB")
    return forms[0] if forms else verb.lemma_


@functools.lru_cache(maxsize=65536)
def _lemmas(text: str, upos: str) -> tuple[str, ...]:
    """lemminflect's lemmas of a word, remembered: the same verbs come up in sentence after sentence."""
    return lemmas(text, upos)


def be(number: str, past: bool) -> str:
    """'was'/'were' or 'is'/'are' (lemminflect's VBD, VBZ and VBP forms of "be")."""
    if past:
        return "were" if number == "plural" else "was"
    return "is" if number == "singular" else "are"


def have(number: str, past: bool) -> str:
    return "had" if past else "has" if number == "singular" else "have"


def do(number: str, past: bool) -> str:
    return "did" if past else "does" if number == "singular" else "do"
