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

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...types import Span, Text, Violation
from ._lazy import lazy, lazy_re
from ._prose import marks_next_to, masked

CODE = "ST312"
NAME = "split-percent"
SEVERITY = "info"

# (a sign that goes on as ``%o`` or ``%%`` is a malformed figure, ST311's one finding)
_SPLIT = lazy(r"(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?[ \t\u3000]+[%％‰](?![%％]|[oOｏＯ](?![A-Za-zＡ-Ｚａ-ｚ]))")


# every match ends in spaces and a sign: the signs with a space before them are found first
# (str.find), then the number before the spaces is matched where it must start
_SPACES = " \t\u3000"
_SPACE_RUN = lazy_re(r"[ \t\u3000]+")
_NUMBER_CHARS = frozenset("0123456789０１２３４５６７８９.．")


def _matches(text: str):
    """The matches of ``_SPLIT.finditer(text)``, tried only before spaces and a sign.

    A match starts where the run of digits and points that ends at those spaces starts (its
    look-behind refuses any later start in the run, its digits any earlier one)."""
    last = -1
    for sign in marks_next_to(text, "%％‰", _SPACES, -1):
        spaces = sign - 1
        while spaces > 0 and text[spaces - 1] in _SPACES:
            spaces -= 1
        start = spaces
        while start > 0 and text[start - 1] in _NUMBER_CHARS:
            start -= 1
        if start == spaces or start <= last:
            continue  # no number before the spaces, or one tried already
        last = start
        m = _SPLIT.match(text, start)
        if m:
            yield m


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for m in _matches(doc.text):
        if m.start() in masked(doc):
            continue
        t = m.group()
        fixed = _SPACE_RUN.sub("", t)
        yield Violation(
            span=Span(m.start(), m.end()),
            message=Text(f"百分号与数字之间有空格“{t}”: 应为“{fixed}”", f"space between number and sign in “{t}”: write “{fixed}”"),
            help=Text("删去空格", "delete the space"),
        )
