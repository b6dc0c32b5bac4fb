"""AR rules on phenomena beyond the first fixtures: a share of the part the clause names,
a group given as a list of figures before 中, and figures written with both 亿 and 万."""

from __future__ import annotations

from draftlint.testing import positions, spans_text, violations


def test_share_is_checked_against_the_part_it_names():
    right = "全县粮食种植面积58.6万亩，其中小麦26.3万亩，玉米7.5万亩，小麦面积占44.9%。"
    assert violations("AR101", right) == []
    wrong = right.replace("44.9%", "54.9%")
    assert positions("AR101", wrong) == [(1, 39)]
    assert violations("AR101", wrong)[0].data["part"] == "26.3万亩"


def test_share_of_the_last_part_still_checked():
    text = "全县粮食种植面积58.6万亩，其中小麦26.3万亩，玉米7.5万亩，玉米占22.8%。"
    assert violations("AR101", text)[0].data["part"] == "7.5万亩"
    assert violations("AR101", text.replace("22.8%", "12.8%")) == []


def test_share_of_a_part_the_sentence_does_not_give_is_left_alone():
    text = "全县粮食种植面积58.6万亩，其中小麦26.3万亩，玉米7.5万亩，大豆面积占3.1%。"
    assert violations("AR101", text) == []


def test_a_list_of_figures_before_zhong_is_not_the_whole():
    text = "全镇纳入监测的低收入户186户、边缘易致贫户42户中，今年通过务工增收的有97户。"
    assert violations("AR121", text) == []
    # one group before 中 is still a whole
    assert positions("AR121", "全镇现有12个工地中，达标的7个，停工的8个。") == [(1, 5)]


def test_school_types_ending_in_zhong_are_not_groups():
    text = "全县共有各级各类学校64所，其中幼儿园21所、小学28所、初中11所、普通高中3所、职业高中6所。"
    assert [v.data.get("stated") for v in violations("AR121", text)] == ["69所"]


def test_figures_with_yi_and_wan_add_up_in_yi():
    text = "项目总投资3亿2,000万元，其中财政资金1亿2,500万元，社会资本2亿1,000万元。"
    found = violations("AR121", text)
    assert [v.data["stated"] for v in found] == ["3.35亿元"]
    assert spans_text("AR121", text) == ["3亿2,000万元，其中财政资金1亿2,500万元，社会资本2亿1,000万元"]
    assert violations("AR121", text.replace("2亿1,000万元", "1亿9,500万元")) == []


def test_traditional_yi_and_wan():
    text = "項目總投資3億2,000萬元，其中財政資金1億2,500萬元，社會資本2億1,000萬元。"
    assert [v.data["stated"] for v in violations("AR121", text)] == ["3.35億元"]


def test_count_against_the_numbered_items_on_its_line():
    assert positions("AR131", "全年重点实施三大项目：1.道路硬化工程；2.饮水安全工程；3.文化广场建设；4.污水处理工程。") == [(1, 7)]
    assert positions("AR131", "采取三项措施：（1）建立台账；（2）定期回访。") == [(1, 3)]
    assert violations("AR131", "全年重点实施四大项目：1.道路硬化工程；2.饮水安全工程；3.文化广场建设；4.污水处理工程。") == []
    assert violations("AR131", "采取三项措施：①建立台账；②定期回访；③跟踪问效。") == []


def test_numbered_items_that_go_on_below_are_not_counted_short():
    assert violations("AR131", "采取三项措施：1.建立台账；2.定期回访；\n3.跟踪问效。\n") == []
    assert violations("AR131", "重点抓好两个方面：1.抓产业，（1）发展茶叶；（2）发展养殖；（3）发展乡村旅游；2.抓民生。") == []
    # a decimal is not an item
    assert violations("AR131", "全年重点实施两大项目：1.道路硬化工程，完成投资1.5亿元；2.饮水安全工程。") == []
