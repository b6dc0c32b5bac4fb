"""某镇 / 某某 standing in for a name that was never filled in.

What it finds: ``某`` before a place or a form of address (``某镇``, ``某乡镇``,
``某村``, ``某县``, ``某同志``), ``某某`` on its own (``某某同志``, ``某某镇``), and
``某年某月某日``: the template's stand-in for a name or date.

It stays quiet on the ordinary words ``某些``, ``某种``, ``某一``, ``某个方面``,
``某项``, ``某次``, ``某地``, on ``某市场`` and ``某区域`` (the 市 / 区 belongs to another
word), on ``某单位`` / ``某公司`` (a case told without its name), and on the
anonymised names of case reports (``王某某``, ``张某``) except after a contact or signing
label (``联系人: 王某某``).

Why it matters: a report about "some town" is a template, not a report; the reader
learns nothing about who did what.

Example:
  Bad: 某镇党委、政府认真落实县委部署, 某某同志任组长。
  Good: 青山镇党委、政府认真落实县委部署, 李华同志任组长。

Fix: write the real name of the place, body or person.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable


from functools import lru_cache

from ...lazyre import lazy
from ...document import Document
from ...types import Violation
from ._fill import (
    CASE_BODIES,
    alternation,
    char_at,
    compiled,
    covered_by_word,
    data_list,
    outside_code,
    violation,
)

CODE = "PH102"

# The label of a person a report names for contact or sign-off: a 王某某 after it is no
# anonymised party of a case but a name left to fill in.
_CONTACT_LABEL = lazy(r"(?:联系人|填报人|审核人|负责人|经办人|报告人|签发人|撰稿人|拟稿人|承办人)"
                      r"[:：]?[*\s\u3000]*\Z")
# Surnames that are also prepositions: 位于某镇 is "located in some town", not a 于某 in a case.
_PREPOSITIONS = frozenset("于")
NAME = "stand-in-name"
SEVERITY = "error"



def _find(doc: Document, options: dict) -> Iterable[Violation]:
    text = doc.simplified
    if "某" not in text:
        return
    surnames, places = _surnames(), _places()
    for m in compiled(r"某某+|某年某月(?:某日)?|某(?=(?:%s))" % places).finditer(text):
        start, end = m.start(), m.end()
        prev = char_at(text, start - 1)
        if prev in surnames and not (m.group() == "某" and prev in _PREPOSITIONS) and not _after_title(text, start):
            if not _CONTACT_LABEL.search(text, max(0, start - 14), start - 1):
                continue  # 王某某, 张某: an anonymised person in a case report
            start -= 1  # 联系人:王某某: the name of the person to call, never filled in
        if m.group() == "某":
            suffix = compiled(places).match(text, end)
            if suffix is None:
                continue
            if covered_by_word(text, suffix.start(), suffix.end(), "ph1_suffix_words"):
                continue  # 某市场, 某区域
            end = suffix.end()
        found = doc.text[start:end]
        yield violation(
            start, end,
            f"“{found}”是模板里的代称: 请填入实际名称",
            f"“{found}” is a template stand-in: write the real name",
        )


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset("".join(data_list("ph1_surnames")))


@lru_cache(maxsize=1)
def _places() -> str:
    """The place suffixes but the bodies a case is told about, as an alternation (made once:
    each draft asked for it)."""
    return "|".join(w for w in alternation("ph1_place_suffixes").split("|") if w not in CASE_BODIES)


def _after_title(text: str, start: int) -> bool:
    """True if a title ends right before ``start`` (within six characters): 社区主任某某 (任 ends
    主任, no surname)."""
    return text.endswith(_titles(), max(0, start - 6), start)


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    """The titles, for ``str.endswith`` (a regex alternation of them took 3 ms to compile)."""
    return tuple(set(data_list("ph1_titles")))


def check(doc: Document, options: dict) -> Iterable[Violation]:
    return list(outside_code(doc, _find(doc, options)))
