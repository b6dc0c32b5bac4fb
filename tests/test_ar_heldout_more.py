"""AR rules on the shapes the held-out sets g-l found missed or wrongly flagged, as general
phenomena in new wording: each with the wrong figures (found) and the right ones or a
look-alike that must stay quiet.
"""

from __future__ import annotations

from draftlint.document import Document
from draftlint.numbers import find_quantities
from draftlint.rules import get, match_codes
from draftlint.testing import rule_options

AR_CODES = [c for c in match_codes("AR") if get(c).scope == "document"]


def _ar(text: str) -> list[str]:
    """The codes of the AR findings (warning and error) on ``text``, sorted."""
    doc = Document(text)
    out = []
    for code in AR_CODES:
        for v in get(code).check(doc, rule_options(code)):
            if v.severity != "info":
                out.append(code)
    return sorted(out)


# --- figures written with 万 and the ones (21万4,380人次) ----------------------------------


def test_wan_and_ones_is_one_figure():
    [q] = find_quantities("全年接待游客31万2,650人次")
    assert q.value == 312650 and q.unit == "人次"
    [q] = find_quantities("31万2650人次")
    assert q.value == 312650
    assert [q.value for q in find_quantities("共5万人,12万3人")] == [50000, 120003]


def test_parts_of_a_wan_and_ones_total_are_not_more_than_it():
    text = "全年门诊量共计32万6,410人次。其中普通门诊29万1,200人次,急诊3万5,210人次。"
    assert _ar(text) == []
    assert _ar(text.replace("3万5,210", "4万5,210")) == ["AR121"]  # 336,410 > 326,410


# --- a 、 list whose last part is the rest is complete ----------------------------------


def test_rest_named_last_in_a_list_makes_the_breakdown_complete():
    bad = "全年受理群众来信共计214件,其中咨询类103件、求决类88件、其他类来信13件。"
    assert _ar(bad) == ["AR122"]
    assert _ar(bad.replace("13件", "23件")) == []
    bad2 = "下拨经费共860万元,其中设备购置410万元、人员培训260万元、宣传及其他90万元。"
    assert _ar(bad2) == ["AR122"]
    assert _ar(bad2.replace("90万元", "190万元")) == []


def test_list_without_rest_stays_quiet():
    # 其中 may name only the main parts
    assert _ar("全年受理群众来信共计214件,其中咨询类103件、求决类88件。") == []
    assert _ar("下拨经费共860万元,其中设备购置410万元、人员培训260万元。") == []


def test_a_contest_is_no_comparison():
    # 比赛 names a part, it compares nothing: the list is still read
    text = "全年赛事经费共计1,540万元,其中联赛720万元、省外比赛及集训510万元、裁判及其他210万元。"
    assert _ar(text) == ["AR122"]
    assert _ar(text.replace("1,540", "1,440")) == []


# --- a semicolon after a 、 list closes it ---------------------------------------------


def test_semicolon_after_a_dun_list_closes_the_breakdown():
    assert _ar("今年共招录公务员26名,其中综合管理类9名、执法类17名;另有选调生40名参加培训。") == []
    assert _ar("全站现有职工31人,其中技术人员12人、管理人员19人;另聘用保洁人员8人、保安5人,全站合计44人。") == []
    # the list itself is still checked
    assert _ar("全院共有科室21个,其中临床科室12个、医技科室6个、其余科室2个;另有病区9个。") == ["AR122"]


# --- a class label glued to its count (一类12件, A2类27件) is no part ------------------


def test_class_labels_are_not_parts():
    text = "本季度辖区发生火情A1类0起、A2类14起、A3类203起,合计227起。"
    assert _ar(text) == ["AR122"]
    assert _ar(text.replace("227起", "217起")) == []
    assert _ar("本年共评定文明家庭一类15户、二类42户、三类61户,合计118户。") == []
    assert _ar("本年共评定文明家庭一类15户、二类42户、三类61户,合计128户。") == ["AR122"]
