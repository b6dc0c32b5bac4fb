"""AR rules on general misses: lessons counted in 节/堂/课时, totals after their parts in
萬元 with thousands separators and a currency word, breakdowns on the next line, growth in
Chinese numerals, and points with the base in brackets."""

from __future__ import annotations

from draftlint.numbers import find_quantities
from draftlint.testing import positions, violations


def test_lessons_are_counted_in_jie():
    assert [q.unit for q in find_quantities("本学期开设公开课2节、示范课3堂，共上课120课时")] == ["节", "堂", "课时"]


def test_jie_that_starts_a_word_is_not_a_unit():
    assert [q.unit for q in find_quantities("推广5节能灯具，3节约型机关")] == ["", ""]


def test_parts_exceeding_a_small_total_of_lessons():
    text = "本学期共开设公开课2节，其中校级1节、区级2节。"
    assert positions("AR121", text) == [(1, 10)]
    assert violations("AR121", text.replace("公开课2节", "公开课3节")) == []


def test_total_after_parts_in_wan_yuan_with_separators_and_currency_word():
    text = "本年度甲計畫經費2,350萬元，乙計畫經費860萬元，合計新臺幣3,010萬元。"
    assert positions("AR121", text) == [(1, 9)]
    assert violations("AR121", text.replace("3,010", "3,210")) == []
    assert violations("AR122", text.replace("3,010", "3,210")) == []


TAX = "全年组织税费收入5.62亿元。\n其中:增值税2.35亿元,企业所得税1.12亿元,个人所得税0.38亿元,其他税费1.57亿元。"


def test_breakdown_on_the_line_after_its_total():
    assert positions("AR122", TAX) == [(2, 7)]
    assert violations("AR122", TAX.replace("1.57", "1.77")) == []


def test_breakdown_a_paragraph_after_its_total():
    assert positions("AR122", TAX.replace("\n", "\n\n")) == [(3, 7)]


def test_parts_on_the_next_line_exceeding_the_total():
    assert positions("AR121", TAX.replace("1.57", "1.87")) == [(2, 7)]


def test_next_line_breakdown_of_an_unclear_total_is_left_alone():
    two = "全年组织税费收入5.62亿元，其中税收收入4.10亿元。\n其中:增值税2.35亿元,企业所得税1.12亿元,其他税费0.57亿元。"
    assert violations("AR122", two) == [] and violations("AR121", two) == []
    far = TAX.replace("\n", "\n\n\n\n")
    assert violations("AR122", far) == []


def test_growth_compared_with_the_same_period_last_year_in_chinese_numerals():
    text = "全县财政收入由二十五亿元增加到二十八亿元，比去年同期增长25%。"
    assert positions("AR111", text) == [(1, 8)]
    assert positions("AR111", text.replace("比去年同期", "较上年同期")) == [(1, 8)]
    assert violations("AR111", text.replace("25%", "12%")) == []


def test_growth_within_the_rounding_of_whole_yi_is_left_alone():
    # 二十五亿/二十八亿 may be rounded: 15% lies within 27.5/25.5 − 1 … 28.5/24.5 − 1
    assert violations("AR111", "全县财政收入由二十五亿元增加到二十八亿元，比去年同期增长15%。") == []


def test_marks_are_figures_after_arabic_digits_only():
    assert [(q.text, q.unit) for q in find_quantities("平均分86.5分，十分重视，三分之一，用时5分钟")] == [("86.5分", "分"), ("5", "")]


def test_points_with_the_base_in_brackets_before_the_change():
    text = "本学期全班平均分较期中(81分)提高了4.5分，达到86.5分。"
    assert positions("AR111", text) == [(1, 9)]
    assert violations("AR111", text.replace("86.5分", "85.5分")) == []


def test_amounts_with_the_base_in_full_width_brackets():
    text = "村集体经济收入较上年（120万元）减少了40万元，为90万元。"
    assert positions("AR111", text) == [(1, 8)]
    assert violations("AR111", text.replace("为90万元", "为80万元")) == []
    assert positions("AR111", text.replace("为90万元", "为180万元")) == [(1, 8)]  # it rose


def test_new_and_continued_projects_may_not_be_all_projects():
    # 续建 and 新建 leave out 前期/预备 projects: a shortfall is not an error, an excess is
    text = "全年实施重点项目18个，其中续建项目7个、新建项目10个。"
    assert violations("AR122", text) == [] and violations("AR121", text) == []
    assert positions("AR121", text.replace("18个", "15个")) == [(1, 9)]


def test_total_after_parts_falling_short_in_traditional_script():
    text = "本年度甲計畫經費2,350萬元，乙計畫經費860萬元，合計新臺幣4,010萬元。"
    assert positions("AR122", text) == [(1, 9)]
