"""Funding and aid that name no item: "X funds Y", "Y is funded by X", "a government-funded Y",
"X donated to Y", and the nouns "X's donation to Y", "aid from X to Y", "U.S. aid to Y"."""

from __future__ import annotations

from spacy.tokens import Token

from builder.core.model import GiftStatus
from builder.extract.actors import TITLES
from builder.extract.gifts import syntax as syn
from builder.extract.gifts.aid import AID_NOUNS, in_need, is_body, is_commercial, quantified
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
    agent = agents[-1] if agents else None
    if agent is not None and agent.lemma_.lower() in FUNDING_NOUNS:  # "funded by a grant from X"
        sources = syn.pobjs(agent, "from")
        return (sources[0] if sources else None), agent, a.subject
    return agent, None, a.subject


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
    as_noun = noun.pos_ == "NOUN" or (
        noun.pos_ == "VERB" and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
    )
    if not as_noun or noun.lemma_.lower() not in FUNDING_NOUNS:
        return []  # a subject or object tagged a verb is a noun all the same ("Aid from X reached Y")
    if any(o.ent_type_ != "MONEY" for o in syn.pobjs(noun, "of")):
        return []  # "the funding of the project", "a grant of asylum"; not "a grant of £2m"
    if any(c.lower_ in {"no", "any"} or c.dep_ == "neg" for c in noun.children) or is_commercial(noun):
        return []
    giver, recipient = _noun_giver(noun), _noun_recipient(noun)
    if recipient is None and _concrete(noun, giver):
        recipient = None  # "a $1m donation from Ann Lee": the recipient is not named
    elif giver is None or recipient is None or not is_body(giver) or not is_body(recipient):
        return []
    if is_generic(giver) or (recipient is not None and is_generic(recipient)):
        return []  # "donations from businesses to parties": giving in general
    status = _noun_status(noun)
    item = noun if stated_amount(noun) else _amount_of(noun)
    anchor = item if item is not None else noun  # "£20m of aid": the phrase is headed on the amount
    return (
        [Frame(anchor, giver, item, recipient, status, aid=True, split_items=False)]
        if status is not None
        else []
    )


def stated_amount(noun: Token) -> bool:
    """ "the union's $40,000 donation to Y", "a £2m grant from X": the noun phrase states the amount, so the
    item is the phrase as written, not the transfer with its amount not stated."""
    before = any(t.ent_type_ == "MONEY" for c in noun.lefts if c.dep_ != "poss" for t in c.subtree)
    return before or any(o.ent_type_ == "MONEY" for o in syn.pobjs(noun, "of"))  # "a grant of £2m"


def _noun_giver(noun: Token) -> Token | None:
    """X in "X's donation", "a grant from X", "aid by X", "U.S. aid", "American aid", "X made a $500
    contribution"."""
    owners = syn.children(noun, "poss") + syn.pobjs(noun, "from", "by") + _maker(noun) + _announcer(noun)
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in {"come", "flow"}:  # "funding came from X"
        owners += syn.pobjs(noun.head, "from")
    if _winner(noun):  # "won a grant from X", the parser hanging "from X" on the verb
        owners += syn.pobjs((_amount_of(noun) or noun).head, "from")
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


ANNOUNCING = {"announce", "approve", "unveil"}


def _amount_of(noun: Token) -> Token | None:
    """The amount a funding noun is counted in: "£20 million of aid" (the parser heads the phrase on the
    amount)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.ent_type_ == "MONEY":
        return noun.head.head
    return None


def _announcer(noun: Token) -> list[Token]:
    """Who announced or approved aid or a grant for Y ("Britain announced £20m of aid for Sudan", "the bank
    approved a $5m grant for Y"): the verb's subject, whose own money it is; the gift is promised."""
    head = _amount_of(noun) or noun  # "£20 million of aid": the amount is the object
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in ANNOUNCING:
        return []
    subject = syn.own_subject(head.head)
    return [subject] if subject is not None and subject.pos_ != "PRON" else []


def _noun_recipient(noun: Token) -> Token | None:
    """Y in "a donation to Y", "aid for Y", also where the parser hung "to Y" on the verb right after the
    noun ("outlined X's donations to Y"), or "Y won (secured) a grant from X"."""
    found = syn.pobjs(noun, "to", "for") or syn.prep_after(noun, "to", "for")
    found = found or _winner(noun) or _paid_for(noun) or _arrived_at(noun)
    return found[0] if found else None


PAYING_FOR = {
    "build", "fund", "finance", "pay", "buy", "renovate", "restore", "refurbish", "equip", "establish",
    "found", "set", "create", "open", "expand", "launch",
}  # fmt: skip


CONSIGNMENTS = {
    "shipment",
    "consignment",
    "convoy",
    "delivery",
    "load",
    "batch",
    "cargo",
    "tranche",
    "planeload",
}
ARRIVING = {"arrive", "reach", "land"}


def _arrived_at(noun: Token) -> list[Token]:
    """Where aid arrived: "Aid from Japan arrived in Nepal", "the first shipment of US aid reached Gaza"."""
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in CONSIGNMENTS:
        head = noun.head.head
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in ARRIVING:
        return []
    verb = head.head
    places = syn.children(verb, "dobj") + syn.pobjs(verb, "in", "at", "to")
    return [p for p in places if is_body(p) or in_need(p)][:1]  # "reached the flood victims"


def _paid_for(noun: Token) -> list[Token]:
    """What a gift paid for, where it is a body that keeps it ("The library was built with a $3m donation
    from X", "The clinic was set up with a grant from Y")."""
    head = _amount_of(noun) or noun
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "with" else None
    if verb is None or verb.lemma_.lower() not in PAYING_FOR:
        return []
    subject = next(iter(syn.children(verb, "nsubjpass")), None)
    return [subject] if subject is not None and is_body(subject) else []


WINNING = {"win", "secure", "obtain", "land", "earn", "net", "bag"}


def _winner(noun: Token) -> list[Token]:
    """Who won, secured or obtained a grant or a donation ("The museum secured a £2m grant from X")."""
    head = _amount_of(noun) or noun
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in WINNING:
        return []
    subject = syn.own_subject(head.head)
    return [subject] if subject is not None and is_body(subject) else []


def _concrete(noun: Token, giver: Token | None) -> bool:
    """A donation or grant of a stated amount from a named giver ("a $1m donation from Ann Lee"): a gift the
    ledger lists although the text does not name who received it."""
    if noun.lemma_.lower() not in GIFT_NOUNS or giver is None or is_generic(giver):
        return False
    names = [giver, *syn.children(giver, "compound")]  # "the Smith family"
    named = any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or t.pos_ == "PROPN" for t in names)
    return named and (stated_amount(noun) or _amount_of(noun) is not None)


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
    if giver is None or (recipients and not is_body(recipients[0])):
        return []
    status = _noun_status(noun)
    if status is None:
        return []
    if not recipients:  # "X was a donor": to the body a donation next to it went to
        return [Frame(noun, giver, None, None, status, aid=True, open_recipient=True)]
    return [Frame(noun, giver, None, recipients[0], status, aid=True)]


def _described_by(noun: Token) -> Token | None:
    """The name a description stands beside ("Steve Mnuchin, a donor to Y") or is said of ("X is a donor")."""
    if noun.dep_ == "appos" and (noun.head.ent_type_ in {"PERSON", "ORG"} or noun.head.pos_ == "PROPN"):
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        be = noun.head
        subject = syn.own_subject(be) or (syn.own_subject(be.head) if be.dep_ == "xcomp" else None)
        if subject is not None and subject.tag_ in {"WP", "WDT"}:
            return _relative_head(subject)  # "a chemist who happened to be a donor to Y"
        named = subject is not None and (subject.ent_type_ or subject.pos_ == "PROPN" or _of_a_state(subject))
        return subject if named else None
    return None


def _of_a_state(noun: Token) -> bool:
    """ "the crown prince of Bahrain", "the emir of Qatar": a title held of a named country or body."""
    of = syn.pobjs(noun, "of")
    titled = noun.lemma_.lower() in TITLES or is_body(noun)
    return titled and any(o.ent_type_ in {"GPE", "ORG", "NORP"} for o in of)


def _relative_head(relative: Token) -> Token | None:
    """The one person or body a relative clause describes ("a chemist who ..."), not a plural."""
    clause = next((a for a in relative.ancestors if a.dep_ == "relcl"), None)
    head = clause.head if clause is not None else None
    if head is None or head.tag_ in {"NNS", "NNPS"} or not is_body(head):
        return None
    return head
