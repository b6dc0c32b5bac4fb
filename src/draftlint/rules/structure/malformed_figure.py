"""A figure typed wrongly: ``22%o`` for 22‰, digits of both widths in one number, a letter O in a number.

What it finds: a per-mille sign typed as ``%o`` (or ``%O``, ``％ｏ``), a doubled percent sign
(``5%%``), one number written with both ASCII and full-width digits (``１2.5``), a letter
O standing for a zero inside a number (``2O22年``), and a doubled decimal point (``3..5``).

Why it matters: such a figure may be misread (``22%o`` is 22‰, not 22%), cannot be
checked or summed, and shows the text was typed over or OCR'd without a proofread.

Example:
  Bad: 人口自然增长率控制在5.2%o以内, 完成投资１2.5亿元。
  Good: 人口自然增长率控制在5.2‰以内, 完成投资12.5亿元。

Fix: retype the figure with one kind of digit and the right sign (‰, %).
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

import regex

from ...document import Document
from ...types import Span, Text, Violation
from ._lazy import lazy
from ._prose import marks_next_to, masked

CODE = "ST311"
NAME = "malformed-figure"
SEVERITY = "warning"

_PATTERNS = [
    (lazy(r"(?<=[0-9０-９]\s*)[%％][oOｏＯ](?![A-Za-zＡ-Ｚａ-ｚ])"), "permille",
     "“{t}”应为千分号“‰”", "“{t}” should be the per-mille sign “‰”"),
    (lazy(r"(?<=[0-9０-９]\s*)[%％]{2,}"), "double-percent", "百分号重复“{t}”", "doubled percent sign “{t}”"),
    (lazy(r"(?<![A-Za-z0-9０-９.．])(?=[0-9０-９.．]*[0-9])(?=[0-9.．]*[０-９])[0-9０-９]+(?:[.．][0-9０-９]+)*"),
     "mixed-width", "数字“{t}”混用了全角和半角数字", "number “{t}” mixes full-width and ASCII digits"),
    (lazy(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９.．])[0-9０-９]+[OoＯｏ][0-9０-９OoＯｏ]*(?![A-Za-zＡ-Ｚａ-ｚ])"), "letter-o",
     "数字“{t}”中混入了字母O", "number “{t}” contains the letter O"),
    (lazy(r"(?<=[0-9０-９])[.．]{2}(?=[0-9０-９])"), "double-point", "小数点重复“{t}”", "doubled decimal point “{t}”"),
]


_FULL_WIDTH_DIGIT = lazy(r"[０-９]")
_RUN_CHARS = frozenset("0123456789０１２３４５６７８９.．")


def _runs_with_full_width_digits(text: str) -> Iterator[tuple[int, int]]:
    """The maximal runs of digits and points that hold a full-width digit. A mixed-width match
    (and every character its look-arounds test, but the one before it) lies inside one."""
    end = -1
    for m in _FULL_WIDTH_DIGIT.finditer(text):
        q = m.start()
        if q < end:
            continue
        start = q
        while start > 0 and text[start - 1] in _RUN_CHARS:
            start -= 1
        end = q + 1
        while end < len(text) and text[end] in _RUN_CHARS:
            end += 1
        yield start, end


_DIGITS = "0123456789０１２３４５６７８９"


def _matches(text: str) -> Iterator[Iterable[regex.Match]]:
    """For each of ``_PATTERNS`` in turn, its matches (those of ``finditer``), each searched for
    only where it can be: most drafts have no malformed figure at all."""
    # %o and %%: tried only at a percent sign followed by o or a sign (such a match cannot
    # start inside another, and a look-behind sees the text before the offset; a run's later
    # signs fail the look-behind, as in ``finditer``)
    signs = marks_next_to(text, "%％", "oOｏＯ%％")
    yield (m for i in signs if text[i + 1] in "oOｏＯ" and (m := _PATTERNS[0][0].match(text, i)))
    yield (m for i in signs if text[i + 1] in "%％" and (m := _PATTERNS[1][0].match(text, i)))
    # mixed widths: only inside the runs of digits that hold a full-width one (a look-behind
    # sees the text before ``pos``, so searching a run alone finds the same)
    yield (m for s, e in _runs_with_full_width_digits(text) for m in _PATTERNS[2][0].finditer(text, s, e))
    # 2O22: only in a text with a digit right before an o
    yield _PATTERNS[3][0].finditer(text) if marks_next_to(text, "oOｏＯ", _DIGITS, -1) else ()
    # 3..5 (the full-width point is rare: one search for it instead of three for its pairs)
    yield _PATTERNS[4][0].finditer(text) if ".." in text or ("．" in text and marks_next_to(text, ".．", ".．")) else ()


def check(doc: Document, options: dict) -> Iterable[Violation]:
    text = doc.text
    for (pat, kind, zh, en), found in zip(_PATTERNS, _matches(text)):
        for m in found:
            if m.start() in masked(doc):
                continue
            t = m.group()
            yield Violation(
                span=Span(m.start(), m.end()),
                message=Text(zh.format(t=t) + ": 请改正", en.format(t=t) + ": retype it"),
                data={"kind": kind},
            )
