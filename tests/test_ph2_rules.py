"""PH2 rules (and PH131, PH141, PH301) as specifications: a draft in, (line, column) out."""

from __future__ import annotations

import io

import pytest

from draftlint.load import load_bytes
from draftlint.rules import get
from draftlint.testing import positions, spans_text
from draftlint.types import Span


# --- PH201 website residue -----------------------------------------------------------------

def test_ph201_two_pieces_of_boilerplate_on_one_line_are_two_findings():
    text = "下面由小编帮大家编辑的《乡镇工作总结》,供您参考,并请收藏本页!\n"
    assert spans_text("PH201", text) == ["下面由小编帮大家编辑的", "并请收藏本页"]


def test_ph201_a_statement_about_the_sample_is_one_finding_with_its_title():
    text = "本页是范文之家最新发布的《村委会工作总结》的详细范文参考文章,觉得有用就收藏了。"
    assert positions("PH201", text) == [(1, 1)]


def test_ph201_each_byline_of_a_related_article_list_is_its_own_finding():
    text = (
        "  • 社区工作总结\n    社区工作总结今年以来……\n    本站小编 免费范文网 2018-01-12\n"
        "  • 财政工作总结\n    财政工作总结一年来……\n    本站小編 免費範文網 2018-01-12\n"
    )
    assert spans_text("PH201", text) == ["本站小编 免费范文网 2018-01-12", "本站小編 免費範文網 2018-01-12"]


def test_ph201_download_prompt_with_its_dashes():
    assert spans_text("PH201", "---此处隐藏3012字,下载后查看---\n") == ["---此处隐藏3012字,下载后查看---"]


def test_ph201_a_line_of_page_metadata_fields_is_one_byline():
    assert spans_text("PH201", "更新时间:2022-10 来源:网友投稿\n") == ["更新时间:2022-10 来源:网友投稿"]


def test_ph201_breadcrumb_collection_title_and_link_lines():
    text = "您的位置:首页 > 范文大全 > 工作总结\n党支部工作总结(通用10篇)\n相关推荐:党建 总结\nGZ85.com更多总结扩展阅读\n"
    assert positions("PH201", text) == [(1, 1), (2, 8), (3, 1), (4, 1)]


def test_ph201_advert_is_one_finding_per_sentence():
    text = "领限时大额优惠券,享本站正版考研资料!\n优惠券领取后72小时内有效,资料任你选。\n"
    assert spans_text("PH201", text) == ["领限时大额优惠券,享本站正版考研资料", "优惠券领取后72小时内有效"]


def test_ph201_bookmark_prompt_in_traditional_script():
    assert spans_text("PH201", "看完如果覺得有用請記得(CTRL+D)收藏。") == ["(CTRL+D)收藏"]


@pytest.mark.parametrize("text", [
    "本站全年承担4个雨量站的测报任务。",  # 本站 = this (hydrological) station
    "本站点位于城关镇河西路。",
    "配合开展文物收藏情况调查,登记民间收藏品86件。",
    "按照缩小编制规模的要求,精简人员3名。",
    "联合商务部门发放消费优惠券2000张。",
    "资金来源:县财政专项资金。",
    "让群众了解更多相关政策。",
    "觉得有用就收藏了,这里转摘到范文之家。",
    "推行ToDo清单管理。",
])
def test_ph201_ordinary_prose_stays_quiet(text):
    assert positions("PH201", text) == []


# --- PH202 page numbers --------------------------------------------------------------------

def test_ph202_page_number_lines():
    text = "一、工作情况\n\n- 1 -\n\n—2—\n第 3 页 共 5 页\nPage 4 of 5\n"
    assert positions("PH202", text) == [(3, 1), (5, 1), (6, 1), (7, 1)]


def test_ph202_page_number_inside_a_paragraph():
    text = "引进了蔬菜产业园区项目为农业园区- 2 -\n制定相应的 - 3 - 招商计划。\n"
    assert spans_text("PH202", text) == ["- 2 -", "- 3 -"]


@pytest.mark.parametrize("text", [
    "人员经费下降3-5个百分点。", "1-2-3月累计完成投资。", "截至2022-10-12。", "详见第5页附表。",
    "COVID-19疫情防控。", "规格为3×4米。", "---\n", "10·1国庆期间。",
])
def test_ph202_ranges_dates_and_references_stay_quiet(text):
    assert positions("PH202", text) == []


# --- PH203 page numbers that split a sentence ----------------------------------------------

SPLIT = (
    "一、工作开展情况\n"
    "1、摸清家底。我镇抽调专人组成工作专班,全面清查盘点镇村闲\n"
    "3、置资源资产,建立资产台账。\n"
    "2、规范管理。全镇12个村全部建立了集体资产管理制度,对资产变动逐笔登记\n"
    "3、完善了民主决策程序。\n"
)


def test_ph203_stray_number_that_breaks_a_word_and_the_sequence():
    assert spans_text("PH203", SPLIT) == ["3、"]
    assert positions("PH203", SPLIT) == [(3, 1)]


@pytest.mark.parametrize("text", [
    "二、下步打算\n1、加强领导\n2、完善制度\n",  # headings, not a broken sentence
    "工作要点如下,请各村认真抓好落实\n1、加强领导。\n",  # a first item
    "一是加强领导,成立专班。\n3、",  # nothing after the number
])
def test_ph203_real_numbering_stays_quiet(text):
    assert positions("PH203", text) == []


# --- PH131 fill-in instructions ------------------------------------------------------------

def test_ph131_bracketed_and_bare_instructions():
    text = (
        "(1)已完工投产项目9个\n(请结合实际工作情况填写).\n"
        "主要成效:(此处填写主要成效)\n"
        "存在问题:【待补充】\n"
        "TODO: 补充数据\n"
        "（根据实际情况填写）\n"
    )
    assert positions("PH131", text) == [(2, 1), (3, 6), (4, 6), (5, 1), (6, 1)]


def test_ph131_traditional_script():
    assert spans_text("PH131", "(請結合實際工作情況填寫)") == ["(請結合實際工作情況填寫)"]


@pytest.mark.parametrize("text", [
    "相关制度有待补充完善。", "下一步将根据实际情况及时调整。", "《管理办法(修订稿)》已印发。",
    "参照(根据省厅文件精神)执行。", "填报单位:单击或点击此处输入文字。",
])
def test_ph131_prose_and_ordinary_brackets_stay_quiet(text):
    assert positions("PH131", text) == []


# --- PH141 empty list headings -------------------------------------------------------------

def test_ph141_colon_lines_with_nothing_under_them():
    text = (
        "一、上半年情况\n\n截至6月底,共引进项目17个。基本情况是:\n\n"
        "续建项目1个:\n\n竣工项目4个:\n\n意向项目5个:\n\n二、下步工作打算\n\n加大招商力度。\n"
    )
    assert positions("PH141", text) == [(5, 1), (7, 1), (9, 1)]


def test_ph141_numbered_heading_whose_siblings_have_text():
    text = (
        "一、工作成效\n具体情况是:\n(1)已完工投产项目9个\n光伏产业园一期等。\n(2)续建项目1个\n"
        "二、工作举措\n加强服务。\n"
    )
    assert positions("PH141", text) == [(5, 1)]


def test_ph141_markdown_heading_followed_by_its_sibling():
    text = "## 二、主要工作\n\n### (一)党建\n\n开展活动24次。\n\n### (二)民生\n\n### (三)平安\n\n调处纠纷38起。\n"
    assert positions("PH141", text, kind="md") == [(7, 1)]


@pytest.mark.parametrize("text", [
    "主要做法:\n1、加强领导\n2、完善制度\n",  # a colon line followed by its list
    "(一)主要做法:\n1、坚持以经济发展为中心\n",
    "二、存在问题\n\n一是设备老化。\n",  # a heading followed by its paragraph
    "四、打算\n重点抓好以下工作:\n1、加快进度\n2、做好储备\n\n推动工作再上新台阶。\n五、保障\n加强领导。\n",
    "工作措施:\n* 加强队伍建设\n* 完善机制\n",
    "二、措施\n(1)加强领导\n(2)完善制度\n三、打算\n抓落实。\n",  # a plain list of short items
])
def test_ph141_filled_lists_stay_quiet(text):
    assert positions("PH141", text, kind="md") == []
    assert positions("PH141", text) == []


# --- PH301 Word templates ------------------------------------------------------------------

def test_ph301_content_controls_and_highlighted_fields_from_meta():
    text = "填报单位:单击或点击此处输入文字。\n负责人:[姓名]  审核:城关镇政府\n"
    name = text.index("[姓名]")
    town = text.index("城关镇")
    meta = {
        "sdt_placeholders": [Span(5, 12), Span(12, 17)],  # one control, two runs
        "highlighted": [Span(name, name + 2), Span(name + 2, name + 4), Span(town, town + 3)],
    }
    assert spans_text("PH301", text, meta=meta) == ["单击或点击此处输入文字。", "[姓名]"]


def test_ph301_control_with_a_custom_prompt():
    text = "项目名称:请输入项目全称"
    assert spans_text("PH301", text, meta={"sdt_placeholders": [Span(5, 12)]}) == ["请输入项目全称"]


def test_ph301_placeholder_phrases_in_plain_text():
    text = "日期:Click or tap here to enter text.\n类别:选择一项。\n附件:按一下或點選這裡以輸入文字。\n"
    assert positions("PH301", text) == [(1, 4), (2, 4), (3, 4)]


def test_ph301_prose_about_clicking_stays_quiet():
    assert positions("PH301", "在系统中点击此处输入用户名即可登录。请从下列选项中选择一项进行填报。") == []


def _docx_with_template_fields() -> bytes:
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("2023年度个人述职报告")
    p = document.add_paragraph("单位:")
    run = p.add_run("[单位名称]")
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    p.add_run("  本人全年起草材料86篇。")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    sdt = parse_xml(
        f'<w:sdt {w}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r>'
        f'<w:t>单击或点击此处输入文字。</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    )
    document.element.body.insert(len(document.element.body) - 1, sdt)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_ph301_in_a_real_docx():
    doc = load_bytes(_docx_with_template_fields(), "report.docx")
    rule = get("PH301")
    found = [(doc.position(v.span.start).line, doc.position(v.span.start).column)
             for v in rule.check(doc, dict(rule.options))]
    if not doc.meta.get("sdt_placeholders"):
        pytest.skip("the docx loader does not record content controls")
    assert sorted(found) == [(2, 4), (3, 1)]


# --- later additions: more site boilerplate, bare page numbers, residue under a heading -----

def test_ph201_lead_in_and_footer_of_other_template_sites():
    text = ("【#工作总结# 导语】总结是对过去工作的回顾。以下是无忧考网为大家整理的《乡镇工作总结》,欢迎阅读与收藏。\n"
            "希望对大家有所帮助!还剩3页未读,继续阅读\n"
            "Copyright © 2023 范文网 蜀ICP备12345号\n")
    assert spans_text("PH201", text) == [
        "【#工作总结# 导语】", "以下是无忧考网为大家整理的", "欢迎阅读与收藏",
        "希望对大家有所帮助!还剩3页未读,继续阅读",  # residue on both sides of the !: one run
        "Copyright © 2023 范文网 蜀ICP备12345号",
    ]


@pytest.mark.parametrize("text", ["我讲几点意见,供大家参考。", "欢迎各界人士参观指导。", "以下是我局上半年工作情况。"])
def test_ph201_speech_phrases_stay_quiet(text):
    assert positions("PH201", text) == []


def test_ph202_bare_number_that_splits_a_sentence():
    text = "一、基本情况\n今年以来,我镇认真落实各项工作,全面清查盘点镇村闲\n\n3\n\n置资源资产,建立台账。\n"
    assert positions("PH202", text) == [(4, 1)]


def test_ph202_bare_numbers_running_on_from_page_to_page():
    text = "第一段。\n\n2\n\n第二段。\n第三段。\n第四段。\n\n3\n\n第五段。\n"
    assert positions("PH202", text) == [(3, 1), (9, 1)]


def test_ph202_a_lone_number_between_finished_sentences_stays_quiet():
    assert positions("PH202", "第一段。\n\n2\n\n第二段。\n") == []


def test_ph141_site_lists_after_a_heading_are_no_content():
    text = "一、工作成效\n加强领导。\n二、下步打算\n加大力度。\n三、保障措施\n\n相关话题/工作 投资\n本站小编 免费考研网 2018-01-12\n"
    assert positions("PH141", text) == [(5, 1)]


def test_ph201_source_line_naming_a_site_and_bare_list_titles():
    text = "来源:免费考研网 2018-01-12\n\n推荐阅读\n相关文章\n"
    assert positions("PH201", text) == [(1, 1), (3, 1), (4, 1)]


@pytest.mark.parametrize("text", ["数据来源:国家统计局网站", "资料来源:县统计局。", "开展全民推荐阅读活动12场。"])
def test_ph201_sources_of_data_stay_quiet(text):
    assert positions("PH201", text) == []


def test_ph141_a_table_of_contents_is_not_a_list_of_empty_headings():
    text = ("目录\n一、总体要求\n二、主要任务\n三、保障措施\n\n一、总体要求\n坚持稳中求进。\n"
            "二、主要任务\n抓好项目建设。\n三、保障措施\n加强组织领导。\n")
    assert positions("PH141", text) == []


def test_ph201_download_notice_is_one_finding_and_a_timestamp_belongs_to_its_field():
    text = ("更新时间:2023-08-05 01:07:01\n"
            "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。\n"
            "说明:本项目资金由县财政承担。\n")
    assert spans_text("PH201", text) == [
        "更新时间:2023-08-05 01:07:01",
        "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。",
    ]


def test_ph201_welcome_and_wishes_of_a_collection_page():
    text = "以下是小編精心整理的績效考核方案(通用6篇),歡迎閱讀,希望大家能夠喜歡。\n热烈欢迎参考团一行莅临指导。\n"
    assert spans_text("PH201", text) == ["以下是小編精心整理的", "(通用6篇),歡迎閱讀,希望大家能夠喜歡"]


def test_ph131_form_notes_of_a_template():
    text = "联系电话(必填):\n工作亮点(不少于500字):\n主要措施(可根据实际增减)\n典型案例(示例)\n"
    assert spans_text("PH131", text) == ["(必填)", "(不少于500字)", "(可根据实际增减)", "(示例)"]


@pytest.mark.parametrize("text", ["全年发表论文(3篇)。", "召开会议(含视频会议)12次。", "提高了认识(见附件2)。"])
def test_ph131_brackets_with_facts_stay_quiet(text):
    assert positions("PH131", text) == []


def test_ph201_site_name_after_the_title():
    text = "乡镇2023年工作总结 - 第一范文网\n乡镇2023年工作总结_工作总结之家\n加快建设城乡供水管网\n"
    assert spans_text("PH201", text) == ["- 第一范文网", "_工作总结之家"]


@pytest.mark.parametrize("text", ["如有侵权,请联系我们删除。", "如有侵權，請與本站聯繫。", "如有侵权请联系删除"])
def test_ph201_takedown_notice_is_one_piece(text):
    assert len(spans_text("PH201", text)) == 1
    assert spans_text("PH201", text)[0].startswith("如有侵")


# --- full-width punctuation, as most drafts are typed ------------------------------------------

def test_full_width_punctuation_is_matched_like_ascii():
    text = ("更新时间：2023-07-06　来源：网友投稿\n"
            "下面由小编帮大家编辑的《工作总结》，供您参考，并请收藏本页！\n"
            "续建项目1个：\n竣工项目4个：\n二、下步打算\n加大力度。\n"
            "（请结合实际工作情况填写）\n"
            "农业园区－２－\n")
    assert positions("PH201", text) == [(1, 1), (2, 1), (2, 24)]
    assert positions("PH141", text) == [(3, 1), (4, 1)]
    assert positions("PH131", text) == [(7, 1)]
    assert spans_text("PH202", text) == ["－２－"]


def test_ph202_page_numbers_between_middle_dots():
    text = "完成人工造林1.2万亩，分别为杉木林5,000亩、\n·2·\n苗木成活率在90%以上。\n• 3 •\n"
    assert positions("PH202", text) == [(2, 1), (4, 1)]


def test_ph202_a_heading_between_middle_dots_stays_quiet():
    assert positions("PH202", "要点如下：\n·重点工作·\n10·1国庆期间值班。\n") == []


def test_template_labels_with_latin_letters_match_in_any_case():
    # the letters of 可编辑word版 / pdf转换版 fold case in a scoped group, the rest of the entry
    # is matched without case folding (several times faster on Chinese text)
    from draftlint.rules.placeholder._residue import find_all

    text = "总结（可编辑WORD版） 总结【Word版】 总结(PDF转换版) 总结（word档）"
    found = [text[s:e] for s, e in find_all("ph2_residue_markers.txt", text)]
    assert "（可编辑WORD版）" in found and "【Word版】" in found and "(PDF转换版)" in found
    assert not any("word档" in f for f in found)


def test_site_name_extender_with_its_look_ahead_finds_what_it_found_without():
    # the look-ahead of the 网/之家/文库 extender only skips places with none of 网 之 文 near
    import regex

    from draftlint.rules.placeholder._residue import load_entries

    entry = next(e for e in load_entries("ph2_residue_extenders.txt") if "之家|文库" in e)
    plain = regex.compile(entry[entry.index(")") + 1:], regex.V1 | regex.I)
    ahead = regex.compile(entry, regex.V1 | regex.I)
    texts = ["来源:范文之家 2023", "a网站 b网 cc之家 dd文库", "abcdefghijk网", "一二三四五六七八九十网。", "\u0130" * 10 + "网",
             "K" * 12 + "之家", "之之家 文文库 网网", "好范文网,第一范文网站", "x" * 30]
    assert [[m.span() for m in ahead.finditer(t)] for t in texts] == [[m.span() for m in plain.finditer(t)] for t in texts]


def test_running_title_with_page_number_entry_with_its_look_ahead_finds_what_it_found_without():
    import regex

    from draftlint.rules.placeholder._residue import load_entries

    entry = next(e for e in load_entries("ph2_residue_markers.txt") if "(?=[^\\n]*?[ \\t\\u3000]{2}第)" in e)
    plain = regex.compile(entry.replace("(?=[^\\n]*?[ \\t\\u3000]{2}第)", ""), regex.V1)
    ahead = regex.compile(entry, regex.V1)
    text = ("xx镇2023年工作总结   第 3 页 共 10 页\n  某某单位述职报告\u3000\u3000第2页\n第一章  第\n3页\n"
            "总结  第3页,共9页  \r\n正文第3页  共4页\n\t标题\t\t第 12 页\n这一行很长很长很长很长很长很长很长很长很长很长很长很长很长  第1页\n")
    found = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in ahead.finditer(text)] == found and len(found) >= 3
