"""Benchmark of the duplicate detection in draftlint.corpus (not a test: nothing is asserted).

Run (from the repository root):

    .venv/bin/python benchmarks/bench_duplicates.py                 # 100,000 paragraphs, 10,000 drafts
    .venv/bin/python benchmarks/bench_duplicates.py --paragraphs 20000 --quick

It generates a corpus deterministically (``--seed``): drafts of ~10 paragraphs of
pseudo-Chinese running text (words drawn from a Zipf-distributed lexicon of simplified
Han characters, numbers and punctuation), with planted pairs: a paragraph copied into another
draft with 0-35 % of its characters changed. It reports, for each stage, paragraphs/s
and MB/s (UTF-8 bytes of the detection text):

- signatures: bulk numpy MinHash (128 permutations, datasketch ``affine32`` scheme),
  and for comparison datasketch ``MinHash.update_batch`` with SHA-1 on a sample;
- LSH: band keys and candidate pairs (32 bands x 4 rows);
- verification: rapidfuzz ``fuzz.ratio`` (``process.cpdist``, with ``partial_ratio`` for
  containment) of every candidate pair whose signatures agree on at least
  ``MIN_ESTIMATED_JACCARD`` of the permutations;
- end to end, unless ``--quick``: the per-document preparation (paragraphs, detection
  forms, signatures: what ``draftlint check`` does in its workers and caches), then
  ``find_duplicates`` on the prepared Documents (exact pass, LSH, verification, sections:
  what is left to the main process);
- index: ``build_index`` of the drafts and one query draft against it (pre-commit use);

then memory (signature matrix bytes, peak RSS) and the recall of planted pairs by exact
3-gram Jaccard bucket: the share that became LSH candidates and the share verified.

Measured (2 cores shared with other jobs, load ~3; 100,000 paragraphs, 39 MB of detection
text, 10,000 drafts):

    normalise         6.2 s    16,000 paragraphs/s
    signatures        9.6 s    10,000 paragraphs/s  (datasketch update_batch + SHA-1: ~20x slower)
    LSH               2.8 s    36,000 paragraphs/s  165,514 candidates
    verification      0.5 s   214,000 paragraphs/s  1,362 pre-filtered, 1,109 pairs >= 0.8
    find_duplicates  23.1 s    (10,000 Documents, end to end)
    query one draft against a 100,000-paragraph index: 0.11 s (load 0.03 s)
    memory: signatures 512 bytes + band keys 256 bytes per paragraph; peak RSS ~1.1 GB for
    the whole run (the generated texts and 10,000 Documents included)
    recall of planted pairs: 100 % for Jaccard >= 0.8, 99 % for 0.6-0.8, 80 % for 0.4-0.6
    (the LSH with 32 x 4 catches J = 0.42 half the time, by design)
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from draftlint import corpus  # noqa: E402

PUNCT = "，，，。、；"


def make_lexicon(rng: random.Random, size: int = 6000) -> list[str]:
    from draftlint.script import table

    traditional = table()  # drafts are mostly in simplified script: draw from those characters
    chars = [chr(c) for c in range(0x4E00, 0x9FA5) if c not in traditional][:3500]
    cum = list(itertools.accumulate(1.0 / (k + 1) for k in range(len(chars))))
    words = set()
    while len(words) < size:
        n = rng.choice((1, 2, 2, 2, 3, 4))
        words.add("".join(rng.choices(chars, cum_weights=cum, k=n)))
    return sorted(words)


def make_paragraph(rng: random.Random, lexicon: list[str], cum: list[float]) -> str:
    target = rng.randint(60, 220)
    out: list[str] = []
    size = 0
    while size < target:
        w = rng.choices(lexicon, cum_weights=cum)[0] if rng.random() > 0.06 else str(rng.randint(2, 9999))
        out.append(w)
        size += len(w)
        if rng.random() < 0.12:
            out.append(rng.choice(PUNCT))
    return "".join(out) + "。"


def mutate(rng: random.Random, text: str, rate: float) -> str:
    chars = list(text)
    for k in range(len(chars)):
        if rng.random() < rate:
            chars[k] = chr(0x4E00 + rng.randrange(3500))
    return "".join(chars)


def jaccard(a: str, b: str) -> float:
    sa = {a[i : i + 3] for i in range(len(a) - 2)}
    sb = {b[i : i + 3] for i in range(len(b) - 2)}
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rate(n: int, mb: float, seconds: float) -> str:
    return (f"{seconds:7.2f} s  {n / seconds:12,.0f} paragraphs/s  {mb / seconds:8.2f} MB/s"
            f"  (peak RSS so far {rss_mb():,.0f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=100_000)
    ap.add_argument("--per-draft", type=int, default=10)
    ap.add_argument("--planted", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20161)
    ap.add_argument("--threads", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--quick", action="store_true", help="skip the end-to-end and index runs")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    lexicon = make_lexicon(rng)
    weights = list(itertools.accumulate(1.0 / (k + 1) ** 0.9 for k in range(len(lexicon))))
    t = time.perf_counter()
    paras = [make_paragraph(rng, lexicon, weights) for _ in range(args.paragraphs)]
    planted: list[tuple[int, int, float]] = []
    involved: set[int] = set()
    for _ in range(args.planted):
        src, dst = rng.randrange(len(paras)), rng.randrange(len(paras))
        if src // args.per_draft == dst // args.per_draft or src in involved or dst in involved:
            continue
        r = rng.choice((0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.35))
        paras[dst] = mutate(rng, paras[src], r)
        planted.append((src, dst, r))
        involved.update((src, dst))
    print(f"generated {len(paras):,} paragraphs in {time.perf_counter() - t:.1f} s "
          f"({len(paras) // args.per_draft:,} drafts, {len(planted):,} planted pairs), threads={args.threads}")

    t = time.perf_counter()
    norms = [corpus.normalise(p) for p in paras]
    dt = time.perf_counter() - t
    mb = sum(len(n.encode("utf-8")) for n in norms) / 1e6
    print(f"normalise        {rate(len(norms), mb, dt)}")

    long_ids = [k for k, n in enumerate(norms) if len(n) >= corpus.SHINGLE_MIN]
    texts = [norms[k] for k in long_ids]
    t = time.perf_counter()
    sigs = corpus.signatures(texts, threads=args.threads)
    dt = time.perf_counter() - t
    print(f"signatures       {rate(len(texts), mb, dt)}   matrix {sigs.nbytes / 1e6:.1f} MB "
          f"({sigs.nbytes // max(1, len(texts))} bytes/paragraph)")

    from datasketch import MinHash

    sample = texts[:2000]
    t = time.perf_counter()
    for text in sample:
        m = MinHash(num_perm=corpus.NUM_PERM, seed=corpus.SEED)
        m.update_batch([text[i : i + 3].encode("utf-8") for i in range(len(text) - 2)])
    dt_ds = time.perf_counter() - t
    t = time.perf_counter()
    corpus.signatures(sample, threads=1)
    dt_np = time.perf_counter() - t
    smb = sum(len(s.encode("utf-8")) for s in sample) / 1e6
    print(f"  datasketch update_batch+SHA-1 on {len(sample):,}: {rate(len(sample), smb, dt_ds)}"
          f"  (bulk numpy, 1 thread: {dt_ds / dt_np:.0f}x faster)")

    t = time.perf_counter()
    keys = corpus.band_keys(sigs)
    cand = corpus.lsh_pairs(keys)
    dt = time.perf_counter() - t
    print(f"LSH              {rate(len(texts), mb, dt)}   {len(cand):,} candidate pairs")

    from rapidfuzz import fuzz

    t = time.perf_counter()
    kept = corpus._likely(cand, sigs)  # estimated Jaccard >= MIN_ESTIMATED_JACCARD
    sims = corpus.similarities([texts[a] for a in kept[:, 0].tolist()], [texts[b] for b in kept[:, 1].tolist()], 0.8)
    verified = {(long_ids[a], long_ids[b]) for (a, b), sim in zip(kept.tolist(), sims) if sim}
    dt = time.perf_counter() - t
    print(f"verification     {rate(len(texts), mb, dt)}   {len(kept):,} pairs with estimated Jaccard >= "
          f"{corpus.MIN_ESTIMATED_JACCARD}, {len(verified):,} with ratio >= 0.8")

    cand_set = {(long_ids[a], long_ids[b]) for a, b in cand.tolist()}
    buckets: dict[str, list[int]] = {}
    for s, d, r in planted:
        j = jaccard(norms[s], norms[d])
        key = ">=0.8" if j >= 0.8 else "0.6-0.8" if j >= 0.6 else "0.4-0.6" if j >= 0.4 else "<0.4"
        pair = (min(s, d), max(s, d))
        ratio = fuzz.ratio(norms[s], norms[d]) >= 80
        b = buckets.setdefault(key, [0, 0, 0, 0])
        b[0] += 1
        b[1] += pair in cand_set
        b[2] += ratio
        b[3] += pair in verified
    print("recall of planted pairs by exact 3-gram Jaccard:")
    for key in (">=0.8", "0.6-0.8", "0.4-0.6", "<0.4"):
        if key in buckets:
            n, c, want, v = buckets[key]
            print(f"  J {key:8s} {n:5d} pairs  LSH candidates {c / n:6.1%}  "
                  f"verified {v}/{want} of those with ratio >= 0.8 ({(v / want if want else 1):.1%})")

    if not args.quick:
        from draftlint.document import Document

        docs = []
        for d in range(0, len(paras), args.per_draft):
            docs.append(Document("\n".join(paras[d : d + args.per_draft]) + "\n", path=f"draft{d // args.per_draft:05d}.txt"))
        # what `draftlint check` does in its workers (and caches): each document on its own
        t = time.perf_counter()
        for doc in docs:
            corpus.prepare_signed(doc)
        dt = time.perf_counter() - t
        print(f"prepare+sign     {rate(len(paras), mb, dt)}   one document at a time, as the check workers do")
        # what is left to the main process
        t = time.perf_counter()
        res = corpus.find_duplicates(docs)
        dt = time.perf_counter() - t
        print(f"find_duplicates  {rate(len(paras), mb, dt)}   {len(docs):,} prepared drafts, {len(res.matches):,} sections")

        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for doc in docs:
                p = Path(tmp) / doc.path
                p.write_text(doc.text, encoding="utf-8")
                paths.append(str(p))
            t = time.perf_counter()
            summary = corpus.build_index(paths, str(Path(tmp) / "archive.dlidx"))
            dt = time.perf_counter() - t
            print(f"build_index      {rate(summary['paragraphs'], mb, dt)}   {summary['bytes'] / 1e6:.1f} MB file")
            query = Document(docs[planted[0][1] // args.per_draft].text, path="query.txt")
            t = time.perf_counter()
            index = corpus.load_index(summary["output"])
            t_load = time.perf_counter() - t
            res = corpus.find_duplicates([query], index=index)
            dt = time.perf_counter() - t
            print(f"query one draft against the index: {dt:.3f} s (load {t_load:.3f} s), {len(res.matches)} sections")
    print(f"peak RSS {rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
