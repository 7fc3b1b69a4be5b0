from __future__ import annotations

import xml.etree.ElementTree as ET

from builder.site.diagram import Edge, gift_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_reciprocal_gifts_make_two_arrows_and_two_nodes():
    svg = gift_svg(
        [Edge("Ana", "Leo", "a book"), Edge("Leo", "Ana", "a pen"), Edge("Ana", "Leo", "a hat")], "d1"
    )
    root = ET.fromstring(svg)
    assert len(root.findall(f".//{SVG}g[@class='gift-node']")) == 2
    edges = root.findall(f".//{SVG}g[@class='gift-edge']")
    assert len(edges) == 2
    assert "a book" in "".join(edges[0].itertext()) and "a hat" in "".join(edges[0].itertext())
    assert root.find(f"{SVG}title").text == "Ana gave Leo a book and a hat; Leo gave Ana a pen"


def test_names_are_escaped_and_many_parties_fit():
    parties = ["<script>", "B & C", "D", "E"]
    svg = gift_svg([Edge(parties[i], parties[(i + 1) % 4], f"item {i}") for i in range(4)], "d2")
    root = ET.fromstring(svg)  # well-formed XML: nothing from the names broke out
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert len(root.findall(f".//{SVG}g[@class='gift-node']")) == 4


def test_a_side_the_article_does_not_name_gets_no_box():
    from builder.core.model import NOT_NAMED

    assert gift_svg([Edge(NOT_NAMED, "Emre Kaplan", "a Mercedes")], "d") == ""
    svg = gift_svg([Edge(NOT_NAMED, "A", "x"), Edge("B", "C", "y")], "d")
    assert "not named" not in svg and ">B<" in svg
