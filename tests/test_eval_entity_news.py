"""The news entity scorer (``dateline.eval.entity_news``), on a fictional article with
hand-worked counts."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from dateline.eval import entity_news as N
from dateline.eval.facts import load_gold
from dateline.model import ArticleMeta, Entity, Extraction, Mention

TEXT = (
    "date 2025-03-01\n"
    "Pella Dunmore, 44, runs Corvell Ltd in Ashby with her brother, Tam Dunmore. "
    "A neighbour said the Ashby Rovers fan was kind. Orrin Vale Trust gave a grant.\n"
)

GOLD = {
    "entities": [
        {"id": "pella", "canonical": "Pella Dunmore", "type": "PERSON", "mentions": [{"text": "Pella Dunmore"}]},
        {"id": "tam", "canonical": "Tam Dunmore", "type": "PERSON", "mentions": [{"text": "Tam Dunmore"}]},
        {"id": "corvell", "canonical": "Corvell Ltd", "type": "ORG", "mentions": [{"text": "Corvell Ltd"}]},
        {"id": "trust", "canonical": "Orrin Vale Trust", "type": "ORG", "mentions": [{"text": "Orrin Vale Trust"}]},
        {"id": "rovers", "canonical": "Ashby Rovers", "type": "ORG", "mentions": [{"text": "Ashby Rovers"}]},
        {"id": "neighbour", "canonical": "Pella Dunmore's neighbour", "type": "PERSON", "mentions": [{"text": "A neighbour"}]},
    ]
}


def _files(tmp_path: Path) -> Path:
    (tmp_path / "shop.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "shop.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path / "shop.gold.json"


def _ent(eid: str, etype: str, *needles: str, kind: str = "name") -> Entity:
    mentions = []
    for n in needles:
        at = TEXT.index(n)
        mentions.append(Mention(start=at, end=at + len(n), text=n, kind=kind))  # type: ignore[arg-type]
    return Entity(id=eid, name=needles[0], type=etype, mentions=mentions)  # type: ignore[arg-type]


def test_counts_found_typed_wrong_missing_and_spurious(tmp_path: Path) -> None:
    gold = load_gold(_files(tmp_path))
    ex = Extraction(
        article=ArticleMeta(id="shop"),
        entities=[
            _ent("e1", "PERSON", "Pella Dunmore"),
            _ent("e2", "PERSON", "Corvell Ltd"),  # a firm typed as a person
            _ent("e3", "PERSON", "Ashby"),  # a place the gold does not list
            _ent("e4", "ORG", "Ashby Rovers"),
            _ent("e5", "PERSON", "A neighbour", kind="descriptor"),
        ],
    )
    grows, srows = N.diagnose(SimpleNamespace(ents=[]), gold, ex)
    status = {r["gold"]: r["status"] for r in grows}
    assert status == {"pella": "found", "tam": "missing", "corvell": "typed wrong", "trust": "missing",
                      "rovers": "found", "neighbour": "found"}
    assert not next(r for r in grows if r["gold"] == "neighbour")["named"]
    sys_status = {r["name"]: r["status"] for r in srows}
    # the descriptor-only person has no name, so it is not in the type-precision rows
    assert sys_status == {"Pella Dunmore": "right", "Corvell Ltd": "type error: gold ORG",
                          "Ashby": "spurious", "Ashby Rovers": "right"}
    lines = N.table(grows, srows)
    assert any(line.split()[:2] == ["recall", "%"] and line.split()[2:] == ["50.0", "33.3", "40.0"] for line in lines)
    assert any(line.startswith("type precision %") and line.split()[3:] == ["33.3", "100.0", "50.0"] for line in lines)


def test_a_name_inside_an_unnamed_descriptor_is_spurious(tmp_path: Path) -> None:
    # "Ashby" is inside the descriptor of a person the text never names: not that person
    gold_json = {"entities": GOLD["entities"][:1] + [
        {"id": "owner", "canonical": "a shop owner", "type": "PERSON", "mentions": [{"text": "runs Corvell Ltd in Ashby"}]}
    ]}
    (tmp_path / "shop.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "shop.gold.json").write_text(json.dumps(gold_json), encoding="utf-8")
    gold = load_gold(tmp_path / "shop.gold.json")
    assert not N.named(gold.text, gold.spans["owner"])
    ex = Extraction(article=ArticleMeta(id="shop"), entities=[_ent("e1", "PERSON", "Ashby")])
    _grows, srows = N.diagnose(SimpleNamespace(ents=[]), gold, ex)
    assert srows[0]["gold"] == "owner" and srows[0]["status"] == "spurious"


def test_named() -> None:
    assert not N.named("the firm said", [(0, 8)])
    assert not N.named("The 57-year-old", [(0, 15)])
    assert not N.named("the son of a Cranmoor blacksmith", [(0, 32)])
    assert N.named("Mr Hale", [(0, 7)])
    assert N.named("the Brewing Workers' Union", [(0, 26)])


def test_runs_on_a_folder(tmp_path: Path) -> None:
    _files(tmp_path)
    from dateline.defaults import DEFAULT_MODEL

    lines = N.report([tmp_path], DEFAULT_MODEL, show=True)
    assert lines[1].split()[1:] == ["2", "3", "5"]  # named gold: two people, three organisations
