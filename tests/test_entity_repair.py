"""Entity repair rules: edges, teams named after places, document consistency, the gazetteer guard."""

from __future__ import annotations

import pytest

from builder.extract.actors.filters import is_junk_name
from builder.nlp.casing import lines_of
from builder.nlp.results_lines import result_names


def _ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def _labels(nlp, text: str, name: str) -> list[str]:
    return [e.label_ for e in nlp(text).ents if e.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hampshire 232 and 108 , Durham 114 .", "Durham"),  # no score inside a name
        ("The Oxford spokesman Tom Wilkes declined to comment .", "Tom Wilkes"),
        ("He drove to Stansted airport on Monday.", "Stansted"),  # trailing common noun
        ("Kim Jong-un inspected the plant.", "Kim Jong-un"),  # a hyphenated word stays whole
        # a form of address that opens the next line ends no name
        (
            "Gary Quelch, 51, was beaten at the Court of Appeal Mr Quelch took the firm to court.",
            "Court of Appeal",
        ),
    ],
)
def test_entity_edges_are_trimmed(nlp, text, name):
    assert name in _ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Hampshire 232 and 108 , Durham 114 .", "Durham 114"),
        ("Results were posted by Oxford , Cambridge and York on Monday.", "Oxford , Cambridge"),
    ],
)
def test_entities_do_not_run_across_scores_or_commas(nlp, text, not_a_name):
    assert not_a_name not in _ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "In her opening talk at CES Ms Varga, who runs the design team, showed a demo.",
            "CES",
            "Ms Varga",
        ),
        ("At the Brightline Trust Dr Okafor, its chair, opened the meeting.", None, "Dr Okafor"),
        (
            "The footage shows Millbrook Police Sgt Ann Rourke before the shooting.",
            "Millbrook Police",
            "Sgt Ann Rourke",
        ),
    ],
)
def test_a_form_of_address_or_rank_starts_a_person_inside_a_run_on_name(nlp, text, body, person):
    ents = _ents(nlp, text)
    assert ents.get(person) == "PERSON" or ents.get(person.split()[-1]) == "PERSON"
    assert not any(person in name and name != person for name in ents)
    if body is not None:
        assert body in ents


def test_a_rank_before_a_surname_is_a_person_not_a_body(nlp):
    ents = _ents(nlp, "Sgt Daniels was wounded in the leg and Tom Hale in the arm.")
    assert ents.get("Sgt Daniels") == "PERSON"


@pytest.mark.parametrize(
    ("line", "teams"),
    [
        ("Leeds 2 Everton 1", ["Leeds", "Everton"]),
        ("Boston at Texas", ["Boston", "Texas"]),
        ("Wrexham 4 2 1 1 7 5 7", ["Wrexham"]),
        ("Alba ( Germany ) 75 Red Star ( Yugoslavia ) 70", ["Alba", "Red Star"]),
        ("Leeds won 2-1 at home on Saturday .", []),
        ("5. Maria Lopez ( Spain ) 11.20", []),
        ("LONDON 1996-08-30", []),
    ],
)
def test_result_line_shapes(nlp, line, teams):
    doc = nlp(line)
    found = [doc[s.start : s.end].text for ln in lines_of(doc) for s in result_names(ln)]
    assert found == teams


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Results on Saturday :\nMillwall 2 Burnley 1\nStockport 0 Bristol 3", "Bristol", "ORG"),
        ("Standings :\nNorwich 4 3 1 0 9 2 10\nIpswich 4 1 1 2 5 6 4", "Norwich", "ORG"),
        ("Leicestershire beat Somerset by six wickets on Monday.", "Somerset", "ORG"),
        ("Japan beat China 2-0 in Tokyo on Sunday.", "China", "GPE"),  # national sides stay countries
        ("Prices rose in Chicago on Monday.", "Chicago", "GPE"),
    ],
)
def test_teams_named_after_places_are_organisations(nlp, text, name, label):
    assert label in _labels(nlp, text, name)


def test_a_team_name_elsewhere_in_the_doc_is_the_team_but_a_dateline_stays_a_place(nlp):
    text = "LEEDS , England 1996-08-30\nLeeds 2 Everton 1\nThe win lifted Leeds to fifth place ."
    doc = nlp(text)
    labels = [(e.text, e.label_) for e in doc.ents if e.text.lower() == "leeds"]
    assert labels == [("LEEDS", "GPE"), ("Leeds", "ORG"), ("Leeds", "ORG")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Women 's 100 metres\n1. Gwen Torrence ( U.S. ) 10.82\n2. Merlene Ottey ( Jamaica ) 10.94",
            "Merlene Ottey",
        ),
        ("3 - Ines Karlsson ( Sweden ) beat Tatiana Zverkova ( Ukraine ) 7-5 6-3", "Tatiana Zverkova"),
    ],
)
def test_athletes_glossed_with_a_country_are_people(nlp, text, name):
    assert _labels(nlp, text, name) == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A team sheet: each player after a shirt number and a dash, substitutes in brackets.
        (
            "Mexico - 1 - Ovidio Sanchez ; 2 - Teodoro Pardo ( 14 - Ramiro Lazo 87th ) , 5 - Duilio Becerra",
            "Ramiro Lazo",
        ),
        (
            "Turkey - 1 - Rustem Recbi , 4 - Hakan Unsaldi ( 14 - Sergin Yalci , 57th ) , 2 - Recai Cetinel",
            "Rustem Recbi",
        ),
        # Scorers: a side's name and a dash, each scorer with the minute in brackets.
        ("Lithuania - Danutis Glevecka ( 13th )", "Danutis Glevecka"),
        ("Estonia - Aivar Kuusikmaa ( 41st min , pen ) , Tarmo Peschi ( 42nd )", "Tarmo Peschi"),
        (
            "Canada - Jean-Luc Aubertin ( 3rd minute , 88th on penalty ) , Tarmo Peschi ( 61st )",
            "Jean-Luc Aubertin",
        ),
        # A cricket scorecard: bowlers with overs-maidens-runs-wickets, a dismissal's fielder and bowler.
        ("Bowling : Kerrigan 7-0-29-0 , Hallworth 4-0-25-0 , Dunmore 9.5-0-44-1", "Dunmore"),
        ("Dunmore 8-1-26-3 , Kerrigan 6-0-27-0 , Hallworth 5-0-29-0", "Kerrigan"),
        ("T. Okafor c Brindle b Hallworth 31\nP. Nandy lbw b Kerrigan 4", "Brindle"),
        ("T. Okafor c Brindle b Hallworth 31\nP. Nandy lbw b Kerrigan 4", "Hallworth"),
    ],
)
def test_players_on_a_team_sheet_or_scoring_are_people(nlp, text, name):
    assert _labels(nlp, text, name) == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A fixture's leg in brackets is no minute; a score line and a scorecard keep their teams.
        ("Second round :\nArsenal - Chelsea ( 2nd leg ) 2-1", "Chelsea", "ORG"),
        ("Results on Saturday :\nMillwall 2 Burnley 1\nStockport 0 Bristol 3", "Bristol", "ORG"),
        ("Kent 244 ( C. Hooper 58 ) , Sussex 120-3", "Sussex", "ORG"),
        ("Surrey 280-7 ( A. Brown 101 ) , Essex 190 ( J. Hale 4-33 )", "Essex", "ORG"),
    ],
)
def test_lines_that_are_no_team_sheet_keep_their_teams(nlp, text, name, label):
    assert label in _labels(nlp, text, name)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Dmitry Kovalenko arrived on Monday. Kovalenko then met the press.", "Kovalenko", "PERSON"),
        ("Ryan Giggs scored twice. Giggs , 22 , was rested.", "Giggs", "PERSON"),
        ("Scorers : M. Waugh 4-35 , S. Warne 3-20", "M. Waugh", "PERSON"),
        ("Pirelli SpA said profits rose. Pirelli shares gained on Monday.", "Pirelli", "ORG"),
    ],
)
def test_document_consistency(nlp, text, name, label):
    assert label in _labels(nlp, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Attendance : 25,000", "Attendance"),
        ("The New York-based group published the report.", "New York"),
    ],
)
def test_common_words_and_place_adjectives_are_not_actors(parse, text, name):
    assert name not in {a.name for a in parse(text).actors.actors}


@pytest.mark.parametrize(
    ("text", "name", "label", "ent_id"),
    [
        ("Passengers of Japan Airlines were stranded.", "Japan Airlines", "ORG", ""),
        ("Officials in Japan said so.", "Japan", "GPE", "Japan"),
        (
            "He met U.S. President Bill Clinton.",
            "U.S.",
            "GPE",
            "United States",
        ),  # the NER found no longer name
    ],
)
def test_gazetteer_guard_lets_longer_names_through(nlp, text, name, label, ent_id):
    found = {e.text: (e.label_, e.id_) for e in nlp(text).ents}
    assert found.get(name) == (label, ent_id)


@pytest.mark.parametrize(
    ("name", "label", "junk"),
    [
        ("July", "ORG", True),
        ("U.S. Open", "ORG", True),
        ("African Nations Cup", "ORG", True),
        ("all data above", "ORG", True),
        ("Security Council Resolution 2270", "ORG", True),
        ("GMT", "ORG", True),  # a time zone
        ("EST", "ORG", True),
        ("ESTA", "ORG", False),
        ("Tim May", "PERSON", False),
        ("Bank of England", "ORG", False),
        ("Osama bin Laden", "PERSON", False),
    ],
)
def test_junk_names(name, label, junk):
    assert is_junk_name(name, label) is junk
