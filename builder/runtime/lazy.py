"""What the packs' lazy objects share: a body packed apart from the fields every build reads, and the fields
of that body decoded when first read (`runtime.cache.LazyBriefing`, `runtime.lazy_stories.LazyStory`).

A lazy object keeps its packed body in its instance dict (`_body`) until one of its body fields is read; its
class's `open` decodes the body (`open_in_place`; each pack knows what to fall back on should it not decode).
"""

from __future__ import annotations

from collections.abc import Callable
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


def open_in_place(
    obj: Any, plain: type, fields: tuple[str, ...], read: Callable[[dict], Any], extra: tuple[str, ...]
) -> Any:
    """`obj` with its body decoded into its instance dict, made an instance of its `plain` class.

    `read(instance dict)` gives the body (from `_body`, or from what the other keys, `extra`, say to fall back
    on); its `fields` join the instance and `_body` and `extra` leave it. An object already open is only made
    `plain`."""
    found = obj.__dict__
    if "_body" in found:
        body = read(found)
        found.update((name, getattr(body, name)) for name in fields)
        del found["_body"]
        for key in extra:
            found.pop(key, None)
    object.__setattr__(obj, "__class__", plain)
    return obj
