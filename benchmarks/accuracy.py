"""Held-out accuracy benchmark: draftlint's findings against hand-made truth, per family.

    .venv/bin/python benchmarks/accuracy.py [DIR ...] [--verbose] [--with-info] [--json] [--per-draft]
                                            [--traditional]

Without DIR it scores fixtures/benchmark (drafts written for this benchmark only, never shown to
the rule authors). Any other folder laid out the same way can be scored too, e.g.
``../shared/corpus``: the drafts (``*.txt``, ``*.md``) in DIR and their truth in ``DIR/truth``.

For each DIR it runs ``python -m draftlint check --format json --exit-zero --no-cache DIR``
(plus ``--show-info`` with ``--with-info``) and prints, per family, the number of truth rows,
findings, matched rows, recall and precision; ``--verbose`` lists every miss and every extra,
``--per-draft`` adds one line per draft (found/truth and extras per family). ``--traditional``
scores a copy of each DIR converted to traditional script (OpenCC ``s2t``, character by
character so that every line and column stays put; the truth anchors converted the same way):
the same drafts in the other script, which must score the same.

Truth format (the same as ../shared/corpus/README.md):

* ``truth/<stem>.tsv``, one row per defect: family (P = PH…, A = AR…, S = ST…), line (1-based;
  ``\\n``, ``\\r\\n`` and ``\\r`` end a line), anchor (text on that line), occ (the occ-th
  non-overlapping occurrence of anchor, default 1), subtype, note, alt (``LINE|ANCHOR``: a second
  place where the finding counts as well) and col (1-based column of the anchor, used instead of
  occ). A subtype starting with ``optional`` is worth finding but neither counted in recall nor
  held against precision.
* ``truth/<stem>.dup.tsv``: a_start, a_end, b_start, b_end, optional, note: two line ranges that
  are near copies of each other.

Matching rules:

* P, A, S: a finding matches a row of the same family when its span overlaps the row's anchor
  (or its alt). One finding matches at most one row and one row at most one finding; the
  assignment is a maximum matching, required rows first, then optional rows. A finding matched to
  any row is correct; an unmatched finding is an extra.
* D: a finding counts when its own lines lie inside one side of a row and one of its ``related``
  locations (in the same draft) inside the other side. A row is found when some finding counts
  for it.
* Findings of severity ``info`` are left out unless ``--with-info`` is given.
* A draft without a truth file counts all of its findings as extras.

Truth files are validated before scoring: a missing anchor, a bad column or a malformed row
raises ``TruthError`` naming the file and row.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / "fixtures" / "benchmark"
DOC_SUFFIXES = (".txt", ".md")
FAMILY_OF_PREFIX = {"PH": "P", "AR": "A", "ST": "S", "DU": "D"}
SPAN_FAMILIES = ("P", "A", "S")


class TruthError(ValueError):
    """A truth file that does not fit its draft or the format."""


# ---------------------------------------------------------------- reading drafts and truth


def split_lines(text: str) -> list[str]:
    """Lines as draftlint counts them: \\r\\n, \\r and \\n each end a line (nothing else)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_draft(path: Path) -> list[str]:
    return split_lines(path.read_bytes().decode("utf-8-sig"))


@dataclass(frozen=True)
class Anchor:
    line: int
    start: int  # 1-based column
    end: int  # exclusive


@dataclass
class Row:
    family: str
    line: int
    anchor: str
    subtype: str
    note: str
    spans: list[Anchor]
    source: str  # "file:row" for messages

    @property
    def optional(self) -> bool:
        return self.subtype.startswith("optional")


@dataclass
class DupRow:
    a: tuple[int, int]
    b: tuple[int, int]
    optional: bool
    note: str
    source: str


def _locate(lines: list[str], line: int, anchor: str, occ: int, col: int | None, where: str) -> Anchor:
    if not anchor:
        raise TruthError(f"{where}: empty anchor")
    if not 1 <= line <= len(lines):
        raise TruthError(f"{where}: line {line} outside the draft (1..{len(lines)})")
    text = lines[line - 1]
    if col is not None:
        if text[col - 1:col - 1 + len(anchor)] != anchor:
            raise TruthError(f"{where}: anchor {anchor!r} is not at column {col} of line {line}: "
                             f"{text[max(0, col - 6):col + len(anchor) + 5]!r}")
        return Anchor(line, col, col + len(anchor))
    pos, start = 0, -1
    for _ in range(occ):
        start = text.find(anchor, pos)
        if start < 0:
            raise TruthError(f"{where}: occurrence {occ} of anchor {anchor!r} not on line {line}: {text[:60]!r}")
        pos = start + len(anchor)
    return Anchor(line, start + 1, start + 1 + len(anchor))


def _int(value: str, what: str, where: str, default: int | None) -> int | None:
    value = value.strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise TruthError(f"{where}: {what} {value!r} is not a number") from None
    if number < 1:
        raise TruthError(f"{where}: {what} must be >= 1")
    return number


def load_rows(tsv: Path, lines: list[str]) -> list[Row]:
    rows = []
    for n, raw in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        where = f"{tsv.name}:{n}"
        cells = raw.split("\t")
        if len(cells) > 8:
            raise TruthError(f"{where}: {len(cells)} columns, at most 8 expected")
        family, line, anchor, occ, subtype, note, alt, col = (cells + [""] * 8)[:8]
        if family not in SPAN_FAMILIES:
            raise TruthError(f"{where}: family {family!r} is not one of {SPAN_FAMILIES}")
        if not subtype.strip():
            raise TruthError(f"{where}: subtype is empty")
        line_no = _int(line, "line", where, None)
        if line_no is None:
            raise TruthError(f"{where}: line is empty")
        spans = [_locate(lines, line_no, anchor, _int(occ, "occ", where, 1), _int(col, "col", where, None), where)]
        if alt.strip():
            if "|" not in alt:
                raise TruthError(f"{where}: alt {alt!r} is not LINE|ANCHOR")
            alt_line, alt_anchor = alt.split("|", 1)
            spans.append(_locate(lines, _int(alt_line, "alt line", where, None) or 0, alt_anchor, 1, None, where))
        rows.append(Row(family, line_no, anchor, subtype.strip(), note, spans, where))
    return rows


def load_dups(tsv: Path, n_lines: int) -> list[DupRow]:
    rows = []
    for n, raw in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        where = f"{tsv.name}:{n}"
        cells = raw.split("\t")
        if len(cells) < 5:
            raise TruthError(f"{where}: {len(cells)} columns, at least 5 expected")
        a1, a2, b1, b2 = (_int(c, "line", where, None) for c in cells[:4])
        if None in (a1, a2, b1, b2) or not (a1 <= a2 < b1 <= b2 <= n_lines):
            raise TruthError(f"{where}: ranges {cells[:4]} must be ordered, disjoint and inside 1..{n_lines}")
        if cells[4].strip() not in ("0", "1"):
            raise TruthError(f"{where}: optional must be 0 or 1")
        rows.append(DupRow((a1, a2), (b1, b2), cells[4].strip() == "1", " ".join(cells[5:]), where))
    return rows


@dataclass
class Draft:
    path: Path
    lines: list[str]
    rows: list[Row] = field(default_factory=list)
    dups: list[DupRow] = field(default_factory=list)
    has_truth: bool = False


def load_corpus(folder: Path) -> list[Draft]:
    """Every draft of a folder with its validated truth (raises TruthError)."""
    truth_dir = folder / "truth"
    drafts = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in DOC_SUFFIXES):
        draft = Draft(path, read_draft(path))
        tsv, dup = truth_dir / f"{path.stem}.tsv", truth_dir / f"{path.stem}.dup.tsv"
        if tsv.is_file():
            draft.rows = load_rows(tsv, draft.lines)
            draft.has_truth = True
        if dup.is_file():
            draft.dups = load_dups(dup, len(draft.lines))
            draft.has_truth = True
        drafts.append(draft)
    if truth_dir.is_dir():
        stems = {d.path.stem for d in drafts}
        for tsv in truth_dir.glob("*.tsv"):
            stem = tsv.name[:-len(".dup.tsv")] if tsv.name.endswith(".dup.tsv") else tsv.stem
            if stem not in stems:
                raise TruthError(f"{tsv.name}: no draft {stem}.txt/.md in {folder}")
    return drafts


# ---------------------------------------------------------------- findings


def family_of(code: str) -> str:
    prefix = "".join(ch for ch in code if ch.isalpha()).upper()
    return FAMILY_OF_PREFIX.get(prefix, "other")


@dataclass(frozen=True)
class Span:
    line: int
    col: int
    end_line: int
    end_col: int

    @classmethod
    def of(cls, finding: dict) -> Span:
        line = int(finding.get("line") or 1)
        col = int(finding.get("column") or 1)
        end_line = int(finding.get("end_line") or line)
        end_col = int(finding.get("end_column") or col + 1)
        if end_line == line and end_col <= col:
            end_col = col + 1  # an empty span still marks one character
        return cls(line, col, end_line, end_col)

    def overlaps(self, a: Anchor) -> bool:
        if not self.line <= a.line <= self.end_line:
            return False
        start = self.col if a.line == self.line else 1
        end = self.end_col if a.line == self.end_line else sys.maxsize
        return start < a.end and a.start < end


def run_draftlint(folder: Path, with_info: bool) -> list[dict]:
    cmd = [sys.executable, "-m", "draftlint", "check", "--format", "json", "--exit-zero", "--no-cache", str(folder)]
    if with_info:
        cmd.append("--show-info")
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    try:
        findings = json.loads(proc.stdout)["findings"]
    except (ValueError, KeyError, TypeError):
        raise RuntimeError(f"draftlint failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}") from None
    if proc.returncode != 0:
        # a rule that crashed is reported on stderr; the others' findings are still scored
        errors = [line for line in proc.stderr.splitlines() if line.strip()]
        print(f"warning: draftlint exited {proc.returncode}; {len(errors)} line(s) on stderr, first: "
              f"{errors[0] if errors else ''}", file=sys.stderr)
    return findings


def _same_file(reported: str, path: Path) -> bool:
    p = Path(reported)
    if not p.is_absolute():
        p = ROOT / p
    try:
        return p.resolve() == path.resolve()
    except OSError:
        return p.name == path.name


# ---------------------------------------------------------------- matching


def _max_matching(findings: list[Span], rows: list[Row], taken: set[int]) -> dict[int, int]:
    """finding index -> row index, a maximum one-to-one matching by overlap (augmenting paths)."""
    edges = {i: [k for k, r in enumerate(rows) if any(f.overlaps(a) for a in r.spans)]
             for i, f in enumerate(findings) if i not in taken}
    row_of: dict[int, int] = {}
    finding_of: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for k in edges[i]:
            if k in seen:
                continue
            seen.add(k)
            if k not in finding_of or augment(finding_of[k], seen):
                finding_of[k] = i
                row_of[i] = k
                return True
        return False

    for i in sorted(edges, key=lambda i: (findings[i].line, findings[i].col)):
        augment(i, set())
    return row_of


@dataclass
class Tally:
    truth: int = 0
    findings: int = 0
    found: int = 0  # required rows matched
    correct: int = 0  # findings matched to any row

    @property
    def recall(self) -> float | None:
        return self.found / self.truth if self.truth else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.findings if self.findings else None


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: list[tuple] = field(default_factory=list)  # (draft, family, line, anchor, subtype, note)
    extras: list[tuple] = field(default_factory=list)  # (draft, family, line, col, code, message)

    def tally(self, family: str) -> Tally:
        return self.tallies.setdefault(family, Tally())

    def merge(self, other: Result) -> None:
        for fam, t in other.tallies.items():
            mine = self.tally(fam)
            mine.truth += t.truth
            mine.findings += t.findings
            mine.found += t.found
            mine.correct += t.correct
        self.misses += other.misses
        self.extras += other.extras


def score_draft(draft: Draft, findings: list[dict]) -> Result:
    result = Result()
    name = draft.path.name
    by_family: dict[str, list[dict]] = {}
    for f in findings:
        by_family.setdefault(family_of(str(f.get("code", ""))), []).append(f)

    families = {r.family for r in draft.rows} | (set(by_family) - {"D"})
    for fam in sorted(families):
        rows = [r for r in draft.rows if r.family == fam]
        fs = by_family.get(fam, [])
        spans = [Span.of(f) for f in fs]
        required = [k for k, r in enumerate(rows) if not r.optional]
        optional = [k for k, r in enumerate(rows) if r.optional]
        first = _max_matching(spans, [rows[k] for k in required], set())
        matched = {i: required[k] for i, k in first.items()}
        second = _max_matching(spans, [rows[k] for k in optional], set(matched))
        matched.update({i: optional[k] for i, k in second.items()})
        t = result.tally(fam)
        t.truth += len(required)
        t.findings += len(fs)
        t.correct += len(matched)
        hit_rows = set(matched.values())
        t.found += sum(1 for k in required if k in hit_rows)
        for k in required:
            if k not in hit_rows:
                r = rows[k]
                result.misses.append((name, fam, r.line, r.anchor, r.subtype, r.note))
        for i, f in enumerate(fs):
            if i not in matched:
                result.extras.append((name, fam, spans[i].line, spans[i].col, f.get("code"), f.get("message", "")))

    t = result.tally("D")
    fs = by_family.get("D", [])
    t.truth += sum(1 for d in draft.dups if not d.optional)
    t.findings += len(fs)
    found: set[int] = set()
    for f in fs:
        span = Span.of(f)
        related = [Span.of(r) for r in f.get("related") or [] if _same_file(str(r.get("path", "")), draft.path)]
        hits = {k for k, d in enumerate(draft.dups) if _dup_hit(span, related, d)}
        if hits:
            t.correct += 1
            found |= hits
        else:
            result.extras.append((name, "D", span.line, span.col, f.get("code"), f.get("message", "")))
    t.found += sum(1 for k in found if not draft.dups[k].optional)
    for k, d in enumerate(draft.dups):
        if k not in found and not d.optional:
            result.misses.append((name, "D", d.a[0], f"{d.a[0]}-{d.a[1]} ~ {d.b[0]}-{d.b[1]}", "dup", d.note))
    return result


def _inside(lo_hi: tuple[int, int], line: int, end_line: int) -> bool:
    return lo_hi[0] <= line and end_line <= lo_hi[1]


def _dup_hit(span: Span, related: list[Span], d: DupRow) -> bool:
    for own, other in ((d.a, d.b), (d.b, d.a)):
        if _inside(own, span.line, span.end_line) and any(_inside(other, r.line, r.end_line) for r in related):
            return True
    return False


def score_corpus(drafts: list[Draft], findings: list[dict], with_info: bool = False) -> Result:
    if not with_info:
        findings = [f for f in findings if f.get("severity") != "info"]
    total = Result()
    claimed: set[int] = set()
    for draft in drafts:
        mine = [f for f in findings if _same_file(str(f.get("path", "")), draft.path)]
        claimed.update(id(f) for f in mine)
        total.merge(score_draft(draft, mine))
    for f in findings:  # findings in files that are not drafts here (e.g. a .docx) are extras too
        if id(f) not in claimed:
            fam = family_of(str(f.get("code", "")))
            total.tally(fam).findings += 1
            total.extras.append((Path(str(f.get("path", ""))).name, fam, f.get("line"), f.get("column"),
                                 f.get("code"), f.get("message", "")))
    return total


# ---------------------------------------------------------------- report


def _fmt(v: float | None) -> str:
    return "   - " if v is None else f"{v:5.3f}"


def report(title: str, result: Result, verbose: bool, out=None) -> None:
    out = out or sys.stdout
    print(f"== {title}", file=out)
    print("family  truth  findings  found  correct  recall  precision", file=out)
    for fam in sorted(result.tallies):
        t = result.tallies[fam]
        print(f"{fam:6}  {t.truth:5d}  {t.findings:8d}  {t.found:5d}  {t.correct:7d}  {_fmt(t.recall)}   {_fmt(t.precision)}",
              file=out)
    if verbose:
        for m in sorted(result.misses, key=lambda m: (m[1], m[0], m[2])):
            print("MISS", *m, sep="\t", file=out)
        for e in sorted(result.extras, key=lambda e: (e[1], e[0], e[2] or 0, e[3] or 0)):
            print("EXTRA", *e, sep="\t", file=out)


def as_json(result: Result) -> dict:
    return {fam: {"truth": t.truth, "findings": t.findings, "found": t.found, "correct": t.correct,
                  "recall": t.recall, "precision": t.precision} for fam, t in sorted(result.tallies.items())}


def traditional_copy(folder: Path, dest: Path) -> Path:
    """``folder`` (drafts and truth) converted to traditional script, one character at a time,
    under ``dest``; needs the ``opencc`` package (``pip install -e '.[test]'``)."""
    import opencc

    conv = opencc.OpenCC("s2t")

    def convert(text: str) -> str:
        whole = conv.convert(text)
        if len(whole) == len(text):
            return whole
        return "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in text)

    out = dest / folder.name
    (out / "truth").mkdir(parents=True, exist_ok=True)
    for path in folder.iterdir():
        if path.is_file() and path.suffix in (".txt", ".md"):
            (out / path.name).write_bytes(convert(path.read_bytes().decode("utf-8")).encode("utf-8"))
    for path in (folder / "truth").iterdir():
        if path.is_file():
            (out / "truth" / path.name).write_text(convert(path.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, metavar="DIR", help="folders of drafts with DIR/truth (default: fixtures/benchmark)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss and extra")
    ap.add_argument("--with-info", action="store_true", help="score findings of severity info too")
    ap.add_argument("--json", action="store_true", help="end with one JSON line of the per-family numbers")
    ap.add_argument("--per-draft", action="store_true", help="one line per draft: found/truth and extras per family")
    ap.add_argument("--traditional", action="store_true",
                    help="score the drafts converted to traditional script (needs opencc)")
    args = ap.parse_args(argv)
    dirs = args.dirs or [DEFAULT_DIR]
    if args.traditional:
        import tempfile

        tmp = Path(tempfile.mkdtemp(prefix="draftlint-trad-"))
        dirs = [traditional_copy(folder, tmp) for folder in dirs]
    for folder in dirs:
        drafts = load_corpus(folder)
        findings = run_draftlint(folder, args.with_info)
        result = score_corpus(drafts, findings, args.with_info)
        report(f"{folder} ({len(drafts)} drafts)", result, args.verbose)
        if args.per_draft:
            for draft in drafts:
                one = score_corpus([draft], [f for f in findings if _same_file(str(f.get("path", "")), draft.path)],
                                   args.with_info)
                cells = [f"{fam} {t.found}/{t.truth} +{t.findings - t.correct}"
                         for fam, t in sorted(one.tallies.items()) if t.truth or t.findings]
                print(f"  {draft.path.name:45} " + "  ".join(cells))
        if args.json:
            print(json.dumps(as_json(result), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
