"""Reading .docx files with python-docx.

Body paragraphs and table cells (nested tables too) are read in reading order; each
paragraph becomes one line of the Document, so a finding's line number is the
paragraph's ordinal (1-based, counting table-cell paragraphs and empty paragraphs).

Besides the text, the reader records in ``Document.meta``:

``sdt_placeholders``  spans of text inside content controls that still show their
                      placeholder (``w:showingPlcHdr``), e.g. 单击或点击此处输入文字。
``highlighted``       spans of runs with highlighting (``w:highlight``), which templates
                      use to mark text to be replaced.
``tables``            every table (nested ones too) as rows of cells, each cell the span
                      of its text (its paragraphs joined by line breaks), so that rules
                      can read a table by rows and columns.
"""

from __future__ import annotations

import io
import zipfile

from ..document import Document
from ..types import Span
from . import LoadError

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _open(data: bytes, path: str):
    if data.startswith(_OLE_MAGIC):
        raise LoadError(
            "DL002",
            "文件受密码保护(已加密), 或是改了扩展名的旧版 .doc: 请去掉密码或另存为 .docx",
            "the file is password-protected (encrypted) or a legacy .doc renamed: remove the password or save as .docx",
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError("DL002", "不是有效的 .docx 文件 (已损坏或不是 Word 文档)", "not a valid .docx (corrupt, or not a Word document)")
    import docx  # lazily: only .docx inputs pay for python-docx and lxml
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise LoadError("DL002", f"无法打开 .docx: {exc}", f"cannot open .docx: {exc}") from None
    except Exception as exc:  # lxml.etree.XMLSyntaxError and other damage inside the package
        raise LoadError("DL002", f".docx 内容已损坏: {type(exc).__name__}", f"damaged .docx content: {type(exc).__name__}") from None


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offset = 0
        self.placeholders: list[Span] = []
        self.highlighted: list[Span] = []
        self.tables: list[list[list[Span]]] = []

    def paragraph(self, p, in_placeholder: bool) -> None:
        if self.parts:
            self.parts.append("\n")
            self.offset += 1
        for el in p.iter():
            tag = el.tag
            if tag == _W + "t":
                text = el.text or ""
            elif tag == _W + "tab":
                text = "\t"
            elif tag in (_W + "br", _W + "cr"):
                text = " "
            else:
                continue
            if not text:
                continue
            span = Span(self.offset, self.offset + len(text))
            if in_placeholder or _in_placeholder_sdt(el, p):
                self.placeholders.append(span)
            if _highlighted(el):
                self.highlighted.append(span)
            self.parts.append(text)
            self.offset += len(text)

    def block(self, parent, in_placeholder: bool = False) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == _W + "p":
                self.paragraph(child, in_placeholder)
            elif tag == _W + "tbl":
                table: list[list[Span]] = []
                self.tables.append(table)
                for row in child.iterchildren(_W + "tr"):
                    cells: list[Span] = []
                    for cell in row.iterchildren(_W + "tc"):
                        start = self.offset + (1 if self.parts else 0)
                        self.block(cell, in_placeholder)
                        cells.append(Span(min(start, self.offset), self.offset))
                    table.append(cells)
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.block(content, in_placeholder or _shows_placeholder(child))
            elif tag in (_W + "customXml", _W + "ins", _W + "smartTag"):
                self.block(child, in_placeholder)


def _shows_placeholder(sdt) -> bool:
    pr = sdt.find(_W + "sdtPr")
    return pr is not None and pr.find(_W + "showingPlcHdr") is not None


def _in_placeholder_sdt(el, stop) -> bool:
    node = el.getparent()
    while node is not None and node is not stop:
        if node.tag == _W + "sdt" and _shows_placeholder(node):
            return True
        node = node.getparent()
    return False


def _highlighted(el) -> bool:
    run = el.getparent()
    if run is None or run.tag != _W + "r":
        return False
    rpr = run.find(_W + "rPr")
    if rpr is None:
        return False
    hl = rpr.find(_W + "highlight")
    return hl is not None and hl.get(_W + "val", "none") != "none"


def load_docx(data: bytes, path: str) -> Document:
    document = _open(data, path)
    builder = _Builder()
    builder.block(document.element.body)
    meta = {"sdt_placeholders": builder.placeholders, "highlighted": builder.highlighted, "tables": builder.tables}
    return Document("".join(builder.parts), path=path, kind="docx", meta=meta)
