"""PH201 on site action bars, reprint notes, adverts, account bylines and metadata lines;
PH131 on notes about the whole report; PH141 on headings wrapped in Markdown bold.

Each phenomenon in both scripts, and the prose that mentions the same words as subject
matter stays quiet.
"""

from __future__ import annotations

import pytest

from draftlint.testing import positions, spans_text


# --- PH201: new phrasings of website residue -------------------------------------------------

@pytest.mark.parametrize("text, piece", [
    ("下载本文\n", "下载本文"),
    ("下載本文\n", "下載本文"),
    ("下载本文 | 收藏 | 打印\n", "下载本文 | 收藏 | 打印"),
    ("收藏 / 打印 / 分享\n", "收藏 / 打印 / 分享"),
    ("转载请注明出处。\n", "转载请注明出处"),
    ("轉載請註明出處。\n", "轉載請註明出處"),
    ("本文来源于第一范文网，转载请保留出处。\n", "本文来源于第一范文网，转载请保留出处"),
    ("关注微信公众号“范文之家”，回复“总结”免费领取更多范文。\n", "关注微信公众号“范文之家”，回复“总结”免费领取更多范文"),
    ("關注微信公衆號“範文之家”，回覆“總結”免費領取更多範文。\n", "關注微信公衆號“範文之家”，回覆“總結”免費領取更多範文"),
    ("作者：admin\n", "作者：admin"),
    ("作者：管理员\n", "作者：管理员"),
    ("篇幅所限，完整内容请点击下方按钮下载。\n", "篇幅所限，完整内容请点击下方按钮下载"),
    ("篇幅所限，完整內容請點擊下方按鈕下載。\n", "篇幅所限，完整內容請點擊下方按鈕下載"),
    ("由于篇幅限制，仅展示部分内容，完整版请点击下载。\n", "由于篇幅限制，仅展示部分内容，完整版请点击下载"),
    ("如需转载，请注明出处。\n", "如需转载，请注明出处"),
    ("未經本站許可，不得轉載。\n", "未經本站許可，不得轉載"),
    ("留言即可免费领取全部范文\n", "留言即可免费领取全部范文"),
    ("发布者：小编\n", "发布者：小编"),
    ("下載文檔\n", "下載文檔"),
    ("下載本文 | 收藏 | 列印\n", "下載本文 | 收藏 | 列印"),  # Taiwan's words for the same bar
    ("轉貼請註明出處。\n", "轉貼請註明出處"),
])
def test_ph201_more_site_phrasings(text, piece):
    assert spans_text("PH201", text) == [piece]


@pytest.mark.parametrize("text", [
    "群众可登录县政府网站下载本文件及附件。",
    "全年查处未经授权下载、转载影视作品案件12起。",
    "督促辖区网站落实转载作品须注明出处的规定。",
    "引导群众关注“平安青山”微信公众号，回复“办事”即可获取办事指南。",
    "作者：张明（县委办公室）",
    "作者：县委政策研究室  时间：2023年5月",
    "时间：2023年5月12日  地点：县政府三楼会议室",
    "由于篇幅所限，完整的统计数据另附表说明。",
    "篇幅所限，不再一一列举。",
    "全年政务网站累计浏览量达1,208万次。",
    "请下载文档后按要求填写。",
    "居民可通过公众号留言获取防疫资料。",
    "未经许可不得转载他人作品的行为得到遏制。",
    "编辑：王芳",
])
def test_ph201_the_same_words_as_subject_matter_stay_quiet(text):
    assert positions("PH201", text + "\n") == []


# --- PH201: a line of page metadata is one byline ---------------------------------------------

@pytest.mark.parametrize("line", [
    "作者：admin  阅读量：1,208  下载本文",
    "发布时间：2023-05-12  来源：网友投稿  浏览：1,208",
    "發佈時間：2023-05-12  來源：網友投稿  瀏覽：1,208",
    "来源：青山新闻网 | 发布时间：2023-03-01 | 阅读：356",
    "更新时间：2023-07-06　来源：网友投稿",
    "编辑：admin  发布时间：2023-05-12  点赞：12",
    "作者：admin  點閱次數：1,208  列印",
])
def test_ph201_a_line_of_metadata_fields_is_one_finding(line):
    assert spans_text("PH201", line + "\n") == [line]


def test_ph201_a_counter_with_a_thousands_comma_keeps_its_number():
    assert spans_text("PH201", "阅读量：1,208\n閱讀量：12,345,678 次\n") == ["阅读量：1,208", "閱讀量：12,345,678 次"]


def test_ph201_residue_separated_by_prose_stays_separate():
    text = "我们该如何写好总结呢？下面由小编帮大家整理的《工作总结》，供您参考，并请收藏本页！\n"
    assert spans_text("PH201", text) == ["下面由小编帮大家整理的", "并请收藏本页"]


# --- PH131: notes on the whole report ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "（本报告内容请依据本单位实际情况修改）",
    "（本報告內容請依據本單位實際情況修改）",
    "（本报告内容请根据本单位实际情况调整补充）",
    "（本報告內容請根據本單位實際情況調整補充）",
    "(本总结数据请结合实际补充完善)",
    "（请依据实际修改本报告内容）",
])
def test_ph131_notes_on_the_whole_report(text):
    assert spans_text("PH131", "今年以来，我局扎实推进各项工作。" + text + "\n") == [text]


@pytest.mark.parametrize("text", [
    "（本报告内容经局党组会议审议通过）",
    "（本报告数据已根据统计年报调整）",
    "（本报告依据实际完成情况编制）",
    "本方案可根据实际情况适时调整。",
    "各村要依据实际情况调整种植结构。",
])
def test_ph131_notes_about_the_report_that_are_no_instruction(text):
    assert positions("PH131", text + "\n") == []


def test_ph131_a_line_that_is_only_a_note_on_the_whole_report():
    text = "二、下步打算\n本报告内容请依据本单位实际情况修改。\n本報告內容請根據本單位實際情況調整補充\n"
    assert positions("PH131", text) == [(2, 1), (3, 1)]


# --- PH141: headings wrapped in Markdown bold --------------------------------------------------

def test_ph141_bold_heading_followed_by_another_heading():
    text = ("**（一）组织建设方面：**\n**（二）民生服务方面：**继续推进居家养老服务。\n\n"
            "**（三）平安建设方面：**\n\n全年调解矛盾纠纷46起。\n")
    assert positions("PH141", text, kind="md") == [(1, 1)]


def test_ph141_bold_heading_in_traditional_script():
    text = "**（一）組織建設方面：**\n**（二）民生服務方面：**\n新建養老服務站3個。\n"
    assert positions("PH141", text, kind="md") == [(1, 1)]


def test_ph141_bold_headings_followed_by_their_paragraphs_stay_quiet():
    text = ("# 2023年社区工作总结\n\n**（一）组织建设方面：**\n\n全年发展党员12名。\n\n"
            "**（二）民生服务方面：**\n\n新建养老服务站3个。\n\n**一、主要成效。**全年完成投资1.2亿元。\n")
    assert positions("PH141", text, kind="md") == []


# --- PH201: a metadata bar is one finding -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "时间:2024-03-02 作者:admin 点击:2310 [字体:大 中 小]",
    "時間:2024-03-02 作者:admin 點擊:2310 [字體:大 中 小]",
    "張貼者:admin 於 2024/03/02 點閱:512",
    "发布单位:办公室 | 阅读次数:1,306 | 打印 | 转发",
    "**发布日期：2024-03-02　　阅读量：1,306**",
    "【下载本文】【收藏本文】【打印本文】【关闭窗口】",
    "2024-03-02 15:10:15   公文范文网     [ 字体: ] [ 阅读: ] [ 文档下载 ]",
])
def test_ph201_a_bar_of_page_metadata_is_one_finding(line):
    text = f"白沙镇2024年一季度工作总结\n{line}\n一季度，全镇上下团结一心。\n"
    assert positions("PH201", text) == [(2, 1 + len(line) - len(line.lstrip("*")))]


def test_ph201_residue_with_report_prose_between_stays_two_findings():
    text = ("下面由小编帮大家整理的《乡镇工作总结》，全镇上下团结一心，供您参考，并请收藏本页！\n"
            "一季度，全镇上下团结一心。\n")
    assert len(positions("PH201", text)) == 2


@pytest.mark.parametrize("line", [
    "当前位置:公文范文网 > 工作总结 > 年终总结",
    "當前位置:公文範文網 > 工作總結 > 年終總結",
    "上传者:w***3  下载次数:812  文档页数:6页",
    "栏目:工作总结 | 日期:2024-05-09 | 热度:1532℃",
    "發表人:範文小編 ◆ 發表日期:2024-05-09 ◆ 閱讀人次:2,114",
    "下载文档到电脑,查找使用更方便 ¥3.00",
    "本文关键词:工作总结 街道 半年",
    "微信扫一扫,关注“范文之家”,每天推送精选范文",
    "©2024 范文之家 | 浙ICP备XXXXXXXX号-1",
    "本站文章均为网友投稿,版权归原作者所有,转载请注明出处。",
    "本站所有資料均來自網友上傳，如有侵權請聯繫刪除。",
])
def test_ph201_site_lines_in_new_wording(line):
    text = f"青山街道2024年上半年工作总结\n{line}\n上半年，街道上下团结一心。\n"
    assert positions("PH201", text) == [(2, 1)]


@pytest.mark.parametrize("text", [
    "群众可扫码关注“平安青山”公众号，及时了解办事指南。\n",
    "项目位置：县城东部，毗邻工业园区。\n",
    "论文关键词的提炼方法在培训中作了讲解。\n",
])
def test_ph201_report_prose_with_the_same_words_stays_quiet(text):
    assert positions("PH201", text) == []


@pytest.mark.parametrize("text, piece", [
    ("想要了解更多工作总结的内容，请关注本站。\n", "请关注本站"),
    ("感謝您的閱讀，文章如有不妥之處請指正。\n", "感謝您的閱讀"),
    ("本文已影响2.5W人\n", "本文已影响2.5W人"),
    ("【导语】本文是无忧考网整理的工作总结，仅供参考。\n", "【导语】本文是无忧考网整理的"),
    ("该文档为用户出于分享目的上传\n", "该文档为用户出于分享目的上传"),
    ("文档为doc格式\n", "文档为doc格式"),
    ("举报 | 收藏 | 点赞\n", "举报 | 收藏 | 点赞"),
])
def test_ph201_reader_prompts_and_document_site_notes(text, piece):
    assert spans_text("PH201", text) == [piece]


@pytest.mark.parametrize("text", [
    "本文由办公室整理，经局长办公会审议通过。\n",
    "欢迎各位领导莅临指导。\n",
    "请继续关注社区各项工作。\n",
    "以上数据仅供参考。\n",
])
def test_ph201_report_sentences_like_site_notes_stay_quiet(text):
    assert spans_text("PH201", text) == []


@pytest.mark.parametrize("line", ["举报", "资源描述", "文档下载", "【页面调色: 】"])
def test_ph201_a_document_site_control_alone_on_its_line(line):
    text = f"白沙镇2024年一季度工作总结\n{line}\n一季度，全镇上下团结一心，及时处理群众举报。\n"
    assert positions("PH201", text) == [(2, 1)]


@pytest.mark.parametrize("text, piece", [
    ("……（省略854字，正式会员可完整阅读）\n", "（省略854字，正式会员可完整阅读）"),
    ("……（未完，全文共6831字，当前仅显示2399字）\n", "全文共6831字，当前仅显示2399字"),
    ("收藏《述职报告的写作》\n", "收藏《述职报告的写作》"),
])
def test_ph201_truncation_notes_of_member_sites(text, piece):
    assert spans_text("PH201", text) == [piece]


def test_ph201_members_reading_in_an_association_report_stays_quiet():
    assert spans_text("PH201", "协会图书室全年开放，会员可免费阅读馆藏图书。\n") == []


@pytest.mark.parametrize("line", [
    "公文汇 > 总结报告 > 工作总结 > 民政局工作总结",
    "範文大全網 > 工作總結 > 年終總結 > 住建局年終總結",
    "您现在的位置:第一范文站 >> 总结大全 >> 团委工作总结",
    "[首頁](/) › [工作報告](/baogao/) › [季度總結](/baogao/jidu/) › 正文",
    "2024-01-05 10:32　作者:公文汇编辑部　已有5,316人阅读",
    "时间:2023-12-28　来源:会员上传　字号:【大 中 小】　打印本文　点击下载",
    "人社局述职报告　　第 2 页",
    "热门标签:团委工作总结 共青团工作总结 年度工作总结",
    "民政局年度工作总结范文2篇",
    "![扫码关注范本之家公众号](/static/qrcode.png)",
    "> **溫馨提示**:本範文僅供參考學習,下載後可自由編輯。",
    "**相关资料:** [供电所年度工作总结(8篇)](#) · [班组长述职报告](#)",
])
def test_ph201_whole_site_lines_in_more_wording(line):
    kind = "md" if line.startswith(("[", "!", ">", "*")) else "txt"
    text = f"青山街道2024年上半年工作总结\n\n{line}\n\n上半年，街道上下团结一心。\n"
    found = positions("PH201", text, kind=kind)
    assert len(found) == 1 and found[0][0] == 3


@pytest.mark.parametrize("line", [
    "申请 > 审核 > 审批 > 发放",
    "工作流程：受理→审核→办结",
    "相关资料：见附件。",
    "产业园区规划图见第 2 页",
])
def test_ph201_report_lines_shaped_like_site_lines_stay_quiet(line):
    assert positions("PH201", f"一、工作流程\n{line}\n") == []


@pytest.mark.parametrize("text, piece", [
    ("【导读】文档屋为大家精心整理了县水利局工作总结，供大家阅读参考。\n", "为大家精心整理了"),
    ("更多精彩范文敬请关注本栏目！\n", "更多精彩范文敬请关注本栏目"),
    ("（未完，全文共3页，请点击下一页继续阅读）\n", "全文共3页，请点击下一页继续阅读"),
    ("本资料为用户上传，仅展示前3页内容，完整文档请下载查看。\n", "本资料为用户上传，仅展示前3页内容，完整文档请下载查看"),
    ("`上传者:电力人小李` · `下载次数:356` · `所需积分:5`\n", "上传者:电力人小李` · `下载次数:356` · `所需积分:5"),
])
def test_ph201_more_site_blurbs(text, piece):
    assert piece in "".join(spans_text("PH201", text, kind="md"))


@pytest.mark.parametrize("text, piece", [
    ("2024年村委会年度工作总结范文(精选)\n", "范文(精选)"),
    ("【精選】職工會年度會務工作總結(可下載)\n", "【精選】"),
    ("【温馨提示】本文仅代表作者个人观点,内容仅供参考。下载后可自由编辑修改。\n",
     "【温馨提示】本文仅代表作者个人观点,内容仅供参考。下载后可自由编辑修改。"),
    ("文匯範本網 © 版權所有 | 聯絡我們 | 隱私權政策\n", "文匯範本網 © 版權所有 | 聯絡我們 | 隱私權政策"),
    ("本文由文秘帮手网整理发布,转载请注明出处。\n", "本文由文秘帮手网整理发布,转载请注明出处"),
    ("时间:2025-07-11 11:32  来源:会员上传  字号:T|T  浏览:965次\n",
     "时间:2025-07-11 11:32  来源:会员上传  字号:T|T  浏览:965次"),
])
def test_ph201_title_tags_tips_and_footers(text, piece):
    assert piece in spans_text("PH201", text)


def test_ph201_a_related_list_under_a_triangle_header():
    text = ("三、下步打算\n继续加强执法。\n\n▲ 相关范文推荐\n\n  城管局上半年工作总结及下半年工作计划\n\n"
            "  综合行政执法局二季度工作总结范文\n")
    assert [line for line, _col in positions("PH201", text)] == [4, 6, 8]


@pytest.mark.parametrize("text, piece", [
    ("【導讀】本站編輯精心整理了這篇述職報告,供大家參考借鑑\n", "【導讀】本站編輯精心整理了"),
    ("想要获取更多范文请关注公众号“笔杆子文库”,回复“司法”即可领取全套材料\n", "想要获取更多范文"),
    ("—— 本篇文章共3頁,當前為第1頁 ——\n", "本篇文章共3頁,當前為第1頁"),
    ("——以上为第1篇,往下翻阅第2篇——\n", "以上为第1篇,往下翻阅第2篇"),
    ("本资料由好范文网会员分享,下载前请先预览\n", "本资料由好范文网会员分享"),
    ("作者:笔杆子文库编辑部 | 发布:2023-12-19 | 围观:4,807人\n", "作者:笔杆子文库编辑部 | 发布:2023-12-19 | 围观:4,807人"),
    ("© 範文網 版權所有 · 客服信箱:service@example.net\n", "© 範文網 版權所有"),
    ("本文由文档之家用户上传,仅供学习交流,下载请点击【立即下载】\n", "本文由文档之家用户上传,仅供学习交流,下载请点击【立即下载】"),
])
def test_ph201_wording_of_a_seventh_set_of_sites(text, piece):
    assert any(piece in found for found in spans_text("PH201", text))


@pytest.mark.parametrize("text", [
    "全年共举办法律讲座12场，群众反响良好，纷纷点赞。\n",
    "我局编辑出版了《审计工作手册》。\n",
])
def test_ph201_report_sentences_near_the_new_wording_stay_quiet(text):
    assert spans_text("PH201", text) == []


def test_ph201_related_documents_under_an_emoji_header():
    text = ("三、下步打算\n继续做好归集工作。\n\n📌 与本文相关的文档:\n住房公积金中心主任述职报告.doc\n"
            "公积金归集科2023年工作总结.docx\n")
    assert [line for line, _c in positions("PH201", text)] == [4, 5, 6]


@pytest.mark.parametrize("text, piece", [
    # 小编 right after 由: the entry asked for at least one character between them
    ("本文由小编整理，仅供参考。\n", "本文由小编整理"),
    ("以上内容由小编整理，仅供参考。\n", "以上内容由小编整理"),
    ("本篇由本站小编精心整理。\n", "本篇由本站小编精心整理"),
    ("本文由編輯部整理。\n", "本文由編輯部整理"),
])
def test_ph201_compiled_by_the_site_editor(text, piece):
    assert any(piece in found for found in spans_text("PH201", text))


@pytest.mark.parametrize("text", [
    "以上内容由办公室整理，经局长办公会审议通过。\n",
    "本文由综合科根据各部门报送材料整理。\n",
])
def test_ph201_compiled_by_an_office_stays_quiet(text):
    assert spans_text("PH201", text) == []
