"""Regenerate builder/data/nouns.json: the coarse sense classes of English nouns, from WordNet 3.0.

Dev-time only: `apt-get install wordnet-base` (Debian's copy of Princeton WordNet 3.0, at /usr/share/wordnet),
then `.venv/bin/python -m builder.data.make_nouns`. The JSON it writes is committed and read at run time by
`builder.nlp.names`; nothing downloads WordNet when the builder runs. The output is deterministic.

For every one-word noun, the table gives one letter per sense, most frequent sense first (WordNet orders
senses by frequency), for at most `SENSES` senses. The letters are coarse classes, chosen for what the
extractors must tell apart: a thing that can be handed over (an artifact, an animal, money) from an act, a
state or a feeling ("gave the side a chance"), and a person or an organisation (a giver, a description such as
"the airline") from everything else.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUTPUT = Path(__file__).with_name("nouns.json")
SENSES = 8

# lexicographer file number -> class letter (see wndb(5WN) and lexnames(5WN))
LEXFILE_CLASS = {
    3: "t",  # noun.Tops: the most general nouns ("group", "thing", "entity"), too general to say either way
    5: "n",  # noun.animal
    6: "a",  # noun.artifact
    13: "f",  # noun.food
    14: "g",  # noun.group (made "o" below when it is an organisation)
    15: "l",  # noun.location
    17: "o",  # noun.object (natural objects) -> physical thing
    18: "r",  # noun.person
    20: "p",  # noun.plant
    21: "m",  # noun.possession (money, shares, donations)
    27: "s",  # noun.substance
}
ABSTRACT = "x"  # acts, attributes, states, feelings, events, communication, time, ...
# Synsets whose descendants are honours conferred (medals, decorations, orders, titles of nobility), by the
# first word of the synset and its gloss start, looked up once: (lemma, gloss prefix).
HONOUR_ROOTS = (
    ("award", "a tangible symbol signifying approval"),
    ("nobility", "a privileged class holding hereditary titles"),
)
ORGANISATION_ROOTS = (
    ("organization", "a group of people who work together"),
    ("social_group", "people sharing some social relation"),
)
# A sense filed under communication may still be a made product: an edition, a book (a publication, a work).
# Documents (a letter, a dossier) descend from artifact too, through "representation", and stay abstract.
ARTIFACT_ROOTS = (("product", "an artifact that has been created by someone or some process"),)
LEGEND = {
    "a": "artifact",
    "o": "natural object",
    "s": "substance",
    "f": "food",
    "p": "plant",
    "n": "animal",
    "m": "possession (money, shares, donations)",
    "h": "honour (award, decoration, order, rank of nobility)",
    "r": "person",
    "g": "organisation or social group",
    "c": "other collection (a group, a set, a crowd)",
    "l": "location",
    "t": "most general noun (group, thing, entity)",
    "x": "abstract (act, attribute, state, feeling, event, communication, time, ...)",
}
LICENSE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS "
    "PROVIDED 'AS IS' AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. "
    "BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF "
    "MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, "
    "DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER "
    "RIGHTS. The name of Princeton University or Princeton may not be used in advertising or publicity "
    "pertaining to distribution of the software and/or database. Title to copyright in this software, "
    "database and any associated documentation shall at all times remain with Princeton University and "
    "LICENSEE agrees to preserve same. (Derived table: one class letter per sense.)"
)


Synsets = tuple[dict[str, int], dict[str, list[str]], dict[str, tuple[str, str]], dict[str, set[str]]]


def read_synsets(folder: Path) -> Synsets:
    """Lexicographer file, hypernyms, (first word, gloss) and the words as written of every noun synset."""
    lexfile, hypernyms, label, written = {}, {}, {}, {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        offset, count = parts[0], int(parts[3], 16)
        i = 4 + 2 * count
        pointers = int(parts[i])
        fields = [parts[i + 1 + 4 * k : i + 5 + 4 * k] for k in range(pointers)]
        lexfile[offset] = int(parts[1])
        hypernyms[offset] = [f[1] for f in fields if f[0] in {"@", "@i"} and f[2] == "n"]
        label[offset] = (parts[4].lower(), gloss.strip())
        written[offset] = {parts[4 + 2 * k].split("(")[0] for k in range(count)}
    return lexfile, hypernyms, label, written


def roots(label: dict[str, tuple[str, str]], wanted: tuple[tuple[str, str], ...]) -> set[str]:
    found = {o for o, (word, gloss) in label.items() for w, g in wanted if word == w and gloss.startswith(g)}
    if len(found) != len(wanted):
        raise SystemExit(f"expected {len(wanted)} root synsets, found {len(found)}: is this WordNet 3.0?")
    return found


def descends(offset: str, targets: set[str], hypernyms: dict[str, list[str]]) -> bool:
    stack, seen = [offset], set()
    while stack:
        current = stack.pop()
        if current in targets:
            return True
        for parent in hypernyms.get(current, ()):
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return False


def sense_class(offset: str, lexfile: dict, hypernyms: dict, roots_of: dict[str, set[str]]) -> str:
    """One sense's letter: honours first, then the lexicographer file, then made things filed elsewhere."""
    if descends(offset, roots_of["h"], hypernyms):
        return "h"
    letter = LEXFILE_CLASS.get(lexfile[offset], ABSTRACT)
    if letter == "g" and not descends(offset, roots_of["g"], hypernyms):
        return "c"  # a collection ("a group", "all the copies of an edition"), not an organisation
    if letter == ABSTRACT and descends(offset, roots_of["a"], hypernyms):
        return "a"
    return letter


def build(folder: Path) -> dict[str, object]:
    lexfile, hypernyms, label, written = read_synsets(folder)
    roots_of = {
        "h": roots(label, HONOUR_ROOTS),
        "g": roots(label, ORGANISATION_ROOTS),
        "a": roots(label, ARTIFACT_ROOTS),
    }
    nouns: dict[str, str] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, pointer_count = parts[0], int(parts[3])
        if "_" in lemma or not lemma.isascii():
            continue
        # Senses where the word is a name ("Jersey" the island, "Turkey" the country) are left out: the table
        # is asked about common nouns ("his jersey", "a turkey"); names are the entity recogniser's job.
        offsets = [o for o in parts[4 + pointer_count + 2 :] if lemma in written[o]][:SENSES]
        if offsets:
            nouns[lemma] = "".join(sense_class(o, lexfile, hypernyms, roots_of) for o in offsets)
    return {"source": "Princeton WordNet 3.0 (Debian wordnet-base)", "license": LICENSE, "legend": LEGEND,
            "nouns": dict(sorted(nouns.items()))}  # fmt: skip


def main() -> int:
    if not (WORDNET / "data.noun").is_file():
        print(f"WordNet not found in {WORDNET}: apt-get install wordnet-base", file=sys.stderr)
        return 1
    table = build(WORDNET)
    OUTPUT.write_text(json.dumps(table, ensure_ascii=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(table['nouns'])} nouns to {OUTPUT}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
