"""PH2 rules (and PH131), second round: WeChat adverts, navigation bars, disclaimers, page
metadata, fill-in notes in brackets — in both scripts, with the prose that must stay quiet."""

from __future__ import annotations

import pytest

from draftlint.testing import positions, spans_text


# --- PH201 WeChat adverts ------------------------------------------------------------------

def test_ph201_wechat_adverts():
    text = ("扫码关注“第一范文网”公众号，获取更多精彩范文\n"
            "长按识别二维码，关注我们\n"
            "扫一扫关注微信公众号\n")
    assert spans_text("PH201", text) == [
        "扫码关注“第一范文网”公众号，获取更多精彩范文", "长按识别二维码", "扫一扫关注微信公众号",
    ]


def test_ph201_wechat_advert_in_traditional_script():
    assert positions("PH201", "掃碼關注「範文網」公眾號，獲取更多精彩範文\n長按識別二維碼") == [(1, 1), (2, 1)]


@pytest.mark.parametrize("text", [
    "引导群众扫码关注“平安青山”微信公众号，累计关注人数达1.2万人。",
    "掃碼關注社區公衆號,瞭解更多相關政策。",
    "通过微信公众号发布政策信息36条。",
])
def test_ph201_a_report_about_its_own_account_stays_quiet(text):
    assert positions("PH201", text) == []


# --- PH201 navigation bars, disclaimers -------------------------------------------------------

def test_ph201_navigation_bar_is_one_piece():
    text = "返回首页|联系我们|免责声明|网站地图\n网站首页 关于我们 联系我们\n"
    assert spans_text("PH201", text) == ["返回首页|联系我们|免责声明|网站地图", "网站首页 关于我们 联系我们"]


@pytest.mark.parametrize("text", ["请点击首页 关于我们栏目查询。", "如有疑问请联系我们。", "详见网站首页。"])
def test_ph201_a_single_link_word_in_prose_stays_quiet(text):
    assert positions("PH201", text) == []


def test_ph201_disclaimers_are_one_piece_each():
    text = ("本文内容由网友上传，仅供参考，如有侵权请联系删除。\n"
            "文章来源于网络，如有侵权请联系删除\n")
    assert spans_text("PH201", text) == [
        "本文内容由网友上传，仅供参考，如有侵权请联系删除", "文章来源于网络，如有侵权请联系删除",
    ]


def test_ph201_disclaimer_in_traditional_script():
    assert spans_text("PH201", "本文內容由網友上載，僅供參考。") == ["本文內容由網友上載，僅供參考"]


@pytest.mark.parametrize("text", [
    "以上数据仅供参考。",
    "资金来源于县财政和社会捐赠。",
    "群众反映内容来自网络舆情监测平台。",
    "配合开展文物收藏情况调查。",
    "本站全年承担4个雨量站的测报任务。",
])
def test_ph201_reference_and_source_in_prose_stay_quiet(text):
    assert positions("PH201", text) == []


# --- PH201 page metadata ---------------------------------------------------------------------

def test_ph201_page_metadata_lines():
    text = ("2023-05-12 | 浏览 356 次 |\n"
            "字体：大 中 小\n"
            "作者：第一范文网 时间：2022-03-02 点击：2041次\n"
            "阅读量：1230\n")
    assert spans_text("PH201", text) == [
        "2023-05-12 | 浏览 356 次 |", "字体：大 中 小", "作者：第一范文网 时间：2022-03-02 点击：2041次", "阅读量：1230",
    ]


def test_ph201_page_metadata_in_traditional_script():
    assert positions("PH201", "2023-05-12 | 瀏覽 356 次 |\n字體：大 中 小\n閱讀量：1230\n") == [(1, 1), (2, 1), (3, 1)]


@pytest.mark.parametrize("text", [
    "政务网站累计浏览3.6万次。",
    "开展阅读活动12次，点击率明显提高。",
    "全年浏览量同比增长12%。",
    "组织群众浏览展板300余人次。",
])
def test_ph201_browsing_as_a_verb_stays_quiet(text):
    assert positions("PH201", text) == []


# --- PH131 fill-in notes in brackets ------------------------------------------------------------

def test_ph131_notes_telling_the_writer_to_fill_in_or_adapt():
    text = ("三、主要成效（此部分请结合本单位实际自行填写）\n"
            "全年完成投资1.2亿元（注：以上数据请根据实际情况调整）。\n"
            "四、下步打算（可根据需要增删）\n")
    assert spans_text("PH131", text) == [
        "（此部分请结合本单位实际自行填写）", "（注：以上数据请根据实际情况调整）", "（可根据需要增删）",
    ]


def test_ph131_notes_in_traditional_script():
    text = "三、主要成效（此部分請結合本單位實際自行填寫）\n（註：以上數據請根據實際情況調整）\n"
    assert positions("PH131", text) == [(1, 7), (2, 1)]


@pytest.mark.parametrize("text", [
    "指导企业调整结构（企业自行调整生产计划）。",
    "（以上数据已调整）",
    "（含应急调整资金200万元）",
    "（资金由县财政补充）",
    "（需求调整后重新报批）",
])
def test_ph131_brackets_with_facts_about_adjustments_stay_quiet(text):
    assert positions("PH131", text) == []


# --- PH201 lists of other articles ------------------------------------------------------------

def test_ph201_titles_under_a_related_articles_header():
    text = ("我镇将继续努力，推动各项工作再上新台阶。\n\n青山镇人民政府\n2023年7月5日\n\n"
            "相关文章\n2023年乡镇工作总结\n社区党支部工作计划\n个人述职报告范文（通用5篇）\n\n"
            "猜你喜欢：\n· 学校安全工作方案\n· 教师个人心得体会\n")
    assert positions("PH201", text) == [(6, 1), (7, 1), (8, 1), (9, 1), (11, 1), (12, 1), (13, 1)]


def test_ph201_run_of_template_titles_closing_the_page():
    text = ("全年工作取得明显成效，群众满意度持续提升。\n\n青山鎮人民政府\n2023年7月5日\n"
            "2023年鄉鎮工作總結\n社區黨支部工作計劃\n個人述職報告範文（通用5篇）\n")
    assert positions("PH201", text) == [(5, 1), (6, 1), (7, 1)]


@pytest.mark.parametrize("text", [
    "全年工作取得明显成效。\n\n附件：\n1.青山镇安全生产工作方案\n2.青山镇防汛工作计划\n",
    "主要参考文件：\n青山镇安全生产工作方案\n青山镇防汛工作计划\n",
    "下步重点任务\n制定年度培训计划\n编制防汛工作方案\n",
    "全年工作取得明显成效。\n青山镇2023年工作总结\n",
    "三、下步计划\n（一）抓好项目建设。\n一是推进工业园区建设。\n二是完成年度工作计划\n",
])
def test_ph201_attachments_tasks_and_a_single_title_stay_quiet(text):
    assert positions("PH201", text) == []


def test_ph141_a_related_articles_header_is_no_empty_heading():
    text = "一、主要成效\n加强领导。\n\n猜你喜欢：\n学校安全工作方案\n教师个人心得体会\n"
    assert positions("PH141", text) == []


def test_ph201_closing_titles_with_other_residue_between_them():
    text = ("全年工作取得明显成效，群众满意度持续提升。\n\n2023年乡镇工作总结\n本站小编 免费范文网 2018-01-12\n"
            "社区党支部工作计划\n个人述职报告范文（通用5篇）\n返回首页|联系我们|免责声明|网站地图\n")
    assert positions("PH201", text) == [(3, 1), (4, 1), (5, 1), (6, 1), (7, 1)]


def test_ph201_dates_and_sources_of_a_page_header():
    text = "来源：青山新闻网 | 发布时间：2023-03-01\n2023-05-12 09:17\n图片来源于网络，如有侵权请联系删除\n"
    assert spans_text("PH201", text) == [
        "来源：青山新闻网 | 发布时间：2023-03-01", "2023-05-12 09:17", "图片来源于网络，如有侵权请联系删除",
    ]


@pytest.mark.parametrize("text", ["（发布时间：2023年3月1日）", "会议时间：2023年5月12日", "项目发布时间：2023-03"])
def test_ph201_dates_in_a_report_stay_quiet(text):
    assert positions("PH201", text) == []


def test_ph201_related_articles_in_markdown():
    text = "## 四、下步打算\n\n继续加强基层治理。\n\n### 相关文章\n\n- 2023年社区工作总结\n- 社区党支部工作计划\n"
    assert positions("PH201", text, kind="md") == [(5, 1), (7, 1), (8, 1)]


def test_ph201_related_templates_as_bold_header_and_markdown_links():
    text = ("## 四、下步打算\n\n继续加强基层治理。\n\n**相關範本**\n\n"
            "- [縣市環保局年度施政報告範例](#)\n- [公所清潔隊業務檢討報告](https://example.com/2)\n")
    assert positions("PH201", text, kind="md") == [(5, 3), (7, 1), (8, 1)]


def test_ph201_links_in_the_report_itself_stay_quiet():
    text = ("## 附件\n\n- [2024年街道工作总结](files/summary.docx)\n- [街道年度工作计划](files/plan.docx)\n\n"
            "以上材料请审阅。\n")
    assert positions("PH201", text, kind="md") == []


@pytest.mark.parametrize("text, expected", [
    ("3. （此处结合本单位下半年重点任务填写，不少于3条）\n", [(1, 4)]),
    ("3. （此處圍繞本單位下半年重點任務列舉，不少於3條）\n", [(1, 4)]),
    ("这里结合实际谈几点体会。\n", []),
])
def test_ph131_instruction_with_what_to_draw_on_between_here_and_fill(text, expected):
    assert positions("PH131", text) == expected


def test_ph141_a_heading_that_is_only_an_instruction_is_ph131s_finding():
    text = ("一、工作开展情况\n（一）党建工作。\n全年召开会议12次。\n（二）（此处根据实际情况填写）\n"
            "二、下步打算\n")
    assert positions("PH131", text) == [(4, 4)]
    assert positions("PH141", text) == [(5, 1)]


def test_ph141_a_bold_related_list_header_is_residue_not_an_empty_heading():
    text = ("## 四、下步打算\n\n继续加强基层治理。\n\n**你可能还想看:**\n\n"
            "- [应急管理局上半年工作总结(通用10篇)](/baogao/12873.html)\n")
    assert positions("PH141", text, kind="md") == []
    assert positions("PH201", text, kind="md")[0] == (5, 3)


@pytest.mark.parametrize("text, expected", [
    ("三、队伍建设\n【此处请填写队伍管理、教育训练等方面的具体做法,不少于300字】\n", [(2, 1)]),
    ("(其他工作待补充)\n", [(1, 1)]),
    ("(填写说明:本汇报由各科室提供数据,办公室汇总,报送时请删除本段)\n", [(1, 1)]),
    ("其他工作将在下半年补充完善。\n", []),
])
def test_ph131_longer_and_trailing_instructions(text, expected):
    assert positions("PH131", text) == expected


def test_ph141_an_empty_item_right_after_its_list():
    text = "二、存在问题\n1. 执法力量不足;\n2. 部分村民认识不清;\n3.\n三、下步打算\n继续加强执法。\n"
    assert positions("PH141", text) == [(4, 1)]


def test_ph141_an_empty_last_section_before_the_sign_off():
    text = ("## 四、下步打算\n\n### （一）加强执法\n\n继续开展巡查。\n\n### （三）\n\n"
            "**青山镇自然资源所**\n\n**2025年6月30日**\n")
    assert positions("PH141", text, kind="md") == [(7, 1)]


def test_ph141_a_last_section_with_text_before_the_sign_off_stays_quiet():
    text = "三、下步打算\n继续加强执法。\n\n青山镇自然资源所\n2025年6月30日\n"
    assert positions("PH141", text) == []
