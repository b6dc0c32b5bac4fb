"""PH wordings met on the fifth round of unseen drafts, written anew: blank counts whose
measure word also ends everyday words (户, 份, 起, 名, 张, 笔, 片, 件, 处)."""

from __future__ import annotations

import pytest

from draftlint.testing import positions, spans_text

# a short report, then the line under test as its fourth line
REPORT = "青山镇2023年工作总结\n一、主要工作\n全年完成投资1.2亿元。\n"


def fourth_line_flagged(line: str, codes=("PH201",)) -> bool:
    text = REPORT + line + "\n"
    return any(4 in {n for n, _ in positions(code, text)} for code in codes)


def in_a_section(code: str, text: str) -> list[str]:
    return spans_text(code, "一、主要工作\n" + text + "\n")


@pytest.mark.parametrize("text, flagged", [
    ("本年度累计走访慰问困难群众户，发放慰问金3.2万元。", "户"),      # a count verb before the noun
    ("协助完成残疾证换证份。", "份"),
    ("全年道路交通事故起，同比明显下降。", "起"),                      # a period before the noun
    ("本季度共招聘专业技术人员名；", "名"),
    ("为辖区居民增设临时停车泊位张，缓解停车难。", "张"),
    ("上半年拦截异常交易笔，涉及金额120万元。", "笔"),
    ("共计发放宣传折页份，覆盖全镇12个村。", "份"),
    ("一季度受理群众投诉件，均已按期办结。", "件"),
    ("清理河道沿线垃圾堆放点处，河面保洁常态化。", "处"),
    ("全年办理户籍迁移业务件，群众满意率98%。", "件"),
    ("力争年底服务对象人数达到人，实现全覆盖。", "人"),           # a quantifier straight before
    ("更换老化路灯灯头约个，全部采用LED光源。", "个"),
    ("更换老化光伏组件约片，发电效率回升。", "片"),
])
def test_a_counted_noun_without_its_figure(text, flagged):
    assert spans_text("PH111", text) == [flagged]


@pytest.mark.parametrize("text", [
    "全年走访脱贫户、监测户，帮扶措施落实到户。",            # words that end in 户
    "慰问金全部通过社保卡直接发放到户，",
    "深入开展矛盾纠纷排查调处，全年化解纠纷46起。",          # 调处, and 46起 has its figure
    "对发现的违法行为全部立案查处。",
    "当前全镇建设用地指标依然紧张，",
    "全年回收废旧纸张，",
    "请在会场入口接待处、",
    "本办法自今年起，",                                       # 自…起
    "新增干部职工均已签名，",
    "全年引进高层次人才12名，培养骨干教师三名。",              # the figures are there
    "坚持立德树人，加强家校协同育人。",                        # 人 after a word
    "明确每处隐患的监管责任人，",
    "全年未发生重大安全生产事件，",
    "全年拍摄警示教育片，",
    "累计更换合同签订流程中的纸质附件，",
    "全年接待群众来访1260人次，其中集体访12批。",
])
def test_words_ending_in_such_characters_stay_quiet(text):
    assert spans_text("PH111", text) == []


def test_a_slot_before_the_noun_is_the_slot_rule_s():
    # ××县 is the slot; the measure word after the stand-in name is no second finding
    assert spans_text("PH111", "全年共受理××县件，") == []
    assert spans_text("PH101", "全年共受理××县件，") == ["××"]


@pytest.mark.parametrize("text, code, flagged", [
    ("全区辖个街道、3个乡镇。", "PH111", ["个"]),                     # 辖, a count verb
    ("本局辖区共计个站点，", "PH111", ["个"]),
    ("○○市个乡镇开展试点，", "PH111", ["个"]),                       # 个 right after a place's name
    ("一季度主动筛查重点人群2100人，发现疑似患者例。", "PH111", ["例"]),
    ("全年提供上门送药服务人次。", "PH111", ["人次"]),
    ("整理移交历史档案00余卷，", "PH121", ["00"]),
    ("共有ＯＯ物流、青山快递等企业入驻。", "PH101", ["ＯＯ"]),
])
def test_more_counts_and_slots(text, code, flagged):
    assert spans_text(code, text) == flagged


@pytest.mark.parametrize("text", [
    "本县个别乡镇进度滞后，",              # 个别 is a word
    "全市个人所得税收入增长5%。",
    "全年检修XX站次，",                  # the unit 站次 after a slot: PH101's, no blank count
    "全年新增病例，",                      # 病例 is a word (and the clause names no count)
])
def test_words_and_compound_units_stay_quiet(text):
    assert spans_text("PH111", text) == []


@pytest.mark.parametrize("line, found", [
    ("【请根据本单位实际业务量修改上述数据，并删除本说明】", "【请根据本单位实际业务量修改上述数据，并删除本说明】"),
    ("三、存在不足。人员配备不足（补充人员编制情况）。", "（补充人员编制情况）"),
    ("[此处写党风廉政建设具体做法，不少于300字]", "[此处写党风廉政建设具体做法，不少于300字]"),
])
def test_instructions_in_brackets(line, found):
    assert spans_text("PH131", "一、基本情况\n" + line + "\n") == [found]


def test_a_starred_note_to_adapt_the_template():
    text = "☆ 本模板仅供参考，使用时请按本单位实际情况修改 ☆\n二〇二三年工作总结\n"
    assert [s.rstrip(" ☆") for s in spans_text("PH131", text)] == ["本模板仅供参考，使用时请按本单位实际情况修改"]


def test_a_bracket_that_only_adds_a_detail_stays_quiet():
    assert spans_text("PH131", "落实企业年金（补充养老保险）制度。\n") == []


@pytest.mark.parametrize("line, found", [
    ("文档共5页，当前仅显示前2页，点击加载更多", ["当前仅显示前2页", "点击加载更多"]),
    ("本文已收录至“工作总结大全”专栏，开通VIP可免费下载全文", None),
])
def test_preview_and_membership_prompts(line, found):
    spans = spans_text("PH201", "青山镇2023年工作总结\n一、主要工作\n全年完成投资1.2亿元。\n" + line + "\n")
    assert spans and all(s in line for s in spans)
    if found:
        assert all(any(f in s for s in spans) for f in found)


def test_a_table_of_contents_heading_above_leader_lines():
    text = ("青山镇2023年工作总结\n目录\n一、主要工作 ………… 1\n二、存在问题 ………… 3\n"
            "一、主要工作\n全年完成投资1.2亿元。\n")
    assert 2 in {line for line, _ in positions("PH201", text)}
    # a line 目录 that is the report's own word (no leaders under it) is left alone
    assert spans_text("PH201", "三、完善目录\n全年编制档案目录12册。\n") == []


def test_a_related_list_headed_by_the_article_s_own_title():
    text = ("青山镇2023年工作总结\n一、主要工作\n全年完成投资1.2亿元。\n"
            "与《青山镇2023年工作总结》相关的文章：\n· 乡镇工作总结(通用8篇)\n· 2022年镇政府工作要点和计划\n")
    spans = spans_text("PH201", text)
    assert "· 2022年镇政府工作要点和计划" in spans


def test_a_heading_whose_list_restarts_at_one_is_not_empty():
    text = ("一、主要工作\n全年完成投资1.2亿元。\n二、存在问题\n一、人员不足，\n二、经费紧张。\n")
    assert spans_text("PH141", text) == []


def test_a_last_heading_before_the_sign_off_and_its_attachments_is_empty():
    text = ("一、主要工作\n全年完成投资1.2亿元。\n二、下一步打算\n\n青山镇人民政府\n2024年1月  日\n"
            "附件：1.2023年项目明细表\n      2.2023年资金汇总表\n")
    assert spans_text("PH141", text) == ["二、下一步打算"]


def test_a_signature_label_before_a_blank_date_is_no_empty_heading():
    text = "一、主要工作\n全年完成投资1.2亿元。\n\n汇报人：\n\n2024年1月  日\n"
    assert spans_text("PH141", text) == []


@pytest.mark.parametrize("line", [
    "～～ END ～～",
    "摄影 | 小周  排版 | 阿敏",
    "→ 本文PDF版下载 ←",
    "——本文未完，注册后阅读全文——",
    "登录后查看剩余 2,310 字",
    "文章标签",
])
def test_repost_and_paywall_lines(line):
    assert fourth_line_flagged(line)


@pytest.mark.parametrize("text", [
    "全年编辑出版内部刊物12期，审核稿件300余篇。\n",     # the words, not a credits line
    "截至年底仍有3个项目未完成。\n",                       # 未完成 is no paywall
    "三、存在问题\n部分项目标签不清，\n",
])
def test_report_words_near_those_stay_quiet(text):
    assert spans_text("PH201", text) == []


def test_a_related_list_headed_by_the_site_s_name():
    text = ("青山镇2023年工作总结\n一、主要工作\n全年完成投资1.2亿元。\n"
            "范文网推荐阅读：\n1. 2024年乡镇工作总结(通用10篇)\n2. 街道办事处工作计划\n")
    assert {n for n, _ in positions("PH201", text)} >= {4, 5, 6}


def test_an_empty_last_heading_before_a_squad_s_sign_off():
    text = "一、主要工作\n全年完成投资1.2亿元。\n(二)需要协调解决的问题：\n\n○○街道综合执法队\n2025年1月 日\n"
    assert spans_text("PH141", text) == ["(二)需要协调解决的问题："]


@pytest.mark.parametrize("line", [
    "原创力文档知识共享平台",
    "觉得有用就分享到朋友圈吧",
    "本期编辑：李小华",
    "赞赏作者",
    "回复 | 引用 | 举报",
    "加载中…请稍候",
    "公文写作交流QQ群：987654321",
    "最新评论",
    "共5页，当前第2页",
    "所属栏目：述职报告",
    "获取完整版请联系客服",
    "评分：4.6分（89人评价）",
    "此文档下载收益归作者所有",
    "～～ 完 ～～",
    "已有 12 条评论",
    "隐藏内容：评论后可见",
    "本文系原创，转载请联系小编",
    "精品文档，值得收藏",
    "Word版可编辑",
    "页眉页脚可编辑",
    "谢谢阅读！",
    "文档可能无法思考全面，请浏览后下载！",
    "升级会员",
    "图片 | 来自网络",
    "支付成功后即可下载完整文档",
])
def test_more_site_lines_after_the_report(line):
    assert fourth_line_flagged(line)


@pytest.mark.parametrize("text", [
    "引导群众下载“便民服务”APP，在线办理率达62%。\n",
    "全年共收到群众评论意见36条，均已回复。\n",
    "完善本单位微信群、QQ群管理制度。\n",
    "编辑出版《青山年鉴》，可编辑数据库同步更新。\n",
    "来源：县统计局。\n",
])
def test_report_sentences_with_such_words_stay_quiet(text):
    assert spans_text("PH201", "一、主要工作\n" + text) == []


@pytest.mark.parametrize("text, flagged", [
    ("新建标准化厂房平方米，", ["平方米"]),                 # a unit of two characters after a counted noun
    ("全年硬化村组道路公里，", ["公里"]),
    ("全年人均可支配收入较上年增长个百分点。", ["个百分点"]),
    ("项目总投资约万元。", ["万元"]),                          # 约 makes no figure of 万 (上万元 does)
    ("请于2024年月日前报送。", ["月日"]),
    ("截至年月底，已完成投资3.2亿元。", ["月底"]),
    ("定于月日召开总结大会。", ["月日"]),
])
def test_blank_units_points_and_dates(text, flagged):
    assert spans_text("PH111", text) == flagged


@pytest.mark.parametrize("text", [
    "建成区面积扩大到15.8平方公里，",       # 公里 ends a longer unit after its figure
    "刨铺面积约31.2万平方公尺。",
    "全年营业收入近万元，",
    "明年将增加巡回车次。",                   # a plan to run more, not a missing count
    "力争于月底前完成验收。",                 # by the end of the month
    "全年月均接访120人次，",
])
def test_units_and_months_that_are_fine(text):
    assert spans_text("PH111", text) == []


@pytest.mark.parametrize("line", ["（单位名称）", "（以下略）", "（数据暂缺）", "（待补）", "（填报人）"])
def test_a_bare_field_name_or_omission_in_brackets(line):
    assert spans_text("PH131", "一、主要工作\n" + line + "\n") == [line]


@pytest.mark.parametrize("toc", ["目  录", "目　錄", "## 目录"])
def test_a_spaced_toc_heading_with_a_blank_line_before_its_entries(toc):
    text = ("青山镇2023年工作总结\n" + toc + "\n\n一、主要工作……………………1\n二、存在问题……………………3\n\n"
            "一、主要工作\n全年完成投资1.2亿元。\n")
    assert 2 in {n for n, _ in positions("PH201", text)}


def test_a_document_library_line_is_one_finding():
    line = "本资料共计9页，会员用户可免费下载，当前仅展示部分内容"
    text = "青山镇2023年工作总结\n一、主要工作\n全年完成投资1.2亿元。\n" + line + "\n"
    assert spans_text("PH201", text) == [line]


@pytest.mark.parametrize("line", ["如需下载请先登录", "【广告】家电清洗上门服务", "欢迎阅读和分享", "喜欢的话请分享给身边的人"])
def test_prompts_and_adverts(line):
    assert fourth_line_flagged(line)


@pytest.mark.parametrize("line, found", [
    ("经办人：　　　　科长：　　　　局长：", "经办人：　　　　科长：　　　　局长："),
    ("填表人：王芳　　股长：　　　　所长：", "股长：　　　　所长："),
])
def test_a_signature_line_whose_names_are_left_out(line, found):
    text = "一、主要工作\n全年完成投资1.2亿元。\n\n" + line + "\n"
    assert spans_text("PH112", text) == [found]
    assert spans_text("PH141", text) == []      # fields of a form, not a list's lead-in


def test_a_post_s_label_alone_among_the_last_lines():
    text = "一、主要工作\n全年完成投资1.2亿元。\n\n青山林场\n　　　　　　场长：\n2024年1月5日\n"
    assert spans_text("PH112", text) == ["场长："]


def test_labels_with_names_and_a_lead_in_stay_quiet():
    text = ("一、主要工作\n局长：张明　　科长：李华\n主要做法：\n1.加强领导。\n"
            "全年完成投资1.2亿元。\n")
    assert spans_text("PH112", text) == []


def test_a_last_line_that_is_no_post_stays_quiet():
    assert spans_text("PH112", "一、主要工作\n全年完成投资1.2亿元。\n\n同比增长：\n") == []


@pytest.mark.parametrize("line", [
    "发布于 2023年10月12日 15:20",
    "点击查看全部内容",
    "新用户注册即送10积分",
    "京公网安备 11010502030143号",
    "评论仅代表网友个人观点，不代表本站立场",
    "请文明上网",
    "本文转载自微信公众号“材料之家”",
    "标签：述职报告 个人总结 范文",
    "限时优惠：VIP仅需49元",
    "点赞(12)",
    "觉得不错就转发给朋友吧",
    "未经授权不得转载",
    "已有3人打赏",
    "共15条评论  按时间排序",
    "3楼 网友 2023-05-02",
    "本帖最后由 管理员 于 2022-6-1 编辑",
    "这篇文章对你有帮助吗？",
    "本页面由范文网自动转换，排版可能有误",
    "长按识别二维码关注我们",
    "—— 第3页 ——",
])
def test_independent_site_lines(line):
    assert fourth_line_flagged(line, ("PH201", "PH202"))


@pytest.mark.parametrize("text, code, flagged", [
    ("完成高标准农田建设亩，", "PH111", ["亩"]),
    ("举办各类培训班期，", "PH111", ["期"]),
    ("全年实现营业收入亿元，", "PH111", ["亿元"]),
    ("项目建成后年产值可达亿元。", "PH111", ["亿元"]),
    ("定于 月 日召开总结会。", "PH111", [" 月 日"]),
    ("以A为指导，全面推进各项工作。", "PH103", ["A"]),
    ("填表人：　　　　联系电话：6352218", "PH112", ["填表人："]),
])
def test_independent_leftovers(text, code, flagged):
    assert in_a_section(code, text) == flagged


@pytest.mark.parametrize("text", [
    "全年营业收入近亿元，",              # nearly a hundred million
    "举办第三届油菜花节，",              # a festival's name
    "按期完成，",
    "每 月 日常巡查不少于2次。",
    "以客户为中心，",
])
def test_independent_quiet_lines(text):
    found = [c for c in ("PH111", "PH103") if in_a_section(c, text)]
    assert found == []


def test_a_long_editor_s_blurb_opening_the_page_is_one_finding():
    blurb = ("导读：又到一年总结时，街道办事处的年度总结怎样写才能既全面又有亮点？范文网小编精心整理了这篇"
             "街道办事处年度工作总结，内容翔实、结构清晰，希望能给正在写总结的你带来一些思路，喜欢就转发给身边的同事吧。")
    text = ("当前位置：范文网 > 工作总结 > 正文\n青山街道2023年度工作总结\n" + blurb + "\n\n"
            "2023年，在区委、区政府的坚强领导下，我街道坚持以人民为中心，扎实推进各项工作，经济社会保持平稳健康发展。\n")
    assert blurb in spans_text("PH201", text)


def test_related_articles_under_a_bracketed_title():
    text = ("一、主要工作\n全年完成投资1.2亿元，同比增长8.6%，各项工作稳步推进，群众满意度持续提升。\n\n"
            "【街道办事处工作总结（通用3篇）】相关文章：\n社区工作总结范文\n街道综治工作总结及计划\n")
    spans = spans_text("PH201", text)
    assert "街道综治工作总结及计划" in spans and "社区工作总结范文" in spans


@pytest.mark.parametrize("text, code", [
    ("青山社区居委会工作总结3篇\n一、主要工作\n全年完成投资1.2亿元。\n", "PH201"),
    ("一、主要工作\n全年完成投资1.2亿元。\n以上范文仅供参考，使用时请结合本单位实际情况修改。\n", "PH131"),
])
def test_collection_titles_and_usage_notes(text, code):
    assert spans_text(code, text)


def test_a_report_title_counting_its_parts_in_words_stays_quiet():
    assert spans_text("PH201", "关于全县三篇文章的调研报告\n一、主要工作\n全年完成投资1.2亿元。\n") == []


@pytest.mark.parametrize("text, code, flagged", [
    ("列入重点监管名单 人次，", "PH111", [" 人次"]),
    ("在各路口加装监控探头 个，", "PH111", [" 个"]),
    ("群发防诈提醒短信 则，", "PH111", [" 则"]),
    ("辖区共计 里，", "PH111", [" 里"]),
    ("* 转介社会救助：○宗", "PH101", ["○"]),
])
def test_gaps_before_units_and_a_field_s_lone_mark(text, code, flagged):
    assert in_a_section(code, text) == flagged


def test_a_show_s_name_in_brackets_counts_nothing():
    assert spans_text("PH111", "| 元宵灯会（夜间场） | 2月24日 | 3.2 |\n") == []


@pytest.mark.parametrize("line", [
    "时间:2023-11-02 | 字数:2860 | 举报",
    "------ 当前内容为预览，完整版请登录后下载 ------",
    "▲▲ 剩余内容仅限会员查看 ▲▲",
])
def test_more_page_lines(line):
    assert fourth_line_flagged(line)


def test_a_filling_note_outside_brackets():
    text = "> 填报说明：本表数据请以12月31日为准，报送前删除本说明。\n一、主要工作\n全年完成投资1.2亿元。\n"
    assert spans_text("PH131", text) == ["填报说明：本表数据请以12月31日为准，报送前删除本说明。"]


def test_a_report_s_own_word_count_and_preview_words_stay_quiet():
    text = "一、主要工作\n编印宣传册字数约3万字，群众可在政务APP预览办事指南。\n"
    assert spans_text("PH201", text) == []


@pytest.mark.parametrize("text, code, flagged", [
    ("（请各科室于6月5日前提供具体数据）", "PH131", ["（请各科室于6月5日前提供具体数据）"]),
    ("（請各股填列下半年工作重點）", "PH131", ["（請各股填列下半年工作重點）"]),
    ("本公司位于某县经济开发区。", "PH102", ["某县"]),
    ("全年受理群众来访 人次，", "PH111", [" 人次"]),
    ("出动机械    部次，", "PH111", ["次"]),
])
def test_fourth_round_leftovers(text, code, flagged):
    assert in_a_section(code, text) == flagged


@pytest.mark.parametrize("text", [
    "在各服务大厅设置优先服务柜位。",
    "本季度共批出援助金额2.35亿元。",
    "为企业设计套期保值方案。",
    "出动抢险队伍 180 队次，",
    "依法对于某某等3人作出处罚。",      # an anonymised party of a case stays quiet
])
def test_fourth_round_quiet(text):
    assert [c for c in ("PH111", "PH102") if in_a_section(c, text)] == []


def test_a_table_cell_holding_only_its_unit():
    table = ("| 项目 | 上年 | 本年 | 增长 |\n|---|---|---|---|\n"
             "| 手续费收入 | 1,120万元 | 1,268万元 | % |\n| 利息收入 | 860万元 | 905万元 | 5.2% |\n")
    assert spans_text("PH111", table) == ["%"]
    unit_column = "| 指标 | 单位 | 数值 |\n|---|---|---|\n| 投资 | 万元 | 1200 |\n"
    assert spans_text("PH111", unit_column) == []


@pytest.mark.parametrize("line", ["[二维码]", "※本站文章仅供参考，版权归原作者所有，如有侵权请来信告知，我们将立即处理。"])
def test_image_placeholders_and_takedown_notes(line):
    assert fourth_line_flagged(line)


@pytest.mark.parametrize("line", [
    "资料来源于网络搜索", "剩余内容请先登录", "点击展开剩余65%", "（编者按：以下为节选）", "转自：乡村振兴在线公众号",
    "积分不足？签到可领取积分", "登录后可复制全文", "[表格内容无法显示]", "热门搜索：工作总结 述职报告",
    "如需代写，请加微信：abc2024", "▲ 返回目录", "完整版请购买后下载", "- THE END -", "by 公文宝 | 2023-10-12 | 总结",
    "本文由AI生成，仅供参考", "繼續閱讀……", "分享到 LINE", "Powered by WordPress", "（全文完，歡迎轉發）", "文章目录",
])
def test_second_independent_site_lines(line):
    assert fourth_line_flagged(line, ("PH201", "PH131"))


@pytest.mark.parametrize("text, code, flagged", [
    ("联系人：　　　　联系电话：0571-88123456", "PH112", ["联系人："]),
    ("2023年　月，召开全镇经济工作会议。", "PH111", ["　月"]),
    ("全年完成固定资产投资亿元，", "PH111", ["亿元"]),
    ("全镇共配套建设条道路，", "PH111", ["条"]),
    ("社区主任某某带头入户走访。", "PH102", ["某某"]),
    ("请在此处输入单位名称", "PH131", ["请在此处输入单位名称"]),
])
def test_second_independent_leftovers(text, code, flagged):
    assert in_a_section(code, text) == flagged


@pytest.mark.parametrize("text", [
    "将工作动态分享到微信、微博等平台。",
    "抢抓项目建设黄金期，",
    "2023年 月度计划已全部完成。",
    "分享经验做法，",
])
def test_second_independent_quiet(text):
    assert [c for c in ("PH111", "PH201", "PH102") if in_a_section(c, text)] == []


@pytest.mark.parametrize("line", [
    "继续阅读请在APP内打开", "后台回复“述职”免费领取全套范文", "点个在看，你最好看", "请先登录后再发表评论",
    "页数:8 大小:42.1KB 格式:DOCX", "赞助商链接", "本文需要5积分下载", "前一篇:镇政府半年工作总结",
    "小编整理了几份范文，大家可以参考", "发表于 2021-06-02 09:12 | 只看该作者", "【免责声明】本网站所载资料仅供参考",
    "点击“阅读原文”下载完整版", "— 全文完 —", "您尚未登录", "好文推荐：2024年村委会工作报告精选",
    "下载文档　　收藏　　打印　　举报", "网友评论（0）　我要评论", "￥ 3.80 立即购买", "上一篇文章：社区年度报告",
    "本部落格所有文章未经同意请勿转载", "回到顶端 ▲", "水印：范本通 版权所有",
])
def test_site_lines_inside_a_report(line):
    host = ("一、主要工作\n全年完成固定资产投资1.2亿元，同比增长8.6%，各项工作稳步推进。\n" + line + "\n"
            "二、存在问题\n部分项目推进缓慢，群众满意度仍有提升空间。\n")
    assert 3 in {n for n, _ in positions("PH201", host)}


@pytest.mark.parametrize("text", [
    "引导居民扫码关注“幸福社区”微信公众号，累计关注人数达3200人。",
    "积极推广“一网通办”，群众可在手机APP上查看办理进度。",
    "组织干部职工开展网络评论引导培训2期。",
    "修订档案管理办法，完善案卷目录。",
])
def test_report_sentences_inside_a_report_stay_quiet(text):
    assert spans_text("PH201", "一、主要工作\n" + text + "\n") == []
