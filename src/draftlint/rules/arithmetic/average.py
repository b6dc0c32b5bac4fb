"""An average (人均, 户均, 亩均) that does not match the total and the count it comes from.

What it finds: a sentence that gives a total, the number of people, households or mu it
is spread over, and the average, where the average is wrong:
``发放救助金128.6万元,惠及困难群众2860人次,人均650元`` (128.6万 / 2860 = 449.7元).
The average must follow 人均/户均/亩均/平均每人/平均每户 directly (``人均450元``,
``户均增收3000元``);
named statistics such as 人均可支配收入 or 人均地区生产总值 are computed on other bases
(average population, survey samples) and are never recomputed. Every figure is read as
an interval.

Why it matters: an average that does not follow from its own total and count shows a
figure was changed in one place and not in the other.

Example:
  Bad: 全年发放临时救助金128.6万元,惠及困难群众2860人次,人均650元。
  Good: 全年发放临时救助金128.6万元,惠及困难群众2860人次,人均450元。

Fix: recompute the average as total / count, or correct the total or the count.
"""

from __future__ import annotations

from decimal import Decimal
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable


from ...types import Span, Violation
from . import _claims as C
from ._lazy import lazy, lazy_re
from ._parts import _unit_on_both_sides

CODE = "AR103"
NAME = "average-mismatch"
SEVERITY = "error"

_PER = lazy(
    r"(?P<per>人均|户均|亩均|平均每人|平均每户|平均每亩|每人平均|每户平均)"
    r"(?:(?<=[户亩]均)(?:收入|产值|效益|增收|补贴|补助|奖补|分红))?(?:为|达|达到|约)?\s*$"
)
_PER_WORDS = ("人均", "户均", "亩均", "平均每人", "平均每户", "平均每亩", "每人平均", "每户平均")  # _PER's per
_PER_WORD = lazy_re("|".join(_PER_WORDS))
_COUNT_UNITS = {"人": ("人", "人次", "名"), "户": ("户",), "亩": ("亩",)}


def _count_may_precede(text: str) -> bool:
    """Whether a count can stand before an average's word in ``text``: every average checked
    is divided by a count found before its word (s.before(zstart)), and a count is written
    with its unit, 人, 人次, 名, 户 or 亩; none of those characters before the last such word
    means nothing here can be checked (and the sentence's figures need not be read)."""
    last = max(text.rfind(w) for w in _PER_WORDS)
    head = text[:last] if last > 0 else ""
    return "人" in head or "名" in head or "户" in head or "亩" in head


def _total_may_precede(text: str) -> bool:
    """Whether a total of the average's kind can stand before an average's word in ``text``:
    the total (same_kind: the same unit) ends before the word, which holds 均, and the
    average stands after it, so some unit (as _unit_words finds the places one may stand)
    is on both sides of a 均. Most sentences with 人均… give no total in the average's unit
    before it, and their figures need not be read for this rule."""
    return _unit_on_both_sides(text, "均")


def _check_sentences(doc, options) -> Iterable[Violation]:
    for _prev, s in C.sentences(doc):
        if "均" not in s.text or _PER_WORD.search(s.text) is None:
            continue  # 人均, 户均, 亩均, 平均每人, 每人平均: no average without one
        if not _count_may_precede(s.text):
            continue
        if not _total_may_precede(s.text):
            continue
        for z in s.quantities:
            if not C.is_amount(z) or z.value == 0:
                continue
            m = _PER.search(s.between(s.clause_start(z.start), z.start))
            if not m:
                continue
            per = m.group("per")
            key = "人" if "人" in per else "户" if "户" in per else "亩"
            zstart = s.clause_start(z.start) + m.start()
            earlier = [q for q in s.before(zstart) if s.clause_of(zstart) - s.clause_of(q.start) <= 3]
            totals = [q for q in earlier if C.same_kind(q, z) and not C.is_reference(s, q)]
            counts = [q for q in earlier if q.unit in _COUNT_UNITS[key] and not C.is_reference(s, q)]
            if not totals or not counts or z.unit in _COUNT_UNITS[key]:
                continue
            x, y = totals[0], counts[0]
            if y.value == 0:
                continue
            nominal = x.value / y.value

            def evaluate(read, x=x, y=y):
                return read(x).ratio(read(y))

            sev = C.grade(evaluate, z, operands=[x, y], nominal=None)
            if sev is None:
                continue
            if sev == "warning" and abs(nominal - z.value) / z.value >= Decimal("0.05"):
                sev = "error"
            expected = C.like(nominal, z)
            yield C.violation(
                Span(zstart, z.end),
                f"平均数不符: {x.shown()} / {y.shown()} = {expected}, 文中写 {z.shown()}",
                f"average does not add up: {x.shown()} / {y.shown()} = {expected}, the text says {z.shown()}",
                severity=sev,
                help_zh="平均数 = 总数 / 人数(户数); 重新计算或改正写错的数",
                help_en="average = total / count; recompute it or correct the wrong figure",
                related=[(x, "总数", "the total"), (y, "人数", "the count")],
                data={"expected": expected, "stated": z.shown()},
            )


def check(doc, options) -> Iterable[Violation]:
    """The rule's findings: sentence claims mapped back to the document's offsets."""
    yield from C.remap(doc, _check_sentences(doc, options))
