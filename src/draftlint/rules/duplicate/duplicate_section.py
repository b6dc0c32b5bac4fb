"""A section of the draft repeats an earlier section of the same draft.

What it finds: a paragraph (of at least ``min-length`` characters) or a run of
consecutive paragraphs that nearly equals an earlier one in the same file: identical
apart from numbers, punctuation, spacing or script (traditional/simplified), or with
a few words changed. The later copy is reported, pointing at the earlier one, with the
similarity and a compact diff of what differs (``【-2016-】【+2015+】``). Titles and
headings that recur (``一、工作成效``) only extend a section; on their own they are
not a duplicate, and neither are shared stock phrases (``在县委、县政府的正确领导下``).

Why it matters: drafts assembled from template sites often carry last year's summary
pasted under this year's title, or the same paragraph pasted into two sections. A
reader notices at once; the writer, who only changed the year, does not.

Example:
  Bad: 第2节“二、工作举措”下的四段，与第1节同名段落逐字相同，只是“2015年”改成了“2016年”。
  Good: 每一节写本节自己的内容；确需引用前文时写“同上文第一部分”。

Fix: delete the repeated copy, or rewrite it for what this section is about. The
diff shows what was changed between the copies, usually only a year or a place name.

Options: ``threshold`` (0.8): least similarity (normalised Indel ratio of the
detection text, 0–1) for two paragraphs to count as copies. Measured: a copy with
every tenth character changed scores about 0.9, with every fourth about 0.75 (a
rewrite, not a copy). ``min-length`` (40): least
number of characters (letters and digits, numbers counted as one) of running text a
finding must cover, stock phrases (``data/du_stock_phrases.txt``) not counted. Measured:
the stock openings and closings two unrelated reports share keep 7-8 such characters,
the shortest real copy in the sample drafts 169.
``max-gap`` (2): how many unmatched paragraphs a section may step over.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Iterable, Mapping

from ...types import CorpusContext, Text, Violation
from ._report import (
    diff_between, diff_help, line_range, line_range_en, lines_of, related, result_for, similarity_text,
    span_of,
)
from ._report import prepare  # noqa: F401  (per-document work, run by the linter in its workers)

CODE = "DU101"
NAME = "duplicate-section"
SEVERITY = "warning"
SCOPE = "corpus"
OPTIONS: dict[str, Any] = {"threshold": 0.8, "min-length": 40, "max-gap": 2}


def check_corpus(ctx: CorpusContext, options: Mapping[str, Any]) -> Iterable[tuple[str, Violation]]:
    res = result_for(ctx, options)
    # a passage in three places: each later copy points at the first one only
    first: dict[tuple[int, int, int], Any] = {}
    for m in res.matches:
        if m.source != m.other or not res.sources[m.source].linted:
            continue
        key = (m.source, m.olo, m.ohi)
        if key not in first or m.lo < first[key].lo:
            first[key] = m
    for m in sorted(first.values(), key=lambda m: (m.source, m.olo)):
        src = res.sources[m.source]
        # matches are ordered: lo..hi is the earlier copy, olo..ohi the later one
        here, there = lines_of(src, m.olo, m.ohi), lines_of(src, m.lo, m.hi)
        edits = diff_between(res, (m.source, m.lo, m.hi), (m.source, m.olo, m.ohi))
        sim = similarity_text(m.similarity)
        yield src.path, Violation(
            span=span_of(src, m.olo, m.ohi),
            message=Text(
                f"{line_range(*here)}重复了{line_range(*there)}（{sim.zh}）: 请删去重复部分或改写",
                f"{line_range_en(*here)} repeat {line_range_en(*there)} ({sim.en}): delete the copy or rewrite it",
            ),
            help=diff_help(edits),
            related=(related(src, m.lo, m.hi, same=True),),
            data={"similarity": m.similarity, "diff": edits, "lines": list(here), "related_lines": list(there)},
        )
