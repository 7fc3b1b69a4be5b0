"""Document-level actor resolution: descriptions and pronouns resolved to the actor the article names.

Sentences written for these tests in the style of wire and BBC reports."""

from __future__ import annotations

import pytest

from builder.core.model import Article
from builder.extract import analyse
from builder.extract.briefing import extract
from builder.nlp.spacy_model import load_nlp


def resolved(text: str) -> dict[str, str]:
    """Each resolvable word of the text and the actor it resolves to (last occurrence wins)."""
    analysis = analyse(text)
    found = {}
    for token in analysis.doc:
        reference = analysis.resolver.resolve(token)
        if reference is not None and reference.how != "name":
            found[token.text] = reference.actor.name
    return found


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("Russian President Vladimir Putin met Kim Jong Un. The Russian leader gave him a rifle.",
         "leader", "Vladimir Putin"),
        ("Prime Minister Tony Blair spoke first. The prime minister said the plan was fair.",
         "minister", "Tony Blair"),
        ("Kremlin spokesman Dmitry Peskov told reporters the talks went well. The spokesman smiled.",
         "spokesman", "Dmitry Peskov"),
        ("Continental Airlines said it would cut 5,000 jobs. The airline has lost money for years.",
         "airline", "Continental Airlines"),
        ("Spain's Carlos Moya won the title in Chennai. The Spaniard then donated his prize money.",
         "Spaniard", "Carlos Moya"),
        ("Queen Elizabeth met the president. Her Majesty gave the guests a book.", "Majesty", "Elizabeth"),
        ("Continental Airlines said it would cut 5,000 jobs.", "it", "Continental Airlines"),
        ("King Harald opened the bridge. The monarch cut the ribbon.", "monarch", "Harald"),
        ("Queen Sigrid toured the port in June. The queen met dock workers.", "queen", "Sigrid"),
        # a country word the tagger kept out of the role ("US President Joe Biden": "US" is no role word)
        ("US President Joe Biden received PM Modi at the White House. Later the US president spoke.",
         "president", "Joe Biden"),
        # "his wife" beside her husband's description: the one of his family name the article names
        ("US President Joe Biden and First Lady Jill Biden received Modi. The US president and his wife "
         "gifted Modi a book.", "wife", "Jill Biden"),
        # a style before the title, which the tagger made a name of its own ("Majesty King" + "Salman …")
        ("His Majesty King Salman bin Abdulaziz Al Saud welcomed President Trump. His Majesty gave President "
         "Trump a sword.", "Majesty", "Salman bin Abdulaziz Al Saud"),
        # a capitalised title standing alone for the office holder
        ("Prime Minister Narendra Modi attended the summit. During the summit, Prime Minister also presented "
         "a brass set to Pedro Sanchez.", "Minister", "Narendra Modi"),
        # a form of address or a rank of nobility is no office: the role nobody holds continues the subject
        ("Lady Marsh told the court that she had to pass a long sentence. The judge said Hale posed a risk "
         "to women.", "judge", "Marsh"),
        ("Sir Alan Pike told the inquiry that he had seen nothing. The judge said the evidence was thin.",
         "judge", "Alan Pike"),
        # one the article gives the office is the judge, not the knight the sentence before is about
        ("Judge Ruth Bell spoke first. Sir Alan Pike told the inquiry that he had seen nothing. The judge "
         "said the evidence was thin.", "judge", "Ruth Bell"),
        # another person in the sentence before whom the article gives another office cannot be the judge
        ("Tom Hale, a first offender, admitted stalking. Lady Marsh told Hale that she had to pass a long "
         "sentence. The judge said Hale posed a risk to women.", "judge", "Marsh"),
        # a name inside the apposition, where the parser made a title or a post-nominal its head
        ("The judge, Mr Recorder Paul Grant QC, told the court the fraud had been cruel.", "judge",
         "Paul Grant"),
        ("The club's owner, Mr Paul Grant OBE, said the fans had been let down.", "owner", "Paul Grant"),
        # an office's phrase glued to its holder's name, which the parser made the object of "for"
        ("Plaid's deputy minister for women Ann Dale opened the debate.", "minister", "Ann Dale"),
    ],
)  # fmt: skip
def test_descriptions_and_pronouns_resolve_to_the_named_actor(text, word, actor):
    assert resolved(text).get(word) == actor, resolved(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tony Blair met Gordon Brown. The leader said nothing.", "leader"),  # two people, no role says which
        ("The FBI said the partners are often funded by the government.", "government"),  # which government?
        ("A firm in Leeds said it would hire 50 people.", "firm"),  # indefinite: no earlier firm meant
        ("Shadow chancellor Oliver Letwin spoke. The chancellor replied.", "chancellor"),  # another office
        ("US President Joe Biden met Xi. The French president replied.", "president"),  # another country
        ("Joe Biden met Tony Blair. Blair and his wife left early.", "wife"),  # no one else of his name
        # the sentence before names another person of no stated office: either may be the judge
        (
            "Lady Marsh told Tom Hale that she had to pass a long sentence. The judge said Hale posed a risk "
            "to women.",
            "judge",
        ),
        # a name in a clause beside the description is not the description's name
        ("The judge, who jailed Paul Grant, told the court the fraud had been cruel.", "judge"),
        ("The lawyer, acting for Paul Grant and Ann Lee, told the court the fraud had been cruel.", "lawyer"),
        ("The lawyer for Paul Grant said the ruling was unfair.", "lawyer"),  # whom the office serves
        # a line run into the next puts a name after a noun that describes no one
        ("Crowds gathered to hear the verdict Paul Grant reported from the court.", "verdict"),
        ("Fans in the square cheered the result Ann Dale reported from the stadium.", "result"),
    ],
)  # fmt: skip
def test_what_the_text_does_not_settle_stays_unresolved(text, word):
    assert word not in resolved(text), resolved(text)


def test_a_description_adds_a_mention_a_sentence_and_a_role_to_the_actor(nlp):
    text = "Russian President Vladimir Putin met Kim Jong Un.\n\nThe Russian leader gave him a rifle."
    article = Article("a", "a", "a.txt", None, None, None, None, (), tuple(text.split("\n\n")), "")
    briefing = extract(article, load_nlp()(article.text))
    putin = next(a for a in briefing.actors if a.name == "Vladimir Putin")
    assert putin.mentions == 2
    assert [e.sentence for e in putin.evidence] == [1, 2]
    assert "Russian leader" in putin.roles


def test_a_gift_names_the_resolved_actor_not_the_description(parse):
    from builder.extract.gifts.find import find_gifts

    text = "Russian President Vladimir Putin met Kim Jong Un. The Russian leader gave Kim a rifle."
    assert [(g.giver, g.recipient) for g in find_gifts(parse(text))] == [("Vladimir Putin", "Kim Jong Un")]


def authors(text: str) -> dict[str, str]:
    """Each document word of the text and the actor named as its author (last occurrence wins)."""
    analysis = analyse(text)
    return {
        token.text: reference.actor.name
        for token in analysis.doc
        if (reference := analysis.resolver.author(token)) is not None
    }


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("The Harbour Trust's report warns that the pier may close.", "report", "Harbour Trust"),
        ("A review by the Audit Commission was published. The review says costs have doubled.",
         "review", "Audit Commission"),
        ("The memo, drawn up by Ann Pike, was leaked. The memo warns of delays.", "memo", "Ann Pike"),
    ],
)  # fmt: skip
def test_a_document_resolves_to_the_author_the_article_names(text, word, actor):
    assert authors(text).get(word) == actor, authors(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The memo warns that the pier may close.", "memo"),  # no author named
        ("The Harbour Trust met. A report warns that the pier may close.", "report"),  # which report?
    ],
)
def test_a_document_without_a_named_author_stays_unresolved(text, word):
    assert word not in authors(text), authors(text)


def spoken_by(text: str, word: str) -> str | None:
    """Who the resolver says speaks the quotation holding the last `word` of the text (the speaker token)."""
    analysis = analyse(text)
    token = [t for t in analysis.doc if t.text == word][-1]
    speaker = analysis.resolver.speaker(token)
    return speaker.text if speaker is not None else None


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ('"We will appeal," said Ann Lee.', "We", "Lee"),  # named after the quotation
        ('Ann Lee said: "We will appeal against the ruling."', "We", "Lee"),  # before it
        (  # a quotation that runs on over quoted sentences
            'Club chairman Tom Reed said the season had been hard. "The board let us down.\n'
            '"Nobody answered our letters.\n"I wrote to them twice."',
            "I",
            "Reed",
        ),
        (  # "my dad" speaks inside the quotation, not the quotation; "she" is the woman named before
            'Ann Lee, 34, was at the match. "My dad said we should leave," she said. "I stayed."',
            "I",
            "Lee",
        ),
        (  # a speech verb inside the quoted words is not who speaks them
            'Ms Ann Lee said the night was long. "Tom shouted at us, then he said he would call the police.\n'
            '"We just sat and waited."',
            "We",
            "Lee",
        ),
        (  # the speaker named last before the quotation, not another named earlier
            "The council said it would close the pool. Residents' leader Jo Kay told the meeting the plan "
            'was wrong. "We will fight it."',
            "We",
            "Kay",
        ),
    ],
)
def test_who_speaks_a_quotation(text, word, speaker):
    assert spoken_by(text, word) == speaker


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We will appeal against the ruling.", "We"),  # no speaker named
        (  # the quotation has ended: three sentences of narration since its speaker
            "Ann Lee said the vote was close. The count took all night. Turnout was low. Rain fell all day. "
            '"We were robbed."',
            "We",
        ),
    ],
)
def test_a_quotation_without_a_speaker_near_has_none(text, word):
    assert spoken_by(text, word) is None
