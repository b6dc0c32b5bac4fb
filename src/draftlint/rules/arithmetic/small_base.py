"""A percentage that no whole number of a small group can give.

What it finds: a percentage of a small counted group that is impossible for that group
size, the GRIM test: ``4家企业中,60%已完成改造`` (of 4 firms only 0, 25, 50, 75 or
100% can have done anything), ``12名受访群众中,满意率达93%`` (11/12 = 91.7%, 12/12 =
100%). Only a percentage that follows ``N个/家/人…中`` directly is taken as a share of
those N, or a named rate (合格率, 满意率…) that follows the only count in its sentence
(``共有12名学员参加考核,合格率95%``); growth rates are never read so. The percentage is read as an interval (93%
is anything from 92.5% to 93.5%).

Why it matters: an impossible percentage shows the figure was invented, copied from
another report or computed on a different base.

Example:
  Bad: 全镇4家规上企业中,60%已完成技术改造。
  Good: 全镇4家规上企业中,3家(75%)已完成技术改造。

Fix: give the count itself (3家), or recompute the percentage from the count.

Options: ``max-base`` (default 200): the largest group size tested; above it nearly
every percentage is possible anyway.
"""

from __future__ import annotations

import re
from decimal import Decimal
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

from ...numbers import COUNT_UNITS, UNITS
from ...types import Span, Violation
from . import _claims as C
from ._lazy import lazy, lazy_re

CODE = "AR141"
NAME = "impossible-percentage"
SEVERITY = "error"

OPTIONS = {"max-base": 200}

_AMONG = lazy(r"[^\d,，;；。%]{0,8}?中(?![心央国期型学小医药华标低高等部旬层级间游专秋午止断])")
# rates that are shares of the group itself (of 12 people asked, 93% satisfied)
_DIRECT = lazy(
    r"^[,，]?\s*(?:有|共有|约有|其中)?\s*(?:(?:满意|知晓|达标|合格|通过|优秀|优良|及格|支持|认可|赞成|完成)率"
    r"(?:为|达|达到|是)?)?\s*$"
)
H = Decimal(100)


def _possible(n: int, iv) -> list[int]:
    return [k for k in range(n + 1) if iv.contains(Decimal(k) * H / n)]


# 共有12名学员参加考核,合格率95%: a rate of the one group the sentence counts
_GROUP_RATE = lazy(
    r"(?:合格|通过|及格|优秀|优良|满意|结业|出勤|到课|达标|知晓)率(?:为|达|达到|是)?\s*$"
)
_GROUP_RATE_WORD = lazy_re(r"(?:合格|通过|及格|优秀|优良|满意|结业|出勤|到课|达标|知晓)率")
# what _AMONG needs after a count of whole things (never qualified, so it ends with its unit)
_COUNT_LAST = "".join(sorted({w[-1] for w, unit in UNITS.items() if unit in COUNT_UNITS}))
_COUNT_AMONG = lazy_re(
    f"[{re.escape(_COUNT_LAST)}][^\\d,，;；。%]{{0,8}}中(?![心央国期型学小医药华标低高等部旬层级间游专秋午止断])"
)
_GROUP_UNITS = ("人", "名", "家", "所", "个", "户", "项", "件", "位")


def _single_group_rates(s: C.Sentence, max_base: int):
    """(group size, percentage) where a named rate follows the only count in its stretch."""
    last = s.start
    for p in s.quantities:
        if p.unit != "%":
            continue
        start, last = last, p.end
        cs = s.clause_start(p.start)
        m = _GROUP_RATE.search(s.between(cs, p.start))
        if not m or p.approximate or m.start() > 0:
            continue  # 饮水达标率: a rate of something the sentence does not count
        name_at = cs + m.start()
        amounts = [q for q in s.quantities if start <= q.start < name_at and C.is_amount(q)]
        if len(amounts) != 1:
            continue
        q = amounts[0]
        if (q.unit not in _GROUP_UNITS or not q.is_integer_count or not 2 <= q.value <= max_base
                or s.clause_of(name_at) - s.clause_of(q.start) > 1):
            continue
        yield q, p


def _check_sentences(doc, options) -> Iterable[Violation]:
    max_base = int(options.get("max-base", 200))
    for _prev, s in C.sentences(doc):
        if ("率" not in s.text and "中" not in s.text) or not C.may_have_percent(s.text):
            continue  # a percentage after a named rate or after …中
        if _GROUP_RATE_WORD.search(s.text) is None and _COUNT_AMONG.search(s.text) is None:
            continue  # neither a rate _GROUP_RATE knows nor a count followed by 中 (12名群众中)
        seen: set[int] = set()
        for q, p in _single_group_rates(s, min(max_base, 100)):
            seen.add(p.start)
            yield from _grim(q, p)
        for q in s.quantities:
            if not q.is_integer_count or not 2 <= q.value <= max_base or q.unit in ("次", "场"):
                continue
            m = _AMONG.match(s.text, q.end - s.start)
            if not m or "其中" in m.group(0):
                continue
            after = s.start + m.end()
            pcts = [p for p in s.after(after) if p.unit == "%"]
            if not pcts:
                continue
            p = pcts[0]
            if s.clause_of(p.start) - s.clause_of(after) > 1 or p.approximate:
                continue
            between = s.between(after, p.start)
            if any(x.start < p.start for x in s.after(after)):
                continue  # a figure between the group and the percentage: not a share of it
            if p.start in seen or not _DIRECT.match(between):
                # only a percentage of the group itself: 4家企业中,60%… / 12名群众中,满意率93%;
                # 3个社区中,老年人占比23.6% is a share of people, not of the 3 communities
                continue
            yield from _grim(q, p)


def _grim(q, p) -> Iterable[Violation]:
    n = int(q.value)
    if _possible(n, p.strict()):
        return
    sev = "info" if _possible(n, p.truncated()) else "error"
    k = int((p.value * n / H).to_integral_value(rounding="ROUND_FLOOR"))
    near = [x for x in (k, k + 1) if 0 <= x <= n]
    shown = ", ".join(f"{x}/{n} = {C.pct(Decimal(x) * H / n)}" for x in near)
    yield C.violation(
        Span(q.start, p.end),
        f"{n}{q.unit}中的百分比不可能是 {p.shown()}: {shown}",
        f"no whole number out of {n} gives {p.shown()}: {shown}",
        severity=sev,
        help_zh="直接写出个数, 或按个数重新计算百分比",
        help_en="give the count itself, or recompute the percentage from it",
        data={"expected": " / ".join(C.pct(Decimal(x) * H / n) for x in near), "stated": p.shown()},
    )


def check(doc, options) -> Iterable[Violation]:
    """The rule's findings: sentence claims mapped back to the document's offsets."""
    yield from C.remap(doc, _check_sentences(doc, options))
