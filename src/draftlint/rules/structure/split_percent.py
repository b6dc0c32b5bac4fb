"""A percent sign separated from its number by a space (``60 %``).

What it finds: a space (or full-width space) between a number and ``%``, ``％`` or ``‰``.

Why it matters: Chinese typesetting keeps the sign with the number; with the space the
line may break between them. A sign typed wrongly as well (``60 %o``) is one malformed
figure (ST311), not also this. A template's blank (``占全年任务的 %``) is not this rule's
business: a number must come first.

Example:
  Bad: 占全年任务的60 %。
  Good: 占全年任务的60%。

Fix: delete the space.
"""

from __future__ import annotations

from typing import Iterable

import regex

from ...document import Document
from ...types import Span, Text, Violation
from ._prose import masked

CODE = "ST312"
NAME = "split-percent"
SEVERITY = "info"

# (a sign that goes on as ``%o`` or ``%%`` is a malformed figure, ST311's one finding)
_SPLIT = regex.compile(r"(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?[ \t\u3000]+[%％‰](?![%％]|[oOｏＯ](?![A-Za-zＡ-Ｚａ-ｚ]))")


# every match holds a space right before its sign: a text without one is not searched
_SPACE_SIGN = tuple(space + sign for space in " \t\u3000" for sign in "%％‰")


def check(doc: Document, options: dict) -> Iterable[Violation]:
    if not any(pair in doc.text for pair in _SPACE_SIGN):
        return
    for m in _SPLIT.finditer(doc.text):
        if m.start() in masked(doc):
            continue
        t = m.group()
        fixed = regex.sub(r"[ \t\u3000]+", "", t)
        yield Violation(
            span=Span(m.start(), m.end()),
            message=Text(f"百分号与数字之间有空格“{t}”: 应为“{fixed}”", f"space between number and sign in “{t}”: write “{fixed}”"),
            help=Text("删去空格", "delete the space"),
        )
