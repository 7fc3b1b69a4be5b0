"""Undated pairs near the floor link only where they share a specific anchor of one happening
(`grouping.anchored`): a name both leads give, and a second name, two uncommon lead words, or details no
other article holds. Invented texts; each line is a paragraph."""

from __future__ import annotations

import pytest

from builder.core.model import Briefing
from builder.stories.features import distinct_names, lead_names
from builder.stories.grouping import Candidates, anchored

# One outlet's campaign coverage (the tour, the trust remarks, a rally, a manifesto) and two outlets' reports
# of one rate decision, with other business news around them so that the subject's words are not rare.
ARTICLES = {
    "tour": """Holt begins coastal tour
Green Party leader Dana Holt has begun a tour of coastal seats, telling voters the party can win them.
She travelled by train along the coast, meeting fishermen and shop owners.
In Kells she said the party would protect harbour jobs and cut ferry fares for islanders.
""",
    "trust": """Trust in premier has gone, says Holt
Voters can no longer trust the prime minister on public spending, Dana Holt said on a radio phone-in.
Ms Holt said promises on hospital funding had been broken twice.
She said the party would publish its costed plans before the campaign ends.
""",
    "rally": """Holt rallies party faithful
Dana Holt told a rally in Kells that voters wanted a party which kept its promises on jobs.
Ms Holt said the party's plans for harbour jobs and ferry fares were fully costed.
She said the campaign was going well in coastal seats.
""",
    "manifesto": """Greens publish manifesto
The Green Party has published its manifesto, promising cheaper ferry fares and new harbour jobs.
Dana Holt said voters in coastal seats would see the benefit within a year.
The party said its plans were fully costed and would be paid for by a levy on shipping.
""",
    "rate-a": """Norland central bank raises interest rate
The Norland Reserve Bank raised its interest rate by half a point to 4.5 per cent, its third hike this year.
Governor Ilse Marten said in Ostberg that further rises could not be ruled out while prices kept climbing.
Lenders said mortgage rates would rise within days.
""",
    "rate-b": """Norland lifts rates again
The Norland Reserve Bank lifted its key interest rate to 4.5 per cent, a hike of half a point.
Ilse Marten, the bank's governor, told reporters in Ostberg that the bank stood ready to act again.
Economists had expected a smaller rise.
""",
    "shares": """Ostberg shares slip
Shares in Ostberg slipped as investors sold bank stocks after a week of gains.
Traders said the central bank's next meeting was weeks away.
""",
    "mortgages": """Mortgage lenders cut deals
Lenders cut the price of fixed mortgage deals, saying competition for borrowers had grown.
The central bank's interest rate was unchanged at its last meeting, the Norland Reserve Bank said.
""",
}


@pytest.mark.parametrize(
    ("names", "distinct"),
    [
        (["charles kennedy", "kennedy"], ["charles kennedy"]),  # a person and his surname: one name
        (["lib dem", "lib dems"], ["lib dem"]),  # a plural: one name
        (["aston villa", "villa"], ["aston villa"]),
        (["gordon brown", "brown", "labour"], ["gordon brown", "labour"]),  # two things
        (["new york", "un", "liz truss"], ["liz truss", "new york", "un"]),
        (["york", "new york city"], ["new york city"]),
        (["dana holt", "ms holt"], ["dana holt"]),  # a title and the surname: one person
        ([], []),
    ],
)
def test_distinct_names(names: list[str], distinct: list[str]) -> None:
    assert sorted(distinct_names(names)) == sorted(distinct)


@pytest.fixture(scope="module")
def briefings(extract_texts) -> dict[str, Briefing]:
    return extract_texts(ARTICLES, "anchors")


@pytest.mark.parametrize(
    ("article", "named", "not_named"),
    [
        ("tour", {"dana holt"}, {"kells"}),  # the title and two sentences: not the third
        ("rate-a", {"norland reserve bank", "ilse marten"}, set()),
        ("shares", {"ostberg"}, set()),
    ],
)
def test_lead_names(
    briefings: dict[str, Briefing], article: str, named: set[str], not_named: set[str]
) -> None:
    found = set(lead_names(briefings[article]))
    assert named <= found
    assert not found & not_named


@pytest.mark.parametrize(
    ("a", "b", "anchor"),
    [
        ("rate-a", "rate-b", True),  # two outlets, one rate decision: the bank, its governor, the hike
        ("tour", "trust", False),  # one party leader on two days: her name, 'voters' and the background
        ("tour", "shares", False),  # nothing named in both leads
    ],
)
def test_anchored(briefings: dict[str, Briefing], a: str, b: str, anchor: bool) -> None:
    candidates = Candidates.of(briefings.values())
    index = {x.article.id: n for n, x in enumerate(candidates.briefings)}
    df = dict(zip(candidates.weights.features, candidates.weights.df.tolist(), strict=True))
    i, j = index[a], index[b]
    assert anchored(candidates, i, j, df) is anchor
    assert anchored(candidates, j, i, df) is anchor


# Two reports of one lying in state whose leads share one name and no other word: what anchors them is
# details no other article holds (the vault, the volunteers' town). Then an article on something else that
# shares no feature with them, and one that holds two of their details.
VAULT = {
    "vault-a": """Crowds gather at Harlow Abbey
Thousands queued outside Harlow Abbey overnight as the late duke lay in state.
Many had waited since dawn, wrapped in coats and scarves.
Officials said the coffin would be taken to the Kestrel Vault on Friday.
Volunteers from Tarnby handed out blankets and flasks of tea to those waiting in the cold.
""",
    "vault-b": """Harlow Abbey opens its doors
The public filed past in Harlow Abbey for a second day, with the line stretching across the bridge.
Police closed two roads to traffic.
The burial in the Kestrel Vault will follow a private service, the palace said.
Volunteers from Tarnby again handed out blankets and flasks of tea.
""",
}
UNRELATED = {
    "orchard": """Apple growers end picking early
Growers in the Vale of Ennis finished picking apples a fortnight sooner than usual after a warm spring.
Prices for cider fruit are expected to fall.
""",
}
SHARING = {
    "tarnby": """Tarnby honours its volunteers
The mayor of Tarnby thanked residents who served tea to mourners.
A plaque will be placed near the Kestrel Vault next spring.
""",
}


@pytest.fixture(scope="module")
def vault_briefings(extract_texts) -> dict[str, Briefing]:
    return extract_texts({**ARTICLES, **VAULT, **UNRELATED, **SHARING}, "vault")


def test_an_anchor_moves_only_with_the_pairs_weights(vault_briefings: dict[str, Briefing]) -> None:
    """The details no other article holds are read at the lowest step of the rounded counts the weights read
    (`weights.rounded_count`: 2, then 2.83 for a third holder), so an added article changes the anchor of a
    pair only where it changes the weight of a feature of the pair: one that shares no feature with them
    leaves both their vectors and their anchor as they were, as it leaves their similarity
    (`weights.tfidf`)."""
    base = [b for name, b in vault_briefings.items() if name not in UNRELATED and name not in SHARING]

    def state(briefings: list[Briefing]) -> tuple[dict[tuple[str, str], bool], dict[str, dict[str, float]]]:
        found = Candidates.of(briefings)
        ids = [b.article.id for b in found.briefings]
        df = found.document_frequency
        anchors = {
            (ids[i], ids[j]): anchored(found, i, j, df)
            for i in range(len(ids))
            for j in range(len(ids))
            if i != j
        }
        return anchors, {ids[i]: dict(found.vectors[i]) for i in range(len(ids))}

    anchors, vectors = state(base)
    assert anchors[("vault-a", "vault-b")]  # details only the two hold
    for added, changes in ((UNRELATED, False), (SHARING, True)):
        now, moved = state([*base, *(vault_briefings[name] for name in added)])
        if not changes:  # the unrelated article shares no feature with the pair
            assert not set(moved[next(iter(added))]) & (set(moved["vault-a"]) | set(moved["vault-b"]))
        pair = [moved[x] != vectors[x] for x in ("vault-a", "vault-b")]
        assert all(pair) is changes
        for (a, b), was in anchors.items():
            if moved[a] == vectors[a] and moved[b] == vectors[b]:
                assert now[(a, b)] is was, (a, b)
        # a third holder of two of their details moves their weights a step; their anchor holds, carried by
        # details still theirs alone (the blankets and flasks of tea)
        assert now[("vault-a", "vault-b")]
