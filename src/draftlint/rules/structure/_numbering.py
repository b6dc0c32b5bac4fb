"""The numbering outline of a draft and what is wrong with it (shared by ST101-ST104).

Markers are found at the start of a line (``一、`` ``(一)`` ``1、``/``1.`` ``(1)`` ``1)`` ``①``
``第一章`` ``篇一``) and inside a paragraph after punctuation (``(1)`` ``①`` ``一是`` ``第一,``
``首先,``, and ``1、`` after a colon or semicolon). Each marker style is one *kind*; kinds nest
in the order a draft first uses them, kept on a stack: when a kind seen before comes back,
every kind below it is closed (its count resets), so ``(1)`` may start again under each
``1、``. A number that does not follow its predecessor is looked at together with the next
sibling, so that one slip is reported once, at the slip, with the number that was expected.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import accumulate

import regex

from ..._record import Record
from ...document import Document, Line
from ._layout import code_lines, content_start, ends_mid_sentence, is_page_marker, line_starts
from ._lazy import lazy, lazy_re
from ._numerals import UPPER_CHARS, arabic_to_int, cn_to_int, int_to_cn, render_like, upper_to_int
from ._residue import residue_spans

CN = r"[一二三四五六七八九十]{1,3}"
UP = r"[壹贰叁参肆伍陆柒捌玖拾貳參陸]{1,3}"  # 壹、贰、 (貳、參、陸 kept for text matched as written)
DIG = r"[0-9０-９]{1,2}"
OPEN = r"[（(]"
CLOSE = r"[）)]"
OCR_DASH = "-–—―─‐‑－=＝~～"
_NEXT_NUMBER = lazy(r"\s*(?P<n>[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[、季月年]")

# (kind, pattern) tried in order at the start of a line. Group n: the numeral; o: an OCR
# glyph standing where a numeral belongs; w: an ordinal word (首先/其次/再次).
LINE_START: list[tuple[str, regex.Pattern]] = [
    # the articles of a template-site bundle: 篇一: / 【篇二】 / 【第3篇】 / 范文一
    ("pian", lazy(rf"篇(?P<n>{CN}|{DIG})(?=[:：、\s])")),
    ("pian", lazy(rf"[【\[](?:篇|范文)(?P<n>{CN}|{DIG})[】\]]")),
    ("pian", lazy(rf"[【\[]第(?P<n>{CN}|{DIG})篇[】\]]")),
    ("pian", lazy(rf"范文(?P<n>{CN}|{DIG})(?=[:：、\s]|$)")),
    ("chapter", lazy(rf"第(?P<n>{CN}|{DIG})\s*(?P<unit>章|节|部分|篇)")),
    ("article", lazy(rf"第(?P<n>{CN}|{DIG})\s*条")),
    ("cn_paren", lazy(rf"{OPEN}\s*(?P<n>{CN})\s*{CLOSE}")),
    ("ar_paren", lazy(rf"{OPEN}\s*(?P<n>{DIG})\s*{CLOSE}")),
    ("cn_paren", lazy(rf"{OPEN}\s*(?P<o>[{OCR_DASH}])\s*{CLOSE}(?=\p{{Han}})")),
    ("ar_paren", lazy(rf"{OPEN}\s*(?P<o>[lI|])\s*{CLOSE}(?=\p{{Han}})")),
    ("cn_dun", lazy(rf"(?P<n>{CN})\s*[、．.]")),
    ("cn_dun", lazy(rf"(?P<o>[{OCR_DASH}])\s*、(?=\p{{Han}})")),
    ("up_dun", lazy(rf"(?P<n>{UP})\s*[、．.]")),
    ("ar_dun", lazy(rf"(?P<n>{DIG})\s*[、．.](?![0-9０-９])")),
    ("ar_rparen", lazy(rf"(?P<n>{DIG})\s*{CLOSE}(?![0-9０-９])")),
    ("circled", lazy(r"(?P<c>[①-⑳])")),
    ("shi", lazy(rf"(?P<n>{CN})是")),
    ("yao", lazy(rf"(?P<n>{CN})要(?=\p{{Han}})")),
    ("di", lazy(rf"第(?P<n>{CN})\s*(?=[，,、：:])")),
    ("di", lazy(r"(?P<w>首先|其次|再次)\s*(?=[，,、：:])")),
]

# The characters a match of each pattern of LINE_START can begin with (a test checks them
# against every character), so that a line is tried only with the patterns it can match.
_CIRCLED = "".join(chr(c) for c in range(ord("①"), ord("⑳") + 1))
_DIGITS = "0123456789０１２３４５６７８９"
_CN_FIRST = "一二三四五六七八九十"
LINE_START_FIRST: list[str] = [
    "篇", "【[", "【[", "范", "第", "第", "（(", "（(", "（(", "（(", _CN_FIRST, OCR_DASH, UPPER_CHARS, _DIGITS, _DIGITS,
    _CIRCLED, _CN_FIRST, _CN_FIRST, "第", "首其再",
]
assert len(LINE_START_FIRST) == len(LINE_START)
# first character -> the (kind, pattern, holds the group n) of LINE_START that may match, in
# their order (whether a pattern holds n is known here, so a match needs no group dict)
_LINE_START_BY_FIRST: dict[str, list[tuple[str, regex.Pattern, bool]]] = {}
for (_kind, _pat), _first in zip(LINE_START, LINE_START_FIRST):
    for _c in _first:
        _LINE_START_BY_FIRST.setdefault(_c, []).append((_kind, _pat, "(?P<n>" in _pat.pattern))
# Every character a marker can begin with: a line starting with anything else has no marker.
HEAD_FIRST = frozenset(_LINE_START_BY_FIRST)

# A line start (the start of the text or after "\n"; see _LONE_CR) whose indent is followed
# by such a character ("(?m)^" would be many times slower).
# (the standard library's engine, twice as fast here; its \s also takes U+001C-U+001F, so it
# may find a few more candidates, which _line_start_item then turns down)
_HEAD_AT_START = lazy_re(r"(?:[^\S\r\n]|\ufeff)*[" + re.escape("".join(sorted(HEAD_FIRST))) + "]")
_HEAD_CANDIDATE = lazy_re(r"\n" + _HEAD_AT_START.pattern)
_LONE_CR = lazy(r"\r(?!\n)")

# Kinds also recognised inside a paragraph, after one of DELIM (or one of COLON for ar_dun).
DELIM = set("，,。.．；;：:！!？?　 \t”\"＂」』")
COLON = set("：:；;")
INLINE: list[tuple[str, regex.Pattern]] = [
    ("cn_paren", lazy(rf"{OPEN}\s*(?P<n>{CN})\s*{CLOSE}(?=\p{{Han}}|\p{{L}})")),
    ("ar_paren", lazy(rf"{OPEN}\s*(?P<n>{DIG})\s*{CLOSE}(?=\p{{Han}}|\p{{L}})")),
    ("circled", lazy(r"(?P<c>[①-⑳])(?=\p{Han}|\p{L})")),
    ("shi", lazy(rf"(?<![一二三四五六七八九十])(?P<n>{CN})是")),
    ("yao", lazy(rf"(?<![一二三四五六七八九十])(?P<n>{CN})要(?=\p{{Han}})")),
    ("di", lazy(rf"第(?P<n>{CN})\s*(?=[，,、：:])")),
    ("di", lazy(r"(?P<w>首先|其次|再次)\s*(?=[，,、：:])")),
    ("ar_dun", lazy(rf"(?<![0-9０-９])(?P<n>{DIG})\s*[、．.](?![0-9０-９])(?=\p{{Han}})")),
]

# A marker of a kind that is run into the text (not at a line start, not after punctuation):
# the trace of a heading merged into the paragraph before it.
LOOSE: dict[str, regex.Pattern] = {
    "cn_dun": lazy(rf"(?<![一二三四五六七八九十第])(?P<n>{CN})[、．](?=\p{{Han}})"),
    "ar_dun": lazy(rf"(?<![0-9０-９.．])(?P<n>{DIG})[、．](?![0-9０-９])(?=\p{{Han}})"),
    "cn_paren": lazy(rf"{OPEN}(?P<n>{CN}){CLOSE}(?=\p{{Han}})"),
    "ar_paren": lazy(rf"{OPEN}(?P<n>{DIG}){CLOSE}(?=\p{{Han}})"),
}
# The same, for a draft whose headings of that level use the ASCII dot (``二.``, ``2.``): the
# dot is looked for only there, never in a draft that writes ``二、``.
LOOSE_DOT: dict[str, regex.Pattern] = {
    "cn_dun": lazy(rf"(?<![一二三四五六七八九十第])(?P<n>{CN})[、．.](?=\p{{Han}})"),
    "ar_dun": lazy(rf"(?<![0-9０-９.．])(?P<n>{DIG})[、．.](?![0-9０-９])(?=\p{{Han}})"),
}
# An enumerator that lost its 是: a numeral after punctuation, then text that is not a unit.
LOST_SHI = lazy(rf"(?<![一二三四五六七八九十第])(?P<n>{CN})(?![是一二三四五六七八九十、．.])"
                         r"(?=\p{Han})(?![季月年级等次个百千万亿号届类点条项位名批期周天日倍成层])")

SUBLIST = "~in"  # kind suffix of a list inside an item of the same kind
ORDINAL_WORDS = {"首先": 1, "其次": 2, "再次": 3}
KIND_NAMES = {
    "pian": ("篇序", "part"), "chapter": ("章节序号", "chapter"), "article": ("条序号", "article"),
    "up_dun": ("大写序号“壹、贰、”", "壹、贰、 heading"),
    "cn_dun": ("一级标题序号", "level-1 heading"), "cn_paren": ("二级标题序号", "level-2 heading"),
    "ar_dun": ("三级序号", "level-3 item"), "ar_paren": ("四级序号", "level-4 item"),
    "ar_rparen": ("序号", "item"), "circled": ("序号", "item"), "shi": ("分项“一是、二是”", "一是/二是 enumeration"),
    "yao": ("分项“一要、二要”", "一要/二要 enumeration"),
    "di": ("分项“第一、第二”", "第一/第二 enumeration"),
}


class Item(Record):
    """A numbering marker. (A Record, not a dataclass: see draftlint._record; thousands per
    draft, so slots.)"""

    __slots__ = _fields = ("kind", "value", "start", "end", "num_start", "num_end", "text", "line", "inline",
                           "empty", "meant")
    __hash__ = None  # type: ignore[assignment]  # kind changes (a nested list)

    def __init__(self, kind: str, value: int | None, start: int, end: int, num_start: int, num_end: int,
                 text: str, line: Line, inline: bool, empty: bool = False, meant: int | None = None) -> None:
        self.kind = kind
        self.value = value  # None: an OCR glyph where a numeral belongs
        self.start = start  # document offsets of the marker
        self.end = end
        self.num_start = num_start  # offsets of the numeral (or glyph, or ordinal word) inside the marker
        self.num_end = num_end
        self.text = text  # the marker as written
        self.line = line
        self.inline = inline
        self.empty = empty  # nothing follows the marker on its line
        self.meant = meant  # a letter OCR'd for a digit (Z. for 2.): the number it reads as

    @property
    def base(self) -> str:
        """The marker style, without the mark of a list nested in an item of the same style."""
        return self.kind.removesuffix(SUBLIST)

    def render(self, n: int) -> str:
        """This marker with its number replaced by ``n``."""
        a, b = self.num_start - self.start, self.num_end - self.start
        numeral = self.text[a:b]
        if self.base == "di" and not numeral[0] in "一二三四五六七八九十":
            return f"第{render_like('一', n)}"
        if self.base == "circled":
            return chr(ord("①") + n - 1) if 1 <= n <= 20 else str(n)
        if self.value is None:  # OCR glyph: Chinese for cn_* kinds, digits otherwise
            numeral = "一" if self.base.startswith("cn") else "1"
        return self.text[:a] + render_like(numeral, n) + self.text[b:]


class Anomaly(Record):
    __slots__ = _fields = ("code", "start", "end", "found", "expected", "reason", "kind", "previous")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, code: str, start: int, end: int, found: str, expected: str, reason: str, kind: str,
                 previous: Item | None = None) -> None:
        self.code = code  # ST101 | ST102 | ST103 | ST104
        self.start = start
        self.end = end
        self.found = found
        self.expected = expected
        self.reason = reason  # gap | repeat | order | wrong | restart | ocr | lost-shi | lost-numeral | merged
        self.kind = kind
        self.previous = previous


def _counts_numbers(text: str, pos: int, value: int | None) -> bool:
    """``一、二季度``, ``1、2月``: the next number follows on, so this lists numbers, not a heading
    (``一、一季度工作总结`` is a heading about the first quarter)."""
    m = _NEXT_NUMBER.match(text, pos)
    if not m or value is None:
        return False
    s = m.group("n")
    nxt = _numeral_value(s)
    return nxt == value + 1


@cache
def _numeral_value(s: str) -> int | None:
    """The value of a numeral as numbering writes it (a handful of strings, so remembered)."""
    if s[0] in UPPER_CHARS:
        return upper_to_int(s)
    return cn_to_int(s) if s[0] in "一二三四五六七八九十" else arabic_to_int(s)


def _value(m: regex.Match) -> tuple[int | None, str]:
    gd = m.groupdict()
    if gd.get("n"):
        return _numeral_value(gd["n"]), "n"
    if gd.get("w"):
        return ORDINAL_WORDS[gd["w"]], "w"
    if gd.get("c"):
        return ord(gd["c"]) - ord("①") + 1, "c"
    return None, "o"


def line_start_item(doc: Document, line: Line, simplified: str | None = None) -> Item | None:
    """The numbering marker a line starts with, if any."""
    return line_heads(doc).get(line.number)


def line_heads(doc: Document) -> dict[int, Item]:
    """Line number -> the marker the line starts with, for every line that starts with one
    (worked out once per document)."""
    return doc.memo("st-line-heads", lambda: _find_heads(doc))


def _find_heads(doc: Document) -> dict[int, Item]:
    simplified = doc.simplified
    if doc.kind == "md" or ("\r" in doc.text and _LONE_CR.search(doc.text)):
        lines = doc.lines  # Markdown prefixes, or lines that "^" does not see: every line
    else:
        # only the lines whose first character (after the indent) can start a marker
        starts = [0] if _HEAD_AT_START.match(simplified) else []
        starts += [m.start() + 1 for m in _HEAD_CANDIDATE.finditer(simplified)]
        lines = [doc.line_of(start) for start in starts]
    out: dict[int, Item] = {}
    for line in lines:
        item = _line_start_item(doc, line, simplified)
        if item is not None:
            out[line.number] = item
    return out


def _line_start_item(doc: Document, line: Line, simplified: str) -> Item | None:
    rel = content_start(line, doc.kind)
    if line.start + rel >= line.end:
        return None
    patterns = _LINE_START_BY_FIRST.get(simplified[line.start + rel])
    if patterns is None:
        return None  # no marker of LINE_START can start with this character
    text = simplified[line.start : line.end]
    for kind, pat, has_n in patterns:
        m = pat.match(text, rel)
        if not m:
            continue
        if has_n:  # (the common case: what _value gives, without building the group dict)
            grp, v = "n", _numeral_value(m.group("n"))
        else:
            v, grp = _value(m)
        if grp == "n" and v is None:
            continue
        if kind == "chapter":
            kind = f"chapter-{m.group('unit')}"  # 第一章 and 第一节 are different levels
        if kind in ("cn_dun", "ar_dun") and _counts_numbers(text, m.end(), v):
            continue
        rest = text[m.end():].strip(" \t\u3000*_")
        return Item(kind, v, line.start + m.start(), line.start + m.end(),
                    line.start + m.start(grp), line.start + m.end(grp),
                    doc.text[line.start + m.start(): line.start + m.end()], line, False, empty=not rest)
    return None


# INLINE searched over the whole text at once: their "\s" may not take a line break, so that
# a match lies on one line and is the one a search of that line alone finds (no INLINE
# pattern looks behind or ahead for anything a line start or end would change).
_INLINE_IN_TEXT: list[regex.Pattern] = [lazy(pat.pattern.replace(r"\s", r"[^\S\r\n]")) for _, pat in INLINE]
# which INLINE patterns hold the group n (asking the pattern's groupindex builds a dict each time)
_INLINE_HAS_N = ["(?P<n>" in pat.pattern for _, pat in INLINE]
_CN_PAREN_AT, _AR_PAREN_AT, _ORDINAL_WORDS_AT, _AR_DUN_AT = 0, 1, 6, 7
assert INLINE[_ORDINAL_WORDS_AT][1].pattern.startswith("(?P<w>") and INLINE[_AR_DUN_AT][0] == "ar_dun"
assert INLINE[_CN_PAREN_AT][0] == "cn_paren" and INLINE[_AR_PAREN_AT][0] == "ar_paren"
# Characters one of which every match of INLINE[k] holds: a text without any is not searched
# (nor is the pattern compiled: start-up of a one-draft check).
_INLINE_KEYS = {2: "".join(map(chr, range(0x2460, 0x2474))), 3: "是", 4: "要", 5: "第"}
assert [INLINE[k][0] for k in _INLINE_KEYS] == ["circled", "shi", "yao", "di"] and "①" in _INLINE_KEYS[2]
_PARENS = "(（"
_COLONS = "：:；;"


def _positions(text: str, chars: str) -> list[int]:
    """The offsets of ``chars`` in ``text``, in order (``str.find`` is many times faster than
    a pattern's search for a class of characters, and these are a few hundred a draft)."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    if len(chars) > 1:
        out.sort()
    return out


def _prev_char(text: str, s: int, start: int = 0) -> str:
    """The last character before ``s`` and from ``start`` on that is not a space or tab
    ("" when there is none)."""
    j = s - 1
    while j >= start and text[j] in " \t\u3000":
        j -= 1
    return text[j] if j >= start else ""


def _inline_matches(simplified: str, k: int):
    """The matches of INLINE[k] over the whole text (see _INLINE_IN_TEXT), in order."""
    pat = _INLINE_IN_TEXT[k]
    if k == _ORDINAL_WORDS_AT:
        # (a plain substring test is many times faster than the search)
        return pat.finditer(simplified) if any(w in simplified for w in ORDINAL_WORDS) else ()
    if k == _CN_PAREN_AT:
        return _paren_matches(simplified)[0]
    if k == _AR_PAREN_AT:
        return _paren_matches(simplified)[1]
    if k == _AR_DUN_AT:
        # only the marker right after a colon or semicolon (and spaces) is ever taken (see
        # _inline_items), and no other match overlaps it: tried there alone
        return (m for q in _after_colons(simplified) if (m := pat.match(simplified, q)))
    keys = _INLINE_KEYS.get(k)
    if keys is not None and not any(ch in simplified for ch in keys):
        return ()
    return pat.finditer(simplified)


@lru_cache(maxsize=1)  # (asked for cn_paren, then for ar_paren, of the same text)
def _paren_matches(text: str) -> tuple[list[regex.Match], list[regex.Match]]:
    """The matches of INLINE's cn_paren and ar_paren over the whole text, each tried only at a
    bracket that the numeral it needs (or a space) follows: one pass over the brackets instead
    of two searches. (No match holds a second bracket, so matches at different brackets never
    overlap: these are ``finditer``'s.)"""
    cn_pat, ar_pat = _INLINE_IN_TEXT[_CN_PAREN_AT], _INLINE_IN_TEXT[_AR_PAREN_AT]
    cn: list[regex.Match] = []
    ar: list[regex.Match] = []
    end = len(text) - 1
    for p in _positions(text, _PARENS):
        if p >= end:
            continue
        c = text[p + 1]
        if c in _CN_FIRST:
            if m := cn_pat.match(text, p):
                cn.append(m)
        elif c in _DIGITS:
            if m := ar_pat.match(text, p):
                ar.append(m)
        elif c.isspace():  # (every space the patterns take, and more)
            if m := cn_pat.match(text, p):
                cn.append(m)
            elif m := ar_pat.match(text, p):
                ar.append(m)
    return cn, ar


def _after_colons(text: str):
    """The offsets right after each colon or semicolon and the spaces after it, where a digit stands."""
    end = len(text)
    for p in _positions(text, _COLONS):
        q = p + 1
        while q < end and text[q] in " \t\u3000":
            q += 1
        if q < end and text[q] in _DIGITS:
            yield q


def _inline_items(doc: Document, skip: frozenset[int]) -> dict[int, list[Item]]:
    """Line number -> the markers inside the line (after its own marker or indent, after one
    of DELIM, or of COLON for ar_dun), each pattern of INLINE in turn, a match that overlaps
    one taken before on its line left out."""
    simplified = doc.simplified
    text = doc.text
    starts = line_starts(doc)
    lines = doc.lines
    heads = line_heads(doc)
    kind_of = doc.kind
    after: dict[int, int] = {}  # line number -> the offset inline markers start from
    taken: dict[int, list[tuple[int, int]]] = {}
    found: dict[int, list[Item]] = {}
    for k, (kind, _) in enumerate(INLINE):
        has_n = _INLINE_HAS_N[k]
        for m in _inline_matches(simplified, k):
            s = m.start()
            n = bisect_right(starts, s)  # the number of the line that holds the match
            lo = after.get(n)
            if lo is None:
                if n in skip:
                    lo = after[n] = len(simplified) + 1  # (never)
                else:
                    head = heads.get(n)
                    line = lines[n - 1]
                    lo = after[n] = head.end if head else line.start + content_start(line, kind_of)
            if s < lo:
                continue
            prev = _prev_char(simplified, s, starts[n - 1])
            if kind == "ar_dun":
                if prev not in COLON:
                    continue
            elif prev and prev not in DELIM:
                continue
            e = m.end()
            line_taken = taken.get(n)
            if line_taken and any(a < e and s < b for a, b in line_taken):
                continue
            if has_n:  # (the common case, without building the group dict)
                grp, v = "n", _numeral_value(m.group("n"))
            else:
                v, grp = _value(m)
            if v is None:
                continue
            taken.setdefault(n, []).append((s, e))
            found.setdefault(n, []).append(Item(kind, v, s, e, m.start(grp), m.end(grp), text[s:e], lines[n - 1], True))
    return found


# Letters that OCR (or a careless retyping) puts where a digit of an Arabic list number
# belongs: Z for 2, l/I/| for 1, O for 0, S for 5, B for 8 (ASCII and full-width).
GLYPH_DIGITS = {"Z": "2", "z": "2", "Ｚ": "2", "ｚ": "2", "l": "1", "I": "1", "|": "1", "ｌ": "1", "Ｉ": "1",
                "O": "0", "o": "0", "Ｏ": "0", "ｏ": "0", "S": "5", "s": "5", "Ｓ": "5", "ｓ": "5", "B": "8", "Ｂ": "8"}
_GLYPHS = regex.escape("".join(GLYPH_DIGITS))
# ``Z.`` ``Z、`` ``1O.`` at a line start, a Chinese word right after (never a Latin word or
# abbreviation such as ``S.M.A.R.T.`` or ``I.概述``'s roman numeral list: see _glyph_fits)
_GLYPH_HEAD = lazy(rf"(?P<o>[0-9０-９]?[{_GLYPHS}][0-9０-９]?)[^\S\r\n]*[、．.](?![0-9０-９A-Za-z.．])(?=\p{{Han}})")
# a line starting so, searched as "\n" + the line's start ("(?m)^" is many times slower)
_GLYPH_AT_START = lazy_re(rf"[^\S\r\n]*[0-9０-９]?[{_GLYPHS}]")
_GLYPH_LINE = lazy_re(r"\n" + _GLYPH_AT_START.pattern)


_LETTER_ITEM = lazy(r"[A-Za-zＡ-Ｚａ-ｚ][^\S\r\n]*[、．.)）]")


def _in_letter_list(doc: Document, line: Line) -> bool:
    """``A.… B.… C.…``: the text line before or after also starts with a Latin letter item."""
    lines = doc.lines
    for step in (-1, 1):
        n = line.number - 1 + step
        while 0 <= n < len(lines) and (lines[n].is_blank or is_page_marker(lines[n])):
            n += step
        if 0 <= n < len(lines):
            other = lines[n]
            if _LETTER_ITEM.match(doc.simplified, other.start + content_start(other, doc.kind), other.end):
                return True
    return False


def _glyph_heads(doc: Document, skip: frozenset[int], heads: dict[int, Item]) -> list[Item]:
    """Lines that start with an Arabic list number one of whose digits is a letter (``Z.``):
    candidates only, kept by ``_analyze`` when the number they read as is the one expected."""
    simplified = doc.simplified
    if doc.kind == "md" or ("\r" in doc.text and _LONE_CR.search(doc.text)):
        lines = doc.lines
    else:
        starts = [0] if _GLYPH_AT_START.match(simplified) else []
        starts += [m.start() + 1 for m in _GLYPH_LINE.finditer(simplified)]
        lines = [doc.line_of(start) for start in starts]
    out = []
    for line in lines:
        if line.number in skip or line.number in heads:
            continue
        rel = content_start(line, doc.kind)
        m = _GLYPH_HEAD.match(simplified, line.start + rel, line.end)
        if not m:
            continue
        if _in_letter_list(doc, line):
            continue
        numeral = m.group("o")
        meant = arabic_to_int("".join(GLYPH_DIGITS.get(c, c) for c in numeral))
        if not meant:
            continue
        out.append(Item("ar_dun", None, m.start(), m.end(), m.start("o"), m.end("o"),
                        doc.text[m.start():m.end()], line, False, meant=meant))
    return out


def collect_items(doc: Document) -> list[Item]:
    skip = code_lines(doc)
    all_heads = line_heads(doc)
    heads: list[Item] = [h for n, h in all_heads.items() if n not in skip]
    by_line = _inline_items(doc, skip)
    inline_by_line = [by_line[n] for n in sorted(by_line)]
    # A list that starts again at 1 inside a paragraph, in a style the draft also uses for
    # whole lines ("(1)标题" / "正文:(1)…;(2)…"), is a list inside that item: its own level,
    # not a restart of the item's level.
    line_kinds = {h.kind for h in heads}
    items = list(heads)
    if "ar_dun" in line_kinds:  # a letter for a digit only inside a list numbered 1. 2. …
        items += _glyph_heads(doc, skip, all_heads)
    for inline in inline_by_line:
        for kind in {it.kind for it in inline} & line_kinds:
            same = sorted((it for it in inline if it.kind == kind), key=lambda it: it.start)
            if same[0].value == 1:
                for it in same:
                    it.kind += SUBLIST
        items.extend(inline)
    items.sort(key=lambda it: it.start)
    return items


def _previous_text_line(doc: Document, line: Line) -> Line | None:
    for n in range(line.number - 2, -1, -1):
        prev = doc.lines[n]
        if prev.is_blank or is_page_marker(prev):
            continue
        return prev
    return None


def _is_stray(doc: Document, item: Item, simplified: str) -> bool:
    """A line-start "item" that is conversion residue: a bare number, or one that goes on with
    the sentence the previous line broke off (a page number that landed in the text)."""
    if item.inline:
        return False
    if item.empty:
        return True
    prev = _previous_text_line(doc, item.line)
    if prev is None:
        return False
    if line_start_item(doc, prev, simplified) is not None and not any(c in prev.text for c in "。；;"):
        return False  # the previous line is a heading (no full stop in it), not a broken sentence
    return ends_mid_sentence(prev.text)


def _find_lost(doc: Document, kind: str, expected: int, lo: int, hi: int, items: list[Item],
               dot: bool = False) -> tuple[str, int, int] | None:
    """Where a marker of ``kind`` numbered ``expected`` stands between ``lo`` and ``hi`` without
    being recognised: run into a paragraph (ST104) or, for 一是/二是, without its 是 or as a 是
    without its numeral at the start of a paragraph (ST103). (code, start, end, reason)."""
    simplified = doc.simplified
    taken = [(it.start, it.end) for it in items]
    hits: list[tuple[str, int, int]] = []
    if kind in LOOSE:
        loose = LOOSE_DOT[kind] if dot and kind in LOOSE_DOT else LOOSE[kind]
        for m in loose.finditer(simplified, lo, hi):
            if _value(m)[0] != expected or _counts_numbers(simplified, m.end(), expected) or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            line = doc.line_of(m.start())
            prev = simplified[m.start() - 1] if m.start() > line.start else ""
            if m.start() <= line.start + content_start(line, doc.kind) or prev in COLON or prev in "、":
                continue  # a line start is a heading in its own right; after ：/； it is an inline list
            hits.append(("ST104", m.start(), m.end(), "merged"))
    elif kind == "shi":
        for m in LOST_SHI.finditer(simplified, lo, hi):
            if _value(m)[0] != expected:
                continue
            line = doc.line_of(m.start())
            prev = simplified[m.start() - 1] if m.start() > line.start else ""
            at_start = m.start() <= line.start + content_start(line, doc.kind)
            if at_start or prev in DELIM:
                hits.append(("ST103", m.start(), m.end(), "lost-shi"))
        # the other slip: 是 kept, its numeral lost, at the start of a paragraph (是优化服务,…)
        for m in _BARE_SHI.finditer(simplified, lo, hi):
            line = doc.line_of(m.start())
            if m.start() == line.start + content_start(line, doc.kind):
                hits.append(("ST103", m.start(), m.end(), "lost-numeral"))
    return hits[0] if len(hits) == 1 else None


_BARE_SHI = lazy(r"(?<![\p{Han}])是(?=\p{Han}{2})")


def analyze(doc: Document) -> list[Anomaly]:
    """Every numbering anomaly of a draft, each reported once (worked out once per document,
    shared by ST101-ST104)."""
    return doc.memo("st-numbering", lambda: _analyze(doc))


def _analyze(doc: Document) -> list[Anomaly]:
    simplified = doc.simplified
    items = collect_items(doc)
    # (PH is asked only when there is numbering its residue could take away)
    residue = residue_spans(doc, "PH202", "PH203") if items else []
    if residue:
        # an item overlaps residue when a residue span starting before the item's end ends after its start
        spans = sorted(residue)
        starts = [r.start for r in spans]
        reach = list(accumulate((r.end for r in spans), max))
        items = [it for it in items
                 if not ((k := bisect_left(starts, it.end)) and reach[k - 1] > it.start)]
    out: list[Anomaly] = []
    stack: list[list] = []  # [kind, last value, last item]
    skipped: set[int] = set()

    def next_sibling(i: int, kind: str, ancestors: set[str]) -> Item | None:
        for j in range(i + 1, len(items)):
            if j in skipped or items[j].meant is not None:
                continue  # (a letter for a digit is not yet known to be a number)
            other = items[j]
            if other.kind == kind:
                return other
            if other.kind in ancestors:
                return None
        return None

    kinds: list[str] = []  # the kinds of the stack's frames, kept along with it
    for i, item in enumerate(items):
        if item.kind == "pian" and stack and stack[0][0] != "pian":
            stack.clear()  # a bundle's article is the root of everything under it
            kinds.clear()
        if item.kind in kinds:
            depth = kinds.index(item.kind)
            frame = stack[depth]
        else:
            depth, frame = None, None
        last = frame[1] if frame else 0
        prev_item = frame[2] if frame else None
        v = item.value
        expected = last + 1
        if item.meant is not None and not _glyph_fits(
                item, frame, expected, next_sibling(i, item.kind, set(kinds[:depth] if depth is not None else kinds))):
            skipped.add(i)  # a Latin word or a letter item, not a slipped number
            continue

        if v is not None and (v == expected or frame is None):
            pass  # in sequence, or the first marker of a new level (wherever it starts)
        else:
            ancestors = set(kinds[:depth] if depth is not None else kinds)
            sib = next_sibling(i, item.kind, ancestors)
            sib_v = sib.value if sib else None
            anomaly: Anomaly | None = None
            if v is None:
                # (a letter for a digit reads as the number it stands for: the one expected, or
                # the 1 of a list that starts again)
                v = item.meant if item.meant is not None else expected
                anomaly = Anomaly("ST102", item.num_start, item.num_end, item.text, item.render(v), "ocr", item.base, prev_item)
            elif v == 1 and not (sib_v is not None and sib_v == last + 2):
                if last == 1 and _first_number_repeated(doc, prev_item, item):
                    # （一）…（一）… with nothing between that opens a new list: the second
                    # one stands where （二） belongs
                    anomaly = Anomaly("ST101", item.start, item.end, item.text, item.render(expected), "repeat",
                                      item.base, prev_item)
                    v = 1 if sib_v == 2 else expected  # a following （二） is then in sequence
                # otherwise a new list under the same parent
            elif sib_v is not None and sib_v == last + 2 and v != expected:
                # the next sibling goes on from the old count: this one number is the slip
                reason = "repeat" if v == last else ("restart" if v == 1 else "wrong")
                anomaly = Anomaly("ST101", item.start, item.end, item.text, item.render(expected), reason, item.base, prev_item)
                v = expected
            elif v > expected:
                lost = _find_lost(doc, item.base, expected, prev_item.end if prev_item else 0, item.start, items,
                                  dot="." in item.text and (prev_item is None or "." in prev_item.text)) \
                    if v == expected + 1 else None
                if lost:
                    code, s, e, reason = lost
                    anomaly = Anomaly(code, s, e, doc.text[s:e], item.render(expected), reason, item.base, prev_item)
                else:
                    anomaly = Anomaly("ST101", item.start, item.end, item.text, item.render(expected), "gap", item.base, prev_item)
            else:
                anomaly = Anomaly("ST101", item.start, item.end, item.text, item.render(expected),
                                  "repeat" if v == last else "order", item.base, prev_item)
            if anomaly is not None and anomaly.code == "ST101" and _is_stray(doc, item, simplified):
                skipped.add(i)
                continue
            if anomaly is not None:
                out.append(anomaly)

        if depth is None:
            stack.append([item.kind, v, item])
            kinds.append(item.kind)
        else:
            del stack[depth + 1:]
            del kinds[depth + 1:]
            stack[depth][1] = v
            stack[depth][2] = item
    out.extend(_lost_shi_at_the_end(doc, [it for j, it in enumerate(items) if j not in skipped], out))
    return out


def _glyph_fits(item: Item, frame: list | None, expected: int, sib: Item | None) -> bool:
    """``Z.`` is the number 2 only where the list expects 2: after ``1.`` at this level (or,
    for ``l.``/``I.`` read as 1, right before a ``2.`` that starts the list)."""
    if frame is not None and frame[1] >= 1 and item.meant == expected:
        return True
    return item.meant == 1 and sib is not None and sib.value == 2


# Marks of a sentence (or of a list that follows): a line with none of them is a title.
_SENTENCE_MARKS = set("。！？!?；;，,：:")
# Kinds that head a new part of a draft: a list under each of them starts again at 1.
_PART_KINDS = ("pian", "chapter", "article")


def _first_number_repeated(doc: Document, prev: Item | None, item: Item) -> bool:
    """``（一）组织领导 … （一）工作机制``: the first number of a list used a second time, where
    the second belongs, rather than a new list starting at 1.

    Only for markers at the start of a line, and only when nothing between the two opens a
    new list: a title line (a line without a sentence mark: ``信访工作总结 篇2``, an
    unnumbered heading, a Markdown heading), a line ending in a colon, the heading of a part (``篇二``, ``第二章``), or
    a first item that introduces a list of its own (``1、主要指标:`` followed by ``1、…``).
    """
    if prev is None or prev.inline or item.inline or prev.value != 1:
        return False
    if doc.kind == "md" and (item.base == "ar_rparen" or (item.base == "ar_dun" and "." in item.text)):
        return False  # a Markdown ordered list may number every item 1. (the renderer counts)
    if prev.line.text.rstrip(" \t\u3000*_").endswith(("：", ":")):
        return False  # a list inside the first item
    heads = line_heads(doc)
    skip = code_lines(doc)
    for n in range(prev.line.number, item.line.number - 1):  # the lines between (0-based index)
        line = doc.lines[n]
        if line.is_blank or is_page_marker(line) or (n + 1) in skip:
            continue
        head = heads.get(n + 1)
        if head is not None:
            if head.base.split("-")[0] in _PART_KINDS:
                return False
            continue  # an item of a list below this one
        text = line.text[content_start(line, doc.kind):].strip(" \t\u3000*_#")
        if doc.kind == "md" and line.text.lstrip().startswith("#"):
            return False
        if text and (not _SENTENCE_MARKS.intersection(text) or text.endswith(("：", ":"))):
            return False  # a title, or a line that introduces a list: what follows may be a list of its own
    return True


_TWO_HAN = lazy(r"\p{Han}{2}")
# 三农, 三产, 三资, 二孩 …: a numeral and a noun, not an enumerator that lost its 是
_COMPOUND = set("农产资公严会大项化类级线维位点方面种条孩胎手代严好")


def _delimiter_before(doc: Document, pos: int) -> str:
    line = doc.line_of(pos)
    if pos <= line.start + content_start(line, doc.kind):
        return "^"
    before = doc.simplified[line.start:pos].rstrip(" \t\u3000")
    return before[-1] if before else "^"


def _lost_shi_at_the_end(doc: Document, items: list[Item], found: list[Anomaly]) -> list[Anomaly]:
    """``一是…;二是…;三抓好…``: the last member of a 是-run lost its 是, so no gap shows.

    Looked for only after a run of at least two, up to the next marker (and no further than the
    next line), as the same numeral after the same punctuation that opened the last member, with
    a clause after it (not a compound such as 三农 or 三资).
    """
    simplified = doc.simplified
    # Only the 是-items are looked at (a few of a draft's ~26 items), picked out in one
    # comprehension (``kind.removesuffix``: the ``base`` property, without a call per item);
    # a run's next member is an item of the same kind, so it is among them too.
    shi = [i for i, it in enumerate(items) if it.kind.removesuffix(SUBLIST) == "shi"]
    if not any(items[i].value is not None and items[i].value >= 2 for i in shi):
        return []  # (most drafts: no 二是 or later, nothing to look for, nothing to build)
    taken: list[tuple[int, int]] | None = None  # built at the first candidate (few drafts have one)
    out: list[Anomaly] = []
    following: dict[str, Item] = {}  # kind -> the first item of that kind after the current one
    next_same: dict[int, Item | None] = {}
    for i in reversed(shi):
        next_same[i] = following.get(items[i].kind)
        following[items[i].kind] = items[i]
    lines = doc.lines
    for i in shi:
        x = items[i]
        if x.value is None or x.value < 2:
            continue
        later = next_same[i]
        if later is not None and later.value is not None and later.value > x.value:
            continue  # the run goes on (or skips, which ST101/ST103 have dealt with)
        # every way of writing the next numeral (三, 十一 or 一十一) ends in the same character:
        # without it before the next marker there is nothing to look for
        upper = items[i + 1].start if i + 1 < len(items) else len(simplified)
        if simplified.find(int_to_cn(x.value + 1)[-1], x.end, upper) < 0:
            continue
        line = x.line
        nxt = None
        for j in range(line.number, len(lines)):
            if not lines[j].is_blank and not is_page_marker(lines[j]):
                nxt = lines[j]
                break
        hi = nxt.end if nxt is not None else line.end
        if i + 1 < len(items):
            hi = min(hi, items[i + 1].start)
        delim = _delimiter_before(doc, x.start)
        hits = []
        for m in LOST_SHI.finditer(simplified, x.end, hi):
            if (_numeral_value(m.group("n")) != x.value + 1 or simplified[m.end():m.end() + 1] in _COMPOUND
                    or not _TWO_HAN.match(simplified, m.end(), m.end() + 2)):
                continue
            if taken is None:
                taken = [(a.start, a.end) for a in found] + [(it.start, it.end) for it in items]
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _delimiter_before(doc, m.start()) == delim:
                hits.append(m)
        if len(hits) == 1:
            m = hits[0]
            out.append(Anomaly("ST103", m.start(), m.end(), doc.text[m.start():m.end()], x.render(x.value + 1),
                               "lost-shi", x.base, x))
    return out
