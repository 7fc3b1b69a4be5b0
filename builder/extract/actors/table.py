"""Key actors: named people, organisations, countries and places, with name variants merged."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from builder.core.model import Actor, ActorKind, Evidence, Sentence
from builder.core.slug import slugify
from builder.data import gazetteer, places
from builder.extract.actors.filters import is_junk_name
from builder.extract.actors.kinds import locative, seat_of_government, settle
from builder.extract.actors.persons import a_person_named_as_a_body, post_nominal, unglued
from builder.extract.evidence import evidence_for
from builder.nlp.bodies import NICKNAMES, short_form
from builder.nlp.consistency import stands_alone
from builder.nlp.edges import HYPHENS, with_whole_words, word_head
from builder.nlp.names import THINGS, common_nouns, names_a_person, names_a_thing, senses
from builder.nlp.spacy_model import text_of

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
TITLES = {
    "president", "prime", "minister", "mr", "mrs", "ms", "dr", "sir", "dame", "gen", "general", "sen",
    "senator", "rep", "gov", "governor", "king", "queen", "prince", "princess", "pope", "chancellor",
    "premier", "leader", "chairman", "secretary", "ambassador", "judge", "justice", "mayor", "lord",
    "lady", "colonel", "col", "lt", "sgt", "captain", "capt", "adm", "admiral", "rev", "st",
}  # fmt: skip
COURTESY = {"mr", "mrs", "ms", "miss", "mx", "messrs"}  # a form of address, not a role
STYLES = {"majesty", "highness", "excellency", "holiness", "eminence"}  # "His Majesty King Salman": a style
FEMALE_TITLES = {"mrs", "ms", "miss", "lady", "baroness", "dame", "queen", "princess", "madam"}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince"}
QUALIFIERS = {  # adjectives that are part of an office ("former president", "shadow chancellor")
    "former", "deputy", "vice", "acting", "shadow", "interim", "junior", "senior", "chief", "assistant",
    "outgoing", "incoming", "foreign", "prime", "general", "federal", "national", "supreme", "executive",
}  # fmt: skip
PRONOUNS_MALE = {"he", "him", "his", "himself"}
PRONOUNS_FEMALE = {"she", "her", "hers", "herself"}
STOP_ENTS = {"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"}
ROLE_DEPS = {"compound", "amod", "nmod", "npadvmod"}
POSSESSIVE = re.compile(r"\s*['’]s?$")


@dataclass(frozen=True)
class Mention:
    """One name mention of an actor in the doc."""

    key: str
    text: str
    kind: ActorKind
    start: int  # character offsets of the cleaned name in the doc text
    end: int
    sentence: int
    label: str  # the entity label it came from ("" for a propagated bare name)
    title: str = ""  # a title written before the name ("mrs", "president"), lower case


class ActorTable:
    """The actors of one article and a lookup from tokens to the actor they name."""

    def __init__(self, actors: tuple[Actor, ...], mentions: tuple[Mention, ...], keys: dict[str, str]):
        self.actors = actors
        self.mentions = mentions
        self._name_of_key = keys
        self._by_name = {a.name: a for a in actors}

    def actor_for(self, item: Token | Span) -> Actor | None:
        """The actor named by a mention that overlaps this token or span, if any."""
        start, end = _char_span(item)
        for mention in self.mentions:
            if mention.start < end and start < mention.end:
                return self._by_name.get(self._name_of_key[mention.key])
        return None

    def person_before(self, char: int, sentence_from: int = 0) -> Actor | None:
        """The most recently named person before a character offset (for resolving he/she)."""
        for mention in reversed(self.mentions):
            if mention.end <= char and mention.kind == "person" and mention.sentence >= sentence_from:
                return self._by_name.get(self._name_of_key[mention.key])
        return None

    def by_name(self, name: str) -> Actor | None:
        return self._by_name.get(name)

    def actor_of(self, mention: Mention) -> Actor | None:
        """The merged actor a mention belongs to."""
        return self._by_name.get(self._name_of_key.get(mention.key, ""))

    def resolved(self) -> list[tuple[Mention, Actor]]:
        """Every name mention with the merged actor it belongs to."""
        return [(m, self._by_name[self._name_of_key[m.key]]) for m in self.mentions]


def _char_span(item: Token | Span) -> tuple[int, int]:
    if isinstance(item, Token):
        return item.idx, item.idx + len(item.text)
    return item.start_char, item.end_char


def _country_names() -> set[str]:
    return {c["name"] for c in gazetteer()["countries"]}


def _clean_name(span: Span) -> Span:
    """The name inside an entity span: no leading article or (for people) title, no trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and (
        doc[start].lower_ == "the"
        or (span.label_ == "PERSON" and doc[start].lower_.rstrip(".") in TITLES | STYLES)
        or (span.label_ == "PERSON" and end - start > 2 and _job_word(doc[start]))
    ):
        start += 1
    while end - start > 1 and doc[end - 1].text in {"'s", "’s", "'", "’"}:
        end -= 1
    end -= post_nominal(doc[start:end])  # "Philippe Sands QC": the letters after a name are not the name
    return doc[start:end]


def _job_word(token: Token) -> bool:
    """A job or title before a full name ("Rapper Kanye West", "Striker Emre Kaplan", "Prof Ann Lee"): a
    role, not part of the name. Only before two more words, so a given name that is a noun too ("Guy
    Ritchie") stays, and never before a middle initial, which only follows a given name ("Franklin D.
    Roosevelt", "Marshall B. Lloyd")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    initial = following is not None and re.fullmatch(r"[A-Z]\.?", following.text) is not None
    return not initial and names_a_person(token.lower_)


def _kind(span: Span) -> ActorKind | None:
    if span.label_ in {"PERSON", ""}:
        return "person"
    if span.label_ == "ORG":
        return "person" if a_person_named_as_a_body(span) else "organisation"
    if span.label_ == "NORP":
        if span.ent_id_ in _country_names():
            return "country"
        return "organisation" if _a_group(span) else None
    if span.ent_id_ in _country_names():
        return "country"
    return "person" if _a_surname_read_as_a_place(span) else "place"


def _a_surname_read_as_a_place(span: Span) -> bool:
    """ "fast bowler Meaker (3-61)" beside "Stuart Meaker": a one-word "place" no gazetteer knows that is the
    last word of a person's full name in the article."""
    if span.ent_id_ or len(span) != 1 or span.text in places():
        return False
    return any(
        len(e) > 1 and e[-1].text == span.text and (e.label_ == "PERSON" or a_person_named_as_a_body(e))
        for e in span.doc.ents
    )


def _a_group(span: Span) -> bool:
    """A party word used as a noun for people ("the Tories say", "Conservatives won"), not as an adjective
    ("Tory leader", "a Conservative MP"), nor a people or a faith ("North Africans")."""
    root = span.root
    if root.dep_ in {"amod", "compound"} or root.tag_ not in {"NNPS", "NNS"}:
        return False
    return _a_persuasion(span.text.lower())


def _a_persuasion(plural: str) -> bool:
    """A party named by its members' persuasion or colour, an ordinary noun ("Conservatives", "Democrats",
    "Greens") or a party's nickname ("the Tories"); a people or a faith ("North Africans",
    "Coptic Christians", "Islamists", "Chechens") is a group of people, named by a proper noun, not a body."""
    if plural in NICKNAMES:
        return True
    last = plural.split()[-1]
    singular = last[:-1] if last.endswith("s") else last
    return bool(senses(singular))  # "conservative", "democrat", "green": common nouns


def _normal(name: str) -> str:
    return re.sub(r"[\s\-‐]+", " ", name.replace(".", "")).strip().lower()


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def collect_mentions(doc: Doc, sentences: tuple[Sentence, ...]) -> list[tuple[Mention, Span]]:
    """Entity mentions that can be actors, with junk, languages and plain adjectives left out."""
    found = []
    joined = {ent.start: whole for ent in doc.ents if (whole := _joined_name(ent)) is not None}
    inside = {t for whole in joined.values() for t in range(whole.start, whole.end)}
    for ent in (part for whole in doc.ents for part in unglued(whole)):
        if ent.start in joined:
            ent = joined[ent.start]
        elif ent.start in inside:
            continue  # "Victoria" of "the Victoria and Albert Museum": part of the whole name
        if ent.label_ not in ACTOR_LABELS:
            continue
        if _tagged(ent):
            continue
        ent = _with_capitalised_start(ent)
        kind = _kind(ent)
        clean = _clean_name(ent)
        name = POSSESSIVE.sub("", clean.text) if clean.text.endswith(("’s", "'s")) else clean.text
        if kind is None or is_junk_name(name, ent.label_) or _styles_only(ent, clean):
            continue
        key = ent.ent_id_ or _normal(name)
        sentence = _sentence_at(sentences, ent.start_char)
        mention = Mention(
            key,
            name,
            kind,
            clean.start_char,
            clean.start_char + len(name),
            sentence,
            ent.label_,
            _title_before(
                doc[ent.start : clean.start] if clean.start > ent.start else doc[ent.start - 1 : ent.start]
            ),
        )
        found.append((mention, ent))
    return sorted(found + _propagated(doc, sentences, found), key=lambda pair: pair[0].start)


def _styles_only(ent: Span, clean: Span) -> bool:
    """ "Majesty King", the tagger cutting "His Majesty King Salman" before the name: a style and a title,
    no name (the title is the role of the name that follows)."""
    return ent[0].lower_ in STYLES and len(clean) == 1 and clean[0].lower_.rstrip(".") in TITLES | STYLES


def _tagged(ent: Span) -> bool:
    """A hashtag or a handle ("#Oscars2016", "@BBCBreaking"): a label someone posted, not someone acting."""
    text = text_of(ent.doc)
    return ent.text[:1] in "#@" or (ent.start_char > 0 and text[ent.start_char - 1] in "#@")


INSTITUTIONS = {
    "museum", "gallery", "institute", "institution", "college", "university", "hospital", "school",
    "society", "foundation", "trust", "theatre", "theater", "library", "academy", "hall", "centre", "center",
}  # fmt: skip


def _joined_name(ent: Span) -> Span | None:
    """An institution named after two ("the Victoria and Albert Museum", "Guy's and St Thomas' Hospital")
    that the model cut at "and": the whole name, as an organisation."""
    doc, start = ent.doc, ent.start
    if ent[-1].lower_ not in INSTITUTIONS or not ent[-1].is_title or start < 2:
        return None
    if doc[start - 1].lower_ not in {"and", "&"}:
        return None
    first = start - 1
    while first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN" and start - first < 4:
        first -= 1
    if first == start - 1 or doc[first].is_sent_start:
        return None
    return Span(doc, first, ent.end, label="ORG")


def _with_capitalised_start(ent: Span) -> Span:
    """A body's name with the capitalised words the model left before it: "the Liberal Democrats" (the model
    marks only "Democrats"). Not at the start of a sentence, where any word is capitalised."""
    if ent.label_ not in {"ORG", "NORP"} or ent.ent_id_:
        return ent
    doc, start = ent.doc, ent.start
    while start > 0:
        word = doc[start - 1]
        if (
            word.is_sent_start
            or not (word.is_title and word.is_alpha)
            or word.ent_type_
            or word.pos_ not in {"PROPN", "ADJ"}
        ):
            break
        if word.lower_.rstrip(".") in TITLES:
            break
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _propagated(doc: Doc, sentences: tuple[Sentence, ...], found: list[tuple[Mention, Span]]) -> list:
    """Bare surnames the NER missed ("Modi met students") when the full name is named elsewhere."""
    parts = {}
    for mention, _ in found:
        words = mention.text.split()
        if mention.kind == "person" and len(words) > 1:
            parts.setdefault(words[-1], mention.key)
            parts.setdefault(words[0], mention.key)
    extra = []
    for token in doc:
        if token.pos_ != "PROPN" or token.text not in parts or not stands_alone(token):
            continue
        span = doc[token.i : token.i + 1]
        sentence = _sentence_at(sentences, token.idx)
        end = token.idx + len(token)
        title = _title_before(doc[token.i - 1 : token.i])
        mention = Mention(_normal(token.text), token.text, "person", token.idx, end, sentence, "", title)
        extra.append((mention, span))
    return extra


def _title_before(words: Span) -> str:
    """The title among the words written before a name ("Mrs" of "Mrs Saunders", "President" of "US President
    Biden"), lower case; "" for none."""
    titles = TITLES | FEMALE_TITLES | MALE_TITLES
    return next((w for t in reversed(words) if (w := t.lower_.rstrip(".")) in titles), "")


def _sentence_at(sentences: tuple[Sentence, ...], char: int) -> int:
    for sentence in sentences:
        if sentence.start <= char < sentence.end:
            return sentence.index
    return sentences[-1].index if sentences else 1


def _merge_keys(found: list[tuple[Mention, Span]], doc: Doc) -> dict[str, str]:
    """Map every mention key to the key of the longest compatible name (Kim → Kim Jong Un)."""
    mentions = [m for m, _ in found]
    keys = sorted(
        {(m.key, m.kind) for m in mentions}, key=lambda k: (-len(k[0].split()), -len(k[0]), k[0], k[1])
    )
    count = Counter(m.key for m in mentions)
    double = _double_surnames(mentions)
    merged: dict[str, str] = {}
    for key, kind in keys:
        targets = [
            target
            for target, target_kind in keys
            if target != key
            and merged.get(target) == target
            and (
                _compatible(key, target, kind, target_kind)
                or _first_word(key, kind, target, target_kind, found)
            )
            and not (kind == "person" and _another_person(key, target, found))
        ]
        merged[key] = max(targets, key=lambda t: (count[t], t)) if len(targets) >= 1 else key
        if len(targets) > 1 and len({merged[t] for t in targets}) > 1:
            merged[key] = key  # ambiguous short name: keep it on its own
        elif kind == "person" and targets and _in_a_double_surname(key, targets, double):
            merged[key] = key  # "Janner" beside "Daniel Janner" and "Laura Janner-Klausner": a family's name
        elif kind == "person" and targets and _named_in_full_unrecognised(key, targets, doc):
            merged[key] = key  # "Saunders" beside "Pete Saunders" and an untagged "Alison Saunders"
    return merged


def _first_word(short: str, kind: str, long: str, long_kind: str, found: list[tuple[Mention, Span]]) -> bool:
    """A company named by the first word of its name ("Harlow" for "Harlow Foods"), whatever kind the tagger
    gave the word alone, unless the text names it as where something is ("in Harlow"): then it is the town.
    A word written with a title is the person a body is named after ("Lord Butler" beside "the Butler
    Inquiry"), and an ordinary noun the tagger takes for a person a product ("Windows" beside "Windows Genuine
    Advantage"), not the body."""
    words = long.split()
    if long_kind != "organisation" or " " in short or len(words) < 2 or words[0] != short:
        return False
    if any(m.title for m, _ in found if m.key == short) or (kind == "person" and _ordinary_noun(short)):
        return False
    if any(w in STOP_WORDS for w in words[1:]):
        return False  # "Karo In": a name run into the next sentence, not a company's
    return not any(locative(ent) for m, ent in found if m.key == short and m.kind != "organisation")


def _ordinary_noun(word: str) -> bool:
    """A word with a sense as a common noun, in the singular or the plural ("windows", "butler"); not a place
    WordNet lists by its name ("baltimore")."""
    return bool(senses(word) or (word.endswith("s") and senses(word[:-1])))


def _sexes(mentions: Iterable[Mention]) -> set[str]:
    """The sexes the titles written before the mentions give ("Mrs": f, "Sir": m)."""
    return {
        "f" if m.title in FEMALE_TITLES else "m" for m in mentions if m.title in FEMALE_TITLES | MALE_TITLES
    }


COUPLE = "~"  # marks the key of a surname's mentions split off for the other sex ("vell~f")


def _couples_apart(found: list[tuple[Mention, Span]]) -> list[tuple[Mention, Span]]:
    """A surname written with titles of both sexes ("Mr Vell ... Mrs Vell") names a couple, not one person;
    so does one written bare and with a title of the other sex than the one full name's ("Prime Minister
    Ravi Kapoor arrived with his wife ... Kapoor ... Mrs Kapoor").
    The principal's sex is that of the one full name the article gives with a sex ("Prime Minister Tomas
    Vell" titled or with a sexed role), else the sex most of the titled mentions have (ties: the first). The
    mentions titled with that sex keep the surname's key (they join a full name as before); the other sex's
    mentions get an actor of their own ("Mrs Vell"), or join the one full name of that sex where every full
    name of the surname has a known sex ("Mr Dan Orme", "Mrs Jean Orme"). Untitled mentions are left as they
    are: a bare surname names the principal."""
    by_key: dict[str, list[Mention]] = {}
    for m, _ in found:
        if m.kind == "person" and " " not in m.key:
            by_key.setdefault(m.key, []).append(m)
    moved: dict[tuple[str, int], str] = {}
    for key, own in by_key.items():
        titled = sorted((m for m in own if _sexes([m])), key=lambda m: m.start)
        if not titled:
            continue
        fulls = _full_name_sexes(key, found)
        known = {full: next(iter(sexes)) for full, sexes in fulls.items() if len(sexes) == 1}
        counts = Counter(_sexes([m]).pop() for m in titled)
        principal = max(counts, key=lambda s: (counts[s], s == _sexes([titled[0]]).pop()))
        if len(fulls) == 1 and known:
            principal = next(iter(known.values()))
        bare = len(titled) < len(own)  # "Kapoor" beside "Mrs Kapoor" and "Ravi Kapoor ... his wife"
        if set(counts) != {"f", "m"} and not (bare and len(fulls) == 1 and known and principal not in counts):
            continue
        other = "f" if principal == "m" else "m"
        named = [full for full, s in known.items() if s == other]
        target = named[0] if len(named) == 1 and len(known) == len(fulls) else key + COUPLE + other
        moved.update({(m.key, m.start): target for m in titled if _sexes([m]) == {other}})
    if not moved:
        return found
    return [(replace(m, key=moved.get((m.key, m.start), m.key)), ent) for m, ent in found]


def _full_name_sexes(surname: str, found: list[tuple[Mention, Span]]) -> dict[str, set[str]]:
    """The full names of people ending in a surname, each with the sexes its titles and roles give."""
    fulls: dict[str, set[str]] = {}
    for m, ent in found:
        if m.kind == "person" and " " in m.key and m.key.split()[-1] == surname:
            role = find_role(ent) if m.label == "PERSON" else None
            spouse = spouse_sex(ent)
            fulls.setdefault(m.key, set()).update(
                _sexes([m]) | role_sexes([role] if role else []) | ({spouse} if spouse else set())
            )
    return fulls


SPOUSES = {"lady", "wife", "husband", "spouse", "widow", "widower", "partner"}  # "first lady Jill Biden"


def _another_person(short: str, long: str, found: list[tuple[Mention, Span]]) -> bool:
    """Whether a short name written with a title is another person than the full name: "Mrs Saunders" is not
    "Pete Saunders" where the article gives him a man's title or role, and "President Biden" is not "first
    lady Jill Biden" (a spouse named by the relation, not the office); nor is the surname alone, by which news
    names the principal, never the spouse. First names are not read."""
    own = [m for m, _ in found if m.key == short]
    titled = _sexes(own)
    full = [(m, ent) for m, ent in found if m.key == long]
    roles = [r for m, ent in full if m.label == "PERSON" and (r := find_role(ent))]
    sexes = _sexes(m for m, _ in full) | role_sexes(roles) | {s for _, ent in full if (s := spouse_sex(ent))}
    if len(titled) == 1 and sexes and not titled & sexes:
        return True
    offices = {m.title for m in own if m.title and m.title not in COURTESY}
    heads = {role_head(r) for r in roles}
    person = bool(full) and all(m.kind == "person" for m, _ in full)  # not "Labour" for "the Labour Party"
    if person and not any(m.title for m in own) and (heads & SPOUSES or _named_before(own, full)):
        return True  # "Biden gave Kishida a photograph, and first lady Jill Biden ...": the surname alone
    return bool(offices) and bool(heads & SPOUSES) and not offices & heads


SPOUSE_NOUNS = {"wife", "husband", "widow", "widower"}
SPOUSE_BACK = 8  # words between a name and "his wife" that still speak of that person


def spouse_sex(name: Span) -> str | None:
    """The sex "his wife" / "her husband" right after a person's name gives that person ("Prime Minister Ravi
    Kapoor arrived with his wife": m), when no other person is named between them."""
    doc = name.doc
    for token in doc[name.end : min(name.end + SPOUSE_BACK, name.sent.end)]:
        if token.ent_type_ == "PERSON":
            return None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ in {"his", "her"} and after is not None and after.lower_ in SPOUSE_NOUNS:
            if after.dep_ == "appos" or doc[token.i - 1].text == ",":
                return None  # "Tom Reese, her husband,": the name is the spouse (its role says so)
            return "m" if token.lower_ == "his" else "f"
    return None


def _named_before(short: list[Mention], full: list[tuple[Mention, Span]]) -> bool:
    """Whether a bare surname is written before, in the same sentence, the full name that would take it ("Xi
    gave Biden a vase and Peng gave Jill Biden a scarf"): a name given in full after the bare surname is
    another person of that family. Across sentences a bare surname often comes first (a headline, a lead
    that names the person in full further on), so only one sentence counts."""
    first = min((m for m, _ in full), key=lambda m: m.start)
    return any(m.start < first.start and m.sentence == first.sentence for m in short)


SEXED_ROLES = {
    "f": FEMALE_TITLES | {"wife", "mother", "daughter", "sister", "widow", "actress", "duchess", "empress"},
    "m": MALE_TITLES | {"husband", "father", "son", "brother", "widower", "duke", "emperor"},
}


def role_head(role: str) -> str:
    """The word a role is headed by, in lower case: "lady" of "first lady", "executive" of "chief executive
    of the bank", "wife" of "Tom Lee's wife"."""
    words = role_words(role.lower().split(" of ")[0].replace("-", " "))
    return words[-1].strip(".,") if words else ""


def role_sexes(roles: Iterable[str]) -> set[str]:
    """The sexes a person's roles give by the word heading them ("first lady", "his wife", "Duke of Kent")."""
    heads = {role_head(r) for r in roles}
    return {sex for sex, words in SEXED_ROLES.items() if heads & words}


def _named_in_full_unrecognised(short: str, targets: list[str], doc: Doc) -> bool:
    """Whether the text writes a one-word surname after another given name than its full names' ("Alison
    Saunders" the tagger missed, beside "Pete Saunders"): the bare surname may be either person."""
    if " " in short:
        return False
    given = {t.split()[0] for t in targets}
    for token in doc:
        if token.lower_ != short or token.i == 0 or not token.is_title:
            continue
        before = doc[token.i - 1]
        if (
            before.is_title
            and before.is_alpha
            and before.pos_ == "PROPN"
            and before.ent_type_ in {"", "PERSON"}
            and before.lower_ not in given
            and before.lower_ not in common_nouns()  # "on Wednesday Roberts has …": not a given name
            and before.lower_.rstrip(".") not in TITLES | FEMALE_TITLES | MALE_TITLES
            and not _job_word(before)
            and not names_a_person(before.lower_)
        ):
            return True
    return False


def _double_surnames(mentions: list[Mention]) -> dict[str, set[str]]:
    """The parts of each hyphenated surname of a person named in full ("Ruth Hallam-Stein": hallam, stein),
    by the person's key (keys lose the hyphen)."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.kind == "person" and len(words) > 1 and "-" in words[-1]:
            found.setdefault(m.key, set()).update(p.lower() for p in words[-1].split("-") if p)
    return found


def _in_a_double_surname(short: str, targets: list[str], double: dict[str, set[str]]) -> bool:
    """Whether a one-word surname is also a part of the hyphenated surname of another person the text names
    in full ("Ruth Hallam-Stein"): the bare name may be any of that family, so it joins none of them."""
    if " " in short:
        return False
    return any(short in parts for key, parts in double.items() if key not in targets)


def _compatible(short: str, long: str, kind: str, long_kind: str) -> bool:
    if kind != long_kind and {kind, long_kind} == {"person", "organisation"}:
        return short_form(short.split(), long.split())  # "the Lib Dems", which the model takes for people
    if kind != long_kind or kind in {"country"}:
        return False
    short_words, long_words = short.split(), long.split()
    if kind == "person":
        if len(short_words) >= len(long_words):
            return False
        if short_words == long_words[-len(short_words) :]:
            return True  # a surname alone: "Trump" → "Donald Trump"
        return short_words == long_words[: len(short_words)] and not names_a_thing(
            long_words[len(short_words) :]
        )
    if kind == "organisation":
        return (
            short.replace(" ", "") == _initials(long.title()).lower()
            or (len(short_words) < len(long_words) and long.endswith(" " + short))
            or short_form(short_words, long_words)
        )
    return False


def find_role(ent: Span) -> str | None:
    """A title written before or in apposition to a person's name ("Kremlin spokesman")."""
    doc = ent.doc
    tokens: list[Token] = []
    i = ent.start - 1
    allowed = set(range(ent.start, ent.end))
    while (
        i >= 0 and doc[i].dep_ in ROLE_DEPS | {"punct"} and doc[i].head.i in allowed | {t.i for t in tokens}
    ):
        if (doc[i].ent_type_ in STOP_ENTS and not _tagged_title(doc[i])) or (
            doc[i].is_punct and doc[i].text not in {"-"}
        ):
            break
        tokens.insert(0, doc[i])
        allowed.add(doc[i].i)
        i -= 1
    if not any(t.pos_ in {"NOUN", "PROPN"} and (not t.ent_type_ or _tagged_title(t)) for t in tokens):
        tokens = []
        for child in ent.root.children:
            if (
                child.dep_ == "appos"
                and child.ent_type_ != "PERSON"
                and child.pos_ == "NOUN"
                and child.text not in HYPHENS
                and _can_be_held(word_head(child))  # "co-founder" by "founder", not "co"
            ):
                subtree = with_whole_words(list(child.subtree))  # "the group's co-founder", not "co"
                tokens = [t for t in subtree if t.dep_ != "det" and (not t.is_punct or t.text in HYPHENS)]
                break
    while (
        tokens
        and tokens[0].pos_ == "ADJ"
        and tokens[0].ent_type_ != "NORP"
        and tokens[0].lower_ not in QUALIFIERS
        and not _names_part(tokens[0])
    ):
        tokens = tokens[
            1:
        ]  # "the good Mr Blair": an opinion, not a role; "North Korean leader" keeps its nation
    tokens = _without_name_parts(tokens)
    while tokens and tokens[0].lower_ in STYLES:
        tokens = tokens[1:]  # "Majesty King": the style is a form of address, the title the role
    role = as_written(tokens).replace(" - ", "-").strip()
    role = role or _title_inside(ent) or ""
    if role.lower().rstrip(".") in COURTESY or not _of_a_person(role):
        return None
    return role or None


def _tagged_title(token: Token) -> bool:
    """A title the tagger put in a name of its own ("Majesty King" before "Salman bin Abdulaziz")."""
    return token.ent_type_ == "PERSON" and token.lower_.rstrip(".") in TITLES | STYLES


def _of_a_person(role: str) -> bool:
    """A role headed by a word for a person; "Suffolk black lamb Jean", "the 20lb lamb" describe an animal
    (a word whose commonest sense is an animal), "the red car" a thing no person is."""
    head = role_head(role) if role else ""
    classes = senses(head)
    if not classes or head in TITLES | FEMALE_TITLES | MALE_TITLES:
        return True  # "Queen Sigrid": an insect by WordNet's commonest sense, a title before a name
    return classes[0] != "n" and ("r" in classes or classes[0] not in THINGS)


def as_written(tokens: list[Token]) -> str:
    """Tokens with the spacing the text gave them where they follow each other ("Brannock's chief
    executive", not "Brannock 's"), and one space where words between them were left out."""
    parts = []
    for k, token in enumerate(tokens):
        parts.append(token.text)
        if k + 1 < len(tokens):
            parts.append(token.whitespace_ if tokens[k + 1].i == token.i + 1 else " ")
    return "".join(parts)


def role_words(role: str) -> list[str]:
    """A role's words, a possessive "'s" apart from its owner ("Spain's envoy": spain, 's, envoy)."""
    return re.sub(r"(['’]s)\b", r" \1", role).split()


def _can_be_held(noun: Token) -> bool:
    """A noun in apposition is a role only if some sense of it names a person ("the director", "head of X");
    "a 2001 marriage to X" misparsed as an apposition names an event (words the tables lack: benefit of
    the doubt)."""
    classes = senses(noun.lemma_.lower())
    return not classes or "r" in classes


def _names_part(token: Token) -> bool:
    """A capitalised adjective that is the first word of a proper name ("Liberal" of "Liberal Democrat
    leader", "Social" of "Social Democratic MP"), not an opinion about the person."""
    return token.is_title and token.head.pos_ == "PROPN" and token.head.i == token.i + 1


HONORIFICS = COURTESY | {"sir", "dame", "dr"}  # forms of address written before a name: not part of a role


def _without_name_parts(tokens: list[Token]) -> list[Token]:
    """A role's words without what belongs to the name after it: a form of address ("Tory spokesman Mr" of
    "Tory spokesman Mr Lewis", "union leader Sir" of "Sir Bill Morris") or the first half of a hyphenated
    name the model left outside the entity ("Mr Hart -" of "Mr Hart-Lowe")."""
    tokens = list(tokens)
    while tokens:
        last = tokens[-1]
        if last.text == "-" and not last.whitespace_:
            tokens.pop()
            if tokens and not tokens[-1].whitespace_:
                tokens.pop()  # the word glued to the hyphen: "Hart" of "Hart-Lowe"
        elif last.lower_.rstrip(".") in HONORIFICS:
            tokens.pop()
        else:
            break
    return tokens


def _title_inside(ent: Span) -> str | None:
    first = ent[0]
    if (len(ent) > 1 and first.lower_.rstrip(".") in TITLES) or (len(ent) > 2 and _job_word(first)):
        return first.text
    return None


def find_actors(doc: Doc, sentences: tuple[Sentence, ...], article_id: str) -> ActorTable:
    """Every actor of the article, name variants merged, sorted by how often they are named."""
    found = _couples_apart(collect_mentions(doc, sentences))
    merged = _merge_keys(found, doc)
    groups: dict[str, list[tuple[Mention, Span]]] = {}
    for mention, ent in found:
        groups.setdefault(merged[mention.key], []).append((mention, ent))
    actors = []
    names: dict[str, str] = {}
    for key, items in _by_display_name(_with_plurals(groups)).items():
        actor = _build_actor(key, items, sentences, article_id)
        if actor is None:
            continue
        actors.append((items[0][0].start, actor))
        for mention, _ in items:
            names[mention.key] = actor.name
    actors.sort(key=lambda pair: (-pair[1].mentions, pair[0]))
    mentions = tuple(m for m, _ in found if m.key in names)
    return ActorTable(tuple(a for _, a in actors), mentions, names)


def _with_plurals(groups: dict[str, list[tuple[Mention, Span]]]) -> dict[str, list[tuple[Mention, Span]]]:
    """One actor for a name and its plural form: "Lib Dem" joins "Lib Dems", "Oscar" joins "Oscars"."""
    merged: dict[str, list[tuple[Mention, Span]]] = {}
    for key in sorted(groups, key=len, reverse=True):
        target = next((k for k in (key + "s", key + "es") if k in merged), key)
        merged.setdefault(target, []).extend(groups[key])
    return {k: sorted(v, key=lambda pair: pair[0].start) for k, v in merged.items()}


def _by_display_name(
    groups: dict[str, list[tuple[Mention, Span]]],
) -> dict[str, list[tuple[Mention, Span]]]:
    """One actor for the groups that would be shown under one name: "United Nations" the gazetteer matched
    and "United Nations" the model found alone in another sentence are one body, not two rows."""
    merged: dict[str, list[tuple[Mention, Span]]] = {}
    first_key: dict[str, str] = {}
    for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        shown = _canonical_name(key, groups[key])
        target = first_key.setdefault(shown, key)
        merged.setdefault(target, []).extend(groups[key])
    return {k: sorted(v, key=lambda pair: pair[0].start) for k, v in merged.items()}


def _canonical_name(key: str, items: list[tuple[Mention, Span]]) -> str:
    if items[0][1].ent_id_:
        return items[0][1].ent_id_
    if COUPLE in key:  # "Mrs Vell", kept apart from her husband: the title tells her from him
        title = next(m.title for m, _ in items if m.title)
        return f"{title.capitalize()} {items[0][0].text}"
    items = [pair for pair in items if pair[0].key == key] or items  # "Lib Dems", not a singular it took
    longest = max(len(m.text.split()) for m, _ in items)
    variants = Counter(m.text for m, _ in items if len(m.text.split()) == longest)
    return sorted(variants.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _majority_kind(items: list[tuple[Mention, Span]]) -> ActorKind:
    """The kind most of the actor's mentions have (ties: the first mention's)."""
    counts = Counter(m.kind for m, _ in items)
    return max(counts, key=lambda kind: (counts[kind], kind == items[0][0].kind))


def _build_actor(
    key: str, items: list[tuple[Mention, Span]], sentences: tuple[Sentence, ...], article_id: str
) -> Actor | None:
    name = _canonical_name(key, items)
    roles = [r for _, ent in items if ent.label_ == "PERSON" and (r := find_role(ent))]
    own = [pair for pair in items if pair[0].key == key]
    if own and all(m.kind == "organisation" for m, _ in own):
        items_kind: ActorKind = "organisation"  # "Liberal Democrats" with "the Lib Dems" taken for people
    else:
        items_kind = _majority_kind(items)
    kind = settle(items_kind, [ent for _, ent in items], roles)
    if kind is None:
        return None
    if kind != "person":
        roles = []
    seat = seat_of_government(name) if kind == "organisation" else None
    aliases = sorted(
        {m.text for m, _ in items if m.text != name}
        | {ent.text for _, ent in items if ent.text != name}
        | ({seat} if seat else set())
    )
    seen: set[int] = set()
    evidence: list[Evidence] = []
    for mention, _ in items:
        if mention.sentence not in seen:
            seen.add(mention.sentence)
            evidence.append(evidence_for(sentences, mention.sentence, article_id))
    return Actor(
        id=slugify(name),
        name=name,
        kind=kind,  # type: ignore[arg-type]
        roles=tuple(dict.fromkeys(roles)),
        aliases=tuple(a for a in aliases if _normal(a) != _normal(name) or a != name),
        mentions=len(items),
        evidence=tuple(evidence),
    )
