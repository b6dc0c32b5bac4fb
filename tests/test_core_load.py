"""Reading real office files: encodings and .docx."""

import io

import pytest

from draftlint.load import LoadError, load_bytes, load_path

TEXT = "镇政府上半年工作总结\n现将xx镇工作总结如下。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gbk", "gb18030"])
def test_text_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / "draft.txt"
    path.write_bytes(TEXT.encode(encoding))
    doc = load_path(str(path))
    assert doc.text == TEXT


def test_big5_traditional_text_is_detected(tmp_path):
    text = "鄉鎮上半年工作總結,現將全鄉招商引資工作情況匯報如下。"
    path = tmp_path / "draft.txt"
    path.write_bytes(text.encode("big5"))
    assert load_path(str(path)).text == text


def test_forced_encoding_that_does_not_fit_is_a_decode_error(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(TEXT.encode("gbk"))
    with pytest.raises(LoadError) as err:
        load_path(str(path), encoding="utf-8")
    assert err.value.code == "DL001"


def test_binary_file_is_a_decode_error():
    with pytest.raises(LoadError) as err:
        load_bytes(bytes(range(256)) * 4, "x.txt")
    assert err.value.code == "DL001"


def _docx_bytes(build) -> bytes:
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_reading_order():
    def build(d):
        d.add_paragraph("一、基本情况")
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "项目个数"
        table.cell(0, 1).text = "12"
        d.add_paragraph("二、存在问题")

    doc = load_bytes(_docx_bytes(build), "a.docx")
    assert doc.kind == "docx"
    assert [line.text for line in doc.lines] == ["一、基本情况", "项目个数", "12", "二、存在问题"]


def test_docx_highlighted_runs_are_recorded():
    from docx.enum.text import WD_COLOR_INDEX

    def build(d):
        p = d.add_paragraph("负责人:")
        run = p.add_run("张三")
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    doc = load_bytes(_docx_bytes(build), "a.docx")
    (span,) = doc.meta["highlighted"]
    assert doc.slice(span) == "张三"


def test_docx_content_control_showing_placeholder_is_recorded():
    from docx.oxml import parse_xml

    def build(d):
        p = d.add_paragraph("单位:")
        sdt = parse_xml(
            '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
            "<w:sdtContent><w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>"
        )
        p._p.append(sdt)

    doc = load_bytes(_docx_bytes(build), "a.docx")
    assert doc.text == "单位:单击或点击此处输入文字。"
    (span,) = doc.meta["sdt_placeholders"]
    assert doc.slice(span) == "单击或点击此处输入文字。"


@pytest.mark.parametrize(
    "data",
    [b"not a zip at all", b"PK\x03\x04 truncated zip", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512],
    ids=["garbage", "truncated", "encrypted-or-doc"],
)
def test_broken_docx_is_dl002(data):
    with pytest.raises(LoadError) as err:
        load_bytes(data, "broken.docx")
    assert err.value.code == "DL002"


def test_zip_that_is_not_a_word_document_is_dl002():
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(LoadError) as err:
        load_bytes(buf.getvalue(), "fake.docx")
    assert err.value.code == "DL002"


def test_legacy_doc_is_dl002():
    with pytest.raises(LoadError) as err:
        load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old.doc")
    assert err.value.code == "DL002"


def test_docx_tables_are_recorded_by_rows_and_cells():
    def build(d):
        d.add_paragraph("表1")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "项目"
        table.cell(0, 1).text = "金额"
        table.cell(1, 0).text = "合计"
        table.cell(1, 1).text = "1318万元"

    doc = load_bytes(_docx_bytes(build), "a.docx")
    (table,) = doc.meta["tables"]
    assert [[doc.slice(cell) for cell in row] for row in table] == [["项目", "金额"], ["合计", "1318万元"]]
