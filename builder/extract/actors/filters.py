"""Names that are not actors: dates, events, laws, and phrases with ordinary lower-case words in them."""

from __future__ import annotations

import re

NAME_PARTICLES = {
    "of", "the", "for", "in", "on", "and", "at", "to", "de", "da", "das", "do", "dos", "del", "della", "der",
    "den", "des", "di", "du", "la", "le", "van", "von", "ter", "zu", "al", "el", "bin", "ibn", "y", "e",
}  # fmt: skip
CALENDAR_WORDS = {
    "january", "february", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
TIME_ZONES = {
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "msk", "ist", "jst", "kst", "hkt", "aest",
    "aedt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst",
}  # fmt: skip
EVENT_WORDS = {
    "cup", "open", "games", "olympics", "championship", "championships", "tournament", "series", "masters",
    "prix", "final", "finals", "trophy", "classic", "marathon", "day", "war", "prize", "award", "awards",
    "festival", "summit", "derby",
}  # fmt: skip
LAW_LIKE = re.compile(r"\b(resolution|act|treaty|convention|accord|agreement|law|bill)\b\s*\d*$", re.I)


def _has_plain_word(name: str) -> bool:
    """Whether a name holds an ordinary lower-case word ("all data above"), not a particle ("bin", "of")."""
    return any(w.isalpha() and w.islower() and w not in NAME_PARTICLES for w in name.split())


def is_junk_name(name: str, label: str) -> bool:
    """Not an actor: too short, no capital or letter, a date or time zone ("GMT"), a law ("Resolution 2270")
    or an event."""
    if len(name) < 2 or not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
        return True
    if name.lower().rstrip(".") in CALENDAR_WORDS | TIME_ZONES or _has_plain_word(name):
        return True
    if label != "PERSON" and name.split()[-1].lower() in EVENT_WORDS and len(name.split()) > 1:
        return True
    return label == "ORG" and bool(LAW_LIKE.search(name))
