"""PH wordings met on the fourth round of unseen drafts, written anew: a blog's page around the
report, residue phrases of download sites and WeChat reposts, notes that a figure is still to be
supplied, and blank counts whose measure word also ends the noun."""

from __future__ import annotations

import pytest

from draftlint.testing import positions, spans_text

BODY = (
    "今年以来，我所在区委、区政府的正确领导下，扎实推进各项工作，经济社会保持平稳发展。\n"
    "一、主要工作\n"
    "全年完成固定资产投资1.2亿元，新建村组道路8公里，改造农村危房36户。\n"
)
SIGN_OFF = "青山所\n2024年1月5日\n"


def lines_of(text: str, code: str = "PH201") -> list[int]:
    return sorted({line for line, _col in positions(code, text)})


# ---------------------------------------------------------------- the page of a blog


def test_a_blog_page_around_the_report():
    text = (
        "小林的办公室笔记 MyBlog｜行政人的日常\n"  # 1: a blog's header
        "全站分类：行政写作 ＞ 年终总结\n"  # 2: its category breadcrumb
        "这份是我们所里去年交的版本，格式大家可以参考，数字记得换成你们自己的，要Word档的在下方留言就好。\n"  # 3
        "青山所2023年工作总结\n" + BODY + SIGN_OFF +
        "～～ 全文完 ～～\n"  # 10: an end marker
        "评论列表（5）\n"  # 11: the comments widget
        "返回顶部 ▲\n"  # 12: back to the top
    )
    assert lines_of(text) == [1, 2, 3, 10, 11, 12]


def test_the_report_keeps_its_own_words_on_such_lines():
    # the report's own last lines: 举报 and 顶端 are words of a report too
    text = ("青山所2023年工作总结\n" + BODY
            + "畅通信访举报渠道，全年受理群众举报46件，办结率100%。\n"
            + "推动骨干回到一线岗位，确保工作有人抓、有人管。\n" + SIGN_OFF)
    assert lines_of(text) == []


def test_a_lone_report_button_and_a_page_title_line_are_residue():
    text = ("青山所2023年工作总结\n" + BODY + SIGN_OFF
            + "本文标题：青山所2023年工作总结\n" + "⚑ 举报\n")
    n = len(text.splitlines())
    assert lines_of(text) == [n - 1, n]


# ---------------------------------------------------------------- residue phrases anywhere


@pytest.mark.parametrize("line, piece", [
    ("以下是学习啦小编特意为你们挑选的乡镇年终总结，欢迎借鉴。", "以下是学习啦小编特意为你们挑选的"),
    ("好了，赶快来瞧瞧吧！", "赶快来瞧瞧吧"),
    ("下载此文档需要5个金币，VIP用户免费下载。", "下载此文档需要5个金币"),
    ("试读已结束，请登录后即可下载全文。", "试读已结束"),
    ("关注后台回复关键字“总结”即可免费领取50篇范文。", "后台回复关键字“总结”即可免费领取"),
    ("本文共2600字，预计阅读时间约7分钟。", "本文共2600字,预计阅读时间约7分钟"),
    ("文末即可领取可编辑版本。", "文末即可领取"),
    ("==== 推广 ====", "==== 推广 ===="),
])
def test_residue_phrases_of_download_sites_and_reposts(line, piece):
    text = "青山所2023年工作总结\n" + BODY + line + "\n" + BODY
    found = spans_text("PH201", text)
    assert any(piece.replace(",", "，") in f or piece in f for f in found), found


def test_a_site_note_inside_a_paragraph_but_not_a_source_in_brackets():
    text = ("全所办结案件120件（公文范文网www.gwfw-demo.com整理）。\n"
            "全年办理业务3,200笔（数据由区统计站提供）。\n")
    assert lines_of(text) == [1]


# ---------------------------------------------------------------- instructions


def test_notes_that_a_figure_or_table_is_still_to_come():
    text = ("附件二：业务量统计表（数据待财务科提供）\n"
            "【此处附分项收支明细表】\n"
            "项目已完成竣工验收（待审计）。\n")
    assert lines_of(text, "PH131") == [1, 2]


# ---------------------------------------------------------------- blank counts


@pytest.mark.parametrize("text, col", [
    ("全年新增个体工商户户，带动就业明显。", 10),
    ("共组建志愿服务队 队，开展活动120场。", 10),
    ("查处违法案件 起，罚没款3.6万元。", 7),  # (a gap is reported from its start)
    ("新培育师徒结对 对；", 9),
])
def test_a_count_whose_measure_word_ends_its_noun(text, col):
    assert positions("PH111", text) == [(1, col)]


@pytest.mark.parametrize("text", [
    "宣传覆盖家家户户，群众知晓率显著提高。",
    "问题一个个，都要整改到位。",
    "姓  名：张三",
    "本办法自2024年3月1日起施行。",
    "全年服务农户3,200户，其中脱贫户860户。",
])
def test_doubled_words_labels_and_real_counts_stay_quiet(text):
    assert positions("PH111", text) == []


# ---------------------------------------------------------------- related-article lists


def test_related_lists_under_new_headers_with_question_titles():
    text = ("青山所2023年工作总结\n" + BODY + SIGN_OFF
            + "猜你还想看\n"
            + "派出所年终工作总结怎么写？\n"
            + "社区民警个人述职报告\n"
            + "同类热门文章\n"
            + "◆ 基层所队年度工作总结范文\n")
    n = len(text.splitlines())
    assert lines_of(text) == list(range(n - 4, n + 1))


def test_a_line_of_the_report_filled_by_residue_is_one_finding():
    text = ("青山所2023年工作总结\n" + BODY
            + "下载本文档需要6个金币（约0.6元），会员免费下载\n" + BODY)
    assert positions("PH201", text) == [(5, 1)]


def test_an_opening_offer_to_download():
    assert spans_text("PH201", "开通年卡会员即可一键下载全部范文。\n") == ["开通年卡会员即可一键下载"]


@pytest.mark.parametrize("text, code, expected", [
    ("在所长Q的带领下，全所干警团结奋战。", "PH103", [(1, 4)]),
    ("在所长的带领下，全所干警团结奋战。", "PH103", []),
    ("主任　OOO　谨呈", "PH101", [(1, 4)]),
    ("采购OOO-2型设备，接入COOL平台。", "PH101", []),
    ("各项收入完成情况如下（单位：万元）：", "PH111", []),
    ("个别干部巡查走过场，门前增设防滑地台。", "PH111", []),
])
def test_more_slots_and_what_stays_quiet(text, code, expected):
    assert positions(code, text) == expected


# ---------------------------------------------------------------- fifth batch: more of the page


def test_credits_and_a_source_line_after_the_report():
    text = ("青山所2023年工作总结\n" + BODY + SIGN_OFF
            + "来源：青山区融媒体中心\n" + "责编：李想　审核：周全\n")
    n = len(text.splitlines())
    assert lines_of(text) == [n - 1, n]


def test_a_page_title_and_a_site_slogan_above_the_report():
    text = ("青山所2023年工作总结 - 公文之家\n"
            "公文之家 - 海量范文免费在线阅读\n"
            "青山所2023年工作总结\n" + BODY + SIGN_OFF)
    assert lines_of(text) == [1, 2]


def test_a_metadata_bar_with_dotted_separators_is_one_finding():
    text = ("青山所2023年工作总结\n"
            "发布时间:2024-01-08 ‧ 阅读次数:2,381 ‧ 栏目:年度总结\n" + BODY)
    assert positions("PH201", text) == [(2, 1)]


def test_the_counter_of_a_template_site_is_residue():
    assert lines_of("青山所2023年工作总结\n时间：2024-01-08 09:12:33　来源：网友投稿　本文已影响 人\n" + BODY) == [2]


def test_one_known_piece_on_a_site_line_makes_the_whole_line():
    # the footer holds one phrase the lists know (如有侵权) and site words of its own (©)
    text = ("青山所2023年工作总结\n" + BODY + SIGN_OFF
            + "本平台文章均为模拟撰写，如有侵权请联系删除。© 2024 公文之家\n")
    n = len(text.splitlines())
    assert positions("PH201", text)[-1] == (n, 1)


def test_a_title_keeps_its_slot_but_loses_each_label():
    text = ("【范文分享】青山所2023年工作总结（可直接套用）\n" + BODY + SIGN_OFF)
    assert spans_text("PH201", text)[:2] == ["【范文分享】", "（可直接套用）"]


@pytest.mark.parametrize("text, code", [
    ("※本范本仅供参考，具体内容请依本单位实际情况撰写。\n", "PH131"),
    ("征求意见稿，请各股室于1月10日前反馈修改意见。\n", "PH131"),
])
def test_notes_of_the_drafting(text, code):
    assert positions(code, text) == [(1, 1)]


@pytest.mark.parametrize("text, expected", [
    ("全年出栏生猪 万头，同比持平。", [(1, 7)]),
    ("平均办理时长 分钟，较上年缩短。", [(1, 7)]),
    ("全校师生比为1：，生均面积达标。", [(1, 8)]),
    ("全校师生比为1：15，生均面积达标。", []),
    ("出栏生猪2.3万头，存栏1.1万头。", []),
])
def test_more_blank_numbers(text, expected):
    assert positions("PH111", text) == expected


@pytest.mark.parametrize("text, code, expected", [
    ("OO村完成危房改造12户。", "PH101", [(1, 1)]),
    ("联系人：赵某某", "PH102", [(1, 5)]),
    ("被告人赵某某涉嫌盗窃一案已审结。", "PH102", []),
])
def test_more_stand_ins(text, code, expected):
    assert positions(code, text) == expected


def test_related_titles_may_end_in_an_exclamation():
    text = ("青山所2023年工作总结\n" + BODY + SIGN_OFF
            + "往期推荐\n" + "▶ 【提醒】这些证件可以网上办了!\n" + "▶ 我区召开2024年平安建设推进会\n")
    n = len(text.splitlines())
    assert lines_of(text) == [n - 2, n - 1, n]


def test_a_telephone_number_with_an_area_code_of_x():
    from draftlint import lint_text

    found = [(f.location.start.line, f.location.start.column, f.code) for f in lint_text("联系电话：0XXX-6XXXXXXX\n")]
    assert found == [(1, 6, "PH101")]


@pytest.mark.parametrize("closing", [
    "联系人：李明\n青山街道社区卫生服务中心\n2024年1月5日\n",
    "---\n*中心主任：王强　　日期：2024年1月5日*\n",
])
def test_a_last_heading_with_only_the_sign_off_under_it_is_empty(closing):
    text = "一、主要工作\n全年接诊患者3.2万人次，同比增长6%。\n二、存在的问题\n" + closing
    assert positions("PH141", text) == [(3, 1)]


def test_a_last_section_with_text_before_the_sign_off_stays_quiet():
    text = ("一、主要工作\n全年接诊患者3.2万人次，同比增长6%。\n二、存在的问题\n"
            "基层人员不足。\n联系人：李明\n2024年1月5日\n")
    assert positions("PH141", text) == []


@pytest.mark.parametrize("text, code, expected", [
    ("述职人：B\n", "PH103", [(1, 5)]),
    ("述职人：Bob Lee\n", "PH103", []),
    ("我是物业项目经理X某，现将述职如下。\n", "PH101", [(1, 9)]),
    ("累计配送药品000万余粒。\n", "PH121", [(1, 7)]),
    ("累计服务0,000车次。\n", "PH121", [(1, 5)]),
    ("累计服务10,000车次。\n", "PH121", []),
])
def test_signers_names_and_stripped_figures(text, code, expected):
    assert positions(code, text) == expected


def test_two_enumeration_commas_between_items_are_a_doubled_mark():
    text = "另办理辅具补助、、居家照顾服务转介等。成立专班，由、、同志组成。\n"
    assert positions("PH113", text) == [(1, 26)]
    assert positions("ST301", text) == [(1, 8)]


# ---------------------------------------------------------------- sixth batch


@pytest.mark.parametrize("text, code, expected", [
    ("公文范文网 → 年终总结 → 机关工作总结\n" + BODY, "PH201", [(1, 1)]),
    ("作者:范文君 · 时间:2024-03-02 · 2.6万人看过\n" + BODY, "PH201", [(1, 1)]),
    ("街道办事处年度工作总结【3篇】\n" + BODY, "PH201", [(1, 12)]),
    (BODY + "— 2 / 5 —\n" + BODY, "PH202", [(4, 1)]),
    (BODY + "3 / 9\n" + BODY, "PH202", [(4, 1)]),
    ("此处请办公室补充全年亮点工作，字数控制在200字以内\n", "PH131", [(1, 1)]),
    ("部分数据待财务科核实后更新。\n", "PH131", [(1, 3)]),
    ("（附表二：分镇统计表——待补充）\n", "PH131", [(1, 1)]),
    ("四、(各股室可依实际业务自行增列)\n", "PH131", [(1, 3)]),
    ("全年检查楼宇共  幢，整改隐患86处。\n", "PH111", [(1, 8)]),
    ("由区长Y先生带队检查。\n", "PH103", []),
    ("由区长X先生带队检查。\n", "PH101", [(1, 4)]),
])
def test_sixth_batch(text, code, expected):
    assert positions(code, text) == expected


def test_a_related_list_header_between_triangles():
    text = ("青山所2023年工作总结\n" + BODY + SIGN_OFF
            + "▼ 往期精选 ▼\n\n" + "- 2023年街道工作总结和明年计划(合集)\n" + "- 关于基层治理工作的调研报告(精编版)\n")
    n = len(text.splitlines())
    assert lines_of(text) == [n - 3, n - 1, n]


def test_upper_case_numerals_of_formal_documents_head_a_level_above_one():
    text = ("壹、工作成果\n一、便民服务\n全年受理申请1,240件。\n二、社会救助\n核发补助860人次。\n"
            "貳、待改進事項:\n\n參、下年度工作重點\n持續推動數位服務。\n")
    assert positions("PH141", text) == [(6, 1)]


def test_a_title_with_a_comma_in_its_aside_is_no_paragraph():
    # (范本,可参考) has a comma, yet the line is the page's title: the blog's header and byline
    # under it are still above the report's first paragraph
    text = ("【转贴】社区年度工作总结（范本，可参考）\n"
            "小周的公文笔记 :: 痞客邦 ::\n"
            "2024-11-02 21:17　发表于 公文分享　留言(3)　人气(1,842)\n\n"
            "青山社区2024年工作总结\n" + BODY + SIGN_OFF)
    found = spans_text("PH201", text)
    assert found[:2] == ["【转贴】", "（范本，可参考）"] and lines_of(text)[:3] == [1, 2, 3]


@pytest.mark.parametrize("text, code, piece", [
    ("（此文档为Word格式，可任意编辑）\n", "PH201", "（此文档为Word格式，可任意编辑）"),
    ("青山所年度工作总结（可直接套用，Word档免费下载）\n", "PH201", "（可直接套用，Word档免费下载）"),
    ("（第1页完，点击进入第2页）\n", "PH201", "（第1页完，点击进入第2页）"),
    ("（本范例仅供参考，各单位请依实际数据自行修改）\n", "PH131", "（本范例仅供参考，各单位请依实际数据自行修改）"),
    ("（以上资料请各站所于12月10日前更新后回传）\n", "PH131", "（以上资料请各站所于12月10日前更新后回传）"),
])
def test_labels_and_notes_in_brackets(text, code, piece):
    assert piece in spans_text(code, text)
