"""A page number that a docx/PDF conversion turned into list numbering inside a sentence.

What it finds: a paragraph line that stops in the middle of a sentence (it ends in a
character, not in punctuation) and a next line that starts with a number and ``、`` or ``.``
and goes on with the same sentence: ``…盘点镇村闲`` / ``3、置资源资产``. The number was the
page number of the page break that fell there. It is told apart from real numbering by the
sequence: a real ``3、`` follows a ``2、`` of the same style and starts a new item after a
finished sentence or heading; a stray one follows a broken sentence and does not continue
the numbering around it.

Why it matters: the sentence is cut in two and the stray number looks like a list item that
does not exist; readers stumble, and a numbering check sees a list out of order.

Example:
  Bad: …全面清查盘点镇村闲(next line)3、置资源资产,建立台账。
  Good: …全面清查盘点镇村闲置资源资产,建立台账。

Fix: delete the number and join the two lines into one sentence.

Options: ``min-line-length`` (default 20): the shortest line that counts as a paragraph line;
shorter lines ending without punctuation are taken for headings.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...lazyre import lazy
from ...types import Span, Text, Violation
from ._residue import content_lines, line_text, match_text, numbering

CODE = "PH203"
NAME = "split-page-marker"
SEVERITY = "warning"
OPTIONS = {"min-line-length": 20}

_ENDS_MID_SENTENCE = lazy(r"[\p{Han}A-Za-z0-9][ \t\u3000]*$")
_MARKER = lazy(r"[ \t\u3000]*(?P<n>\d{1,3})(?P<sep>[、.．])(?=[ \t\u3000]*\p{Han})")
_SENTENCE_PUNCT = lazy(r"[，,。；;：:！!？?、]")


def check(doc: Document, options: dict) -> Iterable[Violation]:
    min_len = int(options.get("min-line-length", 20))
    lines = content_lines(doc)
    text = match_text(doc)
    last_number: dict[str, int] = {}  # numbering style (1、 or 1.) -> last number seen
    for i, line in enumerate(lines):
        # A marker, and a numbering whose last number is read here (1、, 1.), start with a digit
        # after the blanks: other lines are passed over before any pattern is tried.
        first = text[line.start:line.start + 1]
        if not first.isdigit() and (first not in " \t\u3000"
                                    or not text[line.start:line.end].lstrip(" \t\u3000")[:1].isdigit()):
            continue  # (the line is read past its first character only when that is a blank)
        num = numbering(line_text(doc, line), doc.kind)
        m = _MARKER.match(text, line.start, line.end) if i > 0 else None  # (the first line splits nothing)
        if m and _breaks_sentence(text, lines[i - 1], min_len, doc.kind):
            style = "ar" if m.group("sep") == "、" else "ard"
            n = int(m.group("n"))
            # page 1 never ends inside a sentence of page 2; any other number that does not
            # continue the list before it is a page number
            if n >= 2 and last_number.get(style) != n - 1:
                marker = Span(m.start("n"), m.end("sep"))
                found = doc.text[marker.start:marker.end]
                prev_tail = doc.text[max(lines[i - 1].start, lines[i - 1].end - 6):lines[i - 1].end].strip()
                head = doc.text[marker.end:min(line.end, marker.end + 6)]
                yield Violation(
                    span=marker,
                    message=Text(f"疑似转换残留的页码“{found}”把句子“…{prev_tail}|{head}…”分开了: 请删去编号并接上句子",
                                 f"“{found}” looks like a page number splitting the sentence “…{prev_tail}|{head}…”:"
                                 " delete it and join the lines"),
                )
                continue  # a stray number is not part of the numbering
        if num:
            last_number[num.style] = num.number


def _breaks_sentence(text: str, prev, min_len: int, kind: str) -> bool:
    """Whether the line before stops in the middle of a paragraph's sentence."""
    body = text[prev.start:prev.end].strip()
    if len(body) < min_len or not _ENDS_MID_SENTENCE.search(body):
        return False
    if kind == "md" and body.startswith(("#", "|", ">")):
        return False
    # a paragraph has punctuation inside it; a long title without any is not one
    return bool(_SENTENCE_PUNCT.search(body))
