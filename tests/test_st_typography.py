"""ST301 doubled punctuation, ST311 malformed figures, ST312 percent sign split off."""

from draftlint.testing import positions, spans_text


def test_doubled_and_clashing_marks():
    text = "跑省进市主动招商,。目前已引进项目6个,,引资额达6430万元。。完成任务;。成效明显、,群众满意。由、、同志负责。\n"
    assert spans_text("ST301", text) == [",。", ",,", "。。", ";。", "、,"]
    assert positions("ST301", text)[0] == (1, 9)


def test_ascii_punctuation_habit_and_ellipses_are_quiet():
    text = ("今年以来,我镇紧紧围绕目标任务,具体情况是:(1)引进项目;(2)建设园区。\n"
            "他沉默了。。。然后说……好的...访问 http://a.cn/x,,y 查看。版本1.2.3发布。\n")
    assert positions("ST301", text) == []


def test_malformed_figures():
    text = "人口自然增长率控制在5.2%o以内,完成投资１2.5亿元,于2O22年建成,增长5%%。\n"
    assert spans_text("ST311", text) == ["%o", "１2.5", "2O22", "%%"]


def test_well_formed_figures_are_quiet():
    text = "1-6月完成投资１２.５亿元,3月24日—4月4日举办活动,增长22‰,H2O与CO2排放下降,型号A1O2。\n"
    assert positions("ST311", text) == []


def test_split_percent_is_info():
    text = "完成到位资金30500万元,占全年任务的321 %;劳务输出28人,占101%。空白处填写 %。\n"
    assert spans_text("ST312", text) == ["321 %"]
    assert positions("ST312", text) == [(1, 21)]
