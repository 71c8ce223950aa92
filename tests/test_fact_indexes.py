"""The indexes the facts stage reads instead of walking every fact or span (issue 12) answer as
the walks did: checked against the walk over random changes."""

import random

import pytest

from dateline.extractors.facts.facttable import FactTable
from dateline.extractors.facts.roles import _Spans
from dateline.model import Fact, Span


def _fact(rng: random.Random) -> tuple[tuple, Fact]:
    rel, subj = rng.choice(["occupation", "title", "child"]), rng.choice("abc")
    a = rng.randint(0, 100)
    b = a + rng.randint(0, 15)
    fact = Fact(id="", relation=rel, subject=subj, evidence=Span(start=a, end=b, text="x" * (b - a)), confidence=0.5)
    return (rel, subj, None, str(rng.randint(0, 20))), fact


def test_fact_table_views_match_a_walk_over_every_fact():
    rng = random.Random(7)
    table: FactTable = FactTable()
    plain: dict = {}
    for _ in range(600):
        if rng.random() < 0.65 or not plain:
            key, fact = _fact(rng)  # a new key, or a fact replaced under its key (keeps its place)
            table[key] = plain[key] = fact
        else:
            key = rng.choice(list(plain))
            del table[key]
            del plain[key]
        assert list(table.items()) == list(plain.items())
        for rel in ("occupation", "title", "child"):
            for subj in "abc":
                walk = [f for f in plain.values() if f.relation == rel and f.subject == subj]
                assert list(table.of(rel, subj)) == walk
                assert table.has(rel, subj) == bool(walk)
        s = rng.randint(0, 110)
        e = s + rng.randint(-2, 10)
        for rels in (("occupation", "title"), ("child",)):
            walk = any(f.relation in rels and f.evidence.start <= s and e <= f.evidence.end for f in plain.values())
            assert table.covering(rels, s, e) == walk


def test_fact_table_refuses_changes_its_indexes_would_miss():
    table = FactTable()
    with pytest.raises(TypeError):
        table.update({})
    with pytest.raises(TypeError):
        table.pop("x", None)


def test_spans_overlap_as_a_walk_says():
    rng = random.Random(11)
    spans, added = _Spans(), []
    for _ in range(500):
        a = rng.randint(0, 200)
        b = a + rng.randint(-3, 25)
        spans.add(a, b)
        added.append((a, b))
        s = rng.randint(0, 220)
        e = s + rng.randint(-3, 25)
        assert spans.overlaps(s, e) == any(x < e and s < y for x, y in added)
