"""Data-only packs: frozen dataclasses stored as msgpack arrays, rebuilt by codecs read off their type hints.

A pack is input the build does not control (CI restores it from a shared cache), so it must never be able to
run code, as unpickling can. msgpack carries only numbers, strings, arrays and maps; the decoder builds
nothing but the dataclasses the caller names and those their type hints reach. A pack is a header (format, a
hash of those classes' fields, what it holds), a table of strings, a table of values per leaf class, and the
entries: a pack of another format, layout or kind is not read, and anything unreadable is a `PackError`, which
callers treat as a cache miss.

Speed (benchmarks/packs.py measures it against pickle): each dataclass gets an encoder and a decoder written
for it from its field names, the way `dataclasses` writes `__init__`; a decoder rebuilds the dataclasses
inside an entry in place, without calling `__init__` (the instance dict is filled in one step, as unpickling
does).
Arrays come back as tuples, so fields of numbers need no conversion. Every string is stored once and referred
to by its position, and so is every distinct value of a leaf class (a dataclass of plain fields, such as
`Evidence`): an article's sentences recur in the evidence of every item drawn from them, so each is decoded
once and the frozen instance shared.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import threading
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import msgpack

FORMAT = 2  # bump when the way values are laid out changes
T = TypeVar("T")
Codec = Callable[[Any], Any]
PRIMITIVES = (int, float, bool, bytes, type(None))  # bytes: a nested pack, read when needed


class PackError(ValueError):
    """A pack that is not one this build can read: a cache miss, never a failure."""


class Positions(dict):
    """Each string (or None), or each leaf's packed row, seen while packing → its position in its table."""

    def __missing__(self, key: str | None) -> int:
        self[key] = n = len(self)
        return n


# The generated codecs share one namespace: the table of the pack at hand is put there while it is packed or
# read (under _LOCK), so that looking a string up is one subscript, not a call.
_SCOPE: dict[str, Any] = {"new": object.__new__}
_LOCK = threading.Lock()
_COMPILING: set[tuple[str, type]] = set()


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _is_str(tp: Any) -> bool:
    """A string, a literal of strings, or either or None: stored as a position in the string table."""
    if tp is str:
        return True
    if typing.get_origin(tp) is typing.Literal:
        return all(isinstance(a, str) for a in typing.get_args(tp))
    if typing.get_origin(tp) in (typing.Union, types.UnionType):  # str | None: None is in the table too
        return all(_is_str(a) or a is type(None) for a in typing.get_args(tp)) and any(
            _is_str(a) for a in typing.get_args(tp)
        )
    return False


def _homogeneous(tp: Any) -> Any | None:
    """The item type of tuple[X, ...], else None."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def _expression(direction: str, tp: Any, var: str, depth: int = 0) -> str:
    """Source that encodes (`"enc"`) or decodes (`"dec"`) a value of type `tp` held in `var`."""
    if _is_str(tp):
        return f"tbl[{var}]"
    if tp in PRIMITIVES:
        return var
    if _is_leaf(tp):
        if (
            direction == "enc"
        ):  # keyed by the packed row: hashing a tuple of strings is C, a dataclass's is not
            return f"{_table_name(direction, tp)}[{_row_codec('enc', tp).__name__}({var})]"
        return f"{_table_name(direction, tp)}[{var}]"
    if dataclasses.is_dataclass(tp):
        if direction == "dec" and ("dec", tp) not in _COMPILING:
            return _inline_decoder(tp, var, depth)
        return f"{_codec_name(direction, tp)}({var})"
    item = _homogeneous(tp)
    if item is not None:
        if item in PRIMITIVES:
            return var if direction == "dec" else f"tuple({var})"
        if _is_str(item):
            return f"tuple(map(tbl.__getitem__, {var}))"
        if _is_leaf(item) and direction == "dec":
            return f"tuple(map({_table_name(direction, item)}.__getitem__, {var}))"
        if _is_leaf(item):
            return f"tuple([{_expression(direction, item, '_x')} for _x in {var}])"
        if dataclasses.is_dataclass(item) and direction == "enc":
            return f"tuple(map({_codec_name(direction, item)}, {var}))"
        each = f"_x{depth}"
        return f"tuple([{_expression(direction, item, each, depth + 1)} for {each} in {var}])"
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is tuple:
        parts = "".join(f"{_expression(direction, a, f'{var}[{i}]', depth)}, " for i, a in enumerate(args))
        return f"({parts})"
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
            return f"(None if {var} is None else {_expression(direction, inner[0], var, depth)})"
    raise TypeError(f"cannot pack a value of type {tp}")


def _is_plain(tp: Any) -> bool:
    """Strings, numbers, and tuples or optionals of them: hashable, and packed without any dataclass."""
    if _is_str(tp) or tp in PRIMITIVES:
        return True
    if typing.get_origin(tp) not in (tuple, typing.Union, types.UnionType):
        return False
    return all(a is Ellipsis or a is type(None) or _is_plain(a) for a in typing.get_args(tp))


@functools.cache
def _is_leaf(tp: Any) -> bool:
    """A dataclass of plain fields (Evidence, Sentence, Citation): stored once per distinct value in a pack.

    An article's evidence recurs in every item drawn from one sentence (87,690 Evidence in 1,000 briefings,
    16,531 distinct): kept once and referred to by position, each is decoded once and shared (it is frozen).
    """
    if not dataclasses.is_dataclass(tp):
        return False
    hints = _hints(tp)
    return all(_is_plain(hints[f]) for f in _fields(tp))


def _leaves(tp: Any) -> tuple[type, ...]:
    """Every leaf dataclass reachable from `tp`, in a fixed order."""
    found: dict[str, type] = {}

    def walk(t: Any) -> None:
        if _is_leaf(t):
            found[f"{t.__module__}.{t.__qualname__}"] = t
        elif dataclasses.is_dataclass(t):
            for hint in _hints(t).values():
                walk(hint)
        for arg in typing.get_args(t):
            if arg is not Ellipsis:
                walk(arg)

    walk(tp)
    return tuple(found[k] for k in sorted(found))


def _table_name(direction: str, cls: type) -> str:
    """The name of a leaf class's value table in the shared namespace (set per pack)."""
    return f"_{direction}_values_{cls.__module__}_{cls.__qualname__}".replace(".", "_")


def _row_codec(direction: str, cls: type) -> Callable[[Any], Any]:
    """A leaf's own encoder (instance → row), or the decoder of a whole table (rows → tuple of instances)."""
    name = f"_{direction}_rows_{cls.__module__}_{cls.__qualname__}".replace(".", "_")
    if name not in _SCOPE:
        hints = _hints(cls)
        if direction == "enc":
            values = "".join(f"{_expression('enc', hints[f], f'obj.{f}')}, " for f in _fields(cls))
            source = f"def {name}(obj):\n    return ({values})\n"
        else:
            source = (
                f"def {name}(rows):\n    return tuple([{_inline_decoder(cls, '_r', 1)} for _r in rows])\n"
            )
        exec(source, _SCOPE)  # made from the class's own field names, never from packed data
    return _SCOPE[name]


def _inline_decoder(cls: type, var: str, depth: int) -> str:
    """A dataclass rebuilt in place, inside its parent's decoder: a new instance whose dict is filled in one
    step (`_o<depth>` names it while its fields, which may hold dataclasses of their own, are decoded)."""
    names, hints = _fields(cls), _hints(cls)
    name = f"_cls_{cls.__module__}_{cls.__qualname__}".replace(".", "_")
    _SCOPE[name] = cls
    obj = f"_o{depth}"
    values = ", ".join(
        f"{f!r}: {_expression('dec', hints[f], f'{var}[{i}]', depth + 1)}" for i, f in enumerate(names)
    )
    return f"(({obj} := new({name})).__dict__.update({{{values}}}) or {obj})"


def _codec_name(direction: str, cls: type) -> str:
    name = f"{direction}_{cls.__module__}_{cls.__qualname__}".replace(".", "_")
    if name not in _SCOPE and (direction, cls) not in _COMPILING:
        _compile(direction, cls, name)
    return name


def _compile(direction: str, cls: type, name: str) -> None:
    """Write one dataclass's encoder or decoder into the shared namespace, from its field names only."""
    _COMPILING.add((direction, cls))
    try:
        names, hints = _fields(cls), _hints(cls)
        if direction == "enc":
            values = [_expression("enc", hints[f], f"obj.{f}") for f in names]
            source = f"def {name}(obj):\n    return ({', '.join(values)},)\n"
        else:
            _COMPILING.discard((direction, cls))  # written inline, so that its fields are inlined too
            body = _inline_decoder(cls, "row", 0)
            _COMPILING.add((direction, cls))
            source = f"def {name}(row):\n    if len(row) != {len(names)}:\n        raise ValueError\n"
            source += f"    return {body}\n"
        exec(source, _SCOPE)  # made from the class's own field names, never from packed data
    finally:
        _COMPILING.discard((direction, cls))


@functools.cache
def layout(tp: type) -> str:
    """A hash of every dataclass reachable from `tp`: its name, fields and their types."""
    seen: dict[str, str] = {}

    def walk(t: Any) -> None:
        if dataclasses.is_dataclass(t):
            name = f"{t.__module__}.{t.__qualname__}"
            if name in seen:
                return
            hints = _hints(t)
            seen[name] = ",".join(f"{n}:{hints[n]!r}" for n in _fields(t))
            for n in _fields(t):
                walk(hints[n])
        for arg in typing.get_args(t):
            if arg is not Ellipsis:
                walk(arg)

    walk(tp)
    text = "\n".join(f"{k}={v}" for k, v in sorted(seen.items()))
    return hashlib.sha256(f"{FORMAT}\n{text}".encode()).hexdigest()[:16]


def header(kind: str, tp: type) -> dict[str, Any]:
    return {"format": FORMAT, "kind": kind, "layout": layout(tp)}


def dumps(kind: str, tp: type[T], entries: dict[str, T]) -> bytes:
    """The header, the string table, the value tables of the leaf classes, then the entries (key → a `tp`)."""
    leaves = _leaves(tp)
    with _LOCK:
        encode = _SCOPE[_codec_name("enc", tp)]
        _SCOPE["tbl"] = strings = Positions()
        values = [Positions() for _ in leaves]
        _SCOPE.update((_table_name("enc", leaf), v) for leaf, v in zip(leaves, values, strict=True))
        try:
            rows = {key: encode(value) for key, value in entries.items()}
        finally:
            _forget(leaves, "enc")
    packer = msgpack.Packer(use_bin_type=True)
    parts = (header(kind, tp), tuple(strings), tuple(map(tuple, values)), rows)
    return b"".join(map(packer.pack, parts))


def _forget(leaves: tuple[type, ...], direction: str) -> None:
    """Drop one pack's tables from the shared namespace."""
    _SCOPE.pop("tbl", None)
    for leaf in leaves:
        _SCOPE.pop(_table_name(direction, leaf), None)


def loads(data: bytes, kind: str, tp: type[T]) -> dict[str, T]:
    """The entries of a pack written by `dumps` with the same kind and type layout; PackError otherwise."""
    unpacker = msgpack.Unpacker(use_list=False, raw=False, max_buffer_size=max(len(data), 1))
    leaves = _leaves(tp)
    try:
        unpacker.feed(data)
        if next(unpacker) != header(kind, tp):
            raise PackError("a pack of another format, kind or layout")
        strings, tables, rows = next(unpacker), next(unpacker), next(unpacker)
        if not isinstance(strings, tuple) or not isinstance(tables, tuple) or not isinstance(rows, dict):
            raise PackError("a pack without its tables or entries")
        if not set(map(type, strings)) <= {str, type(None)} or len(tables) != len(leaves):
            raise PackError("tables holding something else")
        with _LOCK:
            decode = _SCOPE[_codec_name("dec", tp)]
            _SCOPE["tbl"] = strings
            try:
                for leaf, table in zip(leaves, tables, strict=True):
                    _SCOPE[_table_name("dec", leaf)] = _row_codec("dec", leaf)(table)
                return {str(key): decode(row) for key, row in rows.items()}
            finally:
                _forget(leaves, "dec")
    except PackError:
        raise
    except Exception as exc:  # truncated, garbage, wrong shapes: all just "not readable"
        raise PackError(f"unreadable pack ({type(exc).__name__}: {exc})") from exc


def read(path: Path, kind: str, tp: type[T]) -> dict[str, T]:
    """A pack's entries, or none if it is missing, unreadable or of another format, kind or layout."""
    try:
        return loads(path.read_bytes(), kind, tp)
    except (OSError, PackError):
        return {}


def write(path: Path, kind: str, tp: type[T], entries: dict[str, T]) -> None:
    """Write a pack atomically (a crash leaves the old pack, never half a new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(dumps(kind, tp, entries))
    os.replace(tmp, path)
