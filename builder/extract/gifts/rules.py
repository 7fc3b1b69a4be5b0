"""Dependency rules for gift verbs: who gives what to whom, one small pattern function per construction."""

from __future__ import annotations

from spacy.tokens import Token

from builder.core.model import GiftStatus
from builder.extract.actors.table import TITLES
from builder.extract.gifts import funding as funding
from builder.extract.gifts import syntax as syn
from builder.extract.gifts.aid import (
    in_gifts,
    in_need,
    is_aid_item,
    is_body,
    is_commercial,
    names_relief,
    quantified,
)
from builder.extract.gifts.coref import JUDGED
from builder.extract.gifts.frames import Args, Frame, Pattern, Roles
from builder.extract.gifts.lexicon import (
    CUE_NOUNS,
    DEFINITE,
    VERBS,
    VerbEntry,
    administered,
    can_give,
    gives_nothing,
    is_generic,
    is_gift_item,
    is_honour,
    is_party,
    listed_gift,
    rules_on_it,
    vague_gifts,
)
from builder.extract.gifts.status import restitution, status_of
from builder.extract.phrasing import infinitive

__all__ = ["Frame", "verb_frames"]


def args_of(verb: Token, to_words: tuple[str, ...]) -> Args:
    """Collect subject and objects, reading a relative clause's antecedent into the gap it leaves."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    subject = syn.subject_of(verb)
    objects = [c for c in syn.children(verb, "dobj") if not syn.is_relative_word(c) and not syn.is_time(c)]
    objects = [
        c for c in objects if not c.is_punct
    ]  # "gave Moon Jae-in a pair": the hyphen read as an object
    objects += [c for c in syn.children(verb, "npadvmod") if c.ent_type_ == "MONEY" and not objects]
    objects += [c for c in syn.children(verb, "npadvmod") if syn.is_magnitude(c) and not objects]
    objects = [_amount(c) for c in objects]
    objects = [c for c in objects if not (syn.magnitude_suffix(c) and c.nbor(-1) in objects)]  # "£1"+"m"
    objects = _without_later_pairs(verb, objects)
    datives = [c for c in syn.children(verb, "dative") if not syn.is_relative_word(c) and c.pos_ != "ADP"]
    sums = [c for c in syn.children(verb, "npadvmod") if _sum(c) and objects and c.i > objects[0].i]
    if len(objects) == 1 and not datives and sums and not _sum(objects[0]):
        datives, objects = objects, [_amount(sums[0])]  # "gave the hospital £5m": the sum read as an adverb
    fronted = syn.fronted_recipient(verb)
    if fronted is not None:  # "To Italian Prime Minister Giorgia Meloni, Modi presented a scarf"
        datives = [fronted]
    contact = _contact_clause(verb) if verb.dep_ != "acl" else None
    glued = syn.glued_clause(verb)
    if glued is not None and not objects and not passive:  # "a donation X had pledged to Y"
        return Args(verb, glued[0], (glued[1],), datives[0] if datives else None, False, to_words)
    if contact is not None and not objects and passive:
        return Args(verb, contact[0], (contact[1],), None, True, to_words)  # "a phone she was given by X"
    if contact is not None and len(objects) == 1 and not datives and objects[0].pos_ in {"PRON", "PROPN"}:
        return Args(verb, contact[0], (contact[1],), objects[0], False, to_words)  # "the bands Ozzy gave her"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not objects:
        return Args(verb, verb.head, tuple(objects), None, True, to_words)
    if verb.dep_ == "acl" and subject is None:
        subject = verb.head  # "The charity handed over a minibus" read as one noun phrase
    if verb.dep_ == "relcl" and not any(c.lower_ in {"when", "where", "why"} for c in verb.children):
        antecedent = syn.antecedent(verb)
        if _relative_recipient(verb, to_words) and subject is not None and len(objects) == 1:
            return Args(verb, subject, tuple(objects), antecedent, passive, to_words)  # "to whom X gave Z"
        if subject is None or syn.is_relative_word(subject):
            subject = antecedent
        elif len(datives + objects) < 2:
            remaining = datives + objects
            return Args(verb, subject, (antecedent,), remaining[0] if remaining else None, passive, to_words)
    return Args(verb, subject, tuple(objects), datives[0] if datives else None, passive, to_words)


def _without_later_pairs(verb: Token, objects: list[Token]) -> list[Token]:
    """ "gave £500 to the hospice and a signed shirt to the school", the parser hanging "a signed shirt" on
    the verb as a second object: an object after the verb's own "to"/"for" phrase that has a "to"/"for"
    phrase of its own is a second thing given with its own recipient (listed with the first item), not the
    item of a double-object clause."""
    first = next(
        (p.i for p in verb.children if p.dep_ in {"dative", "prep"} and p.lower_ in {"to", "for"}), None
    )
    if len(objects) < 2 or first is None:
        return objects
    return [objects[0], *[c for c in objects[1:] if not (c.i > first and syn.pobjs(c, "to", "for"))]]


def _sum(token: Token) -> bool:
    """A sum of money: an amount entity, or "m"/"bn" after its number ("£5" + "m")."""
    return (
        token.ent_type_ == "MONEY"
        or syn.magnitude_suffix(token)
        or any(syn.is_magnitude(token) and c.like_num for c in syn.children(token, "nummod"))
    )


def _amount(token: Token) -> Token:
    """ "£1m" with the "m" read as a word of its own: the amount is the number before it."""
    if not syn.is_magnitude(token):
        return token
    return next((n for n in syn.children(token, "nummod") if n.ent_type_ == "MONEY"), token)


def _contact_clause(verb: Token) -> tuple[Token, Token] | None:
    """Subject and described noun of a relative clause without "that" that the parser read as a clause of its
    own: in "two wedding bands Ozzy gave her" or "a phone she was given by X" the noun right before the
    clause's subject is what was given. The parser may also hang the subject's name on that noun
    ("bands Marco Diaz gave her", with "Marco Diaz" as an apposition)."""
    subject = syn.own_subject(verb)
    if subject is None:
        name = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        while name is not None and name.dep_ in {"compound", "flat"} and name.head.i > name.i:
            name = name.head
        named = name is not None and name.ent_type_ in {"PERSON", "ORG"}
        if name is None or not named or name.i != verb.i - 1 or name.dep_ != "appos":
            return None
        noun = name.head
        return (name, noun) if noun.pos_ == "NOUN" and not noun.ent_type_ and noun.i < name.i else None
    if verb.dep_ not in {"conj", "ccomp", "relcl", "dep"} or subject.i > verb.i:
        return None
    start = subject.left_edge.i
    before = verb.doc[start - 1] if start > verb.sent.start else None
    if before is None or before.pos_ != "NOUN" or before.ent_type_ or not verb.head.is_ancestor(before):
        return None
    return (subject, before) if before.i != verb.head.i or verb.dep_ != "relcl" else None


def _relative_recipient(verb: Token, to_words: tuple[str, ...]) -> bool:
    """ "Y, to whom X gifted Z": the relative word is the object of the verb's "to", so Y receives."""
    return any(
        p.lower_ in to_words and any(syn.is_relative_word(c) for c in p.children)
        for p in verb.children
        if p.dep_ in {"prep", "dative"}
    )


def _appositive_item(obj: Token) -> Token | None:
    """An item the parser hung on the recipient: its apposition ("his counterpart, Olmedo, a poncho")
    or the second object of its relative clause ("the unit that saved him a cheque")."""
    for clause in syn.children(obj, "relcl"):
        objects = syn.children(clause, "dobj", "dative")
        if len(objects) >= 2 and is_gift_item(objects[-1]):
            return objects[-1]
    for token in obj.subtree:
        if token.dep_ == "appos" and token.i > obj.i and listed_gift(token) is not None:
            return token  # "the governor several gifts, including a bowl": the parser's apposition
        if token.dep_ != "appos" or token.i < obj.i or token.ent_type_ == "PERSON" or not is_gift_item(token):
            continue
        if any(c.dep_ in {"det", "nummod"} for c in token.children) or token.tag_ == "NNS":
            return token
    after = syn.chunk_after(obj)
    return after if after is not None and is_gift_item(after) else None


def double_object(a: Args) -> Roles | None:
    """X gave Y a Z (also two direct objects, or the item hung on Y's apposition)."""
    if a.passive:
        return None
    if a.dative is not None:
        objects = [o for o in a.objects if not _title_of(o, a.dative)]
        hung = [c for c in syn.children(a.dative, "dobj") if c.i > a.dative.i]
        item = hung[0] if hung else objects[0] if objects else syn.chunk_after(a.dative)
        return a.subject, item, a.dative
    if len(a.objects) >= 2:
        return a.subject, a.objects[1], a.objects[0]
    obj = a.objects[0] if len(a.objects) == 1 else None
    if (
        obj is not None
        and not _given_away(a.verb)
        and not syn.pobjs(a.verb, *a.to_words)
        and not syn.loose_pobjs(a.verb, obj, *a.to_words)
    ):
        recipient = syn.split_nominal_modifier(a.objects[0])
        if recipient is not None:
            return a.subject, a.objects[0], recipient
        item = _appositive_item(a.objects[0]) or swallowed_item(a.objects[0])
        return (a.subject, item, a.objects[0]) if item is not None else None
    return None


PLACE_PREPS = {"in", "from", "at", "across", "near", "around", "of"}


def swallowed_item(obj: Token) -> Token | None:
    """ "gave flood victims in Dhemaji district blankets, nets and food parcels", "gave families in the valley
    tents": the parser read the things given as the head of the recipient's place phrase ("district
    blankets"). The object of a place preposition on a recipient that is no thing given, with nouns glued
    before it, and no other object in the clause, is the item."""
    if is_gift_item(obj) or not is_party(obj):
        return None
    after = [p for p in syn.children(obj.head, "prep") if p.i == obj.right_edge.i + 1]  # or hung on the verb
    for prep in syn.children(obj, "prep") + after:
        if prep.lower_ not in PLACE_PREPS:
            continue
        for inner in syn.children(prep, "pobj"):
            glued = [c for c in inner.children if c.i < inner.i and c.dep_ in {"compound", "nmod"}]
            plain = inner.pos_ == "NOUN" and not inner.ent_type_
            if glued and plain and inner.tag_ == "NNS" and is_gift_item(inner):
                return inner
    return None


def _title_of(obj: Token, name: Token) -> bool:
    """ "gave President Trump a photograph", "gave his wife Madame Peng a pair of candlesticks", parsed with
    the title or the description as the object and the name as the dative: the word written right before
    the recipient's name is part of it, not the item."""
    if obj.i >= name.i or obj.i != name.left_edge.i - 1:
        return False
    return obj.lower_.rstrip(".") in TITLES or (obj.pos_ == "NOUN" and is_body(obj))


def _given_away(verb: Token) -> bool:
    """ "giving away free handsets", "handed out leaflets": the one object is the item, not who gets it."""
    return any(c.lower_ in {"away", "out"} for c in syn.children(verb, "prt"))


def object_to(a: Args) -> Roles | None:
    """X gave Z to Y (also "bestowed Z on Y", "brought Z for Y")."""
    if a.passive or len(a.objects) != 1:
        return None
    item = a.objects[0]
    recipients = syn.pobjs(a.verb, *a.to_words) or syn.pobjs(item, *a.to_words)
    recipients = (
        recipients or syn.loose_pobjs(a.verb, item, *a.to_words) or _cue_parties(a.verb, item, "for", "to")
    )
    recipients = [r for r in recipients if is_party(r)] or recipients  # not "for instance"
    return (a.subject, item, quantified(recipients[0])) if recipients else None  # "to thousands of X": X


def with_item(a: Args) -> Roles | None:
    """X presented Y with Z."""
    if a.passive or not a.objects:
        return None
    items = syn.pobjs(a.verb, "with") or syn.loose_pobjs(a.verb, a.objects[0], "with")
    return (a.subject, items[0], a.objects[0]) if items else None


def _agent(a: Args, item: Token | None) -> Token | None:
    agents = syn.pobjs(a.verb, "by") or (syn.pobjs(item, "by") if item is not None else [])
    agents = agents or [p for p in syn.loose_pobjs(a.verb, item, "by") if not maker(p)]
    return agents[-1] if agents else None


MAKING = {
    # Levin's verbs of creation: build (26.1), create (26.4) and performance (26.7) verbs that make things
    "make", "build", "assemble", "bake", "blow", "carve", "cast", "chisel", "cook", "crochet", "embroider",
    "fashion", "forge", "hammer", "knit", "mold", "mould", "sculpt", "sew", "shape", "spin", "stitch",
    "weave", "whittle", "construct", "create", "design", "fabricate", "manufacture", "mint", "model",
    "produce", "compose", "draw", "paint", "write", "engrave", "handcraft", "craft", "brew", "print",
}  # fmt: skip


def maker(agent: Token) -> bool:
    """The agent right after a participle of making that describes a thing ("a walking stick made by
    craftsmen", "a rug woven by the women of the village"): who made it, not who gave it. An agent after
    other participles, or after the participle's own complement, may be the gift verb's that the parser
    hung low ("a box decorated with gold leaf by the visiting mayor", "a tray painted with gold by X")."""
    prep, verb = agent.head, agent.head.head
    making = verb.lemma_.lower() in MAKING and verb.dep_ in {"acl", "amod", "relcl"}
    between = verb.doc[verb.i + 1 : prep.i]
    return prep.lower_ == "by" and making and all(t.pos_ == "ADV" for t in between)


def _cue_parties(verb: Token, item: Token | None, *words: str) -> list[Token]:
    """Parties named inside an "as a gift from X / for Y" phrase."""
    cue = gift_cue(verb, item)
    return syn.pobjs(cue, *words) if cue is not None else []


def passive_recipient(a: Args) -> Roles | None:
    """Y was given Z by X; Y was presented with Z."""
    if not a.passive or a.subject is None or a.verb.dep_ == "acl":
        return None
    items = list(a.objects) or syn.pobjs(a.verb, "with")
    return (_agent(a, items[0]) or _sent_from(items[0]), items[0], a.subject) if items else None


def _sent_from(item: Token) -> Token | None:
    """ "was gifted a pair of dogs from Kim": a person, body or country the item came from gave it."""
    inner = [item, *syn.pobjs(item, "of")]
    senders = [p for t in inner for p in syn.pobjs(t, "from") if p.ent_type_ in {"PERSON", "ORG", "GPE"}]
    return senders[0] if senders else None


def passive_item(a: Args) -> Roles | None:
    """Z was given to Y by X."""
    if not a.passive or a.subject is None:
        return None
    recipients = syn.pobjs(a.verb, *a.to_words)
    return (_agent(a, a.subject), a.subject, recipients[0]) if recipients else None


def receive_from(a: Args) -> Roles | None:
    """Y received Z from X (the giver may come from the context: "In return, Y received Z")."""
    if a.passive or len(a.objects) != 1:
        return None
    item = a.objects[0]
    if is_commercial(item) and gift_cue(a.verb, item) is None:
        return None  # "received a transfer fee of £5m from X": paid; "handed over his stake" may be a gift
    givers = syn.pobjs(a.verb, "from") or syn.pobjs(item, "from") or syn.loose_pobjs(a.verb, item, "from")
    givers = givers or _cue_parties(a.verb, item, "from")
    return (givers[-1] if givers else None), item, a.subject


def object_only(a: Args) -> Roles | None:
    """X donated Z (a verb that means giving, no recipient): listed with the recipient not named."""
    if a.passive or len(a.objects) != 1 or a.dative is not None or syn.pobjs(a.verb, *a.to_words):
        return None
    if a.subject is None or a.subject != syn.own_subject(a.verb):
        return None  # the giver is read from another clause ("pledges by four players to donate ...")
    return a.subject, a.objects[0], None


def item_only(a: Args) -> Roles | None:
    """Z was donated (by X), no recipient: listed with the sides the text leaves out not named."""
    if not a.passive or a.subject is None or a.objects or syn.pobjs(a.verb, *a.to_words):
        return None
    if a.verb.dep_ == "acl":
        return None  # "built on land donated by the state": a description of the land, not a gift stated
    return _agent(a, a.subject), a.subject, None


HELPING = {"help", "aid", "assist", "support", "benefit", "feed", "house", "rebuild"}
FINANCING = {
    "investor", "round", "funding", "financing", "flotation", "offering", "sale", "ipo", "issue", "placing",
    "bond", "share", "stock", "debt", "loan", "capital", "investment", "market", "bank", "lender",
}  # fmt: skip


def to_help(a: Args) -> Roles | None:
    """X raised (donated) Z to help Y: the people or the body the money is to help receive it."""
    if a.passive or len(a.objects) != 1:
        return None
    for clause in syn.children(a.verb, "advcl", "xcomp"):
        helped = syn.children(clause, "dobj")
        if infinitive(clause) and clause.lemma_.lower() in HELPING and helped:
            return a.subject, a.objects[0], helped[0]
    return None


def aid_to_help(a: Args) -> Roles | None:
    """X sent (gave, provided, pledged) aid or money to help Y: those the aid is to help receive it. Only aid
    or money: "gave a speech to help the campaign" gives nothing."""
    roles = to_help(a)
    if roles is None or roles[1] is None or not (is_aid_item(roles[1]) or names_relief(roles[1])):
        return None
    return roles


def taken_in_gifts(a: Args) -> Roles | None:
    """Y raised (collected) $Z in donations: Y received it, from givers the clause leaves unnamed."""
    if a.passive or len(a.objects) != 1 or a.subject is None or not in_gifts(a.objects[0]):
        return None
    return None, a.objects[0], a.subject


def raised_for(a: Args) -> Roles | None:
    """X raised Z for Y / to help Y: money collected for a charity, an appeal or people in need (an appeal,
    a telethon or a fundraiser collects what the public gives); not capital a business raises from
    investors or in a share sale."""
    if a.passive or _financing(a.verb) or _aim_only(a.verb):
        return None
    return object_to(a) or to_help(a)


def _aim_only(verb: Token) -> bool:
    """ "launched an appeal to raise money for X", "plans to raise": not raised yet."""
    return infinitive(verb) and verb.head.lemma_.lower() not in {"manage", "help", "succeed"}


def _financing(verb: Token) -> bool:
    """ "raised $35m from investors", "raised £2bn in a share sale": capital, paid back or bought."""
    heads = [verb, *syn.children(verb, "dobj")]
    if any(syn.pobjs(h, "from") for h in heads):
        return True
    places = [p for h in heads for p in syn.pobjs(h, "in", "through", "via")]
    return any(
        p.lemma_.lower() in FINANCING or any(c.lemma_.lower() in FINANCING for c in p.subtree) for p in places
    )


def delivered(a: Args) -> Roles | None:
    """X flew in (dropped, shipped, brought) Z; "Aid for Y was delivered from X": aid carried to people in
    need, whose clause may leave out who got it (the place it went to is then read from the text around)."""
    if a.passive:
        if a.subject is None or a.objects:
            return None
        recipients = syn.pobjs(a.verb, *a.to_words) or syn.pobjs(a.subject, *a.to_words)
        givers = syn.pobjs(a.verb, "by", "from")
        return (givers[0] if givers else None), a.subject, (recipients[0] if recipients else None)
    if len(a.objects) != 1 or a.dative is not None or syn.pobjs(a.verb, *a.to_words):
        return None
    return a.subject, a.objects[0], None


def took_in(a: Args) -> Roles | None:
    """Y took in $5m from X: money a body received from a named giver (not takings "from sales" or capital
    "from investors")."""
    roles = receive_from(a)
    giver = roles[0] if roles is not None else None
    if giver is None or not is_body(giver) or is_generic(giver):
        return None
    return roles if giver.lemma_.lower() not in FINANCING | {"customer", "sale", "visitor"} else None


DRAWING = {"on", "into"}


def draws_on(a: Args) -> Roles | None:
    """Y tapped (on / into) X's grant: a grant or fund a named body gives, drawn on by Y."""
    grants = syn.pobjs(a.verb, *DRAWING) or list(a.objects)
    if a.passive or not grants:
        return None
    owners = syn.children(grants[0], "poss") + syn.pobjs(grants[0], "from")
    owners = [o for o in owners if o.pos_ != "PRON"]
    return (owners[0], grants[0], a.subject) if owners and a.subject is not None else None


PROCEEDS = {"proceed", "proceeds", "profit", "takings", "earnings"}  # what a sale or an event takes in
KEEPERS = {
    "shareholder", "investor", "owner", "company", "firm", "bank", "parent", "creditor", "lender",
    "government", "treasury", "exchequer", "state", "organiser", "organizer", "promoter", "label", "studio",
    "artist",
}  # fmt: skip


def proceeds_go_to(a: Args) -> Roles | None:
    """ "All proceeds from the single will go to Oxfam": takings that go to a party other than those who
    earn or own them (not "profits went to shareholders") are given to it; who gives them is the seller the
    text names before, else not named."""
    if a.passive or a.subject is None or not {a.subject.lower_, a.subject.lemma_.lower()} & PROCEEDS:
        return None
    recipients = [r for r in syn.pobjs(a.verb, "to") if is_party(r) and r.lemma_.lower() not in KEEPERS]
    if not recipients or syn.children(a.subject, "poss"):
        return None  # "its profits go to ...": an owner's own money paid out, not takings given away
    return None, a.subject, recipients[0]


PATTERNS: dict[str, Pattern] = {
    "proceeds_go_to": proceeds_go_to,
    "double_object": double_object,
    "object_to": object_to,
    "with_item": with_item,
    "passive_recipient": passive_recipient,
    "passive_item": passive_item,
    "receive_from": receive_from,
    "funds_recipient": funding.funds_recipient,
    "funded_by": funding.funded_by,
    "funded_attributive": funding.funded_attributive,
    "gives_to": funding.gives_to,
    "object_only": object_only,
    "item_only": item_only,
    "to_help": to_help,
    "aid_to_help": aid_to_help,
    "taken_in_gifts": taken_in_gifts,
    "raised_for": raised_for,
    "delivered": delivered,
    "took_in": took_in,
    "draws_on": draws_on,
}
ITEMLESS = {"funds_recipient", "funded_by", "funded_attributive", "gives_to"}  # may report no item


def gift_cue(verb: Token, item: Token | None) -> Token | None:
    """The noun of an "as a gift / as a thank-you present" phrase on the verb, the item or the item's clause
    ("40 sketches drawn by the architect as a gift")."""
    heads = [verb] if item is None else [verb, item, *syn.children(item, "acl")]
    nouns = [n for head in heads for n in syn.pobjs(head, "as")]
    nouns += syn.children(item, "appos") if item is not None else []
    for noun in nouns:
        if noun.lemma_.lower() in CUE_NOUNS or any(c.lemma_.lower() in CUE_NOUNS for c in noun.children):
            return noun
    return None


def in_return(verb: Token) -> bool:
    """True when the clause says the gift answers an earlier one ("In return", "in turn", "in exchange")."""
    nouns = syn.pobjs(verb, "in")
    return any(n.lower_ in {"return", "turn", "exchange"} for n in nouns)


def verb_frames(verb: Token) -> list[Frame]:
    """Every gift frame a gift verb heads: the first pattern of its class that fits wins."""
    entry = VERBS.get(verb.lemma_.lower())
    if _gifted_with_object(verb):
        entry = VERBS["gift"]
    elif entry is None or verb.pos_ not in {"VERB", "AUX"}:
        return []
    if not _particle_ok(verb, entry.particles):
        return []
    if entry.needs_particle and entry.needs_particle not in {c.lower_ for c in syn.children(verb, "prt")}:
        return []
    if entry.in_will and not _in_a_will(verb):
        return []
    status = status_of(verb, entry.promise)
    if status is None or restitution(verb):
        return []
    args = args_of(verb, entry.to_words)
    mutual = _each_other(verb)
    if mutual is not None and is_gift_item(mutual):
        return [Frame(verb, args.subject, mutual, None, status, mutual=True)]
    for name in entry.patterns:
        roles = PATTERNS[name](args)
        if roles is not None and (roles[1] is not None or name in ITEMLESS):
            frame = _frame(args, roles, status, entry)
            return [frame] if frame is not None else []
    if entry.causes and _joins_previous(args):  # "Y said it would also contribute"
        return [Frame(verb, args.subject, None, None, status, aid=True, joins=True)]
    return []


def _in_a_will(verb: Token) -> bool:
    """ "left £2m to the RSPCA in his will", "In her will, she left her house to a charity": what someone
    leaves in a will is a bequest (not "left the company in 2010")."""
    heads = [verb, *syn.children(verb, "dobj")]
    return any(n.lemma_.lower() == "will" and n.pos_ == "NOUN" for h in heads for n in syn.pobjs(h, "in"))


def _gifted_with_object(word: Token) -> bool:
    """ "PM Modi gifted 'Agate Bowl' to …", "gifted" tagged an adjective ("a gifted player") although it
    takes an object: the verb."""
    return word.lower_ == "gifted" and word.pos_ == "ADJ" and bool(syn.children(word, "dobj", "dative"))


JOINING = {"also", "too"}


def _joins_previous(a: Args) -> bool:
    """ "X said it would also contribute", "Y donated too": a gift verb with neither item nor recipient, whose
    "also" joins it to the gift reported just before (same cause, same recipient)."""
    if a.passive or a.objects or a.dative is not None or syn.pobjs(a.verb, *a.to_words, "to", "for"):
        return False
    if a.subject is None or a.subject != syn.own_subject(a.verb) or gives_nothing(a.subject):
        return False
    also = any(c.dep_ == "advmod" and c.lower_ in JOINING for c in a.verb.children)
    return also or any(c.lower_ == "well" and c.nbor(-1).lower_ == "as" for c in a.verb.children if c.i > 0)


def _particle_ok(verb: Token, allowed: frozenset[str]) -> bool:
    """The verb's particles are ones it gives with; a "particle" inside a name is the name's ("gave Moon
    Jae-in two dogs", the "in" read as "give in")."""
    return all(c.lower_ in allowed or c.ent_type_ == "PERSON" for c in syn.children(verb, "prt"))


def _frame(args: Args, roles: Roles, status: GiftStatus, entry: VerbEntry) -> Frame | None:
    """The frame for a pattern's roles, or None when the item, a party or an aid transfer does not hold."""
    verb = args.verb
    giver, item, recipient = roles
    listed = listed_gift(item) if item is not None else None
    named = listed is not None or (item is not None and vague_gifts(item))  # the text calls them gifts
    item = listed or item  # "gifts including a vase": the vase
    if item is not None and not is_gift_item(item):  # "support and aid": the aid
        item = next((c for c in item.conjuncts if c.i > item.i and is_gift_item(c)), item)
    cue = gift_cue(verb, item)
    carried = entry.delivers and item is not None and names_relief(item)
    carried = carried or (item is not None and names_relief(item) and in_need(recipient))
    if entry.needs_cue and cue is None and not carried and not named:
        return None
    if cue is not None:
        giver = giver or next(iter(syn.pobjs(cue, "from")), None)
        recipient = recipient or next(iter(syn.pobjs(cue, "for", "to")), None)
    giver = _principal(verb, giver, item) or _sender(roles[1], giver) or giver
    giver = _vehicle_owner(giver) if giver is not None else None
    if giver is not None and giver == syn.own_subject(verb) and (gives_nothing(giver) or not can_give(giver)):
        return None
    if giver is not None and not can_give(giver):
        giver = None  # a thing or an act named by the clause above ("announcements ... to give them")
    if item is None and any(p is not None and is_generic(p) for p in (giver, recipient)):
        return None  # "to bankroll political opponents", "the state funds parties": funding in general
    if giver is not None and rules_on_it(giver):
        return None  # "awarded £50,000 in damages by an employment tribunal"
    if item is not None and administered(item, giver, recipient):
        return None  # "Doctors gave him a blood transfusion": treatment
    if item is not None and recipient is not None and is_party(recipient) and refers_back(item, entry):
        giver = giver if giver is not None and is_party(giver) else None
        return Frame(verb, giver, item, recipient, status, refers=True)  # "handed the present to Y"
    if item is not None and vague_gifts(item) and recipient is not None and is_party(recipient):
        giver = giver if giver is not None and is_party(giver) else None
        return Frame(verb, giver, item, recipient, status, vague=True)  # its items may be named next
    if (item is not None and not is_gift_item(item, cue is not None or named)) or (
        recipient is not None and not is_party(recipient)
    ):
        return None
    if giver is not None and not is_party(giver):
        giver = None
    honour = item is not None and is_honour(item) and (entry.honours or item.lemma_.lower() in JUDGED)
    honour = honour and not _owned(item, recipient)  # "gave the trophy she received to her old school"
    aid = item is None or (entry.aid_only and not honour) or is_aid_item(item)
    delivery = carried and recipient is None and giver is not None and is_body(giver)
    if (
        (item is None or (entry.aid_only and not (honour and entry.honours)))
        and not delivery
        and not _aid_transfer(verb, item, recipient, entry.causes, carried)
    ):
        return None
    if aid and giver is not None and not is_body(giver):
        return None  # "consists of funding far-right parties": an activity gives nothing
    if item is None and giver is not None and funding.public_money(verb, giver):
        return None  # "a government-funded institute": a source of money, no gift
    open_giver = aid and giver is None and _names_no_giver(args)
    answer = in_return(verb)
    return Frame(
        verb,
        giver,
        item,
        recipient,
        status,
        in_return=answer,
        aid=aid or delivery,
        open_giver=open_giver,
        honour=honour,
        delivered=delivery,
    )


def refers_back(item: Token, entry: VerbEntry) -> bool:
    """An item that only points back to a thing named before: "the gift", "this present" (one, saying nothing
    of what it was), or "it" as what a verb that means giving gives ("gave it to the museum"); not "send it",
    "offer it", "provide it", which move or supply things as often as they give them."""
    if item.pos_ == "PRON":
        giving = not (entry.needs_cue or entry.aid_only or entry.delivers or entry.promise)
        return item.lower_ == "it" and item.dep_ in {"dobj", "nsubjpass"} and giving and _gives(item.head)
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in item.children)
    return definite and item.tag_ == "NN" and vague_gifts(item) and listed_gift(item) is None


GIVING_ONLY = {
    "give",
    "gift",
    "present",
    "donate",
    "bequeath",
}  # "it" given: a thing named before; not "hand",
# which passes a thing on as often as it gives it ("the aide handed it to the king")


def _gives(verb: Token) -> bool:
    return verb.lemma_.lower() in GIVING_ONLY


VEHICLES = {
    "helicopter", "plane", "aircraft", "jet", "truck", "lorry", "convoy", "ship", "boat", "vessel", "flight",
    "airlift", "van", "train",
}  # fmt: skip


def _vehicle_owner(giver: Token) -> Token:
    """ "a UN helicopter", "Red Cross trucks": the body that sends a vehicle gives what it carries."""
    if giver.lemma_.lower() not in VEHICLES:
        return giver
    owners = [c for c in giver.children if c.dep_ in {"compound", "poss", "nmod"} and is_body(c)]
    owners = [o for o in owners if o.ent_type_ in {"ORG", "GPE", "NORP"} or o.pos_ == "PROPN"]
    return owners[0] if owners else giver


def _owned(item: Token, recipient: Token | None) -> bool:
    """An item someone already held ("the trophy she received", "gave her medal to the museum"): passed on,
    not conferred.

    A possessive says so only when the item comes before its recipient: in "presented him with his trophy"
    and "gave the club its award" it names the winner or the body that decides the prize."""
    if any(c.dep_ == "relcl" and not _aside(c) for c in item.children):
        return True  # "the trophy she received"; not "the award, which she called ...": an aside
    passed_on = recipient is None or recipient.i > item.i
    return passed_on and any(
        c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in item.children
    )  # "the Recording Academy's award" names who confers it, not who held it


def _aside(clause: Token) -> bool:
    """A clause set off by a comma from the noun it describes."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return before is not None and before.text == ","


def _aid_transfer(
    verb: Token, item: Token | None, recipient: Token | None, causes: bool = False, goods: bool = False
) -> bool:
    """Funding or aid given outright to someone who can receive it, or with a donation verb to a cause ("to
    relief efforts", "for relief work"); not a purpose of another gift. `goods`: aid in kind carried to
    people in need counts ("dropped 420 tons of food to the refugees")."""
    if recipient is None or (item is not None and not is_aid_item(item) and not goods):
        return False
    to_a_cause = (
        causes and recipient.pos_ in {"NOUN", "PROPN"} and (item is not None or verb.lemma_ == "donate")
    )
    if not is_body(recipient) and not to_a_cause:  # not "contributed to the decline of the town"
        return False
    return not funding.self_funded(verb) and not funding.purpose_of_gift(verb)


def _names_no_giver(args: Args) -> bool:
    """True for an agentless passive or a subjectless infinitive: the text names the giver elsewhere."""
    if args.verb.dep_ == "amod":
        return False
    return args.passive or syn.own_subject(args.verb) is None


def _principal(verb: Token, giver: Token | None, item: Token | None = None) -> Token | None:
    """The party an agent acts for: "X, on behalf of the government, presented ..." gives the government;
    also where the parser hung the phrase on the item ("presented Y with a painting on behalf of Z")."""
    for head in [h for h in (verb, giver, item) if h is not None]:
        for behalf in syn.pobjs(head, "on"):
            if behalf.lower_ == "behalf":  # "on behalf of the government", "on the Queen's behalf"
                return next(iter(syn.pobjs(behalf, "of") + syn.children(behalf, "poss")), None)
    return None


def _sender(gift: Token | None, carrier: Token | None) -> Token | None:
    """ "An aide handed Y a gift from the president": whose gift it is, which the one handing it over, named
    by a common noun or not at all, only carries ("Obama gave her a gift from Texas" stays Obama's)."""
    if gift is None or (not vague_gifts(gift) and listed_gift(gift) is None):
        return None
    if carrier is not None and (carrier.pos_ != "NOUN" or carrier.ent_type_):
        return None
    on_verb = syn.pobjs(gift.head, "from") if gift.dep_ == "dobj" else []  # where the parser hung it
    senders = [p for p in syn.pobjs(gift, "from") + on_verb if is_party(p)]
    return senders[0] if senders else None


def _each_other(verb: Token) -> Token | None:
    """The item of "X and Y gifted each other Z", however the parser attached "each other"."""
    objects = syn.children(verb, "dobj", "dative")
    for token in (t for o in objects for t in o.subtree):
        if token.lower_ == "each" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "other":
            nouns = [o for o in objects if o.lower_ not in {"each", "other"}]
            return nouns[-1] if nouns else None
    return None
