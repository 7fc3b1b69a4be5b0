"""Gifts: who gave (or promised) what to whom, with the item as written and the sentence it comes from."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations, product

from spacy.tokens import Span, Token

from builder.core.model import NOT_NAMED, Gift
from builder.extract import Analysis
from builder.extract.evidence import evidence_at
from builder.extract.gifts import phrases as phrases
from builder.extract.gifts import syntax as syn
from builder.extract.gifts.aid import in_gifts, is_bare_aid, is_body
from builder.extract.gifts.coref import conferred_by_state, destination, earner, party_name, sentence_of
from builder.extract.gifts.frames import Found, Frame, position
from builder.extract.gifts.funding import FUNDING_NOUNS, GIFT_NOUNS
from builder.extract.gifts.lexicon import DEFINITE, is_gift_item, is_party, vague_gifts
from builder.extract.gifts.nouns import noun_frames
from builder.extract.gifts.relief import relief_text
from builder.extract.gifts.rules import gift_cue, swallowed_item, verb_frames

TERMINAL = (".", "!", "?", '"', "”", "’", "'")


def find_gifts(analysis: Analysis) -> tuple[Gift, ...]:
    """Every gift in the analysed text, in text order, without repeats."""
    frames = [f for token in analysis.doc for f in verb_frames(token)] + noun_frames(analysis.doc)
    frames.sort(key=position)
    history: list[Found] = []
    for frame in frames:
        history.extend(resolve(frame, analysis, history))
    history += _borrowed_givers(frames, history, analysis)
    history += _borrowed_recipients(frames, history, analysis)
    found = [f for f in history if not f.frame.vague]
    found = _without_unnamed_repeats(_without_overviews(_without_headline(found, analysis)))
    found = _without_repeated_items(_without_makers(found))
    ordered = sorted(found, key=lambda f: (f.sentence, *position(f.frame)))
    unique = {(f.giver, f.item, f.recipient, f.frame.status): f for f in reversed(ordered)}
    return tuple(
        _gift(f, analysis) for f in ordered if unique[(f.giver, f.item, f.recipient, f.frame.status)] is f
    )


def _gift(found: Found, analysis: Analysis) -> Gift:
    evidence = evidence_at(analysis.sentences, found.frame.anchor, analysis.article_id)
    return Gift(
        found.giver, found.item or _unstated(found.frame), found.recipient, found.frame.status, evidence
    )


UNSTATED_ITEMS = {
    "donate": "donation", "contribute": "contribution", "fund": "funding", "bankroll": "funding",
    "donor": "donations", "benefactor": "donations", "contributor": "contributions", "backer": "funding",
    "funder": "funding", "bankroller": "funding", "philanthropist": "donations",
}  # fmt: skip


def _unstated(frame: Frame) -> str:
    """What a money gift that names no amount was, said so: "donation (amount not stated)", "aid (…)".

    The word is the one the text uses for it ("aid", "its donation"), else the verb's noun ("donated to")."""
    token = frame.item if frame.item is not None else frame.anchor
    lemma = token.lemma_.lower()
    noun = token.pos_ == "NOUN" or (lemma in FUNDING_NOUNS and token.dep_ in {"nsubj", "dobj", "pobj"})
    word = UNSTATED_ITEMS.get(lemma, lemma if noun else "donation")
    return f"{word} (amount not stated)"


def _without_headline(found: list[Found], analysis: Analysis) -> list[Found]:
    """Drop gifts read from a headline line when the body reports gifts itself (the headline repeats them)."""
    sentences = analysis.sentences
    is_headline = (
        len(sentences) > 1 and sentences[1].paragraph == 1 and not sentences[0].text.endswith(TERMINAL)
    )
    body = [f for f in found if f.sentence > 1]
    return body if is_headline and body else found


def _without_overviews(found: list[Found]) -> list[Found]:
    """Drop "X and Y gifted each other Z" when the text also itemises a gift between the same two parties.

    The mutual sentence is then an overview of gifts the article reports one by one; keeping it would list
    each gift twice, once under its generic name.
    """
    specific = {(f.giver, f.recipient) for f in found if not f.frame.mutual}
    return [f for f in found if not (f.frame.mutual and (f.giver, f.recipient) in specific)]


def _without_unnamed_repeats(found: list[Found]) -> list[Found]:
    """Drop a gift that names no item when the text reports one with an item between the same parties.

    "X donated $5m to Y ... X's donation to Y" is one gift; the second mention only names the act. A funding
    noun that states an amount ("X's $5m donation to Y") is such a mention too when a verb reports a gift
    between the same parties."""
    named = {(f.giver, f.recipient) for f in found if f.item and not _by_noun(f)}
    return [f for f in found if (f.item and not _by_noun(f)) or (f.giver, f.recipient) not in named]


def _without_repeated_items(found: list[Found]) -> list[Found]:
    """Drop a gift that mentions again a thing another gift of the same giver reports, naming no other
    recipient: the same thing with its recipient not named here but named there ("A piano, a gift from X, was
    handed to Y"), the thing inside the other's item ("a pair of dogs, a present from X": the dogs), or a
    later definite mention of it by the same noun ("X gave Y a limousine. The limousine, a gift from X")."""
    return [f for f in found if not any(_mentions_again(f, other) for other in found if other is not f)]


def _without_makers(found: list[Found]) -> list[Found]:
    """Drop "a gift from X" set beside a thing a named giver gives a named recipient ("King Olav presented
    Vell with a vase, a gift from the royal porcelain factory"): X made or supplied the thing the clause's
    giver gives; the words name no second gift."""
    given = {
        f.frame.item.i: f.giver
        for f in found
        if f.frame.item is not None
        and f.frame.anchor.pos_ in {"VERB", "AUX"}
        and NOT_NAMED not in {f.giver, f.recipient}
    }
    return [f for f in found if not _beside_a_given_thing(f, given)]


def _beside_a_given_thing(gift: Found, given: dict[int, str]) -> bool:
    anchor, item = gift.frame.anchor, gift.frame.item
    if anchor.pos_ != "NOUN" or item is None or gift.recipient != NOT_NAMED or item.i not in given:
        return False
    return not _same_name(given[item.i], gift.giver)


def _mentions_again(gift: Found, other: Found) -> bool:
    item, named = gift.frame.item, other.frame.item
    if item is None or named is None or gift.frame.status != other.frame.status:
        return False
    if gift.giver == NOT_NAMED or not _same_name(gift.giver, other.giver):
        return False
    if gift.recipient not in {NOT_NAMED, other.recipient}:
        return False
    if item.i == named.i:
        return gift.recipient == NOT_NAMED != other.recipient
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in item.children)
    words = {t.lower_ for c in item.children if c.dep_ in MODIFIERS for t in c.subtree} | {item.lower_}
    said = {t.lower_ for t in named.subtree}
    again = definite and item.i > named.i and item.lemma_.lower() == named.lemma_.lower() and words <= said
    return again or _described_inside(item, named)


MODIFIERS = {"compound", "amod", "nummod", "nmod", "poss", "prep"}  # what says which thing it is


def _described_inside(item: Token, named: Token) -> bool:
    """ "a pair of hunting dogs", "a box of chocolates": the dogs are what the pair holds (the path from the
    thing up to the named item runs through its "of" phrase only)."""
    token, through_of = item, False
    while token.i != named.i:
        if token.dep_ not in {"pobj", "pcomp", "dobj", "prep"} or token.head.i == token.i:
            return False
        through_of = through_of or (token.dep_ == "prep" and token.lower_ == "of")
        token = token.head
    return through_of


def _by_noun(found: Found) -> bool:
    """A transfer named by its funding noun, the noun being the item ("X's $5m donation to Y")."""
    item = found.frame.item
    return item is not None and item.i == found.frame.anchor.i and item.lemma_.lower() in FUNDING_NOUNS


def _borrowed_givers(frames: list[Frame], found: list[Found], analysis: Analysis) -> list[Found]:
    """Funding or aid whose clause names no giver ("The aim is to provide aid to refugees") takes the
    giver of the nearest gift in its own or a neighbouring sentence, which news names there."""
    borrowed: list[Found] = []
    for frame in (f for f in frames if f.open_giver):
        sentence = sentence_of(frame.anchor, analysis)
        near = [f for f in found if abs(f.sentence - sentence) <= 1 and f.frame is not frame]
        if near:
            source = min(near, key=lambda f: abs(f.frame.anchor.i - frame.anchor.i))
            before = [f for f in found if position(f.frame) < position(frame)]
            borrowed += resolve(frame, analysis, before, source.giver)
    return borrowed


def _borrowed_recipients(frames: list[Frame], found: list[Found], analysis: Analysis) -> list[Found]:
    """ "X, for instance, was a donor": a donor named without whom they gave to gave to the body a donation
    reported in the same or a neighbouring sentence went to (one named recipient there, not the donor)."""
    borrowed: list[Found] = []
    for frame in (f for f in frames if f.open_recipient):
        sentence = sentence_of(frame.anchor, analysis)
        near = [f for f in found if abs(f.sentence - sentence) <= 1 and f.frame.aid and f.frame is not frame]
        bodies = {f.recipient for f in near} - {NOT_NAMED, ""}
        if len(bodies) == 1:
            borrowed += resolve(frame, analysis, [], recipient=bodies.pop())
    return borrowed


def resolve(
    frame: Frame,
    analysis: Analysis,
    history: list[Found],
    giver: str | None = None,
    recipient: str | None = None,
) -> list[Found]:
    """Name the parties of a frame (pronouns and "in return" from the context) and split coordinations.

    `giver` names the giver when the frame's clause does not."""
    sentence = sentence_of(frame.anchor, analysis)
    last = next((f for f in reversed(history) if f.sentence >= sentence - 1), None)
    if frame.refers:
        frame, giver = _named_before(frame, history, sentence, giver)
        if frame is None:
            return []
    if frame.occasion:
        return _occasion_gift(frame, history, sentence)
    if frame.continues:
        return _continued_gift(frame, analysis, history, sentence)
    givers = (
        [giver]
        if giver
        else [
            party_name(t, "giver", frame, analysis, last)
            or earner(t, frame, analysis)
            or _giver_of_the_run(t, frame, history, sentence)
            or _unnamed(t, frame)
            for t in _members(frame.giver, frame)
        ]
    )
    if frame.mutual:
        pairs = list(permutations([g for g in givers if g], 2))
    elif frame.joins:  # "it would also contribute": to the recipient of the gift just before
        pairs = [
            (g, last.recipient)
            for g in givers
            if last is not None and g and last.recipient not in {NOT_NAMED, g} and g != last.giver
        ]
    else:
        recipients = (
            [recipient]
            if recipient
            else [
                party_name(t, "recipient", frame, analysis, last) or _unnamed(t, frame)
                for t in _members(frame.recipient, frame)
            ]
        )
        if frame.delivered:  # "India delivered 187 tons of supplies": to the place the text names around it
            recipients = [destination(frame.anchor, analysis, {g for g in givers if g})]
        givers, recipients = _fill_in_return(frame, givers, recipients, last)
        pairs = [(g, r) for g, r in product(givers, recipients) if g and r and g != r]
    pairs = [(g, r) for g, r in pairs if not frame.honour or conferred_by_state(g, frame.item, analysis)]
    found = []
    for text, own in _item_texts(frame):
        if own is None:
            found += [Found(_cut(g, text), text, _cut(r, text), frame, sentence) for g, r in pairs]
        else:  # "a vase to the king and a book to the queen"
            recipient = party_name(own, "recipient", frame, analysis, last)
            found += [Found(g, text, recipient, frame, sentence) for g in {g for g, _ in pairs} if recipient]
    return found


REFERS_BACK = 1  # sentences back to the thing "the gift" or "it" stands for


def _named_before(
    frame: Frame, history: list[Found], sentence: int, giver: str | None
) -> tuple[Frame | None, str | None]:
    """The frame of "handed the present to Y" or "gave it to Y" with the thing it stands for as its item: the
    item of the gift reported just before (in this sentence or the one before; its giver too when the clause
    names none, the same gift told again), else the nearest thing named as an object before it there ("He
    bought a clock in Delft. He gave it to the king"). With neither, no gift: "the gift" alone says nothing
    of what was given."""
    anchor = frame.anchor
    before = [
        f for f in history if sentence - REFERS_BACK <= f.sentence <= sentence and f.frame.item is not None
    ]
    before = [f for f in before if not f.frame.vague and f.frame.anchor.i < anchor.i]
    if before:
        last = before[-1]
        if frame.giver is None and giver is None and last.giver != NOT_NAMED:
            giver = last.giver
        return replace(frame, item=last.frame.item, refers=False, split_items=False), giver
    thing = thing_named_before(frame.item, REFERS_BACK) if frame.item is not None else None
    if thing is None:
        return None, giver
    return replace(frame, item=thing, refers=False, split_items=False), giver


def thing_named_before(pointer: Token, back: int) -> Token | None:
    """The nearest thing before a pointing word ("it", "the gift"), in its sentence or up to `back` sentences
    before, named as the object of a verb or as what something is ("bought a clock", "It was a clock"): a
    noun that can be given, introduced by "a"/"an" or a number, not a person or a place, singular for a
    singular pointer."""
    doc = pointer.doc
    sents = list(doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= pointer.i < s.end)
    floor = sents[max(0, here - back)].start
    for token in reversed(doc[floor : pointer.i]):
        if token.dep_ not in {"dobj", "attr", "appos"} or token.pos_ != "NOUN" or token.ent_type_:
            continue
        introduced = any(c.dep_ in {"det", "nummod"} and c.lower_ not in DEFINITE for c in token.children)
        if introduced and token.tag_ == "NN" and not vague_gifts(token) and is_gift_item(token):
            return token
    return None


RUN_BACK = 2  # sentences back to the gift a passive one continues


def _giver_of_the_run(token: Token | None, frame: Frame, history: list[Found], sentence: int) -> str | None:
    """ "He gave Pedro Sanchez a brass set. Giorgia Meloni was given a scarf": a thing given to a named
    recipient whose clause names no giver, in a run of gifts one giver hands out (the gift just before, in
    this sentence or the two before, given, presented or handed by a named giver to a named recipient), is
    that giver's."""
    if token is not None or frame.item is None or frame.recipient is None or frame.aid:
        return None
    before = next((f for f in reversed(history) if sentence - RUN_BACK <= f.sentence <= sentence), None)
    if before is None or before.giver in {NOT_NAMED, ""} or before.frame.recipient is None:
        return None
    return before.giver if before.frame.anchor.lemma_ in RUN_VERBS else None


RUN_VERBS = {"give", "gift", "present", "hand", "offer", "bestow", "award"}


OCCASION_BACK = 6  # sentences back to the gifts an occasion present continues


def _occasion_gift(frame: Frame, history: list[Found], sentence: int) -> list[Found]:
    """ "A daisy chain necklace that was an anniversary present": an item the text calls a present for an
    occasion, naming neither side, went to the recipient of the gifts reported just before (the article
    lists one person's presents); who gave it stays not named. With no such gift, none."""
    before = next((f for f in reversed(history) if sentence - OCCASION_BACK <= f.sentence <= sentence), None)
    if before is None or before.recipient == NOT_NAMED or frame.item is None:
        return []
    text = phrases.item_text(frame.item, frame.anchor, frozenset({frame.anchor.i, frame.anchor.head.i}))
    return [Found(NOT_NAMED, text, before.recipient, frame, sentence)] if text else []


CONTINUED_BACK = 2  # sentences back to the gifts "the gifts included ..." lists


def _continued_gift(frame: Frame, analysis: Analysis, history: list[Found], sentence: int) -> list[Found]:
    """ "He gave Xi several gifts. The gifts included a vase and a book", "Macron's gifts included a vase":
    the items of the gifts reported just before (by the same giver, where the sentence names one) went
    between the same parties. An item with its own recipient ("The gifts: a vase for Xi. A scarf for
    Peng.") went from the giver of those gifts, or from the other side when it is that giver's. With no such
    gift, none."""
    giver = party_name(frame.giver, "giver", frame, analysis, None) if frame.giver is not None else None
    before = [
        f
        for f in history
        if sentence - CONTINUED_BACK <= f.sentence <= sentence
        and f.recipient != NOT_NAMED
        and (giver is None or _same_name(f.giver, giver))
    ]
    if not before or frame.item is None:
        return []
    source = next(f for f in before if f.frame is before[-1].frame)  # "X and his wife": X, listed first
    recipient = source.recipient
    own = (
        party_name(frame.recipient, "recipient", frame, analysis, None)
        if frame.recipient is not None
        else None
    )
    if own is not None:
        giver = giver or (source.recipient if _same_name(own, source.giver) else source.giver)
        recipient = own
    skip = frozenset({frame.anchor.i, frame.anchor.head.i} - {frame.item.i}) | _own_prep(frame.recipient)
    text = phrases.item_text(frame.item, frame.anchor, skip)
    opening = frame.item.left_edge
    if text and opening.is_sent_start and opening.pos_ == "DET" and text.startswith(opening.text):
        text = opening.lower_ + text[len(opening.text) :]  # "A silk scarf for Y.": a line of a list
    giver = giver or source.giver
    return [Found(giver, text, recipient, frame, sentence)] if text and giver != recipient else []


def _cut(party: str, item: str) -> str:
    """A party name without the item the entity tagger glued onto it ("Mills the Collar of the Order")."""
    if not item or item == party or not re.search(rf"(?<!\w){re.escape(item)}(?!\w)", party):
        return party  # whole words only: the "m" of "$1m" is no part of "Smith"
    cut = re.sub(rf"(?<!\w){re.escape(item)}(?!\w)", "", party).strip(" ,")
    return cut.removesuffix("'s").removesuffix("’s").strip() or party


GIFT_VERBS = {
    "gift", "donate", "bequeath", "bestow", "present", "award", "confer", "grant", "pledge", "leave", "go",
}  # fmt: skip


def _unnamed(token: Token | None, frame: Frame) -> str | None:
    """ "not named" for a side the text leaves out of a gift it states as a gift, else None.

    Only a verb that means giving ("was gifted a car", "donated £1m", "was awarded the George Cross") or an
    "as a gift" phrase says so without both sides: "was given the vaccine", "received food rations", "got new
    lightbulbs" are treatment, supply or purchase as often as gifts."""
    stated = (
        frame.anchor.lemma_.lower() in GIFT_VERBS | GIFT_NOUNS
        or gift_cue(frame.anchor, frame.item) is not None
    )
    stated = stated or frame.conferred or (frame.item is not None and in_gifts(frame.item))
    return NOT_NAMED if token is None and frame.item is not None and stated else None


def _item_texts(frame: Frame) -> list[tuple[str, Token | None]]:
    """Each listed item as written (empty when the text names none or only says "aid"), with the recipient a
    later item names for itself ("a vase to the king and a book to the queen"), else None."""
    if frame.item is None:
        return [("", None)]
    skip = _party_preps(frame) | _place_before(frame) | _where_named_before(frame)
    if frame.relief:
        return [(relief_text(frame.item, frame, skip), None)]
    members = _items(frame.item) if frame.split_items else [frame.item]
    found = []
    for member in members:
        own = _own_recipient(member, frame) if member.i != frame.item.i else None
        text = "" if is_bare_aid(member) else phrases.item_text(member, frame.anchor, skip | _own_prep(own))
        amounts = amount_range(member)
        if amounts is not None:
            text = phrases.text_of(list(amounts))  # "between $10m and $25m": one gift of an amount
        if text is not None:
            found.append((text, own))
    return found


KEPT_PREPS = {"of", "from", "with", "by"}  # "a clock from Delft", "a bowl of fruit": what the thing is


def _where_named_before(frame: Frame) -> frozenset[int]:
    """A thing taken from another clause ("He found a coin in his field. He gave it to the museum"): the
    phrases that say where or when it was then ("in his field") are not part of the item given."""
    item = frame.item
    if item is None or item.sent.start == frame.anchor.sent.start:
        return frozenset()
    preps = [c for c in item.children if c.dep_ == "prep" and c.lower_ not in KEPT_PREPS and c.i > item.i]
    return frozenset(t.i for p in preps for t in p.subtree)


def _place_before(frame: Frame) -> frozenset[int]:
    """The words of the recipient's place glued before an item the parser made that place's head ("gave flood
    victims in Dhemaji district blankets": "Dhemaji district"), left out of the item."""
    item, recipient = frame.item, frame.recipient
    if item is None or recipient is None or item.dep_ != "pobj" or item.i < recipient.i:
        return frozenset()
    if swallowed_item(recipient) != item:
        return frozenset()
    return frozenset(t.i for c in item.children if c.i < item.i for t in c.subtree)


def _own_recipient(item: Token, frame: Frame) -> Token | None:
    """A later item's own "to Y": on the item, or on the verb right after it ("£500 to her fund and
    £9,000 to the club", where the parser hangs both "to" phrases on the verb)."""
    shared = getattr(frame.recipient, "i", -1)
    on_item = [p for p in syn.pobjs(item, "to", "for") if is_party(p) and p.i != shared]
    after = [
        p
        for prep in syn.children(frame.anchor, "prep", "dative")
        if prep.lower_ in {"to", "for"} and prep.i == item.right_edge.i + 1
        for p in syn.children(prep, "pobj")
        if is_party(p) and p.i != shared
    ]
    before = [  # "gave the emperor a horse and the empress a vase": the party the parser listed with the item
        c
        for c in (frame.item.conjuncts if frame.item is not None else ())
        if c.right_edge.i + 1 == item.left_edge.i and is_party(c) and not is_gift_item(c)
    ]
    gapped = [
        c
        for c in ([item.head, *item.head.conjuncts] if item.dep_ == "appos" else [])
        if c.i < item.i and item in _gapped_item(c)
    ]
    paired = [party for thing, party in second_pairs(frame.item) if thing.i == item.i] if frame.item else []
    return next(iter(on_item + after + before + gapped + paired), None)


def _own_prep(own: Token | None) -> frozenset[int]:
    return frozenset({own.i, own.head.i}) if own is not None else frozenset()


def _members(token: Token | None, frame: Frame) -> list[Token | None]:
    """A party and the parties coordinated with it ("Pelosi and Harris"), not things listed with it."""
    if token is None:
        return [None]
    token = phrases.group_member(token)
    fits = is_body if frame.aid else is_party
    listed = [c for c in token.conjuncts if c.i > token.i and fits(c) and not syn.opens_a_clause(c)]
    listed = [c for c in listed if not _item_with_own_recipient(c)]
    listed += [p for p in _coordinated_preps(token) if fits(p)]
    return [token, *[c for c in listed if not _title_before_name(c) and not _second_description(token, c)]]


def _second_description(party: Token, listed: Token) -> bool:
    """ "Steve Lane, a longtime donor to X and former partner of Y": a bare singular noun (no article, no
    owner) coordinated with a named party is a second description of someone, which the parser hung on the
    giver's name or the recipient's; it names no party of its own."""
    bare = listed.tag_ == "NN" and not listed.ent_type_ and not syn.children(listed, "det", "poss", "nummod")
    return bare and (party.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or party.pos_ == "PROPN")


def _coordinated_preps(token: Token) -> list[Token]:
    """ "donated to the party, and to its leader": the object of a preposition coordinated with the one
    that introduces the party."""
    prep = token.head
    if token.dep_ != "pobj" or prep.pos_ != "ADP":
        return []
    heads = [prep.head] + ([prep.head.head] if prep.head.dep_ == "xcomp" else [])  # "continued to donate"
    preps = [c for h in heads for c in h.children if c.dep_ == "conj" and c.i > prep.i] + list(prep.conjuncts)
    same = [p for p in preps if p.pos_ == "ADP" and p.lower_ == prep.lower_ and p.i > prep.i]
    return [o for p in same for o in syn.children(p, "pobj")]


def _title_before_name(token: Token) -> bool:
    """ "Tanner, coach Roy Dawson and director of athletics Dick Farrow": the title the parser split from a
    listed name is not a party of its own."""
    after = token.right_edge.i + 1
    return not token.ent_type_ and after < len(token.doc) and token.doc[after].ent_type_ == "PERSON"


RANGE_OPENERS = {"between", "from"}


def amount_range(item: Token) -> Span | None:
    """The sum of money a token is part of when the text gives it as a range ("between $10 million and $25
    million", one amount entity): one item, never two."""
    money = next((e for e in item.sent.ents if e.start <= item.i < e.end and e.label_ == "MONEY"), None)
    if money is None or money[0].lower_ not in RANGE_OPENERS:
        return None
    return money if any(t.lower_ in {"and", "to"} for t in money) else None


def _items(item: Token) -> list[Token]:
    """The item and the items listed with it, leaving out names the parser coordinated by mistake; also a
    second object the parser hung on the verb ("gave a vase to the king and a book to the queen"). The other
    end of an amount range is no item of its own."""
    if amount_range(item) is not None:
        return [item]
    listed = [c for c in item.conjuncts if c.i > item.i and c.ent_type_ != "PERSON" and c.pos_ != "PRON"]
    verb = item.head
    listed += [
        c
        for c in verb.children
        if c.dep_ == "conj" and (c.pos_ == "NOUN" or c.ent_type_ == "MONEY") and c.i > item.i
    ]
    listed += [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > item.i]
    listed += [c for p in syn.pobjs(verb, "to", "for") for c in p.conjuncts if _item_with_own_recipient(c)]
    listed += _listed_too_low(item)
    listed += [a for c in item.conjuncts if c.i > item.i for a in _gapped_item(c)]
    pairs = second_pairs(item)
    parties = {party.i for _, party in pairs}
    listed = [c for c in listed if c.i not in parties] + [thing for thing, _ in pairs]
    return [item, *dict.fromkeys(c for c in listed if is_gift_item(c))]


def second_pairs(item: Token) -> list[tuple[Token, Token]]:
    """ "gave the hospice £500 and the school a signed shirt": after the first item, "and" followed by two
    noun phrases side by side is a second recipient and what it got (a double object again), however the
    parser hung them (both on the verb, or the thing on the party as an apposition). Pairs of (thing,
    party)."""
    verb, doc = item.head, item.doc
    if item.dep_ != "dobj":
        return []
    pairs = []
    for party in (c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > item.i):
        if doc[party.left_edge.i - 1].lower_ != "and" or not is_party(party) or party.ent_type_ == "MONEY":
            continue
        end = _phrase_end(party)
        things = [c for c in party.children if c.dep_ == "appos"] + list(verb.children)
        thing = next((t for t in things if t.left_edge.i == end + 1 and t.dep_ in {"appos", "dobj"}), None)
        if thing is not None and is_gift_item(thing) and not is_party_name(thing):
            pairs.append((thing, party))
    return pairs


def is_party_name(token: Token) -> bool:
    return token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}


def _gapped_item(party: Token) -> list[Token]:
    """ "gave the king a vase and his wife a scarf": the parser lists "his wife" with the first item and hangs
    "a scarf" on it (or on the first item: "and Mrs Lee a scarf") as an appositive; a thing right after a
    listed party is a second item for that party."""
    if is_gift_item(party) or not is_party(party):
        return []
    hosts = [party, party.head] if party.dep_ == "conj" else [party]
    return [
        a
        for host in hosts
        for a in syn.children(host, "appos")
        if a.left_edge.i == _phrase_end(party) + 1 and is_gift_item(a)
    ]


def _phrase_end(token: Token) -> int:
    """The last token of a noun phrase without its appositives and what follows them."""
    return max([token.i, *[c.right_edge.i for c in token.children if c.i < token.i or c.dep_ != "appos"]])


def _listed_too_low(item: Token) -> list[Token]:
    """ "a set of notebooks and a candle", "an iPod loaded with songs and a signed songbook": a thing with an
    article or a number of its own, listed after a bare noun inside the first item's phrase, is a second item
    the parser hung too low (a list inside the phrase keeps its sisters alike: "a painting of a cat and a
    dog", "a book of poems and songs")."""
    found = []
    for token in item.subtree:
        if token.i == item.i or token.dep_ != "conj" or token.head.i == item.i or token.i < token.head.i:
            continue
        own = syn.children(token, "det", "nummod")
        sister_bare = not syn.children(token.head, "det", "nummod", "poss")
        if own and sister_bare and token.ent_type_ != "PERSON" and token.pos_ in {"NOUN", "PROPN"}:
            found.append(token)
    return found


def _item_with_own_recipient(token: Token) -> bool:
    """ "gave a pen to the king and an atlas to the crown prince", the parser listing "an atlas" with "the
    king": a thing given, not a second recipient, when a "to"/"for" phrase follows it (hung on the verb, or
    on the thing itself)."""
    if token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or not is_gift_item(token):
        return False
    if any(is_party(p) for p in syn.pobjs(token, "to", "for")):  # "... and a rug to his wife"
        return True
    after = token.right_edge.i + 1
    if after >= len(token.doc):
        return False
    prep = token.doc[after]
    return prep.lower_ in {"to", "for"} and prep.head.pos_ in {"VERB", "AUX"}


def _party_preps(frame: Frame) -> frozenset[int]:
    """Prepositions that introduce a party, so they never end up inside the item text."""
    parties = [t for t in (frame.giver, frame.recipient) if t is not None]
    heads = [t.head for t in parties if t.head.pos_ == "ADP"]
    return frozenset(h.i for h in heads) | {t.i for t in parties} | {frame.anchor.i}


def _explicit(token: Token | None, frame: Frame) -> bool:
    return token is not None and token.pos_ != "PRON" and frame.anchor.is_ancestor(token)


def _fill_in_return(
    frame: Frame, givers: list[str | None], recipients: list[str | None], last: Found | None
) -> tuple[list[str | None], list[str | None]]:
    """ "In return, Y received Z": the parties of the gift it answers, swapped, fill what the clause lacks."""
    if not frame.in_return or last is None:
        return givers, recipients
    if _explicit(frame.recipient, frame) and recipients[0] is not None:
        answered = last.giver if _same_name(recipients[0], last.recipient) else last.recipient
        return ([answered] if not _explicit(frame.giver, frame) else givers), recipients
    if not _explicit(frame.giver, frame):
        givers = [last.recipient]
    return givers, [last.giver]


def _same_name(a: str, b: str) -> bool:
    """True when one name's words contain the other's ("Hardy" and "Tom Hardy")."""
    x, y = set(a.lower().split()), set(b.lower().split())
    return x <= y or y <= x
