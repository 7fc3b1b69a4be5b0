"""Gazetteer guard: a listed name inside a longer name ("Air France", "U.S. Open") is left to the NER.

The guard runs between the entity ruler and the NER and holds back ruler matches that touch another
capitalised word; after the NER, a held match comes back where the NER found nothing there, and links the
NER's entity to the gazetteer where the NER found exactly the same span.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

HELD_KEY = "gazetteer_held"


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text) and not token.is_space


def embedded(span: Span) -> bool:
    """Whether a match runs on into another capitalised word ("Air France", "Real Madrid", "U.S. Open")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and _capitalised(after) and after.ent_type_ == "":
        return True
    return (
        before is not None and _capitalised(before) and not span[0].is_sent_start and not before.is_sent_start
    )


def hold_embedded(doc: Doc) -> Doc:
    """Set aside ruler matches that run into other capitalised words (restored by `restore_held`)."""
    held = [e for e in doc.ents if e.id_ and embedded(e)]
    if held:
        doc.user_data[HELD_KEY] = [(e.start, e.end, e.label_, e.id_) for e in held]
        doc.ents = [e for e in doc.ents if not any(e.start == h.start and e.end == h.end for h in held)]
        for token in (t for span in held for t in span):
            token.ent_id_ = ""  # or the NER's entity over these words would inherit the gazetteer's id
    return doc


def restore_held(doc: Doc) -> Doc:
    """Put held matches back where the NER left the words unlabelled; link an NER entity of the same span."""
    held = doc.user_data.pop(HELD_KEY, [])
    if not held:
        return doc
    ents = list(doc.ents)
    for start, end, label, ent_id in held:
        same = [e for e in ents if e.start == start and e.end == end]
        if same or not any(e.start < end and start < e.end for e in ents):
            ents = [e for e in ents if e not in same] + [Span(doc, start, end, label, span_id=ent_id)]
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc
