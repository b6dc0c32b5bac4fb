"""Parts and wholes, rates and growth in the shapes a second evaluation found missing:
当中 opening the parts, 人/名 mixed, two halves of a group, a total after its parts,
last year's figure after the rate, 满意度, and shares of one whole past 100%.

Every shape is checked in simplified and traditional script and with full-width and
ASCII punctuation; each comes with the correct figures (quiet) and with look-alikes
that must stay quiet.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from draftlint.document import Document
from draftlint.rules import get, match_codes
from draftlint.testing import positions, rule_options, violations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "arithmetic"

ASCII = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})


def _full(text: str) -> str:
    """Full-width clause punctuation; the comma of 1,850 stays."""
    return re.sub(r"(?<!\d),|,(?!\d{3})", "，", text).translate(str.maketrans({";": "；", ":": "："}))


def _t(text: str) -> str:
    opencc = pytest.importorskip("opencc")
    return opencc.OpenCC("s2t").convert(text)


def _variants(text: str) -> list[str]:
    """The sentence as written, in ASCII punctuation (keeping 1,200 intact) and in
    traditional script."""
    ascii_ = text.translate(ASCII)
    return [text, ascii_, _t(text), _t(ascii_)]


def _codes(text: str) -> list[tuple[int, int, str, str]]:
    doc = Document(text)
    out = []
    for code in match_codes("AR"):
        for v in get(code).check(doc, rule_options(code)):
            p = doc.position(v.span.start)
            out.append((p.line, p.column, code, v.severity))
    return sorted(out)


def _flagged(code: str, text: str) -> list[str]:
    return [v.severity for v in violations(code, text) if v.severity != "info"]


# --- 1. 当中 introduces parts like 其中 ------------------------------------------------


@pytest.mark.parametrize("variant", range(4))
def test_dangzhong_opens_the_parts(variant):
    wrong = "今年共发放问卷12,000份，当中城镇居民7,500份，农村居民4,000份，其余1,000份。"
    right = wrong.replace("4,000份", "3,500份")
    assert _flagged("AR121", _variants(wrong)[variant]) == ["error"]
    assert violations("AR121", _variants(right)[variant]) == []
    assert violations("AR122", _variants(right)[variant]) == []
    short = wrong.replace("4,000份", "3,000份")  # 其余 makes the list complete
    assert _flagged("AR122", _variants(short)[variant]) == ["error"]


def test_dangzhong_without_a_total_word():
    text = "上半年发放调查表3,000份，当中居民填写1,850份，企业填写1,200份。"
    assert positions("AR121", text) == [(1, 9)]
    assert violations("AR121", text.replace("1,200份", "1,100份")) == []


def test_dangzhong_inside_a_phrase_is_not_a_breakdown():
    for text in (
        "全年共走访企业120家，在走访当中收集问题36个、建议52条。",
        "社区共有网格员18名，在工作当中做到了“人在格中走、事在网中办”。",
        "全镇共有各类企业356家，当中规上企业48家、高新技术企业35家。",
        "全年共培训1,200人次，当中不乏返乡创业青年。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v


# --- 2. 人/名 are one unit; two halves of a group -------------------------------------


@pytest.mark.parametrize("variant", range(4))
def test_parts_in_ming_against_a_total_in_ren(variant):
    wrong = "支部现有党员42人，其中在职35名、离退休8名。"
    assert _flagged("AR121", _variants(wrong)[variant]) == ["error"]
    assert _flagged("AR121", _variants(wrong.replace("42人", "42名"))[variant]) == ["error"]
    assert violations("AR121", _variants(wrong.replace("35名", "34名"))[variant]) == []


def test_two_halves_that_exceed_the_group():
    assert positions("AR121", "全村常住人口1,250人，其中男性640人，女性620人。") == [(1, 7)]
    assert positions("AR121", "全镇现有党员486人，其中男性党员312名，女性党员190名。") == [(1, 7)]
    assert positions("AR121", "全县户籍人口52.36万人，其中城镇人口24.87万人，乡村人口28.49万人。") == [(1, 7)]
    assert violations("AR121", "全镇现有党员486人，其中男性党员302名，女性党员184名。") == []


def test_cuts_by_different_attributes_may_overlap():
    for text in (
        "现有党员42名，其中女党员25人，大专以上学历党员30人。",
        "现有党员42名，其中35岁以下党员12人，女党员33人。",
        "现有党员42名，其中60岁以上的28人、80岁以上的19人。",
        "支部现有预备党员18人、中共党员32人。",
        "社区现有党员186名，其中在职党员104人、离退休党员82人。党员中，女党员71名，大专以上学历党员96名。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v


def test_age_brackets_of_one_group_are_added_up():
    text = "现有党员42名，其中35岁以下12人、36至55岁20人、56岁以上15人。"
    assert _flagged("AR121", text) == ["error"]
    assert violations("AR121", text.replace("15人", "10人")) == []


# --- 3. a total after its parts -------------------------------------------------------


@pytest.mark.parametrize("variant", range(4))
def test_total_after_the_parts_with_words_between(variant):
    wrong = "获一等奖3名、二等奖5名、三等奖7名，合计获奖十四名。"
    assert _flagged("AR121", _variants(wrong)[variant]) == ["error"]
    assert _codes(_variants(wrong.replace("十四名", "十五名"))[variant]) == []
    digits = "本次评选共获一等奖3名、二等奖5名、三等奖7名，合计获奖14名。"
    assert _flagged("AR121", _variants(digits)[variant]) == ["error"]
    assert _codes(_variants(digits.replace("14名", "15名"))[variant]) == []


def test_total_after_the_parts_that_falls_short():
    text = "新建村级便民服务点12个，改造提升8个，共计新建改造便民服务点21个。"
    assert positions("AR122", text) == [(1, 10)]
    assert _codes(text.replace("21个", "20个")) == []
    trad = "評選表彰“最美家庭”一等獎2戶、二等獎6戶、三等獎10戶,總計表彰家庭20戶。"
    assert _flagged("AR122", trad) == ["error"]
    assert _codes(trad.replace("20戶", "18戶")) == []


def test_totals_after_the_parts_of_something_else_stay_quiet():
    for text in (
        "新建公厕12座、改造8座，合计完成投资320万元。",
        "城镇新增就业3,200人，农村劳动力转移就业5,600人，合计新增就业8,800人。",
        "培训农民工120人、退役军人30人，合计服务群众2,000人次。",
        "一季度完成30个、二季度完成25个，合计占全年任务的55%。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v


# --- 4. growth with last year's figure after the rate ---------------------------------


@pytest.mark.parametrize("variant", range(4))
def test_base_stated_after_the_rate(variant):
    wrong = "全年新增市场主体达到75户，较上年增长15%，上年为60户。"
    assert positions("AR111", _variants(wrong)[variant]) == [(1, 11)]
    assert _codes(_variants(wrong.replace("15%", "25%"))[variant]) == []
    assert _codes(_variants(wrong.replace("较上年增长15%", "增长25%"))[variant]) == []
    flip = wrong.replace("增长15%", "下降25%")
    assert _flagged("AR111", _variants(flip)[variant]) == ["error"]


def test_base_after_the_rate_in_traditional_with_same_period():
    text = "上半年實現稅收收入3,450萬元,同比增長8%,上年同期為2,980萬元。"
    assert _flagged("AR111", text) == ["error"]
    assert _codes(text.replace("8%", "15.8%")) == []


def test_base_after_the_rate_stays_quiet_for_real_and_comparable_growth():
    for text in (
        "全年实现地区生产总值85.3亿元，同比增长6.5%，上年为78.6亿元。",
        "规上工业企业实现利润2.46亿元，同比增长9.8%，上年为2.31亿元。",
        "全年接待游客12.6万人次，同比增长8.6%，上年同期为11.6万人次。",
        "全年新增市场主体75户，较上年增长15%。上年为60户的村级合作社已全部完成规范化建设。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v


# --- 5. rate words: 满意度 and others ---------------------------------------------------


@pytest.mark.parametrize("variant", range(4))
def test_satisfaction_degree_against_its_counts(variant):
    wrong = "共回访群众1,200人，其中1,056人表示满意，满意度为85%。"
    assert _flagged("AR102", _variants(wrong)[variant]) == ["error"]
    assert _codes(_variants(wrong.replace("85%", "88%"))[variant]) == []


def test_more_rate_words():
    assert _flagged("AR102", "全镇应参保8,600人，已参保8,350人，参保率为98.6%。") == ["error"]
    assert _flagged("AR102", "辖区应体检老年人1,500人，实际体检1,380人，体检率为95%。") == ["error"]
    assert _flagged("AR102", "共受理群众诉求640件，按时回复612件，回复率为98.6%。") == ["error"]
    assert _codes("共受理群众诉求640件，按时回复612件，回复率为95.6%。") == []
    assert _flagged("AR102", "应参会代表220名，实际出席206名，出席率为95.6%。") == ["error"]
    assert _codes("应参会代表220名，实际出席206名，出席率为93.6%。") == []
    assert _codes(_t("全镇应登记流动人口3,600人，已登记3,420人，登记率为95%。")) == []
    # 人 and 名 count the same people
    assert _flagged("AR102", "应到会代表220人，实际出席206名，出席率为95.6%。") == ["error"]
    assert _codes("应到会代表220人，实际出席206名，出席率为93.6%。") == []


def test_satisfaction_figures_that_are_not_a_count_over_a_count_stay_quiet():
    for text in (
        "共调查群众1,200人，其中1,056人表示满意，综合满意度为95.6%。",
        "共回访群众1,200人，其中女性656人，满意度为85%。",
        "全年回访群众1,200人，群众满意度达95%以上。",
        "全县在校学生1,200人，其中寄宿生300人，巩固率为99%。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v


# --- 6. shares of one whole past 100% --------------------------------------------------


@pytest.mark.parametrize("variant", range(4))
def test_shares_of_one_surveyed_population_past_100(variant):
    wrong = "在受访的1,500名居民中，步行出行的占38.5%，公交出行的占41.2%，驾车出行的占30.8%。"
    assert _flagged("AR122", _variants(wrong)[variant]) == ["error"]
    assert _codes(_variants(wrong.replace("30.8%", "20.3%"))[variant]) == []


def test_disjoint_brackets_are_one_whole():
    ages = "从年龄结构看，35岁以下的占38.5%，36至50岁的占41.2%，51岁以上的占30.8%。"
    assert positions("AR122", ages) == [(1, 15)]
    assert _codes(ages.replace("38.5%", "28.0%")) == []
    old = "老年人口中，60至69岁的占55.2%，70至79岁的占30.1%，80岁以上的占24.7%。"
    assert _flagged("AR122", old) == ["error"]
    assert _codes(old.replace("24.7%", "14.7%")) == []
    school = "从学历结构看，本科及以上学历占38.5%，大专学历占41.2%，高中及以下学历占30.8%。"
    assert _flagged("AR122", school) == ["error"]


def test_shares_that_may_overlap_stay_quiet():
    for text in (
        "在居民最关心的问题中，关注就业的占65.3%，关注医疗的占58.2%，关注教育的占47.6%。",
        "受访者最希望改善的方面中，选择交通出行的占52.1%，选择医疗服务的占48.6%（可多选）。",
        "全市民营经济增加值占58.2%，工业增加值占43.1%。",
        "全县60岁以上老人占21.5%，80岁以上的占4.2%，独居老人占3.1%。",
        "辖区常住人口中，城镇户籍人口占63.8%，农业户籍人口占36.2%。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v


# --- the fixtures --------------------------------------------------------------------

DRAFT = [
    (4, 21, "AR121"),  # 235人 + 118人 > 342名 (from the total on)
    (6, 22, "AR121"),  # 当中 7,500 + 4,000 + 1,000 > 12,000
    (6, 100, "AR102"),  # 1,056 / 1,200 = 88%, not 85%
    (7, 14, "AR122"),  # 58.5% + 51.5%
    (9, 19, "AR121"),  # 3 + 5 + 7 > 十四
    (11, 11, "AR111"),  # 75 / 60 − 1 = 25%, not 15%
    (11, 40, "AR122"),  # 12 + 8 ≠ 21
]
DRAFT_TRADITIONAL = [
    (4, 7, "AR121"),  # 312名 + 190名 > 486人
    (6, 12, "AR121"),  # 當中 1,850 + 1,200 > 3,000
    (6, 63, "AR102"),  # 704 / 800 = 88%, not 92%
    (7, 14, "AR122"),  # 35歲以下 / 36至55歲 / 56歲以上: 110.5%
    (9, 14, "AR122"),  # 2 + 6 + 10 ≠ 20
    (11, 10, "AR111"),  # 3,450 / 2,980 − 1 = 15.8%, not 8%
]


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(line, col, code) for line, col, code, sev in _codes(text) if sev != "info"]


def test_draft_finds_every_planted_error():
    text = (FIXTURES / "draft_wholes.txt").read_text(encoding="utf-8")
    assert _found(text) == sorted(DRAFT)
    assert _found(text.translate(ASCII)) == sorted(DRAFT)
    assert _found(_t(text)) == sorted(DRAFT)


def test_traditional_draft_finds_every_planted_error():
    text = (FIXTURES / "draft_wholes_traditional.txt").read_text(encoding="utf-8")
    assert _found(text) == sorted(DRAFT_TRADITIONAL)
    assert _found(_full(text)) == sorted(DRAFT_TRADITIONAL)


def test_clean_survey_report_is_quiet_in_every_form():
    text = (FIXTURES / "clean_community_survey.txt").read_text(encoding="utf-8")
    for v in _variants(text):
        assert _codes(v) == []


# --- statistical bulletins: shapes that must stay quiet -------------------------------


def test_census_shares_after_qizhong_are_of_the_same_population():
    text = ("全市常住人口中，0—14岁人口为62.3万人，占16.2%；15—59岁人口为244.1万人，占63.5%；"
            "60岁及以上人口为78.0万人，占20.3%，其中65岁及以上人口为54.2万人，占14.1%。")
    for v in _variants(text):
        assert _codes(v) == [], v
    # without a share of its own, the group before 其中 is the whole of the share after it
    own = "全县60岁及以上人口为7.8万人，其中65岁及以上人口为5.4万人，占79.2%。"
    assert _flagged("AR101", own) == ["error"]
    assert _codes(own.replace("79.2%", "69.2%")) == []


def test_share_of_the_parts_together_is_not_the_last_part_alone():
    text = "全年粮食播种面积86.5万亩，其中小麦42.3万亩、玉米38.6万亩，合计占粮食播种面积的93.5%。"
    for v in _variants(text):
        assert _codes(v) == [], v


def test_a_cumulative_total_after_this_years_parts_is_not_their_sum():
    for text in (
        "今年新建党群服务中心3个、改造提升5个，共计建成党群服务中心26个。",
        "今年新建美丽乡村示范村3个、提升2个，目前全镇共计拥有示范村12个。",
        "今年新建村级活动室3个、改造2个，合计全镇村级活动室达18个。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v
    assert _flagged("AR122", "今年新建党群服务中心3个、改造提升5个，共计新建改造党群服务中心9个。") == ["error"]


def test_classes_that_cut_across_others_are_not_added_up():
    for text in (
        "高新技术产业增加值占58.2%，战略性新兴产业增加值占45.1%。",
        "全市出口总额中，机电产品占62.5%，高新技术产品占41.3%。",
        "贫困人口中，因病致贫的占42.3%，因残致贫的占21.6%，因学致贫的占9.8%，缺劳力的占38.7%。",
        "全县规上工业企业50家，其中高新技术企业36家、专精特新企业20家。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v
    # a single class larger than the whole is still impossible
    assert _flagged("AR121", "全县规上工业企业50家，其中高新技术企业56家。") == ["error"]


@pytest.mark.parametrize("variant", range(4))
def test_two_halves_that_fall_short_of_the_group(variant):
    men_women = "全镇现有党员42名，其中男党员30名、女党员10名。"
    assert _flagged("AR122", _variants(men_women)[variant]) == ["error"]
    assert _codes(_variants(men_women.replace("10名", "12名"))[variant]) == []
    town_country = "全县户籍人口52.36万人，其中城镇人口24.87万人，乡村人口26.49万人。"
    assert _flagged("AR122", _variants(town_country)[variant]) == ["error"]
    assert _codes(_variants(town_country.replace("26.49万人", "27.49万人"))[variant]) == []


def test_halves_of_a_subgroup_are_not_the_whole():
    for text in (
        "全村常住人口1,250人，其中男性劳动力420人，女性劳动力380人。",
        "全村共有党员42名，其中女党员12名、男性流动党员8名。",
        "全镇现有党员42名，其中35岁以下男党员6名、35岁以下女党员4名。",
        "全县户籍人口52.4万人，其中男性26.8万人，女性25.7万人。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v


def test_halves_in_the_sentence_after_the_total():
    assert _flagged("AR122", "全镇共有党员486名。其中男性党员312名，女性党员170名。") == ["warning"]
    assert _codes("全镇共有党员486名。其中男性党员312名，女性党员174名。") == []


def test_satisfaction_classes_are_not_a_count_over_a_base():
    text = ("全年共发放问卷3,000份，回收有效问卷2,856份，有效回收率95.2%，其中认为“满意”的1,980份、"
            "“比较满意”的652份，满意度为92.1%。")
    for v in _variants(text):
        assert _codes(v) == [], v


def test_a_stock_before_the_parts_may_be_in_the_total():
    for text in (
        "全镇现有党员486名，今年发展党员12名、转正10名，共计党员498名。",
        "全县现有学校50所，城区学校12所、农村学校36所，合计48所。",
    ):
        for v in _variants(text):
            assert _codes(v) == [], v
    # parts above the total are still impossible
    assert _flagged("AR121", "全镇现有党员486名，今年发展党员12名、转正10名，共计发展党员20名。") == ["error"]
