"""A synthetic news corpus for the benchmark: deterministic, real-looking, a few hundred words an article.

Articles come from sentence templates modelled on the patterns of the seed articles (leaders meeting, gifts
exchanged, concerns raised, hedged statements) filled with generated names, places, dates and numbers. Several
articles cover one event from different outlets, so story grouping has real work to do. Nothing here is copied
from research data: every sentence is a template below and every name is drawn from the pools below.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

# (country, capital, demonym)
COUNTRIES = (
    ("Argentina", "Buenos Aires", "Argentine"), ("Australia", "Canberra", "Australian"),
    ("Brazil", "Brasília", "Brazilian"), ("Canada", "Ottawa", "Canadian"), ("Chile", "Santiago", "Chilean"),
    ("China", "Beijing", "Chinese"), ("Egypt", "Cairo", "Egyptian"), ("Ethiopia", "Addis Ababa", "Ethiopian"),
    ("France", "Paris", "French"), ("Germany", "Berlin", "German"), ("Ghana", "Accra", "Ghanaian"),
    ("Greece", "Athens", "Greek"), ("India", "New Delhi", "Indian"), ("Indonesia", "Jakarta", "Indonesian"),
    ("Iran", "Tehran", "Iranian"), ("Italy", "Rome", "Italian"), ("Japan", "Tokyo", "Japanese"),
    ("Kenya", "Nairobi", "Kenyan"), ("Malaysia", "Kuala Lumpur", "Malaysian"),
    ("Mexico", "Mexico City", "Mexican"), ("Mongolia", "Ulaanbaatar", "Mongolian"),
    ("Morocco", "Rabat", "Moroccan"), ("Nigeria", "Abuja", "Nigerian"),
    ("North Korea", "Pyongyang", "North Korean"), ("Norway", "Oslo", "Norwegian"),
    ("Pakistan", "Islamabad", "Pakistani"), ("Peru", "Lima", "Peruvian"), ("Poland", "Warsaw", "Polish"),
    ("Qatar", "Doha", "Qatari"), ("Russia", "Moscow", "Russian"), ("Saudi Arabia", "Riyadh", "Saudi"),
    ("Senegal", "Dakar", "Senegalese"), ("South Africa", "Pretoria", "South African"),
    ("South Korea", "Seoul", "South Korean"), ("Spain", "Madrid", "Spanish"),
    ("Sweden", "Stockholm", "Swedish"),
    ("Thailand", "Bangkok", "Thai"), ("Turkey", "Ankara", "Turkish"), ("Ukraine", "Kyiv", "Ukrainian"),
    ("United Kingdom", "London", "British"), ("United States", "Washington", "American"),
    ("Vietnam", "Hanoi", "Vietnamese"),
)  # fmt: skip
FIRST_NAMES = (
    "Adrian Aiko Alejandro Amara Anders Arjun Aziz Bashir Beatriz Bogdan Carmen Chen Dmitri Elena Emeka "
    "Farid Fatima Gustavo Hana Hassan Helga Ibrahim Ingrid Ivan Jae-won Javier Joon Kamala Karim Kenji Kofi "
    "Lars "
    "Leila Lucia Malik Mariam Mateo Mei Miguel Nadia Naledi Nikos Olga Omar Pablo Priya Rafael Ravi Rosa "
    "Samir Sofia Sven Tariq Tomasz Valentina Wei Yara Yusuf Zainab Zoltan"
)
LAST_NAMES = (
    "Abadi Adeyemi Alvarez Andersen Bakr Barros Castillo Chowdhury Dahl Demir Dubois Esposito Fernandes "
    "Gallo Haddad Hansen Herrera Hoang Ibarra Ivanov Jansen Kamau Kaplan Karimi Kovacs Kowalski Lindqvist "
    "Mahmoud Mendes Mensah Moreau Nakamura Novak Okafor Oyelaran Park Petrov Popescu Quispe Rahman Rossi "
    "Saito Santos Schmidt Sokolov Suzuki Tanaka Teixeira Torres Udeh Varga Vasquez Wagner Wanjiru Yilmaz "
    "Zhang Zielinski"
)
FIRST, LAST = FIRST_NAMES.split(), LAST_NAMES.split()
PUBLISHERS = (
    "Daily Ledger", "Global Courier", "Morning Dispatch", "Harbour Times", "Continental Review",
    "Evening Standard Wire", "Northern Observer", "Capital Gazette", "World Affairs Weekly", "The Meridian",
    "Coastal Herald", "Frontline Report",
)  # fmt: skip
TOPICS = (
    "energy cooperation", "grain exports", "a new rail corridor", "fishing rights", "space research",
    "military cooperation", "port construction", "visa rules", "nuclear power", "debt relief", "arms sales",
    "a free trade zone", "water sharing", "climate finance", "a gas pipeline", "tourism", "rare earth mining",
    "cyber security", "border demarcation", "student exchanges", "vaccine production", "satellite launches",
    "naval exercises", "fertiliser supplies", "a joint investment fund", "airline routes",
)  # fmt: skip
GIFTS = (
    "hand-made rifle", "silver tea set", "porcelain vase", "carpet woven in the capital", "ceremonial sword",
    "painting of the harbour", "vintage car", "pair of hunting dogs", "chess set carved from walnut",
    "bronze statue of a horse", "first edition of a national poem", "football signed by the national team",
    "watch engraved with both flags", "model of a rocket", "glove from a space suit", "box of local cigars",
    "saddle decorated with gold thread", "case of wine from the president's region", "jade bowl",
    "book of photographs of the two countries", "traditional drum", "hand-painted map of the coastline",
)  # fmt: skip
VENUES = (
    "the presidential palace", "a cosmodrome on the coast", "a naval base", "the foreign ministry",
    "a state guest house", "a shipyard", "an aircraft factory", "the national museum", "a mountain resort",
)  # fmt: skip
CONCERNS = (
    "the transfer of missile technology", "the cost of the new loans", "the treatment of migrant workers",
    "the environmental impact of the mine", "human rights in the region", "the risk of an arms race",
    "the lack of transparency in the deal", "rising tensions along the border", "sanctions being evaded",
    "the safety of the reactor design", "the growing debt burden", "pressure on independent media",
)  # fmt: skip
OUTCOMES = (
    "a wider security pact", "a shift in regional alliances", "new sanctions",
    "a longer-term supply contract",
    "joint military drills next year", "a formal peace agreement", "fresh investment in the energy sector",
    "a dispute at the World Trade Organization", "a visit by the prime minister later this year",
)  # fmt: skip
INSTITUTES = (
    "Institute for Strategic Studies", "Centre for Regional Security", "Foundation for Economic Research",
    "Policy Forum on Asia", "Atlantic Security Institute", "Institute of Development Studies",
)  # fmt: skip
ORGS = (
    "United Nations", "European Union", "International Monetary Fund", "NATO", "World Bank", "African Union",
    "International Atomic Energy Agency", "Human Rights Watch", "Amnesty International", "ASEAN",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EPOCH = dt.date(2014, 1, 6)
EVENT_PATTERN = (0, 0, 0, 1, 1, 2)  # six articles cover three events: three, two and one source
EDIT_SENTENCE = "\nOfficials later confirmed that the talks would resume next month in Geneva.\n"


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Event:
    """The facts every article about one event shares."""

    host: tuple[str, str, str]
    guest: tuple[str, str, str]
    third: tuple[str, str, str]
    host_leader: Person
    guest_leader: Person
    spokesperson: Person
    date: dt.date
    topic: str
    topic2: str
    gifts: tuple[str, str, str]
    venue: str
    concern: str
    outcome: str
    org: str
    figures: tuple[int, int, int, int]


def person(rng: random.Random, title: str) -> Person:
    return Person(rng.choice(FIRST), rng.choice(LAST), title)


def leader(seed: int, country: str) -> Person:
    """Each country keeps its leader for a few years, so names recur across stories like real news."""
    return person(random.Random(f"{seed}:leader:{country}"), "President")


def event(seed: int, number: int) -> Event:
    """The shared facts of event `number`."""
    rng = random.Random(f"{seed}:event:{number}")
    host, guest, third = rng.sample(COUNTRIES, 3)
    return Event(
        host=host,
        guest=guest,
        third=third,
        host_leader=leader(seed, host[0]),
        guest_leader=leader(seed, guest[0]),
        spokesperson=person(rng, "spokesperson"),
        date=EPOCH + dt.timedelta(days=number * 2 + rng.randrange(2)),
        topic=rng.choice(TOPICS),
        topic2=rng.choice(TOPICS),
        gifts=tuple(rng.sample(GIFTS, 3)),  # type: ignore[arg-type]
        venue=rng.choice(VENUES),
        concern=rng.choice(CONCERNS),
        outcome=rng.choice(OUTCOMES),
        org=rng.choice(ORGS),
        figures=(rng.randrange(2, 14), rng.randrange(3, 40), rng.randrange(2, 90), rng.randrange(2, 9)),
    )


def slots(e: Event, rng: random.Random) -> dict[str, str]:
    """Template slot values for one article about event e."""
    analyst = person(rng, "analyst")
    official = person(rng, "official")
    return {
        "A": e.host_leader.full, "a": e.host_leader.last, "B": e.guest_leader.full, "b": e.guest_leader.last,
        "host": e.host[0], "capital": e.host[1], "host_adj": e.host[2], "guest": e.guest[0],
        "guest_adj": e.guest[2], "third": e.third[0], "third_adj": e.third[2],
        "weekday": WEEKDAYS[e.date.weekday()],
        "date": f"{e.date.day} {e.date:%B} {e.date.year}", "month": f"{e.date:%B}", "year": str(e.date.year),
        "prev_year": str(e.date.year - e.figures[0] % 5 - 1), "topic": e.topic, "topic2": e.topic2,
        "gift1": e.gifts[0], "gift2": e.gifts[1], "gift3": e.gifts[2], "venue": e.venue, "concern": e.concern,
        "outcome": e.outcome, "org": e.org, "spokes": e.spokesperson.full, "n": str(e.figures[0]),
        "pct": str(e.figures[1]), "bn": str(e.figures[2]), "days": str(e.figures[3]),
        "analyst": analyst.full, "analyst_last": analyst.last, "institute": rng.choice(INSTITUTES),
        "official": official.full, "hours": str(rng.randrange(2, 7)),
    }  # fmt: skip


MEETING = (
    "{host_adj} President {A} and {guest_adj} leader {B} met in {capital} on {weekday} for talks on {topic}.",
    "At the end of a high-profile summit in {capital}, {A} and {B} signed {n} agreements on {topic} "
    "and {topic2}.",
    "{A} hosted {B} at {venue}, the first visit to {host} by a {guest_adj} leader in {n} years.",
    "The two leaders spent {hours} hours in talks on {date}, according to a statement from the {host_adj} "
    "government.",
    "{B} arrived in {capital} on {weekday} with a delegation of ministers and senior military officials.",
    "The meeting between {a} and {b} marks a new phase in relations between {host} and {guest}.",
)
GIFT = (
    "President {a} gave {b} a {gift1}, {host_adj} spokesperson {spokes} told reporters.",
    "In return, {a} received a {gift2} from the {guest_adj} delegation.",
    "{b} presented {a} with a {gift2}, while {a} gratefully accepted an invitation to visit {guest}.",
    "The two leaders exchanged gifts, including a {gift1} and a {gift2}.",
    "{a} also gave {b} a {gift3} as a token of friendship.",
    "The {host_adj} government confirmed that {a} gifted {b} a {gift1} and in return received a {gift2}.",
)
CONTEXT = (
    "Trade between {host} and {guest} rose {pct} per cent last year to ${bn} billion, according to "
    "official figures.",
    "{b} last visited {host} in {prev_year}, when the two countries agreed to expand cooperation on "
    "{topic2}.",
    "The visit, which began on {weekday}, is expected to last {days} more days.",
    "{b} is also due to tour {venue} and meet business leaders before returning to {guest}.",
    "The {org} has followed the talks closely, a senior diplomat in {capital} said.",
    "{host} is {guest}'s {days}th largest trading partner, and its investments have grown every year "
    "since {prev_year}.",
)
CONCERN = (
    "Officials in {third} expressed concern about {concern}.",
    "The {org} warned that the agreements raised questions about {concern}.",
    "{third}'s foreign ministry said it was worried about {concern} and called for restraint.",
    "Critics have argued that the deal shows contempt for international law.",
    "Opposition politicians in {guest} criticised the visit, pointing to {concern}.",
    "{third_adj} officials raised concerns that {guest} may receive advanced weapons technologies "
    "from {host}.",
)
HEDGE = (
    "It remains unclear whether the two sides reached a deal on {topic}.",
    "However, the details of any such agreement won't be known for some time.",
    "{analyst}, a researcher at the {institute}, said the talks could possibly lead to {outcome}.",
    "It is not yet known how much the projects will cost or who will pay for them.",
    "Some observers suggested the visit may signal {outcome}, though neither government confirmed this.",
    "Reports that {a} had promised {b} {n} fighter jets could not be independently verified.",
)
QUOTE = (
    "“Our friendship has never been stronger,” {a} said at a joint news conference.",
    "“We came here to work, not to talk,” {b} told reporters after the meeting.",
    "“This is a day of great importance for both our peoples,” {official}, a {host_adj} minister, said.",
    "Speaking to state television, {analyst_last} described the summit as “strategically important.”",
)
SECTIONS = ((MEETING, 3, 4), (GIFT, 2, 4), (CONTEXT, 2, 4), (CONCERN, 2, 4), (HEDGE, 2, 4), (QUOTE, 1, 2))
TITLES = (
    "{a} and {b} exchange gifts at {capital} summit",
    "{guest_adj} leader {b} visits {host} for talks on {topic}",
    "{host} and {guest} sign {n} agreements as leaders meet",
    "{a} hosts {b} amid concern over {concern}",
)


def event_of(index: int) -> int:
    """Articles come in blocks of six covering three events (three, two and one sources)."""
    return index // len(EVENT_PATTERN) * 3 + EVENT_PATTERN[index % len(EVENT_PATTERN)]


def paragraphs(values: dict[str, str], rng: random.Random) -> list[str]:
    """One paragraph per section, each two or three sentences drawn from its templates."""
    result = []
    for templates, low, high in SECTIONS:
        chosen = rng.sample(templates, rng.randint(low, high))
        result.append(" ".join(t.format(**values) for t in chosen))
    return result


def article_text(index: int, seed: int = 0) -> tuple[str, str]:
    """(file name, content) of article `index`: Markdown with front matter, or text with a date marker."""
    number = event_of(index)
    e = event(seed, number)
    rng = random.Random(f"{seed}:article:{index}")
    values = slots(e, rng)
    body = paragraphs(values, rng)
    name = f"{index:05d}-{e.host[0]}-{e.guest[0]}".lower().replace(" ", "-")
    if index % 3 == 2:
        return f"{name}.txt", f"date {e.date.isoformat()}\n" + "\n".join(body) + "\n"
    title = rng.choice(TITLES).format(**values)
    front = f'---\ntitle: "{title}"\ndate: {e.date.isoformat()}\nsource: {rng.choice(PUBLISHERS)}\n---\n\n'
    return f"{name}.md", front + "\n\n".join(body) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 0) -> int:
    """Write articles 0..count-1 into folder; return the number of words written."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for index in range(count):
        name, text = article_text(index, seed)
        (folder / name).write_text(text, encoding="utf-8")
        words += len(text.split())
    return words
