"""A given name that a kin noun introduces names a relative, not the person of that given name
the text was just about (entities/namesakes.py): families pass given names down, and Re-DocRED
dev has such lists ("They have four children: Paul, ..." after a Paul). Checked on text written
for these tests."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of, _run

D = "date 2023-05-02\nValley News\n\n"


def _people(ex) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in ex.entities if e.type == "PERSON"}


def test_his_son_given_his_name_is_another_person(nlp):
    text = D + "Conrad Vell runs the mill at Eskdale. His son, Conrad, joined him there in 2019.\n"
    ex, names = _run(nlp, text)
    people = [e for e in ex.entities if e.type == "PERSON"]
    assert len(people) == 2, _people(ex)
    assert _of(_facts(nlp, text), "child", "Conrad Vell") == {"Conrad"}


def test_a_listed_daughter_named_for_her_mother(nlp):
    text = D + "Ilse Marten married Otto Marten in 1961. They had two daughters, Ilse and Greta.\n"
    facts = _facts(nlp, text)
    assert _of(facts, "child", "Ilse Marten") == {"Ilse", "Greta"}
    assert _of(facts, "child", "Otto Marten") == {"Ilse", "Greta"}


def test_children_after_a_colon_one_named_for_the_father(nlp):
    text = D + ("The builder Anselm Fry is married to Coralie Fry. They have three children: Anselm, Hugo, "
                "and Ottilie.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "child", "Anselm Fry") == {"Anselm", "Hugo", "Ottilie"}


def test_a_daughter_named_before_and_listed_again_stays_herself(nlp):
    # the listed name is the daughter the sentence before introduced as a relative, not its subject
    text = D + ("Ruth and Aled Price have handed the farm to their daughter, Nerys Bowen, 38. They have three "
                "children: Dylan, 41; Nerys; and Cerys.\n")
    ex, _names = _run(nlp, text)
    nerys = [e for e in ex.entities if e.type == "PERSON" and e.name.startswith("Nerys")]
    assert len(nerys) == 1 and [m.text for m in nerys[0].mentions if m.kind != "descriptor"] == ["Nerys Bowen", "Nerys"], _people(ex)


def test_listed_children_full_names_are_not_the_parent_named_by_surname(nlp):
    # a lone surname for the parent, then the children by full name (and one by his given name too)
    text = D + ("Quarrie sat on the council for ten years. He had four children, Nell Quarrie, Jonas Quarrie, "
                "Ada Quarrie and Quarrie Tobias Quarrie.\n")
    ex, _names = _run(nlp, text)
    people = _people(ex)
    assert len([n for n in people if n.endswith("Quarrie")]) == 5, people
    assert _of(_facts(nlp, text), "child", "Quarrie") >= {"Nell Quarrie", "Jonas Quarrie", "Ada Quarrie"}


def test_his_children_included_a_list(nlp):
    text = D + "Bram Oduya farmed at Kisii. His children included Wanjiru Oduya, Otieno Oduya and Akinyi Oduya.\n"
    assert _of(_facts(nlp, text), "child", "Bram Oduya") == {"Wanjiru Oduya", "Otieno Oduya", "Akinyi Oduya"}

