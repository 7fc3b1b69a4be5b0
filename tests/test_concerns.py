from __future__ import annotations

import pytest

from builder.core.model import UNATTRIBUTED
from builder.extract.concerns import find_concerns


def concerns(parse, text):
    return [(c.holder, c.about, c.cue) for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan expressed concerns about the missile tests.",
            ("Japan", "the missile tests", "concerns"),
        ),
        (
            "Concerns have been raised by Germany regarding the new tariffs.",
            ("Germany", "the new tariffs", "Concerns"),
        ),
        (
            "There is apprehension that the ceasefire may collapse.",
            (UNATTRIBUTED, "the ceasefire may collapse", "apprehension"),
        ),
        (
            "Seoul held a joint exercise criticized by Beijing for raising tensions in the region.",
            ("China", "a joint exercise raised tensions in the region", "criticized"),
        ),
        (
            "Prime Minister Jane Doe criticized the budget for cutting school funding.",
            ("Jane Doe", "the budget cut school funding", "criticized"),
        ),
        (
            "The union warned that the strike could spread to other ports.",
            ("union", "the strike could spread to other ports", "warned"),
        ),
        (
            "Environmental groups fear that the dam will flood the valley.",
            ("Environmental groups", "the dam will flood the valley", "fear"),
        ),
        (
            "A nuclear test would pose a serious threat to Japan and South Korea.",
            (UNATTRIBUTED, "A nuclear test would pose a serious threat to Japan and South Korea", "threat"),
        ),
        (
            "The shipment, a clear violation of the embargo, was seized.",
            (UNATTRIBUTED, "The shipment, a clear violation of the embargo", "violation"),
        ),
        (
            "The ministry said the sale would violate the arms embargo.",
            ("ministry", "the sale would violate the arms embargo", "violate"),
        ),
        (
            "Analysts suggest that the new militia could become a destabilizing presence in the north.",
            (
                "Analysts",
                "the new militia could become a destabilizing presence in the north",
                "destabilizing",
            ),
        ),
        (
            "Foreign critics have argued that the election was unfair.",
            ("Foreign critics", "the election was unfair", "critics"),
        ),
    ],
)
def test_concerns_name_holder_and_topic(parse, text, expected):
    assert concerns(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The firm remains a going concern.",
        "As far as Canada is concerned, the matter is closed.",
        "The frog is a threatened species.",
        "The landlord threatened to change the locks.",  # a threat made, not a concern held
        "The threat of fines was put on hold until the spring.",  # a danger named, nobody warns of it
        "The storm poses no threat to the coast.",
        "The bakery concern reported higher sales.",
        "The minister visited the port on Tuesday.",
    ],
)
def test_non_concerns_are_ignored(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one concern, two holders: one entry each, as the annotation guidelines count them
            "Concerns have been raised by France and Germany regarding the new tariffs.",
            [("France", "the new tariffs", "Concerns"), ("Germany", "the new tariffs", "Concerns")],
        ),
        (
            "The Greens and the unions said the reforms were unworkable.",
            [
                ("Greens", "the reforms were unworkable", "unworkable"),
                ("unions", "the reforms were unworkable", "unworkable"),
            ],
        ),
    ],
)
def test_a_concern_held_by_two_is_listed_for_each(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # criticism verbs
            "The mayor accused the council of wasting public money on consultants.",
            ("mayor", "the council wasted public money on consultants", "accused"),
        ),
        (  # a phrase before the verb is not what it is aimed at
            "As ever, the union accused the board of ignoring the staff.",
            ("union", "the board ignored the staff", "accused"),
        ),
        (
            "As usual, the mayor accused the council of hiding the cost of its new depot which, he says, "
            "would mean higher rents.",
            (
                "mayor",
                "the council hid the cost of its new depot which, he says, would mean higher rents",
                "accused",
            ),
        ),
        (
            "Opposition leader Maria Lopez condemned the decision to close the hospital.",
            ("Maria Lopez", "the decision to close the hospital", "condemned"),
        ),
        (
            "The union has branded the pay offer insulting.",
            ("union", "the pay offer insulting", "insulting"),
        ),
        (  # reported speech carrying a negative judgement
            "Peter Hall said the new rules were dangerous and badly drafted.",
            ("Peter Hall", "the new rules were dangerous and badly drafted", "dangerous"),
        ),
        (
            "Green Party spokeswoman Anna Berg said the budget figures simply did not add up.",
            ("Anna Berg", "the budget figures simply did not add up", "add"),
        ),
        (
            '"The scheme is a costly gimmick," said Paul Grant, the party\'s finance spokesman.',
            ("Paul Grant", "The scheme is a costly gimmick", "costly"),
        ),
        (
            "The charity says the fees are far too high for poorer families.",
            ("charity", "the fees are far too high for poorer families", "too"),
        ),
        (
            "Shareholders argue the chairman has not been honest about the losses.",
            ("Shareholders", "the chairman has not been honest about the losses", "honest"),
        ),
        (
            "The closure of the plant will be seen as a blow to the town.",
            (UNATTRIBUTED, "The closure of the plant is a blow to the town", "blow"),
        ),
        (
            "Some doctors are concerned that the cuts could lengthen waiting lists.",
            ("Some doctors", "the cuts could lengthen waiting lists", "concerned"),
        ),
    ],
)
def test_criticism_and_damning_reported_speech(parse, text, expected):
    assert concerns(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Hall said the new rules were not dangerous.",  # a judgement denied
        "He said backing the party was not a wasted vote.",
        "Rebels attacked the village at dawn.",  # a physical attack
        "The minister said the new bridge would open in May.",  # neutral report
        "The bank said it had a problem-free year.",
        '"I don\'t think the scheme is a failure," the coach said.',  # a judgement the speaker denies
        "The club insists it never accused the referee of corruption.",
        "Police said there was no danger to residents.",
    ],
)
def test_neutral_or_denied_statements_are_not_concerns(parse, text):
    assert concerns(parse, text) == []


def test_evidence_points_at_its_sentence(parse):
    analysis = parse("The talks ended.\n\nJapan expressed concerns about the missile tests.")
    (concern,) = find_concerns(analysis)
    assert concern.evidence.sentence == 2
    assert concern.evidence.text == "Japan expressed concerns about the missile tests."


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Continental Airlines cut jobs on Monday. The airline warned that fuel costs would hurt profits.",
         "Continental Airlines"),
        ("Prime Minister Tony Blair met union leaders. The prime minister criticised the strike as reckless.",
         "Tony Blair"),
    ],
)  # fmt: skip
def test_a_described_holder_is_the_actor_the_article_names(parse, text, holder):
    assert [c.holder for c in find_concerns(parse(text))] == [holder]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a complaint lodged: the one who lodges it holds it
            "The union lodged a complaint over the pay deal.",
            ("union", "the pay deal", "complaint"),
        ),
        (  # caused: the cause is what it is about, "from"/"among" names who objects
            "The new levy caused anger among farmers.",
            ("farmers", "The new levy", "anger"),
        ),
        (
            "The rally drew protests from Conservative activists.",
            ("Conservative activists", "The rally", "protests"),
        ),
        (  # nobody named
            "There was an outcry over the closure of the library.",
            (UNATTRIBUTED, "the closure of the library", "outcry"),
        ),
        (
            "Local residents raised objections to the scheme.",
            ("Local residents", "the scheme", "objections"),
        ),
    ],
)
def test_complaints_objections_and_outcry(parse, text, expected):
    assert concerns(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition parties voted against the motion.",  # "opposition" as the parties
        "She started from the fourth row of the grid.",  # "row" that is no quarrel
        "There were no complaints about the food.",
    ],
)
def test_criticism_nouns_without_a_criticism_are_ignored(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The budget was criticised by economists.",
            [("economists", "The budget", "criticised")],
        ),
        (  # a repeated "by": one entry for each critic
            "The merger was condemned both by the unions and by local councillors.",
            [("unions", "The merger", "condemned"), ("local councillors", "The merger", "condemned")],
        ),
    ],
)
def test_passive_criticism_names_the_critics(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a listed hyphenated word the tokenizer splits is still read whole
            "Campaigners said the leaflets were anti-Semitic.",
            [("Campaigners", "the leaflets were anti-Semitic", "anti")],
        ),
        ("Campaigners said the leaflets were not anti-Semitic.", []),
        ("Campaigners said the leaflets were anti-war.", []),  # an unlisted one is not judged by its parts
    ],
)
def test_hyphenated_judgements(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # strong judgements in what someone says
            "The league's chairman said the funding cut would have a catastrophic effect on youth clubs.",
            [
                (
                    "league's chairman",
                    "the funding cut would have a catastrophic effect on youth clubs",
                    "catastrophic",
                )
            ],
        ),
        (
            "The coach said the referee's decision was indefensible.",
            [("coach", "the referee's decision was indefensible", "indefensible")],
        ),
        (
            "The mayor said the closure put the town's only clinic at risk.",
            [("mayor", "the closure put the town's only clinic at risk", "risk")],
        ),
        (
            "The inspector said the ferry crew lacked basic training.",
            [("inspector", "the ferry crew lacked basic training", "lacked")],
        ),
        ("The doctor said older patients were high-risk.", []),  # the end of a hyphenated word alone
        ("The engineer downplayed the risk of a leak and said the valves were new.", []),  # played down
        ("The firm denied that its accounts were misleading.", []),
    ],
)
def test_strong_judgements_in_reported_speech(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a claim a story turns on is a charge, even in neutral words
            "The coach was sacked amid claims he had sold tickets to friends.",
            [(UNATTRIBUTED, "The coach had sold tickets to friends", "claims")],
        ),
        (
            "The club was fined over claims that its players had been paid in cash.",
            [(UNATTRIBUTED, "its players had been paid in cash", "claims")],
        ),
        ("Sales rose after claims the drink helps memory.", []),  # a claim that merely came first
    ],
)
def test_amid_claims(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # "he" skips a speaker the article marks as a woman
            "Ms Lee, the finance director, said the bank was sound. Mr Park disagreed. "
            "He said the loans were reckless.",
            "Park",
        ),
        (  # "she" skips a man
            'Ann Cole spoke first. Mr Park said the vote went well. "The plan is a disaster," she said.',
            "Ann Cole",
        ),
        (  # no speaker before: the person named last
            "The prize was given to Michael Stevenson last year. He said the new tax was unfair.",
            "Michael Stevenson",
        ),
        (  # a participle's holder is the subject of the clause it hangs on
            "The hospital staff walked out, citing fears over patient safety.",
            "hospital staff",
        ),
    ],
)
def test_pronoun_and_participle_holders(parse, text, holder):
    assert [c.holder for c in find_concerns(parse(text))] == [holder]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several senators called on the director to resign.",
            [("Several senators", "the director to resign", "called")],
        ),
        (
            "The unions called for the chairman's resignation.",
            [("unions", "the chairman's resignation", "called")],
        ),
        ("Fans called the striker a hero.", []),
        ("Nobody called for the mayor to quit.", []),
    ],
)
def test_calls_for_someone_to_go(parse, text, expected):
    assert concerns(parse, text) == expected


def test_a_warning_given_as_advice(parse):
    assert concerns(parse, "Police warned drivers to avoid the coast road.") == [
        ("Police", "drivers to avoid the coast road", "warned")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shopkeepers are nervous about the new parking charges.",
            ("Shopkeepers", "the new parking charges"),
        ),
        ("Parents were anxious that the school would close.", ("Parents", "the school would close")),
        (
            "Residents feel scared that the river will flood again.",
            ("Residents", "the river will flood again"),
        ),
    ],
)
def test_fear_said_of_someone_is_their_concern(parse, text, expected):
    assert [c[:2] for c in concerns(parse, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Investors are not worried about a downturn.",
        "Officials were not concerned that the dam would fail.",
        "Walkers are not afraid of the weather.",
    ],
)
def test_a_state_of_worry_denied_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a caption repeating a sentence of the story, cut shorter: one concern
            "Farmers are angry. Critics say the new levy is unfair to small dairy farms in the valley. "
            "Critics say the new levy is unfair to small dairy farms (pictured).",
            [("Critics", "the new levy is unfair to small dairy farms in the valley", "Critics")],
        ),
        (  # the same short topic from two sentences may be two concerns
            "Critics condemned the plan. Later the unions also condemned the plan.",
            [("Critics", "the plan", "condemned"), ("unions", "the plan", "condemned")],
        ),
    ],
)
def test_a_repeated_concern_is_kept_once(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # lodged in a relative clause; "it" is the country that lodged them; "against" whom, with the cue
            "Portugal had faced a fine until it apologised to Uefa for complaints it lodged against the "
            "referee during the final.",
            [("Portugal", "complaints against the referee", "complaints")],
        ),
        (
            "Residents say the objections they filed over the new road were ignored.",
            [("Residents", "the new road", "objections")],
        ),
        ("The club read the complaints that arrived on Monday.", []),  # received, nobody lodges them here
    ],
)
def test_complaints_lodged_in_a_relative_clause(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a demand to apologise is a complaint; the deadline is not part of it
            "The union demanded an apology from the minister by Monday.",
            [("union", "an apology from the minister", "demanded")],
        ),
        ("Fans urged the chairman to apologise.", [("Fans", "the chairman, apologise", "urged")]),
        ("The minister offered an apology to the families.", []),  # given, not demanded
    ],
)
def test_a_demand_for_an_apology(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle phrase saying what people go through describes them; it judges nothing
        ("The charity said it helps families struggling every day to escape debt.", []),
        (
            "The mayor said the council was failing the families struggling with debt.",
            [("mayor", "the council was failing the families struggling with debt", "failing")],
        ),
    ],
)
def test_what_people_go_through_is_no_judgement(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # the named man acting after the last speaker is who "he" is
            "Commissioner John Berg said the court ruling was regrettable. The row began with a leaked memo. "
            "Mr Tom Reed has been publishing letters since March. "
            "He says the letters reveal corruption at the top of the ministry.",
            "Tom Reed",
        ),
        (  # the last speaker is still the nearest
            "Mr Tom Reed has been publishing letters since March. Spokesman Carl Voss said the letters "
            "were forged. He said the letters were a disgrace.",
            "Carl Voss",
        ),
    ],
)
def test_he_is_the_nearest_speaker_or_named_person(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        '"I was just lying down when the roof fell in," she said.',
        "He was found lying in the road, police said.",
    ],
)
def test_lying_in_its_bodily_sense_is_no_accusation(parse, text):
    assert concerns(parse, text) == []


def test_lying_as_untruth_is_still_an_accusation(parse):
    assert [c[0] for c in concerns(parse, '"They are lying to the public," the union said.')] == ["union"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a feeling of anger said of the holder, with a "that" clause or a topic
            "Dock workers were furious that the yard would shut before the summer.",
            ("Dock workers", "the yard would shut before the summer", "furious"),
        ),
        (
            "Supporters of both teams say they are disgusted at the steady rise of season ticket prices.",
            ("Supporters of both teams", "the steady rise of season ticket prices", "disgusted"),
        ),
        (  # a thing that angers or worries someone
            "The closure of the ward angered patients in the town.",
            ("patients in the town", "The closure of the ward", "angered"),
        ),
        (
            "Parents were alarmed by the plan to merge the two primary schools.",
            ("Parents", "the plan to merge the two primary schools", "alarmed"),
        ),
        (  # the pseudo-cleft
            "What worries Ms Okafor is the cost of the new scheme.",
            ("Okafor", "the cost of the new scheme", "worries"),
        ),
        (  # a feeling provoked, with who feels it
            "The cartoon prompted concern from the editor of the Daily Courier.",
            ("editor of the Daily Courier", "The cartoon", "concern"),
        ),
        (  # a feeling vented, at something
            "Angry fans vented their anger at the club's owner before the game.",
            ("Angry fans", "anger at the club's owner", "anger"),
        ),
    ],
)
def test_feelings_of_concern(parse, text, expected):
    assert concerns(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She was not upset about the result.",
        "It is disappointing that the talks failed.",  # nobody is said to feel it
        "The lawsuit concerns a contract signed in 2010.",
        "Kiprono upset the favourite in the final lap.",  # a defeat, not a feeling
        "No single decision worried me more as mayor.",
        "Those lottery winners have little cause to be upset with their lot.",
        "Marco angered his brother when he sold the farm.",  # a person, not what he did
    ],
)
def test_what_is_no_feeling_of_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # a speaker named with a courtesy title is a person, whatever kind the name was given
            "Mr Fenwick said the loan rules had been drawn up in haste. "
            'He said the insurance on offer was "extremely expensive".',
            "Fenwick",
        ),
        (  # a speaker named after a role is a person; a name inside his words is not who "he" is
            "Green Party finance spokesman Owen Marsh warned the accounts were not as healthy as Mr Dale "
            'would like. "The council has built a system of waste and delay," he said.',
            "Owen Marsh",
        ),
        (  # "we" in a quotation is its speaker's, a body as well as a person
            '"The rules are clear and we have to follow them," said the Rowing Federation. '
            '"That is why we think the agency must close the loophole in its code."',
            "Rowing Federation",
        ),
        (  # a capitalised actor name the model read as a common noun
            "The Labour Party published its plans. Labour, of course, claim the savings are a fantasy.",
            "Labour",
        ),
        (  # "amid Tory claims …": the noun the parser read as a verb is claimed by the name before it
            "The party's campaign chief Ann Lowe has defended its new adverts amid Tory claims the images "
            'were "deeply offensive".',
            "Tory",
        ),
    ],
)
def test_holders_named_through_the_speaker(parse, text, holder):
    assert concerns(parse, text)[-1][0] == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # a nationality as a noun is the person the story follows, not the country
            "Golfer Tomas Ruiz, 19, missed the cut at Augusta on Friday. The Argentine admitted he was "
            "worried about his putting.",
            "Tomas Ruiz",
        ),
        (  # the believer set off inside the words he believes
            "The real aim, believes Mr Hale, is to embarrass the council before the vote.",
            "Hale",
        ),
        (  # "they" after "according to": who said it
            "According to the unions, the offer is an insult. As always, they accused the board of hiding "
            "the real figures.",
            "unions",
        ),
        (  # a generic body that is a sentence's subject continues the one the sentence before was about
            "The Harbour Trust runs forty shelters. The Kenley Food Bank, which is independent of the "
            "Harbour Trust, urged caution. The organisation, which supplies other charities, said the "
            "figures were misleading.",
            "Kenley Food Bank",
        ),
    ],
)
def test_holders_the_article_names_for_a_description_or_a_set_off_speaker(parse, text, holder):
    assert holder in concerns(parse, text)[-1][0]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # "He" opening a sentence continues the subject of the sentence before, though named by role only
            "Ruth Calder said the scheme was reckless. A Green Party spokesman attacked the mayor's budget. "
            'He said: "The council is making wild pledges on housing with no idea how to fund them."',
            "Green Party spokesman",
        ),
        (  # "It" continues a body named by an ordinary noun
            "The ministry denies moving soldiers to the border. The opposition rejects that account. It "
            "accuses Governor Dalmar of orchestrating the raids.",
            "opposition",
        ),
        (  # '"…," it said' after a sentence whose subject is a body
            "On Tuesday the Peruvian embassy said it had looked into claims about the crash. "
            '"From what we know so far," it said, the airline had been "negligent".',
            "Peruvian embassy",
        ),
        (  # "They" continues a group, held by its members
            "A group of dock workers from the port complained of lost jobs. They were also scathing about "
            "the cost of the new marina.",
            "dock workers",
        ),
        (  # a speaker set off before "said" with a role of her own ("MP for Harrowby")
            "Replying for the Greens, health spokeswoman Ada Quist, MP for Harrowby, said the plan had "
            "merit. But she warned shutting wards would leave patients waiting for months.",
            "Ada Quist",
        ),
        (  # a role nobody is given, as the subject, continues the person the sentence before is about
            "Mark Fenby on Monday gave a sharp speech about the rail strikes. The Prime Minister said the "
            "unions had left commuters stranded in a system that 'fails everyone'.",
            "Mark Fenby",
        ),
        (  # research by a body is the body's; "the report" names it again
            "Smuggling has doubled since 2010, according to research by the World Bank. The report warned "
            "the trade could soon spread to every port.",
            "World Bank",
        ),
        (  # a long holder phrase is cut before a preposition, not inside a name
            "The board of auditors reviewing city contracts across Kings-Norton said the waste was a "
            "scandal.",
            "board of auditors reviewing city contracts",
        ),
    ],
)
def test_pronouns_and_descriptions_continue_the_subject_before(parse, text, holder):
    assert concerns(parse, text)[-1][0] == holder


def test_she_is_not_a_man_the_article_calls_mr(parse):
    text = (
        "Owen Pratt was held on Friday after a complaint from a woman in Derby. She had made allegations of "
        "stalking. Mr Pratt was released on bail."
    )
    assert "Owen Pratt" not in [holder for holder, _, _ in concerns(parse, text)]


@pytest.mark.parametrize(
    "text",
    [
        'Harlow manager Ray Still told BBC Radio Essex: "I think the referee lacked consistency."',
        'Harlow manager Ray Moss told BBC Radio Essex: "I think the referee lacked consistency."',
    ],
)
def test_the_outlet_told_is_not_who_speaks(parse, text):
    assert [c[0] for c in concerns(parse, text)] in (["Ray Still"], ["Ray Moss"])


@pytest.mark.parametrize(
    "text",
    [
        "Mr Dunmore was also accused of 12 counts of fraud involving money paid into his account.",
        "Carla Mendes, 41, of Leeds, is accused of stealing from four elderly neighbours.",
    ],
)
def test_the_accused_does_not_hold_the_charge(parse, text):
    assert [c[0] for c in concerns(parse, text)] in ([], ["unattributed"])


def test_a_charge_admitted_is_not_the_admitters_concern(parse):
    text = "The driver had admitted failing to ensure the safety of passengers."
    assert [c[0] for c in concerns(parse, text)] == [UNATTRIBUTED]


@pytest.mark.parametrize(
    "text",
    [
        # a charge admitted or denied where the sentence tells the case's proceedings: a criminal case told
        "The driver, who was jailed for a year, had admitted failing to ensure the safety of passengers.",
        "The builder, who was fined £5,000 at a magistrates' court, admitted failing to secure the site.",
    ],
)
def test_a_charge_admitted_in_a_case_told_is_no_concern(parse, text):
    assert concerns(parse, text) == []


def test_a_reported_subject_the_parser_took_as_object_stays_in_the_topic(parse):
    [found] = concerns(parse, "The mayor warned the budget was not as healthy as the council claimed.")
    assert found[1] == "the budget was not as healthy as the council claimed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # doubt cast on a thing's merit
            "Brokers have questioned the wisdom of the grocer buying the ailing chain.",
            ("Brokers", "the wisdom of the grocer buying the ailing chain", "questioned"),
        ),
        (  # "them" stands for the object of the main verb
            'The chief executive denied the allegations, calling them "smears".',
            ("chief executive", "the allegations", "smears"),
        ),
        (  # an attitude of criticism, held by a person named by a common noun
            "The surgeon was scathing about the trust's record on infections.",
            ("surgeon", "the trust's record on infections", "scathing"),
        ),
        (
            "The opposition was highly critical of the new housing policy.",
            ("opposition", "the new housing policy", "critical"),
        ),
    ],
)
def test_criticism_frames(parse, text, expected):
    assert concerns(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The climber is thought to be out of danger, rescuers say.",
        "The patient remains in a critical condition.",
        "Police questioned the driver about the crash.",
    ],
)
def test_what_is_no_criticism(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # judgements in what someone says: plain words of scorn, deceit and rule-breaking
            "The union leader said the new rota was stupid.",
            [("union leader", "the new rota was stupid", "stupid")],
        ),
        (
            "The regulator said the firm had fooled investors about its debts.",
            [("regulator", "the firm had fooled investors about its debts", "fooled")],
        ),
        (
            "The senator said the governor's answers were all evasion.",
            [("senator", "the governor's answers were all evasion", "evasion")],
        ),
        (
            "The watchdog said the council may be in breach of the rules.",
            [("watchdog", "the council may be in breach of the rules", "breach")],
        ),
        (  # a duty not done
            "The auditor said the accounts should have been published in full.",
            [("auditor", "the accounts should have been published in full", "should")],
        ),
        ("The minister said the bridge should have been finished by May.", []),  # a plan, dated
        (
            "The farmers' leader said growers felt let down by the ministry.",
            [("farmers' leader", "growers felt let down by the ministry", "let")],
        ),
        (  # a caution against something is a warning
            "Analysts cautioned against reading too much into the monthly figures.",
            [("Analysts", "reading too much into the monthly figures", "cautioned")],
        ),
        ("The board refused to say whether the plan was a mistake.", []),  # a question, not a claim
        (  # what others feel, said by a speaker, is the speaker's claim
            "The union leader said its members felt let down by the board over the pay deal.",
            [("union leader", "its members felt let down by the board over the pay deal", "let")],
        ),
        ('The coach said: "Our striker upset the champion to win the final."', []),  # a defeat
        ("The charity said its scheme prevents food being wasted.", []),  # a problem prevented
    ],
)
def test_more_judgements_in_reported_speech(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a run of quoted paragraphs stays the speaker's; "failed to say" reports nobody's words
            'Club chairman Tom Reed said: "This was a difficult season for everyone.\n'
            '"We have heard the same promises before.\n'
            "Nobody at the top would take the blame.\n"
            '"The board failed to say where the money went."',
            [("Tom Reed", "The board failed to say where the money went", "failed")],
        ),
        (  # the speaker set off by commas before "said:"
            'Replying to the plan, union chief Ann Bell, said: "Nobody asked the staff."\n'
            '"It is a pity that the board does not listen to its staff."',
            [("Ann Bell", "It is a pity that the board does not listen to its staff", "pity")],
        ),
        (  # what "it" shows, right after the speaker's quoted words, is the speaker's
            'Union leader Ann Bell said: "These figures should shame us all.\n'
            '"It tells us that the board has done great harm to the pension fund."',
            [("Ann Bell", "the board has done great harm to the pension fund", "harm")],
        ),
    ],
)
def test_quotations_after_their_speaker(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greens say the coalition would mean higher taxes and fewer nurses.",
            [("Greens", "the coalition would mean higher taxes and fewer nurses", "taxes")],
        ),
        (
            "The opposition claimed the scheme would amount to an extra tax on every farm.",
            [("opposition", "the scheme would amount to an extra tax on every farm", "tax")],
        ),
        (
            "Economists said a new government would be forced to increase taxation within a year.",
            [
                (
                    "Economists",
                    "a new government would be forced to increase taxation within a year",
                    "taxation",
                )
            ],
        ),
        (
            "The mayor's rivals insist that council taxes will go up after the vote.",
            [("mayor's rivals", "council taxes will go up after the vote", "taxes")],
        ),
        (
            "Rivals say taxes will rise after the vote.",
            [("Rivals", "taxes will rise after the vote", "taxes")],
        ),
        ("The minister said we will raise the levy on sugar to fund sport.", []),  # the speaker's own plan
        ("The party said the plan would not mean higher taxes.", []),  # denied
        ("The chancellor said lower taxes would help small firms.", []),
    ],
)
def test_a_tax_rise_foreseen_is_a_warning(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the speaker's next act is not part of what was said
            "The councillor said the new logo was offensive but urged residents to judge it calmly.",
            [("councillor", "the new logo was offensive", "offensive")],
        ),
        (
            "The mayor said the bridge was a waste of money and promised a cheaper crossing.",
            [("mayor", "the bridge was a waste of money", "waste")],
        ),
        (  # the charge, not a pronoun for the accused
            "Rivals accused him of misleading the committee about the loans.",
            [("Rivals", "misleading the committee about the loans", "accused")],
        ),
        (  # "of" hung on the accused by the parser is still the charge
            "One student accused officials of negligence for failing to sack the coach.",
            [("One student", "negligence by officials for failing to sack the coach", "accused")],
        ),
        (  # who or what a relative pronoun stands for
            "The water board, which was criticised for ignoring the warnings, has resigned.",
            [(UNATTRIBUTED, "The water board ignored the warnings", "criticised")],
        ),
        (
            "Acme - the firm that could be blamed for starting the price war - has cut its prices.",
            [(UNATTRIBUTED, "the firm started the price war", "blamed")],
        ),
    ],
)
def test_what_a_criticism_is_about_reads_alone(parse, text, expected):
    assert concerns(parse, text) == expected


def test_an_explicit_charge_is_kept_before_a_judging_word_of_the_same_holder(parse):
    text = "The minister accused the council of hiding the report and said its figures did not add up."
    assert concerns(parse, text) == [("minister", "the council hid the report", "accused")]


def test_the_pronoun_of_an_accusation_in_a_participle_is_the_accused(parse):
    text = "The mayor vented his anger at the board again on Friday, accusing it of contempt for the voters."
    assert concerns(parse, text) == [("mayor", "contempt for the voters", "accusing")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The view that the council has wasted the grant gathered pace after the vote.",
            [(UNATTRIBUTED, "the council has wasted the grant", "wasted")],
        ),
        (
            "The belief that the bridge is unsafe spread quickly.",
            [(UNATTRIBUTED, "the bridge is unsafe", "unsafe")],
        ),
        ("His view that the plan will work is shared by many.", []),
    ],
)
def test_a_view_or_belief_that_judges_is_a_claim(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a caption glued on: the bracket it opens is never closed
            "Experts fear that hospital computers could be hit by ransomware (file picture",
            [("Experts", "hospital computers could be hit by ransomware", "fear")],
        ),
        (
            "Critics say the figures are grossly misleading [on jobs",
            [("Critics", "the figures are grossly misleading", "Critics")],
        ),
    ],
)
def test_a_bracket_left_open_is_cut_from_the_topic(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (  # a description with the name beside it
            "Her husband, Richard Roe, has criticised the council for a lack of action.",
            ["Richard Roe"],
        ),
        (  # the name with a description and a relative clause beside it
            "The pier is safe, according to Ann Lee, a surveyor and writer who believes the closure is"
            " a disaster.",
            ["Ann Lee"],
        ),
        (  # a part of a group: the group
            "Some of the most senior lawyers in the region criticised how the rule had been applied.",
            ["most senior lawyers in the region"],
        ),
        (  # a collective and a purpose clause: each member group
            "A chorus of local leaders and charities lined up to criticise the mayor over the figures.",
            ["local leaders", "charities"],
        ),
        (  # a participle after a lawsuit: who brought it
            "Last month, one of the former pupils brought a lawsuit against the Vantor County School District"
            " accusing officials of negligence.",
            ["former pupils"],
        ),
        (  # a document that warns or alleges
            "Dated May 2014, the memo also warns that the port faces turmoil if the vote is close.",
            ["memo"],
        ),
        (
            "A review by the Audit Commission was published on Monday. The review warns that costs may"
            " double.",
            ["Audit Commission"],
        ),
        (  # reported fear: those who fear, not the one who reports it
            "Ilya Marin presented the book in Riga. Many printers were afraid to handle the book, he said.",
            ["Many printers"],
        ),
        (  # "I" in a quotation runs back to its speaker past the people inside it ("My dad")
            "Ms Pike met him at the gate. 'He shouted at us,' she remembers. 'He had a stick. 'My mum was"
            " by the fence. 'My dad ran forward. I was shocked and I still fear for my mum's life.'",
            ["Pike"],
        ),
    ],
)
def test_holders_named_beside_a_description_a_part_or_a_document(parse, text, holders):
    assert [c.holder for c in find_concerns(parse(text))] == holders


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # "in protest": who does what the protest phrase belongs to, also hung on the phrase before it
            "Hundreds of Leeds supporters walked out of the ground after ten minutes in a protest against "
            "the new season ticket prices.",
            "Leeds supporters",
        ),
        (  # a purpose infinitive shares the subject of the verb it hangs on
            "Local cyclists gathered outside the town hall on Monday to protest against the closure of the "
            "bike lane.",
            "Local cyclists",
        ),
        (  # who plans or holds a protest makes it
            "Angry residents have planned a protest against the council leader for Saturday.",
            "Angry residents",
        ),
    ],
)
def test_who_protests(parse, text, holder):
    assert [c.holder for c in find_concerns(parse(text))] == [holder]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # the work done on someone's behalf is theirs; "the report" names the study again
            "The Hartley Foundation wants more nurses trained. The survey, which was carried out by Norden "
            "Research on behalf of the Hartley Foundation, says one ward in five is dangerously short of "
            "staff. The report also warns that waiting lists will grow.",
            "Hartley Foundation",
        ),
        (  # "it" for that report
            "The survey, which was carried out by Norden Research on behalf of the Hartley Foundation, "
            "covers every ward. And it warns that many nurses are leaving.",
            "Hartley Foundation",
        ),
        (  # the same document named again many sentences later
            "The memo, edited by Derek Stone, runs to forty pages. It covers trade. It covers defence. It "
            "covers farming. Ministers have read it. Officials say little. Nobody has replied. The memo also "
            "warns that the alliance could weaken.",
            "Derek Stone",
        ),
        (  # a paper that has seen a memo did not write it
            "A confidential memo seen by the Daily Courier sets out the plans. The memo warns that the "
            "budget will be overspent.",
            "memo",
        ),
    ],
)
def test_a_document_speaks_for_its_author(parse, text, holder):
    assert [c.holder for c in find_concerns(parse(text))] == [holder]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # "its": the body the article names
            "The Health Ministry said it would scrap the scheme after its auditor criticised the department "
            "for wasting money.",
            "Health Ministry's auditor",
        ),
        (  # "whose": the noun the relative clause hangs on
            "Rovers lost again on Saturday and face a crisis at Brook Park, whose fans will protest against "
            "chairman Tom Reid next week.",
            "Brook Park's fans",
        ),
    ],
)
def test_a_holder_owned_by_a_pronoun_names_the_owner(parse, text, holder):
    assert [c.holder for c in find_concerns(parse(text))] == [holder]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # the parser reads "accused" as a participle on "activists": they accuse, the firms are accused
            "The levy was aimed at firms in the Gulf region, which activists accused of dumping waste in "
            "the river.",
            "activists",
        ),
        ("Police questioned the two men, whom neighbours accused of starting the fire.", "neighbours"),
    ],
)
def test_the_subject_of_a_relative_clause_read_as_a_participle_accuses(parse, text, holder):
    assert [c.holder for c in find_concerns(parse(text))] == [holder]


QUOTED = 'Coach Tom Reed spoke after the match.\nHe said: "We kept going to the end.\n"'


@pytest.mark.parametrize(
    "text",
    [
        # harm told of one person's body or luck: an account, not a judgement of anything at stake
        "The farmer said his knees hurt after the long walk.",
        "The gardener said he started the firm after struggling to find good tools in the shops.",
        "The nurse said one of her patients collapsed in the corridor last spring.",
        "Her lawyer said the boy suffered bruises when he fell from the swing.",
        '"I still struggle with my back pain, but it is improving," the runner said.',
        QUOTED + "It turned out she was suffering an allergy to the new paint.",
        QUOTED + "You are a man of good character and someone who has suffered a great loss.",
        "The golfer admitted he had to 'pull his socks up' after struggling on the senior tour.",
        "Her doctor said: 'You might see the scans and think he is going to be brain damaged for life.'",
    ],
)
def test_what_befell_one_person_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charity said thousands of families struggle with rising rents.",
            ("charity", "thousands of families struggle with rising rents", "struggle"),
        ),
        (  # "one in five" is a share of many, not one person
            "The charity says one in five tenants already struggle with their rent.",
            ("charity", "one in five tenants already struggle with their rent", "struggle"),
        ),
        (  # the feeling's cause is what it is about
            "The coach said he was disappointed with the referee's decisions.",
            ("coach", "the referee's decisions", "disappointed"),
        ),
        (
            QUOTED + "The referee's decisions were a disgrace.",
            ("Tom Reed", "The referee's decisions were a disgrace", "disgrace"),
        ),
        ("The union said the plan put jobs at risk.", ("union", "the plan put jobs at risk", "risk")),
        (
            "The mayor slammed the council over the closures.",
            ("mayor", "the council was slammed over the closures", "slammed"),
        ),
        (
            "The union blamed ministers for the closures.",
            ("union", "ministers were blamed for the closures", "blamed"),
        ),
        (
            "The manager dismissed the claims as nonsense.",
            ("manager", "the claims were nonsense", "dismissed"),
        ),
        (
            "The survey reflects the concerns of parents about school meals.",
            ("parents", "school meals", "concerns"),
        ),
    ],
)
def test_harm_to_many_and_blame_laid_on_someone_stay_concerns(parse, text, expected):
    assert concerns(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # denied: "no … of any", "at no point", "nor", "no longer", "not … at risk", "no one", "doesn't mean"
        "The clerk insists she had no knowledge of any fraud at the bank.",
        "The agent said that at no point did the singer threaten to sue the paper.",
        "The spokesman said the firm did not break the rules, nor did it mislead investors.",
        "The coach said there will no longer be any problems with the pitch.",
        "The agency said the delay would not put the passengers at risk.",
        "The charter says that no tenant is worse off under the new rules.",
        QUOTED + "Just because I train alone it doesn't mean I'm weak.",
        "The treasurer said the watchdog had received very few complaints about the charges.",
        "The report reflects the concerns of local farmers.",  # whose concerns, about nothing named
        # what the speaker quoted before did not find: a court or a review did
        QUOTED + "The bus failed to stop at the crossing, the court heard.",
        QUOTED + "Last month a review of the crash concluded the pilots had been careless.",
        QUOTED + "The move came after the panel decided that the players had been careless.",
        # judging words used for something else
        QUOTED + "It is far too early to judge the new signing.",
        QUOTED + "He will have to start taking risks up front.",
        QUOTED + "I wanted the show to cover the good and bad sides of school life.",
        "The striker blasted a shot over the bar in the second half.",
        "The winger blasted a shot well over when unmarked.",
        "The comedian is often branded 'eccentric' by critics and fans alike.",  # a label that judges nothing
        "The singer blamed the outburst on a moment of tiredness.",
        "The manager dismissed reports that the club had failed to pay its players.",
    ],
)
def test_denials_findings_and_other_senses_are_no_concern(parse, text):
    assert concerns(parse, text) == []


def test_an_outcry_caused_is_found_where_the_parse_makes_it_a_clause(parse):
    text = "The mayor dropped the billboards which caused Green protests last spring."
    assert concerns(parse, text) == [("Green", "the billboards", "protests")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a feeling told of oneself is about its cause, not the whole quotation
            QUOTED + "I'm disappointed with the second half.",
            [("Tom Reed", "the second half", "disappointed")],
        ),
        (
            "The coach said he was disappointed that the match was called off.",
            [("coach", "the match was called off", "disappointed")],
        ),
        (  # what the feeler saw or learned when the feeling came
            QUOTED + "I was furious when I saw the video of the tackle.",
            [("Tom Reed", "the video of the tackle", "furious")],
        ),
        (
            "The tenants were angry when they heard the block would be sold.",
            [("tenants", "the block would be sold", "angry")],
        ),
        # no cause said: one's own feeling judges nothing
        (QUOTED + "I'm really disappointed.", []),
        (QUOTED + "We were very upset, it was a long night.", []),
        ("The coach said he was absolutely furious and would appeal.", []),
        (QUOTED + "I shall be upset if the club drops me for the final.", []),  # a condition, not a cause
        ("The greens were slow all week.\n'I'm frustrated with the whole trip.'", []),  # whose "I"?
    ],
)
def test_a_feeling_told_of_oneself_is_about_its_cause(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a "her" the article makes sure of is written as the person's name
            "Carla Mendes became finance minister in May. Critics voiced concern about her first budget.",
            [("Critics", "Carla Mendes' first budget", "concern")],
        ),
        (  # named once; the next "her" reads
            "Ana Silva was jailed in 2019. Prosecutors made allegations that she had sold her niece's car.",
            [("Prosecutors", "Ana Silva had sold her niece's car", "allegations")],
        ),
        (  # the holder's own "his" stays beside the holder's name
            "Tom Reed joined the club in May. Mark Dunn admits he is angry about his exit from the club.",
            [("Mark Dunn", "his exit from the club", "angry")],
        ),
        (  # someone unnamed before the pronoun may be whom it means
            "Carla Mendes became finance minister in May. Her deputy said she was worried about her pension.",
            [("Carla Mendes' deputy", "her pension", "worried")],
        ),
    ],
)
def test_a_pronoun_in_the_topic_is_named_when_the_article_is_sure(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # harm one person does, means or is told to do to another or to themselves: an account, no judgement
        "The woman believed strangers were trying to harm her.",
        "The voices told him to harm himself, the court heard.",
        # a danger something protects against is no criticism
        "The minister insists the law protects the public against the threat of terror.",
    ],
)
def test_harm_told_of_one_person_and_protection_are_no_concern(parse, text):
    assert concerns(parse, text) == []


def test_harm_to_one_person_foreseen_is_a_warning(parse):
    text = "The boy's aunt said she fears he will later try to hurt a neighbour."
    assert concerns(parse, text) == [("boy's aunt", "he will later try to hurt a neighbour", "fears")]


@pytest.mark.parametrize(
    "text",
    [
        # what someone is charged with or held for is the record of a case, told as fact
        "A 40-year-old man will be charged with carrying offensive weapons, police said.",
        "Those who violated the rules were arrested and held overnight.",
    ],
)
def test_a_legal_record_is_no_concern(parse, text):
    assert concerns(parse, text) == []


def test_a_warning_by_someone_later_detained_stays_theirs(parse):
    assert concerns(parse, "Critics who warned of abuses were detained.") == [("Critics", "abuses", "warned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a threat or a feeling told of its own subject is the subject's, not the reporter's
            "Some shopkeepers have threatened to close in protest, our reporter says.",
            [("Some shopkeepers", "Some shopkeepers have threatened to close in protest", "threatened")],
        ),
        (
            "A report said that Ms Lee felt frustrated by the delays.",
            [("Lee", "the delays", "frustrated")],
        ),
        (
            "The mayor said the villagers were angry about the closure.",
            [("villagers", "the closure", "angry")],
        ),
        (  # a judging word stays the speaker's judgement of the subject
            "The minister said the council had failed residents.",
            [("minister", "the council had failed residents", "failed")],
        ),
    ],
)
def test_an_attitude_told_by_a_speaker_is_its_subjects(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # who voiced it, in a participle after the noun
            "The council received a complaint lodged by three residents about the noise.",
            [("three residents", "the noise", "complaint")],
        ),
        (  # who issues what a participle after a noun says
            "Forecasters on the island have issued a tropical storm warning for its coast.",
            [("Forecasters on the island", "tropical storm warning for its coast", "warning")],
        ),
        (
            "The firm put out a statement warning that prices will rise.",
            [("firm", "prices will rise", "warning")],
        ),
        (  # the participle saying what is held is no part of the holder's name
            "Doctors are among the critics warning that the cuts will cost lives.",
            [("critics", "the cuts will cost lives", "warning")],
        ),
    ],
)
def test_who_voiced_or_issued_a_warning(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # a role the article gives one person, as written, though its head word is no person first
            "The court was led by Chief Justice Ann Moreau. "
            "The Chief Justice said the firm had failed its staff.",
            "Ann Moreau",
        ),
        (  # a description the article wrote before with a name beside it
            "The union's lawyer, Mr Tom Chopra, asked for a ban. "
            "The union's lawyer said the board had been careless.",
            "Tom Chopra",
        ),
        (  # quoted sentences before the one that names who speaks them
            "The plant was hit overnight, the operator said. "
            '"Russia endangers the whole region. We must act now," Mr Lee said in a post.',
            "Lee",
        ),
    ],
)
def test_holders_named_by_a_role_an_earlier_apposition_or_the_closing_attribution(parse, text, holder):
    assert concerns(parse, text)[0][0] == holder


@pytest.mark.parametrize(
    "text",
    [
        # harm told as having happened to something, with no one blamed: an incident report
        "A wall was damaged at the research centre, the ministry said.",
        "More than 10 rifles were stolen from a gun shop, police said.",
        "Her handbag had been stolen earlier that day, police said in a statement.",
        "His van was found abandoned near the airport, investigators said.",
        "The storm damaged hundreds of homes on the coast, officials said.",
        "Several houses collapsed in the earthquake, residents said.",
        "Profit also suffered because of heavy discounting, the company said.",
        "The victims suffered severe burns and were taken to hospital, police said.",
        # harm a thing or a mishap caused, told as having happened
        "The cyclone had caused catastrophic damage along the coast, the mayor said.",
        "The crash caused chaos on the roads for hours, police said.",
        "The airline said the delay was caused by a technical problem with the plane.",
        # a judging noun naming what happened, or the background of what is said
        "The mistake arose from a lapse in communication, the clinic said.",
        "The breach led to the theft of customers' names, the bank said.",
        "Equipment problems forced the crew to give up the search, a spokeswoman said.",
        '"When the disaster struck, we thought about calling the show off," the organiser said.',
        '"Our thoughts are with the valley and its recovery from this terrible disaster," he added.',
        "The parcel went to a neighbour by mistake, the courier firm said.",
        # a harm said not to follow, a threat of violence to one person told as what someone did
        "Analysts said the slower hiring in March was not large enough to derail the recovery.",
        "Economists said the pay rise was not enough to raise any worries about prices.",
        '"The man then held a blade to his throat and threatened to harm himself," the officer said.',
        # a warning ended, a problem denied through "as"
        "The tsunami warning for the coast was lifted on Monday, and officials warned that aftershocks "
        "could follow.",
        '"Frankly we never saw the glitch as a big problem," the spokeswoman said.',
        "The minister insisted the rows were not seen as a problem by party members.",
    ],
)
def test_what_happened_told_as_fact_is_no_concern(parse, text):
    found = [c for c in concerns(parse, text) if c[2] != "warned"]
    assert found == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreseen, blamed on someone or something, or still so: concerns
        (
            "Experts said the recovery key might be stolen.",
            ("Experts", "the recovery key might be stolen", "stolen"),
        ),
        (
            "The minister said the cuts had damaged public services.",
            ("minister", "the cuts had damaged public services", "damaged"),
        ),
        (
            "Efforts to curb emissions are threatened by a lack of collaboration, the agency said.",
            ("agency", "Efforts to curb emissions are threatened by a lack of collaboration", "lack"),
        ),
        (
            "Software piracy has cost the company billions, the firm said.",
            ("firm", "Software piracy has cost the company billions", "piracy"),
        ),
        ("Critics said the plan was a disaster.", ("Critics", "the plan was a disaster", "Critics")),
        (  # a duty not done, a threat of action
            "The parents say the school failed to do enough for the pupils.",
            ("parents", "the school failed to do enough for the pupils", "failed"),
        ),
        (
            "The victim said he threatened to send the photos to her family.",
            ("victim", "he threatened to send the photos to her family", "threatened"),
        ),
        (  # harm caused by a policy, by someone's act, or by someone's failing, or still so
            "The minister said the plan had caused chaos in schools.",
            ("minister", "the plan had caused chaos in schools", "chaos"),
        ),
        (
            "The union said the minister's decision caused chaos in hospitals.",
            ("union", "the minister's decision caused chaos in hospitals", "chaos"),
        ),
        (
            "The union said the cuts have caused chaos in hospitals.",
            ("union", "the cuts have caused chaos in hospitals", "chaos"),
        ),
        (
            "The report said the delays were caused by a lack of planning.",
            ("report", "the delays were caused by a lack of planning", "lack"),
        ),
        (
            "The agency issued a tsunami warning for coastal areas.",
            ("agency", "tsunami warning for coastal areas", "warning"),
        ),
    ],
)
def test_harm_foreseen_or_blamed_stays_a_concern(parse, text, expected):
    assert concerns(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the subject of a verb that meets or causes a worry does not hold it
        ("The transport minister faced fierce criticism over the rail delays.", UNATTRIBUTED),
        ("The carmaker dismissed concerns about the safety of its brakes.", UNATTRIBUTED),
        ("The health board has ignored repeated warnings about staffing on its wards.", UNATTRIBUTED),
        (  # the reporter holds it; not a name further on in the subject's phrase
            "Ankara insists that the jet, part of a squadron sent in support of President Omar Haddad, "
            "ignored repeated warnings to leave its airspace.",
            "Turkey",  # the capital standing for its government
        ),
        # a worry from someone named after "from"
        ("The minister faced criticism from MPs over the delays.", "MPs"),
        ("The club has faced criticism from fans over the rise in ticket prices.", "fans"),
        # a part of a group, named by where it is
        ("Many in the farming industry argue that the deal will hurt.", "Many in the farming industry"),
        ("Others criticised the council for closing the library early.", "Others"),
        ("Some warned that the plan would fail.", UNATTRIBUTED),
        # "their" worry is that of the subject who airs it
        ("Regulators raised their concerns about the merger.", "Regulators"),
    ],
)
def test_who_holds_a_worry_met_sent_or_aired(parse, text, holder):
    assert concerns(parse, text)[0][0] == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # a cue in a clause of time or condition inside the quoted words: who says them
            "A spokeswoman for the site said requests would be reviewed. "
            '"When clips violate our rules, we take them down," she said.',
            "spokeswoman for the site",
        ),
        (  # "it is alleged" in quoted words: the speaker set off after them, as named before (a criminal
            # case alleged by the police is none: test_a_criminal_case_told_is_no_concern)
            "Union spokesman Sam Dube said the talks had not started. "
            '"It is alleged that the managers ignored the safety report," he added.',
            "Sam Dube",
        ),
        (  # "it" in a clause below the report: the body reporting, not the one named in the sentence before
            "The council approved the plan on Monday. "
            "The union said it would strike again if it remained worried about safety on the trains.",
            "union",
        ),
        (
            "The hospital trust said it had acted on every complaint, although it was alarmed by the rise in "
            "waiting times.",
            "hospital trust",
        ),
    ],
)
def test_who_speaks_the_clause_a_cue_sits_in(parse, text, holder):
    assert concerns(parse, text)[-1][0] == holder


def test_who_is_to_blame_does_not_blame(parse):
    text = "The ministry has rejected suggestions that Russia was to blame for the attacks on the plant."
    assert concerns(parse, text)[0][0] == UNATTRIBUTED


def test_a_charge_joined_to_a_report_by_but_is_not_the_reporters(parse):
    text = (
        "The club said it had paid 50m euros for the striker, but it has been alleged that the real cost of "
        "the deal was far greater."
    )
    assert concerns(parse, text)[0][0] == UNATTRIBUTED


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # a young person named by age or as "the teenager": the person the sentence before was about
            "Jamie Lee, 14, was arrested on Monday with her boyfriend Carl Smith. "
            "The teenager was upset that her mother had called the police.",
            "Jamie Lee",
        ),
        (
            "Jamie Lee, 14, was arrested on Monday with her boyfriend Carl Smith. "
            "The teenager was upset that her mother had called the police. "
            "The 14-year-old was furious that the school had been told.",
            "Jamie Lee",
        ),
        (  # quoted words after "he told": the named person the narration before is about, by a description
            # with the name beside it, though someone else spoke before
            "His spokesman Alvi Karim said there were no such people in the region. "
            "The region's spiritual leader, Yusuf Bakar, confirmed that retribution was part of the plan. "
            '"There will be retribution!" he told a news website. '
            '"God will punish those who slandered the whole nation and its clerics."',
            "Yusuf Bakar",
        ),
        (  # not a body whose name says another country than the description does
            "The Russian Federal Space Agency said the satellite had lost contact. "
            '"The spacecraft continued to experience telemetry problems," the American space agency said.',
            "American space agency",
        ),
        (  # a common noun the article wrote right before a name, as its title
            "A baby was pulled alive from the rubble, the newspaper Valley Times reported. "
            "Soldiers had failed to notice the child during their first search, the newspaper said.",
            "Valley Times",
        ),
    ],
)
def test_a_description_the_article_gives_a_name_for(parse, text, holder):
    assert concerns(parse, text)[-1][0] == holder


@pytest.mark.parametrize(
    "text",
    [
        '"I\'m not someone who thinks the plan will fail," the minister said.',
        "Nobody thinks the reform will damage the economy, the minister said.",
        "No minister has suggested that the plan was a mistake.",
        '"I don\'t think anyone should be worried about the bridge," the engineer said.',
        "No one is worried about the bridge, the engineer said.",
        '"Nobody should be worried about the bridge or concerned about the cost," he said.',
        '"I don\'t think fans are angry about the ticket prices," the chairman said.',
    ],
)
def test_a_view_its_holder_denies_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Critics think the reform will damage the economy.", "Critics"),
        ("Residents are worried about the bridge, the engineer said.", "Residents"),
    ],
)
def test_a_view_held_stays_a_concern(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        # a crime laid on someone with no accuser named, where the sentence tells the case's proceedings
        "Alan Jones, 34, who is accused of murdering his wife in 2019, appeared at Leeds Crown Court.",
        "The nurse, who is on trial in Bristol, is accused of poisoning three patients.",
        "Two men accused of robbing a jeweller were remanded in custody.",
        "A teacher accused of stealing from the school was convicted last week.",
        "Mr Lee was also accused of 12 counts of fraud.",
        # a person accused where the article tells the case's proceedings in another sentence
        "Alan Jones, 34, appeared at Leeds Crown Court on Monday. He is accused of murdering his wife.",
        "A judge postponed the case. Two teenagers accused of killing a couple asked for their phones.",
        "Prosecutors accused the banker of hiding losses from investors.",
        "Police allege that he stole £10,000 from his employer.",
        '"It is alleged a man followed the victim home from the bus stop," the spokesman added.',
        "Alan Jones, 34, was charged with fraud after police accused him of stealing from clients.",
        "Police spokesman Sam Dube said the door of the flat had not been forced. "
        '"It is alleged that the victim was attacked at her home by two men," he added.',
    ],
)
def test_a_criminal_case_told_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The opposition accused the minister of fraud.", "opposition"),
        ("Campaigners accused the company of dumping waste in the river.", "Campaigners"),
        ("The firm is accused of dumping waste in the river.", UNATTRIBUTED),
        # an accusation with no accuser named and no proceedings told is someone's, unnamed (lead's decision)
        ("Russian forces are accused of killing civilians in the town.", UNATTRIBUTED),
        ("The regime is accused of torturing hundreds of prisoners.", UNATTRIBUTED),
        ("Alan Jones, 34, is accused of murdering his wife in 2019.", UNATTRIBUTED),
        ("The militia, in charge of the port, is accused of smuggling weapons.", UNATTRIBUTED),
        (  # a force or a regime is no defendant, even where a court is named in the article
            "Russian forces are accused of killing civilians in the town. "
            "The International Criminal Court has opened an inquiry.",
            UNATTRIBUTED,
        ),
    ],
)
def test_an_accusation_of_a_wrong_outside_a_criminal_case_stays(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "Madrid players protested angrily over the decision to award a penalty.",
        "The visitors' protests over the penalty were ignored by the referee.",
        "Brown was sent off after protesting to the referee.",
    ],
)
def test_a_protest_at_a_referees_call_is_part_of_the_match(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Celtic lodged a complaint about the referee's decision to send off Brown.", "Celtic"),
        ("Fans protested against the owner's plan to sell the stadium.", "Fans"),
        ("Teachers protested over the decision to close the school.", "Teachers"),
    ],
)
def test_a_protest_at_anything_else_stays(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Some Russians protested against the new tax on Monday, the rights group said.", "Some Russians"),
        ("Many Greeks fear that the cuts will hurt pensioners.", "Many Greeks"),
        ("Russia warned that the sanctions would backfire.", "Russia"),
        ("The complaint prompted the league to demand an apology from the club.", "league"),
        ("The letter forced the federation to warn that the team could be expelled.", "federation"),
        ("The union has been joined by teachers in criticising the plan to close schools.", "union"),
        ("Teachers joined the union in condemning the plan to close schools.", "Teachers"),
    ],
)
def test_who_holds_it_a_part_of_a_people_a_caused_act_one_joined(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "The charity hands out phones loaded with apps that warn of severe weather.",
        "The bank runs a fraud detection system that sends warnings about odd payments.",
        "The smoke alarm warns of fire in the kitchen.",
        "Drivers use an app that plans routes and warns of severe storms.",
    ],
)
def test_a_warning_a_device_gives_as_its_function_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The report warns that the river could flood the town.", "report"),
        ("Scientists warn that the glacier is melting faster than expected.", "Scientists"),
    ],
)
def test_a_warning_by_a_document_or_people_stays(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("There is growing concern in Japan about the missile tests.", "Japan"),
        ("Fears in the industry about the new tax are growing.", "industry"),
        ("There was concern in recent weeks about the cost.", UNATTRIBUTED),
    ],
)
def test_who_a_worry_is_felt_in(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        # help given or promised for a harm names the harm without judging it
        "The mayor said she will help tenants who are struggling with rent arrears.",
        "The mayor said the bridge would be free until May in recognition of the problems.",
        "The council said the grants would support residents whose homes were damaged in the dire floods.",
        "The union said the new fund would offer relief to families hit by the disastrous floods.",
    ],
)
def test_help_offered_for_a_harm_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # help denied, failed, too little or demanded still criticises
        ("The mayor said the council did not help families who were struggling to pay their rent.", "mayor"),
        ("The union said the council must help families who were struggling to pay their rent.", "union"),
        ("The union said the council gave no support to families hit by the disastrous floods.", "union"),
        ("The union said there was too little help for families who were struggling.", "union"),
        (  # fighting those who do wrong charges them
            "He said the fee was fair and vowed to fight the firms who extort money by bullying drivers.",
            UNATTRIBUTED,
        ),
    ],
)
def test_help_wanting_for_a_harm_stays_a_concern(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)][:1] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        # a harm said not to follow from something is a reassurance
        "The adviser said the new tariff would do nothing to undermine the recovery.",
        "He said the row had done little to damage his chances.",
    ],
)
def test_a_harm_said_not_to_follow_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a remedy not made is a duty not done: the harm it leaves is criticised
        "The union said the government did nothing to stop the abuse.",
        "The union said the government did little to tackle the crisis.",
    ],
)
def test_a_remedy_not_made_stays_a_concern(parse, text):
    assert [c[0] for c in concerns(parse, text)] == ["union"]


@pytest.mark.parametrize(
    "text",
    [
        # the odds of ordinary weather in a forecast: no harm foreseen by anyone
        "The forecast said there is a risk of showers in the north on Sunday.",
        "The forecaster said there was a slight chance of frost overnight.",
        "There is a threat of rain and drizzle for the weekend, the weather service said.",
    ],
)
def test_the_odds_of_ordinary_weather_are_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The agency said there is a risk of flooding in low-lying areas.", "agency"),
        ("Forecasters warned of a threat of storms across the region.", "Forecasters"),
    ],
)
def test_severe_weather_foreseen_stays_a_warning(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        # a ruling told as done is no one's judgement
        '"Two riders were found to have misled the stewards," the steward said.',
        "The official said the rider had been found to have breached the doping code.",
    ],
)
def test_a_ruling_told_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm named only as the case in which a rule gives way: nobody says it is there
        ("Banks cannot share client data unless there is a serious risk of fraud, the court said.", []),
        (
            "The law bars keeping phone records, except in the case of a grave risk, the judges said.",
            [],
        ),
        # a judging word inside a demand's condition, and a harm said to be there, stay
        (
            "We will strike unless the council drops its damaging plan, the union said.",
            ["union"],
        ),
        ("There is a serious threat to the water supply, the minister warned.", ["minister"]),
    ],
)
def test_a_harm_named_only_as_a_rules_exception_is_no_concern(parse, text, expected):
    assert [c[0] for c in concerns(parse, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We were wrongly found to have breached the rules," the manager said.',
        '"We were unfairly punished for something we did not do," the manager said.',
        '"People should only be found to have cheated after a fair hearing," the manager said.',
    ],
)
def test_a_ruling_judged_or_to_come_stays_a_concern(parse, text):
    assert [c[0] for c in concerns(parse, text)] == ["manager"]


# A match report: a result told (score, or a result word beside a match word), then the side's words.
MATCH = "Rovers beat Town 3-1 in Saturday's game at the Park. "


@pytest.mark.parametrize(
    "text",
    [
        # a side's, player's or coach's assessment of its own play in the finished match
        MATCH + '"We were poor at the back and we deserved nothing," the Town manager said.',
        MATCH + '"I think for twenty minutes we lacked shape and lacked belief," the Town captain said.',
        MATCH + "The Town coach criticised his defence after the game.",
        MATCH + "The Town coach called his defence shambolic after the game.",
        MATCH + '"Our passing was sloppy in the second half," the Town striker said.',
        MATCH + '"I was disappointed with how we defended the set pieces," the Town manager said.',
    ],
)
def test_own_play_after_a_match_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a complaint against others, a worry ahead, or a judgement that is not of the own side's past play
        (MATCH + '"The referee was a disgrace and ruined the game," the Town manager said.', "manager"),
        (MATCH + '"We were poor, and the referee was poor too," the Town manager said.', "manager"),
        (MATCH + '"We could go down if we keep playing like that," the Town manager warned.', "manager"),
        (MATCH + '"I am worried about the injury to our captain," the Town manager said.', "manager"),
        (MATCH + '"We were let down by the board all season," the Town manager said.', "manager"),
        (MATCH + '"It is hard to win a league if you lack desire," the Town manager said.', "manager"),
        # a label or a charge put on someone else: a complaint against others
        (MATCH + '"I called him a cheat because he dived," the Town captain said.', "captain"),
        (MATCH + "The Town manager accused the Rovers striker of diving.", "manager"),
    ],
)
def test_a_complaint_or_a_worry_ahead_after_a_match_stays(parse, text, holder):
    assert any(holder in c[0] for c in concerns(parse, text))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the same words with no result told: not a match report
        ('"We were poor at managing the budget and we deserved nothing," the council leader said.', "leader"),
        ('"I think for two years we lacked a plan and lacked belief," the party leader said.', "leader"),
    ],
)
def test_own_failings_outside_a_match_report_stay(parse, text, holder):
    assert any(holder in c[0] for c in concerns(parse, text))


def test_disappointment_with_the_match_just_played_is_no_concern(parse):
    text = MATCH + '"I\'m disappointed with the first half," the Town manager said.'
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # surprise framing a failing: a plain complaint, about what is not done or done wrong
        (
            '"It amazes me that the council doesn\'t want to fix the road," said Tom Hale.',
            "the council doesn't",
        ),
        (
            '"It astonishes me the league ignores small clubs," said Tom Hale.',
            "the league ignores small clubs",
        ),
        (
            '"I\'m baffled that the council has failed to act," said Tom Hale.',
            "the council has failed to act",
        ),
        ('"It is extraordinary that the board never replied," said Tom Hale.', "the board never replied"),
    ],
)
def test_surprise_at_a_failing_is_a_complaint(parse, text, about):
    found = concerns(parse, text)
    assert [c[0] for c in found] == ["Tom Hale"] and found[0][1].startswith(about)


@pytest.mark.parametrize(
    "text",
    [
        # surprise at a success, at a change, or at a plan: no failing told
        '"It is amazing that we won the cup," said Tom Hale.',
        '"It amazes me how much the town has grown," said Tom Hale.',
        '"It is extraordinary that they are building a new hall," said Tom Hale.',
    ],
)
def test_surprise_without_a_failing_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # fear for a life told in the past: a reaction in an incident told
        '"I feared for my mother\'s life," said Jane Roe.',
        "Her lawyer said she was afraid for her life and wanted to go home.",
    ],
)
def test_fear_for_a_life_told_in_the_past_is_no_concern(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # in the present, or a fear of what may happen, it stays a worry
        ('"We fear for our safety if the plant reopens," said Jane Roe.', "Jane Roe"),
        ("Residents said they fear for their lives after the attacks.", "Residents"),
        ("Residents feared the dam would burst.", "Residents"),
    ],
)
def test_fear_for_a_life_now_or_of_what_may_happen_stays(parse, text, holder):
    assert [c[0] for c in concerns(parse, text)] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        '"The update reaches both legitimate and illegitimate copies of the software," he said.',
        "The regulator said the rules cover legal and illegal downloads alike.",
        '"We looked at fair and unfair dismissals in equal number," the researcher said.',
    ],
)
def test_a_word_beside_its_own_opposite_judges_nothing(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"The new fee is unfair and illegitimate," the union said.',
        "The council said the scheme was illegal and should be scrapped.",
    ],
)
def test_a_judging_word_beside_another_still_judges(parse, text):
    assert len(concerns(parse, text)) == 1


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ('The manager said it had been a "slow and disappointing start" to the new bus service.', "a slow "
         "and disappointing start to the new bus service"),
        ("The mayor said it was a shameful waste of public money.", "a shameful waste of public money"),
    ],
)  # fmt: skip
def test_what_a_loose_it_is_said_to_be_reads_alone(parse, text, about):
    assert [c[1] for c in concerns(parse, text)] == [about]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said it was a disgrace.",  # "a disgrace" alone says nothing
        "The mayor said it was not a shameful waste of public money.",
        "The mayor said it would be devastating.",
    ],
)
def test_a_loose_it_with_nothing_to_say_instead_is_dropped(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # spaCy lemmatises "staged" as "stag": who stages the protest holds it
            "The union staged a protest against the closure of the plant.",
            [("union", "the closure of the plant", "protest")],
        ),
        (
            "Hundreds of parents staged a protest against the school's new uniform rules.",
            [("parents", "the school's new uniform rules", "protest")],
        ),
        (  # who breaks a protest up does not hold it
            "Police broke up a protest against the closure of the plant.",
            [(UNATTRIBUTED, "the closure of the plant", "protest")],
        ),
        ("The theatre staged a play about the closure of the plant.", []),
    ],
)
def test_who_stages_a_protest_holds_it(parse, text, expected):
    assert concerns(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied that its troops were to blame for the shelling of the town.",
        "The coach said the reports of a rift in the squad were untrue.",
        "She accepted she had hit the parked van but denies driving without due care.",
        "Last month the activist claimed to have leaked the council files to shame the mayor.",
        "Officers may stop drivers who are thought to be dodging the toll.",
        "The judge said the guards must stay at the flat, despite her illness.",
        "She said the shop closed in the wake of the scandal.",
        '"We made plenty of errors in the first year," the captain said.',
        '"Clearly we failed there," the chairman said.',
    ],
)
def test_denials_admissions_and_background_judge_nothing(parse, text):
    """A denied charge, a granted one, a speaker's own deed or failing, a judging word in a "despite" or
    "in the aftermath of" phrase: no concern."""
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said that its troops were to blame for the shelling of the town.",
        "The coach said the suggestion was a smear and the board had failed the squad.",
        "The union said the council had failed its tenants in the wake of the flood.",
        '"Because of the lack of homes, families are forced into unsafe flats," she said.',
        '"The council has failed us," the residents said.',
        '"We suffer from a muddled and unfair system," the head teacher said.',
        "The union told the council to scrap its wasteful scheme.",
        "The union said the council seemed to be wasting public money.",
    ],
)
def test_charges_said_outright_still_judge(parse, text):
    """The same shapes said outright (not denied, granted or in the background) stay concerns."""
    assert len(concerns(parse, text)) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "The storm slammed into the northern coast over the weekend, officials said.",
        '"I think she was scared for a while and kept away from the yard," he said.',
    ],
)
def test_a_blow_struck_or_a_fear_that_lasted_judges_nothing(parse, text):
    assert concerns(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor slammed the council over the closure of the library.",
        "Residents are scared for their homes as the river rises.",
    ],
)
def test_a_charge_or_a_fear_for_something_still_counts(parse, text):
    assert len(concerns(parse, text)) == 1


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a name inside the apposition, where the parser made a title or a post-nominal its head
        ("The judge, Mr Recorder Paul Grant QC, said the fraud was a cruel betrayal of trust.", "Paul Grant"),
        # the quotation the described speaker opens is the named one's too
        (
            "The judge, Mr Recorder Paul Grant QC, told him: 'You stole from elderly victims who were "
            "vulnerable.'",
            "Paul Grant",
        ),
        # a rank of nobility is no office: "the judge" continues the subject of the sentence before
        (
            "Lady Marsh told the court that she had to pass a long sentence. The judge said Hale posed a "
            "serious risk to women.",
            "Marsh",
        ),
        # a name in a relative clause beside the description is someone else
        ("The judge, who jailed Paul Grant, said the fraud was a cruel betrayal of trust.", "judge"),
        # an office's phrase glued to its holder's name, which the parser made the object of "for"
        ("The Tory minister for housing Ann Dale accused the council of making empty promises.", "Ann Dale"),
        (
            "Their deputy minister for sport Ann Dale accused the council of making empty promises.",
            "Ann Dale",
        ),
        # the name after "for" is whom the office serves
        ("The lawyer for Paul Grant said the ruling was unfair.", "lawyer for Paul Grant"),
        (
            "A spokesman for Prime Minister Tony Blair warned the plan would hurt pensioners.",
            "spokesman for Prime Minister Tony Blair",
        ),
    ],
)
def test_a_described_holder_is_the_name_beside_it_or_before_it(parse, text, holder):
    assert concerns(parse, text)[-1][0] == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a bare "the spokesman" continues the nearest earlier one that says whose
        (
            "The council's spokesman said the plan was fair. Later, the spokesman warned the cuts would hurt "
            "children.",
            "council's spokesman",
        ),
        (
            "The panel of experts monitoring the sanctions said the flow of fighters had grown. The panel "
            "said the fighters pose an urgent security threat.",
            "panel of experts monitoring the sanctions",
        ),
        # a description with words of its own is another one
        (
            "A Labour spokesman said the plan was fair. The Tory spokesman said the plan was a dangerous "
            "gamble.",
            "Tory spokesman",
        ),
        # an earlier mention that says nothing of whose leaves it as written
        (
            "A spokesman said the plan was fair. The spokesman said critics were wrong to warn of chaos.",
            "spokesman",
        ),
    ],
)
def test_a_bare_description_continues_the_earlier_mention_that_says_whose(parse, text, holder):
    assert concerns(parse, text)[-1][0] == holder
