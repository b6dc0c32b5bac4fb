"""A closing quote typed as an opening one (or the other way round).

What it finds: two opening quotes a few characters apart with nothing closing them
(``“四无“``), or a quotation opened with a closing quote (``”四无”``). The mark that
points the wrong way is reported.

Why it matters: the quotation never ends for the reader, and the next correct pair of
quotes reads inside out. Spell checkers do not see it.

Example:
  Bad: 全面实现“四无“目标。
  Good: 全面实现“四无”目标。

Fix: turn the mark round (“ ↔ ”).
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...types import RelatedSpan, Span, Text, Violation
from ._pairs import analyze

CODE = "ST202"
NAME = "reversed-quote"
SEVERITY = "warning"


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for i in analyze(doc):
        if i.code != CODE:
            continue
        if i.reason == "reversed-close":
            msg = Text(f"引号方向错误: 此处应为后引号“{i.partner}”", f"quote points the wrong way: closing “{i.partner}” expected here")
        else:
            msg = Text(f"引号方向错误: 此处应为前引号“{i.partner}”", f"quote points the wrong way: opening “{i.partner}” expected here")
        related = ()
        if i.other is not None:
            related = (RelatedSpan(Span(i.other, i.other + 1), message=Text("配对的另一半", "the other half")),)
        yield Violation(span=Span(i.start, i.end), message=msg, help=Text(f"改为“{i.partner}”", f"write “{i.partner}”"),
                        related=related, data={"expected": i.partner})
