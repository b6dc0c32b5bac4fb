"""Wordings the held-out set benchmark-h showed missing, written anew here as general cases,
each with what must stay quiet next to it."""

from __future__ import annotations

from draftlint.testing import positions


def cols(code: str, text: str) -> list[tuple[int, int]]:
    return positions(code, text)


def test_single_multiplication_sign_as_a_slot():
    assert cols("PH101", "完成市委第×届委员会换届筹备工作。") == [(1, 6)]
    assert cols("PH101", "定于×月×日召开总结大会。") == [(1, 3)]
    assert cols("PH101", "本次培训共×人参加。") == [(1, 6)]


def test_products_stay_quiet():
    assert cols("PH101", "新建3×4米宣传栏，A×B两种型号，1.2×10⁴元。") == []


def test_letter_before_a_deputy_title():
    assert cols("PH103", "由A副总经理牵头成立专班。") == [(1, 2)]
    assert cols("PH103", "由B副书记带队检查。") == [(1, 2)]
    assert cols("PH103", "开展B超筛查300人次。") == []


def test_measure_word_inside_a_noun_is_no_blank():
    # 测次, 航次, 轮次 are nouns: no number is missing before their 次
    text = "雨强过大时，及时加密测次，确保过程完整。全年完成航次，开展三轮次检查。"
    assert cols("PH111", text) == []


def test_fill_in_request_in_brackets_with_a_long_tail():
    assert cols("PH131", "二、亮点工作\n【请各中队补充本季度亮点工作，不少于200字】\n") == [(2, 1)]
    assert cols("PH131", "（請填寫本年度到宅服務具體案例1至2則）\n") == [(1, 1)]
    assert cols("PH131", "（请各单位于3月5日前报送统计表）\n") == []


def test_related_list_header_addressing_the_reader_politely():
    text = (
        "今年以来，我会在市委的正确领导下，扎实推进各项工作，取得了新的成效。\n"
        "您可能感兴趣的文档：\n"
        "红十字会年度工作总结\n"
        "红十字会志愿服务工作汇报\n"
    )
    assert [line for line, _ in cols("PH201", text)] == [2, 3, 4]


def test_wechat_repost_lines():
    text = (
        "原创 综合办公室 青山邮政 2024-07-09 18:30 发表于江苏\n"
        "点击上方蓝字“青山邮政”关注我们\n"
        "上半年，我局坚持稳中求进工作总基调，各项业务保持平稳增长，营业收入完成年度计划的52%。\n"
    )
    assert [line for line, _ in cols("PH201", text)] == [1, 2]


def test_collection_tag_and_script_conversion_note():
    text = ("【范文集】侨联年度工作总结（完整版）\n"
            "（以下內容已自動轉換為繁體中文，如有錯漏敬請見諒）\n"
            "今年以來，本會在市委的正確領導下，紮實推進各項工作，取得新的成效。\n")
    assert [line for line, _ in cols("PH201", text)] == [1, 1, 2]


def test_a_metadata_bar_is_one_finding_with_a_site_name_and_a_bare_field_name():
    text = (
        "文档贡献者:jrwk_0913  |  贡献于2024-03-02  |  页数:6页  |  所需下载券:3  |  浏览:918次\n"
        "今年以来，我行坚持服务三农的市场定位，各项业务稳健发展，存款余额比年初增长8.6%。\n"
        "© 2016–2024 好范本 goodfanben.tw 版权所有 ｜ 隐私权政策 ｜ 联系我们\n"
        "本站文章均为网友上传，如有侵权请联系删除 | 备案号:鲁ICP备19020371号-1\n"
    )
    assert [line for line, _ in cols("PH201", text)] == [1, 3, 4]


REPORT = "今年以来，我局在县委、县政府的正确领导下，扎实推进各项工作，经济社会保持平稳发展。\n"


def residue_lines(text: str) -> list[int]:
    return sorted({line for line, _ in cols("PH201", text)})


def test_a_metadata_bar_with_colons_is_no_paragraph():
    # colons and bars make a byline look like prose; it is the page around the report
    text = ("县政协办公室2023年上半年工作总结\n"
            "投稿人:笔杆子小王 | 发表于 2023-07-06 09:41 | 已有2816人围观\n" + REPORT)
    assert residue_lines(text) == [2]


def test_blog_date_stamp_and_end_marker_around_the_report():
    text = "2023 十二月 14 (四) 10:26\n青山镇年度工作报告\n" + REPORT + "END\n"
    assert residue_lines(text) == [1, 4]


def test_a_title_with_a_site_label_keeps_its_own_slot():
    text = "文书网 › 首页 › 工作报告\n【免费范本】○○县立养护中心第一季度工作报告\n" + REPORT
    assert residue_lines(text) == [1, 2]
    ph201 = [c for line, c in cols("PH201", text) if line == 2]
    assert ph201 == [1]  # the label, not the whole title
    assert (2, 7) in cols("PH101", text)  # ○○县 is still a slot


def test_more_list_headers_and_site_domains():
    text = (REPORT + "为您推荐\n电信公司季度工作总结报告  3页\n运营商分公司经营分析会汇报材料  12页\n"
            "文书易 wenshuyi.hk ｜ 联系我们\n广告\n")
    assert residue_lines(text) == [2, 3, 4, 5, 6]


def test_instructions_with_a_tail_or_a_word_between():
    assert cols("PH131", "【待补充：全年新媒体推送条数及阅读量】\n") == [(1, 1)]
    assert cols("PH131", "【此段待青少年体育科补充数据】\n") == [(1, 1)]
    assert cols("PH131", "（完成后请删除本行，以PDF格式提交办公室）\n") == [(1, 1)]
    assert cols("PH131", "（依实际情形补充）\n") == [(1, 1)]
    assert cols("PH131", "（初稿，请各股室于12月20日前核对数据）\n") == [(1, 1)]
    assert cols("PH131", "（以上数据已核对）（根据省厅文件精神）\n") == []


def test_zero_only_figures_with_a_magnitude_a_group_separator_or_an_event_unit():
    text = "全年行驶0000万公里，查处案件00起，饲养0,000只，接种000剂次。\n"
    assert [c for _, c in cols("PH121", text)] == [5, 17, 23, 32]
    assert cols("PH121", "安全事故0起，投诉0件，发放2,000份，服务10,000人，2000万元。\n") == []


def test_letter_held_up_as_the_model():
    assert cols("PH103", "以A为标杆，全面对标提升。") == [(1, 2)]
    assert cols("PH103", "以B公司为例说明。") == []


def test_preview_and_paging_residue():
    text = (REPORT + "▼ 点击展开剩余70%内容 ▼\n"
            "—— 以上为预览内容，剩余1篇请登录后查看 ——\n"
            "——————————(分頁)——————————\n"
            "上一則：日間照顧中心年度服務成果報告\n"
            "▲ 本文為個人整理之範例，數據均為虛構。\n")
    assert residue_lines(text) == [2, 3, 4, 5, 6]


def test_run_in_heading_left_without_its_text():
    text = ("一、主要工作\n(一)强化组织领导。成立工作专班，定期研究推进各项任务。\n"
            "(二)加强干部队伍建设。\n(三)抓好党风廉政建设。严格落实“两个责任”，持续开展警示教育。\n")
    assert cols("PH141", text) == [(3, 1)]


def test_a_list_of_one_sentence_items_stays_quiet():
    assert cols("PH141", "一、主要工作\n(一)加强领导。\n(二)完善制度。\n(三)强化考核。\n") == []
    # one run-in sibling is not enough to tell a missing text from a short item
    assert cols("PH141", "一、主要工作\n(一)加强领导。成立专班，定期研究。\n(二)完善制度。\n(三)强化考核。\n") == []


def test_more_slots_a_phone_a_road_a_date_with_underlines_and_an_ordinal():
    assert cols("PH101", "联系电话：0571-8xxxxxxx\n") == [(1, 6)]
    assert cols("PH101", "途经G×××线。\n") == [(1, 4)]
    assert cols("PH101", "2024年＿月＿日\n") == [(1, 1)]
    assert cols("PH101", "完成第○林班抚育。\n") == [(1, 4)]
    assert cols("PH101", "规格××L，file_name，电话0571-88886666，二○二三年。\n") == []


def test_count_cue_before_a_unit_and_a_list_closed_by_a_count():
    assert cols("PH111", "培训人数达人次。\n") == [(1, 6)]
    assert cols("PH111", "抵押登记、查封登记等个高频事项全程网办。\n") == [(1, 11)]
    assert cols("PH111", "考核达到优秀等次。其他人员等个人信息。\n") == []


def test_zero_only_figures_in_sheets_and_days():
    assert [c for _, c in cols("PH121", "审核凭证000余张，累计实践时长000天。\n")] == [5, 17]


def test_more_instruction_wordings():
    assert cols("PH131", "【具体工作根据市局年度要点补充】\n") == [(1, 1)]
    assert cols("PH131", "(此段请会计室协助核对数字后再填)\n") == [(1, 1)]
    assert cols("PH131", "审核：（待定）\n") == [(1, 4)]


def test_more_site_lines_of_the_frame():
    text = ("乡镇文化站年度工作总结范文(2篇)\n"
            "发表于 2023年12月30日 由 公文宝典 ✎ 留言(0) 👁 3,861\n"
            + REPORT +
            "本文档共计7页，VIP用户可免费下载，当前仅展示部分内容\n"
            "往期推荐\n街道综治中心工作经验交流材料\n社区网格化管理工作汇报\n"
            "【赞助广告】管理文凭课程 9月开课\n")
    assert residue_lines(text) == [1, 2, 4, 5, 6, 7, 8]


def test_units_after_a_counting_word_that_name_a_quantity_stay_quiet():
    assert cols("PH111", "累计学时96学时。培训人次和接待人次均创新高。近亿元投资落地。\n") == []


def test_a_bare_page_number_after_a_line_that_stops_at_a_comma_or_an_open_quote():
    text = ("(四)加强队伍建设。抓好窗口人员业务培训和作风建设，打造一支“懂业务、\n3\n讲服务、守纪律”的登记队伍。\n")
    assert cols("PH202", text) == [(2, 1)]
    # a number under a label that ends in a colon is a value, not a page number
    assert cols("PH202", "今年以来，共受理群众来信来访案件合计：\n3\n件次，均已办结。\n") == []


def test_benchmark_m_n_phenomena_in_new_wording():
    assert cols("PH101", "第X中学2023年教学工作总结\n") == [(1, 2)]
    assert cols("PH111", "全年共巡查8个片区，检查516病区次，出动执法 航次。\n") == [(1, 24)]
    assert [c for _, c in cols("PH121", "查处违规船舶000艘次。\n")] == [7]
    assert cols("PH131", "（数据待统计站核对后补上）\n") == [(1, 1)]
    assert cols("PH131", "（金额请与财务室核对后填写）\n") == [(1, 1)]
    assert cols("PH131", "（结合本单位实际写3-5条，不要照抄）\n") == [(1, 1)]
    assert cols("PH131", "（以下为范文模板内容，请根据本单位实际情况修改使用）\n") == [(1, 1)]
    assert cols("PH131", "------以下为去年材料，参考用，定稿时删除------\n") != []
    assert cols("PH131", "本范本仅供参考，使用时请依贵单位实际状况修改内容。\n") == [(1, 1)]
    text = ("法院执行局半年工作总结(2篇)\n如需下载请登录后使用\n"
            "*本篇为会员投稿，仅供撰写年度报告时参考。*\n" + REPORT)
    assert residue_lines(text) == [1, 2, 3]


def test_bold_quotation_glued_to_words_in_markdown_is_no_slot():
    from draftlint.document import Document
    from draftlint.rules import get, violations_of

    doc = Document("- 深化**“检察护企”**专项行动，走访企业22家。\n", path="x.md", kind="md")
    rule = get("PH101")
    assert list(violations_of(doc, rule, dict(rule.options))) == []


def test_benchmark_o_p_phenomena_in_new_wording():
    assert cols("PH131", "（請各組組長於7月10日前補上下季目標數字）\n") == [(1, 1)]
    assert cols("PH131", "（此部分由各科室负责人补充，请于十月三十日前交回）\n") == [(1, 1)]
    assert cols("PH131", "請各所依實際情形自行增列\n") == [(1, 1)]
    assert cols("PH131", "请填写下半年预定工作目标及经费需求\n") == [(1, 1)]
    assert cols("PH131", "请各单位认真贯彻落实。\n") == []
    assert cols("PH103", "成立专班，组长A、副组长B负责。\n") == [(1, 8), (1, 13)]
    assert cols("PH112", "述职人：\n拟稿:张三        覆核:\n") == [(1, 1), (2, 14)]
    assert cols("PH112", "述职人：张三\n") == []
    assert cols("PH111", "全学期行政听课共计 节。另有台61线快速公路通过，做好防汛防台、森林防火。\n") == [(1, 10)]


def test_more_site_residue_of_posts_and_blogs():
    text = ("党支部年度工作总结(通用范文)\n收录于合集 #年终总结 36个\n" + REPORT
            + "来源:青松党建工作室(ID:qingsongdj)\n写留言\n"
            "以上範本僅供參考，實際格式請依各分局規定辦理。\n"
            "覺得有幫助的話，歡迎按讚、分享給需要的同事\n[廣告] 搬屋清潔一站式服務\n")
    assert residue_lines(text) == [1, 2, 4, 5, 6, 7, 8]
    # a note of the template that asks for changes stays an instruction (PH131)
    assert cols("PH201", "※本範本僅供參考，請依實際情況修改。\n") == []


def test_benchmark_q_r_phenomena_in_new_wording():
    assert cols("PH202", "全年完成执法巡查任务，共出动执法人员\n                —— 第 3 页 ——\n120人次。\n") == [(2, 17)]
    assert cols("PH101", "坚持以X新时代中国特色社会主义思想为指导。\n") == [(1, 4)]
    assert cols("PH131", "（此处列出下学期主要工作，每项不超过50字）\n") == [(1, 1)]
    assert cols("PH131", "(三)請填寫下半年度預定工作目標及經費需求\n3.請各所依實際情形自行增列\n") == [(1, 1), (2, 1)]
    assert cols("PH111", "规范管理率分别达到85%、%。\n") == [(1, 14)]
    assert cols("PH103", "组长A带领团队连续三个月达标。\n") == [(1, 3)]
    text = ("公文写作小助手 2024-01-05 08:30 发表于河南\n原标题：疾控中心年度工作总结（可直接套用）\n"
            + REPORT + "以上就是公文写作之家为大家整理的全部内容。\n"
            "↓↓↓ 完整版Word文档，后台回复“免疫”领取 ↓↓↓\n**本文标签**：工作总结 乡镇\n"
            "> [立即开通] [单篇购买 ¥3.9]\n👍 好用(36) ｜ 回报错误 ｜ 加入我的最爱\n")
    assert residue_lines(text) == [1, 2, 4, 5, 6, 7, 8]


def test_a_letter_between_a_title_and_tongzhi_is_one_finding():
    assert cols("PH103", "在分管副县长B同志的具体指导下。\n") == [(1, 7)]


def test_benchmark_s_t_phenomena_in_new_wording():
    assert [c for _, c in cols("PH121", "及格率00%，发放00支。\n")] == [4, 10]
    assert cols("PH121", "安全事故0起，增长0%，合格率100%，0.00%。\n") == []
    assert cols("PH111", "建成精品课程 门。\n") == [(1, 7)]
    assert cols("PH101", "支持x86处理器的终端12台。\n") == []
    text = (REPORT + "目录 ........................................................ 1\n"
            "【下载文档】 【打印本文】 【举报】\n【下载本文】需消耗2个下载点，会员免费 >>>\n"
            "【范本说明】本范本适用于人民团体撰写年度工作报告。\n其他人也看了\n")
    assert residue_lines(text) == [2, 3, 4, 5, 6]
    assert cols("PH131", "（以上内容请各校按实际情况修改后于限期前上载至内联网）\n") == [(1, 1)]
