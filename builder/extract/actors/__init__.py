"""Actors: the people, organisations and countries an article names, and what its descriptions refer to.

Takes a parsed `Doc` and its sentences; gives out the `ActorTable` (`table`: named actors with name variants
merged, kinds and roles), the filters that keep dates, events and laws out (`filters`),
what a name does decides its kind (`kinds`), works, parts, prizes and occasions (`works`).
"""

from builder.extract.actors.table import TITLES, ActorTable, Mention, find_actors, find_role

__all__ = ["TITLES", "ActorTable", "Mention", "find_actors", "find_role"]
