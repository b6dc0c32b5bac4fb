"""Shared knowledge of the PH1xx rules (template fill left undone).

The word lists live in ``draftlint/data/ph1_*.txt`` (one entry per line; a line
starting with ``#`` is a comment); this module loads them and offers the few character tests every slot
rule needs. All matching is done on ``Document.simplified`` so that traditional
script is caught too; offsets are the same as in the original text.

A pattern that starts with look-behinds is tried by the regex engine at every character
of the text; :func:`matches_at` tries it only where a scan of the stdlib engine for a
leading character class finds a candidate, with the same matches (see there).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Callable, Iterable, Iterator

import regex

from ..._data import read_data
from ...lazyre import lazy

from ...types import Span, Text, Violation

# Chinese numerals and the words that stand in for a number (几个, 数万元, 上万元 …):
# a measure word after one of these has its number.
NUMERAL_CHARS = frozenset("〇○零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟廿卅几数半")
# Determiners that take a measure word without a number (这个, 各个, 整个, 每项, 若干个, 十余个 …).
DETERMINER_CHARS = frozenset("这那每各整某哪多逐单另挨上下其本该此首头末前后个么干少余来")
# Words before 万元 / 亿元 that make 万 / 亿 a number by themselves (上万元, 近亿元).
APPROX_CHARS = frozenset("上近超过逾约余多成数几每单来")

# Bodies that a case is told about without its name (如某单位年终述职, A公司与B公司签订合同):
# 某 / a letter before one of these is narration, not a template stand-in.
CASE_BODIES = frozenset({"单位", "公司", "集团", "银行", "医院", "学校", "小学", "中学", "厂", "局"})

HAN = lazy(r"\p{Han}")
ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
DIGITS = frozenset("0123456789０１２３４５６７８９")
SPACES = " \t\u3000\u00a0"
# Every \p{Han} character is at or above U+2E80 (the CJK radicals): a character below it tells
# in one comparison that a look-behind for \p{Han} fails there.
HAN_FLOOR = "\u2e80"
# The characters at or above HAN_FLOOR, as a class for the stdlib engine: negated, because it
# compiles a range that ends at U+10FFFF slowly (12 ms, paid by every one-draft check) and
# this one in 1 ms.
MAY_BE_HAN = r"[^\x00-\u2e7f]"



@lru_cache(maxsize=8192)
def is_han(ch: str) -> bool:
    # (asked about ~15,000 characters a 3 MB run by the PH1 rules, few distinct: a look-up
    # in the cache is a third of a call of the pattern)
    return bool(ch) and bool(HAN.match(ch))


def char_at(text: str, i: int) -> str:
    """The character at ``i``, or "" outside the text."""
    return text[i] if 0 <= i < len(text) else ""


@lru_cache(maxsize=None)
def data_list(name: str) -> tuple[str, ...]:
    """Entries of ``draftlint/data/<name>.txt``: one per line, comments and blanks skipped."""
    raw = read_data(f"{name}.txt")
    out = []
    for line in raw.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            out.append(entry)
    return tuple(out)


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A regex alternation of the literal entries of a data list, longest first."""
    words = sorted(set(data_list(name)), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in words)


@lru_cache(maxsize=None)
def compiled(pattern: str) -> "regex.Pattern[str]":
    """``regex.compile`` once per pattern string (rules build theirs from the data lists)."""
    return regex.compile(pattern)


@lru_cache(maxsize=None)
def word_pattern(name: str) -> "regex.Pattern[str]":
    return regex.compile(alternation(name))


@lru_cache(maxsize=None)
def word_set(name: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """The entries of list ``name`` as a set, with their lengths, longest first."""
    words = frozenset(data_list(name))
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


@lru_cache(maxsize=None)
def _lengths_by_first(name: str) -> dict[str, tuple[int, ...]]:
    """For each first character of a word of list ``name``, the lengths of those words."""
    out: dict[str, set[int]] = {}
    for w in word_set(name)[0]:
        out.setdefault(w[0], set()).add(len(w))
    return {ch: tuple(sorted(ns, reverse=True)) for ch, ns in out.items()}


def word_at(text: str, pos: int, *names: str) -> int:
    """The end of the word of lists ``names`` that starts at ``pos``, or -1: what
    ``regex.match("(?:%s|%s)" % (alternation(names[0]), alternation(names[1])), text, pos)``
    matches (the longest word of the first list that starts there, else of the next …).

    A look-up of the words that start with the character at ``pos``, longest first: an
    alternation of a list's words costs milliseconds to compile in every process (the
    stdlib engine builds no trie for a few words; the regex engine's parser is Python)."""
    first = text[pos:pos + 1]
    for name in names:
        lengths = _lengths_by_first(name).get(first)
        if lengths is None:
            continue
        words = word_set(name)[0]
        for n in lengths:
            word = text[pos:pos + n]
            if len(word) == n and word in words:
                return pos + n
    return -1


def covered_by_word(text: str, start: int, end: int, name: str) -> bool:
    """True if an ordinary word of list ``name`` overlaps ``[start, end)`` and extends past it.

    ``个人`` over the ``个`` of ``涉及个人隐私``, ``有所`` over the ``所`` of ``有所提高``:
    the character is part of a word, not a measure word after a missing number. Words are
    looked for within four characters before and five after the span.
    """
    words, by_first = _word_index(name)
    lo = start - 4 if start > 4 else 0
    hi = min(len(text), end + 5)
    get = by_first.get
    for i in range(lo, end):
        # only the lengths of the words that start with this character (most start none)
        lengths = get(text[i])
        if lengths is None:
            continue
        for n in lengths:
            j = i + n
            if j > hi or j <= start or (i >= start and j <= end):
                continue
            if text[i:j] in words:
                return True
    return False


@lru_cache(maxsize=None)
def _word_index(name: str) -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The words of list ``name`` and, by first character, their lengths (one look-up)."""
    return word_set(name)[0], _lengths_by_first(name)


def _is_punct(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in "PS"


def _flanking(line: str, start: int, end: int) -> tuple[bool, bool]:
    """CommonMark's left- and right-flanking tests for the delimiter run ``line[start:end]``."""
    before, after = char_at(line, start - 1), char_at(line, end)
    before_space = not before or before.isspace()
    after_space = not after or after.isspace()
    left = not after_space and (not _is_punct(after) or before_space or _is_punct(before))
    right = not before_space and (not _is_punct(before) or after_space or _is_punct(after))
    return left, right


def markdown_markup(line: str) -> set[int]:
    """Offsets (within ``line``) of ``*`` and ``_`` characters that are Markdown markup.

    A list bullet (``* item``), a thematic break (``***``) and the delimiters of an
    emphasis pair on one line (``**bold**``, ``__bold__``) are markup. Openers and
    closers are told apart as CommonMark does (flanking runs), so a run a Markdown
    renderer shows as text (``20**年``) is not; on top of that, a pair CommonMark leaves
    only because of Chinese punctuation (``**（二）民生服务方面：**继续``) is bold as its
    author meant (see :func:`_lenient_pairs`).
    """
    marked: set[int] = set()
    stripped = line.strip()
    if stripped and len(stripped.replace(" ", "")) >= 3 and set(stripped.replace(" ", "")) <= set("*_-"):
        return {i for i, c in enumerate(line) if c in "*_"}
    bullet = regex.match(r"[ \t]*([*+-])[ \t]+", line)
    if bullet and bullet.group(1) == "*":
        marked.add(bullet.start(1))
    for ch in "*_":
        openers: list[tuple[int, int]] = []
        for run in regex.finditer(regex.escape(ch) + "+", line):
            if run.start() in marked:
                continue
            left, right = _flanking(line, run.start(), run.end())
            before, after = char_at(line, run.start() - 1), char_at(line, run.end())
            if ch == "_":  # no intraword emphasis with underscores
                can_open = left and (not right or _is_punct(before))
                can_close = right and (not left or _is_punct(after))
            else:
                can_open, can_close = left, right
            length = run.end() - run.start()
            if can_close:
                match = next((k for k in range(len(openers) - 1, -1, -1)
                              if openers[k][1] - openers[k][0] == length), None)
                if match is not None:
                    o_start, o_end = openers[match]
                    del openers[match:]
                    marked.update(range(o_start, o_end))
                    marked.update(range(run.start(), run.end()))
                    continue
            if can_open:
                openers.append((run.start(), run.end()))
    _lenient_pairs(line, marked)
    return marked


# Punctuation that closes or sits inside a sentence (a bold text does not start with it) and
# punctuation that opens (a bold text does not end with it).
_NO_START = frozenset("，,、。.；;：:）)！!？?”’》】〕」』")
_NO_END = frozenset("（(“‘《【〔「『、")
# a quotation in bold may be glued to the words around it: 深化**“检察护企”**专项行动
_QUOTE_PAIRS = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』"}


def _lenient_pairs(line: str, marked: set[int]) -> None:
    """Pairs of ``**`` / ``__`` that Chinese authors mean as bold though CommonMark leaves them.

    ``**（二）民生服务方面：**继续…``: a closing run after full-width punctuation and before a
    character does not close in CommonMark, yet every Chinese writer means bold. Two runs of
    exactly two marks on one line, not yet taken as markup, are a pair when the text between
    them is not empty, does not start or end with a space, does not start with closing
    punctuation nor end with opening punctuation or an enumeration comma (``**镇、**村`` is
    a list of blanks). Such a pair opens where a heading or a
    note would: at the start of the line, after a space or after punctuation; a run glued to
    a character before it (``20**年``, ``我镇**年…,**个``, ``____年__月__日``) opens nothing,
    except before a quotation it closes after (``深化**“检察护企”**专项行动``).
    """
    for ch in "*_":
        runs = [m for m in regex.finditer(regex.escape(ch) + "+", line)
                if m.end() - m.start() == 2 and m.start() not in marked]
        opener = None
        for run in runs:
            before, after = char_at(line, run.start() - 1), char_at(line, run.end())
            if opener is not None:
                inner = line[opener.end():run.start()]
                quoted = line[opener.end()] in _QUOTE_PAIRS
                if inner and not inner[-1].isspace() and inner[-1] not in _NO_END and (
                        not quoted or inner[-1] == _QUOTE_PAIRS[inner[0]]):
                    marked.update(range(opener.start(), opener.end()))
                    marked.update(range(run.start(), run.end()))
                    opener = None
                    continue
            glued = before and (before in ASCII_ALNUM or is_han(before))
            if after and not after.isspace() and after not in _NO_START and (not glued or after in _QUOTE_PAIRS):
                opener = run  # (glued to a word only around a quotation: 深化**“检察护企”**专项)
            else:
                opener = None


def in_stretches(pattern, seeds: "Iterable[tuple[int, int]]", chars: str, stretch, text: str, *,
                 from_seed_end: bool, look_ahead: int = 0) -> Iterable["regex.Match[str]"]:
    """The matches of ``pattern`` searched only in the stretches of text around the ``seeds``
    (the ascending spans of what every match needs near it): each stretch runs back over
    ``chars`` from the seed's start and on to the end of ``stretch`` matched from the seed
    (its end with ``from_seed_end``), with ``look_ahead`` characters after it in view. A
    pattern that starts with look-arounds is otherwise tried at every character of the text."""
    end = 0
    for seed_start, seed_end in seeds:
        if seed_start < end:
            continue  # in the stretch searched last
        start = seed_start
        while start > 0 and text[start - 1] in chars:
            start -= 1
        end = stretch.match(text, seed_end if from_seed_end else seed_start).end()
        yield from pattern.finditer(text, start, min(len(text), end + look_ahead))


def char_class(chars: "Iterable[str]") -> str:
    """A character class of ``chars`` (for either engine)."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


# A scan for candidates is compiled (1-2 ms for a class of Chinese characters, by the stdlib
# engine) only once its pattern has searched this many characters whole: a check of one small
# draft searches whole and compiles no scan (start-up), a run over many drafts compiles each
# scan after its first few drafts.
WHOLE_SEARCH_CHARS = 20_000
_searched_whole: dict = {}


def scan_pays(key, text: str) -> bool:
    """Whether ``text`` is to be searched through the scan for candidates kept under ``key``
    (its pattern), rather than whole (see WHOLE_SEARCH_CHARS); both find the same."""
    done = _searched_whole.get(key, 0)
    if done >= WHOLE_SEARCH_CHARS:
        return True
    _searched_whole[key] = done + len(text)
    return False


@lru_cache(maxsize=None)
def literal_scans(chars: str, rest: str, flags: int = 0) -> "tuple[tuple[str, re.Pattern[str]], ...]":
    """A scan for ``[chars]rest`` as one stdlib pattern per character: each character with its
    pattern, that character then ``rest`` (see :func:`literal_starts`)."""
    return tuple((ch, re.compile(re.escape(ch) + rest, flags)) for ch in chars)


def literal_starts(scans: "tuple[tuple[str, re.Pattern[str]], ...]", text: str) -> list[int]:
    """Ascending offsets where the ``scans`` of :func:`literal_scans` match: where a scan for
    ``[chars]rest`` matches, when ``rest`` consumes nothing (look-arounds only), so that its
    matches are one character wide and each offset is found by one of the scans.

    The stdlib engine searches for a leading literal about eight times as fast as it tests a
    leading class at every character (over c300: about 1 ms a character against 8 ms a
    class): for a class of a few characters, one search per character is the faster scan. A
    character absent from the text is not searched for."""
    found: list[int] = []
    searched = 0
    for ch, scan in scans:
        if ch in text:
            found += [hit.start() for hit in scan.finditer(text)]
            searched += 1
    return sorted(found) if searched > 1 else found


def matches_at(pattern, text: str, starts_of: "Callable[[str], Iterable[int]]") -> Iterator["regex.Match[str]"]:
    """The matches ``pattern.finditer(text)`` gives: that search itself while the pattern has
    searched little (:func:`scan_pays`), then :func:`candidate_matches` at ``starts_of(text)``."""
    if not scan_pays(pattern, text):
        return pattern.finditer(text)
    return candidate_matches(pattern, text, starts_of(text))


def candidate_matches(pattern, text: str, starts: "Iterable[int]") -> Iterator["regex.Match[str]"]:
    """The matches ``pattern.finditer(text)`` gives, with ``pattern`` tried only at ``starts``.

    ``starts`` are ascending offsets that hold every offset where a match of ``pattern`` can
    start (a superset: a cheap scan finds them). A search tries the pattern at each offset
    from where the last match ended and takes the first that matches, just as this does at
    the offsets given; ``pattern.match(text, start)`` makes the same attempt as a search
    there, its look-behinds reading the text before ``start``. So the matches are the same,
    while a pattern that starts with look-behinds is not tried at every character of the
    text. The pattern must not match the empty string.
    """
    end = 0
    match = pattern.match
    for start in starts:
        if start < end:
            continue  # inside the last match (or the same offset twice)
        m = match(text, start)
        if m is not None:
            yield m
            end = m.end()


def violation(start: int, end: int, zh: str, en: str, help_zh: str | None = None,
              help_en: str | None = None, **data) -> Violation:
    help_text = Text(help_zh, help_en) if help_zh and help_en else None
    return Violation(span=Span(start, end), message=Text(zh, en), help=help_text, data=data)


def shown(text: str, start: int, end: int, after: int = 1) -> str:
    """The flagged text with the Chinese character after it (xx镇), for messages."""
    tail = text[end : end + after]
    if not all(map(is_han, tail)):  # (each character Han: is_han is a cached look-up)
        tail = ""
    return text[start:end] + tail


def dedupe(items: Iterable[Violation]) -> list[Violation]:
    """The violations in text order, each dropped that overlaps one kept before it (of two
    that start together, the longer is kept)."""
    seen: list[tuple[int, int]] = []
    out = []
    last_end = -1  # the furthest end of a kept span
    for v in sorted(items, key=lambda v: (v.span.start, -v.span.end)):
        start, end = v.span.start, v.span.end
        # Every kept span starts at or before this one: a span that is not empty overlaps one
        # of them exactly when one ends after its start (one comparison, where a look at
        # every kept span made the rule quadratic in its findings).
        if start < end:
            if last_end > start:
                continue
        elif any(start < e and s < end for s, e in seen):
            continue
        seen.append((start, end))
        last_end = max(last_end, end)
        out.append(v)
    return out


_FENCE = lazy(r"^[ \t]*(```|~~~)")
_CODE_SPAN = lazy(r"(`+)(?!`).*?(?<!`)\1(?!`)", regex.S)


def markdown_code(doc) -> list[tuple[int, int]]:
    """Offset ranges of fenced code blocks and inline code spans of a Markdown document.

    Text in code is quoted, not written: a ``**`` or ``xx`` there is an example, not a
    blank. Returns nothing for other kinds of document.
    """
    if doc.kind != "md":
        return []
    ranges: list[tuple[int, int]] = []
    fence_start: int | None = None
    fence = ""
    for line in doc.lines:
        m = _FENCE.match(line.text)
        if fence_start is None:
            if m:
                fence_start, fence = line.start, m.group(1)
                continue
            for span in _CODE_SPAN.finditer(line.text):
                ranges.append((line.start + span.start(), line.start + span.end()))
        elif m and m.group(1) == fence:
            ranges.append((fence_start, line.end))
            fence_start = None
    if fence_start is not None:
        ranges.append((fence_start, len(doc.text)))
    return ranges


def outside_code(doc, violations: Iterable[Violation]) -> Iterable[Violation]:
    """Drop the violations that lie in Markdown code (see :func:`markdown_code`)."""
    if doc.kind != "md":
        yield from violations  # (no code in other kinds of document)
        return
    # The ranges are found once per document (every PH1 rule asks) and come in text order
    # without overlapping: the one that may hold a finding is the last that starts at or
    # before it.
    ranges = doc.memo("ph1_markdown_code", lambda: markdown_code(doc))
    starts = [s for s, _e in ranges]
    for v in violations:
        k = bisect_right(starts, v.span.start) - 1
        if k < 0 or v.span.start >= ranges[k][1]:
            yield v
