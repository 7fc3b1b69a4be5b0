"""Sentence starts: one paragraph per line; neither a paragraph's first word nor a closing quote mark is a
sentence of its own."""

import pytest

from builder.nlp.spacy_model import sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The small model cuts a short capitalised opening word off its paragraph's first sentence.
        (
            "Phone sales keep rising\nUK handset buyers keep trading up, a survey finds.",
            [
                "Phone sales keep rising",
                "UK handset buyers keep trading up, a survey finds.",
            ],
        ),
        (
            "Leader sets out his tax case\nLib Dem chief Tom Harlow has said his party will argue for "
            "a local income tax.",
            [
                "Leader sets out his tax case",
                "Lib Dem chief Tom Harlow has said his party will argue for a local income tax.",
            ],
        ),
        # Paragraphs still start sentences, and sentences inside a paragraph are still split.
        (
            "EU ministers met on Monday. They agreed a plan.\nUS firms said they would hire more staff.",
            [
                "EU ministers met on Monday.",
                "They agreed a plan.",
                "US firms said they would hire more staff.",
            ],
        ),
        # A closing quote mark the model split off a paragraph's last sentence closes that sentence.
        (
            'Mr Hart told Radio Leeds: "It is such a shame that Mr Crane does not do what he says."\n'
            "Council leader Anna Berg said the plan was sound.",
            [
                'Mr Hart told Radio Leeds: "It is such a shame that Mr Crane does not do what he says."',
                "Council leader Anna Berg said the plan was sound.",
            ],
        ),
        # A one-word paragraph stays a sentence of its own.
        ("Analysis\nThe vote was close.", ["Analysis", "The vote was close."]),
    ],
)
def test_sentences(nlp, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences_of(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # A full stop glued to the next sentence, as scraped texts have it, is a token of its own.
        ("The club paid 250.The fee rose.", ["The", "club", "paid", "250", ".", "The", "fee", "rose", "."]),
        ("They met in the town.Mrs Hale spoke first.", ["town", ".", "Mrs", "Hale"]),
        # A quote mark glued after a final stop is split off both sides.
        ('He said no."Critics were angry.', ["no", ".", '"', "Critics"]),
        ("It was over.\u201dThe vote followed.", ["over", ".", "\u201d", "The"]),
        # A closing quote mark glued between a word and such a stop is split off the word.
        ('The rules were "poor".The board met.', ["poor", '"', ".", "The"]),
        ('He called it "a step"."It works," he said.', ["step", '"', ".", '"', "It"]),
        # A colon and quote mark glued between a name and the quotation it opens are split off both sides.
        ('Owen Marsh told BBC Radio Kent:"Everybody did well."', ["Kent", ":", '"', "Everybody"]),
        ("Yorkshire captain Alex Lees:\u201cWe are all gutted.\u201d", ["Lees", ":", "\u201c", "We"]),
        ('Lees told BBC Sport:"I was happy."', ["Sport", ":", '"', "I", "was"]),
        # A colon inside a time or a reference is left alone.
        ("The match starts at 10:30 today.", ["10:30"]),
    ],
)
def test_glued_sentences_are_split_into_tokens(nlp, text: str, tokens: list[str]) -> None:
    found = [t.text for t in nlp.tokenizer(text)]
    start = found.index(tokens[0])
    assert found[start : start + len(tokens)] == tokens


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # Abbreviations, decimals, initials and web addresses are left whole.
        ("The U.S. rate was 3.5 per cent.", ["U.S.", "3.5"]),
        ("See www.example.co.uk for details.", ["www.example.co.uk"]),
        ("J.R.R. Tolkien wrote it.", ["J.R.R."]),
    ],
)
def test_stops_inside_words_are_left_whole(nlp, text: str, whole: list[str]) -> None:
    found = [t.text for t in nlp.tokenizer(text)]
    assert all(w in found for w in whole), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club paid 250.The fee rose last year.",
            ["The club paid 250.", "The fee rose last year."],
        ),
        (
            "Shops shut early in the town.Mrs Hale said trade was slow.",
            ["Shops shut early in the town.", "Mrs Hale said trade was slow."],
        ),
    ],
)
def test_glued_sentences_are_two_sentences(nlp, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences_of(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # A lower-case word glued to the next line's first word where the line break was lost: a sentence
        # opener, or a name (a word of no dictionary).
        ("Video is not shown on this deviceThe club said little.", ["device", "The", "club"]),
        ("The coach spoke to the pressHe said the team was tired.", ["press", "He", "said"]),
        ("Send this linkThe talks broke down late.", ["link", "The", "talks"]),
        ("Video is not shown on this deviceMarek Dvorsky scored twice.", ["device", "Marek", "Dvorsky"]),
    ],
)
def test_glued_lines_are_split_into_tokens(nlp, text: str, tokens: list[str]) -> None:
    found = [t.text for t in nlp.tokenizer(text)]
    start = found.index(tokens[0])
    assert found[start : start + len(tokens)] == tokens


@pytest.mark.parametrize(
    "text",
    [
        # Brand names with a capital inside stay whole: one letter before it, a capitalised first part, a
        # dictionary word after it, or no sentence opener after a word that is no dictionary word.
        "She sold her iPhone on eBay.",
        "The clip had a million views on YouTube.",
        "A McDonald franchise opened near the PlayStation store.",
        "They flew with easyJet and jetBlue last year.",
        "The BrightPath app and the SkyHarbor fund grew.",
    ],
)
def test_names_with_an_inner_capital_stay_whole(nlp, text: str) -> None:
    words = [w.strip(".") for w in text.split()]
    found = [t.text for t in nlp.tokenizer(text)]
    assert all(w in found for w in words if any(c.isupper() for c in w[1:])), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A caption or highlight line with no final stop run into the next sentence: a sentence opener after a
        # word or a number starts a sentence.
        (
            "The ferry was seen leaving the harbour at dawn The crew said the sea was calm.",
            ["The ferry was seen leaving the harbour at dawn", "The crew said the sea was calm."],
        ),
        (
            "Rescuers reached the village on Monday, June 3 They found the bridge had gone.",
            ["Rescuers reached the village on Monday, June 3", "They found the bridge had gone."],
        ),
        (
            "The mayor opened the new library in Leeds After the speech, pupils read aloud.",
            ["The mayor opened the new library in Leeds", "After the speech, pupils read aloud."],
        ),
        (
            "Ms Hale lost her case at the High Court Thousands of tenants face higher rents.",
            ["Ms Hale lost her case at the High Court", "Thousands of tenants face higher rents."],
        ),
        # A caption's label ("Early departure:") starts a sentence after a line with no final stop.
        (
            "The ferry left the harbour at dawn Early departure: The crew said the sea was still.",
            ["The ferry left the harbour at dawn", "Early departure: The crew said the sea was still."],
        ),
        # A word glued to the next line's opener ends its sentence there.
        (
            "Video is not shown on this deviceThe club said little.",
            ["Video is not shown on this device", "The club said little."],
        ),
        # A line that ends in a name, a verb inside a longer name or a capitalised word no verb, run into an
        # opener that can be an object, still ends there.
        (
            "The rally was held in Lyon It was cold all day.",
            ["The rally was held in Lyon", "It was cold all day."],
        ),
        (
            "She lost her case at the Court of Appeal It ruled on Friday.",
            ["She lost her case at the Court of Appeal", "It ruled on Friday."],
        ),
        (
            "The firm was founded by Jack Hale This year it grew fast.",
            ["The firm was founded by Jack Hale", "This year it grew fast."],
        ),
        # A capitalised word that is a verb too ("visa", "table") after a preposition is no command name.
        (
            "The numbers were compiled by Visa That is the highest rise this year.",
            ["The numbers were compiled by Visa", "That is the highest rise this year."],
        ),
        (
            "The only goal was scored by Mark That made it three wins in a row.",
            ["The only goal was scored by Mark", "That made it three wins in a row."],
        ),
    ],
)
def test_glued_lines_are_two_sentences(nlp, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences_of(nlp(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Titles keep their capitalised small words: a capitalised word follows the opener.
        "He starred in the film The Great Escape with her.",
        "She watched Sex And the City every night.",
        # A capital letter used as a label, and "I", are no sentence openers.
        "Chicks appear in panels A and B, while an adult is in panel C.",
        "He said I was late.",
        # A name made of a command ends in an opener that can be its object: it is no sentence start.
        "The charity Fix It helps people mend their bikes.",
        "She joined the group Fix It last year.",
        "The song Beat It was played at the party.",
        "Fans of the band Take That queued all night.",
        "Users can run this Fix It tool on older browsers.",
        "He set up a charity called Fix It last spring.",
        # A name before a colon opens no caption label: the quotation goes on the speaker's sentence.
        "The mayor told Radio Leeds: 'We will rebuild the bridge.'",
        "She wrote to the council on Monday along with the letter: 'We object.'",
    ],
)
def test_sentences_inside_a_line_are_left_whole(nlp, text: str) -> None:
    assert [s.text for s in sentences_of(nlp(text))] == [text]
