"""PH1 rules, second round: compound year slots, counts after a whole area, list items left
out (PH113), a gap before an organisation — each in both scripts, with the prose that must
stay quiet."""

from __future__ import annotations

import pytest

from draftlint.testing import positions, spans_text


# --- PH101 compound slots ------------------------------------------------------------------

def test_ph101_school_year_and_span_of_years_are_one_blank_each():
    text = "现将20XX/XX学年第一学期工作总结如下。\n20XX-20XX年度考核结果为XX/XX。\n"
    assert spans_text("PH101", text) == ["20XX/XX", "20XX-20XX", "XX/XX"]


def test_ph101_compound_slots_in_traditional_script():
    text = "20xx/xx學年度工作計劃，20XX至20XX年發展規劃。"
    assert spans_text("PH101", text) == ["20xx/xx", "20XX至20XX"]


@pytest.mark.parametrize("text", ["详见www.xx.com/abc。", "采用x/y坐标表示。", "型号为XX/B的设备。"])
def test_ph101_slashes_in_addresses_and_codes_stay_quiet(text):
    assert positions("PH101", text) == []


# --- PH111 a count missing after a whole area ---------------------------------------------

def test_ph111_measure_word_after_a_whole_area():
    text = "目前辖区个社区全部建成党群服务中心，全镇个村实现通硬化路，我县家企业入选。\n"
    assert spans_text("PH111", text) == ["个", "个", "家"]


def test_ph111_after_a_whole_area_in_traditional_script():
    assert spans_text("PH111", "全鄉個村已完成改造，轄區個社區通過驗收。") == ["個", "個"]


@pytest.mark.parametrize("text", [
    "全镇个体工商户达1200户。",
    "推动全市场化运作。",
    "全镇家家户户通自来水。",
    "全县个别村组进展缓慢。",
    "辖区内共有12个社区。",
    "全村次年实现脱贫。",
    "全县套种玉米2万亩，全镇场镇改造基本完成，全县台区改造有序推进。",
    "全区个税收入增长，全市批发零售业回暖，我县条块结合。",
])
def test_ph111_words_after_a_whole_area_stay_quiet(text):
    assert positions("PH111", text) == []


@pytest.mark.parametrize("text", [
    "乡镇工作总结 篇1\n今年以来，我镇……\n",
    "乡镇工作总结 篇一\n今年以来，我镇……\n",
    "鄉鎮工作總結 篇二：\n今年以來，我鎮……\n",
])
def test_ph111_article_labels_of_a_collection_are_not_blank_counts(text):
    assert positions("PH111", text) == []


def test_ph111_a_gap_before_pian_is_still_a_blank():
    assert spans_text("PH111", "全年共撰写调研报告 篇。") == [" 篇"]


# --- PH113 list items left out ------------------------------------------------------------

def test_ph113_commas_with_nothing_between_them():
    text = "成立工作专班，由、、同志组成，联合、、等单位开展联合检查。\n"
    assert spans_text("PH113", text) == ["、、", "、、"]


def test_ph113_first_or_last_item_missing():
    text = "由、张明同志负责日常工作，联合公安、等部门开展整治。\n"
    assert spans_text("PH113", text) == ["、", "、"]


def test_ph113_traditional_script():
    assert positions("PH113", "成立工作專班，由、、同志組成。\n聯合、、等單位開展檢查。") == [(1, 9), (2, 3)]


@pytest.mark.parametrize("text", [
    "一、等级评定\n二、等次确定\n",
    "公安、交通、市场监管等部门参加。",
    "由张明、李华同志组成。",
    "1、等待上级批复。",
    "各位领导、同志们：",
    "社会祥和、稳定，义务教育普及、巩固。",
])
def test_ph113_numbering_and_full_lists_stay_quiet(text):
    assert positions("PH113", text) == []


# --- PH112 a place name missing before a local body ----------------------------------------

def test_ph112_gap_before_a_local_body():
    text = "我代表 镇人民政府，向大会报告工作。按照 县委统一部署，由 乡党委牵头。\n"
    assert spans_text("PH112", text) == [" 镇人民政府", " 乡党委"]


def test_ph112_gap_before_a_local_body_in_traditional_script():
    assert spans_text("PH112", "我代表 鎮人民政府向大會報告工作。") == [" 鎮人民政府"]


@pytest.mark.parametrize("text", [
    "我代表镇人民政府，向大会报告工作。",
    "填报单位： 镇人民政府",
    "青山县 桃源镇人民政府",
    "各 镇人民政府要高度重视。",
    "    镇人民政府\n  2023年7月5日\n",
])
def test_ph112_bodies_named_without_a_gap_stay_quiet(text):
    assert positions("PH112", text) == []


# --- PH101: ** before a unit in Markdown is a blank number, not bold ----------------------------

def test_ph101_star_pairs_before_units_in_markdown_are_blank_numbers():
    text = ("## 存在的问题\n\n"
            "- 人员不足，现有在编人员**人，其中执业医师**人，难以满足需求；\n"
            "- 全镇共有**个村，其中脱贫村**個。\n")
    assert positions("PH101", text, kind="md") == [(3, 14), (3, 24), (4, 7), (4, 17)]


@pytest.mark.parametrize("line", [
    "完成了**三项**任务。",
    "共有**五十**人参加。",
    "现有**党员**人数稳步增加。",
    "在编人员**128**人。",
    "**全年**共完成项目12个。",
])
def test_ph101_bold_next_to_units_in_markdown_stays_quiet(line):
    assert positions("PH101", f"## 概况\n\n{line}\n", kind="md") == []


# --- PH121: a lone 0 counting work done ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("开展专项行动3次，出动执法人员0人次，检查经营门店0家，立案查处案件0起。\n", [(1, 16), (1, 26)]),
    ("開展專項行動3次，出動執法人員0人次，檢查經營門店0家。\n", [(1, 16), (1, 26)]),
    ("上半年共清理垃圾0吨，拆除违章建筑35处。\n", [(1, 9)]),
    ("全年发生安全事故0起，群众投诉0件，重大隐患0处。\n", []),
    ("全年新增贫困人口0人，返贫0户。\n", []),
    ("培训人数同比增长0%。\n", []),
    ("清理垃圾10吨，出动人员200人次。\n", []),
])
def test_ph121_lone_zero_for_work_done(text, expected):
    assert positions("PH121", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("组织志愿者共000余人参加义务植树。\n", [(1, 7)]),  # 人参 is a word, but not after a number
    ("累计安全培训00学时，人均20学时以上。\n", [(1, 7)]),
    ("全年培训1200学时。\n", []),
])
def test_ph121_zero_only_before_units_that_start_a_word(text, expected):
    assert positions("PH121", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("由社区医学部主任K医师带领团队开展义诊。\n", [(1, 9)]),
    ("由社區醫學部主任K醫師帶領團隊開展義診。\n", [(1, 9)]),
    ("由B超医师负责筛查。\n", []),
])
def test_ph103_a_letter_before_a_professional_title(text, expected):
    assert positions("PH103", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("完成〔…〕户巩固提高户计划编制，投资〔…〕万元实施种植补助项目。\n", [(1, 3), (1, 19)]),
    ("完成〔…〕戶鞏固提高戶計劃編製。\n", [(1, 3)]),
    ("投资（……）万元硬化村道路。\n", [(1, 3)]),
    ("书记强调：“我们要（……）坚持不懈抓落实。”\n", []),
])
def test_ph104_brackets_holding_only_an_ellipsis(text, expected):
    assert positions("PH104", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("预计全镇人均生产总值1XX32元，比上年增长11.2%。\n", ["1XX32"]),
    ("固定資產投資比增21.X%，農民人均純收入X112元。\n", ["21.X", "X112"]),
    ("明大公司投资X00万元的技改项目已投产。\n", ["X00"]),
    ("采用x86架构服务器，展板尺寸为3X4米，型号X1。\n", []),
    ("202X年计划新建项目3个。\n", ["202X"]),
])
def test_ph101_figures_with_some_digits_left_as_x(text, expected):
    assert spans_text("PH101", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("由院长任组长，分管副院长同志任副组长。\n", [(1, 10)]),
    ("由管副院长同志任副组长。\n", []),
    ("协助处理劳资争议个案 宗，全部以调解方式结案。\n", [(1, 11)]),
])
def test_ph111_ph112_office_words_and_zong(text, expected):
    code = "PH112" if "同志" in text else "PH111"
    assert positions(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("二〇二四年十月\n匯報人:X\n", ["X"]),
    ("联系人：X，电话：0531-8888888\n", ["X"]),
    ("规格型号：X\n", []),
])
def test_ph101_a_lone_x_where_a_name_is_signed(text, expected):
    assert spans_text("PH101", text) == expected
