"""The ranker's vec_score feature: a linear score of a candidate's tok2vec row (doc.tensor),
read from what parsing made, on fictional sentences written for these tests."""

from __future__ import annotations

import numpy as np
from spacy.tokens import DocBin

from dateline.eval.gap import GapRow
from dateline.eval.train_ranker import parsed
from dateline.extractors.entities.ranker import load_ranker
from dateline.extractors.entities.vectors import VectorScorer


def _row(text: str, pronoun: str, a: str, b: str) -> GapRow:
    return GapRow("t", text, pronoun, text.index(pronoun), a, text.index(a), True, b, text.index(b), False)


def test_shipped_model_scores_candidates_from_the_tensor(nlp):
    ranker = load_ranker()
    assert ranker is not None and ranker.vector is not None
    doc = nlp("Orla Venn thanked Petra Lusk after the vote, and she left early.")
    assert doc.tensor.shape == (len(doc), len(ranker.vector.weights))
    got = ranker.vector.scores(doc, [1, 4])
    want = [round(float(doc.tensor[k].astype(np.float64) @ np.asarray(ranker.vector.weights)) + ranker.vector.bias, 2) for k in (1, 4)]
    assert got == want
    assert got != [0.0, 0.0]


def test_a_doc_without_its_tensor_scores_zero(nlp):
    doc = nlp("Orla Venn thanked Petra Lusk.")
    db = DocBin()
    db.add(doc)
    (back,) = DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    assert back.tensor.size == 0  # a DocBin keeps no tensor
    assert VectorScorer((1.0,) * 96, 0.5).scores(back, [0, 1]) == [0.0, 0.0]


def test_training_cache_gives_back_the_tensors(nlp, tmp_path):
    rows = [
        _row("Ines Marlow met Dara Quill in Gdansk. She was glad.", "She", "Ines Marlow", "Dara Quill"),
        _row("Tomas Reed hired Abel Stroud. He paid him well.", "He", "Tomas Reed", "Abel Stroud"),
    ]
    fresh = parsed(rows, nlp=nlp, cache=tmp_path)
    again = parsed(rows, nlp=nlp, cache=tmp_path)
    for a, b in zip(fresh, again, strict=True):
        assert a.tensor.shape == (len(a), 96)
        assert np.array_equal(a.tensor, b.tensor)
