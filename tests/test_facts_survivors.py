"""An obituary's survivor list, item by item after semicolons ("She is survived by her husband
of 52 years, Dan; sons Mark (Lisa) and Paul; daughter Anne Burke (Tom); and five
grandchildren"): each kin noun's names are the dead person's relatives; a bracketed name is a
relative's spouse, given no kin relation and no gender from the noun. Fictional obituaries
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_dev2 import _show
from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts, _of

D = "date 2024-09-10\n"

OBITS = [
    ("Mary Ellen Kowalski, 84, of Toledo, died Sept. 6. She is survived by her husband of 52 years, Dan; sons Mark "
     "(Lisa) and Paul; daughter Anne Burke (Tom); and five grandchildren.", "Mary Ellen Kowalski",
     {"Mark", "Paul", "Anne Burke"}, {"Lisa", "Tom"}),
    ("Harold Pruitt, 77, died Monday at home. He is survived by his wife, Joyce; daughters Karen (Steve) and "
     "Beth; son Wade (Tina); and a brother, Lyle Pruitt.", "Harold Pruitt", {"Karen", "Beth", "Wade"}, {"Steve", "Tina"}),
    ("Rosalind Ferreira, 90, died peacefully on Aug. 30. She is survived by her sister, Ines; sons Carlos "
     "(Marta) and Luis; and three great-grandchildren.", "Rosalind Ferreira", {"Carlos", "Luis"}, {"Marta"}),
]


@pytest.mark.parametrize("text, dead, children, spouses", OBITS)
def test_a_survivor_lists_children(nlp, text, dead, children, spouses):
    facts = _facts(nlp, D + text)
    assert children <= _of(facts, "child", dead), facts
    assert not (spouses & _of(facts, "child", dead)), facts


@pytest.mark.parametrize("text, dead, children, spouses", OBITS)
def test_a_bracketed_spouse_gets_no_gender_from_the_kin_noun(nlp, text, dead, children, spouses):
    ents = entities_of(nlp, D + text)
    assert all(e.gender is None for e in ents if e.name in spouses), _show(ents)


def test_a_man_named_only_by_his_honorific_is_called_so(nlp):
    ents = entities_of(nlp, D + "Ms. Okafor, 37, a lawyer, and her husband, Mr. Levin, 40, live in Brooklyn.")
    assert any(e.name == "Mr. Levin" for e in ents), _show(ents)
