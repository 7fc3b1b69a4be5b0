"""Terms: the named things and noun compounds of each sentence, for comparing sources and tagging."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from builder.core.model import Term
from builder.extract import Analysis
from builder.extract.evidence import evidence_at
from builder.nlp.spacy_model import noun_chunks_of, text_of

SKIP_LABELS = {"ORDINAL", "LANGUAGE"}
LAW = re.compile(r"\b(resolution|act|treaty|convention|accord|law|bill)\s+\d+\b", re.IGNORECASE)
NUMBERED_LAW = re.compile(
    r"(?:\b[A-Z][\w.]*\s+){0,5}\b(?:Resolution|Act|Treaty|Convention|Protocol)\s+(?:No\.\s*)?\d+"
)
EDGE_WORDS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "such", "any"}


def clean(span: Span) -> str:
    """Span text without leading determiners/possessives or a trailing possessive."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in EDGE_WORDS or tokens[0].dep_ == "poss"):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def entity_label(span: Span) -> str:
    return "LAW" if LAW.search(span.text) else span.label_


def compound_phrase(chunk: Span) -> str | None:
    """A noun chunk built on a noun compound ("fighter jet factory", "space suit"), without entities."""
    nouns = [t for t in chunk if t.pos_ == "NOUN"]
    if len(nouns) < 2 or any(t.ent_type_ for t in chunk) or not any(t.dep_ == "compound" for t in nouns):
        return None
    start = next(t for t in chunk if t.dep_ == "compound" or (t.pos_ in {"NOUN", "ADJ"} and t.dep_ != "det"))
    text = chunk.doc[start.i : chunk.root.i + 1].text
    return text if len(text) > 3 else None


def proper_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns the entity recogniser missed ("Vostochny Cosmodrome")."""
    runs, current = [], []
    for token in doc:
        if token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and not token.is_sent_start:
            current.append(token)
            continue
        if len(current) >= 2:
            runs.append(doc[current[0].i : current[-1].i + 1])
        current = []
    return runs


def numbered_laws(doc: Doc) -> list[Span]:
    """Numbered resolutions, acts and treaties, even when part of the name was tagged as an organisation."""
    found = NUMBERED_LAW.finditer(text_of(doc))
    spans = (doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in found)
    return [s for s in spans if s is not None]


def find_terms(analysis: Analysis) -> tuple[Term, ...]:
    """Every entity (except ordinals and languages) and compound noun phrase, one per sentence and form."""
    found: dict[tuple[str, str, int], Term] = {}
    doc = analysis.doc
    candidates = [(clean(e), entity_label(e), e) for e in doc.ents if e.label_ not in SKIP_LABELS]
    candidates += [(p, "PHRASE", c) for c in noun_chunks_of(doc) if (p := compound_phrase(c))]
    candidates += [(clean(s), "NAME", s) for s in proper_names(doc)]
    candidates += [(s.text, "LAW", s) for s in numbered_laws(doc)]
    for text, label, span in candidates:
        if not text or not any(ch.isalnum() for ch in text):
            continue
        evidence = evidence_at(analysis.sentences, span, analysis.article_id)
        found.setdefault((text.lower(), label, evidence.sentence), Term(text, label, evidence))
    return tuple(sorted(found.values(), key=lambda t: (t.evidence.sentence, t.evidence.start, t.text)))
