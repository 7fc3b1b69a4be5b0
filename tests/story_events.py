"""Short reports written for the tests: Putin and Kim at three different times, two outlets each.

September 2023 (the cosmodrome visit), February 2024 (the limousine gift) and June 2024 (the defence pact) are
three happenings of one thread; each has a report from "Wire One" and one from "Daily Two".
"""

from __future__ import annotations

from pathlib import Path

from builder.core.model import Briefing
from builder.pipeline import extract_all
from builder.sources.readers import read_sources

EVENTS = {
    "sep23-wire": (
        "2023-09-13",
        "Wire One",
        """
Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome in Russia's Amur region on Wednesday.
The two leaders toured the launch pads before holding talks that lasted several hours.
Putin said Russia was ready to help North Korea put satellites into orbit.
Kim promised his country's full support for Moscow, and the two men swapped hunting rifles as gifts.
""",
    ),
    "sep23-daily": (
        "2023-09-14",
        "Daily Two",
        """
Kim Jong Un's visit to the Vostochny Cosmodrome ended with an exchange of rifles, the Kremlin said.
Putin showed the North Korean leader around the space centre in the Amur region before their talks.
Officials in Seoul and Washington warned that any arms deal would breach United Nations sanctions.
Kim travelled to the cosmodrome on his armoured train and was expected to visit Vladivostok next.
""",
    ),
    "feb24-wire": (
        "2024-02-18",
        "Wire One",
        """
Vladimir Putin has given Kim Jong Un a Russian-made Aurus limousine, North Korean state media said on Sunday.
Kim's sister Kim Yo Jong thanked Moscow for the car and said it showed the special relations between the
two leaders.
The gift appears to breach a United Nations ban on sending luxury goods to Pyongyang.
""",
    ),
    "feb24-daily": (
        "2024-02-19",
        "Daily Two",
        """
North Korea says Kim Jong Un has received an Aurus car from Vladimir Putin as a personal present.
Kim Yo Jong passed on her brother's gratitude to the Russian leader, the KCNA agency reported.
Experts said the limousine was likely to violate sanctions on luxury exports to the North.
""",
    ),
    "jun24-wire": (
        "2024-06-19",
        "Wire One",
        """
Vladimir Putin and Kim Jong Un signed a mutual defence pact in Pyongyang on Wednesday.
The treaty commits each country to help the other if it is attacked, Kim told reporters.
Putin arrived before dawn for his first visit to North Korea in 24 years; Kim greeted him at the airport.
""",
    ),
    "jun24-daily": (
        "2024-06-20",
        "Daily Two",
        """
Russia and North Korea have promised to defend each other under a treaty Putin and Kim signed in Pyongyang.
Tens of thousands of people lined the streets of the North Korean capital for the Russian leader's visit.
Kim called the pact the strongest treaty the two countries have ever signed.
""",
    ),
}


def markdown(date: str, source: str, body: str) -> str:
    """A Markdown source with front matter; each line of the body is a paragraph."""
    return f"---\ndate: {date}\nsource: {source}\n---\n\n" + "\n\n".join(body.strip().splitlines())


def write_events(folder: Path) -> Path:
    """Write the six reports into a folder (made if missing) as Markdown sources, and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (date, source, body) in EVENTS.items():
        (folder / f"{name}.md").write_text(markdown(date, source, body), encoding="utf-8")
    return folder


def extracted(folder: Path) -> dict[str, Briefing]:
    """The briefings of every source in the folder by article id, read and extracted by the real pipeline;
    every source must read and extract without a problem."""
    articles, problems = read_sources(folder)
    assert problems == []
    found, failed, _ = extract_all(articles)
    assert failed == []
    return {b.article.id: b for b in found}
