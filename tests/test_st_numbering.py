"""ST101-ST104: numbering sequences, OCR numerals, lost 是, merged headings."""

from draftlint.testing import positions, violations


def test_gap_inside_a_paragraph_names_the_missing_number():
    text = (
        "三、下半年工作重点\n"
        "1、城市管理上:(1)加大对违法建设的整治力度。(3)落实精细化管理,做到全覆盖。\n"
        "2、企业发展上:(1)服务好风电场项目。(2)服务好镇内企业。\n"
    )
    assert positions("ST101", text) == [(2, 25)]
    assert violations("ST101", text)[0].data["expected"] == "(2)"


def test_multi_level_numbering_that_resets_is_quiet():
    text = (
        "一、工作回顾\n\n(一)经济指标\n\n1、财政收入稳步增长。\n\n2、工业产值提高。\n\n"
        "(二)城镇建设\n\n1、管网工程。(1)更换自来水管;(2)修复路面。\n\n2、道路工程。\n\n"
        "二、存在问题\n\n(一)财政压力大\n\n(二)项目少\n\n三、下步打算\n\n1、抓招商。\n\n2、抓服务。\n"
    )
    for code in ("ST101", "ST102", "ST103", "ST104"):
        assert positions(code, text) == []


def test_repeat_and_wrong_order_are_reported_at_the_slip():
    repeat = "(一)组织领导\n内容。\n(二)工作机制\n内容。\n(二)督促检查\n内容。\n(四)宣传引导\n内容。\n"
    assert positions("ST101", repeat) == [(5, 1)]
    assert violations("ST101", repeat)[0].data["expected"] == "(三)"
    order = "1、抓招商。\n2、抓服务。\n4、抓项目。\n3、抓环境。\n"
    assert positions("ST101", order) == [(3, 1), (4, 1)]


def test_restart_in_the_middle():
    text = "一、总体情况\n二、主要做法\n一、存在问题\n四、下步打算\n"
    assert positions("ST101", text) == [(3, 1)]
    assert violations("ST101", text)[0].data["expected"] == "三、"


def test_new_article_in_a_bundle_may_start_again():
    text = "篇一:半年总结\n一、成绩\n二、问题\n三、打算\n篇二:年度总结\n一、成绩\n二、问题\n"
    assert positions("ST101", text) == []


def test_inline_shi_run_with_gap_and_ordinary_words():
    text = "主要做法:一是抓招商,选派第一书记驻村;三是抓服务,第二季度完成任务。\n"
    assert positions("ST101", text) == [(1, 21)]
    quiet = "今年第一季度完成任务,第二季度继续推进。第一书记到岗。一是抓招商;二是抓服务。\n"
    assert positions("ST101", quiet) == []


def test_di_enumeration():
    text = "具体有三点:第一,加强领导;第三,强化考核。\n"
    assert positions("ST101", text) == [(1, 15)]
    assert positions("ST101", "首先,统一思想;其次,明确责任;第三,狠抓落实。\n") == []


def test_enumerator_that_lost_its_shi():
    text = (
        "(二)存在的问题\n\n一是财政压力大、增收难。\n\n二入驻产业集聚区项目少,企业不愿入驻。\n\n"
        "三是城建项目手续办理难。\n\n四是拆迁难度大。\n"
    )
    assert positions("ST103", text) == [(5, 1)]
    assert positions("ST101", text) == []


def test_heading_merged_into_paragraph_is_reported_once():
    text = (
        "一、统一了思想\n"
        "通过宣传发动,全镇干部群众认识到了招商引资的重要性,以招商引资促发展。通二、成立了机构,明确了责任。\n"
        "年初,我镇成立了领导小组。\n"
        "三、多方联系,走出去\n"
        "四、落实了项目\n"
    )
    assert positions("ST104", text) == [(2, 37)]
    assert positions("ST101", text) == []


def test_ocr_dash_in_place_of_a_numeral():
    text = "(一)加强组织领导\n内容。\n(-)完善工作机制\n内容。\n(三)强化督促检查\n内容。\n"
    assert positions("ST102", text) == [(3, 2)]
    assert violations("ST102", text)[0].data["expected"] == "(二)"
    assert positions("ST101", text) == []


def test_page_number_in_a_broken_sentence_is_not_numbering():
    text = (
        "二、工作措施\n\n1、明确责任,分解任务。\n\n"
        "2、深挖潜力,主动联系,确保项目引进。我镇在河西村优先引进了蔬菜产业园区建设项目为农业园区的发展\n\n"
        "5、拓宽渠道,引进人才培训工程项目。\n\n3、创新方式,跟踪服务。\n"
    )
    assert positions("ST101", text) == []


def test_numbers_listed_with_dun_are_not_headings():
    text = "一、一季度工作总结\n1、2月份完成投资。\n二、二季度工作计划\n一、二季度合计完成3亿元。\n"
    assert positions("ST101", text) == []


def test_traditional_script():
    text = "一、工作回顧\n(一)經濟指標\n(三)城鎮建設\n(四)招商引資\n二、存在問題\n一是財政壓力大。二是項目少。四是拆遷難。\n"
    assert positions("ST101", text) == [(3, 1), (6, 15)]


def test_list_inside_an_item_of_the_same_style():
    text = "1、招商引资上:1、瞄准招商任务;2、服务好已入驻项目。\n2、企业发展上:1、服务好风电场项目;3、服务好镇内企业。\n3、城市管理上。\n"
    assert positions("ST101", text) == [(2, 20)]


def test_items_continued_inside_the_paragraph():
    assert positions("ST101", "(1)瞄准县分配的招商任务;(2)服务好已入驻项目;(3)拓宽开放领域。\n") == []
    assert positions("ST101", "(1)瞄准县分配的招商任务;(3)服务好已入驻项目。\n") == [(1, 15)]


def test_references_to_numbers_are_not_items():
    text = "(1)组织三年级 (2)班学生参加比赛,见附件 (3)。\n(2)开展读书活动。\n"
    assert positions("ST101", text) == []


def test_page_number_that_ph203_reports_is_not_numbering_too():
    text = (
        "二、主要措施,全面推进\n"
        "1、明确责任,分解任务,保障任务落实。\n"
        "2、深挖潜力,主动联系,全面清查盘点镇村闲\n"
        "5、置资源资产,建立台账,确保项目引进。\n"
        "3、创新方式,跟踪服务。\n"
    )
    assert positions("PH203", text) == [(4, 1)]
    assert positions("ST101", text) == []


def test_chapters_and_sections_are_different_levels():
    text = "第一章 总则\n第一节 目的\n第二节 范围\n第二章 职责\n第一节 领导小组\n第三节 办公室\n第三章 附则\n"
    assert positions("ST101", text) == [(6, 1)]


def test_inline_list_in_the_body_of_an_item_of_the_same_style():
    text = (
        "(1)加强组织领导\n成立领导小组,明确三项职责:(1)统筹协调;(2)督促检查。\n"
        "(2)完善工作机制\n建立台账:(1)按月调度;(3)按季通报。\n(3)强化考核\n"
    )
    assert positions("ST101", text) == [(4, 14)]


def test_item_merged_into_the_paragraph_before_it():
    text = (
        "二、主要做法\n1、明确责任,分解任务,落实到人。\n"
        "深挖潜力,主动联系,确保项目引进到位。2、创新方式,跟踪服务,保障项目顺利实施。\n"
        "3、强化考核,严格奖惩。\n"
    )
    assert positions("ST104", text) == [(3, 20)]
    assert positions("ST101", text) == []


def test_bundle_articles_reset_every_level():
    # an excerpt may start anywhere: after a new article, the count starts afresh
    text = ("【篇一】半年总结\n一、成绩\n(一)经济\n(二)社会\n二、问题\n"
            "【篇二】年度总结\n二、问题\n三、打算\n【第3篇】工作计划\n二、措施\n")
    assert positions("ST101", text) == []
    assert positions("ST101", text.replace("【第3篇】", "")) == [(10, 1)]


def test_article_marker_after_numbered_text_is_still_the_root():
    text = "一、目录\n二、正文\n篇一:总结\n一、成绩\n二、问题\n篇二:计划\n二、措施\n三、保障\n"
    assert positions("ST101", text) == []


def test_yao_enumeration():
    text = "下半年,一要抓招商引资;二要抓项目建设;四要抓环境整治。统一要求,不得拖延。\n"
    assert positions("ST101", text) == [(1, 21)]
    assert positions("ST101", "一要抓招商;二要抓服务。唯一要做的是落实。\n") == []


def test_last_member_that_lost_its_shi():
    text = "一是抓好粮食生产,夏粮丰收。二是壮大特色产业,茶园扩大。三抓好乡村旅游,接待游客8.6万人次。\n"
    assert positions("ST103", text) == [(1, 29)]
    quiet = "一是抓好粮食生产;二是壮大特色产业;三农工作稳步推进,三资管理规范。\n二是另起一段。三个项目开工。\n"
    assert positions("ST103", quiet) == []


def test_upper_case_numerals_of_formal_documents():
    # 壹、貳、參 head the sections of Taiwanese official reports (貳 and 參 read as 贰 and 参)
    text = ("壹、前言\n今年以來，本所紮實推進各項工作。\n貳、主要工作\n全年清運垃圾1.2萬噸。\n"
            "參、環境維護\n辦理清潔日12次。\n肆、稽查取締\n取締違規案件36件。\n陸、檢討與展望\n明年將持續推動。\n")
    assert positions("ST101", text) == [(9, 1)]
    assert violations("ST101", text)[0].data["expected"] == "伍、"
    quiet = "壹、前言\n今年以来，扎实推进。\n贰、主要工作\n全年清运垃圾。\n叁、下步打算\n持续推动。\n"
    assert positions("ST101", quiet) == []


def test_enumerator_that_lost_its_numeral_at_a_paragraph_start():
    text = "一是加强学习，提高素质。\n二是强化督办，推动落实。\n是优化服务，提高保障水平。\n四是严守纪律，筑牢防线。\n"
    assert positions("ST103", text) == [(3, 1)]
    assert violations("ST103", text)[0].data["expected"] == "三是"
    assert positions("ST101", text) == []
    # a sentence may start with 是 when the run has no gap
    quiet = "一是加强学习。\n二是强化督办。\n是否落实到位，还需检查。\n三是严守纪律。\n"
    assert positions("ST103", quiet) == [] and positions("ST101", quiet) == []
