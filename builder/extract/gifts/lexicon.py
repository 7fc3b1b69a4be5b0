"""Words the gift rules rely on: gift verbs and their patterns, and what is never a gift or a party."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from builder.extract.gifts.aid import is_aid_item, is_body, is_qualified_aid
from builder.extract.gifts.syntax import magnitude_suffix
from builder.nlp.names import THINGS, can_be_handed_over, is_abstract, senses


@dataclass(frozen=True)
class VerbEntry:
    """How a gift verb realises giver, item and recipient."""

    patterns: tuple[str, ...]
    to_words: tuple[str, ...] = ("to",)
    particles: frozenset[str] = field(default_factory=lambda: frozenset({"over", "away", "out"}))
    needs_cue: bool = False  # "offered Y a horse" is a gift only "as a gift"
    promise: bool = False
    aid_only: bool = False  # "provided aid to Y" is a gift, "provided details to Y" is not
    honours: bool = False  # with aid_only: an honour is given too ("awarded him a knighthood")
    causes: bool = False  # money may go to a cause, not only to a body ("donated £28,000 to relief efforts")
    delivers: bool = False  # aid carried to people in need: goods count, the recipient may be a place
    needs_particle: str = ""  # "took in $5m from X": the verb is a gift verb only with this particle
    in_will: bool = False  # "left £2m to Y in his will": a gift verb only when a will says so


GIVE = ("double_object", "object_to", "passive_recipient", "passive_item", "aid_to_help")
TRANSFER = ("object_to", "passive_item", "double_object", "aid_to_help")
RECEIVE = ("receive_from",)
AID = ("object_to", "with_item", "passive_recipient", "passive_item", "aid_to_help")
ONE_SIDED = ("object_only", "item_only")  # a verb that means giving: the side left out is "not named"
FUND = ("funded_by", "funds_recipient", "funded_attributive")  # "X funds Y": the object is the recipient
DELIVER = (*AID, "delivered")  # "X flew in two tonnes of medicine": the place it went to may be named apart
CARRIED = frozenset({"over", "out", "in", "off"})

VERBS: dict[str, VerbEntry] = {
    "give": VerbEntry(GIVE),
    "gift": VerbEntry((*GIVE, "with_item", *ONE_SIDED)),
    "hand": VerbEntry(GIVE),
    "send": VerbEntry(GIVE),
    "present": VerbEntry(("with_item", "object_to", "passive_recipient", "passive_item", "double_object")),
    "surprise": VerbEntry(("with_item", "passive_recipient")),
    "donate": VerbEntry((*TRANSFER, "gives_to", "to_help", *ONE_SIDED), ("to", "for"), causes=True),
    "bequeath": VerbEntry((*TRANSFER, *ONE_SIDED)),
    "leave": VerbEntry((*TRANSFER, *ONE_SIDED), particles=frozenset(), in_will=True),
    "go": VerbEntry(("proceeds_go_to",), particles=frozenset()),
    "contribute": VerbEntry((*TRANSFER, "gives_to", "to_help"), ("to", "for", "towards"), causes=True),
    "raise": VerbEntry(("raised_for", "taken_in_gifts"), ("for",), particles=frozenset(), aid_only=True),
    "collect": VerbEntry(("taken_in_gifts",), aid_only=True),
    "fund": VerbEntry(FUND),
    "bankroll": VerbEntry(FUND),
    "grant": VerbEntry(GIVE, aid_only=True, honours=True),
    "provide": VerbEntry(AID, ("to", "for"), aid_only=True),
    "supply": VerbEntry(AID, ("to", "for"), aid_only=True),  # as "provide": aid, or goods to people in need
    "deliver": VerbEntry(DELIVER, ("to", "for", "into"), CARRIED, aid_only=True, delivers=True),
    "ship": VerbEntry(DELIVER, ("to", "for", "into"), CARRIED, aid_only=True, delivers=True),
    "airlift": VerbEntry(DELIVER, ("to", "for", "into"), CARRIED, aid_only=True, delivers=True),
    "fly": VerbEntry(DELIVER, ("to", "for", "into"), CARRIED, aid_only=True, delivers=True),
    "drop": VerbEntry(DELIVER, ("to", "for", "into"), frozenset({"off"}), aid_only=True, delivers=True),
    "carry": VerbEntry(DELIVER, ("to", "for", "into"), CARRIED, aid_only=True, delivers=True),
    "take": VerbEntry(("took_in",), particles=frozenset({"in"}), aid_only=True, needs_particle="in"),
    "tap": VerbEntry(("draws_on",), ("on", "into"), aid_only=True),
    "distribute": VerbEntry(AID, ("to", "among"), aid_only=True),
    "award": VerbEntry(GIVE, aid_only=True, honours=True),
    "confer": VerbEntry(("object_to", "passive_item"), ("on", "upon"), aid_only=True, honours=True),
    "bestow": VerbEntry(("object_to", "passive_item"), ("on", "upon")),
    "promise": VerbEntry(GIVE, promise=True),
    "pledge": VerbEntry(TRANSFER, ("to", "for"), promise=True, causes=True),
    "commit": VerbEntry(AID, ("to", "for"), aid_only=True, promise=True),  # "committed $30m to help Y"
    "offer": VerbEntry(GIVE, needs_cue=True),
    "bring": VerbEntry(
        ("double_object", "object_to", "delivered"), ("for", "to"), CARRIED, needs_cue=True, delivers=True
    ),
    "buy": VerbEntry(("double_object", "object_to"), ("for",), needs_cue=True),
    "receive": VerbEntry(RECEIVE),
    "get": VerbEntry(RECEIVE),
    "accept": VerbEntry(RECEIVE),
}

CUE_NOUNS = {
    "gift", "present", "donation", "offering", "souvenir", "keepsake", "token", "gesture", "aid",
    "thank-you",
}  # fmt: skip
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
CONDITIONAL_AUX = {"would", "'d"}  # a promise only as reported speech ("said it would give")
REPORTING_HEADS = {
    "say", "tell", "announce", "confirm", "state", "add", "report", "promise", "pledge", "vow", "agree",
    "write", "reveal", "declare", "decide", "explain", "insist", "indicate", "disclose", "note",
}  # fmt: skip
UNLIKELY = {
    "unlikely",
    "reluctant",
    "unwilling",
    "impossible",
    "unable",
    "loath",
    "loth",
    "hypothetical",
}  # "it was unlikely he would give", "reluctant for the state to fund": no gift made or agreed
HEDGE_AUX = {"may", "might", "could", "should", "can", "ca", "must"}
HEDGE_ADVERBS = {"reportedly", "apparently"}
ALLEGED = {"allegedly", "purportedly", "supposedly"}  # an allegation, not a gift the text states
PROMISE_HEADS = {
    "plan", "pledge", "promise", "vow", "intend", "agree", "set", "due", "prepare", "commit", "aim",
    "decide", "undertake", "expect", "offer", "announce",
}  # fmt: skip
BLOCKING_HEADS = {
    "deny", "decline", "refuse", "reject", "consider", "propose", "suggest", "ask", "urge", "request",
    "demand", "seek", "want", "hope", "wish", "investigate", "bar", "ban", "prohibit", "forbid", "accuse",
    "allege", "doubt", "fail", "try", "threaten", "refrain", "stop", "avoid", "debate", "discuss",
    "weigh", "appeal", "question",
}  # fmt: skip
REQUESTING = {
    "call", "press", "pressure", "push", "encourage", "plead", "beg", "implore", "lobby", "exhort",
}  # fmt: skip  # "called on donors to give", "pressed Britain to send aid": asked for, not given

RESTITUTION = {"return", "repatriate", "restore", "restitute"}
NON_GIFT_ITEMS = {
    # words, events and acts
    "speech", "address", "lecture", "talk", "interview", "conference", "briefing", "statement", "remark",
    "comment", "warning", "assurance", "guarantee", "promise", "pledge", "commitment", "evidence",
    "testimony", "answer", "reply", "response", "account", "update", "message", "signal", "hint", "call",
    "criticism", "praise", "thanks", "tribute", "salute", "welcome", "reception", "audience", "ovation",
    "applause", "concert", "performance", "show", "tour", "kiss", "hug", "smile", "look", "nod",
    "go-ahead", "light", "lift", "ride", "boost", "push", "hand", "go", "shot",
    # idioms with give
    "birth", "way", "chase", "rise", "pause", "thought", "consideration", "attention", "priority", "time",
    "chance", "opportunity", "benefit", "doubt", "edge", "advantage", "lead", "headache", "trouble",
    "problem", "impression", "indication", "insight", "lesson", "idea", "say", "voice", "vote", "seat",
    "ear", "weight", "emphasis", "impetus", "momentum", "credit", "break", "due", "dues", "scope", "room",
    "leeway", "latitude", "freedom", "grip", "hold", "footing", "option", "start", "ammunition", "fillip",
    # results in a match
    "wicket", "goal", "try", "point", "run", "draw", "equaliser", "equalizer", "cushion",
    # documents, decisions and powers
    "credential", "plan", "proposal", "report", "petition", "deadline", "ultimatum", "verdict", "ruling",
    "sentence", "mandate", "order", "instruction", "advice", "guidance", "information", "detail", "data",
    "notice", "nomination", "invitation", "approval", "permission", "access", "clearance", "licence",
    "license", "exemption", "waiver", "power", "control", "captaincy", "command", "authority", "right",
    "status", "citizenship", "asylum", "visa", "amnesty", "pardon", "immunity", "job", "post", "role",
    "position", "task", "mission", "responsibility", "title", "name", "contract", "loan", "deal",
    "tender", "concession", "franchise",
    "reward", "refund", "fine", "penalty", "bribe", "kickback", "bail", "authorization", "authorisation",
    "leave", "extension", "reprieve", "hearing", "request", "wish", "membership",
    # papers and information handed over in the course of business, a case or an inquiry
    "document", "paperwork", "dossier", "file", "form", "slip", "receipt", "tip", "coordinate", "payment",
    # support and results
    "support", "backing", "endorsement", "condolence", "sympathy", "solidarity", "protection", "security",
    "service", "training", "cover", "defeat", "victory", "win", "treatment", "care", "blessing",
}  # fmt: skip
PERSON_ITEMS = {
    "suspect", "prisoner", "hostage", "detainee", "fugitive", "captive", "trafficker", "player",
    "midfielder", "striker", "defender", "goalkeeper", "engineer", "troop", "soldier", "official",
    "delegation", "team", "staff", "worker", "volunteer", "doctor", "nurse", "expert", "envoy",
    "diplomat", "ambassador", "adviser", "advisor",
}  # fmt: skip
NON_PARTY = {
    "auction", "sale", "market", "display", "storage", "use", "bottom", "end", "top", "effect", "point",
    "goal", "aim", "purpose", "objective", "intention", "idea", "plan", "priority", "budget", "bill", "law",
    "legislation", "act", "measure", "package", "programme", "program", "scheme", "deal", "agreement",
    "example", "instance", "world", "case",
}  # fmt: skip
BAD_ENTS = {"DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY"}
JUDICIAL = {
    "court",
    "tribunal",
    "judge",
    "jury",
    "arbitrator",
    "arbiter",
    "ombudsman",
    "magistrate",
    "panel",
    "referee",
}  # what they award is a ruling: damages, costs, a penalty (never a gift)
VAGUE_GIFTS = {"gift", "present"}  # the word for a gift, not the thing given
NAMED_THINGS = {"PRODUCT", "WORK_OF_ART", "MONEY", "CARDINAL"}  # names that can be a thing given
HONOUR_WORDS = {
    "award", "prize", "trophy", "medal", "honour", "honor", "decoration", "title", "order", "cross", "legion",
}  # fmt: skip
DEMONSTRATIVES = {"this", "these", "that", "those"}
DEFINITE = {"the", "this", "that"}
PARTITIVES = {
    "half",
    "quarter",
    "third",
    "part",
    "portion",
    "rest",
    "bulk",
    "percent",
    "amount",
    "quantity",
}  # "half of his fortune", "a vast amount of evidence": the contents decide
PRONOUN_ITEMS = {
    "it", "them", "this", "that", "these", "those", "one", "something", "anything", "all", "some", "any",
    "none", "more", "less", "much", "little", "enough", "plenty", "nothing", "everything",
}  # fmt: skip  # an amount with no thing named ("I donated a little more than I wanted": points in a match)


QUOTES = {"'", '"', "‘", "’", "“", "”"}


def _in_quotes(token: Token) -> bool:
    """A name set in quotation marks ("gifted him 'Mata Ni Pachedi'", "presented 'Agate Bowl'"): the name of
    a thing, a craft or a work, never a person's."""
    doc = token.doc
    opening = next((t for t in reversed(doc[max(token.i - 5, 0) : token.i]) if t.is_punct), None)
    closing = next((t for t in doc[token.i + 1 : token.i + 6] if t.is_punct), None)
    return opening is not None and closing is not None and opening.text in QUOTES and closing.text in QUOTES


def split_sum(token: Token) -> bool:
    """The "m" of "£5m" (or "bn" of "$2bn") written after its number, with the currency sign before it."""
    if not magnitude_suffix(token):
        return False
    return any(t.tag_ == "$" for t in token.doc[max(0, token.i - 3) : token.i])


def signed_sum(token: Token) -> bool:
    """A number written after a currency sign ("£500"), which the tagger did not mark as an amount."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.like_num and before is not None and before.tag_ == "$" and before.head.i == token.i


def is_gift_item(token: Token, stated: bool = False) -> bool:
    """True when a noun can name a thing given: not an act, a right, a person, a date or a bare pronoun.

    `stated`: the text itself calls it a gift ("as a gift", "X's gift to Y was Z"), so any thing that is not a
    person, a pronoun or a date counts, whatever its usual sense ("40 sketches drawn by the architect")."""
    lemma = token.lemma_.lower()
    if split_sum(token) or signed_sum(token):
        return True  # "£5m" split into "£", "5", "m" and the "m" tagged a verb: a sum all the same
    nominal = token.pos_ in {"NOUN", "PROPN", "NUM", "ADJ", "X"} or token.dep_ in {"pobj", "dobj", "appos"}
    verb_only = token.pos_ in {"VERB", "AUX"} and not senses(token.lower_)  # "streaking"; not "a kente stole"
    if not nominal or verb_only or token.lower_ in PRONOUN_ITEMS or token.is_punct:
        return False
    if lemma == "aid" and any(c.lower_ == "first" for c in token.children):
        return False  # "gave him first aid": treatment
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in token.children):
        return False  # "these vehicles" points back to a gift already reported
    if _named_honour(token):
        return True  # "the Order of St Andrew", which the tagger may read as a person
    if token.pos_ == "PROPN" and _in_quotes(token):
        return True  # "gifted 'Pithora' to X", which the tagger may read as a person or an event
    if token.ent_type_ in BAD_ENTS - {"QUANTITY"} | {"PERSON", "NORP", "GPE", "LOC"}:
        return False
    if is_qualified_aid(token) or token.ent_type_ == "MONEY" or is_aid_item(token):
        return True  # "financial support" and "$5m" are given; "support" alone is not
    if lemma in PERSON_ITEMS or _for_thought(token):
        return False
    if stated:
        return True
    if lemma in VAGUE_GIFTS and not _specified(token):
        return False  # "has given the American people a gift", "a huge gift to the oil industry": a figure
    if lemma in VAGUE_GIFTS and _a_gift_of_a_quality(token):
        return False  # "gave her the gift of life", "the gift of sight": a figure of speech
    named = token.text[:1].isupper() and (token.pos_ == "PROPN" or not token.is_sent_start)
    if named and is_honour(token):
        return True  # "the Order of Merit", "the George Cross"
    if lemma in NON_GIFT_ITEMS or token.lower_ in NON_GIFT_ITEMS or _message_sent(token, lemma):
        return False
    if named:
        return token.ent_type_ in NAMED_THINGS or _counted(token)
    if lemma in PARTITIVES and (contents := _contents(token)) is not None:
        return is_gift_item(contents)
    if can_be_handed_over(lemma) or (_crafted(token) and "a" in senses(lemma)) or _set_of_things(token):
        return True
    contents = _contents(token)  # "a pair of sandals", "a year's supply of nappies": what the measure holds
    return contents is not None and is_gift_item(contents)


MESSAGES = {
    "fax",
    "email",
    "e-mail",
    "letter",
    "note",
    "memo",
    "text",
    "telegram",
    "tweet",
    "postcard",
    "cable",
    "card",
}
SENDING = {"send", "fax", "email", "e-mail", "post", "mail", "write", "forward", "text"}


def _message_sent(token: Token, lemma: str) -> bool:
    """ "sent a fax to her son", "wrote a letter to the minister", "the Christmas card they had sent her": a
    message or a greeting, not a thing given (a letter handed over or donated as a keepsake is still one:
    "donated letters written by the composer"; a gift card is a voucher)."""
    if lemma not in MESSAGES or any(c.lemma_.lower() in VAGUE_GIFTS for c in token.children):
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:  # "sent him a shirt and a card"
        first = first.head
    sent = first.dep_ in {"dobj", "nsubjpass"} and first.head.lemma_.lower() in SENDING
    return sent or any(c.dep_ == "relcl" and c.lemma_.lower() in SENDING for c in token.children)


def _for_thought(token: Token) -> bool:
    """ "gave them food for thought": an idiom, nothing handed over."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(o.dep_ == "pobj" and o.lemma_.lower() == "thought" for p in preps for o in p.children)


def _set_of_things(token: Token) -> bool:
    """ "a chess set", "a tea set", "a train set": a noun for a group of things whose noun modifier names the
    things it holds (read as that set of objects, not a group of people, data or skills: "a skill set")."""
    if senses(token.lemma_.lower())[:1] != "c":
        return False
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and senses(c.lemma_.lower())[:1] in THINGS
        for c in token.children
    )


def _crafted(token: Token) -> bool:
    """A noun said to be made or made of something ("handmade wedding bands", "a gold band", "a silk
    band"): read in its sense of an object even where its usual sense is not ("two bands" of musicians)."""
    for child in token.children:
        made = child.lower_.endswith("made") or child.lower_ in {"engraved", "signed", "carved", "inscribed"}
        material = child.dep_ in {"amod", "compound"} and senses(child.lemma_.lower())[:1] == "s"
        if child.dep_ in {"amod", "compound"} and (made or material):
            return True
    return False


def listed_gift(noun: Token) -> Token | None:
    """The first thing listed after a word for gifts: "gifts including a vase and a book", "presents such as
    a horse", "gifts, like a scarf" (the list is the items given, not "gifts"), wherever the parser hangs
    it."""
    if noun.lemma_.lower() not in VAGUE_GIFTS or noun.pos_ != "NOUN":
        return None
    named = _named_after(noun)
    if named is not None:
        return named
    doc, start = noun.doc, noun.i + 1
    start += 1 if start < len(doc) and doc[start].text == "," else 0
    if start + 1 >= len(doc):
        return None
    prep = doc[start + 1] if doc[start].lower_ == "such" and doc[start + 1].lower_ == "as" else doc[start]
    if prep.lower_ not in {"including", "like", "as"} or prep.dep_ != "prep":
        return None
    listed = [c for c in prep.children if c.dep_ == "pobj" and is_gift_item(c)]
    return listed[0] if listed else None


def _named_after(noun: Token) -> Token | None:
    """The thing a gift noun is said to be right after it: "the gift, a bronze sculpture,", "a gift from X, a
    surfboard," (the parser hangs it on X), "a gift from the president: a signed copy of his memoir"."""
    owners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children]
    for head in [noun, *owners]:
        for thing in (c for c in head.children if c.dep_ == "appos" and c.i > noun.i):
            if thing.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"} and is_gift_item(thing):
                return thing
    hung = _hung_on_the_verb(noun) or _gift_of(noun)
    if hung is not None:
        return hung
    after = noun.doc[noun.i + 1 : noun.sent.end]  # the parser may hang the colon on the noun itself
    colon = next((t for t in after[:8] if t.text == ":"), None)
    if colon is None or any(t.pos_ in {"VERB", "AUX"} for t in noun.doc[noun.i : colon.i]):
        return None
    thing = next((t for t in noun.doc[colon.i + 1 : noun.sent.end] if t.pos_ in {"NOUN", "PROPN"}), None)
    while thing is not None and thing.dep_ in {"compound", "amod"} and thing.head.i > thing.i:
        thing = thing.head
    return thing if thing is not None and thing.ent_type_ != "PERSON" and is_gift_item(thing) else None


def _gift_of(noun: Token) -> Token | None:
    """ "gave him the gift of a reindeer-hide rug", "a present of two pandas": the thing after "of" is what
    was given (not an occasion or a quality: "the gift of life", "a present of great value")."""
    held = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    thing = next((o for o in held if o.dep_ == "pobj"), None)
    if thing is None or thing.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return None
    counted = any(c.dep_ in {"det", "nummod"} for c in thing.children) or thing.ent_type_ == "MONEY"
    return thing if counted and is_gift_item(thing) else None


def _a_gift_of_a_quality(noun: Token) -> bool:
    """ "the gift of life", "the gift of sight", "a present of great value": a word for a gift whose "of"
    holds a state, a faculty or a quality, not counted and not a thing one hands over (not "the gift of two
    pandas", "a gift of land", "a gift of £5m")."""
    held = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    thing = next((o for o in held if o.dep_ == "pobj"), None)
    if thing is None or thing.ent_type_ or thing.pos_ != "NOUN":
        return False
    counted = any(c.dep_ in {"det", "nummod", "poss"} for c in thing.children)
    return not counted and not can_be_handed_over(thing.lemma_.lower())


def _hung_on_the_verb(noun: Token) -> Token | None:
    """ "presented him with the gift, a carved chess set": the thing set off by a comma right after the word
    for the gift, which the parser hangs on the verb as a second object or an adverb, not on the noun."""
    doc, end = noun.doc, noun.right_edge.i + 1
    if end + 1 >= noun.sent.end or doc[end].text != ",":
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    thing = next((t for t in doc[end + 1 : noun.sent.end] if t.head.i == verb.i), None)
    if thing is None or thing.left_edge.i != end + 1 or thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    if thing.dep_ not in {"npadvmod", "dobj", "appos"} or thing.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return None
    return thing if is_gift_item(thing) else None


def vague_gifts(token: Token) -> bool:
    """ "several gifts", "a present": the word for gifts that does not say what they were (not "a huge gift",
    "a great gift": one judged, which is a figure of speech as often as a present)."""
    if token.lemma_.lower() not in VAGUE_GIFTS or token.pos_ != "NOUN" or _specified(token):
        return False
    return token.tag_ == "NNS" or not any(c.dep_ == "amod" for c in token.children)


def _specified(token: Token) -> bool:
    """A gift noun that says what it was: "a gift of two pandas", "a birthday present", "gifts: a sword…"."""
    return any(
        c.dep_ in {"compound", "appos"} or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children
    )


def _counted(token: Token) -> bool:
    """A name counted like a thing: "a vintage Mercedes", "two Ferraris" (not "his first Premier League")."""
    return any((c.dep_ == "det" and c.lower_ in {"a", "an"}) or c.dep_ == "nummod" for c in token.children)


def _contents(token: Token) -> Token | None:
    """The noun after "of" when the head only measures or groups it: a set or a group ("a pair of", "a
    collection of") or a counted measure ("two tons of", "a year's supply of"); not a view, a taste or an
    idea of something ("a glimpse of the new console", "more understanding of the world")."""
    counted = any(
        c.dep_ in {"nummod", "poss"} or c.ent_type_ in {"QUANTITY", "CARDINAL"} for c in token.children
    )
    lemma = token.lemma_.lower()
    if not (counted or token.ent_type_ == "QUANTITY" or lemma in PARTITIVES or "c" in senses(lemma)):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            held = [c for c in prep.children if c.dep_ == "pobj"]
            held += [o for c in prep.children if c.dep_ == "pcomp" for o in c.children if o.dep_ == "dobj"]
            return held[0] if held else None  # "a pair of hunting dogs", read as "of hunting (the) dogs"
    return None


def is_party(token: Token) -> bool:
    """True when a noun can name a giver or recipient."""
    named = token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
    nominal = token.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"} or named
    if not nominal or token.lower_ in {"this", "that", "which"}:
        return False
    if token.lower_ in {"it", "its"} and token.dep_ not in {"nsubj", "poss"}:
        return False  # "it" gives ("The agency said it had sent aid") but is never given to
    if token.ent_type_ in BAD_ENTS | {"MONEY", "CARDINAL"}:
        return False
    return token.lemma_.lower() not in NON_PARTY or _named_body(token)


NAMED_PLANS = {"act", "law", "bill", "legislation", "agreement", "deal", "plan", "measure", "package"}


def _named_body(token: Token) -> bool:
    """An organisation whose name ends in a word that alone names no party: "the World Food Programme",
    "the Development Programme" (not a law or a deal: "the Marshall Plan", "the Education Act")."""
    return token.pos_ == "PROPN" and token.ent_type_ == "ORG" and token.lemma_.lower() not in NAMED_PLANS


GENERIC_DETERMINERS = {"all", "any", "some", "many", "most", "no"}


def is_generic(token: Token) -> bool:
    """A party named only as a kind of people or bodies: "political opponents", "donors", "all candidates",
    "parties" (not "the parties", "her donors", "Tory donors", "200 families")."""
    if token.pos_ != "NOUN" or token.ent_type_ or _counted_group(token):
        return False
    if any(c.dep_ == "det" and c.lower_ in {"every", "each"} for c in token.children):
        return True  # "every candidate is funded by the state"
    if token.tag_ != "NNS":
        return False
    for child in token.children:
        if child.dep_ == "det":
            return child.lower_ in GENERIC_DETERMINERS
        if child.dep_ in {"poss", "nummod"} or child.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}:
            return False
    return True


def _counted_group(token: Token) -> bool:
    """ "dozens of local newspapers", "two of the charities": a counted set of them, not the kind; also the
    people of one place ("refugees in Chad")."""
    places = [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"in", "from"}
        for p in c.children
        if p.ent_type_ in {"GPE", "LOC", "FAC"}
    ]
    return bool(places) or (
        token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "NUM"}
    )


def can_give(token: Token) -> bool:
    """A giver that can hand something over: a name, a pronoun, a person, a group or an institution, not a
    thing or an act ("the quotas gave them a share", "the opening episode gave him his dues")."""
    return (
        token.pos_ != "NOUN"
        or bool(token.ent_type_)
        or is_body(token)
        or _named_beside(token)
        or _word_of_a_body_name(token)
    )


def _word_of_a_body_name(token: Token) -> bool:
    """ "Continental Airlines said the airline donated two buses": a definite noun that is a word of an
    organisation's name in the text ("the airline", "the brewery", "the bank") stands for that body, whatever
    the noun's usual sense (an "airline" is first a route)."""
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)
    if token.pos_ != "NOUN" or not definite:
        return False
    words = {token.lemma_.lower(), token.lemma_.lower() + "s", token.lower_}
    return any(e.label_ == "ORG" and words & {t.lower_ for t in e} for e in token.doc.ents)


def gives_nothing(token: Token) -> bool:
    """A subject that is an act, an event or a message: "The announcements gave them ammunition", "The early
    try had given Leinster the ideal start". Only people and bodies give; such a verb is an idiom."""
    abstract = token.pos_ == "NOUN" and not token.ent_type_ and is_abstract(token.lemma_)
    return abstract and not _named_beside(token)


def _named_beside(token: Token) -> bool:
    """A name in apposition makes any noun a party: "her counterpart, Joseph Ssempala", "the town of Ely"."""
    named = {"PERSON", "ORG", "GPE", "NORP"}
    if any(c.dep_ == "appos" and c.ent_type_ in named for c in token.children):
        return True
    of = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(p.dep_ == "pobj" and p.ent_type_ in {"GPE", "ORG"} for p in of)  # "her hometown of Tenby"


def is_honour(token: Token) -> bool:
    """An honour or a prize ("a knighthood", "the Good Conduct Medal", "a human rights prize").

    It is a gift only when a state or a monarch confers it, not when judges or a vote decide it."""
    lemma = token.lemma_.lower()
    if lemma in HONOUR_WORDS or senses(lemma)[:1] == "h":
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in HONOUR_WORDS for c in token.children):
        return True  # "the Sash of X, the country's highest honour"
    named = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    named = [p for p in named if p.dep_ == "pobj" and p.text[:1].isupper()]
    if token.text[:1].isupper() and lemma in REGALIA and named:
        return True  # "the Collar of Abdulaziz Al Saud", "the Grand Star of Y": insignia of an order
    return token.text[:1].isupper() and any(is_honour(p) for p in named)  # "the Collar of the Order of …"


REGALIA = {"collar", "sash", "star", "chain", "insignia", "badge", "cordon"}  # worn insignia of an order


def _named_honour(token: Token) -> bool:
    """An honour by its proper name, written as a thing ("the Order of St Andrew", "the George Cross"): an
    honour word in capitals with an article or an "of" phrase, whatever label the tagger gave the name."""
    if not token.text[:1].isupper() or token.is_sent_start or not is_honour(token):
        return False
    return any(c.dep_ == "det" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)


def rules_on_it(giver: Token) -> bool:
    """A court, tribunal, judge or jury: what it awards or grants is a ruling, not a gift."""
    return giver.lemma_.lower() in JUDICIAL or any(
        c.lemma_.lower() in JUDICIAL for c in giver.children if c.dep_ in {"compound", "amod"}
    )


MEDICAL = {
    "drug", "medicine", "medication", "vaccine", "jab", "dose", "injection", "pill", "placebo", "transfusion",
    "antibiotic", "painkiller", "sedative", "steroid", "anaesthetic", "anesthetic", "infusion", "supplement",
}  # fmt: skip
TREATERS = {
    "doctor", "scientist", "researcher", "nurse", "medic", "paramedic", "surgeon", "physician", "clinician",
    "vet", "veterinarian", "dentist", "pharmacist", "investigator",
}  # fmt: skip
TREATED = {"patient", "mouse", "mice", "rat", "volunteer", "participant", "subject", "animal", "monkey"}


def administered(item: Token, giver: Token | None, recipient: Token | None) -> bool:
    """ "Scientists gave mice a drug that slowed ageing", "Doctors gave him a blood transfusion": a medicine
    given by those who treat or to those treated or tested is treatment, not a gift (a country's vaccine
    doses for another country stay aid)."""
    if item.lemma_.lower() not in MEDICAL and item.lower_ not in MEDICAL:
        return False
    treats = giver is not None and giver.lemma_.lower() in TREATERS
    return treats or (recipient is not None and recipient.lemma_.lower() in TREATED)
