"""A charge laid on someone or something, written as the clause it claims: "accused Russian forces of shelling
the plant" → "Russian forces shelled the plant", "called SIA's practice discriminatory" → "SIA's practice was
discriminatory", "criticised for being too slow" → "… was too slow", "accused X of torture" → "torture by X".

A concern's topic reads alone only as a clause or a noun phrase; "Russian forces, shelling near the plant" is
neither. A deed charged is told in the past (it is charged as done); a state ("of being", "as having") in the
tense of the verb that lays the charge.
"""

from __future__ import annotations

import functools

from lemminflect import getInflection
from spacy.tokens import Token

from builder.extract.concerns.lengths import MAX_ABOUT_WORDS, short, shortened
from builder.extract.phrasing import without_asides, words
from builder.extract.questions.verbforms import base_form, be, do, have
from builder.nlp.names import names_a_person

CHARGE_PREPS = {"of", "for", "as"}  # "accused X of", "criticised X for", "branded X as"
NOUN_CHARGING = {"accuse", "suspect"}  # "accused X of torture": the noun is X's deed
STATES = {"be", "have"}
LABELLING = {"brand", "call", "label", "dub", "deem", "declare", "term"}  # "branded X unworkable"
# verbs that take an "of" and a gerund of their own: "who thought of leaving", "who was accused of lying"
OF_VERBS = NOUN_CHARGING | {"think", "approve", "dream", "speak", "talk", "tire", "despair", "boast", "warn"}
ASIDE_MARKS = {",", "(", "-", "–", "—"}  # what opens a relative clause that says nothing of which one


def charge_clause(
    verb: Token,
    target: Token,
    thing: str,
    charge: Token | None = None,
    tail: list[Token] | None = None,
    named: bool = False,
) -> str | None:
    """The clause a charge claims of its target (written `thing`): a deed, a state or a label; None where the
    charge is no clause of the target ("criticised the council over the closure"). `tail`: the words said
    with the charge, where the parser hung some of them elsewhere; `named`: a pronoun target written as the
    one it stands for."""
    found = charge if charge is not None else _charge(verb)
    if found is None and (found := _label_after(verb, target)) is not None:
        thing = thing.removesuffix(found.text).rstrip()  # "branded the proposal unworkable": the proposal
    if found is None and (found := _charge_in_relative(verb, target)) is not None:
        tail = None  # the deed's own words, which lie inside the accused's phrase
    if found is None or not thing or (target.tag_ == "PRP" and not named):
        return None  # "accused me of …": "me" is no subject
    plural = target.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in target.children)
    plural = plural or target.lower_ in {"they", "them"}
    number = "plural" if plural else "singular"
    labelled = found.dep_ == "amod" and found.head == target  # "branded the proposal unworkable"
    if found.dep_ == "oprd" or labelled or (found.head.lower_ == "as" and found.pos_ in {"ADJ", "NOUN"}):
        label = short([t for t in found.subtree if not t.is_space])  # "called the plan 'a fiasco'"
        if label is None and found.pos_ == "ADJ" and found.n_lefts + found.n_rights == 0:
            label = found.text  # "described his conduct as 'reckless'": one word says it
        return f"{thing} {be(number, _past(verb))} {label}" if label else None
    if (second := _second_deed(verb, found)) is not None:
        return _joined_deeds(found, second, thing)
    if found.pos_ in {"VERB", "AUX"} and found.dep_ == "pcomp":
        return _deed(found, thing, number, _past(verb), _after(found, tail))
    gerund = found.doc[found.left_edge.i]  # "of waging war": a gerund the parser read as an adjective
    if found.pos_ == "NOUN" and gerund.tag_ == "VBG" and gerund.dep_ == "amod" and gerund.head == found:
        return _deed(gerund, thing, number, _past(verb), _after(gerund, tail))
    if found.pos_ == "NOUN" and _bare_deed(found) and base_form(verb) in NOUN_CHARGING:
        deed = short([t for t in found.subtree if not t.is_space])
        reason = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > found.i), None
        )
        why = short(list(reason.subtree)) if reason is not None else None  # "of negligence for failing to …"
        return " ".join(p for p in (deed, "by", _small_first(thing), why) if p) if deed else None
    return None


def _label_after(verb: Token, target: Token) -> Token | None:
    """The label a verb of naming puts on its object where the parser hung it on the object as an adjective
    after it ("branded the proposal unworkable", "called the decision unfair"): the last word of the object's
    phrase; not an adjective before its noun ("called the unfair decision …")."""
    if base_form(verb) not in LABELLING:
        return None
    label = next(
        (c for c in target.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > target.i), None
    )
    return label if label is not None and label.i == target.right_edge.i else None


def _charge_in_relative(verb: Token, target: Token) -> Token | None:
    """ "accused the former mayor who became premier last year of trying to …": the charge's "of" and gerund
    the parser hung on a relative clause of the accused (a verb there takes no such "of"), not on "accuse"."""
    if base_form(verb) not in NOUN_CHARGING:
        return None
    for clause in (c for c in target.children if c.dep_ == "relcl" and base_form(c) not in OF_VERBS):
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "of"):
            deed = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
            if deed is not None and prep.right_edge.i == clause.right_edge.i:
                return deed
    return None


def _second_deed(verb: Token, found: Token) -> Token | None:
    """ "accused the minister of hiding and destroying the records": a bare gerund after "of" (read as a
    noun or a verb), and the gerund joined to it hung on the charging verb as its conjunct ("destroying",
    which a finite verb cannot take): the charge is both deeds, sharing what follows."""
    if found.dep_ not in {"pobj", "pcomp"} or not found.lower_.endswith("ing"):
        return None
    if any(found.children) or base_form(found) == found.lower_:
        return None  # "of wrongdoing in the deal": a noun with words of its own, or no verb's gerund
    second = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > found.i), None)
    if second is None:
        return None
    between = found.doc[found.i + 1 : second.i]
    return second if [t.dep_ for t in between] == ["cc"] else None


def _joined_deeds(first: Token, second: Token, thing: str) -> str | None:
    """ "the minister hid and destroyed the records": both deeds in the past, what follows the second
    (their shared object and the rest of the charge) after them."""
    cc = first.doc[first.i + 1]
    after = [t for t in without_asides(second, set()) if t.i > second.i]
    rest = _in_the_past(after, {}, max(MAX_ABOUT_WORDS - len(thing.split()) - 3, 4))
    if after and not rest:
        return None
    return " ".join(p for p in [thing, _past_form(first), cc.lower_, _past_form(second), rest] if p)


def _bare_deed(noun: Token) -> bool:
    """A noun for a deed with nothing after it ("of torture", "of unfair work practices"): "by X" can follow
    it; not "of 36 counts of fraud relating to …", nor a person ("of a traitor")."""
    after = any(c.i > noun.i for c in noun.children)
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return not after and not counted and not names_a_person(noun.lemma_)


def _small_first(thing: str) -> str:
    """ "The school" after "by": "the school"."""
    first, _, rest = thing.partition(" ")
    return f"{first.lower()} {rest}" if first in {"The", "A", "An"} and rest else thing


def _after(deed: Token, tail: list[Token] | None) -> list[Token]:
    """The words after a deed: its own (asides and relative clauses left out), or those said with it."""
    own = without_asides(deed, set())
    asides = {t.i for t in deed.subtree} - {t.i for t in own}
    for clause in (t for t in deed.subtree if t.dep_ == "relcl" and t.i in asides):
        if deed.doc[clause.left_edge.i - 1].text not in ASIDE_MARKS:  # "cuts that were …" says which cuts
            asides -= {t.i for t in clause.subtree}
    words_after = tail if tail is not None else own
    return [t for t in words_after if t.i > deed.i and t.i not in asides and not t.is_space]


def _charge(verb: Token) -> Token | None:
    """The charge on a verb: the gerund or noun of its "of/for/as" phrase, or its predicate ("called X
    unfair")."""
    for c in verb.children:
        if c.dep_ == "oprd" and c.pos_ in {"ADJ", "NOUN"}:
            return c
        if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS and c.i > verb.i:
            found = next((o for o in c.children if o.dep_ in {"pcomp", "pobj", "amod", "acomp"}), None)
            if found is not None:
                return found
    return None


def _past(verb: Token) -> bool:
    """Whether the charge is laid in the past: "accused", "was accused", "had called"."""
    if verb.tag_ == "VBD" or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return True  # "a teacher accused of having …": laid before
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def _deed(deed: Token, thing: str, number: str, past: bool, after: list[Token]) -> str | None:
    """ "of shelling near the plant" → "shelled near the plant"; "of being slow" → "was slow"; "of not
    paying" → "did not pay"; "of having hidden", "of being bribed" → "hid", "was bribed"; a gerund joined to
    it ("of raping … and fondling …") in the past too."""
    auxes = [c for c in deed.children if c.dep_ in {"aux", "auxpass"} and c.i < deed.i]
    negated = [c for c in deed.children if c.dep_ == "neg"]
    skip = {deed.i, *(a.i for a in auxes), *(n.i for n in negated)}
    before = [t for t in deed.subtree if t.i < deed.i and t.i not in skip]
    passive = any(a.dep_ == "auxpass" for a in auxes)
    lemma = base_form(deed)
    if passive:  # "of being bribed", "of having been misled"
        form = [be(number, True), *(["not"] if negated else []), deed.text]
    elif lemma in STATES and not auxes:  # "of being slow", "as having improper motives"
        state = be(number, past) if lemma == "be" else have(number, past)
        form = [state, "not"] if negated and lemma == "be" else [state]
        if negated and lemma == "have":
            form = [do(number, past), "not", "have"]
    elif negated:
        form = [do(number, True), "not", lemma]
    elif any(t.lower_ == "still" for t in before):  # "of still supporting X": it goes on
        ongoing = [
            thing,
            be(number, False),
            words(before),
            deed.text,
            _in_the_past(after, {}, _room(thing, before)),
        ]
        return " ".join(p for p in ongoing if p)
    else:
        form = [_past_form(deed)]
    joined = {c.i: _past_form(c) for c in deed.children if c.dep_ == "conj" and c.tag_ == "VBG"}
    rest = _in_the_past(after, joined, _room(thing, before))
    if after and not rest:
        return None
    return " ".join(p for p in [thing, words(before), *form, rest] if p)


def _room(thing: str, before: list[Token]) -> int:
    """How many words a line has left after the one charged and the deed."""
    return max(MAX_ABOUT_WORDS - len(thing.split()) - len(before) - 1, 4)


def _in_the_past(after: list[Token], joined: dict[int, str], limit: int) -> str:
    """The words after the deed as text, cut to `limit` words, a gerund joined to it in the past ("and
    fondling a girl" → "and fondled a girl")."""
    parts: list[str] = []
    segment: list[Token] = []
    for token in shortened(after, limit):
        if token.i in joined:
            parts += [words(segment), joined[token.i]]
            segment = []
        else:
            segment.append(token)
    return " ".join(p for p in [*parts, words(segment)] if p)


def _past_form(verb: Token) -> str:
    """The past tense of a verb (lemminflect: "shelling" → "shelled", "taking" → "took"); a verb lemminflect
    does not know, from its own "-ing" spelling ("wiretapping" → "wiretapped")."""
    return _past_of(base_form(verb), verb.lower_)


@functools.lru_cache(maxsize=4096)
def _past_of(lemma: str, written: str) -> str:
    forms = getInflection(lemma, tag="VBD", inflect_oov=False)
    if forms:
        return forms[0]
    return written[:-3] + "ed" if written.endswith("ing") else written
