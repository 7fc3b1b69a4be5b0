"""How reporters shorten a body's name: without its designator, in its members' plural, by its nickname or
with its words clipped. Plain string rules (no spaCy), used inside one article and across articles."""

from __future__ import annotations

DESIGNATORS = {  # words that say what kind of body a name is: "Labour Party" is "Labour"
    "party", "group", "corporation", "corp", "company", "co", "inc", "plc", "ltd", "limited", "llc",
    "holdings",
}  # fmt: skip
NICKNAMES = {  # other names reporters use for a body ("the Tories", "the GOP", "Isis" for Islamic State)
    "tories": "conservatives", "tory party": "conservative party", "gop": "republican party",
    "isis": "islamic state", "isil": "islamic state", "daesh": "islamic state",
}  # fmt: skip


def short_form(short: list[str], long: list[str]) -> bool:
    """A body's name without its designator, in its members' plural, by its nickname or with its words
    clipped: "Labour" for "Labour Party", "Conservatives" or "Tories" for "Conservative Party", "Lib Dems" for
    "Liberal Democrats"."""
    short = NICKNAMES.get(" ".join(short), " ".join(short)).split()
    if short == long:
        return True
    if len(short) < len(long) and long[: len(short)] == short:
        return all(w in DESIGNATORS for w in long[len(short) :])
    if len(short) == 1 and len(long) == 2 and long[1] == "party":
        return short[0] == long[0] + "s"
    return len(short) == len(long) > 1 and short != long and all(map(_clipped, short, long))


def _clipped(short: str, long: str) -> bool:
    """ "lib" of "liberal", "dems" of "democrats": the start of the word (at least three letters), keeping its
    plural ending."""
    if long.endswith("s") and short.endswith("s") and short != long:
        short, long = short[:-1], long[:-1]
    return short == long or (len(short) >= 3 and long.startswith(short))
