"""Blank figures whatever the gap width and script, blanks after an enumeration comma, date
parts left blank, and a single ○ / □ standing for a digit."""

from __future__ import annotations

import pytest

from draftlint.testing import positions, spans_text


# --- PH111: a gap before a unit, one space or two, either script -------------------------

@pytest.mark.parametrize("text, blanks", [
    ("本村戶數  戶，常住人口  人。", ["  戶", "  人"]),
    ("本村户数 户，常住人口 人。", [" 户", " 人"]),
    ("抓獲嫌疑人  人，其中外地人員12人。", ["  人"]),
    ("抓获嫌疑人 人，", [" 人"]),
    ("全年受理案件共  件，結案  件。", ["  件", "  件"]),
    ("全年受理案件共\u3000\u3000件，结案\u3000件。", ["\u3000\u3000件", "\u3000件"]),
])
def test_ph111_gap_width_and_script_do_not_matter(text, blanks):
    assert spans_text("PH111", text) == blanks


@pytest.mark.parametrize("text", [
    "姓  名：王明",
    "联 系 人：李华",
    "人  数\t12",
    "户数 户\n",  # a table header cell
    "共  件",  # a short label line, as in a form
    "其中外地人员12人，人人参与。",
])
def test_ph111_spaced_labels_and_filled_counts_stay_quiet(text):
    assert positions("PH111", text) == []


# --- PH111: the items after an enumeration comma ----------------------------------------

@pytest.mark.parametrize("text, blanks", [
    ("涉及个镇、个村，", ["个", "个"]),
    ("涉及個鎮、個村、個組。", ["個", "個", "個"]),
    ("覆盖  个乡镇、  个行政村。", ["  个", "  个"]),
    ("新上项目个,其中个已开工。", ["个", "个"]),
    ("涉及个镇和个村。", ["个", "个"]),
    ("涉及個鎮及個村。", ["個", "個"]),
    ("新建个村级活动场所和条道路。", ["个", "条"]),
])
def test_ph111_each_blank_of_an_enumeration(text, blanks):
    assert spans_text("PH111", text) == blanks


@pytest.mark.parametrize("text, blanks", [
    ("涉及3个镇、5个村。", []),
    ("涉及个镇、个别村民反映问题。", ["个"]),
    ("涉及个镇、各村均已完成。", ["个"]),
    ("涉及个镇，个人住房未受损。", ["个"]),
    ("涉及个镇和个人住房。", ["个"]),
    ("涉及个镇和谐发展。", ["个"]),
])
def test_ph111_enumeration_stays_quiet_on_filled_items_and_words(text, blanks):
    assert spans_text("PH111", text) == blanks


# --- PH111: a date with a part left blank -----------------------------------------------

@pytest.mark.parametrize("text, blank", [
    ("于1月 日召开动员会。", "月 日"),
    ("于2023年5月  日前完成。", "月  日"),
    ("材料報送時間為2023年  月5日。", "年  月5日"),
    ("  年  月  日", "年  月  日"),
    ("二〇二三年  月  日", "年  月  日"),
    ("  年3月  日", "年3月  日"),
    ("于3月 号前上报。", "月 号"),
])
def test_ph111_blank_date_part(text, blank):
    assert spans_text("PH111", text) == [blank]


@pytest.mark.parametrize("text", [
    "日常工作于3月 日常态化开展。",
    "1月 日本代表团来访。",
    "每 月 日常巡查不少于两次。",
    "2023年6月30日",
    "今年 3月5日召开",
])
def test_ph111_dates_that_are_filled_or_not_dates_stay_quiet(text):
    assert positions("PH111", text) == []


def test_ph101_keeps_the_date_with_a_placeholder_year():
    assert spans_text("PH101", "20XX年3月  日") == ["20XX"]


def test_ph111_blank_day_after_a_placeholder_year_is_its_own_finding():
    assert spans_text("PH111", "20XX年3月  日") == ["月  日"]


# --- PH101: a single ○ / □ for a digit --------------------------------------------------

@pytest.mark.parametrize("text, slots", [
    ("新增監控探頭○台，組織巡邏共○人次。", ["○", "○"]),
    ("共○人参加，2○人获奖。", ["○", "2○"]),
    ("2○人參加義務巡防。", ["2○"]),
    ("投资1□5万元，共有□个村。", ["1□5", "□"]),
    ("于2023年○月○日召开。", ["2023年○月○日"]),
    ("每人发放○万元补贴。", ["○"]),
])
def test_ph101_single_mark_in_a_number_slot(text, slots):
    assert spans_text("PH101", text) == slots


@pytest.mark.parametrize("text", [
    "○ 加强领导",
    "○加强组织领导",
    "○人员培训到位",
    "○台账管理规范",
    "二○二三年六月",
    "一九九○年",
    "○○○○○○○○○○",
    "在选项上打○的为必选，在□内打勾。",
    "请在相应□内填写。",
    "□是 □否",
    "评价：○优秀 ○良好",
])
def test_ph101_single_mark_as_bullet_box_or_zero_stays_quiet(text):
    assert positions("PH101", text) == []


@pytest.mark.parametrize("text", [
    "| 项目 | 计划投资(万元) | 完成投资（万元） |",
    "全年完成投资（万元）：1200",
    "表2 各村收入情况【万元】",
])
def test_ph111_a_unit_in_brackets_labels_a_column_or_figure(text):
    assert positions("PH111", text) == []


@pytest.mark.parametrize("text, expected", [
    ("述职报告\n——年月日在县第二届人民代表大会第三次会议上\n", [(2, 3)]),
    ("述職報告\n（年月日）\n", [(2, 2)]),
    ("報告人：張三\n年月日\n", [(2, 1)]),
    ("请在表中填写出生年月日。\n", []),
    ("记录格式为年月日时分。\n", []),
])
def test_ph111_a_date_with_no_figures_at_all(text, expected):
    assert positions("PH111", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("推进农业水价综合改革，完成改革面积万亩。\n", ["万亩"]),
    ("全县粮食產量萬噸，較上年增長。\n", ["萬噸"]),
    ("启动应急演练个村次，转移群众1260人。\n", ["个"]),
    ("完成抽检任务 批次，重点做好节日市场检查。\n", [" 批次"]),
    ("种植面积万亩以上的基地3个。\n", []),
    ("万元GDP用水量下降4.1%，万元工业增加值用水量下降5.2%。\n", []),
    ("共抽检食品样品120批次。\n", []),
])
def test_ph111_more_figures_left_out(text, expected):
    assert spans_text("PH111", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("举办“乐购”消费季活动场,发放消费券1,200万元。\n", [(1, 12)]),
    ("开展专项整治,检查场所家,整改隐患2,917处。\n", [(1, 12)]),
    ("完成电梯、消防、供水等设施设备维保次,更换老化水泵4台。\n", [(1, 18)]),
    ("受理群众来信来访86件次,检查企业128家次,办理专业训练两梯次。\n", []),
    ("| 检查企业(家次) | 128 |\n", []),
    ("本文来源于范文之家,全年走访农户。\n", []),
    ("组织山洪灾害防御演练12个村次,培训干部300人次。\n", []),
])
def test_ph111_other_measure_words_closing_a_clause(text, expected):
    assert positions("PH111", text) == expected
