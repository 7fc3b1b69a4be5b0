"""The gazetteer table (builder/data/gazetteer.json) and its effect on the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from builder.data import gazetteer
from builder.nlp.spacy_model import ruler_patterns

# Places with no capital to list: uninhabited, no seat of government of their own, a capital that is the
# territory itself, or one left out because the name is ambiguous (see BANNED_FORMS in make_gazetteer.py).
NO_CAPITAL = {
    "Anguilla", "Antarctica", "Antigua and Barbuda", "Bermuda", "Bouvet Island",
    "British Indian Ocean Territory", "Cayman Islands", "Cocos Islands", "England", "Falkland Islands",
    "French Southern Territories", "Heard Island and McDonald Islands", "Hong Kong", "Isle of Man", "Macau",
    "Norfolk Island", "Réunion", "Saint Helena", "Saint Pierre and Miquelon", "Seychelles", "Tokelau",
    "United States Minor Outlying Islands", "Western Sahara",
}  # fmt: skip

# Places whose only demonym is shared with a look-alike ("Congolese", "Dominican") or is not a people noun
# ("English" is the language), plus territories with no settled demonym.
NO_DEMONYM = {
    "Antarctica", "Bouvet Island", "British Indian Ocean Territory", "Caribbean Netherlands",
    "Christmas Island", "Cocos Islands", "Dominica", "Dominican Republic", "England",
    "French Southern Territories", "Guernsey", "Heard Island and McDonald Islands", "Republic of the Congo",
    "Réunion", "Saint Barthélemy", "Saint Martin", "Saint Pierre and Miquelon", "Sint Maarten",
    "South Georgia and the South Sandwich Islands", "Svalbard and Jan Mayen", "US Virgin Islands",
    "United States Minor Outlying Islands", "Vatican City",
}  # fmt: skip

LOOK_ALIKES = [
    ("North Korea", "South Korea"),
    ("Niger", "Nigeria"),
    ("Guinea", "Guinea-Bissau"),
    ("Guinea", "Equatorial Guinea"),
    ("Guinea-Bissau", "Equatorial Guinea"),
    ("Republic of Congo", "DR Congo"),
    ("Congo-Brazzaville", "Congo-Kinshasa"),
    ("Dominica", "Dominican Republic"),
    ("Sudan", "South Sudan"),
    ("Sudanese", "South Sudanese"),
    ("Nigerien", "Nigerian"),
    ("Pyongyang", "Seoul"),
    ("Niamey", "Abuja"),
    ("Brazzaville", "Kinshasa"),
    ("Ireland", "Northern Ireland"),
    ("Samoa", "American Samoa"),
]


def countries() -> list[dict[str, Any]]:
    return gazetteer()["countries"]


def owners() -> dict[str, set[str]]:
    """Each surface form -> the names of the entries that use it."""
    found: dict[str, set[str]] = {}
    for kind in ("countries", "organisations"):
        for entry in gazetteer()[kind]:
            forms = [entry["name"], *entry["aliases"], *entry.get("demonyms", []), *entry.get("capitals", [])]
            for form in forms:
                found.setdefault(form, set()).add(entry["name"])
    return found


def test_schema_is_exact():
    data = gazetteer()
    assert set(data) == {"countries", "organisations"}
    assert all(set(c) == {"name", "aliases", "demonyms", "capitals"} for c in data["countries"])
    assert all(set(o) == {"name", "aliases"} for o in data["organisations"])


def test_table_is_complete():
    assert len(countries()) >= 240
    assert len(gazetteer()["organisations"]) >= 60
    names = {c["name"] for c in countries()}
    assert {"Kosovo", "Palestine", "Vatican City", "Taiwan", "Russia", "Iran", "Syria", "Vietnam"} <= names


def test_every_surface_form_belongs_to_one_entry():
    shared = {form: names for form, names in owners().items() if len(names) > 1}
    assert shared == {}


def test_surface_forms_are_unique_ignoring_case():
    # ALL-CAPS headline variants ("NIGER") must stay one-to-one as well.
    by_upper: dict[str, set[str]] = {}
    for form, names in owners().items():
        by_upper.setdefault(form.upper(), set()).update(names)
    assert {form: names for form, names in by_upper.items() if len(names) > 1} == {}


def test_lists_have_no_duplicates_and_forms_are_trimmed():
    for kind in ("countries", "organisations"):
        for entry in gazetteer()[kind]:
            for key in ("aliases", "demonyms", "capitals"):
                values = entry.get(key, [])
                assert len(values) == len(set(values)), (entry["name"], key)
                assert all(v == v.strip() and v for v in values), (entry["name"], key)


def test_entries_are_sorted_by_name():
    for kind in ("countries", "organisations"):
        names = [entry["name"] for entry in gazetteer()[kind]]
        assert names == sorted(names)


@pytest.mark.parametrize("field, exceptions", [("capitals", NO_CAPITAL), ("demonyms", NO_DEMONYM)])
def test_every_country_has_capital_and_demonym_unless_documented(field, exceptions):
    missing = {c["name"] for c in countries() if not c[field]}
    assert missing == exceptions


@pytest.mark.parametrize("first, second", LOOK_ALIKES)
def test_look_alikes_map_to_different_countries(first, second):
    table = owners()
    assert table[first] != table[second]
    assert len(table[first]) == len(table[second]) == 1


@pytest.mark.parametrize("form", ["Congo", "Congolese", "Korea", "Korean", "Dominican", "us", "Us", "Chad's"])
def test_ambiguous_or_lower_case_forms_are_not_listed(form):
    assert form not in owners()


def test_news_short_names_resolve():
    table = owners()
    expected = {
        "Russia": "Russia", "Iran": "Iran", "Syria": "Syria", "Vietnam": "Vietnam", "Laos": "Laos",
        "Bolivia": "Bolivia", "Venezuela": "Venezuela", "Tanzania": "Tanzania", "Moldova": "Moldova",
        "Czechia": "Czech Republic", "Ivory Coast": "Ivory Coast", "Côte d'Ivoire": "Ivory Coast",
        "Britain": "United Kingdom", "UK": "United Kingdom", "U.K.": "United Kingdom",
        "Great Britain": "United Kingdom", "US": "United States", "U.S.": "United States",
        "USA": "United States", "America": "United States", "UAE": "United Arab Emirates",
        "DPRK": "North Korea", "ROK": "South Korea", "PRC": "China", "DRC": "DR Congo",
        "Russian Federation": "Russia", "Briton": "United Kingdom", "Britons": "United Kingdom",
        "British": "United Kingdom", "Kyiv": "Ukraine", "Kremlin": "Kremlin", "U.N.": "United Nations",
        "NATO": "NATO", "EU": "European Union", "G-7": "G7", "Congress": "US Congress",
    }  # fmt: skip
    assert {form: table.get(form) for form in expected} == {form: {name} for form, name in expected.items()}


def test_patterns_label_countries_demonyms_and_organisations():
    labels = {(p["pattern"], p["label"], p["id"]) for p in ruler_patterns()}
    assert ("Pyongyang", "GPE", "North Korea") in labels
    assert ("North Korean", "NORP", "North Korea") in labels
    assert ("IAEA", "ORG", "International Atomic Energy Agency") in labels


def _ids(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {ent.text: (ent.label_, ent.ent_id_) for ent in nlp(text).ents}


@pytest.mark.parametrize(
    "text, form, label, ent_id",
    [
        ("The DPRK fired another missile on Monday.", "DPRK", "GPE", "North Korea"),
        ("Officials in Pyongyang rejected the offer.", "Pyongyang", "GPE", "North Korea"),
        ("North Korean troops were seen near the border.", "North Korean", "NORP", "North Korea"),
        ("Seoul said it would respond.", "Seoul", "GPE", "South Korea"),
        ("Moscow denied the report on Tuesday.", "Moscow", "GPE", "Russia"),
        ("Aid reached Niger and Nigeria last week.", "Niger", "GPE", "Niger"),
        ("Aid reached Niger and Nigeria last week.", "Nigeria", "GPE", "Nigeria"),
        ("Troops from Guinea-Bissau and Equatorial Guinea met.", "Guinea-Bissau", "GPE", "Guinea-Bissau"),
        (
            "Troops from Guinea-Bissau and Equatorial Guinea met.",
            "Equatorial Guinea",
            "GPE",
            "Equatorial Guinea",
        ),
        ("The U.N. Security Council met in New York.", "U.N. Security Council", "ORG", "UN Security Council"),
    ],
)
def test_real_model_links_gazetteer_forms(nlp, text, form, label, ent_id):
    assert _ids(nlp, text).get(form) == (label, ent_id)


def test_pronoun_us_is_not_a_country(nlp):
    doc = nlp("Tell us about it.")
    assert not [ent for ent in doc.ents if ent.label_ == "GPE"]
    assert all(ent.ent_id_ != "United States" for ent in doc.ents)
