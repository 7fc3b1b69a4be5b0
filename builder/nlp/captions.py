"""Caption labels and opening words the model takes for names: "Sullen: Barrientos, seen here …", "Quoting
court documents, the paper said …".

Picture captions scraped with an article keep their label, a capitalised word before a colon, and often lose
the full stop before it, so the label is glued into the previous sentence ("… marriage licences Sullen:
Barrientos …", "… rabbi Laura Smith Signed: The letter …"). The model reads such a word as a name. So does it
with an ordinary verb form opening a sentence ("Quoting court documents, …"). A word of the dictionary that
the article never writes capitalised where a name would be (mid-sentence, not before a colon) is no name
there.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from builder.nlp.casing import IsCommon

LABELLED = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}


def without_caption_labels(doc: Doc, is_common: IsCommon) -> list[Span]:
    """The doc's entities less caption labels and sentence-opening verb forms, and with a label glued to the
    end of a name cut off ("Laura Smith Signed:" is "Laura Smith")."""
    if not any(_may_be_a_label(e) for e in doc.ents):
        return list(doc.ents)  # most docs: no entity before a colon, opening a sentence or ending in a verb
    names = _capitalised_as_names(doc)
    kept: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in LABELLED or ent.id_:
            kept.append(ent)
            continue
        last = ent[-1]
        label = _before_label(last) and _plain(last, is_common, names)
        if len(ent) == 1 and (label or _opening_verb_form(last, is_common, names)):
            continue  # "Sullen: Barrientos …", "Quoting court documents, …"
        if len(ent) > 1 and last.tag_ in VERB_TAGS and _plain(last, is_common, names) and _glued(last):
            kept.append(Span(doc, ent.start, ent.end - 1, ent.label_, span_id=ent.id_))
            continue  # "Laura Smith Signed: The letter …", "rivals Atletico Losing their striker …"
        kept.append(ent)
    return kept


def _may_be_a_label(ent: Span) -> bool:
    """The cheap half of the tests below: a name before a colon, an -ing word opening a sentence, or a name
    ending in a verb form."""
    if ent.label_ not in LABELLED or ent.id_:
        return False
    last = ent[-1]
    return _before_label(last) or (len(ent) == 1 and last.lower_.endswith("ing")) or last.tag_ in VERB_TAGS


def _capitalised_as_names(doc: Doc) -> Counter[str]:
    """How often the doc writes each lower-cased word capitalised where only a name is: not opening a
    sentence, not before a colon, not in a line of capitals."""
    return Counter(t.lower_ for t in doc if _as_a_name(t))


def _as_a_name(token: Token) -> bool:
    if not token.is_alpha or not token.text[0].isupper() or (token.is_upper and len(token) > 1):
        return False
    return not (_opens_sentence(token) or _before_label(token))


def _plain(token: Token, is_common: IsCommon, names: Counter[str]) -> bool:
    """An ordinary word the article never writes as a name elsewhere."""
    elsewhere = names[token.lower_] - _as_a_name(token)
    return token.is_alpha and is_common(token.lower_) and elsewhere == 0


def _before_label(token: Token) -> bool:
    """Right before a colon that opens a caption: "Sullen: Barrientos", "Stumpings: 14", "Wanted: 'He …'"."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ":" or token.whitespace_:
        return False
    after = doc[token.i + 2]
    return after.text[:1].isupper() or after.text[:1].isdigit() or after.is_quote


def _glued(token: Token) -> bool:
    """A label glued to the name before it: a colon after it ("Smith Signed:"), or it opens a clause that goes
    on in lower case ("Atletico Losing their striker")."""
    doc = token.doc
    if _before_label(token):
        return True
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.tag_ == "VBG" and after is not None and after.is_lower and after.is_alpha


def _opens_sentence(token: Token) -> bool:
    sent = token.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == token.i


def _opening_verb_form(token: Token, is_common: IsCommon, names: Counter[str]) -> bool:
    """ "Quoting court documents, …", "Speaking to reporters, …": an -ing form opening its sentence, before a
    lower-case word."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.lower_.endswith("ing")
        and _opens_sentence(token)
        and after is not None
        and after.is_alpha
        and after.is_lower
        and _plain(token, is_common, names)
    )
