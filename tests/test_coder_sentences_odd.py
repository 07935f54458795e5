"""The rows of tests/data/coder_sentences.jsonl at odd positions (those at even positions are in
test_coder_sentences.py), in a file of their own so that `pytest -n 2 --dist loadfile` runs the two halves on two
workers."""
import pytest

from test_coder_sentences import SENTENCES, _param, check_sentence, coded  # noqa: F401 (coded: the fixture)


@pytest.mark.parametrize("row", [_param(r) for r in SENTENCES[1::2]])
def test_sentence(row, coded):
    check_sentence(row, coded(row))
