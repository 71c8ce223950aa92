"""One learned feature for the pronoun ranker from the pipeline's own contextual vectors: the
tok2vec output spaCy leaves in ``doc.tensor`` (96 numbers per token in en_core_web_sm), read at a
candidate's nearest mention and scored by a linear model fitted on GAP development. It says how
much the words around that mention look like the words around a referent, which the symbolic
features only approximate; nothing is recomputed, the tensor is what parsing already made.

A Doc without the tensor (a pipeline with no tok2vec, a Doc read back from a DocBin, which keeps
none) scores 0.0, the model's value for a candidate it knows nothing about.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
from spacy.tokens import Doc

# Scores are rounded, so a rebuild's tree thresholds do not depend on the last bits of the
# tensor (which the batch a text was parsed in may move).
DIGITS = 2


def vectors_of(doc: Doc, tokens: list[int]) -> list[list[float]] | None:
    """The tok2vec rows of ``tokens``, or None when the Doc carries no tensor."""
    t = doc.tensor
    if not isinstance(t, np.ndarray) or t.ndim != 2 or t.shape[0] != len(doc):
        return None
    return t[tokens].astype(np.float64).tolist()


@dataclass(frozen=True)
class VectorScorer:
    """A linear score over a candidate's tok2vec row: ``weights . row + bias``."""

    weights: tuple[float, ...]
    bias: float

    @cached_property
    def _w(self) -> np.ndarray:
        return np.asarray(self.weights, dtype=np.float64)

    def score(self, row: list[float]) -> float:
        return round(float(np.asarray(row, dtype=np.float64) @ self._w) + self.bias, DIGITS)

    def scores(self, doc: Doc, tokens: list[int]) -> list[float]:
        rows = vectors_of(doc, tokens)
        if rows is None or not rows or len(rows[0]) != len(self.weights):
            return [0.0] * len(tokens)
        return [self.score(r) for r in rows]

    def to_data(self) -> dict[str, Any]:
        return {"weights": list(self.weights), "bias": self.bias}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "VectorScorer":
        return cls(tuple(float(w) for w in data["weights"]), float(data["bias"]))
