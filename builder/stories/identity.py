"""Actor identity across articles: "Kim Jong Un" in one source and "Kim Jong-un" in another are one actor."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from builder.core.model import Actor, Briefing
from builder.core.slug import slugify
from builder.nlp.bodies import DESIGNATORS, NICKNAMES, short_form
from builder.nlp.names import names_a_thing

PUNCT = re.compile(r"[\s\-‐.’']+")
# Titles written before a given name that is the whole name ("Prince Charles", "Pope Francis", "Queen Rania"),
# unlike "Mr", "Lord" or "President", written before a surname.
GIVEN_NAME_TITLES = frozenset(
    {"king", "queen", "prince", "princess", "pope", "emperor", "empress", "tsar", "tsarina", "sultan", "emir",
     "sheikh", "sheikha", "infanta", "archduke", "archduchess", "saint"}
)  # fmt: skip
POSSESSIVE = re.compile(r"['’]s?$")
_SURNAME = "\0"  # marks a person's last name among actor keys (no actor key holds a NUL)


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the name, asked for the same names over and over
def actor_key(name: str) -> str:
    """Spelling-insensitive key: case, hyphens, dots, apostrophes and a possessive ending do not matter."""
    return PUNCT.sub(" ", POSSESSIVE.sub("", name.strip())).strip().lower()


class Identity:
    """Maps every actor name or alias seen in a set of briefings to one display name per actor.

    The briefings are read in the order of their article ids, whatever order they come in (the first kind
    seen wins, except that a place gives way to the first kind that acts: a country, club or company only
    named as where things happen in one article is that actor across the corpus; the first owner of an alias
    seen wins, and so does the first of two equally good display names): each
    stage holds the briefings in its own order (by path, by date, newest first), and one set of briefings
    is one identity, built once a build (`pipeline.generate`) and shared by stories, profiles and pages.
    """

    def __init__(self, briefings: Iterable[Briefing]) -> None:
        weight: Counter[str] = Counter()
        variants: dict[str, Counter[str]] = defaultdict(Counter)
        kinds: dict[str, str] = {}
        self._alias: dict[str, str] = {}
        self._keys: dict[str, str] = {}  # name → key, filled by `key`
        named_by: dict[str, set[str]] = defaultdict(set)  # alias key → keys of the actors it is an alias of
        apart: set[tuple[str, str]] = set()  # keys one article lists as two actors
        titled: set[str] = set()  # given names a title makes whole names ("Prince Charles")
        article_casts: list[frozenset[str]] = []  # each article's actor keys
        bodies_named: set[str] = set()  # keys some article names as an organisation
        for briefing in sorted(briefings, key=lambda b: b.article.id):
            cast = frozenset(actor_key(a.name) for a in briefing.actors)
            apart.update(_listed_apart(cast))
            article_casts.append(cast)
            for actor in briefing.actors:
                key = actor_key(actor.name)
                weight[key] += actor.mentions
                variants[key][actor.name] += actor.mentions
                if actor.kind == "organisation":
                    bodies_named.add(key)
                if kinds.get(key, "place") == "place":
                    kinds[key] = actor.kind  # a name only where things happen here may act elsewhere
                if _titled_given_name(actor):
                    titled.add(key)
                for alias in actor.aliases:
                    self._alias.setdefault(actor_key(alias), key)
                    named_by[actor_key(alias)].add(key)
        apart -= {(alias, owner) for alias, owners in named_by.items() for owner in owners}  # another says so
        bodies = (
            _merge_plurals(weight, kinds)
            | _merge_short_bodies(weight, kinds)
            | _merge_aliases(named_by, kinds)
        )
        # people after bodies: an article's "Conservatives" and another's "Conservative Party" are company
        same = _roots(bodies)
        casts: dict[str, list[frozenset[str]]] = defaultdict(list)  # key → the actor keys of its articles
        for cast in article_casts:
            company = frozenset(same.get(k, k) for k in cast)
            for key in cast:
                casts[key].append(company)
        self._merge = _roots(_merge_short_keys(weight, kinds, apart, titled, casts) | bodies)
        self.kinds = {self._merge.get(k, k): v for k, v in kinds.items()}
        self.kinds |= {k: v for k, v in kinds.items() if k not in self._merge}  # a root keeps its own kind
        # given names alone that stand for different people in different articles: no page gathers them
        given = _given_names(kinds, weight) - _bodies_not_given(bodies_named, kinds)
        self.scattered = frozenset(
            k for k in casts if k in given and k not in self._merge and _scattered(k, casts, kinds)
        )
        self._display: dict[str, str] = {}
        for key, counts in variants.items():
            root = self._merge.get(key, key)
            best = sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
            current = self._display.get(root)
            if current is None or (weight[key], len(best)) > (weight[actor_key(current)], len(current)):
                self._display[root] = best

    def key(self, name: str) -> str:
        """The shared key of a name, an alias, or a spelling variant (remembered: the maps never change)."""
        found = self._keys.get(name)
        if found is None:
            key = actor_key(name)
            if key not in self._merge and key not in self._display:
                key = self._alias.get(key, key)
            found = self._keys[name] = self._merge.get(key, key)
        return found

    def name(self, name: str) -> str:
        """The display name for any name or alias ("Kim" → "Kim Jong Un"); unknown names pass through."""
        return self._display.get(self.key(name), name)

    def slug(self, name: str) -> str:
        return slugify(self.name(name), fallback="actor")

    def of(self, actor: Actor) -> str:
        return self.name(actor.name)


def _listed_apart(keys: set[str]) -> list[tuple[str, str]]:
    """Pairs of one article's actor keys where the shorter starts or ends the longer ("jean", "jean morris"):
    the article's own table kept them as two actors."""
    pairs = []
    for key in keys:
        words = key.split()
        for n in range(1, len(words)):
            pairs += [(part, key) for part in (" ".join(words[:n]), " ".join(words[n:])) if part in keys]
    return pairs


def _titled_given_name(actor: Actor) -> bool:
    """ "Prince Charles" (the title kept as a role): a one-word name that a title before a given name calls
    the whole name; never the first name of a "Charles Kennedy" in another article."""
    words = {w.lower() for role in actor.roles for w in role.split()}
    return len(actor.name.split()) == 1 and bool(words & GIVEN_NAME_TITLES)


def _merge_short_keys(
    weight: Counter[str],
    kinds: dict[str, str],
    apart: set[tuple[str, str]] = frozenset(),
    titled: set[str] = frozenset(),
    casts: dict[str, list[frozenset[str]]] | None = None,
) -> dict[str, str]:
    """A person key that is the start or end of exactly one longer person key joins it ("putin"), when the
    articles that name them have another actor in common (`_in_company`).

    Two keys one article lists as two actors ("Jean" the ewe and "Jean Morris" her owner) stay apart unless
    another article gives the short one as the long one's alias, and so
    does a given name its title makes a whole name ("Prince Charles") from the full names it starts."""
    merged: dict[str, str] = {}
    people = sorted((k for k in weight if kinds[k] == "person"), key=lambda k: (-len(k.split()), k))
    extends: dict[tuple[str, ...], list[str]] = defaultdict(list)  # leading or trailing words → longer keys
    for other in people:
        words = tuple(other.split())
        for n in range(1, len(words)):
            if not names_a_thing(words[n:]):  # "trump" does not start "trump vodka"
                extends[words[:n]].append(other)
            if words[-n:] != words[:n]:
                extends[words[-n:]].append(other)
    for key in people:
        candidates = dict.fromkeys(extends.get(tuple(key.split()), ()))
        longer = [
            other
            for other in candidates
            if other not in merged
            and (key, other) not in apart
            and not (key in titled and other.startswith(key + " "))
        ]
        if len(longer) == 1 and (casts is None or _in_company(key, longer[0], casts, kinds)):
            merged[key] = longer[0]
    return merged


def _in_company(short: str, full: str, casts: dict[str, list[frozenset[str]]], kinds: dict[str, str]) -> bool:
    """Some article that names `short` and some article that names `full` share another person (by full name
    or surname: "Biden" and "Joe Biden") or body, or two other actors of any kind.

    A surname or a given name alone ("Clinton", "Kathy") is how an article refers to someone it is about;
    the one "Hillary Clinton" or "Kathy Voss" elsewhere in the corpus is that person only when the two
    articles are about the same people ("Putin" beside "the Kremlin", as "Vladimir Putin" is). A country or
    place alone is no such sign: half of one country's news names it. Among 250 single-outlet articles on
    unrelated happenings every cross-article join without a shared actor was two people ("President
    Clinton" was Bill; "Kathy", "Isaac", "Ivanov" were others), and so were the joins that shared only a
    country or a place ("Laura" the athlete and a rabbi, both beside the United Kingdom)."""

    def around(key: str) -> set[str]:
        return _with_surnames(frozenset().union(*casts.get(key, ())), kinds)

    if any(short in cast and full in cast for cast in casts.get(full, ())):
        return True  # one article names both, and another calls the short one the long one's alias
    own = {short, full, _SURNAME + short.split()[-1], _SURNAME + full.split()[-1]}
    return _company((around(short) & around(full)) - own, kinds)


def _company(shared: set[str], kinds: dict[str, str]) -> bool:
    """Actors two articles share make them about the same people: another person (by name or surname) or
    body, or two actors of any kind (a country or a place alone is no sign)."""
    people_or_bodies = {"person", "organisation"}
    return len(shared) >= 2 or any(
        key.startswith(_SURNAME) or kinds.get(key) in people_or_bodies for key in shared
    )


def _with_surnames(cast: frozenset[str], kinds: dict[str, str]) -> set[str]:
    return set(cast) | {_SURNAME + k.split()[-1] for k in cast if kinds.get(k) == "person"}


def _given_names(kinds: dict[str, str], weight: Counter[str]) -> set[str]:
    """One-word names the corpus mostly writes first in a full person name ("george" in "George Bush",
    "George Best"), counted by mentions: given names, unlike surnames ("obama": "Barack Obama" is mentioned
    far more than a headline's "Obama overturns" read as a name), which alone name a known person."""
    starts: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    for key, kind in kinds.items():
        words = key.split()
        if kind == "person" and len(words) > 1:
            starts[words[0]] += weight[key]
            ends[words[-1]] += weight[key]
    return {word for word, n in starts.items() if n > ends[word]}


def _bodies_not_given(bodies: set[str], kinds: dict[str, str]) -> set[str]:
    """One-word names some article gives as an organisation that start at most one full person name in the
    corpus: a body's name, not a given name ("Everton" the club, where one article's caption ran into the next
    line and the model read "Everton Gomis" as a person). A given name that some article reads as an
    organisation ("John") starts many full names and stays a given name."""
    starts: Counter[str] = Counter()
    for key, kind in kinds.items():
        words = key.split()
        if kind == "person" and len(words) > 1 and words[0] in bodies:
            starts[words[0]] += 1
    return {key for key in bodies if " " not in key and starts[key] <= 1}


def _scattered(key: str, casts: dict[str, list[frozenset[str]]], kinds: dict[str, str]) -> bool:
    """A given name alone ("George", "Sarah") in two or more articles, one of which shares no company
    (`_company`) with the others: not one person, so no page gathers them. Among the 250 single-outlet FRANK
    texts built as one site, "George", "Peter", "Sarah" and "William" each had a page listing two or three
    unrelated people's articles."""
    if len(key.split()) != 1 or kinds.get(key) != "person" or len(casts.get(key, ())) < 2:
        return False
    expanded = [_with_surnames(cast, kinds) for cast in casts[key]]
    counts = Counter(k for cast in expanded for k in cast)
    own = {key, _SURNAME + key}
    return any(not _company({k for k in cast - own if counts[k] >= 2}, kinds) for cast in expanded)


def _merge_aliases(named_by: dict[str, set[str]], kinds: dict[str, str]) -> dict[str, str]:
    """An organisation or country named on its own in one article and given as an alias of exactly one body in
    another is that body: "Labour" alone, and "Labour Party" also called "Labour"; "Tories" alone, and
    "Conservative Party" also called "the Tories". People are left to `_merge_short_keys`."""
    merged = {}
    for alias, owners in named_by.items():
        owners = {o for o in owners if o != alias}
        if len(owners) != 1 or kinds.get(alias) in (None, "person"):
            continue
        owner = next(iter(owners))
        if kinds[owner] == kinds[alias]:
            merged[alias] = owner
    return merged


def _merge_short_bodies(weight: Counter[str], kinds: dict[str, str]) -> dict[str, str]:
    """An organisation's name without its designator, in its members' plural or by its nickname ("Labour" and
    "Labour Party", "Conservatives" and "Conservative Party") is the one organisation with that longer name,
    as inside one article (`nlp.bodies.short_form`)."""
    bodies = sorted(k for k in weight if kinds[k] == "organisation" and k.split())
    index = _BodyIndex(bodies)
    merged = {}
    for key in bodies:
        longer = [o for o in index.candidates(key) if o != key and short_form(key.split(), o.split())]
        if len(longer) == 1:
            merged[key] = longer[0]
    return merged


class _BodyIndex:
    """Organisation names by what `short_form` compares, so that each name meets only the names that can be
    its long form instead of every name sharing its first letters (a scan quadratic in organisation names:
    "Actor 0014 Vasquez" met every "Actor …", 1 s at 5,000 synthetic briefings).

    `short_form(short, long)` holds only when, with a nickname read as what it stands for, `long` is `short`
    itself, `short` followed by designators ("Labour Party"), `short`'s one word without its plural "s" and
    then "party" ("Conservatives"), or as many words as `short`, each starting with the same three letters
    (clipped words, "Lib Dems" for "Liberal Democrats": each word is the same, or a start of at least three
    letters of the other's, plural endings aside). `candidates` gives those names; `short_form` decides."""

    def __init__(self, bodies: list[str]) -> None:
        self.names = set(bodies)
        self.designated: dict[tuple[str, ...], list[str]] = defaultdict(list)  # name before designators
        self.starts: dict[tuple[str, ...], list[str]] = defaultdict(list)  # each word's first three letters
        for name in bodies:
            words = name.split()
            for n in range(1, len(words)):
                if all(w in DESIGNATORS for w in words[n:]):
                    self.designated[tuple(words[:n])].append(name)
            self.starts[tuple(w[:3] for w in words)].append(name)

    def candidates(self, key: str) -> dict[str, None]:
        """The names that can be `key`'s long form, each once, in a fixed order."""
        short = NICKNAMES.get(key, key).split()
        found = dict.fromkeys(n for n in (" ".join(short),) if n in self.names)
        found |= dict.fromkeys(self.designated.get(tuple(short), ()))
        if len(short) == 1 and short[0].endswith("s") and (party := short[0][:-1] + " party") in self.names:
            found[party] = None
        if len(short) > 1:
            found |= dict.fromkeys(self.starts.get(tuple(w[:3] for w in short), ()))
        return found


def _roots(merged: dict[str, str]) -> dict[str, str]:
    """Each merged key mapped to the end of its chain ("labour" → "labour party" → …); a cycle stays put."""
    roots = {}
    for key in merged:
        seen = {key}
        root = merged[key]
        while root in merged and root not in seen:
            seen.add(root)
            root = merged[root]
        if root != key:
            roots[key] = root
    return roots


def _merge_plurals(weight: Counter[str], kinds: dict[str, str]) -> dict[str, str]:
    """A body's singular and plural names are one actor across articles ("Lib Dem" and "Lib Dems",
    "Oscar" and "Oscars"); people are left alone ("William" is not "Williams")."""
    merged = {}
    for key in weight:
        for plural in (key + "s", key + "es"):
            if plural in weight and "person" not in {kinds[key], kinds[plural]}:
                merged[key] = plural
    return merged


def distinct_roles(roles: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Roles without repeats or ones a longer role already says ("President" beside "Russian President")."""
    unique = list(dict.fromkeys(r.strip() for r in roles if r.strip()))
    return tuple(r for r in unique if not any(r != o and r.lower() in o.lower() for o in unique))
