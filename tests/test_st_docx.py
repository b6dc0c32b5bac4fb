"""ST rules on a .docx draft: each paragraph and table cell is a line and a paragraph of its own."""

import io

import docx

from draftlint.load import load_bytes
from draftlint.rules import registry
from draftlint.testing import rule_options


def _findings(paragraphs, cells):
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    table = d.add_table(rows=len(cells), cols=2)
    for i, (a, b) in enumerate(cells):
        table.cell(i, 0).text, table.cell(i, 1).text = a, b
    d.add_paragraph("二、存在问题")
    buf = io.BytesIO()
    d.save(buf)
    doc = load_bytes(buf.getvalue(), "draft.docx")
    out = []
    for code, rule in registry().items():
        if rule.family == "ST" and rule.scope == "document":
            out += [(doc.position(v.span.start).line, doc.position(v.span.start).column, code)
                    for v in rule.check(doc, rule_options(code))]
    return sorted(out)


def test_docx_paragraphs_and_table_cells():
    found = _findings(
        ["一、工作回顾", "(一)经济指标", "完成“双过半目标,成效明显。", "(三)城镇建设", "推进“四无”村创建,",
         "群众满意。"],
        [("序号", "项目"), ("1", "道路"), ("3", "管网")],
    )
    # a quote is never carried over to the next Word paragraph; bare numbers in a table are not items
    assert found == [(3, 3, "ST201"), (4, 1, "ST101")]
