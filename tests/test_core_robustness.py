"""Every rule survives arbitrary text and reports positions inside it."""

import random

import pytest

from draftlint.config import Config
from draftlint.document import Document
from draftlint.linter import lint_documents

PIECES = list(
    "一二三四五六七八九十百千万亿元个人户%％‰xX×*＊○□_()（）【】[]“”‘’\"'《》,，。.、;；:：!！?？-—–―"
    "0123456789０１２３４５６７８９ \t镇乡村县某项目其中共合计占增长下降比上年是第篇页鄉鎮項萬"
) + ["\n", "\r\n", "\r", "\n\n", "一是", "二是", "(一)", "1、", "- 2 -", "本站小编", "**", "万元", "个百分点",
     "<!-- draftlint: disable=PH -->", "占全年任务", "同比增长", "其中"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 300)))


@pytest.mark.parametrize("kind", ["txt", "md"])
def test_random_text_never_crashes_a_rule(kind):
    docs = [Document(text, path=f"r{i}.{kind}", kind=kind) for i, text in enumerate(_texts(20261123, 60))]
    result = lint_documents(docs, Config(show_info=True, cross=True))
    assert result.errors == []
    by_path = {d.path: d for d in docs}
    for f in result.findings:
        doc = by_path[f.path]
        assert 1 <= f.line <= len(doc.lines)
        assert 1 <= f.column <= len(doc.lines[f.line - 1].text) + 1
        assert (f.location.end.line, f.location.end.column) > (f.line, f.column)
