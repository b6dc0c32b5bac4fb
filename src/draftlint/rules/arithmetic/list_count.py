"""A list of names whose length does not match the count stated with it.

What it finds: an enumeration followed (or preceded) by its count, where the number of
names differs from the count: ``立足铸造、服装、建材两大主导产业`` (three names),
``实行首问负责、限时办结三项制度`` (two names), ``培育规上企业3家(甲公司、乙公司)``,
``建成3个示范村,分别是甲村、乙村、丙村、丁村``, ``推行四项计划:“甲”、“乙”及“丙”``, quoted names
one after another (``签约“甲”“乙”“丙”四个项目``), and a count before a colon whose
一是/二是 (or 1./（1）/①) run that follows is longer or shorter (``采取了三项措施:一是…四是…``).
With 等 (``A、B、C等八个项目``) a list may name fewer items than the count, but not more.
Only lists whose boundaries are clear are checked: the names are separated by 、 (a final
和/及 may join two more), and a list whose start is unclear is checked only for naming
too many.

Why it matters: a count that does not match its own list is noticed at once by a reader
and suggests that an item was dropped or added while the text was edited.

Example:
  Bad: 围绕城镇建设、工业项目、农村经济发展、社会事业三项重点工作,成立了三个指挥部。
  Good: 围绕城镇建设、工业项目、农村经济发展、社会事业四项重点工作,成立了三个指挥部。

Fix: make the count match the list, or add the missing item (end the list with 等 when
it is deliberately incomplete).
"""

from __future__ import annotations

import re
from bisect import bisect_right
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable


from ...numbers import parse_chinese
from ...types import Span, Violation
from . import _claims as C
from ._lazy import HAN, lazy, lazy_re

CODE = "AR131"
NAME = "list-count-mismatch"
SEVERITY = "warning"

_NUM = r"[两二三四五六七八九]|十[一二]?|[2-9]|1[0-2]"
_CLS = r"个|项|大|类|种|家|条|所|座|名|位|支|批|件|方面|块|级|张|场|届|片|点|站|化"
_COUNT = lazy_re(
    rf"(?P<deng>等)?(?P<quote>[“\"])?(?P<num>{_NUM})(?P<cls>{_CLS})[”\"]?(?P<head>[{HAN}])"
)
_AFTER_BAD = lazy(r"以上|以下|余|多|左右|上下|之|次|年|月|日|中|内|外|倍|成|以")
_BEFORE_BAD = set("第前后近这那每上下头此该其约逾超共合各达数几")
_OPEN = "（(“‘《【「〔["
_CLOSE = "）)”’》】」〕]"
_BOUNDARY = set(",，。;；:：!?！？\n\r\t")
# an enumeration marker at the start of the clause is not part of the first name
_MARKER = lazy(r"^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十\d]{1,3}[,，、]?|[①②③④⑤⑥⑦⑧⑨⑩])\s*")
_LEAD = lazy(
    r"^(?:统筹|扎实|全面|大力|持续|深入|切实|着力|协同|稳步|加快|重点|一体)?(?:围绕|立足|开展|实施|包括|包含|涵盖|聚焦|突出|抓好|抓住|抓实|完成|建成|引进|在|对|以|把|将|设立|实行|"
    r"推行|成立|组建|形成|打造|培育|做好|推进|加强|坚持|落实|召开|举办|组织|开设|设置|建立|健全|制定|出台|"
    r"有|即|为|是|分为|涉及|覆盖|按照|针对|结合|依托|通过|采取|利用|形成了|建立了|完成了|实现了|实现|涌现出|评选出|"
    r"确定|选派|选定|明确|聚焦于|重点抓好|着力|全力|积极)"
)
# a verb inside a later segment starts the list afresh: 在A、B上设立C、D、E三大奖项
_CUT = lazy(
    r"设立|实行|推行|开展|实施|建立|成立|围绕|立足|包括|涵盖|聚焦|突出|抓好|抓住|打造|培育|形成|组建|制定|出台|"
    r"举办|召开|完成|建成|引进|壮大|评选出|涌现出|确定|设置|开设|推出|启动"
)
# a later name that holds a verb is not a name: the count belongs to something else
_VERBISH = lazy(
    r"深入|前往|赴|到|开展|进行|实施|完成|参加|参与|组织|对|向|给|帮助|走访|慰问|发放|建成|新建|投资|投入|"
    r"引进|推进|成立|召开|举办|达到|实现|共|计(?!划)|累计|合计|其中|分别|均|都|已|正在|将|需要|涉及|覆盖"
)
_QUOTED = lazy(r"[“\"]([^“”\"]*、[^“”\"]*)[”\"]$")
_QUOTE_RUN = lazy(r"(?<![、“”])(?:“[^“”、,，]{1,12}”){2,}$")
_QUOTE_NAME = lazy(r"“([^“”]*)”")
_NESTED = lazy(rf"(?:{_NUM})(?:{_CLS})")
_AND = lazy(r"和|及|与|以及|并|同")
_NUMERIC = lazy(r"^[\d\s.%]*$|^[一二三四五六七八九十〇零两]+$|^[（(]?[一二三四五六七八九十\d]+[）)]?$")


def _count_value(num: str) -> int | None:
    if num.isdigit():
        return int(num)
    return parse_chinese(num)


# any bracket or quote that _split_top and _list_before count
_BRACKET = lazy_re("[" + re.escape(_OPEN + _CLOSE) + "]")
# the run of text after the last clause boundary (greedy .* backs up to it)
_AFTER_BOUNDARY = lazy_re(r".*[,，。;；:：!?！？\n\r\t]", re.S)


def _split_top(text: str) -> list[str] | None:
    """Split on 、 outside brackets and quotes; None if the brackets do not balance."""
    if _BRACKET.search(text) is None:
        return text.split("、")  # no bracket: every 、 is at the top
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in _OPEN and not (ch == "“" and depth and False):
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return None
        if ch == "、" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if depth != 0:
        return None
    parts.append("".join(cur))
    return parts


def _list_before(text: str, end: int) -> tuple[int, str] | None:
    """The run of text before ``end`` back to the clause boundary, at bracket depth 0."""
    m = _AFTER_BOUNDARY.match(text, 0, end)
    b = m.end() if m else 0
    if _BRACKET.search(text, b, end) is None:
        return b, text[b:end]  # no bracket in the run: the boundary ends it
    depth = 0
    i = end
    while i > 0:
        ch = text[i - 1]
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and ch in _BOUNDARY:
            break
        i -= 1
    return i, text[i:end]


def _names(segments: list[str]) -> tuple[int, int, bool] | None:
    """(fewest, most) names a list of 、-separated segments can hold, and whether an
    inner 等 cut the list short."""
    inner_deng = False
    collapsed: list[str] = []
    for i, seg in enumerate(segments):
        if "等" in seg and i < len(segments) - 1:
            inner_deng = True
            collapsed = ["".join(collapsed + [seg])]
            continue
        collapsed.append(seg)
    lo = len(collapsed)
    hi = lo + sum(1 for seg in collapsed if _AND.search(seg.lstrip("和及与并同")))
    return lo, hi, inner_deng


def _check_list(s: C.Sentence, m) -> Violation | None:
    text = s.text
    start = m.start()
    before_char = text[start - 1] if start else ""
    if not m.group("deng") and (before_char in _BEFORE_BAD or before_char.isdigit() or before_char == "."):
        return None  # 第三个, 前两名, 312名 (the tail of a longer number)
    if m.group("cls") == "化" and not m.group("quote"):
        return None
    after = text[m.end("cls"):]
    if _AFTER_BAD.match(after.lstrip("”\"")):
        return None
    if m.group("head") in "一二两三四五六七八九十和及与":
        return None  # 三省一市, 两区一县: a compound count
    n = _count_value(m.group("num"))
    if n is None or n < 2:
        return None
    found = _list_before(text, start)
    if found is None:
        return None
    lstart, region = found
    mk = _MARKER.match(region)
    if mk:
        lstart += mk.end()
        region = region[mk.end():]
    segments = _split_top(region)
    quoted_run = False
    if segments is not None and len(segments) == 1:
        # 围绕“稳增长、促改革、调结构”三大任务: the names are inside one pair of quotes
        qm = _QUOTED.search(region)
        if qm:
            lstart += qm.start(1)
            region = qm.group(1)
            segments = _split_top(region)
        else:
            # 签约“甲”“乙”“丙”四个项目: quoted names one after another, the quotes their bounds
            rm = _QUOTE_RUN.search(region)
            if rm:
                lstart += rm.start()
                region = rm.group(0)
                segments = _QUOTE_NAME.findall(region)
                quoted_run = True
    if segments is None or len(segments) < 2:
        return None
    cut = False
    for k in range(len(segments) - 1, 0, -1):
        hits = list(_CUT.finditer(segments[k]))
        if hits:
            rest = segments[k][hits[-1].end():]
            lstart += sum(len(seg) + 1 for seg in segments[:k]) + hits[-1].end()
            segments = [rest, *segments[k + 1:]]
            cut = True
            break
    if len(segments) < 2:
        return None
    if any(not seg.strip() or _NUMERIC.match(seg.strip()) for seg in segments):
        return None
    if any(_VERBISH.search(seg) for seg in segments[1:]):
        return None
    if any(ch.isdigit() for ch in region) or any(_NESTED.search(seg) for seg in segments):
        return None
    names = _names(segments)
    if names is None:
        return None
    lo, hi, inner_deng = names
    deng = bool(m.group("deng"))
    if lo > n:
        verdict = "many"
    elif hi < n and not deng and not inner_deng and n <= 12:
        clear = cut or quoted_run or (lstart == 0 or text[lstart - 1] in "：:（(“") or bool(_LEAD.match(segments[0]))
        if not clear:
            return None
        verdict = "few"
    else:
        return None
    count_text = m.group("num") + m.group("cls")
    abs_start = s.start + lstart
    abs_end = s.start + m.end("cls")
    shown_n = lo if verdict == "many" else hi
    zh = (f"列举了{shown_n}项, 文中写“{count_text}”" if lo == hi
          else f"列举了{lo}至{hi}项, 文中写“{count_text}”")
    en = (f"the list names {shown_n} items, the text says “{count_text}”" if lo == hi
          else f"the list names {lo} to {hi} items, the text says “{count_text}”")
    return C.violation(
        Span(abs_start, abs_end), zh, en,
        severity="warning",
        help_zh="让数目与列举的项目一致, 或补上遗漏的项目; 有意不列全时用“等”",
        help_en="make the count match the list, or add the missing item; use 等 when the list is deliberately incomplete",
        data={"expected": str(shown_n), "stated": count_text},
    )


_PAREN = lazy_re(
    rf"(?P<num>{_NUM}|[2-9]|1\d)(?P<cls>个|项|家|所|名|位|条|座|处|类|种)(?P<noun>[{HAN}]{{0,10}})[（(](?P<items>[^（）()\d]+)[）)]"
)


_INTRO = lazy(r"^(?:包括|分别是|分别为|即|如)")


def _check_paren(s: C.Sentence, m) -> Violation | None:
    before_char = s.text[m.start() - 1] if m.start() else ""
    if before_char in _BEFORE_BAD or before_char.isdigit():
        return None
    n = _count_value(m.group("num"))
    items = m.group("items").strip()
    items = _INTRO.sub("", items)
    if n is None or "其中" in items or "、" not in items:
        return None
    segments = _split_top(items)
    if segments is None or any(not seg.strip() for seg in segments):
        return None
    if any(_VERBISH.search(seg) for seg in segments):
        return None
    lo, hi, inner_deng = _names(segments)
    deng = items.endswith("等") or inner_deng
    if lo > n or (hi < n and not deng):
        shown_n = lo if lo > n else hi
        count_text = m.group("num") + m.group("cls")
        return C.violation(
            Span(s.start + m.start(), s.start + m.end()),
            f"括号内列举了{shown_n}项, 文中写“{count_text}”",
            f"the brackets name {shown_n} items, the text says “{count_text}”",
            severity="warning",
            help_zh="让数目与括号内列举的项目一致",
            help_en="make the count match the names in brackets",
            data={"expected": str(shown_n), "stated": count_text},
        )
    return None


_NAMED_AFTER = lazy(
    rf"(?P<num>{_NUM})(?P<cls>个|项|家|所|名|位|条|座|处|类|种|方面|件|批|大)(?P<noun>\p{{Han}}{{0,10}})"
    # 推行四项计划:「甲」、「乙」及「丙」。: a colon alone may introduce the names
    r"(?:[,，:：]\s*(?:分别是|分别为|包括|即|具体是|主要是)[:：]?|[:：]\s*)(?P<items>[^,，。;；:：()（）\d]+)(?P<end>[;；。]|$)"
)


def _check_named_after(s: C.Sentence, m) -> Violation | None:
    """建成3个示范村,分别是甲村、乙村、丙村、丁村: the names after the count."""
    before_char = s.text[m.start() - 1] if m.start() else ""
    if before_char in _BEFORE_BAD or before_char.isdigit() or before_char == ".":
        return None
    n = _count_value(m.group("num"))
    items = m.group("items").strip()
    if n is None or n < 2 or "、" not in items or _MARKER.match(items):
        return None  # 三项工作:一是抓好A、B;二是…: the items are numbered, the list is one of them
    segments = _split_top(items)
    if segments is None or any(not seg.strip() or _NUMERIC.match(seg.strip()) for seg in segments):
        return None
    if any(_VERBISH.search(seg) for seg in segments[1:]):
        return None
    lo, hi, inner_deng = _names(segments)
    deng = items.rstrip().endswith(("等", "等等")) or inner_deng
    if lo > n or (hi < n and not deng):
        shown_n = lo if lo > n else hi
        count_text = m.group("num") + m.group("cls")
        return C.violation(
            Span(s.start + m.start(), s.start + m.end("items")),
            f"列举了{shown_n}项, 文中写“{count_text}”",
            f"the list names {shown_n} items, the text says “{count_text}”",
            severity="warning",
            help_zh="让数目与列举的项目一致, 或补上遗漏的项目",
            help_en="make the count match the list, or add the missing item",
            data={"expected": str(shown_n), "stated": count_text},
        )
    return None


_HEADED = lazy(
    rf"(?P<num>[两二三四五六七八九十]|[2-9])(?P<cls>个|项|点|条|方面|大)(?P<noun>\p{{Han}}{{0,8}})[:：]\s*"
    r"(?=一是|1[.、．](?!\d)|[（(][1一][)）]|①)"
)
# the items of a run on one line: 一是…二是…, 1.…2.…, （1）…（2）…, （一）…（二）…, ①…②…
_ORDINAL_IS = lazy(
    r"(?:^|(?<=[;；。,，:：\s]))(?:(?P<ord>[一二三四五六七八九十]{1,2})是|(?P<ar>\d{1,2})[.、．](?!\d)"
    r"|[（(](?P<par>\d{1,2})[)）]|[（(](?P<cpar>[一二三四五六七八九十]{1,2})[)）]|(?P<circ>[①②③④⑤⑥⑦⑧⑨⑩]))"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# what _HEADED ends with: a colon, then its look-ahead (the first item)
_HEADED_ITEM = lazy_re(r"[:：]\s*(?=一是|1[.、．](?!\d)|[（(][1一][)）]|①)")
# a colon that white space alone follows to the end of its line (\r\n, \r or \n, as doc.lines breaks)
_COLON_ENDS_LINE = lazy_re(r"[:：](?=[^\S\r\n]*(?:[\r\n]|$))")
# the same marker at the start of a line (see _STYLES)
_LINE_STYLE = {"ar": "arabic", "par": "aparen", "cpar": "paren"}


def _ordinal(om) -> tuple[str, int | None]:
    """(style, value) of an item marker."""
    style = om.lastgroup
    raw = om.group(style)
    if style == "circ":
        return style, _CIRCLED.index(raw) + 1
    return style, int(raw) if raw.isdigit() else parse_chinese(raw)


def _check_headed(doc, line_text: str, line_start: int, m, following: str = "") -> Violation | None:
    """采取了三项措施:一是…;二是…;三是…;四是… (or 1.…2.…, （1）…（2）…): the run of
    numbered items after the count, on its line."""
    before_char = line_text[m.start() - 1] if m.start() else ""
    if (before_char in _BEFORE_BAD or before_char.isdigit()) and not line_text[: m.start()].endswith(("以下", "如下")):
        return None
    n = _count_value(m.group("num"))
    if n is None or n < 2:
        return None
    run = 0
    style = None
    for om in _ORDINAL_IS.finditer(line_text, m.end()):
        kind, value = _ordinal(om)
        if style is None:
            style = kind
        elif kind != style:
            continue  # items of another level inside the run
        if value == run + 1:
            run += 1
        elif run:
            break
    if run < 2 or run == n:
        return None
    if run < n and style != "ord" and _marker(following) == (_LINE_STYLE.get(style), run + 1):
        return None  # 1.…2.… on this line, and the next line goes on with 3.…
    count_text = m.group("num") + m.group("cls")
    return C.violation(
        Span(line_start + m.start(), line_start + m.end("noun")),
        f"后面列了{run}条, 文中写“{count_text}”",
        f"the numbered run that follows has {run} items, the text says “{count_text}”",
        severity="warning",
        help_zh="让数目与后面列出的条目一致",
        help_en="make the count match the items that follow",
        data={"expected": str(run), "stated": count_text},
    )


# cheap tests first: a count is a numeral right before its classifier; the names after a
# count follow one of a few words
# _NUM written to open with one character class: a pattern that starts with alternatives of
# classes gives the stdlib engine no first character to skip to, so it would try every
# branch at every character; the look-behinds say which first character takes which tail
_NUM_CLASS_FIRST = r"[两二三四五六七八九十1-9](?:(?<=十)[一二]?|(?<=1)[0-2]|(?<=[两二三四五六七八九2-9]))"
# (_COUNT_HINT is only asked whether a count stands in a sentence, searched from its start
# (its look-behinds would see before a later ``pos``): spelt from the classifier, rarer than
# the numerals, with look-behinds for the numerals _NUM allows right before it: one of
# 两…九, 十 or 2-9, 一 after 十, 0 or 1 after 1; 方 counts only as 方面)
_COUNT_HINT = lazy_re(
    r"[个项大类种家条所座名位支批件块级张场届片点站化处方](?:(?<!方)|(?=面))"
    r"(?:(?<=[两二三四五六七八九十2-9].)|(?<=十一.)|(?<=1[01].))"
)
_NAMED_HINT = lazy_re("分别是|分别为|包括|即|具体是|主要是|:|：")  # literals only: the engine skips to their first characters


# what _COUNT holds at its 等/quote-free core: every match has it at its start or one or
# two characters in (after 等 and an opening quote)
_COUNT_CORE = lazy_re(rf"{_NUM_CLASS_FIRST}(?:{_CLS})")  # (?:{_NUM})(?:{_CLS}), found faster


def _counts(text: str, pos: int = 0):
    """``_COUNT.finditer(text, pos)``, tried only where a numeral and a classifier stand (and up
    to two characters before): the same matches, without running the pattern from every
    character of the sentence (its optional 等 and quote give the engine no first
    character to look for)."""
    core = _COUNT_CORE.search
    match = _COUNT.match
    # matches do not overlap: the next one starts at or after the last one's end (pos)
    tried = pos - 1  # starts already tried, so that nearby cores do not try one twice
    c = core(text, pos)
    while c is not None:
        j = c.start()
        for at in range(max(j - 2, pos, tried + 1), j + 1):
            tried = at
            m = match(text, at)
            if m is not None:
                yield m
                pos = m.end()
                break
        c = core(text, max(j + 1, pos))
    return


# what every match of _PAREN and of _NAMED_AFTER opens with (their numeral and classifier),
# spelt to open with one character class, as _COUNT_CORE is
_PAREN_CORE = lazy_re(rf"(?:{_NUM_CLASS_FIRST}|1\d)(?:个|项|家|所|名|位|条|座|处|类|种)")
_NAMED_CORE = lazy_re(rf"{_NUM_CLASS_FIRST}(?:个|项|家|所|名|位|条|座|处|类|种|方面|件|批|大)")


def _at_cores(core, pattern, text: str):
    """``pattern.finditer(text)``, with the pattern tried only where ``core``, which every
    match of it opens with, matches (matches are never empty, so the next one starts at
    or after the last one's end)."""
    c = core.search(text)
    while c is not None:
        m = pattern.match(text, c.start())
        if m is not None:
            yield m
            c = core.search(text, m.end())
        else:
            c = core.search(text, c.start() + 1)


def _check_sentences(doc) -> Iterable[Violation]:
    for _prev, s in C.sentences(doc):
        text = s.text
        if "、" not in text:
            # “甲”“乙”“丙”四个项目: quoted names one after another (see _QUOTE_RUN)
            if "”“" in text and _COUNT_HINT.search(text) is not None:
                for m in _counts(text, text.find("”“")):
                    v = _check_list(s, m)
                    if v is not None:
                        yield v
            continue
        if _COUNT_HINT.search(text) is None:
            continue  # every pattern below holds a count, and a list of names split by 、
        # a list ends right before its count: counts before the first 、 have none (and,
        # holding no 、 themselves, do not change which counts follow it)
        for m in _counts(text, text.find("、")):
            v = _check_list(s, m)
            if v is not None:
                yield v
        if "(" in text or "（" in text:
            for m in _at_cores(_PAREN_CORE, _PAREN, text):
                v = _check_paren(s, m)
                if v is not None:
                    yield v
        if _NAMED_HINT.search(text) is not None:
            for m in _at_cores(_NAMED_CORE, _NAMED_AFTER, text):
                v = _check_named_after(s, m)
                if v is not None:
                    yield v


def _check_headed_runs(doc) -> Iterable[Violation]:
    sp = C.split(doc)
    joined = sp.text
    paras = sp.paragraphs
    starts = [para[0].start for para in paras]
    # the count ends with a colon right before the first item (一是, 1., （1）, ①): only
    # paragraphs holding one are looked at
    with_colon = sorted({bisect_right(starts, c.start()) - 1 for c in _HEADED_ITEM.finditer(joined)} - {-1})
    for i in with_colon:
        start, end = paras[i][0].start, paras[i][-1].end
        if joined.find(":", start, end) < 0 and joined.find("：", start, end) < 0:
            continue  # the colon lies after the paragraph's last sentence
        text = joined[start:end]
        following = joined[start + len(text):start + len(text) + 80].lstrip("。！？!?；;，, \t\r\n\u3000")
        for m in _HEADED.finditer(text):
            v = _check_headed(doc, text, start, m, following)
            if v is not None:
                yield v


# 做了以下三个方面的工作: at the end of a line, then headings (一、/(一)/1./一是) below it
_HEADING_COUNT = lazy(
    rf"(?P<num>[两二三四五六七八九十]|[2-9])(?P<cls>个|项|点|条|方面|大)(?P<noun>\p{{Han}}{{0,8}})[:：]\s*$"
)
_STYLES = (
    ("paren", lazy(r"^\s*[（(](?P<n>[一二三四五六七八九十]{1,3})[)）]")),
    ("dun", lazy(r"^\s*(?P<n>[一二三四五六七八九十]{1,3})[、.．]")),
    ("arabic", lazy(r"^\s*(?P<n>\d{1,2})(?:[、.．](?!\d)|[)）])")),
    ("aparen", lazy(r"^\s*[（(](?P<n>\d{1,2})[)）]")),
    ("shi", lazy(r"^\s*(?P<n>[一二三四五六七八九十]{1,3})是")),
)


def _marker(text: str) -> tuple[str, int] | None:
    for style, rx in _STYLES:
        m = rx.match(text)
        if m:
            n = m.group("n")
            value = int(n) if n.isdigit() else parse_chinese(n)
            if value:
                return style, value
    return None


def _check_heading_runs(doc) -> Iterable[Violation]:
    """A count closing its line, against the numbered headings that follow it."""
    text = C.normalized(doc)
    lines = doc.lines
    # only the colons with nothing but white space after them on their line (most colons of
    # a draft are inside a line, 主要做法：…); the test below is the exact one
    with_colon = sorted({doc.line_of(c.start()).number - 1 for c in _COLON_ENDS_LINE.finditer(text)})
    for i in with_colon:
        line = lines[i]
        lt = text[line.start:line.end]
        if lt.rstrip()[-1:] not in (":", "："):
            continue  # the count ends its line with a colon (only white space after it)
        m = _HEADING_COUNT.search(lt)
        if not m:
            continue
        before_char = lt[m.start() - 1] if m.start() else ""
        if (before_char in _BEFORE_BAD or before_char.isdigit()) and not lt[: m.start()].endswith(("以下", "如下")):
            continue
        n = _count_value(m.group("num"))
        # the style of the heading this line sits under is not the style of its items
        parent = next((mk[0] for ln in reversed(lines[:i]) if (mk := _marker(text[ln.start:ln.end]))), None)
        own = _marker(lt)
        style, run = None, 0
        for at, ln in enumerate(lines[i + 1:], i + 1):
            mk = _marker(text[ln.start:ln.end])
            if mk is None:
                if style is None and text[ln.start:ln.end].strip():
                    break  # the items must start on the next non-blank line
                continue
            if style is None:
                if mk[1] != 1 or mk[0] in (parent, own[0] if own else None):
                    break
                style, run = mk[0], 1
                nxt = text[lines[at + 1].start:lines[at + 1].end] if at + 1 < len(lines) else ""
                if style == "shi" and text[ln.start:ln.end].rstrip()[-1:] in ("。", ";", "；") and not nxt.strip():
                    # 一是…;二是…;三是…;四是…。 as one paragraph below the count (not a wrapped one
                    # that goes on in the next line)
                    for om in _ORDINAL_IS.finditer(text, ln.start, ln.end):
                        kind, value = _ordinal(om)
                        if kind == "ord" and value == run + 1:
                            run += 1
                continue
            if mk[0] == style:
                if mk[1] != run + 1:
                    break
                run += 1
            elif mk[0] == parent or (own and mk[0] == own[0]):
                break
        if n is None or run < 2 or run == n:
            continue
        count_text = m.group("num") + m.group("cls")
        yield C.violation(
            Span(line.start + m.start(), line.start + m.end("noun")),
            f"下面列了{run}条, 文中写“{count_text}”",
            f"{run} numbered items follow, the text says “{count_text}”",
            severity="warning",
            help_zh="让数目与下面列出的条目一致",
            help_en="make the count match the items that follow",
            data={"expected": str(run), "stated": count_text},
        )


def check(doc, options) -> Iterable[Violation]:
    """Lists in sentences and counts before a 一是 run, offsets mapped back to the document;
    a count that closes its line against the numbered headings below it."""
    yield from C.remap(doc, _check_sentences(doc))
    yield from C.remap(doc, _check_headed_runs(doc))
    yield from _check_heading_runs(doc)
