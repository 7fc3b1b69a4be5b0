"""Acts named under another word: a bare "the move", "the decision" or "his step" is the deed the article told
in a clause before it, and a noun made from a verb ("the closure", "the announcement") is the clause of that
verb. "The chain closed 200 stores. Critics said the move was reckless" → "the move to close 200 stores";
"The board decided to sell the club. Fans said the decision was a betrayal" → "the decision to sell the club";
"Ten directors agreed a $40m settlement deal. The settlement …" → "the $40m settlement deal" (the noun said
before only as a word of a compound).

Generic act nouns ("move", "step") take only the main clause of the sentence right before their own, and only
where that clause is one deed: told (not hedged or denied), done by someone (an active verb with an object
or an infinitive), not two deeds joined, and, for "his move" or "Acme's move", done by the possessor. A
derived noun takes the last clause of its own verb in the three sentences before. What is not sure is left
loose."""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.extract import Analysis
from builder.extract.actors.speech import CLAIM_VERBS, SPEECH_VERBS, VIEW_VERBS
from builder.extract.referents.descriptions import _act_phrase, _introduced, _quantity, _with_its_phrase
from builder.extract.referents.pronouns import personal

# nouns any deed may be called by
GENERIC = {"move", "step", "action", "measure"}
# nouns one act may be called by in turn: "announced plans to …", then "the move", "the policy"
SYNONYMS = (
    frozenset({"plan", "proposal", "scheme", "policy", "move", "measure", "step", "initiative"}),
    frozenset({"decision", "ruling", "judgment", "judgement", "verdict"}),
)
SYNONYM_WINDOW = 5  # sentences back
# nouns made from a verb, with the word that joins what the verb acts on to the noun: "to" for an infinitive
# ("decided to sell" → "the decision to sell"), "of" (or "on", "into") for its object ("closed the plant" →
# "the closure of the plant"), "that" for a reported clause ("announced that …" → "the announcement that …")
DERIVED = {
    "decision": ("decide", "to"), "plan": ("plan", "to"), "proposal": ("propose", "to"),
    "agreement": ("agree", "to"), "promise": ("promise", "to"), "pledge": ("pledge", "to"),
    "threat": ("threaten", "to"), "refusal": ("refuse", "to"), "attempt": ("attempt", "to"),
    "vow": ("vow", "to"), "offer": ("offer", "to"), "bid": ("bid", "to"),
    "announcement": ("announce", "that"), "closure": ("close", "of"), "sale": ("sell", "of"),
    "acquisition": ("acquire", "of"), "purchase": ("purchase", "of"), "dismissal": ("dismiss", "of"),
    "removal": ("remove", "of"), "release": ("release", "of"), "appointment": ("appoint", "of"),
    "suspension": ("suspend", "of"), "expulsion": ("expel", "of"), "withdrawal": ("withdraw", "of"),
    "deployment": ("deploy", "of"), "cancellation": ("cancel", "of"), "postponement": ("postpone", "of"),
    "approval": ("approve", "of"), "rejection": ("reject", "of"), "introduction": ("introduce", "of"),
    "extension": ("extend", "of"), "ban": ("ban", "on"), "raid": ("raid", "on"),
    "investigation": ("investigate", "into"), "invasion": ("invade", "of"),
}  # fmt: skip
# verbs that tell no deed of their subject: saying, thinking, being, having, feeling, happening
_NOT_DEED_WORDS = {
    "be", "have", "seem", "appear", "become", "remain", "stay", "know", "want", "hope", "expect", "wish",
    "like", "love", "hate", "need", "see", "hear", "feel", "find", "think", "believe", "mean", "include",
    "contain", "cost", "lose", "win", "die", "happen", "occur", "get", "receive", "face", "suffer", "report",
    "show", "reveal", "say", "tell", "ask", "fear", "worry", "understand", "learn", "deny", "criticise",
    "criticize", "condemn", "praise", "welcome", "describe", "call", "urge",
}  # fmt: skip
NOT_DEEDS = SPEECH_VERBS | VIEW_VERBS | CLAIM_VERBS | _NOT_DEED_WORDS
# a speech verb whose reported clause may be the deed ("Acme said it would close 200 stores")
ANNOUNCING = {"say", "announce", "confirm", "declare", "state"}
HEDGES = {"could", "may", "might", "should", "would", "must", "can"}
OBJECT_DEPS = {"dobj", "prt", "dative", "xcomp", "ccomp", "acomp", "oprd", "prep"}
MAX_TAIL = 12
PUNCT_BREAKS = {",", ";", ":", "(", ")", '"', "“", "”", "—", "–", "-"}


def act_noun(token: Token, kept: set[int]) -> Token | None:
    """The word before an act noun the line keeps bare: "the"/"this" ("the move") or a possessor ("his
    move", "Acme's move"); None where the noun's own words say which ("the move to close …")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ == "compound":
        return None
    if lemma not in GENERIC and lemma not in DERIVED and not any(lemma in group for group in SYNONYMS):
        return None
    if any(c.i > token.i for c in token.children) or token.ent_type_:
        return None  # "the move to close …", "the decision of the board": said here
    before = [c for c in token.children if c.i < token.i]
    lead = next((c for c in before if c.dep_ in {"det", "poss"}), None)
    if lead is None or lead.i not in kept or any(c != lead and c.dep_ != "amod" for c in before):
        return None
    if lead.dep_ == "det" and lead.lower_ not in {"the", "this", "that"}:
        return None
    if any(c.dep_ == "amod" and c.lower_ not in {"latest", "recent", "new", "controversial"} for c in before):
        return None  # "the military move": a word of its own
    return lead


def act_told_before(token: Token, lead: Token, analysis: Analysis) -> tuple[str, Token] | None:
    """What follows the act noun to say which act ("to close 200 stores", "of the plant"), and the verb of
    the clause it comes from; None where no one clause before is sure."""
    lemma = token.lemma_.lower()
    owner = lead if lead.dep_ == "poss" else None
    if lemma in DERIVED and (found := _derived(token, owner)) is not None:
        return found
    if owner is None and (found := _named_by_another(token)) is not None:
        return found
    if lemma in GENERIC:
        return _generic(token, owner)
    return None


def _sentences_before(token: Token, count: int) -> list[Span]:
    sents = [s for s in token.doc.sents if s.end <= token.sent.start]
    return sents[-count:][::-1]


def _derived(token: Token, owner: Token | None) -> tuple[str, Token] | None:
    verb_lemma, joiner = DERIVED[token.lemma_.lower()]
    for sent in _sentences_before(token, 3):
        verbs = [t for t in sent if t.lemma_.lower() == verb_lemma and t.pos_ == "VERB"]
        for verb in reversed(verbs):
            if not _told(verb) or not _owned_by(verb, owner):
                continue
            tail = _derived_tail(verb, joiner)
            if tail is not None:
                return tail, verb
        if verbs:
            return None  # the nearest use of the verb says nothing the noun can take: not sure
    return None


def _named_by_another(token: Token) -> tuple[str, Token] | None:
    """ "unveiled plans to shut two depots. … criticised the move" → "to shut two depots":
    the act said before, in the last sentences, by another noun of its kind with the phrase that says which,
    when every such mention says the same; a to-infinitive follows the line's noun, another phrase stands
    beside it in brackets ("the move (the plans for a city toll)")."""
    lemma = token.lemma_.lower()
    group = next((g for g in SYNONYMS if lemma in g), None)
    sents = _sentences_before(token, SYNONYM_WINDOW)
    if group is None or not sents:
        return None
    start = sents[-1].start
    found: dict[str, Token | None] = {}
    for mention in token.doc[start : token.sent.start]:
        if mention.lemma_.lower() not in group or mention.pos_ != "NOUN" or mention.lemma_.lower() == lemma:
            continue
        if mention.dep_ == "compound" or _quantity(mention):
            continue
        phrase = _act_phrase(mention)
        written = _with_its_phrase(mention) if phrase is not None else None
        if written is None and phrase is not None and phrase.dep_ == "acl":
            written = _infinitive_core(phrase)
        if written is None:
            if phrase is not None or _introduced(mention):
                found.setdefault(f"#{mention.i}", None)  # an act it cannot write: which one, not sure
            continue
        found.setdefault(written.lower(), mention)
    if len(found) != 1 or (mention := next(iter(found.values()))) is None:
        return None
    phrase = _act_phrase(mention)
    if phrase is not None and phrase.dep_ == "acl" and (core := _infinitive_core(phrase)) is not None:
        return core, mention
    written = _with_its_phrase(mention)
    if phrase is None or written is None:
        return None
    if phrase.dep_ == "acl":  # "plans to give …": the infinitive reads after "the move"
        return token.doc[phrase.left_edge.i : phrase.right_edge.i + 1].text, mention
    return f"({written})", mention


def _infinitive_core(verb: Token) -> str | None:
    """ "to let staff work from home two days a week to cut office costs" → "to let staff work from home two
    days": the infinitive with its objects, a purpose or time phrase after them left out."""
    extra = [t for t in verb.subtree if t.i > verb.i and t.dep_ == "advcl"]  # a purpose, at any depth
    extra += [c for c in verb.children if c.i > verb.i and (c.dep_ == "npadvmod" or _when(c))]
    dropped = {t.i for c in extra for t in c.subtree}
    words = [t for t in verb.subtree if t.i not in dropped]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    if not words or words[-1].i - words[0].i + 1 != len(words) or len(words) > MAX_TAIL:
        return None
    if words[0].lower_ != "to" or any(t.tag_ in {"PRP", "PRP$"} or t.text in PUNCT_BREAKS for t in words):
        return None
    return "".join(t.text_with_ws for t in words).strip()


def _derived_tail(verb: Token, joiner: str) -> str | None:
    if joiner == "to":
        clause = next((c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)), None)
        return _phrase(clause.left_edge, clause) if clause is not None else None
    if joiner == "that":
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            start = clause.left_edge
            text = _phrase(start, clause, lead_mark=True)
            return None if text is None else ("that " + text if not text.startswith("that ") else text)
        joiner = "of"
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ == "PRON":
        return None
    text = _phrase(thing.left_edge, thing, whole=True)
    return None if text is None else f"{joiner} {text}"


def _generic(token: Token, owner: Token | None) -> tuple[str, Token] | None:
    before = _sentences_before(token, 1)
    if not before:
        return None
    root = before[0].root
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    if root.lemma_.lower() in ANNOUNCING:  # "Acme said it would close 200 stores"
        told = [c for c in root.children if c.dep_ == "ccomp"]
        if len(told) != 1 or not _same_doer(root, told[0]):
            return None
        root = told[0]
        hedged = {c.lower_ for c in root.children if c.dep_ == "aux"} & HEDGES - {"would"}
        if hedged or any(c.dep_ == "neg" for c in root.children):
            return None
    elif not _told(root):
        return None
    if not _deed(root) or not _owned_by(root, owner):
        return None
    rest = [c for c in root.children if c.dep_ in OBJECT_DEPS and c.i > root.i and not _when(c)]
    if not rest or any(c.dep_ == "dobj" and c.lemma_.lower() in DERIVED.keys() | GENERIC for c in rest):
        return None  # "unveiled plans to …": the move may be the plans or their unveiling
    words = [root, *(t for c in rest for t in c.subtree)]
    particle = [c for c in root.children if c.dep_ == "prt"]
    words += particle
    words = sorted(set(words), key=lambda t: t.i)
    if words[-1].i - words[0].i + 1 != len(words) or len(words) > MAX_TAIL:
        return None  # a clause with an aside inside, or too long to read as a name
    if any(t.tag_ in {"PRP", "PRP$"} or t.text in PUNCT_BREAKS for t in words):
        return None  # "closed its stores": whose, the line cannot say
    return "to " + " ".join([root.lemma_.lower(), *(t.text for t in words[1:])]), root


def _phrase(start: Token, head: Token, lead_mark: bool = False, whole: bool = False) -> str | None:
    words = [t for t in head.subtree if t.i >= start.i and not _when_word(t, head)]
    if not words:
        return None
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    if not words or words[-1].i - words[0].i + 1 != len(words) or len(words) > MAX_TAIL:
        return None
    if any(t.tag_ in {"PRP", "PRP$"} or t.text in PUNCT_BREAKS for t in words):
        return None  # "to sell its stake": whose, the line cannot say
    return "".join(t.text_with_ws for t in words).strip()


def _when(child: Token) -> bool:
    """A time phrase of the clause ("on Monday", "last week"): no part of the deed."""
    return child.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in child.children)


def _when_word(token: Token, head: Token) -> bool:
    prep = token
    while prep.head != head and prep.head != prep:
        prep = prep.head
    return (
        prep != head
        and prep.dep_ in {"prep", "npadvmod"}
        and (
            prep.ent_type_ in {"DATE", "TIME"} or any(g.ent_type_ in {"DATE", "TIME"} for g in prep.children)
        )
    )


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _told(verb: Token) -> bool:
    """A deed told as done or decided: not hedged, denied, asked or reported as a condition."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in HEDGES for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in verb.children):
        return False
    return not verb.sent.text.rstrip().endswith("?") and not _quoted(verb)


def _quoted(verb: Token) -> bool:
    """The verb stands inside quotation marks: the speaker's words, not the article's telling."""
    before = verb.doc[verb.sent.start : verb.i].text
    return sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1


def _deed(verb: Token) -> bool:
    """An active verb of doing, with someone as subject."""
    if verb.lemma_.lower() in NOT_DEEDS or verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP", "VB"}:
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return False  # "closed 200 stores and cut 5,000 jobs": which one the move is, not sure
    subject = _subject(verb)
    return subject is not None and _doer(subject)


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        return _subject(verb.head)
    return subject


def _doer(subject: Token) -> bool:
    """Someone who can act: a person, a body, a country, or a pronoun for one."""
    if subject.pos_ == "PRON":
        return subject.lower_ in {"he", "she", "it", "they", "we", "i"}
    if subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return subject.pos_ == "NOUN" and (personal(subject) or subject.lemma_.lower() in BODIES)


BODIES = {
    "government", "company", "firm", "council", "board", "club", "team", "party", "ministry", "court",
    "committee", "bank", "police", "army", "group", "chain", "retailer", "union", "authority", "agency",
    "administration", "regulator", "owner", "school", "university", "league", "federation", "parliament",
}  # fmt: skip


def _same_doer(say: Token, told: Token) -> bool:
    """The reported clause's subject is the speaker itself or a pronoun for it ("Acme said it would …")."""
    speaker, doer = _subject(say), _subject(told)
    if speaker is None or doer is None:
        return False
    if doer.pos_ == "PRON":
        return _agrees(doer.lower_, speaker)
    return doer.lower_ == speaker.lower_


def _owned_by(verb: Token, owner: Token | None) -> bool:
    """For "his move" or "Acme's move": the clause's subject is the possessor ("he", "Acme")."""
    if owner is None:
        return True
    subject = _subject(verb)
    if subject is None:
        return False
    if owner.tag_ == "PRP$":
        return _agrees(owner.lower_, subject)
    names = {t.lower_ for t in owner.subtree if t.pos_ == "PROPN"}
    return bool(names) and names <= {t.lower_ for t in subject.subtree}


def _agrees(pronoun: str, subject: Token) -> bool:
    """A pronoun agreeing in person or thing and number with the subject it would stand for."""
    if subject.pos_ == "PRON":
        group = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "it": "it", "its": "it"}
        group |= {"they": "they", "them": "they", "their": "they"}
        return group.get(pronoun) == group.get(subject.lower_)
    person = subject.ent_type_ == "PERSON" or (subject.pos_ == "NOUN" and personal(subject))
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    if pronoun in {"he", "him", "his", "she", "her"}:
        return person and not plural
    if pronoun in {"it", "its"}:
        return not person and not plural
    return plural or subject.ent_type_ in {"ORG", "NORP"}
