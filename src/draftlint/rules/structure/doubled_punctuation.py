"""Punctuation marks doubled or clashing: ``,。`` ``,,`` ``。。`` ``;。`` ``、,``.

What it finds: two or more pause or stop marks in a row (commas, enumeration commas,
semicolons, colons, full stops, in full or half width, ``,。`` as well as ``，.``): a
doubled mark or two marks that contradict each other. An ellipsis written as ``。。。``
(three or more) and ASCII runs such as ``...``, ``1.2`` or ``No.`` are left alone, as are ``?!`` and quotation marks after a full stop (``。”``).
A run of enumeration commas where names belong (``由、、同志``, three or more, blanks between)
marks names left out of a template, which is the template-fill family's business (PH113); two
between two items (``补助、、居家``) are a doubled mark and reported here.

Why it matters: it is the trace of an edit (a clause deleted, a sentence joined) and looks
careless in print.

Example:
  Bad: 跑省进市主动招商,。目前已协议引进项目6个。
  Good: 跑省进市主动招商。目前已协议引进项目6个。

Fix: keep the one mark the sentence needs and check that no words were lost with the other.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...types import Span, Text, Violation
from ..placeholder.missing_list_item import names_left_out
from ._lazy import lazy_re
from ._prose import masked

CODE = "ST301"
NAME = "doubled-punctuation"
SEVERITY = "warning"

_MARKS = "，,、；;：:。．"
# A mark, or the ASCII dot only standing alone, as a full stop: not in "..." ellipses, versions
# (1.2.3), decimals or abbreviations (No., etc.), where it touches a digit, a Latin letter or
# a dot. Written as one character class with the dot's conditions after it (not "[marks]|\."
# with look-arounds before the dot), so that the standard library's engine skips to the next
# mark at C speed instead of trying the pattern at every character.
_MARK = rf"[{_MARKS}.](?<![.0-9A-Za-z]\.)(?!(?<=\.)[.0-9A-Za-z])"
_RUN = lazy_re(rf"{_MARK}(?:[ \u3000]*{_MARK})+")


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for m in _RUN.finditer(doc.text):
        run = m.group()
        marks = run.replace(" ", "").replace("\u3000", "")
        kinds = set(marks)
        if kinds == {"。"} and len(marks) >= 3:
            continue  # 。。。 written for an ellipsis
        if kinds == {"、"} and names_left_out(doc.text, m.start(), m.end()):
            continue  # 由、、同志负责: names left out of a list, a template blank (PH113), not a typing slip
        # (the masked offsets asked for once per run, and tested in C)
        if kinds <= {"．", "."} or not masked(doc).isdisjoint(range(m.start(), m.end())):
            continue
        doubled = len(kinds) == 1
        yield Violation(
            span=Span(m.start(), m.end()),
            message=Text(f"标点重复或冲突“{run}”: 只保留一个合适的标点",
                         f"{'doubled' if doubled else 'clashing'} punctuation “{run}”: keep the one mark the sentence needs"),
            help=Text("删去多余的标点, 并检查是否漏了文字", "delete the extra mark and check that no words were lost"),
        )
