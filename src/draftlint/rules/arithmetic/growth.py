"""A growth rate or direction that does not follow from the two values given.

What it finds: a change between two stated values whose rate, difference or direction
is wrong (``由812户减少到356户,减少546户``):
``由1.20亿元增加到1.50亿元,增长20%`` (it is 25%), ``完成3.2亿元,比上年的3.5亿元增长8%``
(it fell; a subject that names the figure before may open the comparison:
``1,352人次,人次比上年的1,490人次下降9.3%``), ``由800户减少到950户`` (it rose), ``由50万元增加到150万元,增长5倍`` (neither
reading of 倍 gives 5). Both values must be in the sentence; every figure is read as an
interval, and a stated 增长N倍 is accepted when either reading (N times more, or N
times as much) fits. An average annual rate (``由2018年的1.2万元增加到2023年的1.8万元,
年均增长8.4%``) is checked as (B / A)^(1/n) − 1 when the years are given, and an increase with its rate
(``完成税收3260万元,同比增收280万元,增长9.4%``) as increase / (figure − increase), and a
rate followed by last year's figure (``达到75人,较上年增长15%,上年为60人``, or in brackets with or without
its verb: ``同比增长23.6%(上年同期2,480万元)``, ``较上半年增加15.9%(上半年251万辆次)``) as (B − A) / A.
A base in brackets before the change (``平均分较期中(81分)提高了4.5分,达到86.5分``, or
``平均分86.5分,较期中(81分)提高了4.5分``) is checked as B − A against the stated difference.
Profits and figures of enterprises above a size threshold are compiled on a comparable
base and are not recomputed so. Growth of value added or GDP, usually at constant prices, is not
recomputed. Percentages of percentages are AR112's business.

In a table (Markdown, or Word in a .docx), a 增长率 (增幅, 增速, 成长率, 同比) column is checked
against the two period columns before it (2022年 / 2023年, 上年同期 / 本期) in each row
where the figure plainly rose, or plainly fell and the cell says so with a minus sign (``-9.7%``).

Why it matters: a growth rate is recomputed by every reader who sees both values; a
wrong one, or a 增长 that is really a fall, undermines the whole report.

Example:
  Bad: 村集体经济收入由120万元增加到180万元,增长40%。
  Good: 村集体经济收入由120万元增加到180万元,增长50%。

Fix: recompute the change as (new − old) / old, and use 下降/减少 for a fall.
"""

from __future__ import annotations

from decimal import Decimal
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

from ...numbers import Interval
from ...types import Span, Violation
from . import _change, _tables
from . import _claims as C

CODE = "AR111"
NAME = "growth-mismatch"
SEVERITY = "error"

H = Decimal(100)


def _direction(old: C.Quantity, new: C.Quantity) -> int:
    a, b = old.strict(), new.strict()
    if b.lo > a.hi:
        return 1
    if b.hi < a.lo:
        return -1
    return 0


def _check_sentences(doc, options) -> Iterable[Violation]:
    for c in _change.changes(doc):
        if c.old.unit == "%":
            continue  # percentages of percentages: AR112
        old, new = c.old, c.new
        approx = old.approximate or new.approximate
        direction = _direction(old, new)
        word = "增加" if direction > 0 else "减少"
        claimed_up = c.stated_up if c.stated_up is not None else c.verb_up
        if direction and ((c.verb_up and direction < 0) or (not c.verb_up and direction > 0)
                          or (c.stated is not None and c.stated_up is not None and (c.stated_up != (direction > 0)))):
            yield C.violation(
                Span(c.start, c.end),
                f"增减方向不符: 由 {old.shown()} 到 {new.shown()} 是{word}, 文中写“{c.verb}”",
                f"direction is wrong: from {old.shown()} to {new.shown()} is a {'rise' if direction > 0 else 'fall'}, "
                f"the text says “{c.verb}”",
                severity="info" if approx else "error",
                help_zh="核对两个数值, 上升用“增长/增加”, 下降用“下降/减少”",
                help_en="check both values; use 增长/增加 for a rise and 下降/减少 for a fall",
                related=[(old, "原值", "the old value"), (new, "新值", "the new value")],
                data={"expected": word, "stated": c.verb},
            )
            continue
        if c.diff is not None:
            d = c.diff
            nominal_diff = abs(new.value - old.value)

            def gap(read, old=old, new=new):
                iv = read(new) - read(old)
                return iv if iv.lo >= 0 else (read(old) - read(new))

            sev = C.grade(gap, d, operands=[old, new], nominal=None, impossible=True)
            if sev is not None:
                shown_diff = C.like(nominal_diff, d)
                yield C.violation(
                    Span(c.start, d.end),
                    f"差值不符: {new.shown()} − {old.shown()} = {shown_diff if new.value >= old.value else '−' + shown_diff}, 文中写 {d.shown()}",
                    f"the difference does not add up: {new.shown()} − {old.shown()} = "
                    f"{shown_diff if new.value >= old.value else '−' + shown_diff}, the text says {d.shown()}",
                    severity=sev,
                    help_zh="核对两个数值和它们的差",
                    help_en="check both values and their difference",
                    related=[(old, "原值", "the old value"), (new, "新值", "the new value")],
                    data={"expected": shown_diff, "stated": d.shown()},
                )
                continue
        stated = c.stated
        if stated is None or c.real_terms or old.value == 0:
            continue
        nominal_ratio = new.value / old.value
        rel = _change_reader(old, new, claimed_up)

        if stated.unit == "%":
            nominal = (nominal_ratio - 1) * H if claimed_up else (1 - nominal_ratio) * H
            sev = C.grade(rel, stated, operands=[old, new], nominal=nominal)
            if sev is None:
                continue
            expected = C.pct(nominal)
            if claimed_up:
                zh = f"增幅不符: ({new.shown()} − {old.shown()}) / {old.shown()} = {expected}, 文中写 {stated.shown()}"
                en = (f"growth does not add up: ({new.shown()} − {old.shown()}) / {old.shown()} = {expected}, "
                      f"the text says {stated.shown()}")
            else:
                zh = f"降幅不符: ({old.shown()} − {new.shown()}) / {old.shown()} = {expected}, 文中写 {stated.shown()}"
                en = (f"the fall does not add up: ({old.shown()} − {new.shown()}) / {old.shown()} = {expected}, "
                      f"the text says {stated.shown()}")
            yield C.violation(
                Span(c.start, c.end),
                zh,
                en,
                severity=sev,
                help_zh="增幅 = (新值 − 原值) / 原值; 重新计算或改正写错的数",
                help_en="growth = (new − old) / old; recompute it or correct the wrong figure",
                related=[(old, "原值", "the old value"), (new, "新值", "the new value")],
                data={"expected": expected, "stated": stated.shown()},
            )
        elif stated.unit == "倍":
            def more(read, old=old, new=new):
                r = read(new).ratio(read(old))
                return Interval(r.lo - 1, r.hi - 1) if r is not None else None

            def times(read, old=old, new=new):
                return read(new).ratio(read(old))

            sevs = [C.grade(more, stated, operands=[old, new], nominal=nominal_ratio - 1),
                    C.grade(times, stated, operands=[old, new], nominal=nominal_ratio)]
            if any(sv is None for sv in sevs):
                continue
            sev = "info" if "info" in sevs else "warning" if "warning" in sevs else "error"
            yield C.violation(
                Span(c.start, c.end),
                f"倍数不符: {new.shown()} / {old.shown()} = {C.fmt(nominal_ratio)} 倍 (增长 {C.fmt(nominal_ratio - 1)} 倍), "
                f"文中写 {stated.shown()}",
                f"multiple does not add up: {new.shown()} / {old.shown()} = {C.fmt(nominal_ratio)} times "
                f"(an increase of {C.fmt(nominal_ratio - 1)} times), the text says {stated.shown()}",
                severity=sev,
                help_zh="“增长N倍”指新值是原值的N+1倍; 重新计算或改正写错的数",
                help_en="增长N倍 means the new value is N+1 times the old; recompute or correct the figure",
                related=[(old, "原值", "the old value"), (new, "新值", "the new value")],
                data={"expected": C.fmt(nominal_ratio - 1), "stated": stated.shown()},
            )


def _annual(doc) -> Iterable[Violation]:
    """由A增加到B,年均增长P% over a stated number of years: P = (B / A)^(1/n) − 1."""
    for c in _change.annual_changes(doc):
        old, new, p, n = c.old, c.new, c.stated, c.years
        if old.value <= 0 or new.value <= 0:
            continue
        root = Decimal(1) / Decimal(n)

        def cagr(read, old=old, new=new, up=c.up):
            r = read(new).ratio(read(old))
            if r is None or r.lo <= 0:
                return None
            lo, hi = (r.lo ** root - 1) * H, (r.hi ** root - 1) * H
            return Interval(lo, hi) if up else Interval(-hi, -lo)

        nominal = ((new.value / old.value) ** root - 1) * H
        nominal = nominal if c.up else -nominal
        sev = C.grade(cagr, p, operands=[old, new], nominal=nominal)
        if sev is None:
            continue
        expected = C.pct(nominal)
        yield C.violation(
            Span(c.start, c.end),
            f"年均增速不符: ({new.shown()} / {old.shown()})^(1/{n}) − 1 = {expected}, 文中写 {p.shown()}",
            f"average annual growth does not add up: ({new.shown()} / {old.shown()})^(1/{n}) − 1 = {expected}, "
            f"the text says {p.shown()}",
            severity=sev,
            help_zh=f"年均增速 = (新值 / 原值) 的 {n} 次方根 − 1; 重新计算或改正写错的数",
            help_en=f"average annual growth = (new / old)^(1/{n}) − 1; recompute it or correct the wrong figure",
            related=[(old, "原值", "the old value"), (new, "新值", "the new value")],
            data={"expected": expected, "stated": p.shown(), "years": n},
        )


def _delta(doc) -> Iterable[Violation]:
    """X,同比增收D,增长P%: P = D / (X − D) (or D / (X + D) for a fall)."""
    for c in _change.delta_changes(doc):
        cur, d, p = c.current, c.delta, c.stated
        base_value = cur.value - d.value if c.up else cur.value + d.value
        if base_value <= 0:
            continue

        def rate(read, cur=cur, d=d, up=c.up):
            base = (read(cur) - read(d)) if up else (read(cur) + read(d))
            r = read(d).ratio(base)
            return r.scale(H) if r is not None else None

        nominal = d.value / base_value * H
        sev = C.grade(rate, p, operands=[cur, d], nominal=nominal)
        if sev is None:
            continue
        expected = C.pct(nominal)
        base_shown = C.like(base_value, cur)
        word, en_word = ("增幅", "growth") if c.up else ("降幅", "the fall")
        yield C.violation(
            Span(c.start, c.end),
            f"{word}不符: {d.shown()} / {base_shown} = {expected}, 文中写 {p.shown()}",
            f"{en_word} does not add up: {d.shown()} / {base_shown} = {expected}, the text says {p.shown()}",
            severity=sev,
            help_zh="增幅 = 增加额 / 上年数 (上年数 = 本年数 − 增加额); 重新计算或改正写错的数",
            help_en="growth = increase / last year's figure (this year's less the increase); recompute or correct",
            related=[(cur, "本期数", "this period's figure")],
            data={"expected": expected, "stated": p.shown()},
        )


_MINUS = ("-", "−", "－", "—", "–", "下降", "减少", "降")
_SIGNED = "-−－–"  # a minus sign written before a percentage the table reads as a figure


def _change_reader(old, new, up: bool = True):
    """The change from ``old`` to ``new`` in percent, a rise (or with ``up`` false a fall), as
    ``C.grade`` reads it: an interval from the intervals the two figures may stand for."""
    def rel(read):
        r = read(new).ratio(read(old))
        if r is None:
            return None
        if up:
            return Interval((r.lo - 1) * H, (r.hi - 1) * H)
        return Interval((1 - r.hi) * H, (1 - r.lo) * H)
    return rel


def _table_growth(doc) -> Iterable[Violation]:
    """A 增长率 column against the two period columns before it, row by row: rises, and falls
    written with their minus sign (a fall written without one is left alone)."""
    for _t, row, k, p, old, new in _tables.row_figures(doc, _tables.growth_columns):
        if p.unit != "%":
            continue
        if old.unit != new.unit or old.unit in ("%", "pp", "倍") or old.value <= 0:
            continue
        if row[k].text.startswith(_MINUS):
            # a fall with its sign (-9.7%): checked when the figure plainly fell
            if not (row[k].text[:1] in _SIGNED and new.strict().hi < old.strict().lo):
                continue
            nominal = (1 - new.value / old.value) * H
            sev = C.grade(_change_reader(old, new, up=False), p, operands=[old, new], nominal=nominal)
            if sev is None:
                continue
            expected = C.pct(-nominal)
        else:
            if not new.strict().lo > old.strict().hi:
                continue  # not plainly a rise
            nominal = (new.value / old.value - 1) * H
            sev = C.grade(_change_reader(old, new), p, operands=[old, new], nominal=nominal)
            if sev is None:
                continue
            expected = C.pct(nominal)
        yield C.violation(
            Span(row[k].start, row[k].end),
            f"增幅不符: {new.shown()} / {old.shown()} − 1 = {expected}, 表中写 {row[k].text}",
            f"growth does not add up: {new.shown()} / {old.shown()} − 1 = {expected}, the table says {row[k].text}",
            severity=sev,
            help_zh="按本行的两期数字重新计算增幅", help_en="recompute the growth from this row's two figures",
            related=[(old, "原值", "the old value"), (new, "新值", "the new value")],
            data={"expected": expected, "stated": row[k].text},
        )


def check(doc, options) -> Iterable[Violation]:
    """The rule's findings: sentence claims mapped back to the document's offsets."""
    yield from _table_growth(doc)
    yield from C.remap(doc, _check_sentences(doc, options))
    yield from C.remap(doc, _annual(doc))
    yield from C.remap(doc, _delta(doc))
