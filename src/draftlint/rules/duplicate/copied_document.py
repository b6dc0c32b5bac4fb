"""A section of the draft nearly equals a section of another draft or archived report.

What it finds: a paragraph (of at least ``min-length`` characters) or a run of
paragraphs that nearly equals one in another file: another file being checked
(``draftlint check folder/``; ``--no-cross`` turns this off), a reference archive
(``--against DIR``, compared but not checked) or a prebuilt index
(``--against-index FILE``, from ``draftlint index build``). The finding names the
other file and lines, the similarity, the share of this draft found in that file, how
many files hold the same text (one template filed by five townships is one group), and
a compact diff (``【-永春-】【+xx+】乡``). Stock phrases every report uses
(``在县委、县政府的正确领导下``) and shared headings are not copies.

Why it matters: a 范文 copied by several offices, or last year's report handed in
again with the year changed, is found out by the first reader who has seen the other
one. Reports that must describe this unit's own work cannot share whole sections.

Example:
  Bad: 甲镇和乙镇的半年总结“二、主要做法”一节逐字相同，只有镇名不同。
  Good: 每份总结写本单位的具体做法、数字和事例。

Fix: rewrite the copied section with this unit's own facts; the diff shows what was
changed from the other file, often only a name or a year.

Options: ``threshold`` (0.8): least similarity (0–1) for two paragraphs to count as
copies. ``min-length`` (40): least number of characters of running text a finding must
cover, stock phrases (``data/du_stock_phrases.txt``) not counted. Measured: the
stock openings and closings two unrelated reports share keep 7-8 such characters, the
shortest real copy in the sample drafts 169. ``max-gap`` (2): how many unmatched
paragraphs a section may step over.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Iterable, Mapping

from ...types import CorpusContext, RelatedSpan, Text, Violation
from ._report import (
    coverage, diff_between, diff_help, flagged_side, group_size, line_range, line_range_en, lines_of,
    linted_sides, related, result_for, similarity_text, span_of,
)
from ._report import prepare  # noqa: F401  (per-document work, run by the linter in its workers)

CODE = "DU102"
NAME = "copied-from-other-document"
SEVERITY = "warning"
SCOPE = "corpus"
OPTIONS: dict[str, Any] = {"threshold": 0.8, "min-length": 40, "max-gap": 2}
MAX_RELATED = 10


def check_corpus(ctx: CorpusContext, options: Mapping[str, Any]) -> Iterable[tuple[str, Violation]]:
    res = result_for(ctx, options)
    # per flagged source: its sections and what they match elsewhere
    sections: dict[tuple[int, int, int], list[tuple[int, int, int, float]]] = {}
    ranges: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for m in res.matches:
        if m.source == m.other:
            continue
        for side in linted_sides(res, m):
            s, lo, hi, o, olo, ohi = flagged_side(m, side)
            sections.setdefault((s, lo, hi), []).append((o, olo, ohi, m.similarity))
            ranges.setdefault((s, o), []).append((lo, hi))
    for (s, lo, hi), others in _merge_overlapping(sections):
        src = res.sources[s]
        others.sort(key=lambda x: (-x[3], res.sources[x[0]].path, x[1]))
        o, olo, ohi, sim = others[0]
        other = res.sources[o]
        here, there = lines_of(src, lo, hi), lines_of(other, olo, ohi)
        share = coverage(res, s, ranges[(s, o)])
        edits = diff_between(res, (o, olo, ohi), (s, lo, hi))
        simt, share_pct = similarity_text(sim), round(share * 100)
        copies = max(group_size(res, s, lo, hi), len({x[0] for x in others}) + 1)
        also = f"；同一内容共见于{copies}个文件" if copies > 2 else ""
        also_en = f"; the same text is in {copies} files" if copies > 2 else ""
        # the most similar copies; the message gives how many files hold the text in all
        rel: list[RelatedSpan] = [related(res.sources[x[0]], x[1], x[2], same=False) for x in others[:MAX_RELATED]]
        yield src.path, Violation(
            span=span_of(src, lo, hi),
            message=Text(
                f"{line_range(*here)}与 {other.path} {line_range(*there)}雷同（{simt.zh}，"
                f"本文{share_pct}%的内容见于该文件{also}）: 请用本单位的实际内容改写",
                f"{line_range_en(*here)} copy {line_range_en(*there)} of {other.path} ({simt.en}, "
                f"{share_pct}% of this file is in that one{also_en}): rewrite it with this unit's own facts",
            ),
            help=diff_help(edits),
            related=tuple(rel),
            data={"similarity": sim, "diff": edits, "coverage": round(share, 4), "copies": copies,
                  "lines": list(here), "other": other.path, "related_lines": list(there)},
        )


def _merge_overlapping(sections):
    """Sections of one file that overlap (copied from several files) become one finding."""
    out: list[tuple[tuple[int, int, int], list]] = []
    for (s, lo, hi), others in sorted(sections.items()):
        if out and out[-1][0][0] == s and lo <= out[-1][0][2]:
            (s0, lo0, hi0), prev = out[-1]
            merged = {x[:3]: x for x in prev}
            for x in others:
                if x[:3] not in merged or merged[x[:3]][3] < x[3]:
                    merged[x[:3]] = x
            out[-1] = ((s0, lo0, max(hi0, hi)), list(merged.values()))
        else:
            out.append(((s, lo, hi), list(others)))
    return out
