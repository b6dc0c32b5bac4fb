"""PH wordings met on the fifth round of unseen drafts, written anew: blank counts whose
measure word also ends everyday words (户, 份, 起, 名, 张, 笔, 片, 件, 处)."""

from __future__ import annotations

import pytest

from draftlint.testing import spans_text


@pytest.mark.parametrize("text, flagged", [
    ("本年度累计走访慰问困难群众户，发放慰问金3.2万元。", "户"),      # a count verb before the noun
    ("协助完成残疾证换证份。", "份"),
    ("全年道路交通事故起，同比明显下降。", "起"),                      # a period before the noun
    ("本季度共招聘专业技术人员名；", "名"),
    ("为辖区居民增设临时停车泊位张，缓解停车难。", "张"),
    ("上半年拦截异常交易笔，涉及金额120万元。", "笔"),
    ("共计发放宣传折页份，覆盖全镇12个村。", "份"),
    ("一季度受理群众投诉件，均已按期办结。", "件"),
    ("清理河道沿线垃圾堆放点处，河面保洁常态化。", "处"),
    ("全年办理户籍迁移业务件，群众满意率98%。", "件"),
    ("力争年底服务对象人数达到人，实现全覆盖。", "人"),           # a quantifier straight before
    ("更换老化路灯灯头约个，全部采用LED光源。", "个"),
    ("更换老化光伏组件约片，发电效率回升。", "片"),
])
def test_a_counted_noun_without_its_figure(text, flagged):
    assert spans_text("PH111", text) == [flagged]


@pytest.mark.parametrize("text", [
    "全年走访脱贫户、监测户，帮扶措施落实到户。",            # words that end in 户
    "慰问金全部通过社保卡直接发放到户，",
    "深入开展矛盾纠纷排查调处，全年化解纠纷46起。",          # 调处, and 46起 has its figure
    "对发现的违法行为全部立案查处。",
    "当前全镇建设用地指标依然紧张，",
    "全年回收废旧纸张，",
    "请在会场入口接待处、",
    "本办法自今年起，",                                       # 自…起
    "新增干部职工均已签名，",
    "全年引进高层次人才12名，培养骨干教师三名。",              # the figures are there
    "坚持立德树人，加强家校协同育人。",                        # 人 after a word
    "明确每处隐患的监管责任人，",
    "全年未发生重大安全生产事件，",
    "全年拍摄警示教育片，",
    "累计更换合同签订流程中的纸质附件，",
    "全年接待群众来访1260人次，其中集体访12批。",
])
def test_words_ending_in_such_characters_stay_quiet(text):
    assert spans_text("PH111", text) == []


def test_a_slot_before_the_noun_is_the_slot_rule_s():
    # ××县 is the slot; the measure word after the stand-in name is no second finding
    assert spans_text("PH111", "全年共受理××县件，") == []
    assert spans_text("PH101", "全年共受理××县件，") == ["××"]
