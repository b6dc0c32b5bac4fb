"""Shared machinery of the AR rules: sentences with their figures, grading, messages.

Rules read ``doc.simplified`` (traditional script converted in place, offsets kept) with
full-width digits folded to ASCII (also in place), so a span found here is a span of
``doc.text``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from decimal import Decimal


from ...numbers import CN_CHARS, INF, TIME_UNITS, Interval, Quantity, find_quantities, fmt, normalize, retext
from ._lazy import lazy, lazy_re
from ..._record import Record, replace
from ...types import RelatedSpan, Severity, Span, Text, Violation

_SENTENCE_END = lazy_re(r"[。！？!?\r\n]+")
_SENTENCE_AND_END = lazy_re(r"([^。！？!?\r\n]*)([。！？!?\r\n]+|$)")
_CLAUSE_SEP = lazy_re(r"[,，;；:：]")
_THOUSANDS = lazy_re(r"[0-9],[0-9]{3}")


class _Source:
    """What the sentences of one document share: the original text, and where each
    character of the joined text came from (None when no soft break was cut out)."""

    __slots__ = ("original", "offsets", "retext")

    def __init__(self, original: str | None, offsets, retext: bool) -> None:
        self.original = original
        self.offsets = offsets
        self.retext = retext


class Sentence:
    """One sentence (never across a line break) and the figures in it.

    The figures and the clause separators are found on first use: most sentences are
    only looked at through cheap word tests, and finding figures is the costly part."""

    __slots__ = ("start", "end", "text", "_src", "_qs", "_cuts", "_starts", "_ends", "_bounds")

    def __init__(self, start: int, end: int, text: str, src: _Source | None = None,
                 quantities: tuple[Quantity, ...] | None = None, cuts: tuple[int, ...] | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text  # normalised simplified text of the sentence
        self._src = src
        self._qs = quantities
        self._cuts = cuts
        self._starts = self._ends = None
        self._bounds = None

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.text!r})"

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        qs = self._qs
        if qs is None:
            src = self._src
            written = None
            if src is not None and src.retext and src.offsets is None:
                # figures quote the original script (萬元, １３１８): read off the sentence as
                # written while they are found (a sentence written as the normalised text
                # has it needs none)
                written = src.original[self.start:self.end]
                if written == self.text:
                    written = None
            found = find_quantities(self.text, self.start, normalized=True, written=written)
            if src is not None and src.retext and found and src.offsets is not None:
                found = [_as_written(src, q) for q in found]  # soft breaks cut out: offsets mapped back
            qs = self._qs = tuple(found)
        return qs

    @property
    def cuts(self) -> tuple[int, ...]:
        """Absolute offsets of clause separators (not the commas inside 1,318)."""
        cuts = self._cuts
        if cuts is None:
            body, start = self.text, self.start
            if "," in body and _THOUSANDS.search(body):
                inside = [(q.start, q.end) for q in self.quantities if "," in q.text or "，" in q.text]
            else:
                inside = []  # only a comma between digits (1,318) can sit inside a figure
            if inside:
                cuts = tuple(
                    start + c.start() for c in _CLAUSE_SEP.finditer(body)
                    if not any(a <= start + c.start() < b for a, b in inside)  # 1,318: a thousands separator
                )
            else:
                cuts = tuple([start + c.start() for c in _CLAUSE_SEP.finditer(body)])
            self._cuts = cuts
        return cuts

    def local(self, offset: int) -> int:
        return offset - self.start

    def between(self, a: int, b: int) -> str:
        """Text between two absolute offsets."""
        return self.text[a - self.start : b - self.start]

    def clause_of(self, offset: int) -> int:
        return bisect_left(self.cuts, offset)

    def clause_start(self, offset: int) -> int:
        """Absolute offset where the clause holding ``offset`` begins."""
        cuts = self.cuts
        i = bisect_left(cuts, offset)
        return cuts[i - 1] + 1 if i else self.start

    def clause_end(self, offset: int) -> int:
        cuts = self.cuts
        i = bisect_left(cuts, offset)
        return cuts[i] if i < len(cuts) else self.end

    def _index(self) -> None:
        qs = self.quantities
        self._starts = [q.start for q in qs]
        self._ends = [q.end for q in qs]

    def before(self, offset: int) -> list[Quantity]:
        """Figures ending at or before ``offset``, nearest first."""
        if self._ends is None:
            self._index()
        i = bisect_right(self._ends, offset)
        return list(self._qs[i - 1 :: -1]) if i else []

    def last_before(self, offset: int) -> Quantity | None:
        """The figure ending nearest before ``offset`` (``before(offset)[0]`` without the list)."""
        if self._ends is None:
            self._index()
        i = bisect_right(self._ends, offset)
        return self._qs[i - 1] if i else None

    def after(self, offset: int) -> list[Quantity]:
        if self._starts is None:
            self._index()
        return list(self._qs[bisect_left(self._starts, offset) :])

    def within(self, a: int, b: int) -> tuple[Quantity, ...]:
        """Figures starting at or after ``a`` and before ``b``, in text order."""
        starts = self._starts
        if starts is None:
            self._index()
            starts = self._starts
        return self._qs[bisect_left(starts, a) : bisect_left(starts, b)]

    @property
    def clause_bounds(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each clause: from after one separator up to the next one."""
        bounds = self._bounds
        if bounds is None:
            edges = [self.start, *[c + 1 for c in self.cuts], self.end + 1]
            bounds = self._bounds = tuple((edges[i], edges[i + 1] - 1) for i in range(len(edges) - 1))
        return bounds


_LINE_BREAK = lazy_re(r"\r\n|\r|\n")
_HARD_END = tuple("。！？!?")
_STARTS_ITEM = lazy(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．)）](?!\d)|第[一二三四五六七八九十\d]+|"
    r"[-*+#>|•●◆■□①②③④⑤⑥⑦⑧⑨⑩])"
)


# what a line that cannot run on into the next ends with: a sentence end, or a break (blank line)
_CLOSED_LINE = frozenset("。！？!?\r\n")


def _soft_breaks(norm: str) -> list[tuple[int, int]]:
    """Line breaks inside sentences of hard-wrapped prose (OCR, e-mail, Markdown source):
    a break after a line that runs to the block's width and does not end a sentence.

    Most lines of a draft end a sentence or are blank: only breaks right after another
    character are looked at (a line with trailing spaces is looked at too, and judged by
    the tests below). Without a \\r every break is one \\n: the lines are cut by str.split
    and a break's offset worked out from the lengths of the lines before it."""
    if "\r" in norm:
        breaks = list(_LINE_BREAK.finditer(norm))
        spans = [(m.start(), m.end()) for m in breaks]
        lines = [norm[s:t] for s, t in zip([0, *[e for _a, e in spans]], [*[a for a, _e in spans], len(norm)])]
    else:
        lines = norm.split("\n")
        spans = None
    open_ends = [i for i, line in enumerate(lines[:-1]) if line and line[-1] not in _CLOSED_LINE]
    if not open_ends:
        return []
    if spans is None:
        before = list(accumulate(map(len, lines)))  # characters of lines 0..i, breaks not counted
        spans = {i: (before[i] + i, before[i] + i + 1) for i in open_ends}
    widths: dict[int, int] = {}
    out = []
    for i in open_ends:
        a, e = spans[i]
        line, nxt = lines[i].rstrip(), lines[i + 1]
        if not nxt.strip() or "|" in line or "|" in nxt:
            continue
        if line[-1:].isdigit() and nxt[:1].isdigit():  # 医疗卫生机构41⏎2个
            out.append((a, e))
            continue
        if line.endswith(_HARD_END):
            continue
        n = len(line.strip())
        if n >= 16 and n >= 0.85 * _block_width(lines, i, widths) and not _STARTS_ITEM.match(nxt):
            out.append((a, e))
    return out


def _block_width(lines: list[str], i: int, widths: dict[int, int]) -> int:
    """The width the block holding line ``i`` (a run of non-blank lines) was wrapped at:
    its longest line. A line well short of it ends a paragraph or is a heading, not a wrap."""
    w = widths.get(i)
    if w is None:
        a = j = i
        while a > 0 and lines[a - 1].strip():
            a -= 1
        while j < len(lines) and lines[j].strip():
            j += 1
        w = max((len(ln.strip()) for ln in lines[a:j]), default=0)
        for k in range(a, j):
            widths[k] = w
    return w


class _Split(Record):
    __slots__ = _fields = ("paragraphs", "offsets", "text", "pairs")

    def __init__(
            self, paragraphs: tuple[tuple[Sentence, ...], ...], offsets: tuple[int, ...] | None, text: str,
            pairs: tuple[tuple[Sentence | None, Sentence], ...] = ()) -> None:
        self.paragraphs = paragraphs
        self.offsets = offsets  # original offset of each character of the joined text
        self.text = text  # the joined, normalised text the sentences index into
        self.pairs = pairs


def _split(text: str, original: str | None = None, kind: str = "txt", norm: str | None = None) -> _Split:
    """Sentences grouped by paragraph (line, or hard-wrapped block in a text file).

    Soft line breaks of hard-wrapped text are cut out, so a claim wrapped over two lines
    (占全年任务2355⏎万元的60%) reads as one; offsets are then those of the joined text and
    :func:`remap` takes violations back to the document. Figures keep the original script
    in their ``text`` (萬元, １３１８) so messages quote the draft as written."""
    if norm is None:
        norm = normalize(text)
    offsets: tuple[int, ...] | None = None
    if kind != "docx":
        soft = _soft_breaks(norm)
        if soft:
            keep: list[int] = []
            pieces = []
            prev = 0
            for a, b in soft:
                keep.extend(range(prev, a))
                pieces.append(norm[prev:a])
                prev = b
            keep.extend(range(prev, len(norm)))
            pieces.append(norm[prev:])
            offsets = tuple(keep)
            norm = "".join(pieces)
    src = _Source(original, offsets, original is not None and (original != text or offsets is not None))
    paragraphs: list[tuple[Sentence, ...]] = []
    current: list[Sentence] = []
    pairs: list[tuple[Sentence | None, Sentence]] = []
    prev_s: Sentence | None = None
    # one match per sentence with the run of ends after it (empty at the end of the text):
    # a run that holds a line break ends the paragraph too. (findall hands over the two
    # groups without a match object each; a match is empty only at the end of the text, so
    # each one starts where the one before ended.)
    start = 0
    for body, ends in _SENTENCE_AND_END.findall(norm):
        if body and not body.isspace():
            sent = Sentence(start, start + len(body), body, src)
            current.append(sent)
            pairs.append((prev_s, sent))
            prev_s = sent
        start += len(body) + len(ends)
        if not ends or "\n" in ends or "\r" in ends:
            if current:
                paragraphs.append(tuple(current))
                current = []
                prev_s = None
    if current:
        paragraphs.append(tuple(current))
    return _Split(tuple(paragraphs), offsets, norm, tuple(pairs))


def _as_written(src: _Source, q: Quantity) -> Quantity:
    """``q`` with its text as the original has it (萬元, １３１８)."""
    written = _original_slice(src.original, src.offsets, q.start, q.end)
    return q if written == q.text else retext(q, written)


def _original_slice(original: str, offsets, a: int, b: int) -> str:
    if offsets is None:
        return original[a:b]
    return "".join(original[offsets[k]] for k in range(a, b))


def split(doc) -> _Split:
    """The document's sentences, worked out once and shared by every AR rule."""
    memo = getattr(doc, "memo", None)
    if memo is None:
        return _split(doc.simplified, doc.text, doc.kind)
    return memo("ar.sentences", lambda: _split(doc.simplified, doc.text, doc.kind, normalized(doc)))


def normalized(doc) -> str:
    """``doc.simplified`` with full-width digits and percent signs folded (same offsets)."""
    memo = getattr(doc, "memo", None)
    if memo is None:
        return normalize(doc.simplified)
    return memo("ar.normalized", lambda: normalize(doc.simplified))


def paragraphs(doc) -> tuple[tuple[Sentence, ...], ...]:
    return split(doc).paragraphs


def paragraph_texts(doc):
    """(start, text) of each paragraph, in the offsets of the sentences."""
    sp = split(doc)
    for para in sp.paragraphs:
        a, b = para[0].start, para[-1].end
        yield a, sp.text[a:b]


def remap(doc, violations):
    """Violations found on sentences, with their offsets taken back to the document (they
    differ only where soft line breaks were cut out)."""
    offsets = split(doc).offsets
    for v in violations:
        if offsets is None:
            yield v
            continue

        def span(sp: Span) -> Span:
            if sp.end <= sp.start:
                return Span(offsets[sp.start], offsets[sp.start])
            return Span(offsets[sp.start], offsets[sp.end - 1] + 1)

        yield replace(v, span=span(v.span), related=tuple(replace(r, span=span(r.span)) for r in v.related))


def sentences(doc):
    """(previous sentence in the same paragraph or None, sentence) pairs."""
    return split(doc).pairs


# --- cheap word tests: a sentence that fails one cannot hold the claim a rule looks for ---

# a percentage is written with %, ‰, 百分之 or a Chinese numeral and 成 (六成, 三成多):
# [numeral][ ]?[余多]{0,2}成, spelt from its 成 with a look-behind for each width the words
# before 成 can take (%, ‰ and 百分之 are tested as substrings first): the engine skips to
# the 成s of a text instead of trying the pattern at every numeral character, which reports
# are full of (一是, 统一, 进一步…)
_PERCENTISH = lazy_re(
    f"成(?:(?<=[{CN_CHARS}]成)|(?<=[{CN_CHARS}][ \u00a0\u3000]成)|(?<=[{CN_CHARS}][余多]成)"
    f"|(?<=[{CN_CHARS}][ \u00a0\u3000][余多]成)|(?<=[{CN_CHARS}][余多][余多]成)"
    f"|(?<=[{CN_CHARS}][ \u00a0\u3000][余多][余多]成))"
)


def may_have_percent(text: str) -> bool:
    """Whether a figure in ``text`` can be a percentage (unit ``%``)."""
    if "%" in text or "‰" in text or "百分之" in text:
        return True
    return "成" in text and _PERCENTISH.search(text) is not None  # 六成, 三成多


# --- what makes a figure usable --------------------------------------------------------

def same_kind(a: Quantity, b: Quantity) -> bool:
    return bool(a.unit) and a.unit == b.unit


def is_amount(q: Quantity) -> bool:
    """A figure of something (money, people, things), not a percentage, a date or a multiple."""
    return bool(q.unit) and q.unit not in ("%", "pp", "倍", "年", "月", "日", "天", "小时", "岁")


# words after which a figure is a comparison base, not the thing itself
# (较大隐患6项, 较重伤情: 较 before an adjective grades the thing, it compares nothing)
# (比赛, 比武: a contest, not a comparison)
_REFERENCE_WORDS = lazy_re(r"占|比(?![赛武])|较(?![大小多少高低好差强弱重轻快慢长短])|相当于|同期|上年|去年")


def is_reference(s: Sentence, q: Quantity) -> bool:
    """The figure is the base of a comparison (占全年任务2355万元, 比上年的1.2亿元)."""
    return bool(_REFERENCE_WORDS.search(s.between(s.clause_start(q.start), q.start)))


# --- grading ---------------------------------------------------------------------------


def strict(q: Quantity) -> Interval:
    return q.strict()


def truncated(q: Quantity) -> Interval:
    return q.truncated()


def coarse(q: Quantity) -> Interval:
    return q.coarse()


# how the stated figure itself is read under each reading of the operands
LENIENT_READINGS = ((truncated, truncated), (coarse, strict))


def grade(evaluate, stated: Quantity, *, operands: list[Quantity], nominal: Decimal | None,
          flip: bool = False, impossible: bool = False) -> Severity | None:
    """How wrong a stated figure is against its recomputation.

    ``evaluate(read)`` recomputes the claimed figure with every operand read by ``read``
    (a function Quantity -> Interval) and returns the interval, or None.

    None: consistent (the strict intervals overlap). info: fails only the strict reading
    (it fits when every figure was truncated, or when a round operand was rounded at its
    trailing zero), or an operand is approximate (约/近/多/余). error: fails every reading
    and is a logical impossibility, a flip of direction, or off by at least one point.
    warning: any other failure.
    """
    if not flip:
        iv = evaluate(strict)
        if iv is None or iv.overlaps(stated.strict()):
            return None
    if stated.approximate or any(q.approximate for q in operands):
        return "info"
    if not flip:
        for read_operand, read_stated in LENIENT_READINGS:
            iv = evaluate(read_operand)
            if iv is None or iv.overlaps(read_stated(stated)):
                return "info"
    if flip or impossible:
        return "error"
    if nominal is not None and abs(nominal - stated.value) >= 1:
        return "error"
    return "warning"


def pct(value: Decimal) -> str:
    return f"{fmt(value)}%"


def violation(span: Span, zh: str, en: str, *, severity: Severity, help_zh: str, help_en: str,
              related: list[tuple[Quantity, str, str]] = (), data: dict | None = None) -> Violation:
    return Violation(
        span=span,
        message=Text(zh, en),
        help=Text(help_zh, help_en),
        related=tuple(RelatedSpan(Span(q.start, q.end), message=Text(rz, re_)) for q, rz, re_ in related),
        severity=severity,
        data=dict(data or {}),
    )


def shown(q: Quantity) -> str:
    return q.shown()


# what like() drops from a figure's text to keep its unit
_QUALIFIERS = lazy(r"余|多|以上|左右|上下|之多|以下|以内|\s")
_NOT_UNIT_OF_COMPOUND = lazy(r"^.*[万萬]|余|多|以上|左右|上下|之多|以下|以内|\s")


def like(value: Decimal, q: Quantity) -> str:
    """``value`` (base units) written the way ``q`` is: 13190000 like 1318万元 -> 1319万元."""
    from ...numbers import parse_chinese

    written = q.written
    if "亿" in q.text and "万" in q.text[q.text.index("亿"):] or "億" in q.text and "萬" in q.text:
        # 3亿2,000万元: one figure with two multipliers, shown in 亿
        unit = _NOT_UNIT_OF_COMPOUND.sub("", q.text)
        return f"{fmt(value / Decimal(10) ** 8, 4)}{'億' if '億' in q.text else '亿'}{unit}"
    try:
        base = Decimal(written.replace(",", "")) if written[:1].isdigit() else Decimal(parse_chinese(written) or 0)
    except Exception:
        base = Decimal(0)
    if not base:
        return fmt(value)
    scale = q.value / base if q.unit != "%" else Decimal(1)
    suffix = _QUALIFIERS.sub("", q.text[len(written):])
    return f"{fmt(value / scale)}{suffix}"


__all__ = [
    "INF", "TIME_UNITS", "normalize", "normalized", "split", "may_have_percent", "remap", "paragraph_texts", "Interval", "Quantity", "Sentence", "paragraphs", "sentences", "same_kind", "is_amount",
    "is_reference", "grade", "strict", "truncated", "coarse", "pct", "violation", "shown", "like", "fmt",
]
