"""What a name does in its sentence: a country that acts is an actor, one only named as a location is a place.

"Russia said", "talks with Russia", "Russia's actions" make Russia an actor; "in Russia", "a visit to Russia",
"the UK market", "Russia's Far East" name a place. The same holds for capitals standing for their government
("Pyongyang denied …") and for a region or city the model took for a country.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from builder.data import gazetteer, places
from builder.extract.actors.offices import a_portfolio, a_title
from builder.extract.actors.things import a_genus, a_labelled_noun, a_product, an_illness_or_medicine
from builder.extract.actors.works import a_title_in_quotes, modifies_a_work, names_a_work
from builder.nlp.datelines import dateline_end
from builder.nlp.names import common_nouns, names_a_person, senses

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "agent"}
OBJECTS = {"dobj", "dative", "iobj"}
# Prepositions after which a name is a party to something ("talks with", "relations between", "sanctions
# on/against", "aid from", "criticised by"), not a location.
PARTY_PREPS = {"with", "between", "against", "by", "among", "versus", "vs"}
# Words after which "to"/"from"/"on" name a destination or origin, not a party.
MOTION = {
    "go", "come", "travel", "visit", "return", "fly", "move", "head", "arrive", "flee", "migrate", "emigrate",
    "export", "import", "deport", "send", "ship", "trip", "journey", "flight", "tour", "way", "route",
    "border", "road", "access", "entry", "exports", "imports", "migration", "relocate", "land", "sail",
    "enter", "leave", "reach", "cross", "invade", "settle", "live", "stay", "walk", "march", "stroll",
    "drive", "rescue", "evacuate", "airlift",
}  # fmt: skip


def acts(name: Span) -> bool:
    """True when the name stands for someone acting or acted upon, not for where something happens.

    A capital stands for its government only as the one who acts ("Tokyo denied", "Pyongyang's threats"):
    "talks in Tokyo", "for Tokyo 2020", "flights to Tokyo" name the city. A nationality standing for one
    person ("the Argentine said") and a country in an address ("Kunming, China") do not act; a name in
    apposition to a place does what the place does."""
    if a_native(name) or in_an_address(name) or a_side_of_a_player(name):
        return False
    token = _outer(name.root)
    dep = token.dep_
    if dep == "appos" and token.head.ent_type_ in {"GPE", "LOC", "FAC"}:
        head = token.head
        return acts(head.doc[head.i : head.i + 1])  # "across the Commonwealth - Britain, Australia and …"
    if dep in SUBJECTS:
        return True
    if name.text in _capitals():
        return dep == "poss" and _owns_a_non_place(token.head)
    if dep in OBJECTS and token.head.pos_ in {"VERB", "AUX"}:
        return token.head.lemma_.lower() not in MOTION  # "accused Russia", not "entering the UK"
    if dep == "poss":
        return _owns_a_non_place(token.head)
    if dep == "pobj":
        return _party_after(token.head)
    return dep in {"appos", "attr"}  # "the country, Russia", "the aggressor is Russia"


def a_native(span: Span) -> bool:
    """A nationality standing for one person of it, not for the country: a count noun for a people in the
    singular with an article ("the Argentine told reporters", "the American, 32, withdrew", "the Austrian's
    portrayal"; its plural "Argentines" is a people), or the nationality of a person word that follows it
    ("the French forward suffered", however parsed). "The French said" (no count noun: "Frenchs") and "the
    Germans" (a people) may stand for the country."""
    if span.label_ != "NORP" or len(span) != 1:
        return False
    word, doc = span[0], span.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    described = after is not None and after.is_lower and after.pos_ in {"NOUN", "ADV", "ADJ"}
    if described and names_a_person(after.lemma_):
        return True  # "the French forward", "a Brazilian midfielder"
    count_noun = word.text + "s" in _demonyms()
    article = any(c.dep_ == "det" and c.lower_ in TITLE_DETERMINERS for c in word.children)
    return count_noun and article


def a_side_of_a_player(span: Span) -> bool:
    """A country's name between an article and a word for a person, the side or nation that person is of
    ("the England forward is", "an Ireland international", "the Wales captain"), however the model parsed it
    ("forward" read as an adverb made "England" the subject). Not "the UK said" (no person word after it)."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc) or doc[span.start - 1].lower_ not in TITLE_DETERMINERS:
        return False
    after = doc[span.end]
    return after.is_alpha and after.is_lower and names_a_person(after.lower_)


def a_nationality_noun(span: Span) -> bool:
    """A word for a person of a nation, which the model took for a name: the singular of a people's plural
    ("Scot" of "Scots") or a nationality with "-man"/"-woman" ("Frenchman", "Dutchwoman", "Scotsmen")."""
    if len(span) != 1:
        return False
    word = span.text
    stem = re.sub(r"(?:man|men|woman|women)$", "", word)
    return word + "s" in _demonyms() or (stem != word and stem in _demonyms())


def in_an_address(span: Span) -> bool:
    """A country written after a smaller place and a comma, as addresses and datelines give it ("Kunming,
    China", "the Alberta, Canada, resident", "near Warburg, Germany"): where that place is. A country before
    it ("Britain, Australia and Canada") is a list, not an address."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    before = doc[span.start - 2]
    if before.ent_type_ == "ORG":
        return _after_a_body(span)
    if before.ent_type_ not in {"GPE", "LOC", "FAC"}:
        return False
    place = next((e for e in doc.ents if e.start <= before.i < e.end), None)
    return place is not None and place.ent_id_ not in _country_names() and place.text not in _country_names()


def _after_a_body(span: Span) -> bool:
    """A country in apposition to a body's name, alone ("the University of Lower Marsh, Australia"): where
    the body is. One of a list ("sanctions by the EU, Russia and China") is a party."""
    root = span.root
    return root.dep_ == "appos" and not any(c.dep_ in {"conj", "cc"} for c in root.children)


@functools.cache
def _demonyms() -> frozenset[str]:
    return frozenset(d for country in gazetteer()["countries"] for d in country.get("demonyms", ()))


@functools.cache
def _country_names() -> frozenset[str]:
    return frozenset(
        n for country in gazetteer()["countries"] for n in (country["name"], *country.get("aliases", ()))
    )


@functools.cache
def _capitals() -> frozenset[str]:
    return frozenset(c for country in gazetteer()["countries"] for c in country.get("capitals", ()))


def _outer(token: Token) -> Token:
    """The head of a coordination: "Russia and China said" makes both subjects."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _owns_a_non_place(noun: Token) -> bool:
    """ "Russia's actions", "Britain's government" (acts); "Russia's Far East" (a place); "Australia's PM,
    John Howard", "Australia's Steve Waugh" (the person acts, not the country)."""
    if noun.ent_type_ == "PERSON":
        return False  # "Australia's Steve Waugh": the country a person plays or stands for
    if ranked(noun):
        return False  # "one of Britain's greatest aces", "France's 32nd seed": ranked among the country's
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
        return False
    classes = senses(noun.lemma_) if noun.pos_ == "NOUN" else ""
    return noun.ent_type_ not in {"GPE", "LOC", "FAC"} and classes[:1] not in {"l", "r"}


TIME_SUPERLATIVES = {"latest", "last", "earliest"}  # "Russia's latest actions": when, not a ranking


def ranked(noun: Token) -> bool:
    """A noun ranked by a superlative or an ordinal ("greatest aces", "biggest bank", "most senior judge",
    "32nd seed", "first female astronaut"): the country owning it is the field it is ranked in, not one who
    acts. Not a superlative of time ("Russia's latest actions"), nor an ordinal of an act, which counts the
    country's own acts ("Russia's first move"); "Russia's foreign minister" is no ranking."""
    for child in noun.children:
        if child.dep_ not in {"amod", "nummod"}:
            continue
        if child.ent_type_ == "ORDINAL":
            return senses(noun.lemma_.lower())[:1] != "x"
        if child.tag_ in {"JJS", "RBS"} and child.lower_ not in TIME_SUPERLATIVES:
            return True
        if any(c.dep_ == "advmod" and c.lower_ in {"most", "least"} for c in child.children):
            return True
    return False


def _party_after(prep: Token) -> bool:
    """A name after "with", "between", "against", "by" is a party; after "to", "from", "on", "for" it is one
    unless the words around say motion ("a visit to Russia", "imports from China") or, after "from", a word
    for a person says where someone comes from ("nationals from Yemen"; not "aid from China", nor "officials
    from Iran", who act for it)."""
    word = prep.lower_
    if word in PARTY_PREPS:
        return True
    if word not in {"to", "from", "on", "for", "toward", "towards", "upon"}:
        return False  # in, at, across, throughout, near, inside, into, around …
    governor = prep.head
    if word == "from" and governor.pos_ == "NOUN" and names_a_person(governor.lemma_):
        return governor.lemma_.lower() in ENVOYS  # "nationals from Yemen": where people come from
    return governor.lemma_.lower() not in MOTION and governor.pos_ in {"VERB", "NOUN", "ADJ"}


# People who act for a state: "officials from Iran said" is Iran speaking, "students from Iran" are not Iran.
ENVOYS = {
    "official", "envoy", "diplomat", "minister", "delegate", "negotiator", "representative", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "leader", "president", "emissary", "agent",
}  # fmt: skip
SPEAKING = {"nsubj", "nsubjpass", "agent"}
TITLE_DETERMINERS = {"the", "a", "an"}
AGENT_CLASSES = set("rgc")
NAMING = {"know", "call", "name", "rename", "dub"}


SEATS_OF_GOVERNMENT = {
    "downing street": "United Kingdom", "number 10": "United Kingdom", "no 10": "United Kingdom",
    "whitehall": "United Kingdom", "white house": "United States", "kremlin": "Russia", "elysee": "France",
    "élysée": "France", "elysee palace": "France", "élysée palace": "France", "blue house": "South Korea",
    "zhongnanhai": "China",
}  # fmt: skip


def seat_of_government(name: str) -> str | None:
    """The government a seat of government stands for ("Downing Street said": "British government")."""
    country = SEATS_OF_GOVERNMENT.get(name.lower().removeprefix("the ").strip())
    if country is None:
        return None
    entry = next((c for c in gazetteer()["countries"] if c["name"] == country), {})
    demonyms = entry.get("demonyms", [])
    return f"{demonyms[0]} government" if demonyms else f"government of {country}"


def _seat_acts(span: Span) -> bool:
    """A seat of government acts as a capital does ("Downing Street denied", "leant on by Downing Street"),
    and through its people ("Downing Street officials", "Kremlin spokesman"); "in", "into", "up Downing
    Street" name the street."""
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN":
        return senses(root.head.lemma_.lower())[:1] in {"r", "g"}
    return acts(span)


def _in_a_list_of_names(span: Span) -> bool:
    """A bare given name in a list of three or more bare names that is not the subject of a clause ("the
    most popular names were Ruby, Amelia and Grace"): the names themselves are talked about."""
    head = _outer(span.root)
    members = [head, *head.conjuncts]
    bare = all(
        m.pos_ == "PROPN" and not any(c.dep_ in {"compound", "flat"} for c in m.children) for m in members
    )
    return len(members) >= 3 and bare and head.dep_ not in SUBJECTS


def settle(kind: str, spans: list[Span], roles: list[str]) -> str | None:
    """The kind an actor keeps once all its mentions are seen, or None when it is not an actor at all.

    - a country that never acts is a place ("in Britain", "the UK market");
    - a name only ever in a dateline ("SEOUL (Reuters) -") is where the story was filed: a place;
    - a seat of government ("Downing Street", "the Kremlin") is the government when it acts, else a place;
    - a one-word "person" or "organisation" that the article only uses as a location ("held in Bournemouth",
      "MP for Copeland"), or a "person" that is a city when nothing shows a person, is a place;
    - a work, a part an actor plays, a prize or an occasion is no actor (`works`), nor a word heading a
      caption or a table label ("Slow response:", "Batting average:"), nor a platform only named as where
      something was posted ("wrote on Instagram", "his Instagram page");
    - a name of any length only ever used as where something happens (a venue, street, building, natural
      feature, a person's home town) is a place (`a_site`);
    - a "person" heading a phrase with an article ("the Lib Dems", "the Xbox") is a group when plural, else a
      thing;
    - a "person" whose name ends in a word for an act or event ("Westminster Hour"), or a one-word
      "organisation" that is a common word ("VAT", "Budget"), is an actor only when it is a subject.
    """
    if all(in_dateline(s) for s in spans):
        return None if all(a_credit(s) for s in spans) else "place"  # "(Reuters)" is who filed it
    if seat_of_government(spans[0].text) is not None:
        return "organisation" if any(_seat_acts(s) for s in spans) else "place"
    if kind == "country":
        return kind if any(acts(s) for s in spans) else "place"
    if kind == "place" and not_a_place(spans):
        return None  # "a QC", "Survival expert", "the T20 Blast semi-finals": no place named
    if an_illness_or_medicine(spans[0].doc, _full_name(spans)):
        return None  # "diagnosed with Ebola", "the Ebola virus", "the drug Avastin"
    if all(a_genus(s) for s in spans):
        return None  # "Canis lupus": a species' Latin name, no one named
    if not any(_speaks(s) for s in spans) and all(a_labelled_noun(s) for s in spans):
        return None  # "in Group A", "on Court Two": a numbered or lettered thing
    if kind == "place" and _a_body_named_like_a_place(spans):
        return "organisation"  # "Labour, Ukip and the Greens said", "prejudice against New Labour"
    if kind == "place" and a_body_read_as_a_place(spans):
        return "organisation"  # "Oxfam said", "donated £500 to the Red Cross": a place neither says nor takes
    if kind not in {"person", "organisation"}:
        return kind
    if kind == "organisation" and (a_title(spans) or a_portfolio(spans)):
        return None  # "Solicitor General Harriet Harman", "Communities Secretary Eric Pickles": a role
    if any(names_a_work(s) for s in spans) or all(modifies_a_work(s) or a_title_in_quotes(s) for s in spans):
        return None  # a title, a part played, a prize or an occasion (`works`)
    if all(a_nationality_noun(s) for s in spans):
        return None  # "the Frenchman will miss the game", "a friend of the enigmatic Scot": someone described
    if not any(_speaks(s) for s in spans) and a_product(spans):
        return None  # "the Xbox 2", "the new Xbox", "codenamed Xenon"
    if kind == "person" and (_a_plural_body(spans) or _a_body_word(spans)):
        return "organisation"  # "the Conservatives and Lib Dems said", "Labour had left millions"
    if kind == "person" and all(_an_acronym(s) for s in spans):
        kind = "organisation"  # "GPRS": no person is named by capital initials alone in running text
    if all(in_a_label(s) or where_posted(s) for s in spans):
        return None  # "Highest score: 190", "wrote on Instagram", "his Instagram page"
    if not roles and (a_facility(spans) or a_place_by_its_words(spans)):
        return "place"  # "Cawdor Barracks", "near Melton Mowbray, Leicestershire", "the Brecon area"
    if not roles and _a_known_place(spans) and kind == "person":
        return (
            "place"  # "Manchester wins Labour conference": a city, not a person (teams are bodies: `teams`)
        )
    if _a_known_place(spans) and all(_where(s) or _owns_a_site(s) for s in spans):
        return "place"  # "a rally in Warrington", "at Warrington's Parr Hall"
    single = all(len(s) == 1 for s in spans)
    person = kind == "person"
    if all(_names_a_place(s) for s in spans):
        return "place"  # "Banda Aceh province", "the constituency now known as Copeland"
    if person and single and not roles and all(_in_a_list_of_names(s) for s in spans):
        return None  # "the top names this year were Ruby, Amelia and Grace": names, not people
    if person and single and roles and not any(_a_person_word(r.split()[-1]) for r in roles):
        return None  # "the codename Xenon", "the planet Galifray": a thing or a place named like a person
    if single and not roles and all(_where(s) for s in spans):
        return "place"  # "a storage depot at Sennybridge", "the nearby Sennybridge training ground"
    if not roles and a_site(spans):
        return "place"
    with_article = sum(_headed_by_article(s) for s in spans)
    if person and with_article and spans[0][-1].text.endswith("s"):
        return "organisation"  # "the Lib Dems", "the Democrats": a group named like people
    if person and 2 * with_article > len(spans):
        return None  # "the Xbox", "the Mac Mini"
    if (
        not roles
        and not any(s.root.dep_ in SPEAKING for s in spans)
        and all(_thing_name(s, kind) for s in spans)
    ):
        return None
    if kind == "organisation" and single and all(_a_common_acronym(s) for s in spans):
        return None
    return kind


POSTING = {
    "write", "post", "say", "share", "follow", "tweet", "upload", "announce", "reveal", "comment", "reply",
    "confirm", "publish", "stream", "broadcast", "message", "joke", "explain", "add",
}  # fmt: skip
POSTED_ON = {
    "post", "page", "account", "feed", "profile", "photo", "picture", "video", "story", "message", "follower",
    "user", "handle", "channel", "snap", "selfie", "live", "clip", "update", "status",
}  # fmt: skip


def where_posted(span: Span) -> bool:
    """A platform named as where something was posted: "wrote on Instagram", "Follow us on Twitter", "a
    serious-looking Instagram post", "his Facebook page", "took to Instagram" (not "Facebook said",
    "Twitter's shares", "took the case to Ofcom")."""
    root = span.root
    if root.dep_ == "compound":
        return root.head.lemma_.lower() in POSTED_ON
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() == "take":
        taker = root.head.head
        return not any(
            c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in taker.children
        )  # "took to Twitter"
    if root.dep_ != "pobj" or root.head.lower_ not in {"on", "via"}:
        return False
    governor, lemma = root.head.head, root.head.head.lemma_.lower()
    return lemma in (POSTING if governor.pos_ == "VERB" else POSTED_ON)  # not "shares on the exchange"


def in_a_label(span: Span) -> bool:
    """The first words of a caption's or a table's label, a common word capitalised before a colon: "Slow
    response: people took to Weibo", "Highest score: 190" (a name before a colon stays: "Stewart: 133")."""
    doc = span.doc
    after = [t for t in doc[span.end : span.end + 2] if not t.is_space]
    colon = next((i for i, t in enumerate(after) if t.text == ":"), None)
    if colon is None or len(span) > 2 or span.root.dep_ in SPEAKING:
        return False  # "Jan Berry said:" introduces a quote
    if not all(t.is_alpha and t.is_lower and t.pos_ == "NOUN" for t in after[:colon]):
        return False
    first = span[0]
    return first.lower_ in common_nouns() or first.pos_ in {"ADJ", "VERB", "ADV"}


def _a_common_acronym(span: Span) -> bool:
    """ "a GP", "the BSE crisis", "ERM membership": a one-word name used as a common noun or as a modifier of
    a thing, never acting, names a thing, not a body ("a BBC reporter" keeps the BBC: a person noun)."""
    root = span.root
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children):
        return True
    if any(c.pos_ == "NOUN" and c.is_lower and not c.ent_type_ for c in root.conjuncts):
        return True  # "every teacher, GP and nurse": listed with common nouns, it is one
    if root.dep_ in SPEAKING or root.dep_ == "poss":
        return False
    head = root.head
    return root.dep_ == "compound" and head.pos_ == "NOUN" and "r" not in senses(head.lemma_)[:2]


def in_dateline(span: Span) -> bool:
    """A name inside a wire dateline ("SEOUL (Reuters) -", "HALIFAX, Nova Scotia —"): where it was filed."""
    sentence_start = span.root.sent.start
    end = dateline_end(span.root)
    return end > sentence_start and span.end <= end


def a_credit(span: Span) -> bool:
    """A name in brackets, as an outlet's credit in a dateline is written ("SEOUL (Reuters) -", "(CNN)An")."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].text == "("
        and span.end < len(doc)
        and doc[span.end].text == ")"
    )


def _names_a_place(span: Span) -> bool:
    """The name of a place by the words around it: a modifier of a place noun, or what a place is called."""
    token = _outer(span.root)
    if token.dep_ in {"compound", "nmod"} and token.head.pos_ == "NOUN":
        classes = senses(token.head.lemma_)
        return classes[:1] == "l" or (classes[1:2] == "l" and classes[:1] != "r")  # "the Sahel countries"
    if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_ in NAMING:
        return senses(token.head.head.head.lemma_)[:1] in {"l", "g"}
    return False


LOCATIVE_PREPS = {
    "in", "at", "near", "across", "throughout", "around", "outside", "inside", "into", "within", "off",
    "beside", "opposite", "nearby",
}  # fmt: skip
PLAIN_LOCATIVE_PREPS = LOCATIVE_PREPS - {"at", "in", "into", "within", "inside"}  # not "a stake in"
ROUTE_PREPS = {"to", "from", "into", "towards", "toward", "past", "through", "via"}


def locative(span: Span) -> bool:
    """Named as where something is: "in Bournemouth", "Erewash, Derbyshire", "the MP for Copeland"."""
    token = _outer(span.root)
    if token.dep_ == "pobj":
        prep = token.head
        word = prep.lower_
        if word in LOCATIVE_PREPS:
            return True
        governor = prep.head
        person = names_a_person(governor.lemma_) or governor.lower_ in REPRESENTATIVES
        return word == "for" and person and governor.pos_ in {"NOUN", "PROPN"}
    return token.dep_ == "appos" and token.head.ent_type_ in {"GPE", "LOC"}


REPRESENTATIVES = {
    "mp",
    "mps",
    "msp",
    "am",
    "ms",
    "mla",
    "mep",
    "td",
    "councillor",
    "congressman",
    "congresswoman",
}
# A building or ground a place's name ends in, never a person's surname: "Cawdor Barracks", "Gatwick Airport".
FACILITIES = {
    "barracks", "airport", "airfield", "aerodrome", "stadium", "racecourse", "prison", "jail", "gaol",
    "depot", "dockyard", "garrison", "camp", "lines", "colliery", "reservoir", "motorway",
}  # fmt: skip
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def a_facility(spans: list[Span]) -> bool:
    """A name of more than one word ending in a word for a military site, an airport or a ground: "Brecon
    Barracks has served our country", "Cawdor Barracks … will shut" (a person's name never ends so)."""
    return all(len(s) > 1 and s[-1].is_title and s[-1].lower_ in FACILITIES for s in spans)


def a_place_by_its_words(spans: list[Span]) -> bool:
    """A name only written as a place is: the model reads one mention as a place ("the Brecon area") or one
    stands beside a known place ("near Melton Mowbray, Leicestershire"), and no mention acts (no subject,
    possessor of a non-place or object of a verb). A shorter mention the model read as a place does not make
    the full name one, nor does a place beside a name ending in a word for a body ("Lakeside Bank, Leeds")."""
    longest = max(len(s) for s in spans)
    placed = any(
        ((s.label_ in {"GPE", "LOC"} and not s.ent_id_) or _beside_a_known_place(s)) and len(s) == longest
        for s in spans
    )  # not "BRADFORD" in a headline for the team "Bradford Bulls"
    body = any(
        "g" in senses(s[-1].lower_.rstrip("."))[:3] for s in spans
    )  # "Michigan National Bank, Detroit"
    return placed and not body and not any(_acts_here(s) for s in spans)


def _beside_a_known_place(span: Span) -> bool:
    """ "Melton Mowbray, Leicestershire", "St Athan, Vale of Glamorgan": a name and, after a comma, a county
    or a city."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    after = doc[span.end + 1]
    whole = next((e for e in doc.ents if e.start == after.i), None)
    return whole is not None and whole.label_ in PLACE_LABELS | {"PERSON", "ORG"} and whole.text in places()


def _a_known_place(spans: list[Span]) -> bool:
    """A one-word name of a city, county or region ("Leicestershire", "Warrington") the article uses only as
    a place, or as a team or a council (it acts: then it is a body, never a person)."""
    return all(len(s) == 1 for s in spans) and spans[0].text in places()


def _acts_here(span: Span) -> bool:
    """Acting as a body or person does ("Gloucestershire's innings", "Yorkshire were hoping"); owning a
    building or a part of itself is a place's ("Warrington's Parr Hall", "Leicestershire's farms")."""
    token = _outer(span.root)
    if token.dep_ == "poss":
        return not _owns_a_site(span) and _owns_a_non_place(token.head)
    if token.dep_ == "appos" and token.head.ent_type_ in PLACE_LABELS | {"PERSON"}:
        return False  # "Melton Mowbray, Leicestershire": a place beside a place
    if token.dep_ in {"nmod", "compound"}:
        return senses(token.head.lemma_.lower())[:1] in {"r", "g"}  # "the Ajax skipper", not "the area"
    return acts(span)


def _owns_a_site(span: Span) -> bool:
    """ "Warrington's Parr Hall": a place owning a building named after it is a place."""
    token = _outer(span.root)
    head = token.head
    return token.dep_ == "poss" and head.pos_ == "PROPN" and _site_noun(head)


def _where(span: Span) -> bool:
    """A one-word name named as where something is ("in Bournemouth", "a depot at Sennybridge"), as the name
    of a site ("the Sennybridge training ground") or listed with a place, not a body ("costs in the NHS")."""
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return _site_noun(root.head) and span.label_ != "PERSON"
    if root.dep_ == "conj" and root.head.ent_type_ in {"GPE", "LOC"}:
        return True  # "as far away as Milan and Florence": listed with a place
    return locative(span) and not _a_body_in(span)


def _a_body_in(span: Span) -> bool:
    """ "costs in the NHS", "a job at the BBC": a body's initials with an article after "in"/"at" name where
    people work, not a place ("in the Cotswolds" is a region)."""
    initials = span.text.isupper() and len(span) == 1
    return (
        span.label_ == "ORG"
        and initials
        and any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children)
    )


def not_a_place(spans: list[Span]) -> bool:
    """A "place" the model found in an ordinary word or in capital initials, no gazetteer's entry, never
    named where something is: "a QC", "Survival expert", "the T20 Blast semi-finals"."""
    first = spans[0]
    if first.ent_id_ or len(first) != 1 or first.text in places() or any(locative(s) for s in spans):
        return False
    if any(_before_a_place_noun(s) for s in spans):
        return False  # "the southern Mindanao island", "the Guangdong province", "the Gulf region"
    word = first.text
    initials = word.isupper() and all(_a_common_acronym(s) for s in spans)
    return initials or (word.lower() in common_nouns() and all(s.root.dep_ == "compound" for s in spans))


def _before_a_place_noun(span: Span) -> bool:
    """A name modifying a word for a place or a natural feature ("island", "province", "region")."""
    root = span.root
    return root.dep_ in {"compound", "nmod"} and senses(root.head.lemma_.lower())[:1] in {"l", "o"}


def a_site(spans: list[Span]) -> bool:
    """A venue, street, building or natural feature named only as where something happens: "played at Turf
    Moor", "a colony off Jervis Bay", "took him from London Road", "outside Bedford Road Lower School", "Tony
    Martin, of Burnley". Never a subject or a possessor; a name of more than one word is a site when it ends
    in a word for a building, a piece of land or a place ("Farm", "Moor", "Centre"), or when it is named
    after a preposition that only says where ("in", "outside", "off"), not after "at", where people work for
    a body ("a trader at Goldman Sachs")."""
    if any(s.root.dep_ in SPEAKING | {"poss", "dobj"} for s in spans):
        return False
    return all(_site_mention(s) for s in spans)


def _site_mention(span: Span) -> bool:
    token = _outer(span.root)
    if _gives_or_takes(span):
        return False  # "donated £500 to the Red Cross": who takes a gift, not where someone went
    site_word = _site_noun(span[-1]) or (_a_building(span) and _gone_to(token, also_in=True))
    if _gone_to(token) and senses(span.root.lower_)[:1] != "g":
        return True  # "went to Walmart", "brought in from Big Bear"; not "went to the Court of Appeal"
    if span.label_ == "PERSON" and not site_word:
        return False  # a person in a team list ("Knight, Stewart, Thorpe") reads as an apposition
    if token.dep_ == "appos":  # "Swithens Farm, Rothwell": a place named beside a place
        head = token.head
        return head.ent_type_ in {"GPE", "LOC", "FAC"} or (_site_noun(head) and head.dep_ == "pobj")
    if token.dep_ != "pobj":
        return False
    prep = token.head
    word = prep.lower_
    if site_word:
        return word in LOCATIVE_PREPS | ROUTE_PREPS
    if "g" in senses(span[-1].lower_)[:2] or any(c.dep_ == "det" for c in span.root.children):
        return False  # "in Parliament", "of the Wexford Group": a body sits there, a person works for it
    if word == "of":  # "Tony Martin, of Burnley": where a person comes from
        return prep.head.ent_type_ == "PERSON" and prep.i > 0 and prep.doc[prep.i - 1].text == ","
    return word in (LOCATIVE_PREPS if len(span) == 1 else PLAIN_LOCATIVE_PREPS)


# Verbs of going somewhere or of taking someone or something there: after them "to", "from" and "into" name
# where, not a party ("went to Walmart", "taken to Kelby Hospital", "brought in from Big Bear"). Not "move",
# "return", "join", "switch", which take a club or an employer as often as a place.
GOING = {
    "go", "come", "travel", "fly", "drive", "walk", "arrive", "flee", "stroll", "march", "sail", "ride",
    "escape",
}  # fmt: skip
# Verbs of carrying, which say where only in the passive ("was taken to Kelby Hospital", "are brought in from
# Big Bear"): in the active the thing carried is often a case or a complaint ("took the case to the court").
CARRIED = {"take", "rush", "bring", "carry", "airlift", "ferry", "admit", "discharge", "evacuate"}


def _gone_to(token: Token, also_in: bool = False) -> bool:
    """A name that is where someone goes, is taken or comes from: the object of "to", "from", "into" after a
    verb of going or of being carried (and, with `also_in`, of "in", "at" after any verb: "died in Kelby
    Hospital"). Not "from" after a word for people: "workers from Twitter" belong to a body; not "takes
    over from Albert Emon" (active)."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    governor = prep.head
    word = prep.lower_
    if also_in and word in {"in", "at"} and governor.pos_ == "VERB":
        return True
    lemma = governor.lemma_.lower()
    if word not in {"to", "from", "into"} or governor.pos_ != "VERB":
        return False
    if lemma in CARRIED:
        return any(c.dep_ in {"auxpass", "nsubjpass"} for c in governor.children)
    return lemma in GOING


def _a_building(span: Span) -> bool:
    """A name of more than one word ending in a word whose commonest sense is a building, even one that is
    a body too ("Kelby Hospital", "the Ecuadorian Embassy"): a site when someone is taken there."""
    last = span[-1]
    return len(span) > 1 and last.is_title and senses(last.lower_)[:1] == "a"


def _site_noun(token: Token) -> bool:
    """A word for a building, a piece of land or a place, and not foremost for a body of people: "farm",
    "moor", "road", "centre", "bay" (not "school", "office", "church")."""
    classes = senses(token.lower_)
    return classes[:1] in {"a", "o", "l"} and "g" not in classes[:2]


def _headed_by_article(span: Span) -> bool:
    """ "The Lib Dems said", "the Xbox": an article right before the name, on the name itself, as groups and
    things have and people do not ("the Clinton administration": the article is on "administration"; "the
    30-year-old Edberg": words come between)."""
    root = span.root
    article = next((c for c in root.children if c.dep_ == "det" and c.lower_ in TITLE_DETERMINERS), None)
    return article is not None and root.dep_ != "compound" and article.i in {span.start - 1, span.start}


def _thing_name(span: Span, kind: str) -> bool:
    """A name that is, or ends in, an ordinary word for an act, event or idea: "Westminster Hour", "Consumer
    Electronics Show" read as people or bodies; a one-word organisation that is a common word ("VAT")."""
    last = span[-1]
    classes = senses(last.text)
    if kind == "organisation" and len(span) > 1 and _a_portfolio(span):
        return True
    if not classes or AGENT_CLASSES & set(classes[:2]):
        return False
    if kind == "person":
        return len(span) > 1 and classes[0] == "x"
    if len(span) > 1:
        return _a_portfolio_or_event(span, classes)
    if _names_a_role_holder(span):
        return False  # "Kremlin spokesman Dmitry Peskov": the body a person speaks for
    return (last.text.isupper() or last.is_title) and classes[0] in {"x", "a", "m"}


def _a_portfolio(span: Span) -> bool:
    """ "Trade and Industry Secretary", "Work and Pensions Secretary": a minister's field, written before the
    title, made of ordinary words joined by "and" ("Home Office spokesman" names a body and stays)."""
    role = span.root.head
    holds_office = span.root.dep_ in {"compound", "nmod"} and (
        role.ent_type_ == "PERSON" or names_a_person(role.lemma_)
    )
    ordinary = all(t.is_stop or t.is_punct or senses(t.lemma_) for t in span)
    return holds_office and ordinary and any(t.lower_ == "and" for t in span)


def _a_portfolio_or_event(span: Span, last_classes: str) -> bool:
    """ "Trade and Industry (Secretary)", "Constitutional Affairs (Minister)", "Consumer Electronics Show":
    a name made only of ordinary words and ending in one for an act, a field or an event is a portfolio or
    an occasion, not a body ("Home Office", "Labour Party" end in a body's word and stay)."""
    ordinary = all(t.is_stop or senses(t.text) or t.is_punct for t in span)
    return ordinary and last_classes[0] == "x"


def _names_a_role_holder(span: Span) -> bool:
    head = span.root.head
    if span.root.dep_ != "compound":
        return False
    return head.ent_type_ == "PERSON" or names_a_person(head.lemma_)


def _a_person_word(word: str) -> bool:
    """A role word that can describe a person ("spokesman", "leader", "Mr"); unknown words count as one."""
    classes = senses(word.strip(".").lower())
    if not classes:
        return not word.islower()  # an unknown lower-case word ("codename") is no title; a name may be one
    return classes[0] == "r" or classes[:3].count("r") >= 2  # "queen": an insect first, a monarch after


SAYING = {
    "say", "tell", "announce", "add", "claim", "insist", "warn", "confirm", "deny", "argue", "state",
    "explain", "believe", "want", "accuse", "call", "urge", "promise", "pledge",
}  # fmt: skip


def _speaks(span: Span) -> bool:
    """ "Microsoft said", "the BBC has confirmed": someone who says or wants something."""
    root = _outer(span.root)
    return root.dep_ in {"nsubj", "agent"} and root.head.lemma_.lower() in SAYING


def _full_name(spans: list[Span]) -> str:
    """The longest way the article writes the name, without a leading "the" or a possessive ending."""
    longest = max(spans, key=len)
    words = [t for t in longest if t.lower_ != "the" or t.i != longest.start]
    while words and words[-1].text in {"'s", "’s", "'", "’"}:
        words.pop()
    return longest.doc[words[0].i : words[-1].i + 1].text if words else longest.text


def _a_plural_body(spans: list[Span]) -> bool:
    """A name in its members' plural, as parties' short names are ("Lib Dems", "Tories"), listed with a body
    or a group ("the Conservatives and Lib Dems")."""
    last = spans[0][-1].text
    if not (last.endswith("s") and not last.endswith(("ss", "'s", "’s")) and last[:1].isupper()):
        return False
    return any(_beside_a_body(s) for s in spans)


def _beside_a_body(span: Span) -> bool:
    """Listed with a party or a group of people: "the Conservatives and Lib Dems", "Labour and the Greens"."""
    partners = [t for t in span.root.conjuncts if not (span.start <= t.i < span.end)]
    if any(t.ent_type_ == "PERSON" for t in partners):
        return False  # a list of people ("Calum Chambers, Danny Welbeck and Kieran Gibbs")
    return any(t.ent_type_ == "NORP" or (t.ent_type_ == "ORG" and _a_body_noun(t)) for t in partners)


def _a_body_noun(token: Token) -> bool:
    return senses(token.lower_)[:1] in {"c", "g"}


def _a_body_word(spans: list[Span]) -> bool:
    """A one-word "person" that is a word for a class of people ("Labour"), with no role, used as a body is:
    modifying a word for a person or a body ("Labour politicians", "Labour's deputy minister", "the Labour
    party"), listed with one ("Both Labour and the Conservatives"), or voted for."""
    if not all(len(s) == 1 for s in spans) or senses(spans[0].text)[:1] != "c":
        return False
    return any(_used_as_a_body(s) for s in spans)


def _used_as_a_body(span: Span) -> bool:
    root = span.root
    head = root.head
    if root.dep_ in {"compound", "poss"} and head.pos_ == "NOUN":
        return senses(head.lemma_)[:1] in {"r", "g"}
    if root.dep_ == "dobj" and head.lemma_ == "vote":
        return True
    return _beside_a_body(span)


def _an_acronym(span: Span) -> bool:
    """Capital initials ("GPRS", "NHS") in a sentence not written in capitals."""
    text = span.text
    if len(span) != 1 or not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6):
        return False
    words = [t for t in span.sent if t.is_alpha and len(t) > 1]
    return 2 * sum(t.is_upper for t in words) < len(words)


# Verbs of giving whose giver and taker are someone: "donated £500 to the Red Cross", "Oxfam gave". Not
# "send", which takes a destination ("sent troops to Helmand").
# Nor "grant" and "award", which give a status or a ruling as often ("granted self-government to the
# Transvaal").
GIVING = {"give", "donate", "hand", "present", "pledge", "gift", "bequeath", "contribute"}


def a_body_read_as_a_place(spans: list[Span]) -> bool:
    """A "place" no gazetteer knows, labelled a location or a building, that says something or gives or takes
    a gift ("Oxfam said", "donated £500 to Oxfam"), and is never named as where something is: a body the
    model labelled a place.
    A city or a country is left to the rules for places ("Leeds", "Nepal" are in the gazetteer)."""
    first = spans[0]
    if first.ent_id_ or _full_name(spans) in places() or any(s.text in places() for s in spans):
        return False
    if not all(s.label_ in {"LOC", "FAC"} for s in spans):
        return False  # "N. Korea urges": a country or a region the model read as one (GPE) stays a place
    if any(locative(s) or in_dateline(s) for s in spans):
        return False
    return any(_speaks(s) or _gives_or_takes(s) for s in spans)


def _gives_or_takes(span: Span) -> bool:
    """The subject of a verb of giving, its indirect object, or the object of its "to"."""
    token = _outer(span.root)
    if token.dep_ in {"nsubj", "dative"}:
        return token.head.lemma_.lower() in GIVING
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        return token.head.head.lemma_.lower() in GIVING
    return False


def _a_body_named_like_a_place(spans: list[Span]) -> bool:
    """A "place" that is a body the article names elsewhere: "Labour" (an ordinary word, an organisation in
    another sentence), "New Labour" (ending in one), not only named as where something happens."""
    doc = spans[0].doc
    bodies = {e.text for e in doc.ents if e.label_ == "ORG"}
    name = _full_name(spans)
    words = name.split()
    if len(words) == 1:
        named = name in bodies and bool(senses(name))  # "Labour": a common word, a body in other sentences
    else:
        named = words[-1] in bodies and name not in bodies  # "New Labour" beside "Labour"
    return named and not all(locative(s) or in_dateline(s) for s in spans)
