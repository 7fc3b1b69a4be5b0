"""What the packs' lazy objects share: a body packed apart from the fields every build reads, and the fields
of that body decoded when first read (`runtime.cache.LazyBriefing`, `runtime.lazy_stories.LazyStory`).

A lazy object keeps its packed body in its instance dict (`_body`) until one of its body fields is read; its
class's `open` decodes the body (each pack knows what to fall back on should it not decode).
"""

from __future__ import annotations

from typing import Any

from builder.runtime import packing


def pack_body(obj: Any, body_type: type, fields: tuple[str, ...], kind: str) -> bytes:
    """`obj`'s body fields as a nested pack (an unopened lazy object gives back the bytes it came from)."""
    found = obj.__dict__.get("_body")
    if found is not None:
        return found
    body = body_type(*(getattr(obj, name) for name in fields))
    return packing.dumps(kind, body_type, {"": body})


def body_field(name: str, noun: str) -> property:
    """A body field of an unopened lazy object: reading it opens the object. (A property, not `__getattr__`:
    the dataclasses have class defaults for some of these fields, which `__getattr__` never sees.)"""

    def read(self: Any) -> Any:
        return getattr(self.open(), name)

    return property(read, doc=f"The {noun}'s {name}, decoded on first use.")
