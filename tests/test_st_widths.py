"""ST rules see full-width and ASCII forms of the same mark alike, and traditional script as
simplified: ``（一）``/``(一)``, ``，。``/``,。``/``，.``, ``［］``/``[]``, ``％ｏ``/``%o``."""

import pytest
from opencc import OpenCC

from draftlint.testing import positions, spans_text

TRADITIONAL = OpenCC("s2t").convert


@pytest.mark.parametrize("script", [str, TRADITIONAL], ids=["simplified", "traditional"])
@pytest.mark.parametrize(
    "marker, found",
    [
        ("（{}）", "（3）"), ("({})", "(3)"), ("（{})", "（3)"), ("（{}）", "（３）"),
        ("{}、", "3、"), ("{}．", "3．"), ("{}.", "3."),
    ],
)
def test_arabic_numbering_gap_in_every_width(script, marker, found):
    one, three = marker.format("1"), marker.format("3")
    if "３" in found:
        one, three = marker.format("１"), marker.format("３")
    text = script(f"{one}抓招商引资，全年引进项目六个。\n{three}抓优化服务，办结事项两百件。\n")
    assert spans_text("ST101", text) == [found]


@pytest.mark.parametrize("script", [str, TRADITIONAL], ids=["simplified", "traditional"])
@pytest.mark.parametrize("open_, close", [("（", "）"), ("(", ")"), ("（", ")"), ("(", "）")])
def test_chinese_numbered_headings_in_every_width(script, open_, close):
    text = script(f"一、主要成绩\n{open_}一{close}加强领导\n内容充实。\n{open_}三{close}完善机制\n内容充实。\n")
    assert positions("ST101", text) == [(4, 1)]
    ocr = script(f"一、主要成绩\n{open_}一{close}加强领导\n内容充实。\n{open_}-{close}完善机制\n内容充实。\n")
    assert positions("ST102", ocr) == [(4, 2)]


@pytest.mark.parametrize("script", [str, TRADITIONAL], ids=["simplified", "traditional"])
def test_clashing_marks_in_every_width(script):
    text = script("跑省进市主动招商，。引进项目6个,。签约资金到位；。完成任务;。成效明显，.群众满意,.好评较多。.\n")
    assert spans_text("ST301", text) == ["，。", ",。", "；。", ";。", "，.", ",.", "。."]


def test_lone_ascii_dot_is_only_a_mark_where_it_stands_alone():
    quiet = ("完成投资1.2亿元，增长3.5%。编号No.，见附件。他说……好的...，然后说。。。\n"
             "执行标准e.g.，参照版本2.0.1，访问 http://a.cn/x.,y 查看。省略号. . .后文。\n")
    assert positions("ST301", quiet) == []


@pytest.mark.parametrize("script", [str, TRADITIONAL], ids=["simplified", "traditional"])
def test_full_width_square_brackets_pair_like_ascii_ones(script):
    assert spans_text("ST201", script("根据县政府办发［2020］12号文件精神，结合实际。\n")) == []
    assert spans_text("ST201", script("根据县政府办发[2020］12号和〖2021〗3号文件精神。\n")) == []
    assert spans_text("ST201", script("根据县政府办发［2020号文件精神，结合实际。\n")) == ["［"]
    assert spans_text("ST201", script("根据县政府办发〖2020号文件精神，结合实际。\n")) == ["〖"]
    assert spans_text("ST201", script("根据县政府办发(2020］号文件精神，结合实际。\n")) == ["］"]


@pytest.mark.parametrize("script", [str, TRADITIONAL], ids=["simplified", "traditional"])
def test_malformed_figures_with_full_width_letters(script):
    text = script("人口自然增长率控制在5.2％ｏ以内，出生率6.1%Ｏ，于２Ｏ２２年建成，于2Ｏ21年立项。\n")
    assert spans_text("ST311", text) == ["％ｏ", "%Ｏ", "２Ｏ２２", "2Ｏ21"]


def test_full_width_chemical_formulas_and_words_are_quiet():
    text = "减少ＣＯ２和Ｈ２Ｏ排放，型号Ａ１Ｏ２，增长５％，占比５％ｏｆ总量。\n"
    assert positions("ST311", text) == []


@pytest.mark.parametrize("script", [str, TRADITIONAL], ids=["simplified", "traditional"])
def test_quotes_in_every_width(script):
    assert spans_text("ST202", script("他说“四无“是标准。他说「三有「也是。\n")) == ["“", "「"]
    assert spans_text("ST203", script('他说"好啊”，大家都说。\n又说＂好的”，大家都说。\n')) == ['"', "＂"]
    assert spans_text("ST312", script("占全年任务的60 %，占比６０　％。\n")) == ["60 %", "６０\u3000％"]


@pytest.mark.parametrize("script", [str, TRADITIONAL], ids=["simplified", "traditional"])
@pytest.mark.parametrize("sep", ["、", "．", "."])
def test_heading_merged_into_a_paragraph_in_every_width(script, sep):
    cn = script(f"一{sep}主要成效\n全年完成投资2.5亿元。\n全年共召开会议六次，有效促进了发展。二{sep}成立了机构。\n三{sep}下步打算\n内容充实。\n")
    assert spans_text("ST104", cn) == [f"二{sep}"]
    ar = script(f"1{sep}主要成效。\n全年完成投资2.5亿元。\n全年共召开会议六次，有效促进了发展。2{sep}成立了机构。\n3{sep}下步打算。\n")
    assert spans_text("ST104", ar) == [f"2{sep}"]


def test_ascii_dot_is_not_taken_for_a_merged_heading_in_a_draft_numbered_with_dun():
    text = "1、主要成效。\n全年完成投资2.5亿元，比上年增长2.成效明显。\n3、下步打算。\n"
    assert positions("ST104", text) == []
    assert spans_text("ST101", text) == ["3、"]


@pytest.mark.parametrize("stop", ["。", ".", "．"])
def test_inline_items_after_a_full_stop_of_any_width(stop):
    text = f"主要做法：（1）加强组织领导{stop}（3）完善工作机制{stop}\n"
    assert spans_text("ST101", text) == ["（3）"]
    assert positions("ST101", text.replace("（3）", "（2）")) == []


@pytest.mark.parametrize("quote", ["”", '"', "＂"])
def test_inline_enumeration_after_a_closing_quote_of_any_width(quote):
    text = f"他强调：“要抓好落实{quote}一是加强领导；三是完善机制。\n"
    assert spans_text("ST101", text) == ["三是"]
    assert positions("ST101", text.replace("三是", "二是")) == []
