"""The pronoun ranker's model: gradient-boosted regression trees (sklearn's
GradientBoostingClassifier, exported as arrays) and how they score rows, one walk per tree or
all trees at once in numpy. Moved out of ranker.py, which reads the rows' features and loads
the shipped model."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np

# Byte k of a word, 0 or 1, lands on bit 56 + k of the product (no two bytes' terms meet there).
_GATHER = np.uint64(0x0102040810204080)


@dataclass(frozen=True)
class Ranker:
    """Gradient-boosted regression trees over FEATURES (sklearn's GradientBoostingClassifier,
    exported as arrays): a candidate's log-odds is ``prior + rate * sum of its leaf values``."""

    prior: float
    rate: float
    trees: tuple[tuple[list[int], list[float], list[int], list[int], list[float]], ...]
    threshold: float  # below this probability the best candidate is left unresolved

    def log_odds(self, row: list[float]) -> float:
        """One row, walking each tree: the reference the vectorized path is checked against."""
        total = 0.0
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while left[node] >= 0:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            total += value[node]
        return self.prior + self.rate * total

    @cached_property
    def _complete(self) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
        """The trees padded to one depth (a shallow leaf repeated below itself, behind splits
        that always go left), so all candidates and trees descend together in a few numpy
        steps instead of a Python loop per node."""
        depth = 0

        def measure(t, node: int, d: int) -> int:
            _f, _th, left, right, _v = t
            return d if left[node] < 0 else max(measure(t, left[node], d + 1), measure(t, right[node], d + 1))

        for t in self.trees:
            depth = max(depth, measure(t, 0, 0))
        n_inner, n_leaves = 2**depth - 1, 2**depth
        feat = np.zeros((len(self.trees), max(n_inner, 1)), dtype=np.int64)
        thr = np.full((len(self.trees), max(n_inner, 1)), np.inf)
        leaves = np.zeros((len(self.trees), n_leaves))
        for k, t in enumerate(self.trees):
            f, th, left, right, v = t

            def fill(node: int, pos: int, d: int, k=k, f=f, th=th, left=left, right=right, v=v) -> None:
                if d == depth:
                    leaves[k, pos - n_inner] = v[node]
                    return
                if left[node] < 0:  # a leaf above full depth: every path below ends in it
                    fill(node, 2 * pos + 1, d + 1)
                    fill(node, 2 * pos + 2, d + 1)
                    return
                feat[k, pos], thr[k, pos] = f[node], th[node]
                fill(left[node], 2 * pos + 1, d + 1)
                fill(right[node], 2 * pos + 2, d + 1)

            fill(0, 0, 0)
        return depth, feat, thr, leaves

    @cached_property
    def _tables(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``_complete`` as every tree's split features and thresholds, padded to whole bytes (a
        padded split, threshold inf, goes left), the leaf value each tree reaches for each number
        its split outcomes make (flat) and where each tree's values start: all splits of all trees
        are compared in one step (outcomes of splits off the path are read by no leaf)."""
        depth, feat, thr, leaves = self._complete
        n_trees, n_inner = feat.shape
        leaf_of = np.zeros(2**n_inner, dtype=np.int64)
        for bits in range(2**n_inner):
            pos = 0
            for _ in range(depth):
                pos = 2 * pos + 1 + ((bits >> pos) & 1)
            leaf_of[bits] = pos - (2**depth - 1)
        pad = ((0, 0), (0, -(-n_inner // 8) * 8 - n_inner))
        feats, thrs = np.pad(feat, pad), np.pad(thr, pad, constant_values=np.inf)
        values = leaves[np.arange(n_trees)[:, None], leaf_of[None, :]].ravel()
        return feats, thrs, values, np.arange(n_trees) * 2**n_inner

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        feats, thrs, values, tree_at = self._tables
        right = np.asarray(rows, dtype=np.float64).take(feats, axis=1) > thrs  # (candidates, trees, splits)
        # A tree's split outcomes, eight bytes of 0 or 1 at a time, read as one little-endian word:
        # times _GATHER, its top byte holds them as bits of one number (a matmul cost twice this).
        words = (right.view("<u8") * _GATHER) >> np.uint64(56)
        bits = words[..., 0].astype(np.int64)
        for w in range(1, words.shape[-1]):
            bits |= words[..., w].astype(np.int64) << (8 * w)
        # the leaves as one (candidates, trees) array, summed per candidate as the trees' walk did
        z = self.prior + self.rate * values[tree_at + bits].sum(axis=1)
        # (np.clip's Python wrapper cost more than the two ufuncs it amounts to)
        return (1.0 / (1.0 + np.exp(-np.minimum(np.maximum(z, -30.0), 30.0)))).tolist()

    def probability(self, row: list[float]) -> float:
        z = self.log_odds(row)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
