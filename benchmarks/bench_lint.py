"""Whole-linter benchmark: throughput, start-up, parallelism and cache on a generated corpus.

Run from the repository root (after the README's install command):

    .venv/bin/python benchmarks/bench_lint.py                 # 2,000 drafts, about 20 MB
    .venv/bin/python benchmarks/bench_lint.py --drafts 200    # a quick look

It writes a deterministic corpus (same seed, same files) under a temporary folder,
built from the drafts in examples/ and fixtures/ with varied placeholders, numbers
and place names and with planted near-duplicate drafts, then measures:

* baseline: one Python process reading and decoding every file and running one
  compiled ``regex`` pattern over each: the floor any linter in Python stands on;
* per family: the document rules of each family run in this process over the corpus
  (MB/s per core);
* the whole ``draftlint check`` (all rules, cross-file duplicates included, default
  ``--jobs``, no cache): wall time, MB/s, peak memory, and its ratio to the baseline;
* the same check again with a warm cache;
* start-up: ``draftlint check`` on one small draft against ``python -c pass``.

Nothing here is asserted: the numbers are printed as a table to be recorded, with the
machine they came from, in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACES = ["青山镇", "河西乡", "柳林镇", "石桥乡", "东坪镇", "南湖街道", "白沙镇", "龙泉乡"]
SLOTS = ["xx镇", "XX村", "20xx年", "**镇", "某某同志", "××县"]


def _seed_clauses() -> list[str]:
    """Clauses of the project's own drafts: recombined, they make paragraphs that are
    each new (as in a real archive) while reading like report prose."""
    import regex

    clauses: list[str] = []
    for para in _seed_paragraphs():
        clauses.extend(c for c in regex.split(r"[，,。；;！？]", para) if len(c) >= 4)
    return sorted(set(clauses))


def _seed_paragraphs() -> list[str]:
    paras: list[str] = []
    for folder in (ROOT / "examples", ROOT / "fixtures"):
        for path in sorted(folder.rglob("*.txt")) + sorted(folder.rglob("*.md")):
            if any(part.startswith("benchmark") for part in path.relative_to(ROOT).parts[1:]):
                continue  # the held-out accuracy sets stay out of sight of everything else
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            paras.extend(p.strip() for p in text.splitlines() if len(p.strip()) >= 8)
    if not paras:
        raise SystemExit("no seed drafts found under examples/ or fixtures/")
    return paras


def _vary(rng: random.Random, para: str) -> str:
    out = []
    for ch in para:
        if ch.isdigit() and rng.random() < 0.5:
            out.append(str(rng.randrange(10)))
        else:
            out.append(ch)
    text = "".join(out)
    if rng.random() < 0.3:
        text = text.replace("镇", rng.choice(PLACES)[-1], 1)
    if rng.random() < 0.05:
        cut = rng.randrange(len(text))
        text = text[:cut] + rng.choice(SLOTS) + text[cut:]
    return text


def generate(folder: Path, drafts: int, target_bytes: int, seed: int = 20261123) -> tuple[int, int]:
    """Write ``drafts`` drafts of about ``target_bytes`` in all; returns (files, bytes)."""
    rng = random.Random(seed)
    clauses = _seed_clauses()
    per_draft = max(200, target_bytes // drafts)
    written: list[list[str]] = []
    total = 0
    for i in range(drafts):
        if written and rng.random() < 0.05:
            # a planted near-duplicate: an earlier draft with the year changed and a few edits
            paras = [p.replace("2024", "2025") for p in rng.choice(written)]
            if paras:
                k = rng.randrange(len(paras))
                paras[k] = _vary(rng, paras[k])
        else:
            place = rng.choice(PLACES)
            paras = [f"{place}{rng.choice(['2024', '2025'])}年{rng.choice(['上半年', '第三季度', '全年'])}工作总结"]
            size = len(paras[0].encode("utf-8"))
            while size < per_draft:
                p = _vary(rng, "，".join(rng.choice(clauses) for _ in range(rng.randint(3, 8))) + "。")
                paras.append(p)
                size += len(p.encode("utf-8")) + 2
        written.append(paras)
        data = "\n\n".join(paras) + "\n"
        path = folder / f"draft{i:05d}.txt"
        encoding = "gbk" if i % 10 == 9 else "utf-8"
        try:
            raw = data.encode(encoding)
        except UnicodeEncodeError:
            raw = data.encode("utf-8")
        path.write_bytes(raw)
        total += len(raw)
    return drafts, total


def baseline(files: list[Path]) -> float:
    """Read, decode (as draftlint does) and run one compiled regex over every file."""
    import regex

    from draftlint.load.text import decode

    pattern = regex.compile(r"[xX×*]{2,}|某[镇乡村]")
    start = time.perf_counter()
    hits = 0
    for f in files:
        text, _ = decode(f.read_bytes())
        hits += len(pattern.findall(text))
    return time.perf_counter() - start


def per_family(files: list[Path]) -> dict[str, float]:
    """Seconds spent in each family's document rules, in this one process."""
    from draftlint.config import Config
    from draftlint.load import load_path
    from draftlint.rules import registry, violations_of

    config = Config()
    rules = [r for r in registry().values() if r.scope == "document" and r.check]
    docs = [load_path(str(f)) for f in files]
    spent: dict[str, float] = defaultdict(float)
    for doc in docs:
        _ = doc.simplified, doc.lines  # shared preparation, timed apart
    for rule in rules:
        options = config.options_for(rule.code, rule.options)
        start = time.perf_counter()
        for doc in docs:
            # through the linter's per-document share (linter.py): a rule that builds on
            # another's findings (ST skips what PH202/PH203 report) reads them as in a check
            violations_of(doc, rule, options)
        spent[rule.family] += time.perf_counter() - start
    # the cross-file rules, in-process, with one context as the linter gives them (the
    # DU rules share one comparison; a context per rule made it run once per rule)
    from draftlint.types import CorpusContext

    ctx = CorpusContext(docs=docs)
    for rule in registry().values():
        if rule.scope == "corpus" and rule.check:
            start = time.perf_counter()
            for _ in rule.check(ctx, config.options_for(rule.code, rule.options)):
                pass
            spent[rule.family] += time.perf_counter() - start
    return dict(spent)


def _timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of the largest process a command ran."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def startup(tmp: Path, repeat: int = 7) -> tuple[float, float]:
    small = tmp / "small.txt"
    small.write_text("现将本镇上半年工作总结如下。\n", encoding="utf-8")

    def best(cmd):
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - t)
        return min(times)

    return best([sys.executable, "-c", "pass"]), best(
        [sys.executable, "-m", "draftlint", "check", "--isolated", "--no-cache", str(small)]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=int, default=2000)
    ap.add_argument("--megabytes", type=float, default=20.0)
    ap.add_argument("--keep", metavar="DIR", help="write the corpus here and keep it")
    args = ap.parse_args()

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="draftlint-bench-"))
    corpus = tmp / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    n, size = generate(corpus, args.drafts, int(args.megabytes * 1024 * 1024))
    files = sorted(corpus.glob("*.txt"))
    mb = size / 1024 / 1024
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"corpus: {n} drafts, {mb:.1f} MB (deterministic)")

    base = baseline(files)
    print(f"{'baseline (read+decode+1 regex, 1 process)':<48} {base:8.2f} s {mb / base:8.1f} MB/s")

    fam = per_family(files)
    for family, seconds in sorted(fam.items()):
        print(f"{'  rules ' + family + ' (1 process)':<48} {seconds:8.2f} s {mb / seconds if seconds else float('inf'):8.1f} MB/s")

    cache = tmp / "cache"
    cmd = [sys.executable, "-m", "draftlint", "check", "--isolated", "--format", "json", "--cache-dir", str(cache), str(corpus)]
    wall, peak = _timed([*cmd, "--no-cache"], tmp)
    print(f"{'draftlint check, all rules, --no-cache':<48} {wall:8.2f} s {mb / wall:8.1f} MB/s  peak {peak:.0f} MiB")
    print(f"{'  ratio to baseline (target <= 20)':<48} {wall / base:8.1f} x")
    _timed(cmd, tmp)  # fill the cache
    warm, _ = _timed(cmd, tmp)
    print(f"{'draftlint check again, warm cache':<48} {warm:8.2f} s {mb / warm:8.1f} MB/s")

    p, d = startup(tmp)
    print(f"{'start-up: python -c pass':<48} {p * 1000:8.0f} ms")
    print(f"{'start-up: draftlint check small.txt':<48} {d * 1000:8.0f} ms  ({d / p:.1f}x, target <= 10x)")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
