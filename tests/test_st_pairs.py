"""ST201-ST203: quotes and brackets paired within a paragraph."""

from draftlint.testing import positions, spans_text


def test_opening_quote_never_closed():
    text = "围绕三项重点工作成立了“城市建设与城市管理指挥部、“三位一体”办公室等,奠定了基础。\n"
    assert positions("ST201", text) == [(1, 12)]
    assert positions("ST202", text) == []


def test_nested_quotes_are_quiet():
    text = "坚持“以组织收入为中心,以抓好‘营改增’和‘金三’上线为重点”的工作思路。他说:“要落实“两学一做”要求。”\n"
    assert positions("ST201", text) == []
    assert positions("ST202", text) == []


def test_quote_across_a_hard_wrap_is_quiet():
    text = (
        "今年以来,我镇坚持“工业强镇、商贸重镇、生态大\n"
        "镇、文化名镇”的发展定位,聚焦生态、特色“两篇”\n"
        "文章,努力实现一个突破,各项工作取得新成效。\n"
    )
    assert positions("ST201", text) == []


def test_quote_across_a_page_marker_is_quiet():
    text = "项目建设按照“集体决定招商项目,分人落实\n\n- 3 -\n\n招商责任”的方式推进。\n"
    assert positions("ST201", text) == []


def test_one_line_paragraphs_are_paired_line_by_line():
    text = "一、统一思想\n全面实现“四无目标,成效明显。\n二、成立机构\n年初成立了领导小组。\n"
    assert positions("ST201", text) == [(2, 5)]


def test_closing_quote_typed_as_opening():
    text = "全镇实现“四无“目标,群众满意度明显提升。\n"
    assert positions("ST202", text) == [(1, 8)]
    assert positions("ST201", text) == []
    assert positions("ST202", "全镇实现”四无”目标。\n") == [(1, 5)]


def test_brackets_stray_and_mismatched():
    assert positions("ST201", "正在培育的企业2家(森财木业、睿新鹏电子,重点服务业企业1家。\n") == [(1, 10)]
    assert positions("ST201", "认真学习《条例】精神。\n") == [(1, 8)]
    assert positions("ST201", "完成投资3亿元)。\n") == [(1, 8)]


def test_enumerators_and_mixed_width_parens_are_quiet():
    text = "主要措施:1)抓招商;2)抓服务。\na)加强领导\n各村（社区)签订承诺书,(一)组织领导到位。\n"
    assert positions("ST201", text) == []


def test_excerpt_cut_off_by_ellipsis_may_leave_a_quote_open():
    text = "提出了“内抓党建求稳定,外树形象谋发展,大力发展生态农业 ...\n    本站小编 2018-01-12\n"
    assert positions("ST201", text) == []


def test_ascii_quote_standing_in_for_a_curly_one():
    text = "全镇实现“四无\"目标,群众满意。\n"
    assert positions("ST203", text) == [(1, 8)]
    assert positions("ST201", text) == []


def test_ascii_quotes_in_pairs_and_english_are_quiet():
    text = "开展\"三严三实\"教育,引进Xi'an公司的12\"显示屏,提出'四个突出'。\n"
    assert positions("ST203", text) == []


def test_stray_ascii_quote():
    assert spans_text("ST203", "开展\"三严三实\"教育和\"两学一做活动。\n") == ['"']
    assert positions("ST203", "开展\"三严三实\"教育和\"两学一做活动。\n") == [(1, 12)]


def test_traditional_script_and_markdown():
    assert positions("ST201", "全面落實“河長制,成效顯著。\n") == [(1, 5)]
    md = "## 一、工作回顧\n\n代码 `print(\"x` 不检查,“兩學一做”正常。\n\n```\n“未闭合\n```\n"
    assert positions("ST201", md, kind="md") == []
    assert positions("ST203", md, kind="md") == []


def test_corner_brackets_as_quotes():
    assert positions("ST201", "推動「智慧城市」建設,落實『雙減』政策,開展「全民運動『健康』月」活動。\n") == []
    assert positions("ST202", "全面實現「四無「目標。\n") == [(1, 8)]
    assert positions("ST201", "推動「智慧城市建設,成效顯著。\n") == [(1, 3)]


def test_full_width_ascii_quote_and_vertical_quotes():
    assert positions("ST203", "全面实现“四无＂目标。\n") == [(1, 8)]
    assert positions("ST201", "开展〝三严三实〞专题教育,落实〝两学一做。\n") == [(1, 16)]
