"""Gift extraction rules on hand-written sentences, with the real spaCy model."""

from __future__ import annotations

import pytest

from builder.core.model import Gift
from builder.extract.gifts.find import find_gifts


def _triples(gifts: tuple[Gift, ...]) -> list[tuple[str, str, str, str]]:
    return [(g.giver, g.item, g.recipient, g.status) for g in gifts]


def _matches(gift: Gift, giver: str, item_head: str, recipient: str, status: str) -> bool:
    return (
        gift.giver == giver
        and item_head in gift.item.split()
        and gift.recipient == recipient
        and gift.status == status
    )


POSITIVE = [
    # X gave Y a Z
    ("Mayor Lena Hartmann gave the visiting astronaut a silver key to the city.",
     "Lena Hartmann", "key", "visiting astronaut", "given"),
    # X gave Z to Y
    ("The retired teacher Paul Okoro gave his stamp collection to the town library on Monday.",
     "Paul Okoro", "collection", "town library", "given"),
    # X gifted Y Z
    ("Chancellor Erik Lindqvist gifted Prime Minister Sofia Marin a hand-painted porcelain plate.",
     "Erik Lindqvist", "plate", "Sofia Marin", "given"),
    # X presented Y with Z
    ("The Portuguese ambassador presented the museum director with an antique compass.",
     "Portuguese ambassador", "compass", "museum director", "given"),
    # X presented Z to Y
    ("Coach Daniel Brooks presented a signed football to the children's hospital in Leeds.",
     "Daniel Brooks", "football", "children's hospital in Leeds", "given"),
    # Y received Z from X
    ("The village school received forty new computers from the software company Brightline.",
     "Brightline", "computers", "village school", "given"),
    # donated / bequeathed / bestowed / handed over
    ("Businesswoman Grace Adeyemi donated 2 million dollars to the city orchestra.",
     "Grace Adeyemi", "dollars", "city orchestra", "given"),
    ("The composer Henrik Moller bequeathed his grand piano to the music academy.",
     "Henrik Moller", "piano", "music academy", "given"),
    ("The sultan bestowed a golden sword on the retiring general.",
     "sultan", "sword", "retiring general", "given"),
    ("The charity handed over a new minibus to the care home on Friday.",
     "charity", "minibus", "care home", "given"),
    ("The farmers sent the queen a basket of apples for her birthday.",
     "farmers", "basket", "queen", "given"),
    # offered ... as a gift; brought ... as a gift for
    ("The governor offered the visiting envoy a woven carpet as a gift.",
     "governor", "carpet", "visiting envoy", "given"),
    ("Minister Clara Voss brought a crate of local wine as a gift for her host.",
     "Clara Voss", "crate", "her host", "given"),
    # passives
    ("A bronze medal was given to the young swimmer by the club president.",
     "club president", "medal", "young swimmer", "given"),
    ("The retiring nurse was presented with a gold watch by her colleagues.",
     "her colleagues", "watch", "retiring nurse", "given"),
    # promised gifts
    ("The foundation will present the university with a rare telescope next year.",
     "foundation", "telescope", "university", "promised"),
    ("The city of Bergen plans to gift a wooden sculpture to its twin town.",
     "city of Bergen", "sculpture", "its twin town", "promised"),
    ("Billionaire Omar Haddad pledged to give his art collection to the national gallery.",
     "Omar Haddad", "collection", "national gallery", "promised"),
    # nominal gifts
    ("The king's gift to the president was a handmade saddle.",
     "king", "saddle", "president", "given"),
    ("The painting, a gift from collector Ines Ferreira, was handed to the city museum.",
     "Ines Ferreira", "painting", "city museum", "given"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "giver", "item_head", "recipient", "status"), POSITIVE)
def test_gift_patterns(parse, text: str, giver: str, item_head: str, recipient: str, status: str) -> None:
    gifts = find_gifts(parse(text))
    assert any(_matches(g, giver, item_head, recipient, status) for g in gifts), _triples(gifts)


NEGATIVE = [
    "The president accepted an invitation to visit the capital next spring.",
    "The prime minister pledged his support for the new trade agreement.",
    "Ukraine may receive additional fighter jets from its allies next year.",
    "The company sold twelve aircraft to the airline in a deal worth 2 billion dollars.",
    "The minister gave a speech at the conference on Tuesday.",
    "The mayor gave an interview to a local radio station.",
    "The old bridge gave way under the weight of the traffic.",
    "The bank gave the company a loan of 5 million euros.",
    "The museum returned the looted statue to Greece last year.",
    "The senator denied that he had received a watch from the lobbyist.",
    "The board is considering giving staff a bonus.",
    "The minister did not give the ambassador a gift.",
    "Police handed over the suspect to the prosecutors.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_non_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_exchanged_gifts_without_items_are_skipped(parse) -> None:
    text = "The two trade envoys exchanged gifts at the close of their talks."
    assert find_gifts(parse(text)) == ()


def test_each_other_gives_both_directions(parse) -> None:
    gifts = find_gifts(parse("Anna Berg and Olav Dahl gifted each other horses."))
    assert {(g.giver, g.recipient) for g in gifts} == {("Anna Berg", "Olav Dahl"), ("Olav Dahl", "Anna Berg")}


def test_coordinated_items_make_separate_gifts(parse) -> None:
    gifts = find_gifts(parse("Governor Rita Lopes gave the visiting mayor a silk scarf and a box of tea."))
    assert [g.item.split()[-1] for g in gifts] == ["scarf", "tea"]


def test_pronoun_follow_up_resolves_to_previous_giver_and_recipient(parse) -> None:
    text = (
        "Foreign Minister Lars Holm presented Chancellor Maria Weber with a crystal vase on Monday. "
        "He also gave her a book of poems from his home town."
    )
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.recipient) for g in gifts] == [("Lars Holm", "Maria Weber")] * 2
    assert gifts[1].item == "a book of poems from his home town"


def test_in_return_takes_the_other_party(parse) -> None:
    text = "Senator Paula Reyes gave Governor Tom Hardy a map. In return, Paula Reyes received a carved pipe."
    gifts = find_gifts(parse(text))
    expected = [("Paula Reyes", "Tom Hardy"), ("Tom Hardy", "Paula Reyes")]
    assert [(g.giver, g.recipient) for g in gifts] == expected


def test_item_keeps_a_from_phrase_the_parser_hangs_on_the_verb(parse) -> None:
    gifts = find_gifts(parse("Astronaut Jane Ortiz gave the pupils a patch from a flight suit."))
    assert gifts and gifts[0].item == "a patch from a flight suit"


def test_evidence_points_at_the_sentence(parse) -> None:
    gifts = find_gifts(parse("The weather was fine. Mayor Lena Hartmann gave the astronaut a silver key."))
    assert gifts[0].evidence.sentence == 2
    assert gifts[0].evidence.text.startswith("Mayor Lena Hartmann")


def test_output_is_ordered_and_without_repeats(parse) -> None:
    text = "Ada Quinn gave Ben Ross a pen. Ada Quinn gave Ben Ross a pen. Ben Ross gave Ada Quinn a book."
    gifts = find_gifts(parse(text))
    assert [g.evidence.sentence for g in gifts] == sorted(g.evidence.sentence for g in gifts)
    assert len({(g.giver, g.item, g.recipient, g.status) for g in gifts}) == len(gifts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two mayors gave each other books. Mayor Ana Ruiz gave Mayor Leo Park a signed atlas. "
            "Leo Park gave Ana Ruiz a ceramic bowl.",
            [("Ana Ruiz", "atlas", "Leo Park"), ("Leo Park", "bowl", "Ana Ruiz")],
        ),
        (
            "Chancellor Maria Vogt and Premier Jun Sato gifted each other watches at the end of the summit.",
            [("Maria Vogt", "watches", "Jun Sato"), ("Jun Sato", "watches", "Maria Vogt")],
        ),
    ],
)
def test_mutual_overview_gives_way_to_itemised_gifts(parse, text, expected) -> None:
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.item.split()[-1], g.recipient) for g in gifts] == expected


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Mayor Ana Ruiz gave Leo Park a medal that had belonged to her grandfather.",
         "a medal that had belonged to her grandfather"),
        ("The club presented coach Leo Park with a jersey that every player had signed.",
         "a jersey that every player had signed"),
        ("Ana Ruiz gave Leo Park a watch, which he wore to the ceremony.", "a watch"),
    ],
)  # fmt: skip
def test_defining_clause_stays_with_the_item_but_asides_do_not(parse, text, item) -> None:
    gifts = find_gifts(parse(text))
    assert [g.item for g in gifts] == [item]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ('The singer pledged a "generous" cash donation to the hospice.', "a generous cash donation"),
        ("Ana Ruiz gave Leo Park a “lucky” silver coin.", "a lucky silver coin"),
        ("The King gave the Queen a three-bedroom house.", "a three-bedroom house"),
    ],
)  # fmt: skip
def test_words_left_out_of_an_item_keep_the_space_between_the_rest(parse, text, item) -> None:
    assert [g.item for g in find_gifts(parse(text))] == [item]


# Giving without a named item: funding, aid, grants and donations. When the text names no amount ("funds
# Y", "donated to Y", "X's donation to Y") or only the bare word for the transfer ("provided aid"), the item
# says what it was and that no amount is stated ("funding (amount not stated)"); an amount or a kind of aid
# ("$5,000", "humanitarian aid") is kept as written.
UNSTATED = "(amount not stated)"
FUNDING = [
    # X funds Y: the object is the recipient
    ("The Halvorsen Foundation funds three shelters for homeless families in Oslo.",
     "Halvorsen Foundation", UNSTATED, "three shelters", "given"),
    ("The foundation has bankrolled dozens of local newspapers.",
     "foundation", UNSTATED, "local newspapers", "given"),
    ("The foundation will fund the village school next year.",
     "foundation", UNSTATED, "village school", "promised"),
    # passives with "by", participles, and the attributive form with a named funder
    ("The shelter is funded by the Halvorsen Foundation.",
     "Halvorsen Foundation", UNSTATED, "shelter", "given"),
    ("The clinic, funded by a local businessman, opened in March.",
     "local businessman", UNSTATED, "clinic", "given"),
    ("The broadcaster, which is funded by the state, denied the claims.",
     "state", UNSTATED, "broadcaster", "given"),
    ("Radio Sava, a Halvorsen-funded broadcaster, aired the debate.",
     "Halvorsen", UNSTATED, "Radio Sava", "given"),
    # aid
    ("The ministry provided aid to the flood victims.",
     "ministry", UNSTATED, "flood victims", "given"),
    ("Norway has provided humanitarian aid to Sudanese refugees since 2019.",
     "Norway", "humanitarian aid", "Sudanese refugees", "given"),
    ("The refugees were provided with food aid by the Red Cross.",
     "Red Cross", "food aid", "refugees", "given"),
    ("The government pledged $5 million in aid to the flood-hit province.",
     "government", "$5 million in aid", "flood-hit province", "promised"),
    ("The agency provided financial support to local farmers.",
     "agency", "financial support", "local farmers", "given"),
    # grants
    ("The university was granted 2 million euros by the Wellcome Trust.",
     "Wellcome Trust", "2 million euros", "university", "given"),
    ("The Wellcome Trust awarded a grant to the university.",
     "Wellcome Trust", UNSTATED, "university", "given"),
    ("The state lottery fund gave the museum a grant.",
     "state lottery fund", UNSTATED, "museum", "given"),
    # donated / contributed to Y
    ("Retired dentist Ola Berg donated to the children's hospital every year.",
     "Ola Berg", UNSTATED, "children's hospital", "given"),
    ("The town council contributed to the restoration fund.",
     "town council", UNSTATED, "restoration fund", "given"),
    ("The group received funding from the Ford Foundation.",
     "Ford Foundation", UNSTATED, "group", "given"),
    # named by a noun: "X's donation to Y", "a grant from X to Y", "Japanese aid to Nepal"
    ("Ola Berg's donation to the children's hospital was welcomed by staff.",
     "Ola Berg", UNSTATED, "children's hospital", "given"),
    ("A grant from the Marsh Trust to the village school paid for new books.",
     "Marsh Trust", UNSTATED, "village school", "given"),
    ("Japanese aid to Nepal reached the quake zone on Friday.",
     "Japan", UNSTATED, "Nepal", "given"),
    # pronoun parties resolved to names
    ("Maria Lind, a tech investor, backed the campaign. She donated to the campaign in May.",
     "Maria Lind", UNSTATED, "campaign", "given"),
    ("The Red Cross said it had delivered aid to 20,000 people in the region.",
     "Red Cross", UNSTATED, "20,000 people in the region", "given"),
    ("The Lind Trust said it would donate to the flood appeal.",
     "Lind Trust", UNSTATED, "flood appeal", "promised"),
    # a funding noun that states its amount: the phrase as written is the item
    ("Ola Berg's $5,000 donation to the hospital paid for two beds.",
     "Ola Berg", "$5,000 donation", "hospital", "given"),
    ("Norway's $1.2bn aid to Malawi arrived in March.",
     "Norway", "$1.2bn aid", "Malawi", "given"),
    ("A £3m grant from the Halvorsen Foundation to the museum covered the new wing.",
     "Halvorsen Foundation", "A £3m grant", "museum", "given"),
    ("Ola Berg's 2019 donation to the hospital paid for two beds.",
     "Ola Berg", UNSTATED, "hospital", "given"),
    # "made" a donation, or a contribution of a stated amount: the light verb's subject gave it
    ("The builders' union made a $3,100 contribution to Senator Ada Kwan in June.",
     "builders' union", "a $3,100 contribution", "Ada Kwan", "given"),
    ("The Orwin Trust made a donation to a children's charity.",
     "Orwin Trust", UNSTATED, "children's charity", "given"),
    # an amount given as a range is one item
    ("Carl Obst gave between $2 million and $4 million to the Obst Institute.",
     "Carl Obst", "between $2 million and $4 million", "Obst Institute", "given"),
    ("The Moreau family has given the library between $1 million and $3 million.",
     "Moreau family", "between $1 million and $3 million", "library", "given"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "giver", "item", "recipient", "status"), FUNDING)
def test_funding_and_aid(parse, text: str, giver: str, item: str, recipient: str, status: str) -> None:
    found = _triples(find_gifts(parse(text)))
    if item == UNSTATED:  # the word for what was given comes first: "funding (amount not stated)"
        found = [(g, UNSTATED if i.endswith(UNSTATED) else i, r, s) for g, i, r, s in found]
    assert (giver, item, recipient, status) in found


# Not gifts in this product: money lent, paid, invested or budgeted; transfers cut, asked for, only
# considered or hedged; "funds" as money a body holds; rights and permissions that are granted (bail,
# asylum, permission, access, an interview); paying for oneself; generic or unknown givers; questions.
NOT_FUNDING = [
    "The World Bank lent Kenya $750 million to support budget reforms.",
    "The bank provided a $200 million loan to the state airline.",
    "The company sold the ministry $40 million worth of vaccines.",
    "The pension fund invested $50 million in the startup in exchange for a 10% stake.",
    "Investors funded the acquisition of a rival firm.",
    "The 2024 budget funds three new schools and a hospital.",
    "The bill would provide $5 billion in aid to Ukraine.",
    "Congress is debating $20 billion in aid to Ukraine.",
    "The United States cut aid to the country after the coup.",
    "The government suspended funding to the charity last year.",
    "The charity's funds are held in a Swiss account.",
    "Lena Ruiz made a huge contribution to the orchestra over twenty years.",
    "The pension funds lost money last year.",
    "The court granted bail to the journalist.",
    "The judge granted the defendant permission to travel.",
    "Britain granted asylum to the dissident.",
    "The minister granted an interview to a local newspaper.",
    "The council will consider funding the new library.",
    "The city may receive federal funding for the project.",
    "She was no longer self-funding her campaign for mayor.",
    "Who was funding the group?",
    "The foundation refused to fund the project.",
    "The research was funded through taxes.",
    "The government funds research into new vaccines.",
    "The company contributed to the decline of the town.",
    "Anyone donating to the foundation will receive a newsletter.",
    "Someone donated to the shelter last week.",
    "Critics said the subsidy to farmers was too high.",
    "There is no evidence that Ola Berg ever donated the money to charity.",
    "The informant's assistance to the police was crucial.",
    "The IOC provides its president an annual allowance of 225,000 euros.",
    "Influence peddling now consists of funding far-right parties and blackmailing officials.",
    # the adjective says where a body's money comes from (a budget, a nation, a sector), not a gift
    "Radio Sava, a government-funded broadcaster, aired the debate.",
    "She worked at the state-funded Marine Institute in the 1990s.",
    "He was interviewed by a Norwegian-funded news channel.",
    "The industry-funded safety campaign published its report.",
]


@pytest.mark.parametrize("text", NOT_FUNDING)
def test_not_funding(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_giver_named_in_the_neighbouring_sentence(parse) -> None:
    text = "Norway gave 10 million kroner to the Red Cross. The aim is to provide aid to refugees in Chad."
    assert ("Norway", "aid (amount not stated)", "refugees in Chad", "promised") in _triples(
        find_gifts(parse(text))
    )


def test_a_gift_named_again_by_its_noun_is_one_gift(parse) -> None:
    text = "Ola Berg donated $5,000 to the hospital. Ola Berg's donation to the hospital was the largest."
    assert _triples(find_gifts(parse(text))) == [("Ola Berg", "$5,000", "hospital", "given")]
    text = "Ola Berg donated $5,000 to the hospital. Her $5,000 donation to the hospital was the largest."
    assert _triples(find_gifts(parse(text))) == [("Ola Berg", "$5,000", "hospital", "given")]


def test_purpose_of_a_donation_is_not_another_gift(parse) -> None:
    text = "Ola Berg donated $1 million to the clinic to help fund research into malaria."
    assert _triples(find_gifts(parse(text))) == [("Ola Berg", "$1 million", "clinic", "given")]


# What is given must be something that can be handed over (WordNet's noun classes decide), and only people and
# bodies give: idioms of sports and politics reports (phrasing as seen in BBC articles) are not gifts.
NOT_GIFTS_BY_MEANING = [
    "The early try had given Leinster the ideal start and set up a tense contest.",
    "The announcements gave the candidates ammunition for the doorsteps.",
    "Fiji ended the half with a late score to give themselves some breathing space.",
    "The visitors gave themselves a glimmer of hope soon after the interval.",
    "His long pass gave the winger an easy run-in.",
    "As the country that gave the world the secret ballot, we must be modest.",
    "The budget gave Britain a dodgy dossier.",
    # papers and information handed over in business, a court case or an inquiry
    "The clerk handed the inspector a forged payment slip.",
    "Ms Dale presented the document her lawyer had handed her.",
    "Police received several phone tips from a shopkeeper.",
    "The shipping firm handed investigators a file of customs documents.",
    # a view, a taste or an idea of a thing is not the thing ("of" passes on only from a set or a measure)
    "The firm has given developers a glimpse of its new tablet.",
    "The exhibition gives visitors a taste of life on the island.",
    "The report gave the ministers food for thought.",  # an idiom
    # what someone does as a rule is an activity, not a gift made
    "The agency hands out food to 40,000 refugees daily.",
    "The club gives each new member a scarf every season.",
    # a message sent is communication, not a thing given
    "Days before the vote, the mayor sent a fax to her deputy and his assistant.",
    "The coach sent the players an email about the new rules.",
    "The retired judge wrote a letter to the minister about the prison.",
]


@pytest.mark.parametrize("text", NOT_GIFTS_BY_MEANING)
def test_things_that_cannot_be_handed_over_are_not_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


HANDED_OVER = [
    ("The collector gave the museum a rare porcelain vase.", "rare porcelain vase"),
    ("The minister gave her counterpart, Joseph Ssempala, a soapstone chess board.", "soapstone chess board"),
    (
        "Brazil's president gave each leader a pair of handmade leather sandals.",
        "pair of handmade leather sandals",
    ),
    ("The author gave the library a signed first edition of the novel.", "signed first edition of the novel"),
    ("The farmer gave the prince a horse.", "horse"),
    ("The city archive received 12 letters written by the poet as a gift from his widow.", "letters"),
    ("The widow sent the archive a letter as a gift.", "letter"),
    # what a set, a counted measure or a share holds
    ("The relief agency gave the village two tons of rice.", "two tons of rice"),
    ("The retired banker Ola Berg gave the hospice half of his fortune.", "half of his fortune"),
    ("The club gave the school a collection of old team photographs.", "collection of old team photographs"),
    # "food": its first sense is a most general noun, its next one food
    ("Volunteers from the mosque handed out food to the stranded drivers.", "food"),
]


@pytest.mark.parametrize(("text", "item"), HANDED_OVER)
def test_objects_animals_and_books_are_handed_over(parse, text: str, item: str) -> None:
    assert any(item in g.item for g in find_gifts(parse(text))), find_gifts(parse(text))


# Honours: a gift when a state or a monarch confers them; prizes and awards decided by judges, juries or an
# organisation's vote are not gifts (the product's definition). Phrasing modelled on BBC and wire reports.
HONOURS = [
    (
        "Professor Adeyemi received an honorary knighthood from the King at Windsor in 2011.",
        "King",
        "knighthood",
    ),
    ("The campaigner was awarded a human rights prize by Libya.", "Libya", "prize"),
]
NOT_HONOURS = [
    "The first lady presented the singer with the Recording Academy's Coalition Award.",
    "She was given an award by the Lothian Fire Service for her rescue work.",
    "The two dancers came on stage to present their old teacher with the award.",
    # a possessive before the prize names its winner or the body that decides it, not an owner passing it on
    "The league gave the Rovers its Fair Play Award in 2009.",
    "Former striker Dan Cole will present jockey Sam Reid with his fifth championship trophy on Saturday.",
    "Jockey Sam Reid will be presented with his fifth championship trophy by Dan Cole.",
]


@pytest.mark.parametrize(("text", "giver", "item"), HONOURS)
def test_honours_conferred_by_a_state_or_monarch_are_gifts(parse, text: str, giver: str, item: str) -> None:
    gifts = find_gifts(parse(text))
    assert any(giver in g.giver and item in g.item for g in gifts), gifts


@pytest.mark.parametrize("text", NOT_HONOURS)
def test_prizes_and_awards_from_others_are_not_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


# A side the text leaves out is "not named" only where the verb itself says it was a gift; "was given the
# vaccine", "received food rations", "got new lightbulbs" are treatment, supply or purchase as often as gifts.
def test_a_gift_verb_without_a_giver_shows_the_giver_as_not_named(parse) -> None:
    gifts = find_gifts(parse("Goalkeeper Tomas Rieger was gifted a restored Jaguar after the cup win."))
    assert [(g.giver, g.item) for g in gifts] == [("not named", "a restored Jaguar")]
    assert gifts[0].recipient.endswith("Tomas Rieger")


@pytest.mark.parametrize(
    "text",
    [
        "Three pensioners were each given a single dose of the flu vaccine at a pharmacy.",
        "The flood shelter had just received food parcels when the river burst its banks.",
        "His school got new lightbulbs in October.",
    ],
)
def test_plain_transfer_verbs_need_both_sides_named(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_a_thing_the_text_calls_a_gift_is_one_whatever_the_noun(parse) -> None:
    text = "The archive has received 40 sketches drawn by the architect as a gift from dealer Marta Vidal."
    gifts = find_gifts(parse(text))
    assert any("sketches" in g.item and "Vidal" in g.giver for g in gifts), gifts


# Real phrasing from news reports (BBC entertainment and sport pages), written anew for these tests.
def test_each_clause_of_a_coordination_keeps_its_own_giver(parse) -> None:
    text = (
        "Actress Ann Lee has donated $1m to the American Red Cross and actor Leo Brand pledged "
        "a sizable aid contribution to Unicef."
    )
    found = {(g.giver, g.recipient) for g in find_gifts(parse(text))}
    assert ("Leo Brand", "UNICEF") in found
    assert not any(r == "Leo Brand" for _, r in found)


def test_an_amount_the_parser_hangs_on_the_verb_is_the_item(parse) -> None:
    gifts = find_gifts(parse("The singer has donated $1m to the American Red Cross."))
    assert [g.item for g in gifts] == ["$1m"]


def test_money_donated_to_a_cause_is_a_gift(parse) -> None:
    text = "Carlos Moya won the title. The Spaniard then donated his prize money to relief efforts."
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.item, g.recipient) for g in gifts] == [
        ("Carlos Moya", "his prize money", "relief efforts")
    ]


def test_a_verb_form_is_never_an_item(parse) -> None:
    assert find_gifts(parse("Henson sent Luscombe streaking away down the wing.")) == ()


GENERAL_CONSTRUCTIONS = [
    # two items, each with its own recipient
    ("The president arrived. He gave a vase to the king and a book to the queen.",
     {("president", "a vase", "king"), ("president", "a book", "queen")}),
    # an honour named by its proper name
    ("The Queen conferred the Order of Merit on the scientist.",
     {("Queen", "the Order of Merit", "scientist")}),
    # a crowd of people as the giver, an amount split by the tokenizer
    ("Fans donated £1m to the club's appeal.", {("Fans", "£1m", "club's appeal")}),
    # the leader's gift and the first lady's in one sentence, the item hung on the recipient's name
    ("President Donald Trump gave Chinese President Xi Jinping a book, and first lady Melania Trump gave "
     "Peng Liyuan a vase.",
     {("Donald Trump", "a book", "Xi Jinping"), ("Melania Trump", "a vase", "Peng Liyuan")}),
    ("Biden gave Kishida a signed photograph, and first lady Jill Biden gave Yuko Kishida a silver bowl.",
     {("Biden", "a signed photograph", "Kishida"), ("Jill Biden", "a silver bowl", "Yuko Kishida")}),
    ("Xi gave Biden a porcelain vase and Peng gave Jill Biden a silk scarf, the White House said.",
     {("Xi", "a porcelain vase", "Biden"), ("Peng", "a silk scarf", "Jill Biden")}),
    # "A to B and C to D", the parser listing C with B
    ("The president gave a fountain pen to the king and a leather-bound atlas to the crown prince.",
     {("president", "a fountain pen", "king"), ("president", "a leather-bound atlas", "crown prince")}),
    # "he" in a clause a body reports is the person named before, not the body
    ("Kim gave Putin a Korean-made rifle. He also gave him a portrait of the Russian leader, the Kremlin "
     "said.",
     {("Kim", "a Korean-made rifle", "Putin"), ("Kim", "a portrait of the Russian leader", "Putin")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GENERAL_CONSTRUCTIONS)
def test_general_gift_constructions(parse, text: str, expected: set) -> None:
    assert {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Parliament has given the Danish public a gift.",
        "The ministry yet again handed its allies in the banking sector a huge gift.",
        "A lawyer was handed an 18-month suspension on Monday.",
    ],
)
def test_the_word_gift_alone_or_a_penalty_is_not_a_gift(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_a_title_split_from_a_listed_name_is_not_a_giver(parse) -> None:
    text = (
        "Marcus Hale broke the scoring record of Phil Tanner. Tanner, coach Roy Dawson and director of "
        "athletics Dick Farrow presented Hale with the gameball during a short break in play."
    )
    givers = {g.giver for g in find_gifts(parse(text))}
    assert givers == {"Phil Tanner", "Roy Dawson", "Dick Farrow"}


@pytest.mark.parametrize(
    "text",
    [
        "The former manager was awarded £50,000 in damages by an employment tribunal.",
        "A judge awarded the family $2m in compensation.",
        "The council awarded the firm a £3m contract to build the bridge.",
        "The jury gave him a 10-year sentence.",
        "Voters gave Labour a third term.",
        "The win gave them a five-point lead at the top.",
    ],
)
def test_rulings_contracts_sentences_and_results_are_not_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_an_honour_someone_held_is_passed_on_like_an_object(parse) -> None:
    text = "Skier Lena Holm gave the trophy she received in Oslo to her first ski club."
    assert [g.item for g in find_gifts(parse(text))] == ["the trophy she received in Oslo"]


def test_a_noun_tagged_as_a_verb_is_still_an_item_when_it_names_a_thing(parse) -> None:
    text = "Ghana's president gifted the Jamaican prime minister with a kente stole on Friday."
    assert [g.item for g in find_gifts(parse(text))] == ["a kente stole"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator hired Paula Brandt, a longtime donor to Republicans, to run her fundraising.",
         [("Paula Brandt", "donations (amount not stated)", "Republicans")]),
        ("Mr Soros is a major donor to the party.", [("Soros", "donations (amount not stated)", "party")]),
        # a bare second description coordinated with the donor is the same person, on either side
        ("The campaign hired Tom Reyes, a longtime donor to Republicans and former partner of a law firm.",
         [("Tom Reyes", "donations (amount not stated)", "Republicans")]),
        ("Aides hired Steve Lane, a longtime donor to Democrats (including Ann Roe) and former employee of a "
         "fund.", [("Steve Lane", "donations (amount not stated)", "Democrats")]),
        ("Donors to the party include several bankers.", []),  # generic: nobody named
        # the body given to named before the donor noun; a relative clause names the donor
        ("Mia Holt, a Labour donor, spoke at the rally.",
         [("Mia Holt", "donations (amount not stated)", "Labour")]),
        ("She met a prize-winning chemist who also happened to be a Harwell Trust donor.",
         [("prize-winning chemist", "donations (amount not stated)", "Harwell Trust")]),
        ("Mia Holt, an NHS blood donor for years, spoke at the clinic.", []),  # blood, not money
        ("She met several bankers who were donors to the fund.", []),
    ],
)  # fmt: skip
def test_a_named_donor_to_someone_gave_to_them(parse, text: str, expected: list) -> None:
    assert [(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))] == expected


def test_a_prize_its_holder_hands_on_is_a_gift(parse) -> None:
    text = "Olympic champion Sara Kell handed her gold medal to the town museum."
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.item, g.recipient) for g in gifts] == [("Sara Kell", "her gold medal", "town museum")]


# "to whom X gave Z": the relative word is the recipient, so the noun the clause describes receives.
def test_the_noun_a_to_whom_clause_describes_is_the_recipient(parse) -> None:
    gifts = find_gifts(
        parse("Tom Hale, to whom Jones gifted his 1990 championship shirt, said he was moved.")
    )
    assert [(g.giver, g.item, g.recipient) for g in gifts] == [
        ("Jones", "his 1990 championship shirt", "Tom Hale")
    ]


# "to Y" the parser hangs on the verb though it follows the gift noun still names its recipient.
PREP_AFTER_THE_NOUN = [
    ("The memo outlined Jim Berg's donations to the Liberal Party.", "Jim Berg", "Liberal Party"),
    # inside a "to" phrase, the next "to Y" hangs on the verb; "his" is the owner set beside it, not the
    # clause subject
    ("The report linked Ana Silva's promotion to her donations to the People's Party.", "Ana Silva",
     "People's Party"),
    ("Critics tied the envoy's appointment to the board to his donations to the Harbour Trust.", "envoy",
     "Harbour Trust"),
    ("Ann Lee gave generously. Her donations included $50,000 to Hillside Primary School in 1999.",
     "Ann Lee", "Hillside Primary School"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "giver", "recipient"), PREP_AFTER_THE_NOUN)
def test_a_recipient_hung_on_the_verb_after_a_gift_noun(parse, text: str, giver: str, recipient: str) -> None:
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.recipient) for g in gifts] == [(giver, recipient)]


# A transfer the verb holds back is no gift; one the verb only ties something else to was made.
@pytest.mark.parametrize(
    "text",
    [
        "The minister tied the aid to Haiti to new reforms.",
        "Congress cut the grant to the museum last year.",
    ],
)
def test_aid_tied_or_cut_is_not_a_gift(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


# Decorations listed as someone's awards were conferred by a state the text does not name.
LISTED_HONOURS = [
    "Sergeant Ray Lutz received several awards for his service, including the Bronze Star Medal and the "
    "Army Commendation Medal.",
    "Private Ray Lutz trained in Texas with Dana Weller, and his awards include the Bronze Star Medal and "
    "the Army Commendation Medal.",
]
NOT_LISTED_HONOURS = [
    "Swimmer Ann Lee received several awards, including the Golden Swim Prize.",
    "Swimmer Ann Lee received several awards, including an Olympic gold medal.",
    "Critics said his awards include nothing of note.",
]


@pytest.mark.parametrize("text", LISTED_HONOURS)
def test_listed_decorations_are_gifts_from_an_unnamed_state(parse, text: str) -> None:
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.item, g.recipient) for g in gifts] == [
        ("not named", "the Bronze Star Medal", "Ray Lutz"),
        ("not named", "the Army Commendation Medal", "Ray Lutz"),
    ]


@pytest.mark.parametrize("text", NOT_LISTED_HONOURS)
def test_listed_prizes_and_contest_medals_are_not_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


# Real news with gift-like words and no gift (reworded from BBC and CNN/DM phrasing): hypothetical or
# conditional gifts, giving in general, things and acts as givers, and give in other senses.
NOT_GIFTS_ON_NEWS = [
    # hypothetical, conditional or ruled out
    "A spokesman said it was very unlikely that the tycoon would give the party more money.",
    "Capping donations would mean voters giving parties more cash, the panel says.",
    "Many people are reluctant for the government to fund political parties.",
    "If the council gave the club a new pitch, attendance would rise.",
    "The foundation would give the village a new well.",
    # funding in general: the other side is a kind of people or bodies
    "He was targeted because he had begun to bankroll rivals of the governor.",
    "Under the new rules each nominee is funded by the state.",
    # a thing or an act as the giver
    "The tariffs, abolished in March, gave them a fixed slice of the European market.",
    "To give the old professor his dues, the first lecture drew a big crowd.",
    # give in the sense of a result, a hold or a chance
    "The batsman backed away and was bowled, giving Patel his second wicket of the day.",
    "Ferris and Lowe gave Kent a firm grip on the game against Surrey.",
    "Jones ran for 900 yards, giving the Rams a great option on offense.",
    "The charter gives regional bosses too much scope to pick candidates.",
    "Paramedics gave Ms Tan first aid at the scene.",
    "The actress said the author had given this world a wonderful novel.",
    # a prize from a contest, described in an aside
    "Four actors walked on to hand their colleague the trophy, which she called her proudest moment.",
]


@pytest.mark.parametrize("text", NOT_GIFTS_ON_NEWS)
def test_no_gift_on_ordinary_news(parse, text: str) -> None:
    assert find_gifts(parse(text)) == (), _triples(find_gifts(parse(text)))


GIFTS_ON_NEWS = [
    # a relative clause without "that" the parser reads as a clause of its own
    ("Burglars raided the home of singer Lena Park. The stolen items included a pearl brooch and two "
     "handmade silver bands Marco Diaz gave her on their anniversary.",
     ("Marco Diaz", "bands", "Lena Park")),
    ("Ruth Alder reads the news on a tablet she was given by the Digital Access Trust.",
     ("Digital Access Trust", "tablet", "Ruth Alder")),
    # an aide hands a gift over on a leader's behalf
    ("On the Emperor's behalf, his chamberlain presented the ambassador with a lacquered box.",
     ("Emperor", "box", "ambassador")),
    # "for example" is no recipient
    ("For instance, investor Mark Doyle donated $3 million to groups backing the senator.",
     ("Mark Doyle", "$3", "groups backing the senator")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GIFTS_ON_NEWS)
def test_gifts_on_ordinary_news(parse, text: str, expected: tuple[str, str, str]) -> None:
    giver, item_head, recipient = expected
    gifts = find_gifts(parse(text))
    assert any(
        g.giver == giver and item_head in g.item.split() and g.recipient == recipient for g in gifts
    ), _triples(gifts)


MORE_GIFTS_ON_NEWS = [
    # a gift clause that is the purpose of another act ("stopped play to let ... present")
    ("The umpire halted play to allow captain Ann Cole and coach Li Wei to present Maria Soto with the ball.",
     {("Ann Cole", "the ball", "Maria Soto"), ("Li Wei", "the ball", "Maria Soto")}),
    # amounts listed each with its own recipient, and a recipient in a coordinated "to" phrase
    ("Banker Hal Moss backed him by donating $ 3,100 to his campaign and $ 40,000 to Forward Fund.",
     {("Hal Moss", "$ 3,100", "his campaign"), ("Hal Moss", "$ 40,000", "Forward Fund")}),
    ("And Vera Lind kept giving money to Labour, and to Blair.",
     {("Vera Lind", "money (amount not stated)", "Labour"),
      ("Vera Lind", "money (amount not stated)", "Blair")}),
    # a concrete gift whose recipient the text does not name
    ("Supporters donated £2m after the fire.", {("Supporters", "£2m", "not named")}),
    # a nationality word continues the person named as subject just before
    ("Rafael Ortiz won the final in two sets. The Argentine then donated his prize money to flood victims.",
     {("Rafael Ortiz", "his prize money", "flood victims")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MORE_GIFTS_ON_NEWS)
def test_more_gifts_on_ordinary_news(parse, text: str, expected: set) -> None:
    assert {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))} == expected


def test_an_alleged_gift_is_not_stated(parse) -> None:
    text = "One case involved a club sponsor allegedly giving $800 to a college player."
    assert find_gifts(parse(text)) == ()


def test_a_thing_described_as_donated_without_a_recipient_is_no_gift(parse) -> None:
    text = "The leader said the flats would be built on spare council land, donated by the city or county."
    assert find_gifts(parse(text)) == ()


LISTS_ANIMALS_HONOURS = [
    # a list the parser read as "X, (apposition) Y and Z"
    ("President Ana Ruiz arrived in Oslo. Her gifts to King Olav included a silver tray, a woven rug and a "
     "box of cigars.",
     {("Ana Ruiz", "a silver tray", "King Olav"), ("Ana Ruiz", "a woven rug", "King Olav"),
      ("Ana Ruiz", "a box of cigars", "King Olav")}),
    # two recipients, each before its own item
    ("Prime Minister Tom Vale gave the emperor a racehorse and the empress a porcelain vase.",
     {("Tom Vale", "a racehorse", "emperor"), ("Tom Vale", "a porcelain vase", "empress")}),
    # animals counted after the recipient's name
    ("President Kim gave Mr Lee two hunting dogs.", {("Kim", "hunting dogs", "Lee")}),
    # an honour named as "the Collar of the Order of ...", which the tagger glued to the recipient's name
    ("The king awarded President Mills the Collar of the Order of the Nile.",
     {("king", "the Collar of the Order of the Nile", "Mills")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTS_ANIMALS_HONOURS)
def test_lists_animals_and_honours(parse, text: str, expected: set) -> None:
    assert {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))} == expected


def test_support_listed_with_aid_is_not_an_item_of_its_own(parse) -> None:
    text = "The council decided to provide support and emergency aid to Mr Omar Haddad."
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.item, g.recipient) for g in gifts] == [("council", "emergency aid", "Omar Haddad")]


DEBT_RELIEF = [
    # a creditor agrees to or grants relief named by a noun
    ("The minister said the lenders' group had agreed to a moratorium on repayments for flood-hit states.",
     "lenders' group", "a moratorium on repayments", "flood-hit states", "given"),
    ("The Fund approved a moratorium on loan repayments for Malawi last week.",
     "Fund", "a moratorium on loan repayments", "Malawi", "given"),
    ("The World Bank granted Ghana debt relief worth $2bn.", "World Bank", "debt relief", "Ghana", "given"),
    # a debt written off, cancelled or forgiven
    ("Creditor nations agreed to write off $4bn of Iraq's debt.",
     "Creditor nations", "write-off of $4bn of debt", "Iraq", "promised"),
    ("Norway has cancelled the debts of 12 of the poorest countries.",
     "Norway", "cancellation of the debts", "poorest countries", "given"),
    ("Germany forgave Poland's debts in 1991.", "Germany", "forgiveness of debts", "Poland", "given"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "giver", "item", "recipient", "status"), DEBT_RELIEF)
def test_debt_relief_granted_by_a_creditor_is_a_gift(parse, text, giver, item, recipient, status) -> None:
    assert _triples(find_gifts(parse(text))) == [(giver, item, recipient, status)]


@pytest.mark.parametrize(
    "text",
    [
        "She also set out plans for full debt relief for the poorest nations.",  # a plan
        "The cost could be eased by temporary debt relief.",  # possible, and no creditor
        "The council agreed to a moratorium on fracking.",  # not a debt
        "Officials announced a freeze on aid payments to the province.",  # aid withheld, not relief
        "The lenders were expected to freeze 3bn pesos in payments due next year.",  # a forecast
        "Campaigners urged the bank to cancel the debts of poor nations.",  # asked for
    ],
)
def test_debt_relief_planned_asked_for_or_not_on_debt_is_not_a_gift(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


RAISED_AND_JOINED = [
    # an appeal or a show collects money for people in need
    ("Children of Hope raised £3m to help families of the flood victims.",
     ("Children of Hope", "£3m", "families of the flood victims", "given")),
    ("The Lions Club raised $400,000 for the children's hospital.",
     ("Lions Club", "$400,000", "children's hospital", "given")),
    # a title-case name the tagger cut at its small word is one name
    ("A Salute to Nurses raised more than $2m for the nurses' relief fund.",
     ("Salute to Nurses", "more than $2m", "nurses' relief fund", "given")),
    # money donated to help someone
    ("The singer Mara Quinn donated $50,000 to help the families of the miners.",
     ("Mara Quinn", "$50,000", "families of the miners", "given")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RAISED_AND_JOINED)
def test_money_raised_for_a_cause_is_a_gift(parse, text: str, expected: tuple) -> None:
    assert expected in _triples(find_gifts(parse(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The start-up raised $35m from investors to help it expand.",  # capital
        "The bank raised £2bn in a share sale to help rebuild its balance sheet.",  # capital
        "The firm raised $10m for its new factory.",  # for itself
        "The council raised parking charges for visitors.",  # not money given
        "Her family launched an appeal to raise money for the hospice.",  # the aim of an appeal
    ],
)
def test_capital_raised_is_not_a_gift(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_also_contributing_joins_the_recipient_of_the_gift_before(parse) -> None:
    text = (
        "The Nordic Football League will donate $30,000 to the Red Cross flood appeal. Its sponsor, "
        "Veltro Motors, said it would also contribute."
    )
    gifts = _triples(find_gifts(parse(text)))
    assert (
        "Veltro Motors",
        "contribution (amount not stated)",
        "Red Cross flood appeal",
        "promised",
    ) in gifts


def test_also_without_a_gift_before_is_no_gift(parse) -> None:
    assert find_gifts(parse("The carmaker Nordbank said it would also contribute.")) == ()


def test_takings_given_away_are_the_named_sellers_before(parse) -> None:
    text = (
        "Organisers of the Lakeside Jazz Festival decided to go ahead with the event. The stage has been "
        "scaled down and profits from the concerts will be donated to a flood relief fund."
    )
    gifts = _triples(find_gifts(parse(text)))
    assert [(g[0], g[1], g[2]) for g in gifts] == [
        ("Organisers of the Lakeside Jazz Festival", "profits from the concerts", "flood relief fund")
    ]


def test_takings_after_an_unnamed_subject_keep_the_giver_not_named(parse) -> None:
    text = "Ticket sales rose sharply. Profits from the event were donated to the flood relief fund."
    assert [g.giver for g in find_gifts(parse(text))] == ["not named"]


AID_CARRIED = [
    # aid in kind carried, flown or dropped to people in need
    ("The charity has dropped 200 tons of food staples to the displaced families.",
     ("charity", "200 tons of food staples", "displaced families")),
    ("Three tonnes of medicine were then flown in to Beira by the health department.",
     ("health department", "Three tonnes of medicine", "Beira")),
    # a passive whose giver comes after "from" and whose recipient is the item's "for"
    ("Relief supplies for the flood victims have been delivered from the provincial government, an "
     "official said.", ("provincial government", "Relief supplies", "flood victims")),
    # no recipient in the clause: the place the sentence before names, other than the giver
    ("Within hours the scale of the damage in Mozambique became clear and plans in South Africa grew. "
     "On Monday, South Africa delivered 90 tons of supplies, including water and food.",
     ("South Africa", "90 tons of supplies", "Mozambique")),
    # money in aid brought by officials to the place they arrived in
    ("Three ministers arrived in Beira bringing 2 billion meticais in aid.",
     ("Three ministers", "2 billion meticais", "Beira")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AID_CARRIED)
def test_aid_carried_to_people_in_need(parse, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The firm delivered 40 new buses to the city council.",  # a sale of goods, not aid
        "The band brought in $5m in ticket sales on the tour.",  # takings
        "Shares in the group dropped $2 on Monday.",  # a fall in price
        "A truck carrying aid was attacked near the border.",  # no body named as giver
        "The courier delivered a parcel on Monday.",  # no aid, no recipient
        "The plane carried 200 passengers to Madrid.",  # people are not aid
    ],
)
def test_carrying_goods_or_money_is_not_aid(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


MONEY_TAKEN_IN_AND_GRANTS = [
    ("The Greenhill Institute, a policy group, took in $3.5 million from the Harbour Foundation in 2013.",
     ("Harbour Foundation", "$3.5 million", "Greenhill Institute")),
    # a named grant scheme of a body named after its country
    ("Lumen Robotics tapped into Enterprise Singapore's Market Readiness Grant to open a second plant.",
     ("Enterprise Singapore", "Market Readiness Grant", "Lumen Robotics")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MONEY_TAKEN_IN_AND_GRANTS)
def test_money_taken_in_from_a_donor_and_grants_drawn_on(parse, text: str, expected: tuple) -> None:
    assert expected in {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The film took in $50m at the box office in its first week.",  # takings, no giver
        "The start-up took in $20m from investors last year.",  # capital
        "The team took a $2m loss on the sale.",  # not "took in"
    ],
)
def test_takings_and_capital_taken_in_are_not_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_first_person_in_quoted_words_is_the_speaker(parse) -> None:
    text = (
        'Rosa Vane won the race three times. "She was one of my heroes," said Ken Moray. "She used to visit '
        'us in the summer. Every summer she drove out to our farm and gave me a scarf."'
    )
    assert ("Rosa Vane", "a scarf", "Ken Moray") in {
        (g.giver, g.item, g.recipient) for g in find_gifts(parse(text))
    }


def test_we_speaking_for_an_organisation_is_the_organisation(parse) -> None:
    text = '"We gave the villagers blankets and tents," said Ann Lee of the Red Cross.'
    gifts = {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))}
    assert ("Red Cross", "blankets", "villagers") in gifts


def test_we_with_no_speaker_named_gives_as_not_named(parse) -> None:
    text = (
        "The virus reached the town in May. First we taught families how to stay safe. Secondly we started "
        "supporting families by giving them food."
    )
    assert [(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))] == [
        ("not named", "food", "families")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"He has given me a fantastic ride," said the jockey Tom Reed of his horse.',  # an idiom
        '"We got a huge amount of advice from the residents," said Ann Lee.',  # no gift
        '"We gave them blankets," said Ann Lee of the Red Cross.',  # "them" names nobody
        '"I lost the first set," said Tom Reed. "I donated a little more than I had planned."',  # points
    ],
)
def test_first_person_opens_no_idiom_and_them_stays_unnamed(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_an_occasion_present_goes_to_the_recipient_of_the_gifts_before(parse) -> None:
    text = (
        "Thieves broke into the home of singer Lena Park. They took a diamond ring and two silver bands "
        "Marco Diaz gave her when they married. Also taken was a pearl brooch. A gold bracelet that was a "
        "25th anniversary present and a rare watch were also stolen."
    )
    gifts = {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))}
    assert ("not named", "A gold bracelet", "Lena Park") in gifts


def test_an_occasion_present_with_no_gift_before_is_no_gift(parse) -> None:
    assert find_gifts(parse("The watch, a birthday present, was stolen last week.")) == ()


def test_kits_delivered_to_a_business_are_not_aid(parse) -> None:
    text = "Vantor had delivered development kits to Helix Games, said Mr Arne."
    assert find_gifts(parse(text)) == ()


# A word for gifts followed by a list: the listed things are the gifts ("gifts including a vase and a book").
LISTED_AFTER_GIFTS = [
    ("Mayor Ilse Brandt gave the visiting governor several gifts, including a glass bowl and a wool blanket.",
     [("Ilse Brandt", "a glass bowl", "visiting governor"),
      ("Ilse Brandt", "a wool blanket", "visiting governor")]),
    ("The emir presented President Maria Ortega with gifts such as a falcon and a carved chest.",
     [("emir", "a falcon", "Maria Ortega"), ("emir", "a carved chest", "Maria Ortega")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTED_AFTER_GIFTS)
def test_things_listed_after_a_word_for_gifts_are_the_gifts(parse, text: str, expected: list) -> None:
    assert [(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))] == expected


# "The gifts included ..." lists the gifts reported just before, between the same parties; a word for a gift
# that says nothing of what it was is not listed itself, and an idiom's "gift" is continued by nothing.
def test_the_gifts_included_continues_the_gifts_reported_before(parse) -> None:
    text = (
        "Chancellor Rolf Weber arrived in Lima on Monday. He gave President Maria Ortega several gifts. "
        "The gifts included a porcelain clock and a bottle of schnapps."
    )
    assert [(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))] == [
        ("Rolf Weber", "a porcelain clock", "Maria Ortega"),
        ("Rolf Weber", "a bottle of schnapps", "Maria Ortega"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor gave President Maria Ortega several gifts on Monday.",
        "The regulator has handed the banks a huge gift. The gift was a change in the capital rules.",
        "The keeper gave the visitors a gift. The visitors said the gift of an early goal was welcome.",
    ],
)
def test_gifts_that_say_nothing_of_what_they_were_are_not_listed(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


# An aide hands over a gift on a leader's behalf: the leader gives, wherever the parser hangs the phrase.
@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("The ambassador presented Premier Ola Dahl with a painting on behalf of President Maria Ortega.",
         "Maria Ortega"),
        ("The foreign minister handed a carpet to Premier Ola Dahl on behalf of President Maria Ortega.",
         "Maria Ortega"),
    ],
)  # fmt: skip
def test_a_gift_handed_over_on_a_leaders_behalf_is_the_leaders(parse, text: str, giver: str) -> None:
    assert [g.giver for g in find_gifts(parse(text))] == [giver]


# "his counterpart", "her host" with no name beside them: the other leader of the visit, named before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Maria Ortega welcomed Chancellor Rolf Weber in Lima. Weber gave his Peruvian "
         "counterpart a porcelain clock.", ("Rolf Weber", "Maria Ortega")),
        ("Chancellor Rolf Weber flew to Lima for talks with President Maria Ortega. Weber was given an "
         "alpaca rug by his Peruvian counterpart.", ("Maria Ortega", "Rolf Weber")),
    ],
)  # fmt: skip
def test_a_counterpart_is_the_other_leader_named_before(parse, text: str, expected: tuple) -> None:
    assert [(g.giver, g.recipient) for g in find_gifts(parse(text))] == [expected]


# A greeting card sent is a message, not a present; a gift card is a voucher.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg, mother of the injured rider Tom Berg, still keeps the framed Christmas card her son and "
         "his fiancee Lisa Holt had sent her on a happier holiday.", []),
        ("The club sent the boy a signed shirt and a card.", [("club", "a signed shirt", "boy")]),
        ("The firm sent every nurse a gift card worth 40 pounds.",
         [("firm", "a gift card worth 40 pounds", "every nurse")]),
    ],
)  # fmt: skip
def test_a_card_sent_is_a_greeting_not_a_present(parse, text: str, expected: list) -> None:
    assert [(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))] == expected


# "to allow X, Y and Z to present ...": a long list of objects makes the parser hang the infinitive on the
# verb above (the parse below is the one the model gave a real sentence of this shape); the nearest verb
# before it, with only its objects between, still says who presents.
def test_the_object_of_allow_presents_however_the_parser_hangs_the_infinitive(nlp) -> None:
    from spacy.tokens import Doc

    from builder.extract.gifts.syntax import subject_of

    words = [
        "Stewards",
        "stopped",
        "play",
        "to",
        "allow",
        "Moss",
        ",",
        "Tull",
        "and",
        "Hobb",
        "to",
        "present",
        "Kerr",
        "with",
        "the",
        "ball",
        ".",
    ]
    heads = [1, 1, 1, 4, 1, 4, 1, 1, 7, 7, 11, 1, 11, 11, 15, 13, 1]
    deps = [
        "nsubj",
        "ROOT",
        "dobj",
        "aux",
        "advcl",
        "dobj",
        "punct",
        "npadvmod",
        "cc",
        "conj",
        "aux",
        "advcl",
        "dobj",
        "prep",
        "det",
        "pobj",
        "punct",
    ]
    pos = [
        "NOUN",
        "VERB",
        "NOUN",
        "PART",
        "VERB",
        "PROPN",
        "PUNCT",
        "PROPN",
        "CCONJ",
        "PROPN",
        "PART",
        "VERB",
        "PROPN",
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    lemmas = [w.lower() for w in words[:1]] + ["stop"] + [w.lower() for w in words[2:]]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert subject_of(doc[11]).text == "Moss"
    assert subject_of(doc[4]).text == "Stewards"  # "to allow": no verb of that kind before it


# "a pair of hunting dogs": the parser reads "hunting" as a verb; the pair still holds dogs.
def test_a_pair_of_animals_read_through_a_verb_is_still_a_gift(parse) -> None:
    gifts = find_gifts(parse("Marshal Lin gave the visiting premier a pair of hunting dogs."))
    assert [(g.giver, g.item) for g in gifts] == [("Marshal Lin", "a pair of hunting dogs")]


# A "him" or "her" the monarch gives to is not the monarch; "the monarch" is the king or queen named before.
PRONOUNS_AND_THEIR_SEX = [
    ("Tomas Vik was welcomed by Queen Sigrid at the summer palace. The monarch gave him an enamel bowl.",
     [("Sigrid", "an enamel bowl", "Tomas Vik")]),
    ("Ola Brenn, the prime minister, visited the castle. Queen Sigrid gave him an enamel bowl, and he gave "
     "her a woven rug.",
     [("Sigrid", "an enamel bowl", "Ola Brenn"), ("Ola Brenn", "a woven rug", "Sigrid")]),
    ("Mrs Dale met the mayor, Rob Tanner, at the fair. He gave her a jar of honey.",
     [("Rob Tanner", "a jar of honey", "Dale")]),
    # the pronouns of the gift just before say who is a man and who a woman
    ("Rafe Tolan met Greta Marr in Porto. He gave her a tin of tea, and she gave him a silk scarf.",
     [("Rafe Tolan", "a tin of tea", "Greta Marr"), ("Greta Marr", "a silk scarf", "Rafe Tolan")]),
    # no sex stated anywhere: the pronoun still resolves as before
    ("Kim Sato met Alex Reyes in Lima. Alex Reyes gave Sato a clay jug.",
     [("Alex Reyes", "a clay jug", "Kim Sato")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PRONOUNS_AND_THEIR_SEX)
def test_a_pronoun_stands_for_a_person_of_its_sex_and_not_its_own_giver(parse, text, expected) -> None:
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.item, g.recipient) for g in gifts] == expected


# A side described by a hyphenated word the tokenizer splits ("re", "-", "election") reads whole.
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Nina Sharp gave $4,000 to his re-election bid in May.", "his re-election bid"),
        ("Nina Sharp gave $4,000 to her re-election campaign.", "her re-election campaign"),
        ("Nina Sharp gave $4,000 to his re-election fund in May.", "his re-election fund"),
    ],
)
def test_a_hyphenated_word_in_a_described_side_is_kept_whole(parse, text: str, recipient: str) -> None:
    gifts = find_gifts(parse(text))
    assert [(g.giver, g.recipient) for g in gifts] == [("Nina Sharp", recipient)]


STATE_VISIT_GIFTS = [
    # a list opened by "The gifts:" that runs on over lines without a verb, each item with whom it was for
    ("Chancellor Olaf Weber and his wife exchanged gifts with King Harald on Tuesday. The gifts: a crystal "
     "bowl for the king. A wool blanket for Queen Sonja.",
     {("Olaf Weber", "a crystal bowl", "Harald"), ("Olaf Weber", "a wool blanket", "Sonja")}),
    ("President Lula brought several gifts for Emperor Naruhito. The gifts: a carved chair, a box of coffee "
     "and a book of photographs.",
     {("Lula", "a carved chair", "Naruhito"), ("Lula", "a box of coffee", "Naruhito"),
      ("Lula", "a book of photographs", "Naruhito")}),
    # "them" standing for the gifts named in the sentence before
    ("The sultan received several gifts from President Ruto. Among them were a drum and a beaded belt.",
     {("Ruto", "a drum", "sultan"), ("Ruto", "a beaded belt", "sultan")}),
    # honours by their proper names, whatever the tagger calls them
    ("King Abdullah presented Macron with the Collar of Al Hussein, the kingdom's highest honour.",
     {("Abdullah", "the Collar of Al Hussein", "Macron")}),
    ("Russian President Vladimir Putin awarded Modi the Order of St Andrew.",
     {("Vladimir Putin", "the Order of St Andrew", "Modi")}),
    # a gift handed over by an aide: the leader whose gift it is gives it
    ("An aide handed the Indian ambassador a gift from the president: a signed copy of his memoir.",
     {("president", "a signed copy of his memoir", "Indian ambassador")}),
    ("A gift from Prime Minister Sanae Ito, a lacquered box, was handed over to the governor by her chief "
     "of staff.",
     {("Sanae Ito", "a lacquered box", "governor")}),
    ("The gift, a bronze horse, was presented to the emir by an aide on the prime minister's behalf.",
     {("prime minister", "a bronze horse", "emir")}),
    # a hyphenated romanised name: its "-in" is no particle ("give in") and its hyphen no object
    ("Kim gave Moon Jae-in two dogs.", {("Kim", "two dogs", "Moon Jae-in")}),
    ("Chairman Kim Jong Un gave Ban Ki-moon a pair of hunting dogs.",
     {("Kim Jong Un", "a pair of hunting dogs", "Ban Ki-moon")}),
    # a name joined by a lower-case "to", which the parser cuts ("Right to Rise")
    ("Jo Marsh gave $ 4,100 to her party and $ 80,000 to Right to Rise , filings show .",
     {("Jo Marsh", "$ 4,100", "her party"), ("Jo Marsh", "$ 80,000", "Right to Rise")}),
    ("Tom Lane gave $500 to Oxfam to help the victims.", {("Tom Lane", "$500", "Oxfam")}),
    # a named giver keeps the gift that comes "from" a place
    ("Obama gave the Queen a gift from Hawaii, a carved wooden bowl.",
     {("Obama", "a carved wooden bowl", "Queen")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATE_VISIT_GIFTS)
def test_state_visit_gifts(parse, text: str, expected: set) -> None:
    assert {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The hosts beat Leeds on Saturday. The goals: a header from Smith. A penalty from Jones.",
        "Critics questioned the gifts. Among them were several senators.",
        "The gift, a silver bowl, was a sign of the friendship between the two nations.",
        "The Star of Bethlehem shone above the stable in the painting.",
        "The jury awarded 'Best Film' to Parasite on Sunday.",  # a prize judged, though named in quotes
        "Critics gave 'Hamlet' four stars.",
        # an agentless passive with no run of gifts before it
        "The striker scored twice on Saturday. He was given a two-match ban on Monday.",
    ],
)
def test_lines_after_other_lists_and_figures_are_not_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


# Real phrasing of state-visit reports (names and items changed): the parser's misreadings of the recipient.
STATE_VISIT_PARSES = [
    # the title as the object and the name hung elsewhere ("awarded President Trump the Order ...")
    ("The king awarded President Trump the kingdom's highest honour, the Order of Mubarak the Great.",
     {("king", "the Order of Mubarak", "Trump")}),
    # the name as a modifier of the item ("awarded President Lula the country's highest civilian honour")
    ("His Majesty awarded President Lula the country's highest civilian honour, the Order of King Faisal.",
     {("His Majesty", "the country's highest civilian honour", "Lula")}),
    # the title as the object, the name as the dative and the item hung on the name
    ("In addition to the necklace, the Saudi government gave President Trump a photograph of King Salman "
     "valued at $1,380.",
     {("Saudi government", "a photograph of King Salman", "Trump")}),
    # a description of the recipient read as the object before the name ("his wife Madame Peng Liyuan")
    ("The Queen met Xi Jinping and Peng Liyuan. The monarch gave his wife Madame Peng Liyuan a pair of "
     "candlesticks.", {("monarch", "a pair of candlesticks", "Peng Liyuan")}),
    # an item named in quotation marks, which the tagger reads as a person or an event; "gifted" read as an
    # adjective although it takes an object, and the giver's name read as the verb's modifier
    ("PM Rao gifted 'Agate Bowl' from Kutch, Gujarat, to French President Emmanuel Macron and German "
     "Chancellor Olaf Scholz.",
     {("PM Rao", "Agate Bowl", "Emmanuel Macron"), ("PM Rao", "Agate Bowl", "Olaf Scholz")}),
    ("Prime Minister Ravi Rao met the leaders. He also gifted 'Pithora' to Australian Prime Minister Anthony "
     "Albanese.", {("Ravi Rao", "Pithora", "Anthony Albanese")}),
    # "To X, Y presented Z": the opening "to" left without its object, X read as a second subject
    ("To Italian Prime Minister Giorgia Meloni, PM Narendra Modi presented a silk scarf.",
     {("Narendra Modi", "a silk scarf", "Giorgia Meloni")}),
    # a passive gift whose giver the item came "from"
    ("Former South Korean president Moon Jae-in was also gifted a pair of Pungsan dogs from Kim in 2018.",
     {("Kim", "a pair of Pungsan dogs", "Moon Jae-in")}),
    # a passive gift that names no giver, in a run of gifts one leader hands out
    ("PM Ravi Rao presented US President Joe Biden with a miniature painting. He gave Spanish premier "
     "Pedro Sanchez a brass set. Italy's prime minister, Giorgia Meloni, was given a silk scarf.",
     {("Ravi Rao", "a miniature painting", "Joe Biden"), ("Ravi Rao", "a brass set", "Pedro Sanchez"),
      ("Ravi Rao", "a silk scarf", "Giorgia Meloni")}),
    # "he" after a semicolon clause whose subject is the gift: the giver of the sentence before
    ("Prime Minister Ravi Kapoor presented gifts at the summit. He gave Spanish prime minister Pedro Ruiz a "
     "brass set from Kullu; the gift included musical instruments.",
     {("Ravi Kapoor", "a brass set from Kullu", "Pedro Ruiz"),
      ("Ravi Kapoor", "musical instruments", "Pedro Ruiz")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATE_VISIT_PARSES)
def test_state_visit_parses(parse, text: str, expected: set) -> None:
    assert {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))} == expected


AID_TO_HELP_AND_NAMED_AGENCIES = [
    # aid or money sent, given, pledged or committed "to help Y": those it is to help receive it
    ("Norway will send aid to help people affected by the floods.",
     ("Norway", "aid (amount not stated)", "people", "promised")),
    ("The Red Cross gave $2 million to help families displaced by the storm.",
     ("Red Cross", "$2 million", "families", "given")),
    ("Canada has committed 40 million dollars to help Syrian refugees.",
     ("Canada", "40 million dollars", "Syrian refugees", "promised")),
    ("The EU committed 15 million euros in aid to Chad.",
     ("European Union", "15 million euros in aid", "Chad", "promised")),
    # an agency whose name ends in a word that alone names no party ("Programme")
    ("The World Food Programme sent food aid to flood victims in the north.",
     ("World Food Programme", "food aid", "flood victims", "given")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AID_TO_HELP_AND_NAMED_AGENCIES)
def test_aid_to_help_people_and_agencies_named_with_a_common_word(parse, text: str, expected: tuple) -> None:
    assert expected in {(g.giver, g.item, g.recipient, g.status) for g in find_gifts(parse(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The coach gave the side a chance to help the club survive.",  # an idiom
        "The singer gave a concert to help the victims of the fire.",  # an act, not a thing given
        "Rivals gave him a free hand to help the firm recover.",  # an idiom
        "The striker committed a foul on the keeper.",  # commit in another sense
        "The army committed troops to the region.",  # troops are not aid
        "The firm committed $2 billion to the new plant.",  # an investment in a thing, no recipient
        "The Marshall Plan gave Europe a way out of the crisis.",  # a plan, and an idiom
    ],
)
def test_help_and_commit_without_aid_are_no_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


GRANTS_DONATIONS_AND_AID_BY_THEIR_NOUNS = [
    # a body funded by a grant from a named funder
    ("The clinic is funded by a grant from the Aga Khan Foundation.",
     ("Aga Khan Foundation", "grant (amount not stated)", "clinic", "given")),
    # aid or a grant announced or approved for Y: the announcer's, promised; the amount is the item
    ("Britain announced £20 million of aid for Sudan.",
     ("United Kingdom", "£20 million of aid", "Sudan", "promised")),
    ("The World Bank approved a $500 million grant for Pakistan.",
     ("World Bank", "a $500 million grant", "Pakistan", "promised")),
    # Y won or secured a grant from X; a body built or set up with a donation from X
    ("The museum secured a £2m grant from the Heritage Lottery Fund.",
     ("Heritage Lottery Fund", "a £2m grant", "museum", "given")),
    ("The team won a £40,000 grant from the Wellcome Trust.",
     ("Wellcome Trust", "a £40,000 grant", "team", "given")),
    ("The library was built with a $3 million donation from the Smith family.",
     ("Smith family", "a $3 million donation", "library", "given")),
    # a donation of a stated amount from a named giver, its recipient not named
    ("Officials said a $1m donation from singer Ann Lee had paid for the roof.",
     ("Ann Lee", "a $1m donation", "not named", "given")),
    # aid that reached or arrived at those it was for
    ("Japanese aid has reached the flood victims.",
     ("Japan", "aid (amount not stated)", "flood victims", "given")),
    ("The first shipment of US aid reached Gaza on Friday.",
     ("United States", "aid (amount not stated)", "Gaza", "given")),
    # "X was a donor": to the body a donation beside it went to; a title held of a state names the giver;
    # a question after a dash does not make the clause before it a question
    ("The emir of Qatar, for example, was a donor — yet shouldn't the minister talk to him anyway? She also "
     "met a chemist who was a Harbour Trust donor.",
     ("emir of Qatar", "donations (amount not stated)", "Harbour Trust", "given")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GRANTS_DONATIONS_AND_AID_BY_THEIR_NOUNS)
def test_grants_donations_and_aid_named_by_their_nouns(parse, text: str, expected: tuple) -> None:
    assert expected in {(g.giver, g.item, g.recipient, g.status) for g in find_gifts(parse(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The firm won a $5m contract from the Army.",  # a contract is paid for
        "Police are investigating a $50,000 donation from Acme Ltd.",  # under investigation
        "The party returned a £5,000 donation from Acme Ltd.",  # handed back
        "Donations from businesses rose sharply.",  # giving in general
        "Ole Lund was a donor.",  # to whom, the text does not say
        "The money arrived in his account on Monday.",  # no aid, no giver
        "Did the emir give the trust $5m — or was it a loan?",  # asked
        "Who gave the trust $5m — and why?",  # asked
        "The man was arrested with a $3,000 donation from the firm in his bag.",  # not paid for by it
    ],
)
def test_grant_and_donation_nouns_that_state_no_gift(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


MONEY_IN_DONATIONS_RELIEF_GOODS_AND_SOURCES = [
    # a sum taken in "in donations": the body received it, from givers the clause leaves unnamed
    ("The party received $5m in donations last year.", ("not named", "$5m", "party", "given")),
    ("The campaign raised $10 million in donations in a day.",
     ("not named", "$10 million in donations", "campaign", "given")),
    ("The charity has collected £2m in donations since the fire.", ("not named", "£2m", "charity", "given")),
    # food, water or shelter given to people in need is aid in kind
    ("The Red Cross is providing food and water to survivors.", ("Red Cross", "food", "survivors", "given")),
    ("The agency distributed blankets to 3,000 displaced families.",
     ("agency", "blankets", "3,000 displaced families", "given")),
    # where funding came from
    ("Funding for the clinic came from the Gates Foundation.",
     ("Gates Foundation", "funding (amount not stated)", "clinic", "given")),
    # "when" inside a clause before a dash asks nothing; the question is after the dash
    ("Ann Berg gave the Harbour Trust $5,000 when she visited — so why the secrecy?",
     ("Ann Berg", "$5,000", "Harbour Trust", "given")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MONEY_IN_DONATIONS_RELIEF_GOODS_AND_SOURCES)
def test_money_in_donations_relief_goods_and_funding_sources(parse, text: str, expected: tuple) -> None:
    assert expected in {(g.giver, g.item, g.recipient, g.status) for g in find_gifts(parse(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The council collected £2m in taxes.",  # not donations
        "The firm raised $10 million in new capital.",  # capital
        "The party received $5m last year.",  # not said to be a gift
        "The utility provides water to 3,000 homes.",  # supply to customers
        "The firm supplies food to schools.",  # supply
        "Funding came from investors.",  # investment, nobody named
        "So who gave the trust $5m — and why?",  # asked
    ],
)
def test_sums_supplies_and_sources_that_are_no_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The UN called on donors to give $2bn to Yemen.",
        "Aid groups pressed Britain to send more aid to Gaza.",
        "The UN encouraged Japan to give aid to Nepal.",
        "The charity called on the public to donate to the appeal.",
    ],
)
def test_gifts_others_are_called_on_or_pressed_to_make_are_no_gifts(parse, text: str) -> None:
    assert find_gifts(parse(text)) == ()


def test_a_verb_of_asking_joined_by_and_does_not_block_the_gift_after_it(parse) -> None:
    text = "The king pushed a button and gave the boy a medal."
    assert [(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))] == [("king", "a medal", "boy")]


GLUED_CONTACT_CLAUSES = [
    # a clause without "that" whose subject, a name, the parser heads the noun before it with
    ("The court blocked a $1 billion donation Libyan leader Omar Tarek had pledged to the group.",
     ("Omar Tarek", "$1 billion donation", "group", "promised")),
    ("Officials refused to accept the prize or a $2 billion donation Saudi leader Omar Tarek had pledged "
     "to the group.", ("Saudi leader Omar Tarek", "$2 billion donation", "group", "promised")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GLUED_CONTACT_CLAUSES)
def test_a_noun_glued_onto_the_name_of_its_clause_is_the_item(parse, text: str, expected: tuple) -> None:
    assert expected in {(g.giver, g.item, g.recipient, g.status) for g in find_gifts(parse(text))}


def test_a_job_noun_glued_onto_a_name_is_no_item(parse) -> None:
    assert find_gifts(parse("The court heard lawyer Ann Lee had pledged to the judge to stay silent.")) == ()


# a description set beside the leader's name, whose last part the tagger reads as a word
NAMED_IN_APPOSITION = [
    ("The South Korean leader, Moon Jae-in, gave Mr Duda a celadon vase on Tuesday.",
     ("Moon Jae-in", "a celadon vase", "Andrzej Duda")),
    ("The Chinese leader, Xi Jinping, presented the visiting premier with a jade seal.",
     ("Xi Jinping", "a jade seal", "visiting premier")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED_IN_APPOSITION)
def test_a_description_with_a_name_beside_it_is_that_person(parse, text: str, expected: tuple) -> None:
    text = "Polish President Andrzej Duda arrived in Seoul on Monday. " + text
    assert expected in _triples_no_status(find_gifts(parse(text)))


def _triples_no_status(gifts: tuple[Gift, ...]) -> list[tuple[str, str, str]]:
    return [(g.giver, g.item, g.recipient) for g in gifts]


LISTED_TOO_LOW = [  # a second item with its own article, hung inside the first item's phrase
    ("Michelle Obama gave Samantha Cameron a set of notebooks and a candle.",
     ["a set of notebooks", "a candle"]),
    ("President Lena Moor gave Queen Anne an iPod loaded with songs and a signed songbook.",
     ["an iPod loaded with songs", "a signed songbook"]),
    ("The emir gave the chancellor a box of dates and two silk rugs.", ["a box of dates", "two silk rugs"]),
    # a list inside the phrase keeps its sisters alike: one item
    ("The mayor gave the envoy a painting of a harbour and a lighthouse.",
     ["a painting of a harbour"]),
    ("The Queen gave the visitors a framed photograph of herself and the Duke.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "items"), LISTED_TOO_LOW)
def test_an_item_with_its_own_article_listed_inside_the_first_is_its_own_gift(parse, text, items) -> None:
    gifts = find_gifts(parse(text))
    if items is None:  # the person listed inside the photograph's phrase is no item
        assert len(gifts) == 1 and "Duke" not in gifts[0].item
    else:
        assert [g.item for g in gifts] == items


EXCHANGES = [  # a gift between two pronouns right after one between two named people goes back
    ("The Pope gave Argentine President Cristina Fernandez a mosaic, and she gave him a leather saddle.",
     [("Pope", "Cristina Fernandez"), ("Cristina Fernandez", "Pope")]),
    ("King Harald gave Governor Ann Cole a silver bowl. She gave him a quilt made in her state.",
     [("Harald", "Ann Cole"), ("Ann Cole", "Harald")]),
    # "also" joins the second gift on to the first: the same giver
    ("Mayor Tom Hill gave Queen Anne a brooch. He also gave her a vase.",
     [("Tom Hill", "Anne"), ("Tom Hill", "Anne")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EXCHANGES)
def test_a_gift_between_two_pronouns_answers_the_one_before(parse, text: str, expected: list) -> None:
    assert [(g.giver, g.recipient) for g in find_gifts(parse(text))] == expected


JUDGED_GIFTS = [  # what a gift is said to be, once named, or a word for no thing: a judgement, not the item
    ("President Ivanov's gift of a limousine to the northern leader is a breach of sanctions.",
     ["a limousine"]),
    ("The general's gift to the governor was a sign of warming ties, analysts said.", []),
    ("The king's gift to the president was a handmade saddle.", ["a handmade saddle"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "items"), JUDGED_GIFTS)
def test_what_a_gift_is_judged_to_be_is_not_its_item(parse, text: str, items: list) -> None:
    assert [g.item for g in find_gifts(parse(text))] == items


# "he" continues the subject of the sentences before, through "He ... He", not the speaker
PRONOUN_CHAINS = [
    ('The veteran rider Carla Mendes retired in 2010. "She was my coach," said Tom Reid. "She used to '
     'train with us in March. Each spring she called at our home and handed me a signed cap."',
     ("Carla Mendes", "a signed cap", "Tom Reid")),
    ("Chancellor Ruth Baker met Governor Ann Cole on Monday. She spoke of trade. She then gave the "
     "governor a silver plate.", ("Ruth Baker", "a silver plate", "Ann Cole")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PRONOUN_CHAINS)
def test_a_pronoun_follows_its_chain_of_subjects_back_to_a_name(parse, text: str, expected: tuple) -> None:
    assert expected in _triples_no_status(find_gifts(parse(text)))


# a thing described by a gift noun set beside it in apposition: the other side is not named when the text
# names none; a blunder called a gift is no thing handed over
APPOSITIVE_GIFTS = [
    ("The tortoise, a gift from Ecuador, died at the city zoo on Friday.",
     [("Ecuador", "The tortoise", "not named")]),
    ("The tapestry, a present from the Danish queen to the mayor, hangs in the town hall.",
     [("Danish queen", "The tapestry", "mayor")]),
    ("Visitors can now see the dagger, a gift from the Sultan of Brunei.",
     [("Sultan of Brunei", "the dagger", "not named")]),
    ("The second try, a gift from the full-back, settled the match.", []),
    ("The equaliser, a gift from the referee, angered the home fans.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), APPOSITIVE_GIFTS)
def test_a_thing_described_as_a_gift_in_apposition(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


# the same gift mentioned again (its thing inside the first item, a later "the X", the not-named side of a
# gift another clause names) is one gift
MENTIONED_AGAIN = [
    ("Governor Ana Ruiz gave Mayor Tom Hill a bicycle in May. The bicycle, a gift from Ruiz, was stolen.",
     [("Ana Ruiz", "a bicycle", "Tom Hill")]),
    ("Mayor Tom Hill received a crate of oranges, a present from Ana Ruiz, on Monday.",
     [("Ana Ruiz", "a crate of oranges", "Tom Hill")]),
    ("A grand piano, a gift from the banker Ana Ruiz, was handed to the city choir on Sunday.",
     [("Ana Ruiz", "A grand piano", "city choir")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MENTIONED_AGAIN)
def test_a_gift_mentioned_again_is_one_gift(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


# a group noun whose noun modifier names the things it holds is a thing ("a chess set"); not a set of
# skills or data
SETS_OF_THINGS = [
    ("President Ana Ruiz gave Mayor Tom Hill a chess set.", ["a chess set"]),
    ("The ambassador gave the governor a coffee set.", ["a coffee set"]),
    ("The trainer gave the recruits a new skill set.", []),
    ("The agency gave the researchers a data set.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "items"), SETS_OF_THINGS)
def test_a_set_named_by_what_it_holds_is_a_thing(parse, text: str, items: list) -> None:
    assert [g.item for g in find_gifts(parse(text))] == items


# one gift never goes from an actor to itself: a description the article's actors would make the other
# side's actor stays as written; a definite noun that is a word of an organisation's name is that body
DESCRIBED_SIDES = [
    ("The Heritage Fund gave the charity £20,000.", [("Heritage Fund", "£20,000", "charity")]),
    ("Northwind Airlines said the airline had donated two buses to the Red Cross.",
     [("Northwind Airlines", "two buses", "Red Cross")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SIDES)
def test_descriptions_of_the_sides_of_one_gift(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


# money gifts named by their noun: "made a donation of $N to Y" (the light verb's subject gives, its "to"
# receives; a gift "made" of a thing is as often a blunder), "a $N gift from X to Y" (the sum is the item)
MONEY_GIFT_NOUNS = [
    ("The surgeon Ana Ruiz made a donation of $75,000 to the city hospice.",
     [("Ana Ruiz", "$75,000", "city hospice")]),
    ("A $3 million gift from the banker Ana Ruiz to Harwick College will pay for a new library.",
     [("Ana Ruiz", "A $3 million gift", "Harwick College")]),
    ("The winger made a gift of the ball to the visiting striker.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MONEY_GIFT_NOUNS)
def test_money_gifts_named_by_their_noun(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


# what someone leaves in a will is a bequest; "left" otherwise is no gift
BEQUESTS = [
    ("The retired pilot Ana Ruiz left £300,000 to the lifeboat charity in her will.",
     [("Ana Ruiz", "£300,000", "lifeboat charity")]),
    ("In his will, the farmer left his orchard to the village school.",
     [("farmer", "his orchard", "village school")]),
    ("The coach left the club in 2019 after a row over funding.", []),
    ("The flood left hundreds of families without homes.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BEQUESTS)
def test_what_is_left_in_a_will_is_a_gift(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


# takings that go to a party other than those who earn or own them are given to it; a clause set as the
# condition of another ("as long as ...") is not stated as done
PROCEEDS_AND_CONDITIONS = [
    ("All proceeds from the charity match will go to the children's hospice.",
     [("not named", "All proceeds from the charity match", "children's hospice")]),
    ("Profits from the merger went to shareholders.", []),
    ("The singer agreed to auction her dress as long as the proceeds went to the hospice.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROCEEDS_AND_CONDITIONS)
def test_proceeds_that_go_to_a_party_and_conditions(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


# a medicine given by those who treat or test, or to those treated or tested, is treatment; a country's
# doses for another stay aid; a tender, a concession or a franchise handed to a firm is business
TREATMENT_AND_BUSINESS = [
    ("Researchers gave the rats a drug that blocks the enzyme.", []),
    ("Nurses gave the injured boy a painkiller.", []),
    ("Norway gave Chad two million doses of a measles vaccine.",
     [("Norway", "two million doses of a measles vaccine", "Chad")]),
    ("The ministry handed the tender to a Turkish builder.", []),
    ("The regional council gave the bus concession to a private operator.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TREATMENT_AND_BUSINESS)
def test_treatment_and_business_are_not_gifts(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


SUMS_AS_WRITTEN = [  # "£1m" is split into "£", "1", "m" by the tokenizer; the sum stays one item, intact
    ("The Harlow family's donation of $1m to the museum was announced on Monday.",
     [("Harlow family", "$1m", "museum")]),
    ("The museum thanked the Harlow family for their donation of $1m.", [("Harlow family", "$1m", "museum")]),
    ("Supporters of the club donated £1m.", [("Supporters of the club", "£1m", "not named")]),
    ("Mary Okafor gave the hospice £5m last year.", [("Mary Okafor", "£5m", "hospice")]),
    ("The Lindqvist Trust made a grant of £2m to the university.",
     [("Lindqvist Trust", "a grant of £2m", "university")]),
    ("The campaign received a contribution of $2,700 from Tom Reyes.",
     [("Tom Reyes", "a contribution of $2,700", "campaign")]),
    ("The court's grant of asylum to the journalist angered Beijing.", []),
    ("The funding of the project by the council ended in May.", []),
    ("The club received a transfer fee of £5m from Chelsea.", []),  # a fee received is paid, not given
    ("The founder handed over his entire 40% stake in the firm to his brother, Ivo Marr.",
     [("founder", "his entire 40% stake in the firm", "Ivo Marr")]),  # a stake handed over may be a gift
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUMS_AS_WRITTEN)
def test_sums_of_money_as_written(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


SUPPLY_AND_AID_NOUNS = [  # "supply" as "provide" (aid, or goods to people in need); aid named by its noun
    ("The United Nations supplied the refugees with medicine.", [("United Nations", "medicine", "refugees")]),
    ("The Red Cross supplied blankets to thousands of displaced people.",
     [("Red Cross", "blankets", "displaced people")]),
    ("The firm supplies software to banks.", []),
    ("The ministry supplied the figures to parliament.", []),
    ("Russia supplied weapons to the rebels.", []),
    ("Aid from Norway reached the flood victims on Monday.",
     [("Norway", "aid (amount not stated)", "flood victims")]),
    ("The bank's assistance to the police was praised.", []),
    ("Russia's military support for the rebels has grown.", []),
    ("Japan's humanitarian assistance to Nepal totalled $5 million.", []),  # left out: see the report
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUPPLY_AND_AID_NOUNS)
def test_supply_and_aid_named_by_its_noun(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


MODIFIER_LISTS = [  # words listed inside a modifier before its noun belong to the item's text
    ("The king gave the museum a black and white photograph.",
     [("king", "a black and white photograph", "museum")]),
    ("The king gave the museum a photograph and a sword.",
     [("king", "a photograph", "museum"), ("king", "a sword", "museum")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MODIFIER_LISTS)
def test_a_list_inside_a_modifier_is_one_item(parse, text: str, expected: list) -> None:
    assert _triples_no_status(find_gifts(parse(text))) == expected


PAIRED_ITEMS = [  # "gave A to B and C to D", "gave B A and D C": each item goes to its own recipient
    # the second item with its own "to" phrase, the parser listing it with the first recipient
    ("Governor Rita Lopes gave a silver bowl to Mayor Omar Haddad and a woollen rug to his wife.",
     {("Rita Lopes", "a silver bowl", "Omar Haddad"), ("Rita Lopes", "a woollen rug", "his wife")}),
    # the second item hung on the verb as a second object
    ("The Hartley Trust gave £500 to the Mercy Hospice and a signed shirt to Bramley School.",
     {("Hartley Trust", "£500", "Mercy Hospice"), ("Hartley Trust", "a signed shirt", "Bramley School")}),
    # gapping: the second recipient listed with the first item, the second item hung on it as an appositive
    ("Governor Rita Lopes gave Mayor Omar Haddad a silver bowl and his wife a woollen scarf.",
     {("Rita Lopes", "a silver bowl", "Omar Haddad"), ("Rita Lopes", "a woollen scarf", "his wife")}),
    # the second item hung on the first one as an appositive
    ("Governor Rita Lopes gave Omar Haddad a silver bowl and Nadia Haddad a woollen scarf.",
     {("Rita Lopes", "a silver bowl", "Omar Haddad"), ("Rita Lopes", "a woollen scarf", "Nadia Haddad")}),
    # negatives: two recipients of one item; one item with an appositive description
    ("Governor Rita Lopes gave a silver bowl to Mayor Omar Haddad and his wife.",
     {("Rita Lopes", "a silver bowl", "Omar Haddad"), ("Rita Lopes", "a silver bowl", "his wife")}),
    ("Governor Rita Lopes gave her old school a painting, a portrait of her mother.",
     {("Rita Lopes", "a painting", "her old school")}),
    ("The referee gave the side a chance and the crowd a scare.", set()),
    ("The court granted him bail and the prosecution an adjournment.", set()),
    ("The referee awarded a penalty to the home side and a free kick to the visitors.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAIRED_ITEMS)
def test_each_listed_item_goes_to_its_own_recipient(parse, text: str, expected: set) -> None:
    assert {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))} == expected


# "..., and her husband, Karl Berg, gave Y Z": that clause's own giver
SECOND_CLAUSE_WITH_A_NAMED_DESCRIPTION = [
    ("President Rita Lopes gave Mayor Omar Haddad a silver bowl and her husband, Paul Lopes, gave Nadia "
     "Haddad a silk scarf.",
     {("Rita Lopes", "a silver bowl", "Omar Haddad"), ("Paul Lopes", "a silk scarf", "Nadia Haddad")}),
    ("The Hartley Trust donated £500 to the Mercy Hospice and its founder, Ann Kerr, pledged a further £200 "
     "to the school.",
     {("Hartley Trust", "£500", "Mercy Hospice"), ("Ann Kerr", "a further £200", "school")}),
    # negative: a recipient and her description, no second clause: both are recipients
    ("The Hartley Trust donated £500 to the Mercy Hospice and its founder, Ann Kerr.",
     {("Hartley Trust", "£500", "Mercy Hospice"), ("Hartley Trust", "£500", "Ann Kerr")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SECOND_CLAUSE_WITH_A_NAMED_DESCRIPTION)
def test_a_described_subject_of_a_second_clause_is_its_giver(parse, text: str, expected: set) -> None:
    assert {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))} == expected


# "gave victims in X district blankets": the items the parser made the head of the place
SWALLOWED_BY_THE_PLACE = [
    ("The regional governor gave flood victims in Marsh district blankets, tents and food parcels.",
     [("regional governor", "blankets", "flood victims"), ("regional governor", "tents", "flood victims"),
      ("regional governor", "food parcels", "flood victims")]),
    ("Governor Rita Lopes gave children in the city hospital toys.", [("Rita Lopes", "toys", "children")]),
    # negatives: idioms and non-things after the place
    ("Governor Rita Lopes gave fans in the north stand a scare.", []),
    ("Governor Rita Lopes gave residents in the flood zone warnings.", []),
    ("The coach gave players in the youth team chances.", []),
    ("Governor Rita Lopes gave families in the valley a warm welcome.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SWALLOWED_BY_THE_PLACE)
def test_items_read_into_the_recipients_place(parse, text: str, expected: list) -> None:
    assert [(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))] == expected


# "an aide handed Y a vase on her behalf": the gift is that of the person the agent acts for
ON_HER_BEHALF = [
    ("President Rita Lopes arrived on Monday. An aide handed Mayor Omar Haddad a silver bowl on her behalf.",
     {("Rita Lopes", "a silver bowl", "Omar Haddad")}),
    ("President Rita Lopes could not travel. Her foreign minister, Paul Serra, handed Mayor Omar Haddad a "
     "silver bowl on her behalf.",
     {("Rita Lopes", "a silver bowl", "Omar Haddad")}),
    ("President Rita Lopes arrived on Monday. On her behalf, an aide handed Mayor Omar Haddad a silver bowl.",
     {("Rita Lopes", "a silver bowl", "Omar Haddad")}),
    # negatives: the agent is a pronoun; the principal is named; no one named before
    ("Omar Haddad welcomed Rita Lopes on Monday. He gave her a silver bowl on his behalf.",
     {("Omar Haddad", "a silver bowl", "Rita Lopes")}),
    ("Nadia Haddad met Paul Serra on Monday. She handed him a silver bowl on behalf of her husband.",
     {("her husband", "a silver bowl", "Paul Serra")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ON_HER_BEHALF)
def test_a_gift_handed_over_on_someones_behalf_is_theirs(parse, text: str, expected: set) -> None:
    assert {(g.giver, g.item, g.recipient) for g in find_gifts(parse(text))} == expected
