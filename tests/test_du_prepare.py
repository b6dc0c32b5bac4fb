"""The per-document preparation and the bulk steps of the comparison give what the
one-at-a-time definitions give: speed, never results."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest

from draftlint import corpus
from draftlint.document import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "duplicate"
BASE = (FIXTURES / "base_report.txt").read_text(encoding="utf-8")

TRICKY = [
    BASE,
    BASE.replace("\n", "\r\n"),
    BASE.replace("\n", "\r"),  # old Mac line ends: a lone \r ends a line
    # a hard-wrapped block with a number and a decimal cut by the wrap
    "上半年全镇完成地区生产总值3.2亿元，同比增长9.5%；完成固定资产投20\n"
    "15万元，占全年任务的56%；实现农民人均可支配收入6850元，同比19.\n"
    "1%，较上年提高2个百分点，各项工作稳步推进，取得一定成效。\n",
    # full-width Latin and digits, a circled number, underscores, a combining mark, script
    "ＸＸ镇２０１６年工作總結①__填写__单位：＿＿＿\ne\u0301te\u0301 Ⅻ 項目 ｶﾀｶﾅ\n\n\n  首尾空白  \n",
    "",
    "\n\n\n",
]


def _reference_norms(doc: Document) -> list[str]:
    """normalise() of each paragraph's text, one at a time (the definition)."""
    return [corpus.normalise(doc.simplified[s[0] : s[1]], simplified=True) for s in corpus.prepare(doc).spans]


@pytest.mark.parametrize("text", TRICKY)
def test_prepared_detection_forms_equal_normalise_of_each_paragraph(text):
    doc = Document(text)
    assert corpus.prepare(doc).norms == _reference_norms(doc)
    paras = corpus.paragraphs_of(doc)
    assert [p.text for p in paras] == [text[s[0] : s[1]] for s in corpus.prepare(doc).spans]
    assert all(p.text.strip() == p.text and p.text for p in paras)


def test_prepared_signatures_are_those_of_the_long_paragraphs_and_survive_pickling():
    import numpy as np

    docs = [Document(BASE), Document((FIXTURES / "formulaic_a.txt").read_text(encoding="utf-8")), Document("短行\n")]
    preps = [corpus.prepare(d) for d in docs]
    corpus.sign(preps)
    for prep in preps:
        long_norms = [prep.norms[k] for k in prep.long_rows]
        assert prep.sigs.shape == (len(long_norms), corpus.NUM_PERM)
        assert (prep.sigs == corpus.signatures(long_norms)).all()
        assert (prep.keys == corpus.band_keys(corpus.signatures(long_norms))).all()
        back = pickle.loads(pickle.dumps(prep))
        assert back.norms == prep.norms and back.spans == prep.spans and np.array_equal(back.sigs, prep.sigs)


def _reference_lsh_pairs(keys) -> list[list[int]]:
    """Buckets as dicts, band by band, members in id order (the definition)."""
    pairs = set()
    for band in keys.tolist():
        buckets: dict[int, list[int]] = {}
        for i, key in enumerate(band):
            buckets.setdefault(key, []).append(i)
        for members in buckets.values():
            if len(members) > corpus.MAX_BUCKET:
                found = list(zip(members, members[1:])) + [(members[0], m) for m in members[1:]]
            else:
                found = [(a, b) for x, a in enumerate(members) for b in members[x + 1 :]]
            pairs.update((min(a, b), max(a, b)) for a, b in found if a != b)
    return sorted(map(list, pairs))


def test_lsh_pairs_equal_bucket_by_bucket_pairs():
    import numpy as np

    rng = np.random.default_rng(5)
    n = 500
    keys = rng.integers(0, 2**63, size=(corpus.BANDS, n), dtype=np.int64).astype(np.uint64)
    keys[:, 10:20] = keys[:, 30:40]  # ten near copies: shared in every band
    keys[3, rng.choice(n, 80, replace=False)] = 7  # a bucket bigger than MAX_BUCKET
    keys[5, 100:103] = 7  # the same key in another band is another bucket
    keys[9, [4, 250]] = keys[9, 4] ^ np.uint64(1)  # keys equal but in their lowest bits
    keys[11, [1, 2]] = np.uint64(3) << np.uint64(40)  # keys equal in their high bits only
    keys[11, [3]] = (np.uint64(3) << np.uint64(40)) | np.uint64(1)
    assert corpus.lsh_pairs(keys).tolist() == _reference_lsh_pairs(keys)
    assert corpus.lsh_pairs(keys[:, :1]).tolist() == []


def test_bulk_similarities_equal_one_pair_at_a_time():
    rng = random.Random(3)
    norms = [corpus.normalise(ln) for ln in BASE.splitlines() if len(corpus.normalise(ln)) >= 20]
    a, b = [], []
    for x in norms:
        for y in rng.sample(norms, 5):
            a.append(x)
            b.append(y)
        cut = rng.randrange(len(x) // 2)
        a.append(x)
        b.append(x[:cut] + "改" + x[cut + 1 :])  # a near copy
        a.append(x[: len(x) // 2])
        b.append(x + rng.choice(norms))  # contained: partial_ratio
        a.append(x[:10] + "某某某某某某" + x[16:40])
        b.append(x)  # opening shared, the rest not quite
    for threshold in (0.8, 0.9, 0.5):
        assert corpus.similarities(a, b, threshold) == [corpus.similarity(x, y, threshold) for x, y in zip(a, b)]
    assert any(0 < s < 1 for s in corpus.similarities(a, b, 0.8))


NUMBERS_AND_CLASSES = [
    "1.2.3", "1..2", "1.,2", ".1.", "1.", "x1,234y", "12 34", "2015、2016", "１２．３", "٣.٤", "a_b", "_1_",
    "a²b", "\ue000", "1\n2.3\n", "𠀀1.2𝟘x", "😀3", "𝟙.𝟚", "ＸＸ镇２０１６年①__填写__", "",
]


@pytest.mark.parametrize("text", NUMBERS_AND_CLASSES + TRICKY)
def test_table_normalisation_equals_the_regular_expressions(text):
    """_kept_with_numbers (numpy tables) keeps and tokenises what _NUMBER and _KEEP do."""
    pytest.importorskip("numpy")
    expected = "".join(corpus._KEEP.findall(corpus._NUMBER.sub(corpus.NUMBER_TOKEN, text))).replace("_", "")
    assert corpus._kept_with_numbers(text) == expected


def test_table_normalisation_equals_the_regular_expressions_on_random_text():
    pytest.importorskip("numpy")
    rng = random.Random(7)
    alphabet = "0123456789０１２３٣𝟘.．,，、 _\n\ue000a²Ⅻ①镇年𠀀😀。"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        expected = "".join(corpus._KEEP.findall(corpus._NUMBER.sub(corpus.NUMBER_TOKEN, text))).replace("_", "")
        assert corpus._kept_with_numbers(text) == expected, text


@pytest.mark.parametrize("text", TRICKY)
def test_line_norms_are_the_same_with_and_without_numpy(text, monkeypatch):
    """_line_norms takes the table path once numpy is loaded: the same forms either way."""
    import sys

    pytest.importorskip("numpy")
    with_numpy = corpus._line_norms(Document(text))
    monkeypatch.delitem(sys.modules, "numpy")
    assert corpus._line_norms(Document(text)) == with_numpy
