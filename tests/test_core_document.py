from draftlint.document import Document
from draftlint.types import Position, Span


def test_every_kind_of_line_break_ends_a_line():
    doc = Document("一\r\n二\r三\n\n四")
    assert [line.text for line in doc.lines] == ["一", "二", "三", "", "四"]
    assert doc.position(doc.text.index("三")) == Position(3, 1)
    assert doc.position(doc.text.index("四")) == Position(5, 1)


def test_columns_count_characters_not_bytes_or_cells():
    doc = Document("工作总结xx镇")
    assert doc.position(4) == Position(1, 5)
    assert doc.end_position(Span(4, 7)) == Position(1, 8)


def test_end_position_stays_on_the_span_last_line():
    doc = Document("甲乙\n丙丁")
    # a span ending right before the line break ends on line 1
    assert doc.end_position(Span(0, 2)) == Position(1, 3)
    assert doc.end_position(Span(1, 5)) == Position(2, 3)


def test_simplified_keeps_offsets():
    text = "鄉鎮項目個,小編整理。20XX年"
    doc = Document(text)
    assert len(doc.simplified) == len(text)
    assert doc.simplified.startswith("乡镇项目个")
    assert doc.simplified.index("20XX") == text.index("20XX")


def test_blocks_are_runs_of_non_blank_lines():
    doc = Document("标题\n\n第一行\n第二行\n\n末段")
    assert [[l.text for l in b] for b in doc.blocks] == [["标题"], ["第一行", "第二行"], ["末段"]]


def test_character_table_matches_opencc():
    pytest = __import__("pytest")
    pytest.importorskip("opencc")
    from draftlint.script import opencc_pairs, table

    assert table() == {ord(a): b for a, b in opencc_pairs()}


def test_conversion_does_not_load_opencc():
    import subprocess
    import sys

    code = (
        "import sys; from draftlint.document import Document; "
        "d = Document('鄉鎮上半年工作總結'); assert d.simplified == '乡镇上半年工作总结'; "
        "print('opencc' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_place_agrees_with_position_and_end_position():
    # every span of a text with each kind of line break, empty lines and a span past the end
    text = "一二\r\n\r\n三\n四五六\r七\n"
    doc = Document(text)
    spans = [Span(s, e) for s in range(len(text) + 2) for e in range(s, len(text) + 3)]
    for span in spans:
        start, end, line = doc.place(span)
        assert start == doc.position(span.start), span
        assert end == doc.end_position(span), span
        assert line == doc.line_of(min(span.start, len(text))), span


def test_the_dense_conversion_table_converts_as_the_dict(monkeypatch):
    from draftlint import script

    bmp = "".join(sorted(c for c in script.traditional_chars() if ord(c) < 0x10000))
    astral = "".join(sorted(c for c in script.traditional_chars() if ord(c) >= 0x10000))
    assert astral  # (else the second text tests nothing)
    texts = [f"总结：{bmp}，abc 123。", f"{bmp[:50]}{astral}二〇二四年", "𠀀" + bmp[-20:]]
    expected = [t.translate(script.table()) for t in texts]
    monkeypatch.setattr(script, "_translated", script._DENSE_AFTER)  # (a process that converted a lot)
    assert [script.to_simplified(t) for t in texts] == expected
    assert script._dense_table()[ord(bmp[0])] == ord(script.table()[ord(bmp[0])])


def test_lines_split_at_newlines_alone_as_at_every_break():
    # the \n-only fast path gives what the general one gives for the same text with \r\n
    for text in ["", "\n", "一\n\n二三\n", "a\nb", "\n\n末行"]:
        plain, crlf = Document(text), Document(text.replace("\n", "\r\n"))
        assert [ln.text for ln in plain.lines] == [ln.text for ln in crlf.lines]
        assert [ln.number for ln in plain.lines] == list(range(1, len(plain.lines) + 1))
        assert all(text[ln.start : ln.end] == ln.text for ln in plain.lines)
        assert all(ln.end + 1 == nxt.start for ln, nxt in zip(plain.lines, plain.lines[1:]))
        assert plain._line_starts == [ln.start for ln in plain.lines]
