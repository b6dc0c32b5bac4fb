"""A number made only of zeros (000人, 00余块, 0余份): its digits were stripped.

What it finds: a count written as ``000``, ``00`` (also ``0,000``) or ``0`` followed by
``余`` / ``多``, before a unit or measure word (``000人``, ``00余块``, ``0余份``, ``0000万公里``,
``00起``). Template websites
blank out figures this way, leaving the zeros of the original number.

A single ``0`` is a blank too when it counts work done, which a summary reports because
it happened (``出动执法人员0人次``, ``共清理垃圾0吨``: the clause holds a verb of
``data/ph1_zero_actions.txt``).

It stays quiet on real numbers that contain zeros (``2000人``, ``0.5%``, ``10·1``,
``8:00``), on a single ``0`` that may well be a true zero (``安全事故0起``, ``投诉0件``,
``增长0%``, ``隐藏0字``: events of ``data/ph1_zero_events.txt``, units of events), and on
``00后``.

Why it matters: "000 people" is not a figure anyone meant; the reader cannot tell the
real number and the report loses credibility.

Example:
  Bad: 共培训农民000人次, 发放资料00余份。
  Good: 共培训农民1200人次, 发放资料3500余份。

Fix: put the real figure back in.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable


import re
from functools import lru_cache

from ...document import Document
from ...lazyre import lazy
from ...types import Violation
from ._fill import (alternation, char_class, compiled, data_list, literal_scans, literal_starts, matches_at, outside_code,
                    violation)

CODE = "PH121"
NAME = "zero-only-number"
SEVERITY = "error"

# digits, decimal points, separators and Latin letters before or after make the zeros
# part of a larger number, a time, a date or a code
_NOT_BEFORE = r"0-9０-９.．:：·•/\-－A-Za-z"
_NOT_AFTER = r"0-9０-９.．:：·•/\-－"  # (0% may be a true nil: a lone 0 before % stays quiet, 00% is blank)


def _find(doc: Document, options: dict) -> Iterable[Violation]:
    text = doc.simplified
    if "0" not in text and "０" not in text:
        return
    # (the unit after the zeros is read by the look-ahead that requires it)
    pat = compiled(
        r"(?<![%s])(?<![0-9０-９][,， \u00a0\u2009])([0０]+(?:[,，][0０]{3})*)([余多]?)(?![%s])(?=(?P<unit>%s))"
        % (_NOT_BEFORE, _NOT_AFTER, _units())
    )
    for m in matches_at(pat, text, _zero_starts):
        zeros, approx, unit = m.group(1), m.group(2), m.group("unit")
        lone = len(zeros) < 2 and not approx
        if lone and not _work_left_blank(text, m.start(), unit):
            continue
        found = doc.text[m.start():m.end() + len(unit)]
        yield violation(
            m.start(1), m.end(1),
            f"数字“{found}”只剩下0: 请填入实际数字",
            f"the number in “{found}” is only zeros: fill in the real figure",
        )


def _zero_starts(text: str) -> list[int]:
    """Ascending offsets where a match of _find's pattern can start: a zero with neither of
    its look-behinds' characters before it, before (zeros, an approximator, a magnitude and)
    the first character of a unit. The pattern starts with look-behinds, which the regex
    engine tries at every character of the text; a search of the stdlib engine for each zero
    finds where to try it (see _fill.literal_starts: over c300 the rule's search took 17 ms
    whole and takes 6 ms so)."""
    return literal_starts(_zero_scans(), text)


@lru_cache(maxsize=1)
def _zero_scans():
    first = {u[0] for u in data_list("ph1_units")} | {u[0] for u in _NIL_UNITS}
    return literal_scans("0０", r"(?<![%s].)(?<![0-9０-９][,， \u00a0\u2009].)(?=[0０,，]*[余多]?[万亿千百]?[余多]?%s)" % (
        _NOT_BEFORE, char_class(first)), re.S)


@lru_cache(maxsize=1)
def _units() -> str:
    """A unit, with the magnitude a figure may carry before it (0000万公里, 000万余粒), or a
    unit of events (00起)."""
    return r"(?:[万亿千百]?[余多]?(?:%s)|%s)" % (alternation("ph1_units"), "|".join(sorted(_NIL_UNITS - {"%", "％", "‰"})))


# units of what a report may count as none (0起, 0件) or measure as nothing (0%)
_NIL_UNITS = frozenset(["起", "件", "例", "宗", "%", "％", "‰"])
_CLAUSE_START = lazy(r"[，,。；;：:、！!？?\n\r(（]")


def _work_left_blank(text: str, start: int, unit: str) -> bool:
    """A lone ``0`` counting work done (出动执法人员0人次, 共清理垃圾0吨): the clause names an
    action a summary reports because it happened, and nothing a report may truly count
    as none (安全事故0起, 投诉0件)."""
    if unit in _NIL_UNITS:
        return False
    lo = max(0, start - 20)
    clause_start = max((mm.end() for mm in _CLAUSE_START.finditer(text, lo, start)), default=lo)
    clause = text[clause_start:start]
    return (compiled(alternation("ph1_zero_actions")).search(clause) is not None
            and compiled(alternation("ph1_zero_events")).search(clause) is None)


def check(doc: Document, options: dict) -> Iterable[Violation]:
    return list(outside_code(doc, _find(doc, options)))
