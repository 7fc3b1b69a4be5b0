from __future__ import annotations

import markdown
import pytest

from builder.site.escape import md_inline, yaml_string

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc", "pymdownx.superfences"]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    ("source", "visible"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'),
        ("**bold** and _it_", "**bold** and _it_"),
        ("[link](javascript:alert(1))", "[link](javascript:alert(1))"),
        ("![img](x.png)", "![img](x.png)"),
        ("`code`", "`code`"),
        ("{{ config.site_name }}", "{{ config.site_name }}"),
        ("trailing attr {#evil .x}", "trailing attr {#evil .x}"),
        ("a | b | c", "a | b | c"),
        ("1. not a list", "1. not a list"),
        ("- not a list", "- not a list"),
        ("# not a heading", "# not a heading"),
        ("&amp; stays literal", "&amp;amp; stays literal"),
        ("line one\n\n!!! danger\n    injected", "line one !!! danger injected"),
        ('??? danger "injected"', '&#63;?? danger "injected"'),
    ],
)
def test_source_text_renders_as_literal_text(source, visible):
    html = to_html(md_inline(source))
    assert html == f"<p>{visible}</p>"


def test_escaped_text_cannot_break_a_table_row():
    evil = "z\n| evil |"
    row = f"| {md_inline('x | y')} | {md_inline(evil)} |"
    html = to_html("| a | b |\n|---|---|\n" + row)
    assert html.count("<td>") == 2


def test_yaml_string_round_trips_html_escaped():
    import html

    import yaml

    for text in ['He said "no"', "back\\slash", "colon: here", "---", '<img src=x onerror="alert(1)">']:
        value = yaml.safe_load(f"k: {yaml_string(text)}")["k"]
        assert html.unescape(value) == text and "<" not in value and '"' not in value
