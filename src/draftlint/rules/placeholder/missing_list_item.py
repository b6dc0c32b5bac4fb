"""Enumeration commas with nothing between them: the names of a list were left out.

What it finds: ``、`` in a row where names belong (``由、、同志组成``, ``联合、、等单位``,
three or more of them, or blanks between them; two between two items, ``补助、、居家``, are a
doubled mark, ST301's), ``、``
straight after ``由`` (``由、张明同志负责``), and ``、`` straight before
``等单位`` / ``等部门`` / ``同志`` (``联合公安、等部门``): a template listed its members as
blanks and the names were never written in.

It stays quiet on list numbering (``一、等级评定``), on an ordinary enumeration
(``公安、交通等部门``) and on an address (``各位领导、同志们``).

Why it matters: the reader learns that a group was formed or that several bodies took part,
but not who; the commas show that the names were meant to be there.

Example:
  Bad: 成立工作专班，由、、同志组成，联合、、等单位开展检查。
  Good: 成立工作专班，由王明、李华、张强同志组成，联合公安、交通、市场监管等单位开展检查。

Fix: write the names between the commas, or rewrite the sentence without the list.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable


from ...document import Document
from ...lazyre import lazy
from ...types import Violation
from ._fill import is_han, matches_at, outside_code, violation

CODE = "PH113"
NAME = "missing-list-item"
SEVERITY = "error"

_GAP = r"[ \t\u3000\u00a0_＿]*"
_NUMERALS = "一二三四五六七八九十〇零0123456789０１２３４５６７８９"
_PATTERNS = (
    # 、、 (with only blanks between)
    lazy(rf"、(?:{_GAP}、)+"),
    # 由、…: the first name is missing (和、 / 及、 end words too: 祥和、, 普及、)
    lazy(rf"(?<=由){_GAP}、"),
    # …、等单位 / …、同志: the last name is missing
    lazy(rf"、{_GAP}(?=等\p{{Han}}{{0,2}}(?:单位|部门|同志|人员|企业|村|乡镇|社区|组织)|同志(?!们))"),
)


_YOU = lazy(r"由")
_AROUND_BLANKS = lazy(r"等|同志|[^\p{Han}]|$")


def names_left_out(text: str, start: int, end: int) -> bool:
    """Whether the run of 、 at ``text[start:end]`` holds names left out of a list: three or
    more commas, blanks between them, or the run where a list starts (由、、, a line's start)
    or ends (、、同志, 、、等单位). Two commas between two items (补助、、居家) are a typing
    slip: ST301 reports those."""
    run = text[start:end]
    if run.count("、") >= 3 or run.strip("、") or start == 0 or text[start - 1] == "由":
        return True
    return not is_han(text[start - 1]) or _AROUND_BLANKS.match(text, end) is not None


def _find(doc: Document, options: dict) -> Iterable[Violation]:
    text = doc.simplified
    if "、" not in text:
        return  # every pattern needs one (and none is compiled: start-up)
    spans: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        # (the pattern after 由 is led by a look-behind: it is tried only after each 由)
        found = (matches_at(pattern, text, lambda t: (hit.end() for hit in _YOU.finditer(t))) if pattern is _PATTERNS[1]
                 else pattern.finditer(text))
        for m in found:
            if pattern is _PATTERNS[0] and not names_left_out(text, m.start(), m.end()):
                continue
            start = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u3000\u00a0_＿"))
            if text[start - 1:start] and text[start - 1] in _NUMERALS and _is_numbering(text, start - 1):
                continue  # 一、等级评定: list numbering
            spans.append((start, m.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for start, end in merged:
        found = doc.text[max(0, start - 1):min(len(text), end + 2)]
        yield violation(
            start, end,
            f"列举中缺少名称(“{found}”): 请在顿号之间填入名称",
            f"names missing from a list (“{found}”): write them in between the commas",
        )


def _is_numbering(text: str, i: int) -> bool:
    """Whether the numeral at ``i`` starts a line (一、 / 1、 list numbering)."""
    j = i
    while j > 0 and text[j - 1] in _NUMERALS:
        j -= 1
    line_start = max(text.rfind("\n", 0, j), text.rfind("\r", 0, j)) + 1
    return not text[line_start:j].strip(" \t\u3000(（")


def check(doc: Document, options: dict) -> Iterable[Violation]:
    return list(outside_code(doc, _find(doc, options)))
