"""Family S on the real drafts in ../shared/corpus (skipped when it is absent)."""

from conftest import score_corpus


def test_structure_family_scores_on_the_shared_corpus(shared_corpus, tmp_path):
    s = score_corpus(shared_corpus, tmp_path)["S"]
    assert s["recall"] >= 0.9
    assert s["precision"] >= 0.9
