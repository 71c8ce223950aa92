"""The issue 9 employer experiment (dateline/eval/employer_cv.py): candidate features read from
the parse, and the fold scorer that compares the rules with the learned scorer."""

from __future__ import annotations

import pytest

from dateline.eval import employer_cv as E


@pytest.fixture(scope="module")
def parsed(nlp):
    from dateline import nlp as nlp_mod
    from dateline.pipeline import extract_doc
    from dateline.read import from_dated_text

    text = ("date 2024-03-05\n\nOrla Vance, an analyst at Pellham Freight, said the depot would close. "
            "Tobias Crane joined Marrow Textiles in 2019. "
            "Idris Kell thanked the Quarry Theatre for its welcome.\n")
    art = from_dated_text(text, source="t", article_id="t")
    doc = next(nlp_mod.pipe([art], nlp=nlp))
    return doc, extract_doc(doc, art)


def _pair(ex, person: str, org: str):
    ids = {e.name: e.id for e in ex.entities}
    return ids.get(person), ids.get(org)


def test_candidates_cover_same_sentence_pairs_with_path_features(parsed):
    from dateline.eval.employer_features import candidates

    doc, ex = parsed
    cands = candidates(doc, ex)
    for person, org in (("Orla Vance", "Pellham Freight"), ("Tobias Crane", "Marrow Textiles"), ("Idris Kell", "Quarry Theatre")):
        key = _pair(ex, person, org)
        if None in key:
            pytest.skip(f"the entity stage did not find {person} / {org} as typed here")
        f = cands[key]
        assert f["bias"] == 1.0 and any(k.startswith("deps=") for k in f)
    # the role noun beside the person ('an analyst at') is a feature of its own
    assert "role_by_person" in cands[_pair(ex, "Orla Vance", "Pellham Freight")]
    # no pair across sentences unless the rules tied it
    across = _pair(ex, "Orla Vance", "Marrow Textiles")
    assert across not in cands


def _doc(corpus: str, gold: list, cands: list) -> dict:
    return {"corpus": corpus, "doc": corpus + str(len(cands)), "gold": gold,
            "rules": [c["key"] for c in cands if c["rule"] and c["key"]], "cands": cands,
            "employer_pairs": [c["pair"] for c in cands if c["rule"]]}


def test_fold_scorer_counts_as_the_corpus_scorers_do():
    cands = [{"pair": ["p1", "o1"], "key": [1, 2], "rule": True, "f": {}},
             {"pair": ["p2", "o1"], "key": [3, 2], "rule": False, "f": {}},
             {"pair": ["p3", "o1"], "key": None, "rule": False, "f": {}},  # unjudged
             {"pair": ["p4", "o2"], "key": [4, 5], "rule": True, "f": {}}]
    d = _doc("redocred", [[1, 2], [3, 2], [6, 7]], cands)
    d["_i"] = 0
    scores = {(0, 0): 0.9, (0, 1): 0.8, (0, 2): 0.99, (0, 3): 0.01}
    assert E.score_docs([d], scores, "rules", 1.01, -0.01) == (1, 1, 2)
    assert E.score_docs([d], scores, "add", 0.5, -0.01) == (2, 1, 1)
    assert E.score_docs([d], scores, "veto", 1.01, 0.05) == (1, 0, 2)
    assert E.score_docs([d], scores, "both", 0.5, 0.05) == (2, 0, 1)


def test_folds_split_by_document_with_a_fixed_seed():
    docs = [{"corpus": c, "doc": f"{c}{i}", "cands": [], "gold": []} for c in ("a", "b") for i in range(12)]
    one, two = E.folds(docs, 5, 13), E.folds(docs, 5, 13)
    assert [[d["doc"] for d in f] for f in one] == [[d["doc"] for d in f] for f in two]
    assert sorted(d["doc"] for f in one for d in f) == sorted(d["doc"] for d in docs)
    for f in one:  # each corpus is dealt across every fold
        assert {d["corpus"] for d in f} == {"a", "b"}
