"""ST101: the first number of a list used twice (``（一）…（一）…``, the second where ``（二）``
belongs) is a repeat; a list that legitimately starts again at 1 stays quiet."""

from opencc import OpenCC

from draftlint.testing import positions, violations

TWO_ITEMS = (
    "一、主要成绩\n"
    "（一）加强组织领导\n"
    "全年召开党委会专题研究六次，成立了以书记为组长的领导小组。\n"
    "（一）完善工作机制\n"
    "建立月调度、季通报制度，对重点任务实行台账管理。\n"
    "二、存在问题\n"
    "（一）资金保障不足\n"
    "部分项目配套资金迟迟不能到位。\n"
)


def test_first_number_used_twice_in_a_two_item_list():
    assert positions("ST101", TWO_ITEMS) == [(4, 1)]
    (v,) = violations("ST101", TWO_ITEMS)
    assert v.data == {"expected": "（二）", "reason": "repeat"}


def test_repeat_followed_by_the_second_number_is_reported_once():
    text = TWO_ITEMS.replace("二、存在问题\n", "（二）强化督促检查\n每月通报一次进度。\n二、存在问题\n")
    assert positions("ST101", text) == [(4, 1)]
    assert violations("ST101", text)[0].data["expected"] == "（二）"


def test_repeat_followed_by_the_third_number_is_a_repeat_too():
    text = TWO_ITEMS.replace("二、存在问题\n", "（三）强化督促检查\n每月通报一次进度。\n二、存在问题\n")
    assert positions("ST101", text) == [(4, 1)]
    assert violations("ST101", text)[0].data == {"expected": "（二）", "reason": "repeat"}


def test_ascii_parentheses_and_arabic_numbers():
    ascii_ = TWO_ITEMS.replace("（", "(").replace("）", ")")
    assert positions("ST101", ascii_) == [(4, 1)]
    assert violations("ST101", ascii_)[0].data["expected"] == "(二)"
    arabic = "1、加强理论学习。全年开展集中学习十二次。\n1、抓好阵地建设。新建党员活动室三个。\n"
    assert positions("ST101", arabic) == [(2, 1)]
    assert violations("ST101", arabic)[0].data["expected"] == "2、"


def test_traditional_script():
    text = OpenCC("s2t").convert(TWO_ITEMS)
    assert positions("ST101", text) == [(4, 1)]


def test_markdown():
    text = "## 一、主要成绩\n\n**（一）加强组织领导**\n\n全年召开专题会议六次。\n\n**（一）完善工作机制**\n\n建立月调度制度。\n"
    assert positions("ST101", text, kind="md") == [(7, 3)]


# ---------------------------------------------------------------- quiet: lists that start again
def test_a_new_parent_section_starts_the_list_again():
    text = "一、主要成绩\n（一）加强组织领导\n内容充实。\n二、存在问题\n（一）资金保障不足\n内容充实。\n"
    assert positions("ST101", text) == []


def test_a_new_piece_of_a_bundle_starts_the_list_again():
    marked = "篇一：工作总结\n（一）加强领导\n全年召开会议六次。\n篇二：工作总结\n（一）完善机制\n建立月调度制度。\n"
    assert positions("ST101", marked) == []
    titled = (
        "信访工作总结 篇1\n（一）加强领导\n全年召开会议六次。\n\n"
        "信访工作总结 篇2\n（一）完善机制\n建立月调度制度。\n"
    )
    assert positions("ST101", titled) == []


def test_an_unnumbered_heading_or_chapter_between_starts_the_list_again():
    heading = "（一）加强领导\n全年召开会议六次。\n下半年工作打算\n（一）完善机制\n建立月调度制度。\n"
    assert positions("ST101", heading) == []
    md = "### 上半年工作\n\n（一）加强领导，全年召开会议六次。\n\n### 下半年打算\n\n（一）完善机制，建立月调度制度。\n"
    assert positions("ST101", md, kind="md") == []
    intro = "（一）加强领导\n全年召开会议六次。\n针对存在的问题，下一步我们将：\n（一）完善机制\n建立月调度制度。\n"
    assert positions("ST101", intro) == []
    chapter = "第一章 总则\n1、加强领导。全年召开会议。\n第二章 任务\n1、完善机制。建立制度。\n"
    assert positions("ST101", chapter) == []


def test_a_list_inside_the_first_item_is_not_a_repeat():
    text = "1、主要指标完成情况：\n1、财政收入稳步增长。\n2、固定资产投资增长较快。\n"
    assert positions("ST101", text) == []


def test_inline_enumerations_start_again_in_each_paragraph():
    text = "在学习上，一是坚持集中学习。\n在作风上，一是严格考勤，二是加强督查。\n"
    assert positions("ST101", text) == []


def test_markdown_ordered_list_numbered_one_throughout_is_quiet():
    text = "## 主要做法\n\n1. 加强领导，全年召开会议六次。\n1. 完善机制，建立月调度制度。\n1. 强化督查，每月通报。\n"
    assert positions("ST101", text, kind="md") == []
    assert positions("ST101", text.replace("1. ", "1、"), kind="md") == [(4, 1)]
