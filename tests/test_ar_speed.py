"""The AR family's fast paths find exactly what the plain ones find, and the nine rules
share one parse of a document."""

from __future__ import annotations

import random

from draftlint.document import Document
from draftlint.numbers import _blanked, _quantity, find_quantities, normalize, quantity_pattern
from draftlint.rules import get
from draftlint.rules.arithmetic import _claims
from draftlint.testing import rule_options

AR_CODES = ("AR101", "AR102", "AR103", "AR111", "AR112", "AR121", "AR122", "AR131", "AR141")

REPORT = (
    "全镇共有规上企业15家，其中新增企业6家，技改企业11家。财政收入完成1,318万元，占全年任务2355万元的60%，"
    "比上年的1200万元增长9.8%。适龄儿童3264人，入学3231人，入学率99.05%。六成以上村民参保，"
    "约三成农户种植茶叶。统一规划、进一步落实“三个一”工程。一是抓项目，二是抓服务。"
    "全年接待游客12.6萬人次，其中省内游客8.1萬人次，其余省外游客3.2萬人次，人均消费650元左右。"
    "森林覆盖率由38.2%提高到41.5%，提高了3.3个百分点，百分之九十五的群众表示满意，3-5个村试点，近40多辆车。"
)


def _plain_scan(text: str) -> list:
    """The figure pattern run over every position of the text: what the fast scanner must equal."""
    out = []
    for m in quantity_pattern().finditer(text):
        q = _quantity(text, m, 0)
        if q is not None and not _blanked(q):
            out.append(q)
    return out


def test_fast_scanner_finds_what_the_plain_scan_finds():
    rng = random.Random(4)
    alphabet = list("0123456789一二两三四五六七八九十百千万亿〇零余多%％‰成倍个人元户家亩 ,.，。约近超逾以上左右下-至到第数几中占共其")
    texts = [REPORT, normalize(REPORT)]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30))) for _ in range(3000)]
    for text in texts:
        norm = normalize(text)
        assert repr(find_quantities(norm, normalized=True)) == repr(_plain_scan(norm)), text


def test_the_nine_rules_read_each_sentence_once(monkeypatch):
    calls: list[tuple[str, int]] = []
    real = _claims.find_quantities

    def counting(text, base=0, **kw):
        calls.append((text, base))
        return real(text, base, **kw)

    monkeypatch.setattr(_claims, "find_quantities", counting)
    doc = Document(REPORT * 3)
    for code in AR_CODES:
        rule = get(code)
        list(rule.check(doc, rule_options(code)))
    assert calls, "the figures of some sentences must be read"
    assert len(calls) == len(set(calls))
    sentences = sum(1 for _ in _claims.sentences(doc))
    assert len(calls) < sentences  # sentences no rule can use are never parsed (一是抓项目)


def test_han_class_is_regex_han():
    import re
    import regex
    from draftlint.rules.arithmetic._lazy import HAN

    ours, theirs = re.compile(f"[{HAN}]"), regex.compile(r"\p{Han}")
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        assert (ours.match(ch) is None) == (theirs.match(ch) is None), hex(cp)


def test_counts_found_near_their_core_equal_a_plain_finditer():
    from draftlint.rules.arithmetic import list_count

    rng = random.Random(7)
    alphabet = list("等“”\"两二三四五六七八九十一1234567890个项大类种家方面化和、，。的工作措施") + ["方面", "十二", "12"]
    texts = [REPORT, "围绕城镇建设、工业项目、农村经济发展、社会事业三项重点工作", "等“三个一”工程、等等两大类"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(5000)]
    for text in texts:
        plain = [(m.span(), m.groups()) for m in list_count._COUNT.finditer(text)]
        fast = [(m.span(), m.groups()) for m in list_count._counts(text)]
        assert fast == plain, text
        if "、" in text:
            f = text.find("、")
            after = [(m.span(), m.groups()) for m in list_count._counts(text, f)]
            assert after == [(m.span(), m.groups()) for m in list_count._COUNT.finditer(text, f)], text
            assert after == [x for x in plain if x[0][0] >= f], text  # no count runs across a 、


def test_place_of_the_last_digit_read_off_the_numeral():
    from draftlint import numbers

    rng = random.Random(11)
    numerals = ["0", "0.0", "0.50", "007", "1318", "1000", "11.02", "1,318", "12,000.50", "2.000",
                "一", "十", "两千三百", "三万五", "一百", "二〇二三", "一亿", "十万"]
    numerals += ["".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 8))) for _ in range(500)]
    numerals += [f"{rng.randrange(0, 10**6)}.{rng.randrange(0, 1000):0{rng.randrange(1, 4)}d}" for _ in range(500)]
    quantity_pattern()
    numbers._GROUPS = numbers._groups()
    for num in numerals:
        for unit in ("个", "%", "万元"):
            m = quantity_pattern().match(num + unit)
            if m is None or m.group("num") != num:
                continue
            value, decimals, chinese = numbers._decimal_of(num)
            reading = numbers._reading(m.groups())
            if len(num.replace(",", "")) >= 2 and set(num.replace(",", "")) == {"0"}:
                assert reading is None, num  # 000个: blanked digits, never a figure
                continue
            assert reading is not None, num
            mult = numbers.MULTIPLIERS.get(m.group("mult") or "", 1)
            assert reading[3] == numbers._last_nonzero_place(value, decimals) * mult, num
            if chinese and value >= 100:
                assert reading[2] == numbers._last_nonzero_place(value, 0) * mult, num


def test_remembered_readings_change_nothing():
    from draftlint import numbers

    rng = random.Random(5)
    alphabet = list("0123456789一二两三四五六七八九十百千万亿〇零余多%‰成倍个人元户家亩分节 ,.，。约近超逾以上左右下-至到第数几来")
    texts = [REPORT] + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30))) for _ in range(2000)]
    warm = [repr(find_quantities(t)) for t in texts]
    for t, seen in zip(texts, warm):
        numbers._READINGS.clear()
        assert repr(find_quantities(t)) == seen, t


def _soft_breaks_plain(norm: str) -> list:
    """Soft breaks as first written: every block's width worked out up front."""
    import re

    breaks = list(re.finditer(r"\r\n|\r|\n", norm))
    if not breaks:
        return []
    starts = [0] + [b.end() for b in breaks]
    ends = [b.start() for b in breaks] + [len(norm)]
    lines = [norm[a:e] for a, e in zip(starts, ends)]
    width = [0] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        w = max((len(ln.strip()) for ln in lines[i:j]), default=0)
        for k in range(i, j):
            width[k] = w
        i = j + 1
    out = []
    for i, b in enumerate(breaks):
        line, nxt = lines[i].rstrip(), lines[i + 1]
        if not nxt.strip() or "|" in line or "|" in nxt:
            continue
        in_figure = line[-1:].isdigit() and nxt[:1].isdigit()
        if in_figure or (len(line.strip()) >= max(16, 0.85 * width[i]) and not line.endswith(tuple("。！？!?"))
                         and not _claims._STARTS_ITEM.match(nxt)):
            out.append((b.start(), b.end()))
    return out


def test_soft_breaks_equal_the_plain_reading():
    rng = random.Random(3)
    words = ["全镇", "完成", "1318", "万元", "占全年任务", "60%", "。", "，", "一、", "(1)", "|", " ", "\u3000",
             "其中", "2", "个", "工作", "推进", "建设", "发展"]
    for _ in range(3000):
        lines = []
        for _ in range(rng.randrange(1, 12)):
            if rng.random() < 0.2:
                lines.append(rng.choice(["", " ", "\u3000"]))
            else:
                lines.append("".join(rng.choice(words) for _ in range(rng.randrange(1, 14))))
        text = rng.choice(["\n", "\r\n", "\r"]).join(lines)
        assert _claims._soft_breaks(text) == _soft_breaks_plain(text), text


def test_list_runs_without_brackets_split_as_the_character_walk_does():
    from draftlint.rules.arithmetic import list_count as L

    def walk_back(text, end):
        depth, i = 0, end
        while i > 0:
            ch = text[i - 1]
            if ch in L._CLOSE:
                depth += 1
            elif ch in L._OPEN:
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and ch in L._BOUNDARY:
                break
            i -= 1
        return i, text[i:end]

    def walk_split(text):
        parts, depth, cur = [], 0, []
        for ch in text:
            if ch in L._OPEN:
                depth += 1
            elif ch in L._CLOSE:
                depth -= 1
                if depth < 0:
                    return None
            if ch == "、" and depth == 0:
                parts.append("".join(cur))
                cur = []
            else:
                cur.append(ch)
        return None if depth else parts + ["".join(cur)]

    rng = random.Random(9)
    alphabet = list("甲乙丙、、，,。;：:！?\n\t（）()“”《》[]三项")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 25)))
        for end in range(len(text) + 1):
            assert L._list_before(text, end) == walk_back(text, end), (text, end)
        assert L._split_top(text) == walk_split(text), text


def test_breakdown_hints_hold_wherever_their_patterns_match():
    """_AMONG_HINT and _may_sum_after only let the loops skip sentences where no amount could
    be followed by 中 (12个工地中) or preceded by a total word (合计30人)."""
    from draftlint.document import Document
    from draftlint.rules.arithmetic import _parts as P

    rng = random.Random(13)
    pieces = ["12个", "3家", "5人", "8所", "30人以上", "二十名", "1,318万元", "60%", "3倍", "2023年", "工地", "企业",
              "中", "当中", "中心", "其中", "共", "共计", "合计", "总计", "总共", "以上", "为", "达", "有", " ",
              "，", "、", "；", "：", "现有", "获奖", "表彰", "学校", "公共", "共同"]
    checked = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14))) + "。"
        for _prev, s in _claims.sentences(Document(text)):
            for q in s.quantities:
                if not _claims.is_amount(q) or q.approximate:
                    continue
                if P._AMONG.match(s.text, q.end - s.start):
                    checked += 1
                    assert P._AMONG_HINT.search(s.text), s.text
                if P._SUM_AFTER.search(s.between(s.clause_start(q.start), q.start)):
                    checked += 1
                    assert P._may_sum_after(s.text), s.text
    assert checked > 100


def test_share_and_group_hints_hold_wherever_their_patterns_match():
    """AR101 skips sentences without 占/比重/完成 or 的 right before a numeral (_TAIL);
    AR141 skips sentences without a known rate or a count followed by 中 (_AMONG)."""
    from draftlint.document import Document
    from draftlint.rules.arithmetic import share, small_base

    rng = random.Random(17)
    pieces = ["12名", "3家", "5人", "8所", "20个", "1,318万元", "2355万元", "60%", "3倍", "六成", "百分之九十",
              "的", "比例", "比重", "份额", "为", "是", "达", "约", " ", "中", "当中", "中心", "其中", "，", "、",
              "群众", "企业", "满意率", "合格率", "完成", "全年任务", "占", "万元的 ", "人的比例为 ", "的比重约"]
    checked = 0
    texts = ["财政收入完成1318万元，占全年任务2355万元的 60%。", "完成3.2亿元，是上年2.1亿元的比例为 1.5倍。"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14))) + "。" for _ in range(4000)]
    for text in texts:
        for _prev, s in _claims.sentences(Document(text)):
            for p in s.quantities:
                if p.unit not in ("%", "倍"):
                    continue
                for b in s.before(p.start):
                    if _claims.is_amount(b) and share._TAIL.match(s.between(b.end, p.start)):
                        checked += 1
                        assert share._DE_FIGURE.search(s.text), s.text
            for q in s.quantities:
                if q.is_integer_count and small_base._AMONG.match(s.text, q.end - s.start):
                    checked += 1
                    assert small_base._COUNT_AMONG.search(s.text), s.text
    assert checked > 100


def test_blanked_figures_are_dropped_where_they_are_read():
    """000人 is no figure (digits a template site stripped); the reading says so itself
    instead of a test after every figure, and the cached reading agrees."""
    from draftlint import numbers

    for text, shown in [("共000人", []), ("00余份", []), ("0,000元", []), ("000亿2000万元", []),
                        ("0人", ["0人"]), ("100人", ["100人"]), ("0.0%", ["0.0%"]), ("3亿2000万元", ["3亿2000万元"]),
                        ("百分之00", ["百分之00"]), ("共000人,其中12人", ["12人"])]:
        for _ in range(2):  # cold, then from the remembered readings
            qs = find_quantities(text)
            assert [q.text for q in qs] == shown, text
            assert not any(_blanked(q) for q in qs)
        numbers._READINGS.clear()


def test_rate_names_found_before_rate_characters_as_the_plain_pattern_finds_them():
    """AR102's prefilter looks for a rate's stem only before each 率/度; the plain pattern
    (every stem, then 率, tried at every character) must agree."""
    import re

    from draftlint.rules.arithmetic import rate

    plain = re.compile(rf"(?:{rate._AT_MOST_100}|{rate._MAY_EXCEED})(?:成功)?率|(?:{rate._DEGREE})度")
    stems = (rate._AT_MOST_100 + "|" + rate._MAY_EXCEED + "|" + rate._DEGREE).split("|")
    pieces = stems + ["率", "度", "成功", "成功率", "综合", "的", "，", "化解", "调解", "调解成功", "满意", "年度", "效率",
                      "速度", "30%", " "]
    rng = random.Random(21)
    texts = ["入学率99%", "化解成功率", "调解成功率", "调解成功成功率", "综合满意度", "满意度", "度", "率", "效率", "年度"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = plain.search(text) is not None
        found += expected
        assert rate._names_a_rate(text) == expected, text
    assert 1000 < found < len(texts) - 1000


def test_count_numeral_opening_with_a_class_matches_as_the_alternation_does():
    """list_count's core pattern spells _NUM with one leading class (faster to scan); it
    must match exactly where the plain alternation matches. The hint, spelt from the
    classifier, is only asked whether a sentence holds a count: it must say so for exactly
    the texts the plain alternation finds one in."""
    import re

    from draftlint.rules.arithmetic import list_count as L

    plain_core = re.compile(rf"(?:{L._NUM})(?:{L._CLS})")
    plain_hint = re.compile(rf"(?:{L._NUM})(?:{L._CLS}|处)")
    rng = random.Random(23)
    alphabet = list("两二三四五六七八九十一零0123456789个项大类种家条所座名位处方面化甲、，")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12)))
        for pos in range(len(text)):
            a, b = L._COUNT_CORE.search(text, pos), plain_core.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
            assert (L._COUNT_HINT.search(text[pos:]) is None) == (plain_hint.search(text[pos:]) is None), text[pos:]


def test_lines_ending_with_a_colon_found_by_their_colons():
    """AR131 looks at the lines whose last visible character is a colon, found by a pattern
    for such colons instead of every colon's line; it must find every one of them."""
    from draftlint.rules.arithmetic import list_count as L

    rng = random.Random(29)
    pieces = ["三项措施", "：", ":", " ", "\u3000", "\t", "\x0c", "\x85", "\u2028", "\n", "\r\n", "\r", "一、", "甲", "：乙"]
    for _ in range(5000):
        doc = Document("".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16))))
        text = _claims.normalized(doc)
        exact = {i for i, ln in enumerate(doc.lines) if text[ln.start:ln.end].rstrip()[-1:] in (":", "：")}
        found = {doc.line_of(c.start()).number - 1 for c in L._COLON_ENDS_LINE.finditer(text)}
        assert exact <= found, repr(doc.text)
        assert all(text[doc.lines[i].start:doc.lines[i].end].rstrip()[-1:] in (":", "：") for i in found), repr(doc.text)


def test_normalize_by_replacements_equals_the_translation():
    """normalize folds each full-width character with str.replace; the plain reading is one
    str.translate of the whole text."""
    from draftlint import numbers

    rng = random.Random(37)
    alphabet = list("０１２３４５６７８９％．﹪0123456789%.一二三甲乙 ，。\n")
    texts = [REPORT, "２０２３年完成１３１８万元，占６０％", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(5000)]
    for text in texts:
        assert normalize(text) == text.translate(numbers._FULLWIDTH), text


def test_tables_found_from_their_pipes_as_the_line_walk_finds_them():
    """AR's pipe tables are looked for only at lines holding a pipe; the plain walk tries
    every line as a header."""
    from draftlint.rules.arithmetic import _tables as T

    def walk(doc):
        text, lines, out, i = doc.simplified, doc.lines, [], 0
        while i + 1 < len(lines):
            head, sep = lines[i], lines[i + 1]
            if "|" in head.text and T._SEPARATOR.match(sep.text):
                header = T._cells(text[head.start:head.end], head.start)
                rows, k = [], i + 2
                while k < len(lines) and lines[k].text.count("|") >= 2:
                    rows.append(tuple(T._cells(text[lines[k].start:lines[k].end], lines[k].start)))
                    k += 1
                if len(header) >= 2 and rows:
                    out.append(T.Table(tuple(header), tuple(rows)))
                i = k
            else:
                i += 1
        return out

    rng = random.Random(41)
    lines = ["| 项目 | 数量 |", "|---|---|", "| 甲 | 12个 |", "| 合计 | 30个 |", "|--|--|--|", "a|b", "正文1318万元",
             "", "| 乙 | 60% |", "---|---", "|"]
    found = 0
    for _ in range(3000):
        doc = Document("\n".join(rng.choice(lines) for _ in range(rng.randrange(0, 10))))
        expected = walk(doc)
        found += len(expected)
        assert T._tables(doc) == expected, doc.text
    assert found > 100


def test_lists_in_brackets_and_after_colons_found_at_their_cores_as_finditer_finds_them():
    from draftlint.rules.arithmetic import list_count as L

    rng = random.Random(43)
    pieces = ["三个", "两项", "12家", "4所", "十二名", "1١个", "方面", "工程", "（", "(", "）", ")", "甲", "乙", "、", "，",
              "：", ":", "分别是", "包括", "。", "；", "5", "大"]
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        for core, pattern in ((L._PAREN_CORE, L._PAREN), (L._NAMED_CORE, L._NAMED_AFTER)):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            found += len(expected)
            assert [(m.span(), m.groups()) for m in L._at_cores(core, pattern, text)] == expected, text
    assert found > 100


def test_sum_hint_in_two_patterns_answers_as_the_one_pattern():
    import re

    from draftlint.numbers import _CN_START
    from draftlint.rules.arithmetic import _parts as P

    plain = re.compile(f"(?:共|计)(?:为|达)?\\s*[0-9{_CN_START}百]|(?:^|[,，;；:：])\\s*(?:以上)?(?:合计|共计|总计|总共)")
    rng = random.Random(47)
    pieces = ["共", "计", "合计", "共计", "总计", "总共", "以上", "为", "达", " ", "\u3000", "，", "；", "：", "3", "三", "百",
              "人", "甲", "公共", "计划"]
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        expected = plain.search(text) is not None
        hits += expected
        assert P._may_sum_after(text) == expected, text
    assert 2000 < hits < 18000


def test_implicit_share_hint_holds_wherever_an_implicit_share_is_read():
    """AR101 reads the figures of a sentence only when _DE_FIGURE or _IMPLICIT_HINT finds
    something: wherever _IMPLICIT ends right before a percentage, _IMPLICIT_HINT must match."""
    from draftlint.document import Document
    from draftlint.rules.arithmetic import share

    rng = random.Random(53)
    pieces = ["占", "占比", "所占比例", "比重", "完成", "全年任务", "年度目标", "计划", "的", "之", "比例", "为", "达", "是",
              "约为", "约", "达到", " ", "\u3000", ",", "，", ";", "；", ":", "：", "60%", "5‰", "1,318%", "六成", "三成多",
              "两 成", "百分之九十", "百分之12", "12", "三", "人", "总人口", "全市", "群众", "企业", "20%o", "%", "成"]
    checked = 0
    texts = ["外省游客占全部游客的20%。", "其中小麦面积占44.9%。", "完成全年任务的六成。", "比重为 30%。"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) + "。" for _ in range(6000)]
    for text in texts:
        for _prev, s in _claims.sentences(Document(text)):
            for p in s.quantities:
                if p.unit != "%":
                    continue
                head = s.between(s.clause_start(p.start), p.start)
                if ("占" in head or "比重" in head or "完成" in head) and share._IMPLICIT.search(head):
                    checked += 1
                    assert share._IMPLICIT_HINT.search(s.text), s.text
    assert checked > 300


def test_average_count_hint_holds_wherever_a_count_precedes_an_average():
    """AR103 skips a sentence where no 人/名/户/亩 stands before its last 人均-like word:
    wherever an average's word has a count of its kind before it, the hint must say so."""
    from draftlint.document import Document
    from draftlint.numbers import UNITS
    from draftlint.rules.arithmetic import average

    counted = {u for units in average._COUNT_UNITS.values() for u in units}
    assert all(any(ch in written for ch in "人名户亩") for written, unit in UNITS.items() if unit in counted)
    rng = random.Random(59)
    pieces = list(average._PER_WORDS) + ["12人", "3名", "5户", "8亩", "20人次", "1,318万元", "2.5万元", "60%", "收入",
                                         "可支配收入", "产值", "为", "达", "，", "。", "共", "全村", "农户", "群众", "平均", "每人"]
    checked = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10))) + "。"
        for _prev, s in _claims.sentences(Document(text)):
            for z in s.quantities:
                if not _claims.is_amount(z):
                    continue
                m = average._PER.search(s.between(s.clause_start(z.start), z.start))
                if not m:
                    continue
                zstart = s.clause_start(z.start) + m.start()
                if any(q.unit in counted for q in s.before(zstart)):
                    checked += 1
                    assert average._count_may_precede(s.text), s.text
    assert checked > 300


def test_figure_pattern_look_aheads_change_no_match():
    """The look-aheads before the yi (3亿2000万) and w4 (21万4,380人次) branches only say what
    those branches need anyway: with and without them the figure pattern matches alike."""
    import re

    from draftlint import numbers

    guarded = numbers._QUANTITY_PATTERN
    plain = guarded.replace(f"(?=[0-9,.]*+[{numbers._WS}]?亿)", "").replace("(?=[0-9]{1,4}+万)", "")
    assert plain.count("(?=") == guarded.count("(?=") - 2
    a, b = re.compile(guarded, re.VERBOSE), re.compile(plain, re.VERBOSE)
    rng = random.Random(61)
    # (pieces chosen so that both branches match often: with a look-ahead one digit short,
    # or without the thousands comma, this finds mismatches)
    alphabet = list("0123456789,. 　亿万人元余多") + ["1234", "12", "2,000", "1,318", "12.5", "万人", "亿元", "人次", "以上"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 8)))
        for pos in range(len(text)):
            x, y = a.match(text, pos), b.match(text, pos)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (text, pos)


def test_change_shapes_hold_wherever_a_change_is_found(monkeypatch):
    """_changes and delta_changes pass over sentences without _CHANGE_SHAPE / _DELTA_SHAPE:
    with the two tests made to let everything through, they find the same claims (on each
    form's sentences, with figures, verbs and words varied, and the sentence then cut or
    added to at random places, for near misses)."""
    from draftlint.document import Document
    from draftlint.rules.arithmetic import _change as CH

    rng = random.Random(23)
    forms = ["{s}{fr}{a}{up}到{b}，{up}了{p}", "{s}{b}，上年同期{ly}{a}，同比{up}{p}", "{s}{b}，较上年{up}{p}，上年{ly}{a}", "{s}较期中({a}){up}了{d}，达到{b}",
             "{s}{b}，较期中({a}){up}了{d}", "{s}{b}，较上年{up}{p}(上年为{a})", "{s}{b}，{s}比上年的{a}{up}{p}",
             "{s}{a}，同比{dv}{d}，{up}{p}", "{s}{b}，完成年度计划{a}的{p}，同比{up}{p}(上年为{a})", "{s}{b}，比上年{up}{d}"]
    amounts = ["1,318万元", "1200万元", "2355万元", "28.4亿元", "30.2亿元", "12人", "15人", "81分", "86.5分", "40多人",
               "十二人", "3家", "2018年"]
    rates = ["60%", "9.8%", "8.6%", "3.3个百分点", "2.5倍", "百分之九", "三成"]
    verbs = ["增长", "提高", "增加", "上升", "下降", "减少", "降低", "增", "降", "回落", "增幅为", "降幅"]
    noise = ["，", "；", "、", " ", "的", "比", "较", "由", "从", "上年", "去年", "同比", "(", ")", "了", "为", "达", "1", "三"]
    texts = []
    for _ in range(6000):
        t = rng.choice(forms).format(s=rng.choice(["全年", "收入", "人数", "平均分", "", "排名"]), a=rng.choice(amounts),
                                     b=rng.choice(amounts), d=rng.choice(amounts + rates), p=rng.choice(rates),
                                     up=rng.choice(verbs), fr=rng.choice("由从"), ly=rng.choice(["为", "是", "完成", "只有", "仅为", "仅", "共", "有", ""]), dv=rng.choice(["增收", "减少", "多", "增加", "增长"]))
        for _ in range(rng.choice((0, 0, 1, 2))):
            k = rng.randrange(len(t) + 1)
            t = t[:k] + rng.choice(noise + [""]) + t[k + rng.choice((0, 0, 1)):]
        texts.append(t + "。")
    docs = [Document(t) for t in texts]
    gated = [(list(CH._changes(d)), list(CH.delta_changes(d))) for d in docs]
    everything = _claims.lazy_re("")  # matches every sentence
    monkeypatch.setattr(CH, "_CHANGE_SHAPE", everything)
    monkeypatch.setattr(CH, "_DELTA_SHAPE", everything)
    found = 0
    for d, (changes, deltas) in zip(docs, gated):
        assert (list(CH._changes(d)), list(CH.delta_changes(d))) == (changes, deltas), d.text
        found += len(changes) + len(deltas)
    assert found > 400


def test_rate_shape_holds_wherever_a_rate_claim_is_found(monkeypatch):
    """AR102 passes over sentences without _RATE_SHAPE (a count, at most one clause break, a
    rate's name and its percentage) or without two places of one unit there or in the sentence
    before (_two_of_a_kind): with both tests letting everything through, the same claims."""
    from draftlint.document import Document
    from draftlint.rules.arithmetic import rate

    rng = random.Random(29)
    forms = ["{s}适龄儿童{a}，入学{b}，{st}率{w}{p}", "共回访{a}，其中{b}表示{st}，{st}度{w}{p}",
             "服务{b}，康复服务{st}率{w}{p}，全区持证残疾人共{a}", "全镇共有适龄儿童{a}。已{st}{b}，{st}率{w}{p}",
             "抽查乡镇9个，发现问题{a}，已{st}{b}，{st}率{w}{p}", "管网水检测{a}，不{st}{b}，{st}率{w}{p}",
             "{st}{b}；{st}率{w}{p}", "{s}{st}率{w}{p}", "计划{a}，实际{st}{b}，{st}率{w}{p}"]
    counts = ["1,846人", "1839人", "3264人", "3231人", "132项", "128项", "2,190项次", "4项次", "1,200份", "1,056份",
              "十二人", "36,420只", "1,056名", "1839位"]
    rates = ["99.92%", "97.5%", "60%", "百分之九十", "九成", "104.3%"]
    stems = ["入学", "满意", "整改", "合格", "完成", "覆盖", "办结", "知晓"]
    noise = ["，", "；", "、", " ", "：", "的", "率", "度", "为", "1", "三", "其中", "。"]
    texts = []
    for _ in range(5000):
        t = rng.choice(forms).format(s=rng.choice(["全年", "全县", ""]), a=rng.choice(counts), b=rng.choice(counts),
                                     p=rng.choice(rates), st=rng.choice(stems),
                                     w=rng.choice(["", "为", "达", "达到", "是", "约为", "高达", "：", " "]))
        for _ in range(rng.choice((0, 0, 1, 2))):
            k = rng.randrange(len(t) + 1)
            t = t[:k] + rng.choice(noise + [""]) + t[k + rng.choice((0, 0, 1)):]
        texts.append(t + "。")
    docs = [Document(t) for t in texts]
    gated = [list(rate._claims(d)) for d in docs]
    monkeypatch.setattr(rate, "_RATE_SHAPE", _claims.lazy_re(""))  # matches every sentence
    monkeypatch.setattr(rate, "_two_of_a_kind", lambda text, prev_text: True)
    found = 0
    for d, claims in zip(docs, gated):
        assert list(rate._claims(d)) == claims, d.text
        found += len(claims)
    assert found > 400


def test_unit_gates_hold_wherever_a_breakdown_is_found(monkeypatch):
    """_breakdowns reads the figures of a 其中, 中 or total-after-parts sentence only when a
    unit an amount may have stands on both sides (_may_have_whole, _may_have_among,
    _may_sum_back), and looks for shares after 其中 only where a share's words and a
    percentage follow (_may_hold_shares): with those tests letting everything through, the same breakdowns (on
    such sentences with units, numerals and words varied, then cut or added to at random
    places, for near misses)."""
    from draftlint.rules.arithmetic import _parts

    rng = random.Random(31)
    forms = ["{s}共{a}，其中{b}，{c}", "{s}{a}，其中{b}、{c}", "{s}{a}，{s}{b}，其中{c}", "{s}现有{a}，其中{b}；{c}",
             "{s}完成{a}的{p}，其中{b}", "{s}{a}（{b}），其中{c}，其余{b}", "{s}{p}，其中{a}，{b}", "其中{a}，{b}",
             "{s}{a}。其中{b}，{c}", "{s}{a}、{b}，合计{c}", "{s}{b}，{s}{c}，共计{a}", "{s}{b}、{c}，{s}共{a}",
             "现有{a}中，{s}{b}，{c}", "{s}{a}中，{b}", "{s}{a}，其中{s}占{p}，{s}占{p}，{s}占{p}",
             "其中{s}占比{p}、{s}比重为{p}，{s}比例{p}", "{s}{a}，增长{p}，其中{s}{p}，{s}{p}"]
    amounts = ["15家", "6家", "11家", "1,318万元", "2355万元", "12.6萬人次", "8.1万人次", "32名", "21人", "5位", "四十二人",
               "十二所", "3亿2560万元", "21万4,380人次", "40多辆", "3 家", "2018年", "6个月", "五节", "86.5分", "3万千瓦",
               "12万", "八成", "三处", "两座", "四个"]
    rates = ["60%", "9.8%", "三成", "2.5倍"]
    words = ["全镇", "企业", "党员", "男性", "女性", "收入", "游客", ""]
    noise = ["，", "；", "、", " ", "的", "共", "合计", "其中", "中", "1", "三", "万", "人", "家", "余", "多"]
    texts = []
    for _ in range(6000):
        t = rng.choice(forms).format(s=rng.choice(words), a=rng.choice(amounts), b=rng.choice(amounts),
                                     c=rng.choice(amounts), p=rng.choice(rates))
        for _ in range(rng.choice((0, 0, 1, 2))):
            k = rng.randrange(len(t) + 1)
            t = t[:k] + rng.choice(noise + [""]) + t[k + rng.choice((0, 0, 1)):]
        texts.append(t + "。")
    gated = [list(_parts._breakdowns(Document(t))) for t in texts]
    monkeypatch.setattr(_parts, "_may_have_whole", lambda text, at, after, prev_text=None: True)
    monkeypatch.setattr(_parts, "_may_have_among", lambda text: True)
    monkeypatch.setattr(_parts, "_may_sum_back", lambda text: True)
    monkeypatch.setattr(_parts, "_may_hold_shares", lambda rest: True)
    found = shares = 0
    for t, bds in zip(texts, gated):
        assert list(_parts._breakdowns(Document(t))) == bds, t
        found += sum(1 for b in bds if b.whole is not None)
        shares += sum(1 for b in bds if b.percent)
    assert found > 300 and shares > 100


def test_share_kind_gate_holds_wherever_a_share_claim_is_found(monkeypatch):
    """AR101 reads a sentence's figures only when two of them may be of one kind, there or
    with the sentence before (_two_of_a_kind): with that test letting everything through,
    the same claims (on each share form, with units and words varied, the whole in the
    sentence or the one before, then cut or added to at random places, for near misses)."""
    from draftlint.rules.arithmetic import share

    rng = random.Random(37)
    forms = ["{s}完成{a}，占全年任务{b}的{p}", "{s}{a}，是上年{b}的{t}", "{s}共{b}，其中{c}，占{p}", "{s}共{b}。其中{a}，占比{p}",
             "{s}{b}，{s}{a}，占{s}总数的{p}", "全年任务{b}，上半年完成{a}，占{p}", "抽查底稿{b}，发现问题底稿{a}，占比{p}",
             "{s}{b}。{s}的干部占{s}总数的{p}，共{a}", "全镇{b}中，有{a}，占{p}", "{s}{a}，占{p}"]
    amounts = ["1318万元", "2355万元", "2.1亿元", "3.2亿元", "52份", "6份", "41名", "67人", "18个", "15个", "十二人",
               "40多家", "3 家", "2018年", "3万千瓦", "12万"]
    rates = ["60%", "56%", "11.5%", "百分之九十", "三成", "83.3%"]
    words = ["全镇", "提拔", "企业", "税收收入", "会员", "其中", ""]
    noise = ["，", "；", "、", " ", "的", "占", "为", "其中", "。", "1", "三", "万", "人", "家", "余"]
    texts = []
    for _ in range(6000):
        t = rng.choice(forms).format(s=rng.choice(words), a=rng.choice(amounts), b=rng.choice(amounts),
                                     c=rng.choice(amounts), p=rng.choice(rates), t=rng.choice(["1.5倍", "2.5倍", "两倍"]))
        for _ in range(rng.choice((0, 0, 1, 2))):
            k = rng.randrange(len(t) + 1)
            t = t[:k] + rng.choice(noise + [""]) + t[k + rng.choice((0, 0, 1)):]
        texts.append(t + "。")
    docs = [Document(t) for t in texts]
    gated = [list(share._claims(d)) for d in docs]
    monkeypatch.setattr(share, "_two_of_a_kind", lambda text, prev_text: True)
    found = 0
    for d, claims in zip(docs, gated):
        assert list(share._claims(d)) == claims, d.text
        found += len(claims)
    assert found > 300


def test_average_total_gate_holds_wherever_an_average_is_checked(monkeypatch):
    """AR103 reads a sentence's figures only when some unit stands on both sides of a 均
    (_total_may_precede: the total before the average's word, the average after it): with
    that test letting everything through, the same findings (on average forms with figures
    and words varied, then cut or added to at random places, for near misses)."""
    from draftlint.rules.arithmetic import average

    rng = random.Random(41)
    forms = ["{s}{x}，{s}{y}，人均{z}", "全村{y}，{s}总收入{x}，户均收入{z}", "{s}{x}，{s}{y}，平均每人{z}",
             "{s}{y}，产量{x}，亩均{z}", "{s}{x}，每户平均{z}，共{y}", "{s}{y}{x}，人均{z}，户均{z}"]
    totals = ["1,318万元", "2.5万元", "3600元", "6,000元", "600斤", "1200公斤", "36吨", "2.6亿元", "八十万元"]
    counts = ["12人", "3名", "5户", "8亩", "20人次", "1,200人", "三百户", "40多人"]
    noise = ["，", "；", "、", " ", "的", "均", "人", "户", "亩", "元", "1", "三", "万", "为", "约"]
    texts = []
    for _ in range(5000):
        t = rng.choice(forms).format(s=rng.choice(["全年", "全镇", "村民", "合作社", ""]), x=rng.choice(totals + counts),
                                     y=rng.choice(counts + totals[:2]), z=rng.choice(totals + counts))
        for _ in range(rng.choice((0, 0, 1, 2))):
            k = rng.randrange(len(t) + 1)
            t = t[:k] + rng.choice(noise + [""]) + t[k + rng.choice((0, 0, 1)):]
        texts.append(t + "。")
    docs = [Document(t) for t in texts]
    opts = rule_options("AR103")

    def findings(d):
        return [(v.span, v.message, v.severity) for v in average._check_sentences(d, opts)]

    gated = [findings(d) for d in docs]
    monkeypatch.setattr(average, "_total_may_precede", lambda text: True)
    found = 0
    for d, vs in zip(docs, gated):
        assert findings(d) == vs, d.text
        found += len(vs)
    assert found > 300
