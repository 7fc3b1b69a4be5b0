"""Naming the parties of a gift: actors, descriptions, and pronouns resolved from the context."""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.core.model import NOT_NAMED
from builder.extract import Analysis
from builder.extract.actors.resolve import person_sexes, pronoun_sex
from builder.extract.actors.table import role_words
from builder.extract.evidence import evidence_at
from builder.extract.gifts import phrases as phrases
from builder.extract.gifts import syntax as syn
from builder.extract.gifts.aid import is_body
from builder.extract.gifts.frames import Found, Frame

EVERYONE = {"everyone", "everybody"}  # a real if unnamed group ("Everyone gave her a card")
UNKNOWN = {"anyone", "anybody", "someone", "somebody", "nobody"}  # generic, unknown or nobody: no gift
FIRST_PERSON = {"i", "me", "we", "us", "you", "myself", "ourselves"}
ORGANISATION_PRONOUNS = {"it", "its"}


def sentence_of(token: Token, analysis: Analysis) -> int:
    """The 1-based index of the sentence holding a token."""
    return evidence_at(analysis.sentences, token, analysis.article_id).sentence


def party_name(
    token: Token | None, role: str, frame: Frame, analysis: Analysis, last: Found | None
) -> str | None:
    """The name for a party token: actor name, resolved pronoun or title, else the description as written."""
    if token is None:
        return None
    if token.lower_ in EVERYONE | UNKNOWN:
        return token.text if token.lower_ in EVERYONE else None
    if token.pos_ == "PRON":
        return _agreeing(token, _pronoun(token, role, frame, analysis, last), role, frame, analysis, last)
    if _counterpart(token):
        other = frame.recipient if role == "giver" else frame.giver
        other_role = "recipient" if role == "giver" else "giver"
        exclude = party_name(other, other_role, frame, analysis, last) if not _counterpart(other) else None
        return _person_before(token, analysis, exclude) or _plain_name(token, analysis)
    item_prep = frame.item.head if frame.item is not None and frame.item.head.pos_ == "ADP" else None
    skip = frozenset({frame.anchor.i} | ({item_prep.i} if item_prep is not None else set()))
    name = _plain_name(token, analysis, skip)  # not "the ambassador with a box"
    if name is not None and _other_side_too(token, name, role, frame, analysis):
        return phrases.described_party(token, skip)
    return name


def _other_side_too(token: Token, name: str, role: str, frame: Frame, analysis: Analysis) -> bool:
    """ "The Lottery Fund gave the charity £20,000": a description ("the charity") that the article's
    actors would make the very actor named on the other side of the same gift is someone else: one gift
    never goes from an actor to itself, so the description stays as written."""
    other = frame.recipient if role == "giver" else frame.giver
    if other is None or other.i == token.i or other.pos_ == "PRON":
        return False
    if _described_actor(token, analysis) != name:
        return False
    return _plain_name(other, analysis) == name


COUNTERPARTS = {"counterpart", "host", "guest"}


def _counterpart(token: Token | None) -> bool:
    """ "his Chinese counterpart", "her host" with no name beside it: the leader on the other side of a
    visit."""
    if token is None or token.lemma_.lower() not in COUNTERPARTS or token.ent_type_:
        return False
    return not any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" for c in token.children)


def _plain_name(token: Token, analysis: Analysis, skip: frozenset[int] = frozenset()) -> str | None:
    """A party that is not a pronoun: named actor, a description the article resolves ("the Russian leader",
    "the airline"), or the description as written."""
    if token.ent_type_ == "NORP" and token.dep_ not in {"amod", "compound"}:  # "the Spaniard": a person
        name = _described_actor(token, analysis) or _demonym_subject(token, analysis)
    else:
        name = phrases.named_party(token, analysis) or _described_actor(token, analysis)
    return name or _joined_by_to(token) or phrases.described_party(token, skip) or None


def _joined_by_to(token: Token) -> str | None:
    """ "$25,000 to Right to Rise": a name whose words a lower-case "to" joins ("Right to Life"), which the
    tagger does not mark and the parser cuts at "to"."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.ent_type_ or token.i + 2 >= len(doc):
        return None
    joiner, after = doc[token.i + 1], doc[token.i + 2]
    if joiner.text != "to" or not after.is_title or not after.is_alpha or after.is_sent_start:
        return None
    return doc[token.i : after.i + 1].text


EARNINGS = {"profit", "proceeds", "takings", "revenue", "earnings", "receipt", "income"}


def earner(token: Token | None, frame: Frame, analysis: Analysis) -> str | None:
    """Who gives away takings that an agentless passive leaves unowned ("Profits from the tour are being
    donated to the fund"): the seller the sentence before names as its subject, which this one continues."""
    item = frame.item
    earnings = item is not None and (item.lemma_.lower() in EARNINGS or item.lower_ in EARNINGS)
    if token is not None or item is None or not earnings or item.sent.start == 0:
        return None
    if syn.children(item, "poss"):
        return None  # "its profits": the owner is named, read as a party by the usual rules
    subject = syn.own_subject(analysis.doc[item.sent.start - 1].sent.root)
    if subject is None or subject.pos_ == "PRON" or not _named(subject):
        return None
    return _plain_name(subject, analysis)


def _named(token: Token) -> bool:
    """A named person or body, or a description of one by name ("organisers of the X Festival")."""
    if token.ent_type_ in {"PERSON", "ORG"}:
        return True
    of = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(p.dep_ == "pobj" and p.ent_type_ in {"ORG", "EVENT", "PERSON"} for p in of)


def _demonym_subject(token: Token, analysis: Analysis) -> str | None:
    """ "Carlos Moya won the final. The Spaniard then donated ...": a nationality word as the subject of a
    sentence continues the named person who was the subject of the sentence before, as "he" would."""
    if token.dep_ not in syn.SUBJECT_DEPS or token.tag_ == "NNPS" or token.lower_.endswith("s"):
        return None
    if not any(c.lower_ == "the" for c in token.children) or token.sent.start == 0:
        return None
    subject = syn.own_subject(analysis.doc[token.sent.start - 1].sent.root)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    return _plain_name(subject, analysis)


def _described_actor(token: Token, analysis: Analysis) -> str | None:
    reference = analysis.resolver.resolve(token)
    return reference.actor.name if reference is not None and reference.how == "description" else None


def _agreeing(
    token: Token, name: str | None, role: str, frame: Frame, analysis: Analysis, last: Found | None
) -> str | None:
    """A "he" or "she" stands for a person of its sex where the article states one (titles, sexed roles, the
    pronouns of the gift just before: "He gave her a book, and she gave him a vase"): a person it contradicts
    gives way to the one named last before who fits. "him" or "her" as the recipient is not the giver of its
    own clause ("The monarch gave him a bowl": not the monarch); only "himself" is."""
    sex = pronoun_sex(token.lower_)
    if name is None or sex is None:
        return name
    if _bound_sex(name, last) not in {None, sex}:
        return _person_before(token, analysis, {name}, sex)
    exclude = {name} if _other_sex(name, sex, analysis) else set()
    if role == "recipient" and not token.lower_.endswith("self") and frame.giver not in {None, token}:
        giver = party_name(frame.giver, "giver", frame, analysis, last)
        if giver is not None and (exclude or giver == name):
            exclude |= {name, giver}
    if not exclude:
        return name
    return _person_before(token, analysis, exclude, sex)


def _bound_sex(name: str, last: Found | None) -> str | None:
    """The sex a he/she/him/her gave a party of the gift just before ("He gave her a book": the giver a man,
    the recipient a woman)."""
    if last is None:
        return None
    for token, party in ((last.frame.giver, last.giver), (last.frame.recipient, last.recipient)):
        if token is not None and token.pos_ == "PRON" and party == name:
            return pronoun_sex(token.lower_)
    return None


def _other_sex(name: str, sex: str, analysis: Analysis) -> bool:
    """Whether the article makes the named person the other sex than `sex`."""
    actor = analysis.actors.by_name(name)
    if actor is None or actor.kind != "person":
        return False
    return bool(person_sexes(analysis.doc, analysis.actors, actor) - {sex})


def _pronoun(token: Token, role: str, frame: Frame, analysis: Analysis, last: Found | None) -> str | None:
    """Resolve he/she/they: a subject continues the last clause's subject, an object the last recipient."""
    if token.lower_ in FIRST_PERSON:
        return _first_person(token, role, analysis)
    if token.lower_ in ORGANISATION_PRONOUNS:
        return _saying_body(token, analysis) or _organisation(token, analysis)
    if last is not None and (frame.in_return or _exchange(frame, last, analysis)):
        return last.recipient if role == "giver" else last.giver
    principal = _principal_before(token, frame, analysis) if role == "giver" else None
    if principal is not None:
        return principal
    if token.dep_ == "poss" and role == "giver" and not _of_subject(token):
        owner = _possessor_before(token)
        if owner is not None:
            return _plain_name(owner, analysis)
    if token.dep_ in syn.SUBJECT_DEPS or (token.dep_ == "poss" and (role == "giver" or _of_subject(token))):
        return _clause_subject(token, analysis) or _person_before(token, analysis, _quoting(frame, analysis))
    if token.lower_ in PLURAL_THIRD:
        plural = _plural_before(token, frame)
        if plural is not None:
            return _plain_name(plural, analysis)
    if token.lower_ in PLURAL_THIRD and (last is None or not _plural(last.frame.recipient)):
        return None  # "them" is never one person named before
    if last is not None and last.sentence >= sentence_of(token, analysis) - 1:
        return last.recipient
    giver = party_name(frame.giver, "giver", frame, analysis, last) if frame.giver is not token else None
    return _person_before(token, analysis, giver)


JOINING_ADVERBS = {"also", "too", "again", "then"}


def _exchange(frame: Frame, last: Found, analysis: Analysis) -> bool:
    """ "The Pope gave Fernandez a mosaic, and she gave him a gourd": a gift between two pronouns right after
    a gift between two named people goes back the other way (the same giver again would be told "and gave
    her" or "he also gave her"); not when the first gift's own sides are pronouns or "also"/"too" joins it
    on."""
    sides = (frame.giver, frame.recipient)
    if any(t is None or t.pos_ != "PRON" or pronoun_sex(t.lower_) is None or t.dep_ == "poss" for t in sides):
        return False
    if last.frame.giver is None or last.frame.recipient is None or last.frame.in_return:
        return False
    if any(t.pos_ == "PRON" for t in (last.frame.giver, last.frame.recipient)):
        return False
    if NOT_NAMED in {last.giver, last.recipient} or last.sentence < sentence_of(frame.anchor, analysis) - 1:
        return False
    verb = frame.anchor
    joined = [c for c in verb.children if c.lower_ in JOINING_ADVERBS or (c.lower_ == "well" and c.i > 0)]
    return not joined


PLURAL_THIRD = {"they", "them", "their"}
SINGULAR_POSSESSIVE = {"his", "her"}


def _principal_before(token: Token, frame: Frame, analysis: Analysis) -> str | None:
    """ "An aide handed Y a vase on her behalf": the one an agent named by a noun acts for is the person
    named before other than the agent and the recipient, of the pronoun's sex; None when the pronoun is no
    "behalf" owner, the agent is itself a pronoun, or no such person is named."""
    agent = syn.subject_of(frame.anchor)
    if token.dep_ != "poss" or token.head.lower_ != "behalf" or agent is None or agent.pos_ == "PRON":
        return None
    exclude = {
        _plain_name(t, analysis) for t in (agent, frame.recipient) if t is not None and t.pos_ != "PRON"
    }
    return _person_before(token, analysis, exclude, pronoun_sex(token.lower_))


def _possessor_before(token: Token) -> Token | None:
    """ "tied Lee's appointment to his donations": a possessive pronoun after a named person's possessive in
    the same clause is that person (the two owners are set side by side), not the subject of the clause."""
    if token.lower_ not in SINGULAR_POSSESSIVE:
        return None
    owners = [
        t
        for t in token.doc[token.sent.start : token.i]
        if t.dep_ == "poss" and t.head.i < token.i and (t.ent_type_ == "PERSON" or _person_noun(t))
    ]
    return owners[-1] if owners else None


def _person_noun(token: Token) -> bool:
    """ "the envoy's", "the mayor's": a common noun for one person."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and not token.ent_type_ and is_body(token)


def _plural_before(token: Token, frame: Frame) -> Token | None:
    """What "them" stands for: the nearest people or bodies named in the plural before it in the sentence
    ("supporting families by giving them food"), not the giver."""
    giver = frame.giver
    for candidate in reversed(token.doc[token.sent.start : token.i]):
        inside = giver is not None and (candidate.i == giver.i or giver.is_ancestor(candidate))
        plural = candidate.tag_ in {"NNS", "NNPS"} and candidate.dep_ in {
            "dobj",
            "pobj",
            "nsubj",
            "nsubjpass",
        }
        if plural and not inside and is_body(candidate):
            return candidate
    return None


def _plural(token: Token | None) -> bool:
    """A party named in the plural or as several ("the villagers", "Ann and Bob")."""
    return token is not None and (token.tag_ in {"NNS", "NNPS"} or bool(token.conjuncts))


def _quoting(frame: Frame, analysis: Analysis) -> str | None:
    """The speaker of quoted words in which the other side of the gift is "me" or "us": "he" in them is
    someone else ('"He gave me a jersey," said Smith')."""
    for other in (frame.giver, frame.recipient):
        if other is not None and other.lower_ in SINGULAR_FIRST | PLURAL_FIRST:
            speaker = analysis.resolver.speaker(other)
            return _speaker_name(speaker, analysis) if speaker is not None else None
    return None


SINGULAR_FIRST = {"i", "me", "my", "myself"}
PLURAL_FIRST = {"we", "us", "our", "ourselves"}


def _first_person(token: Token, role: str, analysis: Analysis) -> str | None:
    """ "I" or "me" in quoted words is their speaker ('"He gave me a jersey," said Smith'); "we" is the
    speaker's organisation where the text names it ("said Ann Lee of the Red Cross"), else the speaker.
    A "we" who gives with no speaker named (a first-person account) is shown as not named."""
    word = token.lower_
    if word not in SINGULAR_FIRST | PLURAL_FIRST:
        return None
    speaker = analysis.resolver.speaker(token)
    if speaker is None:
        return NOT_NAMED if word in PLURAL_FIRST and role == "giver" else None
    if word in PLURAL_FIRST:
        body = _speaker_body(speaker)
        if body is not None:
            return _plain_name(body, analysis)
    return _speaker_name(speaker, analysis)


def _speaker_name(speaker: Token, analysis: Analysis) -> str | None:
    """The name of who speaks a quotation; a pronoun ('"…," he said') as the resolver resolves it."""
    if speaker.pos_ == "PRON":
        reference = analysis.resolver.resolve(speaker)
        return reference.actor.name if reference is not None else None
    return _plain_name(speaker, analysis)


def _speaker_body(speaker: Token) -> Token | None:
    """The organisation a speaker speaks for: "Ann Lee of the Red Cross", "Red Cross official Ann Lee"."""
    if speaker.ent_type_ == "ORG":
        return speaker
    inner = [p for p in syn.pobjs(speaker, "of", "from", "at") if p.ent_type_ == "ORG"]
    for child in (c for c in speaker.subtree if c.dep_ in {"appos", "compound"} and c.i != speaker.i):
        inner += [child] if child.ent_type_ == "ORG" else []
        inner += [p for p in syn.pobjs(child, "of", "from", "at") if p.ent_type_ == "ORG"]
    return inner[0] if inner else None


def _of_subject(token: Token) -> bool:
    """ "his" in "his awards include ...": a clause subject's possessor continues the subject before."""
    return token.head.dep_ in syn.SUBJECT_DEPS


def _clause_subject(token: Token, analysis: Analysis) -> str | None:
    """The named subject of a governing clause in the sentence, else of the previous sentence."""
    subject = _clause_subject_token(token)
    if subject is not None:
        return _plain_name(subject, analysis)
    sentence = token.sent
    for _ in range(CHAIN_BACK):
        if sentence.start == 0:
            return None
        sentence = analysis.doc[sentence.start - 1].sent
        subject = _topic_subject(sentence)
        if subject is None:
            return None
        if subject.pos_ != "PRON":
            return _plain_name(subject, analysis)
        if subject.lower_ not in SAME_PERSON.get(token.lower_, ()):
            return None
    return None


CHAIN_BACK = 3  # sentences back along a chain of "he ... He ... he" subjects
SAME_PERSON = {
    "he": {"he"}, "his": {"he"}, "she": {"she"}, "her": {"she"}, "they": {"they"}, "their": {"they"},
}  # fmt: skip


def _topic_subject(sentence: Span) -> Token | None:
    """Who a sentence is about: its main subject, or in a quotation set before its speaker ('"She was my
    coach," said Reid') the subject of the words quoted, not the one who says them."""
    root = sentence.root
    quoted = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if quoted and any(t.is_quote for t in sentence[: quoted[0].left_edge.i - sentence.start + 1]):
        return syn.own_subject(quoted[0])
    return syn.own_subject(root)


def _person_before(
    token: Token, analysis: Analysis, exclude: str | set[str] | None, sex: str | None = None
) -> str | None:
    """The most recently named person before the token other than `exclude` (and, given a sex, not one the
    article makes the other sex)."""
    excluded = exclude if isinstance(exclude, set) else {exclude}
    for mention in reversed(analysis.actors.mentions):
        if mention.end <= token.idx and mention.kind == "person":
            name = phrases.mention_name(mention, analysis)
            if name not in excluded and not (sex and name and _other_sex(name, sex, analysis)):
                return name
    return None


def _saying_body(token: Token, analysis: Analysis) -> str | None:
    """ "Its sponsor, Nordbank, said it would ...": "it" as the subject of what a named body says is it."""
    if token.dep_ not in syn.SUBJECT_DEPS or token.head.dep_ != "ccomp":
        return None
    subject = syn.own_subject(token.head.head)
    if subject is None or subject.pos_ == "PRON":
        return None
    named = {"ORG", "GPE", "NORP"}
    if subject.ent_type_ in named or any(
        c.dep_ == "appos" and c.ent_type_ in named for c in subject.children
    ):
        return _plain_name(subject, analysis)
    return None


def _organisation(token: Token, analysis: Analysis) -> str | None:
    """ "it" / "its" as a party: the body the resolver finds ("The Red Cross said it had delivered aid")."""
    reference = analysis.resolver.resolve(token)
    return reference.actor.name if reference is not None else None


def _clause_subject_token(token: Token) -> Token | None:
    """The subject of the nearest governing clause ("X said it ..."); none when that subject is a thing ("He
    gave Y a set; the gift included …", where the parser hangs the first clause on the second)."""
    node = token.head
    while node.head.i != node.i:
        node = node.head
        subject = syn.own_subject(node) if node.pos_ in {"VERB", "AUX"} else None
        if subject is not None and subject.pos_ != "PRON" and not subject.is_ancestor(token):
            return None if _body_for_person(token, subject) or _thing(subject) else subject
    return None


BODY_ENTS = {"ORG", "GPE", "NORP", "FAC", "LOC"}


def _thing(subject: Token) -> bool:
    """A subject written in lower case that names no one ("the gift"); a capitalised word the tagger took
    for a common noun ("Barnes") may be a name."""
    return subject.is_lower and not subject.ent_type_ and not is_body(subject)


def _body_for_person(pronoun: Token, subject: Token) -> bool:
    """ "He also gave him a portrait, the Kremlin said": "he" is a person, so a body reporting the clause
    is not who it stands for (the subject of the sentence before is)."""
    return pronoun_sex(pronoun.lower_) is not None and subject.ent_type_ in BODY_ENTS


PLACE_NOUNS = {
    "camp",
    "city",
    "town",
    "village",
    "region",
    "province",
    "district",
    "island",
    "area",
    "country",
}
LOCATIVE = {"in", "to", "into", "at", "inside", "within", "across", "throughout"}


def destination(anchor: Token, analysis: Analysis, givers: set[str]) -> str | None:
    """Where aid was carried when its clause names no recipient: a place named after "in", "to", "at",
    "inside" … in its sentence, else the last such place of the sentence before ("the devastation in Nepal …
    India delivered 187 tons of supplies"), other than the giver itself."""
    sentence = anchor.sent
    previous = [analysis.doc[sentence.start - 1].sent] if sentence.start > 0 else []
    for span, pick in ((sentence, 0), *((p, -1) for p in previous)):
        names = [n for t in span if _place(t) and (n := _plain_name(t, analysis)) and n not in givers]
        names = [n for n in names if not any(n in g or g in n for g in givers)]
        if names:
            return names[pick]
    return None


def _place(token: Token) -> bool:
    """A place named as where something is or goes: "in Nepal", "at the camp", "to Manokwari"."""
    named = token.ent_type_ in {"GPE", "LOC", "FAC"} or token.lemma_.lower() in PLACE_NOUNS
    return named and token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


STATE_ROLES = {
    "queen", "king", "monarch", "emperor", "empress", "sultan", "emir", "president", "prime", "governor",
    "majesty", "crown", "government", "ministry", "state", "republic", "kingdom", "parliament",
}  # fmt: skip
JUDGED = {"prize", "award", "trophy"}  # decided by judges or votes unless a state confers them


def conferred_by_state(giver: str | None, item: Token | None, analysis: Analysis) -> bool:
    """An honour is a gift when a state, a government or a monarch confers it ("the Queen", "Libya").

    An order or a medal whose giver the text leaves out is a state's; a prize or an award needs a named giver.
    """
    if giver == NOT_NAMED:
        return item is not None and item.lemma_.lower() not in JUDGED
    actor = analysis.actors.by_name(giver or "")
    if actor is not None and actor.kind == "country":
        return True
    words = {w.lower().strip(".,'’s") for w in (giver or "").split()}
    if actor is not None:
        words |= {w.lower() for role in actor.roles for w in role_words(role)}
    return bool(words & STATE_ROLES)
