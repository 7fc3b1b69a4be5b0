"""Gifts named by a noun: "X's gift to Y was Z", "Z was a gift from X", "The gifts: Z for Y. W for V."."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from builder.core.model import GiftStatus
from builder.extract.gifts import syntax as syn
from builder.extract.gifts.coref import JUDGED
from builder.extract.gifts.frames import Frame
from builder.extract.gifts.funding import (
    DONOR_NOUNS,
    FUNDING_NOUNS,
    LIGHT_VERBS,
    donor_frames,
    funding_noun_frames,
    stated_amount,
)
from builder.extract.gifts.lexicon import is_gift_item, is_honour, is_party
from builder.extract.gifts.relief import RELIEF_NOUNS, RELIEF_VERBS, relief_frames
from builder.extract.gifts.status import status_of
from builder.nlp.names import can_be_handed_over

GIFT_NOUNS = {"gift", "present", "donation"}
COPULAS = {"be", "remain"}


def noun_frames(doc: Doc) -> list[Frame]:
    """Frames for gifts stated with the noun gift/present/donation, "thanked X for Z", "courtesy of X",
    funding named by its noun ("X's donation to Y") and debt relief ("agreed to a moratorium on debts")."""
    frames: list[Frame] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in FUNDING_NOUNS or lemma in DONOR_NOUNS:  # the only words these two look at
            frames.extend(funding_noun_frames(token))
            frames.extend(donor_frames(token))
        if lemma in RELIEF_NOUNS or lemma in RELIEF_VERBS:
            frames.extend(relief_frames(token))
        if lemma in GIFT_NOUNS and token.pos_ == "NOUN":
            frames.extend(gift_noun_frames(token))
        elif lemma == "thank" and token.pos_ == "VERB":
            frames.extend(thank_frames(token))
        elif token.lower_ == "courtesy":
            frames.extend(courtesy_frames(token))
        elif lemma in HONOUR_LISTS and token.tag_ == "NNS":
            frames.extend(honour_list_frames(token))
        elif token.lower_ in POINTING:
            frames.extend(among_frames(token))
    return frames + run_frames(doc)


HONOUR_LISTS = {"award", "honour", "honor", "decoration"}


def honour_list_frames(noun: Token) -> list[Frame]:
    """ "His awards include the Bronze Star Medal", "received several awards, including the X Medal": each
    named honour listed is a gift to the holder from the state that confers it, which the text leaves out."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() == "include":
        holders, items = syn.children(noun, "poss"), syn.children(verb, "dobj", "attr")
    elif noun.dep_ == "dobj" and verb.lemma_.lower() == "receive":
        holders = [s for s in [syn.subject_of(verb)] if s is not None]
        items = [p for t in verb.subtree if t.lower_ == "including" for p in syn.children(t, "pobj")]
    else:
        return []
    status = status_of(verb, False)
    if not holders or not items or status is None or not is_party(holders[0]):
        return []
    return [
        Frame(noun, None, member, holders[0], status, split_items=False, honour=True, conferred=True)
        for member in list_members(items[0])
        if _named_honour(member)
    ]


def _named_honour(token: Token) -> bool:
    """A decoration by its proper name ("the Good Conduct Medal"), not a prize ("the Nobel Prize") nor a
    medal won in a contest ("an Olympic gold medal", written in lower case)."""
    return token.pos_ == "PROPN" and is_honour(token) and token.lemma_.lower() not in JUDGED


def _giver_of_noun(gift: Token) -> Token | None:
    """X in "X's gift", "a gift from X", "the gift by X", "the gifts X brought", "X came bearing gifts"."""
    owners = syn.children(gift, "poss") + syn.pobjs(gift, "from", "by") + _after_of(gift, "by")
    if _made(gift):  # "X made a donation of $5,000 to Y"
        owners += [s for s in [syn.own_subject(gift.head)] if s is not None]
    owners += [s for c in syn.children(gift, "relcl") if (s := syn.own_subject(c)) is not None]
    if not owners and gift.dep_ == "dobj" and gift.head.lemma_.lower() in {"bear", "bring", "carry"}:
        owners = [s for s in [syn.subject_of(gift.head)] if s is not None]
    return owners[0] if owners else None


def _recipient_of_noun(gift: Token) -> Token | None:
    """Y in "a gift to Y", "gifts for Y", "the gifts X brought for Y"."""
    found = syn.pobjs(gift, "to", "for") + _after_of(gift, "to")
    found += syn.pobjs(gift.head, "to") if _made(gift) else []
    found += [p for c in syn.children(gift, "relcl") for p in syn.pobjs(c, "for", "to")]
    return found[0] if found else None


def _made(gift: Token) -> bool:
    """ "made a donation of $5,000 to Y", "made a gift of £2m to Y": the light verb's subject gives, its "to"
    phrase receives. A gift "made" of a thing is as often a blunder ("made a gift of the ball to the
    keeper"): only a donation, or a sum of money."""
    if gift.dep_ != "dobj" or gift.head.lemma_.lower() not in LIGHT_VERBS:
        return False
    return gift.lemma_.lower() == "donation" or any(o.ent_type_ == "MONEY" for o in syn.pobjs(gift, "of"))


def _after_of(gift: Token, word: str) -> list[Token]:
    """ "The gift of Z by X to Y": parties the parser hung inside the "of Z" phrase."""
    inner = syn.pobjs(gift, "of")
    return syn.loose_pobjs(gift, inner[0], word) if inner else []


def list_members(item: Token) -> list[Token]:
    """The item and the items listed after it, also where the parser hung the list inside the first item."""
    members = [item, *[c for c in item.conjuncts if c.i > item.i]]
    for token in item.subtree:
        listed = token.head.i == item.i and any(c.i > token.i for c in token.conjuncts)  # "a X, a Y and a Z"
        if (
            token.dep_ == "appos"
            and (token.head.dep_ == "pobj" or listed)
            and is_gift_item(token)
            and token not in members
        ):
            members += [token, *[c for c in token.conjuncts if c.i > token.i]]
    return members


def _items_of_noun(gift: Token) -> list[Token]:
    """What the gift was: "gift of Z", "gift ... was Z", "Z was a gift", "gifts included Z", "gifts: Z"."""
    items = syn.pobjs(gift, "of")
    head = gift.head
    if gift.dep_ == "nsubj" and head.lemma_.lower() in COPULAS | {"include"}:
        items += [
            t
            for t in syn.children(head, "attr", "acomp", "dobj")
            if t.pos_ != "ADJ" and not (head.lemma_.lower() in COPULAS and _judged(t, items))
        ]  # not "was the largest"
    if gift.dep_ == "attr" and head.lemma_.lower() in COPULAS:
        subjects = syn.children(head, "nsubj")
        items += [syn.antecedent(head) if syn.is_relative_word(s) else s for s in subjects]
    if gift.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_.lower() in COPULAS:
        items += [t for t in syn.children(head.head, "nsubj", "attr") if t.i > gift.i]
    thing = _described_thing(gift)
    following = gift.nbor() if gift.i + 1 < len(gift.doc) else None
    if following is not None and following.text == ":":  # "The gifts: a vase for X, …"
        listed = [c for c in syn.children(gift, "appos") if c.i > following.i]
        items += listed or [t for t in [syn.chunk_after(gift)] if t is not None]
    items = [i for i in items if i.lower_ not in GIFT_NOUNS and is_gift_item(i, stated=True)]
    if not items and stated_amount(gift):
        items = [gift]  # "a $2m gift from X to Y": the gift is the sum the phrase states
    return [*items, thing] if thing is not None else items


def _described_thing(gift: Token) -> Token | None:
    """ "The panda, a gift from China, died", "a sword, a present from the emir, to the museum": the thing a
    gift noun set beside it in apposition describes. Only a thing that can be handed over on its own sense
    ("The goal, a gift from the keeper," is a blunder, not a present)."""
    thing = gift.head
    if gift.dep_ != "appos" or thing.i > gift.i or thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    return thing if is_gift_item(thing) else None


def _judged(predicate: Token, named: list[Token]) -> bool:
    """ "X's gift of a car to Y is a violation of sanctions", "the gift was a sign of warming ties": what the
    gift is said to be once the text has named it, or a word whose usual sense is no thing, is a judgement
    of the gift, not the gift ("X's gift to Y was a handmade saddle" names it)."""
    if predicate.ent_type_ == "MONEY" or predicate.pos_ == "PROPN":
        return False
    return bool(named) or not can_be_handed_over(predicate.lemma_.lower())


def _inner(item: Token, *words: str) -> Token | None:
    """A party named inside an item phrase ("a kayak from Greenland's government", "a vase for the king")."""
    for token in item.subtree:
        if (
            token.lower_ in words
            and token.dep_ == "prep"
            and not any(a.dep_ == "conj" for a in _path(token, item))
        ):
            found = [c for c in token.children if c.dep_ == "pobj" and is_party(c)]
            if found:
                return found[0]
    return None


def _path(token: Token, top: Token) -> list[Token]:
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _holder(item: Token) -> Token | None:
    """ "The violin that X played was a gift": the subject of the item's relative clause holds it."""
    for clause in syn.children(item, "relcl"):
        subject = syn.own_subject(clause)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
    return None


def gift_noun_frames(gift: Token) -> list[Frame]:
    """One frame per item of a gift noun; parties named inside an item override the shared ones."""
    verb = gift.head if gift.head.pos_ in {"VERB", "AUX"} else gift
    status = status_of(verb, False) if verb is not gift else "given"
    if status is None:
        return []
    giver, recipient = _giver_of_noun(gift), _recipient_of_noun(gift)
    frames = _exchanged(gift, status)
    for item in _items_of_noun(gift):
        for member in list_members(item):
            own_giver = _inner(member, "from") or giver
            own_recipient = _inner(member, "for", "to") or recipient or _holder(member)
            own_recipient = own_recipient or next(iter(syn.prep_after(member, "to", "for")), None)
            if own_giver is not None and own_recipient is not None:
                frames.append(Frame(gift, own_giver, member, own_recipient, status, split_items=False))
            elif own_giver is not None and member.i == gift.head.i and gift.dep_ == "appos":
                frames.append(Frame(gift, own_giver, member, None, status, split_items=False))  # not named
            elif own_giver is None and own_recipient is None and _for_an_occasion(gift):
                frames.append(Frame(gift, None, member, None, status, split_items=False, occasion=True))
            elif _refers_back(gift, own_giver) and is_gift_item(member):
                frames.append(
                    Frame(gift, own_giver, member, own_recipient, status, split_items=False, continues=True)
                )
    return frames


def _exchanged(gift: Token, status: GiftStatus) -> list[Frame]:
    """ "X exchanged gifts with Y": gifts not listed themselves (their items may be named next), between the
    subject and the "with" party."""
    verb = gift.head
    if gift.dep_ != "dobj" or verb.lemma_.lower() not in EXCHANGING or not gift.tag_.endswith("S"):
        return []
    giver = syn.subject_of(verb)
    others = syn.pobjs(verb, "with") or syn.pobjs(gift, "with")
    if giver is None or not others or not is_party(giver) or not is_party(others[0]):
        return []
    return [Frame(verb, giver, gift, others[0], status, split_items=False, vague=True)]


EXCHANGING = {"exchange", "swap", "trade"}


OCCASIONS = {
    "anniversary", "birthday", "wedding", "christmas", "retirement", "farewell", "leaving", "engagement",
    "graduation", "valentine", "valentines", "eid", "diwali", "hanukkah", "christening",
}  # fmt: skip


def _refers_back(gift: Token, giver: Token | None) -> bool:
    """ "The gifts included ...", "Macron's gifts were ...": gifts named as ones the text has reported (by
    "the" or by their giver), so their recipient is that of the gifts before."""
    return giver is not None or any(c.dep_ == "det" and c.lower_ == "the" for c in gift.children)


def _for_an_occasion(gift: Token) -> bool:
    """ "an anniversary present", "a 40th birthday gift": a present someone was given, though the sentence
    names neither side."""
    return any(
        t.lemma_.lower() in OCCASIONS
        for c in gift.children
        if c.dep_ in {"compound", "amod", "nmod"}
        for t in c.subtree
    )


def thank_frames(verb: Token) -> list[Frame]:
    """Y thanked X for the gift of Z / for the Z they made for her."""
    givers = syn.children(verb, "dobj")
    recipient = syn.subject_of(verb)
    for thing in syn.pobjs(verb, "for"):
        items = (
            syn.pobjs(thing, "of")
            if thing.lemma_.lower() in GIFT_NOUNS
            else [thing]
            if _made_for(thing)
            else []
        )
        stated = thing.lemma_.lower() in GIFT_NOUNS
        if givers and recipient is not None and items and is_gift_item(items[0], stated):
            return [Frame(verb, givers[0], items[0], recipient, "given")]
    return []


def _made_for(thing: Token) -> bool:
    """True for "the quilt they stitched for her": something made for the person thanking."""
    return any(t.lower_ == "for" for c in syn.children(thing, "relcl") for t in c.subtree)


def courtesy_frames(token: Token) -> list[Frame]:
    """ "Y started the year with new tablets, courtesy of X"."""
    givers = syn.pobjs(token, "of")
    clause = token.head
    items = syn.pobjs(clause, "with") or syn.children(clause, "dobj")
    recipient = syn.subject_of(clause) if clause.pos_ in {"VERB", "AUX"} else None
    items = [i for i in items if is_gift_item(i) and i.i < token.i]
    if givers and items and recipient is not None:
        return [Frame(token, givers[0], items[-1], recipient, "given")]
    return []


# Gift lists that run on past their sentence ("The gifts: a vase for X. A scarf for Y.", "Among them were"):
# they name items only; `find` gives them the parties of the gifts reported just before (`Frame.continues`).
LIST_WORDS = {"gift", "present"}
POINTING = {"them", "these", "those"}
AMONG_VERBS = {"be", "include"}


def run_frames(doc: Doc) -> list[Frame]:
    """ "The gifts: a vase for Xi. A silk scarf for Peng.": each sentence without a verb that only names a
    thing (and whom it was for), right after a sentence that opens a list of gifts with a colon or after
    another such line, is one more item of that list."""
    frames: list[Frame] = []
    running = False
    for sentence in doc.sents:
        if running and _names_a_thing_only(sentence):
            root = sentence.root
            frames += [
                Frame(root, None, member, _recipient(member), "given", split_items=False, continues=True)
                for member in [root, *[c for c in root.conjuncts if c.i > root.i]]
                if is_gift_item(member)
            ]
            continue
        running = _opens_a_list(sentence)
    return frames


def _opens_a_list(sentence: Span) -> bool:
    """ "The gifts: …", "Modi's gifts to the Trumps:": a gift noun, in the plural, right before a colon."""
    return any(
        t.lemma_.lower() in LIST_WORDS and t.tag_ == "NNS" and t.i + 1 < sentence.end and t.nbor().text == ":"
        for t in sentence
    )


def _names_a_thing_only(sentence: Span) -> bool:
    """A line with no verb whose head is a noun ("A silk scarf for Peng Liyuan.")."""
    root = sentence.root
    verbs = [t for t in sentence if t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG"]  # "hunting dogs"
    return root.pos_ == "NOUN" and not verbs


def _recipient(item: Token) -> Token | None:
    """ "a scarf for Peng": the party the item names as its recipient."""
    found = [p for p in syn.pobjs(item, "for", "to") if is_party(p)]
    return found[0] if found else None


def among_frames(pronoun: Token) -> list[Frame]:
    """ "X received several gifts from Y. Among them were a rifle and a portrait": "them" stands for the gifts
    named just before (in this sentence or the one before), so what is listed among them are items of
    those gifts."""
    among = pronoun.head
    verb = among.head
    if pronoun.lower_ not in POINTING or among.lower_ != "among" or verb.lemma_.lower() not in AMONG_VERBS:
        return []
    if not _gifts_named_before(pronoun):
        return []
    items = [t for t in syn.children(verb, "nsubj", "attr") if t.i > pronoun.i and is_gift_item(t)]
    return [
        Frame(pronoun, None, member, _recipient(member), "given", split_items=False, continues=True)
        for item in items
        for member in [item, *[c for c in item.conjuncts if c.i > item.i]]
        if is_gift_item(member)
    ]


def _gifts_named_before(pronoun: Token) -> bool:
    """Whether the nearest plural noun before the pronoun, in its sentence or the one before, is "gifts"."""
    start = pronoun.sent.start
    previous = pronoun.doc[start - 1].sent.start if start > 0 else start
    nouns = [t for t in pronoun.doc[previous : pronoun.i] if t.tag_ in {"NNS", "NNPS"}]
    return bool(nouns) and nouns[-1].lemma_.lower() in LIST_WORDS
