"""A change between two percentages that does not match its stated size or direction.

What it finds: two percentages and the change between them, where the change is wrong:
``由85%提高到92%,提高了5个百分点`` (it is 7 points), ``由12.5%下降到13.1%`` (it rose),
``比上年的40%提高12个百分点`` where the new rate is 50%, or ``达到99.2%,较上年提高1.5个百分点(上年为98.7%)``. A change in 个百分点 is a
difference, not a ratio; a change written as a percentage (``提高10%``) may mean either,
so it is reported only when neither the difference nor the ratio fits. A gap to a
benchmark (``增长8.2%,高于全省平均水平(7.1%)1.6个百分点``) is checked the same way.

Why it matters: mixing up percentage points and percent is the commonest arithmetic
slip in reports; readers who notice it stop trusting the figures.

Example:
  Bad: 全镇森林覆盖率由38.2%提高到41.5%,提高了3.5个百分点。
  Good: 全镇森林覆盖率由38.2%提高到41.5%,提高了3.3个百分点。

Fix: the change between two rates is their difference in 个百分点; recompute it.
"""

from __future__ import annotations

from decimal import Decimal
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable


from ...numbers import Interval
from ...types import Span, Violation
from . import _change
from . import _claims as C
from ._lazy import lazy

CODE = "AR112"
NAME = "points-mismatch"
SEVERITY = "error"

H = Decimal(100)


def _check_sentences(doc, options) -> Iterable[Violation]:
    for c in _change.changes(doc):
        if c.old.unit != "%":
            continue
        old, new = c.old, c.new
        a, b = old.strict(), new.strict()
        direction = 1 if b.lo > a.hi else -1 if b.hi < a.lo else 0
        approx = old.approximate or new.approximate
        up = c.stated_up if c.stated_up is not None else c.verb_up
        if direction and ((c.verb_up and direction < 0) or (not c.verb_up and direction > 0)
                          or (c.stated_up is not None and c.stated_up != (direction > 0))):
            word = "上升" if direction > 0 else "下降"
            yield C.violation(
                Span(c.start, c.end),
                f"增减方向不符: 由 {old.shown()} 到 {new.shown()} 是{word}, 文中写“{c.verb}”",
                f"direction is wrong: from {old.shown()} to {new.shown()} is a {'rise' if direction > 0 else 'fall'}, "
                f"the text says “{c.verb}”",
                severity="info" if approx else "error",
                help_zh="核对两个百分比, 上升用“提高/上升”, 下降用“下降/降低”",
                help_en="check both percentages; use 提高/上升 for a rise and 下降/降低 for a fall",
                related=[(old, "原值", "the old value"), (new, "新值", "the new value")],
                data={"expected": word, "stated": c.verb},
            )
            continue
        stated = c.stated
        if stated is None or stated.unit == "倍":
            continue
        def diff(read, up=up, old=old, new=new):
            return (read(new) - read(old)) if up else (read(old) - read(new))

        def rel(read, up=up, old=old, new=new):
            r = read(new).ratio(read(old))
            if r is None:
                return None
            return Interval((r.lo - 1) * H, (r.hi - 1) * H) if up else Interval((1 - r.hi) * H, (1 - r.lo) * H)

        nominal = (new.value - old.value) if up else (old.value - new.value)
        if stated.unit == "pp":
            sev = C.grade(diff, stated, operands=[old, new], nominal=nominal)
            if sev is None:
                continue
        else:
            if c.real_terms or old.value == 0:
                continue
            sev_pp = C.grade(diff, stated, operands=[old, new], nominal=nominal)
            rel_nominal = (new.value / old.value - 1) * H if up else (1 - new.value / old.value) * H
            sev_rel = C.grade(rel, stated, operands=[old, new], nominal=rel_nominal)
            if sev_pp is None or sev_rel is None:
                continue
            sev = "info" if "info" in (sev_pp, sev_rel) else "warning" if "warning" in (sev_pp, sev_rel) else "error"
        shown_diff = C.fmt(nominal)
        yield C.violation(
            Span(c.start, c.end),
            f"百分点不符: {new.shown()} − {old.shown()} = {C.fmt(new.value - old.value)} 个百分点, 文中写 {stated.shown()}",
            f"percentage-point change does not add up: {new.shown()} − {old.shown()} = "
            f"{C.fmt(new.value - old.value)} points, the text says {stated.shown()}",
            severity=sev,
            help_zh="两个百分比之差用“个百分点”表示; 重新计算或改正写错的数",
            help_en="the difference of two percentages is in percentage points; recompute or correct the figure",
            related=[(old, "原值", "the old value"), (new, "新值", "the new value")],
            data={"expected": f"{shown_diff}个百分点", "stated": stated.shown()},
        )


# 增长8.2%,高于全省平均水平(7.1%)1.1个百分点 / 比全省平均水平7.1%高1.1个百分点
_ABOVE = lazy(
    r"^\s*[,，]?\s*(?:(?P<cmp1>高于|低于|高出|超出|快于|慢于|领先)[^,，;；%\d]{0,12}?"
    r"|比[^,，;；%\d]{0,12}?)[(（]?\s*$"
)
_AFTER_P2 = lazy(r"^\s*[)）]?\s*(?:的)?(?P<cmp2>高|低|快|慢|多|少)?(?:了)?(?:出)?\s*$")


def _gaps(doc):
    """(p1, p2, stated points, p1 should be above p2, start)."""
    for _prev, s in C.sentences(doc):
        if "百分点" not in s.text:
            continue  # the gap is stated in 个百分点
        pcts = [q for q in s.quantities if q.unit in ("%", "pp")]
        for p1, p2, n in zip(pcts, pcts[1:], pcts[2:]):
            if p1.unit != "%" or p2.unit != "%" or n.unit != "pp":
                continue
            if any(p1.end <= q.start < n.start for q in s.quantities if q not in (p1, p2)):
                continue
            m = _ABOVE.match(s.between(p1.end, p2.start))
            a = _AFTER_P2.match(s.between(p2.end, n.start))
            if not m or not a:
                continue
            word = m.group("cmp1") or a.group("cmp2")
            if not word:
                continue
            yield p1, p2, n, word in ("高于", "高出", "超出", "快于", "领先", "高", "快", "多"), p1.start


def _check_gaps(doc) -> Iterable[Violation]:
    for p1, p2, n, above, start in _gaps(doc):
        def diff(read, p1=p1, p2=p2, above=above):
            return (read(p1) - read(p2)) if above else (read(p2) - read(p1))

        nominal = (p1.value - p2.value) if above else (p2.value - p1.value)
        flip = (above and p1.strict().hi < p2.strict().lo) or (not above and p1.strict().lo > p2.strict().hi)
        sev = C.grade(diff, n, operands=[p1, p2], nominal=nominal, flip=flip)
        if sev is None:
            continue
        yield C.violation(
            Span(start, n.end),
            f"百分点之差不符: {p1.shown()} − {p2.shown()} = {C.fmt(p1.value - p2.value)} 个百分点, 文中写 {n.shown()}",
            f"the gap does not add up: {p1.shown()} − {p2.shown()} = {C.fmt(p1.value - p2.value)} points, "
            f"the text says {n.shown()}",
            severity=sev,
            help_zh="两个百分比之差用“个百分点”表示; 重新计算或改正写错的数",
            help_en="the gap between two percentages is in percentage points; recompute or correct the figure",
            related=[(p2, "比较对象", "compared with")],
            data={"expected": f"{C.fmt(abs(p1.value - p2.value))}个百分点", "stated": n.shown()},
        )


def check(doc, options) -> Iterable[Violation]:
    """The rule's findings: sentence claims mapped back to the document's offsets."""
    yield from C.remap(doc, _check_sentences(doc, options))
    yield from C.remap(doc, _check_gaps(doc))
