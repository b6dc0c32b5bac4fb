"""A heading or list introduction whose content is missing.

What it finds: a line that announces content the template expected to be filled in, with
nothing under it:

- a short line ending in a colon (``续建项目1个:``, ``(二)存在的问题:``) directly followed
  by another such line, by the next heading of an enclosing list (``二、下步工作打算``,
  any item that is not a first one), or by the end of the text;
- a numbered heading (``(2)续建项目1个``) directly followed by the next heading of the
  same or an enclosing level (or the end), where the other headings of its list do have
  text under them — so a plain list of short items (``(1)加强领导 (2)完善制度``) stays quiet;
- in Markdown, a heading directly followed by a heading of the same or a higher level.

A colon line followed by its list (``主要做法:`` then ``1、…``), a heading followed by its
paragraph, and a long paragraph that ends in ``具体情况是:`` stay quiet. Page numbers
between the lines are skipped.

Why it matters: the reader is promised "one continuing project:" and gets nothing; the
template's list was never filled in.

Example:
  Bad: 续建项目1个:(next line) 竣工项目4个:
  Good: 续建项目1个: 县城污水处理厂二期, 已完成投资1200万元。

Fix: write the content under the heading, or delete the heading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import regex

from ...document import Document, Line
from ...types import Span, Text, Violation
from ._residue import Numbering, content_lines, numbering, strip_span

CODE = "PH141"
NAME = "empty-list-heading"
SEVERITY = "warning"
OPTIONS = {"max-heading-length": 40}

_COLON_END = regex.compile(r"[:：][ \t\u3000]*$")
_SENTENCE_PUNCT = regex.compile(r"[。；;！!？?]")
_END_PUNCT = regex.compile(r"[。；;！!？?，,、][ \t\u3000]*$")
_FIRST_NUMBER = regex.compile(r"^[ \t\u3000]*(?:一[、.．]|[(（](?:一|1)[)）]|1[、.．]|①|第一)")


@dataclass
class _Item:
    line: Line
    num: Numbering | None
    label: bool  # a short line ending in a colon
    heading: bool  # a numbered (or Markdown) line short enough to be a heading


def _items(doc: Document, max_len: int) -> list[_Item]:
    out = []
    for line in content_lines(doc):
        text = line.text.strip()
        num = numbering(line.text, doc.kind)
        body = line.text[num.length:].strip() if num else text
        label = bool(_COLON_END.search(text)) and len(text) <= 30 and not _SENTENCE_PUNCT.search(text)
        if num and num.style.startswith("md"):
            heading = True
        else:
            heading = bool(num) and 0 < len(body) <= max_len and not _END_PUNCT.search(text) \
                and not _SENTENCE_PUNCT.search(body)
        out.append(_Item(line, num, label, heading))
    return out


def _ranks(items: list[_Item]) -> dict[str, int]:
    """Numbering styles by nesting: Markdown by level, others by first appearance."""
    ranks: dict[str, int] = {}
    for item in items:
        if item.num and item.num.style not in ranks:
            style = item.num.style
            ranks[style] = int(style[2]) - 10 if style.startswith("md") else len(ranks)
    return ranks


def _closes(a: _Item, b: _Item, ranks: dict[str, int]) -> bool:
    """Whether ``b`` is a sibling of numbered ``a`` or a heading above it."""
    if not (a.num and b.num):
        return False
    return ranks[b.num.style] <= ranks[a.num.style]


def _has_body(items: list[_Item], i: int, ranks: dict[str, int]) -> bool:
    return i + 1 < len(items) and not _closes(items[i], items[i + 1], ranks)


def _siblings_have_body(items: list[_Item], i: int, ranks: dict[str, int]) -> bool:
    style = items[i].num.style
    rank = ranks[style]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(items):
            other = items[j]
            if other.num and ranks[other.num.style] < rank:
                break
            if other.num and other.num.style == style and other.heading and _has_body(items, j, ranks):
                return True
            j += step
    return False


def _empty(items: list[_Item], i: int, ranks: dict[str, int]) -> bool:
    item = items[i]
    nxt = items[i + 1] if i + 1 < len(items) else None
    if item.num and item.num.style.startswith("md"):
        return nxt is None or _closes(item, nxt, ranks)
    if item.label:
        if nxt is None:
            return True
        if item.num:
            return _closes(item, nxt, ranks)
        if nxt.num:
            # a list starts at its first item: anything else continues an outer list
            return not _FIRST_NUMBER.match(nxt.line.text[nxt.num.length:] if nxt.num.style.startswith("md")
                                           else nxt.line.text)
        return nxt.label
    if item.heading:
        if nxt is not None and not _closes(item, nxt, ranks):
            return False
        return _siblings_have_body(items, i, ranks)
    return False


def check(doc: Document, options: dict) -> Iterable[Violation]:
    items = _items(doc, int(options.get("max-heading-length", 40)))
    ranks = _ranks(items)
    for i, item in enumerate(items):
        if not _empty(items, i, ranks):
            continue
        start, end = strip_span(doc.text, item.line.start, item.line.end)
        found = doc.text[start:end]
        yield Violation(
            span=Span(start, end),
            message=Text(f"标题或列表引导语“{found}”下面没有内容: 请补写内容或删去该标题",
                         f"heading or list introduction “{found}” has nothing under it: write the content or delete it"),
        )
