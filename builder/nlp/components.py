"""spaCy components that repair the model's entities: shouted lines, edges, teams, document consistency."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from spacy.attrs import IS_UPPER
from spacy.language import Language
from spacy.tokens import Doc, Span

from builder.data import gazetteer
from builder.nlp.captions import without_caption_labels
from builder.nlp.casing import (
    IsCommon,
    case_table,
    dictionary_check,
    is_caps_word,
    is_shouted,
    lines_of,
    truecase_sentence,
    word_case,
)
from builder.nlp.consistency import (
    capitalised_inside,
    consistent_ents,
    is_plain_word,
    with_initials,
    without_common_words,
)
from builder.nlp.edges import places_as_modifiers, trimmed_ents, with_department_heads, with_hyphen_tails
from builder.nlp.guard import hold_embedded, restore_held
from builder.nlp.teams import with_teams

RERUN_PIPES = ("entity_ruler", "gazetteer_guard", "ner", "gazetteer_restore")


@Language.component("gazetteer_guard", requires=["doc.ents"], assigns=["doc.ents"])
def gazetteer_guard(doc: Doc) -> Doc:
    """Hold back gazetteer matches inside longer names so the NER can see the whole name."""
    return hold_embedded(doc)


@Language.component("gazetteer_restore", requires=["doc.ents"], assigns=["doc.ents"])
def gazetteer_restore(doc: Doc) -> Doc:
    """Bring back held gazetteer matches the NER did not replace with a longer name."""
    return restore_held(doc)


@Language.factory("caps_ner", requires=["doc.ents"], assigns=["doc.ents"])
def make_caps_ner(nlp: Language, name: str) -> CapsNer:
    """The truecasing re-recogniser for ALL-CAPS lines (see `CapsNer`)."""
    return CapsNer(nlp)


class CapsNer:
    """Re-run the ruler and NER on truecased copies of shouted lines and map the entities back.

    A truecased word has the same length as the original, so token offsets carry over one to one.
    """

    def __init__(self, nlp: Language):
        self._nlp = nlp
        self._is_common: IsCommon | None = None
        self._name_case: dict[str, str] | None = None

    def _names(self) -> dict[str, str]:
        if self._name_case is None:
            names = self._nlp.pipe_names
            patterns = self._nlp.get_pipe("entity_ruler").patterns if "entity_ruler" in names else []
            self._name_case = word_case(str(p["pattern"]) for p in patterns if isinstance(p["pattern"], str))
        return self._name_case

    def _common(self) -> IsCommon:
        if self._is_common is None:
            self._is_common = dictionary(self._nlp)
        return self._is_common

    def _pipes(self) -> list[Callable[[Doc], Doc]]:
        return [self._nlp.get_pipe(name) for name in RERUN_PIPES if name in self._nlp.pipe_names]

    def __call__(self, doc: Doc) -> Doc:
        upper = doc.to_array(IS_UPPER)  # a capitals word is upper case: look only at those (one pass in C)
        caps = [i for i in map(int, upper.nonzero()[0]) if is_caps_word(doc[i].text)]
        lines = [line for line in lines_of(doc) if any(line.start <= i < line.end for i in caps)]
        if not lines:
            return doc
        known = case_table(doc, self._names())
        redo = []
        for line in lines:
            texts = [t.text for t in line]
            words = truecase_sentence(line, known, not is_shouted(texts), self._common())
            if words != texts:
                redo.append((line, words))
        if redo:
            inside = capitalised_inside(doc)
            found = [(line, self._recognise(doc, line, words, inside)) for line, words in redo]
            doc.ents = _merge_ents(doc, found)
        return doc

    def _recognise(self, doc: Doc, line: Span, words: list[str], inside: set[str]) -> list[Span]:
        """Entities of the truecased line, as spans of the original doc, less common words it capitalised."""
        copy = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in line])
        for pipe in self._pipes():
            copy = pipe(copy)
        ents = [e for e in copy.ents if e.id_ or not is_plain_word(e, self._common(), inside)]
        return [Span(doc, line.start + e.start, line.start + e.end, e.label_, span_id=e.id_) for e in ents]


def _merge_ents(doc: Doc, redone: Iterable[tuple[Span, list[Span]]]) -> list[Span]:
    """The doc's entities with those of each re-recognised sentence replaced by the new ones."""
    redone = list(redone)
    kept = [e for e in doc.ents if not any(_overlaps(e, sent) for sent, _ in redone)]
    return sorted(kept + [e for _, ents in redone for e in ents], key=lambda e: e.start)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def dictionary(nlp: Language) -> IsCommon:
    """Ordinary English words from the lemmatizer's tables (no lemmatizer: function words only)."""
    if "lemmatizer" not in nlp.pipe_names:
        return lambda lower: False
    lookups = nlp.get_pipe("lemmatizer").lookups
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if lookups.has_table(name):
            for entries in lookups.get_table(name).values():
                words.update(entries)
    rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
    suffixes = sorted({(old, new) for pairs in rules.values() for old, new in pairs if old.isalpha()})
    return dictionary_check(frozenset(words), suffixes)


@Language.factory("entity_repair", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_repair(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Trim entity edges, drop capitalised common words, then apply the document-level label rules."""
    is_common = dictionary(nlp)

    def repair(doc: Doc) -> Doc:
        doc.ents = trimmed_ents(doc)
        doc.ents = with_hyphen_tails(doc)
        doc.ents = with_department_heads(doc)
        doc.ents = places_as_modifiers(doc)
        doc.ents = without_common_words(doc, is_common)
        doc.ents = without_caption_labels(doc, is_common)
        doc.ents = with_initials(doc)
        doc.ents = consistent_ents(doc)
        doc.ents = with_teams(doc, country_names())
        return doc

    return repair


@functools.cache
def country_names() -> set[str]:
    """Canonical names of the gazetteer's countries (the ids the ruler gives them)."""
    return {c["name"] for c in gazetteer()["countries"]}
