from __future__ import annotations

import pytest

from builder.extract.questions import find_questions
from builder.extract.questions.wellformed import hollow_verb, run_together
from tests.extracted import questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Norland Agency may raise interest rates next month.",
            "Could the Norland Agency raise interest rates next month?",
        ),
        (
            "There has been speculation about a possible trade deal between Canada and Mexico.",
            "Was a trade deal between Canada and Mexico agreed, and on what terms?",
        ),
        (
            "The terms of the settlement will not be known for weeks.",
            "What are the terms of the settlement?",
        ),
        ("The cause of the blaze is not yet known.", "What is the cause of the blaze?"),
        ("It is unclear who ordered the strike.", "Who ordered the strike?"),
        ("The Tamar Bridge is expected to reopen in June.", "Will the Tamar Bridge reopen in June?"),
        (
            "Analysts expect the Norland central bank to cut rates.",
            "Will the Norland central bank cut rates?",
        ),
        (
            "Analysts believe the Acme-Zenith merger was delayed by regulators.",
            "Was the Acme-Zenith merger delayed by regulators?",
        ),
        ("Officials will decide whether the Tate Modern will reopen.", "Will the Tate Modern reopen?"),
        (
            "The Acme factory in Leeds reportedly closed last year.",
            "Is it confirmed that the Acme factory in Leeds closed last year?",
        ),
        ("Prices are likely to rise.", "Will prices rise?"),
        ("The Acme-Zenith deal appears to be close.", "Is the Acme-Zenith deal close?"),
        (
            "The port, which handles most of the grain trade, could close for a month.",
            "Could the port close for a month?",
        ),
        (
            "Officials fear Storm Ciara may have damaged the dam near the village.",
            "Did Storm Ciara damage the dam near the village?",
        ),
        (
            "Experts suggest that closer ties between Chile, Peru, and Bolivia could ease trade disputes.",
            "Could closer ties between Chile, Peru, and Bolivia ease trade disputes?",
        ),
    ],
)
def test_hedged_sentences_become_questions(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "If it rains, the match will be moved indoors.",
        "The minister visited the port on Tuesday.",
        "They may leave.",
        "She could not reach the border before dark.",
        "Investors voiced concern about the debt.",
        "Profits were higher than expected.",
    ],
)
def test_no_question_where_none_reads_well(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # reported "would"/"should" is the future being asked about, not a hypothetical
            "Analysts expect that the new system would cut waiting times.",
            "Will the new system cut waiting times?",
        ),
        (
            "The committee asked whether Ofwat should investigate the market.",
            "Should Ofwat investigate the market?",
        ),
        (  # adverbs stay before the verb, as written
            "Officials hope the ratings of BBC Three might finally lift off the floor.",
            "Could the ratings of BBC Three finally lift off the floor?",
        ),
        (  # lemminflect gives the base form ("hopes" is not "hop")
            "Acme's chairman probably hopes for a quick sale.",
            "Does Acme's chairman hope for a quick sale?",
        ),
        ("The two firms are thought to be on track.", "Are the two firms on track?"),
    ],
)
def test_questions_are_built_in_good_english(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Without the loan, the losses would have been far worse.",  # a counterfactual asks nothing
        "Their options could be limited.",  # whose options?
        "It could take years.",
        "The pair may appeal.",  # which pair?
        "Were prices to fall, many households could be affected.",  # inverted condition
        "A spokesman said nobody could picture the leader resigning.",
    ],
)
def test_no_broken_or_dangling_question(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # plans, hopes, recommendations and what is still to come are open points too
        (
            "Leeds City Council hopes to open the new library by June.",
            "Will Leeds City Council open the new library by June?",
        ),
        ("The Unite union has yet to decide on the offer.", "Will the Unite union decide on the offer?"),
        (
            "The election, widely expected to be held in May, will decide the issue.",
            "Will the election be held in May?",
        ),
    ],
)
def test_pending_events_are_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


def test_no_question_from_a_plan_that_is_denied(parse):
    assert questions(parse, "The council does not plan to open the library.") == []


@pytest.mark.parametrize(
    "text",
    [  # a commitment reported as made is the news, not an open point
        "The minister vowed to keep up the fight against rural poverty.",
        "The retailer has pledged to review the pay of its warehouse staff.",
        "The governor promised to carry on cutting red tape in a second term.",
    ],
)
def test_no_question_from_a_promise_pledge_or_vow(parse, text):
    assert questions(parse, text) == []


def test_questions_carry_evidence_and_are_not_repeated(parse):
    analysis = parse(
        "The mayor opened the bridge.\n\nThe Severn tunnel may reopen in May. "
        "The Severn tunnel may reopen in May."
    )
    found = find_questions(analysis)
    assert [q.question for q in found] == ["Could the Severn tunnel reopen in May?"]
    assert found[0].cue == "may"
    assert found[0].evidence.sentence == 2
    assert found[0].evidence.text == "The Severn tunnel may reopen in May."


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # processes under way whose outcome is still to come: stated as they stand, marked pending
        (
            "The harbour master, who was seen at the quay, is under investigation by the coastguard.",
            "Pending: the harbour master is under investigation by the coastguard",
        ),
        (
            "The Halden-Varo merger will be put to the regulators for approval next month.",
            "Pending: the Halden-Varo merger will be put to the regulators for approval next month",
        ),
        (
            "Tomas Varga will be charged with arson and criminal damage, the prosecutor said.",
            "Pending: Tomas Varga will be charged with arson and criminal damage",
        ),
        (
            "Dairy farmers in Wexford are still seeking compensation from the water company.",
            "Pending: dairy farmers in Wexford are still seeking compensation from the water company",
        ),
        (
            "The city council has ordered a review of the tram contract by independent auditors.",
            "Pending: the city council has ordered a review of the tram contract by independent auditors",
        ),
        (
            "Director Ana Kowal has until 3 June to answer the committee.",
            "Will Director Ana Kowal answer the committee by 3 June?",  # a deadline is asked (see below)
        ),
        (
            "Mayor Ana Kowal faces a lawsuit over the stadium.",
            "Pending: Mayor Ana Kowal faces a lawsuit over the stadium",
        ),
    ],
)
def test_processes_under_way_are_open_statements(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # where no question reads well, a possibility is stated as written, marked possible
        (
            "The auditor warned the board that the bridge plan could be unlawful without a public inquiry.",
            "Possible: the bridge plan could be unlawful without a public inquiry",
        ),
    ],
)
def test_possibilities_without_a_good_question_are_marked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a spaced dash opens an aside, not a hyphenated word
            "The minister said the poll - expected to fall on 4 May - would give a clear choice.",
            "Will the poll fall on 4 May?",
        ),
        (  # a gerund clause is a subject that stands alone
            "Analysts believe cutting the fuel duty could revive the car industry.",
            "Could cutting the fuel duty revive the car industry?",
        ),
        (  # the pronoun subject of a reported plan is the named reporter
            "Halvorsen said he intends to take the dispute to the high court.",
            "Will Halvorsen take the dispute to the high court?",
        ),
    ],
)
def test_more_clauses_are_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Both men are facing charges over the crash.",  # which men?
        "An officer said the shooting was under investigation.",  # under way then, not said to be now
        "Norwegians plan to spend more on holidays this year.",  # a nationality as a whole is no actor
        "Things could have turned out much worse, the officer said.",  # a counterfactual
        "By 1929, the signals could guide ships across the whole bay.",  # past ability
        "A £90 fine may not seem much to a rich banker.",  # granted, not open
        "The company made progress in talks with lenders.",  # talks under way, but the progress is stated
        "Professor Ilse Marr reportedly told the radio station.",  # who said what is not the open point
        "The clubs are facing questioning from fans on Friday.",  # a scheduled event, not an open outcome
        "Their case is under review by the panel.",  # whose case?
        "The lawyer said whether or not the firm pays will be decided in court.",
    ],
)
def test_no_broken_open_statement(parse, text):
    assert not [q for q in questions(parse, text) if not q.endswith("?")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # what the article says is not told, and claims it attributes without confirming
        ("Officials would not say which roads will be closed.", "Unknown: which roads will be closed"),
        (
            "The ministry declined to say how many soldiers were wounded.",
            "Unknown: how many soldiers were wounded",
        ),
        (
            "Farmers' groups claim the new levy will double the price of milk.",
            "Not confirmed: farmers' groups claim the new levy will double the price of milk",
        ),
    ],
)
def test_untold_answers_and_claims_are_marked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The bank did not say why.",  # nothing left to state
        "The council did not reveal how much it paid for the site.",  # what is "it"?
        "The club claimed the title on Saturday.",  # a title won, not an assertion
        "The union does not claim that the pay offer is unfair.",
    ],
)
def test_no_empty_or_unplaced_untold_statement(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The total cost of the repairs to the roof, the walls and the old bell tower of the village "
            "church is not yet known.",
            "Unknown: the total cost of the repairs to the roof, the walls and the old bell tower of the "
            "village church",
        ),
        ("The fate of the ship is unclear.", "What is the fate of the ship?"),
    ],
)
def test_a_thing_not_known_is_asked_or_noted(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize("text", ["Its fate is unclear.", "Their future is uncertain."])
def test_whose_thing_is_unknown_must_be_said(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tessa Marr, a candidate in Dunmore, is being investigated by detectives after handing out pies.",
            "Pending: Tessa Marr is being investigated by detectives after handing out pies",
        ),
        (
            "Harbour police are investigating the collapse of the Kelso jetty.",
            "Pending: harbour police are investigating the collapse of the Kelso jetty",
        ),
        (
            "A panel of judges will examine the tender for the ring road.",
            "Pending: a panel of judges will examine the tender for the ring road",
        ),
        (
            "The appeals court will rule on the zoning dispute in October.",
            "Pending: the appeals court will rule on the zoning dispute in October",
        ),
        (
            "A vote on the harbour levy is expected in the spring.",
            "Pending: a vote on the harbour levy is expected in the spring",
        ),
        (
            "Carla Ruiz, who coached the side for a decade, has not yet been contacted by the federation.",
            "Pending: Carla Ruiz has not yet been contacted by the federation",
        ),
        (
            "The new scanner does not yet work with older hospital software.",
            "Pending: the new scanner does not yet work with older hospital software",
        ),
    ],
)
def test_inquiries_decisions_to_come_and_not_yet_are_pending(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour police investigated the collapse of the Kelso jetty last year.",  # done, not under way
        "The appeals court will not rule on the zoning dispute.",  # said it will not
        "A vote on the harbour levy was expected in the spring.",  # then, not now
        "The cause of the fire is not yet known.",  # an unknown, asked as one (not a pending statement)
        "Officials are not investigating the collapse.",
    ],
)
def test_no_pending_statement_from_past_or_negated_processes(parse, text):
    assert not any(q.startswith("Pending:") for q in questions(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army, via a spokesman, denied reports that militia fighters had taken the airfield.",
            "Did militia fighters take the airfield?",
        ),
        (
            "The ferry company rejected claims that the vessel had been overloaded.",
            "Was the vessel overloaded?",
        ),
        (
            "Karl Dorn denies causing serious injury by careless driving.",
            "Disputed: Karl Dorn denies causing serious injury by careless driving",
        ),
    ],
)
def test_denied_reports_are_asked_and_denied_acts_marked_disputed(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The club did not deny reports that the coach had resigned.",  # not denied
        "The club denied that the coach had resigned.",  # a plain denial: no report is named as open
        "Karl Dorn denied causing the crash, and was cleared last year.",  # past: the case is over
    ],
)
def test_no_disputed_point_without_a_denied_report_or_a_standing_denial(parse, text):
    assert not any(q.startswith("Disputed:") for q in questions(parse, text))
    assert "Did the coach resign?" not in questions(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health chiefs hope the new triage rules will cut waiting times by a quarter.",
            "Will the new triage rules cut waiting times by a quarter?",
        ),
        (
            "Donors gave the shelter new beds in the hope that the beds can ease the winter rush.",
            "Can the beds ease the winter rush?",
        ),
        (
            "Talvik Mining claims to have found copper deposits under the northern lake.",
            "Did Talvik Mining find copper deposits under the northern lake?",
        ),
    ],
)
def test_hopes_and_claims_of_deeds_are_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Health chiefs hoped the new rules would cut waiting times.",  # a past hope
        "Health chiefs do not hope the rules will change.",
        "I hope we can win the cup.",  # whose "we", the page cannot say
        "Talvik Mining does not claim to have found copper.",
        "The agency said that the case was under investigation.",  # which case; under way then
    ],
)
def test_no_question_from_past_denied_or_unplaced_hopes_and_claims(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ten-minute clip, titled 'Night Road', showed soldiers guarding three trucks, thought to be near "
        "the northern border.",
        "The report listed five ships, believed to be off the coast of Malta.",
    ],
)
def test_a_participle_after_a_comma_is_not_asked_of_the_main_subject(parse, text):
    assert not any(
        q.startswith(("Was the ten-minute clip", "Was the report")) for q in questions(parse, text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union accused the council of hiding the safety report.",
            "Did the council hide the safety report?",
        ),
        (
            "Critics accused the minister of having misled parliament over the contract.",
            "Did the minister mislead parliament over the contract?",
        ),
        (
            "The opposition, in turn, has accused Ms Orla of trying to 'stall' the inquiry.",
            "Did Ms Orla try to stall the inquiry?",
        ),
    ],
)
def test_an_accused_deed_is_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor did not accuse the firm of lying.",
        "Parents accused the school board of being slow to act.",  # a judgement, not a deed
        "He accused the ministers of having some nerve.",
        "She accused him of hiding the report.",  # whom, the page cannot say
    ],
)
def test_no_question_from_a_denied_accusation_a_judgement_or_an_unplaced_accused(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [  # each shape below once gave a question an editor judged bad
        # a verb joined with no "and" borrows the other verb's subject ("Will council leaders be approved?")
        "Council leaders, especially those standing in the mayoral race for 2027, have to work out what "
        "their view is on the matter as possible new rules could be approved",
        # how a thing looked at first, which the story goes on to revise
        "Standing perfectly still, the grey cat initially appears disinterested as the kitten jumps around "
        "excitedly.",
        # the one asked answers in the same sentence
        "Maria Vale won the race easily. It led to the suggestion that perhaps she was feeling unbeatable, "
        "to which she replied: 'I don't know what that feels like.'",
        # "the form" refers back to the form the sentence has named ("the form used")
        "Whether a firm emailing registered buyers will break the rules will depend on the form used and "
        "whether the form is signed.",
        # a shell noun names what was said before ("How will the idea help pupils?")
        "The head teacher said the film was dull, but added it made her think about how the idea could "
        "help pupils.",
        # who does not know is not what is unknown ("Unknown: the horse", "Unknown: the family")
        "The horse didn't even know it had been in a race.",
        "Mr Dale said his relatives could not attend the trial and did not know when to expect any verdict.",
    ],
)
def test_no_question_where_an_editor_found_it_bad(parse, text):
    assert questions(parse, text) == []


def test_a_clause_inside_the_subject_left_without_its_complement_is_hollow(parse):
    doc = parse("I think the fact Tomas is so well really supports the parents' view this wasn't neglect").doc
    fact = next(t for t in doc if t.text == "fact")
    subject = list(doc[fact.i - 1 : fact.i + 3])  # "the fact Tomas is": "so well" hangs on "supports"
    assert hollow_verb(subject)
    whole = parse("The fact that Tomas is healthy supports the view.").doc
    assert not hollow_verb(list(whole[:6]))


def test_a_sentence_run_into_the_next_without_its_full_stop_is_not_asked(parse):
    doc = parse(
        "Striker Pavel Novak is yet to make a final decision despite constant links to Ostrava Talk of a "
        "move back to his first club intensified when Novak scored"
    ).doc
    assert run_together(doc[:])
    assert not run_together(parse("Talk of a move intensified when Novak scored.").doc[:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the same rules leave these alone
        ("Prices rose in March and may fall again in May.", "Could prices fall again in May?"),
        (
            "The Smiths' cat appears disinterested as the kitten jumps around.",
            "Is the Smiths' cat disinterested?",
        ),
    ],
)
def test_joined_verbs_and_appearances_are_still_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


def test_a_possessive_owned_inside_the_phrase_is_placed(parse):
    text = (
        "Whether a firm calling registered buyers to check their orders will break the rules will depend on "
        "the wording used."
    )
    assert questions(parse, text) == [
        "Will a firm calling registered buyers to check their orders break the rules?"
    ]


def test_a_clause_mark_inside_the_subject_is_never_asked(parse):
    text = "It is not clear whether farmers selling their land will pay the new tax."
    assert not any(q.startswith("Will whether") for q in questions(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a deadline someone has to act by is an open point: will they act in time?
        (
            "Ms Orla has until 3 June to reply after a letter from the committee chair.",
            "Will Ms Orla reply by 3 June?",
        ),
        (
            "Leeds City Council has until the end of the month to publish its accounts.",
            "Will Leeds City Council publish its accounts by the end of the month?",
        ),
    ],
)
def test_a_deadline_to_act_by_is_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She had until 3 June to reply.",  # a past deadline, settled by the time of writing
        "The shop is open until 9pm to serve late shoppers.",
    ],
)
def test_no_deadline_question_from_a_past_deadline_or_opening_hours(parse, text):
    assert not any(q.endswith(("3 June?", "9pm?")) for q in questions(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a hope told as the story goes, in the past progressive, is settled by the time of writing
        ("Having lost last week, Leeds were hoping to atone by reaching the final.", []),
        (
            "Leeds United is hoping to sign two players in January.",
            ["Will Leeds United sign two players in January?"],
        ),
    ],
)
def test_a_past_progressive_hope_is_not_asked(parse, text, expected):
    assert questions(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [  # a quoted speaker's own view, a view granted before the main clause, a belief once held
        "I think the ferry operator will be able to cut fares next year.",
        "We believe that successive councils have neglected the harbour walls.",
        '"We also think the scheme is a poor guide to real demand," the charity said.',
        "Although many analysts believed the fund had two choices, the chairman found a third.",
        "While the mayor appears to be rethinking the plan, her deputy has ruled out any change.",
        "It was previously believed that the beetles were mostly active at night.",
    ],
)
def test_no_question_from_own_granted_or_former_views(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Economists think the central bank will raise rates in March.",
            "Will the central bank raise rates in March?",
        ),
        ("The Tamar Bridge appears to be sinking at one end.", "Is the Tamar Bridge sinking at one end?"),
    ],
)
def test_third_person_views_are_still_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an acronym written with a plural "s" is no capitalised word of a sentence run in
        (
            "Engineers fear that cutting the budget could mean longer waits, with more ATMs left broken.",
            ["Could cutting the budget mean longer waits?"],
        ),
        (  # but "such repairs" points back to a kind named before: not a question on its own
            "Engineers fear that cutting such repairs could mean longer waits, with more ATMs left broken.",
            [],
        ),
    ],
)
def test_an_acronym_plural_does_not_mark_a_sentence_as_run_together(parse, text, expected):
    assert not run_together(parse(text).doc[:])
    assert questions(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inquiry's findings are still to be published.", "Will the inquiry's findings be published?"),
        (
            "Leeds City Council has still to decide whether to approve the plan.",
            "Pending: Leeds City Council has still to decide whether to approve the plan",
        ),
        (
            "Talks between the union and the rail company are continuing.",
            "Pending: talks between the union and the rail company are continuing",
        ),
        (
            "Negotiations on a new contract are continuing, a spokesman said.",
            "Pending: negotiations on a new contract are continuing",
        ),
        (
            "Leeds United is awaiting the result of an appeal against the ban.",
            "Pending: Leeds United is awaiting the result of an appeal against the ban",
        ),
        (
            "The results of the blood tests are still awaited.",
            "Pending: the results of the blood tests are still awaited",
        ),
        (
            "Police said the theft of the painting was still under investigation.",
            "Pending: the theft of the painting was still under investigation",
        ),
    ],
)
def test_what_is_still_to_come_awaited_or_continuing_is_pending(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the union and the rail company continued for a week.",  # over, not under way
        "The club awaited the result of the appeal in silence.",  # then, not now
        "The theft of the painting was under investigation in 2010.",  # under way then, not said to be now
        "A police spokesman told reporters that the case was under investigation.",  # which case, told before
        "Police said the robbery was still under investigation.",  # which robbery, told before
    ],
)
def test_no_pending_statement_from_past_processes_or_a_case_told_before(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council refused to reveal how much the Leeds tram scheme would cost.",
            "Unknown: how much the Leeds tram scheme would cost",
        ),
        (
            "The minister did not say how much the new ferries would cost.",
            "Unknown: how much the new ferries would cost",
        ),
    ],
)
def test_an_untold_amount_is_marked_unknown(parse, text, expected):
    assert questions(parse, text) == [expected]
