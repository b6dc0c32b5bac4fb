"""A quote or bracket without its partner in the paragraph, or closed by the wrong one.

What it finds: an opening quote or bracket that is never closed in its paragraph, a closing
one that was never opened, and a pair that does not match (``(…】``). Checked: “” ‘’ 「」
『』 《》 () （） 【】 [] 〈〉 〔〕. A paragraph may be hard-wrapped over several lines or
split by a page marker; nested quotes are fine; ``(`` may close with ``）``; enumerators
such as ``1)`` are not half a pair; an excerpt cut off with ``…`` may leave a quote open.
Two halves of one quotation or aside that do not belong together (``“…」``, ``「…『``,
``“…）``, a closing bracket typed as an opening one ``（…（``) are one finding; one half
written as an ASCII quote (``「…"``) is ST203's.

Why it matters: an unclosed quote leaves the reader unsure where the quotation ends, and
it usually means text was lost or pasted in the wrong place.

Example:
  Bad: 成立了“城市建设与城市管理指挥部、“三位一体”办公室等。
  Good: 成立了“城市建设与城市管理指挥部”、“三位一体”办公室等。

Fix: add the missing partner where the quotation or aside ends, or delete the stray mark.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at run time)
if TYPE_CHECKING:
    from typing import Iterable

from ...document import Document
from ...types import RelatedSpan, Span, Text, Violation
from ._pairs import analyze

CODE = "ST201"
NAME = "unbalanced-pair"
SEVERITY = "warning"


_NAMES = {
    "“": ("前引号", "opening quote"), "”": ("后引号", "closing quote"),
    "‘": ("前单引号", "opening single quote"), "’": ("后单引号", "closing single quote"),
    "「": ("前引号", "opening quote"), "」": ("后引号", "closing quote"),
    "『": ("前引号", "opening quote"), "』": ("后引号", "closing quote"),
    "(": ("左括号", "opening bracket"), "（": ("左括号", "opening bracket"),
    ")": ("右括号", "closing bracket"), "）": ("右括号", "closing bracket"),
    "[": ("左方括号", "opening bracket"), "]": ("右方括号", "closing bracket"),
    "【": ("左方头括号", "opening bracket"), "】": ("右方头括号", "closing bracket"),
    "《": ("左书名号", "opening title mark"), "》": ("右书名号", "closing title mark"),
    "〈": ("左书名号", "opening title mark"), "〉": ("右书名号", "closing title mark"),
    "〔": ("左括号", "opening bracket"), "〕": ("右括号", "closing bracket"),
}


def _name(ch: str) -> tuple[str, str]:
    zh, en = _NAMES.get(ch, ("符号", "mark"))
    return f"{zh}{ch}", f"{en} {ch}"


def check(doc: Document, options: dict) -> Iterable[Violation]:
    for i in analyze(doc):
        if i.code != CODE:
            continue
        (c_zh, c_en), (p_zh, p_en) = _name(i.char), _name(i.partner)
        if i.reason == "unclosed":
            msg = Text(f"{c_zh}没有配对的{p_zh}: 请在引文或括注结束处补上",
                       f"{c_en} is never closed: add the {p_en} where the quotation or aside ends")
        elif i.reason == "stray":
            msg = Text(f"{c_zh}前面没有配对的{p_zh}: 请补上或删去",
                       f"{c_en} closes nothing: add the {p_en} or delete it")
        elif i.reason == "turned":
            msg = Text(f"{c_zh}方向错误: 此处应为{p_zh}", f"{c_en} points the wrong way: {p_en} expected here")
        else:
            msg = Text(f"{p_zh}与{c_zh}不配对: 请改成同一对符号",
                       f"{p_en} is closed by {c_en}: use marks of the same pair")
        related = ()
        if i.other is not None:
            related = (RelatedSpan(Span(i.other, i.other + 1), message=Text("配对的另一半", "the other half")),)
        yield Violation(span=Span(i.start, i.end), message=msg, related=related, data={"reason": i.reason})
