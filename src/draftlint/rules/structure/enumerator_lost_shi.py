"""An enumerator of a 一是/二是/三是 run that lost its 是.

What it finds: in an enumeration ``一是…二是…三是…`` one member written without its
``是`` (``一是…二入驻…三是…``), usually a slip while editing. It is reported where the
run would otherwise skip that number, and for the last member (``一是…。二是…。三抓好…``)
where the numeral follows the same punctuation as the member before it and opens a clause;
compounds such as ``三农`` or ``三资`` are not members. The other slip, the numeral lost and
``是`` kept at the start of a paragraph (``二是…`` / ``是优化服务,…`` / ``四是…``), is reported
at that ``是``.

Why it matters: the sentence no longer reads as a member of the list, and a careful reader
stops at it.

Example:
  Bad: 一是财政压力大。二入驻项目少。三是手续办理难。
  Good: 一是财政压力大。二是入驻项目少。三是手续办理难。

Fix: add the missing ``是`` (``二是``).
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...types import RelatedSpan, Span, Text, Violation
from ._numbering import analyze

CODE = "ST103"
NAME = "enumerator-lost-shi"
SEVERITY = "warning"


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for a in analyze(doc):
        if a.code != CODE:
            continue
        related = ()
        if a.previous is not None:
            related = (RelatedSpan(Span(a.previous.start, a.previous.end), message=Text("上一项", "previous member")),)
        if a.reason == "lost-numeral":
            message = Text(f"分项“{a.found}”缺少序数: 应为“{a.expected}”",
                           f"enumerator “{a.found}” lacks its numeral: “{a.expected}” was expected")
        else:
            message = Text(f"分项“{a.found}”缺少“是”: 应为“{a.expected}”",
                           f"enumerator “{a.found}” lacks 是: “{a.expected}” was expected")
        yield Violation(
            span=Span(a.start, a.end),
            message=message,
            help=Text(f"改为“{a.expected}”", f"write “{a.expected}”"),
            related=related,
            data={"expected": a.expected},
        )
