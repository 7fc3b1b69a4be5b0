"""Open statements: where no question reads well, the uncertain statement itself, marked open ("Pending: …",
"Not confirmed: …", "Unknown: …")."""

from __future__ import annotations

from spacy.tokens import Token

from builder.extract.phrasing import LOOSE_ENDS, phrase_root, subject_of, without_asides, words
from builder.extract.questions.clauses import (
    REPORTING,
    about_to,
    base_form,
    clausal_subject,
    counterfactual,
    hinge,
    long_ago,
    negated,
)
from builder.extract.questions.pending import (
    STILL_TO,
    claimed,
    denied_act,
    disputed_report,
    pending_clause,
    wh_clause,
)
from builder.extract.questions.wellformed import (
    ANAPHORIC_NOUNS,
    UNPLACED_PRONOUNS,
    VAGUE_HEADS,
    bare_antecedent,
    bound,
    detached,
    first_person_verb,
    fronted_wh,
    hollow_verb,
    orphaned,
    says_whose,
    subject_stands_alone,
    subjectless_verb,
    such_named_before,
    unpaired_comma,
)
from builder.extract.questions.wellformed import stray as _stray

OPEN_MARKS = {
    "investigation": "Pending:", "pending": "Pending:", "reported": "Not confirmed:", "disputed": "Disputed:",
    "possible": "Possible:", "probable": "Likely:", "unknown": "Unknown:",
}  # fmt: skip
MAX_STATEMENT = 25
# "the case": in a statement with nothing else to place it, the case the article told of before
TOLD_BEFORE = ANAPHORIC_NOUNS | {"case"}


def open_statement(token: Token, kind: str) -> str | None:
    """The uncertain statement itself, marked open, where no question reads well ("Pending: whether …")."""
    if kind == "unknown" and (clause := wh_clause(token)) is not None:
        return _untold_statement(clause)
    if kind == "unknown" and (unknown := _unknown_thing(token)) is not None:
        return unknown
    if kind == "reported" and claimed(token):
        return _claim_statement(token, next(c for c in token.children if c.dep_ == "ccomp" and c.i > token.i))
    if kind == "disputed" and (clause := disputed_report(token) or denied_act(token)) is not None:
        return _claim_statement(token.head if token.pos_ == "NOUN" else token, clause, "disputed")
    verb = _clause_verb(token)
    modal = token.tag_ == "MD" and kind == "possible"  # "X could block Y" stays as written, modal and all
    marker = token.dep_ in {"advmod", "mark"} or kind == "pending" or modal  # a word that can go, or stays
    if verb is None or kind not in OPEN_MARKS or not marker:
        return None
    if verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # "whether a party calling voters … will breach": a gerund read as the clause's verb
    if token.lower_ == "should":
        return None  # advice is written from the clause's question form (`clause_question`, advice=True)
    if kind == "reported" and base_form(verb) in REPORTING:
        return None  # "reportedly told the BBC": who said what is not the open point
    if modal and not _open_possibility(token, verb):
        return None
    stays = kind in {"investigation", "pending"} or modal
    kept = [t for t in without_asides(verb, set()) if (t.i != token.i or stays) and not _frame(t, verb)]
    subject = subject_of(verb) or clausal_subject(verb)
    if subject is None or not subject_stands_alone(subject) or _unplaced(kept) or len(kept) > MAX_STATEMENT:
        return None
    if sorted(kept, key=lambda t: t.i)[0].tag_ in {"WDT", "WP"}:
        return None  # "which … could mean curfews": a relative clause cut from the noun it tells of
    if not set(subject) <= set(kept) or _nationality(subject):
        return None  # whose plan or doubt it is, and not a nationality's as a whole ("Canadians plan to …")
    own = {verb.i} | {c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}}  # its own tense stays
    loose = [t for t in kept if t.lower_ not in {"not", "n't"} and t.i not in own and _stray(t, verb)]
    if token.sent.text.rstrip().endswith("?") or loose or _reads_badly(kept, verb, subject):
        return None
    text = words(kept, lower_first=kind != "investigation").rstrip(".!,;: ")
    lower = kind == "investigation" or sorted(kept, key=lambda t: t.i)[0].tag_ == "DT"  # "This year, …"
    return f"{OPEN_MARKS[kind]} {text[:1].lower() + text[1:] if lower else text}"


def _open_possibility(modal: Token, verb: Token) -> bool:
    """ "X could block Y" is open; "could have turned out worse", "by 1929 could", "may be about to", and a
    concessive "may not be / seem" are not."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return not (counterfactual(verb, auxes) or long_ago(verb) or about_to(verb) or negated(verb))


def _untold_statement(clause: Token) -> str | None:
    """ "Unknown: which roads will be closed"."""
    kept = without_asides(clause, set())
    wh = clause.doc[clause.left_edge.i]
    if subject_of(clause) is None and wh.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # "Unknown: why" says nothing
    if (
        len(kept) > MAX_STATEMENT
        or _unplaced([t for t in kept if t != wh])
        or _reads_badly(kept, clause, subject_of(clause) or [])
    ):
        return None
    if any(
        _stray(t, clause) for t in kept if t != wh and t.i != clause.i and t.dep_ not in {"aux", "auxpass"}
    ):
        return None
    return f"{OPEN_MARKS['unknown']} {words(kept, lower_first=True).rstrip('.!,;: ')}"


def _unknown_thing(token: Token) -> str | None:
    """ "Unknown: the exact cost to the town in lost hotel trade", from "… is not yet known" with a subject
    too long to ask "What is …?" about: the thing not known, as the article names it (with its article)."""
    if token.pos_ not in {"ADJ", "VERB", "AUX"} or token.dep_ not in {"ROOT", "acomp", "conj"}:
        return None
    holder = token if token.dep_ in {"ROOT", "conj"} else token.head
    if token.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in token.children):
        return None  # "the firm has not confirmed …" says who has not, not what is unknown
    if (token.lemma_ == "know" and token.tag_ != "VBN") or token.lower_ == "sure":
        return None  # "the family did not know …", "he is not sure …": the subject is who does not know
    subject = subject_of(holder) or subject_of(token)
    if subject is None or len(subject) > MAX_STATEMENT or not subject_stands_alone(subject):
        return None
    root = phrase_root(subject)
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" and c._.named is None for c in root.children):
        return None  # "its fate": whose, the page alone cannot say
    if not any(c.dep_ in {"det", "poss"} for c in root.children) or _unplaced(subject):
        return None  # without its article the source lost a word ("cause of the fire is unknown")
    if not says_whose(root):
        return None  # "Unknown: the exact time": of what, the line does not say
    if any(t.dep_ in {"relcl", "acl"} and t.pos_ in {"VERB", "AUX"} for t in subject):
        return None  # a clause inside the subject is not cut well in a short note
    return f"{OPEN_MARKS['unknown']} {words(subject, lower_first=True)}"


def _claim_statement(verb: Token, clause: Token, kind: str = "reported") -> str | None:
    """ "Not confirmed: Labour claim the savings do not add up": the claim with its claimant; "Disputed: the
    ministry denied reports that …", "Disputed: Karl Dorn denies causing injury by careless driving"."""
    kept = [t for t in without_asides(verb, set()) if not _frame(t, verb) or t.dep_ in {"ccomp", "xcomp"}]
    subject = subject_of(verb)
    if subject is None or not subject_stands_alone(subject) or _unplaced(kept) or len(kept) > MAX_STATEMENT:
        return None
    # "He accepted …, but denies …": a joined verb's subject is the first verb's, written before it
    shared = [] if set(subject) <= set(kept) else subject
    if shared and verb.dep_ != "conj":
        return None  # a subject outside the claim's own words that no "and" / "but" shares with it
    own = {verb.i, clause.i} | {
        c.i for t in (verb, clause) for c in t.children if c.dep_ in {"aux", "auxpass"}
    }
    loose = [t for t in kept if t.lower_ not in {"not", "n't"} and t.i not in own and _stray(t, verb)]
    if verb.sent.text.rstrip().endswith("?") or loose or _reads_badly(kept, verb, subject):
        return None
    text = words([*shared, *kept]).rstrip(".!,;: ")
    lower = subject[0].tag_ in {"DT", "JJ", "NNS"}  # "the party", "independent analysts", "sources close to"
    return f"{OPEN_MARKS[kind]} {text[:1].lower() + text[1:] if lower else text}"


def _reads_badly(kept: list[Token], verb: Token, subject: list[Token]) -> bool:
    """A statement a cut has broken: a noun that lost the clause saying which one, a preposition without its
    object, a verb without its complement, "their" with no owner, a joined-on aside, a gap inside a phrase."""
    core = {phrase_root(subject).i for _ in subject[:1]} | {
        c.i for c in verb.children if c.dep_ in {"dobj", "attr", "nsubjpass"}
    }
    core |= {t.i for t in subject if t.pos_ == "NOUN" and not any(c.dep_ == "det" for c in t.children)}
    if (
        bare_antecedent(kept, core)
        or first_person_verb(kept)
        or orphaned(kept)
        or hollow_verb(kept)
        or detached([t for t in kept if t != verb], {verb.i})
    ):
        return True
    vague = any(
        t.lower_ in VAGUE_HEADS and t.dep_ not in {"amod", "det"} and not _asked_amount(t) for t in kept
    )
    unowned = any(t.lower_ in {"its", "their"} and t._.named is None and not bound(t, kept) for t in kept)
    if vague or unowned or any(t.lower_ == "otherwise" or such_named_before(t) for t in kept):
        return True  # whose? which thing? otherwise than what? such as what?
    if any(t.lower_ in TOLD_BEFORE and t.i > 0 and t.doc[t.i - 1].lower_ == "the" for t in kept):
        return True  # "the case was under investigation", "say the same"
    last = max((t for t in kept if not t.is_punct), key=lambda t: t.i, default=None)
    complete = last is not None and last == verb and any(fronted_wh(c) for c in verb.children)
    if last is not None and last.pos_ in LOOSE_ENDS and not complete:
        return True  # "… may not be the place for jelly but"; "who the men were" ends where it should
    following = last.doc[last.i + 1] if last is not None and last.i + 1 < len(last.doc) else None
    if following is not None and following not in kept and subjectless_verb(following):
        return True  # "… from any action and negotiations on the draft | are likely to take time"
    if any(c.dep_ in {"ccomp", "csubj"} and c.i < verb.i and c.tag_ != "VBG" for c in verb.children):
        return True  # a clause before the verb ("Were prices to fall, …" misread): two run together
    if any(hinge(c) and c not in kept for c in verb.children):
        return True  # "Were prices to fall, X could …": cut from its condition, the statement says too much
    dashes = any(t.text in {"-", "–", "—"} and t.i > 0 and t.doc[t.i - 1].whitespace_ for t in kept)
    return dashes or _gap_in_opening(kept) or unpaired_comma(verb, kept)


def _asked_amount(token: Token) -> bool:
    """ "how much the scheme would cost": the amount is what is unknown, not a vague thing cut short."""
    return any(c.lower_ == "how" for c in token.children)


def _nationality(subject: list[Token]) -> bool:
    """ "Canadians" as a whole (a bare nationality plural), unlike a party such as "the Conservatives"."""
    root = phrase_root(subject)
    return root.ent_type_ == "NORP" and not any(c.dep_ == "det" for c in root.children)


def _gap_in_opening(kept: list[Token]) -> bool:
    """ "whether (or) not": a word cut from between the words that open the statement."""
    ordered = sorted(kept, key=lambda t: t.i)
    return len(ordered) > 1 and ordered[0].dep_ == "mark" and ordered[1].i != ordered[0].i + 1


def _frame(token: Token, verb: Token) -> bool:
    """A word that joins the clause to the sentence, not part of the statement ("that", ", and …")."""
    joins = token.dep_ in {"cc", "conj", "advcl", "parataxis"} or (
        token.dep_ == "mark" and token.lower_ == "that"
    )
    return joins and token.head == verb


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause the cue marks as open."""
    if token.lower_ in {"whether", "if"} or token.dep_ == "advmod" or token.tag_ == "MD":
        return token.head if token.head.pos_ in {"VERB", "AUX"} else None
    return pending_clause(token) and token.head if token.lower_ in STILL_TO else _own_verb(token)


def _own_verb(token: Token) -> Token | None:
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head != node:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _unplaced(tokens: list[Token]) -> bool:
    return any(
        (t.lower_ in UNPLACED_PRONOUNS and t._.named is None)
        or (t.tag_ in {"WP", "WRB"} and t.dep_ != "mark")
        for t in tokens
    )
