"""Regenerate builder/data/regions.json: counties, regions and provinces of English-speaking countries.

Dev-time only: pycountry is a dev dependency (`.venv/bin/pip install -e .[dev]`); run
`.venv/bin/python -m builder.data.make_regions`. The JSON it writes is committed and read at run time by
`builder.data.places()` beside the cities of places.json; pycountry is never imported when the builder runs.
The output is deterministic.

The towns of places.json are those of 50,000 people or more, so a county ("Leicestershire"), a Welsh
principal area ("Powys") or a region ("Queensland") is missing there; ISO 3166-2 lists them. Written forms
are cleaned as news writes them: "Durham, County" is "County Durham" and "Durham", "Bristol, City of" is
"Bristol", a bracketed Welsh or Irish name is dropped, and a compass word or "Vale of" before a county gives
the older county too when one proper word is left ("North Yorkshire": "Yorkshire", "Vale of
Glamorgan": "Glamorgan").
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("regions.json")
COUNTRIES = ("GB", "AU", "CA", "NZ")
ATTRIBUTION = "ISO 3166-2 subdivisions, via the pycountry package (LGPL 2.1)"
COMPASS = re.compile(r"^(?:(?:North|South|East|West|Mid|Central|North East|South West)\s+|Vale of\s+)(?=\S)")


def written_forms(name: str) -> set[str]:
    """The forms news writes a subdivision's name in ("Durham, County" → "County Durham", "Durham")."""
    name = re.sub(r"\s*\[.*?\]", "", name).strip()
    forms = set()
    if ", " in name:
        base, qualifier = name.split(", ", 1)
        forms.add(base)
        if qualifier in {"County"}:
            forms.add(f"{qualifier} {base}")
    else:
        forms.add(name)
    for form in list(forms):
        shorter = COMPASS.sub("", form)
        if shorter != form and _an_older_county(shorter):
            forms.add(shorter)
    return {f for f in forms if f.isascii() and f[:1].isupper()}


def _an_older_county(name: str) -> bool:
    """One proper word left ("Yorkshire", "Sussex", "Glamorgan"), not a common noun ("West Coast") nor a
    country ("South Australia")."""
    from builder.data import gazetteer, noun_senses

    countries = {c["name"] for c in gazetteer()["countries"]}
    return " " not in name and name.lower() not in noun_senses() and name not in countries


def build() -> dict[str, object]:
    import pycountry  # dev-time only

    names: set[str] = set()
    for code in COUNTRIES:
        for subdivision in pycountry.subdivisions.get(country_code=code):
            names |= written_forms(subdivision.name)
    return {"source": ATTRIBUTION, "countries": list(COUNTRIES), "regions": sorted(names)}


def main() -> int:
    try:
        table = build()
    except ImportError:
        print("pycountry is not installed: .venv/bin/pip install pycountry", file=sys.stderr)
        return 1
    OUTPUT.write_text(json.dumps(table, ensure_ascii=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(table['regions'])} regions to {OUTPUT}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
