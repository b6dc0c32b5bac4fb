"""Tables as rows of figures: a total row, a share column.

Markdown pipe tables (``| 类别 | 人数 | 占比 |`` and a ``|---|`` separator line) in any
document, and the tables of a Word document (first row the header). A cell is a figure
when it holds nothing but one number (with an optional unit or percent sign).
"""

from __future__ import annotations



from ...numbers import Quantity, find_quantities, normalize
from ._lazy import lazy, lazy_re
from ..._record import Record

_PIPE = lazy_re(r"\|")
_SEPARATOR = lazy(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
TOTAL_ROW = lazy(r"^\s*(?:合\s*计|总\s*计|小\s*计|共\s*计|总数|全部|总体|全\s*[县市区镇乡])\s*$")
SHARE_HEADER = lazy(r"占比|比例|比重|构成|%|％|百分比")
RATE_HEADER = lazy(r"率")
# columns whose total row is not the sum of the rows (averages, growth, ranks, dates)
NOT_ADDITIVE = lazy(
    r"率|均|增长|增速|同比|比上年|增减|变化|幅度|单价|价格|排名|名次|序号|编号|年份|年度|时间|日期|电话|备注|得分|分数|进度|程度"
)
# a column of counts of whole things (项目数目, 数量, 人数, 户数, 家(个)): its plain integers are exact
COUNT_HEADER = lazy(
    r"(?<![指倍系分函参常位])数(?:量|目)?\s*$|人次\s*$|个数|"
    r"[(（](?:个|人|家|项|件|所|户|名|次|场|处|座|辆|台|套|间|条|支|批|份|起|宗|位|例|人次)[)）]\s*$"
)
# a row that is part of the row above it: 其中: 女性
# a cell written in bold or italics (**152**, __合计__, *12*)
_EMPHASIS = lazy(r"^(\*{1,2}|_{1,2})\s*([^*_|]+?)\s*\1$")
SUBSET_ROW = lazy(r"^\s*(?:[（(]?其中[)）]?|含|包括|内:)")


class Cell(Record):
    __slots__ = _fields = ("text", "start", "end", "figure")

    def __init__(self, text: str, start: int, end: int, figure: Quantity | None) -> None:
        self.text = text
        self.start = start  # absolute offset of the cell's text
        self.end = end
        self.figure = figure


class Table(Record):
    __slots__ = _fields = ("header", "rows")

    def __init__(self, header: tuple[Cell, ...], rows: tuple[tuple[Cell, ...], ...]) -> None:
        self.header = header
        self.rows = rows

    def column(self, j: int) -> str:
        return self.header[j].text if j < len(self.header) else ""


def _cells(text: str, start: int) -> list[Cell]:
    line = text.rstrip()
    inner_start = 0
    s = line.lstrip()
    inner_start = len(line) - len(s)
    if s.startswith("|"):
        s, inner_start = s[1:], inner_start + 1
    if s.endswith("|"):
        s = s[:-1]
    out = []
    pos = inner_start
    for raw in s.split("|"):
        lead = len(raw) - len(raw.lstrip())
        cell = raw.strip()
        bold = _EMPHASIS.match(cell)
        if bold:  # **合计** | **152**: the figure in bold is the cell's figure
            lead += len(bold.group(1))
            cell = bold.group(2)
        cstart = start + pos + lead
        figure = None
        if cell:
            qs = find_quantities(normalize(cell), cstart)
            if len(qs) == 1 and qs[0].end - cstart == len(cell) and (
                    qs[0].start == cstart or _signed_percent(cell, qs[0], cstart)):
                figure = qs[0]
        out.append(Cell(cell, cstart, cstart + len(cell), figure))
        pos += len(raw) + 1
    return out


_SIGNS = "+-−－–"


def _signed_percent(cell: str, q: Quantity, cstart: int) -> bool:
    """A percentage with its sign (+15.2%, -9.7%: a growth column): the figure is the magnitude,
    the sign stays in the cell's text."""
    return q.unit == "%" and q.start == cstart + 1 and cell[0] in _SIGNS


def tables(doc) -> list[Table]:
    """The tables of a document, worked out once per document for AR101, AR102 and AR122:
    pipe tables (in any kind of document: drafts pasted from Markdown too) and, in a .docx,
    the Word tables the loader records (``doc.meta["tables"]``)."""
    word = doc.kind == "docx" and bool((getattr(doc, "meta", None) or {}).get("tables"))
    if "|" not in doc.simplified and not word:
        return []  # a pipe table's header row holds a pipe
    memo = getattr(doc, "memo", None)
    if memo is None:
        return _tables(doc) + (_word_tables(doc) if word else [])
    return memo("ar.tables", lambda: _tables(doc) + (_word_tables(doc) if word else []))


def _word_tables(doc) -> list[Table]:
    """Word tables read like pipe tables: the first row is the header. Only tables whose rows
    all have as many cells as the header are read (with merged cells, which column a cell
    belongs to is unclear)."""
    text = doc.simplified
    out: list[Table] = []
    for raw in doc.meta["tables"]:
        if len(raw) < 2 or len(raw[0]) < 2 or any(len(row) != len(raw[0]) for row in raw):
            continue
        rows = [tuple(_word_cell(text, span) for span in row) for row in raw]
        out.append(Table(rows[0], tuple(rows[1:])))
    return out


def _word_cell(text: str, span) -> Cell:
    raw = text[span.start:span.end]
    cell = raw.strip()
    cstart = span.start + (len(raw) - len(raw.lstrip()))
    figure = None
    if cell and "\n" not in cell:
        qs = find_quantities(normalize(cell), cstart)
        if len(qs) == 1 and qs[0].start == cstart and qs[0].end - cstart == len(cell):
            figure = qs[0]
    return Cell(cell, cstart, cstart + len(cell), figure)


def _tables(doc) -> list[Table]:
    text = doc.simplified
    lines = doc.lines
    out: list[Table] = []
    # a header row holds a pipe: only such lines are tried (1,418 of 32,424 lines in the
    # benchmark slice), in order, each after the table before it
    heads = sorted({doc.line_of(m.start()).number - 1 for m in _PIPE.finditer(text)})
    i = 0  # the first line not yet part of a table
    for h in heads:
        if h < i or h + 1 >= len(lines):
            continue
        head, sep = lines[h], lines[h + 1]
        if _SEPARATOR.match(sep.text):
            header = _cells(text[head.start:head.end], head.start)
            rows = []
            k = h + 2
            while k < len(lines) and lines[k].text.count("|") >= 2:
                rows.append(tuple(_cells(text[lines[k].start:lines[k].end], lines[k].start)))
                k += 1
            if len(header) >= 2 and rows:
                out.append(Table(tuple(header), tuple(rows)))
            i = k
    return out


def total_row(table: Table) -> tuple[int, list[int]] | None:
    """(index of the total row, indexes of the data rows above it), when the table has
    exactly one total row (with 小计 rows as well, what the total sums is unclear)."""
    totals = [r for r, row in enumerate(table.rows) if TOTAL_ROW.match(_label(row))]
    if len(totals) != 1 or totals[0] < 2:
        return None
    if any(SUBSET_ROW.match(_label(row)) for row in table.rows):
        return None  # rows that are parts of other rows: what adds up to what is unclear
    return totals[0], list(range(totals[0]))


def _label(row) -> str:
    return next((c.text for c in row if c.text and c.figure is None), "")


def share_columns(table: Table):
    """(share column, count column) pairs: a 占比 column of percentages and the nearest
    column of plain figures to its left."""
    for k, head in enumerate(table.header):
        if not SHARE_HEADER.search(head.text) or RATE_HEADER.search(head.text) or _PROGRESS.search(head.text):
            continue  # (a 完成比例 column is a rate column: see rate_columns)
        for j in range(k - 1, -1, -1):
            figs = [row[j].figure for row in table.rows if j < len(row)]
            if figs and all(f is not None and f.unit != "%" for f in figs):
                yield k, j
                break


_PLAN = lazy(r"计划|任务|目标|应")
_DONE = lazy(r"完成|实际|已|实(?!施)")
# 完成进度 = 完成 / 目标 like 完成率 (a 时间进度 or 序时进度 is the share of the year gone);
# 完成比例 is the same ratio
_PROGRESS = lazy(r"(?:完成|执行)(?:进度|比例|百分比)")


def row_figures(doc, columns):
    """For each table of ``doc`` and each (ratio, a, b) column triple that ``columns(table)``
    gives, the rows whose three cells all hold a figure: (table, row, k, ratio, a, b)."""
    for t in tables(doc):
        for k, ja, jb in columns(t):
            for row in t.rows:
                if max(k, ja, jb) >= len(row):
                    continue
                p, a, b = row[k].figure, row[ja].figure, row[jb].figure
                if p is not None and a is not None and b is not None:
                    yield t, row, k, p, a, b


def rate_columns(table: Table):
    """(rate column, done column, plan column) triples: 完成率 = 完成 / 计划."""
    for k, head in enumerate(table.header):
        if not RATE_HEADER.search(head.text) and not _PROGRESS.search(head.text):
            continue
        plan = [j for j in range(k) if _PLAN.search(table.column(j)) and not RATE_HEADER.search(table.column(j))]
        done = [j for j in range(k) if _DONE.search(table.column(j)) and not _PLAN.search(table.column(j))
                and not RATE_HEADER.search(table.column(j))]
        if len(plan) == 1 and len(done) == 1:
            yield k, done[0], plan[0]


# a column of growth rates, and the headers of the two periods it compares
GROWTH_HEADER = lazy(r"^(?:同比|较年初|比年初)?(?:增长|增幅|增速|成长|增长率|成长率|增减率|增减幅度|变化率|同比)(?:率|幅度)?\s*(?:[(（]%[)）]|%)?$")
_YEAR_HEADER = lazy(r"^\D{0,4}?(\d{2,4})\s*年(?:度)?(?:[上下]半年|前?[一二三四1-4]季度|1?[0-9]月|[(（][^)）]*[)）])?\s*$")
_OLD_HEADER = lazy(r"^(?:上年|去年|上年同期|去年同期|同期|年初)(?:[(（][^)）]*[)）])?$")
_NEW_HEADER = lazy(r"^(?:本年|今年|本期|当年|本年度|今年以来|(?:1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月末|[一二三四1-4]?季末|本月末|期末)(?:[(（][^)）]*[)）])?$")


def growth_columns(table: Table):
    """(growth column, old column, new column) triples: a 增长率 column after exactly two
    columns of the two periods it compares (111年 / 112年, 上年同期 / 本期), named alike."""
    for k, head in enumerate(table.header):
        if not GROWTH_HEADER.match(head.text):
            continue
        years, olds, news = [], [], []
        for j in range(k):
            h = table.column(j).strip()
            m = _YEAR_HEADER.match(h)
            if m:
                years.append((int(m.group(1)), j))
            elif _OLD_HEADER.match(h):
                olds.append(j)
            elif _NEW_HEADER.match(h):
                news.append(j)
        if len(years) == 2 and not olds and not news:
            (y1, j1), (y2, j2) = sorted(years)
            # the same period of two years (2023年上半年 / 2024年上半年), one year apart
            rest = {table.column(j).strip().replace(str(y), "", 1) for y, j in years}
            if y1 < y2 and len(rest) == 1:
                yield k, j1, j2
        elif not years and len(olds) == 1 and len(news) == 1:
            yield k, olds[0], news[0]


def column_adds_up(table: Table, j: int) -> bool:
    """Whether column ``j`` of the rows above the total row can add up to the total."""
    from ...numbers import Interval

    found = total_row(table)
    if found is None:
        return False
    r, data = found
    whole = table.rows[r][j].figure if j < len(table.rows[r]) else None
    parts = [table.rows[k][j].figure for k in data if j < len(table.rows[k])]
    if whole is None or any(p is None for p in parts):
        return False
    return Interval.total([p.strict() for p in parts]).overlaps(whole.strict())


def ratio_cell_violation(cell: Cell, part: Quantity, whole: Quantity, *, name_zh: str, name_en: str,
                         help_zh: str, help_en: str, related: list):
    """The violation for a percentage cell that is not ``part / whole`` (None when it is),
    graded and worded like the sentence claims: shared by the 占比 and the rate columns."""
    from decimal import Decimal

    from ...types import Span
    from . import _claims as C

    stated = cell.figure
    nominal = part.value / whole.value * 100

    def evaluate(read):
        iv = read(part).ratio(read(whole))
        return iv.scale(Decimal(100)) if iv is not None else None

    sev = C.grade(evaluate, stated, operands=[part, whole], nominal=nominal)
    if sev is None:
        return None
    expected = C.pct(nominal)
    return C.violation(
        Span(cell.start, cell.end),
        f"{name_zh}不符: {part.shown()} / {whole.shown()} = {expected}, 表中写 {stated.shown()}",
        f"{name_en} does not add up: {part.shown()} / {whole.shown()} = {expected}, the table says {stated.shown()}",
        severity=sev,
        help_zh=help_zh,
        help_en=help_en,
        related=related,
        data={"expected": expected, "stated": stated.shown()},
    )
