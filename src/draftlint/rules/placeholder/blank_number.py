"""A measure word or unit where a number must be, but the number is missing.

What it finds: a count or amount whose figure a template left empty:

- a gap before a unit: ``投资额在 万元以上的项目 个``, ``参合率达 %``, ``接待来访群众 人次``,
  ``清理垃圾 余吨``;
- a unit with nothing before it: ``,万元以上项目``, ``投资万元``, ``增长%``
  (``亿元以上项目`` is left alone: it means projects of 100 million or more);
- a measure word straight after a count verb: ``涉及个村``, ``已有个完成``, ``配套条道路``;
- a measure word straight after a word for a whole area: ``辖区个社区``, ``全镇个村``;
- ``个`` closing a clause after a noun: ``新上项目个,``;
- a measure word that repeats the last character of its noun, or stands after it with a gap,
  at the end of a clause: ``新增贷款客户户;``, ``成立关爱队 队,``, ``办理行政案件 起,``;
- a measure word that also ends everyday words (户 份 起 名 张 笔 片 件 处 例 亩, 班期) or a unit of
  two characters, after a noun at the end of a clause that counts something (a count verb, a
  whole area or a period before it): ``完成辅具适配份。``, ``全年医疗纠纷起,``, ``新建厂房平方米,``;
  any one-character unit straight after a quantifier (``人数达到人,``, ``可达亿元。``);
- ``个百分点`` straight after a verb of change: ``同比增长个百分点``;
- a table cell holding only its unit in a row of figures: ``| 手续费收入 | 1,268万元 | % |``;
- a ratio with its second term missing: ``师生比为1:``;
- ``第`` with no number after it: ``召开第届运动会``, ``第 季度``;
- a date with a part left blank, whatever the others hold: ``2023年  月  日``, ``1月 日``,
  ``2023年  月5日``, and the blank day of ``20XX年3月  日`` (its placeholder year is PH101's);
  or with no figure at all: ``2024年月日``, ``截至年月底``, ``于月日召开``, ``2023年　月``;
- the later items of an enumeration of blanks: ``涉及个镇、个村`` (both ``个``).

A gap is a gap whatever its width (one space, two, an ideographic space) and script
(``戶數  戶``, ``嫌疑人  人``, ``共  件``).

It stays quiet on ordinary words that hold the same characters (``个人``, ``个别``,
``各个``, ``整个``, ``这个``, ``一个``, ``有所``, ``配套条件``, ``单位``, ``万元户``),
on ``3月 日常``, ``1月 日本`` (日 starts a word), on words that end in a measure word
(``排查调处,``, ``发放到户,``, ``仍然紧张,``, ``警示教育片,``, ``油菜花节,``, ``黄金期,``),
on a unit column headed 单位 and on ``于月底前`` (by the end of the month),
on amounts given in Chinese numerals (``上万元``, ``近亿元``, ``数十个``), on spaced
form labels (``姓  名``, ``联 系 人:``), on the labels of the articles of a collection
(``篇1``, ``篇二``), on table headers and cells (``增长率%``,
``金额 万元`` before a tab or a column of spaces, or alone in a short line) and on a
figure separated from its unit by a space (``60 %``).

Why it matters: a sentence that says how many without a number reads as finished at a
glance, so the gap survives proof-reading and reaches the reader as nonsense.

Example:
  Bad: 我乡共引进投资额在 万元以上的项目 个。
  Good: 我乡共引进投资额在1000万元以上的项目3个。

Fix: fill in the figure; if it is not known yet, rewrite the sentence without it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable, Iterator

import re
from functools import lru_cache

import regex

from ...lazyre import lazy, lazy_re

from ...document import Document
from ...types import Span, Text, Violation
from ._fill import (
    APPROX_CHARS,
    DETERMINER_CHARS,
    DIGITS,
    MAY_BE_HAN,
    NUMERAL_CHARS,
    SPACES,
    alternation,
    char_at,
    char_class,
    compiled,
    covered_by_word,
    data_list,
    dedupe,
    in_stretches,
    literal_scans,
    literal_starts,
    is_han,
    matches_at,
    outside_code,
    scan_pays,
    word_at,
    word_set,
)

CODE = "PH111"
NAME = "blank-number"
SEVERITY = "error"

# Units that are amounts only with a figure in front: 万元 after a comma or a verb is a
# blank (在万元以上). 万亩 / 万人 / 万吨 are left out: 万亩茶园, 万人大会, 万吨级 are words.
# 亿元 is left out altogether: 亿元以上项目 means "projects of 100 million or more".
_MONEY = lazy_re(
    # (a blank follows one of the list's punctuation marks or a Han character that is no
    # numeral, as _bare_units asks: this scan drops those after a digit or a numeral, the nine
    # in ten after a figure, 1200万元, 三万元, so that they never reach Python. 万 comes first:
    # the stdlib engine looks for a literal fast.)
    "万(?<!%s万)(?:元|美元|人次)" % char_class(DIGITS | NUMERAL_CHARS))
# Approximators that never make 万 a figure by themselves: 约万元 lacks its figure (约1万元),
# while 上万元, 近万元, 逾万元 say "over / nearly ten thousand".
_NO_MAGNITUDE = frozenset("约")
_RANGE_AFTER = ("以上", "以下", "级")
# what 万元 measures "per": 万元GDP能耗, 万元工业增加值用水量
_PER_MONEY = ("GDP", "ＧＤＰ", "生产总值", "地区生产总值", "工业增加值", "增加值", "产值", "营业收入", "营收", "税收")
_PERCENT = lazy(r"[%％‰]")
# % after a character that may be Han or 、 (both at or above U+2E80): those after a figure
# (12%) are no blanks, and not one in ten is left to look at.
_PERCENT_AFTER_WORD = lazy_re(r"[%％‰](?<=" + MAY_BE_HAN + ".)", re.S)
_UNIT_LABEL = lazy(r"单位[ \t]*[:：][ \t]*\Z")
# a magnitude and a unit straight after what they would measure: 改革面积万亩, 产量万吨
_MEASURED_WORDS = ("面积", "产量", "总产", "总量", "规模", "总额", "金额", "容量", "里程", "收入", "营收", "产值", "利润",
                   "税收", "销售额", "营业额", "增加值", "总值", "投资", "贷款")
_MEASURED = lazy(r"(?<=%s)[万亿](?:亩|吨|平方米|立方米|公里|千瓦时|千瓦|元|人次)" % "|".join(_MEASURED_WORDS))
# Where a match of _MEASURED starts: a 万 / 亿 after the last character of what it measures,
# found by one literal search for each (see _fill.literal_starts: 2 ms over c300, where a
# scan for the class of those last characters took 7).
_MEASURED_STARTS = ("万亿", "(?<=%s.)" % char_class(w[-1] for w in _MEASURED_WORDS), re.S)
_CLAUSE_END = frozenset(",，。;；、:：)）!！?？")
_CLAUSE_END_CLASS = "".join(sorted(_CLAUSE_END))  # (for a character class)
_LEAD_PUNCT = frozenset(",，、;；:：(（")


_Hit = "tuple[int, int, str]"  # start, end, kind of blank ("unit" | "measure" | "ordinal" | "date")
_SENTENCE_PUNCT = frozenset(",，。;；!！?？")
_LABEL_MAX = 10


def _ends_a_label(text: str, end: int) -> bool:
    """Does a unit at ``end`` close a table cell or a column header (``增长率%``, ``金额 万元``)?

    It does before a tab, a run of spaces or a Markdown cell border, and at the end of a short line with
    no sentence punctuation (a Word table cell is a line of its own). A blank in running
    text sits inside a sentence or a longer list item.
    """
    if text.startswith(("\t", "  ", "\u3000\u3000"), end):
        return True  # the next column of a table laid out with spaces
    rest = text[end:end + 4].lstrip(" ")
    if rest[:1] in ("\t", "|"):
        return True
    if char_at(text, end) not in ("", "\r", "\n"):
        return False
    start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    line = text[start:end].strip()
    if "\t" in line:
        return True  # the last cell of a tab-separated row
    return len(line) <= _LABEL_MAX and not any(c in _SENTENCE_PUNCT for c in line)


def _gap_blanks(text: str) -> Iterable[_Hit]:
    """A Han character, a run of spaces, then a unit: ``在 万元``, ``项目 个``."""
    if not any(c in text for c in " \t\u3000\u00a0"):
        return  # (the pattern is compiled only for a text that may hold a gap)
    pat = _gap_pattern()
    for m in matches_at(pat, text, lambda t: (hit.start() for hit in _gap_starts().finditer(t))):
        gap_start = m.start()
        unit_start = gap_start + len(m.group()) - len(m.group().lstrip(SPACES).lstrip("余多").lstrip("万亿"))
        prev = char_at(text, gap_start - 1)
        if (prev in NUMERAL_CHARS and prev != "数") or prev in DETERMINER_CHARS:
            continue  # 十 个, 各 个 (but 户数  户: 数 ends a noun before a gap)
        if text[gap_start - 2 : gap_start] == "单位":
            continue  # a table's unit label: 单位 个
        if covered_by_word(text, unit_start, m.end(), "ph1_unit_words"):
            continue
        # a form label spaced out for layout: 姓  名, 日  期 — a label starts its line or cell,
        # so 结案  件 and 嫌疑人  人 (a noun, then the blank count) are not labels
        unit = text[unit_start : m.end()]
        # (a look-up in the word set: an alternation of its 1,453 words took 60 ms to compile,
        # in every process that meets a gap)
        if (not is_han(char_at(text, gap_start - 2)) and prev != unit[:1]
                and prev + unit in word_set("ph1_unit_words")[0]):
            continue
        if char_at(text, gap_start - 2) in SPACES or char_at(text, m.end()) in ":：":
            continue  # a label spaced out for layout: 联 系 人:
        if _ends_a_label(text, m.end()):
            continue
        yield gap_start, m.end(), "unit"


@lru_cache(maxsize=1)
def _gap_pattern() -> "regex.Pattern[str]":
    # (a magnitude may come first: 禽 万羽, 调用 万次)
    return compiled(r"(?<=\p{Han})[ \t\u3000\u00a0]+[余多]?[万亿]?(?:%s)" % alternation("ph1_units"))


@lru_cache(maxsize=1)
def _gap_starts() -> "re.Pattern[str]":
    """A blank after a character that may be Han, before (more blanks and) what may start a unit
    or its magnitude: where a match of _gap_blanks' pattern can start."""
    first = {u[0] for u in data_list("ph1_units")} | set("余多万亿")
    return re.compile(r"[ \t\u3000\u00a0](?<=%s.)(?=[ \t\u3000\u00a0]*%s)" % (MAY_BE_HAN, char_class(first)), re.S)


def _bare_units(text: str) -> Iterable[_Hit]:
    """万元 / % with no figure at all before them: ``,万元以上``, ``投资万元``, ``增长%``, and a
    magnitude with its unit right after what it measures: ``改革面积万亩``, ``产量万吨``."""
    # a pattern is searched (and compiled) only in a text that holds a character every match
    # of it holds
    if "万" in text or "亿" in text:
        for m in matches_at(_MEASURED, text, lambda t: literal_starts(literal_scans(*_MEASURED_STARTS), t)):
            if not text.startswith(_RANGE_AFTER, m.end()):  # 面积万亩以上: may mean ten thousand
                yield m.start(), m.end(), "unit"
    # (% after a word only, through its scan once that pays: see _fill.scan_pays)
    percent = _PERCENT_AFTER_WORD if scan_pays(_PERCENT_AFTER_WORD, text) else _PERCENT
    for pat, key_chars in ((_MONEY, "万"), (percent, "%％‰")):
        if not any(ch in text for ch in key_chars):
            continue
        for m in pat.finditer(text):
            prev = char_at(text, m.start() - 1)
            if pat is _MONEY:
                if not (prev in _LEAD_PUNCT or (is_han(prev) and prev not in NUMERAL_CHARS
                                                and (prev not in APPROX_CHARS or prev in _NO_MAGNITUDE))):
                    continue
                if text[m.start() - 2 : m.start()] == "单位" or _UNIT_LABEL.search(text[max(0, m.start() - 6):m.start()]):
                    continue  # 单位万元, 单位:万元: the unit of the figures that follow
                if prev in "(（[【" and char_at(text, m.end()) in ")）]】":
                    continue  # 计划投资(万元): the unit of a column or a figure, not a blank
                if prev not in _LEAD_PUNCT and text.startswith(_RANGE_AFTER, m.end()):
                    continue  # 投资万元以上: may mean ten thousand
                if text.startswith(_PER_MONEY, m.end()):
                    continue  # 万元GDP用水量: an indicator per ten thousand yuan, no blank
                if covered_by_word(text, m.start(), m.end(), "ph1_unit_words"):
                    continue
            else:
                # 分别达到%、%: after an enumeration comma too
                if not (is_han(prev) or prev == "、") or prev in NUMERAL_CHARS or _ends_a_label(text, m.end()):
                    continue
            yield m.start(), m.end(), "unit"


def _has_measure_word(text: str) -> bool:
    return any(word in text for word in data_list("ph1_measure_words"))


def _after_count_verb(text: str) -> Iterable[_Hit]:
    """A measure word right after a verb that counts: ``涉及个村``, ``配套条道路``; or a unit
    of two characters or more that is no magnitude after a word that only counts
    (``培训人数达人次``, ``共计平方米``: one character such as 人 or 元 would start ordinary
    words, 近亿元 is a figure, and 培训人次 a noun)."""
    if not _has_measure_word(text) and not _has_long_unit(text):
        return
    # (the scan that drops the measure words that start an ordinary word once it pays: its
    # look-ahead of those words compiles in a few milliseconds, see _fill.scan_pays)
    for start, end in _count_verb_hits(text, excluding=scan_pays(_count_verb_scan, text)):
        word = text[start:end]
        # (the look-up of words, the dearest test, comes last)
        nxt = char_at(text, end)
        if not nxt or nxt in "\r\n":
            continue
        if text.startswith(word, end):
            continue  # 家家整洁, 个个争先: a doubled measure word means "every"
        if nxt.isdigit() or (len(word) > 1 and nxt in NUMERAL_CHARS):
            continue  # 累计学时96学时, 有台61线: a quantity or a name whose figure follows
        if covered_by_word(text, start, end, "ph1_unit_words"):
            continue
        yield start, end, "measure"


def _count_verb_hits(text: str, excluding: bool = False) -> Iterator[tuple[int, int]]:
    """The spans of a measure word right after a count verb, or of a unit of two characters
    or more (no magnitude) right after a quantifier: the matches a search of the whole text
    for ``(?<=cue)(?:measure word)|(?<=quantifier)(?:unit)`` gives, each word the longest;
    ``excluding``: without the measure words that start an ordinary word (项目, 个人, 家庭:
    _after_count_verb drops them, see _count_verb_scan).

    One scan of the stdlib engine (see _count_verb_scan) decides it all in C; here only the
    words that overlap the last one are dropped, as a search would not find them."""
    end = 0
    for hit in _count_verb_scan(excluding).finditer(text):
        at = hit.end()
        if at < end:
            continue  # inside the last word (matches do not overlap)
        end = hit.end(hit.lastindex)
        yield at, end


@lru_cache(maxsize=2)
def _count_verb_scan(excluding: bool = False) -> "re.Pattern[str]":
    """The last character of a count verb (or a quantifier), the verb read back from after it
    and the measure word (or unit) after it in a look-ahead: its group spans the word.

    The class comes first, so that the stdlib engine scans for it in C, and the first
    characters of the words after it (a cheap test, before the verbs); the look-behinds need
    a fixed width, so there is one per length of the words. A look-ahead consumes nothing:
    a match ends at the seam, and a verb that ends inside the last word is still seen (the
    word after it is then dropped by _count_verb_hits, as a search drops overlapping ones).
    This replaces a ``regex`` pattern led by a look-behind of 125 verbs, tried at each of the
    seams a scan found (7,123 over c300, for 2,852 matches: _after_count_verb took 60 ms
    over c300 with it, 37 ms with this).

    ``excluding``: a measure word (of one character) that starts an ordinary word of
    ph1_unit_words (项目, 个人, 家庭, 条件: 2,276 of the 2,852 over c300) is no match. Such a
    word overlaps the measure word and extends past it, so _after_count_verb's look-up of
    words drops the measure word anyway; found in C, it never reaches Python. (The
    alternation is atomic and the test follows it, so that the quantifier's alternative is
    not tried where the count verb's matched; a dropped word of one character hides no
    later match from _count_verb_hits, as the next seam lies after it.)"""
    cues = data_list("ph1_count_cues")
    before = {w[-1] for w in cues} | {q[-1] for q in _QUANTIFIERS}
    measures = sorted(set(data_list("ph1_measure_words")), key=lambda w: (-len(w), w))
    units = sorted(_cue_units(), key=len, reverse=True)
    first = {w[0] for w in measures} | {u[0] for u in units}
    words = "%s(?=(%s))|%s(?=(%s))" % (_ends_with(cues), "|".join(map(re.escape, measures)),
                                       _ends_with(_QUANTIFIERS), "|".join(map(re.escape, units)))
    if excluding and all(len(w) == 1 for w in measures):
        starting = [w for w in data_list("ph1_unit_words") if w[0] in measures and len(w) > 1]
        words = "(?>%s)(?(1)(?!%s))" % (words, _trie(starting))
    else:
        words = "(?:%s)" % words
    return re.compile("%s(?=%s)%s" % (char_class(before), char_class(first), words))


def _trie(words: "Iterable[str]") -> str:
    """A stdlib pattern that matches where one of ``words`` starts: the words as a tree of
    their characters (the engine tries an alternation's branches one by one; in a tree each
    character is compared once), the branches of one character as a class."""
    tree: dict = {}
    for word in set(words):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        if "" in node:
            return ""  # a word ends here: enough for "a word starts there"
        ends = [ch for ch, sub in node.items() if list(sub) == [""]]
        more = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch not in ends]
        if ends:
            more.insert(0, char_class(ends) if len(ends) > 1 else re.escape(ends[0]))
        return more[0] if len(more) == 1 else "(?:%s)" % "|".join(more)

    return branch(tree)


def _ends_with(words: "Iterable[str]") -> str:
    """A look-behind (one per length, as the stdlib engine needs) for ``words`` ending here."""
    return "(?:%s)" % "|".join("(?<=%s)" % "|".join(ws) for _n, ws in _escaped_by_length(words))


def _escaped_by_length(words: "Iterable[str]") -> list[tuple[int, list[str]]]:
    """``words`` (each once, escaped for the stdlib engine) grouped by length, shortest first:
    a look-behind of that engine needs a fixed width, so each length gets its own."""
    by_length: dict[int, list[str]] = {}
    for w in sorted(set(words)):
        by_length.setdefault(len(w), []).append(re.escape(w))
    return sorted(by_length.items())


@lru_cache(maxsize=1)
def _cue_units() -> tuple[str, ...]:
    """Units of two characters or more that are no number themselves: 近亿元, 上万亩 say
    "nearly a hundred million", "over ten thousand" (the magnitude is the figure)."""
    return tuple(u for u in data_list("ph1_units") if len(u) >= 2 and u[0] not in _MAGNITUDES)


_MAGNITUDES = frozenset("十百千万亿萬億")
# the cues a unit may follow: words that only count (培训人次, 接待人次 are nouns)
_QUANTIFIERS = ("达到", "共计", "合计", "累计", "总计", "达", "共", "计", "逾", "超过")


def _has_long_unit(text: str) -> bool:
    return any(u in text for u in _cue_units())


def _after_scope(text: str) -> Iterable[_Hit]:
    """A measure word right after a word for a whole area: ``辖区个社区``, ``全镇个村``, and 个
    right after a place's name: ``○○县个乡镇``, ``青山区个街道``."""
    if not _has_measure_word(text):
        return
    starts = lambda t: (hit.end() for hit in _scope_seams().finditer(t))  # noqa: E731
    for m in matches_at(_scope_pattern(), text, starts):
        if covered_by_word(text, m.start(), m.end(), "ph1_unit_words"):
            continue  # 全镇个体工商户, 全市场
        if text.startswith(m.group(), m.end()):
            continue  # 全镇家家户户: a doubled measure word means "every"
        yield m.start(), m.end(), "measure"


@lru_cache(maxsize=1)
def _scope_pattern() -> "regex.Pattern[str]":
    return compiled(r"(?:(?<=(?:%s))(?:%s)|(?<=(?:\p{Han}|[○×xX]{2})[县市区镇乡旗])个)(?=\p{Han})"
                    % (alternation("ph1_scope_words"), alternation("ph1_measure_words")))


@lru_cache(maxsize=1)
def _scope_seams() -> "re.Pattern[str]":
    """The character before every match of _scope_pattern: the last of a word for a whole area
    or of a place, before a measure word or 个."""
    before = {w[-1] for w in data_list("ph1_scope_words")} | set("县市区镇乡旗")
    first = {w[0] for w in data_list("ph1_measure_words")} | {"个"}
    return re.compile(char_class(before) + "(?=" + char_class(first) + ")")


def _words_before_clause_end(text: str, words: tuple[str, ...], pattern: "regex.Pattern[str]",
                             dropped_after: frozenset[str] = frozenset()) -> Iterable[tuple[int, int]]:
    """The spans of the matches of ``pattern``, a search for ``(?<=\\p{Han})(?:words)(?=[clause
    end])``: before each clause's end, the longest of ``words`` that ends there with a Han
    character before it. (The words hold no punctuation, so a word that ends before a clause's
    end ends before that one, and the matches of such a search do not overlap.)

    That search itself while it has searched little (a check of one small draft: the pattern
    compiles in half the time of the scan; see _fill.scan_pays), then one scan of the stdlib
    engine (see _clause_end_words) for the longest word with a character that may be Han
    before it; only where that character is no Han (、 ，) is a shorter word looked up here.
    The scan may leave out the words after one of ``dropped_after`` (Han characters: the
    caller drops those words anyway)."""
    if not scan_pays(pattern, text):
        return [m.span() for m in pattern.finditer(text)]
    return _scanned_words_before_clause_end(text, words, dropped_after)


def _scanned_words_before_clause_end(text: str, words: tuple[str, ...],
                                     dropped_after: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """The spans of _words_before_clause_end, from the scan (without the words after one of
    ``dropped_after``)."""
    scan, word_set, lengths = _clause_end_words(words, dropped_after)
    for hit in scan.finditer(text):
        end = hit.end()
        start = hit.start(hit.lastindex)
        if not is_han(text[start - 1]):
            start = next((end - n for n in lengths if end - n > start and text[end - n:end] in word_set
                          and is_han(text[end - n - 1])), -1)
            if start < 0:
                continue
        yield start, end


@lru_cache(maxsize=None)
def _clause_end_words(words: tuple[str, ...], dropped_after: frozenset[str] = frozenset(),
                      ) -> tuple["re.Pattern[str]", frozenset[str], tuple[int, ...]]:
    """A scan for the last character of one of ``words`` before a clause's end (the class first:
    the stdlib engine scans for it in C), then the word read back with a character that may be
    Han before it: one look-behind per length (they need a fixed width), longest first, each
    word in a group. With the words as a set and their lengths, longest first.

    It replaces a scan for the last characters, a look-up of every word that could end there
    and a ``regex`` pattern tried at each start found (over c300, the two rules that ask took
    70 ms with those, 59 ms with this).

    ``dropped_after`` (Han characters): no match where the longest word stands after one of
    them (一个, 各位, 5万亩: the callers drop a word after a numeral or a determiner; over c300
    3,567 of the 7,445 words the two callers were handed). The look-behinds are atomic and
    the test follows them, so that no shorter word is read back instead; a word after a Han
    character is the word the callers are handed (a shorter one is looked for only after a
    character that is no Han)."""
    groups = _escaped_by_length(words)[::-1]  # longest first
    behind = "|".join("(?<=%s(%s))" % (MAY_BE_HAN, "|".join(ws)) for _n, ws in groups)
    if dropped_after:
        assert all(is_han(c) for c in dropped_after)
        test = ""  # (group k holds the words of the k-th length: the one that matched decides)
        for k in range(len(groups), 0, -1):
            test = "(?(%d)(?<!%s.{%d})|%s)" % (k, char_class(dropped_after), groups[k - 1][0], test)
        behind = "(?>%s)%s" % (behind, test)
    else:
        behind = "(?:%s)" % behind
    scan = re.compile("%s(?=%s)%s" % (char_class(w[-1] for w in words), char_class(_CLAUSE_END), behind), re.S)
    return scan, frozenset(words), tuple(n for n, _ws in groups)


@lru_cache(maxsize=1)
def _number_before() -> frozenset[str]:
    """What a measure word or unit after it has its number from (一个, 各位, 5万亩): the callers
    of _words_before_clause_end drop the words after these (those that are Han, as its scan
    needs)."""
    return frozenset(c for c in NUMERAL_CHARS | DETERMINER_CHARS if is_han(c))


_FIGURE_THEN_WORD = lazy(r"[0-9０-９]\p{Han}{2,3}\Z")
_OPEN_LABEL = lazy(r"[(（]\p{Han}{1,5}\Z")
_FIGURE_BEFORE_GAP = lazy(r"[0-9０-９][ \t\u3000\u00a0]+\Z")  # 出动队伍 180 队次: the figure is there


def _measure_at_clause_end(text: str) -> Iterable[_Hit]:
    """A measure word after a noun at the end of a clause: ``新上项目个,``, ``举办消费季活动场,``,
    ``检查场所家,``, ``设施设备维保次,``. A measure word other than 个 may also close a compound
    unit after its figure (``86件次,``, ``两梯次,``, ``个村次,``, ``XX站次,``), stand in brackets
    (``(家次)``) or end a word (``范文之家``): those are no blanks."""
    if not _has_measure_word(text):
        return
    for start, end in _words_before_clause_end(text, data_list("ph1_measure_words"), _clause_end_measure_pattern(),
                                               _number_before()):
        word = text[start:end]
        prev, before_prev = char_at(text, start - 1), char_at(text, start - 2)
        if prev in NUMERAL_CHARS or prev in DETERMINER_CHARS:
            continue
        if word != "个" and (prev == "之" or before_prev.isdigit() or before_prev in NUMERAL_CHARS
                             or before_prev in "(（个" or before_prev in _SLOT_CHARS
                             or (before_prev in SPACES and (prev in _GAP_COMPOUNDS or _FIGURE_BEFORE_GAP.search(
                                 text, max(0, start - 12), start - 1)))):  # 来访 件次; 180 队次
            continue
        if word != "个" and _FIGURE_THEN_WORD.search(text, max(0, start - 5), start):
            continue  # 检查516病区次: a compound unit after its figure
        if char_at(text, end) in ")）" and _OPEN_LABEL.search(text, max(0, start - 6), start):
            continue  # (新春场): a label in brackets names a show, it counts nothing
        if covered_by_word(text, start, end, "ph1_unit_words"):
            continue
        yield start, end, "measure"


@lru_cache(maxsize=1)
def _clause_end_measure_pattern() -> "regex.Pattern[str]":
    return compiled(r"(?<=\p{Han})(?:%s)(?=[%s])" % (alternation("ph1_measure_words"), regex.escape(_CLAUSE_END_CLASS)))


# A ratio with its second term missing: 师生比为1:, 配比达到3:。
_RATIO_OPEN = lazy(r"比(?:例)?(?:为|是|达到?|约为?|保持在)?[ \t]*[0-9]+(?:\.[0-9]+)?[ \t]*[:：](?=[ \t]*(?:[。，,；;)）]|$))",
                   regex.MULTILINE)


def _open_ratios(text: str) -> Iterable[_Hit]:
    """A ratio whose second term is missing: ``师生比为1:``."""
    if "比" not in text:
        return
    for m in _RATIO_OPEN.finditer(text):
        yield m.end() - 1, m.end(), "ratio"


# Measure words that also end the noun they count (客户 户, 作业组 组, 结对 对) or start other
# words (起草, 组织, 队伍, 对于): a blank only where the clause ends right after them.
_NOUN_MEASURES = "户组队对起宗例件份名家所项位台场套座批条次篇辆"
# Determiners that may stand before a spaced measure word (每  人, 各  户); 名单 人次 and 探头 个
# end in 单 and 头, which only take a measure word straight after them (单个, 头个).
_GAP_DETERMINERS = frozenset("这那每各整某哪逐另该此本其")
# The first characters of compound units a gap may stand before (来访 件次, 出动 车次): the gap's
# finding covers the whole unit.
_GAP_COMPOUNDS = "人件户场台车批架艘"


def _noun_measure_blanks(text: str) -> Iterable[_Hit]:
    """A measure word that repeats the last character of its noun, or follows it after a gap,
    and closes the clause: ``新增贷款客户户;``, ``作业组 组,``, ``办理行政案件 起,``. A doubled
    word of its own (``家家户户,``, ``一个个``) is no blank."""
    if not any(c in text for c in _NOUN_MEASURES + "个则里"):
        return
    for m in matches_at(_noun_measure_pattern(), text, _noun_measure_starts):
        if m.group("m"):
            start = m.end() - 1
            before = char_at(text, m.start() - 1)
            if before == m.group("m") or before in NUMERAL_CHARS or before in DETERMINER_CHARS:
                continue  # 户户户, 一个个, 各户户
            if text[max(0, m.start() - 2):m.start()] in ("家家", "村村", "人人", "事事", "处处"):
                continue  # 家家户户, 村村户户
            yield start, m.end(), "measure"
        else:
            prev = char_at(text, m.start() - 1)
            if prev in NUMERAL_CHARS or prev in _GAP_DETERMINERS or char_at(text, m.end()) in ":：":
                continue  # (姓  名: is a form label spaced out)
            yield m.start(), m.end(), "unit"


@lru_cache(maxsize=1)
def _noun_measure_pattern() -> "regex.Pattern[str]":
    return compiled(r"(?<=\p{Han})(?:(?P<m>[%s])[ \t\u3000\u00a0]*(?P=m)|[ \t\u3000\u00a0]+(?P<g>[%s]次|[%s个则里]))(?=[%s])"
                    % (_NOUN_MEASURES, _GAP_COMPOUNDS, _NOUN_MEASURES, regex.escape(_CLAUSE_END_CLASS)))


# The character before the last measure word of a match of _noun_measure_pattern: a blank or
# the doubled measure word itself. (One class first: the stdlib engine scans for it in C; a
# pattern that starts with an alternation is tried at every character, three times slower.)
_BEFORE_LAST_MEASURE = lazy_re(r"[ \t\u3000\u00a0%s](?=[%s个则里][%s]|(?<=[ \t\u3000\u00a0])[%s]次[%s])"
                               % (_NOUN_MEASURES, _NOUN_MEASURES, re.escape(_CLAUSE_END_CLASS),
                                  _GAP_COMPOUNDS, re.escape(_CLAUSE_END_CLASS)))


def _noun_measure_starts(text: str) -> list[int]:
    """Ascending offsets where a match of _noun_measure_pattern can start, found back from the
    character before its last measure word: the doubled word itself (户户,), or a run of
    blanks, which the match starts (客户  户,) or follows the first measure word of (客户户  户
    is no such case: the first word stands right before the blanks)."""
    out = set()
    for hit in _BEFORE_LAST_MEASURE.finditer(text):
        i = hit.start()
        if text[i] not in _BLANKS:
            out.add(i)
            continue
        while i > 0 and text[i - 1] in _BLANKS:
            i -= 1
        out.add(i)
        if i > 0:
            out.add(i - 1)
    return sorted(out)


_BLANKS = frozenset(" \t\u3000\u00a0")


# Measure words that also end everyday words (客户, 照片, 查处, 紧张, 一起, 姓名): after a noun at
# the end of a clause they are a blank only where the clause counts something.
_COUNTED_MEASURES = "户份起名张笔片件处例亩期"
# Words that say the clause gives a period's count: 全年医疗纠纷起, 本季度流失名.
_PERIODS = ("全年", "年内", "年度", "季度", "半年", "今年", "本月", "当月", "本季", "全季", "本期")
# A quantifier straight before the measure word: 录取人数达到人, 模组约片.
_QUANT_BEFORE = lazy(r"(?:达到|超过|共计|合计|累计|总计|约|近|逾|达|共)\Z")
_BARE_QUANT_BEFORE = lazy(r"(?:达到|共计|合计|累计|总计|约|达|共)\Z")
_CLAUSE_START = lazy(r"[,，。;；:：!！?？\n]")
_CLAUSE_LOOKBACK = 30
_SLOT_CHARS = frozenset("xXｘＸ×*＊○□")


def _counted_noun_blanks(text: str) -> Iterable[_Hit]:
    """A measure word that also ends everyday words, after a noun at the end of a clause that
    counts: ``完成辅具适配份。``, ``引进人才名,``, ``全年医疗纠纷起,``, ``拦截可疑申请笔,``,
    ``全年上门服务人次。``, ``新建标准化厂房平方米,`` (a unit of two characters or more);
    or any single-character unit straight after a quantifier: ``录取人数达到人,``, ``模组约片,``,
    and 万元 / 亿元 after one that makes no magnitude of them: ``年产值可达亿元。``.

    The clause counts when it holds a count verb (完成, 引进, 办理 …), a whole area (全镇) or
    a period (全年, 本季度) before the noun. Ordinary words ending in the character are no
    blanks (``排查调处,``, ``发放到户,``, ``仍然紧张,``, ``立案查处。``, ``活动照片``), nor is
    a figure's own unit (``412户,``, ``三名,``, ``余份``)."""
    if not any(c in text for c in _COUNTED_MEASURES) and "人" not in text and "元" not in text \
            and not _has_long_unit(text):
        return
    for start, end in _words_before_clause_end(text, _counted_words(), _counted_pattern(), _number_before()):
        word = text[start:end]
        prev = text[start - 1]
        if prev in NUMERAL_CHARS or prev in DETERMINER_CHARS or prev == word:
            continue  # 412户, 各户, and 家家户户 or 客户户 (doubled: _noun_measure_blanks decides)
        if covered_by_word(text, start, end, "ph1_unit_words") or _tail_of_unit(text, start, end):
            continue
        if any(c in _SLOT_CHARS for c in text[max(0, start - 3):start]):
            continue  # ××县件: the noun itself is a slot (PH101's)
        if word[0] in "万亿":
            # 可达亿元: no figure; 近亿元, 逾万元 say "nearly / over" the magnitude itself
            if _BARE_QUANT_BEFORE.search(text, max(0, start - 2), start):
                yield start, end, "unit"
            continue
        if _QUANT_BEFORE.search(text, max(0, start - 2), start):
            yield start, end, "measure"
            continue
        if word == "人":
            continue  # 负责人, 老人, 立德树人: only a quantifier before it makes it a count
        if word == "期" and prev != "班":
            continue  # 培训班期 counts sessions; 黄金期, 窗口期 are periods
        # (人次 after a noun: 全年服务人次。 — the noun 服务人次 needs its figure after it)
        if _clause_counts(text, start):
            yield start, end, "measure"


@lru_cache(maxsize=1)
def _counted_pattern() -> "regex.Pattern[str]":
    return compiled(r"(?<=\p{Han})(?:%s|[万亿]元|[%s人])(?=[%s])" % (
        "|".join(regex.escape(u) for u in _counted_units()), _COUNTED_MEASURES, regex.escape(_CLAUSE_END_CLASS)))


@lru_cache(maxsize=1)
def _counted_words() -> tuple[str, ...]:
    """Every word _counted_pattern matches."""
    return (*_counted_units(), "万元", "亿元", *_COUNTED_MEASURES, "人")


@lru_cache(maxsize=1)
def _counted_units() -> tuple[str, ...]:
    """Units of two characters or more, longest first, that a counted noun may lack a figure
    before: 平方米, 公里, 人次; not the other …次 (航次, 测次, 轮次 are nouns of their own)."""
    units = [u for u in _cue_units() if u == "人次" or not u.endswith("次")]
    return tuple(sorted(units, key=len, reverse=True))


def _tail_of_unit(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` ends a longer unit (the 公里 of 12.5平方公里)."""
    return any(len(u) > end - start and text.startswith(u, end - len(u)) for u in _long_units_ending(text[end - 1]))


@lru_cache(maxsize=None)
def _long_units_ending(ch: str) -> tuple[str, ...]:
    return tuple(u for u in data_list("ph1_units") if len(u) > 1 and u.endswith(ch))


# 个百分点 after a verb of change: 较上年增长个百分点.
_BLANK_POINTS = lazy(r"(?<=增长|下降|提高|降低|上升|减少|增加|回落|扩大|缩小|高出|低于|高于)个百分点")


def _blank_points(text: str) -> Iterable[_Hit]:
    """``个百分点`` straight after a verb of change: ``同比增长个百分点``."""
    if "百分点" not in text:
        return
    for m in _BLANK_POINTS.finditer(text):
        yield m.start(), m.end(), "measure"


def _clause_counts(text: str, end: int) -> bool:
    """True if the clause before ``end`` holds a count verb, a whole area or a period."""
    lo = max(0, end - _CLAUSE_LOOKBACK)
    begin = lo
    for b in _CLAUSE_START.finditer(text, lo, end):
        begin = b.end()
    clause = text[begin:end]
    return (any(p in clause for p in _PERIODS)
            or bool(_count_cue_pattern().search(clause)))


@lru_cache(maxsize=1)
def _count_cue_pattern() -> "regex.Pattern[str]":
    return compiled("(?:%s|%s)" % (alternation("ph1_count_cues"), alternation("ph1_scope_words")))


# A table cell holding a unit and nothing else, in a row whose other cells hold figures:
# | 手续费收入 | 1,268万元 | % | (the growth rate left out). Not in a column whose header is
# the unit's (单位, 计量单位), nor in the header row itself.
_UNIT_CELL = lazy(r"(?:%|％|‰|万元|亿元|元|人|个|户|件|次|人次|吨|亩|家|项)")
_UNIT_HEADERS = ("单位", "计量单位", "单 位")


def _blank_cells(doc: Document) -> Iterable[_Hit]:
    if "|" not in doc.simplified:
        return  # (nor are the tables read: start-up of a one-draft check)
    from ..arithmetic._tables import tables  # the document's tables, read once and shared with AR

    for table in tables(doc):
        for row in table.rows:
            if not any(ch.isdigit() for cell in row for ch in cell.text):
                continue
            for col, cell in enumerate(row):
                if _UNIT_CELL.fullmatch(cell.text) and not any(h in table.column(col) for h in _UNIT_HEADERS):
                    yield cell.start, cell.end, "unit"


# The next item of an enumeration: 、 then the same kind of blank (个镇、个村, 个镇、  个村, 个镇和个村).
_LISTING = lazy(r"[、]|以及|和|及|与")
_NEXT_ITEM = lazy(r"\p{Han}{1,8}?(?:[、,，]|以及|和|及|与)[ \t\u3000]*")


def _enumerated(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Blank counts that follow a blank count in an enumeration: ``涉及个镇、个村、个组``.

    The first blank is found by its count verb; the items after the enumeration comma have no
    verb of their own, so each is taken when it is a measure word (or a gap and a measure
    word) straight after the comma, followed by a noun, with no figure anywhere.
    """
    out: list[_Hit] = []
    todo = [h for h in hits if h[2] in ("measure", "unit")]
    seen = {(s, e) for s, e, _k in hits}
    while todo:
        _start, end, _kind = todo.pop()
        item = _NEXT_ITEM.match(text, end)
        if not item or not _LISTING.search(item.group()) and not text.startswith(("个", "個"), item.end()):
            continue  # a plain comma continues an enumeration only in front of 个 (项目个,个村)
        at = item.end()
        mw_end = word_at(text, at, "ph1_measure_words")
        if mw_end < 0 or not is_han(char_at(text, mw_end)) or text.startswith(text[at:mw_end], mw_end):
            continue
        if covered_by_word(text, at, mw_end, "ph1_unit_words"):
            continue  # 个镇、个别村: 个别 is a word
        gap = item.group()[len(item.group().rstrip(SPACES)):]
        hit = (at - len(gap) if gap else at, mw_end, "measure")
        if (hit[0], hit[1]) not in seen:
            seen.add((hit[0], hit[1]))
            out.append(hit)
            todo.append(hit)
    return out


def _message(kind: str, found: str) -> tuple[str, str]:
    if kind == "date":
        return (f"日期“{found}”未填写: 请填入实际日期", f"the date “{found}” is not filled in: write the real date")
    if kind == "ratio":
        return (f"比例“{found}”缺少后项: 请填入实际数字", f"the ratio “{found}” lacks its second term: fill in the figure")
    if kind == "ordinal":
        return (f"“{found}”缺少序号: 请填入实际数字", f"“{found}” lacks its number: fill in the ordinal")
    if kind == "measure":
        return (f"量词“{found}”前缺少数字: 请填入实际数字",
                f"the number before the measure word “{found}” is missing: fill in the figure")
    return (f"“{found}”前缺少数字: 请填入实际数字", f"the number before “{found}” is missing: fill in the figure")


def _find(doc: Document, options: dict) -> Iterable[Violation]:
    text = doc.simplified
    hits = [*_gap_blanks(text), *_bare_units(text), *_after_count_verb(text), *_measure_at_clause_end(text),
            *_noun_measure_blanks(text), *_counted_noun_blanks(text), *_blank_points(text), *_blank_cells(doc), *_open_ratios(text), *_after_scope(text), *_blank_dates(text),
            *_ordinal_blanks(text)]
    hits += _enumerated(text, hits)
    found = []
    for start, end, kind in hits:
        if text[end - 1] == "篇" and _ARTICLE_LABEL.match(text, end - 1):  # (the pattern starts with 篇)
            continue  # 篇1, 篇一: the label of an article in a collection, not a count
        found.append(Violation(Span(start, end), _message_text(kind, doc.text[start:end].strip())))
    return dedupe(found)


@lru_cache(maxsize=4096)
def _message_text(kind: str, found: str) -> Text:
    """The message of a finding, made once per kind and text (findings repeat their texts:
    c300 has 2,764 findings; records are immutable, so one serves them all)."""
    return Text(*_message(kind, found))


# 篇 followed by a number labels an article of a collection (篇1:, 篇二).
_ARTICLE_LABEL = lazy(
    r"篇[ \t\u3000]*(?:[0-9０-９]|[一二三四五六七八九十]{1,3}(?=[:：、.．,，)）】\]\s]|$))", regex.M)

# 第 straight before a measure word: the ordinal number is missing (第届, 第 季度).
_DI_WORDS = frozenset("府宅门科甲及落次品等")  # 府第, 门第, 及第, 次第, 等第 …
_ORDINAL = lazy(r"第[ \t\u3000]*(?:届|次|期|批|个|项|条|款|章|节|篇|轮|季度|名|位|号|阶段|年度)")


def _ordinal_blanks(text: str) -> Iterable[_Hit]:
    """``第`` with no number after it: ``召开第届运动会``, ``第 季度``."""
    if "第" not in text:
        return  # (and the pattern is not compiled: start-up)
    for m in _ORDINAL.finditer(text):
        if char_at(text, m.start() - 1) in _DI_WORDS:
            continue  # 府第位于…, 门第观念: 第 closes a word here
        yield m.start(), m.end(), "ordinal"


_BLANK_DATE = lazy(r"年[ \t\u3000]+月[ \t\u3000]+日")
# 年月日 with nothing before it at all, where a date must stand: ——年月日在…会议上, （年月日）
_BARE_DATE = lazy(r"(?:(?<=^[ \t\u3000]*)|(?<=[—\-－(（:：]))年月日(?![时期])", regex.MULTILINE)

# A date written in parts, each a figure or a gap: 2023年  月5日, 1月 日, 2023年5月 日.
# A month (and day) written with no figure at all: 2024年月日, 截至年月底, 于月日召开. 月底 after
# 于 alone is ordinary speech (于月底前完成: by the end of the month), so it needs the year.
_UNWRITTEN_MONTH = lazy(
    r"(?:(?<=[0-9０-９]{4}年|[〇○零一二三四五六七八九十]{4}年|(?:截至|截止|截止到|于|在|至|到)年)月(?:日|底|末)"
    r"|(?<=截至|截止|于|在|至|到)月日)(?![均常期用报度间内])"
    # 2023年　月, 截至　月底: the month left as a gap
    r"|(?:(?<=[0-9０-９]{4}年)|(?<=截至|截止|定于|订于))[ \t\u3000]+月(?![0-9０-９度刊报薪])"
)
_MONTHS = lazy_re(r"月(?:(?=[日底末])|(?<=[ \t\u3000]月))")
_DATE_BLANKS = " \t\u3000"


def _month_starts(text: str) -> list[int]:
    """Ascending offsets where a match of _UNWRITTEN_MONTH can start: a 月 before 日 / 底 / 末,
    and every blank of a run of blanks before a 月, read back from the 月s a literal search
    finds (a 月 with one of those after it or a blank before it: over c300 2 ms, where a scan
    of the class of 月 and the blanks took 9)."""
    starts: list[int] = []
    for hit in _MONTHS.finditer(text):
        at = hit.start()
        gap = at
        while gap > 0 and text[gap - 1] in _DATE_BLANKS:
            gap -= 1
        starts += range(gap, at)
        if text[at + 1:at + 2] in ("日", "底", "末"):
            starts.append(at)
    return starts
_DATE_NUM = r"(?:[0-9０-９]{1,4}|[〇○零一二三四五六七八九十]{1,4})"
_DATE_GAP = r"[ \t\u3000]+"
_PART_DATE = lazy(
    rf"(?:(?P<y>{_DATE_NUM}|{_DATE_GAP})年)?(?P<m>{_DATE_NUM}|{_DATE_GAP})月(?P<d>{_DATE_NUM}|{_DATE_GAP})[日号]")
# 日 starting a word after a gap: 3月 日常工作, 1月 日本代表团 — no blank day
_DATE_LEAD = lazy(r"(?:于|定于|订于|截至|截止|自)[ \t\u3000]*\Z")
_RI_WORDS = frozenset("本常报期益趋均子记语夜用光照程志历间内渐臻新化军方元商寇落出晚暮")
# a slot of PH101 just before the date: 20XX年3月  日 is that rule's finding
_SLOT_BEFORE_DATE = lazy(r"(?:[xXｘＸ×*＊○□△_＿]+年)\Z")


def _blank_dates(text: str) -> Iterable[_Hit]:
    """A date with a part left as a gap: ``2023年  月  日``, ``年 月 日``, ``1月 日``, ``2023年  月5日``,
    or with no figure at all: ``2024年月日``, ``截至年月底``, ``于月日召开``.

    A gap for the month counts only after a year (``每 月 日常`` is no date); a day part
    followed by a word that starts with 日 (``3月 日常``) is no blank; a date whose year is a
    placeholder run and whose month is blank too (``20XX年 月 日``) is left to PH101, but a
    blank day after a filled month (``20XX年3月  日``) is a second thing to fill in.
    """
    if not any(ch in text for ch in "月日号"):
        return  # every date found holds one (and no pattern is compiled: start-up)
    for m in _BLANK_DATE.finditer(text):
        yield m.start(), m.end(), "date"
    if "年月日" in text:
        for m in _BARE_DATE.finditer(text):
            yield m.start(), m.end(), "date"
    if "月日" in text or "月底" in text or "月末" in text or " 月" in text or "\u3000月" in text or "\t月" in text:
        for m in matches_at(_UNWRITTEN_MONTH, text, _month_starts):
            yield m.start(), m.end(), "date"
    for m in _part_dates_with_gap(text):
        parts = {k: m.group(k) for k in "ymd"}
        gaps = [k for k, v in parts.items() if v is not None and not v.strip()]
        if not gaps or gaps == ["y"]:
            continue  # no gap, or a year gap only ("今年 3月5日" reads as spacing)
        if "m" in gaps and parts["y"] is None and not _DATE_LEAD.search(text, max(0, m.start() - 3), m.start()):
            continue  # (会议于  月  日召开: 于 says a date follows)
        if "d" in gaps and char_at(text, m.end()) in _RI_WORDS:
            continue
        if gaps != ["d"] and _SLOT_BEFORE_DATE.search(text, max(0, m.start() - 8), m.start()):
            continue  # 20XX年 月 日: one blank date, PH101's
        first = min(m.start(k) for k in gaps)
        # from the 年 / 月 before the first gap; a leading year gap starts at its 年
        start = first - 1 if first > m.start() else (m.end("y") if parts["y"] is not None else first)
        yield start, m.end(), "date"


# Every character a date of _PART_DATE can hold: a date lies within one stretch of these.
_PART_DATE_CHARS = "0123456789０１２３４５６７８９〇○零一二三四五六七八九十 \t\u3000年月日号"
_PART_DATE_STRETCH = lazy("[" + regex.escape(_PART_DATE_CHARS) + "]+")
# A gap before 月, 日 or 号: found from the part, one literal search for each of the three
# (see _fill.literal_starts: 7 -> 4 ms over c300), the gap the character before it
_PART_AFTER_GAP = ("月日号", r"(?<=[ \t\u3000].)", re.S)


def _part_dates_with_gap(text: str) -> Iterable["regex.Match[str]"]:
    """The matches of _PART_DATE in the stretches of date characters that have a gap before
    月, 日 or 号: a date without one has no month or day gap, the only ones reported (a search
    of the whole text tries every figure and numeral; searched stretch by stretch, _PART_DATE
    finds the same dates there)."""
    seeds = ((at - 1, at + 1) for at in literal_starts(literal_scans(*_PART_AFTER_GAP), text))
    return in_stretches(_PART_DATE, seeds, _PART_DATE_CHARS, _PART_DATE_STRETCH, text, from_seed_end=False)


def check(doc: Document, options: dict) -> Iterable[Violation]:
    return list(outside_code(doc, _find(doc, options)))
