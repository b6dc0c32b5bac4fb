"""A run of placeholder marks (xx, **, ××, ○○, □□, __) left where a name or number belongs.

What it finds: runs such as ``xx镇``, ``XX村``, ``20xx年``, ``20**年``, ``**镇``,
``x万元``, ``x.x%``, ``xxx同志``, ``****桃花节``, ``××``, ``＊＊``, ``○○``, ``□□``,
``△△`` and ``__`` that a template uses to mark a blank, in simplified and traditional
script. Each run is reported on its own, except that runs joined by a slash, a dash or 至 are one
compound blank (``20XX/XX学年``, ``20XX-20XX年度``, ``XX/XX``), and a date with two or more blank parts is one
blank spanning the whole date (``20XX年X月X日``, ``X月X日``, ``XXXX年XX月``, ``20XX.XX.XX``). A single ``*`` counts inside Chinese text of
a .txt (``(*新城)``, ``活力*、生态*``, ``以*同志为核心``). A single ``x`` counts only
where it stands for a number, a date or a name (``x所``, ``x万元``, ``x月x日``,
``x镇``, ``X书记``). A single ``×`` counts after 第 and before a date part (``第×届``,
``×月×日``) or a unit, never next to a digit or a letter (``3×4``). A single ``○`` / ``□``
counts only in a number slot: between digits
(``1□5万元``), after a digit (``2○人``), or after a Chinese character and before a unit or a
measure word (``共○人``, ``新增○台``, ``2023年○月○日``).

It stays quiet on Latin words, model numbers and arithmetic (``XXL``, ``x86``,
``3×4``, ``iPhone X``, ``Windows XP``), on Chinese numerals written with ○
(``二○○八年``), on a lone ``○`` / ``□`` used as a bullet or a tick box
(``○ 加强领导``, ``○人员培训``, ``在□内打勾``, ``□是 □否``), on lines that are only a row of marks (a divider), on a star that is
explained (``带*的为预计数``), and in Markdown files on ``**bold**``, ``__bold__``,
``* `` bullets, ``***`` rules and code; a Markdown run counts only where a CommonMark
renderer would show it as text (``20**年``).

Why it matters: a report that still says ``xx乡`` or ``**年`` was sent without being
filled in; the reader sees at once that the text is a template.

Example:
  Bad: 现将xx镇20xx年上半年工作总结如下。
  Good: 现将青山镇2023年上半年工作总结如下。

Fix: replace every run with the real name, year or figure; if the figure is unknown,
rewrite the sentence without it.
"""

from __future__ import annotations

import re
from functools import lru_cache
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

import regex

from ...lazyre import lazy, lazy_re

from ...document import Document
from ...types import Span, Text, Violation
from ._fill import (
    ASCII_ALNUM,
    ASCII_LETTERS,
    DIGITS,
    NUMERAL_CHARS,
    char_at,
    covered_by_word,
    data_list,
    in_stretches,
    literal_scans,
    literal_starts,
    is_han,
    markdown_markup,
    outside_code,
    shown,
    word_at,
    word_set,
)

CODE = "PH101"
NAME = "placeholder-run"
SEVERITY = "error"

# A run of marks: xx, XX, x.x; ×× ** ○○ □□ △△ __ (two or more, but one * will do); OOO, or OO
# before a Han character (OO村, ＯＯ产物保险), typed for ○○○ (学务主任 OOO 敬陈), not inside a
# Latin word or a code. The first mark is one class, the rest of the run follows the mark it
# starts with: the stdlib engine scans for a leading class in C, where a pattern led by an
# alternation (as this was, for the regex engine) is tried at every character. The stdlib
# engine has no \p{Han}: "OO before a Han character" is asked as "OO before no character
# below U+2E80" (none is Han; a class that ends at U+2E7F compiles faster than one up to
# U+10FFFF), and _runs keeps only the runs before a Han character.
_RUN = lazy_re(
    r"[xXｘＸ×*＊○□△_＿OＯ]"
    r"(?:(?<=[xXｘＸ])[xXｘＸ]*(?:[.．][xXｘＸ]+)?"
    r"|(?<=×)×+|(?<=[*＊])[*＊]*|(?<=○)○+|(?<=□)□+|(?<=△)△+|(?<=[_＿])[_＿]+"
    r"|(?<=[OＯ])(?<![A-Za-zＡ-Ｚａ-ｚ0-9-].)(?:[OＯ]{2,}|[OＯ](?![\x00-\u2e7f]))"
    r"(?![A-Za-zＡ-Ｚａ-ｚ0-9-]))",
    re.S,
)
# A character every match of _RUN holds, and the blanks of a separated date: a text without
# any is not searched (nor are the patterns compiled: start-up of a one-draft check).
_RUN_CHARS = "xXｘＸ×*＊○□△_＿OＯ"
_X_CHARS = "xXｘＸ"
# Chinese numerals that a ○ next to it makes a zero (二○○八年), not a blank.
_CN_DIGITS = frozenset("〇○零一二三四五六七八九十")
_OPENERS = frozenset("（(“‘、，,：:")
_CLOSERS = frozenset("、，,）)”’：:；;")
_MARKING = frozenset("带标加打注有用")
_DATE_PARTS = frozenset("年月日号")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_YEAR_HEADS = ("1", "2", "19", "20", "199", "200", "201", "202")


# A unit, a place or a title: what a lone ``x`` must stand before to be a blank.
_NAME_OR_UNIT = ("ph1_units", "ph1_place_suffixes", "ph1_titles")


def _after_single_x(text: str, end: int) -> bool:
    """Does what follows a lone ``x`` show that it stands for a number or a name?"""
    rest = text[end : end + 8]
    if rest[:1] == "某" or rest.startswith(("先生", "女士")):
        return True  # 项目经理X某, 区长X先生: a name (half) left to fill in
    if rest[:1] in _DATE_PARTS:
        return True  # x月x日
    if rest.startswith(_LEADER_WORDS):
        return True  # 以X新时代…思想: a leader's name
    unit_end = word_at(rest.lstrip("余多") if rest[:1] in "余多" else rest, 0, *_NAME_OR_UNIT)
    if unit_end < 0:
        return False
    unit_start = end + (1 if rest[:1] in "余多" else 0)
    return not covered_by_word(text, unit_start, unit_start + unit_end, "ph1_unit_words")


# what a leader's name is written before (以X新时代中国特色社会主义思想, X重要讲话精神)
_LEADER_WORDS = ("新时代", "重要讲话", "重要指示", "总书记")

# a label a person's name is written after: 汇报人:X, 联系人：X
_NAME_LABEL = lazy(r"(?:汇报人|报告人|述职人|填报人|联系人|负责人|审核人|经办人|撰稿人|起草人|签名|姓名)[:：][ \t\u3000]*\Z")


def _name_after_label(text: str, start: int, end: int) -> bool:
    """``汇报人:X``: a lone X where a person's name is written, the rest of the line empty."""
    nxt = char_at(text, end)
    return (not nxt or nxt in "\r\n \t\u3000,，;；。") and _NAME_LABEL.search(text, max(0, start - 10), start) is not None


def _year_start(text: str, start: int, length: int) -> int | None:
    """Where a year with blanked digits (20xx, 201x, 20**) starts, or None if it is no year.

    The digits belong to the slot; ``3x``, ``2xx级`` are not years and are left alone.
    """
    j = start
    while char_at(text, j - 1) in DIGITS:
        j -= 1
    if (start - j) + length != 4 or text[j:start].translate(_FULLWIDTH) not in _YEAR_HEADS:
        return None
    return j


def _lone_star(doc: Document, text: str, start: int, prev: str, nxt: str) -> bool:
    """A single ``*`` stands for a name only inside Chinese text: ``(*新城)``, ``活力*、``, `` *镇``.

    Not in Markdown (emphasis), not as a bullet at the start of a line, and not as a
    footnote mark at the end of a sentence (``数据*。``).
    """
    if doc.kind == "md":
        return False
    line = doc.line_of(start)
    if not text[line.start:start].strip():
        return False
    if prev in _MARKING or nxt == "号":
        return False  # 带*的为预计数, *号: the star is explained, not a blank
    before_ok = is_han(prev) or prev in _OPENERS or (prev.isspace() and is_han(nxt))
    after_ok = is_han(nxt) or nxt in _CLOSERS
    return before_ok and after_ok and not (prev in _OPENERS and nxt in _CLOSERS)


def _blank_pair(text: str, line, start: int, end: int, md_marked: set[int]) -> bool:
    """``现有在编人员**人,其中执业医师**人``: Markdown would pair the stars as bold, but when
    both runs of the pair stand between a word and its unit, they are numbers left blank
    (``现有**党员**人数`` is bold: its first run is not followed by a unit)."""
    runs = [(m.start(), m.end()) for m in regex.finditer(regex.escape(text[start]) + "+", text, pos=line.start, endpos=line.end)
            if m.start() - line.start in md_marked]
    if (start, end) not in runs:
        return False
    k = runs.index((start, end))
    partner = runs[k ^ 1] if (k ^ 1) < len(runs) else None
    return partner is not None and _before_unit(text, start, end) and _before_unit(text, *partner)


def _before_unit(text: str, start: int, end: int) -> bool:
    """A run between a word and its unit (not after a numeral: ``**五十**人`` is a bold
    number)."""
    prev = char_at(text, start - 1)
    if not is_han(prev) or prev in NUMERAL_CHARS:
        return False
    units, lengths = word_set("ph1_units")
    return any(text[end:end + n] in units for n in lengths)


def _is_slot(doc: Document, text: str, m: "regex.Match[str]", md_marked: set[int]) -> tuple[int, int] | None:
    start, end = m.start(), m.end()
    run = m.group()
    first = run[0]
    prev, nxt = char_at(text, start - 1), char_at(text, end)
    # A run of two marks or more between two Han characters (xx镇, 我镇**个, 县××局) passes every
    # test below: its line is no divider, no letter, digit or dot touches it. (Outside
    # Markdown for * and _, and unless a ○ stands by a Chinese numeral: 二○○八.) A quarter
    # of the runs of a report are decided so, with two cached look-ups.
    if (len(run) > 1 and is_han(prev) and is_han(nxt) and not (first in "*_" and doc.kind == "md")
            and not (first == "○" and (prev in _CN_DIGITS or nxt in _CN_DIGITS))):
        return start, end

    if first in "*＊_＿":
        line = doc.line_of(start)
        if (first in "*_" and doc.kind == "md" and any(i - line.start in md_marked for i in range(start, end))
                and not _blank_pair(text, line, start, end, md_marked)):
            return None
        if not line.text.strip().strip("*＊_＿-— \t\u3000"):
            return None  # a divider line
        if prev in ASCII_LETTERS or nxt in ASCII_LETTERS:
            return None  # a**b, __init__
        if first in "_＿" and (prev in ASCII_ALNUM or nxt in ASCII_ALNUM):
            return None
        if prev in DIGITS and nxt in DIGITS:
            return None  # 2**3
        if first in "*＊" and (not prev or prev.isspace()) and (not nxt or nxt.isspace()):
            return None  # a free-standing marker or bullet (** 重点工作), not a blank in a word
        if len(run) == 1 and not _lone_star(doc, text, start, prev, nxt):
            return None
        if prev in DIGITS:
            start = _year_start(text, start, len(run))
            if start is None:
                return None
    elif first in "○":
        if prev in _CN_DIGITS or nxt in _CN_DIGITS:
            return None
        if not doc.line_of(start).text.strip().strip("○ \t\u3000"):
            return None
    elif first in "□△×":
        if not doc.line_of(start).text.strip().strip(first + " \t\u3000"):
            return None
        if first == "×" and nxt in ASCII_LETTERS:
            return None  # ××L, a size (a run of two or more after a letter is a slot: G×××线)
    else:  # x / X
        if prev in ASCII_LETTERS or nxt in ASCII_LETTERS or nxt in DIGITS:
            return None
        if nxt in ".．@/:" and char_at(text, end + 1) in ASCII_ALNUM and not (
                nxt in "/／" and _SLOT_AFTER.match(text, end + 1)):
            return None  # xxx.com, xx@… (but 20XX/XX学年, XX/XX: a slot on both sides)
        if prev in ".．@/:" and char_at(text, start - 2) in ASCII_ALNUM and not (
                prev in "/／" and _SLOT_BEFORE.search(text, max(0, start - 9), start - 1)):
            return None
        dotted = "." in run or "．" in run
        phone = ((_PHONE_HEAD.search(text, max(0, start - 12), start)
                  or _PHONE_X_HEAD.search(text, max(0, start - 12), start))
                 if prev in DIGITS and len(run) >= 3 else None)
        if phone:
            return phone.start(), end  # 0571-8xxxxxxx, 0XXX-8XXXXXXX: a telephone number left blank
        if prev in DIGITS:
            start = _year_start(text, start, len(run))
            if start is None:
                return None
        elif len(run) == 1 and not dotted:
            if prev and not (is_han(prev) or not prev.isalnum()):
                return None
            if prev != "第" and not _after_single_x(text, end) and not _name_after_label(text, start, end):
                return None  # (第X人民医院, 第X届: an ordinal left blank)
    return start, end


# The area code and first digits of a telephone number whose other digits are x.
_PHONE_HEAD = lazy(r"(?<![0-9A-Za-z])[0-9]{2,4}[-－][0-9]{0,4}\Z")
# … and an area code of x's too (0XXX-8XXXXXXX)
_PHONE_X_HEAD = lazy(r"(?<![0-9A-Za-z])[0-9]{0,2}[xXｘＸ]{2,4}[-－][0-9]{1,4}\Z")
# A slot on the other side of a slash: 20XX/XX学年, XX/XX.
_SLOT_AFTER = lazy(r"[0-9]{0,3}[xXｘＸ]+(?![A-Za-z0-9])")
_SLOT_BEFORE = lazy(r"(?<![A-Za-z0-9])[0-9]{0,3}[xXｘＸ]+\Z")
# What joins two slots into one compound blank: 20XX/XX学年, 20XX-20XX年度, XX/XX, 20XX至20XX年.
_COMPOUND_JOINS = frozenset("/／-－—~～至到")


def _compounds(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Slots joined by a slash, a dash or 至 are one blank: ``20XX-20XX年度``."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and text[out[-1][1]:start] in _COMPOUND_JOINS and start - out[-1][1] == 1:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# A date written in parts (年 / 月 / 日), each part a figure or a slot: 20XX年X月X日, X月X日,
# 20××年××月××日, XXXX年XX月, 2023年X月X日.
_PART = r"(?:[0-9０-９]{0,3}(?:[xXｘＸ]+|×+|[*＊]+|○+|□+|△+|[_＿]+)|[0-9０-９]{1,4})"
_DATE = lazy(
    rf"(?<![0-9０-９A-Za-z])(?:{_PART}年{_PART}月(?:{_PART}[日号])?|{_PART}月{_PART}[日号])"
)


# A date written with dots, slashes or dashes: 20XX.XX.XX, XXXX/XX/XX.
_SEPARATED_DATE = lazy_re(
    r"(?<![0-9０-９A-Za-zｘＸ.．/-])([0-9]{0,3}[xXｘＸ]{1,4}|[0-9]{4})([.．/-])([0-9xXｘＸ]{1,2})\2([0-9xXｘＸ]{1,2})"
    r"(?![0-9A-Za-zｘＸ]|[.．/-][0-9A-Za-z])"
)
# Where such a date can be: a blank next to a separator (looked for first, in one scan). One
# class first, then which of the two it was: the stdlib engine scans for a leading class in
# C (four times as fast here as ``[xXｘＸ][.．/-]|[.．/-][xXｘＸ]``, which it tries at every
# character), and the matches are the same.
_SEPARATED_X = lazy_re(r"[xXｘＸ.．/-](?:(?<=[xXｘＸ])[.．/-]|(?<=[.．/-])[xXｘＸ])")


def _separated_dates(text: str) -> list[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    if not any(ch in text for ch in _X_CHARS):
        return []
    for hit in _SEPARATED_X.finditer(text):
        lo = max(0, hit.start() - 10)
        for m in _SEPARATED_DATE.finditer(text, lo, min(len(text), hit.end() + 10)):
            if m.start() <= hit.start() < m.end() and len(m.group(1)) == 4 and _HAS_X.search(m.group()):
                out.add((m.start(), m.end()))
    return sorted(out)


_HAS_X = lazy_re(r"[xXｘＸ]")


def _dates(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Two or more slots in one date are one blank, the whole date: ``20XX年X月X日``.

    Slots in different dates (``20XX年X月X日至20XX年X月X日``) or outside a date
    (``xxxx人…x所…xx个``) stay findings of their own.
    """
    out = list(spans)
    for start, end in _separated_dates(text):
        if not any(s < end and start < e and not (start <= s and e <= end) for s, e in out):
            out = [sp for sp in out if not (start <= sp[0] and sp[1] <= end)] + [(start, end)]
    out.sort()
    if len(out) < 2:
        return out
    for m in _dates_joining(out, text):
        d_start, d_end = m.span()
        inside = [sp for sp in out if d_start <= sp[0] and sp[1] <= d_end]
        if len(inside) < 2 or any(s < d_end and d_start < e and (s, e) not in inside for s, e in out):
            continue
        out = [sp for sp in out if sp not in inside] + [(d_start, d_end)]
    return sorted(out)


# Every character a date of _DATE can hold: a date lies within one stretch of these.
_DATE_CHARS = "0123456789０１２３４５６７８９xXｘＸ×*＊○□△_＿年月日号"
_DATE_STRETCH = lazy_re("[" + re.escape(_DATE_CHARS) + "]+")


def _dates_joining(spans: list[tuple[int, int]], text: str) -> Iterable["regex.Match[str]"]:
    """The matches of _DATE that can hold two or more of ``spans``: those of the stretches of
    date characters that do (a search of the whole text tries every figure of the report;
    searched stretch by stretch, _DATE finds the same dates there)."""
    count: dict[tuple[int, int], int] = {}
    first = last = -1  # the stretch of the span before (the spans are sorted)
    for start, end in spans:
        if not first <= start < last:  # (a span in the same stretch is in the same date, if any)
            m = _DATE_STRETCH.match(text, start)
            if m is None:
                continue
            first, last = start, m.end()
            while first > 0 and text[first - 1] in _DATE_CHARS:
                first -= 1
        if last < end:
            continue  # a slot with other characters in it (20XX-20XX) is inside no date
        count[first, last] = count.get((first, last), 0) + 1
    for (start, end), n in sorted(count.items()):
        if n >= 2:
            yield from _DATE.finditer(text, start, end)


def _find(doc: Document, options: dict) -> Iterable[Violation]:
    text = doc.simplified
    spans = _dates(_compounds(list(_slots(doc, text)), text), text)
    for start, end in spans:
        yield Violation(Span(start, end), _message(shown(doc.text, start, end)), _HELP)


# A report holds many findings (c300: 6,758) and few distinct texts (153 runs, with the
# character after them a few hundred): each message is made once per text, and the help is
# one record (records are immutable), where each finding built its own (a quarter of the
# rule's time).
_HELP = Text("把占位符换成实际的名称、年份或数字", "replace the placeholder with the real name, year or number")


@lru_cache(maxsize=4096)
def _message(found: str) -> Text:
    return Text(f"未填写的占位符“{found}”: 请填入实际内容", f"unfilled placeholder “{found}”: fill in the real name or figure")


def _runs(text: str) -> Iterable["re.Match[str]"]:
    """The runs of marks in ``text``: the matches of _RUN, but OO only before a Han character."""
    if not any(ch in text for ch in _RUN_CHARS):
        return
    for m in _RUN.finditer(text):
        if m.end() - m.start() == 2 and m.group()[0] in "OＯ" and not is_han(char_at(text, m.end())):
            continue  # OO before no Han character (the end, 、 …): no OO is found after it either
        yield m


def _slots(doc: Document, text: str) -> Iterable[tuple[int, int]]:
    md_cache: dict[int, set[int]] = {}
    for m in _runs(text):
        md_marked: set[int] = set()
        if doc.kind == "md" and m.group()[0] in "*_":
            line = doc.line_of(m.start())
            if line.number not in md_cache:
                md_cache[line.number] = markdown_markup(line.text)
            md_marked = md_cache[line.number]
        span = _is_slot(doc, text, m, md_marked)
        if span is not None:
            yield span
    yield from _digit_marks(text, doc.kind)
    yield from _mixed_figures(text)


# A figure whose digits are partly X (1XX32元, X112元, 21.X%, X00万元) before a unit or %.
_MIXED = lazy(r"(?<![A-Za-z0-9.．])(?=[0-9.．]*[xXｘＸ])(?=[xXｘＸ.．]*[0-9])[0-9xXｘＸ]+(?:[.．][0-9xXｘＸ]+)?(?![A-Za-z0-9])")
_DIMENSION = lazy(r"[0-9]+[xXｘＸ][0-9]+")  # 3x4米, 100x100: a size, not a blank
_YEAR_RUN = lazy(r"(?:19|20)[0-9]?[xXｘＸ]+")  # 20XX: a run, found as one
_ARCHITECTURE = lazy(r"[xX](?:86|64|32)")


def _mixed_figures(text: str) -> Iterable[tuple[int, int]]:
    """Figures with some digits left as X before a unit, a measure word or ``%``
    (``人均生产总值1XX32元``, ``比增21.X%``); not sizes (``3x4米``), not years (``20XX年``, found
    as a run), not model names (``x86``, ``X1`` are not followed by a unit)."""
    if "x" not in text and "X" not in text and "ｘ" not in text and "Ｘ" not in text:
        return
    for m in _mixed_matches(text):
        token = m.group()
        if _DIMENSION.fullmatch(token) or _YEAR_RUN.fullmatch(token):
            continue
        if _ARCHITECTURE.fullmatch(token):
            continue  # x86, x64: a processor architecture
        rest = text[m.end():m.end() + 8]
        if rest[:1] in "%％‰" or (word_at(rest.lstrip("余多"), 0, *_COUNT_WORD) >= 0
                                  and not rest.startswith(("年", "月", "日", "号"))):
            yield m.start(), m.end()


# Every character a match of _MIXED holds or its look-aheads read: a match lies within one
# stretch of these, and one that holds an X (the first look-ahead needs one).
_MIXED_CHARS = "0123456789.．xXｘＸ"
_MIXED_RUN = lazy_re("[" + re.escape(_MIXED_CHARS) + "]*")


def _mixed_matches(text: str) -> Iterable["regex.Match[str]"]:
    """The matches of _MIXED, searched only in the stretches of figure characters around an
    X (_MIXED starts with look-arounds, so a search of the whole text tries them at every
    character). Each stretch is searched with the character after it in view, so that the
    closing ``(?![A-Za-z0-9])`` reads the text as a whole search does (the look-behind
    reads the text before the stretch anyway)."""
    seeds = ((at, at + 1) for at in literal_starts(literal_scans(*_X_BY_A_DIGIT), text))
    return in_stretches(_MIXED, seeds, _MIXED_CHARS, _MIXED_RUN, text, from_seed_end=True, look_ahead=1)


# An X next to a digit or a dot (1X, X5, X.5, 2.X): a match of _MIXED holds an X and a digit,
# so the closest such pair in its stretch, an X with only dots between it and a digit, is one
# of these (a seed per X would take every XX of the report). A seed more (x.x) only has a
# stretch searched that holds no match. The X comes first, one literal search of the stdlib
# engine for each (see _fill.literal_starts), and the look-arounds read one character (over
# c300: 3 ms; a class scan took 8, the regex engine with look-arounds over the dots 14).
_X_BY_A_DIGIT = ("xXｘＸ", r"(?:(?<=[0-9.．].)|(?=[0-9.．]))", re.S)


# Verbs that name a mark rather than leave it as a blank: 打○, 画□, 在□内打勾.
_NAMING_MARKS = frozenset("打画划标圈涂勾选填")
# (the class first, then what stands around it: the stdlib engine scans for a leading class
# in C, where a leading look-behind is tried at every character)
_SINGLE_MARK = lazy_re(r"[○□×＿_](?<![○□〇×＿_].)(?![○□〇×＿_])", re.S)
# A unit or a measure word: what a lone ○ / □ must stand before to be a digit.
_COUNT_WORD = ("ph1_units", "ph1_measure_words")


def _digit_marks(text: str, kind: str = "txt") -> Iterable[tuple[int, int]]:
    """A single ``○`` / ``□`` / ``×`` standing for a digit: ``共○人``, ``新增○台``, ``2○人``,
    ``1□5万元``, ``第×届``, ``×月×日`` (a ``×`` next to a digit or a Latin letter is a product:
    ``3×4``).

    Only in a number slot: between digits, or after a digit or a Chinese character and
    before a unit or a measure word (``○人``, ``○台``, ``○万元``). A mark at the start of a line
    or after a space is a bullet (``○ 加强领导``, ``○人员培训``); next to a Chinese numeral it is
    a zero (``二○二三年``); before a word that merely starts like a unit it is no figure
    (``这是○人员``… ``○台账`` is covered by the word list).
    """
    if not any(mark in text for mark in "○□×＿_"):
        return
    for m in _SINGLE_MARK.finditer(text):
        start, end = m.start(), m.end()
        prev, nxt = char_at(text, start - 1), char_at(text, end)
        if m.group() in "＿_":
            # 2024年＿月＿日: a lone underline only as a part of a date (file_name is no blank)
            if (nxt in "月日号" and (prev in "年月" or prev in DIGITS)) and not (
                    m.group() == "_" and kind == "md"):
                yield start, end
            continue
        if m.group() == "×":
            if prev in ASCII_ALNUM or nxt in ASCII_ALNUM:
                continue  # 3×4, 2×10⁴, A×B: a product
            if prev == "第" or (nxt in "年月日号" and (is_han(prev) or not prev or prev in _OPENERS)):
                yield start, end  # 第×届, 于×月×日
                continue
        elif prev == "第" and nxt not in _CN_DIGITS and nxt not in "○□":
            yield start, end  # 第○林班, 第□次
            continue
        if not prev or prev in _CN_DIGITS or nxt in _CN_DIGITS:
            continue
        if prev in ":：" and m.group() != "×":
            unit_end = word_at(text, end, *_COUNT_WORD)
            after = char_at(text, unit_end) if unit_end >= 0 else ""
            if unit_end >= 0 and (not after or after in "\r\n,，。;；、)）"):
                yield start, end  # 经济援助:○宗 — the figure of a field left blank
            continue
        if not (prev in DIGITS or is_han(prev)):
            continue  # line start, a space, punctuation: a bullet or a symbol
        if prev in DIGITS and nxt in DIGITS:
            while char_at(text, end) in DIGITS:
                end += 1
            yield _number_start(text, start), end
            continue
        if prev in _NAMING_MARKS:
            continue  # 打○, 画□: the mark is named, not a blank
        if nxt in "月日号" and (prev in "年月" or prev in DIGITS):
            yield (_number_start(text, start) if prev in DIGITS else start), end
            continue  # a date part: 2023年○月○日
        unit_end = word_at(text, end, *_COUNT_WORD)
        if unit_end < 0:
            continue
        if prev in DIGITS:  # 2○人参加: after a digit the mark is a digit, whatever word follows
            yield _number_start(text, start), end
        elif text.endswith(_count_cues(), max(0, start - 4), start) or not covered_by_word(
                text, end, unit_end, "ph1_unit_words"):
            yield start, end  # 共○人参加: after a count verb too (one ending in the 4 characters before)


@lru_cache(maxsize=1)
def _count_cues() -> tuple[str, ...]:
    """The count verbs, for ``str.endswith`` (a regex alternation of them took 5 ms to compile)."""
    return tuple(set(data_list("ph1_count_cues")))


def _number_start(text: str, start: int) -> int:
    """Where the figure a digit mark sits in starts: ``2○人`` is one blank."""
    while char_at(text, start - 1) in DIGITS:
        start -= 1
    return start


def check(doc: Document, options: dict) -> Iterable[Violation]:
    return list(outside_code(doc, _find(doc, options)))
