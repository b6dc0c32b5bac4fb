"""ST102 for Arabic list numbers whose digit was read as a letter (``Z.`` for ``2.``), and the
numbering quiet cases around empty headings and article boundaries, in both scripts."""

import pytest

from draftlint.testing import positions, violations


def _numbering(text: str, kind: str = "txt") -> list[tuple[int, int, str]]:
    return sorted((line, col, code) for code in ("ST101", "ST102", "ST103", "ST104")
                  for line, col in positions(code, text, kind=kind))


@pytest.mark.parametrize("text, line, expected", [
    ("三、下一步工作打算\n1.加强理论学习，提高政治站位。\nZ.完善规章制度，规范工作流程。\n3.强化督促检查，确保任务落实。\n", 3, "2."),
    ("三、下一步工作打算\n1、加強理論學習，提高政治站位。\nZ、完善規章制度，規範工作流程。\n3、強化督促檢查，確保任務落實。\n", 3, "2、"),
    ("二、主要做法\nl.加强理论学习,提高政治站位。\n2.完善规章制度,规范工作流程。\n3.强化督促检查。\n", 2, "1."),
    ("二、主要做法\nI、加強理論學習，提高政治站位。\n2、完善規章制度，規範工作流程。\n3、強化督促檢查。\n", 2, "1、"),
    ("二、主要做法\n1.学习。\n2.制度。\n3.督查。\n4.宣传。\nS.培训,全年培训干部二百人次。\n6.考核。\n", 6, "5."),
    ("二、主要做法\n" + "".join(f"{n}.第{n}项工作落实到位。\n" for n in range(1, 10)) + "1O.其他工作落实到位。\n11.收尾。\n", 11, "10."),
])
def test_a_letter_read_for_a_digit_is_the_missing_number(text, line, expected):
    assert _numbering(text) == [(line, 1, "ST102")]
    (v,) = violations("ST102", text)
    assert v.data["expected"] == expected
    assert expected in v.message.zh and expected in v.message.en


def test_a_letter_that_reads_as_another_number_is_not_taken_for_the_missing_one():
    text = "1.加强学习。\n2.完善制度。\nS.强化督查。\n4.落实责任。\n"
    assert _numbering(text) == [(4, 1, "ST101")]  # S is 5, not 3: the gap before 4. stays


def test_a_list_that_starts_again_with_a_letter_for_its_1():
    text = ("一、主要做法\n1.加强学习。\n2.完善制度。\n3.强化督查。\n"
            "下一步,我们将做好以下工作:\nl.加强学习。\n2.完善制度。\n3.强化督查。\n")
    assert _numbering(text) == [(6, 1, "ST102")]
    (v,) = violations("ST102", text)
    assert v.data["expected"] == "1."


def test_a_gap_after_the_slip_is_still_a_gap():
    text = "1.加强学习。\nZ.完善制度。\n4.强化督查。\n"
    assert _numbering(text) == [(2, 1, "ST102"), (3, 1, "ST101")]


@pytest.mark.parametrize("text", [
    # the letter does not stand where the list expects that number
    "1.加强学习。\n2.完善制度。\n3.强化督查。\nZ.世代青年的特点。\n",
    # items lettered A. B. C. after a numbered list
    "1.主要做法如下:\nA.加强学习。\nB.完善制度。\nC.强化督查。\n2.存在问题。\n",
    "1.主要做法\n2.存在问题\n3.下步打算\n4.工作安排\n5.其他事项\n6.附件\n7.备注\nA.加强学习。\nB.完善制度。\n",
    # Latin words and abbreviations at a line start
    "1.开展SWOT分析。\n2.分析如下:\nS.W.O.T分析法在工作中的运用。\n3.完善制度。\n",
    "1.加强学习。\n2.完善制度。\nOffice软件培训两期。\n3.强化督查。\n",
    # a draft with no Arabic list at all
    "一、主要做法\nl.加强学习\nZ.完善制度\n",
])
def test_letters_that_are_not_a_slipped_number_stay_quiet(text):
    assert positions("ST102", text) == []
    assert positions("ST101", text) == []


@pytest.mark.parametrize("text", [
    "一、加強組織領導\n（一）\n（二）健全工作機制。各單位認真落實。\n（三）強化督導檢查。\n",
    "一、加强组织领导\n（一）\n（二）健全工作机制,各单位认真落实。\n",
])
def test_an_empty_heading_followed_by_the_next_number_is_not_st(text):
    assert _numbering(text) == []  # (an empty heading is PH141's)


@pytest.mark.parametrize("text", [
    "篇一：社區工作總結\n一、加強學習\n今年以來，我們認真學習。\n二、完善制度\n建立了制度。\n"
    "篇二：社區工作總結\n一、加強學習\n今年以來，我們認真學習。\n二、完善制度\n建立了制度。\n",
    "篇一:社區工作總結\n一、加強學習\n今年以來,我們認真學習。\n二、完善制度\n建立了制度。\n"
    "篇二:社區工作總結\n一、加強學習\n今年以來,我們認真學習。\n二、完善制度\n建立了制度。\n",
    "【篇一】社區工作總結\n（一）加強學習。\n（二）完善制度。\n【篇二】社區工作總結\n（一）加強學習。\n（二）完善制度。\n",
    "範文一\n1、加強學習。\n2、完善制度。\n範文二\n1、加強學習。\n2、完善制度。\n",
    "第一篇 社區工作總結\n一、加強學習\n認真學習。\n第二篇 社區工作總結\n一、加強學習\n認真學習。\n",
])
def test_numbering_starts_again_after_an_article_in_traditional_script(text):
    assert _numbering(text) == []


def test_a_gap_inside_a_traditional_article_is_still_found():
    text = ("【篇一】社區工作總結\n一、加強學習\n認真學習。\n二、完善制度\n建立了制度。\n"
            "【篇二】社區工作總結\n一、加強學習\n認真學習。\n三、完善制度\n建立了制度。\n")
    assert _numbering(text) == [(9, 1, "ST101")]
