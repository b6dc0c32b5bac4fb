"""A complete breakdown that does not add up to its total, or shares past 100%.

What it finds: a total whose parts are listed completely (the last one is 其他/其余, the
two parts are the two halves of the group — 男/女, 城镇/农村, 线上/现场, 城区/郊县 —, the list says 分别为, a
sentence classifies the total of the sentence before (``案件共286件。依案件类型区分:民事…、刑事…、行政…``), or
the total comes after its parts as 合计/共计, also with a few words
between: ``新建服务点12个,改造8个,共计新建改造服务点21个``; things counted with different
words: ``检查站三处、瞭望塔两座、蓄水池四个,共计十处``; a total that 分别为 breaks down:
``完成造林1.2万亩,分别为杉木林5,000亩、油茶林4,000亩、阔叶林2,000亩``) but do not add up to it,
such as ``合计投入资金860万元,其中财政资金420万元,其余部分自筹310万元`` or
``发放宣传册200份、明白纸300份,合计600份``; and shares of one whole that together pass
100%: ``其中第一产业占12%,第二产业占47%,第三产业占45%``, ``仅与配偶同住的占42.3%,
与子女同住的占35.6%,独居的占26.6%``. Cuts of one group by different attributes
(学历 and 年龄, 民营 and 工业) may overlap and are not added up, nor are answers to a survey
question that may take several (关注就业的占65%, 关注医疗的占58%); disjoint brackets
(35岁以下, 36至50岁, 51岁以上) are shares of one whole. Every figure is read as an
interval (rounded parts may miss the total by a little). Parts that exceed the total
are AR121's business.

A 其中 list that is not known to be complete may be a selection (共有企业120家,其中规上企业35家、
高新技术企业12家), so it is checked only on the evidence of its words that it is the whole
partition, and graded warning: the total names the classes (全县共设立县、乡、村三级河长412名,其中
县级…、乡级…、村级…; 离退休干部…,其中离休…、退休…), the parts make up any group by their meaning
(县内 / 县外省内 / 省外; 合格 / 限期改善 / 舉發; 新建 / 改造提升). Three or more parts of no
overlapping attributes that miss the total by a few percent (5% at most) are reported at info
only (``--show-info``): the three biggest classes of more (学校86所,其中小学52所、初中21所、
高中9所) look the same. A list that says it is a selection (主要, 包括, 重点, …等) is never
checked so.

In a table (Markdown, or Word in a .docx), a 合计 row is checked against the rows above it, column by column
(columns of rates, averages, growth, ranks and dates are left alone); cells in bold (``**152**``) are read as
plain cells, and the plain integers of a column that counts whole things (项目数目, 数量, 人数, 户数) are exact.

Why it matters: a breakdown that does not add up tells the reader that a figure is
wrong or that a category was forgotten, and shares past 100% are impossible.

Example:
  Bad: 全年接待游客12.6万人次,其中省内游客8.1万人次,其余省外游客3.2万人次。
  Good: 全年接待游客12.6万人次,其中省内游客8.1万人次,其余省外游客4.5万人次。

Fix: check each part against the source data so that the parts add up to the total.
"""

from __future__ import annotations

from decimal import Decimal
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

from ...numbers import Interval
from ...types import Span, Violation
from . import _claims as C
from . import _parts, _partition, _tables

CODE = "AR122"
NAME = "breakdown-mismatch"
SEVERITY = "error"

H = Decimal(100)


def _grade(parts, whole_of) -> str | None:
    """Severity of parts that miss their whole under every reading, or None.

    ``whole_of(read)`` gives the whole's interval under a reading (constant for 100%)."""
    if Interval.total([p.strict() for p in parts]).overlaps(whole_of(C.strict)):
        return None
    if any(p.approximate for p in parts):
        return "info"
    for read, read_whole in C.LENIENT_READINGS:
        if Interval.total([read(p) for p in parts]).overlaps(whole_of(read_whole)):
            return "info"
    return None if False else "error"


def _counts(header: str, figures) -> bool:
    """A column of counts of whole things: its header names a count and every cell is a plain integer."""
    return bool(_tables.COUNT_HEADER.search(header)) and all(
        not f.unit and f.value == f.value.to_integral_value() and "." not in f.text and not f.approximate
        for f in figures)


def _table_sums(doc) -> Iterable[Violation]:
    """A 合计 row against the rows above it, column by column."""
    for t in _tables.tables(doc):
        found = _tables.total_row(t)
        if found is None:
            continue
        r, data = found
        total_cells = t.rows[r]
        checked_by_rows = {k for k, _j in _tables.share_columns(t)}  # AR101 checks each row
        for j, cell in enumerate(total_cells):
            whole = cell.figure
            header = t.column(j)
            if (whole is None or whole.approximate or j in checked_by_rows
                    or (_tables.NOT_ADDITIVE.search(header) and not _tables.SHARE_HEADER.search(header))):
                continue
            if whole.unit == "%" and not _tables.SHARE_HEADER.search(header) and "占" not in header:
                continue  # percentages that are not shares of one whole (完成进度 35.0%, 46.2% …): no sum
            parts = [t.rows[k][j].figure for k in data if j < len(t.rows[k])]
            if len(parts) < 2 or any(p is None or p.approximate or p.unit != whole.unit for p in parts):
                continue
            total = sum((p.value for p in parts), start=Decimal(0))
            if _counts(header, parts + [whole]):
                # whole things counted (项目数目: 46, 33, 28 …): exact, not rounded to their last digit
                if total == whole.value:
                    continue
                sev = "error" if whole.value and abs(whole.value - total) / whole.value * H >= 1 else "warning"
            else:
                sev = _grade(parts, lambda read, w=whole: read(w))
            if sev is None:
                continue
            shown_total = C.like(total, whole) if whole.unit else C.fmt(total)
            yield C.violation(
                Span(cell.start, cell.end),
                f"表中“{t.column(j)}”一列之和为 {shown_total}, 合计行写 {whole.shown()}",
                f"the column “{t.column(j)}” adds up to {shown_total}, the total row says {whole.shown()}",
                severity=sev,
                help_zh="核对各行数字和合计行",
                help_en="check the rows and the total row",
                data={"expected": shown_total, "stated": whole.shown()},
            )


def _check_sentences(doc, options) -> Iterable[Violation]:
    text = C.split(doc).text
    for b in _parts.breakdowns(doc):
        if b.percent:
            total = sum((p.value for p in b.parts), start=Decimal(0))
            if Interval.total([p.strict() for p in b.parts]).lo <= H:
                continue
            sev = _grade(b.parts, lambda read: Interval(Decimal(0), H))
            if sev is None:
                continue
            expr = " + ".join(p.shown() for p in b.parts)
            yield C.violation(
                Span(b.parts[0].start, b.parts[-1].end),
                f"占比之和超过100%: {expr} = {C.pct(total)}",
                f"shares of one whole add up to more than 100%: {expr} = {C.pct(total)}",
                severity=sev,
                help_zh="同一总体的各部分占比之和不能超过100%, 请核对",
                help_en="shares of one whole cannot add up to more than 100%: check them",
                data={"expected": "<= 100%", "stated": C.pct(total)},
            )
            continue
        if b.whole is None or len(b.parts) < 2:
            continue
        # a 其中 list not known to be complete: checked on the evidence of its words, as a warning
        at_most_warning = not b.exhaustive
        evidence = _partition.evident(text, b) if at_most_warning else "words"
        if not evidence:
            continue
        whole = b.whole
        if b.whole.approximate:
            continue
        s_parts = Interval.total([p.strict() for p in b.parts])
        if s_parts.lo > whole.strict().hi:
            continue  # more than the whole: AR121
        sev = _grade(b.parts, lambda read, w=whole: read(w))
        if sev is None:
            continue
        total = sum((p.value for p in b.parts), start=Decimal(0))
        expr = " + ".join(p.shown() for p in b.parts)
        gap = abs(whole.value - total) / whole.value * H if whole.value else H
        if sev == "error" and (gap < 1 or at_most_warning):
            sev = "warning"
        if evidence == "gap":
            sev = "info"  # three parts a few percent short may be the three biggest of more
        shown_total = C.like(total, whole)
        yield C.violation(
            _parts.finding_span(doc, b),
            f"分项之和与总数不符: {expr} = {shown_total}, 总数 {whole.shown()}",
            f"the parts do not add up to the total: {expr} = {shown_total}, the total is {whole.shown()}",
            severity=sev,
            help_zh="核对总数和各分项, 使分项之和等于总数",
            help_en="check the total and the parts so that they add up",
            related=[(whole, "总数", "the total")],
            data={"expected": whole.shown(), "stated": shown_total},
        )


def check(doc, options) -> Iterable[Violation]:
    """The rule's findings: sentence claims mapped back to the document's offsets."""
    yield from _table_sums(doc)
    yield from C.remap(doc, _check_sentences(doc, options))
