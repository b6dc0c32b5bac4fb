"""The PH speed-ups search less of the text; they must find exactly what a search of the whole
text finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftlint.load import load_bytes
from draftlint.rules.placeholder import blank_number, placeholder_run

ROOT = Path(__file__).resolve().parents[1]

_MADE_UP = [
    "20XX年X月X日至20XX年X月X日, 2023年5月6日, 20××年××月××日, XXXX年XX月, X月X日召开",
    "2023年  月  日 年 月 日 1月 日常工作, 2023年  月5日, 20XX年3月  日, 二〇二三年 月 日",
    "xx年xx月xx日\n 12月 日\n　　2023年　月　日\n5月 号 每 月 日常 十二月 日",
    "2023年X月X日xx年xx月 20XX.XX.XX 20XX-20XX年度 **年**月**日 ○月○日 2○人 __年__月__日",
]


def _texts() -> list[str]:
    out = list(_MADE_UP)
    for folder in (ROOT / "fixtures", ROOT / "examples", ROOT.parent / "shared" / "corpus"):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.suffix in (".txt", ".md", ".docx"):
                    out.append(load_bytes(path.read_bytes(), str(path)).simplified)
    return out


def test_dates_joining_slots_are_those_of_a_whole_text_search(monkeypatch):
    texts = _texts()

    def slots(text):
        doc = load_bytes(text.encode("utf-8"), "t.txt")
        return placeholder_run._compounds(list(placeholder_run._slots(doc, text)), text)

    spans = [slots(text) for text in texts]
    fast = [placeholder_run._dates(s, text) for s, text in zip(spans, texts)]
    monkeypatch.setattr(placeholder_run, "_dates_joining", lambda _spans, text: placeholder_run._DATE.finditer(text))
    assert [placeholder_run._dates(s, text) for s, text in zip(spans, texts)] == fast
    assert any(len(s) > len(f) for s, f in zip(spans, fast))  # some dates did join slots


def test_blank_dates_are_those_of_a_whole_text_search(monkeypatch):
    texts = _texts()
    fast = [list(blank_number._blank_dates(text)) for text in texts]
    monkeypatch.setattr(blank_number, "_part_dates_with_gap", blank_number._PART_DATE.finditer)
    assert [list(blank_number._blank_dates(text)) for text in texts] == fast
    assert sum(map(len, fast)) > 5


@pytest.mark.parametrize("text", _MADE_UP)
def test_each_made_up_text_alone(text, monkeypatch):
    fast = list(blank_number._blank_dates(text))
    monkeypatch.setattr(blank_number, "_part_dates_with_gap", blank_number._PART_DATE.finditer)
    assert list(blank_number._blank_dates(text)) == fast


_COMRADES = "由  同志负责,镇党委书记同志任组长,王书记同志,同志们,各位委员同志,副镇长 　同志分管,书记同志同志,、 同志\n主任同志"


def test_titles_before_comrade_are_those_of_a_whole_text_search(monkeypatch):
    from draftlint.rules.placeholder import missing_name

    texts = _texts() + [_COMRADES, _COMRADES[5:], "同志", "书记同志"]
    docs = [load_bytes(text.encode("utf-8"), "t.txt") for text in texts]

    def spans():
        return [[v.span for v in missing_name._find(doc, {})] for doc in docs]

    fast = spans()
    monkeypatch.setattr(missing_name, "_ending_in_comrade",
                        lambda text: (m.span() for m in missing_name._comrade_pattern().finditer(text)))
    assert spans() == fast
    assert sum(map(len, fast)) > 5


def test_mixed_figures_are_those_of_a_whole_text_search():
    # searched stretch by stretch around an X, _MIXED finds what a search of the whole text
    # finds: the look-behind reads the text before a stretch, the look-ahead the character after
    texts = _texts() + ["1.2.x元 3x4米 1XX32元 X112元 21.X% X00万元 x86 ab1x2元 1x2a", "x", "X1.", "12.x.3个", ".x5%",
                        "a1x2 1x2b 1.x 9X.9X% ｘ１２个"]
    whole = [[m.span() for m in placeholder_run._MIXED.finditer(text)] for text in texts]
    assert [[m.span() for m in placeholder_run._mixed_matches(text)] for text in texts] == whole
    assert sum(map(len, whole)) > 10


def test_places_of_separated_dates_are_those_of_the_plain_alternation():
    import re

    plain = re.compile(r"[xXｘＸ][.．/-]|[.．/-][xXｘＸ]")
    texts = _texts() + ["20XX.XX.XX x/ /x ｘ．．Ｘ -x- x-x.x 2023/x/1 xx--xx"]
    found = [[m.span() for m in placeholder_run._SEPARATED_X.finditer(text)] for text in texts]
    assert found == [[m.span() for m in plain.finditer(text)] for text in texts]
    assert sum(map(len, found)) > 5
