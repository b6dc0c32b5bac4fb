"""A stray ASCII quote (``"`` or ``'``) in Chinese text.

What it finds: an ASCII quote (or its full-width form ＂ ＇) next to Chinese text that
has no partner in its paragraph, in particular one standing in for the curly quote that
should close (or open) a Chinese quotation (``“四无"``, ``「四无"``, ``"四无」``): that is one
finding, here, naming the mark to type, not also an unpaired quote (ST201). ASCII quotes used in pairs are left alone, as are inch and foot
marks after a number and apostrophes in English words.

Why it matters: a half-ASCII quotation looks broken in print and usually comes from
copying text between editors; the quotation may no longer close.

Example:
  Bad: 全面实现“四无"目标。
  Good: 全面实现“四无”目标。

Fix: replace it with the Chinese quote that the sentence needs (“ ” or ‘ ’).
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...types import Span, Text, Violation
from ._pairs import analyze

CODE = "ST203"
NAME = "stray-ascii-quote"
SEVERITY = "warning"


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for i in analyze(doc):
        if i.code != CODE:
            continue
        yield Violation(
            span=Span(i.start, i.end),
            message=Text(f"中文里有落单的英文引号{i.char}: 请改为中文引号{i.partner}",
                         f"stray ASCII quote {i.char} in Chinese text: use the Chinese quotes {i.partner}"),
            help=Text(f"改为中文引号{i.partner}", f"use {i.partner}"),
        )
