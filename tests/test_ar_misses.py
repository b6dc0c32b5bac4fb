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
    assert positions("AR121", text) == [(1, 17)]
    assert violations("AR121", text.replace("公开课2节", "公开课3节")) == []


def test_total_after_parts_in_wan_yuan_with_separators_and_currency_word():
    text = "本年度甲計畫經費2,350萬元，乙計畫經費860萬元，合計新臺幣3,010萬元。"
    assert positions("AR121", text) == [(1, 9)]
    assert violations("AR121", text.replace("3,010", "3,210")) == []
    assert violations("AR122", text.replace("3,010", "3,210")) == []
