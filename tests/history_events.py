"""Three invented reports of one meeting, added one build at a time, for the build-log tests.

Build 1 brings the first report, which leaves open whether the state will pay. Build 2 adds a second outlet's
report that answers it and adds a gift the other way. Build 3 adds a third outlet that dates the meeting a day
earlier than the other two. A fourth report, of another happening, makes a one-source story later on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from builder.pipeline import BuildResult, Settings, build
from tests.conftest import ROOT

REPORTS = {
    "ferry-wire": (
        "2025-03-10",
        "Harbour Wire",
        """
Mayor Lena Ortiz welcomed Governor Paul Brandt to Harbourton on March 8 for talks on the new ferry terminal.
Ortiz gave Brandt a carved oak gavel made from the timbers of the old pier, her office said.
It is not yet clear whether the state will pay for the ferry terminal.
Residents worried that the terminal would bring heavy traffic to the old town.
""",
    ),
    "ferry-daily": (
        "2025-03-11",
        "Coastal Daily",
        """
Governor Paul Brandt met Mayor Lena Ortiz in Harbourton on March 8 to discuss the ferry terminal.
The state will pay for the ferry terminal, Brandt told reporters after the talks.
Brandt gave Ortiz a framed map of the harbour as a thank-you for her hospitality.
Ortiz said the terminal would open in the spring of next year.
""",
    ),
    "ferry-post": (
        "2025-03-12",
        "Bay Post",
        """
Mayor Lena Ortiz welcomed Governor Paul Brandt to Harbourton on March 7 for talks on the ferry terminal.
Ortiz presented the governor with an oak gavel carved from the old pier, her spokesman said.
Some councillors fear the terminal will cost far more than planned.
""",
    ),
    "library-news": (  # another happening, one source: a new story after the first build
        "2025-03-14",
        "Valley Courier",
        """
Novelist Nora Quinn donated her collection of signed first editions to the Millbrook public library on Friday.
Librarians worried that the reading room was too small for the visitors the gift would draw.
The library has not said when the books will go on display.
""",
    ),
}
THREE = ("ferry-wire", "ferry-daily", "ferry-post")
BUILD_DATES = ("2025-03-10", "2025-03-11", "2025-03-12")


def write_report(folder: Path, name: str) -> Path:
    """Write one report as a Markdown source with front matter; each line of the body is a paragraph."""
    date, source, body = REPORTS[name]
    path = folder / f"{name}.md"
    text = f"---\ndate: {date}\nsource: {source}\n---\n\n" + "\n\n".join(body.strip().splitlines())
    path.write_text(text, encoding="utf-8")
    return path


def settings_for(root: Path, date: str, **extra: object) -> Settings:
    return Settings(
        seeds=root / "seeds", docs=root / "docs", site=root / "site", config=ROOT / "mkdocs.yml",
        cache=None, build_date=date, **extra,
    )  # fmt: skip


def build_three(root: Path, with_site: bool = True) -> Iterator[BuildResult]:
    """The three builds into one docs folder, each adding one report; MkDocs runs after the last.

    Yields after each build, so a caller can look at docs/ in between."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    for i, (name, date) in enumerate(zip(THREE, BUILD_DATES, strict=True)):
        write_report(root / "seeds", name)
        yield build(settings_for(root, date), with_site=with_site and i == len(THREE) - 1)
