"""A title followed straight by 同志: the person's name was left out.

What it finds: ``镇党委书记同志任组长``, ``副镇长 同志分管``: a title (书记, 镇长, 主任 …)
directly before ``同志``, where a template had a blank for the name; and a gap before
``同志`` after ``由``, ``和``, ``、`` or a comma (``由  同志负责``, ``、  同志为成员``).

It also finds a gap where the name of a place was left out before a local body:
``我代表 镇人民政府``, ``由 县党委统一部署``; and a signing label with nothing after its
colon at the end of a line (``述职人:``, ``拟稿:张三    覆核:``), a signature line whose labels
all stand empty (``承办人:    股长:    主任:``) and a post's label alone among a draft's last
lines (``站主任:``).

It stays quiet on an address to a group (``同志们``, ``各位委员同志``), on a title after
a surname (``王书记同志``) and after a placeholder (``xx书记同志`` is reported as a
placeholder, PH101), and on a body named without a gap (``我代表镇人民政府``: a town's
own report may name its government so).

Why it matters: the sentence names a post but not the person who holds it (or a body but
not its place); the reader cannot tell who leads the work.

Example:
  Bad: 成立领导小组, 镇党委书记同志任组长。
  Good: 成立领导小组, 镇党委书记张明同志任组长。

Fix: put the person's name between the title and 同志 (the place name before the body).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

import re
from functools import lru_cache

import regex

from ...document import Document
from ...lazyre import lazy, lazy_re
from ...types import Violation
from ._fill import (MAY_BE_HAN, alternation, char_at, compiled, data_list, literal_scans, literal_starts, matches_at,
                    outside_code, scan_pays, violation)

CODE = "PH112"
NAME = "missing-name"
SEVERITY = "error"

_GROUP = ("各位", "诸位", "全体", "广大")
# words before a title whose last character is also a surname (管, 常, 党 …)
_OFFICE_WORDS = frozenset({"分管", "主管", "常务", "专职", "兼职", "驻村", "包村", "挂职", "党组", "执行"})
_PLACEHOLDER = "xXｘＸ×*＊○□△_＿某"


def _find(doc: Document, options: dict) -> Iterable[Violation]:
    text = doc.simplified
    if "同志" not in text:
        return  # (and no pattern is compiled: start-up of a one-draft check)
    surnames = _surnames()
    for start, end in _ending_in_comrade(text):
        prev = char_at(text, start - 1)
        if text[max(0, start - 2):start] in _GROUP:
            continue  # 请各位委员同志审议: the whole group is addressed
        if prev in surnames and text[max(0, start - 2):start] not in _OFFICE_WORDS:
            continue  # 王书记同志: the surname is there (but 分管副院长同志: 管 ends 分管, no name)
        if prev and prev in _PLACEHOLDER:
            continue  # xx书记同志: the placeholder is the finding (PH101/PH102)
        found = doc.text[start:end]
        yield violation(
            start, end,
            f"“{found}”前缺少姓名: 请填入姓名",
            f"the name before “{found}” is missing: fill in the person's name",
        )


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset("".join(data_list("ph1_surnames")))


def _comrade_pattern() -> "regex.Pattern[str]":
    """A title or a gap after one of _BEFORE_GAP, then 同志 (not 同志们): the blank left for
    the name."""
    return compiled(r"(?:%s)[ \t\u3000]*同志(?!们)|(?<=[%s])[ \t\u3000]+同志(?!们)"
                    % (alternation("ph1_titles"), "".join(sorted(_BEFORE_GAP))))


# What a 同志 may follow after a gap, with no name: 由 同志, 请 同志, 、 同志
_BEFORE_GAP = frozenset("由请派经和与及、，,：:")
_BLANKS = " \t\u3000"


def _ending_in_comrade(text: str) -> Iterable[tuple[int, int]]:
    """The spans of the matches ``_comrade_pattern().finditer(text)`` gives, read back from
    each 同志 (found by ``str.find``).

    A match ends with a 同志 not followed by 们; before that 同志 stand blanks (or none), and
    before them a title or one of _BEFORE_GAP. A search tries the places before the 同志
    from left to right and the title before the gap at each: the match starts where the
    longest title that ends at the blanks starts, else (with one blank or more) at the blanks
    after one of _BEFORE_GAP; none starts inside the last match. (A search of the whole text
    tries every character of the report; one in a window before each 同志 took 17 µs a 同志.)
    """
    by_length = _titles_by_length()
    if not by_length:
        yield from (m.span() for m in _comrade_pattern().finditer(text))  # (not read back so)
        return
    searched = 0  # the end of the last match
    at = text.find("同志")
    while at >= 0:
        if text[at + 2:at + 3] != "们":
            gap = at
            while gap > 0 and text[gap - 1] in _BLANKS:
                gap -= 1
            start = next((gap - n for n, words in by_length if gap - n >= searched and text.endswith(words, gap - n, gap)),
                         -1)
            if start < 0 and searched <= gap < at and gap > 0 and text[gap - 1] in _BEFORE_GAP:
                start = gap
            if start >= 0:
                yield start, at + 2
                searched = at + 2
        at = text.find("同志", at + 1)


@lru_cache(maxsize=1)
def _titles_by_length() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The titles grouped by length, longest first (for ``str.endswith``); none if a title
    holds 同志 or a blank (a match could then not be read back from its 同志 so)."""
    titles = data_list("ph1_titles")
    if any("同志" in title or any(c in _BLANKS for c in title) for title in titles):
        return ()
    by_length: dict[int, list[str]] = {}
    for title in set(data_list("ph1_titles")):
        by_length.setdefault(len(title), []).append(title)
    return tuple((n, tuple(words)) for n, words in sorted(by_length.items(), reverse=True))


# A gap between a word and the name of a local body: ``我代表 镇人民政府``. Without the gap
# (``我代表镇人民政府``) a town's own report names its government correctly.
_ORG_GAP = lazy(
    r"(?<=\p{Han})(?<![各每全本该此其])[ \t\u3000\u00a0]+(?=(?P<org>(?:镇|乡|县|市|区|村|街道)(?:人民政府|党委|党工委|人大|政府|"
    r"纪委|政协|办事处|委员会|人武部|卫生院|派出所|中心学校)))"
)
_GAP_CHARS = " \t\u3000\u00a0"  # one of them is in every match of _ORG_GAP
# Where a match of _ORG_GAP can start: a blank after a character that may be Han (none lies
# below U+2E80), before (blanks and) the first character of a body's place (the class first:
# the stdlib engine scans for it in C; _ORG_GAP, led by look-behinds, is tried only there).
_ORG_GAP_STARTS = lazy_re(r"[ \t\u3000\u00a0](?<=" + MAY_BE_HAN + r".)(?=[ \t\u3000\u00a0]*[镇乡县市区村街])", re.S)


def _org_blanks(doc: Document) -> Iterable[Violation]:
    text = doc.simplified
    if not any(ch in text for ch in _GAP_CHARS):
        return  # no gap at all (and the pattern is not compiled: start-up)
    for m in matches_at(_ORG_GAP, text, lambda t: (hit.start() for hit in _ORG_GAP_STARTS.finditer(t))):
        found = doc.text[m.start():m.end("org")]
        yield violation(
            m.start(), m.end("org"),
            f"“{found.strip()}”前缺少地名: 请填入名称",
            f"the place name before “{found.strip()}” is missing: fill it in",
        )


# A signing label with nothing after its colon (述职人:, 拟稿:XXX  覆核:, 填表人:    联系电话:…):
# the name was left out.
_SIGN_WORDS = ("述职人", "汇报人", "报告人", "填报人", "填表人", "审核人", "签发人", "拟稿人", "拟稿", "核稿人", "核稿",
               "覆核人", "覆核", "经办人", "承办人", "联系人", "签名", "签字")
_SIGN_LABEL = lazy(
    r"(?m:(?<![\p{Han}])(?:%s)" % "|".join(_SIGN_WORDS)
    + r"[ \t\u3000]*[:：](?:[ \t\u3000]*(?=\r?$)|[ \t\u3000]{2,}(?=\p{Han}{2,6}[:：])))"
)
# The last character of a signing word before (blanks and) its colon: a match of _SIGN_LABEL
# starts one word's length before it (the class first: the stdlib engine scans for it in C;
# _SIGN_LABEL, led by a look-behind, is tried only there).
# (one search per character, see _fill.literal_starts)
_SIGN_WORD_ENDS = "".join(sorted({w[-1] for w in _SIGN_WORDS}))
_BEFORE_COLON = r"(?=[ \t\u3000]*[:：])"
_SIGN_WORD_LENGTHS = {ch: tuple(sorted({len(w) for w in _SIGN_WORDS if w[-1] == ch})) for ch in {w[-1] for w in _SIGN_WORDS}}


def _sign_label_starts(text: str) -> list[int]:
    """Ascending offsets where a match of _SIGN_LABEL can start."""
    out = set()
    for at in literal_starts(literal_scans(_SIGN_WORD_ENDS, _BEFORE_COLON), text):
        for n in _SIGN_WORD_LENGTHS[text[at]]:
            if at + 1 >= n:
                out.add(at + 1 - n)
    return sorted(out)


# A signature line of two or more labels of posts, each with nothing after its colon
# (承办人:    股长:    主任:, also after a filled one: 承办人:李明    课长:    区长:); and, among the last lines of a draft, one post's label alone
# (站主任:). The reviewer fills the names in: the line is one finding.
_POST = r"\p{Han}{0,5}(?:人|长|主任|书记|经理|主管|审核|签发|拟稿|核稿|覆核|签字|签名)"
_SIGN_LINE = lazy(r"(?m:(?:(?<=^[ \t\u3000]*)|(?<=[ \t\u3000]{2}))(?:%s[ \t\u3000]*[:：][ \t\u3000]*){2,}(?=\r?$))" % _POST)
_POST_ALONE = lazy(r"[ \t\u3000]*\p{Han}{0,4}(?:主任|经理|书记|(?![增成延生助擅]长)\p{Han}长)"
                   r"[ \t\u3000]*[:：][ \t\u3000]*")
_SIGN_OFF_LINES = 6


# The end of every signature line of _SIGN_LINE: the colon of a label before the empty colon
# of the last label (a post of one to seven Han characters: characters at or above U+2E80, as
# every Han character is, for the stdlib engine) at the end of the line; searched as one
# literal search per colon (see _fill.literal_starts).
_LAST_TWO_LABELS = r"(?=[ \t\u3000]*" + MAY_BE_HAN + r"{1,7}[ \t\u3000]*[:：][ \t\u3000]*(?:[\r\n]|\Z))"


def _label_lines(doc: Document, text: str) -> Iterable[tuple[int, int]]:
    """Spans of the signature lines whose names are all left out."""
    # A match of _SIGN_LINE lies within one line (it holds no line break) and ends as
    # _LAST_TWO_LABELS does: it is searched only in the lines that end so (searched over the
    # whole text, its look-behinds and \p{Han}{0,5} are tried at every character). The search
    # sees one character past the line break, so ``$`` tests the same text as in a whole-text
    # search. (A small draft is searched whole, until the scan pays: see _fill.scan_pays.)
    last = -1
    if not scan_pays(_SIGN_LINE, text):
        for m in _SIGN_LINE.finditer(text):
            yield m.start(), m.end()
    else:
        for colon in literal_starts(literal_scans(":：", _LAST_TWO_LABELS), text):
            line = doc.line_of(colon)
            if line.number == last:
                continue
            last = line.number
            stop = doc.lines[line.number].start + 1 if line.number < len(doc.lines) else len(text)
            for m in _SIGN_LINE.finditer(text, line.start, min(stop, len(text))):
                yield m.start(), m.end()
    signed = 0  # the draft's last non-blank lines, read from its end
    for line in reversed(doc.lines):
        if signed == _SIGN_OFF_LINES:
            break
        if not line.text.strip():
            continue
        signed += 1
        if _POST_ALONE.fullmatch(text, line.start, line.end):
            yield line.start, line.end


def _empty_labels(doc: Document) -> Iterable[Violation]:
    text = doc.simplified
    if "：" not in text and ":" not in text:
        return
    whole = sorted(set(_label_lines(doc, text)))
    for start, end in whole:
        found = doc.text[start:end].strip()
        lead = len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        yield violation(
            start + lead, start + lead + len(found),
            f"“{found}”后缺少姓名: 请填入姓名",
            f"the names after “{found}” are missing: fill them in",
        )
    for m in matches_at(_SIGN_LABEL, text, _sign_label_starts):
        if any(s <= m.start() < e for s, e in whole):
            continue
        found = doc.text[m.start():m.end()].strip()
        yield violation(
            m.start(), m.start() + len(found),
            f"“{found}”后缺少姓名: 请填入姓名",
            f"the name after “{found}” is missing: fill in the person's name",
        )


def check(doc: Document, options: dict) -> Iterable[Violation]:
    found = sorted([*_find(doc, options), *_org_blanks(doc), *_empty_labels(doc)], key=lambda v: v.span.start)
    return list(outside_code(doc, found))
