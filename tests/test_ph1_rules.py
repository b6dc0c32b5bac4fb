"""PH101-PH121: template fill left undone. A draft in, (line, column) of each finding out."""

from __future__ import annotations

import pytest

from draftlint.rules import get
from draftlint.testing import positions, spans_text

PH1 = ("PH101", "PH102", "PH103", "PH104", "PH111", "PH112", "PH121")


@pytest.mark.parametrize("code", PH1)
def test_rule_is_documented(code):
    rule = get(code)
    assert rule is not None and rule.scope == "document"
    for part in ("What it finds:", "Why it matters:", "Bad:", "Good:", "Fix:"):
        assert part in rule.doc, f"{code} docstring lacks {part}"


# --- PH101 placeholder runs -------------------------------------------------------------

def test_ph101_x_runs_each_reported():
    text = "现将xx镇20xx年上半年工作总结如下:\nXX村、XXX村共完成投资x万元, 同比增长x.x%。\n"
    assert spans_text("PH101", text) == ["xx", "20xx", "XX", "XXX", "x", "x.x"]
    assert positions("PH101", text) == [(1, 3), (1, 6), (2, 1), (2, 5), (2, 14), (2, 23)]


def test_ph101_stars_and_other_marks_in_txt():
    text = "**年上半年, **镇举办了第四届****桃花节。\n参加人员××人, 地点○○村, □□乡、△△镇, 签名:____\n"
    assert spans_text("PH101", text) == ["**", "**", "****", "××", "○○", "□□", "△△", "____"]


def test_ph101_fullwidth_star_and_year_with_stars():
    assert spans_text("PH101", "＊＊县20**年民生工作报告") == ["＊＊", "20**"]
    assert spans_text("PH101", "２０ＸＸ年ｘｘ镇") == ["２０ＸＸ", "ｘｘ"]


def test_ph101_single_x_only_before_a_unit_or_place():
    text = "下属x所村小, 现有xx个教学班。x光机一台, 型号X3。\n"
    assert spans_text("PH101", text) == ["x", "xx"]


def test_ph101_lone_star_after_a_space_and_x_before_an_approximate_count():
    text = "2022年以来, *镇锚定目标。\n*注: 数据为快报数。\n共有耕地x余亩。\n"
    assert spans_text("PH101", text) == ["*", "x"]


def test_ph101_single_capital_x_before_a_title():
    assert spans_text("PH101", "在X书记的带领下, X同志分管农业。") == ["X", "X"]


def test_ph101_lone_star_inside_chinese_text():
    text = "推进“一心(*新城)、五路(*大道)”建设, 打造“活力*、生态*”。\n* 项目一\n注: 带*的为预计数, 数据*。\n"
    assert positions("PH101", text) == [(1, 7), (1, 15), (1, 29), (1, 33)]


def test_ph101_traditional_script():
    text = "XX鄉鎮20XX年工作總結, 涉及**個村。"
    assert spans_text("PH101", text) == ["XX", "20XX", "**"]


@pytest.mark.parametrize("text", [
    "采购XXL码工作服50套。",
    "服务器为x86架构。",
    "房间面积3×4米。",
    "配发iPhone X手机两部。",
    "旧电脑仍在运行Windows XP系统。",
    "抗击COVID-19疫情。",
    "二○○八年以来, 我镇发展迅速。",
    "详见www.xxx.com网站。",
    "****************",
    "计算公式为2**3。",
    "** 重点工作\n＊＊ 注意事项",
])
def test_ph101_quiet_on_latin_words_numbers_and_dividers(text):
    assert positions("PH101", text) == []


def test_ph101_markdown_bold_bullets_and_rules_are_markup():
    text = "# 总结\n\n* 完成**重点项目**建设\n\n***\n\n__加强领导__, 落实责任。\n"
    assert positions("PH101", text, kind="md") == []


def test_ph101_markdown_unpaired_stars_are_placeholders():
    text = "* 20**年, 全镇共举办****桃花节。\n"
    assert spans_text("PH101", text, kind="md") == ["20**", "****"]


def test_ph101_markdown_runs_a_renderer_shows_as_text():
    # the first ** is glued to the digits of a year: it opens nothing, the second has no partner
    text = "20**年上半年,**镇党委召开会议。\n"
    assert positions("PH101", text, kind="md") == [(1, 1), (1, 10)]


def test_ph101_markdown_code_is_quoted():
    text = "模板里的 `**` 和 `xx` 都要替换。\n\n```\nxx镇\n```\n"
    assert positions("PH101", text, kind="md") == []


def test_ph101_same_stars_in_txt_are_placeholders():
    assert positions("PH101", "完成**重点项目**建设") == [(1, 3), (1, 9)]


# --- PH102 stand-in names ----------------------------------------------------------------

def test_ph102_stand_in_places_and_people():
    text = "某镇党委、政府高度重视, 某某同志任组长, 某乡镇和某村积极配合。\n"
    assert spans_text("PH102", text) == ["某镇", "某某", "某乡镇", "某村"]


def test_ph102_traditional():
    assert spans_text("PH102", "某鄉鎮與某某公司簽約。") == ["某乡镇".replace("乡镇", "鄉鎮"), "某某"]


@pytest.mark.parametrize("text", [
    "某些问题仍然存在。",
    "存在某种程度的畏难情绪。",
    "在某一时期内, 某个方面工作较弱。",
    "某项工作推进缓慢, 某次检查发现问题。",
    "规范某市场主体的经营行为, 某区域内水质下降。",
    "经查, 王某某违规收受礼金, 张某受到警告处分。",
    "如某单位年终干部述职, 某公司违规排污被查处。",
])
def test_ph102_quiet_on_ordinary_words(text):
    assert positions("PH102", text) == []


# --- PH103 a Latin capital standing for a name -------------------------------------------

def test_ph103_capital_for_a_name():
    text = "以A新时代中国特色社会主义思想为指导, 在B书记的带领下, C县各项工作稳步推进。\n"
    assert spans_text("PH103", text) == ["A", "B", "C"]


@pytest.mark.parametrize("text", [
    "开展B超、X光检查。",
    "打造4A级景区, 创建AAA级景区。",
    "A股上市公司2家, 发放T恤200件。",
    "分A、B两组开展竞赛。",
    "园区A区已建成, B栋正在装修。",
    "推进5G基站建设。",
    "A公司与B公司签订合同后发生纠纷。",
])
def test_ph103_quiet_on_ordinary_letters(text):
    assert positions("PH103", text) == []


# --- PH104 empty brackets -----------------------------------------------------------------

def test_ph104_empty_brackets():
    text = "认真学习了《》, 共组织学习（  ）次, 参加人数[ ]人, 【】月完成。\n"
    assert spans_text("PH104", text) == ["《》", "（  ）", "[ ]", "【】"]


def test_ph104_markdown_task_boxes_and_links():
    text = "- [ ] 完成年度总结\n- [x] 上报统计数据\n[](http://example.com)\n"
    assert positions("PH104", text, kind="md") == []


def test_ph104_check_boxes_are_not_blanks():
    assert positions("PH104", "是否同意: [ ] 同意  [ ] 不同意\n[ ] 已核实\n") == []


def test_ph104_quiet_on_function_calls_and_full_brackets():
    assert positions("PH104", "调用init()完成初始化, 按（一）（二）顺序。") == []


# --- PH111 blank numbers -----------------------------------------------------------------

def test_ph111_gaps_before_units():
    text = "我乡共引进投资额在 万元以上的项目 个,万元以上项目 个。\n参合率达 %, 接待来访群众 人次。\n"
    assert spans_text("PH111", text) == [" 万元", " 个", "万元", " 个", " %", " 人次"]
    assert positions("PH111", text)[:2] == [(1, 10), (1, 18)]


def test_ph111_measure_word_after_a_count_verb():
    text = "此次整治涉及个村, 已有个完成验收, 配套条道路。新上项目个, 累计投资万元。\n"
    assert spans_text("PH111", text) == ["个", "个", "条", "个", "万元"]


def test_ph111_gap_before_an_approximate_count_and_a_missing_ordinal():
    text = "清理垃圾 余吨, 召开第届运动会, 完成第 季度任务。\n次第展开, 门第观念, 府第位于城东, 第一次会议。\n"
    assert spans_text("PH111", text) == [" 余吨", "第届", "第 季度"]


def test_ph111_blank_date():
    text = "青山镇人民政府\n2023年  月  日\n　　年　　月　　日\n2023年6月30日\n"
    assert positions("PH111", text) == [(2, 5), (3, 3)]


def test_ph111_percent_without_figure():
    assert spans_text("PH111", "财政收入同比增长%, 占全年任务的％。") == ["%", "％"]


def test_ph111_traditional():
    assert spans_text("PH111", "涉及個村, 投資額在 萬元以上的項目 個。") == ["個", " 萬元", " 個"]


@pytest.mark.parametrize("text", [
    "涉及个人隐私的材料要妥善保管, 个别同志认识不到位。",
    "各个环节、整个过程、这个问题、一个突破、几个方面都要抓好。",
    "工作有所提高, 配套条件逐步完善, 有条不紊推进。",
    "建设项目3个, 新增就业岗位120个。",
    "投资上万元, 近亿元的项目有亿元以上项目5个。",
    "每万元GDP能耗下降, 全村成为万元户。",
    "同比增长60 %。",
    "姓  名: 张三\n日  期: 2023年6月\n单位 个\n",
    "深入开展家家整洁、村村清洁行动。",
    "有个过程, 需要时间。",
    "分成若干个, 到底有多少个?",
    "建成十余个, 还有十来个, 投入十来万元、百余万元。",
    "打造万亩茶园, 召开万人大会。",
    "培训人次和接待人次均创新高。",
    "指标\t同比增长%\t金额 万元\n增长率%\n| 指标 | 占比% |\n",
    "指标名称    单位    完成数\n地区生产总值    亿元    12.5\n",
])
def test_ph111_quiet_on_ordinary_words(text):
    assert positions("PH111", text) == []


# --- PH112 missing name -----------------------------------------------------------------

def test_ph112_title_straight_before_tongzhi():
    text = "成立领导小组, 镇党委书记同志任组长, 副镇长 同志任副组长。\n"
    assert spans_text("PH112", text) == ["书记同志", "副镇长 同志"]


def test_ph112_gap_before_tongzhi():
    text = "由  同志负责日常工作, 张华、  同志为成员。\n"
    assert positions("PH112", text) == [(1, 2), (1, 17)]


def test_ph112_traditional():
    assert spans_text("PH112", "鎮黨委書記同志任組長") == ["書記同志"]


@pytest.mark.parametrize("text", [
    "各位书记同志们, 大家好。",
    "王书记同志亲自部署。",
    "镇党委书记张明同志任组长。",
    "副书记xx同志任副组长。",
    "全体 同志要提高认识, 各位 同志们辛苦了。",
    "请各位委员同志审议。",
])
def test_ph112_quiet_when_the_name_is_there(text):
    assert positions("PH112", text) == []


# --- PH121 zero-only numbers --------------------------------------------------------------

def test_ph121_zero_only_numbers():
    text = "共培训农民000人次, 发放资料00余份, 清理垃圾0余吨,000人受益。\n"
    assert spans_text("PH121", text) == ["000", "00", "0", "000"]


@pytest.mark.parametrize("text", [
    "共培训农民2000人次, 增长0.5%。",
    "10·1国庆期间, 8:00前到岗。",
    "全年实现安全事故0起, 此处隐藏0字。",
    "00后青年占比提高。",
    "编号A001号, 邮编100000。",
    "共接待游客3,000人次, 营收1 000万元。",
])
def test_ph121_quiet_on_real_numbers(text):
    assert positions("PH121", text) == []


@pytest.mark.parametrize("line", [
    "20**年上半年,**镇党委召开会议。",
    "完成**重点项目**建设",
    "20**年, 全镇共举办****桃花节。",
    "__加强领导__, 落实责任。",
    "**县旅游局和**镇政府",
    "以 “香约**,桃醉天下”为主题的第四届****桃花节",
    "**镇**村民委员会、**县锦天园林绿化公司承办的“乡约**,桃醉天下”**“贵妃桃”采摘季",
    "签名:____, 日期:____",
    "***三项重点***全面推进, 20**年**季度",
])
def test_markdown_markup_agrees_with_a_commonmark_renderer(line):
    """The stars a CommonMark renderer leaves as text are exactly the ones not taken as markup
    (on lines without a pair that only Chinese punctuation keeps CommonMark from closing)."""
    markdown_it = pytest.importorskip("markdown_it")
    from draftlint.rules.placeholder._fill import markdown_markup

    html = markdown_it.MarkdownIt().renderInline(line)
    marked = markdown_markup(line)
    for ch in "*_":
        assert html.count(ch) == sum(1 for i, c in enumerate(line) if c == ch and i not in marked), ch
