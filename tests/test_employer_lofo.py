"""The issue 9 leave-one-folder-out employer experiment (dateline/eval/employer_lofo.py):
candidates are only the pairs the rules left out, and the fold arithmetic adds to the scorer's
own counts."""

from __future__ import annotations

import pytest

from dateline.eval import employer_lofo as L


@pytest.fixture(scope="module")
def parsed(nlp):
    from dateline import nlp as nlp_mod
    from dateline.pipeline import extract_doc
    from dateline.read import from_dated_text

    text = ("date 2024-03-05\n\nOrla Vance, an analyst at Pellham Freight, said the depot would close. "
            "Tobias Crane thanked Marrow Textiles for the loan of the hall. "
            "Idris Kell, who came to the valley from Dunmore Arts in 2019, directs the winter play. "
            "Selma Grieve praised Hobart Ironworks after Wynn Arbuckle spoke to the Tarn Rowing Club.\n")
    art = from_dated_text(text, source="t", article_id="t")
    doc = next(nlp_mod.pipe([art], nlp=nlp))
    ex = extract_doc(doc, art)
    names = {e.id: e.name for e in ex.entities}
    cands = {(names[c["pair"][0]], names[c["pair"][1]]): c["f"] for c in L.candidates(doc, ex)}
    rules = {(names[f.subject], names[f.object]) for f in ex.facts if f.relation == "employer" and f.object}
    return cands, rules


def _need(cands: dict, pair: tuple[str, str]) -> dict:
    if pair not in cands:
        pytest.skip(f"the entity stage did not give {pair} as a person and an organisation here")
    return cands[pair]


def test_pairs_the_rules_gave_are_not_candidates(parsed):
    cands, rules = parsed
    assert rules, "the analyst-at wording is a rule employer"
    assert not rules & set(cands)


def test_same_sentence_pairs_carry_verb_preposition_and_between_features(parsed):
    cands, _ = parsed
    assert _need(cands, ("Tobias Crane", "Marrow Textiles"))["gov=thank"] == 1.0
    assert _need(cands, ("Idris Kell", "Dunmore Arts"))["prep_on=from"] == 1.0
    assert "between_ORG" not in cands[("Tobias Crane", "Marrow Textiles")]
    far = _need(cands, ("Selma Grieve", "Tarn Rowing Club"))
    assert far["between_ORG"] == 1.0 or far.get("between_PERSON") == 1.0
    # no pair across sentences
    assert ("Orla Vance", "Marrow Textiles") not in cands


def _folder(docs: list[dict]) -> dict:
    folder = {"folder": "t", "docs": docs}
    e = L._employer(folder)
    folder["employer"] = e
    folder["total"] = [e[0] + 10, e[1], e[2] + 5]
    return folder


def test_additions_change_only_the_employer_counts():
    doc = {"doc": "a", "gold": [["p", "o"], ["q", "o"], ["r", "s"]], "rules": [["p", "o"]],
           "cands": [{"key": ["q", "o"], "f": {"x": 1.0}}, {"key": ["system:e1", "o"], "f": {"y": 1.0}},
                     {"key": ["r", "s"], "f": {}}]}
    folder = _folder([doc])
    assert folder["employer"] == [1, 0, 2]
    e, t = L.added(folder, [[0.9, 0.8, 0.1]], 0.5)
    assert e == [2, 1, 1]
    assert t == [12, 1, 6]
    e, t = L.added(folder, [[0.9, 0.8, 0.1]], 1.01)
    assert e == folder["employer"] and t == folder["total"]


def test_exported_weights_reproduce_the_regression():
    docs = []
    for i in range(30):
        pos = i % 3 == 0
        docs.append({"doc": str(i), "gold": [["p", "o"]] if pos else [], "rules": [],
                     "cands": [{"key": ["p", "o"], "f": {"bias": 1.0, "join": 1.0} if pos or i % 5 == 0 else {"bias": 1.0, "thank": 1.0}}]})
    folder = _folder(docs)
    w = L.fit([folder], 1.0)
    got = L.predict(w, folder)
    joined = [s for d, (s,) in zip(docs, got, strict=True) if "join" in d["cands"][0]["f"]]
    thanked = [s for d, (s,) in zip(docs, got, strict=True) if "thank" in d["cands"][0]["f"]]
    assert min(joined) > 0.5 > max(thanked)
