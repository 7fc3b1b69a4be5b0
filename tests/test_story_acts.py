"""A story is one happening: dated reports more than a few days apart are one story only when their leads
tell one act (`features.acts_of`, `timing.Timing.close_in_time`); a takeover's stages are a thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.core.model import Briefing
from builder.extract.acts import sentence_case
from builder.pipeline import extract_all
from builder.sources.readers import read_sources
from builder.stories.features import acts_of, parties_of
from builder.stories.grouping import facts_of, group_stories
from builder.stories.timing import FEW_DAYS, Timing
from tests.story_events import extracted

# An invented takeover battle: a bid, its rejection 17 days later, a raised bid 26 days after that; the bid
# told by three outlets (a group of three joins others at lower floors), the others by two, a day apart.
# Every word is written for this test.
REPORTS = {
    "bid-post": (
        "2025-03-03",
        "Harbour Post",
        "Kestrel Mills makes £1.4bn offer for Orrin Dairies",
        "The flour miller Kestrel Mills has made a £1.4bn offer for Orrin Dairies, the family-run milk "
        "processor based in Dunmore.\n"
        "Kestrel's chief executive, Tamsin Greave, said the offer of 240p a share was generous and that the "
        "two firms would share delivery fleets.\n"
        "Orrin Dairies said its board would study the proposal and urged shareholders to take no action.",
    ),
    "bid-gazette": (
        "2025-03-04",
        "Valley Gazette",
        "Miller Kestrel offers 240p a share for Orrin Dairies",
        "Kestrel Mills has offered 240p a share for Orrin Dairies, valuing the Dunmore milk firm at £1.4bn.\n"
        "Tamsin Greave, who runs Kestrel, told investors that combining the firms' lorries would save "
        "£40m a year.\n"
        "Shares in Orrin rose by a fifth after the approach became public.",
    ),
    "bid-wire": (
        "2025-03-03",
        "Coast Wire",
        "Orrin Dairies receives £1.4bn approach from Kestrel Mills",
        "Orrin Dairies, the milk processor in Dunmore, has received a takeover offer worth £1.4bn from the "
        "flour miller Kestrel Mills.\n"
        "The 240p a share offer is about a third above Orrin's price before the news, Kestrel said.\n"
        "Tamsin Greave, Kestrel's chief executive, said the two firms would be stronger as one.",
    ),
    "reject-post": (
        "2025-03-20",
        "Harbour Post",
        "Orrin Dairies rejects Kestrel's takeover offer",
        "Orrin Dairies has rejected the £1.4bn takeover offer from Kestrel Mills, saying the 240p a share "
        "price undervalued the milk processor.\n"
        "Its chairman, Idris Vane, said the board had been unanimous.\n"
        "Kestrel Mills said it was disappointed and would consider its options.",
    ),
    "reject-gazette": (
        "2025-03-21",
        "Valley Gazette",
        "Orrin board turns down Kestrel approach",
        "The board of Orrin Dairies rejected Kestrel Mills' offer of 240p a share on Thursday, calling it "
        "far too low.\n"
        "Idris Vane, Orrin's chairman, said the Dunmore firm had a strong future on its own.\n"
        "Tamsin Greave of Kestrel said the miller remained keen on a deal.",
    ),
    "raise-post": (
        "2025-04-15",
        "Harbour Post",
        "Kestrel raises offer for Orrin Dairies to £1.7bn",
        "Kestrel Mills has raised its offer for Orrin Dairies to £1.7bn, weeks after the milk processor's "
        "board rejected its first approach.\n"
        "The new price of 290p a share is 50p above the offer Orrin turned down in March.\n"
        "Tamsin Greave, Kestrel's chief executive, said the raised offer was her last.",
    ),
    "raise-gazette": (
        "2025-04-16",
        "Valley Gazette",
        "Kestrel sweetens Orrin bid",
        "Kestrel Mills raised its bid for Orrin Dairies to 290p a share on Tuesday, valuing the milk firm "
        "at £1.7bn.\n"
        "Orrin's chairman Idris Vane said the board would meet to weigh the improved terms.\n"
        "Kestrel and Orrin together would employ about 6,000 people in the Dunmore valley.",
    ),
}
# The bid told again nine days on, by a third outlet that leads with the bid itself.
LATE_BID = (
    "2025-03-12",
    "Coast Wire",
    "Kestrel Mills offers £1.4bn for Dunmore's Orrin Dairies",
    "Kestrel Mills has offered £1.4bn for Orrin Dairies, the milk processor in Dunmore, in a bid its "
    "chief executive Tamsin Greave called a fair price.\n"
    "The offer of 240p a share values Orrin at a premium to its recent price.\n"
    "Orrin's board has yet to give its answer to the miller.",
)
# The bid reported two days on by another outlet, leading with a different verb.
BID_TWO_DAYS_ON = (
    "2025-03-05",
    "Coast Wire",
    "Orrin Dairies weighs Kestrel's approach",
    "Orrin Dairies is studying a takeover approach from Kestrel Mills that values the Dunmore milk firm "
    "at £1.4bn.\n"
    "Kestrel's chief executive Tamsin Greave said the offer of 240p a share would let the firms share "
    "delivery fleets.\n"
    "Shares in Orrin held on to their gains of the day before.",
)


def write(folder: Path, reports: dict[str, tuple[str, str, str, str]]) -> None:
    for name, (date, source, title, body) in reports.items():
        front = f"---\ntitle: {title}\ndate: {date}\nsource: {source}\n---\n\n"
        (folder / f"{name}.md").write_text(front + body.replace("\n", "\n\n") + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def takeover(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> dict[str, Briefing]:
    """Briefings of the invented reports, extracted by the real pipeline."""
    folder = tmp_path_factory.mktemp("takeover")
    write(folder, {**REPORTS, "late-bid": LATE_BID, "bid-two-days-on": BID_TWO_DAYS_ON})
    return extracted(folder)


def groups(briefings: list[Briefing]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in group_stories(briefings)}


def test_leads_tell_the_act(takeover: dict[str, Briefing]) -> None:
    acts = {name: set(acts_of(b)) for name, b in takeover.items()}
    assert "offer" in acts["bid-post"] and "offer" in acts["late-bid"]
    assert "reject" in acts["reject-post"] and "reject" in acts["reject-gazette"]
    assert "raise" in acts["raise-post"] and "raise" in acts["raise-gazette"]
    assert not acts["bid-post"] & acts["reject-post"] and not acts["reject-post"] & acts["raise-post"]


def test_bid_rejection_and_raised_bid_are_three_stories_of_one_thread(takeover: dict[str, Briefing]) -> None:
    found = group_stories([takeover[name] for name in REPORTS])
    assert {frozenset(s.article_ids) for s in found} == {
        frozenset({"bid-post", "bid-gazette", "bid-wire"}),
        frozenset({"reject-post", "reject-gazette"}),
        frozenset({"raise-post", "raise-gazette"}),
    }
    assert len({s.thread for s in found}) == 1


def test_the_same_happening_two_days_on_joins_its_story(takeover: dict[str, Briefing]) -> None:
    found = groups([takeover[name] for name in (*REPORTS, "bid-two-days-on")])
    assert frozenset({"bid-post", "bid-gazette", "bid-wire", "bid-two-days-on"}) in found


def test_a_report_days_later_joins_when_its_lead_tells_the_same_act(takeover: dict[str, Briefing]) -> None:
    later = facts_of(takeover["late-bid"])
    timing = Timing([facts_of(takeover["bid-post"]), later, facts_of(takeover["reject-post"])])
    assert timing.days[1] - timing.days[0] > FEW_DAYS
    assert timing.close_in_time(0, 1)  # the bid, told nine days on
    assert not timing.close_in_time(1, 2)  # eight days apart, another act
    found = groups([takeover[name] for name in (*REPORTS, "late-bid")])
    assert frozenset({"bid-post", "bid-gazette", "bid-wire", "late-bid"}) in found


def test_a_month_named_is_not_a_reference_back_to_a_happening(takeover: dict[str, Briefing]) -> None:
    """The raised bid names March, the month of the rejection: it is still another happening."""
    timing = Timing([facts_of(takeover[name]) for name in ("reject-post", "raise-post")])
    assert not timing.close_in_time(0, 1)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("The chief constable said on Friday that two men had been arrested.", {"arrest"}),
        ("The council has launched an inquiry into the flooding.", {"inquiry"}),
        ("Rescuers pulled three climbers from the gully and flew them to hospital.", {"pull", "fly"}),
    ],
)
def test_acts_of_a_lead(tmp_path: Path, nlp: object, text: str, acts: set[str]) -> None:
    (tmp_path / "lead.md").write_text(f"---\ndate: 2025-01-02\n---\n\n{text}\n", encoding="utf-8")
    articles, _ = read_sources(tmp_path)
    found, _, _ = extract_all(articles)
    assert set(acts_of(found[0])) == acts


def test_a_title_case_headline_is_lower_cased_but_for_names() -> None:
    names = frozenset({"maya", "ortiz", "pine", "hill"})
    text = "Maya Ortiz Checks Out Of Pine Hill Clinic"
    assert sentence_case(text, frozenset(), names) == "Maya Ortiz checks out of Pine Hill clinic"
    plain = "Kestrel raises offer for Orrin"
    assert sentence_case(plain, frozenset(), names) == plain


def test_extraction_reads_names_with_the_labels_stories_read() -> None:
    """Extraction sentence-cases a title-case headline with the words of the terms the story stage calls names
    (`extract.acts.NAME_LABELS` is `stories.features.NAMED_LABELS`, one layer up)."""
    from builder.extract.acts import NAME_LABELS
    from builder.stories.features import NAMED_LABELS

    assert NAME_LABELS == NAMED_LABELS


# Whom an act befell, from the parse (`extract.acts.act_parties`); phrases written for this test.
@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Rovers striker Dan Mallory was arrested on suspicion of drink-driving.",
            {"arrest": {"dan", "mallory"}},
        ),
        ("Police arrested Dan Mallory early on Sunday.", {"arrest": {"dan", "mallory"}}),
        ("Rovers defender Ian Pell faces drink-driving charges", {"charge": {"ian", "pell"}}),
        ("The Harriers fired coach Rob Tandy on Saturday.", {"fire": {"rob", "tandy"}}),
        ("Police said Ian Pell had been arrested.", {"arrest": {"ian", "pell"}}),
        ("The Rovers receiver was arrested on Tuesday.", {}),  # no one named
        ("Tamsin Greave makes an offer for the dairy", {}),  # who makes an offer does not undergo it
    ],
)
def test_whom_an_act_befell(nlp: object, text: str, parties: dict[str, set[str]]) -> None:
    from builder.extract.acts import act_parties, parser

    assert act_parties(next(parser()(text).sents).root) == parties


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [
        ({"arrest\tdan mallory"}, {"arrest\tian pell"}, True),  # one act, two people: two happenings
        ({"arrest\tdan mallory"}, {"arrest\tmallory"}, False),  # one person, named in full and by surname
        ({"arrest\tdan mallory"}, {"charge\tian pell"}, False),  # other acts: the time rules decide
        ({"arrest\tdan mallory"}, set(), False),  # one lead names no one
    ],
)
def test_one_act_befalling_two_people_is_two_happenings(a: set[str], b: set[str], disagree: bool) -> None:
    from builder.stories.timing import parties_disagree

    assert parties_disagree(frozenset(a), frozenset(b)) is disagree


def test_extraction_keeps_whom_the_lead_act_befell(tmp_path: Path, nlp: object) -> None:
    """The story stage reads whom the act befell from the briefing (`Briefing.lead_parties`), for the texts it
    reads the acts of: the title and the first sentence that tells one."""
    title = "Rovers striker arrested"
    body = "Police arrested Dan Mallory early on Sunday.\n\nHe was released on bail, Ian Pell said."
    text = f"---\ntitle: {title}\ndate: 2025-01-02\n---\n\n{body}\n"
    (tmp_path / "lead.md").write_text(text, encoding="utf-8")
    articles, _ = read_sources(tmp_path)
    found, _, _ = extract_all(articles)
    assert parties_of(found[0]) == ("arrest\tdan mallory",)
