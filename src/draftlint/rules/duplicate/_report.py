"""Shared by the DU rules: run the corpus comparison once per lint run and phrase findings."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Iterator, Mapping

from ...corpus import Match, Result, Source, compact_diff, find_duplicates, load_index, prepare_signed, render_diff
from ...types import CorpusContext, RelatedSpan, Span, Text

_CACHE_ATTR = "_draftlint_duplicates"

#: The per-document work of the comparison (paragraphs, detection forms, signatures): the
#: linter runs a corpus rule's ``prepare(doc)`` in the worker that checks the document,
#: keeps the result in the per-file cache and stores it under ``prepare.memo_key`` on the
#: document it hands to the main process, where only pooling and verification are left.
prepare = prepare_signed


def result_for(ctx: CorpusContext, options: Mapping[str, Any]) -> Result:
    """The comparison for ``ctx`` with these options, computed once and kept on ``ctx``."""
    cache: dict = ctx.__dict__.setdefault(_CACHE_ATTR, {})
    key = tuple(sorted((k, options[k]) for k in ("threshold", "min-length", "max-gap")))
    if key not in cache:
        index = None
        if ctx.index_path:
            if "index" not in cache:
                cache["index"] = load_index(ctx.index_path)
            index = cache["index"]
        # the documents pooled by the linter as its workers returned them, if it did
        pool = getattr(ctx, "pools", {}).get(prepare.memo_key)
        cache[key] = find_duplicates(
            ctx.docs, ctx.references, index=index, cross=ctx.cross, options=options, pool=pool
        )
    return cache[key]


def span_of(src: Source, lo: int, hi: int) -> Span:
    return Span(src.paragraphs[lo].start, src.paragraphs[hi].end)


def lines_of(src: Source, lo: int, hi: int) -> tuple[int, int]:
    return src.paragraphs[lo].line, src.paragraphs[hi].end_line


def related(src: Source, lo: int, hi: int, *, same: bool) -> RelatedSpan:
    first, last = src.paragraphs[lo], src.paragraphs[hi]
    if src.indexed:
        return RelatedSpan(Span(0, 0), path=src.path, lines=(first.line, first.column, last.end_line, last.end_column))
    return RelatedSpan(span_of(src, lo, hi), path=None if same else src.path)


def section_text(src: Source, lo: int, hi: int) -> str:
    """The original text of paragraphs lo..hi (as in the file, or one per line for an index entry)."""
    if src.document is not None:
        return src.document.text[src.paragraphs[lo].start : src.paragraphs[hi].end]
    return "\n".join(p.text for p in src.paragraphs[lo : hi + 1])


def line_range(lo: int, hi: int) -> str:
    return f"第{lo}行" if lo == hi else f"第{lo}–{hi}行"


def line_range_en(lo: int, hi: int) -> str:
    return f"line {lo}" if lo == hi else f"lines {lo}–{hi}"


def diff_between(res: Result, old: tuple[int, int, int], new: tuple[int, int, int]) -> list[dict[str, Any]]:
    """Compact diff from section ``old`` to section ``new``, each (source, lo, hi).

    Each edit's ``offset`` is where the new text starts in the flagged document (a
    character offset into ``Document.text``), for a reporter that colours it in place.
    """
    src = res.sources[new[0]]
    edits = compact_diff(section_text(res.sources[old[0]], old[1], old[2]), section_text(src, new[1], new[2]))
    base = src.paragraphs[new[1]].start
    for e in edits:
        if "offset" in e:
            e["offset"] += base
    return edits


def diff_help(edits: list[dict[str, Any]]) -> Text:
    if not edits:
        return Text("两处除数字、标点和空白外完全相同", "identical apart from numbers, punctuation and spacing")
    shown = render_diff(edits)
    return Text(f"差异（【-原-】【+本处+】）：{shown}", f"differences (【-there-】【+here+】): {shown}")


def flagged_side(m: Match, source: int) -> tuple[int, int, int, int, int, int]:
    """(this source, lo, hi, other source, olo, ohi) with ``source`` as the flagged side."""
    if m.source == source:
        return m.source, m.lo, m.hi, m.other, m.olo, m.ohi
    return m.other, m.olo, m.ohi, m.source, m.lo, m.hi


def coverage(res: Result, source: int, ranges: list[tuple[int, int]]) -> float:
    """Share of a source's normalised characters inside ``ranges`` of its paragraphs."""
    paras = res.sources[source].paragraphs
    total = sum(len(p.norm) for p in paras)
    covered: set[int] = set()
    for lo, hi in ranges:
        covered.update(range(lo, hi + 1))
    return sum(len(paras[k].norm) for k in covered) / total if total else 0.0


def group_size(res: Result, source: int, lo: int, hi: int) -> int:
    """How many sources hold a copy of some paragraph of this section (the largest group)."""
    best = 0
    for k in range(lo, hi + 1):
        uid = res.uids.get((source, k))
        root = res.groups.get(uid) if uid is not None else None
        if root is not None:
            best = max(best, res.group_sizes.get(root, 0))
    return best


def linted_sides(res: Result, m: Match) -> Iterator[int]:
    for s in (m.source, m.other):
        if res.sources[s].linted:
            yield s


def similarity_text(similarity: float) -> Text:
    """``相似度97%``, or ``除数字和标点外完全相同`` for copies equal in detection form."""
    if similarity >= 0.9999:
        return Text("除数字和标点外完全相同", "identical apart from numbers and punctuation")
    pct = min(99, round(similarity * 100))  # 100% would read as identical
    return Text(f"相似度{pct}%", f"{pct}% similar")
