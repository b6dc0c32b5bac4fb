"""A single Latin capital standing for a name inside Chinese text (以A新时代…思想, B书记).

What it finds: one capital letter, with Chinese around it, in the place of a person's,
a place's or a body's name: before a title (``B书记``, ``C同志``), before a place (``D县``,
``E镇``), or before the words a leader's name goes with
(``以A新时代中国特色社会主义思想为指导``, ``A重要讲话精神``).

It stays quiet on the letters of ordinary terms and grades (``B超``, ``A股``, ``T恤``,
``4A级``, ``AAA级``, ``5G``), on lists of options (``A、B两组``), on zones and buildings
(``A区``, ``B栋``), on cases told without names (``A公司与B公司签订合同``) and on Latin
words. A lone ``X`` is reported as a placeholder (PH101).

Why it matters: a template site replaced a name with a letter; left in place it reads as
a careless or even disrespectful text.

Example:
  Bad: 以A新时代中国特色社会主义思想为指导, 在B书记的带领下开展工作。
  Good: 以习近平新时代中国特色社会主义思想为指导, 在李书记的带领下开展工作。

Fix: write the full name the letter stands for.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Iterable

import re
from functools import lru_cache

import regex

from ...lazyre import lazy, lazy_re
from ...document import Document
from ...types import Violation
from ._fill import (
    CASE_BODIES,
    alternation,
    char_at,
    char_class,
    compiled,
    covered_by_word,
    data_list,
    is_han,
    matches_at,
    outside_code,
    scan_pays,
    violation,
)

CODE = "PH103"
NAME = "letter-for-name"
SEVERITY = "error"

# what a leader's name is written before
_ATTRIBUTION = ("新时代", "思想", "重要讲话", "重要指示", "讲话精神", "指示精神", "总书记",
                "为标杆", "为榜样",  # 以A为标杆: a unit or a person held up as the model
                "为指导", "为统领", "为引领", "为指引", "为根本遵循", "为行动指南")  # 以A为指导: a thought's name
# 区 is a zone (A区), and A公司 tells a case without its name
_NOT_PLACES = frozenset({"区"}) | CASE_BODIES
_BEFORE_OK = frozenset(",，。、；;：:“”\"'‘’（(《【[ \t\u3000\r\n")


@lru_cache(maxsize=1)
def _context() -> "regex.Pattern[str]":
    places = [p for p in alternation("ph1_place_suffixes").split("|") if p not in _NOT_PLACES]
    words = "|".join([alternation("ph1_titles"), *places, *(regex.escape(a) for a in _ATTRIBUTION)])
    # a deputy's title is the title with 副 in front (A副总经理, B副书记)
    return compiled(r"[A-WYZ](?=副?(?:%s))" % words)


# The capitals every pattern here starts with: they are found in one scan (the stdlib engine
# scans for a class in C) and the patterns, two of them led by look-behinds, tried only there.
_CAPITALS = lazy_re(r"[A-WYZ]")


@lru_cache(maxsize=1)
def _after_title() -> "regex.Pattern[str]":
    """A capital right after a title and before punctuation, the end or the verb of the
    sentence: 组长A、副组长B, 组长A带领团队."""
    return compiled(r"(?<=(?:%s))[A-WYZ](?=[、，,。；;：:)）\s]|$|带|负责|牵头|主持|分管|组织|任|为|和|与|等|同志|的(?:带领|领导|指导|关心|支持|主持|率领|正确领导))"
                    % alternation("ph1_titles"))


# a capital alone after the label of a person who signs or is to be called: 述职人:A
_AFTER_LABEL = lazy(r"(?<=(?:汇报人|报告人|述职人|填报人|联系人|负责人|审核人|经办人|撰稿人|起草人)[:：][ \t\u3000]*)"
                    r"[A-WYZ](?=[ \t\u3000]*(?:$|[\r\n、，,;；]))", regex.MULTILINE)


@lru_cache(maxsize=1)
def _capitals_in_context() -> "re.Pattern[str]":
    """The capitals where one of the patterns here can match: before 副 or the first
    character of a word of _context (and after no Latin letter or digit, which _find's
    _context matches skip), after the last character of a title (_after_title), or after a
    colon or a blank (_AFTER_LABEL). About half the capitals of a report stand in Latin words
    or codes; one scan of the stdlib engine leaves them out (and most of the rest)."""
    places = [p for p in data_list("ph1_place_suffixes") if p not in _NOT_PLACES]
    first = {"副"} | {w[0] for w in (*data_list("ph1_titles"), *places, *_ATTRIBUTION)}
    last = {w[-1] for w in data_list("ph1_titles")}
    return re.compile(r"[A-WYZ](?:(?<![A-Za-z0-9].)(?=%s)|(?<=%s.)|(?<=[:：\s].))" % (char_class(first), char_class(last)),
                      re.S)


def _find(doc: Document, options: dict) -> Iterable[Violation]:
    text = doc.simplified
    # (the scan of capitals in context compiles in a millisecond or two: a small draft is
    # scanned for every capital, see _fill.scan_pays)
    scan = _capitals_in_context() if scan_pays(_capitals_in_context, text) else _CAPITALS
    starts = [m.start() for m in scan.finditer(text)]
    if not starts:
        return  # no capital letter: the context pattern need not be compiled
    seen: set[int] = set()
    for m in matches_at(_context(), text, lambda _t: starts):
        prev = char_at(text, m.start() - 1)
        if prev and not (is_han(prev) or prev in _BEFORE_OK):
            continue  # 4A级, AAA景区, iPhone …
        suffix = compiled(alternation("ph1_place_suffixes")).match(text, m.end())
        if suffix and covered_by_word(text, m.end(), m.end() + len(suffix.group()), "ph1_suffix_words"):
            continue  # A市场
        letter = doc.text[m.start()]
        found = doc.text[m.start():m.end() + 2]
        seen.add(m.start())
        yield violation(
            m.start(), m.end(),
            f"字母“{letter}”代替了名称(“{found}”): 请写出完整名称",
            f"the letter “{letter}” stands in for a name (“{found}”): write the full name",
        )
    for m in [*matches_at(_after_title(), text, lambda _t: starts), *matches_at(_AFTER_LABEL, text, lambda _t: starts)]:
        if m.start() in seen:
            continue  # 副县长B同志: found before 同志 already
        seen.add(m.start())
        found = doc.text[m.start() - 2:m.end()]
        yield violation(
            m.start(), m.end(),
            f"字母“{m.group()}”代替了名称(“{found}”): 请写出完整名称",
            f"the letter “{m.group()}” stands in for a name (“{found}”): write the full name",
        )


def check(doc: Document, options: dict) -> Iterable[Violation]:
    return list(outside_code(doc, _find(doc, options)))
