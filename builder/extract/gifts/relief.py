"""Debt relief granted by a creditor: a moratorium on repayments, debt relief, a debt written off or forgiven.

Relief is aid: the creditor gives up money it is owed ("the lenders granted a moratorium on loan payments to
the flooded states", "Germany wrote off Iraq's debts"). Only relief granted, agreed or promised counts;
plans, calls and forecasts ("plans for debt relief", "could be eased by debt relief") stay out, as the status
rules decide for every gift.
"""

from __future__ import annotations

from spacy.tokens import Token

from builder.extract.gifts import phrases as phrases
from builder.extract.gifts import syntax as syn
from builder.extract.gifts.frames import Frame
from builder.extract.gifts.lexicon import can_give, is_party
from builder.extract.gifts.status import status_of

RELIEF_NOUNS = {
    "moratorium", "relief", "write-off", "writeoff", "cancellation", "forgiveness", "waiver", "freeze",
    "suspension",
}  # fmt: skip
DEBT_WORDS = {"debt", "repayment", "arrears", "interest", "loan", "liability", "borrowing"}
GRANTING = {"agree", "grant", "give", "approve", "extend", "provide", "award", "announce", "declare"}
PROMISING = {"promise", "pledge"}
RELIEF_VERBS = {"cancel": "cancellation", "forgive": "forgiveness", "waive": "waiver", "write": "write-off"}


def _about_debt(token: Token) -> bool:
    """A debt word, or a noun a debt word modifies ("debt payments", "loan repayments")."""
    if token.lemma_.lower() in DEBT_WORDS:
        return True
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in DEBT_WORDS for c in token.children)


def _debt_of(noun: Token, verb: Token) -> Token | None:
    """The debt a relief noun is about: its modifier ("debt relief") or the object of its "on"/"of" phrase
    ("a moratorium on repayments", "cancellation of its debts"), also where the parser hung it on the verb."""
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.lemma_.lower() in DEBT_WORDS:
            return child
    heads = [noun] + ([verb] if verb is not noun else [])
    for head in heads:
        for debt in syn.pobjs(head, "on", "of"):
            if _about_debt(debt) and (head is noun or debt.i > noun.i):
                return debt
    return None


def relief_frames(token: Token) -> list[Frame]:
    """Frames for debt relief named by a noun ("agreed to a freeze on X's loan payments") or a verb
    ("wrote off X's debts", "cancelled the debts of X")."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in RELIEF_NOUNS:
        return _noun_frames(token)
    if token.pos_ == "VERB" and token.lemma_.lower() in RELIEF_VERBS:
        return _verb_frames(token)
    return []


def _granting_verb(noun: Token) -> Token | None:
    """The verb that grants the relief: "granted debt relief", "agreed to a moratorium", "was approved"."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in GRANTING | PROMISING:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "agree":
        return head.head
    return None


def _noun_frames(noun: Token) -> list[Frame]:
    verb = _granting_verb(noun)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return []
    debt = _debt_of(noun, verb)
    if debt is None:
        return []
    passive = noun.dep_ == "nsubjpass"
    giver = next(iter(syn.pobjs(verb, "by")), None) if passive else syn.subject_of(verb)
    recipient = _recipient(noun, debt, verb)
    return _frame(verb, giver, noun, recipient, verb.lemma_.lower() in PROMISING)


def _verb_frames(verb: Token) -> list[Frame]:
    if verb.lemma_.lower() == "write" and not any(c.lower_ == "off" for c in syn.children(verb, "prt")):
        return []
    for obj in syn.children(verb, "dobj"):
        debt = obj if _about_debt(obj) else _debt_of_amount(obj)
        if debt is not None:
            return _frame(verb, syn.subject_of(verb), obj, _recipient(obj, debt, verb), False)
    return []


def _debt_of_amount(obj: Token) -> Token | None:
    """ "$4bn of Iraq's debt": the debt an amount is part of."""
    return next((d for d in syn.pobjs(obj, "of") if _about_debt(d)), None)


def _recipient(noun: Token, debt: Token, verb: Token) -> Token | None:
    """Who is relieved: "for X" on the relief, the debt or the verb; the debtor ("X's debts", "the debts of
    X", "Ghana debt relief"); the first object ("granted X debt relief")."""
    found = syn.pobjs(noun, "for", "to") + syn.pobjs(debt, "for", "to")
    found += [p for p in syn.pobjs(verb, "for", "to") if p.i != noun.i]
    found += syn.children(debt, "poss") + syn.pobjs(debt, "of") + syn.children(verb, "dative")
    found += [c for c in syn.children(noun, "compound") if c.ent_type_ in {"GPE", "ORG", "NORP"}]
    found = [_counted(f) for f in found if f.i != noun.i and (f.dep_ == "poss" or not _about_debt(f))]
    return next((f for f in found if is_party(f)), None)


def _counted(token: Token) -> Token:
    """ "18 of the poorest countries": the countries."""
    if token.pos_ != "NUM":
        return token
    return next(iter(syn.pobjs(token, "of")), token)


def _frame(
    verb: Token, giver: Token | None, item: Token, recipient: Token | None, promise: bool
) -> list[Frame]:
    status = status_of(verb, promise)
    if status is None or giver is None or recipient is None:
        return []
    if not is_party(giver) or not can_give(giver):
        return []
    return [Frame(verb, giver, item, recipient, status, split_items=False, relief=True)]


def relief_text(item: Token, frame: Frame, skip: frozenset[int]) -> str:
    """The relief as written, without its parties ("a moratorium on repayments", "debt relief"); a debt a verb
    relieves is named by the act ("write-off of $4bn of debt", "cancellation of the debts")."""
    anchor = frame.anchor
    words = [_compact(item, skip)]
    debt = _debt_of_amount(item) if item.head.i == anchor.i else None
    if item.head.i != anchor.i or anchor.lemma_.lower() not in RELIEF_VERBS:
        debt = _debt_of(item, anchor)
        prep = debt.head.lower_ if debt is not None and debt.head.pos_ == "ADP" else None
        if prep is not None and debt is not None:
            words += [prep, _compact(debt, skip)]
        return " ".join(words)
    if debt is not None:
        words += ["of", _compact(debt, skip)]
    return f"{RELIEF_VERBS[anchor.lemma_.lower()]} of " + " ".join(words)


def _compact(head: Token, skip: frozenset[int]) -> str:
    """A noun with the words before it ("a temporary moratorium", "$4bn"), leaving out the parties in `skip`
    and their possessive marks."""
    kept = []
    for token in head.doc[head.left_edge.i : head.i + 1]:
        path = [token, *[a for a in token.ancestors if head.is_ancestor(a)]]
        if not any(t.i in skip for t in path) and token.dep_ != "case":
            kept.append(token)
    return phrases.text_of(kept)
