"""Money and aid given outright (not loans, fees, stakes or budgets), and who can give or receive it."""

from __future__ import annotations

from spacy.tokens import Token

from builder.extract.actors import TITLES
from builder.extract.gifts.syntax import children, is_magnitude
from builder.nlp.names import names_people

CURRENCIES = {
    "dollar", "euro", "pound", "yen", "yuan", "franc", "rouble", "ruble", "rupee", "crown", "shekel",
}  # fmt: skip
AID_NOUNS = {
    "aid",
    "funding",
    "fund",
    "money",
    "grant",
    "donation",
    "contribution",
    "relief",
    "supply",  # "medical supplies", "relief supplies": aid in kind
    "cash",
    *CURRENCIES,
}
RELIEF_GOODS = {
    "food",
    "water",
    "medicine",
    "medication",
    "blanket",
    "tent",
    "ration",
    "staple",
    "shelter",
    "clothing",
    "clothes",
    "grain",
    "rice",
    "flour",
    "supply",
    "aid",
    "relief",
}  # aid in kind, carried or flown to people in need ("420 tons of food staples"); not "kits" (of any trade)
QUALIFIED_AID = {"assistance", "support", "help"}  # aid only as "financial assistance", "military support"
AID_ADJECTIVES = {
    "financial", "humanitarian", "military", "economic", "medical", "emergency", "food", "development",
    "budgetary", "monetary", "material",
}  # fmt: skip
COMMERCIAL = {
    "loan", "credit", "investment", "stake", "share", "equity", "contract", "purchase", "sale", "payment",
    "fee", "salary", "wage", "budget", "tax", "bond", "debt", "financing", "lending", "price", "mortgage",
    "deposit", "advance", "bribe", "ransom", "compensation", "settlement", "fine", "refund", "bailout",
    "guarantee", "subsidy", "royalty", "dividend", "allowance", "pension", "reimbursement", "expense",
    "damages", "costs",
}  # fmt: skip
BODY_NOUNS = {
    # institutions and groups
    "group", "organisation", "organization", "charity", "foundation", "campaign", "party", "school",
    "hospital", "university", "college", "academy", "museum", "library", "church", "mosque", "temple",
    "synagogue", "team", "club", "agency", "government", "ministry", "department", "council", "committee",
    "union", "association", "society", "institute", "institution", "centre", "center", "clinic", "ngo",
    "company", "firm", "network", "newspaper", "outlet", "army", "force", "militia", "movement", "region",
    "country", "nation", "state", "province", "city", "town", "village", "community", "orphanage", "zoo",
    "cause", "fund", "appeal", "fundraiser", "trust", "bank", "alliance", "coalition", "candidate",
    "opposition", "regime", "administration", "authority", "household", "entity", "body", "business",
    "corporation", "enterprise", "outfit", "bloc",
    # people
    "family", "people", "child", "victim", "population", "citizen", "partner", "ally", "neighbour",
    "neighbor", "friend", "relative", "veteran", "orphan", "widow", "pupil", "youth", "student",
    "resident", "patient", "parent", "client", "agent", "opponent", "constituent", "poor", "needy",
    "homeless", "sick", "elderly", "displaced", "tycoon", "magnate", "mogul", "heir", "heiress", "star",
    "celebrity", "benefactor", "patron", "alumnus", "emir", "sultan", "sheikh", "monarch", "counterpart",
    "host", "guest",
}  # fmt: skip
AGENT_SUFFIXES = (
    "ee",
    "ist",
    "ian",
    "ant",
    "er",
    "or",
    "man",
    "woman",
    "aire",
)  # refugee, donor, millionaire
NOT_AGENTS = {
    "water", "paper", "matter", "power", "order", "border", "number", "letter", "computer", "sector",
    "factor", "error", "floor", "door", "motor", "labor", "labour", "war", "summer", "winter", "quarter",
    "chapter", "corridor", "river", "tower", "layer", "barrier", "meter", "filter", "cancer", "disaster",
    "fee", "tree", "coffee", "degree", "guarantee", "plant", "grant", "variant", "elephant", "list",
}  # fmt: skip
QUANTITY_WORDS = {
    "dozen",
    "hundred",
    "thousand",
    "million",
    "score",
    "number",
    "lot",
    "couple",
    "range",
    "host",
}
BODY_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
PRONOUNS = {"he", "she", "they", "him", "her", "them", "us", "we", "it", "its", "his", "their"}
PARTY_PREPS = {"from", "to", "for", "by"}


def _core(token: Token) -> list[Token]:
    """The head of an item phrase with its modifiers and the noun of "$5m in aid", "a package of grants"."""
    modifiers = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod", "conj"}]
    inner = [p for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "of"} for p in c.children]
    return [token, *modifiers, *[p for p in inner if p.dep_ == "pobj"]]


def is_qualified_aid(token: Token) -> bool:
    """True for "financial support", "humanitarian assistance": help that is aid by its adjective."""
    adjectives = {c.lemma_.lower() for c in token.children if c.dep_ in {"amod", "compound"}}
    return token.lemma_.lower() in QUALIFIED_AID and bool(adjectives & AID_ADJECTIVES)


def is_aid_item(token: Token) -> bool:
    """True for money or aid given outright ("$5 million", "humanitarian aid", "$2m in grants"), not for
    loans, fees, stakes or budgets."""
    core = _core(token)
    if any(t.lemma_.lower() in COMMERCIAL for t in core):
        return False
    own = [t for t in core if t.dep_ != "conj" or t.head.i != token.i]  # "support and aid": not "support"
    named = any(t.lemma_.lower() in AID_NOUNS or is_qualified_aid(t) for t in own)
    return token.ent_type_ == "MONEY" or named


def names_relief(token: Token) -> bool:
    """True when an item names aid or goods in kind ("food aid", "two tonnes of medicine", "1.5bn rupiah in
    aid", also with "in aid" hung on the verb), not bare money: "brought in $5m" or "dropped $2m" is takings
    or losses as often as aid."""
    core = _core(token)
    if any(t.lemma_.lower() in COMMERCIAL for t in core):
        return False
    inner = [p for t in core for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    after = [c for c in token.head.children if c.dep_ == "prep" and c.i == token.right_edge.i + 1]
    inner += [p for c in after if c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in RELIEF_GOODS or is_qualified_aid(t) for t in [*core, *inner])


def is_commercial(token: Token) -> bool:
    """True for a loan, stake, fee or other money that is paid back or buys something."""
    return any(t.lemma_.lower() in COMMERCIAL for t in _core(token))


def quantified(token: Token) -> Token:
    """The group a quantity names ("dozens of local newspapers"), else the token itself."""
    if token.lemma_.lower() not in QUANTITY_WORDS:
        return token
    members = [p for c in token.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return members[0] if members else token


def is_body(token: Token) -> bool:
    """True when a noun names someone who can give or receive money or aid: a named party, a person or
    group, or an institution (not an activity: "funded research", "aid for reconstruction")."""
    if token.pos_ == "PRON":
        return token.lower_ in PRONOUNS
    if token.ent_type_ in BODY_ENTS or token.pos_ == "PROPN":
        return True
    if token.pos_ not in {"NOUN", "ADJ"}:
        return False
    if any(c.dep_ == "appos" and c.ent_type_ in {"ORG", "PERSON"} for c in token.children):
        return True  # "the think tank, Center for Progress": a body by the name beside it
    lemma = token.lemma_.lower()
    agent = lemma.endswith(AGENT_SUFFIXES) and len(lemma) > 4 and lemma not in NOT_AGENTS
    return lemma in BODY_NOUNS or lemma in TITLES or agent or names_people(lemma)


def is_bare_aid(item: Token) -> bool:
    """True for "aid", "funding", "its donation": a word for the transfer itself rather than a thing given."""
    lemma = item.lemma_.lower()
    plain = all(
        c.dep_ in {"det", "poss", "case", "punct", "cc", "conj"}
        or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS)
        for c in item.children
    )
    return plain and lemma in AID_NOUNS and item.ent_type_ != "MONEY" and lemma not in CURRENCIES


GIFT_MONEY_NOUNS = {"donation", "contribution", "gift"}


def in_gifts(item: Token) -> bool:
    """ "$5m in donations", "£2m in gifts": a sum the text says was given as gifts (by givers it may leave
    unnamed), also with "in donations" hung on the verb right after the sum."""
    if item.ent_type_ != "MONEY":
        return False
    amount = item.head if is_magnitude(item.head) else item  # "$5" + "m"
    end = max(amount.i, item.i)  # the sum ends at its last word: "$10 million", "$5" + "m"
    heads = [amount, amount.head]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == end + 1]
    return any(p.lemma_.lower() in GIFT_MONEY_NOUNS for c in preps for p in children(c, "pobj"))


IN_NEED = {
    "victim", "survivor", "refugee", "evacuee", "displaced", "homeless", "needy", "poor", "hungry",
    "orphan", "famine", "migrant", "asylum-seeker",
}  # fmt: skip


def in_need(party: Token | None) -> bool:
    """People in need ("the survivors", "flood victims", "displaced families"): food, water or shelter given
    to them is aid in kind, not goods sold to customers."""
    if party is None:
        return False
    party = quantified(party)  # "thousands of displaced people"
    words = [party, *(c for c in party.children if c.dep_ in {"amod", "compound"})]
    return any(w.lemma_.lower() in IN_NEED or w.lower_ in IN_NEED for w in words)
