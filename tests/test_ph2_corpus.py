"""On the real drafts in ../shared/corpus: the residue, instruction and empty-heading rows of the
truth files are each found once by the PH2 rules (and PH131/PH141/PH301), with nothing extra."""

from __future__ import annotations

from pathlib import Path

from draftlint.load import load_bytes
from draftlint.rules import get

CODES = ("PH131", "PH141", "PH201", "PH202", "PH203", "PH301")
SUBTYPES = {"residue", "instruction", "empty"}


def truth_rows(tsv: Path, lines: list[str]) -> list[tuple[int, int, int]]:
    """(line, start column, end column) of the rows this part of PH owns, as score.py places them."""
    rows = []
    for raw in tsv.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        fam, line, anchor, occ, subtype, _note, _alt, col = (raw.split("\t") + [""] * 8)[:8]
        if fam != "P" or subtype not in SUBTYPES:
            continue
        n = int(line)
        if col:
            start = int(col)
        else:
            pos = -1
            for _ in range(int(occ or 1)):
                pos = lines[n - 1].find(anchor, pos + 1 if pos >= 0 else 0)
            start = pos + 1
        rows.append((n, start, start + len(anchor)))
    return rows


def test_residue_instruction_and_empty_rows_found_without_extras(shared_corpus):
    for path in sorted(shared_corpus.glob("*.txt")):
        tsv = shared_corpus / "truth" / f"{path.stem}.tsv"
        doc = load_bytes(path.read_bytes(), str(path))
        rows = truth_rows(tsv, [line.text for line in doc.lines])
        assert rows, f"{tsv.name} has no residue, instruction or empty rows"
        unmatched = list(rows)
        extras = []
        for code in CODES:
            rule = get(code)
            for v in rule.check(doc, dict(rule.options)):
                start, end = doc.position(v.span.start), doc.end_position(v.span)
                hit = next((r for r in unmatched if start.line <= r[0] <= end.line
                            and (start.column if start.line == r[0] else 1) < r[2]
                            and r[1] < (end.column if end.line == r[0] else 10**9)), None)
                if hit is None:
                    extras.append((path.name, start.line, start.column, code))
                else:
                    unmatched.remove(hit)
        assert extras == []
        assert unmatched == [], path.name


def _found(doc) -> list[tuple[int, int, str]]:
    out = []
    for code in CODES:
        rule = get(code)
        for v in rule.check(doc, dict(rule.options)):
            pos = doc.position(v.span.start)
            out.append((pos.line, pos.column, code))
    return sorted(out)


def test_traditional_script_twins_give_the_same_findings(shared_corpus):
    opencc = __import__("pytest").importorskip("opencc")
    to_traditional = opencc.OpenCC("s2t")
    for path in sorted(shared_corpus.glob("*.txt")):
        doc = load_bytes(path.read_bytes(), str(path))
        twin_text = to_traditional.convert(doc.text)
        if len(twin_text) != len(doc.text):
            continue  # a phrase conversion changed the length; positions would not compare
        twin = load_bytes(twin_text.encode("utf-8"), str(path))
        assert twin.text != doc.text
        assert _found(twin) == _found(doc), path.name
