"""AR rules on the shapes a fourth held-out set (fixtures/benchmark-d) found: figures that
look like parts of a total but are not (averages of subgroups, a figure in brackets after
a rate, a share of the total the text names), where a parts-vs-total finding goes, and
totals and rates the rules missed.

Each shape: a draft in, the (line, column, code) of every AR finding out (warning and
error; info findings are hidden by default), with the wrong figures and with the right ones.
"""

from __future__ import annotations

import pytest

from draftlint.document import Document
from draftlint.rules import get, match_codes
from draftlint.testing import positions, rule_options, spans_text, violations

AR_CODES = [c for c in match_codes("AR") if get(c).scope == "document"]


def _ar(text: str) -> list[tuple[int, int, str]]:
    doc = Document(text)
    out = []
    for code in AR_CODES:
        for v in get(code).check(doc, rule_options(code)):
            if v.severity != "info":
                p = doc.position(v.span.start)
                out.append((p.line, p.column, code))
    return sorted(out)


# --- 1. parts of an average are averages of subgroups, not parts of a sum --------------


def test_subgroup_averages_are_not_parts_of_the_average():
    text = ("一、主要指标\n"
            "全市居民人均可支配收入21,430元,增长5.1%。其中,城镇居民人均可支配收入28,760元,"
            "增长4.6%;农村居民人均可支配收入13,905元,增长6.8%。")
    assert _ar(text) == []
    assert _ar("全区职工平均工资6,200元,其中国有单位平均工资7,900元,私营单位平均工资4,800元。") == []


def test_a_part_larger_than_a_real_total_is_still_found():
    text = "全市居民可支配收入总额21,430万元,其中城镇居民可支配收入28,760万元。"
    assert _ar(text) == [(1, 12, "AR121")]


# --- 2. a figure in brackets after a rate restates it, it is not one more part ----------


def test_count_in_brackets_after_a_rate_is_not_a_part():
    text = "全年受理投诉共240件,其中来电投诉95件、来信投诉145件,办结率为39.6%(办结95件)。"
    assert _ar(text) == []


def test_parts_past_the_total_before_a_bracketed_count_are_found():
    text = "全年受理投诉共240件,其中来电投诉95件、来信投诉165件,办结率为39.6%(办结95件)。"
    assert _ar(text) == [(1, 8, "AR121")]


# --- 3. a share of the total the text names (会员总数), not of the nearest figure ---------


SHARE = ("本协会登记会员共3,260人,较上年增加210人。其中,男性会员1,420人,女性会员1,840人;"
         "60岁以上会员1,957人,占会员总数60.0%。")


def test_share_of_the_named_total_not_of_the_nearest_part():
    assert _ar(SHARE) == []


def test_share_of_the_named_total_that_is_wrong_is_found():
    assert _ar(SHARE.replace("60.0%", "66.0%")) == [(1, 65, "AR101")]


# --- 4. a finding on parts against their total covers the stated total ------------------


def test_sum_after_parts_is_reported_over_the_stated_total():
    text = "全年共办结案件64件。配备专职调解员15名、兼职调解员38名,共49名调解员,覆盖全部村居。"
    assert _ar(text) == [(1, 19, "AR121")]
    assert spans_text("AR121", text) == ["15名、兼职调解员38名,共49名"]
    assert _ar(text.replace("共49名", "共53名")) == []


def test_incomplete_total_after_parts_is_reported_over_the_stated_total():
    text = "(三)困难家庭:本镇登记低保户84户、特困户57户,合计151户,全年发放补助金○○万元。"
    found = _ar(text)
    assert found == [(1, 16, "AR122")]
    assert spans_text("AR122", text) == ["84户、特困户57户,合计151户"]
    assert _ar(text.replace("151户", "141户")) == []


# --- misses: totals and rates in shapes the rules did not read -------------------------


def test_success_rate_with_its_counts_in_the_sentence():
    text = "今年共受理劳动争议案件240件,调解成功214件,调解成功率为89.2%。"
    assert _ar(text) == []  # 214 / 240 = 89.2%
    text = "全年共排查矛盾纠纷420起,化解成功401起,化解成功率为97.9%。"
    assert _ar(text) == [(1, 24, "AR102")]  # 401 / 420 = 95.5%
    assert _ar(text.replace("97.9%", "95.5%")) == []


def test_pass_rate_of_the_counts_that_meet_the_rules():
    text = "检查在建工地2,460处次,其中符合规定的2,318处次,合格率96.2%。"
    assert _ar(text) == [(1, 30, "AR102")]  # 2,318 / 2,460 = 94.2%
    assert _ar(text.replace("96.2%", "94.2%")) == []


def test_total_after_parts_opened_by_qizhong():
    text = "全年预算820万元,实际支出786万元。其中人员经费412万元、公用经费298万元、项目经费64万元,合计786万元。"
    assert spans_text("AR122", text) == ["412万元、公用经费298万元、项目经费64万元,合计786万元"]
    assert _ar(text.replace("64万元", "76万元")) == []


def test_graded_hazards_are_parts_not_comparisons():
    text = "共排查一般隐患215项、较大隐患9项,合计214项,已整改224项。"
    assert _ar(text) == [(1, 8, "AR121")]
    assert _ar(text.replace("合计214项", "合计224项")) == []
    # 较上年 still makes a figure a comparison base, not a part
    assert _ar("共排查隐患215项、较上年的190项,合计214项。") == []


def test_respectively_after_a_total_without_a_total_word():
    text = "完成退化林修复2.6万亩,分别为补植补造12,000亩、封山育林9,000亩、抚育改造3,000亩。"
    assert _ar(text) == [(1, 8, "AR122")]  # 24,000 亩, not 2.6万
    assert _ar(text.replace("3,000亩", "5,000亩")) == []
    # the figures go with a list of their own: no total is broken down
    assert _ar("东村和西村造林2.6万亩,分别为12,000亩、9,000亩。") == []


def test_things_counted_with_different_words_before_their_total():
    text = "新建村级文化广场两处、公共厕所三座、垃圾收集点五个,共计十一处公共设施。"
    assert _ar(text) == [(1, 9, "AR122")]  # 2 + 3 + 5 = 10
    assert _ar(text.replace("十一处", "十处")) == []
    # an earlier clause of the same kind may be in the total too: not a complete list
    assert _ar("改造老旧小区4处,新建村级文化广场两处、公共厕所三座、垃圾收集点五个,共计十四处公共设施。") == []


def test_progress_column_of_a_table_is_done_over_target():
    text = ("| 指标 | 全年目标 | 上半年完成 | 完成进度 | 时间进度 |\n"
            "|---|---|---|---|---|\n"
            "| 新增就业(人) | 1,200 | 650 | 54.2% | 50% |\n"
            "| 技术合同登记(项) | 80 | 36 | 48.0% | 50% |\n")
    assert _ar(text) == [(4, 25, "AR102")]  # 36 / 80 = 45%
    assert _ar(text.replace("48.0%", "45.0%")) == []


def test_decline_with_the_subject_repeated_before_the_comparison():
    text = "全年共接待来访群众312批2,046人次,人次比上年的2,380人次下降12.5%。"
    assert _ar(text) == [(1, 22, "AR111")]  # 2,046 / 2,380 − 1 = −14.0%
    assert _ar(text.replace("12.5%", "14.0%")) == []
    # a subject that names something else than the figure before is another comparison
    assert _ar("完成固定资产投资3.2亿元,民间投资比上年的2.9亿元增长5%。") == []


def test_a_semicolon_after_comma_joined_parts_closes_the_breakdown():
    text = "全校学生共845人,其中男生436人,女生419人;教师62人,其中研究生学历者18人。"
    assert _ar(text) == [(1, 6, "AR121")]  # 436 + 419 = 855 > 845
    assert _ar(text.replace("845人", "855人")) == []
    text = "支部现有党员56名,其中在职党员41名,离退休党员16名;女党员19名,占33.9%。"
    assert _ar(text) == [(1, 7, "AR121")]  # 41 + 16 = 57 > 56
    assert _ar(text.replace("16名", "15名")) == []
    # parts joined by semicolons throughout are still one list
    text = "全年组织税费收入4.80亿元,其中:增值税2.10亿元;企业所得税1.30亿元;其他税费1.20亿元。"
    assert _ar(text) == [(1, 9, "AR122")]  # 4.60亿元
    assert _ar(text.replace("1.20亿元", "1.40亿元")) == []


def test_a_numbered_crop_names_its_part():
    text = "本年度水稻种植面积八百公顷,其中一期作五百公顷、二期作四百五十公顷。"
    assert _ar(text) == [(1, 10, "AR121")]  # 950 > 800
    assert _ar(text.replace("四百五十", "二百五十")) == []


def test_base_in_brackets_after_the_new_value():
    # the mirror of 较期中(81分)提高了4.5分,达到86.5分: the new value comes first
    text = "期末数学平均分84.0分,较期中(78.5分)提高了4.5分。"
    assert [(v.severity, v.data["expected"]) for v in violations("AR111", text)] == [("error", "5.5分")]
    assert violations("AR111", text.replace("4.5分", "5.5分")) == []
    assert violations("AR111", "期末平均分84.0分,其中语文较期中(78.5分)提高了4.5分。") == []


def test_breakdown_on_the_next_line_when_the_line_before_also_gives_the_target():
    text = ("全年共组织各项税费收入4.80亿元,同比增长6.1%,完成县局下达任务4.5亿元的106.7%。\n"
            "其中:增值税2.10亿元,企业所得税1.30亿元,其他税费1.20亿元。")
    assert _ar(text) == [(2, 7, "AR122")]  # 4.60亿元, not 4.80亿元
    assert _ar(text.replace("1.20亿元", "1.40亿元")) == []
    # two figures of their own before: which one is broken down is unclear
    assert _ar(text.replace("完成县局下达任务4.5亿元的106.7%", "上缴4.5亿元")) == []


def test_names_after_a_count_and_a_bare_colon():
    text = "本年度重点推行四项计划:“邻里守望计划”、“长者关怀计划”及“青少年成长计划”。"
    assert _ar(text) == [(1, 8, "AR131")]  # three named
    assert _ar(text.replace("四项", "三项")) == []
    text = "重点推进三大工程:老旧小区改造、雨污分流、背街小巷整治、农贸市场提升。"
    assert _ar(text) == [(1, 5, "AR131")]  # four named
    assert _ar(text.replace("三大", "四大")) == []
    # numbered items after the colon: the 、 list is inside the first of them
    assert _ar("下半年重点做好三项工作:一是抓好项目建设、招商引资;二是抓好民生保障;三是抓好安全生产。") == []


def test_share_of_a_whole_named_exactly_in_the_sentence_before():
    text = ("上半年组织各项收入5.20亿元。其中:税收收入4.00亿元,非税收入1.20亿元。"
            "分税种看,增值税完成1.80亿元,占税收收入的45.0%;企业所得税完成0.90亿元,占税收收入的25.0%。")
    assert _ar(text) == [(1, 85, "AR101")]  # 0.90 / 4.00 = 22.5%
    assert _ar(text.replace("25.0%", "22.5%")) == []


def test_a_blanked_total_is_not_checked_against_its_parts():
    text = "全年全县接待游客000万人次，其中过夜游客126万人次，占游客总量的18%。\n"
    assert positions("AR121", text) == [] and positions("AR122", text) == []


@pytest.mark.parametrize("text, expected", [
    ("參加會員及眷屬共612人，其中會員458人、眷屬145人。\n", [(1, 9)]),
    ("完成图斑核查146个，其中合法图斑98个、违法图斑41个。\n", [(1, 7)]),
    ("全县共有学校58所，其中公办学校40所、民办学校15所。\n", [(1, 7)]),
    ("参加会员及眷属共603人，其中会员458人、眷属145人。\n", []),
    ("全县共有学校58所，其中公办学校40所、民办学校18所。\n", []),
    ("全县共有学校58所，其中小学40所、初中15所。\n", []),  # not all kinds of school named
])
def test_ar122_two_classes_that_make_up_the_whole(text, expected):
    assert positions("AR122", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年提取住房公积金19.7亿元，其中住房消费类提取15.1亿元、非住房消费类提取4.6亿元，住房消费类提取占比76.6%。\n", []),
    ("全年提取住房公积金19.7亿元，其中住房消费类提取15.1亿元、非住房消费类提取4.6亿元，住房消费类提取占比70.6%。\n", [(1, 54)]),
])
def test_ar101_a_share_names_its_part_not_the_part_negating_it(text, expected):
    assert positions("AR101", text) == expected
