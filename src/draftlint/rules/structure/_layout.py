"""Where the text of a draft really is: content starts, page markers, paragraphs.

Shared by the numbering and pairing rules. A draft converted from a paginated file keeps
page markers (``- 3 -``) that split a paragraph; a hard-wrapped plain-text draft breaks one
paragraph over several lines; Markdown marks headings and list items with prefixes.
"""

from __future__ import annotations

from bisect import bisect_right

from ..._record import Record
from ...document import Document, Line
from ._lazy import lazy

# A line that is only a page number left over from conversion: "- 3 -", "—3—", "第3页", "3/12".
PAGE_MARKER_LINE = lazy(
    r"^[\s\u3000]*(?:[-—–－~～]\s*[0-9０-９]{1,3}\s*[-—–－~～]|第\s*[0-9０-９]{1,3}\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,3}\s*页)?"
    r"|[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3})[\s\u3000]*$"
)
# The same marker glued to the end of a line of text: "…为农业园区- 2 -".
TRAILING_PAGE_MARKER = lazy(r"[-—–－]\s*[0-9０-９]{1,3}\s*[-—–－][\s\u3000]*$")

_MD_PREFIX = lazy(r"(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\*\*|__)*")
_WS = lazy(r"[\s\u3000\ufeff]*")
_FENCE = lazy(r"^[ \t]*(```|~~~)")
SENTENCE_END = set("。！？!?；;：:…”’」』)）】》.．")


def content_start(line: Line, kind: str) -> int:
    """Offset (relative to the line) where the line's own text starts, after indent and Markdown marks."""
    text = line.text
    if kind != "md" and text and not text[0].isspace() and text[0] != "\ufeff":
        return 0  # (most lines: no indent; every character _WS takes is a space to isspace, or U+FEFF)
    pos = _WS.match(text).end()
    if kind == "md":
        pos = _MD_PREFIX.match(line.text, pos).end()
        pos = _WS.match(line.text, pos).end()
    return pos


def line_starts(doc: Document) -> list[int]:
    """The start offset of each line, in order (``bisect_right(starts, offset)`` is the number
    of the line that holds ``offset``)."""
    return doc.memo("st-line-starts", lambda: [line.start for line in doc.lines])


def code_lines(doc: Document) -> frozenset[int]:
    """Numbers of lines inside fenced code blocks of a Markdown draft (never linted as prose)."""
    if doc.kind != "md":
        return frozenset()
    return doc.memo("st-code-lines", lambda: frozenset(_code_lines(doc)))


def _code_lines(doc: Document) -> set[int]:
    out: set[int] = set()
    inside = False
    for line in doc.lines:
        if _FENCE.match(line.text):
            out.add(line.number)
            inside = not inside
        elif inside:
            out.add(line.number)
    return out


def is_page_marker(line: Line) -> bool:
    return bool(PAGE_MARKER_LINE.match(line.text))


_MARKER_DASHES = frozenset("-—–－")


def has_trailing_page_marker(text: str) -> bool:
    """``TRAILING_PAGE_MARKER.search(text)``, without the search when the text cannot end in
    a dash (every white space the pattern allows after the marker is stripped by ``rstrip``)."""
    tail = text.rstrip()
    return bool(tail) and tail[-1] in _MARKER_DASHES and TRAILING_PAGE_MARKER.search(text) is not None


def ends_mid_sentence(text: str) -> bool:
    """True when a line of body text stops where a sentence cannot end (a broken sentence)."""
    if has_trailing_page_marker(text):
        text = TRAILING_PAGE_MARKER.sub("", text)
    text = text.rstrip(" \t\u3000")
    return len(text) >= 25 and text[-1] not in SENTENCE_END and (text[-1].isalnum())


class Paragraph(Record):
    """A paragraph as a list of (start, end) document offsets, one per line piece, in order."""

    __slots__ = _fields = ("pieces",)

    def __init__(self, pieces: tuple[tuple[int, int], ...]) -> None:
        self.pieces = pieces

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _looks_wrapped(lines: list[Line]) -> list[bool]:
    """For each line but the last of a block: does the paragraph go on on the next line?

    Hard-wrapped text has most lines of nearly the same display width (the wrap width); a
    block of one-line paragraphs has lines of any width. A line goes on when the block looks
    wrapped and the line reaches close to the wrap width.
    """
    if len(lines) < 2:
        return []
    from rich.cells import cell_len  # (here, not at import: only hard-wrapped plain text needs it)

    widths = [cell_len(line.text.rstrip()) for line in lines[:-1]]
    width = max(widths)
    near = [w >= 0.85 * width and w >= 30 for w in widths]
    if width > 200 or sum(near) < max(1, len(widths) / 2):
        return [False] * len(widths)
    return near


def paragraphs(doc: Document, starts_item=None) -> list[Paragraph]:
    """The paragraphs of a draft, for work that must not stop at a line break.

    ``starts_item(line)`` tells whether a line opens a numbered item (which always starts a
    new paragraph). A .docx line is a paragraph; a Markdown block is a paragraph unless a line
    is a heading or list item; a plain-text block is split into its lines unless the lines
    look hard-wrapped. A paragraph split by a page marker (or by a blank line in the middle
    of a sentence) is joined again.
    """
    return _fold(doc, starts_item, 0, None)


def paragraphs_around(doc: Document, line: Line, starts_item=None) -> list[Paragraph]:
    """The paragraph that holds ``line`` and those before it back to the start of its first
    block: the same paragraphs ``paragraphs`` has there, worked out from a few blocks only.

    (A block after one that does not run on, by its last line, starts a paragraph whatever
    came before, so the work can start there; see ``_runs_on``.)"""
    blocks = doc.blocks
    starts = doc.memo("st-block-starts", lambda: [block[0].start for block in blocks])
    b = max(bisect_right(starts, line.start) - 1, 0)
    while b > 0 and not _opens_paragraph(doc, b, starts_item):
        b -= 1
    return _fold(doc, starts_item, b, line.start)


def _opens_paragraph(doc: Document, b: int, starts_item) -> bool:
    """Does block ``b`` start with a new paragraph in ``paragraphs`` (False when unsure)?"""
    skip = code_lines(doc)
    blocks = doc.blocks
    block = [ln for ln in blocks[b] if ln.number not in skip] if skip else blocks[b]
    if not block or (PAGE_MARKER_LINE.match(block[0].text) and all(is_page_marker(ln) for ln in block)):
        return False  # (transparent to the paragraphs around it: start before it)
    if starts_item and starts_item(block[0]):
        return True
    markers = False
    for p in range(b - 1, -1, -1):
        prev = [ln for ln in blocks[p] if ln.number not in skip] if skip else blocks[p]
        if not prev:
            continue
        if PAGE_MARKER_LINE.match(prev[0].text) and all(is_page_marker(ln) for ln in prev):
            markers = True
            continue
        glue, broken = _runs_on(doc, prev, starts_item)
        return not (glue or (markers and broken))
    return True  # nothing before but page markers (or nothing): the first paragraph


def _runs_on(doc: Document, block: list[Line], starts_item) -> tuple[bool, bool]:
    """After ``block``: does its paragraph go on in the next block (a sentence broken off, or
    a trailing page marker), and does it end without a sentence end (then it goes on across
    page-marker blocks)? ``(glue_next, broken_before_marker)`` of ``_fold``."""
    last = block[-1].text
    starts_new = starts_item(block[-1]) if starts_item else False
    if doc.kind == "docx" or (starts_new and "。" not in last):
        return False, False  # a .docx paragraph, or a heading, ends where it ends
    tail = last.rstrip(" \t\u3000")
    # the same as ``has_trailing_page_marker(last) or ends_mid_sentence(last)``
    glue = has_trailing_page_marker(last) or (len(tail) >= 25 and tail[-1] not in SENTENCE_END and tail[-1].isalnum())
    return glue, bool(tail) and tail[-1] not in SENTENCE_END


def _fold(doc: Document, starts_item, first: int, until: int | None) -> list[Paragraph]:
    """The paragraphs from block ``first`` on (which must open a paragraph), all of them or,
    with ``until``, up to the one that holds that offset."""
    skip = code_lines(doc)
    out: list[list[tuple[int, int]]] = []
    glue_next = False  # the previous paragraph was broken off mid-sentence
    broken_before_marker = False
    blocks = doc.blocks
    for bi in range(first, len(blocks)):
        block = blocks[bi]
        if until is not None and out and out[-1][0][0] > until:
            break  # (the paragraphs before the last one are complete)
        if skip:
            block = [ln for ln in block if ln.number not in skip]
            if not block:
                continue
        if PAGE_MARKER_LINE.match(block[0].text) and all(is_page_marker(ln) for ln in block):
            # transparent; a page break in the middle of a sentence glues the halves whatever their length
            glue_next = glue_next or broken_before_marker
            continue
        if len(block) == 1:  # (most blocks: one line, one paragraph)
            ln = block[0]
            starts_new = starts_item(ln) if starts_item else False
            if glue_next and out and not starts_new:
                out[-1].append((ln.start, ln.end))
            else:
                out.append([(ln.start, ln.end)])
        else:
            _split_block(doc, block, starts_item, glue_next, out)
        glue_next, broken_before_marker = _runs_on(doc, block, starts_item)
    if until is not None:
        out = [p for p in out if p[0][0] <= until]
    return [Paragraph(tuple(p)) for p in out]


def _split_block(doc: Document, block: list[Line], starts_item, glue_next: bool, out: list) -> None:
    """The lines of a block of several lines, each added to the paragraph before or a new one."""
    if doc.kind == "docx":
        joins = [False] * (len(block) - 1)
    elif doc.kind == "md":
        joins = [not _MD_BLOCK_START.match(nxt.text) for nxt in block[1:]]
    else:
        joins = _looks_wrapped(block)
    for i, ln in enumerate(block):
        starts_new = starts_item(ln) if starts_item else False
        piece = (ln.start, ln.end)
        if i == 0:
            if glue_next and out and not starts_new:
                out[-1].append(piece)
            else:
                out.append([piece])
        elif joins[i - 1] and not starts_new:
            out[-1].append(piece)
        else:
            out.append([piece])


_MD_BLOCK_START = lazy(r"^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d+[.)][ \t]|>|\|)")
