"""Parts of a total that add up to more than the total.

What it finds: a total broken down into parts (``共/合计W,其中A,B,C``, ``现有W个…中,
A…,B…``, ``共W,分别为A、B、C``) where one part alone, or the parts together, exceed the
total: ``共排查企业4家,其中17家存在隐患``, ``现有12个工地中,达标的7个,停工的8个``,
``共发放问卷12,000份,当中城镇居民7,500份,农村居民4,000份,其余1,000份``, two halves of a
group (在职/离退休, 男/女, 城镇/农村) that exceed it, or parts named before their total
(``一等奖3名、二等奖5名、三等奖7名,合计获奖十四名``). Units that count the same
things (人, 名, 位) are one unit.
Every figure is read as an interval, so ``161+778+380`` against ``1318`` (rounded
figures) is fine. Only figures of the same unit in the clauses right after the
breakdown starts are taken as its parts. Averages of subgroups are not parts
(``人均可支配收入12,386元,其中城镇居民人均可支配收入15,847元``), nor is a figure in
brackets that restates the figure before it (``结案率38.7%(结案72宗)``); a semicolon
after parts joined by commas closes the list (``其中男生352人,女生330人;教师58人``). The finding
covers the stated total and its parts when they are in one sentence.

Why it matters: a part larger than its whole is impossible; it means one of the figures
was mistyped or left over from another report.

Example:
  Bad: 全镇共有规上企业15家,其中新增企业6家,技改企业11家。
  Good: 全镇共有规上企业15家,其中新增企业6家,技改企业9家。

Fix: check the total and each part against the source data; if the categories overlap
(a firm can be both new and upgraded), say so.
"""

from __future__ import annotations

from ..._record import replace
from decimal import Decimal
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

from ...numbers import Interval
from ...types import Violation
from . import _claims as C
from . import _parts

CODE = "AR121"
NAME = "parts-exceed-whole"
SEVERITY = "error"


def _exceeds(parts, whole) -> str | None:
    """Severity of parts whose sum is above the whole, or None when it fits."""
    if Interval.total([p.strict() for p in parts]).lo <= whole.strict().hi:
        return None
    if whole.approximate or any(p.approximate for p in parts):
        return "info"
    for read, read_whole in C.LENIENT_READINGS:
        if Interval.total([read(p) for p in parts]).lo <= read_whole(whole).hi:
            return "info"
    return "error"


def _check_sentences(doc, options) -> Iterable[Violation]:
    seen: set[tuple[int, int]] = set()
    for b in _parts.breakdowns(doc):
        if b.percent or b.whole is None:
            continue
        whole = b.whole
        single = [p for p in b.parts if _exceeds([p], whole)]
        if single:
            p = single[0]
            key = (p.start, whole.start)
            if key in seen:
                continue
            seen.add(key)
            sev = _exceeds([p], whole)
            yield C.violation(
                _parts.finding_span(doc, replace(b, parts=(p,))),
                f"部分大于总数: {p.shown()} > 总数 {whole.shown()}",
                f"a part exceeds its total: {p.shown()} > the total {whole.shown()}",
                severity=sev,
                help_zh="核对总数和这一分项, 其中一个写错了",
                help_en="check the total and this part: one of them is wrong",
                related=[(whole, "总数", "the total")],
                data={"expected": f"<= {whole.shown()}", "stated": p.shown(), "whole": whole.shown()},
            )
            continue
        if len(b.parts) < 2 or b.overlapping:
            continue  # 其中党员32人, 女同志21人: cuts by different attributes may overlap
        sev = _exceeds(b.parts, whole)
        if sev is None:
            continue
        key = (b.parts[0].start, whole.start)
        if key in seen:
            continue
        seen.add(key)
        total = sum((p.value for p in b.parts), start=Decimal(0))
        expr = " + ".join(p.shown() for p in b.parts)
        shown_total = C.like(total, whole)
        yield C.violation(
            _parts.finding_span(doc, b),
            f"分项之和大于总数: {expr} = {shown_total}, 总数 {whole.shown()}",
            f"the parts add up to more than the total: {expr} = {shown_total}, the total is {whole.shown()}",
            severity=sev,
            help_zh="核对总数和各分项; 如果分项之间有重叠, 请在文中说明",
            help_en="check the total and the parts; if the categories overlap, say so",
            related=[(whole, "总数", "the total")],
            data={"expected": f"<= {whole.shown()}", "stated": shown_total, "whole": whole.shown()},
        )


def check(doc, options) -> Iterable[Violation]:
    """The rule's findings: sentence claims mapped back to the document's offsets."""
    yield from C.remap(doc, _check_sentences(doc, options))
