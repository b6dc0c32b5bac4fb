"""PH101 on dates with blank parts, and Markdown bold written with Chinese punctuation.

A date whose parts are blanks is one blank: a reviewer marks ``20XX年X月X日`` once, not three
times. Separate quantities and separate dates stay separate findings. In Markdown, a ``**…**``
pair that CommonMark leaves open only because of full-width punctuation is bold, as its author
meant; in a .txt the same stars are blanks.
"""

from __future__ import annotations

import pytest

from draftlint.testing import positions, spans_text


@pytest.mark.parametrize("text, date", [
    ("经研究，定于20XX年X月X日上午召开全镇工作会议。", "20XX年X月X日"),
    ("經研究，定於20XX年X月X日上午召開全鎮工作會議。", "20XX年X月X日"),
    ("请于X月X日前报送自查报告。", "X月X日"),
    ("請於X月X日前報送自查報告。", "X月X日"),
    ("本项目于20××年××月××日竣工验收。", "20××年××月××日"),
    ("截至XXXX年XX月，全镇共有规模以上企业26家。", "XXXX年XX月"),
    ("截至XXXX年XX月，全鎮共有規模以上企業26家。", "XXXX年XX月"),
    ("会议定于2023年x月x日召开。", "2023年x月x日"),
    ("自20**年**月起执行新标准。", "20**年**月"),
    ("会议于20XX.XX.XX在县委党校召开。", "20XX.XX.XX"),
    ("會議於XXXX/XX/XX在縣委黨校召開。", "XXXX/XX/XX"),
    ("签发日期：2023.XX.XX", "2023.XX.XX"),
])
def test_ph101_a_date_with_blank_parts_is_one_finding(text, date):
    assert spans_text("PH101", text) == [date]


def test_ph101_separate_quantities_stay_separate():
    text = "全镇共有党员xxxx人，下设x所党校、xx个党支部。"
    assert spans_text("PH101", text) == ["xxxx", "x", "xx"]


def test_ph101_two_dates_on_one_line_are_two_findings():
    text = "活动自20XX年X月X日开始，至20XX年X月X日结束。\n检查时段为20××年××月××日至20××年××月××日。\n"
    assert positions("PH101", text) == [(1, 4), (1, 17), (2, 6), (2, 18)]


def test_ph101_a_blank_year_alone_keeps_its_own_span():
    assert spans_text("PH101", "20XX年全镇实现地区生产总值12亿元，2023年3月完成验收。") == ["20XX"]


def test_ph101_real_dates_and_versions_stay_quiet():
    text = "2023年5月12日召开会议，3月8日前完成整改，2023.05.12起施行，系统升级到2.x.x版本，IP为192.168.x.x。"
    assert positions("PH101", text) == []


@pytest.mark.parametrize("line", [
    "**（二）民生服务方面：**继续推进居家养老服务。",
    "**（二）民生服務方面：**繼續推進居家養老服務。",
    "**一、主要成效。**全年完成固定资产投资1.2亿元。",
    "**注意：**请于月底前报送材料。",
    "__有关要求：__请各单位按时报送。",
    "**重点任务：**2024年完成改造。",
])
def test_ph101_markdown_bold_with_chinese_punctuation_is_bold(line):
    assert positions("PH101", line + "\n", kind="md") == []


def test_ph101_the_same_stars_in_txt_are_blanks():
    assert positions("PH101", "**（二）民生服务方面：**继续推进居家养老服务。\n") == [(1, 1), (1, 13)]


@pytest.mark.parametrize("line, flagged", [
    ("20**年上半年,**镇党委召开会议。", ["20**", "**"]),  # a year's blank opens nothing
    ("姓名__，日期__。", ["__", "__"]),  # no bold starts with a comma
    ("全镇共举办** 场活动，参与群众**人次。", ["**", "**"]),  # no bold starts with a space
    ("我镇**年上半年完成,**个项目。", ["**", "**"]),  # glued to the word before: no bold opens
    ("日期：____年__月__日", ["____年__月__日"]),  # a form's blank date stays one blank
    ("参加单位：**镇、**村、**社区。", ["**", "**", "**"]),  # a list of blanks, no bold ends with 、
])
def test_ph101_markdown_blanks_that_are_no_bold_pair(line, flagged):
    assert spans_text("PH101", line + "\n", kind="md") == flagged
