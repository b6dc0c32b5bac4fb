"""On the shared corpus the AR family finds the one wrong figure and nothing else."""

from conftest import score_corpus


def test_arithmetic_family_on_the_shared_corpus(shared_corpus, tmp_path):
    scores = score_corpus(shared_corpus, tmp_path, "--families=A")
    assert scores["A"]["recall"] == 1.0
    assert scores["A"]["precision"] == 1.0
