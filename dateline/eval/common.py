"""Counting helpers every scorer shares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PRF:
    """True positives, false positives and false negatives, with the derived scores.

    Precision and recall use separate numerators where a scorer matches many-to-one
    (``tp`` counts system items judged correct, ``tp_gold`` gold items found); when
    ``tp_gold`` is left ``None`` the two are the same count.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_gold: int | None = None

    @property
    def found(self) -> int:
        return self.tp if self.tp_gold is None else self.tp_gold

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.fn) if self.found + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        if self.tp_gold is not None or other.tp_gold is not None:
            self.tp_gold = (self.tp_gold if self.tp_gold is not None else 0) + other.found
        return self

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(100 * self.precision, 1),
            "recall": round(100 * self.recall, 1),
            "f1": round(100 * self.f1, 1),
        }


class PerRelation:
    """A report holding one PRF per relation (``self.relations``), pooled into ``total``."""

    relations: dict[str, PRF]

    @property
    def total(self) -> PRF:
        out = PRF()
        for prf in self.relations.values():
            out += prf
        return out
