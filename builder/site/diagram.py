"""Gift diagrams: an inline SVG of who gave what to whom, written by the builder (no script; offline)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from builder.core.model import NOT_NAMED

WIDTH = 680
NODE_HEIGHT = 34
CHAR_WIDTH = 7.6
LABEL_MAX = 34
LINE_HEIGHT = 15


@dataclass(frozen=True)
class Edge:
    """One arrow: giver → recipient, labelled with what was given."""

    giver: str
    recipient: str
    label: str


def _short(text: str) -> str:
    text = " ".join(text.split()) or "(item not named)"
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1].rstrip() + "…"


def merge_edges(edges: Sequence[Edge]) -> list[Edge]:
    """One arrow per direction, its label listing every item given that way.

    A side the article does not name has no box: two unnamed givers are not one party (the table lists them).
    """
    labels: dict[tuple[str, str], list[str]] = {}
    for e in (e for e in edges if NOT_NAMED not in (e.giver, e.recipient)):
        items = labels.setdefault((e.giver, e.recipient), [])
        if e.label not in items:
            items.append(e.label)
    return [Edge(g, r, "\n".join(items)) for (g, r), items in labels.items()]


def layout(parties: Sequence[str]) -> tuple[dict[str, tuple[float, float]], int]:
    """Node centres: two parties side by side, more on an ellipse; and the drawing's height."""
    if len(parties) <= 2:
        height = 230
        xs = [WIDTH * 0.18, WIDTH * 0.82]
        return {p: (xs[i], height / 2) for i, p in enumerate(parties)}, height
    height = 150 + 40 * len(parties)
    rx, ry = WIDTH / 2 - 110, height / 2 - 40
    centres = {}
    for i, party in enumerate(parties):
        angle = math.pi + 2 * math.pi * i / len(parties)
        centres[party] = (WIDTH / 2 + rx * math.cos(angle), height / 2 + ry * math.sin(angle))
    return centres, height


def _node(name: str, x: float, y: float) -> str:
    width = max(70.0, CHAR_WIDTH * len(name) + 24)
    left, top = x - width / 2, y - NODE_HEIGHT / 2
    return (
        f'<g class="gift-node"><rect x="{left:.1f}" y="{top:.1f}" width="{width:.1f}" '
        f'height="{NODE_HEIGHT}" rx="8"/><text x="{x:.1f}" y="{y + 5:.1f}" text-anchor="middle">'
        f"{escape(name)}</text></g>"
    )


def _edge(edge: Edge, centres: dict[str, tuple[float, float]], marker: str) -> str:
    (x1, y1), (x2, y2) = centres[edge.giver], centres[edge.recipient]
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length  # bend to the giver's left, so reciprocal arrows never overlap
    bend = 48
    cx, cy = (x1 + x2) / 2 + nx * bend, (y1 + y2) / 2 + ny * bend
    sx, sy = x1 + dx / length * 60 + nx * 10, y1 + dy / length * 20 + ny * 14
    ex, ey = x2 - dx / length * 60 + nx * 10, y2 - dy / length * 20 + ny * 14
    lx, ly = (sx + 2 * cx + ex) / 4, (sy + 2 * cy + ey) / 4
    lines = edge.label.split("\n")
    top = ly + 4 - (len(lines) - 1) * LINE_HEIGHT * (0.5 if abs(ny) < 0.5 else (1 if ny < 0 else 0))
    spans = "".join(
        f'<tspan x="{lx:.1f}" y="{top + i * LINE_HEIGHT:.1f}">{escape(_short(line))}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<g class="gift-edge"><path d="M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" '
        f'marker-end="url(#{marker})"/><text text-anchor="middle">{spans}</text></g>'
    )


def gift_svg(edges: Sequence[Edge], diagram_id: str) -> str:
    """The whole diagram as one line of SVG markup (a raw HTML block needs no blank lines)."""
    merged = merge_edges(edges)
    if not merged:
        return ""
    parties = list(dict.fromkeys(p for e in merged for p in (e.giver, e.recipient)))
    centres, height = layout(parties)
    marker = f"{diagram_id}-arrow"
    title = "; ".join(f"{e.giver} gave {e.recipient} {e.label.replace(chr(10), ' and ')}" for e in merged)
    parts = [
        f'<svg class="gift-diagram" viewBox="0 0 {WIDTH} {height}" role="img" aria-label={quoteattr(title)} '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        f'<defs><marker id="{marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>',
        *(_edge(e, centres, marker) for e in merged),
        *(_node(p, *centres[p]) for p in parties),
        "</svg>",
    ]
    return "".join(parts)
