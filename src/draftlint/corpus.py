"""Near-duplicate detection across paragraphs, documents and a prebuilt archive index.

The DU rules (``rules/duplicate/``) ask this module one question: which sections of the
linted documents are near copies of another section, in the same document, in another
linted document, in a reference archive (``--against DIR``) or in a prebuilt index
(``--against-index FILE``)?

The method, in the order the work is done:

1. **Paragraphs.** Each non-blank line is a paragraph (a .docx paragraph is one line);
   lines of a hard-wrapped block are joined first.
2. **Normalise for detection only**: traditional -> simplified script, NFKC, lower case,
   every number (``2015``, ``19.1``) becomes one token, whitespace and punctuation are
   dropped. What is reported and diffed is always the original text.
3. **Exact pass**: paragraphs whose normalised text is identical ("identical except
   numbers and punctuation") are grouped by hash. Short ones (headings, titles) never
   make a finding on their own; they only extend a section found otherwise.
4. **MinHash + LSH** over the distinct normalised paragraphs of at least
   ``SHINGLE_MIN`` characters: character 3-gram shingles, 128 permutations computed in
   bulk with numpy and identical to ``datasketch.MinHash(scheme="affine32", seed=1,
   hashfunc=shingle_hash32)``; LSH with 32 bands of 4 rows (candidate Jaccard ~0.42,
   well below the reporting threshold); candidates whose signatures agree on less than
   ``MIN_ESTIMATED_JACCARD`` are dropped. A few drafts (up to ``BRUTE_FORCE_MAX``
   distinct paragraphs, no index) skip this and compare every pair: exact, and numpy
   is never imported.
5. **Verification** of every candidate pair with rapidfuzz: ``fuzz.ratio`` of the
   normalised texts with the threshold as cutoff; when the lengths differ a lot, a
   ``partial_ratio`` (the shorter one contained in the longer one).
6. **Union-find** over verified pairs: a template filed by five townships is one group.
7. **Sections**: runs of consecutive matching paragraphs of running text (same
   diagonal, small gaps allowed) merge into one section; a section of two or more grows
   over neighbouring paragraphs that match too (a heading, a title with the year
   changed), but not, within one draft, over a short line that matches only because its
   numbers are one token (``信访工作总结 篇2`` / ``篇3``: each piece's own label; a changed
   year is the copied title). A section must hold ``min-length`` characters of its own: stock phrases
   (``data/du_stock_phrases.txt``) and numbers do not count.
8. **Compact diff** of the original texts: ``乡镇【-2016-】【+2015+】年招商引资工作总结``.

Steps 1-2 and the signatures of step 4 are per document (:func:`prepare`,
:func:`prepare_signed`, memoised on the Document): ``draftlint check`` of many files does
them in its worker processes beside the document rules and keeps them in the per-file
cache, so the main process only pools, buckets and verifies (a warm re-run prepares
nothing). Verification of the candidates is one ``rapidfuzz.process.cpdist`` call.

numpy and rapidfuzz are imported inside functions: importing draftlint must stay cheap.
"""

from __future__ import annotations

import gc
import json
import os
import re
import sys
import unicodedata
from bisect import bisect_right
from functools import lru_cache
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, Iterable, Mapping, Sequence

import regex

from ._data import read_data
from ._record import Record
from .script import to_simplified

#: Bump when normalisation, shingling or hashing changes: old index files are refused.
SCHEME_VERSION = 1
NUM_PERM = 128
SEED = 1
SHINGLE = 3
BANDS = 32
ROWS = 4
#: Paragraphs shorter than this (normalised characters) are not shingled; they can only
#: match exactly and only extend a section.
SHINGLE_MIN = 20
NUMBER_TOKEN = "\ue000"
#: A bucket of the LSH with more members than this pairs each member only with its
#: neighbours in bucket order, so one ubiquitous paragraph cannot make a quadratic blow-up.
MAX_BUCKET = 64
#: Candidates whose signatures agree on fewer than this share of permutations are not
#: verified: a paragraph with 20% of its characters changed still agrees on ~0.34.
MIN_ESTIMATED_JACCARD = 0.2
#: Up to this many distinct long paragraphs (a few drafts, no index) every pair is
#: verified directly: exact, and it spares the numpy import (start-up time matters).
BRUTE_FORCE_MAX = 400

#: From this many documents in a comparison, numpy is loaded before they are prepared
#: (a few drafts hold fewer than BRUTE_FORCE_MAX long paragraphs and need no numpy).
_NUMPY_MIN_SOURCES = 8

DEFAULTS: dict[str, Any] = {"threshold": 0.8, "min-length": 40, "max-gap": 2}

# stdlib re: compiles far faster than regex at import; \w is letters and digits (+ "_")
_NUMBER = re.compile(r"\d+(?:[.．,，]\d+)*")
_DROP = re.compile(r"(?:[^\w\ue000]|_)+")
_TERMINAL = "。！？!?；;：:…”’」』）)"


# --------------------------------------------------------------------------- normalisation
def normalise(text: str, *, simplified: bool = False) -> str:
    """The detection form of ``text``: simplified script, numbers as one token, no punctuation.

    ``simplified=True``: ``text`` is already in simplified script (``Document.simplified``).
    """
    if not simplified:
        text = to_simplified(text)
    # numbers first ("19.1" is one number), then punctuation out, then NFKC of what is
    # left: full-width punctuation would make NFKC run on every line of Chinese text
    text = _DROP.sub("", _NUMBER.sub(NUMBER_TOKEN, text))
    if not unicodedata.is_normalized("NFKC", text):
        text = _DROP.sub("", _NUMBER.sub(NUMBER_TOKEN, unicodedata.normalize("NFKC", text)))
    return text.lower()


@lru_cache(maxsize=1)
def _stock_pattern():
    """One alternation of the stock phrases in data/du_stock_phrases.txt."""
    lines = [ln.strip() for ln in read_data("du_stock_phrases.txt").splitlines()]
    patterns = [ln for ln in lines if ln and not ln.startswith("#")]
    return regex.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1 << 16)  # a copied paragraph is measured once per pair of copies
def distinctive_length(norm: str) -> int:
    """Characters of a detection text not covered by stock phrases (number tokens not counted)."""
    covered = sum(m.end() - m.start() for m in _stock_pattern().finditer(norm))
    return len(norm) - covered - norm.count(NUMBER_TOKEN)


class Paragraph(Record):  # a 20 MB corpus makes 200,000 of them
    """One paragraph of a source, with where it is and its detection form."""

    __slots__ = _fields = ("source", "index", "start", "end", "line", "column", "end_line", "end_column",
                           "text", "norm")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, source: int, index: int, start: int, end: int, line: int, column: int,
                 end_line: int, end_column: int, text: str, norm: str) -> None:
        self.source = source  # index of its Source in the pool
        self.index = index  # position among its source's paragraphs
        self.start = start  # offsets in the document text (0 for index entries)
        self.end = end
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column  # exclusive
        self.text = text  # original text
        self.norm = norm


class Source(Record):
    """A document (or an index entry) taking part in the comparison.

    ``number``: its place in the pool. Without ``paragraphs``, those of ``document`` are
    made when first asked for: the comparison itself reads the detection forms of
    :func:`prepare`, and only the few sources with a copy are reported on (making the
    Paragraph records of all 113,000 paragraphs of 2,000 drafts took 0.5 s).
    """

    __slots__ = ("path", "_paragraphs", "linted", "document", "indexed", "number")
    _fields = ("path", "paragraphs", "linted", "document", "indexed")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, path: str, paragraphs: list[Paragraph] | None = None, linted: bool = True,
                 document: Any = None, indexed: bool = False, number: int = 0) -> None:
        self.path = path
        self._paragraphs = paragraphs
        self.linted = linted  # False: a reference (compared, never reported on)
        self.document = document  # the Document, or None for an index entry
        self.indexed = indexed
        self.number = number

    @property
    def paragraphs(self) -> list[Paragraph]:
        if self._paragraphs is None:
            self._paragraphs = [] if self.document is None else paragraphs_of(self.document, self.number)
        return self._paragraphs

    @paragraphs.setter
    def paragraphs(self, value: list[Paragraph]) -> None:
        self._paragraphs = value


def _wrapped_block(lines: list) -> bool:
    """True when a block looks hard-wrapped: its long lines have the same width and run on."""
    if len(lines) < 2:
        return False
    widths = [len(line.text.strip()) for line in lines]
    width = max(widths)
    if width > 120 or width < 16:
        return False
    body = lines[:-1]
    full = [ln for ln in body if len(ln.text.strip()) >= width - 2]
    run_on = [ln for ln in full if ln.text.rstrip()[-1:] not in _TERMINAL]
    return len(full) >= max(2, len(body) * 0.6) and len(run_on) >= len(full) * 0.6


#: What is kept of a text in its detection form, line breaks aside (``[\w\ue000]`` but not
#: ``_``); numbers are already one token. ``findall`` + ``join`` of the kept runs is twice
#: as fast as deleting the (many, short) punctuation runs with ``sub``.
_KEEP = re.compile(r"[\w\ue000\n]+")


def _line_norms(doc: Any) -> list[str]:
    """The detection form of every line of ``doc`` (of ``Document.simplified``), in one pass
    over the whole text instead of two ``re.sub`` per paragraph.

    The same as :func:`normalise` of each line: a number never spans a line break, NFKC
    neither composes across one nor makes one, and normalising an already normalised
    line changes nothing; so the form of a paragraph is the concatenation of its lines'.
    """
    simple = doc.simplified
    if "\r" in simple:  # \r\n or a lone \r ends a line too: split on \n only
        simple = "\n".join(simple[line.start : line.end] for line in doc.lines)
    if "numpy" in sys.modules:
        text = _kept_with_numbers(simple)
    else:
        text = "".join(_KEEP.findall(_NUMBER.sub(NUMBER_TOKEN, simple))).replace("_", "")
    if not unicodedata.is_normalized("NFKC", text):
        # only the lines with a compatibility character (①, full-width letters; in one
        # draft of six of the benchmark corpus) again: the whole text twice cost more
        # than the first pass, and the form of a line depends on that line alone
        lines = text.split("\n")
        for k, line in enumerate(lines):
            if not unicodedata.is_normalized("NFKC", line):
                line = _NUMBER.sub(NUMBER_TOKEN, unicodedata.normalize("NFKC", line))
                lines[k] = "".join(_KEEP.findall(line)).replace("_", "")
        text = "\n".join(lines)
    return text.lower().split("\n")


#: Separators inside a number (as in _NUMBER): ``19.1``, ``1,234``.
_NUMBER_SEPARATORS = ".．,，"


#: Classes of code points in _kept_with_numbers' table.
_DROPPED, _KEPT, _DIGIT, _SEPARATOR = 0, 1, 2, 3


@lru_cache(maxsize=1)
def _bmp_classes():
    """Per code point of the Basic Multilingual Plane its class: a digit (``\\d``), a
    separator inside numbers, kept in the detection form (``\\w`` but ``_``, a line
    break, the number token) or dropped. Read off the same ``re`` classes the
    regular-expression path uses, so both agree."""
    import numpy as np

    every = "".join(map(chr, range(0x10000)))
    classes = np.zeros(0x10000, dtype=np.uint8)
    for cls, pattern in ((_KEPT, r"[\w\ue000\n]+"), (_DIGIT, r"\d+")):  # (digits are \w too)
        for m in re.finditer(pattern, every):
            classes[m.start() : m.end()] = cls
    classes[ord("_")] = _DROPPED
    classes[[ord(c) for c in _NUMBER_SEPARATORS]] = _SEPARATOR
    return classes


def _kept_with_numbers(text: str) -> str:
    """``"".join(_KEEP.findall(_NUMBER.sub(NUMBER_TOKEN, text))).replace("_", "")`` by table
    look-ups over the code points (numpy).

    The two ``re`` passes spend 20-50 ns a character testing Unicode classes (1.0 s CPU
    on the 20 MB benchmark corpus); the same classes read from a table cost a few ns.
    A number (``\\d+(?:[.．,，]\\d+)*``) is a maximal run of digits and of separators
    between two digits; it becomes one token, the rest keeps only the kept characters.
    Used only once numpy is loaded anyway (a comparison of many drafts signs with it):
    a one-draft check must not import it.
    """
    import numpy as np

    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if not len(cps):
        return ""
    table = _bmp_classes()
    if int(cps.max()) <= 0xFFFF:
        cls = table[cps]
    else:
        cls = table[np.minimum(cps, 0xFFFF)]  # (0xFFFF is a noncharacter: dropped)
        # beyond the BMP (a rare ideograph of Extension B, an emoji): asked one by one
        for k in np.flatnonzero(cps > 0xFFFF).tolist():
            ch = chr(cps[k])
            # re's \d, \w (the BMP holds "_" and the separators)
            cls[k] = _DIGIT if ch.isdecimal() else _KEPT if ch.isalnum() else _DROPPED
    digit = cls == _DIGIT
    number = digit.copy()
    # a separator between two digits belongs to the number
    number[1:-1] |= (cls[1:-1] == _SEPARATOR) & digit[:-2] & digit[2:]
    first = number.copy()
    first[1:] &= ~number[:-1]  # the first character of each number stands for it
    keep = (cls == _KEPT) | first
    out = cps[keep]
    out[first[keep]] = ord(NUMBER_TOKEN)
    return out.tobytes().decode("utf-32-le")


class Prepared(Record):
    """What the comparison needs of one document, computed once per document.

    Made by :func:`prepare` in the worker process that checks the document, kept in the
    per-file cache with its findings, and handed to the main process with the document:
    the main process only pools, buckets and verifies.

    ``spans``: per paragraph (start, end, line, column, end_line, end_column); ``norms``: per
    paragraph its detection form; ``sigs`` and ``keys``: MinHash signatures (uint32, n_long x
    NUM_PERM) and LSH band keys (uint64, BANDS x n_long) of the paragraphs of at least
    SHINGLE_MIN characters, in order, None until :func:`sign` computes them (only a
    comparison with LSH needs them: numpy).
    """

    __slots__ = _fields = ("spans", "norms", "sigs", "keys", "scheme")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, spans: list[tuple[int, int, int, int, int, int]], norms: list[str], sigs: Any = None,
                 keys: Any = None, scheme: int = SCHEME_VERSION) -> None:
        self.spans = spans
        self.norms = norms
        self.sigs = sigs
        self.keys = keys
        self.scheme = scheme

    @property
    def long_rows(self) -> list[int]:
        """Paragraph numbers of the shingled paragraphs (the rows of ``sigs``)."""
        return [k for k, n in enumerate(self.norms) if len(n) >= SHINGLE_MIN]


#: ``doc.memo`` key of :func:`prepare`: the linter stores a worker's result under it.
PREPARED_KEY = ("draftlint.corpus.prepare", SCHEME_VERSION)


def prepare(doc: Any) -> Prepared:
    """Paragraphs and their detection forms of ``doc`` (memoised on the document)."""
    return doc.memo(PREPARED_KEY, lambda: _prepare(doc))


prepare.memo_key = PREPARED_KEY  # type: ignore[attr-defined]


def prepare_signed(doc: Any) -> Prepared:
    """:func:`prepare` with the signatures and band keys (imports numpy)."""
    import numpy  # noqa: F401  (first: with numpy loaded, prepare normalises by table look-ups)

    prep = prepare(doc)
    sign([prep])
    return prep


prepare_signed.memo_key = PREPARED_KEY  # type: ignore[attr-defined]


def _prepare(doc: Any) -> Prepared:
    line_norms = _line_norms(doc)
    spans: list[tuple[int, int, int, int, int, int]] = []
    norms: list[str] = []
    may_wrap = doc.kind != "docx"
    for block in doc.blocks:
        if not (may_wrap and len(block) > 1 and _wrapped_block(block)):
            # a paragraph a line (nearly every block): no group lists made
            for line in block:
                text = line.text
                lead = len(text) - len(text.lstrip())
                trail = len(text) - len(text.rstrip())
                spans.append((line.start + lead, line.end - trail, line.number, lead + 1, line.number, len(text) - trail + 1))
                norms.append(line_norms[line.number - 1])
            continue
        for group in _wrapped_groups(block):
            first, last = group[0], group[-1]
            ftext, ltext = first.text, last.text
            lead = len(ftext) - len(ftext.lstrip())
            trail = len(ltext) - len(ltext.rstrip())
            spans.append((first.start + lead, last.end - trail, first.number, lead + 1, last.number, len(ltext) - trail + 1))
            norms.append("".join(line_norms[line.number - 1] for line in group))
    return Prepared(spans, norms)


def _wrapped_groups(block: list) -> list[list]:
    """The paragraphs of a hard-wrapped block: lines up to one that is short or ends a sentence."""
    groups: list[list] = []
    current: list = []
    width = max(len(line.text.strip()) for line in block)
    for line in block:
        current.append(line)
        stripped = line.text.strip()
        if len(stripped) < width - 2 or stripped[-1:] in _TERMINAL:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


#: Documents signed together by :func:`sign`. One document a call pays numpy's per-call
#: costs (about 40 calls, 0.3 ms a draft); all 2,000 drafts of the benchmark corpus in one
#: call make temporaries of 50 MB. Signing and band keys of those drafts (CPU): 1.70 s
#: one a call, 1.08 s 8 a call, 1.04 s 32, 1.07 s 128, 1.26 s all at once.
_SIGN_DOCS = 32


def sign(preps: Sequence[Prepared]) -> None:
    """Compute the missing signatures and band keys of ``preps``, a batch of documents at a time."""
    import numpy as np

    todo = [p for p in preps if p.sigs is None]
    for lo in range(0, len(todo), _SIGN_DOCS):
        batch = todo[lo : lo + _SIGN_DOCS]
        rows = [p.long_rows for p in batch]
        sigs = signatures([p.norms[k] for p, ks in zip(batch, rows) for k in ks])
        keys = band_keys(sigs)
        at = 0
        for p, ks in zip(batch, rows):
            p.sigs = np.ascontiguousarray(sigs[at : at + len(ks)])
            p.keys = np.ascontiguousarray(keys[:, at : at + len(ks)])
            at += len(ks)


# The linter's workers take the two steps apart for a batch of documents (one task of the
# pool): ``per_document`` of each, then ``per_batch`` of the list of results, which makes
# them what ``prepare_signed`` of each would (numpy's per-call costs once per batch, see
# _SIGN_DOCS).
prepare_signed.per_document = prepare  # type: ignore[attr-defined]
prepare_signed.per_batch = sign  # type: ignore[attr-defined]


def paragraphs_of(doc: Any, source: int = 0) -> list[Paragraph]:
    """Split a Document into paragraphs: non-blank lines, with hard-wrapped blocks joined."""
    prep = prepare(doc)
    text = doc.text
    return [
        Paragraph(source, k, st, en, line, col, eline, ecol, text[st:en], norm)
        for k, ((st, en, line, col, eline, ecol), norm) in enumerate(zip(prep.spans, prep.norms))
    ]


# --------------------------------------------------------------------------- MinHash
_M64 = (1 << 64) - 1


def _fmix64_int(k: int) -> int:
    k ^= k >> 33
    k = (k * 0xFF51AFD7ED558CCD) & _M64
    k ^= k >> 33
    k = (k * 0xC4CEB9FE1A85EC53) & _M64
    return k ^ (k >> 33)


def shingle_hash32(shingle: str | bytes) -> int:
    """32-bit hash of one 3-character shingle (code points packed into 63 bits, mixed).

    This is the ``hashfunc`` to give ``datasketch.MinHash`` to get the signatures that
    :func:`signatures` computes in bulk.
    """
    if isinstance(shingle, bytes):
        shingle = shingle.decode("utf-8")
    a, b, c = (ord(ch) for ch in shingle)
    return _fmix64_int((a << 42) | (b << 21) | c) >> 32


@lru_cache(maxsize=4)
def permutations(num_perm: int = NUM_PERM, seed: int = SEED):
    """(a, b) of datasketch's ``affine32`` scheme for ``seed`` (same generator, same order).

    Kept (read-only): signing one document at a time must not seed a generator each time.
    """
    import numpy as np

    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    a.flags.writeable = b.flags.writeable = False
    return a, b


def _fmix64(h):
    import numpy as np

    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def _fmix32(h):
    import numpy as np

    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def shingle_hashes(texts: Sequence[str]):
    """All shingle hashes of ``texts`` (each at least ``SHINGLE`` long), concatenated,
    with the offset where each text's shingles start."""
    import numpy as np

    joined = "".join(texts)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    ends = np.cumsum(lengths)
    keys = (cps[:-2] << np.uint64(42)) | (cps[1:-1] << np.uint64(21)) | cps[2:] if len(cps) >= 3 else cps[:0]
    valid = np.ones(len(keys), dtype=bool)
    for k in (1, 2):  # a shingle may not straddle two texts
        cut = ends[:-1] - k
        valid[cut[(cut >= 0) & (cut < len(keys))]] = False
    h32 = (_fmix64(keys[valid]) >> np.uint64(32)).astype(np.uint32)
    counts = lengths - (SHINGLE - 1)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    return h32, starts, counts


#: Shingles per block of the bulk MinHash: NUM_PERM x this uint32 (2 MiB) stays in the
#: cache between multiplying, adding and taking the minimum; 16x bigger blocks were 40% slower.
_BLOCK = 4096


def signatures(texts: Sequence[str], num_perm: int = NUM_PERM, seed: int = SEED, *, threads: int | None = None):
    """MinHash signatures (``len(texts)`` x ``num_perm`` uint32) of texts of >= 3 characters.

    Bit for bit what ``datasketch.MinHash(num_perm, seed, hashfunc=shingle_hash32)``
    gives after ``update_batch`` of every 3-character shingle, computed in bulk.
    ``threads`` (default 1): blocks of texts computed in parallel (numpy releases the
    GIL); only worth it for a big batch on an otherwise idle machine (an index build).
    """
    import numpy as np

    if not texts:
        return np.zeros((0, num_perm), dtype=np.uint32)
    a, b = permutations(num_perm, seed)
    h32, starts, counts = shingle_hashes(texts)
    hv = _fmix32(h32)
    out = np.empty((len(texts), num_perm), dtype=np.uint32)
    # blocks of whole texts, about _BLOCK shingles each (a longer text is a block alone)
    ends = (starts + counts).tolist()
    first = starts.tolist()
    bounds = [0]
    while bounds[-1] < len(texts):
        lo = bounds[-1]
        hi = lo + 1
        while hi < len(texts) and ends[hi] - first[lo] <= _BLOCK:
            hi += 1
        bounds.append(hi)
    a_col, b_col = a[:, None], b[:, None]

    def work(k: int, buf=None) -> None:
        lo, hi = bounds[k], bounds[k + 1]
        s0, s1 = first[lo], ends[hi - 1]
        # permutation-major, so the min runs along contiguous memory (4x faster than
        # shingle-major with reduceat over axis 0)
        phv = np.multiply(a_col, hv[s0:s1], out=None if buf is None or buf.shape[1] < s1 - s0 else buf[:, : s1 - s0])
        phv += b_col
        out[lo:hi] = np.minimum.reduceat(phv, starts[lo:hi] - s0, axis=1).T

    jobs = len(bounds) - 1
    if threads and threads > 1 and jobs > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(work, range(jobs)))
    else:
        buf = np.empty((num_perm, _BLOCK), dtype=np.uint32)
        for k in range(jobs):
            work(k, buf)
    return out


def band_keys(sigs):
    """One 64-bit key per (signature, band): ``BANDS`` x n, equal keys share an LSH bucket."""
    import numpy as np

    n = sigs.shape[0]
    # all bands at once (row r of every band is column r of the n x BANDS x ROWS view):
    # a loop over the bands cost ~1,000 numpy calls, 7 ms for one document
    s = sigs.astype(np.uint64).reshape(n, BANDS, ROWS)
    h = np.broadcast_to(np.arange(1, BANDS + 1, dtype=np.uint64), (n, BANDS))
    for r in range(ROWS):
        h = _fmix64(h * np.uint64(0x9E3779B97F4A7C15) + s[:, :, r])
    return np.ascontiguousarray(h.T)


def _bucket_pairs(starts, ids):
    """Pairs of ids in each bucket: bucket k is ``ids[starts[k]:starts[k + 1]]`` (in id order)."""
    import numpy as np

    sizes = np.diff(starts)
    pairs = [np.zeros((0, 2), dtype=np.int64)]
    # all buckets of one size at once: a Python loop over the buckets cost more than the sort
    for size in np.unique(sizes[sizes >= 2]).tolist():
        first = starts[:-1][sizes == size]
        if size > MAX_BUCKET:
            for s in first.tolist():
                members = ids[s : s + size]
                pairs.append(np.stack([members[:-1], members[1:]], axis=1))
                pairs.append(np.stack([np.full(size - 1, members[0]), members[1:]], axis=1))
        else:
            i, j = np.triu_indices(size, 1)
            pairs.append(np.stack([ids[first[:, None] + i], ids[first[:, None] + j]], axis=2).reshape(-1, 2))
    return np.concatenate(pairs).astype(np.int64)


def lsh_pairs(keys):
    """Candidate pairs (i < j) of rows whose signatures agree on a whole band."""
    import numpy as np

    bands, n = keys.shape
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    # every band's keys end to end (band-major). Most keys are alone in their bucket: one
    # plain sort (radix, several times faster than an argsort or a searchsorted) of the
    # keys with their low bits replaced by the position finds the entries whose key may
    # repeat; only those are ordered by their whole key, stably, so that a bucket is a run
    # of equal keys of one band with its members in id order
    flat = np.ascontiguousarray(keys).reshape(-1)
    bits = np.uint64(max(1, (len(flat) - 1).bit_length()))
    packed = ((flat >> bits) << bits) | np.arange(len(flat), dtype=np.uint64)
    packed.sort()
    top = packed >> bits
    same = top[1:] == top[:-1]
    maybe = np.zeros(len(flat), dtype=bool)
    maybe[1:] |= same
    maybe[:-1] |= same
    sel = np.sort((packed[maybe] & ((np.uint64(1) << bits) - np.uint64(1))).astype(np.int64))
    order = sel[np.argsort(flat[sel], kind="stable")]
    sk = flat[order]
    band = order // n
    change = np.flatnonzero((sk[1:] != sk[:-1]) | (band[1:] != band[:-1])) + 1
    starts = np.concatenate(([0], change, [len(order)]))
    return _unique_pairs(_bucket_pairs(starts, order % n))


def _unique_pairs(pairs):
    import numpy as np

    if len(pairs) == 0:
        return pairs
    lo = np.minimum(pairs[:, 0], pairs[:, 1])
    hi = np.maximum(pairs[:, 0], pairs[:, 1])
    keep = lo != hi
    code = lo[keep] * (1 << 31) + hi[keep]
    code.sort()  # sort and drop repeats: np.unique (hashing first) took 3x as long
    code = code[np.concatenate(([True], code[1:] != code[:-1]))] if len(code) else code
    return np.stack([code >> 31, code & ((1 << 31) - 1)], axis=1)


def query_pairs(query_keys, index_sorted_keys, index_sorted_ids):
    """Candidate pairs (query row, index row) from sorted band keys of an index."""
    import numpy as np

    found = []
    nq = query_keys.shape[1]
    for band in range(query_keys.shape[0]):
        sk, sid = index_sorted_keys[band], index_sorted_ids[band]
        lo = np.searchsorted(sk, query_keys[band], side="left")
        hi = np.searchsorted(sk, query_keys[band], side="right")
        for q in np.flatnonzero(hi > lo).tolist():
            members = sid[lo[q] : min(hi[q], lo[q] + MAX_BUCKET)]
            found.append(np.stack([np.full(len(members), q), members], axis=1))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    return np.unique(pairs, axis=0) if nq else pairs


# --------------------------------------------------------------------------- verification
def similarity(a: str, b: str, threshold: float) -> float:
    """Similarity in [0, 1] of two normalised paragraphs, 0.0 when below ``threshold``.

    ``fuzz.ratio`` (normalised Indel distance); when one is much shorter than the other,
    how well the shorter one is contained in the longer one (``partial_ratio``).
    """
    from rapidfuzz import fuzz

    cutoff = threshold * 100
    score = fuzz.ratio(a, b, score_cutoff=cutoff)
    if not score:
        short, long_ = sorted((a, b), key=len)
        # containment, when the shorter one's opening or ending is in the longer one
        if len(short) < len(long_) * 0.75 and (short[:8] in long_ or short[-8:] in long_):
            score = fuzz.partial_ratio(a, b, score_cutoff=max(cutoff, 90.0))
    return score / 100.0


def similarities(a: Sequence[str], b: Sequence[str], threshold: float) -> list[float]:
    """:func:`similarity` of ``a[k]`` and ``b[k]`` for every k, the ratios in one C call
    (``process.cpdist``: the per-pair Python calls cost 10x the comparisons)."""
    import numpy as np
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import LCSseq

    if not len(a):
        return []
    cutoff = threshold * 100
    la = np.fromiter(map(len, a), dtype=np.int64, count=len(a))
    lb = np.fromiter(map(len, b), dtype=np.int64, count=len(b))
    short, long_ = np.minimum(la, lb), np.maximum(la, lb)
    # fuzz.ratio is 200 LCS / (len a + len b) <= 200 short / (len a + len b): a pair whose
    # lengths alone keep it below the cutoff scores 0 without being compared (on the 20 MB
    # benchmark corpus 73,000 of 258,000 candidates, 0.1 s CPU); the margin only keeps
    # pairs a rounding could lift to the cutoff
    may_reach = np.flatnonzero(200 * short >= (cutoff - 1e-6) * (la + lb)).tolist()
    scores = np.zeros(len(a), dtype=np.float64)
    if may_reach:
        scores[may_reach] = process.cpdist(
            [a[k] for k in may_reach], [b[k] for k in may_reach], scorer=fuzz.ratio, score_cutoff=cutoff,
            dtype=np.float64,
        )
    # below the cutoff, the containment test of similarity() where the lengths differ a lot
    # the shorter text's first or last 8 characters in the longer one (as in similarity()),
    # one comprehension per side instead of 114,000 calls of a helper on the 20 MB corpus
    below = (scores == 0) & (short < long_ * 0.75)
    maybe = sorted(
        [k for k in np.flatnonzero(below & (la <= lb)).tolist() if a[k][:8] in b[k] or a[k][-8:] in b[k]]
        + [k for k in np.flatnonzero(below & (la > lb)).tolist() if b[k][:8] in a[k] or b[k][-8:] in a[k]]
    )
    if maybe:
        # most of these share a clause, not the paragraph. partial_ratio >= c (0-1) of a
        # short text of length L needs a window w of the long one with 2 LCS(short, w) >=
        # c (L + |w|) >= c (L + LCS), so LCS(short, long) >= c L / (2 - c): the LCS of
        # all of them in one C call rules most out before the (10x slower) partial_ratio
        c = max(cutoff, 90.0) / 100
        lcs = process.cpdist([a[k] for k in maybe], [b[k] for k in maybe], scorer=LCSseq.similarity)
        for k in np.asarray(maybe)[lcs >= c * short[maybe] / (2 - c) - 1].tolist():  # a character of slack
            scores[k] = fuzz.partial_ratio(a[k], b[k], score_cutoff=max(cutoff, 90.0))
    return (scores / 100.0).tolist()


class UnionFind:
    """Disjoint sets over 0..n-1 with path halving."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


# --------------------------------------------------------------------------- the pool
class Match(Record):
    """A section of ``source`` (paragraphs ``lo..hi``) that nearly equals one of ``other``."""

    __slots__ = _fields = ("source", "lo", "hi", "other", "olo", "ohi", "similarity", "strong_chars")

    def __init__(self, source: int, lo: int, hi: int, other: int, olo: int, ohi: int, similarity: float,
                 strong_chars: int) -> None:
        self.source = source
        self.lo = lo
        self.hi = hi
        self.other = other
        self.olo = olo
        self.ohi = ohi
        self.similarity = similarity
        self.strong_chars = strong_chars  # distinctive characters (no stock phrases) of the verified long pairs


class Result(Record):
    __slots__ = _fields = ("sources", "matches", "groups", "group_sizes", "uids")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, sources: list[Source], matches: list[Match], groups: dict[int, int],
                 group_sizes: dict[int, int], uids: Uids | dict[tuple[int, int], int] | None = None) -> None:
        self.sources = sources
        self.matches = matches
        self.groups = groups  # paragraph uid -> group root, for matched paragraphs
        self.group_sizes = group_sizes  # root -> number of distinct sources in the group
        self.uids = {} if uids is None else uids  # (source, index) -> uid

    def paragraph(self, source: int, index: int) -> Paragraph:
        return self.sources[source].paragraphs[index]


def _sha256(data: bytes) -> str:
    import hashlib  # only an index needs it: not imported for a check (start-up)

    return hashlib.sha256(data).hexdigest()


#: Rows of signatures a :class:`Pool` makes room for first.
_POOL_ROWS = 1024


class Pool:
    """The paragraphs of the comparison, source by source: their detection forms, their
    uids, and of the long ones (``SHINGLE_MIN``) the exact pass's groups of equal forms and
    the signatures.

    :func:`find_duplicates` builds one over its sources. The linter builds one over the
    documents it checks while its workers return them (``draftlint check`` of many files:
    ``prepare_signed.collector``), in the time the main process otherwise waits, and hands
    it to the DU rules: on the 2,000 drafts of the benchmark corpus, this work was 0.2-0.3 s of
    the serial tail after the last worker result. Pooling only appends: a source's uids,
    groups and signature rows follow those of the sources before it, as one pass over all
    of them in order would give.
    """

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.norms: list[str] = []  # by uid
        self.para_source: list[int] = []  # by uid
        self.linted: list[bool] = []  # by uid
        self.first_uid: list[int] = []  # per source, the uid of its first paragraph
        self.by_norm: dict[str, list[int]] = {}  # long detection form -> uids, in uid order
        self.repeated: list[list[int]] = []  # the lists of by_norm with more than one uid
        self.reps: list[int] = []  # the first uid of each distinct long form, in uid order
        self._sigs = None  # the signatures of reps, a row each (room for more at the end)
        self._keys = None  # their band keys, a row each (BANDS columns)
        # (first row, prep, prep's rows) of documents to sign when the LSH needs them
        self._unsigned: list[tuple[int, Prepared, list[int]]] = []

    def holds(self, docs: Sequence[Any]) -> bool:
        """Whether the sources are exactly ``docs``, linted, in this order."""
        return len(docs) == len(self.sources) and all(
            src.document is doc and src.linted for src, doc in zip(self.sources, docs)
        )

    def add(self, doc: Any) -> None:
        """Pool a linted document as the next source."""
        self.add_source(Source(doc.path, linted=True, document=doc, number=len(self.sources)))

    def add_source(self, src: Source) -> None:
        s = len(self.sources)
        self.sources.append(src)
        prep = prepare(src.document)
        forms = prep.norms
        uid = len(self.norms)
        self.first_uid.append(uid)
        self.norms.extend(forms)
        self.para_source.extend([s] * len(forms))
        self.linted.extend([src.linted] * len(forms))
        by_norm = self.by_norm
        new_reps: list[int] = []  # the document's distinct long paragraphs, as its signature rows
        row = 0  # the signature row of the next long paragraph
        for norm in forms:
            if len(norm) >= SHINGLE_MIN:  # (short ones, headings and titles: see _alike)
                members = by_norm.get(norm)
                if members is None:
                    by_norm[norm] = [uid]
                    self.reps.append(uid)
                    new_reps.append(row)
                else:
                    members.append(uid)
                    if len(members) == 2:
                        self.repeated.append(members)
                row += 1
            uid += 1
        if new_reps:
            if prep.sigs is None:
                self._unsigned.append((len(self.reps) - len(new_reps), prep, new_reps))  # signed if the LSH needs it
            else:
                self._store(len(self.reps) - len(new_reps), prep, new_reps)

    def _store(self, at: int, prep: Prepared, rows: list[int]) -> None:
        """Copy the signatures and band keys of ``prep``'s signature rows ``rows`` to the
        pool's rows from ``at`` on."""
        import numpy as np

        n = len(rows)
        if self._sigs is None or len(self._sigs) < at + n:
            # doubled: each row is copied about once more on the way
            size = max(at + n, _POOL_ROWS, 2 * len(self._sigs) if self._sigs is not None else 0)
            sigs = np.empty((size, prep.sigs.shape[1]), dtype=prep.sigs.dtype)
            keys = np.empty((size, BANDS), dtype=np.uint64)
            if self._sigs is not None:  # (all of it: rows of unsigned documents may be left to fill)
                sigs[: len(self._sigs)] = self._sigs
                keys[: len(self._keys)] = self._keys
            self._sigs, self._keys = sigs, keys
        self._sigs[at : at + n] = prep.sigs[rows]
        self._keys[at : at + n] = prep.keys[:, rows].T

    def repeated_groups(self) -> list[list[int]]:
        """The groups of equal detection forms with more than one member, in the order of
        their first uid (the order of ``by_norm``)."""
        return sorted(self.repeated, key=lambda members: members[0])

    def rep_signatures(self):
        """Signatures and band keys (BANDS x n) of the distinct long paragraphs, in the
        order of ``reps`` (the documents not signed yet are signed first)."""
        import numpy as np

        if self._unsigned:
            sign([prep for _, prep, _ in self._unsigned])
            for at, prep, rows in self._unsigned:
                self._store(at, prep, rows)
            self._unsigned = []
        n = len(self.reps)
        if self._sigs is None:
            return np.empty((0, NUM_PERM), dtype=np.uint32), np.empty((BANDS, 0), dtype=np.uint64)
        return self._sigs[:n], np.ascontiguousarray(self._keys[:n].T)


# the linter's main process pools the documents its workers prepared as they come back
prepare_signed.collector = Pool  # type: ignore[attr-defined]


def find_duplicates(
    docs: Sequence[Any],
    references: Sequence[Any] = (),
    *,
    index: "DuplicateIndex | None" = None,
    cross: bool = True,
    options: Mapping[str, Any] | None = None,
    pool: Pool | None = None,
) -> Result:
    """All near-duplicate sections involving a linted document.

    Within each of ``docs``; between two of ``docs`` when ``cross``; between ``docs`` and
    ``references`` (Documents) or an ``index`` (from :func:`load_index`) always.

    The cyclic garbage collector is paused meanwhile (as the linter's main process pauses
    it): the comparison makes hundreds of thousands of tuples and lists, none of them in a
    cycle, and each collection walks the whole heap of documents. In-process over the
    2,000 drafts of the benchmark corpus that was 452 collections, 0.2 s CPU.

    ``pool``: a :class:`Pool` already holding ``docs`` (from the linter), used when there
    are no references and no index; otherwise the sources are pooled here.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _find_duplicates(docs, references, index=index, cross=cross, options=options, pool=pool)
    finally:
        if was_enabled:
            gc.enable()


def _find_duplicates(
    docs: Sequence[Any],
    references: Sequence[Any],
    *,
    index: DuplicateIndex | None,
    cross: bool,
    options: Mapping[str, Any] | None,
    pool: Pool | None = None,
) -> Result:
    opts = {**DEFAULTS, **dict(options or {})}
    threshold = float(opts["threshold"])
    # a draft is not a copy of itself: an archive that holds the draft being checked
    # (``check drafts/ --against drafts/``, an index of the whole folder) skips that file
    own = {_real(doc.path) for doc in docs} if references or index is not None else set()
    if pool is not None and not references and index is None and pool.holds(docs):
        # pooled while the linter's workers returned the documents (see Pool)
        sources = list(pool.sources)
    else:
        pool = None
        sources = []
        for doc in docs:
            sources.append(Source(doc.path, linted=True, document=doc, number=len(sources)))
        for doc in references:
            if _real(doc.path) not in own:
                sources.append(Source(doc.path, linted=False, document=doc, number=len(sources)))

        if len(sources) >= _NUMPY_MIN_SOURCES:
            # this many drafts need numpy for the LSH anyway: loaded before they are prepared,
            # it makes their normalisation table look-ups (_kept_with_numbers); a one-draft
            # check stays without it (start-up time)
            import numpy  # noqa: F401

        pool = Pool()
        for src in sources:
            pool.add_source(src)
    # every paragraph of the pool has a number (its uid), in the order of the sources and
    # of their paragraphs; the comparison needs only its detection form and its source.
    # (Copies: the index below adds the archive files with a hit.)
    norms = list(pool.norms)
    para_source = list(pool.para_source)
    linted = list(pool.linted)
    first_uid = list(pool.first_uid)
    by_norm = pool.by_norm

    def wanted(i: int, j: int) -> bool:
        a, b = para_source[i], para_source[j]
        if a == b:
            return linted[i]
        if not (linted[i] or linted[j]):
            return False
        return cross or not (linted[i] and linted[j])

    # exact pass: identical normalised paragraphs (by_norm; short ones, headings and
    # titles, are compared only where a section grows: see _alike)
    pair_sim: dict[tuple[int, int], float] = {}

    def add(group_a: list[int], group_b: list[int] | None, sim: float) -> None:
        for i, j in _group_pairs(group_a, group_b):
            key = (i, j) if i < j else (j, i)
            if wanted(*key) and pair_sim.get(key, 0.0) < sim:
                pair_sim[key] = sim

    for members in pool.repeated_groups():
        if any(linted[m] for m in members):
            add(members, None, 1.0)

    # MinHash + LSH over the distinct long paragraphs, then verification
    reps = pool.reps
    if reps and index is None and len(reps) <= BRUTE_FORCE_MAX:
        # a few drafts: compare every pair; cheaper than importing numpy, and exact
        has_linted = [any(linted[x] for x in by_norm[norms[k]]) for k in reps]
        cand_list = [
            (a, b) for a in range(len(reps)) for b in range(a + 1, len(reps)) if has_linted[a] or has_linted[b]
        ]
        keys = sigs = None
    elif reps:
        sigs, keys = pool.rep_signatures()
        cand = _likely(lsh_pairs(keys), sigs)
    if reps:
        rep_norms = [norms[k] for k in reps]
        if keys is None:  # no numpy (cpdist needs it) for a few drafts
            sims = [similarity(rep_norms[a], rep_norms[b], threshold) for a, b in cand_list]
        else:
            cand_list = cand
            sims = similarities([rep_norms[a] for a in cand[:, 0].tolist()], [rep_norms[b] for b in cand[:, 1].tolist()], threshold)
        for k in [k for k, sim in enumerate(sims) if sim]:  # most candidates are not copies
            a, b = cand_list[k]
            add(by_norm[rep_norms[a]], by_norm[rep_norms[b]], sims[k])
        if index is not None and keys is not None and len(index.long_ids):
            hits: dict[int, list[tuple[int, float]]] = {}
            for a, b in query_pairs(keys, index.sorted_keys, index.sorted_ids).tolist():
                i = reps[a]
                if not any(linted[x] for x in by_norm[norms[i]]):
                    continue
                sim = similarity(norms[i], index.norm(b), threshold)
                if sim:
                    hits.setdefault(b, []).append((i, sim))
            # only the archive files with a verified hit join the pool
            files = sorted({int(index.para_file[b]) for b in hits})
            files = [fi for fi in files if _real(index.files[fi].get("abspath", index.files[fi]["path"])) not in own]
            kept = set(files)
            hits = {b: v for b, v in hits.items() if int(index.para_file[b]) in kept}
            file_uid: dict[int, int] = {}
            for fi in files:
                src = index.source(fi, len(sources))
                file_uid[fi] = len(norms)
                first_uid.append(len(norms))
                norms.extend(p.norm for p in src.paragraphs)
                para_source.extend([len(sources)] * len(src.paragraphs))
                linted.extend(False for _ in src.paragraphs)
                sources.append(src)
            for b, found in hits.items():
                fi = int(index.para_file[b])
                j = file_uid[fi] + b - int(index.file_start[fi])
                for i, sim in found:
                    for x in by_norm[norms[i]]:
                        if linted[x]:
                            pair_sim[(x, j)] = max(sim, pair_sim.get((x, j), 0.0))

    # union-find over verified pairs of long paragraphs: groups of copies
    uf = UnionFind(len(norms))
    for i, j in pair_sim:
        if len(norms[i]) >= SHINGLE_MIN:
            uf.union(i, j)
    groups: dict[int, int] = {}
    members_of: dict[int, set[int]] = {}
    for pair in pair_sim:
        for k in pair:
            if len(norms[k]) >= SHINGLE_MIN:
                root = uf.find(k)
                groups[k] = root
                members_of.setdefault(root, set()).add(para_source[k])
    group_sizes = {root: len(srcs) for root, srcs in members_of.items()}
    uids = Uids(first_uid, len(norms))
    matches = _sections(uids, sources, pair_sim, opts)
    return Result(sources=sources, matches=matches, groups=groups, group_sizes=group_sizes, uids=uids)


def _likely(cand, sigs, rows=None, chunk: int = 16384):
    """The candidates whose signatures agree on at least MIN_ESTIMATED_JACCARD of the
    permutations: most LSH candidates share a few common 3-grams only, and are dropped
    here before rapidfuzz. In chunks: the gathered signatures of a 20 MB corpus's
    candidates would take 100+ MB at once. ``rows``: the row of ``sigs`` of each
    candidate number (None: the candidate number itself)."""
    import numpy as np

    keep = np.zeros(len(cand), dtype=bool)
    least = MIN_ESTIMATED_JACCARD * sigs.shape[1]  # agreeing permutations, as a count
    # the agreements counted as bytes summed in bytes (a count fits): count_nonzero along
    # an axis sums a bool array into machine integers, twice as slow
    count_type = np.uint8 if sigs.shape[1] < 256 else np.int64
    for lo in range(0, len(cand), chunk):
        c = cand[lo : lo + chunk] if rows is None else rows[cand[lo : lo + chunk]]
        agree = sigs[c[:, 0]] == sigs[c[:, 1]]
        keep[lo : lo + chunk] = agree.view(np.uint8).sum(axis=1, dtype=count_type) >= least
    return cand[keep]


def _real(path: str) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return path


def _group_pairs(a: list[int], b: list[int] | None) -> list[tuple[int, int]]:
    """Pairs within one group of equal paragraphs (b None) or across two groups.

    Small groups give every pair. A paragraph in hundreds of files (one template filed
    everywhere) gives each copy a pair with the first and with its neighbour instead:
    still one group under union-find, without a quadratic number of pairs.
    """
    if b is None:
        if len(a) <= MAX_BUCKET:
            return [(a[x], a[y]) for x in range(len(a)) for y in range(x + 1, len(a))]
        return [(a[0], m) for m in a[1:]] + [(a[x], a[x + 1]) for x in range(1, len(a) - 1)]
    if len(a) * len(b) <= MAX_BUCKET * MAX_BUCKET:
        return [(x, y) for x in a for y in b]
    return [(a[0], y) for y in b] + [(x, b[0]) for x in a[1:]]


class Uids:
    """(source, index) -> the uid of that paragraph, and back; the uids of a source's
    paragraphs are consecutive, so two lists say it all (a dict of every paragraph of
    2,000 drafts took 0.06 s to build and was asked about a few hundred of them)."""

    def __init__(self, first_uid: list[int], total: int) -> None:
        self.first_uid = first_uid  # per source, the uid of its first paragraph
        self.total = total

    def get(self, key: tuple[int, int], default: int | None = None) -> int | None:
        source, index = key
        if not 0 <= source < len(self.first_uid) or index < 0:
            return default
        uid = self.first_uid[source] + index
        end = self.first_uid[source + 1] if source + 1 < len(self.first_uid) else self.total
        return uid if uid < end else default

    def __getitem__(self, key: tuple[int, int]) -> int:
        uid = self.get(key)
        if uid is None:
            raise KeyError(key)
        return uid

    def where(self, uid: int) -> tuple[int, int]:
        """(source, index) of a uid."""
        source = bisect_right(self.first_uid, uid) - 1
        # (sources without paragraphs share their first uid with the next one)
        return source, uid - self.first_uid[source]


_SENTENCE_END = re.compile(r"[。！？!?；;]")
# a numbered heading (二、, (三), 3., 第二部分): at the end of a section it starts the next one
_NEXT_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部分篇])")


def is_body(p: Paragraph) -> bool:
    """A paragraph of running text, not a title or heading: only these start a finding."""
    if len(p.norm) < SHINGLE_MIN:
        return False
    return len(p.norm) >= 40 or bool(_SENTENCE_END.search(p.text))


def _sections(uids: Uids, sources, pair_sim, opts) -> list[Match]:
    """Merge paragraph pairs into sections, per ordered pair of sources."""
    if not pair_sim:
        return []  # nothing to merge (and no rapidfuzz import: start-up time of a one-draft check)
    from rapidfuzz import fuzz

    threshold = float(opts["threshold"])
    min_length = int(opts["min-length"])
    gap = int(opts["max-gap"]) + 1
    per_pair: dict[tuple[int, int], dict[tuple[int, int], float]] = {}
    for (i, j), sim in pair_sim.items():
        p, q = uids.where(i), uids.where(j)  # (source, index) of each
        if p > q:
            p, q = q, p
        per_pair.setdefault((p[0], q[0]), {})[(p[1], q[1])] = sim

    matches: list[Match] = []
    for (sa, sb), cells in per_pair.items():
        pa, pb = sources[sa].paragraphs, sources[sb].paragraphs
        strong = sorted((i, j) for (i, j) in cells if is_body(pa[i]) and is_body(pb[j]))
        used: set[tuple[int, int]] = set()
        runs: list[list[tuple[int, int]]] = []
        for cell in strong:
            if cell in used:
                continue
            run = [cell]
            used.add(cell)
            i, j = cell
            while True:
                nxt = None
                for di in range(1, gap + 1):
                    for dj in range(max(1, di - 1), di + 2):
                        c = (i + di, j + dj)
                        if c in cells and c not in used and is_body(pa[c[0]]) and is_body(pb[c[1]]):
                            nxt = c
                            break
                    if nxt:
                        break
                if nxt is None:
                    break
                run.append(nxt)
                used.add(nxt)
                i, j = nxt
            runs.append(run)
        while runs:
            run = runs.pop(0)
            lo, olo = run[0]
            hi, ohi = run[-1]
            if sa == sb and not (hi < olo or ohi < lo):
                # a run overlapping its own copy (one paragraph pasted three times in a
                # row): each pair on its own
                if len(run) > 1:
                    runs[:0] = [[cell] for cell in run]
                continue
            # a section (two or more long paragraphs) grows over neighbouring paragraphs
            # that match too (its heading, a title with the year changed), never into its copy
            while len(run) > 1 and lo > 0 and olo > 0 and (sa != sb or olo - 1 > hi) and _edge_alike(
                pa[lo - 1], pb[olo - 1], cells, (lo - 1, olo - 1), threshold, min_length, sa == sb
            ):
                lo, olo = lo - 1, olo - 1
            run_hi = hi
            while len(run) > 1 and hi + 1 < len(pa) and ohi + 1 < len(pb) and (sa != sb or hi + 1 < olo) and _edge_alike(
                pa[hi + 1], pb[ohi + 1], cells, (hi + 1, ohi + 1), threshold, min_length, sa == sb
            ):
                hi, ohi = hi + 1, ohi + 1
            # a numbered heading the section grew over last starts the next section, whose
            # text differs (二、存在的不足 under two different paragraphs): not part of the copy
            while hi > run_hi and _NEXT_HEADING.match(pa[hi].text) and not is_body(pa[hi]):
                hi, ohi = hi - 1, ohi - 1
            strong_chars = sum(min(distinctive_length(pa[i].norm), distinctive_length(pb[j].norm)) for i, j in run)
            if strong_chars < min_length:
                continue
            norm_a = "".join(p.norm for p in pa[lo : hi + 1])
            norm_b = "".join(p.norm for p in pb[olo : ohi + 1])
            sim = fuzz.ratio(norm_a, norm_b) / 100.0
            if sim < threshold:
                sim = sum(cells[c] * len(pa[c[0]].norm) for c in run) / max(1, sum(len(pa[c[0]].norm) for c in run))
            matches.append(Match(sa, lo, hi, sb, olo, ohi, round(sim, 4), strong_chars))
    return _merge_overlapping(matches)


def _merge_overlapping(matches: list[Match]) -> list[Match]:
    """One match for runs that grew into each other (a gap bridged by growth)."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.source, m.other, m.lo, m.olo)):
        last = out[-1] if out else None
        if (
            last is not None
            and (last.source, last.other) == (m.source, m.other)
            and m.lo <= last.hi + 1
            and m.olo <= last.ohi + 1
            and m.ohi >= last.olo
            # the same stretch on both sides, not one paragraph matching two copies
            and ((m.lo <= last.hi and m.olo <= last.ohi) or m.lo - last.lo == m.olo - last.olo)
            and (m.source != m.other or max(last.hi, m.hi) < min(last.olo, m.olo))
        ):
            out[-1] = Match(
                last.source, last.lo, max(last.hi, m.hi), last.other, min(last.olo, m.olo), max(last.ohi, m.ohi),
                max(last.similarity, m.similarity), last.strong_chars + m.strong_chars,
            )
        else:
            out.append(m)
    return out


#: A year (2015, 2016 …): a title whose year was changed is still the copied title.
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
#: Characters of numbers and counters: a short line differing in one of these differs in its label.
_NUMERAL_CHARS = frozenset("0123456789〇零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾")


def _with_numbers(p: Paragraph) -> str:
    """The detection form of ``p`` with its numbers kept, years aside (each one token)."""
    text = unicodedata.normalize("NFKC", to_simplified(p.text))
    return _DROP.sub("", _YEAR.sub(NUMBER_TOKEN, text)).lower()


def _label_changed(p: Paragraph, q: Paragraph) -> bool:
    """True when two lines differ in a number or numeral other than a year: ``信访工作总结 篇2``
    and ``篇3``, ``二、工作举措`` and ``三、工作举措`` are the labels of two places, not one text."""
    from rapidfuzz.distance import Indel

    a, b = _with_numbers(p), _with_numbers(q)
    if a == b:
        return False
    for op in Indel.opcodes(a, b):
        if op.tag != "equal" and _NUMERAL_CHARS.intersection(a[op.src_start : op.src_end] + b[op.dest_start : op.dest_end]):
            return True
    return False


def _edge_alike(
    p: Paragraph, q: Paragraph, cells, cell, threshold: float, min_length: int, same_source: bool
) -> bool:
    """Whether a section may grow over ``p`` and ``q``, the paragraphs just outside it.

    Within one draft, a short line (a title or heading: no running text, or fewer than
    ``min-length`` distinctive characters) that matches only because numbers are one token
    is not copied text but the label of each place: the pieces of a bundle of 范文
    (``信访工作总结 篇2`` / ``篇3``), renumbered headings (``二、`` / ``三、``). A section does
    not grow over it (it may still lie inside a section, between copied paragraphs). A title
    with only its year changed (``2015年…总结`` / ``2016年…总结``) is the copied title. Between
    two files the title of a template with its place changed stays part of the copy.
    """
    if not _alike(p, q, cells, cell, threshold):
        return False
    if not same_source:
        return True
    short = not (is_body(p) and is_body(q)) or min(distinctive_length(p.norm), distinctive_length(q.norm)) < min_length
    return not (short and _label_changed(p, q))


def _alike(p: Paragraph, q: Paragraph, cells, cell, threshold: float) -> bool:
    if cell in cells:
        return True
    if not p.norm or not q.norm:
        return False
    if p.norm == q.norm:
        return True
    from rapidfuzz import fuzz

    return len(p.norm) >= 6 and fuzz.ratio(p.norm, q.norm) >= threshold * 100


# --------------------------------------------------------------------------- diff
_SIGNIFICANT = re.compile(r"[^\W_]")


def _shown(text: str) -> str:
    """What a reader would call different: script, case, width and punctuation aside."""
    return _DROP.sub("", unicodedata.normalize("NFKC", to_simplified(text)).lower())


def _WORD(ch: str) -> bool:
    return ch.isascii() and ch.isalnum() or ch in "０１２３４５６７８９"


def compact_diff(old: str, new: str, *, context: int = 6, limit: int = 8) -> list[dict[str, Any]]:
    """What changed from ``old`` to ``new``, edit by edit, ignoring whitespace and punctuation.

    Each edit: ``{"old": ..., "new": ..., "before": context, "after": context,
    "offset": position in new}``.
    """
    from rapidfuzz.distance import Indel

    edits: list[dict[str, Any]] = []
    for op in Indel.opcodes(old, new):
        if op.tag == "equal":
            continue
        os_, oe, ns, ne = op.src_start, op.src_end, op.dest_start, op.dest_end
        # show whole numbers and Latin words: 【-2016-】【+2015+】, not 201【-6-】【+5+】
        while os_ > 0 and ns > 0 and _WORD(old[os_ - 1]) and old[os_ - 1] == new[ns - 1]:
            os_, ns = os_ - 1, ns - 1
        while oe < len(old) and ne < len(new) and _WORD(old[oe]) and old[oe] == new[ne]:
            oe, ne = oe + 1, ne + 1
        o, n = old[os_:oe], new[ns:ne]
        if not (_SIGNIFICANT.search(o) or _SIGNIFICANT.search(n)):
            continue
        if edits and ns - edits[-1]["_end"] <= 2 and os_ - edits[-1]["_oend"] <= 2:
            last = edits[-1]
            last["old"] = old[last["_ostart"] : max(oe, last["_oend"])]
            last["new"] = new[last["offset"] : max(ne, last["_end"])]
            last["_end"], last["_oend"] = max(ne, last["_end"]), max(oe, last["_oend"])
            continue
        edits.append({"old": o, "new": n, "offset": ns, "_ostart": os_, "_end": ne, "_oend": oe})
    # a change of case or script only (XX -> xx, 劃 -> 划) is not worth showing
    edits = [e for e in edits if _shown(e["old"]) != _shown(e["new"])]
    out = []
    for e in edits[:limit]:
        before = new[max(0, e["offset"] - context) : e["offset"]].split("\n")[-1]
        after = new[e["_end"] : e["_end"] + context].split("\n")[0]
        out.append({"old": e["old"], "new": e["new"], "before": before, "after": after, "offset": e["offset"]})
    if len(edits) > limit:
        out.append({"more": len(edits) - limit})
    return out


def render_diff(edits: Iterable[Mapping[str, Any]]) -> str:
    """``乡镇【-2016-】【+2015+】年招商`` for each edit, separated by ``；``."""
    parts = []
    for e in edits:
        if "more" in e:
            parts.append(f"…(+{e['more']})")
            continue
        mid = (f"【-{e['old']}-】" if e["old"] else "") + (f"【+{e['new']}+】" if e["new"] else "")
        parts.append(f"{e['before']}{mid}{e['after']}")
    return "；".join(parts)


# --------------------------------------------------------------------------- the index
INDEX_FORMAT = "draftlint-duplicate-index"


class DuplicateIndex(Record):
    """A prebuilt archive: paragraphs with locations, signatures and sorted band keys.

    ``files``: {"path", "sha256", "paragraphs": count} per file; ``para_file``: int32 per
    paragraph; ``para_pos``: int32 (n, 4) line, column, end_line, end_column; ``text_blob`` /
    ``norm_blob``: uint8, the UTF-8 of every paragraph's original / detection text end to end,
    cut by ``text_offsets`` / ``norm_offsets`` (int64, n + 1); ``sorted_keys``: uint64 (BANDS,
    n_long); ``sorted_ids``: int32 (BANDS, n_long), paragraph ids into the index; ``long_ids``:
    int32, the index paragraph of each shingled row; ``file_start``: int64, the first
    paragraph of each file.
    """

    __slots__ = _fields = ("path", "files", "para_file", "para_pos", "text_blob", "text_offsets", "norm_blob",
                           "norm_offsets", "sorted_keys", "sorted_ids", "long_ids", "file_start")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, path: str, files: list[dict[str, Any]], para_file: Any, para_pos: Any, text_blob: Any,
                 text_offsets: Any, norm_blob: Any, norm_offsets: Any, sorted_keys: Any, sorted_ids: Any,
                 long_ids: Any, file_start: Any = None) -> None:
        self.path = path
        self.files = files
        self.para_file = para_file
        self.para_pos = para_pos
        self.text_blob = text_blob
        self.text_offsets = text_offsets
        self.norm_blob = norm_blob
        self.norm_offsets = norm_offsets
        self.sorted_keys = sorted_keys
        self.sorted_ids = sorted_ids
        self.long_ids = long_ids
        self.file_start = file_start

    def text(self, k: int) -> str:
        return bytes(self.text_blob[self.text_offsets[k] : self.text_offsets[k + 1]]).decode("utf-8")

    def norm(self, k: int) -> str:
        return bytes(self.norm_blob[self.norm_offsets[k] : self.norm_offsets[k + 1]]).decode("utf-8")

    def source(self, fi: int, number: int) -> Source:
        """Archive file ``fi`` as a Source (not linted) numbered ``number`` in a pool."""
        src = Source(self.files[fi]["path"], linted=False, indexed=True)
        lo = int(self.file_start[fi])
        hi = lo + int(self.files[fi]["paragraphs"])
        for k in range(lo, hi):
            line, col, eline, ecol = (int(v) for v in self.para_pos[k])
            src.paragraphs.append(
                Paragraph(source=number, index=k - lo, start=0, end=0, line=line, column=col,
                          end_line=eline, end_column=ecol, text=self.text(k), norm=self.norm(k))
            )
        return src


def build_index(paths: list[str], output: str, config: Any = None) -> dict[str, Any]:
    """Write a reusable duplicate index of the files ``paths`` to ``output``; return a summary.

    ``paths`` are files (already discovered: the CLI expands folders); ``config`` is a
    :class:`draftlint.config.Config` (its ``encoding`` is used to read the files), a
    mapping, or None. Unreadable files are skipped and listed in the summary.

    The file (a JSON header, then raw arrays that :func:`load_index` maps into memory
    without reading them, so a query touches only the pages it needs) holds the scheme
    version, the file list with a SHA-256 of each file's bytes, every paragraph's
    location (line, column, end line, end column), original and normalised text, the
    MinHash signatures and the LSH band keys of the long paragraphs, sorted for lookup
    with ``searchsorted``.

    Returns a summary: ``{"files", "paragraphs", "shingled", "skipped", "output",
    "bytes", "scheme"}``.
    """
    from pathlib import Path

    import numpy as np

    from .load import LoadError, load_path

    encoding = getattr(config, "encoding", None)
    files: list[dict[str, Any]] = []
    skipped: list[str] = []
    para_file: list[int] = []
    para_pos: list[tuple[int, int, int, int]] = []
    texts: list[str] = []
    norms: list[str] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
            doc = load_path(path, encoding=encoding)
        except (LoadError, OSError):
            skipped.append(path)
            continue
        paras = paragraphs_of(doc)
        fi = len(files)
        files.append({"path": str(path), "abspath": _real(str(path)), "sha256": _sha256(data),
                      "paragraphs": len(paras)})
        for p in paras:
            para_file.append(fi)
            para_pos.append((p.line, p.column, p.end_line, p.end_column))
            texts.append(p.text)
            norms.append(p.norm)
    long_ids = np.array([k for k, n in enumerate(norms) if len(n) >= SHINGLE_MIN], dtype=np.int32)
    sigs = signatures([norms[k] for k in long_ids.tolist()])
    keys = band_keys(sigs)
    order = np.argsort(keys, axis=1, kind="stable")
    sorted_keys = np.take_along_axis(keys, order, axis=1)
    sorted_ids = long_ids[order] if len(long_ids) else np.zeros((BANDS, 0), dtype=np.int32)
    header = {"format": INDEX_FORMAT, "scheme": SCHEME_VERSION, "num_perm": NUM_PERM, "seed": SEED,
              "shingle": SHINGLE, "bands": BANDS, "rows": ROWS, "files": files}
    out = Path(output)
    _write_arrays(out, header, {
        "para_file": np.array(para_file, dtype=np.int32),
        "para_pos": np.array(para_pos, dtype=np.int32).reshape(-1, 4),
        **_pack("text", texts),
        **_pack("norm", norms),
        "sorted_keys": sorted_keys,
        "sorted_ids": sorted_ids.astype(np.int32),
        "signatures": sigs,
        "long_ids": long_ids,
    })
    return {"files": len(files), "paragraphs": len(texts), "shingled": int(len(long_ids)), "skipped": skipped,
            "output": str(out), "bytes": out.stat().st_size, "scheme": SCHEME_VERSION}


def _pack(name: str, strings: list[str]) -> dict[str, Any]:
    """Strings as one UTF-8 blob and the offsets of each: read back one at a time."""
    import numpy as np

    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(e) for e in encoded]) if encoded else []
    blob = np.frombuffer(b"".join(encoded), dtype=np.uint8) if any(encoded) else np.zeros(0, dtype=np.uint8)
    return {f"{name}_blob": blob, f"{name}_offsets": offsets}


_MAGIC = b"DLDUPIX1"
_ALIGN = 64


def _write_arrays(path: Path, header: dict[str, Any], arrays: dict[str, Any]) -> None:
    """One file: magic, header length, JSON header (with each array's dtype, shape and
    offset), then the raw arrays, aligned, so that reading maps them without copying."""
    layout: dict[str, Any] = {}
    pos = 0
    for name, arr in arrays.items():
        layout[name] = {"dtype": arr.dtype.str, "shape": list(arr.shape), "offset": pos}
        pos += -(-arr.nbytes // _ALIGN) * _ALIGN
    head = json.dumps({**header, "arrays": layout}, ensure_ascii=False).encode("utf-8")
    start = -(-(len(_MAGIC) + 8 + len(head)) // _ALIGN) * _ALIGN
    with open(path, "wb") as fh:
        fh.write(_MAGIC + len(head).to_bytes(8, "little") + head)
        for name, arr in arrays.items():
            fh.seek(start + layout[name]["offset"])
            fh.write(arr.tobytes())
        fh.truncate(start + pos)


def _read_arrays(path: str) -> tuple[dict[str, Any], dict[str, Any]]:
    import numpy as np

    with open(path, "rb") as fh:
        if fh.read(len(_MAGIC)) != _MAGIC:
            raise IndexFormatError(f"{path}: not a draftlint duplicate index")
        size = int.from_bytes(fh.read(8), "little")
        header = json.loads(fh.read(size).decode("utf-8"))
    start = -(-(len(_MAGIC) + 8 + size) // _ALIGN) * _ALIGN
    arrays = {}
    for name, spec in header.pop("arrays").items():
        shape = tuple(spec["shape"])
        if 0 in shape:
            arrays[name] = np.zeros(shape, dtype=np.dtype(spec["dtype"]))
        else:
            arrays[name] = np.memmap(path, dtype=np.dtype(spec["dtype"]), mode="r", offset=start + spec["offset"], shape=shape)
    return header, arrays


class IndexFormatError(ValueError):
    """An index file that is not one, or was built by an incompatible draftlint."""


def load_index(path: str) -> DuplicateIndex:
    """Read an index written by :func:`build_index`.

    Raises ``ValueError`` when the file is not a draftlint duplicate index or its scheme
    version differs from this draftlint's (rebuild it with ``draftlint index build``).
    """
    import numpy as np

    try:
        header, data = _read_arrays(path)
    except IndexFormatError:
        raise
    except (OSError, KeyError, ValueError, TypeError) as exc:
        raise IndexFormatError(f"{path}: not a draftlint duplicate index ({exc})") from None
    if header.get("format") != INDEX_FORMAT:
        raise IndexFormatError(f"{path}: not a draftlint duplicate index")
    if header.get("scheme") != SCHEME_VERSION or header.get("num_perm") != NUM_PERM or header.get("seed") != SEED:
        raise IndexFormatError(f"{path}: index scheme {header.get('scheme')} differs from {SCHEME_VERSION}: rebuild it")
    para_file = data["para_file"]
    counts = [int(f["paragraphs"]) for f in header["files"]]
    file_start = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64) if counts else np.zeros(0, np.int64)
    return DuplicateIndex(
        path=str(path), files=header["files"], para_file=para_file, para_pos=data["para_pos"],
        text_blob=data["text_blob"], text_offsets=data["text_offsets"],
        norm_blob=data["norm_blob"], norm_offsets=data["norm_offsets"],
        sorted_keys=data["sorted_keys"], sorted_ids=data["sorted_ids"], long_ids=data["long_ids"], file_start=file_start,
    )
