"""AR rules as specifications: a draft in, (line, column) of each finding out."""

from draftlint.testing import positions, spans_text, violations


def sev(code, text):
    return [v.severity for v in violations(code, text)]


# --- AR101 share ---------------------------------------------------------------------

def test_share_of_a_stated_whole_that_does_not_add_up():
    text = "一、主要指标\n1至6月,全镇财政收入完成1318万元,占全年任务2355万元的60%,其中国税161万元,地税778万元,其他380万元。\n"
    assert positions("AR101", text) == [(2, 21)]
    v = violations("AR101", text)[0]
    assert v.severity == "error"
    assert v.data["expected"] == "55.97%" and v.data["stated"] == "60%"
    assert "1318万元 / 2355万元 = 55.97%" in v.message.zh


def test_share_that_rounds_correctly_is_left_alone():
    text = "完成到位资金6430万元,占目标任务11000万元的58.5%,完成省外到位资金4200万元,占目标任务7400万元的56.8%。"
    assert positions("AR101", text) == []


def test_share_with_the_whole_named_earlier():
    assert spans_text("AR101", "全镇户籍人口12480人,其中60岁以上老人2760人,占总人口的25.1%。") == ["占总人口的25.1%"]
    assert spans_text("AR101", "全镇户籍人口12480人,其中60岁以上老人2760人,占总人口的22.1%。") == []


def test_share_of_another_whole_is_not_checked():
    assert spans_text("AR101", "全年完成投资5.2亿元,其中工业投资3.1亿元,占全市工业投资的10.4%。") == []


def test_small_miss_is_a_warning_and_rounding_slack_is_info():
    assert sev("AR101", "完成1318万元,占全年任务2355万元的56.3%。") == ["warning"]
    assert sev("AR101", "完成1318万元,占全年任务2355万元的56%。") == []


def test_approximate_operand_is_only_info():
    assert sev("AR101", "完成1300余万元,占全年任务2355万元的70%。") == ["info"]


def test_traditional_script_and_fullwidth_digits():
    text = "財政收入完成１３１８萬元,佔全年任務２３５５萬元的６０％。"
    assert len(violations("AR101", text)) == 1


# --- AR102 rate ----------------------------------------------------------------------

def test_rate_against_its_two_counts():
    assert spans_text("AR102", "全镇适龄儿童3264人,已入学3231人,入学率99.05%。") == ["入学率99.05%"]
    assert spans_text("AR102", "全镇适龄儿童3264人,已入学3231人,入学率98.99%。") == []


def test_completion_rate_may_pass_100_percent():
    assert spans_text("AR102", "计划投资5000万元,实际完成5240万元,完成率104.8%。") == []
    assert sev("AR102", "计划投资5000万元,实际完成4800万元,完成率94%。") == ["error"]


def test_rate_with_more_than_two_counts_is_not_guessed():
    assert spans_text("AR102", "共有党员120人,其中女党员40人,参学108人,参学率60%。") == []


# --- AR111 growth / AR112 points -----------------------------------------------------

def test_growth_rate_recomputed():
    assert sev("AR111", "村集体经济收入由120万元增加到180万元,增长40%。") == ["error"]
    assert sev("AR111", "村集体经济收入由120万元增加到180万元,增长50%。") == []


def test_growth_against_last_year_with_both_values():
    assert sev("AR111", "全年完成税收3260万元,比上年的2980万元增长9.4%。") == []
    assert sev("AR111", "全年完成税收3260万元,比上年的2980万元增长12.4%。") == ["error"]


def test_direction_flip_is_an_error():
    assert sev("AR111", "建档立卡贫困户由812户减少到956户。") == ["error"]
    assert sev("AR111", "全年完成税收2860万元,比上年的2980万元增长4%。") == ["error"]


def test_times_is_flagged_only_when_both_readings_fail():
    assert sev("AR111", "产值由50万元增加到150万元,增长2倍。") == []
    assert sev("AR111", "产值由50万元增加到150万元,增长3倍。") == []
    assert sev("AR111", "产值由50万元增加到150万元,增长5倍。") == ["error"]


def test_value_added_growth_is_not_recomputed():
    assert sev("AR111", "全年实现工业增加值12.6亿元,比上年的11.8亿元增长9.1%。") == []


def test_percentage_points():
    assert positions("AR112", "森林覆盖率由38.2%提高到41.5%,提高了3.5个百分点。") == [(1, 7)]
    assert positions("AR112", "森林覆盖率由38.2%提高到41.5%,提高了3.3个百分点。") == []
    assert sev("AR112", "城镇化率达到50.6%,比上年的48.2%提高2.4个百分点。") == []
    assert sev("AR112", "城镇化率达到50.6%,比上年的48.2%提高3.4个百分点。") == ["error"]


def test_percent_change_of_a_percentage_accepts_either_reading():
    assert sev("AR112", "优良率由40%提高到50%,提高10%。") == []
    assert sev("AR112", "优良率由40%提高到50%,提高25%。") == []
    assert sev("AR112", "优良率由40%提高到50%,提高15%。") == ["error"]


# --- AR121 / AR122 parts -------------------------------------------------------------

def test_rounded_parts_of_a_rounded_total_are_fine():
    text = "财政收入完成1318万元,其中国税161万元,地税778万元,其他380万元。"
    for code in ("AR121", "AR122"):
        assert [v.severity for v in violations(code, text) if v.severity != "info"] == []


def test_part_larger_than_total():
    assert spans_text("AR121", "共排查企业4家,其中17家存在隐患。") == ["4家,其中17家"]
    assert spans_text("AR121", "现有1个工地中,达标的7个,停工的8个。") == ["1个工地中,达标的7个"]


def test_parts_that_add_up_past_the_total():
    assert spans_text("AR121", "现有12个工地中,达标的7个,停工的8个。") == ["12个工地中,达标的7个,停工的8个"]
    assert spans_text("AR121", "现有15个工地中,达标的7个,停工的8个。") == []


def test_next_topic_is_not_a_part():
    text = "投资总额达12.8亿元,其中县外引资12.5亿元,目前到位资金总额2.9亿元,引资2.59亿元。"
    assert spans_text("AR121", text) == []


def test_complete_breakdown_must_add_up():
    assert sev("AR122", "全年接待游客12.6万人次,其中省内游客8.1万人次,其余省外游客3.2万人次。") == ["error"]
    assert sev("AR122", "全年接待游客12.6万人次,其中省内游客8.1万人次,其余省外游客4.5万人次。") == []
    assert sev("AR122", "全年接待游客12.6万人次,其中省内游客8.1万人次,湖北游客3.2万人次。") == []


def test_shares_of_one_whole_past_100_percent():
    assert sev("AR122", "三次产业中,其中第一产业占12%,第二产业占47%,第三产业占45%。") == ["error"]
    assert sev("AR122", "其中第一产业占8.2%,第二产业占44.9%,第三产业占46.9%。") == []


# --- AR131 list count ----------------------------------------------------------------

def test_list_longer_than_its_count():
    text = "(一)产业发展\n着力壮大苗木花卉、辛夷、品种桃、特色养殖三大农业支柱的规模。\n"
    assert positions("AR131", text) == [(2, 1)]
    assert spans_text("AR131", "引进了甲公司、乙公司、丙公司、丁公司等三家企业。") == ["引进了甲公司、乙公司、丙公司、丁公司等三家"]


def test_list_shorter_than_its_count_when_its_start_is_clear():
    assert len(violations("AR131", "实行首问负责、限时办结三项制度。")) == 1
    # the list may have begun before the comma: not checked
    assert violations("AR131", "牢牢抓住新型工业化,农业产业化、三产现代化和城市规模化四个招商重点。") == []


def test_lists_that_match_their_count():
    for text in (
        "立足铸造汽配、服装加工两大主导产业优势。",
        "在镇干、村、镇直单位三个层面,全面实行绩效考评。",
        "聚焦差异化、景区化、项目化“三化”理念。",
        "实行“证照代办制”、“落地承诺制”、“检查协理制”三项制度。",
        "在招商引资、发展企业上设立信息奖、纳税奖、发展奖三大奖项。",
        "持续开展省道、县道等交通要道环境整治、矿产资源专项治理、农村垃圾治理三项工程。",
        "围绕城镇建设、工业项目和农村经济发展三项重点工作。",
        "引进了甲公司、乙公司等五家企业。",
        "组织镇、村、组干部深入两个村开展排查。",
        "投放垃圾箱10个、人力车6辆、清洁工6人,建成公厕两座、游园三个。",
    ):
        assert violations("AR131", text) == [], text


def test_count_with_names_in_brackets():
    assert violations("AR131", "正在培育的规上企业2家(森财木业、新鹏电子)。") == []
    assert len(violations("AR131", "正在培育的规上企业3家(森财木业、新鹏电子)。")) == 1


# --- AR141 small base ----------------------------------------------------------------

def test_percentage_impossible_for_a_small_group():
    assert spans_text("AR141", "全镇4家规上企业中,60%已完成技术改造。") == ["4家规上企业中,60%"]
    assert violations("AR141", "全镇4家规上企业中,75%已完成技术改造。") == []
    assert sev("AR141", "在12名受访群众中,满意率达93%。") == ["error"]
    assert violations("AR141", "在12名受访群众中,满意率达91.7%。") == []


def test_rates_of_something_else_are_not_shares_of_the_group():
    assert violations("AR141", "全镇12个村中,农村医保参合率98.5%。") == []
    assert violations("AR141", "全镇12个村中,集体收入同比增长13%。") == []


def test_breakdown_of_an_unclear_total_is_not_checked():
    text = "我乡共引进投资额在1000万元以上的项目3个,投资额在500万元以上项目1个,其中新建项目4个,在建项目4个,意向项目1个。"
    assert violations("AR121", text) == []


def test_share_may_be_of_the_figure_before_a_part():
    # the share is of the 5.2亿元 total, not of the part named after 其中
    assert violations("AR101", "全年完成投资5.2亿元,其中政府投资1.8亿元,占全年计划投资8.0亿元的65%。") == []
    assert len(violations("AR101", "全年完成投资5.2亿元,其中政府投资1.8亿元,占全年计划投资8.0亿元的75%。")) == 1


def test_rank_numbers_fall_as_the_rank_rises():
    assert violations("AR111", "全县综合考核排名由15位上升到8位。") == []


def test_percentage_of_something_else_within_a_small_group():
    assert violations("AR141", "全镇3个社区中,老年人占比达到23.6%。") == []
    assert len(violations("AR141", "在8个考核指标中,优秀率达到90%。")) == 1


def test_survey_shares_without_qizhong():
    text = "从居住方式看,仅与配偶同住的占42.3%,与子女同住的占35.6%,独居的占26.6%。"
    assert sev("AR122", text) == ["error"]
    # cuts by different attributes (学历, 年龄) may add up past 100%
    assert violations("AR122", "全镇党员中,大专以上学历的占65%,35岁以下的占48%。") == []


def test_total_after_its_parts():
    assert sev("AR122", "发放宣传册200份、明白纸300份,合计600份。") == ["error"]
    assert violations("AR122", "发放宣传册200份、明白纸300份,合计500份。") == []
    assert violations("AR122", "今年新建学校3所,共有学校56所。") == []
    assert violations("AR122", "今年新增5家,累计达到30家。") == []


# --- AR103 average -------------------------------------------------------------------

def test_average_against_total_and_count():
    assert spans_text("AR103", "全年发放临时救助金128.6万元,惠及困难群众2860人次,人均650元。") == ["人均650元"]
    assert violations("AR103", "全年发放临时救助金128.6万元,惠及困难群众2860人次,人均450元。") == []


def test_named_per_capita_statistics_are_not_recomputed():
    text = "全县地区生产总值286.45亿元,年末常住人口50.35万人,人均地区生产总值56012元。"
    assert violations("AR103", text) == []


def test_names_after_the_count():
    assert len(violations("AR131", "今年建成3个示范村,分别是甲村、乙村、丙村、丁村。")) == 1
    assert violations("AR131", "今年建成3个示范村,分别是甲村、乙村、丙村。") == []
    # the list goes on after a comma: its length is unknown
    assert violations("AR131", "今年建成4个示范村,分别是甲村、乙村,丙村正在建设。") == []


def test_count_before_a_run_of_yishi():
    text = "一、下半年打算\n重点抓好三个方面的工作:一是抓项目;二是抓招商;三是抓民生;四是抓党建。\n"
    assert positions("AR131", text) == [(2, 5)]
    assert violations("AR131", "采取了以下四项措施:一是加强领导,二是完善制度,三是强化督查。") != []
    assert violations("AR131", "重点抓好三个方面的工作:一是抓项目;二是抓招商;三是抓民生。") == []


def test_shares_given_together():
    assert sev("AR122", "工业、农业、服务业投资分别占全部投资的40%、35%和30%。") == ["error"]
    assert violations("AR122", "工业、农业、服务业投资分别占全部投资的40%、35%和25%。") == []
    # each item is a share of its own whole
    assert violations("AR122", "我县粮食产量和油料产量分别占全市的40%和65%。") == []
    assert violations("AR122", "入学率、巩固率分别为99%和98%。") == []


def test_rate_of_the_only_group_counted():
    assert sev("AR141", "共有12名学员参加考核,合格率95%。") == ["error"]
    assert violations("AR141", "共有12名学员参加考核,合格率91.7%。") == []
    assert violations("AR141", "全镇12个村,饮水达标率95%。") == []
    assert violations("AR141", "全年开展培训12期,培训学员860人次,结业率96%。") == []


def test_rate_with_its_base_in_the_sentence_before():
    assert len(violations("AR102", "全镇共有适龄儿童1846人。已入学1839人,入学率99.92%。")) == 1
    assert violations("AR102", "全镇共有适龄儿童1846人。已入学1839人,入学率99.62%。") == []


def test_bare_share_of_the_one_named_total():
    assert len(violations("AR101", "全年任务2355万元,上半年完成1318万元,占60%。")) == 1
    assert violations("AR101", "全年任务2355万元,上半年完成1318万元,占56%。") == []


def test_thousands_separators_and_compound_figures():
    text = "本區歲入預算數為新臺幣3億2,560萬元,實際執行數為3億1,280萬元,執行率98.07%。"
    assert spans_text("AR102", text) == ["執行率98.07%"]
    assert violations("AR102", text.replace("98.07", "96.07")) == []
    assert spans_text("AR101", "全镇共有人口12,480人,其中60岁以上老人2,760人,占总人口的25.1%。") == ["占总人口的25.1%"]


def test_group_named_again_at_the_start_of_the_next_sentence():
    text = "全县农业产业化龙头企业60家。龙头企业中,国家级1家、省级12家、市级57家。"
    assert spans_text("AR121", text) == ["1家、省级12家、市级57家"]
    assert violations("AR121", text.replace("市级57家", "市级47家")) == []


def test_enumeration_marker_is_not_a_name():
    assert len(violations("AR131", "1.立足铸造、服装加工、新型建材两大主导产业。")) == 1
    assert len(violations("AR131", "二是实行首问负责、限时办结三项制度。")) == 1
    assert violations("AR131", "(一)着力壮大苗木花卉、中药材、精品水果、特色养殖四大农业支柱。") == []


def test_count_closing_a_line_against_the_headings_below():
    text = ("二、主要做法\n\n今年以来,我们重点做了以下三个方面的工作:\n\n(一)抓项目建设\n全年实施项目12个。\n"
            "1.加快进度\n2.强化服务\n(二)抓招商引资\n签约项目8个。\n(三)抓民生保障\n发放补贴。\n"
            "(四)抓党的建设\n开展学习。\n\n三、存在问题\n")
    assert positions("AR131", text) == [(3, 14)]
    assert violations("AR131", text.replace("(四)抓党的建设", "党的建设也有加强")) == []


def test_stated_difference_between_two_values():
    assert sev("AR111", "全镇建档立卡贫困户由812户减少到356户,减少546户。") == ["error"]
    assert violations("AR111", "全镇建档立卡贫困户由812户减少到356户,减少456户,下降56.2%。") == []


def test_multiple_of_a_stated_base():
    assert sev("AR101", "全年完成招商引资3.2亿元,是上年2.1亿元的2.5倍。") == ["error"]
    assert violations("AR101", "全年完成招商引资3.2亿元,是上年2.1亿元的1.5倍。") == []


def test_difference_against_last_years_figure():
    assert sev("AR111", "今年引进项目12个,比上年的8个增加5个。") == ["error"]
    assert violations("AR111", "今年引进项目12个,比上年的8个增加4个,增长50%。") == []


def test_count_lines_of_an_unfilled_template_are_not_counted_against_later_lists():
    text = "具体情况是:\n\n新建项目5个:\n\n续建项目4个:\n\n竣工项目3个:\n1、城东污水处理厂。\n2、农贸市场改造。\n3、河西路改造。\n"
    assert violations("AR131", text) == []
    assert len(violations("AR131", text.replace("竣工项目3个", "竣工项目2个"))) == 1


def test_average_annual_growth_over_stated_years():
    text = "农村居民人均可支配收入由2018年的12060元增加到2023年的17936元,年均增长9.3%。"
    assert sev("AR111", text) == ["error"]
    assert violations("AR111", text.replace("9.3%", "8.3%")) == []
    assert sev("AR111", "五年来,全县财政收入由12.6亿元增加到18.76亿元,年均增长10.3%。") == ["error"]
    # without the number of years, or at constant prices, it is not recomputed
    assert violations("AR111", "全县财政收入由12.6亿元增加到18.76亿元,年均增长10.3%。") == []
    assert violations("AR111", "五年来,全县地区生产总值由186亿元增加到286亿元,年均增长7.2%。") == []


def test_increase_with_its_rate():
    assert sev("AR111", "全年完成税收3260万元,同比增收280万元,增长12.4%。") == ["error"]
    assert violations("AR111", "全年完成税收3260万元,同比增收280万元,增长9.4%。") == []
    assert violations("AR111", "年末各项存款余额412.6亿元,比年初增加38.5亿元,增长10.3%。") == []
    # profits of enterprises above the size threshold are compared on a comparable base
    assert violations("AR111", "规模以上工业企业实现利润123亿元,比上年增加10亿元,增长12.6%。") == []


def test_growth_against_a_named_year():
    assert sev("AR111", "2024年计划营业收入5.2亿元,较2023年实际完成的4.6亿元增长23%。") == ["error"]
    assert violations("AR111", "2024年计划营业收入5.2亿元,较2023年实际完成的4.6亿元增长13%。") == []


def test_gap_to_a_benchmark_in_points():
    assert violations("AR112", "全县地区生产总值增长8.2%,高于全省平均水平(7.1%)1.1个百分点。") == []
    assert len(violations("AR112", "全县地区生产总值增长8.2%,高于全省平均水平(7.1%)1.6个百分点。")) == 1
    assert violations("AR112", "全县城镇化率达到53.4%,比全省平均水平58.2%低4.8个百分点。") == []
    assert sev("AR112", "全县城镇化率达到53.4%,高于全省平均水平58.2%4.8个百分点。") == ["error"]
