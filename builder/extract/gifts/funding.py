"""Funding and aid that name no item: "X funds Y", "Y is funded by X", "a government-funded Y",
"X donated to Y", and the nouns "X's donation to Y", "aid from X to Y", "U.S. aid to Y"."""

from __future__ import annotations

from spacy.tokens import Token

from builder.core.model import GiftStatus
from builder.extract.gifts import syntax as syn
from builder.extract.gifts.aid import AID_NOUNS, is_body, is_commercial, quantified
from builder.extract.gifts.frames import Args, Frame, Roles
from builder.extract.gifts.lexicon import BLOCKING_HEADS, VERBS, is_generic
from builder.extract.gifts.status import status_of

FUNDING_NOUNS = {"donation", "grant", "funding", "aid", "contribution"}
WITHHELD = {
    "cut", "suspend", "withhold", "freeze", "halt", "end", "stop", "block", "delay", "reduce", "slash",
    "divert", "return", "refund", "reject", "decline", "need", "lack", "seek", "request", "await", "lose",
    "cancel", "pause", "restrict", "limit", "allocate", "earmark", "budget", "condition", "tie", "link",
}  # fmt: skip
PLANNED = {"approve", "announce", "pledge", "promise", "unveil"}
OWNER_ENTS = {"GPE", "NORP", "ORG"}


def funds_recipient(a: Args) -> Roles | None:
    """X funds Y (with Z): the object is who receives the money."""
    if a.passive or len(a.objects) != 1 or a.verb.dep_ == "amod":
        return None
    items = syn.pobjs(a.verb, "with")
    return a.subject, (items[0] if items else None), quantified(a.objects[0])


def funded_by(a: Args) -> Roles | None:
    """Y is funded by X; "a group funded by X"; "partners who are funded by X"."""
    if not a.passive or a.subject is None:
        return None
    agents = syn.pobjs(a.verb, "by")
    return (agents[-1] if agents else None), None, a.subject


def funded_attributive(a: Args) -> Roles | None:
    """ "a government-funded broadcaster": the noun before the participle gives, the noun after it gets."""
    if a.verb.dep_ != "amod" or a.verb.tag_ != "VBN":
        return None
    givers = [c for c in a.verb.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < a.verb.i]
    return (givers[0] if givers else None), None, a.verb.head


PUBLIC_PURSE = {"state", "government", "taxpayer", "public", "industry"}


def public_money(verb: Token, giver: Token) -> bool:
    """ "a government-funded institute", "a Russian-funded network", "industry-funded": the adjective says
    where a body's money comes from (a budget, a sector, a nation), not that someone made it a gift.

    A named person or body still gives in this form ("a Soros-funded group"), and "funded by the
    government" or "the US funds the army" are read as usual."""
    if verb.dep_ != "amod":
        return False
    return giver.ent_type_ in {"NORP", "GPE"} or giver.lemma_.lower() in PUBLIC_PURSE


def gives_to(a: Args) -> Roles | None:
    """X donated (or contributed) to Y, naming no item."""
    if a.passive or a.objects or a.dative is not None:
        return None
    recipients = syn.pobjs(a.verb, "to")
    return (a.subject, None, quantified(recipients[0])) if recipients else None


def self_funded(verb: Token) -> bool:
    """ "self-funding his campaign": the giver pays for itself, which is no gift."""
    before = verb.doc[max(verb.sent.start, verb.i - 2) : verb.i]
    return any(t.lower_ == "self" for t in [*before, *verb.children])


def purpose_of_gift(verb: Token) -> bool:
    """ "donated $1m to the clinic to fund research": the purpose of a gift already reported, no new gift."""
    node = verb
    while node.dep_ in {"xcomp", "advcl", "acl"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in VERBS and node.pos_ in {"VERB", "AUX"}:
            return True
    return False


def funding_noun_frames(noun: Token) -> list[Frame]:
    """ "X's donation to Y", "aid from X to Y", "U.S. aid to Y": a transfer named by its noun, no item."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FUNDING_NOUNS or syn.pobjs(noun, "of"):
        return []
    if any(c.lower_ in {"no", "any"} or c.dep_ == "neg" for c in noun.children) or is_commercial(noun):
        return []
    giver, recipient = _noun_giver(noun), _noun_recipient(noun)
    if giver is None or recipient is None or not is_body(giver) or not is_body(recipient):
        return []
    if is_generic(giver) or is_generic(recipient):
        return []  # "donations from businesses to parties": giving in general
    status = _noun_status(noun)
    item = noun if stated_amount(noun) else None
    return (
        [Frame(noun, giver, item, recipient, status, aid=True, split_items=False)]
        if status is not None
        else []
    )


def stated_amount(noun: Token) -> bool:
    """ "the union's $40,000 donation to Y", "a £2m grant from X": the noun phrase states the amount, so the
    item is the phrase as written, not the transfer with its amount not stated."""
    return any(t.ent_type_ == "MONEY" for c in noun.lefts if c.dep_ != "poss" for t in c.subtree)


def _noun_giver(noun: Token) -> Token | None:
    """X in "X's donation", "a grant from X", "aid by X", "U.S. aid", "American aid", "X made a $500
    contribution"."""
    owners = syn.children(noun, "poss") + syn.pobjs(noun, "from", "by") + _maker(noun)
    named = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in OWNER_ENTS]
    owners += [c for c in named if c.lemma_.lower() not in AID_NOUNS]
    return owners[0] if owners else None


LIGHT_VERBS = {"make"}
GIFT_NOUNS = {"donation", "grant"}  # never figurative; "made a contribution to science" is


def _maker(noun: Token) -> list[Token]:
    """Who "made" a donation, or a contribution of a stated amount ("X made a $2,700 contribution to Y"; not
    "made a huge contribution to the game"): the light verb's subject."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in LIGHT_VERBS:
        return []
    if not stated_amount(noun) and noun.lemma_.lower() not in GIFT_NOUNS:
        return []
    subject = syn.own_subject(noun.head)
    return [subject] if subject is not None else []


def _noun_recipient(noun: Token) -> Token | None:
    """Y in "a donation to Y", "aid for Y", also where the parser hung "to Y" on the verb right after the
    noun ("outlined X's donations to Y")."""
    found = syn.pobjs(noun, "to", "for") or syn.prep_after(noun, "to", "for")
    return found[0] if found else None


def _noun_status(noun: Token) -> GiftStatus | None:
    """Given unless the clause cuts, withholds, asks for or only plans the transfer; promised if approved."""
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return "given"
    lemma = verb.lemma_.lower()
    if lemma in BLOCKING_HEADS or (lemma in WITHHELD and not _linked_to(noun, verb)):
        return None
    return status_of(verb, lemma in PLANNED)


def _linked_to(noun: Token, verb: Token) -> bool:
    """ "tied his appointment to his donations to Y": the verb ties, cuts or returns something else to the
    gift, which it takes as made (not "aid tied to reforms", "funding cut to Y", where the gift is held)."""
    prep = noun.head
    near = {verb.i, *(c.i for c in verb.children)}
    return noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.i in near


DONOR_NOUNS = {"donor", "benefactor", "contributor", "backer", "funder", "bankroller", "philanthropist"}


def donor_frames(noun: Token) -> list[Frame]:
    """ "X, a longtime donor to Y", "X is a major donor to Y": the person or body a donor noun describes gave
    to Y; the amount is not stated. Generic donors ("donors to the party") name nobody and give no frame."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DONOR_NOUNS or noun.tag_ == "NNS":
        return []
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    named = [c for c in compounds if c.ent_type_ in {"ORG", "PERSON"}]
    if any(c.pos_ == "NOUN" and not c.ent_type_ for c in compounds):
        named = []  # "an NHS blood donor" gives blood, not money to the NHS
    recipients = syn.pobjs(noun, "to", "of") or named  # "a Harwell Trust donor": the trust's
    giver = _described_by(noun)
    if not recipients or giver is None or not is_body(recipients[0]):
        return []
    status = _noun_status(noun)
    return [Frame(noun, giver, None, recipients[0], status, aid=True)] if status is not None else []


def _described_by(noun: Token) -> Token | None:
    """The name a description stands beside ("Steve Mnuchin, a donor to Y") or is said of ("X is a donor")."""
    if noun.dep_ == "appos" and (noun.head.ent_type_ in {"PERSON", "ORG"} or noun.head.pos_ == "PROPN"):
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        be = noun.head
        subject = syn.own_subject(be) or (syn.own_subject(be.head) if be.dep_ == "xcomp" else None)
        if subject is not None and subject.tag_ in {"WP", "WDT"}:
            return _relative_head(subject)  # "a chemist who happened to be a donor to Y"
        return subject if subject is not None and (subject.ent_type_ or subject.pos_ == "PROPN") else None
    return None


def _relative_head(relative: Token) -> Token | None:
    """The one person or body a relative clause describes ("a chemist who ..."), not a plural."""
    clause = next((a for a in relative.ancestors if a.dep_ == "relcl"), None)
    head = clause.head if clause is not None else None
    if head is None or head.tag_ in {"NNS", "NNPS"} or not is_body(head):
        return None
    return head
