"""AR rules on the shapes the held-out sets o-x found missed or wrongly flagged, as general
phenomena in new wording: each with the wrong figures (found) and the right ones or a
look-alike that must stay quiet.
"""

from __future__ import annotations

import pytest

from draftlint.document import Document
from draftlint.numbers import find_quantities
from draftlint.rules import get
from draftlint.testing import family_codes, rule_options

def _ar(text: str) -> list[str]:
    """The codes of the AR findings (warning and error) on ``text``, sorted."""
    return family_codes("AR", text)


def _sev(text: str, code: str) -> list[str]:
    doc = Document(text)
    return [v.severity for v in get(code).check(doc, rule_options(code))]


# --- a 其中 list that is the whole partition by the evidence of its words -------------------

# (wrong text, the figure to change, what makes it add up)
PARTITIONS = [
    # the total names the classes: 市、区、街道三级 … 市级/区级/街道级
    ("全市共配备市、区、街道三级网格督导员526名,其中市级督导员24名、区级督导员131名、街道级督导员361名。",
     "361名", "371名"),
    # …三级 before three parts named …级
    ("全县共组建三级应急队伍126支,其中县级队伍12支、乡级队伍38支、村级队伍70支。", "70支", "76支"),
    ("全年共排查重大、较大、一般隐患830处,其中重大隐患45处、较大隐患262处、一般隐患513处。", "513处", "523处"),
    # the total's name joins the first characters of its parts: 离退休 / 离休+退休
    ("全局现有离退休人员958人,其中离休人员12人、退休人员936人。", "936人", "946人"),
    ("全年中外文期刊订购640种,其中中文期刊452种、外文期刊178种。", "178种", "188种"),
    # a chain of places, each outside the one before
    ("全年输送务工人员4260人,其中市内务工2180人,市外省内务工1320人,省外务工740人。", "740人", "760人"),
    # the outcomes of one check
    ("共抽查经营门店612家次,其中合格531家次、责令整改63家次、立案查处8家次。", "8家次", "18家次"),
    # the new and the renewed
    ("全年建成村级养老服务站48个,其中新建15个、提档升级29个。", "29个", "33个"),
]


@pytest.mark.parametrize("bad, wrong, right", PARTITIONS)
def test_evident_partition_that_does_not_add_up_is_found(bad, wrong, right):
    assert _ar(bad) == ["AR122"]
    assert _sev(bad, "AR122") == ["warning"]  # the evidence is of words, never an error
    assert _ar(bad.replace(wrong, right)) == []


@pytest.mark.parametrize("text", [
    # a selection, not a partition (规上 and 高新 are attributes that may overlap, and leave much out)
    "全区共有工业企业240家,其中规上企业86家、高新技术企业31家。",
    "全区共有工业企业240家,其中规上企业126家、高新技术企业31家、专精特新企业79家。",
    # a list that says it is a selection
    "全年共受理群众诉求2240件,其中主要为物业纠纷1180件、噪音扰民690件、占道经营316件。",
    "全年共受理群众诉求2240件,其中物业纠纷1180件、噪音扰民690件、占道经营316件等。",
    "全年共受理群众诉求2240件,其中包括物业纠纷1180件、噪音扰民690件、占道经营316件。",
    # three parts that leave out much of the total
    "全年共受理群众诉求2240件,其中物业纠纷880件、噪音扰民490件、占道经营316件。",
    # two parts with no evidence they are the whole (another kind may be left out)
    "全年共受理群众诉求2240件,其中电话诉求1480件、网络诉求700件。",
    # classes of one kind that a third may complete (中压 / 低压: there is 高压 too)
    "全年巡检燃气管网共计2,860公里,其中中压管网1,130公里,低压管网1,560公里。",
    # 公办 and 普惠性民办 are not all the kindergartens (民办 need not be 普惠)
    "全县幼儿园64所,其中公办园38所、普惠性民办园21所。",
    # a chain of places with a gap in it (市外省内 left out) is no partition
    "全年输送务工人员4260人,其中市内务工2180人,省外务工1740人。",
    # outcomes: only the failures, not the passed ones
    "共抽查经营门店612家次,其中责令整改63家次、立案查处8家次。",
    # 续建 and 新建 leave out the projects still in preparation
    "全年共推进重点项目58个,其中续建项目21个、新建项目33个。",
    # ranges of people that nest, not brackets
    "全区60岁以上老人12860人,其中70岁以上6120人、80岁以上2100人、90岁以上560人。",
    # parts given as approximate figures
    "全年共受理群众诉求2240件,其中电话诉求约1180件、网络诉求约690件、来访诉求约316件。",
])
def test_selection_or_unproven_partition_stays_quiet(text):
    assert _ar(text) == []


def test_rounded_parts_of_a_partition_stay_quiet():
    # 1.26 + 0.83 + 0.47 = 2.56 against 2.6: within the rounding of the 万 figures
    assert _ar("全年完成造林2.6万亩,其中人工造林1.26万亩、封山育林0.83万亩、退化林修复0.47万亩。") == []
    # a total in 万 with exact parts that round to it
    assert _ar("全年接待游客326万人次,其中市内游客182.4万人次、市外省内游客98.6万人次、省外游客45.3万人次。") == []


def test_exact_partition_stays_quiet():
    for bad, wrong, right in PARTITIONS:
        assert _ar(bad.replace(wrong, right)) == [], bad


# --- units: 公吨 (公噸) and 家次 ----------------------------------------------------------


def test_metric_ton_and_firm_visits_are_units():
    [q] = find_quantities("8,620公吨")
    assert q.value == 8620 and q.unit == "吨"
    [q] = find_quantities("检查413家次")
    assert q.value == 413 and q.unit == "家次"


def test_parts_in_metric_tons_exceed_their_total():
    bad = "全年配售饲料共计6,240公噸,其中猪饲料3,910公噸、禽饲料1,980公噸、其他饲料450公噸。"
    assert _ar(bad) == ["AR121"]
    assert _ar(bad.replace("450公噸", "350公噸")) == []


# --- a rate of one count over both together --------------------------------------------


def test_rate_of_one_count_over_the_sum_of_two_classes_stays_quiet():
    # 回收率 = 回收 / (清运 + 回收) = 3,210 / 8,630 = 37.2%
    assert _ar("全年清运生活垃圾5,420吨,资源回收3,210吨,资源回收率37.2%。") == []
    # the same rate of count over base, wrong either way, is still found
    assert _ar("全年清运生活垃圾5,420吨,资源回收3,210吨,资源回收率47.2%。") == ["AR102"]


# --- Markdown tables: a total row in bold, a column of counts --------------------------


def _table(rows: list[tuple[str, str, str]], head=("类别", "数量", "金额(万元)")) -> str:
    lines = ["各类别情况如下:", "", f"| {head[0]} | {head[1]} | {head[2]} |", "|---|---:|---:|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines) + "\n"


def test_total_row_in_bold_is_checked():
    rows = [("设备购置", "12", "86.5"), ("人员培训", "7", "31.2"), ("宣传推广", "5", "12.8")]
    good = _table(rows + [("**合计**", "**24**", "**130.5**")])
    assert _ar(good) == []
    assert _ar(good.replace("**130.5**", "**131.5**")) == ["AR122"]
    assert _ar(good.replace("__", "").replace("**合计**", "__合计__").replace("**130.5**", "__140.5__")) == ["AR122"]


def test_counts_in_a_count_column_are_exact():
    rows = [("街道", "6", "1,210"), ("社区", "38", "2,460"), ("小区", "95", "3,380"), ("楼栋", "142", "1,050")]
    good = _table(rows + [("合计", "281", "8,100")], head=("类别", "数量", "人次"))
    assert _ar(good) == []
    # 280 against 281: four rounded figures could reach it, four counts of whole things cannot
    assert _ar(good.replace("| 281 |", "| 280 |")) == ["AR122"]
    # the same column without a header naming a count keeps the rounding reading
    assert _ar(good.replace("| 类别 | 数量 |", "| 类别 | 规模 |").replace("| 281 |", "| 280 |")) == []
    # a column of figures with decimals is not a count
    dec = _table([("甲", "6.5", "1"), ("乙", "3.2", "2"), ("丙", "1.1", "3")] + [("合计", "10.9", "6")],
                 head=("类别", "数量", "个数"))
    assert _ar(dec) == []


# --- what must stay quiet: look-alikes of a breakdown -----------------------------------


def test_a_list_item_that_starts_with_zhong_is_no_among():
    # 初中, 中班, 中文: the next item of a 、 list, not "among the …"
    assert _ar("全镇现有学校23所,其中高中2所、初中6所、小学15所。") == []
    assert _ar("本月组织干部参加保密培训3人次、中文写作培训7人次。") == []
    assert _ar("全园开设班级十个,其中大班三个、中班三个、小班两个、托班两个。") == []
    assert _ar("全园开设班级十个,其中大班三个、中班三个、小班三个、托班两个。") == ["AR121"]
    # a real "among" is still read
    assert _ar("现有8个网点中,达标的5个,整改的4个。") == ["AR121"]


def test_shares_named_in_the_clause_before_are_of_their_attribute():
    # 学历 and 职称 (or 双师型 and 学位) cut the staff two ways: the shares may pass 100% together
    assert _ar("全所干部职工34人,其中本科以上学历26人,占76.5%;具有中级以上职称19人,占55.9%。") == []
    assert _ar("学校现有专任教师148人,其中骨干教师96人,占比64.9%;具有硕士以上学位教师81人,占54.7%。") == []
    # halves of one whole still may not pass 100%
    assert _ar("全镇常住人口4.2万人,其中城镇人口2.6万人,占61.9%;乡村人口1.9万人,占45.2%。") != []


def test_a_whole_of_the_same_kind_after_a_semicolon_is_no_part():
    assert _ar("签约管理老年人3,860人,其中规范管理2,710人,规范管理率70.2%;签约管理残疾人4,120人。") == []
    assert _ar("各项存款余额18.42亿元,其中个人存款12.06亿元,占65.5%;各项贷款余额13.75亿元。") == []
    # a part after a semicolon that is named like the other parts is a part
    assert _ar("全镇常住人口4.2万人,其中城镇人口2.6万人;乡村人口1.9万人。") == ["AR121"]
    # and the rest named after a semicolon completes the list
    assert _ar("全年税费收入3.60亿元,其中:增值税1.50亿元;所得税0.90亿元;其他税费1.00亿元。") == ["AR122"]
    assert _ar("全年税费收入3.60亿元,其中:增值税1.50亿元;所得税0.90亿元;其他税费1.20亿元。") == []


# --- rates and shares whose count or base is named differently --------------------------


def test_pass_rate_from_the_failures():
    good = "全年抽检成品油1,840批次,不合格23批次,合格率98.8%。"  # 1 - 23/1,840 = 98.75%
    assert _ar(good) == []
    assert _ar(good.replace("98.8%", "96.8%")) == ["AR102"]
    # a rate of the failures themselves is count over base
    assert _ar("全年抽检成品油1,840批次,不合格23批次,不合格率1.3%。") == []
    assert _ar("全年抽检成品油1,840批次,不合格23批次,不合格率2.3%。") == ["AR102"]


def test_share_of_a_target_of_increases_takes_the_increase():
    good = "各项贷款余额52.4亿元,较年初增加6.3亿元,完成全年新增任务9亿元的70%。"  # 6.3 / 9
    assert _ar(good) == []
    assert _ar(good.replace("的70%", "的80%")) == ["AR101"]


def test_base_of_a_share_is_not_the_total_a_qizhong_list_breaks_down():
    text = "各项存款余额26.8亿元,较年初增加3.1亿元,完成全年任务5亿元的62%;其中对公存款10.2亿元、储蓄存款16.6亿元。"
    assert _ar(text) == []
    assert _ar(text.replace("16.6亿元", "17.6亿元")) == ["AR121"]  # 27.8 > 26.8, not > 5


def test_progress_column_of_a_table_is_no_sum():
    rows = ["| 项目 | 总投资(万元) | 完成(万元) | 进度 |", "|---|---|---|---|",
            "| 甲 | 12,000 | 4,800 | 40.0% |", "| 乙 | 8,000 | 6,000 | 75.0% |", "| 合计 | 20,000 | 10,800 | 54.0% |"]
    text = "重点项目推进情况如下:\n\n" + "\n".join(rows) + "\n"
    assert _ar(text) == []
    assert _ar(text.replace("10,800", "11,800")) == ["AR122"]


def test_more_named_rates_of_a_count_over_its_base():
    cases = [
        # (text, wrong rate, right rate)
        ("共核查登记表1,250份,发现差错表38份,差错率为3.9%。", "3.9%", "3.0%"),
        ("办结行政许可事项516项,其中可全程网办的472项,全程网办率为94.5%。", "94.5%", "91.5%"),
        ("全年审查起诉案件842件,适用认罪认罚728件,适用率达89.6%。", "89.6%", "86.5%"),
        ("全年送检样本2,460份,检出阳性样本37份,检出率为2.5%。", "2.5%", "1.5%"),
        ("年度服务目标数1,240人,上半年累计完成736人,达成率62.4%。", "62.4%", "59.4%"),
        ("抽测样品860组,合格842组,合格率96.9%。", "96.9%", "97.9%"),
    ]
    for text, wrong, right in cases:
        assert _ar(text) == ["AR102"], text
        assert _ar(text.replace(wrong, right)) == [], text


def test_a_rate_after_other_figures_of_its_kind_takes_the_two_clauses_before_it():
    text = "走访企业36家、社区12个,收集意见1,260户,梳理问题48个,已整改41个,整改率为89.4%。"
    assert _ar(text) == ["AR102"]  # 41 / 48 = 85.4%
    assert _ar(text.replace("89.4%", "85.4%")) == []
    # figures right before the base may be what it sums: left alone
    assert _ar("排查一般隐患86项、较大隐患4项,合计90项,已整改88项,整改率97.8%。") == []
    assert _ar("排查一般隐患86项、较大隐患4项,合计80项,已整改78项,整改率90.1%。") != ["AR102"]


# --- growth with last period's figure in brackets after it -------------------------------


def test_growth_with_the_base_in_brackets_after_the_rate():
    cases = [
        ("全年清理流动摊点3,460处,同比增长12.5%(上年清理2,840处)。", "12.5%", "21.8%"),
        ("三季度车险保费4,120万元,同比增长9.6%(上年同期3,620万元)。", "9.6%", "13.8%"),
        ("四季度接待游客58.6万人次,较上季度增加8.2%(上季度52.4万人次)。", "8.2%", "11.8%"),
    ]
    for text, wrong, right in cases:
        assert _ar(text) == ["AR111"], text
        assert _ar(text.replace(wrong, right)) == [], text
    # a bracket that is not last period's figure stays quiet
    assert _ar("全年车险保费4,120万元,同比增长9.6%(其中新车保费1,360万元)。") == []
    # vehicles counted per trip are a unit: 万辆次
    [q] = find_quantities("286万辆次")
    assert q.unit == "辆次" and q.value == 2860000


def test_signed_growth_cells_of_a_table():
    head = ["主要指标如下:", "", "| 指标 | 2023年 | 2024年 | 同比 |", "|---|---|---|---|"]
    rows = ["| 办件量(件) | 4,820 | 5,310 | +10.2% |", "| 投诉量(件) | 126 | 104 | -17.5% |"]
    good = "\n".join(head + rows) + "\n"
    assert _ar(good) == []
    assert _ar(good.replace("+10.2%", "+12.2%")) == ["AR111"]  # 5,310 / 4,820 - 1 = 10.17%
    assert _ar(good.replace("-17.5%", "-21.5%")) == ["AR111"]  # 104 / 126 - 1 = -17.46%
    # a fall written without its sign, or a sign that says the wrong way, is left alone here
    assert _ar(good.replace("-17.5%", "17.5%")) == []
    # a column of signed changes is no sum
    sums = ["| 类别 | 数量 | 增减 |", "|---|---|---|", "| 甲 | 12 | +3.0% |", "| 乙 | 8 | -1.0% |", "| 合计 | 20 | +2.0% |"]
    assert _ar("情况如下:\n\n" + "\n".join(sums) + "\n") == []


def test_growth_since_the_start_of_the_year_in_a_table():
    head = ["| 指标 | 年初 | 6月末 | 较年初增长 |", "|---|---|---|---|"]
    rows = ["| 存款余额(万元) | 84,600 | 91,200 | 7.8% |", "| 贷款户数(户) | 12,480 | 13,050 | 4.6% |"]
    good = "经营情况:\n\n" + "\n".join(head + rows) + "\n"
    assert _ar(good) == []
    assert _ar(good.replace("| 4.6% |", "| 5.6% |")) == ["AR111"]  # 13,050 / 12,480 - 1 = 4.57%


def test_teams_are_counted_whole():
    # 支 counts whole teams: four parts cannot hide a shortfall of one in their rounding
    bad = "全镇组建志愿服务队伍31支,其中党员先锋队12支、青年突击队8支、巾帼服务队6支、银龄互助队4支。"
    assert _sev(bad, "AR122") == ["info"]
    assert _sev(bad.replace("4支", "5支"), "AR122") == []


@pytest.mark.parametrize("bad, wrong, right", [
    ("全年共受理群众诉求2240件,其中电话诉求1180件、网络诉求690件、来访诉求316件。", "316件", "370件"),
    # (a selection of the biggest classes looks the same: 学校86所,其中小学52所、初中21所、高中9所)
    ("全县共有学校86所,其中小学52所、初中21所、高中9所。", "9所", "13所"),
])
def test_three_parts_a_few_percent_short_are_only_info(bad, wrong, right):
    # nothing but the size of the gap says the list is the whole: shown with --show-info only
    assert _ar(bad) == []
    assert _sev(bad, "AR122") == ["info"]
    assert _sev(bad.replace(wrong, right), "AR122") == []
