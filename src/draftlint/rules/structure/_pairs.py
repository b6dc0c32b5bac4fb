"""Paired punctuation inside each paragraph (shared by ST201-ST203).

Quotes (“” ‘’ 「」 『』) are matched with a stack, so that nested quotes, even nested quotes of the
same style, balance. What is left over is then read as a whole: two openers close together
with no closer between them are a closing quote typed as an opening one (``“四无“``);
an ASCII quote where the curly closer is missing is a stray ASCII quote. Brackets
(() （） [] 【】 《》 〈〉 〔〕) share one stack, which finds mismatches (``(…】``).
Work is per paragraph (see ``_layout.paragraphs``), so a quote may span a hard line wrap
or a page marker. A paragraph cut off by an ellipsis (an excerpt) may leave a quote open.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import regex

from ..._record import Record
from ...document import Document, Line
from ._lazy import lazy, lazy_re
from ._layout import line_starts, paragraphs_around
from ._numbering import line_heads
from ._prose import masked as masked_offsets
from ._residue import site_residue_lines

# Quotes: opener -> (closer, the ASCII quote that may stand in for either half)
QUOTES = {"“": ("”", '"＂'), "‘": ("’", "'＇"), "「": ("」", ""), "『": ("』", ""), "〝": ("〞", "")}
CLOSING_QUOTES = {"”": "“", "’": "‘", "」": "「", "』": "『", "〞": "〝"}
# (full-width and ASCII forms of one shape are one family: ``(…）`` and ``[…］`` pair up)
BRACKETS = {"(": ")", "（": "）", "[": "]", "［": "］", "【": "】", "《": "》", "〈": "〉", "〔": "〕", "〖": "〗"}
FAMILY = {"(": "(", "（": "(", ")": "(", "）": "(", "[": "[", "]": "[", "［": "[", "］": "[", "〖": "〖", "〗": "〖",
          "【": "【", "】": "【", "《": "《", "》": "《",
          "〈": "〈", "〉": "〈", "〔": "〔", "〕": "〔"}
CLOSERS = {")": "(", "）": "(", "]": "[", "］": "[", "】": "【", "》": "《", "〉": "〈", "〕": "〔", "〗": "〖"}
CJK_PUNCT = set("，。、；：？！“”‘’（）《》【】「」『』…—·［］〖〗")
_TRUNCATED = lazy(r"(?:\.{3,}|…+|。{3,})[\s\u3000]*$")
_ENUM_CLOSER = lazy(r"(?:^|[\s\u3000，,。；;：:、])[0-9０-９a-zA-Z一二三四五六七八九十①-⑳]{1,3}$")


class PairIssue(Record):
    __slots__ = _fields = ("code", "start", "end", "char", "reason", "partner", "other")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, code: str, start: int, end: int, char: str, reason: str, partner: str = "",
                 other: int | None = None) -> None:
        self.code = code  # ST201 | ST202 | ST203
        self.start = start
        self.end = end
        self.char = char
        self.reason = reason  # unclosed | stray | mismatch | reversed-close | reversed-open | ascii
        self.partner = partner  # the character that is missing or clashes
        self.other = other  # offset of the character it clashes with


def _is_han(ch: str) -> bool:
    return bool(ch) and bool(regex.match(r"\p{Han}", ch))


def _chinese_context(text: str, i: int) -> bool:
    """Is the character at ``i`` next to Chinese text (skipping spaces)?"""
    j = i - 1
    while j >= 0 and text[j] in " \t\u3000":
        j -= 1
    k = i + 1
    while k < len(text) and text[k] in " \t\u3000":
        k += 1
    before = text[j] if j >= 0 else ""
    after = text[k] if k < len(text) else ""
    return _is_han(before) or _is_han(after) or before in CJK_PUNCT or after in CJK_PUNCT


def _short_gap(text: str, a: int, b: int, limit: int = 20) -> bool:
    between = text[a + 1 : b]
    return 0 < len(between) <= limit and not any(c in between for c in "。！？!?；;\n\r")


def _quotes(doc: Document, chars: list[tuple[int, str]], opener: str, closer: str, ascii_q: str,
            truncated: bool) -> list[PairIssue]:
    text = doc.text
    tokens = [(off, ch) for off, ch in chars if ch in (opener, closer)]
    if opener == "‘":  # ’ between Latin letters is an apostrophe (don’t), not a quote
        tokens = [(o, c) for o, c in tokens
                  if not (c == "’" and o > 0 and text[o - 1].isascii() and text[o - 1].isalpha())]
    stack: list[int] = []
    strays: list[int] = []
    for idx, (off, ch) in enumerate(tokens):
        if ch == opener:
            stack.append(idx)
        elif stack:
            stack.pop()
        else:
            strays.append(idx)
    unclosed = stack
    issues: list[PairIssue] = []
    left = sorted([(i, "O") for i in unclosed] + [(i, "C") for i in strays])
    used: set[int] = set()
    # Two leftovers next to each other with a few characters between: one quote typed the wrong way round.
    for (i, ki), (j, kj) in zip(left, left[1:]):
        if j != i + 1 or i in used or j in used or not _short_gap(text, tokens[i][0], tokens[j][0]):
            continue
        if ki == "O" and kj == "O":
            issues.append(PairIssue("ST202", tokens[j][0], tokens[j][0] + 1, opener, "reversed-close", closer, tokens[i][0]))
        elif ki == "C" and kj == "C":
            issues.append(PairIssue("ST202", tokens[i][0], tokens[i][0] + 1, closer, "reversed-open", opener, tokens[j][0]))
        elif ki == "C" and kj == "O":
            issues.append(PairIssue("ST202", tokens[i][0], tokens[i][0] + 1, closer, "reversed-open", opener, tokens[j][0]))
        else:
            continue
        used.update((i, j))
    remaining = [(i, k) for i, k in left if i not in used]
    # ASCII quotes next to Chinese text: an even number pair among themselves (a habit, not an
    # error); an odd one out is stray, and where a curly quote lacks its partner it is that partner.
    asc = [off for off, ch in chars if ch in ascii_q and _chinese_context(text, off)
           and not (off > 0 and text[off - 1].isdigit())]
    if len(asc) % 2 == 1:
        chosen = None
        for i, k in remaining:
            off = tokens[i][0]
            cands = [a for a in asc if a > off] if k == "O" else [a for a in asc if a < off]
            if cands:
                chosen = cands[0] if k == "O" else cands[-1]
                remaining = [(x, y) for x, y in remaining if x != i]
                break
        if chosen is None:
            issues.append(PairIssue("ST203", asc[-1], asc[-1] + 1, text[asc[-1]], "ascii", opener + closer))
        else:  # it stands in for the missing half of a curly quote: name that half
            partner_off = tokens[i][0]
            issues.append(PairIssue("ST203", chosen, chosen + 1, text[chosen], "ascii",
                                    closer if k == "O" else opener, partner_off))
    for i, k in remaining:
        off = tokens[i][0]
        if k == "O":
            if not truncated:
                issues.append(PairIssue("ST201", off, off + 1, opener, "unclosed", closer))
        else:
            issues.append(PairIssue("ST201", off, off + 1, closer, "stray", opener))
    return issues


def _brackets(doc: Document, chars: list[tuple[int, str]], truncated: bool) -> list[PairIssue]:
    text = doc.text
    tokens = [(off, ch) for off, ch in chars if ch in BRACKETS or ch in CLOSERS]
    issues: list[PairIssue] = []
    stack: list[tuple[int, str]] = []
    for idx, (off, ch) in enumerate(tokens):
        if ch in BRACKETS:
            stack.append((off, ch))
            continue
        fam = CLOSERS[ch]
        families = [FAMILY[o] for _, o in stack]
        if families and families[-1] == fam:
            stack.pop()
            continue
        if fam in families:
            depth = len(families) - 1 - families[::-1].index(fam)
            for o_off, o in stack[depth + 1 :]:
                issues.append(PairIssue("ST201", o_off, o_off + 1, o, "unclosed", BRACKETS[o]))
            del stack[depth:]
            continue
        line = doc.line_of(off)
        if _ENUM_CLOSER.search(text[line.start : off]):
            continue  # 1) a) 一) : an enumerator, not half of a pair
        if stack:
            top_off, top = stack[-1]
            later = [c for o, c in tokens[idx + 1 :] if c in CLOSERS and CLOSERS[c] == FAMILY[top]]
            if not later:
                issues.append(PairIssue("ST201", off, off + 1, ch, "mismatch", top, top_off))
                stack.pop()
                continue
        issues.append(PairIssue("ST201", off, off + 1, ch, "stray", fam))
    if not truncated:
        for o_off, o in stack:
            issues.append(PairIssue("ST201", o_off, o_off + 1, o, "unclosed", BRACKETS[o]))
    return issues


def _merge_mismatched_quotes(doc: Document, issues: list[PairIssue]) -> list[PairIssue]:
    """“…’ or ‘…”: one quotation closed by the other kind of quote is one mismatch, not an
    unclosed quote plus a stray one."""
    out = list(issues)
    for o in issues:
        if o.code != "ST201" or o.reason != "unclosed" or o not in out:
            continue
        for c in issues:
            if (c.code == "ST201" and c.reason == "stray" and c in out and c.start > o.start
                    and QUOTES[o.char][0] != c.char and _short_gap(doc.text, o.start, c.start)):
                out.remove(o)
                out.remove(c)
                out.append(PairIssue("ST201", c.start, c.end, c.char, "mismatch", o.char, o.start))
                break
    return out


_OPENER_OF = {**{o: o for o in QUOTES}, **CLOSING_QUOTES}
# every quote and bracket -> its family (the opener for quotes, FAMILY's key for brackets)
_FAMILY_OF = {**_OPENER_OF, **FAMILY}
_CLOSER_OF = {**{o: c for o, (c, _) in QUOTES.items()}, **BRACKETS}
_OPENER_BY_CLOSER = {**CLOSING_QUOTES, **{c: o for o, c in BRACKETS.items()}}
_ASCII_QUOTES = "\"'＂＇"


def _tied(first: PairIssue, second: PairIssue) -> PairIssue:
    """``first`` as it stands, with ``second`` (the other half of the same quotation) attached."""
    return PairIssue(first.code, first.start, first.end, first.char, first.reason, first.partner, second.start)


def _merge_across_styles(doc: Document, issues: list[PairIssue]) -> list[PairIssue]:
    """Two halves of one quotation or aside that do not belong together are one defect, not two:
    ``「…"`` (a corner quote closed by an ASCII quote), ``"…」``, ``“…'`` are one stray ASCII
    quote standing in for the missing half (ST203, naming the mark it should be); ``「…“``,
    ``“…）``, ``《…《`` (a closer typed as an opener), ``”…」`` or ``）…（`` (both turned the
    wrong way) are one ST201.

    Only the leftovers of the per-style analysis are looked at, two at a time when nothing else
    is left over between them, a few characters apart in one clause."""
    text = doc.text
    loose = sorted((i for i in issues
                    if (i.code == "ST201" and i.reason in ("unclosed", "stray") and i.char in _FAMILY_OF)
                    or (i.code == "ST203" and i.other is None)), key=lambda i: i.start)
    out = list(issues)
    for a, b in zip(loose, loose[1:]):
        if a not in out or b not in out:
            continue
        a_ascii, b_ascii = a.code == "ST203", b.code == "ST203"
        if a_ascii and b_ascii:
            if text[a.start] == text[b.start] or not _short_gap(text, a.start, b.start):
                continue  # "…" is a pair (never left over); ' and " of one quotation are one slip
            keep = PairIssue("ST203", b.start, b.end, b.char, "ascii", "“”", a.start)
        elif a_ascii or b_ascii:
            curly, asc = (b, a) if a_ascii else (a, b)
            if not _short_gap(text, a.start, b.start, 40):
                continue  # far apart, or sentences between: two slips, not one quotation
            if curly.char in _OPENER_OF and curly.reason == "unclosed" and curly.start < asc.start:
                partner = QUOTES[curly.char][0]  # 「…" : the ASCII quote is the missing 」
                keep = PairIssue("ST203", asc.start, asc.end, asc.char, "ascii", partner, curly.start)
            elif curly.char in _OPENER_OF and curly.reason == "stray" and asc.start < curly.start:
                partner = _OPENER_OF[curly.char]  # "…」 : the ASCII quote is the missing 「
                keep = PairIssue("ST203", asc.start, asc.end, asc.char, "ascii", partner, curly.start)
            elif _short_gap(text, a.start, b.start):
                # ”…", "…「, （…": one quotation or aside whose marks are both wrong: reported once, at the first
                keep = _tied(a, b)
            else:
                continue
        else:
            if not _short_gap(text, a.start, b.start):
                continue
            same = _FAMILY_OF[a.char] == _FAMILY_OF[b.char]
            if a.reason == "stray" and b.reason == "unclosed":
                keep = _tied(a, b)  # 」…“, ）…（ : both turned the wrong way, like ”…“ (ST202 for quotes)
            elif a.reason == "unclosed" and b.reason == "unclosed" and same:
                # （…（ , 《…《 : the closer typed as an opener (quotes: ST202)
                keep = PairIssue("ST201", b.start, b.end, b.char, "turned", _CLOSER_OF[a.char], a.start)
            elif a.reason == "stray" and b.reason == "stray":
                # ）…）, ”…」 : the opener typed as a closer (of the kind that closes)
                keep = PairIssue("ST201", a.start, a.end, a.char, "turned", _OPENER_BY_CLOSER[b.char], b.start)
            elif a.reason == "unclosed" and not same:
                # 「…“ , “…） , （…【 : a quotation or aside closed by a mark of another kind
                keep = PairIssue("ST201", b.start, b.end, b.char, "mismatch", a.char, a.start)
            else:
                continue
        out.remove(a)
        out.remove(b)
        out.append(keep)
    return out


def _cut_at_ellipsis(doc: Document, pieces):
    """A line that ends in an ellipsis ends an excerpt: the text after it is not the same
    paragraph, and a quote left open before it was cut off, not forgotten."""
    out, current = [], []
    for s, e in pieces:
        current.append((s, e))
        if _TRUNCATED.search(doc.text, s, e):
            out.append((current, True))
            current = []
    if current:
        out.append((current, False))
    return out


# For the quick test of a paragraph whose marks all pair up: opener -> its family, closer ->
# the family it closes (brackets of one shape share a family, as in ``_brackets``).
_OPENS = {**{o: o for o in QUOTES}, **{o: FAMILY[o] for o in BRACKETS}}
_CLOSES = {**CLOSING_QUOTES, **CLOSERS}


def _well_nested(text: str, chars: list[tuple[int, str]]) -> bool:
    """True when the quotes and brackets all close in order (``“…(…)…”``), with no ASCII quote
    and no apostrophe: then neither ``_quotes`` nor ``_brackets`` has anything to report. (Every
    style's own marks, and the brackets on their own, are then well nested too.) False means
    only that the full analysis is needed."""
    stack: list[str] = []
    for off, ch in chars:
        family = _OPENS.get(ch)
        if family is not None:
            stack.append(family)
            continue
        want = _CLOSES.get(ch)  # None for an ASCII quote
        if want is None or not stack or stack[-1] != want:
            return False
        if ch == "’" and off > 0 and text[off - 1].isascii() and text[off - 1].isalpha():
            return False  # an apostrophe, which _quotes leaves out
        stack.pop()
    return not stack


# Each quote style with all the marks it looks at.
_QUOTE_STYLES = [(o, c, a, frozenset(o + c + a)) for o, (c, a) in QUOTES.items()]
# Every character the pairing looks at: quotes of all styles, brackets, ASCII quotes.
# (a plain character class: the standard library's engine scans for it twice as fast)
_WANTED = lazy_re("[" + re.escape("".join(sorted(
    set(QUOTES) | set(CLOSING_QUOTES) | set(BRACKETS) | set(CLOSERS) | {'"', "'", "＂", "＇"}))) + "]")


def analyze(doc: Document) -> list[PairIssue]:
    """Every pairing issue of a draft (worked out once per document, shared by ST201-ST203)."""
    return doc.memo("st-pairs", lambda: _analyze(doc))


def _analyze(doc: Document) -> list[PairIssue]:
    text = doc.text
    offsets = [m.start() for m in _WANTED.finditer(text)]
    if offsets:
        masked = masked_offsets(doc)
        if masked and not masked.isdisjoint(offsets):  # (the test in C; most URLs hold no mark)
            offsets = [off for off in offsets if off not in masked]
    if not offsets:
        return []  # no quote or bracket at all: nothing to pair
    heads = line_heads(doc)
    issues: list[PairIssue] = []
    done = 0  # the paragraphs that start before this offset have been looked at
    # Only a paragraph with a line whose own marks do not pair up can have an issue (a
    # paragraph is whole lines, and well-nested lines put together are well nested): its
    # paragraph is worked out from the blocks around that line, not the whole draft's.
    for line in _lines_not_well_nested(doc, text, offsets):
        if line.start < done:
            continue  # in a paragraph looked at already
        for para in paragraphs_around(doc, line, lambda ln: ln.number in heads):
            if para.start < done:
                continue
            done = para.end
            issues += _paragraph_issues(doc, text, offsets, para)
    if issues:  # PH201 is asked only when there is something it could excuse
        residue = site_residue_lines(doc)
        issues = [i for i in issues if doc.line_of(i.start).number not in residue]
    issues.sort(key=lambda i: i.start)
    return issues


def _lines_not_well_nested(doc: Document, text: str, offsets: list[int]) -> list[Line]:
    """The lines whose own quotes and brackets (``offsets``) are not well nested, in order:
    ``_well_nested`` of each line's marks, in one pass over all of them (every line of a
    draft has some, so a call and a list per line would cost more than the test itself)."""
    starts = line_starts(doc)
    lines = doc.lines
    out: list[Line] = []
    stack: list[str] = []
    bad = False
    number, next_start = 0, -1  # the line of the marks seen last, and where the next line starts
    for off in offsets:
        if off >= next_start:
            if bad or stack:
                out.append(lines[number - 1])
            number = bisect_right(starts, off)
            next_start = starts[number] if number < len(starts) else len(text) + 1
            stack.clear()
            bad = False
        elif bad:
            continue
        ch = text[off]
        family = _OPENS.get(ch)
        if family is not None:
            stack.append(family)
            continue
        want = _CLOSES.get(ch)  # None for an ASCII quote
        if (want is None or not stack or stack[-1] != want
                or (ch == "’" and off > 0 and text[off - 1].isascii() and text[off - 1].isalpha())):
            bad = True  # (an apostrophe, too, is left to the full analysis)
            continue
        stack.pop()
    if bad or stack:
        out.append(lines[number - 1])
    return out


def _paragraph_issues(doc: Document, text: str, offsets: list[int], para) -> list[PairIssue]:
    issues: list[PairIssue] = []
    first = bisect_left(offsets, para.start)
    if first == len(offsets) or offsets[first] >= para.end:
        return issues  # no mark in this paragraph
    for pieces, truncated in _cut_at_ellipsis(doc, para.pieces):
        chars = []
        for s, e in pieces:
            chars.extend((off, text[off]) for off in offsets[bisect_left(offsets, s):bisect_left(offsets, e)])
        if not chars or _well_nested(text, chars):
            continue
        present = {ch for _, ch in chars}
        # a quote style none of whose marks occurs here has nothing to report
        quotes = [q for o, c, a, marks in _QUOTE_STYLES if not marks.isdisjoint(present)
                  for q in _quotes(doc, chars, o, c, a, truncated)]
        issues += _merge_across_styles(doc, _merge_mismatched_quotes(doc, quotes) + _brackets(doc, chars, truncated))
    return issues
