"""AR rules on the shapes the held-out sets g-l found missed or wrongly flagged, as general
phenomena in new wording: each with the wrong figures (found) and the right ones or a
look-alike that must stay quiet.
"""

from __future__ import annotations

from draftlint.numbers import find_quantities
from draftlint.testing import family_codes


def _ar(text: str) -> list[str]:
    """The codes of the AR findings (warning and error) on ``text``, sorted."""
    return family_codes("AR", text)


# --- figures written with 万 and the ones (21万4,380人次) ----------------------------------


def test_wan_and_ones_is_one_figure():
    [q] = find_quantities("全年接待游客31万2,650人次")
    assert q.value == 312650 and q.unit == "人次"
    [q] = find_quantities("31万2650人次")
    assert q.value == 312650
    assert [q.value for q in find_quantities("共5万人,12万3人")] == [50000, 120003]


def test_parts_of_a_wan_and_ones_total_are_not_more_than_it():
    text = "全年门诊量共计32万6,410人次。其中普通门诊29万1,200人次,急诊3万5,210人次。"
    assert _ar(text) == []
    assert _ar(text.replace("3万5,210", "4万5,210")) == ["AR121"]  # 336,410 > 326,410


# --- a 、 list whose last part is the rest is complete ----------------------------------


def test_rest_named_last_in_a_list_makes_the_breakdown_complete():
    bad = "全年受理群众来信共计214件,其中咨询类103件、求决类88件、其他类来信13件。"
    assert _ar(bad) == ["AR122"]
    assert _ar(bad.replace("13件", "23件")) == []
    bad2 = "下拨经费共860万元,其中设备购置410万元、人员培训260万元、宣传及其他90万元。"
    assert _ar(bad2) == ["AR122"]
    assert _ar(bad2.replace("90万元", "190万元")) == []


def test_list_without_rest_stays_quiet():
    # 其中 may name only the main parts
    assert _ar("全年受理群众来信共计214件,其中咨询类103件、求决类88件。") == []
    assert _ar("下拨经费共860万元,其中设备购置410万元、人员培训260万元。") == []


def test_a_contest_is_no_comparison():
    # 比赛 names a part, it compares nothing: the list is still read
    text = "全年赛事经费共计1,540万元,其中联赛720万元、省外比赛及集训510万元、裁判及其他210万元。"
    assert _ar(text) == ["AR122"]
    assert _ar(text.replace("1,540", "1,440")) == []


# --- a semicolon after a 、 list closes it ---------------------------------------------


def test_semicolon_after_a_dun_list_closes_the_breakdown():
    assert _ar("今年共招录公务员26名,其中综合管理类9名、执法类17名;另有选调生40名参加培训。") == []
    assert _ar("全站现有职工31人,其中技术人员12人、管理人员19人;另聘用保洁人员8人、保安5人,全站合计44人。") == []
    # the list itself is still checked
    assert _ar("全院共有科室21个,其中临床科室12个、医技科室6个、其余科室2个;另有病区9个。") == ["AR122"]


# --- a class label glued to its count (一类12件, A2类27件) is no part ------------------


def test_class_labels_are_not_parts():
    text = "本季度辖区发生火情A1类0起、A2类14起、A3类203起,合计227起。"
    assert _ar(text) == ["AR122"]
    assert _ar(text.replace("227起", "217起")) == []
    assert _ar("本年共评定文明家庭一类15户、二类42户、三类61户,合计118户。") == []
    assert _ar("本年共评定文明家庭一类15户、二类42户、三类61户,合计128户。") == ["AR122"]


# --- tables: a growth column, a 实/应 rate column, a 完成比例 column ----------------------

_GROWTH_TABLE = """与上年比较如下:

| 项目 | 2023年 | 2024年 | 增长率 |
|---|---|---|---|
| 接待游客(万人次) | 152.6 | 171.3 | {a} |
| 举办展览(场) | 38 | 45 | {b} |
| 新增会员(人) | 1,260 | 1,204 | -4.4% |
| 满意率 | 94% | 96% | 2.1% |
"""


def test_growth_column_against_its_two_years():
    assert _ar(_GROWTH_TABLE.format(a="12.3%", b="18.4%")) == []  # 12.25% and 18.42%
    assert _ar(_GROWTH_TABLE.format(a="12.3%", b="21.4%")) == ["AR111"]
    assert _ar(_GROWTH_TABLE.format(a="15.3%", b="18.4%")) == ["AR111"]


def test_growth_column_needs_two_comparable_periods():
    # three years before the column, or periods of different length: which two is unclear
    three = ("| 项目 | 2022年 | 2023年 | 2024年 | 增长率 |\n|---|---|---|---|---|\n"
             "| 展览(场) | 30 | 38 | 45 | 50.0% |\n")
    assert _ar(three) == []
    uneven = ("| 项目 | 2023年 | 2024年1-6月 | 增长率 |\n|---|---|---|---|\n"
              "| 展览(场) | 38 | 25 | 9.0% |\n")
    assert _ar(uneven) == []


def test_rate_column_of_due_and_done():
    table = ("| 疫苗 | 应种人数 | 实种人数 | 接种率 |\n|---|---|---|---|\n"
             "| 卡介苗 | 2,150 | 2,131 | {a} |\n| 脊灰 | 2,150 | 2,118 | 98.5% |\n")
    assert _ar(table.format(a="99.1%")) == []  # 2131/2150 = 99.12%; 2118/2150 = 98.51%
    assert _ar(table.format(a="98.1%")) == ["AR102"]


def test_done_share_column_is_a_rate():
    table = ("| 指标 | 上半年完成 | 全年目标 | 完成比例 |\n|---|---|---|---|\n"
             "| 税收(万元) | 5,230 | 11,000 | {a} |\n| 投资(万元) | 7,800 | 15,000 | 52.0% |\n")
    assert _ar(table.format(a="47.5%")) == []  # 47.55% written 47.5%: within rounding of the figures
    assert _ar(table.format(a="57.5%")) == ["AR102"]


# --- shares: the whole named again, 之 for 的, what was found among what was checked ------


def test_share_of_the_whole_named_before_qizhong():
    text = "光纤新增4.2万户,其中千兆光纤新增1.8万户,占光纤新增用户的{p};专线新增0.3万户。"
    assert _ar(text.format(p="42.9%")) == []
    assert _ar(text.format(p="52.9%")) == ["AR101"]


def test_share_written_with_zhi():
    text = "全乡已登记合作社共计212家。参与联营的合作社达58家,占已登记合作社之{p}。"
    assert _ar(text.format(p="27.4%")) == []
    assert _ar(text.format(p="37.4%")) == ["AR101"]


def test_found_among_checked():
    text = "抽检食品批次415批,检出不合格批次17批,占比{p},均已依法处置。"
    assert _ar(text.format(p="4.1%")) == []
    assert _ar(text.format(p="5.1%")) == ["AR101"]
    named = "巡查在建工地64个,发现隐患工地21个,隐患工地占比{p}。"
    assert _ar(named.format(p="32.8%")) == []
    assert _ar(named.format(p="38.2%")) == ["AR101"]


def test_found_share_of_another_whole_stays_quiet():
    # a share of something the sentence gives no figure for
    assert _ar("检查企业120家,发现隐患企业30家,占全市企业的5%。") == []
    # the part is no finding of the check
    assert _ar("检查企业120家,其余企业30家,占比5%。") == []


# --- a survey named by its rate is the base ----------------------------------------------


def test_survey_named_by_its_rate_is_the_base():
    text = "满意度调查问卷共回收860份,满意及基本满意者817份,满意度达{p}。"
    assert _ar(text.format(p="95.0%")) == []
    assert _ar(text.format(p="97.0%")) == ["AR102"]
    # two classes of answers are no base and count
    assert _ar("满意的1,980份,比较满意的652份,满意度为75.3%。") == []


# --- list counts: quoted names without 、, an adverb before the verb, 一是… on the next line


def test_quoted_names_one_after_another():
    assert _ar("上半年新开工“河道整治”“农房改造”“道路提升”三个项目。") == []
    assert _ar("上半年新开工“河道整治”“农房改造”“道路提升”四个项目。") == ["AR131"]
    assert _ar("荣获“优秀”“良好”等三个等次。") == []  # 等: the list may be short
    assert _ar("开展“进社区”“进学校”活动三个月。") == []  # a count of months, not of the names


def test_adverb_before_the_listing_verb():
    assert _ar("全面推进基层党建、产业发展、人居环境三项重点工作。") == []
    assert _ar("全面推进基层党建、产业发展、人居环境、平安建设三项重点工作。") == ["AR131"]
    assert _ar("扎实抓好基层党建、产业发展、人居环境、平安建设五项重点工作。") == ["AR131"]


def test_shi_run_on_the_line_below_the_count():
    bad = "明年重点做好以下三个方面的工作:\n\n一是抓好宣传;二是优化服务;三是强化管理;四是建强队伍。\n"
    assert _ar(bad) == ["AR131"]
    good = "明年重点做好以下四个方面的工作:\n一是抓好宣传;二是优化服务;三是强化管理;四是建强队伍。\n"
    assert _ar(good) == []


# --- more halves, a classification of the total before, currencies -----------------------


def test_more_halves_make_a_breakdown_complete():
    assert _ar("全县现有便民服务点36个,其中城区15个、郊县19个。") == ["AR122"]
    assert _ar("全县现有便民服务点34个,其中城区15个、郊县19个。") == []
    assert _ar("累计培训学员520人次,其中线上培训310人次、现场培训200人次。") == ["AR122"]
    assert _ar("完成进出口额52.3亿元,其中外贸企业出口30.1亿元、内贸企业转出口12.2亿元。") == []  # 外贸/内贸 of another group
    # one half and a sample of the other
    assert _ar("累计培训学员520人次,其中线上培训310人次、现场实操考核60人次。") == []


def test_classification_of_the_total_before():
    text = "全年受理信访事项共412件,较上年减少6.2%。按事项类别划分:涉法涉诉126件、劳动社保158件、城建国土{n}件。"
    assert _ar(text.format(n="128")) == []
    assert _ar(text.format(n="118")) == ["AR122"]
    # no total named in the sentence before: nothing to add up to
    assert _ar("全年受理信访事项412件,较上年减少6.2%。按事项类别划分:涉法涉诉126件、劳动社保158件。") == []


def test_foreign_currency_is_a_unit():
    text = "上半年实现营业收入3.62亿港元,较去年同期的3.18亿港元增长{p}。"
    assert _ar(text.format(p="13.8%")) == []
    assert _ar(text.format(p="18.3%")) == ["AR111"]


def test_plan_that_a_share_is_of_is_not_the_whole_broken_down():
    text = ("上半年实现保费收入3.65亿港元,完成全年计划7.2亿港元的50.7%。"
            "其中寿险保费2.41亿港元,占总保费的{p}。")
    assert _ar(text.format(p="66.0%")) == []  # 2.41 / 3.65, not / 7.2
    assert _ar(text.format(p="76.0%")) == ["AR101"]


# --- totals after their parts: 发现 is no 现有, a counted subject, a time opening the list --


def test_total_after_parts_with_found():
    text = "查出账实不符4处、手续不全6处、超范围支出3处,共计发现问题{n}处。"
    assert _ar(text.format(n="13")) == []
    assert _ar(text.format(n="15")) == ["AR122"]


def test_counted_subject_before_the_total():
    text = "全年拨付救助金2,316万元、慰问金584万元,两项资金合计{n}万元。"
    assert _ar(text.format(n="2,900")) == []
    assert _ar(text.format(n="2,980")) == ["AR122"]
    # a subject that is no count of the items named is a wider total
    assert _ar("全年拨付救助金2,316万元、慰问金584万元,全局各类资金合计5,200万元。") == []


def test_time_opening_the_list_dates_every_part():
    text = "上半年新建道路3.2公里、改造道路5.6公里、维修道路2.1公里,共计完成道路工程{n}公里。"
    assert _ar(text.format(n="10.9")) == []
    assert _ar(text.format(n="11.9")) == ["AR122"]
    # a list of another topic before the total stays out
    assert _ar("目前已建成道路3.2公里、改造道路5.6公里,共计完成道路工程12.5公里。") == []


# --- a base named after the rate or its change -------------------------------------------


def test_points_with_last_year_in_brackets():
    text = "全年监测设备完好率达到98.6%,较上年提高{d}个百分点(上年为97.9%)。"
    assert _ar(text.format(d="0.7")) == []
    assert _ar(text.format(d="1.7")) == ["AR112"]
    growth = "全年接待游客82万人次,较上年增长{p}(上年为64万人次)。"
    assert _ar(growth.format(p="28.1%")) == []
    assert _ar(growth.format(p="18.1%")) == ["AR111"]


def test_rate_base_after_the_rate():
    text = "为在册低保对象办理医疗救助2,614人,医疗救助覆盖率达到{p},全县在册低保对象2,958人。"
    assert _ar(text.format(p="88.4%")) == []
    assert _ar(text.format(p="91.4%")) == ["AR102"]


def test_rate_base_after_of_another_population_stays_quiet():
    # the total after the rate is of a population the count is not drawn from
    assert _ar("接种疫苗3,862人,接种率达到86.5%,全区常住人口14,416人。") == []
    assert _ar("全年新增就业3,862人,就业率达到86.5%,全区劳动力4,416人。") == []


# --- a 其中 sentence after a sentence that ends on a target and a change -----------------


def test_qizhong_whole_past_a_target_and_a_change():
    text = ("上半年共完成一般公共预算收入5,320万元,完成年度预算11,000万元的48.4%,同比增收410万元,增长8.3%。"
            "其中:税收收入3,960万元,非税收入{n}万元。")
    assert _ar(text.format(n="1,360")) == []  # 3,960 + 1,360 = 5,320: the total, not the target or the change
    assert _ar(text.format(n="1,160")) == []  # 其中 may name only some parts: no 其他 here
    rest = ("上半年共完成一般公共预算收入5,320万元,完成年度预算11,000万元的48.4%,同比增收410万元,增长8.3%。"
            "其中:税收收入3,960万元,其他收入{n}万元。")
    assert _ar(rest.format(n="1,360")) == []
    assert _ar(rest.format(n="1,160")) == ["AR122"]
    # parts that fit within the change may break the change down
    assert _ar("全年新增就业较上年增加500人。其中:返乡创业带动210人,其他290人。") == []


def test_growth_past_a_share_of_the_plan():
    text = "全年归集资金46.8亿元,完成年度计划45亿元的104%,同比增长{p}(上年为43.1亿元)。"
    assert _ar(text.format(p="8.6%")) == []  # 46.8 / 43.1 − 1 = 8.58%
    assert _ar(text.format(p="6.8%")) == ["AR111"]
    # the share itself is no value of the growth
    assert _ar("全年归集资金46.8亿元,完成年度计划45亿元的104%,同比提高2.1%(上年为101.9%)。") == []


def test_part_named_after_its_share():
    text = "全年共招录人员 名,其中公开招聘86名、定向选调23名。到基层一线的人员占公开招聘总数的{p},共52名。"
    assert _ar(text.format(p="60.5%")) == []  # 52 / 86
    assert _ar(text.format(p="65.5%")) == ["AR101"]
    # two figures the total's name fits: which is the whole is unclear
    assert _ar("全年招聘教师86名、医生23名。到基层的人员占招聘总数的65.5%,共52名。") == []
    assert _ar("全年招聘教师86名、医生23名。到基层的人员占招聘总数的25.5%,共22名。") == []
