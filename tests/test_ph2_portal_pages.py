"""Portal-page residue in Taiwan / Hong Kong wording and its simplified forms, template notes
after ``※`` / ``注：``, and a numbered heading left with nothing but its number."""

from __future__ import annotations

import pytest

from draftlint.testing import positions, spans_text


# --- PH201: the wording of Taiwan and Hong Kong portals, and the same words simplified -----

@pytest.mark.parametrize("line", [
    "發布單位:秘書室 | 點閱次數:1203",
    "發布單位：秘書室｜點閱次數：1,203",
    "张贴者：admin | 点阅：3,208",
    "張貼者:管理員",
    "本文點閱次數：455",
    "點閱:455",
    "点阅次数：88次",
    "▲ 回到頂端",
    "▲回到顶端",
    "回到頁首",
    "友善列印",
    "友善打印",
    "回上一頁",
    "返回上一页",
    "相關連結",
    "相关链接：",
    "分享至 LINE / Facebook",
    "分享至：Facebook | LINE | Twitter",
    "分享到微信/微博/QQ空间",
    "列印本頁",
    "轉寄好友 | 友善列印",
    "字體大小：小 中 大",
    "最後更新日期：2023/06/30",
    "上版日期:112-06-30",
    "瀏覽人次：1,024",
])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_ph201_portal_line_is_one_finding_from_its_start(line, eol):
    text = f"一、工作回顧{eol}本鄉全年辦理活動12場。{eol}{line}{eol}"
    found = spans_text("PH201", text)
    assert len(found) == 1, found
    assert positions("PH201", text) == [(3, 1)]


def test_ph201_a_bar_of_several_actions_is_one_finding():
    assert spans_text("PH201", "友善列印 | 回上一頁\n") == ["友善列印 | 回上一頁"]
    assert spans_text("PH201", "友善打印 | 分享至 LINE / Facebook\n") == ["友善打印 | 分享至 LINE / Facebook"]


@pytest.mark.parametrize("text", [
    "本所網站全年點閱次數達12萬人次，民眾滿意度提升。",
    "网站点阅率：80%，较去年提升。",
    "將宣導影片分享至 LINE 群組供里民觀看。",
    "我们将工作动态分享到微信、微博等平台。",
    "学员回到顶端岗位后表现良好。",
    "请相关链接单位积极配合。",
    "对张贴者进行了批评教育。",
    "张贴标语120条，发放宣传册3000份。",
    "推进友善校园建设，打印资料500份。",
    "返回上一级审批部门复核。",
    "网站全年浏览人次：12万，同比增长。",
    "本年度打印本页资料共计30份。",
    "最后更新日期为2023年6月。",
])
def test_ph201_stays_quiet_on_report_sentences_with_the_same_words(text):
    assert positions("PH201", text) == []


# --- PH131: a note telling the user the template is for reference only -----------------

@pytest.mark.parametrize("line", [
    "※本範本僅供參考，請依實際情況修改",
    "※ 本范本仅供参考，请依实际情况修改。",
    "注：本模板仅供参考，请根据本单位实际情况修改。",
    "注:本範例僅供參考,請自行調整",
    "※本範本僅供參考",
    "説明：本範本僅供參考，使用時請酌予修正。",
])
def test_ph131_template_for_reference_note(line):
    text = f"青山鎮2023年上半年工作總結\n{line}\n一、主要工作\n"
    assert positions("PH131", text) == [(2, 1)]


@pytest.mark.parametrize("line", [
    "※ 本表数据由镇统计站提供，仅供参考。",
    "注：以上数据仅供参考。",
    "注：以上資料統計至6月30日止。",
    "本方案仅供各村参考，具体由各村结合实际制定。",
])
def test_ph131_stays_quiet_on_data_notes(line):
    assert positions("PH131", f"一、主要工作\n{line}\n") == []


# --- PH141: a numbered heading with nothing but its number --------------------------------

def test_ph141_number_alone_between_filled_siblings():
    text = ("一、主要工作\n(一)強化為民服務。受理案件2,436件。\n(二)\n"
            "(三)推動環境清潔。清除髒亂點42處。\n")
    assert positions("PH141", text) == [(3, 1)]


def test_ph141_number_alone_before_the_next_heading_or_the_end():
    text = "二、存在问题\n（一）基础设施短板仍较突出。\n（二）\n三、下步打算\n（一）\n"
    assert positions("PH141", text) == [(3, 1), (5, 1)]


def test_ph141_number_alone_then_a_blank_line():
    assert positions("PH141", "一、主要工作\n（一）\n\n成立了领导小组。\n") == [(2, 1)]


def test_ph141_a_heading_broken_after_its_number_stays_quiet():
    text = "一、主要工作\n（一）加强组织领导\n成立了领导小组。\n（二）\n加强队伍建设\n开展培训3期。\n"
    assert positions("PH141", text) == []


def test_ph141_a_page_marker_between_the_halves_of_a_sentence_stays_quiet():
    text = ("四、落實了項目\n全年共引進項目12個,在招商過程中主動對接客商,為企業落戶創造了良好條件,確保項目早日建成投產\n"
            "\n3、\n\n達產,見到實效。\n")
    assert positions("PH141", text) == []


def test_ph141_arabic_number_with_a_dot_alone_stays_quiet():
    # 1. / 2. alone on a line are as often line or page numbers of a converted file
    assert positions("PH141", "工作安排\n1.\n2.\n") == []
