"""AR rules read the tables of a Word document like Markdown tables: a 合计 row against the
rows above it, a 占比 column against its counts, a 完成率 column against 完成 and 计划."""

from __future__ import annotations

import io

import pytest

from draftlint.load import load_bytes
from draftlint.rules import get
from draftlint.testing import rule_options

docx = pytest.importorskip("docx")

LIVING = [
    ["居住方式", "人数", "占比"],
    ["独居", "45", "18.5%"],
    ["仅与配偶同住", "103", "42.4%"],
    ["与子女同住", "95", "39.1%"],
    ["合计", "243", "100%"],
]
PROJECTS = [
    ["项目", "计划投资(万元)", "完成投资(万元)", "完成率"],
    ["道路", "1200", "960", "80%"],
    ["水利", "800", "720", "90%"],
    ["合计", "2000", "1680", "84%"],
]


def _docx(*tables, merged: bool = False) -> bytes:
    d = docx.Document()
    d.add_paragraph("2023年度养老服务工作情况")
    d.add_paragraph("本次入户调查覆盖全镇6个村,共调查60岁以上老年人243人。")
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                t.cell(i, j).text = value
        if merged:
            t.cell(0, 0).merge(t.cell(0, 1))
        d.add_paragraph("以上为统计情况。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _found(data: bytes) -> list[tuple[str, str]]:
    doc = load_bytes(data, "report.docx")
    out = []
    for code in ("AR101", "AR102", "AR122"):
        for v in get(code).check(doc, rule_options(code)):
            out.append((code, doc.text[v.span.start:v.span.end]))
    return sorted(out)


def _with(rows, r, c, value):
    rows = [list(row) for row in rows]
    rows[r][c] = value
    return rows


def test_correct_word_tables_draw_nothing():
    assert _found(_docx(LIVING, PROJECTS)) == []


def test_wrong_share_cell():
    assert _found(_docx(_with(LIVING, 2, 2, "48.4%"), PROJECTS)) == [("AR101", "48.4%")]


def test_wrong_total_row():
    assert _found(_docx(_with(LIVING, 4, 1, "253"), PROJECTS)) == [("AR122", "253")]
    # a wrong total also makes the total row's own rate wrong
    assert _found(_docx(LIVING, _with(PROJECTS, 3, 2, "1780"))) == [("AR102", "84%"), ("AR122", "1780")]


def test_wrong_completion_rate():
    assert _found(_docx(LIVING, _with(PROJECTS, 2, 3, "95%"))) == [("AR102", "95%")]


def test_table_with_merged_cells_is_not_read():
    assert _found(_docx(_with(LIVING, 4, 1, "253"), merged=True)) == []
