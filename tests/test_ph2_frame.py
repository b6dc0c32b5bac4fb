"""PH201 site chrome outside the report (rules/placeholder/_frame.py): lines of the page around
the report in a site's words are residue, the report's own lines never are."""

from __future__ import annotations

from draftlint.testing import positions

BODY = (
    "今年以来，我镇在县委、县政府的正确领导下，扎实推进各项工作，经济社会保持平稳发展。\n"
    "一、主要工作\n"
    "全镇完成固定资产投资1.2亿元，新建村组道路8公里，改造农村危房36户。\n"
)
SIGN_OFF = "青山镇人民政府\n2023年12月20日\n"


def lines_of(text: str) -> list[int]:
    return sorted({line for line, _col in positions("PH201", text)})


def test_site_lines_above_and_below_the_report():
    text = (
        "青山镇2023年工作总结\n"
        "☰ 写作猫 ｜ 首页 ｜ 总结汇报 ｜ 我的空间\n"  # 2: a navigation bar
        "收录于专题：年终总结 · 乡镇\n"  # 3: two pieces between " · " … but one weak word only: quiet
        + BODY + SIGN_OFF +
        "本篇共1,876字，页数：3\n"  # 9: a page count (页数:3) of a document site
        "猜你也喜欢：\n"  # 10: strong 猜你
        "青山镇2022年工作总结.docx\n"  # 11: a file name
        "举报 | 纠错 | 下载这篇文档\n"  # 12: weak 下载 on a bar
    )
    assert lines_of(text) == [2, 9, 10, 11, 12]


def test_title_may_carry_a_label_of_the_site():
    text = "青山镇2023年工作总结范文\n" + BODY + SIGN_OFF
    assert lines_of(text) == []


def test_a_listing_title_above_the_real_title_is_residue():
    text = "乡镇年度工作总结范文3篇\n青山镇2023年工作总结\n" + BODY + SIGN_OFF
    assert lines_of(text) == [1]


def test_report_lines_in_the_frame_with_weak_words_stay_quiet():
    text = (
        "青山镇2023年工作总结\n"
        "（讨论稿）\n"
        + BODY +
        "下一步，我们将继续办好政务公开网站和微信公众号。\n"  # a paragraph: the report goes on
        "附件：1.青山镇网站信息发布统计表.docx\n"  # an attachment line
        "联系人：王明，电话：0571-12345678\n"
        "| 网站浏览量 | 2.3万次 |\n"  # a Markdown table row
        + SIGN_OFF
    )
    assert lines_of(text) == []


def test_prose_with_only_report_words_is_a_paragraph_not_residue():
    # 登录, 网站, 下载 are words a report uses: a sentence of them is the report's last paragraph
    text = (
        "青山镇2023年执法工作总结\n" + BODY
        + "群众可登录局门户网站下载本文件附件查询处罚结果，欢迎社会各界监督。\n"
        + "本站（水文站）全年测报洪水3次，发布预警信息12条。\n"
    )
    assert lines_of(text) == []


def test_site_prose_after_the_report_is_residue():
    text = (
        "青山镇2023年工作总结\n" + BODY + SIGN_OFF
        + "本范文由用户上传，下载后可自由编辑，如需更多请关注本栏目。\n"
    )
    assert lines_of(text) == [len(text.splitlines())]


def test_no_paragraph_no_frame():
    # a short note with no paragraph: nothing tells the page from the report
    assert lines_of("会议记录\n时间：3月5日\n下载 | 收藏\n") == []


def test_traditional_script_is_read_the_same_way():
    text = (
        "青山鎮2023年工作總結\n"
        "發表人：範本小幫手 ◆ 更新：2023-12-28\n"  # strong: 范本
        "今年以來，我鎮在縣委、縣政府的正確領導下，紮實推進各項工作，經濟社會保持平穩發展。\n"
        "一、主要工作\n"
        "全鎮完成固定資產投資1.2億元，新建村組道路8公里，改造農村危房36戶。\n"
        "上一篇 ‹ 鄉鎮年度工作總結\n"
    )
    assert lines_of(text) == [2, 6]


def test_frame_word_lists_are_written_in_lower_case():
    # they are matched on the lower-cased line, without case folding in the pattern
    import regex

    from draftlint.rules.placeholder._frame import STRONG, WEAK
    from draftlint.rules.placeholder._residue import load_entries

    for name in (STRONG, WEAK):
        for entry in load_entries(name):
            letters = regex.sub(r"\\.", "", entry)  # escapes such as \d, \s are no letters
            assert letters == letters.lower(), entry


def test_upper_case_site_words_are_found():
    text = ("青山镇2023年工作总结\n"
            "今年以来，我镇在县委、县政府的正确领导下，扎实推进各项工作，经济社会保持平稳发展。\n"
            "COPYRIGHT 2024 WENKU88.COM ALL RIGHTS RESERVED\n")
    assert [line for line, _ in positions("PH201", text)] == [3]


def test_a_site_line_of_residue_pieces_is_one_finding():
    text = ("青山镇2023年工作总结\n" + BODY + SIGN_OFF
            + "本文档由用户上传，不代表本平台观点。如有侵权，请联系客服处理。\n")
    last = len(text.splitlines())
    assert [(line, col) for line, col in positions("PH201", text) if line == last] == [(last, 1)]


def test_a_blurb_naming_the_article_keeps_its_pieces_apart():
    # as the reference reviewer marks 001: 小编…的《…》,供您参考,并请收藏本页 is two findings
    text = ("青山镇2023年工作总结\n"
            "下面是小编为大家整理的《青山镇2023年工作总结》，仅供学习参考，请记得收藏本站。\n"
            + BODY + SIGN_OFF)
    assert len([1 for line, _ in positions("PH201", text) if line == 2]) == 2


def test_a_site_line_with_a_longer_notice_between_its_pieces_is_one_finding():
    # a disclaimer of some thirty characters of its own between two known pieces: still the
    # site's line from end to end, deleted as one
    text = ("青山镇2023年工作总结\n" + BODY + SIGN_OFF
            + "本站部分内容转载自互联网，版权归原作者所有，文中观点不代表本平台立场，"
              "如有侵权请与我们联系，我们将在二十四小时内删除处理。\n")
    last = len(text.splitlines())
    assert [(line, col) for line, col in positions("PH201", text) if line == last] == [(last, 1)]


def _joined(patterns):
    import regex

    return regex.compile("|".join(f"(?:{p.pattern})" for p in patterns), regex.VERSION1)


def test_entry_by_entry_matches_are_those_of_the_joined_alternation():
    # overlapping and adjacent matches of different entries, an entry that starts inside the
    # match taken (bcd in abcd), look-behinds that read into it, anchors, equal starts
    import regex

    from draftlint.rules.placeholder._frame import alternation_matches

    lists = [
        ["ab", "abc", "bcd", "c", "(?<=a)b", "d$", "^a"],
        ["abc", "ab", "(?<=b)cd", "b", "[a-c]{2}"],
        ["下载", "下载本文", "本文", "文档下载", "(?<=文档)下"],
        ["x+", "xy", "y(?=z)", "(?<!x)y"],
    ]
    texts = ["abcd abcbcd cab", "aabbccdd", "ab\nabc\nd", "文档下载本文下载文档", "xxyz yyz xy", "", "zzz"]
    for entries in lists:
        patterns = [regex.compile(e, regex.VERSION1) for e in entries]
        joined = _joined(patterns)
        for text in texts:
            got = [(m.span(), m.group()) for m in alternation_matches(patterns, text)]
            assert got == [(m.span(), m.group()) for m in joined.finditer(text)], (entries, text)


def test_page_words_find_what_each_word_list_joined_finds():
    # on every line of the fixtures and examples, in lower case, as the frame reads them
    from pathlib import Path

    import regex

    from draftlint.load import load_bytes
    from draftlint.rules.placeholder._frame import STRONG, WEAK, _words
    from draftlint.rules.placeholder._residue import load_entries, match_text

    root = Path(__file__).resolve().parents[1]
    joined = {name: regex.compile("|".join(f"(?:{e})" for e in load_entries(name)), regex.VERSION1)
              for name in (STRONG, WEAK)}
    found = 0
    for folder in (root / "fixtures" / "placeholder", root / "examples"):
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".txt", ".md", ".docx"):
                continue
            text = match_text(load_bytes(path.read_bytes(), str(path)))
            for line in text.splitlines():
                low = line.lower()
                for name in (STRONG, WEAK):
                    want = [(m.span(), m.group()) for m in joined[name].finditer(low)]
                    assert [(m.span(), m.group()) for m in _words(name, low)] == want, (path, line)
                    found += len(want)
    assert found > 100


def test_frame_guards_are_those_of_lower_case_text():
    # the stored guards of the frame lists are looked up case-sensitively in a lower-cased
    # line: they must be the guards of the entries as written (lower case)
    from draftlint.rules.placeholder._frame import STRONG, WEAK
    from draftlint.rules.placeholder._guard import required
    from draftlint.rules.placeholder._residue import guarded

    for name in (STRONG, WEAK):
        for entry, _flags, req in guarded(name):
            assert req == required(entry, False), entry
