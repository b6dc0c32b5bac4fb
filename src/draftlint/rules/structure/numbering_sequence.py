"""Numbering that skips, repeats, goes backwards or restarts in the middle.

What it finds: a heading or item number that does not follow the one before it at the
same level: ``(1)`` followed by ``(3)``, ``二、`` twice, ``3、`` after ``4、``, or a list
that starts again at ``1`` while the old one goes on. All the levels of 公文 numbering are
followed (``一、`` ``(一)`` ``1、``/``1.`` ``(1)`` ``1)`` ``①``, and the upper-case ``壹、贰、叁``
/ ``壹、貳、參`` of formal documents), and so are inline
enumerations (``一是…二是…``, ``一要…二要…``, ``第一,…第二,…``, ``首先,…其次,…``); a level starts
counting again whenever the level above it advances. The first number used twice
(``（一）…（一）…``) is a repeat unless something between opens a new list (a title line,
a new 篇 or chapter, a first item ending in a colon). The message names the number that
was expected. Words such as ``第一书记`` or ``第二季度`` are not enumerators, and a page
number that landed at the start of a line in the middle of a sentence is left to PH.

Why it matters: a gap in the numbering is the surest sign that a paragraph was deleted,
merged or pasted in the wrong place, and readers notice it at once.

Example:
  Bad: 3、城市管理上:(1)加大整治力度。(3)落实精细化管理。
  Good: 3、城市管理上:(1)加大整治力度。(2)落实精细化管理。

Fix: renumber the level (or restore the missing item); the message says which number
belongs at the flagged place.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...types import RelatedSpan, Span, Text, Violation
from ._numbering import KIND_NAMES, analyze

CODE = "ST101"
NAME = "numbering-sequence"
SEVERITY = "warning"

_MESSAGES = {
    "gap": ("编号“{f}”不连续: 前面缺少“{e}”", "numbering skips “{e}”: “{p}” is followed by “{f}”"),
    "repeat": ("编号“{f}”重复: 此处应为“{e}”", "number “{f}” is repeated: “{e}” was expected here"),
    "order": ("编号“{f}”顺序有误: 此处应为“{e}”", "number “{f}” is out of order: “{e}” was expected here"),
    "wrong": ("编号“{f}”有误: 此处应为“{e}”", "number “{f}” is wrong: “{e}” was expected here"),
    "restart": ("编号在中途重新从“{f}”开始: 此处应为“{e}”", "numbering restarts at “{f}” in the middle: “{e}” was expected here"),
}


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for a in analyze(doc):
        if a.code != CODE:
            continue
        zh, en = _MESSAGES[a.reason]
        prev = a.previous.text if a.previous else ""
        level_zh, level_en = KIND_NAMES[a.kind.split('-')[0]]
        related = ()
        if a.previous is not None:
            related = (RelatedSpan(Span(a.previous.start, a.previous.end), message=Text("上一个同级编号", "previous number at this level")),)
        yield Violation(
            span=Span(a.start, a.end),
            message=Text(zh.format(f=a.found, e=a.expected, p=prev), en.format(f=a.found, e=a.expected, p=prev)),
            help=Text(f"按顺序编排{level_zh}, 或补上缺少的一项", f"number the {level_en}s in order, or restore the missing item"),
            related=related,
            data={"expected": a.expected, "reason": a.reason},
        )
