"""The shapes the gift rules pass around: a verb's arguments, the roles a pattern reads, and a gift frame."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from builder.core.model import GiftStatus


@dataclass(frozen=True)
class Frame:
    """One gift found in the parse, still as tokens; parties left None are filled from the context.

    `item` is None when the text reports a transfer without naming what was given ("X funds Y",
    "X donated to Y", "X's donation to Y"); the gift then carries an empty item."""

    anchor: Token
    giver: Token | None
    item: Token | None
    recipient: Token | None
    status: GiftStatus
    in_return: bool = False
    mutual: bool = False
    split_items: bool = True  # False when the rule already made one frame per listed item
    aid: bool = False  # funding or aid: its parties are people, groups or institutions
    open_giver: bool = False  # aid whose clause names no giver: a neighbouring gift's giver fills it
    open_recipient: bool = False  # "X was a donor": the recipient of a neighbouring donation fills it
    honour: bool = False  # an honour or prize: a gift only from a state or a monarch
    conferred: bool = False  # an honour listed as held: the state that conferred it is not named
    joins: bool = False  # "X would also contribute": the recipient is that of the gift reported just before
    relief: bool = False  # debt relief: the item is the relief as written, or the act on the debt named
    occasion: bool = (
        False  # "a necklace that was an anniversary present": to the recipient of the gifts before
    )
    delivered: bool = False  # aid carried or flown in whose clause names no recipient: the place it went to
    vague: bool = False  # "gave Xi several gifts": not listed itself, the parties of the items named next
    continues: bool = False  # "The gifts included Z": items of the gifts reported just before
    refers: bool = False  # "handed the present to Y", "gave it to Y": the item is the thing named before


@dataclass(frozen=True)
class Args:
    """The arguments of a verb as the rules see them, after relative clauses and datelines are undone."""

    verb: Token
    subject: Token | None
    objects: tuple[Token, ...]
    dative: Token | None
    passive: bool
    to_words: tuple[str, ...]


@dataclass(frozen=True)
class Found:
    """A gift with its parties named, and where it sits in the text (for ordering and context)."""

    giver: str
    item: str
    recipient: str
    frame: Frame
    sentence: int


Roles = tuple[Token | None, Token | None, Token | None]  # giver, item, recipient
Pattern = Callable[[Args], Roles | None]


def position(frame: Frame) -> tuple[int, int]:
    """Where a frame sits in the text: its anchor, then its item (for a stable order)."""
    return frame.anchor.i, frame.item.i if frame.item is not None else frame.anchor.i
